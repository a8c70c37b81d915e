//! An [`Embedder`] that remembers vectors in a file, so retraining after adding a few examples
//! (or cross-validating again after changing one) embeds only the new messages: embedding is
//! nearly all of the training time.
//!
//! The file holds one JSON object a line: first `{"model": ...}` naming the model the vectors
//! came from, then `{"text": ..., "vector": [...]}` for every message embedded so far. New
//! vectors are appended as they are made, so nothing is lost if training stops half-way. A file
//! made with another model (or unreadable) is started afresh rather than trusted.

use crate::embedder::Embedder;
use crate::NlpError;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The first line of a cache file.
#[derive(Serialize, Deserialize, PartialEq)]
struct Header {
    model: String,
}

/// Every other line of a cache file.
#[derive(Serialize, Deserialize)]
struct Entry {
    text: String,
    vector: Vec<f32>,
}

/// Wraps an embedder with a file of vectors already computed by the same model.
pub struct CachedEmbedder<E> {
    inner: E,
    path: PathBuf,
    known: Mutex<HashMap<String, Vec<f32>>>,
}

impl<E: Embedder> CachedEmbedder<E> {
    /// Opens (or starts) the cache at `path` for the model `model_id` names; the id must change
    /// whenever the model's vectors would (for example the weights file's size and name).
    pub fn open(inner: E, path: &Path, model_id: &str) -> Result<CachedEmbedder<E>, NlpError> {
        let known = read_entries(path, model_id).unwrap_or_default();
        if known.is_empty() {
            let header = serde_json::to_string(&Header { model: model_id.to_owned() }).map_err(|e| NlpError::Model(e.to_string()))?;
            std::fs::write(path, header + "\n").map_err(|e| NlpError::io(path, e))?;
        }
        Ok(CachedEmbedder { inner, path: path.to_owned(), known: Mutex::new(known) })
    }

    /// How many vectors the cache holds.
    pub fn len(&self) -> usize {
        self.known.lock().map_or(0, |known| known.len())
    }

    /// Whether the cache holds no vectors yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn append(&self, entries: &[Entry]) -> Result<(), NlpError> {
        let mut file = OpenOptions::new().append(true).open(&self.path).map_err(|e| NlpError::io(&self.path, e))?;
        let mut lines = String::new();
        for entry in entries {
            lines += &serde_json::to_string(entry).map_err(|e| NlpError::Model(e.to_string()))?;
            lines.push('\n');
        }
        file.write_all(lines.as_bytes()).map_err(|e| NlpError::io(&self.path, e))
    }
}

/// The vectors of a cache file, or `None` when it is missing, unreadable or from another model.
fn read_entries(path: &Path, model_id: &str) -> Option<HashMap<String, Vec<f32>>> {
    let mut lines = BufReader::new(File::open(path).ok()?).lines();
    let header: Header = serde_json::from_str(&lines.next()?.ok()?).ok()?;
    if header.model != model_id {
        return None;
    }
    lines.map(|line| line.ok().and_then(|l| serde_json::from_str::<Entry>(&l).ok()).map(|e| (e.text, e.vector))).collect()
}

impl<E: Embedder> Embedder for CachedEmbedder<E> {
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, NlpError> {
        let mut known = self.known.lock().map_err(|_| NlpError::Model("an earlier embedding panicked".into()))?;
        let mut missing: Vec<&str> = texts.iter().copied().filter(|t| !known.contains_key(*t)).collect();
        missing.sort_unstable();
        missing.dedup();
        if !missing.is_empty() {
            let vectors = self.inner.embed(&missing)?;
            let entries: Vec<Entry> =
                missing.iter().zip(vectors).map(|(text, vector)| Entry { text: (*text).to_owned(), vector }).collect();
            self.append(&entries)?;
            known.extend(entries.into_iter().map(|e| (e.text, e.vector)));
        }
        Ok(texts.iter().map(|t| known[*t].clone()).collect())
    }

    fn dimension(&self) -> usize {
        self.inner.dimension()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts how many texts it was asked to embed; a text's vector is its length.
    struct Counting {
        embedded: std::sync::Arc<std::sync::atomic::AtomicUsize>,
        scale: f32,
    }

    impl Embedder for Counting {
        fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, NlpError> {
            self.embedded.fetch_add(texts.len(), std::sync::atomic::Ordering::SeqCst);
            Ok(texts.iter().map(|t| vec![t.len() as f32 * self.scale]).collect())
        }

        fn dimension(&self) -> usize {
            1
        }
    }

    fn counting(scale: f32) -> (Counting, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
        let embedded = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        (Counting { embedded: embedded.clone(), scale }, embedded)
    }

    #[test]
    fn only_new_texts_are_embedded_and_a_new_model_starts_afresh() {
        let path = std::env::temp_dir().join(format!("frontdoor-cache-{}.jsonl", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let (first, first_count) = counting(1.0);
        let cache = CachedEmbedder::open(first, &path, "model a").unwrap();
        assert_eq!(cache.embed(&["hi", "hello", "hi"]).unwrap(), vec![vec![2.0], vec![5.0], vec![2.0]]);
        assert_eq!(first_count.load(std::sync::atomic::Ordering::SeqCst), 2, "a repeated text is embedded once");

        let (second, second_count) = counting(10.0);
        let reopened = CachedEmbedder::open(second, &path, "model a").unwrap();
        assert_eq!(reopened.len(), 2);
        assert_eq!(reopened.embed(&["hello", "hey"]).unwrap(), vec![vec![5.0], vec![30.0]], "remembered vectors come from the file");
        assert_eq!(second_count.load(std::sync::atomic::Ordering::SeqCst), 1);

        let (third, _) = counting(1.0);
        let other_model = CachedEmbedder::open(third, &path, "model b").unwrap();
        assert!(other_model.is_empty(), "vectors of another model are never reused");
        std::fs::remove_file(&path).unwrap();
    }
}
