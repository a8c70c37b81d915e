//! Limits on console logins, held by each process: a password check costs argon2's 19 MiB and
//! tens of milliseconds on the blocking threads the resident-facing work shares, and lock-outs
//! per account alone let a stranger lock out every navigator whose email they guess. So before
//! any password is checked, an address and the whole process are held to a rate of failed
//! logins, and only a few checks run at once; the rest are refused with 429 at once. Wrong
//! second-factor codes count towards the same rates.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Password checks running at once; each holds 19 MiB of argon2 memory.
const CHECKS_AT_ONCE: usize = 2;
/// Failed logins one address may make within [`ADDRESS_WINDOW`].
const ADDRESS_FAILURES: usize = 20;
/// The window an address's failures are counted over.
const ADDRESS_WINDOW: Duration = Duration::from_secs(15 * 60);
/// Failed logins the whole process takes within [`ALL_WINDOW`], from however many addresses.
const ALL_FAILURES: usize = 100;
/// The window all failures are counted over.
const ALL_WINDOW: Duration = Duration::from_secs(60);

/// What to tell someone refused before their password was looked at.
const SLOW_DOWN: &str = "Too many login attempts just now. Please wait a few minutes and try again.";
/// What to tell someone when the password checks are all busy.
const BUSY: &str = "Lots of people are logging in at once. Please try again in a moment.";

/// The login limits of one process.
#[derive(Debug)]
pub struct LoginGuard {
    checks: Arc<Semaphore>,
    failures: Mutex<Failures>,
}

/// Recent failed logins, by address and overall, oldest first.
#[derive(Debug, Default)]
struct Failures {
    by_address: HashMap<String, VecDeque<Instant>>,
    all: VecDeque<Instant>,
}

impl Default for LoginGuard {
    fn default() -> LoginGuard {
        LoginGuard { checks: Arc::new(Semaphore::new(CHECKS_AT_ONCE)), failures: Mutex::default() }
    }
}

impl LoginGuard {
    /// Lets a login from `address` go on to its password check, holding one of the few check
    /// slots until the permit is dropped; or says why not.
    pub fn admit(&self, address: &str) -> Result<OwnedSemaphorePermit, &'static str> {
        self.within_rate(address)?;
        self.checks.clone().try_acquire_owned().map_err(|_| BUSY)
    }

    /// Lets a login step that costs no argon2 (a second factor's code) go on, or says why not:
    /// its failures count towards the same rates as passwords'.
    pub fn within_rate(&self, address: &str) -> Result<(), &'static str> {
        if self.over_the_rate(address, Instant::now()) {
            Err(SLOW_DOWN)
        } else {
            Ok(())
        }
    }

    /// Counts a failed login from `address`.
    pub fn failed(&self, address: &str) {
        let now = Instant::now();
        let mut failures = self.lock();
        failures.all.push_back(now);
        failures.by_address.entry(address.to_string()).or_default().push_back(now);
    }

    fn over_the_rate(&self, address: &str, now: Instant) -> bool {
        let mut failures = self.lock();
        failures.forget_before(now);
        let from_here = failures.by_address.get(address).map_or(0, VecDeque::len);
        from_here >= ADDRESS_FAILURES || failures.all.len() >= ALL_FAILURES
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Failures> {
        self.failures.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Failures {
    /// Drops failures older than their window, and addresses with none left, so memory stays
    /// bounded by the rate.
    fn forget_before(&mut self, now: Instant) {
        let recent = |window: Duration| move |at: &Instant| now.duration_since(*at) < window;
        self.all.retain(recent(ALL_WINDOW));
        self.by_address.retain(|_, times| {
            times.retain(recent(ADDRESS_WINDOW));
            !times.is_empty()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_that_keeps_failing_is_refused_before_its_password_is_checked() {
        let guard = LoginGuard::default();
        for _ in 0..ADDRESS_FAILURES {
            drop(guard.admit("203.0.113.9").expect("within the rate"));
            guard.failed("203.0.113.9");
        }
        assert_eq!(guard.admit("203.0.113.9").unwrap_err(), SLOW_DOWN);
        assert!(guard.admit("198.51.100.1").is_ok(), "another address still gets in");
    }

    #[test]
    fn failures_from_many_addresses_hold_the_whole_process() {
        let guard = LoginGuard::default();
        for n in 0..ALL_FAILURES {
            guard.failed(&format!("10.0.{}.{}", n / 250, n % 250));
        }
        assert_eq!(guard.admit("192.0.2.7").unwrap_err(), SLOW_DOWN);
    }

    #[test]
    fn only_a_few_password_checks_run_at_once() {
        let guard = LoginGuard::default();
        let held: Vec<_> = (0..CHECKS_AT_ONCE).map(|_| guard.admit("192.0.2.8").expect("a free slot")).collect();
        assert_eq!(guard.admit("192.0.2.8").unwrap_err(), BUSY);
        drop(held);
        assert!(guard.admit("192.0.2.8").is_ok());
    }
}
