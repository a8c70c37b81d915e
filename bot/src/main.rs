//! `frontdoor`: Front Door's one binary; see the `bot` library for the parts.

fn main() -> anyhow::Result<()> {
    bot::cli::main()
}
