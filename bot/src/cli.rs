//! The command line: one subcommand per job, each with its own `--help`.

use crate::commands::directory::{self as directory_commands, DirectoryCommand};
use crate::commands::figures::{self as figures_command, FiguresArgs};
use crate::commands::navigator::{self as navigator_commands, NavigatorCommand};
use crate::commands::nlp::{self as nlp_commands, ClassifyArgs, NlpCommand};
use crate::commands::person::{self as person_commands, PersonCommand};
use crate::commands::school::{self as school_commands, SchoolCommand};
use crate::commands::{chat, serve};
use crate::{config, store, telemetry};
use anyhow::Result;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

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
    /// Classify a message (or a JSONL stream of them) as the bot would.
    Classify(ClassifyArgs),
    /// Train and evaluate the classifier from the examples in content/nlp/.
    #[command(subcommand)]
    Nlp(NlpCommand),
    /// Import, export, check and search the community directory.
    #[command(subcommand)]
    Directory(DirectoryCommand),
    /// Manage navigators' accounts for the console (`serve` serves it under /console).
    #[command(subcommand)]
    Navigator(NavigatorCommand),
    /// The anonymous figures for commissioners: what was asked for and what came of it.
    Figures(FiguresArgs),
    /// Carry out a resident's request made outside the chat (erasure by phone or letter).
    #[command(subcommand)]
    Person(PersonCommand),
    /// List, add and retire school codes (content/schools.toml), for young people's cohorts.
    #[command(subcommand)]
    School(SchoolCommand),
    /// Create or update the database schema, then exit.
    Migrate,
}

/// Parses the command line and runs the command on a multi-threaded runtime.
pub fn main() -> Result<()> {
    let cli = Cli::from_arg_matches(&command().get_matches())?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(run(cli.command))
}

/// The command line, with every setting's variable listed under `serve --help`, where a council
/// deploying the server looks for them.
fn command() -> clap::Command {
    Cli::command().mut_subcommand("serve", |serve| serve.after_help(config::variables_help()))
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
        Command::Classify(args) => {
            telemetry::init("warn");
            nlp_commands::classify(args, &config.model_dir, &config.content_dir).await
        }
        Command::Nlp(command) => {
            telemetry::init("info");
            nlp_commands::run(command, &config.model_dir, &config.content_dir).await
        }
        Command::Directory(command) => {
            telemetry::init("warn");
            directory_commands::run(command, &config).await
        }
        Command::Navigator(command) => {
            telemetry::init("warn");
            navigator_commands::run(command, &config).await
        }
        Command::Figures(args) => {
            telemetry::init("warn");
            figures_command::run(args, &config).await
        }
        Command::Person(command) => {
            telemetry::init("warn");
            person_commands::run(command, &config).await
        }
        Command::School(command) => {
            telemetry::init("warn");
            school_commands::run(command, &config.content_dir)
        }
        Command::Migrate => {
            telemetry::init("info");
            store::Store::open(&config.database_url).await?;
            tracing::info!("database schema is up to date");
            Ok(())
        }
    }
}
