//! Lets nlp's own test and example binaries find libtorch at run time (see `build_rpath.rs`).

include!("build_rpath.rs");

fn main() {
    emit_libtorch_rpath();
}
