//! School codes: a young person who joins with one gets a youth tone, youth-suitable suggestions
//! and youth navigators, and no check-ins unless they ask.
//!
//! The codes live in `content/schools.toml`, so a council adds a school without a release.

use chrono::{DateTime, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// One school that hands out a code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct School {
    /// The school's name, as its pupils know it.
    pub name: String,
    /// The council area, which picks the crisis numbers.
    pub area: String,
    /// The town or district the school is in: the place for suggestions until the pupil names one.
    pub place: String,
    /// The first day the code works ("2026-09-01"), so a council can print next year's code
    /// before the summer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<NaiveDate>,
    /// The last day the code works, so a code that has spread beyond the school can be retired
    /// and replaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
}

/// Whether a school's code works on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validity {
    /// It works.
    Open,
    /// Its first day is still to come.
    NotYet,
    /// Its last day has passed.
    Ended,
}

impl School {
    /// Whether the code works at `now` (seconds since 1970, read as a UTC date).
    pub fn validity(&self, now: i64) -> Validity {
        let Some(today) = DateTime::from_timestamp(now, 0).map(|t| t.date_naive()) else {
            return Validity::Open;
        };
        if self.valid_from.is_some_and(|first| today < first) {
            Validity::NotYet
        } else if self.valid_until.is_some_and(|last| today > last) {
            Validity::Ended
        } else {
            Validity::Open
        }
    }
}

/// Every school code, shared cheaply between steps (the bot passes it in [`crate::Facts`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Schools(Arc<BTreeMap<String, School>>);

impl Schools {
    /// Reads `content/schools.toml`: a table per code, `[CODE] name = ..., area = ..., place = ...`.
    ///
    /// # Errors
    /// When the text is not such a table.
    pub fn from_toml(text: &str) -> Result<Schools, toml::de::Error> {
        let table: BTreeMap<String, School> = toml::from_str(text)?;
        Ok(Schools(Arc::new(
            table
                .into_iter()
                .map(|(code, school)| (code.to_uppercase(), school))
                .collect(),
        )))
    }

    /// The school a code belongs to, in any case.
    pub fn find(&self, code: &str) -> Option<&School> {
        self.0.get(&code.trim().to_uppercase())
    }

    /// Every code and its school, in code order, for `frontdoor school list`.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &School)> {
        self.0.iter().map(|(code, school)| (code.as_str(), school))
    }
}

/// The school cohort a person joined, kept in their [`crate::State`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cohort {
    /// The code they joined with, upper case.
    pub code: String,
    /// The school, as it was when they joined.
    pub school: School,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_found_in_any_case() {
        let schools = Schools::from_toml(
            "[ab12]\nname = \"X High\"\narea = \"kirklees\"\nplace = \"Batley\"\n",
        )
        .expect("valid toml");
        assert_eq!(
            schools.find(" Ab12 ").map(|school| school.name.as_str()),
            Some("X High")
        );
        assert!(schools.find("ZZ99").is_none());
    }

    #[test]
    fn a_code_works_only_between_its_first_and_last_days() {
        let schools = Schools::from_toml(
            "[AB12]\nname = \"X High\"\narea = \"kirklees\"\nplace = \"Batley\"\nvalid_from = \"2026-09-01\"\nvalid_until = \"2027-07-31\"\n",
        )
        .expect("valid");
        let school = schools.find("ab12").expect("known");
        let day = |text: &str| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .expect("date")
                .and_hms_opt(12, 0, 0)
                .expect("noon")
                .and_utc()
                .timestamp()
        };
        assert_eq!(school.validity(day("2026-08-31")), Validity::NotYet);
        assert_eq!(school.validity(day("2026-09-01")), Validity::Open);
        assert_eq!(school.validity(day("2027-07-31")), Validity::Open);
        assert_eq!(school.validity(day("2027-08-01")), Validity::Ended);
        assert!(
            Schools::from_toml(
                "[A]\nname = \"X\"\narea = \"k\"\nplace = \"B\"\nvalid_until = \"31/07/2027\"\n"
            )
            .is_err(),
            "a date in another form is refused, not ignored"
        );
    }
}
