//! The command line: one subcommand per job, each with its own `--help`.

use crate::{chat, config, serve, store, telemetry};
use anyhow::Result;
use clap::{Parser, Subcommand};

/// Front Door: a chat and SMS front door for social connection.
#[derive(Debug, Parser)]
#[command(name = "frontdoor", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Chat with the bot in this terminal, as a resident would (no credentials or network needed).
    Chat(chat::ChatArgs),
    /// Run the HTTP server: webhooks, health check, and the workers that send replies.
    Serve(serve::ServeArgs),
    /// Create or update the database schema, then exit.
    Migrate,
}

/// Parses the command line and runs the command on a multi-threaded runtime.
pub fn main() -> Result<()> {
    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(run(cli.command))
}

async fn run(command: Command) -> Result<()> {
    let config = config::Config::load()?;
    match command {
        Command::Chat(args) => {
            telemetry::init("warn");
            chat::run(config, args).await
        }
        Command::Serve(args) => {
            telemetry::init("info");
            serve::run(config, args).await
        }
        Command::Migrate => {
            telemetry::init("info");
            store::Store::open(&config.database_url).await?;
            tracing::info!("database schema is up to date");
            Ok(())
        }
    }
}
