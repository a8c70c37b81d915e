//! The end-to-end suites as one test binary (one link instead of twelve): each drives the real
//! `frontdoor` binary through its real interfaces, with fake providers and real databases.

mod architecture;
mod console;
mod console_need_to_know;
mod console_second_factor;
mod console_security;
mod deployment;
mod directory;
mod directory_feeds;
mod foundation;
mod schools;
mod telegram;
mod twilio;
