//! A per-sender rate limit for webhooks: a token bucket for each address, so one number
//! flooding us cannot crowd out everyone else.
//!
//! The check runs after a request is verified and parsed but before anything is stored, so a
//! refused message (429) was never acknowledged and the provider may deliver it again later;
//! nothing already acknowledged is lost.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Above this many tracked senders, buckets that have refilled are forgotten.
const PRUNE_ABOVE: usize = 10_000;

/// One sender's allowance.
#[derive(Debug, Clone, Copy)]
struct Bucket {
    /// Messages that may still be taken now.
    tokens: f64,
    /// When `tokens` was last brought up to date.
    updated: Instant,
}

/// Token buckets keyed by channel and address, refilled continuously.
#[derive(Debug)]
pub struct RateLimiter {
    /// The buckets; a mutex is enough, since each check takes microseconds.
    buckets: Mutex<HashMap<String, Bucket>>,
    /// How many messages a sender may send at once after a quiet spell.
    capacity: f64,
    /// How many tokens come back each second.
    refill_per_sec: f64,
}

impl RateLimiter {
    /// Allows `per_minute` messages a minute per sender, in bursts of up to that many.
    pub fn per_minute(per_minute: u32) -> RateLimiter {
        let capacity = f64::from(per_minute.max(1));
        RateLimiter {
            buckets: Mutex::new(HashMap::new()),
            capacity,
            refill_per_sec: capacity / 60.0,
        }
    }

    /// Takes one token from `key`'s bucket; false when it is empty.
    pub fn allow(&self, key: &str) -> bool {
        self.allow_at(key, Instant::now())
    }

    /// [`RateLimiter::allow`] at a given moment, so tests need not sleep.
    fn allow_at(&self, key: &str, now: Instant) -> bool {
        let mut buckets = self
            .buckets
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if buckets.len() > PRUNE_ABOVE {
            buckets.retain(|_, bucket| self.refilled(*bucket, now) < self.capacity);
        }
        let bucket = buckets.entry(key.to_string()).or_insert(Bucket {
            tokens: self.capacity,
            updated: now,
        });
        let tokens = self.refilled(*bucket, now);
        let allowed = tokens >= 1.0;
        *bucket = Bucket {
            tokens: if allowed { tokens - 1.0 } else { tokens },
            updated: now,
        };
        allowed
    }

    /// A bucket's tokens at `now`, never above capacity.
    fn refilled(&self, bucket: Bucket, now: Instant) -> f64 {
        let elapsed = now.saturating_duration_since(bucket.updated).as_secs_f64();
        (bucket.tokens + elapsed * self.refill_per_sec).min(self.capacity)
    }

    /// How long until a refused sender may try again, for the `Retry-After` header.
    pub fn retry_after(&self) -> Duration {
        Duration::from_secs_f64((1.0 / self.refill_per_sec).ceil())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_up_to_the_limit_passes_and_the_next_is_refused() {
        let limiter = RateLimiter::per_minute(3);
        let now = Instant::now();
        assert!((0..3).all(|_| limiter.allow_at("sms:+44", now)));
        assert!(!limiter.allow_at("sms:+44", now));
    }

    #[test]
    fn senders_do_not_share_a_bucket() {
        let limiter = RateLimiter::per_minute(1);
        let now = Instant::now();
        assert!(limiter.allow_at("sms:+441", now));
        assert!(!limiter.allow_at("sms:+441", now));
        assert!(limiter.allow_at("sms:+442", now));
        assert!(limiter.allow_at("telegram:+441", now));
    }

    #[test]
    fn tokens_come_back_with_time_but_never_above_the_burst() {
        let limiter = RateLimiter::per_minute(60);
        let start = Instant::now();
        assert!((0..60).all(|_| limiter.allow_at("k", start)));
        assert!(!limiter.allow_at("k", start));
        assert!(limiter.allow_at("k", start + Duration::from_secs(1)));
        assert!(!limiter.allow_at("k", start + Duration::from_secs(1)));
        let much_later = start + Duration::from_secs(3600);
        assert_eq!(
            (0..100)
                .filter(|_| limiter.allow_at("k", much_later))
                .count(),
            60
        );
        assert_eq!(limiter.retry_after(), Duration::from_secs(1));
    }
}
