//! Reading the places files: one format, `name,kind,area,lat,lon`, for the council's own lists
//! and the UK-wide ones alike (see `content/places/README.md`).

use super::PlacePoint;
use crate::error::read_text;
use crate::NlpError;
use std::path::{Path, PathBuf};

/// The header every places file starts with.
const HEADER: &str = "name,kind,area,lat,lon";
/// The files a build of the UK-wide gazetteer writes start with this; every other `*.csv` in the
/// folder is a council's own list.
pub(super) const UK_PREFIX: &str = "uk-";

/// One row of a places file.
#[derive(Debug, Clone)]
pub(super) struct Row {
    /// Where it is.
    pub point: PlacePoint,
    /// `town`, `village`, `locality`, `ward`, `district`, `postcode_district`, `postcode_sector`.
    pub kind: String,
}

/// Reads one places file.
pub(super) fn read(path: &Path) -> Result<Vec<Row>, NlpError> {
    parse(&read_text(path)?).map_err(|(line, message)| NlpError::Format { path: path.to_owned(), line, message })
}

/// The council's own lists in a places folder: `places.csv` first, then any other `*.csv` but the
/// UK-wide ones, by name, so a later file's row wins over an earlier one of the same name.
pub(super) fn own_files(dir: &Path) -> Result<Vec<PathBuf>, NlpError> {
    let entries = std::fs::read_dir(dir).map_err(|source| NlpError::io(dir, source))?;
    let mut others: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "csv"))
        .filter(|path| path.file_name().is_some_and(|n| n != "places.csv" && !n.to_string_lossy().starts_with(UK_PREFIX)))
        .collect();
    others.sort();
    others.insert(0, dir.join("places.csv"));
    Ok(others)
}

fn parse(text: &str) -> Result<Vec<Row>, (usize, String)> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, header)) if header.trim() == HEADER => {}
        _ => return Err((1, format!("the header must be {HEADER}"))),
    }
    lines.filter(|(_, l)| !l.trim().is_empty()).map(|(index, line)| parse_row(line).map_err(|message| (index + 1, message))).collect()
}

fn parse_row(line: &str) -> Result<Row, String> {
    let fields: Vec<&str> = line.split(',').map(str::trim).collect();
    let [name, kind, area, lat, lon] = fields[..] else {
        return Err(format!("expected 5 fields, found {}", fields.len()));
    };
    let number = |field: &str| field.parse::<f64>().map_err(|_| format!("{field:?} is not a number"));
    let point = PlacePoint { name: name.to_owned(), lat: number(lat)?, lon: number(lon)?, area: area.to_owned() };
    Ok(Row { point, kind: kind.to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_keep_their_kind_and_a_bad_line_is_named() {
        let rows = parse("name,kind,area,lat,lon\nHP19,postcode_district,Buckinghamshire,51.8237,-0.8281\n").unwrap();
        assert_eq!((rows[0].point.name.as_str(), rows[0].kind.as_str()), ("HP19", "postcode_district"));
        assert_eq!(parse("name,kind,area,lat,lon\nA,town,x,1,2\nB,town,x,north,2").unwrap_err().0, 3);
        assert_eq!(parse("name,lat,lon\n").unwrap_err().0, 1);
    }

    #[test]
    fn a_councils_own_lists_are_every_csv_but_the_uk_wide_ones_places_first() {
        let dir = std::env::temp_dir().join(format!("frontdoor-places-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in ["places.csv", "aylesbury.csv", "uk-places.csv", "notes.txt", "a-wards.csv"] {
            std::fs::write(dir.join(name), HEADER).unwrap();
        }
        let names: Vec<String> = own_files(&dir).unwrap().iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(names, ["places.csv", "a-wards.csv", "aylesbury.csv"]);
    }
}
