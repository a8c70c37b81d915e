//! `frontdoor chat`: talk to the bot in a terminal, through the same pipeline as SMS.
//!
//! Each line read from standard input is an inbound message on the `terminal` channel; the
//! replies go through the outbox like any other and are printed as an SMS would show them.
//! Piped input works too (`printf 'hi\n' | frontdoor chat`), and the chat ends at end of input.

use crate::channels::terminal::TerminalSender;
use crate::channels::{Inbound, InboundKind, Sender};
use crate::config::Config;
use crate::startup;
use crate::workers::Delivery;
use anyhow::Result;
use rand::Rng;
use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::sync::Arc;
use tokio::io::{AsyncBufReadExt, BufReader};

/// Options of `frontdoor chat`.
#[derive(Debug, clap::Args)]
pub struct ChatArgs {
    /// Who you are in this chat: each name is a separate resident with their own conversation,
    /// kept in the database between runs.
    #[arg(long = "as", default_value = "local", value_name = "NAME")]
    pub address: String,
}

/// Runs the chat until end of input.
pub async fn run(config: Config, args: ChatArgs) -> Result<()> {
    let parts = startup::start(&config).await?;
    let terminal: Arc<dyn Sender> = Arc::new(TerminalSender::default());
    let senders = HashMap::from([(flows::Channel::Terminal, terminal)]);
    let delivery = Delivery::new(parts.store.clone(), senders, parts.outbox_wake.clone(), &startup::delivery_options(&config));
    let interactive = std::io::stdin().is_terminal();
    if interactive {
        eprintln!("Front Door local chat: type as a resident would. Ctrl-D to finish.");
    }
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    loop {
        if interactive {
            prompt()?;
        }
        let Some(line) = lines.next_line().await? else {
            break;
        };
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        parts.pipeline.handle(terminal_message(&args.address, text)).await?;
        while delivery.deliver_due().await? > 0 {}
    }
    if interactive {
        eprintln!();
    }
    Ok(())
}

/// Shows where to type, on standard error so piped output stays only the bot's replies.
fn prompt() -> Result<()> {
    let mut err = std::io::stderr().lock();
    write!(err, "you> ")?;
    err.flush()?;
    Ok(())
}

/// A typed line as an inbound message, with a fresh id so every line counts once.
fn terminal_message(address: &str, text: &str) -> Inbound {
    let id: u64 = rand::thread_rng().gen();
    Inbound {
        channel: flows::Channel::Terminal,
        provider_id: format!("terminal:{id:016x}"),
        address: address.to_string(),
        kind: InboundKind::Text(text.to_string()),
    }
}
