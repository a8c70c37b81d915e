//! `frontdoor navigator`: accounts for the console. An account starts with a one-time set-up
//! link, printed here, where the navigator chooses their own password; no password ever passes
//! through a terminal, a log or an email written by us.

use crate::config::Config;
use crate::server::console::{new_enrolment, new_setup_link, SETUP_LINK_HOURS};
use crate::store::handoffs::Team;
use crate::store::{audit, navigators, Store};
use anyhow::{bail, Result};

/// What to do with navigators' accounts.
#[derive(Debug, clap::Subcommand)]
pub enum NavigatorCommand {
    /// Create an account and print its one-time set-up link.
    Add {
        /// The navigator's email, their login.
        email: String,
        /// Admins also read the audit log and see every team's queue.
        #[arg(long)]
        admin: bool,
        /// Whose chats they take: `adult` (default) or `youth` (young people from schools).
        #[arg(long, default_value = "adult", value_parser = parse_team)]
        team: Team,
    },
    /// Stop an account's password and sessions and print a new set-up link (a forgotten
    /// password, a lost laptop).
    Reset {
        /// The navigator's email.
        email: String,
    },
    /// Close an account for good (someone who has left): no password, every session ended at
    /// once. `reset` opens it again.
    Disable {
        /// The navigator's email.
        email: String,
    },
    /// Move an account to the `adult` or `youth` team; its sessions end.
    Team {
        /// The navigator's email.
        email: String,
        /// The team whose chats they take from now on.
        #[arg(value_parser = parse_team)]
        team: Team,
    },
    /// Turn on or off an account's second factor: a code from an authenticator app asked for
    /// after the password (meant for admins).
    #[command(subcommand)]
    Totp(TotpCommand),
    /// List the accounts.
    List,
}

/// The second factor of an account: a six-digit code from an authenticator app (TOTP).
#[derive(Debug, clap::Subcommand)]
pub enum TotpCommand {
    /// Make a new secret for the account and print it once, for its owner's authenticator app;
    /// from then on a login needs the code after the password. Replaces any secret it had.
    Add {
        /// The navigator's email.
        email: String,
    },
    /// Turn the second factor off: logins need the password alone again.
    Remove {
        /// The navigator's email.
        email: String,
    },
}

fn parse_team(text: &str) -> Result<Team, String> {
    Team::parse(text).ok_or_else(|| format!("{text:?} is not a team: use adult or youth"))
}

/// Runs a `navigator` command.
pub async fn run(command: NavigatorCommand, config: &Config) -> Result<()> {
    let store = Store::open(&config.database_url).await?;
    let mut conn = store.reader().await?;
    let base = console_base_url(config);
    match command {
        NavigatorCommand::Add { email, admin, team } => {
            let email = checked_email(&email)?;
            let (link, token_hash, expires) = new_setup_link(&base);
            navigators::create(&mut conn, &email, admin, team, &token_hash, expires).await?;
            let role = if admin { "admin, " } else { "" };
            println!("Added {email} ({role}{} team).", team.id());
            print_link(&link);
        }
        NavigatorCommand::Reset { email } => {
            let email = checked_email(&email)?;
            let (link, token_hash, expires) = new_setup_link(&base);
            if !navigators::reset(&mut conn, &email, &token_hash, expires).await? {
                return Err(no_account(&email));
            }
            println!("{email} is logged out everywhere and their password no longer works.");
            print_link(&link);
            audit_account(&mut conn, &email, "account_reset").await?;
        }
        NavigatorCommand::Disable { email } => {
            let email = checked_email(&email)?;
            let id = navigators::disable(&mut conn, &email).await?.ok_or_else(|| no_account(&email))?;
            audit::record(&mut conn, &id, "account_disabled", None, None).await?;
            println!("{email} is logged out everywhere and can no longer log in.");
        }
        NavigatorCommand::Team { email, team } => {
            let email = checked_email(&email)?;
            let id = navigators::set_team(&mut conn, &email, team).await?.ok_or_else(|| no_account(&email))?;
            audit::record(&mut conn, &id, &format!("team_{}", team.id()), None, None).await?;
            println!("{email} now takes the {} team's chats (logged out, to log in again).", team.id());
        }
        NavigatorCommand::Totp(command) => second_factor(&mut conn, command).await?,
        NavigatorCommand::List => {
            for navigator in navigators::all(&mut conn).await? {
                let admin = if navigator.admin { ", admin" } else { "" };
                println!("{} ({} team{admin})", navigator.email, navigator.team.id());
            }
        }
    }
    Ok(())
}

/// Turns an account's second factor on (printing its secret, once) or off; audited.
async fn second_factor(conn: &mut sqlx::AnyConnection, command: TotpCommand) -> Result<()> {
    match command {
        TotpCommand::Add { email } => {
            let email = checked_email(&email)?;
            let enrolment = new_enrolment(&email);
            let id = navigators::set_second_factor(conn, &email, Some(&enrolment.secret_hex)).await?.ok_or_else(|| no_account(&email))?;
            audit::record(conn, &id, "second_factor_on", None, None).await?;
            println!("{email} now needs a code from an authenticator app after their password (logged out, to log in again).");
            println!("Add this to their app (as a QR code or a link): {}", enrolment.uri);
            println!("Or type in this key: {}", enrolment.key);
            println!("Give it to them privately. It is shown only this once.");
        }
        TotpCommand::Remove { email } => {
            let email = checked_email(&email)?;
            let id = navigators::set_second_factor(conn, &email, None).await?.ok_or_else(|| no_account(&email))?;
            audit::record(conn, &id, "second_factor_off", None, None).await?;
            println!("{email} logs in with their password alone again (logged out, to log in again).");
        }
    }
    Ok(())
}

/// The error for an email with no account.
fn no_account(email: &str) -> anyhow::Error {
    anyhow::anyhow!("no account for {email}; add one with `frontdoor navigator add {email}`")
}

/// Writes an operator's act on an account into the audit trail, under that account.
async fn audit_account(conn: &mut sqlx::AnyConnection, email: &str, action: &str) -> Result<()> {
    if let Some(navigator) = navigators::find_by_email(conn, email).await? {
        audit::record(conn, &navigator.id, action, None, None).await?;
    }
    Ok(())
}

fn print_link(link: &str) {
    println!("Set-up link: {link}");
    println!("Send it to them privately. It works once, for {SETUP_LINK_HOURS} hours.");
}

/// Emails are logins, compared in lower case; a typo without an `@` is caught here.
fn checked_email(email: &str) -> Result<String> {
    let email = email.trim().to_lowercase();
    match email.split_once('@') {
        Some((name, domain)) if !name.is_empty() && domain.contains('.') && !email.contains(char::is_whitespace) => Ok(email),
        _ => bail!("{email:?} does not look like an email address"),
    }
}

/// Where navigators reach the console: the public URL, or this machine's address.
fn console_base_url(config: &Config) -> String {
    match &config.public_url {
        Some(url) => url.trim_end_matches('/').to_string(),
        None if config.bind.ip().is_unspecified() => format!("http://localhost:{}", config.bind.port()),
        None => format!("http://{}", config.bind),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_lower_cased_and_checked() {
        assert_eq!(checked_email(" Sam@Council.gov.uk ").unwrap(), "sam@council.gov.uk");
        assert!(checked_email("sam").is_err());
        assert!(checked_email("@council.gov.uk").is_err());
        assert!(checked_email("sam@localhost").is_err());
    }
}
