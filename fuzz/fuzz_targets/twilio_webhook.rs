//! Fuzzes Twilio's webhook handling: the form parser, the signature checks (form and JSON
//! bodies, every URL form) and the readers of inbound messages and status callbacks.
//!
//! The input is split at its first two newlines into the URL, the signature header and the
//! body, so the fuzzer explores all three. Besides never panicking, a signature we computed
//! ourselves must always be accepted, and a changed one never.

#![no_main]

use bot::channels::twilio;
use libfuzzer_sys::fuzz_target;

const TOKEN: &str = "fuzz-token";

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |&byte| byte == b'\n');
    let url = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
    let signature = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
    let body = parts.next().unwrap_or_default();

    if let Some(params) = twilio::verify(TOKEN, &url, body, &signature) {
        let _ = twilio::parse_inbound(&params);
        let _ = twilio::parse_status(&params);
    }
    let params = twilio::parse_form(body);
    let _ = twilio::parse_inbound(&params);
    let _ = twilio::parse_status(&params);

    let genuine = twilio::compute_signature(TOKEN, &url, &params);
    assert!(twilio::form_signature_is_valid(
        TOKEN, &url, &params, &genuine
    ));
    assert!(!twilio::form_signature_is_valid(
        "another-token",
        &url,
        &params,
        &genuine
    ));
});
