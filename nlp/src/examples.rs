//! Labelled messages in the `*.jsonl` format of `nlp/labels.md` (the training examples of
//! `content/nlp/examples/` and any evaluation set) and labelled conversations (those of
//! `content/nlp/conversations/` and the held-out sets').

use crate::error::read_text;
use crate::labels::{Danger, Route, Tag};
use crate::NlpError;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// One labelled message; fields other than these (channel, note) are ignored.
#[derive(Debug, Clone, Deserialize)]
pub struct Labelled {
    /// The message's id, echoed in reports.
    #[serde(default)]
    pub id: Option<String>,
    /// What the resident wrote.
    pub text: String,
    /// The gold route.
    pub route: Route,
    /// The gold tags.
    #[serde(default)]
    pub tags: Vec<Tag>,
    /// The gold place words, as written.
    #[serde(default)]
    pub place: Option<String>,
    /// What kind of case it is (held-out sets: "crisis_medical", "alarming_harmless"...), for
    /// figures per kind.
    #[serde(default)]
    pub kind: Option<String>,
    /// The language it is written in ("pl", "ur-latn"...), for figures per language.
    #[serde(default)]
    pub lang: Option<String>,
    /// For a crisis, the kind of danger its writer meant (medical, harm, abuse), which teaches
    /// the head's reader of the kind and scores it; none where the writer did not say.
    #[serde(default)]
    pub danger: Option<Danger>,
}

/// One labelled conversation: a person's messages, oldest first, and whether the last one, read
/// with the ones before it, shows danger.
#[derive(Debug, Clone, Deserialize)]
pub struct Conversation {
    /// The conversation's id, echoed in reports.
    #[serde(default)]
    pub id: Option<String>,
    /// What the person wrote, oldest first.
    pub messages: Vec<String>,
    /// Whether the last message, read with the earlier ones, is a crisis.
    pub crisis: bool,
    /// What kind of case it is ("pair_crisis", "pair_safe"...), for figures per kind.
    #[serde(default)]
    pub kind: Option<String>,
    /// The language it is written in, for figures per language.
    #[serde(default)]
    pub lang: Option<String>,
}

/// Reads labelled messages from `.jsonl` files, or from every `.jsonl` file of a folder.
pub fn read_labelled(paths: &[PathBuf]) -> Result<Vec<Labelled>, NlpError> {
    read_jsonl(paths)
}

/// Reads labelled conversations from `.jsonl` files, or from every `.jsonl` file of a folder.
pub fn read_conversations(paths: &[PathBuf]) -> Result<Vec<Conversation>, NlpError> {
    read_jsonl(paths)
}

fn read_jsonl<T: DeserializeOwned>(paths: &[PathBuf]) -> Result<Vec<T>, NlpError> {
    let mut all = Vec::new();
    for path in paths {
        for file in jsonl_files(path)? {
            all.extend(read_file(&file)?);
        }
    }
    Ok(all)
}

fn jsonl_files(path: &Path) -> Result<Vec<PathBuf>, NlpError> {
    if !path.is_dir() {
        return Ok(vec![path.to_owned()]);
    }
    let entries = std::fs::read_dir(path).map_err(|e| NlpError::io(path, e))?;
    let mut files: Vec<PathBuf> =
        entries.filter_map(|entry| entry.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "jsonl")).collect();
    files.sort();
    Ok(files)
}

fn read_file<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>, NlpError> {
    read_text(path)?
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            serde_json::from_str(line).map_err(|e| NlpError::Format { path: path.to_owned(), line: index + 1, message: e.to_string() })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file_and_names_a_bad_line() {
        let dir = std::env::temp_dir().join(format!("frontdoor-labelled-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = r#"{"id":"a","text":"hi","route":"smalltalk","tags":[],"place":null,"channel":"sms"}"#;
        std::fs::write(dir.join("one.jsonl"), format!("{good}\n\n{good}\n")).unwrap();
        assert_eq!(read_labelled(std::slice::from_ref(&dir)).unwrap().len(), 2);
        std::fs::write(dir.join("two.jsonl"), r#"{"text":"x","route":"nope"}"#).unwrap();
        let error = read_labelled(std::slice::from_ref(&dir)).unwrap_err().to_string();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(error.contains("two.jsonl, line 1"), "{error}");
    }
}
