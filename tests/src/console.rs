//! The navigator console as a browser without script sees it: plain HTTP with cookies and the
//! forms' CSRF tokens, for the tests of the console's defences and need to know.

use anyhow::{anyhow, ensure, Context, Result};
use reqwest::blocking::{Client, Response};
use reqwest::header::{COOKIE, SET_COOKIE};
use std::io::{BufRead, BufReader};
use std::time::{Duration, Instant};

/// A logged-in browser, as far as the server can tell: its cookie and its page's CSRF token.
pub struct Session {
    /// `fd_session=…`, ready to send back.
    pub cookie: String,
    /// The token every form of the session carries.
    pub csrf: String,
}

/// The console of one running server, reached without following redirects, so each answer's
/// status and cookies can be checked.
pub struct Console {
    /// The server's base URL.
    pub base: String,
    /// The client, which keeps no cookies of its own: each call says which to send.
    pub http: Client,
}

impl Console {
    /// The console of the server at `base`.
    pub fn new(base: &str) -> Result<Console> {
        let http = Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
        Ok(Console { base: base.to_string(), http })
    }

    /// The full address of a path on the server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// `GET path` with these cookies.
    pub fn get(&self, cookie: &str, path: &str) -> Result<Response> {
        Ok(self.http.get(self.url(path)).header(COOKIE, cookie).send()?)
    }

    /// `POST path` with these cookies and this form.
    pub fn post(&self, cookie: &str, path: &str, form: &[(&str, &str)]) -> Result<Response> {
        Ok(self.http.post(self.url(path)).header(COOKIE, cookie).form(form).send()?)
    }

    /// Chooses `password` through a set-up link.
    pub fn set_password(&self, link: &str, password: &str) -> Result<()> {
        let token = link.split("token=").nth(1).context("the link has a token")?;
        let form = [("token", token), ("password", password), ("confirm", password)];
        let response = self.http.post(self.url("/console/setup")).form(&form).send()?;
        ensure!(response.status() == 303, "setting a password answered {}", response.status());
        Ok(())
    }

    /// Fetches the login form (which sets its paired cookie) and posts it.
    pub fn try_log_in(&self, email: &str, password: &str) -> Result<Response> {
        let form_page = self.http.get(self.url("/console/login")).send()?;
        let pairing = cookie_of(&form_page, "fd_login")?;
        let csrf = csrf_of(&form_page.text()?)?;
        let form = [("email", email), ("password", password), ("csrf", csrf.as_str())];
        Ok(self.http.post(self.url("/console/login")).header(COOKIE, pairing).form(&form).send()?)
    }

    /// Logs in with a password alone, checking the session cookie's flags.
    pub fn log_in(&self, email: &str, password: &str) -> Result<Session> {
        let response = self.try_log_in(email, password)?;
        ensure!(response.status() == 303, "logging in as {email} answered {}", response.status());
        self.session_from(&response)
    }

    /// The session a successful login answer starts, with its CSRF token read from the queue.
    pub fn session_from(&self, response: &Response) -> Result<Session> {
        let set_cookie = header(response, SET_COOKIE.as_str());
        for flag in ["HttpOnly", "SameSite=Strict", "Path=/console"] {
            ensure!(set_cookie.contains(flag), "the session cookie lacks {flag}: {set_cookie}");
        }
        let cookie = cookie_of(response, "fd_session")?;
        let csrf = csrf_of(&self.get(&cookie, "/console")?.text()?)?;
        Ok(Session { cookie, csrf })
    }

    /// Waits until the queue shows a handoff not in `seen`, and returns its id.
    pub fn wait_for_handoff(&self, session: &Session, seen: &[i64]) -> Result<i64> {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            let queue = self.get(&session.cookie, "/console")?.text()?;
            let ids = queue.split("data-handoff-id=\"").skip(1).filter_map(|rest| rest.split('"').next());
            if let Some(id) = ids.filter_map(|id| id.parse().ok()).find(|id| !seen.contains(id)) {
                return Ok(id);
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        Err(anyhow!("no new handoff reached the queue"))
    }

    /// The first event a live page's stream sends (its `event:` and `data:` lines), read within
    /// ten seconds.
    pub fn first_event(&self, cookie: &str, path: &str) -> Result<String> {
        let stream = self.get(cookie, path)?;
        ensure!(stream.status() == 200, "{path} answered {}", stream.status());
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let lines = BufReader::new(stream).lines().map_while(Result::ok);
            let event: Vec<String> = lines.skip_while(|line| line.is_empty()).take_while(|line| !line.is_empty()).collect();
            let _ = sender.send(event.join("\n"));
        });
        receiver.recv_timeout(Duration::from_secs(10)).with_context(|| format!("{path} sent nothing within 10 s"))
    }
}

/// A response header's value, or "" without it.
pub fn header(response: &Response, name: &str) -> String {
    response.headers().get(name).and_then(|value| value.to_str().ok()).unwrap_or_default().to_string()
}

/// `name=value` from a response's `Set-Cookie`, ready to send back.
pub fn cookie_of(response: &Response, name: &str) -> Result<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|value| value.split(';').next().filter(|pair| pair.starts_with(&format!("{name}="))))
        .map(str::to_string)
        .ok_or_else(|| anyhow!("no {name} cookie was set"))
}

/// The error line of a page.
pub fn error_of(page: &str) -> String {
    page.lines().filter(|line| line.contains("role=\"alert\"")).collect::<Vec<_>>().join("\n")
}

/// The CSRF token of a page's first form.
pub fn csrf_of(page: &str) -> Result<String> {
    page.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_string)
        .ok_or_else(|| anyhow!("the page has no CSRF token"))
}
