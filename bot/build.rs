//! Lets the `frontdoor` binary and the bot's tests find libtorch at run time, without
//! LD_LIBRARY_PATH (see `nlp/build_rpath.rs`).

include!("../nlp/build_rpath.rs");

fn main() {
    emit_libtorch_rpath();
}
