//! The one error type of the crate, so callers can tell "set-up is broken" from "try later".

use std::path::PathBuf;

/// Why understanding a message (or loading what it takes) failed.
#[derive(Debug, thiserror::Error)]
pub enum NlpError {
    /// A content or model file could not be read; usually a missing `scripts/setup-deps` run.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file that could not be read.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A content file is readable but a line of it is wrong; the message names the line.
    #[error("{path}, line {line}: {message}")]
    Format {
        /// The file with the mistake.
        path: PathBuf,
        /// One-based line number.
        line: usize,
        /// What is wrong, in plain words.
        message: String,
    },
    /// The sentence-embedding model failed to load or to run.
    #[error("the sentence-embedding model failed: {0}")]
    Model(String),
    /// The trained head does not fit the embedder or the examples cannot train one.
    #[error("the route head cannot be used: {0}")]
    Head(String),
    /// The inference queue is full: the caller should answer "busy" rather than wait forever.
    #[error("the classifier is busy; try again shortly")]
    Busy,
    /// The inference worker thread has stopped, so nothing more can be classified.
    #[error("the classifier worker has stopped")]
    Stopped,
}

impl NlpError {
    /// Wraps an I/O error with the path it concerns, so messages say which file is missing.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> NlpError {
        NlpError::Io { path: path.into(), source }
    }
}

/// Reads a whole content file, naming it in the error.
pub(crate) fn read_text(path: &std::path::Path) -> Result<String, NlpError> {
    std::fs::read_to_string(path).map_err(|source| NlpError::io(path, source))
}
