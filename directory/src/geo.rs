//! Points on the map and how far apart they are, in the miles people in the UK think in.

use serde::{Deserialize, Serialize};

/// Mean radius of the Earth in miles; good to well under 1% for distances in one county.
const EARTH_RADIUS_MILES: f64 = 3958.8;

/// A WGS84 latitude and longitude that is known to be on the globe.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// Degrees north, -90 to 90.
    pub lat: f64,
    /// Degrees east, -180 to 180.
    pub lon: f64,
}

impl Point {
    /// A checked point: an impossible latitude or longitude from a feed gives `None`, so the
    /// caller can report it rather than measure from it.
    pub fn new(lat: f64, lon: f64) -> Option<Point> {
        let on_globe = lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0;
        on_globe.then_some(Point { lat, lon })
    }

    /// Great-circle distance in miles (haversine formula).
    pub fn miles_to(self, other: Point) -> f64 {
        haversine_miles(self, other)
    }
}

/// Great-circle distance between two points in miles, for "0.8 miles away".
pub fn haversine_miles(a: Point, b: Point) -> f64 {
    let (lat_a, lat_b) = (a.lat.to_radians(), b.lat.to_radians());
    let half_dlat = (b.lat - a.lat).to_radians() / 2.0;
    let half_dlon = (b.lon - a.lon).to_radians() / 2.0;
    let h = half_dlat.sin().powi(2) + lat_a.cos() * lat_b.cos() * half_dlon.sin().powi(2);
    2.0 * EARTH_RADIUS_MILES * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_coordinates_are_refused() {
        assert!(Point::new(123.4, -1.7).is_none());
        assert!(Point::new(53.6, -181.0).is_none());
        assert!(Point::new(f64::NAN, 0.0).is_none());
        assert!(Point::new(53.6458, -1.785).is_some());
    }

    #[test]
    fn known_distances_come_out_right() {
        let huddersfield = Point::new(53.6458, -1.7850).unwrap();
        let dewsbury = Point::new(53.6909, -1.6300).unwrap();
        let hackney = Point::new(51.5450, -0.0553).unwrap();
        let miles = huddersfield.miles_to(dewsbury);
        assert!((6.5..7.5).contains(&miles), "{miles}");
        let to_london = haversine_miles(huddersfield, hackney);
        assert!((160.0..170.0).contains(&to_london), "{to_london}");
        assert_eq!(huddersfield.miles_to(huddersfield), 0.0);
    }
}
