//! `frontdoor school`: the school codes in `content/schools.toml`, listed, added and retired by a
//! council without editing TOML by hand. The file keeps its comments; the bot reads it at start.

use anyhow::{bail, Context, Result};
use chrono::{DateTime, Days, NaiveDate};
use flows::{Schools, Validity};
use std::path::{Path, PathBuf};
use toml_edit::{value, DocumentMut, Item, Table};

/// What `frontdoor school` does.
#[derive(Debug, clap::Subcommand)]
pub enum SchoolCommand {
    /// Every code, its school and whether it works today.
    List,
    /// Add a school's code.
    Add(AddArgs),
    /// Stop a code working (at once, or after a given last day), for a code that has spread
    /// beyond the school or a new school year.
    Retire(RetireArgs),
}

/// A new code and its school.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The code pupils text after JOIN (letters and digits; any case).
    code: String,
    /// The school as its pupils know it.
    #[arg(long)]
    name: String,
    /// The council area, which picks the crisis numbers (a file in content/crisis/).
    #[arg(long)]
    area: String,
    /// The town or district, for suggestions until the pupil names one.
    #[arg(long)]
    place: String,
    /// The first day the code works (YYYY-MM-DD); without it, at once.
    #[arg(long)]
    from: Option<NaiveDate>,
    /// The last day the code works (YYYY-MM-DD); without it, until retired.
    #[arg(long)]
    until: Option<NaiveDate>,
}

/// The code to retire.
#[derive(Debug, clap::Args)]
pub struct RetireArgs {
    /// The code.
    code: String,
    /// Its last working day (YYYY-MM-DD); without it, yesterday, so it stops now.
    #[arg(long)]
    last_day: Option<NaiveDate>,
}

/// Runs `frontdoor school`.
pub fn run(command: SchoolCommand, content_dir: &Path) -> Result<()> {
    let path = content_dir.join("schools.toml");
    match command {
        SchoolCommand::List => list(&path),
        SchoolCommand::Add(args) => add(&path, content_dir, args),
        SchoolCommand::Retire(args) => retire(&path, args),
    }
}

fn list(path: &Path) -> Result<()> {
    let schools = read_schools(path)?;
    let now = crate::store::now_ms() / 1000;
    println!("{:<10} {:<34} {:<10} {:<14} works", "code", "school", "area", "place");
    for (code, school) in schools.iter() {
        let works = match school.validity(now) {
            Validity::Open => school.valid_until.map_or("yes".to_string(), |last| format!("yes, until {last}")),
            Validity::NotYet => format!("from {}", school.valid_from.map(|d| d.to_string()).unwrap_or_default()),
            Validity::Ended => format!("no, ended {}", school.valid_until.map(|d| d.to_string()).unwrap_or_default()),
        };
        println!("{code:<10} {:<34} {:<10} {:<14} {works}", school.name, school.area, school.place);
    }
    Ok(())
}

fn add(path: &Path, content_dir: &Path, args: AddArgs) -> Result<()> {
    let code = args.code.trim().to_uppercase();
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        bail!("a code is letters and digits only, so pupils can text it: {:?}", args.code);
    }
    if !content_dir.join("crisis").join(format!("{}.toml", args.area)).exists() {
        bail!("no crisis numbers for the area {:?}: add content/crisis/{}.toml first, or use one that exists", args.area, args.area);
    }
    if let (Some(from), Some(until)) = (args.from, args.until) {
        if until < from {
            bail!("the last day ({until}) comes before the first ({from})");
        }
    }
    let mut document = read_document(path)?;
    if document.iter().any(|(existing, _)| existing.eq_ignore_ascii_case(&code)) {
        bail!("the code {code} is already in {}; retire it or choose another", path.display());
    }
    let mut table = Table::new();
    table["name"] = value(args.name.as_str());
    table["area"] = value(args.area.as_str());
    table["place"] = value(args.place.as_str());
    if let Some(from) = args.from {
        table["valid_from"] = value(from.to_string());
    }
    if let Some(until) = args.until {
        table["valid_until"] = value(until.to_string());
    }
    document.insert(&code, Item::Table(table));
    write_checked(path, &document)?;
    println!("Added {code} for {}. The bot reads it when it next starts.", args.name);
    Ok(())
}

fn retire(path: &Path, args: RetireArgs) -> Result<()> {
    let code = args.code.trim().to_uppercase();
    let last_day = match args.last_day {
        Some(day) => day,
        None => today()?.checked_sub_days(Days::new(1)).context("the date is out of range")?,
    };
    let mut document = read_document(path)?;
    let Some(key) = document.iter().map(|(key, _)| key.to_string()).find(|key| key.eq_ignore_ascii_case(&code)) else {
        bail!("no school has the code {code}");
    };
    let table = document[&key].as_table_mut().with_context(|| format!("{key} in {} is not a table", path.display()))?;
    table["valid_until"] = value(last_day.to_string());
    write_checked(path, &document)?;
    println!("{code} works until the end of {last_day}. Pupils who joined with it keep their cohort; the bot reads the change when it next starts.");
    Ok(())
}

/// Today's date (UTC), by the clock the bot uses.
fn today() -> Result<NaiveDate> {
    Ok(DateTime::from_timestamp(crate::store::now_ms() / 1000, 0).context("the clock is out of range")?.date_naive())
}

fn read_schools(path: &Path) -> Result<Schools> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    Schools::from_toml(&text).with_context(|| format!("{} is not a valid school list", path.display()))
}

fn read_document(path: &Path) -> Result<DocumentMut> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    text.parse().with_context(|| format!("{} is not valid TOML", path.display()))
}

/// Writes the edited file only when the bot would still read it, through a temporary file so a
/// crash cannot leave half a list.
fn write_checked(path: &Path, document: &DocumentMut) -> Result<()> {
    let text = document.to_string();
    Schools::from_toml(&text).context("the edited list would not load; nothing was changed")?;
    let temporary = PathBuf::from(format!("{}.new", path.display()));
    std::fs::write(&temporary, &text).with_context(|| format!("cannot write {}", temporary.display()))?;
    std::fs::rename(&temporary, path).with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(())
}
