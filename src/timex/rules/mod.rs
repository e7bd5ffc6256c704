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

use super::lexicon::{self, flag, num, Mod, Word};
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
// `Word::bit`), and the shapes of numbers (see `lexicon::num`).
const APOSTROPHE: u64 = lexicon::APOSTROPHE_BIT;
const FY: u64 = lexicon::FY_BIT;
const FOLLOW: u64 = lexicon::FOLLOW_BIT;
const MONTH: u64 = 1;
const MONTH_ABBR: u64 = 1 << 1;
const WEEKDAY: u64 = 1 << 2;
const WEEKDAY_ABBR: u64 = 1 << 3;
const WEEKDAYS: u64 = 1 << 4;
const UNIT: u64 = 1 << 5;
const NUMBER_WORD: u64 = 1 << 6;
const VAGUE: u64 = 1 << 7;
const ORDINAL: u64 = 1 << 8;
const SEASON: u64 = 1 << 9;
const CLOCK: u64 = 1 << 11;
const DAY: u64 = 1 << 12;
const REF: u64 = 1 << 13;
const DIR: u64 = 1 << 14;
const EDGE: u64 = 1 << 15;
const APPROX: u64 = 1 << 16;
const HOLIDAY: u64 = 1 << 18;
const PART: u64 = 1 << 10;
const FREQ: u64 = 1 << 19;
const THE: u64 = 1 << 20;
const ARTICLE: u64 = 1 << 24;
const BOUND: u64 = 1 << 25;
const FISCAL: u64 = 1 << 26;
const EVERY: u64 = 1 << 27;
const TIMES: u64 = 1 << 28;
const HALF: u64 = 1 << 29;
const THAT: u64 = 1 << 39;
const MORE: u64 = 1 << 40;
const NEW: u64 = 1 << 41;
const SECOND: u64 = 1 << 42;
const UNITS: u64 = 1 << 43;
const N_SMALL: u64 = num::SMALL;
const N_FOUR: u64 = num::FOUR;
const N_ORD: u64 = num::ORD;
const N_PLURAL: u64 = num::PLURAL;
const N_CLOCK: u64 = num::CLOCK;
const N_OTHER: u64 = num::OTHER;
/// Numbers that can be amounts: not "3rd", "1990s" or "10:30".
const N_AMOUNT: u64 = num::SMALL | num::THREE | num::FOUR | num::OTHER;
const AMOUNT: u64 = N_AMOUNT | NUMBER_WORD | VAGUE | ARTICLE | HALF | REF | APPROX;
/// Any token, for rules that do not start with "the" or "a".
const ANY: u64 = u64::MAX;

/// Every rule by name, with the classes of tokens it can start with; when
/// it starts with "the" or "a", the classes of the token after that; and
/// the classes of which its sentence must hold one ("quarter" or "half"
/// for "the third quarter"); sorted by name. When two rules find expressions of the same length at a
/// token, the first in this list wins.
pub const RULES: &[(&str, u64, u64, u64, Rule)] = &[
    (
        "absolute::century",
        THE | ORDINAL | N_ORD | NUMBER_WORD,
        ORDINAL | N_ORD | NUMBER_WORD,
        UNIT,
        absolute::century,
    ),
    ("absolute::day_alone", THE, N_ORD, ANY, absolute::day_alone),
    (
        "absolute::day_month",
        WEEKDAY | WEEKDAY_ABBR | THE | N_SMALL | N_ORD | ORDINAL | NUMBER_WORD | SECOND,
        N_SMALL | N_ORD | ORDINAL | NUMBER_WORD | SECOND,
        MONTH | MONTH_ABBR,
        absolute::day_month,
    ),
    (
        "absolute::decade",
        THE | APOSTROPHE | N_PLURAL | N_FOUR | N_SMALL,
        APOSTROPHE | N_PLURAL | N_FOUR | N_SMALL,
        ANY,
        absolute::decade,
    ),
    (
        "absolute::holiday",
        HOLIDAY | NEW,
        ANY,
        ANY,
        absolute::holiday,
    ),
    (
        "absolute::month_alone",
        MONTH,
        ANY,
        ANY,
        absolute::month_alone,
    ),
    (
        "absolute::month_day",
        MONTH | MONTH_ABBR | WEEKDAY | WEEKDAY_ABBR,
        ANY,
        ANY,
        absolute::month_day,
    ),
    (
        "absolute::month_year",
        MONTH | MONTH_ABBR,
        ANY,
        ANY,
        absolute::month_year,
    ),
    (
        "absolute::numeric_date",
        N_SMALL | N_FOUR | N_OTHER,
        ANY,
        ANY,
        absolute::numeric_date,
    ),
    (
        "absolute::quarter",
        THE | FISCAL | ORDINAL | N_ORD | N_OTHER | SECOND,
        FISCAL | ORDINAL | N_ORD | N_OTHER | SECOND,
        UNIT | HALF | FISCAL | N_OTHER,
        absolute::quarter,
    ),
    (
        "absolute::season",
        THE | SEASON,
        SEASON,
        ANY,
        absolute::season,
    ),
    ("absolute::weekday", WEEKDAY, ANY, ANY, absolute::weekday),
    (
        "absolute::year",
        N_FOUR | FISCAL | APOSTROPHE | FY,
        ANY,
        ANY,
        absolute::year,
    ),
    (
        "clock::clock_time",
        CLOCK | N_CLOCK | N_SMALL | N_FOUR | N_OTHER | NUMBER_WORD,
        ANY,
        ANY,
        clock::clock_time,
    ),
    (
        "duration::bare_units",
        UNITS | THE,
        UNITS,
        ANY,
        duration::bare_units,
    ),
    (
        "duration::quantity",
        AMOUNT,
        UNIT | SECOND | VAGUE | NUMBER_WORD,
        UNIT | UNITS | SECOND,
        duration::quantity,
    ),
    (
        "relative::deictic_day",
        DAY | THE,
        UNIT,
        DAY,
        relative::deictic_day,
    ),
    (
        "relative::direction",
        THE | DIR,
        DIR,
        ANY,
        relative::direction,
    ),
    (
        "relative::narrative",
        THE | THAT,
        UNIT | FOLLOW,
        UNIT | SECOND,
        relative::narrative,
    ),
    (
        "relative::reference",
        REF | THE | MORE,
        DIR | FOLLOW | REF,
        ANY,
        relative::reference,
    ),
    (
        "relative::trading_part",
        PART,
        ANY,
        ANY,
        relative::trading_part,
    ),
    ("set::every", EVERY, ANY, ANY, set::every),
    ("set::frequency", FREQ, ANY, ANY, set::frequency),
    (
        "set::per_unit",
        ARTICLE | TIMES | N_AMOUNT | NUMBER_WORD,
        UNIT,
        UNIT | SECOND,
        set::per_unit,
    ),
    ("set::weekdays", WEEKDAYS, ANY, ANY, set::weekdays),
];

/// The classes that can start a modifier in front of an expression (see [`prefix`]).
const PREFIX: u64 = THE | BOUND | MORE | APPROX | EDGE;

/// The classes that can start an expression: a token with none of them is
/// passed over without trying any rule.
pub const STARTS: u64 = {
    let mut m = PREFIX;
    let mut k = 0;
    while k < RULES.len() {
        m |= RULES[k].1;
        k += 1;
    }
    m
};

/// The longest expression starting at token `i`, with its modifier.
pub fn at(cx: &Cx, i: usize) -> Option<Hit> {
    if cx.bit(i) & PREFIX != 0 {
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
    }
    core(cx, i)
}

/// For each class bit, the rules (as bits of their index in [`RULES`])
/// that can start with a token of the class, and those that can follow
/// "the" or "a" with one.
const BY_CLASS: [[u32; 2]; 64] = {
    let mut t = [[0u32; 2]; 64];
    let mut r = 0;
    while r < RULES.len() {
        let mut b = 0;
        while b < 64 {
            if RULES[r].1 & (1 << b) != 0 {
                t[b][0] |= 1 << r;
            }
            if RULES[r].2 & (1 << b) != 0 {
                t[b][1] |= 1 << r;
            }
            b += 1;
        }
        r += 1;
    }
    t
};

/// For a word that starts an expression only before certain classes of
/// words, those classes: "the" before a unit, a weekday, an ordinal...
/// ("the company" starts nothing), "that" before a unit ("that year"),
/// "new" before "year", a direction before a unit, a name of a day or month
/// or an amount ("last week", "this Friday", "the past five years"), a
/// bound before an amount or a year ("about two years", "around 2010").
/// Other classes may be followed by anything.
const NEXT: [u64; 64] = {
    let mut f = [ANY; 64];
    let mut the = EDGE;
    let mut article = 0;
    let mut r = 0;
    while r < RULES.len() {
        if RULES[r].1 & THE != 0 {
            the |= RULES[r].2;
        }
        if RULES[r].1 & ARTICLE != 0 {
            article |= RULES[r].2;
        }
        r += 1;
    }
    let amount = num::ANY | NUMBER_WORD | VAGUE | ARTICLE | HALF;
    f[THE.trailing_zeros() as usize] = the;
    f[ARTICLE.trailing_zeros() as usize] = article;
    f[THAT.trailing_zeros() as usize] = UNIT | SECOND;
    f[NEW.trailing_zeros() as usize] = UNIT;
    f[DIR.trailing_zeros() as usize] =
        UNIT | UNITS | SECOND | WEEKDAY | MONTH | SEASON | HOLIDAY | PART | DIR | amount;
    f[APPROX.trailing_zeros() as usize] = amount | UNIT | UNITS | SECOND;
    f
};

/// The classes that start an expression only before certain others (see `NEXT`).
pub const WEAK: u64 = THE | ARTICLE | THAT | NEW | DIR | APPROX;

/// Whether a token of class `bit` followed by one of class `next` can start
/// an expression (see `NEXT`).
#[inline]
pub fn follows(bit: u64, next: u64) -> bool {
    let f = NEXT[(bit.trailing_zeros() & 63) as usize];
    f == ANY || f & next != 0
}

/// The rules (as bits of their index in [`RULES`]) that can find something
/// in a sentence whose tokens have the classes `present`.
pub fn possible(present: u64) -> u32 {
    let mut rules = 0;
    for (k, r) in RULES.iter().enumerate() {
        if r.3 & present != 0 {
            rules |= 1 << k;
        }
    }
    rules
}

/// The longest hit of any rule at token `i`.
fn core(cx: &Cx, i: usize) -> Option<Hit> {
    // Each token has one class bit; a token with none starts nothing.
    let bit = cx.bit(i);
    if bit == 0 {
        return None;
    }
    let mut rules = BY_CLASS[bit.trailing_zeros() as usize][0] & cx.rules.get();
    // After "the" or "a", the next token must fit too: most ("the company",
    // "a deal") try no rule at all.
    if bit & (THE | ARTICLE) != 0 {
        let next = cx.bit(i + 1);
        rules &= if next == 0 {
            0
        } else {
            BY_CLASS[next.trailing_zeros() as usize][1]
        };
    }
    let mut best: Option<Hit> = None;
    while rules != 0 {
        let (name, _, _, _, rule) = RULES[rules.trailing_zeros() as usize];
        rules &= rules - 1;
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
    match cx.word(i)? {
        // Only "the end of", "the early 1990s".
        Word::Signal(0) if !matches!(cx.word(i + 1), Some(Word::Edge(_))) => return None,
        Word::Signal(0 | 2 | 10) | Word::Approx(_) | Word::Edge(_) => {}
        _ => return None,
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
                // "for over two hours" is a bound; "$2 billion over five
                // years" and "20% over three years" a preposition.
                let after_amount = i.checked_sub(1).is_some_and(|p| {
                    cx.doc.tokens[p].kind == crate::text::TokenKind::Number
                        || cx.flag_back(Some(p), flag::RATE)
                });
                if matches!(w, "over" | "under") && after_amount {
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
