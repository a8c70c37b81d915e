//! What the end-to-end tests (`tests/tests/*.rs`) share, as a library so that each test binary
//! takes only the helpers it uses.
//!
//! - [`common`]: the real `frontdoor` binary as a child process, a fake SMS gateway that records
//!   what it is sent, and fresh PostgreSQL databases.
//! - [`fakes`]: starting a provider's fake API on a free port, and waiting for what it receives.
//! - [`console`]: the navigator console over plain HTTP: logins, sessions, forms, live streams.

pub mod common;
pub mod console;
pub mod fakes;
