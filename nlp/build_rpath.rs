// Shared by nlp/build.rs and bot/build.rs (`include!("../nlp/build_rpath.rs")`): bakes the real
// folder of libtorch into the binaries' RUNPATH, so they run without LD_LIBRARY_PATH.
//
// The folder is the canonical parent of `$LIBTORCH/lib/libtorch_cpu.so` (the torch wheel's
// `torch/lib`), not the folder of symlinks: libtorch's own `$ORIGIN`-relative RUNPATHs must
// resolve next to the real files.

/// Emits the rpath link argument when the `model` feature is on; a no-op otherwise.
fn emit_libtorch_rpath() {
    println!("cargo:rerun-if-env-changed=LIBTORCH");
    if std::env::var_os("CARGO_FEATURE_MODEL").is_none() {
        return;
    }
    let Some(libtorch) = std::env::var_os("LIBTORCH") else {
        println!("cargo:warning=LIBTORCH is not set; run scripts/setup-deps (binaries will need LD_LIBRARY_PATH)");
        return;
    };
    let library = std::path::Path::new(&libtorch).join("lib").join("libtorch_cpu.so");
    match std::fs::canonicalize(&library) {
        Ok(real) => {
            let folder = real.parent().expect("a file has a parent folder");
            println!("cargo:rustc-link-arg=-Wl,-rpath,{}", folder.display());
            println!("cargo:rerun-if-changed={}", library.display());
        }
        Err(error) => println!("cargo:warning=cannot find {}: {error}; run scripts/setup-deps", library.display()),
    }
}
