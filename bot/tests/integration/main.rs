//! The storage, delivery and pipeline suites as one test binary: each links libtorch (through
//! the classifier), so one binary links it once instead of seven times. Each suite runs on
//! SQLite and on the real PostgreSQL server.

mod common;
mod delivery;
mod delivery_status;
mod directory_record;
mod directory_store;
mod inbox;
mod pipeline;
mod storage;
