//! The names that the pledge data files use for their classes, kinds and
//! frames, in the order of the numbers they stand for. One copy for the
//! lexicon's parser (test builds) and for `build.rs`, which includes this
//! file to compile the data files: the two cannot disagree on a number.

// The crate reads the names only in its parser, which test builds have.
#![cfg_attr(not(test), allow(dead_code))]

/// Section names of `words.txt`, one per class (`lexicon::C`), in order.
pub const CLASS_NAMES: &str = "aux modal obligation future neg det poss subj obj prep bound report \
    directive predict hedge future_aux aspect support receive exchange condition firmness not_made \
    inert deal benefit force event value inanimate people actor title person_role org_role org \
    calendar period be time_prep quote adverb break intro quantifier reflexive told name_link money \
    ready fail stop not_time deny us speech speech_object transfer cessation state deadline anonymous";

/// The kinds of `triggers.txt`, in the order of `lexicon::KINDS`.
pub const KIND_NAMES: [&str; 6] = [
    "pledge",
    "agreement",
    "offer",
    "threat",
    "intent",
    "refusal",
];

/// The frame letters of `triggers.txt`, in the bit order of
/// `lexicon::frame`.
pub const FRAME_LETTERS: &str = "ipotdgfrns";
