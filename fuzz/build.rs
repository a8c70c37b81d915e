//! Lets the fuzz targets (which link the bot, and so libtorch) run without LD_LIBRARY_PATH
//! (see `nlp/build_rpath.rs`).

include!("../nlp/build_rpath.rs");

fn main() {
    emit_libtorch_rpath();
}
