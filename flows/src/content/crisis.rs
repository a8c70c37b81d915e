//! Urgent help per area: `content/crisis/default.toml` holds the national numbers, and an area's
//! file (`kirklees.toml`, ...) replaces lines by id or adds its own.

use nlp::Danger;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The area whose file every other area builds on.
pub(crate) const DEFAULT_AREA: &str = "default";

/// One way to get help now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Line {
    /// Stable id, so an area can replace a national line.
    id: String,
    /// What the person reads: who, how, and that it is free when it is.
    text: String,
    /// The kinds of danger it is for (`harm`, `abuse`, `medical`); without it, `harm` (the
    /// listening and mental health lines), or what the line it replaces said.
    dangers: Option<Vec<String>>,
    /// Who the service answers, when not everyone: Childline is for young people, and an
    /// adults' helpline would turn a 14-year-old away. Without it, the line is for all ages.
    ages: Option<Ages>,
}

/// The ages a line is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Ages {
    /// Young people in a school cohort; shown to them before the lines for all ages.
    Young,
    /// Adults only; never shown to a school cohort.
    Adult,
}

impl Line {
    /// True when the line is for this kind of danger.
    fn is_for(&self, danger: &str) -> bool {
        match &self.dangers {
            Some(dangers) => dangers.iter().any(|one| one == danger),
            None => danger == Danger::Harm.id(),
        }
    }

    /// True when the line answers people of this age.
    fn answers(&self, young: bool) -> bool {
        match self.ages {
            None => true,
            Some(Ages::Young) => young,
            Some(Ages::Adult) => !young,
        }
    }
}

/// A crisis file as written: every field optional in an area file.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct CrisisFile {
    /// The emergency number.
    emergency: Option<String>,
    /// Lines to show, in order.
    #[serde(default)]
    lines: Vec<Line>,
}

/// The help an area's crisis reply shows, as templates see it (`crisis.emergency`,
/// `crisis.lines`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Help {
    /// The emergency number (999).
    emergency: String,
    /// The lines for wanting to die, self-harm and despair, in order; also those every later
    /// reminder repeats.
    lines: Vec<String>,
    /// The lines for violence and abuse.
    abuse: Vec<String>,
    /// The lines for a medical emergency.
    medical: Vec<String>,
}

/// The help for every area, merged once at load.
#[derive(Debug, Clone, Default)]
pub(crate) struct Crisis {
    /// Area id to its merged help; always holds [`DEFAULT_AREA`].
    areas: BTreeMap<String, AreaHelp>,
}

/// One area's help for adults and for young people in a school cohort.
#[derive(Debug, Clone)]
struct AreaHelp {
    adult: Help,
    young: Help,
}

impl Crisis {
    /// Merges each area's file over the default file; `None` when there is no default or it
    /// lacks the emergency number.
    pub(crate) fn merge(
        default: &CrisisFile,
        areas: &BTreeMap<String, CrisisFile>,
    ) -> Option<Crisis> {
        let base_emergency = default.emergency.clone()?;
        let mut merged = BTreeMap::new();
        merged.insert(
            DEFAULT_AREA.to_string(),
            area_help(&base_emergency, &default.lines, &[]),
        );
        for (area, file) in areas {
            let emergency = file.emergency.as_ref().unwrap_or(&base_emergency);
            merged.insert(
                area.clone(),
                area_help(emergency, &default.lines, &file.lines),
            );
        }
        Some(Crisis { areas: merged })
    }

    /// The help for an area, falling back to the national numbers; for a young person, their
    /// own lines first and no adults-only line.
    pub(crate) fn for_area(&self, area: Option<&str>, young: bool) -> &Help {
        let help = area
            .and_then(|area| self.areas.get(area))
            .or_else(|| self.areas.get(DEFAULT_AREA))
            .expect("merge always adds the default area");
        if young {
            &help.young
        } else {
            &help.adult
        }
    }

    /// Every area with its own file, for the content check.
    pub(crate) fn areas(&self) -> impl Iterator<Item = &str> {
        self.areas.keys().map(String::as_str)
    }
}

/// The national lines with an area's lines replacing those of the same id, new ones last.
fn area_help(emergency: &str, national: &[Line], local: &[Line]) -> AreaHelp {
    let mut lines: Vec<Line> = national.to_vec();
    for line in local {
        match lines.iter_mut().find(|existing| existing.id == line.id) {
            Some(existing) => {
                existing.text = line.text.clone();
                existing.dangers = line.dangers.clone().or(existing.dangers.take());
                existing.ages = line.ages.or(existing.ages);
            }
            None => lines.push(line.clone()),
        }
    }
    // Young people's own lines lead their reply (a check shows only the first line).
    lines.sort_by_key(|line| line.ages != Some(Ages::Young));
    AreaHelp {
        adult: help(emergency, &lines, false),
        young: help(emergency, &lines, true),
    }
}

/// The lines for people of one age, by kind of danger.
fn help(emergency: &str, lines: &[Line], young: bool) -> Help {
    let texts_for = |danger: &str| -> Vec<String> {
        lines
            .iter()
            .filter(|line| line.is_for(danger) && line.answers(young))
            .map(|line| line.text.clone())
            .collect()
    };
    Help {
        emergency: emergency.to_string(),
        lines: texts_for(Danger::Harm.id()),
        abuse: texts_for(Danger::Abuse.id()),
        medical: texts_for(Danger::Medical.id()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_area_replaces_by_id_and_adds_its_own() {
        let default: CrisisFile =
            toml::from_str("emergency = \"999\"\n[[lines]]\nid = \"a\"\ntext = \"A\"\n")
                .expect("valid");
        let local: CrisisFile = toml::from_str(
            "[[lines]]\nid = \"a\"\ntext = \"A here\"\n[[lines]]\nid = \"b\"\ntext = \"B\"\n",
        )
        .expect("valid");
        let crisis = Crisis::merge(&default, &BTreeMap::from([("here".to_string(), local)]))
            .expect("merged");
        assert_eq!(
            crisis.for_area(Some("here"), false).lines,
            vec!["A here", "B"]
        );
        assert_eq!(crisis.for_area(Some("elsewhere"), false).lines, vec!["A"]);
        assert_eq!(crisis.for_area(None, false).emergency, "999");
        let kinds: CrisisFile = toml::from_str(
            "emergency = \"999\"\n[[lines]]\nid = \"a\"\ntext = \"A\"\n[[lines]]\nid = \"da\"\ntext = \"DA\"\ndangers = [\"abuse\"]\n",
        )
        .expect("valid");
        let help = Crisis::merge(&kinds, &BTreeMap::new()).expect("merged");
        let help = help.for_area(None, false);
        assert_eq!(
            (help.lines.clone(), help.abuse.clone()),
            (vec!["A".to_string()], vec!["DA".to_string()])
        );
        assert!(help.medical.is_empty());
    }

    #[test]
    fn young_people_get_their_own_lines_first_and_no_adults_only_line() {
        let file: CrisisFile = toml::from_str(
            "emergency = \"999\"\n[[lines]]\nid = \"s\"\ntext = \"S\"\ndangers = [\"harm\", \"abuse\"]\n[[lines]]\nid = \"da\"\ntext = \"DA\"\ndangers = [\"abuse\"]\nages = \"adult\"\n[[lines]]\nid = \"cl\"\ntext = \"CL\"\ndangers = [\"harm\", \"abuse\"]\nages = \"young\"\n",
        )
        .expect("valid");
        let crisis = Crisis::merge(&file, &BTreeMap::new()).expect("merged");
        let (adult, young) = (crisis.for_area(None, false), crisis.for_area(None, true));
        assert_eq!(
            (adult.lines.clone(), adult.abuse.clone()),
            (
                vec!["S".to_string()],
                vec!["S".to_string(), "DA".to_string()]
            )
        );
        assert_eq!(
            (young.lines.clone(), young.abuse.clone()),
            (
                vec!["CL".to_string(), "S".to_string()],
                vec!["CL".to_string(), "S".to_string()]
            )
        );
        assert!(
            toml::from_str::<CrisisFile>("[[lines]]\nid = \"x\"\ntext = \"X\"\nages = \"teens\"\n")
                .is_err(),
            "an unknown age is refused"
        );
    }
}
