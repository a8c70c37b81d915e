//! Configuration: environment variables, with an optional `frontdoor.toml` beneath them.
//!
//! Councils script against the variable names, so they are the public interface: every setting
//! has one, and the TOML file (same names, lower case, without the `FRONTDOOR_` prefix where it
//! has one) only fills in what the environment leaves unset.

use crate::hours::{OpeningHours, DEFAULT_HOURS};
use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Everything the binary needs to know about where it runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where people, conversations and the outbox live; SQLite by default, PostgreSQL for replicas.
    pub database_url: String,
    /// Where `frontdoor serve` listens.
    pub bind: SocketAddr,
    /// The externally visible base URL; webhook signatures are computed over it.
    pub public_url: Option<String>,
    /// Templates, copy, directory and training data: what a council edits without a compiler.
    pub content_dir: PathBuf,
    /// The sentence-embedding model's folder (model.safetensors, tokenizer, configs).
    pub model_dir: PathBuf,
    /// Shared secret of the generic JSON SMS gateway's inbound webhook.
    pub sms_webhook_secret: Option<String>,
    /// Where replies to the generic SMS gateway are posted.
    pub sms_gateway_url: Option<String>,
    /// The number or sender id replies come from on the generic SMS gateway.
    pub sms_from: Option<String>,
    /// The council area this deployment serves (`kirklees`, `harrogate`, `hackney`): picks the
    /// crisis numbers and local copy, and which of several places of one name a resident means
    /// (the gazetteer's council names work too: `Buckinghamshire`, `north-yorkshire`).
    pub area: Option<String>,
    /// When navigators are on shift, so a handoff out of hours says when to expect a person.
    pub navigator_hours: OpeningHours,
    /// When the youth team is on shift (`FRONTDOOR_YOUTH_NAVIGATOR_HOURS`, the same as
    /// everyone's unless set): a young person who joined with a school code is told when *their*
    /// team will reply, which may be after school rather than office hours.
    pub youth_navigator_hours: OpeningHours,
    /// How long a sender holds an outbox row: after a crash mid-send, how soon it is retried.
    pub outbox_lease: Duration,
    /// How many sends one process keeps waiting on providers at once.
    pub outbox_in_flight: usize,
    /// How long sending on a channel rests after its provider refused our credentials.
    pub outbox_auth_pause: Duration,
    /// How many turns one process takes from the inbox at once.
    pub inbox_workers: usize,
    /// How many CPU threads the model may use for one batch.
    pub inference_threads: usize,
    /// How long each kind of personal record is kept.
    pub retention: crate::store::retention::Policy,
    /// Twilio's account id (`AC...`): with the token and sender, turns on SMS through Twilio.
    pub twilio_account_sid: Option<String>,
    /// Twilio's auth token: checks Twilio's webhook signatures and authenticates our sends.
    pub twilio_auth_token: Option<String>,
    /// The number, sender id or Messaging Service (`MG...`) Twilio replies come from.
    pub twilio_from: Option<String>,
    /// Twilio's API base URL: the real one by default, a local fake in tests.
    pub twilio_api_url: String,
    /// The Telegram bot's token from BotFather: turns on the Telegram channel.
    pub telegram_bot_token: Option<String>,
    /// The secret Telegram repeats in `X-Telegram-Bot-Api-Secret-Token` on every webhook call.
    pub telegram_webhook_secret: Option<String>,
    /// The Bot API base URL: Telegram's by default, a self-hosted Bot API server or a test fake.
    pub telegram_api_url: String,
    /// How many messages one sender may send a minute before the rest are held back to be
    /// answered later (never refused: Twilio does not retry).
    pub rate_limit_per_minute: u32,
    /// Directory records not verified for this many months are not suggested.
    pub stale_months: u32,
}

/// The settings a `frontdoor.toml` may hold; each one is overridden by its environment variable.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    database_url: Option<String>,
    bind: Option<String>,
    public_url: Option<String>,
    content: Option<String>,
    model: Option<String>,
    sms_webhook_secret: Option<String>,
    sms_gateway_url: Option<String>,
    sms_from: Option<String>,
    area: Option<String>,
    navigator_hours: Option<String>,
    youth_navigator_hours: Option<String>,
    outbox_lease_secs: Option<u64>,
    outbox_in_flight: Option<usize>,
    outbox_auth_pause_secs: Option<u64>,
    inbox_workers: Option<usize>,
    inference_threads: Option<usize>,
    keep_transcript_days: Option<u32>,
    keep_sent_days: Option<u32>,
    keep_delivery_ids_days: Option<u32>,
    keep_audit_days: Option<u32>,
    twilio_account_sid: Option<String>,
    twilio_auth_token: Option<String>,
    twilio_from: Option<String>,
    twilio_api_url: Option<String>,
    telegram_bot_token: Option<String>,
    telegram_webhook_secret: Option<String>,
    telegram_api_url: Option<String>,
    rate_limit_per_minute: Option<u32>,
    stale_months: Option<u32>,
}

/// The default database: a SQLite file in the working directory, created on first run.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://frontdoor.db?mode=rwc";

impl Config {
    /// Reads `frontdoor.toml` (or the file `FRONTDOOR_CONFIG` names) and the process environment.
    pub fn load() -> Result<Config> {
        let env: BTreeMap<String, String> = std::env::vars().collect();
        let file = match env.get("FRONTDOOR_CONFIG") {
            Some(path) => Some(PathBuf::from(path)),
            None => Some(PathBuf::from("frontdoor.toml")).filter(|path| path.exists()),
        };
        let settings = match file {
            Some(path) => read_settings(&path)?,
            None => FileSettings::default(),
        };
        Config::resolve(&env, settings)
    }

    /// Combines the environment with the file's settings; the environment always wins.
    fn resolve(env: &BTreeMap<String, String>, file: FileSettings) -> Result<Config> {
        let pick = |name: &str, from_file: Option<String>| -> Option<String> {
            env.get(name).filter(|value| !value.is_empty()).cloned().or(from_file)
        };
        let bind = pick("FRONTDOOR_BIND", file.bind).unwrap_or_else(|| "127.0.0.1:8080".into());
        let navigator_hours =
            OpeningHours::parse(&pick("FRONTDOOR_NAVIGATOR_HOURS", file.navigator_hours).unwrap_or_else(|| DEFAULT_HOURS.into()))
                .context("FRONTDOOR_NAVIGATOR_HOURS is not readable")?;
        Ok(Config {
            database_url: pick("DATABASE_URL", file.database_url).unwrap_or_else(|| DEFAULT_DATABASE_URL.into()),
            bind: bind.parse().with_context(|| format!("FRONTDOOR_BIND is not an address and port: {bind}"))?,
            public_url: pick("FRONTDOOR_PUBLIC_URL", file.public_url).map(|url| url.trim_end_matches('/').to_string()),
            content_dir: pick("FRONTDOOR_CONTENT", file.content).map_or_else(|| default_folder("content"), PathBuf::from),
            model_dir: pick("FRONTDOOR_MODEL", file.model).map_or_else(|| default_folder(".deps/model"), PathBuf::from),
            sms_webhook_secret: pick("SMS_WEBHOOK_SECRET", file.sms_webhook_secret),
            sms_gateway_url: pick("SMS_GATEWAY_URL", file.sms_gateway_url),
            sms_from: pick("SMS_FROM", file.sms_from),
            area: pick("FRONTDOOR_AREA", file.area).map(|area| area.to_lowercase()),
            navigator_hours: navigator_hours.clone(),
            youth_navigator_hours: match pick("FRONTDOOR_YOUTH_NAVIGATOR_HOURS", file.youth_navigator_hours) {
                Some(hours) => OpeningHours::parse(&hours).context("FRONTDOOR_YOUTH_NAVIGATOR_HOURS is not readable")?,
                None => navigator_hours,
            },
            outbox_lease: outbox_lease(env, file.outbox_lease_secs)?,
            outbox_in_flight: outbox_in_flight(env, file.outbox_in_flight)?,
            outbox_auth_pause: Duration::from_secs(whole_number(
                env,
                "FRONTDOOR_OUTBOX_AUTH_PAUSE_SECS",
                file.outbox_auth_pause_secs,
                DEFAULT_OUTBOX_AUTH_PAUSE_SECS,
                1..=3600,
            )?),
            twilio_account_sid: pick("TWILIO_ACCOUNT_SID", file.twilio_account_sid),
            twilio_auth_token: pick("TWILIO_AUTH_TOKEN", file.twilio_auth_token),
            twilio_from: pick("TWILIO_FROM", file.twilio_from),
            twilio_api_url: base_url(pick("TWILIO_API_URL", file.twilio_api_url), DEFAULT_TWILIO_API_URL),
            telegram_bot_token: pick("TELEGRAM_BOT_TOKEN", file.telegram_bot_token),
            telegram_webhook_secret: pick("TELEGRAM_WEBHOOK_SECRET", file.telegram_webhook_secret),
            telegram_api_url: api_base_url(
                "TELEGRAM_API_URL",
                base_url(pick("TELEGRAM_API_URL", file.telegram_api_url), DEFAULT_TELEGRAM_API_URL),
            )?,
            inbox_workers: whole_number(env, "FRONTDOOR_INBOX_WORKERS", file.inbox_workers, DEFAULT_INBOX_WORKERS, 1..=256)?,
            inference_threads: whole_number(
                env,
                "FRONTDOOR_INFERENCE_THREADS",
                file.inference_threads,
                DEFAULT_INFERENCE_THREADS,
                1..=256,
            )?,
            retention: retention(env, [file.keep_transcript_days, file.keep_sent_days, file.keep_delivery_ids_days, file.keep_audit_days])?,
            rate_limit_per_minute: rate_limit(env, file.rate_limit_per_minute)?,
            stale_months: stale_months(env, file.stale_months)?,
        })
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

/// A provider's base URL without a trailing slash, so paths can be appended.
fn base_url(set: Option<String>, default: &str) -> String {
    set.as_deref().unwrap_or(default).trim_end_matches('/').to_string()
}

/// A provider's base URL, checked at start-up: the Bot API client (teloxide) needs an http(s)
/// URL it can append the method's path to.
fn api_base_url(name: &str, url: String) -> Result<String> {
    let parsed = reqwest::Url::parse(&url).with_context(|| format!("{name} is not a URL: {url}"))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        bail!("{name} must be an http or https URL: {url}");
    }
    Ok(url)
}

/// Enough for anyone typing, even quickly, and far below a flood: 30 messages a minute.
const DEFAULT_RATE_LIMIT_PER_MINUTE: u32 = 30;

/// The per-sender webhook rate limit; zero would hold back everyone, so it is an error.
fn rate_limit(env: &BTreeMap<String, String>, from_file: Option<u32>) -> Result<u32> {
    whole_number(env, "FRONTDOOR_RATE_LIMIT_PER_MINUTE", from_file, DEFAULT_RATE_LIMIT_PER_MINUTE, 1..=u32::MAX)
}

/// Six months without a check is when a listing may well have changed: the ORUK guidance and
/// what directory keepers told us.
const DEFAULT_STALE_MONTHS: u32 = 6;

/// How old a record's last check may be before search leaves it out; at least one month.
fn stale_months(env: &BTreeMap<String, String>, from_file: Option<u32>) -> Result<u32> {
    whole_number(env, "FRONTDOOR_STALE_MONTHS", from_file, DEFAULT_STALE_MONTHS, 1..=1200)
}

/// The outbox lease: how soon a reply a dead process had claimed is tried again. Senders renew
/// it every third of it while the provider answers, so a slow send is never doubled.
fn outbox_lease(env: &BTreeMap<String, String>, from_file: Option<u64>) -> Result<Duration> {
    let seconds = whole_number(env, "FRONTDOOR_OUTBOX_LEASE_SECS", from_file, DEFAULT_OUTBOX_LEASE_SECS, 1..=u64::MAX)?;
    Ok(Duration::from_secs(seconds))
}

/// Long enough that a stalled renewal or two does not free a row whose send is still in flight,
/// short enough that a dead replica's replies go out again within seconds.
const DEFAULT_OUTBOX_LEASE_SECS: u64 = 6;

/// Enough sends waiting on a provider at once to carry hundreds of replies a second at a
/// typical 100 ms round trip, few enough not to trip a provider's own concurrency limits.
const DEFAULT_OUTBOX_IN_FLIGHT: usize = 32;

/// How many sends one process keeps in flight; at least one.
fn outbox_in_flight(env: &BTreeMap<String, String>, from_file: Option<usize>) -> Result<usize> {
    whole_number(env, "FRONTDOOR_OUTBOX_IN_FLIGHT", from_file, DEFAULT_OUTBOX_IN_FLIGHT, 1..=10_000)
}

/// Turns mostly wait on the one model thread and the database. The model reads the weights once
/// per batch whatever its size, so more turns waiting together make bigger batches and fewer
/// passes (at 200 messages a second on a busy machine, 8 workers fell behind where 32 kept up).
const DEFAULT_INBOX_WORKERS: usize = 32;

/// The retention windows: each `FRONTDOOR_KEEP_*_DAYS` may shorten its default, never lengthen it.
/// `from_file` holds the file's transcript, sent, delivery-id and audit settings, in that order.
fn retention(env: &BTreeMap<String, String>, from_file: [Option<u32>; 4]) -> Result<crate::store::retention::Policy> {
    let most = crate::store::retention::Policy::default();
    let [transcript, sent, delivery_ids, audit] = from_file;
    let days = |name: &str, from_file: Option<u32>, longest: u32| whole_number(env, name, from_file, longest, 1..=longest);
    Ok(crate::store::retention::Policy {
        transcript_days: days("FRONTDOOR_KEEP_TRANSCRIPT_DAYS", transcript, most.transcript_days)?,
        sent_days: days("FRONTDOOR_KEEP_SENT_DAYS", sent, most.sent_days)?,
        delivery_ids_days: days("FRONTDOOR_KEEP_DELIVERY_IDS_DAYS", delivery_ids, most.delivery_ids_days)?,
        audit_days: days("FRONTDOOR_KEEP_AUDIT_DAYS", audit, most.audit_days)?,
    })
}

/// One: the model's batches already carry the load, and more threads make OpenMP spin-wait on
/// the cores the web server, the database and the senders need (measured: at 200 messages a
/// second with two threads, most of the process's CPU went to OpenMP waiting).
const DEFAULT_INFERENCE_THREADS: usize = 1;

/// Long enough not to hammer a provider while someone fixes a rotated credential, short enough
/// that replies resume soon after.
const DEFAULT_OUTBOX_AUTH_PAUSE_SECS: u64 = 30;

/// A whole-number setting from the environment, else the file, else `default`, refused with a
/// message naming it when unreadable or outside `allowed`.
fn whole_number<T>(
    env: &BTreeMap<String, String>,
    name: &str,
    from_file: Option<T>,
    default: T,
    allowed: std::ops::RangeInclusive<T>,
) -> Result<T>
where
    T: std::str::FromStr + PartialOrd + std::fmt::Display + Copy,
{
    let value = match env.get(name).filter(|value| !value.is_empty()) {
        Some(value) => value.parse().map_err(|_| anyhow::anyhow!("{name} must be a whole number"))?,
        None => from_file.unwrap_or(default),
    };
    if !allowed.contains(&value) {
        bail!("{name} must be between {} and {}", allowed.start(), allowed.end());
    }
    Ok(value)
}

fn read_settings(path: &Path) -> Result<FileSettings> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read the configuration file {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("{} is not valid configuration", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn defaults_need_nothing_set() {
        let config = Config::resolve(&env(&[]), FileSettings::default()).unwrap();
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
        assert!(config.content_dir.ends_with("content") && config.content_dir.exists());
        assert!(config.public_url.is_none());
    }

    #[test]
    fn environment_wins_over_the_file() {
        let file: FileSettings = toml::from_str("database_url = \"postgres://file\"\nbind = \"0.0.0.0:9000\"").unwrap();
        let config = Config::resolve(&env(&[("DATABASE_URL", "postgres://env")]), file).unwrap();
        assert_eq!(config.database_url, "postgres://env");
        assert_eq!(config.bind.to_string(), "0.0.0.0:9000");
    }

    #[test]
    fn a_council_may_shorten_a_retention_window_but_not_lengthen_it() {
        let file: FileSettings = toml::from_str("keep_sent_days = 7").unwrap();
        let config = Config::resolve(&env(&[("FRONTDOOR_KEEP_TRANSCRIPT_DAYS", "180")]), file).unwrap();
        assert_eq!((config.retention.transcript_days, config.retention.sent_days), (180, 7));
        assert_eq!(config.retention.audit_days, 730);
        let error = Config::resolve(&env(&[("FRONTDOOR_KEEP_SENT_DAYS", "90")]), FileSettings::default()).unwrap_err();
        assert!(error.to_string().contains("FRONTDOOR_KEEP_SENT_DAYS must be between 1 and 30"), "{error}");
    }

    #[test]
    fn the_youth_team_keeps_everyone_s_hours_unless_given_its_own() {
        let same = Config::resolve(&env(&[("FRONTDOOR_NAVIGATOR_HOURS", "Mon-Sat 08:00-20:00")]), FileSettings::default()).unwrap();
        assert_eq!(same.youth_navigator_hours, same.navigator_hours);
        let file: FileSettings = toml::from_str("youth_navigator_hours = \"Mon-Fri 15:30-21:00\"").unwrap();
        let own = Config::resolve(&env(&[]), file).unwrap();
        assert_eq!(own.youth_navigator_hours, OpeningHours::parse("Mon-Fri 15:30-21:00").unwrap());
        assert_eq!(own.navigator_hours, OpeningHours::parse(DEFAULT_HOURS).unwrap());
        let error = Config::resolve(&env(&[("FRONTDOOR_YOUTH_NAVIGATOR_HOURS", "after school")]), FileSettings::default()).unwrap_err();
        assert!(error.to_string().contains("FRONTDOOR_YOUTH_NAVIGATOR_HOURS"), "{error}");
    }

    #[test]
    fn a_bad_bind_address_is_a_clear_error() {
        let error = Config::resolve(&env(&[("FRONTDOOR_BIND", "nowhere")]), FileSettings::default()).unwrap_err();
        assert!(error.to_string().contains("FRONTDOOR_BIND"));
    }

    #[test]
    fn the_staleness_cut_off_defaults_to_six_months_and_must_be_sensible() {
        let default = Config::resolve(&env(&[]), FileSettings::default()).unwrap();
        assert_eq!(default.stale_months, 6);
        let file: FileSettings = toml::from_str("stale_months = 12").unwrap();
        assert_eq!(Config::resolve(&env(&[]), file).unwrap().stale_months, 12);
        for bad in ["0", "many", "5000"] {
            let error = Config::resolve(&env(&[("FRONTDOOR_STALE_MONTHS", bad)]), FileSettings::default()).unwrap_err();
            assert!(format!("{error:#}").contains("FRONTDOOR_STALE_MONTHS"), "{bad}");
        }
    }

    #[test]
    fn unknown_file_settings_are_refused() {
        assert!(toml::from_str::<FileSettings>("databse_url = \"x\"").is_err());
    }

    #[test]
    fn provider_urls_default_to_the_real_services_and_lose_trailing_slashes() {
        let config = Config::resolve(&env(&[("TWILIO_API_URL", "http://127.0.0.1:9/")]), FileSettings::default()).unwrap();
        assert_eq!(config.twilio_api_url, "http://127.0.0.1:9");
        assert_eq!(config.telegram_api_url, "https://api.telegram.org");
        assert_eq!(config.rate_limit_per_minute, DEFAULT_RATE_LIMIT_PER_MINUTE);
    }

    #[test]
    fn a_telegram_api_url_that_is_not_a_url_is_a_clear_error() {
        for value in ["api.telegram.org", "mailto:bot@example.org"] {
            let error = Config::resolve(&env(&[("TELEGRAM_API_URL", value)]), FileSettings::default()).unwrap_err();
            assert!(error.to_string().contains("TELEGRAM_API_URL"), "{value}: {error}");
        }
    }

    #[test]
    fn a_zero_or_unreadable_rate_limit_is_a_clear_error() {
        for value in ["0", "many"] {
            let error = Config::resolve(&env(&[("FRONTDOOR_RATE_LIMIT_PER_MINUTE", value)]), FileSettings::default()).unwrap_err();
            assert!(error.to_string().contains("FRONTDOOR_RATE_LIMIT_PER_MINUTE"));
        }
    }

    #[test]
    fn outbox_concurrency_defaults_to_32_and_must_be_at_least_one() {
        assert_eq!(Config::resolve(&env(&[]), FileSettings::default()).unwrap().outbox_in_flight, 32);
        let set = Config::resolve(&env(&[("FRONTDOOR_OUTBOX_IN_FLIGHT", "4")]), FileSettings::default()).unwrap();
        assert_eq!(set.outbox_in_flight, 4);
        let error = Config::resolve(&env(&[("FRONTDOOR_OUTBOX_IN_FLIGHT", "0")]), FileSettings::default()).unwrap_err();
        assert!(error.to_string().contains("FRONTDOOR_OUTBOX_IN_FLIGHT"));
    }

    #[test]
    fn public_url_loses_its_trailing_slash() {
        let config = Config::resolve(&env(&[("FRONTDOOR_PUBLIC_URL", "https://fd.example.org/")]), FileSettings::default()).unwrap();
        assert_eq!(config.public_url.as_deref(), Some("https://fd.example.org"));
    }
}
