//! What the flows' integration tests share: loading the real `content/` folder the way the bot
//! does, as a map of relative paths to text.

use flows::Content;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The repository's `content/` folder.
pub fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// Every file under `content/` that this crate reads (TOML and templates), by relative path.
pub fn content_files() -> BTreeMap<String, String> {
    let root = content_dir();
    let mut files = BTreeMap::new();
    collect(&root, &root, &mut files);
    files
}

fn collect(root: &Path, dir: &Path, files: &mut BTreeMap<String, String>) {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", dir.display()));
    for entry in entries.map(|entry| entry.expect("a directory entry")) {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if matches!(
            path.extension().and_then(|ext| ext.to_str()),
            Some("toml" | "hbs")
        ) {
            let relative = path
                .strip_prefix(root)
                .expect("under root")
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
            files.insert(relative, text);
        }
    }
}

/// The real content, loaded.
pub fn content() -> Content {
    Content::from_files(content_files())
        .unwrap_or_else(|error| panic!("content does not load: {error}"))
}
