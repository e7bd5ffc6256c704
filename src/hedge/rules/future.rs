//! The plain future is never a hedge.
//!
//! "will", "shall", "'ll", "would" (the future in the past of reported
//! speech), "is going to", and the scheduled futures "is set to", "is due
//! to", "is scheduled to", "plans to" state what is to happen; CoNLL-2010
//! does not count them as uncertainty, and news is full of them, so a tool
//! that flags "will" flags half of all news sentences. No lexicon entry may
//! start with one of these words (a test below checks the data), and a
//! hedge next to them is found on its own ("will likely" is the cue
//! "likely").

/// Words that mark the plain future; no entry starts with one.
pub const FUTURE: &[&str] = &[
    "will",
    "shall",
    "'ll",
    "wo",
    "would",
    "'d",
    "going",
    "set",
    "due",
    "scheduled",
    "plans",
];

#[cfg(test)]
mod tests {
    use super::FUTURE;
    use crate::hedge::lexicon::LEXICON;
    use crate::hedge::rules::check::{certain, hedge};

    #[test]
    fn no_entry_starts_with_a_future_marker() {
        for w in FUTURE {
            assert!(!LEXICON.starts_entry(w), "{w:?} starts a lexicon entry");
        }
    }

    #[test]
    fn the_future_is_not_a_hedge() {
        certain("The plant will close next year.");
        certain("She'll speak at noon.");
        certain("He said the plant would close in May.");
        certain("The company is going to cut 500 jobs.");
        certain("The trial is set to begin on Wednesday.");
        certain("Deliveries are due to start in October.");
        certain("Akerson plans to stand down on January 15.");
        hedge("The plant will likely close next year.", "likely");
        hedge("The plant will probably close next year.", "probably");
    }
}
