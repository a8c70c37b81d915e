//! `frontdoor school`: a council adds and retires school codes from the command line, and the
//! bot honours them: a retired code is refused with a request for the new one, a new one works.

use anyhow::{ensure, Result};
use e2e::common::{frontdoor, workspace};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// Copies a folder tree, so a test can edit its own content.
fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Runs `frontdoor school ...` on the given content; its output, or an error with its stderr.
fn school(content: &Path, folder: &Path, args: &[&str]) -> Result<(bool, String)> {
    let output = command(content, folder).arg("school").args(args).output()?;
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    Ok((output.status.success(), text))
}

fn command(content: &Path, folder: &Path) -> Command {
    let mut command = frontdoor("", folder);
    command.env_remove("DATABASE_URL").env("FRONTDOOR_CONTENT", content);
    command
}

/// What the terminal chat answers to these lines, one person.
fn chat(content: &Path, folder: &Path, lines: &str) -> Result<String> {
    let mut child = command(content, folder).arg("chat").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    child.stdin.take().expect("piped").write_all(lines.as_bytes())?;
    let output = child.wait_with_output()?;
    ensure!(output.status.success(), "chat failed: {}", String::from_utf8_lossy(&output.stderr));
    Ok(String::from_utf8(output.stdout)?)
}

#[test]
fn a_retired_code_is_refused_and_a_new_one_works() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let content = folder.path().join("content");
    copy_tree(&workspace().join("content"), &content)?;
    let comments_before = std::fs::read_to_string(content.join("schools.toml"))?.lines().filter(|l| l.starts_with('#')).count();

    let (ok, text) = school(
        &content,
        folder.path(),
        &["add", "dews7", "--name", "Dewsbury Example School", "--area", "kirklees", "--place", "Dewsbury", "--until", "2099-07-31"],
    )?;
    ensure!(ok && text.contains("Added DEWS7"), "{text}");
    let (ok, text) = school(&content, folder.path(), &["add", "DEWS7", "--name", "Again", "--area", "kirklees", "--place", "Dewsbury"])?;
    ensure!(!ok && text.contains("already"), "a repeated code is refused: {text}");
    let (ok, text) = school(&content, folder.path(), &["add", "NOWHERE1", "--name", "X", "--area", "atlantis", "--place", "Y"])?;
    ensure!(!ok && text.contains("no crisis numbers"), "an area without crisis numbers is refused: {text}");
    let (ok, text) = school(&content, folder.path(), &["retire", "batley6"])?;
    ensure!(ok && text.contains("BATLEY6 works until"), "{text}");

    let (ok, listing) = school(&content, folder.path(), &["list"])?;
    ensure!(ok, "{listing}");
    let line = |code: &str| listing.lines().find(|l| l.starts_with(code)).unwrap_or_default().to_string();
    ensure!(line("DEWS7").contains("yes, until 2099-07-31"), "{listing}");
    ensure!(line("BATLEY6").contains("no, ended"), "{listing}");
    let comments_after = std::fs::read_to_string(content.join("schools.toml"))?.lines().filter(|l| l.starts_with('#')).count();
    ensure!(comments_after == comments_before, "the council's comments are kept");

    let replies = chat(&content, folder.path(), "JOIN BATLEY6\nJOIN dews7\n")?;
    ensure!(replies.contains("BATLEY6 has ended") && replies.contains("ask your school for the new one"), "{replies}");
    ensure!(replies.contains("joined Front Door through Dewsbury Example School"), "{replies}");
    Ok(())
}
