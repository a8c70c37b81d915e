//! The end-to-end tests use `flows` (for SMS segment counts), which pulls in `nlp`; in a
//! workspace build its `model` feature is on, so the test binaries link libtorch and need the
//! same baked-in library path as the binary (see `nlp/build_rpath.rs`).

include!("../nlp/build_rpath.rs");

fn main() {
    emit_libtorch_rpath();
}
