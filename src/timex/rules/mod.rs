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

use super::lexicon::{Mod, Word};
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

/// Every rule by name, sorted by name. When two rules find expressions of the
/// same length at a token, the first in this list wins.
pub const RULES: &[(&str, Rule)] = &[
    ("absolute::century", absolute::century),
    ("absolute::day_month", absolute::day_month),
    ("absolute::decade", absolute::decade),
    ("absolute::holiday", absolute::holiday),
    ("absolute::month_alone", absolute::month_alone),
    ("absolute::month_day", absolute::month_day),
    ("absolute::month_year", absolute::month_year),
    ("absolute::numeric_date", absolute::numeric_date),
    ("absolute::quarter", absolute::quarter),
    ("absolute::season", absolute::season),
    ("absolute::weekday", absolute::weekday),
    ("absolute::year", absolute::year),
    ("clock::clock_time", clock::clock_time),
    ("duration::bare_units", duration::bare_units),
    ("duration::quantity", duration::quantity),
    ("relative::ago", relative::ago),
    ("relative::deictic_day", relative::deictic_day),
    ("relative::direction", relative::direction),
    ("relative::narrative", relative::narrative),
    ("relative::reference", relative::reference),
    ("set::every", set::every),
    ("set::frequency", set::frequency),
    ("set::per_unit", set::per_unit),
    ("set::weekdays", set::weekdays),
];

/// Whether token `i` can start an expression at all: the quick test that
/// lets most tokens pass without trying any rule.
pub fn may_start(cx: &Cx, i: usize) -> bool {
    cx.word(i).is_some()
        || cx.is_number(i)
        || cx.lower(i).starts_with("fy")
        || cx.is_any(
            i,
            &[
                "the", "a", "an", "half", "every", "each", "per", "once", "twice", "fiscal", "fy",
                "that", "just", "more", "less", "fewer", "at", "up", "no", "earlier", "later",
                "new", "'", "q1", "q2", "q3", "q4", "h1", "h2", "within", "right", "well", "very",
            ],
        )
}

/// The longest expression starting at token `i`, with its modifier.
pub fn at(cx: &Cx, i: usize) -> Option<Hit> {
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
    let mut best: Option<Hit> = None;
    for &(name, rule) in RULES {
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
