//! In a workspace build the directory's test binaries link libtorch through `nlp` (feature
//! unification), so they need its folder baked in like every other binary here.

include!("../nlp/build_rpath.rs");

fn main() {
    emit_libtorch_rpath();
}
