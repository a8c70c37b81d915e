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

/// The forms a number may be stored in, since each provider sends its own: a UK number as
/// Twilio sends it (+447700900123), as a gateway may (447700900123 or 07700900123), however it
/// was written here (07700 900123, +44 (0)7700 900123); a number from elsewhere with and
/// without its plus.
fn phone_forms(written: &str) -> Vec<String> {
    let compact: String = written.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    let digits = compact.trim_start_matches('+');
    let uk = digits
        .strip_prefix("440")
        .or_else(|| digits.strip_prefix("44"))
        .or_else(|| digits.strip_prefix('0').filter(|rest| !rest.starts_with('0')));
    let mut forms = match uk {
        Some(subscriber) => vec![format!("+44{subscriber}"), format!("44{subscriber}"), format!("0{subscriber}")],
        None => vec![format!("+{digits}"), digits.to_owned()],
    };
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
        assert_eq!(phone_forms("+44 7700 900123"), ["+447700900123", "447700900123", "07700900123"]);
        assert_eq!(phone_forms("447700900123")[0], "+447700900123");
    }

    #[test]
    fn a_number_stored_as_a_gateway_sent_it_is_among_the_forms() {
        assert!(phone_forms("07700 900999").contains(&"447700900999".to_string()));
        assert!(phone_forms("+447700900444").contains(&"07700900444".to_string()));
        assert_eq!(phone_forms("+1 415 555 0100"), ["+14155550100", "14155550100"]);
    }
}
