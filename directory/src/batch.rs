//! What one import learns across all its documents that no single page can: which ids came
//! more than once (a validator's list of 128 records under one id is one service, not 128), and
//! how many records had to be dated by `last_modified` or by the day they were first imported.

use super::model::{CheckedBy, Service};
use std::collections::HashMap;

/// The ids an import has read so far and how often each came.
#[derive(Debug, Default)]
pub struct SeenIds {
    /// Records read per id.
    counts: HashMap<String, usize>,
    /// Ids in the order first seen, so reports are repeatable.
    order: Vec<String>,
}

impl SeenIds {
    /// Notes a record's id; `true` the first time, `false` for a repeat, which the import skips
    /// so that the first record read under an id is the one kept.
    pub fn first_time(&mut self, id: &str) -> bool {
        let count = self.counts.entry(id.to_string()).or_insert(0);
        *count += 1;
        if *count == 1 {
            self.order.push(id.to_string());
        }
        *count == 1
    }

    /// How many records were skipped as repeats of an id already read.
    pub fn repeats(&self) -> usize {
        self.counts.values().map(|count| count - 1).sum()
    }

    /// Each id read more than once, with how many records carried it, in first-seen order.
    pub fn repeated(&self) -> Vec<(&str, usize)> {
        self.order.iter().map(|id| (id.as_str(), self.counts[id])).filter(|(_, count)| *count > 1).collect()
    }
}

/// How the records of one import are dated, for the summary's line about undated feeds.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Dating {
    /// Records with a verified (`assured_date`) date.
    pub verified: usize,
    /// Records with no verified date, judged by `last_modified`.
    pub by_modified: usize,
    /// Records with neither date, judged from the day they were first imported.
    pub by_first_import: usize,
}

impl Dating {
    /// Counts one record by the date its freshness is judged by.
    pub fn count(&mut self, service: &Service) {
        match service.checked().map(|(_, by)| by) {
            Some(CheckedBy::Verified) => self.verified += 1,
            Some(CheckedBy::Modified) => self.by_modified += 1,
            Some(CheckedBy::FirstImported) | None => self.by_first_import += 1,
        }
    }

    /// The line for the import summary, or `None` when every record had a verified date.
    pub fn summary(&self) -> Option<String> {
        let undated = self.by_modified + self.by_first_import;
        (undated > 0).then(|| {
            format!(
                "No verified date on {undated} record(s): {} judged by their last_modified, {} from the day first imported.",
                self.by_modified, self.by_first_import
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{Date, Timestamp};

    #[test]
    fn an_id_repeated_in_one_import_counts_once() {
        let mut seen = SeenIds::default();
        let firsts: Vec<bool> = ["a", "b", "a", "a", "c"].iter().map(|id| seen.first_time(id)).collect();
        assert_eq!(firsts, [true, true, false, false, true]);
        assert_eq!(seen.repeats(), 2);
        assert_eq!(seen.repeated(), vec![("a", 3)]);
    }

    #[test]
    fn dating_counts_say_how_undated_records_are_judged() {
        let mut dating = Dating::default();
        let mut verified = Service::new("v", "V");
        verified.last_verified = Date::new(2026, 1, 1);
        let mut modified = Service::new("m", "M");
        modified.last_modified = Timestamp::parse("2026-01-01");
        let mut undated = Service::new("u", "U");
        undated.first_imported = Date::new(2026, 12, 4);
        for service in [&verified, &modified, &undated] {
            dating.count(service);
        }
        assert_eq!(dating, Dating { verified: 1, by_modified: 1, by_first_import: 1 });
        assert!(dating.summary().unwrap().contains("2 record(s)"));
        assert_eq!(Dating { verified: 3, ..Dating::default() }.summary(), None);
    }
}
