// Shared by the build scripts of every crate whose binaries may link libtorch (nlp, flows, bot,
// the end-to-end tests: in a workspace build, feature unification turns nlp's `model` feature on
// for all of them): bakes the real folder of libtorch into the binaries' RUNPATH, so they run
// without LD_LIBRARY_PATH. An rpath in a binary that does not link libtorch is harmless.
//
// The folder is the canonical parent of `$LIBTORCH/lib/libtorch_cpu.so` (the torch wheel's
// `torch/lib`), not the folder of symlinks: libtorch's own `$ORIGIN`-relative RUNPATHs must
// resolve next to the real files. Nothing is emitted when libtorch is not installed: a build
// that needs it fails in torch-sys with its own clear message.

/// Emits the rpath link argument when libtorch is installed where `LIBTORCH` says.
fn emit_libtorch_rpath() {
    println!("cargo:rerun-if-env-changed=LIBTORCH");
    let Some(libtorch) = std::env::var_os("LIBTORCH") else {
        return;
    };
    let library = std::path::Path::new(&libtorch).join("lib").join("libtorch_cpu.so");
    println!("cargo:rerun-if-changed={}", library.display());
    if let Ok(real) = std::fs::canonicalize(&library) {
        let folder = real.parent().expect("a file has a parent folder");
        println!("cargo:rustc-link-arg=-Wl,-rpath,{}", folder.display());
    }
}
