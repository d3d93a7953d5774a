//! Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01),
//! and the values of date mentions.

use std::fmt;

/// Days since 1970-01-01 of a civil date (no validity check).
pub(crate) fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number.
pub(crate) fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

/// Weekday of a day number, 1 = Monday … 7 = Sunday.
pub(crate) fn weekday(z: i64) -> u8 {
    ((z + 3).rem_euclid(7) + 1) as u8
}

pub(crate) fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub(crate) fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether a day and month can exist in some year (29 February included).
pub(crate) fn valid_day_month(m: u8, d: u8) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(2000, m)
}

pub(crate) fn valid(y: i32, m: u8, d: u8) -> bool {
    (1000..=9999).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// The value of a date mention, as precise as the text allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Value {
    /// `YYYY-MM-DD`
    Day(i64),
    /// `--MM-DD`
    DayNoYear(u8, u8),
    /// `YYYY-MM`
    Month(i32, u8),
    /// `--MM`
    MonthNoYear(u8),
}

impl Value {
    pub fn month(self) -> Value {
        match self {
            Value::Day(z) => {
                let (y, m, _) = civil_from_days(z);
                Value::Month(y, m)
            }
            Value::DayNoYear(m, _) => Value::MonthNoYear(m),
            other => other,
        }
    }

    /// The number of its month (1 to 12).
    pub fn month_number(self) -> u8 {
        match self {
            Value::Day(z) => civil_from_days(z).1,
            Value::DayNoYear(m, _) | Value::Month(_, m) | Value::MonthNoYear(m) => m,
        }
    }

    /// The month `n` months later (earlier when negative).
    pub fn add_months(self, n: i32) -> Option<Value> {
        match self.month() {
            Value::Month(y, m) => {
                let index = y * 12 + i32::from(m) - 1 + n;
                Some(Value::Month(
                    index.div_euclid(12),
                    (index.rem_euclid(12) + 1) as u8,
                ))
            }
            Value::MonthNoYear(m) => Some(Value::MonthNoYear(
                ((i32::from(m) - 1 + n).rem_euclid(12) + 1) as u8,
            )),
            _ => None,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::Day(z) => {
                let (y, m, d) = civil_from_days(z);
                write!(f, "{y:04}-{m:02}-{d:02}")
            }
            Value::DayNoYear(m, d) => write!(f, "--{m:02}-{d:02}"),
            Value::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Value::MonthNoYear(m) => write!(f, "--{m:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip_and_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        for z in [-800_000, -1, 0, 59, 19_000, 20_000, 2_000_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        // 2024-01-18 was a Thursday, 2024-11-02 a Saturday.
        assert_eq!(weekday(days_from_civil(2024, 1, 18)), 4);
        assert_eq!(weekday(days_from_civil(2024, 11, 2)), 6);
        assert!(valid(2024, 2, 29) && !valid(2023, 2, 29));
    }

    #[test]
    fn values_print_iso_forms() {
        assert_eq!(
            Value::Day(days_from_civil(2024, 11, 2)).to_string(),
            "2024-11-02"
        );
        assert_eq!(Value::DayNoYear(8, 31).to_string(), "--08-31");
        assert_eq!(
            Value::Month(2024, 1).add_months(-1),
            Some(Value::Month(2023, 12))
        );
        assert_eq!(
            Value::MonthNoYear(12).add_months(1),
            Some(Value::MonthNoYear(1))
        );
    }
}
