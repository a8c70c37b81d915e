//! School codes: a young person who joins with one gets a youth tone, youth-suitable suggestions
//! and youth navigators, and no check-ins unless they ask.
//!
//! The codes live in `content/schools.toml`, so a council adds a school without a release.

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
}
