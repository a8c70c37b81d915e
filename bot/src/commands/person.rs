//! `frontdoor person`: requests about one resident made outside the chat, by phone, letter or
//! email, which a council must carry out as fully as DELETE MY DATA.

use crate::config::Config;
use crate::store::{audit, people, Store};
use anyhow::{bail, Result};

/// What `frontdoor person` does.
#[derive(Debug, clap::Subcommand)]
pub enum PersonCommand {
    /// Erase everything kept about a resident at once, sending them nothing: their transcript,
    /// conversation, handoffs, notes, check-ins, reports and queued messages. The audit trail
    /// records that an erasure was made, not of whom.
    Erase(EraseArgs),
}

/// Who to erase: by the address they use.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("address").required(true).args(["phone", "telegram"])))]
pub struct EraseArgs {
    /// The phone number they text from: +44 7700 900123 or 07700 900123.
    #[arg(long)]
    phone: Option<String>,
    /// Their Telegram chat id.
    #[arg(long)]
    telegram: Option<String>,
    /// Who carried out the request, for the audit trail.
    #[arg(long, default_value = "operator")]
    by: String,
}

/// Runs `frontdoor person`.
pub async fn run(command: PersonCommand, config: &Config) -> Result<()> {
    let PersonCommand::Erase(args) = command;
    let store = Store::open(&config.database_url).await?;
    let mut tx = store.begin_write().await?;
    let Some(person) = find(&mut tx, &args).await? else {
        bail!("no one with that {} is known here: nothing to erase", if args.phone.is_some() { "number" } else { "chat id" });
    };
    people::erase_now(&mut tx, &person.id).await?;
    audit::record(&mut tx, &format!("cli:{}", args.by), "erase_on_request", None, None).await?;
    tx.commit().await?;
    println!("Erased: everything kept about them has been deleted.");
    Ok(())
}

/// The person with the phone number or chat id given, however the number was written.
async fn find(conn: &mut sqlx::AnyConnection, args: &EraseArgs) -> Result<Option<people::Person>> {
    if let Some(chat) = &args.telegram {
        return people::find(conn, flows::Channel::Telegram, chat.trim()).await;
    }
    let written = args.phone.as_deref().unwrap_or_default();
    for candidate in phone_forms(written) {
        if let Some(person) = people::find(conn, flows::Channel::Sms, &candidate).await? {
            return Ok(Some(person));
        }
    }
    Ok(None)
}

/// The forms a number may be stored in: a UK number as the provider sends it (+447700900123),
/// however it was written (07700 900123, +44 (0)7700 900123), and as written without spaces,
/// for numbers from elsewhere.
fn phone_forms(written: &str) -> Vec<String> {
    let compact: String = written.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    let international = if let Some(rest) = compact.strip_prefix("+440") {
        format!("+44{rest}")
    } else if let Some(rest) = compact.strip_prefix('0').filter(|rest| !rest.starts_with('0')) {
        format!("+44{rest}")
    } else if compact.starts_with("44") {
        format!("+{compact}")
    } else {
        compact.clone()
    };
    let mut forms = vec![international];
    if !forms.contains(&compact) {
        forms.push(compact);
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_uk_number_is_found_however_it_was_written() {
        assert_eq!(phone_forms("07700 900123")[0], "+447700900123");
        assert_eq!(phone_forms("+44 (0)7700-900123")[0], "+447700900123");
        assert_eq!(phone_forms("+44 7700 900123"), vec!["+447700900123".to_string()]);
        assert_eq!(phone_forms("447700900123")[0], "+447700900123");
    }
}
