//! Fuzzes the Telegram update parser (teloxide's `Update` and our reading of it) with arbitrary
//! bytes, and with arbitrary JSON values set into a real update's message, so both the JSON
//! reader and the mapping of every kind of message are explored. It must never panic, and
//! whatever it reads as a person's message must be keyed by the update and addressed to a chat.

#![no_main]

use bot::channels::telegram::{parse_update, Incoming};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check(data);
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) {
        let mut update = serde_json::json!({
            "update_id": 7,
            "message": { "message_id": 1, "date": 1700000000, "chat": { "id": 42, "type": "private" } }
        });
        if let serde_json::Value::Object(fields) = value {
            for (name, field) in fields {
                update["message"][name] = field;
            }
        }
        check(&serde_json::to_vec(&update).expect("a JSON value always serialises"));
    }
});

fn check(body: &[u8]) {
    if let Ok(Incoming::Person(inbound) | Incoming::Button { inbound, .. }) = parse_update(body) {
        assert!(inbound.provider_id.starts_with("telegram:"));
        assert!(!inbound.address.is_empty());
    }
}
