//! Time-based one-time passwords (RFC 6238) for the console's optional second factor: the six
//! digits an authenticator app shows, from a secret shared once and the time. SHA-1, 30-second
//! steps and six digits, the defaults every authenticator app reads; a code is taken for the
//! step before and after too, for a phone's clock a little off.

use hmac::{Hmac, Mac};
use sha1::Sha1;

/// How long each code lasts, in seconds.
const STEP_SECS: i64 = 30;
/// Digits in a code.
const DIGITS: u32 = 6;
/// Steps either side of now whose code is still taken, for clock drift.
const DRIFT_STEPS: i64 = 1;
/// Bytes of a new secret: 160 bits, as RFC 4226 recommends for HMAC-SHA-1.
const SECRET_BYTES: usize = 20;
/// The name authenticator apps list the code under, beside the account's email.
const ISSUER: &str = "Front Door";

/// The time step a moment (Unix seconds) falls in.
fn step_at(unix_secs: i64) -> i64 {
    unix_secs.div_euclid(STEP_SECS)
}

/// The code for one time step (HOTP, RFC 4226, with the step as its counter).
fn code_at(secret: &[u8], step: i64) -> String {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret).expect("HMAC takes a key of any length");
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let bytes = [digest[offset] & 0x7f, digest[offset + 1], digest[offset + 2], digest[offset + 3]];
    let number = u32::from_be_bytes(bytes) % 10u32.pow(DIGITS);
    format!("{number:0width$}", width = DIGITS as usize)
}

/// The time step whose code this is, if it is the code for now or a step either side; spaces
/// people type between the digits are ignored. Each candidate is compared in constant time.
pub fn matching_step(secret: &[u8], typed: &str, unix_secs: i64) -> Option<i64> {
    let code: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let now = step_at(unix_secs);
    (now - DRIFT_STEPS..=now + DRIFT_STEPS).find(|step| crate::secret::same(code_at(secret, *step), &code))
}

/// A second factor newly made for an account: what the database keeps, and the two ways its
/// owner's authenticator app can take it, shown once.
pub struct Enrolment {
    /// The secret in hex, for the database.
    pub secret_hex: String,
    /// The `otpauth://` address, for a QR code or a link.
    pub uri: String,
    /// The secret in base32, to type in.
    pub key: String,
}

/// Makes a new random secret for `account` (an email).
pub fn new_enrolment(account: &str) -> Enrolment {
    let secret_hex = crate::store::random_hex(SECRET_BYTES);
    let secret = hex::decode(&secret_hex).expect("random_hex writes hex");
    Enrolment { uri: otpauth_uri(&secret, account), key: base32(&secret), secret_hex }
}

/// A secret in base32 (RFC 4648, no padding), as authenticator apps take one typed in.
fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut text = String::with_capacity(bytes.len().div_ceil(5) * 8);
    for chunk in bytes.chunks(5) {
        let mut block = [0u8; 8];
        block[..chunk.len()].copy_from_slice(chunk);
        let bits = u64::from_be_bytes(block);
        let symbols = (chunk.len() * 8).div_ceil(5);
        text.extend((0..symbols).map(|i| char::from(ALPHABET[((bits >> (59 - 5 * i)) & 31) as usize])));
    }
    text
}

/// The `otpauth://` address an authenticator app reads (from a QR code or a link), naming the
/// account by its email.
fn otpauth_uri(secret: &[u8], account: &str) -> String {
    use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
    let issuer = utf8_percent_encode(ISSUER, NON_ALPHANUMERIC);
    let account = utf8_percent_encode(account, NON_ALPHANUMERIC);
    format!("otpauth://totp/{issuer}:{account}?secret={}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}", base32(secret))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B's SHA-1 secret.
    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn codes_match_rfc_6238s_test_vectors() {
        // The RFC gives eight digits; six are their last six.
        for (time, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
            (20_000_000_000, "353130"),
        ] {
            assert_eq!(code_at(RFC_SECRET, step_at(time)), code, "at {time}");
        }
    }

    #[test]
    fn a_code_is_taken_one_step_either_side_and_no_further() {
        let now = 1_111_111_111;
        let step = step_at(now);
        assert_eq!(matching_step(RFC_SECRET, "050471", now), Some(step));
        assert_eq!(matching_step(RFC_SECRET, "050 471", now), Some(step), "spaces are ignored");
        assert_eq!(matching_step(RFC_SECRET, &code_at(RFC_SECRET, step - 1), now), Some(step - 1));
        assert_eq!(matching_step(RFC_SECRET, &code_at(RFC_SECRET, step + 1), now), Some(step + 1));
        assert_eq!(matching_step(RFC_SECRET, &code_at(RFC_SECRET, step - 2), now), None);
        assert_eq!(matching_step(RFC_SECRET, "05047", now), None);
        assert_eq!(matching_step(RFC_SECRET, "O50471", now), None);
    }

    #[test]
    fn secrets_are_written_in_rfc_4648_base32() {
        for (bytes, text) in [
            (&b""[..], ""),
            (b"f", "MY"),
            (b"fo", "MZXQ"),
            (b"foo", "MZXW6"),
            (b"foob", "MZXW6YQ"),
            (b"fooba", "MZXW6YTB"),
            (b"foobar", "MZXW6YTBOI"),
        ] {
            assert_eq!(base32(bytes), text);
        }
    }

    #[test]
    fn the_otpauth_address_names_the_account_and_the_settings() {
        assert_eq!(
            otpauth_uri(b"foobar", "sam@council.gov.uk"),
            "otpauth://totp/Front%20Door:sam%40council%2Egov%2Euk?secret=MZXW6YTBOI&issuer=Front%20Door\
             &algorithm=SHA1&digits=6&period=30"
        );
    }
}
