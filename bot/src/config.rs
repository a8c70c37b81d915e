//! Configuration: one list of settings, each from its environment variable, else from
//! `frontdoor.toml`, else its default.
//!
//! Councils script against the variable names, so they are the public interface: every setting
//! has one, and the TOML file (same names, lower case, without the `FRONTDOOR_` prefix where it
//! has one) only fills in what the environment leaves unset. The settings are declared once, as
//! clap arguments, so the parsing, the checks, the defaults and `frontdoor serve --help`'s list
//! of variables cannot drift apart.

use crate::hours::{OpeningHours, DEFAULT_HOURS};
use crate::store::retention::Policy;
use anyhow::{anyhow, bail, Context, Result};
use clap::{Args, Command, FromArgMatches};
use secrecy::SecretString;
use std::collections::BTreeMap;
use std::fmt::Display;
use std::net::SocketAddr;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

/// Everything the binary needs to know about where it runs. Each field's first doc line is its
/// line in `frontdoor serve --help`.
#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Where people, conversations and the outbox live: SQLite by default, PostgreSQL for replicas
    #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL)]
    pub database_url: String,
    /// Where `frontdoor serve` listens
    #[arg(long, env = "FRONTDOOR_BIND", default_value = "127.0.0.1:8080", value_parser = address)]
    pub bind: SocketAddr,
    /// The externally visible base URL; webhook signatures are computed over it
    #[arg(long, env = "FRONTDOOR_PUBLIC_URL", value_parser = without_trailing_slash)]
    pub public_url: Option<String>,
    /// Templates, copy, directory and training data: what a council edits without a compiler
    #[arg(long = "content", env = "FRONTDOOR_CONTENT", default_value_os_t = default_folder("content"))]
    pub content_dir: PathBuf,
    /// The all-MiniLM-L6-v2 folder (model.safetensors, tokenizer, configs), from scripts/setup-deps
    #[arg(long = "model", env = "FRONTDOOR_MODEL", default_value_os_t = default_folder(".deps/model"))]
    pub model_dir: PathBuf,
    /// Turns on POST /webhooks/sms (a generic JSON gateway; HMAC-SHA256 of the body in X-Signature)
    #[arg(long, env = "SMS_WEBHOOK_SECRET", value_parser = secret)]
    pub sms_webhook_secret: Option<SecretString>,
    /// Where replies to the generic SMS gateway are posted
    #[arg(long, env = "SMS_GATEWAY_URL")]
    pub sms_gateway_url: Option<String>,
    /// The number or sender id replies come from on the generic SMS gateway
    #[arg(long, env = "SMS_FROM")]
    pub sms_from: Option<String>,
    /// The council area served (kirklees, milton-keynes...): local crisis numbers, and which of
    /// several places of one name a resident means
    #[arg(long, env = "FRONTDOOR_AREA", value_parser = lower_case)]
    pub area: Option<String>,
    /// When navigators are on shift (UK time), so a handoff out of hours says when to expect a person
    #[arg(long, env = "FRONTDOOR_NAVIGATOR_HOURS", default_value = DEFAULT_HOURS, value_parser = hours)]
    pub navigator_hours: OpeningHours,
    /// When the youth team is on shift (as FRONTDOOR_NAVIGATOR_HOURS unless set): a young person
    /// who joined with a school code is told when *their* team will reply
    #[arg(long, env = "FRONTDOOR_YOUTH_NAVIGATOR_HOURS", value_parser = hours)]
    youth_navigator_hours: Option<OpeningHours>,
    /// Seconds a sender holds a reply (renewed while the provider answers): after a crash
    /// mid-send, how soon another replica takes it
    #[arg(long = "outbox-lease-secs", env = "FRONTDOOR_OUTBOX_LEASE_SECS", default_value = DEFAULT_OUTBOX_LEASE_SECS,
          value_parser = seconds(1..=u64::MAX))]
    pub outbox_lease: Duration,
    /// How many replies one process keeps waiting on providers at once
    #[arg(long, env = "FRONTDOOR_OUTBOX_IN_FLIGHT", default_value_t = DEFAULT_OUTBOX_IN_FLIGHT,
          value_parser = whole(1..=10_000usize))]
    pub outbox_in_flight: usize,
    /// Seconds sending on a channel rests after its provider refused our credentials
    #[arg(long = "outbox-auth-pause-secs", env = "FRONTDOOR_OUTBOX_AUTH_PAUSE_SECS", default_value = DEFAULT_OUTBOX_AUTH_PAUSE_SECS,
          value_parser = seconds(1..=3600))]
    pub outbox_auth_pause: Duration,
    /// How many turns one process takes from the inbox at once (each for a different person)
    #[arg(long, env = "FRONTDOOR_INBOX_WORKERS", default_value_t = DEFAULT_INBOX_WORKERS, value_parser = whole(1..=256usize))]
    pub inbox_workers: usize,
    /// CPU threads the model uses for one batch of messages
    #[arg(long, env = "FRONTDOOR_INFERENCE_THREADS", default_value_t = DEFAULT_INFERENCE_THREADS,
          value_parser = whole(1..=256usize))]
    pub inference_threads: usize,
    /// Days a person's transcript, conversation and notes are kept after their last message (may
    /// be shortened, not lengthened)
    #[arg(long, env = "FRONTDOOR_KEEP_TRANSCRIPT_DAYS", default_value_t = KEPT_AT_MOST.transcript_days,
          value_parser = whole(1..=KEPT_AT_MOST.transcript_days))]
    keep_transcript_days: u32,
    /// Days a sent reply's body and a set-aside message are kept (may be shortened, not lengthened)
    #[arg(long, env = "FRONTDOOR_KEEP_SENT_DAYS", default_value_t = KEPT_AT_MOST.sent_days,
          value_parser = whole(1..=KEPT_AT_MOST.sent_days))]
    keep_sent_days: u32,
    /// Days providers' message ids are kept to spot repeated webhooks (may be shortened, not lengthened)
    #[arg(long, env = "FRONTDOOR_KEEP_DELIVERY_IDS_DAYS", default_value_t = KEPT_AT_MOST.delivery_ids_days,
          value_parser = whole(1..=KEPT_AT_MOST.delivery_ids_days))]
    keep_delivery_ids_days: u32,
    /// Days the navigators' audit trail is kept (may be shortened, not lengthened)
    #[arg(long, env = "FRONTDOOR_KEEP_AUDIT_DAYS", default_value_t = KEPT_AT_MOST.audit_days,
          value_parser = whole(1..=KEPT_AT_MOST.audit_days))]
    keep_audit_days: u32,
    /// Twilio's account id (AC...): with the token and sender, turns on SMS through Twilio
    #[arg(long, env = "TWILIO_ACCOUNT_SID")]
    pub twilio_account_sid: Option<String>,
    /// Twilio's auth token: checks Twilio's webhook signatures and authenticates our sends
    #[arg(long, env = "TWILIO_AUTH_TOKEN", value_parser = secret)]
    pub twilio_auth_token: Option<SecretString>,
    /// The number, sender id or Messaging Service (MG...) Twilio replies come from
    #[arg(long, env = "TWILIO_FROM")]
    pub twilio_from: Option<String>,
    /// Twilio's API base URL: the real one by default, a local fake in tests
    #[arg(long, env = "TWILIO_API_URL", default_value = DEFAULT_TWILIO_API_URL, value_parser = without_trailing_slash)]
    pub twilio_api_url: String,
    /// The Telegram bot's token from BotFather: turns on the Telegram channel
    #[arg(long, env = "TELEGRAM_BOT_TOKEN", value_parser = secret)]
    pub telegram_bot_token: Option<SecretString>,
    /// The secret Telegram repeats in X-Telegram-Bot-Api-Secret-Token on every webhook call
    #[arg(long, env = "TELEGRAM_WEBHOOK_SECRET", value_parser = secret)]
    pub telegram_webhook_secret: Option<SecretString>,
    /// The Bot API base URL: Telegram's by default, a self-hosted Bot API server or a test fake
    #[arg(long, env = "TELEGRAM_API_URL", default_value = DEFAULT_TELEGRAM_API_URL, value_parser = api_base_url)]
    pub telegram_api_url: String,
    /// Messages one sender may send a minute before the rest are held back to be answered later
    #[arg(long, env = "FRONTDOOR_RATE_LIMIT_PER_MINUTE", default_value_t = DEFAULT_RATE_LIMIT_PER_MINUTE,
          value_parser = whole(1..=u32::MAX))]
    pub rate_limit_per_minute: u32,
    /// Directory records not verified for this many months are not suggested
    #[arg(long, env = "FRONTDOOR_STALE_MONTHS", default_value_t = DEFAULT_STALE_MONTHS, value_parser = whole(1..=1200u32))]
    pub stale_months: u32,
}

/// The variables read outside [`Config`] (before it, or by the logger), for the same list.
const OTHER_VARIABLES: [(&str, &str); 3] = [
    ("FRONTDOOR_CONFIG", "The settings file beneath the environment [default: frontdoor.toml, when present]"),
    ("FRONTDOOR_LOG", "The log filter, e.g. info,tower_http=debug; logs never hold message text or numbers [default: info]"),
    ("FRONTDOOR_LOG_FORMAT", "json for one JSON object a line"),
];

/// The default database: a SQLite file in the working directory, created on first run.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://frontdoor.db?mode=rwc";

/// The longest each kind of personal record may be kept: a council may shorten these only.
const KEPT_AT_MOST: Policy = Policy::LONGEST;

impl Config {
    /// Reads `frontdoor.toml` (or the file `FRONTDOOR_CONFIG` names) and the process environment.
    pub fn load() -> Result<Config> {
        let env: BTreeMap<String, String> = std::env::vars().collect();
        let file = match env.get("FRONTDOOR_CONFIG").filter(|path| !path.is_empty()) {
            Some(path) => Some(PathBuf::from(path)),
            None => Some(PathBuf::from("frontdoor.toml")).filter(|path| path.exists()),
        };
        let settings = match &file {
            Some(path) => read_settings(path)?,
            None => toml::Table::new(),
        };
        Config::resolve(&env, settings).with_context(|| match &file {
            Some(path) => format!("reading settings from the environment and {}", path.display()),
            None => "reading settings from the environment".to_string(),
        })
    }

    /// Combines the environment with the file's settings; the environment always wins, and a
    /// setting the file names that does not exist is refused rather than silently ignored.
    fn resolve(env: &BTreeMap<String, String>, mut file: toml::Table) -> Result<Config> {
        let settings = settings_command();
        let mut given = Vec::new();
        for (long, variable) in settings_arguments(&settings) {
            let from_env = env.get(variable).filter(|value| !value.is_empty()).cloned();
            let key = long.replace('-', "_");
            let from_file = file.remove(&key).map(|value| file_value(&key, value)).transpose()?;
            if let Some(value) = from_env.or(from_file) {
                given.push(format!("--{long}={value}"));
            }
        }
        if let Some(unknown) = file.keys().next() {
            bail!("the configuration file has no setting called {unknown}");
        }
        // The flags above are the only source: clap reading the environment itself would take an
        // empty variable as a value.
        let parser = settings.clone().mut_args(|argument| argument.env(None::<&str>));
        let matches = parser.try_get_matches_from(given).map_err(|error| named_error(&settings, &error))?;
        Ok(Config::from_arg_matches(&matches)?)
    }

    /// When the youth team is on shift: its own hours if set, else everyone's.
    pub fn youth_navigator_hours(&self) -> OpeningHours {
        self.youth_navigator_hours.clone().unwrap_or_else(|| self.navigator_hours.clone())
    }

    /// How long each kind of personal record is kept.
    pub fn retention(&self) -> Policy {
        Policy {
            transcript_days: self.keep_transcript_days,
            sent_days: self.keep_sent_days,
            delivery_ids_days: self.keep_delivery_ids_days,
            audit_days: self.keep_audit_days,
        }
    }
}

/// Every variable, what it is for and its default, for `--help`: the same list the settings
/// are read from, so nothing can be added without appearing here.
pub fn variables_help() -> String {
    let settings = settings_command();
    let described = settings.get_arguments().filter_map(|argument| {
        let variable = argument.get_env()?.to_string_lossy().into_owned();
        let about = argument.get_help().map(|help| help.to_string()).unwrap_or_default();
        let default = argument.get_default_values().first().map(|value| value.to_string_lossy().into_owned());
        let default = default.filter(|value| !value.is_empty()).map(|value| format!(" [default: {value}]")).unwrap_or_default();
        Some((variable, format!("{about}{default}")))
    });
    let other = OTHER_VARIABLES.iter().map(|(variable, about)| (variable.to_string(), about.to_string()));
    let lines: Vec<String> = described.chain(other).map(|(variable, about)| format!("  {variable}\n          {about}")).collect();
    format!(
        "Settings, from environment variables or frontdoor.toml (the same names in lower case, without FRONTDOOR_):\n{}",
        lines.join("\n")
    )
}

/// The settings as a command line of their own, with no binary name: the file and environment
/// are turned into its flags, so clap checks every value the same way whichever gave it.
fn settings_command() -> Command {
    Config::augment_args(Command::new("settings").no_binary_name(true))
}

/// Each setting's flag and environment variable.
fn settings_arguments(settings: &Command) -> Vec<(String, &str)> {
    settings.get_arguments().filter_map(|argument| Some((argument.get_long()?.to_string(), argument.get_env()?.to_str()?))).collect()
}

/// The value of the file's setting `key` as the text its variable would hold.
fn file_value(key: &str, value: toml::Value) -> Result<String> {
    match value {
        toml::Value::String(text) => Ok(text),
        toml::Value::Integer(number) => Ok(number.to_string()),
        _ => bail!("{key} in the configuration file must be text or a whole number"),
    }
}

/// A refused value, named by its variable rather than by the internal flag it was passed as.
fn named_error(settings: &Command, error: &clap::Error) -> anyhow::Error {
    use std::error::Error as _;
    let flag = match error.get(clap::error::ContextKind::InvalidArg) {
        Some(clap::error::ContextValue::String(flag)) => flag.clone(),
        _ => String::new(),
    };
    let variable = settings_arguments(settings)
        .into_iter()
        .find(|(long, _)| flag.starts_with(&format!("--{long} ")) || flag == format!("--{long}"))
        .map(|(_, variable)| variable.to_string());
    match (variable, error.source()) {
        (Some(variable), Some(reason)) => anyhow!("{variable} {reason}"),
        (Some(variable), None) => anyhow!("{variable} is not readable"),
        _ => anyhow!("{}", error.to_string().trim()),
    }
}

/// A folder of the project, looked for in the working directory first and then in the source
/// tree the binary was built from, so `frontdoor chat` works from anywhere after `scripts/demo`.
fn default_folder(relative: &str) -> PathBuf {
    let here = PathBuf::from(relative);
    if here.exists() {
        return here;
    }
    let built_from = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(relative);
    if built_from.exists() {
        built_from
    } else {
        here
    }
}

/// Twilio's production API.
const DEFAULT_TWILIO_API_URL: &str = "https://api.twilio.com";

/// Telegram's hosted Bot API.
const DEFAULT_TELEGRAM_API_URL: &str = "https://api.telegram.org";

/// Enough for anyone typing, even quickly, and far below a flood: 30 messages a minute.
const DEFAULT_RATE_LIMIT_PER_MINUTE: u32 = 30;

/// Six months without a check is when a listing may well have changed: the ORUK guidance and
/// what directory keepers told us.
const DEFAULT_STALE_MONTHS: u32 = 6;

/// Enough sends waiting on a provider at once to carry hundreds of replies a second at a
/// typical 100 ms round trip, few enough not to trip a provider's own concurrency limits.
const DEFAULT_OUTBOX_IN_FLIGHT: usize = 32;

/// Turns mostly wait on the one model thread and the database. The model reads the weights once
/// per batch whatever its size, so more turns waiting together make bigger batches and fewer
/// passes (at 200 messages a second on a busy machine, 8 workers fell behind where 32 kept up).
const DEFAULT_INBOX_WORKERS: usize = 32;

/// One: the model's batches already carry the load, and more threads make OpenMP spin-wait on
/// the cores the web server, the database and the senders need (measured: at 200 messages a
/// second with two threads, most of the process's CPU went to OpenMP waiting).
const DEFAULT_INFERENCE_THREADS: usize = 1;

/// Long enough that a stalled renewal or two does not free a row whose send is still in flight,
/// short enough that a dead replica's replies go out again within seconds.
const DEFAULT_OUTBOX_LEASE_SECS: &str = "6";

/// Long enough not to hammer a provider while someone fixes a rotated credential, short enough
/// that replies resume soon after.
const DEFAULT_OUTBOX_AUTH_PAUSE_SECS: &str = "30";

/// A whole number within `allowed`: the checks for counts, limits and day windows.
fn whole<T>(allowed: RangeInclusive<T>) -> impl Fn(&str) -> Result<T, String> + Clone + Send + Sync + 'static
where
    T: FromStr + PartialOrd + Display + Copy + Send + Sync + 'static,
{
    move |text: &str| {
        let value: T = text.trim().parse().map_err(|_| "must be a whole number".to_string())?;
        if allowed.contains(&value) {
            Ok(value)
        } else {
            Err(format!("must be between {} and {}", allowed.start(), allowed.end()))
        }
    }
}

/// A whole number of seconds within `allowed`.
fn seconds(allowed: RangeInclusive<u64>) -> impl Fn(&str) -> Result<Duration, String> + Clone + Send + Sync + 'static {
    let whole = whole(allowed);
    move |text: &str| whole(text).map(Duration::from_secs)
}

/// An address and port to listen on.
fn address(text: &str) -> Result<SocketAddr, String> {
    text.parse().map_err(|_| format!("is not an address and port: {text}"))
}

/// A base URL without a trailing slash, so paths can be appended.
fn without_trailing_slash(text: &str) -> Result<String, String> {
    Ok(text.trim_end_matches('/').to_string())
}

/// A provider's base URL, checked at start-up: the Bot API client (teloxide) needs an http(s)
/// URL it can append the method's path to.
fn api_base_url(text: &str) -> Result<String, String> {
    let url = without_trailing_slash(text)?;
    let parsed = reqwest::Url::parse(&url).map_err(|_| format!("is not a URL: {url}"))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(format!("must be an http or https URL: {url}"));
    }
    Ok(url)
}

/// Area names are matched in lower case (`Kirklees` and `kirklees` are one area).
fn lower_case(text: &str) -> Result<String, String> {
    Ok(text.to_lowercase())
}

/// Opening hours such as `Mon-Fri 09:00-17:00; Sat 10:00-13:00`.
fn hours(text: &str) -> Result<OpeningHours, String> {
    OpeningHours::parse(text).map_err(|error| format!("is not readable: {error:#}"))
}

/// A token or webhook secret, kept out of `Debug` output from here on.
fn secret(text: &str) -> Result<SecretString, String> {
    Ok(SecretString::from(text.to_string()))
}

fn read_settings(path: &Path) -> Result<toml::Table> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read the configuration file {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("{} is not valid configuration", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    /// The settings a `frontdoor.toml` holding `text` gives.
    fn file(text: &str) -> toml::Table {
        toml::from_str(text).unwrap()
    }

    #[test]
    fn defaults_need_nothing_set() {
        let config = Config::resolve(&env(&[]), toml::Table::new()).unwrap();
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
        assert!(config.content_dir.ends_with("content") && config.content_dir.exists());
        assert!(config.public_url.is_none());
    }

    #[test]
    fn environment_wins_over_the_file() {
        let file = file("database_url = \"postgres://file\"\nbind = \"0.0.0.0:9000\"");
        let config = Config::resolve(&env(&[("DATABASE_URL", "postgres://env")]), file).unwrap();
        assert_eq!(config.database_url, "postgres://env");
        assert_eq!(config.bind.to_string(), "0.0.0.0:9000");
    }

    #[test]
    fn a_council_may_shorten_a_retention_window_but_not_lengthen_it() {
        let file = file("keep_sent_days = 7");
        let config = Config::resolve(&env(&[("FRONTDOOR_KEEP_TRANSCRIPT_DAYS", "180")]), file).unwrap();
        assert_eq!((config.retention().transcript_days, config.retention().sent_days), (180, 7));
        assert_eq!(config.retention().audit_days, 730);
        let error = Config::resolve(&env(&[("FRONTDOOR_KEEP_SENT_DAYS", "90")]), toml::Table::new()).unwrap_err();
        assert!(error.to_string().contains("FRONTDOOR_KEEP_SENT_DAYS must be between 1 and 30"), "{error}");
    }

    #[test]
    fn the_youth_team_keeps_everyone_s_hours_unless_given_its_own() {
        let same = Config::resolve(&env(&[("FRONTDOOR_NAVIGATOR_HOURS", "Mon-Sat 08:00-20:00")]), toml::Table::new()).unwrap();
        assert_eq!(same.youth_navigator_hours(), same.navigator_hours);
        let file = file("youth_navigator_hours = \"Mon-Fri 15:30-21:00\"");
        let own = Config::resolve(&env(&[]), file).unwrap();
        assert_eq!(own.youth_navigator_hours(), OpeningHours::parse("Mon-Fri 15:30-21:00").unwrap());
        assert_eq!(own.navigator_hours, OpeningHours::parse(DEFAULT_HOURS).unwrap());
        let error = Config::resolve(&env(&[("FRONTDOOR_YOUTH_NAVIGATOR_HOURS", "after school")]), toml::Table::new()).unwrap_err();
        assert!(error.to_string().contains("FRONTDOOR_YOUTH_NAVIGATOR_HOURS"), "{error}");
    }

    #[test]
    fn a_bad_bind_address_is_a_clear_error() {
        let error = Config::resolve(&env(&[("FRONTDOOR_BIND", "nowhere")]), toml::Table::new()).unwrap_err();
        assert!(error.to_string().contains("FRONTDOOR_BIND"));
    }

    #[test]
    fn the_staleness_cut_off_defaults_to_six_months_and_must_be_sensible() {
        let default = Config::resolve(&env(&[]), toml::Table::new()).unwrap();
        assert_eq!(default.stale_months, 6);
        let file = file("stale_months = 12");
        assert_eq!(Config::resolve(&env(&[]), file).unwrap().stale_months, 12);
        for bad in ["0", "many", "5000"] {
            let error = Config::resolve(&env(&[("FRONTDOOR_STALE_MONTHS", bad)]), toml::Table::new()).unwrap_err();
            assert!(format!("{error:#}").contains("FRONTDOOR_STALE_MONTHS"), "{bad}");
        }
    }

    #[test]
    fn unknown_file_settings_are_refused() {
        assert!(Config::resolve(&env(&[]), file("databse_url = \"x\"")).is_err());
    }

    #[test]
    fn provider_urls_default_to_the_real_services_and_lose_trailing_slashes() {
        let config = Config::resolve(&env(&[("TWILIO_API_URL", "http://127.0.0.1:9/")]), toml::Table::new()).unwrap();
        assert_eq!(config.twilio_api_url, "http://127.0.0.1:9");
        assert_eq!(config.telegram_api_url, "https://api.telegram.org");
        assert_eq!(config.rate_limit_per_minute, DEFAULT_RATE_LIMIT_PER_MINUTE);
    }

    #[test]
    fn a_telegram_api_url_that_is_not_a_url_is_a_clear_error() {
        for value in ["api.telegram.org", "mailto:bot@example.org"] {
            let error = Config::resolve(&env(&[("TELEGRAM_API_URL", value)]), toml::Table::new()).unwrap_err();
            assert!(error.to_string().contains("TELEGRAM_API_URL"), "{value}: {error}");
        }
    }

    #[test]
    fn a_zero_or_unreadable_rate_limit_is_a_clear_error() {
        for value in ["0", "many"] {
            let error = Config::resolve(&env(&[("FRONTDOOR_RATE_LIMIT_PER_MINUTE", value)]), toml::Table::new()).unwrap_err();
            assert!(error.to_string().contains("FRONTDOOR_RATE_LIMIT_PER_MINUTE"));
        }
    }

    #[test]
    fn outbox_concurrency_defaults_to_32_and_must_be_at_least_one() {
        assert_eq!(Config::resolve(&env(&[]), toml::Table::new()).unwrap().outbox_in_flight, 32);
        let set = Config::resolve(&env(&[("FRONTDOOR_OUTBOX_IN_FLIGHT", "4")]), toml::Table::new()).unwrap();
        assert_eq!(set.outbox_in_flight, 4);
        let error = Config::resolve(&env(&[("FRONTDOOR_OUTBOX_IN_FLIGHT", "0")]), toml::Table::new()).unwrap_err();
        assert!(error.to_string().contains("FRONTDOOR_OUTBOX_IN_FLIGHT"));
    }

    #[test]
    fn public_url_loses_its_trailing_slash() {
        let config = Config::resolve(&env(&[("FRONTDOOR_PUBLIC_URL", "https://fd.example.org/")]), toml::Table::new()).unwrap();
        assert_eq!(config.public_url.as_deref(), Some("https://fd.example.org"));
    }

    #[test]
    fn an_empty_variable_counts_as_unset_and_the_file_fills_it_in() {
        let config = Config::resolve(&env(&[("FRONTDOOR_STALE_MONTHS", "")]), file("stale_months = 9")).unwrap();
        assert_eq!(config.stale_months, 9);
    }

    #[test]
    fn a_bad_value_from_the_file_is_named_by_its_variable() {
        let error = Config::resolve(&env(&[]), file("inbox_workers = 0")).unwrap_err();
        assert_eq!(error.to_string(), "FRONTDOOR_INBOX_WORKERS must be between 1 and 256");
        let error = Config::resolve(&env(&[]), file("inbox_workers = [1]")).unwrap_err();
        assert!(error.to_string().contains("inbox_workers"), "{error}");
    }

    #[test]
    fn secrets_never_show_in_debug_output() {
        let given =
            env(&[("TWILIO_AUTH_TOKEN", "tok-123456"), ("TELEGRAM_BOT_TOKEN", "123:bot-token"), ("SMS_WEBHOOK_SECRET", "hush-hush")]);
        let config = Config::resolve(&given, toml::Table::new()).unwrap();
        let printed = format!("{config:?}");
        for secret in ["tok-123456", "123:bot-token", "hush-hush"] {
            assert!(!printed.contains(secret), "{secret} in {printed}");
        }
        assert_eq!(config.telegram_bot_token.as_ref().map(secrecy::ExposeSecret::expose_secret), Some("123:bot-token"));
    }

    #[test]
    fn the_help_lists_every_variable_the_readme_documents_and_the_other_way_round() {
        let help = variables_help();
        let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md")).unwrap();
        let listed: Vec<&str> =
            help.lines().map(str::trim).filter(|line| line.chars().all(|c| c.is_ascii_uppercase() || c == '_')).collect();
        assert!(listed.len() >= 30, "{help}");
        for variable in &listed {
            assert!(readme.contains(&format!("`{variable}`")), "{variable} is not in the README");
        }
        for variable in ["DATABASE_URL", "TWILIO_AUTH_TOKEN", "FRONTDOOR_CONFIG", "FRONTDOOR_LOG"] {
            assert!(listed.contains(&variable), "{variable} not listed");
        }
    }
}
