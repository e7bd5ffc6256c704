//! The rules that find temporal expressions, by category: calendar dates
//! (`absolute`), times of day (`clock`), expressions counted from now or
//! from the story's last date (`relative`), lengths of time (`duration`) and
//! recurrences (`set`).
//!
//! A rule reads tokens from a start index and returns a [`Hit`]: where the
//! expression ends and its unresolved value. At each token the tagger tries
//! every rule of [`RULES`] and keeps the longest hit; modifiers in front
//! ("about", "over", "early", "the end of") are read once here for all rules.

pub mod absolute;
pub mod clock;
pub mod duration;
pub mod relative;
pub mod set;

use super::lexicon::{self, Mod, Word};
use super::scan::Cx;
use super::value::{Clock, Grain, Place, Value};

/// An expression found by a rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    /// One past its last token.
    pub end: usize,
    /// Its value, before resolution.
    pub value: Value,
    /// Its time of day or part of the day, if any.
    pub clock: Option<Clock>,
    /// Its TIMEX3 modifier.
    pub modifier: Option<Mod>,
    /// The rule that found it.
    pub rule: &'static str,
}

impl Hit {
    /// A hit ending before token `end`.
    pub fn new(end: usize, value: Value) -> Hit {
        Hit {
            end,
            value,
            clock: None,
            modifier: None,
            rule: "",
        }
    }

    /// The hit with a time of day.
    pub fn clock(mut self, clock: Option<Clock>) -> Hit {
        self.clock = clock;
        self
    }

    /// The hit with a modifier.
    pub fn modifier(mut self, m: Option<Mod>) -> Hit {
        self.modifier = m;
        self
    }

    /// Whether the hit names a calendar period or day (not a length, a
    /// recurrence or a vague reference).
    pub fn is_period(&self) -> bool {
        matches!(
            self.value,
            Value::Cal(..) | Value::Shift { .. } | Value::Narrative { .. }
        )
    }
}

/// A rule: from a start token, the expression it finds there.
pub type Rule = fn(&Cx, usize) -> Option<Hit>;

// What a token can be, as one bit: the classes of the lexicon's words (see
// `Word::bit`), and these for tokens outside it.
const NUMBER: u32 = lexicon::NUMBER_BIT;
const APOSTROPHE: u32 = lexicon::APOSTROPHE_BIT;
const FY: u32 = lexicon::FY_BIT;
const MONTH: u32 = 1;
const MONTH_ABBR: u32 = 1 << 1;
const WEEKDAY: u32 = 1 << 2;
const WEEKDAY_ABBR: u32 = 1 << 3;
const WEEKDAYS: u32 = 1 << 4;
const UNIT: u32 = 1 << 5;
const NUMBER_WORD: u32 = 1 << 6;
const VAGUE: u32 = 1 << 7;
const ORDINAL: u32 = 1 << 8;
const SEASON: u32 = 1 << 9;
const CLOCK: u32 = 1 << 11;
const DAY: u32 = 1 << 12;
const REF: u32 = 1 << 13;
const DIR: u32 = 1 << 14;
const APPROX: u32 = 1 << 16;
const HOLIDAY: u32 = 1 << 18;
const FREQ: u32 = 1 << 19;
const THE: u32 = 1 << 20;
const ARTICLE: u32 = 1 << 24;
const FISCAL: u32 = 1 << 26;
const EVERY: u32 = 1 << 27;
const TIMES: u32 = 1 << 28;
const OTHER: u32 = 1 << 29;
const AMOUNT: u32 = NUMBER | NUMBER_WORD | VAGUE | ARTICLE | OTHER | REF | APPROX;

/// Every rule by name, with the classes of tokens it can start with, sorted
/// by name. When two rules find expressions of the same length at a token,
/// the first in this list wins.
pub const RULES: &[(&str, u32, Rule)] = &[
    (
        "absolute::century",
        THE | ORDINAL | NUMBER | NUMBER_WORD,
        absolute::century,
    ),
    ("absolute::day_alone", THE, absolute::day_alone),
    (
        "absolute::day_month",
        WEEKDAY | WEEKDAY_ABBR | THE | NUMBER | ORDINAL | NUMBER_WORD | UNIT,
        absolute::day_month,
    ),
    (
        "absolute::decade",
        THE | APOSTROPHE | NUMBER,
        absolute::decade,
    ),
    ("absolute::holiday", HOLIDAY | OTHER, absolute::holiday),
    ("absolute::month_alone", MONTH, absolute::month_alone),
    (
        "absolute::month_day",
        MONTH | MONTH_ABBR | WEEKDAY | WEEKDAY_ABBR,
        absolute::month_day,
    ),
    (
        "absolute::month_year",
        MONTH | MONTH_ABBR,
        absolute::month_year,
    ),
    ("absolute::numeric_date", NUMBER, absolute::numeric_date),
    (
        "absolute::quarter",
        THE | FISCAL | ORDINAL | NUMBER | UNIT,
        absolute::quarter,
    ),
    ("absolute::season", THE | SEASON, absolute::season),
    ("absolute::weekday", WEEKDAY, absolute::weekday),
    (
        "absolute::year",
        NUMBER | FISCAL | APOSTROPHE | FY,
        absolute::year,
    ),
    (
        "clock::clock_time",
        CLOCK | NUMBER | NUMBER_WORD,
        clock::clock_time,
    ),
    ("duration::bare_units", UNIT | THE, duration::bare_units),
    ("duration::quantity", AMOUNT, duration::quantity),
    ("relative::deictic_day", DAY | THE, relative::deictic_day),
    ("relative::direction", THE | DIR, relative::direction),
    ("relative::narrative", THE | OTHER, relative::narrative),
    (
        "relative::reference",
        REF | THE | OTHER,
        relative::reference,
    ),
    ("set::every", EVERY, set::every),
    ("set::frequency", FREQ, set::frequency),
    (
        "set::per_unit",
        ARTICLE | TIMES | NUMBER | NUMBER_WORD,
        set::per_unit,
    ),
    ("set::weekdays", WEEKDAYS, set::weekdays),
];

/// The class bit of token `i`; 0 when it cannot start an expression, the
/// quick test that lets most tokens pass without trying any rule.
#[inline]
pub fn start_bit(cx: &Cx, i: usize) -> u32 {
    cx.bit(i)
}

/// The longest expression starting at token `i`, with its modifier.
pub fn at(cx: &Cx, i: usize) -> Option<Hit> {
    // "the" and "a" start an expression only before a word that can be in
    // one: most ("the company", "a deal") are passed over here.
    if matches!(cx.word(i), Some(Word::Signal(0 | 1))) && start_bit(cx, i + 1) == 0 {
        return None;
    }
    if let Some((m, j)) = prefix(cx, i) {
        if let Some(mut h) = core(cx, j) {
            let fits = match m {
                Some(m) if m.is_edge() => h.is_period(),
                // "about a year ago", "around 2010", "over two hours".
                Some(_) => match h.value {
                    Value::Duration(_) | Value::Shift { .. } => true,
                    Value::Cal(c, _) => c.grain <= Grain::Year,
                    _ => false,
                },
                // "just weeks prior", "earlier this year", "right now", "very soon".
                None => match cx.lower(i) {
                    "just" => matches!(h.value, Value::Ref(..) | Value::Shift { .. }),
                    "right" => h.value == Value::Ref(super::lexicon::Ref::Present, None),
                    "very" => matches!(h.value, Value::Ref(..)),
                    _ => h.is_period(),
                },
            };
            if fits && h.modifier.is_none() {
                h.modifier = m;
                return Some(h);
            }
        }
    }
    core(cx, i)
}

/// The longest hit of any rule at token `i`.
fn core(cx: &Cx, i: usize) -> Option<Hit> {
    let bit = start_bit(cx, i);
    let mut best: Option<Hit> = None;
    for &(name, mask, rule) in RULES {
        if mask & bit == 0 {
            continue;
        }
        if let Some(mut h) = rule(cx, i) {
            if h.end > i && best.is_none_or(|b| h.end > b.end) {
                h.rule = name;
                best = Some(h);
            }
        }
    }
    best
}

/// A modifier in front of an expression, and where the expression starts:
/// "about", "more than", "at least", "early", "mid-", "the end of"; or a
/// word that joins the extent without a modifier ("just", "earlier").
fn prefix(cx: &Cx, i: usize) -> Option<(Option<Mod>, usize)> {
    if !matches!(
        cx.word(i)?,
        Word::Signal(0 | 2 | 6) | Word::Approx(_) | Word::Edge(_)
    ) {
        return None;
    }
    let w = cx.lower(i);
    // An amount must follow a bound: "over two hours", not "over the years".
    let amount_at = |j: usize| {
        cx.is_number(j)
            || cx.is_any(j, &["a", "an", "half", "one"])
            || matches!(cx.word(j), Some(Word::Number(_) | Word::Vague))
    };
    let edge = |j: usize| match cx.word(j) {
        Some(Word::Edge(m)) => Some(m),
        _ => None,
    };
    let after_hyphen = |j: usize| {
        if cx.is(j, "-") && cx.glued(j) {
            j + 1
        } else {
            j
        }
    };
    match w {
        "the" => {
            // "the end of 2025", "the early 1990s", "the mid-1990s".
            let m = edge(i + 1)?;
            if cx.is(i + 2, "of") && !matches!(cx.lower(i + 1), "early" | "late" | "mid") {
                return Some((Some(m), i + 3));
            }
            matches!(cx.lower(i + 1), "early" | "late" | "mid")
                .then(|| (Some(m), after_hyphen(i + 2)))
        }
        "more" | "less" | "fewer" if cx.is(i + 1, "than") && amount_at(i + 2) => {
            let m = if w == "more" {
                Mod::MoreThan
            } else {
                Mod::LessThan
            };
            Some((Some(m), i + 2))
        }
        "at" if cx.is_any(i + 1, &["least", "most"]) && amount_at(i + 2) => {
            let m = if cx.is(i + 1, "least") {
                Mod::EqualOrMore
            } else {
                Mod::EqualOrLess
            };
            Some((Some(m), i + 2))
        }
        "up" if cx.is(i + 1, "to") && amount_at(i + 2) => Some((Some(Mod::EqualOrLess), i + 2)),
        "no" if cx.is_any(i + 1, &["more", "less"]) && cx.is(i + 2, "than") && amount_at(i + 3) => {
            let m = if cx.is(i + 1, "more") {
                Mod::EqualOrLess
            } else {
                Mod::EqualOrMore
            };
            Some((Some(m), i + 3))
        }
        "just" | "well" if matches!(cx.word(i + 1), Some(Word::Approx(_))) => {
            let (m, j) = prefix(cx, i + 1)?;
            Some((m, j))
        }
        "just" | "right" | "very" => Some((None, i + 1)),
        "earlier" | "later" => match cx.word(i + 1) {
            Some(Word::Dir(_) | Word::Day(_)) => Some((None, i + 1)),
            _ => None,
        },
        _ => match cx.word(i)? {
            Word::Approx(m) if amount_at(i + 1) || cx.year(i + 1).is_some() => {
                let years_only = matches!(w, "around" | "about" | "circa");
                if cx.year(i + 1).is_some() && !years_only {
                    return None;
                }
                Some((Some(m), i + 1))
            }
            Word::Edge(m) if matches!(w, "early" | "late" | "mid") => {
                Some((Some(m), after_hyphen(i + 1)))
            }
            _ => None,
        },
    }
}

/// Places a calendar value: fixed when its year is known, else by tense.
pub fn cal(c: super::value::Cal) -> Value {
    let place = if c.year.is_some() {
        Place::Fixed
    } else {
        Place::Tense
    };
    Value::Cal(c, place)
}
