//! Loads `content/` from disk for the flows, which take content as data and never read files.

use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::path::Path;

/// File endings the flows read: templates and TOML copy. Directory data, places and training
/// examples are read by their own loaders.
const FLOW_FILE_ENDINGS: [&str; 2] = [".hbs", ".toml"];

/// Folders of `content/` that belong to other loaders.
const OTHER_LOADERS: [&str; 3] = ["nlp", "directory", "places"];

/// Reads the flows' content files and builds the renderer, failing with the file at fault.
pub fn load(content_dir: &Path) -> Result<flows::Content> {
    let files = read_flow_files(content_dir)?;
    flows::Content::from_files(files).with_context(|| format!("the content in {} is not usable", content_dir.display()))
}

/// Every flow file under `content_dir`, keyed by its path relative to it with `/` separators.
fn read_flow_files(content_dir: &Path) -> Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    let mut folders = vec![content_dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder).with_context(|| format!("cannot read the content folder {}", folder.display()))?;
        for entry in entries {
            let path = entry?.path();
            let relative = path.strip_prefix(content_dir)?.to_string_lossy().replace('\\', "/");
            if path.is_dir() {
                if !OTHER_LOADERS.contains(&relative.as_str()) {
                    folders.push(path);
                }
            } else if FLOW_FILE_ENDINGS.iter().any(|ending| relative.ends_with(ending)) {
                let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
                files.insert(relative, text);
            }
        }
    }
    Ok(files)
}
