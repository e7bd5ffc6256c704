//! The names that the temporal word list (`words.txt`) uses for its
//! classes, arguments and flags, in the order of the numbers they stand
//! for. One copy for the list's parser (test builds) and for `build.rs`,
//! which includes this file to compile the list: the two cannot disagree on
//! a number.

// The crate reads the names only in its parser, which test builds have.
#![cfg_attr(not(test), allow(dead_code))]

/// The classes of `words.txt`, in the order `lexicon::make` reads them.
pub const CLASSES: [&str; 26] = [
    "month",
    "month-abbr",
    "weekday",
    "weekday-abbr",
    "weekdays",
    "unit",
    "units",
    "number",
    "vague",
    "ordinal",
    "season",
    "part",
    "clock",
    "day",
    "ref",
    "dir",
    "edge",
    "approx",
    "zone",
    "meridiem",
    "holiday",
    "freq",
    "past",
    "future",
    "signal",
    "present",
];

/// Named arguments; the first thirteen are the units, in `lexicon::UNITS`
/// order. A named argument is coded as [`NAMED`] plus its index here.
pub const NAMES: [&str; 27] = [
    "second",
    "minute",
    "hour",
    "day",
    "weekend",
    "week",
    "fortnight",
    "month",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
    "night",
    "past",
    "present",
    "future",
    "start",
    "mid",
    "end",
    "approx",
    "more",
    "less",
    "utc",
    "local",
    "am",
    "pm",
];

/// The code of the first named argument ([`NAMES`]).
pub const NAMED: i32 = 10_000;

/// The names of the flags of `lexicon::flag`, in bit order.
pub const FLAGS: [&str; 18] = [
    "date",
    "qty-before",
    "qty-after",
    "function",
    "named-day",
    "between",
    "article-before",
    "article-after",
    "annual-amount",
    "rate",
    "not-past",
    "cause",
    "clock",
    "speed",
    "to-future",
    "defer",
    "year-noun",
    "commit",
];
