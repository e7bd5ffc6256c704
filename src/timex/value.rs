//! Temporal values in two stages.
//!
//! The rules parse an expression into a [`Value`] that needs no reference
//! date: "March 18" is a [`Cal`] with month 3, day 18 and an unknown year;
//! "three years ago" is a shift of -3 years; "Tuesday" is weekday 2 of an
//! unknown week. [`resolve`] then places it against the publication date
//! and writes the TIMEX3 value. Without a publication date the unknown
//! parts stay unknown (`XXXX-03-18`, `XXXX-WXX-2`) or the value falls back
//! to a reference (`PAST_REF`), and the result is marked unresolved.

use super::date::{days_in_month, Date};
use super::lexicon::{Ref, Tense, Unit};

/// How fine a calendar value is, coarse to fine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Grain {
    /// `19` (the 1900s).
    Century,
    /// `199` (the 1990s).
    Decade,
    /// `2025`.
    Year,
    /// `2025-H1`.
    Half,
    /// `2025-Q3`.
    Quarter,
    /// `2025-SU`.
    Season,
    /// `2025-03`.
    Month,
    /// `2025-W12`.
    Week,
    /// `2025-W12-WE`.
    Weekend,
    /// `2025-03-18`.
    #[default]
    Day,
}

/// A calendar value; some of its parts may be unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Cal {
    /// How fine the value is.
    pub grain: Grain,
    /// The year (the ISO week-year for weeks), if known.
    pub year: Option<i32>,
    /// A fiscal year (`FY2025`).
    pub fiscal: bool,
    /// Month 1 to 12, 0 when unknown.
    pub month: u8,
    /// Day of the month, 0 when unknown.
    pub day: u8,
    /// Day of the week (Monday 1) when the day is named only by it.
    pub weekday: u8,
    /// ISO week, for weeks and weekends.
    pub week: u8,
    /// Quarter, half or season number.
    pub part: u8,
}

impl Cal {
    /// A calendar day.
    pub fn day(date: Date) -> Cal {
        Cal {
            grain: Grain::Day,
            year: Some(date.year),
            month: date.month,
            day: date.day,
            ..Cal::default()
        }
    }

    /// A value of `grain` with `year` (possibly unknown) and nothing finer.
    pub fn of(grain: Grain, year: Option<i32>) -> Cal {
        Cal {
            grain,
            year,
            ..Cal::default()
        }
    }

    /// The first and last day of the value, when its year is known.
    #[inline(never)]
    pub fn span(&self) -> Option<(Date, Date)> {
        let y = self.year?;
        let month = |m: u8| Some((Date::new(y, m, 1)?, Date::new(y, m, days_in_month(y, m))?));
        let months = |first: u8, count: i32| {
            let start = Date::new(y, first, 1)?;
            Some((start, start.add_months(count).add_days(-1)))
        };
        match self.grain {
            Grain::Century => Some((Date::new(y, 1, 1)?, Date::new(y + 99, 12, 31)?)),
            Grain::Decade => Some((Date::new(y, 1, 1)?, Date::new(y + 9, 12, 31)?)),
            Grain::Year => Some((Date::new(y, 1, 1)?, Date::new(y, 12, 31)?)),
            Grain::Half => months(self.part.clamp(1, 2) * 6 - 5, 6),
            Grain::Quarter => months(self.part.clamp(1, 4) * 3 - 2, 3),
            // Winter runs from December into the next year.
            Grain::Season => months(self.part.clamp(1, 4) * 3, 3),
            Grain::Month => month(self.month),
            Grain::Week | Grain::Weekend => {
                let monday = week_monday(y, self.week)?;
                if self.grain == Grain::Weekend {
                    Some((monday.add_days(5), monday.add_days(6)))
                } else {
                    Some((monday, monday.add_days(6)))
                }
            }
            Grain::Day => {
                let d = Date::new(y, self.month, self.day)?;
                Some((d, d))
            }
        }
    }

    /// The value with its year set; a week of a month ("the last week of
    /// March") gets its week number.
    fn with_year(mut self, year: i32) -> Cal {
        self.year = Some(year);
        if self.grain == Grain::Week && self.week == 0 && self.month != 0 {
            self.week = week_of_month(year, self.month, self.part).unwrap_or(0);
        }
        self
    }
}

/// The ISO week that is the `n`-th of a month (9 for the last): the week
/// of its `n`-th Thursday, so that most of the week lies in the month.
pub fn week_of_month(year: i32, month: u8, n: u8) -> Option<u8> {
    let first = Date::new(year, month, 1)?;
    let thursday = first.add_days(i64::from((4 + 7 - first.weekday()) % 7));
    let day = if n == 9 {
        let next = Date::new(year, month, 1)?.add_months(1).add_days(-1);
        next.add_days(-i64::from((next.weekday() + 7 - 4) % 7))
    } else {
        thursday.add_days(7 * i64::from(n.checked_sub(1)?))
    };
    (day.month == month).then(|| day.iso_week().1)
}

/// The Monday of ISO week `week` of `year`.
fn week_monday(year: i32, week: u8) -> Option<Date> {
    let jan4 = Date::new(year, 1, 4)?;
    let monday = jan4.add_days(1 - i64::from(jan4.weekday()));
    (1..=53)
        .contains(&week)
        .then(|| monday.add_days(7 * (i64::from(week) - 1)))
}

/// A time of day, or a part of the day, on the day of a [`Cal`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Clock {
    /// Hour 0 to 24, when a time is given.
    pub hour: Option<u8>,
    /// Minute.
    pub minute: u8,
    /// Second, when given.
    pub second: Option<u8>,
    /// The time is UTC (written with `Z`).
    pub utc: bool,
    /// Part of the day: 1 morning, 2 afternoon, 3 evening, 4 night.
    pub part: u8,
}

/// A length of time: an amount (in tenths, unknown for "several") of a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dur {
    /// The amount in tenths (25 for "two and a half"); `None` for "several".
    pub tenths: Option<u32>,
    /// The unit.
    pub unit: Unit,
}

impl Dur {
    /// `n` whole units.
    pub fn new(n: u32, unit: Unit) -> Dur {
        Dur {
            tenths: Some(n.saturating_mul(10)),
            unit,
        }
    }

    /// The whole number of units, if known and whole.
    pub fn whole(&self) -> Option<u32> {
        self.tenths.filter(|t| t % 10 == 0).map(|t| t / 10)
    }
}

/// How a calendar value with unknown parts is placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Complete as written.
    Fixed,
    /// By the tense of its sentence: bare "Tuesday", "March 5".
    Tense,
    /// The last one before the publication date ("last Friday").
    Before,
    /// The first one after it ("next March").
    After,
    /// The one of the current week or year ("this Friday").
    This,
    /// On the publication day (a time of day alone).
    Dct,
    /// In the publication year plus `n` ("the third quarter of this year").
    InYear(i8),
}

/// A temporal value before resolution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// A calendar value, placed as [`Place`] says.
    Cal(Cal, Place),
    /// `n` units from the publication date, written at the grain of `grain`
    /// ("yesterday", "last week", "three years ago").
    Shift {
        /// How many units, negative for the past.
        n: i32,
        /// The unit counted.
        unit: Unit,
        /// The unit whose grain the value is written in.
        grain: Unit,
    },
    /// `n` units from the last date the text mentioned ("the next day").
    Narrative {
        /// How many units.
        n: i32,
        /// The unit.
        unit: Unit,
        /// Whether it names a period of the unit ("the following year",
        /// "that month"), written at the unit's grain, rather than a
        /// shift of the anchor ("a year earlier", "the same period last
        /// year"), written at the anchor's.
        named: bool,
    },
    /// A vague reference, with a vague distance ("weeks prior") if any.
    Ref(Ref, Option<Unit>),
    /// A length of time.
    Duration(Dur),
    /// A recurrence every so often ("every week").
    Set(Dur),
    /// A recurrence on a calendar pattern ("every Monday").
    SetCal(Cal, Option<Clock>),
}

/// A resolved value.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// The TIMEX3 value.
    pub value: String,
    /// False when the value needed a publication date that was not given.
    pub resolved: bool,
    /// The distance from the publication date, for relative expressions: `-P3Y`.
    pub offset: Option<String>,
    /// The calendar value, when there is one with a known year.
    pub cal: Option<Cal>,
}

/// Resolves `value` against the publication date `dct`.
///
/// `tense` is asked only for values placed by the tense of their sentence;
/// `last` is the last calendar value the text mentioned, the anchor of
/// narrative expressions ("the following year").
pub fn resolve(
    value: &Value,
    clock: Option<Clock>,
    dct: Option<Date>,
    tense: &dyn Fn() -> Option<Tense>,
    last: Option<Cal>,
) -> Resolved {
    let out = |cal: Cal, resolved: bool, offset: Option<String>| Resolved {
        value: render(&cal, clock),
        resolved,
        offset,
        cal: cal.year.map(|_| cal),
    };
    match *value {
        Value::Cal(cal, place) => {
            if place == Place::Fixed || cal.year.is_some() {
                return out(cal, true, None);
            }
            match dct {
                Some(d) => out(self::place(cal, place, d, tense), true, None),
                None => out(cal, false, None),
            }
        }
        Value::Shift { n, unit, grain } => {
            let offset = Some(signed(n, unit));
            match dct {
                Some(d) => out(shift(d, n, unit, grain), true, offset),
                None => {
                    let r = match n.signum() {
                        -1 => Ref::Past,
                        0 => Ref::Present,
                        _ => Ref::Future,
                    };
                    Resolved {
                        value: r.as_str().to_string(),
                        resolved: false,
                        offset,
                        cal: None,
                    }
                }
            }
        }
        Value::Narrative { n, unit, named } => {
            // Written at the anchor's granularity: "a year earlier" than
            // the first quarter of 2010 is the first quarter of 2009, "two
            // weeks later" than June 1 a day. A day shifts by longer units
            // only as the period it lies in ("that month"): "a year
            // earlier" than the day a report came out is the year before
            // the publication. With no anchor, as "ago" writes it.
            let long = unit > Unit::Fortnight;
            let anchor = last.filter(|c| {
                c.grain >= grain_of(unit) && (c.grain != Grain::Day || !long || n == 0)
            });
            // "The war began in February 2022. Elections are due by the end
            // of the year": a future sentence speaks of the story's own
            // year, not of one the text has left behind.
            let behind = |c: &Cal| matches!((c.span(), dct), (Some((_, end)), Some(d)) if end < d);
            let anchor = anchor.filter(|c| {
                n != 0 || !behind(c) || !matches!(tense(), Some(Tense::Future | Tense::Present))
            });
            // "the previous year" after "in January" is a year.
            let grain = match anchor {
                _ if named => grain_of(unit),
                Some(c) if c.grain != Grain::Day || !long => c.grain,
                _ => grain_of(ago_grain(unit)),
            };
            let base = anchor
                .and_then(|c| c.span())
                .map(|(first, _)| first)
                .or(dct);
            match base {
                Some(b) => out(at_grain(shift_date(b, n, unit), grain), true, None),
                None => out(Cal::of(grain_of(unit), None), false, None),
            }
        }
        Value::Ref(r, unit) => Resolved {
            value: r.as_str().to_string(),
            resolved: true,
            offset: unit.map(|u| {
                let mut s = String::from(if r == Ref::Past { "-" } else { "+" });
                s.push_str(&duration(&Dur {
                    tenths: None,
                    unit: u,
                }));
                s
            }),
            cal: None,
        },
        Value::Duration(d) | Value::Set(d) => Resolved {
            value: duration(&d),
            resolved: true,
            offset: None,
            cal: None,
        },
        Value::SetCal(cal, c) => Resolved {
            value: render(&cal, c),
            resolved: true,
            offset: None,
            cal: None,
        },
    }
}

/// The grain in which a unit's values are written.
pub fn grain_of(unit: Unit) -> Grain {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Grain::Day,
        Unit::Weekend => Grain::Weekend,
        Unit::Week | Unit::Fortnight => Grain::Week,
        Unit::Month => Grain::Month,
        Unit::Quarter => Grain::Quarter,
        Unit::Half => Grain::Half,
        Unit::Year => Grain::Year,
        Unit::Decade => Grain::Decade,
        Unit::Century => Grain::Century,
    }
}

/// The date `n` units after `d`, as a value of the grain of `grain`.
#[inline(never)]
fn shift(d: Date, n: i32, unit: Unit, grain: Unit) -> Cal {
    at_grain(shift_date(d, n, unit), grain_of(grain))
}

/// The date `n` units after `d` (units under a day do not move it).
#[inline(never)]
fn shift_date(d: Date, n: i32, unit: Unit) -> Date {
    let days = |k: i64| d.add_days(k * i64::from(n));
    let months = |k: i32| d.add_months(k.saturating_mul(n));
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => d,
        Unit::Day => days(1),
        Unit::Weekend | Unit::Week => days(7),
        Unit::Fortnight => days(14),
        Unit::Month => months(1),
        Unit::Quarter => months(3),
        Unit::Half => months(6),
        Unit::Year => months(12),
        Unit::Decade => months(120),
        Unit::Century => months(1200),
    }
}

/// The grain in which a count of units from now is written: days for days
/// and weeks ("two weeks ago" is a day), the unit itself for longer units.
pub fn ago_grain(unit: Unit) -> Unit {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Weekend | Unit::Week | Unit::Fortnight => {
            Unit::Day
        }
        u => u,
    }
}

/// The value of `grain` that contains `d`.
#[inline(never)]
fn at_grain(d: Date, grain: Grain) -> Cal {
    let mut c = Cal::of(grain, Some(d.year));
    match grain {
        Grain::Century => c.year = Some(d.year.div_euclid(100) * 100),
        Grain::Decade => c.year = Some(d.year.div_euclid(10) * 10),
        Grain::Year => {}
        Grain::Half => c.part = (d.month - 1) / 6 + 1,
        Grain::Quarter => c.part = (d.month - 1) / 3 + 1,
        Grain::Season => {
            c.part = (i32::from(d.month) - 3).rem_euclid(12) as u8 / 3 + 1;
            if d.month < 3 {
                c.year = Some(d.year - 1);
            }
        }
        Grain::Month => c.month = d.month,
        Grain::Week | Grain::Weekend => {
            let (y, w) = d.iso_week();
            c.year = Some(y);
            c.week = w;
        }
        Grain::Day => c = Cal::day(d),
    }
    c
}

/// Places a calendar value with an unknown year or week against `dct`.
fn place(cal: Cal, place: Place, dct: Date, tense: &dyn Fn() -> Option<Tense>) -> Cal {
    if cal.grain == Grain::Day && cal.month == 0 && cal.weekday == 0 && cal.day == 0
        || place == Place::Dct
    {
        return Cal::day(dct);
    }
    if let Place::InYear(n) = place {
        return cal.with_year(dct.year + i32::from(n));
    }
    let today = dct.to_days();
    let weekday = dct.weekday();
    let named =
        |y: i32| Date::new(y, cal.month, cal.day).is_some_and(|d| d.weekday() == cal.weekday);
    let strict = cal.weekday != 0 && cal.month != 0 && (dct.year - 6..=dct.year + 6).any(named);
    // The candidates, in time order: the k-th of `range`.
    let (kind, range) = if cal.grain == Grain::Weekend && cal.week == 0 {
        // "the weekend": the last one, this one or the next one.
        (0, -1..=1)
    } else if cal.month == 0 && cal.day != 0 {
        // "on the 23rd": last month's, this month's or next month's.
        (1, -1..=1)
    } else if cal.weekday != 0 && cal.month == 0 {
        // The days with that weekday within a week of the publication
        // date: the one before the last if the last is the day itself.
        let back = i32::from((weekday + 7 - cal.weekday) % 7);
        (2, if back == 0 { -1..=1 } else { 0..=1 })
    } else {
        // "Thursday, July 2": the years whose July 2 is a Thursday, if one
        // is near.
        (3, if strict { -6..=6 } else { -1..=1 })
    };
    let last_weekday = today - i64::from((weekday + 7 - cal.weekday) % 7);
    let candidate = |k: i32| -> Option<Cal> {
        match kind {
            0 => Some(at_grain(dct.add_days(7 * i64::from(k)), Grain::Weekend)),
            1 => {
                let month = Date::new(dct.year, dct.month, 1)?.add_months(k);
                Some(Cal::day(Date::new(month.year, month.month, cal.day)?))
            }
            2 => Some(Cal::day(Date::from_days(last_weekday + 7 * i64::from(k)))),
            _ => (!strict || named(dct.year + k)).then_some(cal.with_year(dct.year + k)),
        }
    };
    // One pass in time order keeps what each way of choosing needs.
    let monday = today - i64::from(weekday) + 1;
    let (mut before, mut after, mut past, mut future) = (None, None, None, None);
    let (mut this, mut this_week, mut this_year) = (None, None, None);
    let mut past_end = 0;
    let mut after_start = 0;
    for k in range {
        let Some((c, (a, b))) = candidate(k).and_then(|c| Some((c, c.span()?))) else {
            continue;
        };
        let (a, b) = (a.to_days(), b.to_days());
        if b < today {
            before = Some(c);
        }
        if a <= today {
            past = Some(c);
            past_end = b;
        }
        if after.is_none() && a > today {
            after = Some(c);
            after_start = a;
        }
        if future.is_none() && b >= today {
            future = Some(c);
        }
        if this.is_none() && a <= today && today <= b {
            this = Some(c);
        }
        if this_week.is_none() && a >= monday {
            this_week = Some(c);
        }
        if this_year.is_none() && c.year == Some(dct.year) {
            this_year = Some(c);
        }
    }
    let chosen = match place {
        Place::Before => before,
        Place::After => after,
        Place::This if cal.weekday != 0 => this.or(this_week),
        Place::This => this.or(this_year),
        _ => match tense() {
            // A quarter is reported once it is over: "profit fell in the
            // first quarter" in March is last year's.
            Some(Tense::Past) if matches!(cal.grain, Grain::Quarter | Grain::Half) => {
                before.or(past)
            }
            Some(Tense::Past) => past.or(future),
            // A month just ended is still talked of ahead ("will report
            // its August sales", published in September); the one eleven
            // months on would be "next August".
            Some(Tense::Future | Tense::Present)
                if kind == 3 && cal.day == 0 && cal.month != 0 && today - past_end <= 31 =>
            {
                past.or(future)
            }
            Some(Tense::Future | Tense::Present) => future.or(past),
            Some(Tense::Ongoing) if past.is_some() && today - past_end <= 31 => past,
            Some(Tense::Ongoing) => future.or(past),
            // No tense: the past one, unless the next one starts much sooner
            // than the past one ended.
            None if past.is_some() && after.is_some() => {
                if 2 * (after_start - today) < today - past_end {
                    after
                } else {
                    past
                }
            }
            None => past.or(after),
        },
    };
    chosen.unwrap_or(cal)
}

/// Appends `n` to `s` with at least `width` digits (at most 10).
pub fn push_num(s: &mut String, n: u32, width: usize) {
    let mut buf = [b'0'; 10];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let first = i.min(buf.len().saturating_sub(width));
    s.push_str(std::str::from_utf8(&buf[first..]).unwrap_or_default());
}

/// Writes a calendar value and its time of day as a TIMEX3 value.
#[inline(never)]
pub fn render(cal: &Cal, clock: Option<Clock>) -> String {
    let mut s = String::with_capacity(20);
    let (div, width, unknown) = match cal.grain {
        Grain::Century => (100, 2, "XX"),
        Grain::Decade => (10, 3, "XXX"),
        _ => (1, 4, "XXXX"),
    };
    if cal.fiscal && div == 1 {
        s.push_str("FY");
    }
    match cal.year {
        Some(y) => {
            if y < 0 {
                s.push('-');
            }
            push_num(&mut s, (y.unsigned_abs()) / div, width);
        }
        None => s.push_str(unknown),
    }
    let two = |s: &mut String, n: u8| {
        if n == 0 {
            s.push_str("XX");
        } else {
            push_num(s, u32::from(n), 2);
        }
    };
    match cal.grain {
        Grain::Century | Grain::Decade | Grain::Year => {}
        Grain::Half | Grain::Quarter => {
            s.push_str(if cal.grain == Grain::Half { "-H" } else { "-Q" });
            push_num(&mut s, u32::from(cal.part), 1);
        }
        Grain::Season => {
            s.push('-');
            s.push_str(["SP", "SU", "FA", "WI"][usize::from(cal.part.clamp(1, 4) - 1)]);
        }
        Grain::Month => {
            s.push('-');
            two(&mut s, cal.month);
        }
        Grain::Week | Grain::Weekend => {
            s.push_str("-W");
            two(&mut s, cal.week);
            if cal.grain == Grain::Weekend {
                s.push_str("-WE");
            }
        }
        Grain::Day => {
            if cal.month == 0 && cal.weekday != 0 {
                s.push_str("-WXX-");
                push_num(&mut s, u32::from(cal.weekday), 1);
            } else {
                s.push('-');
                two(&mut s, cal.month);
                s.push('-');
                two(&mut s, cal.day);
            }
        }
    }
    if let Some(c) = clock {
        s.push('T');
        match c.hour {
            Some(h) => {
                push_num(&mut s, u32::from(h), 2);
                s.push(':');
                push_num(&mut s, u32::from(c.minute), 2);
                if let Some(sec) = c.second {
                    s.push(':');
                    push_num(&mut s, u32::from(sec), 2);
                }
                if c.utc {
                    s.push('Z');
                }
            }
            None => s.push_str(["MO", "AF", "EV", "NI"][usize::from(c.part.clamp(1, 4) - 1)]),
        }
    }
    s
}

/// Writes a duration as a TIMEX3 value: `P30D`, `PT2H`, `P2.5Y`, `PXY`.
#[inline(never)]
pub fn duration(d: &Dur) -> String {
    let (letter, factor) = match d.unit {
        Unit::Second => ("S", 1),
        Unit::Minute => ("M", 1),
        Unit::Hour => ("H", 1),
        Unit::Day => ("D", 1),
        Unit::Weekend => ("WE", 1),
        Unit::Week => ("W", 1),
        Unit::Fortnight => ("W", 2),
        Unit::Month => ("M", 1),
        Unit::Quarter => ("Q", 1),
        Unit::Half => ("M", 6),
        Unit::Year => ("Y", 1),
        Unit::Decade => ("Y", 10),
        Unit::Century => ("Y", 100),
    };
    let mut s = String::with_capacity(12);
    s.push_str(if d.unit.is_clock() { "PT" } else { "P" });
    let Some(tenths) = d.tenths else {
        s.push('X');
        s.push_str(match d.unit {
            Unit::Decade => "DE",
            Unit::Century => "CE",
            _ => letter,
        });
        return s;
    };
    let tenths = tenths.saturating_mul(factor);
    if tenths % 10 != 0 {
        // Half an hour is thirty minutes; half a day, twelve hours.
        let finer = match d.unit {
            Unit::Hour => Some((60, "M")),
            Unit::Minute => Some((60, "S")),
            Unit::Day => Some((24, "H")),
            _ => None,
        };
        if let Some((k, l)) = finer {
            if tenths.saturating_mul(k) % 10 == 0 {
                s.truncate(1);
                s.push('T');
                push_num(&mut s, tenths.saturating_mul(k) / 10, 1);
                s.push_str(l);
                return s;
            }
        }
        push_num(&mut s, tenths / 10, 1);
        s.push('.');
        push_num(&mut s, tenths % 10, 1);
    } else {
        push_num(&mut s, tenths / 10, 1);
    }
    s.push_str(letter);
    s
}

/// A signed distance from the publication date: `-P3Y`, `+P1W`, `P0D`.
fn signed(n: i32, unit: Unit) -> String {
    let d = duration(&Dur::new(n.unsigned_abs(), unit));
    match n.signum() {
        0 => d,
        sign => {
            let mut s = String::with_capacity(d.len() + 1);
            s.push(if sign < 0 { '-' } else { '+' });
            s.push_str(&d);
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DCT: Option<Date> = Some(Date {
        year: 2025,
        month: 3,
        day: 18,
    });

    /// Resolves `v` on 2025-03-18 (a Tuesday) with `tense`; returns the value.
    fn check(v: Value, tense: Option<Tense>, expected: &str) {
        let r = resolve(&v, None, DCT, &|| tense, None);
        assert_eq!(r.value, expected, "{v:?} {tense:?}");
    }

    fn weekday(w: u8) -> Cal {
        Cal {
            weekday: w,
            ..Cal::of(Grain::Day, None)
        }
    }

    fn month(m: u8) -> Cal {
        Cal {
            month: m,
            ..Cal::of(Grain::Month, None)
        }
    }

    #[test]
    fn weekdays_follow_the_tense() {
        check(
            Value::Cal(weekday(1), Place::Tense),
            Some(Tense::Past),
            "2025-03-17",
        );
        check(
            Value::Cal(weekday(2), Place::Tense),
            Some(Tense::Past),
            "2025-03-18",
        );
        check(
            Value::Cal(weekday(3), Place::Tense),
            Some(Tense::Past),
            "2025-03-12",
        );
        check(
            Value::Cal(weekday(3), Place::Tense),
            Some(Tense::Future),
            "2025-03-19",
        );
        check(
            Value::Cal(weekday(1), Place::Tense),
            Some(Tense::Future),
            "2025-03-24",
        );
        // No tense: the past one unless the next is much nearer.
        check(Value::Cal(weekday(1), Place::Tense), None, "2025-03-17");
        check(Value::Cal(weekday(3), Place::Tense), None, "2025-03-19");
        check(Value::Cal(weekday(5), Place::Before), None, "2025-03-14");
        check(Value::Cal(weekday(2), Place::Before), None, "2025-03-11");
        check(Value::Cal(weekday(1), Place::After), None, "2025-03-24");
        check(Value::Cal(weekday(5), Place::This), None, "2025-03-21");
    }

    #[test]
    fn weeks_of_a_month() {
        // March 2009 begins on a Sunday: its first Thursday is the 5th.
        assert_eq!(week_of_month(2009, 3, 1), Some(10));
        assert_eq!(week_of_month(2009, 3, 9), Some(13));
        assert_eq!(week_of_month(2025, 5, 1), Some(18));
        // There is no fifth Thursday in February 2009.
        assert_eq!(week_of_month(2009, 2, 5), None);
    }

    #[test]
    fn months_follow_the_tense() {
        check(
            Value::Cal(month(3), Place::Tense),
            Some(Tense::Past),
            "2025-03",
        );
        check(
            Value::Cal(month(4), Place::Tense),
            Some(Tense::Past),
            "2024-04",
        );
        check(
            Value::Cal(month(4), Place::Tense),
            Some(Tense::Future),
            "2025-04",
        );
        check(
            Value::Cal(month(3), Place::Tense),
            Some(Tense::Future),
            "2025-03",
        );
        // The month just ended, ahead: its data are still to come.
        check(
            Value::Cal(month(2), Place::Tense),
            Some(Tense::Future),
            "2025-02",
        );
        check(
            Value::Cal(month(1), Place::Tense),
            Some(Tense::Future),
            "2026-01",
        );
        check(Value::Cal(month(12), Place::Tense), None, "2024-12");
        check(Value::Cal(month(4), Place::Tense), None, "2025-04");
        check(Value::Cal(month(3), Place::Before), None, "2024-03");
        check(Value::Cal(month(3), Place::After), None, "2026-03");
        let q4 = Cal {
            part: 4,
            ..Cal::of(Grain::Quarter, None)
        };
        check(Value::Cal(q4, Place::Tense), Some(Tense::Past), "2024-Q4");
        // The quarter under way is not yet reported in the past tense.
        let q1 = Cal {
            part: 1,
            ..Cal::of(Grain::Quarter, None)
        };
        check(Value::Cal(q1, Place::Tense), Some(Tense::Past), "2024-Q1");
        check(Value::Cal(q1, Place::Tense), Some(Tense::Future), "2025-Q1");
    }

    #[test]
    fn shifts() {
        let s = |n, unit, grain| Value::Shift { n, unit, grain };
        check(s(-1, Unit::Day, Unit::Day), None, "2025-03-17");
        check(s(-2, Unit::Week, Unit::Day), None, "2025-03-04");
        check(s(0, Unit::Week, Unit::Week), None, "2025-W12");
        check(s(-1, Unit::Weekend, Unit::Weekend), None, "2025-W11-WE");
        check(s(-3, Unit::Year, Unit::Year), None, "2022");
        check(s(1, Unit::Quarter, Unit::Quarter), None, "2025-Q2");
        check(s(-1, Unit::Decade, Unit::Decade), None, "201");
        let r = resolve(&s(-3, Unit::Year, Unit::Year), None, None, &|| None, None);
        assert_eq!((r.value.as_str(), r.resolved), ("PAST_REF", false));
        assert_eq!(r.offset.as_deref(), Some("-P3Y"));
    }

    #[test]
    fn durations() {
        let d = |tenths, unit| duration(&Dur { tenths, unit });
        assert_eq!(d(Some(300), Unit::Day), "P30D");
        assert_eq!(d(Some(20), Unit::Hour), "PT2H");
        assert_eq!(d(Some(5), Unit::Hour), "PT30M");
        assert_eq!(d(Some(15), Unit::Hour), "PT90M");
        assert_eq!(d(Some(25), Unit::Year), "P2.5Y");
        assert_eq!(d(Some(10), Unit::Decade), "P10Y");
        assert_eq!(d(None, Unit::Decade), "PXDE");
        assert_eq!(d(None, Unit::Minute), "PTXM");
        assert_eq!(d(Some(20), Unit::Quarter), "P2Q");
    }

    #[test]
    fn rendering() {
        let c = Cal::day(Date::new(2025, 3, 18).unwrap());
        let clock = Clock {
            hour: Some(18),
            minute: 40,
            second: Some(39),
            utc: true,
            part: 0,
        };
        assert_eq!(render(&c, Some(clock)), "2025-03-18T18:40:39Z");
        let night = Clock {
            part: 4,
            ..Clock::default()
        };
        assert_eq!(render(&weekday(1), Some(night)), "XXXX-WXX-1TNI");
        assert_eq!(render(&Cal::of(Grain::Decade, Some(1990)), None), "199");
        assert_eq!(render(&Cal::of(Grain::Century, Some(1800)), None), "18");
        let fy = Cal {
            fiscal: true,
            ..Cal::of(Grain::Year, Some(2026))
        };
        assert_eq!(render(&fy, None), "FY2026");
    }

    #[test]
    fn spans() {
        let winter = Cal {
            part: 4,
            ..Cal::of(Grain::Season, Some(2024))
        };
        let (a, b) = winter.span().unwrap();
        assert_eq!(
            (a.to_string(), b.to_string()),
            ("2024-12-01".into(), "2025-02-28".into())
        );
        let week = Cal {
            week: 12,
            ..Cal::of(Grain::Week, Some(2025))
        };
        assert_eq!(week.span().unwrap().0.to_string(), "2025-03-17");
    }
}
