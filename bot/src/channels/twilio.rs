//! Twilio Programmable Messaging: SMS in through a signed form-encoded webhook, out through the
//! Messages REST API from the outbox.
//!
//! # Signatures
//! Twilio signs every webhook with `X-Twilio-Signature`: the Base64 HMAC-SHA1, keyed with the
//! account's auth token, of the full URL it called (query string verbatim) followed by each POST
//! parameter's name and value, sorted by name (and repeated names by value). We check it the
//! way Twilio's own SDKs do: against the URL as configured, without its port, and with the
//! scheme's default port, because Twilio may or may not have included one. A JSON-bodied
//! webhook instead carries `bodySHA256` (hex SHA-256 of the raw body) in its query string and
//! is signed over the URL alone.
//!
//! # Invariants
//! - Nothing is parsed into an [`Inbound`] before its signature is checked (the server's job).
//! - The provider id is `twilio:<MessageSid>`, so Twilio's retries of one message are one turn.

use super::{Inbound, InboundKind, OutMessage, SendError, Sender};
use async_trait::async_trait;
use base64::Engine;
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use sha1::Sha1;
use sha2::{Digest, Sha256};

type HmacSha1 = Hmac<Sha1>;

/// The header Twilio puts its signature in.
pub const SIGNATURE_HEADER: &str = "x-twilio-signature";

/// The query parameter that names the body's hash on JSON-bodied webhooks.
const BODY_HASH_PARAMETER: &str = "bodySHA256";

/// The longest text accepted in one inbound message (Twilio joins up to 1600 characters).
const MAX_TEXT_CHARS: usize = 5_000;

/// The answer to a webhook that tells Twilio to send nothing itself: replies go through the
/// outbox, so they survive a crash and respect opt-outs.
pub const EMPTY_TWIML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

/// A form body's parameters in the order sent, repeated names kept.
pub type Params = Vec<(String, String)>;

/// Why a verified body could not be used; each becomes a 400 with this text.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ParseError {
    /// A parameter the message needs is absent or empty.
    #[error("the parameter {0} is missing")]
    Missing(&'static str),
    /// The text is longer than any real message.
    #[error("the message text is too long")]
    TooLong,
}

/// Decodes a form-encoded body; undecodable bytes become U+FFFD, as Twilio never sends them.
pub fn parse_form(body: &[u8]) -> Params {
    form_urlencoded::parse(body).map(|(name, value)| (name.into_owned(), value.into_owned())).collect()
}

/// Twilio's signature of `url` and `params` under `auth_token`: what the header should say.
pub fn compute_signature(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    base64::engine::general_purpose::STANDARD.encode(signing_mac(auth_token, url, params).finalize().into_bytes())
}

/// The HMAC over the URL and then each parameter's name and value, sorted by name and value.
fn signing_mac(auth_token: &str, url: &str, params: &[(String, String)]) -> HmacSha1 {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort();
    let mut mac = HmacSha1::new_from_slice(auth_token.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(url.as_bytes());
    for (name, value) in sorted {
        mac.update(name.as_bytes());
        mac.update(value.as_bytes());
    }
    mac
}

/// Whether `signature` is Twilio's for a form-encoded request to `url` with `params`, trying
/// the URL with and without its port as Twilio's SDKs do. Compared in constant time.
pub fn form_signature_is_valid(auth_token: &str, url: &str, params: &[(String, String)], signature: &str) -> bool {
    let Ok(claimed) = base64::engine::general_purpose::STANDARD.decode(signature.trim()) else {
        return false;
    };
    url_variants(url).iter().any(|candidate| signing_mac(auth_token, candidate, params).verify_slice(&claimed).is_ok())
}

/// Whether `signature` is Twilio's for a JSON-bodied request: the URL's `bodySHA256` must be
/// the body's hash, and the URL (with no parameters) must carry the signature.
pub fn body_signature_is_valid(auth_token: &str, url: &str, body: &[u8], signature: &str) -> bool {
    let Some(claimed_hash) = query_value(url, BODY_HASH_PARAMETER) else {
        return false;
    };
    let Ok(claimed_hash) = hex::decode(claimed_hash) else {
        return false;
    };
    let actual_hash = Sha256::digest(body);
    let hash_matches = crate::secret::same(&claimed_hash, actual_hash.as_slice());
    hash_matches && form_signature_is_valid(auth_token, url, &[], signature)
}

/// Checks any Twilio webhook: JSON-bodied when its URL names a body hash, form-encoded
/// otherwise. Returns the form's parameters when it is genuine.
pub fn verify(auth_token: &str, url: &str, body: &[u8], signature: &str) -> Option<Params> {
    if query_value(url, BODY_HASH_PARAMETER).is_some() {
        return body_signature_is_valid(auth_token, url, body, signature).then(Params::new);
    }
    let params = parse_form(body);
    form_signature_is_valid(auth_token, url, &params, signature).then_some(params)
}

/// The first value of a query parameter, undecoded, exactly as it appears in the URL.
fn query_value<'a>(url: &'a str, name: &str) -> Option<&'a str> {
    let query = url.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or(query);
    query.split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

/// The URL as given, without any port, and with the scheme's default port if it had none:
/// the forms Twilio's SDKs accept, since Twilio signs whichever form was configured.
fn url_variants(url: &str) -> Vec<String> {
    let mut variants = vec![url.to_string()];
    let Some((scheme, rest)) = url.split_once("://") else {
        return variants;
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let (userinfo, host_port) = match authority.rsplit_once('@') {
        Some((userinfo, host_port)) => (format!("{userinfo}@"), host_port),
        None => (String::new(), authority),
    };
    let (host, port) = split_port(host_port);
    let rebuilt = |port: Option<&str>| match port {
        Some(port) => format!("{scheme}://{userinfo}{host}:{port}{tail}"),
        None => format!("{scheme}://{userinfo}{host}{tail}"),
    };
    match port {
        Some(_) => variants.push(rebuilt(None)),
        None => {
            if let Some(default) = default_port(scheme) {
                variants.push(rebuilt(Some(default)));
            }
        }
    }
    variants
}

/// Splits `host:port`, minding bracketed IPv6 hosts.
fn split_port(host_port: &str) -> (&str, Option<&str>) {
    match host_port.rsplit_once(':') {
        Some((host, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) && !host.ends_with(':') => (host, Some(port)),
        _ => (host_port, None),
    }
}

/// The port a scheme implies when none is written.
fn default_port(scheme: &str) -> Option<&'static str> {
    match scheme.to_ascii_lowercase().as_str() {
        "https" => Some("443"),
        "http" => Some("80"),
        _ => None,
    }
}

/// The first non-empty value of a parameter.
fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params.iter().find(|(key, value)| key == name && !value.trim().is_empty()).map(|(_, value)| value.as_str())
}

/// Turns a verified inbound SMS (or MMS) webhook into an [`Inbound`]. A picture message with no
/// words is something we cannot read yet, and is answered as such rather than dropped.
pub fn parse_inbound(params: &[(String, String)]) -> Result<Inbound, ParseError> {
    let sid = param(params, "MessageSid").or_else(|| param(params, "SmsSid")).ok_or(ParseError::Missing("MessageSid"))?;
    let from = param(params, "From").ok_or(ParseError::Missing("From"))?;
    let text = params.iter().find(|(key, _)| key == "Body").map_or("", |(_, value)| value.as_str());
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(ParseError::TooLong);
    }
    let has_media = param(params, "NumMedia").is_some_and(|count| count.trim() != "0");
    let kind = if text.trim().is_empty() && has_media {
        InboundKind::Unsupported("picture message".into())
    } else {
        InboundKind::Text(text.to_string())
    };
    Ok(Inbound { channel: flows::Channel::Sms, provider_id: format!("twilio:{sid}"), address: from.trim().to_string(), kind })
}

/// What a delivery status callback says about one message we sent.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusReport {
    /// The id Twilio gave the message when we sent it: the outbox row's provider id.
    pub message_sid: String,
    /// `queued`, `sent`, `delivered`, `undelivered`, `failed` and so on.
    pub status: String,
    /// Twilio's error code when delivery failed (30003 unreachable, 21610 unsubscribed...).
    pub error_code: Option<String>,
}

/// Reads a verified status callback.
pub fn parse_status(params: &[(String, String)]) -> Result<StatusReport, ParseError> {
    let message_sid = param(params, "MessageSid").or_else(|| param(params, "SmsSid")).ok_or(ParseError::Missing("MessageSid"))?;
    let status = param(params, "MessageStatus").or_else(|| param(params, "SmsStatus")).ok_or(ParseError::Missing("MessageStatus"))?;
    Ok(StatusReport {
        message_sid: message_sid.to_string(),
        status: status.to_string(),
        error_code: param(params, "ErrorCode").map(str::to_string),
    })
}

/// What the Messages API answers when it has taken a message.
#[derive(Debug, Deserialize)]
struct Created {
    sid: String,
}

/// Twilio's error body, for a reason in the outbox row.
#[derive(Debug, Deserialize)]
struct ApiError {
    code: Option<i64>,
    message: Option<String>,
}

/// One page of Twilio's message list, newest first: what a reply cut short by a crash is looked
/// for in before it is sent again.
#[derive(Debug, Deserialize)]
struct MessagePage {
    messages: Vec<ListedMessage>,
}

/// A message in Twilio's list, with only what tells whether it is the reply in doubt.
#[derive(Debug, Deserialize)]
struct ListedMessage {
    sid: String,
    #[serde(default)]
    body: Option<String>,
    /// RFC 2822, e.g. "Fri, 04 Dec 2026 12:00:00 +0000".
    #[serde(default)]
    date_created: Option<String>,
}

/// How far Twilio's clock may run behind ours and a message still count as taken after it was
/// queued.
const CLOCK_SKEW_MS: i64 = 60_000;

/// How many of the newest messages to a number are read: the reply in doubt was taken moments
/// before the crash, so it is among the newest.
const LIST_PAGE_SIZE: &str = "20";

impl MessagePage {
    /// The id of a message with exactly `text` created no earlier than `since_ms` (less the
    /// clock skew allowed); a message whose date cannot be read does not count.
    fn find(&self, text: &str, since_ms: i64) -> Option<String> {
        self.messages
            .iter()
            .find(|message| message.body.as_deref() == Some(text) && created_ms(message).is_some_and(|at| at >= since_ms - CLOCK_SKEW_MS))
            .map(|message| message.sid.clone())
    }
}

/// When Twilio created a listed message, in Unix milliseconds.
fn created_ms(message: &ListedMessage) -> Option<i64> {
    let date = message.date_created.as_deref()?;
    Some(chrono::DateTime::parse_from_rfc2822(date).ok()?.timestamp_millis())
}

/// Sends replies through Twilio's Messages REST API.
#[derive(Debug, Clone)]
pub struct TwilioSender {
    /// Keeps connections open between sends.
    client: reqwest::Client,
    /// `{TWILIO_API_URL}/2010-04-01/Accounts/{sid}/Messages.json`.
    messages_url: String,
    /// `TWILIO_ACCOUNT_SID`, the user name of basic auth.
    account_sid: String,
    /// `TWILIO_AUTH_TOKEN`, the password of basic auth.
    auth_token: SecretString,
    /// `TWILIO_FROM`: a number, an alphanumeric sender id, or a Messaging Service (`MG...`).
    from: String,
    /// Where Twilio should post delivery statuses, when we have a public URL.
    status_callback: Option<String>,
}

/// The Twilio account a [`TwilioSender`] uses.
#[derive(Debug, Clone)]
pub struct TwilioAccount {
    /// `TWILIO_API_URL`: Twilio's own API, or a stand-in.
    pub api_url: String,
    /// `TWILIO_ACCOUNT_SID`.
    pub account_sid: String,
    /// `TWILIO_AUTH_TOKEN`.
    pub auth_token: SecretString,
    /// `TWILIO_FROM`.
    pub from: String,
}

/// The route delivery statuses come back to.
pub const STATUS_PATH: &str = "/webhooks/twilio/status";

impl TwilioSender {
    /// Makes a sender for `account`; with a `public_url`, each message asks for status callbacks.
    pub fn new(account: TwilioAccount, public_url: Option<&str>) -> TwilioSender {
        let client = super::sending_client();
        let messages_url = format!("{}/2010-04-01/Accounts/{}/Messages.json", account.api_url.trim_end_matches('/'), account.account_sid);
        TwilioSender {
            client,
            messages_url,
            account_sid: account.account_sid,
            auth_token: account.auth_token,
            from: account.from,
            status_callback: public_url.map(|url| format!("{url}{STATUS_PATH}")),
        }
    }

    /// The query that lists the newest messages we sent to `address`.
    fn list_query<'a>(&'a self, address: &'a str) -> Vec<(&'static str, &'a str)> {
        let mut query = vec![("To", address), ("PageSize", LIST_PAGE_SIZE)];
        if !self.from.starts_with("MG") {
            query.push(("From", self.from.as_str()));
        }
        query
    }

    /// The form fields of one message.
    fn form<'a>(&'a self, address: &'a str, text: &'a str) -> Vec<(&'static str, &'a str)> {
        let sender_field = if self.from.starts_with("MG") { "MessagingServiceSid" } else { "From" };
        let mut form = vec![("To", address), (sender_field, self.from.as_str()), ("Body", text)];
        if let Some(callback) = &self.status_callback {
            form.push(("StatusCallback", callback.as_str()));
        }
        form
    }
}

/// Twilio's Messages API takes no idempotency key, so `key` goes unused: the outbox's renewed
/// lease keeps a slow send from being repeated, and after a crash mid-send the message list is
/// asked whether the reply had gone out before it is sent again.
#[async_trait]
impl Sender for TwilioSender {
    async fn send(&self, _key: &str, address: &str, message: &OutMessage) -> Result<String, SendError> {
        let response = self
            .client
            .post(&self.messages_url)
            .basic_auth(&self.account_sid, Some(self.auth_token.expose_secret()))
            .form(&self.form(address, &message.text))
            .send()
            .await
            .map_err(|error| SendError::Retry(format!("Twilio unreachable: {error}")))?;
        let status = response.status();
        if let Some(error) = super::passing_failure("Twilio", status) {
            return Err(error);
        }
        if !status.is_success() {
            let reason = match response.json::<ApiError>().await {
                Ok(error) => format!(
                    "Twilio refused the message: {status} code {} {}",
                    error.code.unwrap_or_default(),
                    error.message.unwrap_or_default()
                ),
                Err(_) => format!("Twilio refused the message: {status}"),
            };
            return Err(SendError::Permanent(reason));
        }
        let created: Created =
            response.json().await.map_err(|error| SendError::Retry(format!("Twilio's answer is unreadable: {error}")))?;
        Ok(created.sid)
    }

    async fn already_taken(&self, address: &str, message: &OutMessage, since_ms: i64) -> Result<Option<String>, SendError> {
        let response = self
            .client
            .get(&self.messages_url)
            .basic_auth(&self.account_sid, Some(self.auth_token.expose_secret()))
            .query(&self.list_query(address))
            .send()
            .await
            .map_err(|error| SendError::Retry(format!("Twilio unreachable: {error}")))?;
        let status = response.status();
        if !status.is_success() {
            return Err(SendError::Retry(format!("Twilio's message list answered {status}")));
        }
        let page: MessagePage =
            response.json().await.map_err(|error| SendError::Retry(format!("Twilio's message list is unreadable: {error}")))?;
        Ok(page.find(&message.text, since_ms))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The worked example of Twilio's security documentation: auth token, URL and parameters.
    const DOC_TOKEN: &str = "12345";
    const DOC_URL: &str = "https://mycompany.com/myapp.php?foo=1&bar=2";
    /// The signature Twilio's documentation gives for that example.
    const DOC_SIGNATURE: &str = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

    fn doc_params() -> Params {
        [("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "1234"), ("From", "+12349013030"), ("To", "+18005551212")]
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Params {
        list.iter().map(|(name, value)| (name.to_string(), value.to_string())).collect()
    }

    /// A page shaped as Twilio's message list answers (newest first, RFC 2822 dates).
    const LISTED: &str = r#"{"first_page_uri": "/2010-04-01/Accounts/AC1/Messages.json?To=%2B447700900123&PageSize=20&Page=0",
        "end": 2, "previous_page_uri": null, "uri": "/2010-04-01/Accounts/AC1/Messages.json?To=%2B447700900123&PageSize=20&Page=0",
        "page_size": 20, "start": 0, "next_page_uri": null, "page": 0,
        "messages": [
          {"account_sid": "AC1", "api_version": "2010-04-01", "body": "Lovely. Whereabouts are you?", "date_created": "Fri, 04 Dec 2026 12:00:05 +0000",
           "date_sent": null, "date_updated": "Fri, 04 Dec 2026 12:00:05 +0000", "direction": "outbound-api", "error_code": null,
           "error_message": null, "from": "+447700900000", "num_media": "0", "num_segments": "1", "price": null, "price_unit": "GBP",
           "sid": "SMnew", "status": "queued", "to": "+447700900123"},
          {"body": "Lovely. Whereabouts are you?", "date_created": "Tue, 01 Dec 2026 09:00:00 +0000", "sid": "SMold", "status": "delivered"},
          {"body": "Hi there", "date_created": "not a date", "sid": "SMbad"}
        ]}"#;

    /// 2026-12-04 12:00:00 UTC in Unix milliseconds.
    const NOON: i64 = 1_796_385_600_000;

    #[test]
    fn a_reply_cut_short_is_found_in_the_message_list_only_if_taken_after_it_was_queued() {
        let page: MessagePage = serde_json::from_str(LISTED).unwrap();
        assert_eq!(page.find("Lovely. Whereabouts are you?", NOON).as_deref(), Some("SMnew"));
        assert_eq!(page.find("Lovely. Whereabouts are you?", NOON + 3_600_000), None, "the same words sent before it was queued");
        assert_eq!(page.find("Some other reply", NOON), None);
        assert_eq!(page.find("Hi there", 0), None, "an unreadable date does not count");
    }

    #[test]
    fn the_documented_example_signs_as_documented() {
        assert_eq!(compute_signature(DOC_TOKEN, DOC_URL, &doc_params()), DOC_SIGNATURE);
        assert!(form_signature_is_valid(DOC_TOKEN, DOC_URL, &doc_params(), DOC_SIGNATURE));
    }

    #[test]
    fn parameter_order_on_the_wire_does_not_matter() {
        let mut shuffled = doc_params();
        shuffled.reverse();
        assert!(form_signature_is_valid(DOC_TOKEN, DOC_URL, &shuffled, DOC_SIGNATURE));
    }

    #[test]
    fn any_change_breaks_the_signature() {
        let mut changed = doc_params();
        changed[2].1 = "1235".into();
        assert!(!form_signature_is_valid(DOC_TOKEN, DOC_URL, &changed, DOC_SIGNATURE));
        assert!(!form_signature_is_valid("54321", DOC_URL, &doc_params(), DOC_SIGNATURE));
        assert!(!form_signature_is_valid(DOC_TOKEN, "https://mycompany.com/myapp.php?bar=2&foo=1", &doc_params(), DOC_SIGNATURE));
        assert!(!form_signature_is_valid(DOC_TOKEN, DOC_URL, &doc_params(), ""));
        assert!(!form_signature_is_valid(DOC_TOKEN, DOC_URL, &doc_params(), "not base64!"));
    }

    #[test]
    fn the_query_string_is_signed_verbatim_not_decoded() {
        let encoded = "https://mycompany.com/myapp.php?name=a%20b";
        let signature = compute_signature(DOC_TOKEN, encoded, &doc_params());
        assert!(form_signature_is_valid(DOC_TOKEN, encoded, &doc_params(), &signature));
        assert!(!form_signature_is_valid(DOC_TOKEN, "https://mycompany.com/myapp.php?name=a b", &doc_params(), &signature));
    }

    #[test]
    fn a_url_signed_with_the_default_port_validates_without_it_and_back() {
        let with_port = compute_signature(DOC_TOKEN, "https://mycompany.com:443/myapp.php?foo=1&bar=2", &doc_params());
        assert!(form_signature_is_valid(DOC_TOKEN, DOC_URL, &doc_params(), &with_port));
        assert!(form_signature_is_valid(DOC_TOKEN, "https://mycompany.com:443/myapp.php?foo=1&bar=2", &doc_params(), DOC_SIGNATURE));
        let plain_http = compute_signature(DOC_TOKEN, "http://mycompany.com:80/sms", &[]);
        assert!(form_signature_is_valid(DOC_TOKEN, "http://mycompany.com/sms", &[], &plain_http));
    }

    #[test]
    fn a_port_other_than_the_default_is_not_invented() {
        let odd_port = compute_signature(DOC_TOKEN, "https://mycompany.com:8443/sms", &[]);
        assert!(!form_signature_is_valid(DOC_TOKEN, "https://mycompany.com/sms", &[], &odd_port));
        assert!(form_signature_is_valid(DOC_TOKEN, "https://mycompany.com:8443/sms", &[], &odd_port));
    }

    #[test]
    fn repeated_parameters_are_signed_in_value_order() {
        let params = pairs(&[("MediaUrl", "https://b.example/2"), ("Body", "hi"), ("MediaUrl", "https://a.example/1")]);
        let expected = compute_signature(
            DOC_TOKEN,
            "https://mycompany.com/sms",
            &pairs(&[("Body", "hi"), ("MediaUrl", "https://a.example/1"), ("MediaUrl", "https://b.example/2")]),
        );
        assert!(form_signature_is_valid(DOC_TOKEN, "https://mycompany.com/sms", &params, &expected));
        // The same data as the HMAC input Twilio documents: URL, then name+value for each, sorted.
        let manual = {
            let mut mac = HmacSha1::new_from_slice(DOC_TOKEN.as_bytes()).unwrap();
            mac.update(b"https://mycompany.com/smsBodyhiMediaUrlhttps://a.example/1MediaUrlhttps://b.example/2");
            base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
        };
        assert_eq!(expected, manual);
    }

    /// The JSON-body example of Twilio's SDK documentation.
    const JSON_BODY: &[u8] = br#"{"property": "value", "boolean": true}"#;
    const JSON_HASH: &str = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
    const JSON_SIGNATURE: &str = "a9nBmqA0ju/hNViExpshrM61xv4=";

    #[test]
    fn a_json_body_is_checked_by_its_hash_and_the_url_signature() {
        let url = format!("{DOC_URL}&bodySHA256={JSON_HASH}");
        assert_eq!(hex::encode(Sha256::digest(JSON_BODY)), JSON_HASH);
        assert!(body_signature_is_valid(DOC_TOKEN, &url, JSON_BODY, JSON_SIGNATURE));
        assert_eq!(verify(DOC_TOKEN, &url, JSON_BODY, JSON_SIGNATURE), Some(Params::new()));
        assert!(!body_signature_is_valid(DOC_TOKEN, &url, br#"{"property": "other"}"#, JSON_SIGNATURE));
        assert!(!body_signature_is_valid(DOC_TOKEN, DOC_URL, JSON_BODY, JSON_SIGNATURE));
    }

    #[test]
    fn verify_parses_a_genuine_form_and_refuses_a_forged_one() {
        let body = b"MessageSid=SM1&From=%2B447700900123&Body=Hello+there";
        let url = "https://fd.example.org/webhooks/twilio/sms";
        let params = parse_form(body);
        let signature = compute_signature("tok", url, &params);
        assert_eq!(verify("tok", url, body, &signature), Some(params));
        assert_eq!(verify("tok", url, b"MessageSid=SM1&From=%2B447700900123&Body=Hullo", &signature), None);
    }

    #[test]
    fn an_sms_becomes_an_inbound_keyed_by_its_message_sid() {
        let params = parse_form(b"MessageSid=SM123&From=%2B447700900123&To=%2B447700900000&Body=STOP&NumMedia=0");
        let inbound = parse_inbound(&params).unwrap();
        assert_eq!(inbound.provider_id, "twilio:SM123");
        assert_eq!(inbound.address, "+447700900123");
        assert_eq!(inbound.channel, flows::Channel::Sms);
        assert_eq!(inbound.kind, InboundKind::Text("STOP".into()));
    }

    #[test]
    fn a_picture_with_no_words_is_answered_as_unreadable() {
        let params = parse_form(b"MessageSid=MM1&From=%2B447700900123&Body=&NumMedia=1");
        assert_eq!(parse_inbound(&params).unwrap().kind, InboundKind::Unsupported("picture message".into()));
    }

    #[test]
    fn malformed_messages_are_refused_with_a_reason() {
        assert_eq!(parse_inbound(&parse_form(b"From=%2B44&Body=hi")), Err(ParseError::Missing("MessageSid")));
        assert_eq!(parse_inbound(&parse_form(b"MessageSid=SM1&Body=hi")), Err(ParseError::Missing("From")));
        let long = format!("MessageSid=SM1&From=x&Body={}", "a".repeat(MAX_TEXT_CHARS + 1));
        assert_eq!(parse_inbound(&parse_form(long.as_bytes())), Err(ParseError::TooLong));
    }

    #[test]
    fn a_status_callback_names_the_message_and_its_fate() {
        let report = parse_status(&parse_form(b"MessageSid=SM9&MessageStatus=undelivered&ErrorCode=30003")).unwrap();
        assert_eq!(report.message_sid, "SM9");
        assert_eq!(report.status, "undelivered");
        assert_eq!(report.error_code.as_deref(), Some("30003"));
        assert_eq!(parse_status(&parse_form(b"MessageSid=SM9")), Err(ParseError::Missing("MessageStatus")));
    }

    #[test]
    fn ipv6_hosts_keep_their_brackets_when_the_port_is_added() {
        assert_eq!(url_variants("https://[::1]/sms"), vec!["https://[::1]/sms".to_string(), "https://[::1]:443/sms".to_string()]);
        assert_eq!(
            url_variants("http://[::1]:80/sms?x=1"),
            vec!["http://[::1]:80/sms?x=1".to_string(), "http://[::1]/sms?x=1".to_string()]
        );
    }

    #[test]
    fn a_messaging_service_is_named_as_such() {
        let account = |from: &str| TwilioAccount {
            api_url: "http://localhost".into(),
            account_sid: "AC1".into(),
            auth_token: SecretString::from("t"),
            from: from.into(),
        };
        let service = TwilioSender::new(account("MG123"), None);
        assert_eq!(service.form("+44", "hi")[1], ("MessagingServiceSid", "MG123"));
        let number = TwilioSender::new(account("+447700900000"), Some("https://fd.example.org"));
        let form = number.form("+44", "hi");
        assert_eq!(form[1], ("From", "+447700900000"));
        assert_eq!(form[3], ("StatusCallback", "https://fd.example.org/webhooks/twilio/status"));
        assert_eq!(number.messages_url, "http://localhost/2010-04-01/Accounts/AC1/Messages.json");
    }
}
