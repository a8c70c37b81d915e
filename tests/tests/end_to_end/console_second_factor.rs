//! The console's optional second factor, against the real binary on SQLite and on PostgreSQL:
//! `frontdoor navigator totp add` prints a secret once; from then on the password alone opens
//! no session, only the code from an authenticator app after it (computed here from the printed
//! secret, RFC 6238); the code form needs its CSRF token; a wrong code and a code used once
//! already are refused; wrong codes lock the account like wrong passwords; `totp remove` goes
//! back to the password alone.

use e2e::common;
use e2e::console::{cookie_of, csrf_of, header, Console};

use anyhow::{bail, ensure, Context, Result};
use common::{add_navigator, frontdoor, serve_command, FakeGateway, PostgresDb, Server};
use hmac::{Hmac, Mac};
use reqwest::header::LOCATION;
use std::path::Path;

const ADMIN: &str = "lee@council.example.org";
const PASSWORD: &str = "a long enough passphrase";
const CODE_FORM: &str = "/console/login/code";

#[test]
fn an_admin_with_a_second_factor_needs_a_fresh_code_on_sqlite() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let url = format!("sqlite://{}?mode=rwc", folder.path().join("frontdoor.db").display());
    an_admin_with_a_second_factor_needs_a_fresh_code(&url, folder.path())
}

#[test]
fn an_admin_with_a_second_factor_needs_a_fresh_code_on_postgres() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let database = PostgresDb::create()?;
    an_admin_with_a_second_factor_needs_a_fresh_code(&database.url, folder.path())
}

fn an_admin_with_a_second_factor_needs_a_fresh_code(url: &str, folder: &Path) -> Result<()> {
    let gateway = FakeGateway::start()?;
    let server = Server::start(serve_command(url, folder, &gateway))?;
    let console = Console::new(&server.base_url)?;
    console.set_password(&add_navigator(url, folder, &server.base_url, ADMIN, &["--admin"])?, PASSWORD)?;

    let secret = totp(url, folder, "add")?;
    let waiting = password_step(&console)?;
    let code = code_at(&secret, step_now());
    let forged = console.post(&waiting.cookie, CODE_FORM, &[("code", &code), ("csrf", "forged")])?;
    ensure!(forged.status() == 403, "a code form with a forged token answered {}", forged.status());
    let wrong = console.post(&waiting.cookie, CODE_FORM, &[("code", &wrong_code(&secret)), ("csrf", &waiting.csrf)])?;
    ensure!(wrong.status() == 401 && cookie_of(&wrong, "fd_session").is_err(), "a wrong code answered {}", wrong.status());
    let right = console.post(&waiting.cookie, CODE_FORM, &[("code", &code), ("csrf", &waiting.csrf)])?;
    ensure!(right.status() == 303, "the right code answered {}", right.status());
    let session = console.session_from(&right)?;
    ensure!(console.get(&session.cookie, "/console")?.status() == 200, "the session the code opened does not work");

    let again = password_step(&console)?;
    let reused = console.post(&again.cookie, CODE_FORM, &[("code", &code), ("csrf", &again.csrf)])?;
    ensure!(reused.status() == 401, "a code let someone in twice ({})", reused.status());

    totp(url, folder, "remove")?;
    console.log_in(ADMIN, PASSWORD).context("the password alone after totp remove")?;

    wrong_codes_lock_the_account(&console, &totp(url, folder, "add")?)
}

/// Four wrong codes after the right password (five attempts in all) lock the account: then even
/// a right, unused code is refused.
fn wrong_codes_lock_the_account(console: &Console, secret: &[u8]) -> Result<()> {
    let waiting = password_step(console)?;
    for _ in 0..4 {
        let wrong = console.post(&waiting.cookie, CODE_FORM, &[("code", &wrong_code(secret)), ("csrf", &waiting.csrf)])?;
        ensure!(wrong.status() == 401, "a wrong code answered {}", wrong.status());
    }
    let fresh = code_at(secret, step_now() + 1);
    let locked = console.post(&waiting.cookie, CODE_FORM, &[("code", &fresh), ("csrf", &waiting.csrf)])?;
    ensure!(locked.status() == 401, "a right code got in straight after five failures ({})", locked.status());
    ensure!(locked.text()?.contains("locked"), "the refusal does not say the account may be locked");
    Ok(())
}

/// A login whose password was right, waiting for its code: its cookie and the code form's token.
struct Waiting {
    cookie: String,
    csrf: String,
}

/// Logs in with the password and checks that it leads to the code form, not into the console.
fn password_step(console: &Console) -> Result<Waiting> {
    let answer = console.try_log_in(ADMIN, PASSWORD)?;
    ensure!(answer.status() == 303, "the right password answered {}", answer.status());
    ensure!(header(&answer, LOCATION.as_str()) == CODE_FORM, "the password alone did not lead to the code form");
    ensure!(cookie_of(&answer, "fd_session").is_err(), "the password alone opened a session");
    let cookie = cookie_of(&answer, "fd_code")?;
    let form = console.get(&cookie, CODE_FORM)?;
    ensure!(form.status() == 200, "the code form answered {}", form.status());
    Ok(Waiting { csrf: csrf_of(&form.text()?)?, cookie })
}

/// Runs `frontdoor navigator totp add|remove ADMIN`; for `add`, the secret its otpauth:// line
/// gives, decoded.
fn totp(url: &str, folder: &Path, act: &str) -> Result<Vec<u8>> {
    let output = frontdoor(url, folder).args(["navigator", "totp", act, ADMIN]).output()?;
    ensure!(output.status.success(), "navigator totp {act}: {}", String::from_utf8_lossy(&output.stderr));
    if act != "add" {
        return Ok(Vec::new());
    }
    let stdout = String::from_utf8(output.stdout)?;
    let uri = stdout.split_whitespace().find(|word| word.starts_with("otpauth://totp/")).context("no otpauth:// address printed")?;
    for setting in ["algorithm=SHA1", "digits=6", "period=30"] {
        ensure!(uri.contains(setting), "the address lacks {setting}: {uri}");
    }
    let secret = uri.split("secret=").nth(1).and_then(|rest| rest.split('&').next()).context("no secret in the address")?;
    ensure!(stdout.contains(secret), "the base32 key is not printed");
    base32_decode(secret)
}

/// RFC 4648 base32 without padding, as authenticator apps read it.
fn base32_decode(text: &str) -> Result<Vec<u8>> {
    let (mut bits, mut count, mut bytes) = (0u64, 0u32, Vec::new());
    for symbol in text.bytes() {
        let value = match symbol {
            b'A'..=b'Z' => symbol - b'A',
            b'2'..=b'7' => symbol - b'2' + 26,
            _ => bail!("{text:?} is not base32"),
        };
        bits = (bits << 5) | u64::from(value);
        count += 5;
        if count >= 8 {
            count -= 8;
            bytes.push((bits >> count) as u8);
        }
    }
    Ok(bytes)
}

fn step_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("after 1970").as_secs() / 30
}

/// The six-digit code for a time step (RFC 6238 with SHA-1), as an authenticator app shows it.
fn code_at(secret: &[u8], step: u64) -> String {
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(secret).expect("any key length");
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let number = u32::from_be_bytes([digest[offset] & 0x7f, digest[offset + 1], digest[offset + 2], digest[offset + 3]]);
    format!("{:06}", number % 1_000_000)
}

/// Six digits that are not the code for now or a step either side.
fn wrong_code(secret: &[u8]) -> String {
    let now = step_now();
    let valid: Vec<String> = (now - 1..=now + 2).map(|step| code_at(secret, step)).collect();
    (0..).map(|n: u32| format!("{:06}", n * 7919 % 1_000_000)).find(|code| !valid.contains(code)).expect("a wrong code exists")
}
