//! "either ... or": alternatives left open, or alternatives laid out.
//!
//! "The manuscript was made for the duke, either in Regensburg or in
//! Passau" and "the ligand is either disordered or present at low
//! occupancy" say that one of two things is the case and the writer does
//! not know which: a speculation cue (BioScope annotates it so). "Patients
//! received either ketamine or saline" and "participants were either
//! smokers or non-smokers" lay out the arms of a design or the classes of a
//! group: every alternative is real, nothing is in doubt. The difference
//! shows in what stands before "either": a single thing's copula ("is",
//! "was"), a comma before alternatives of place, time, means or cause, or
//! the start of the sentence open the alternatives; a verb of giving, a
//! plural copula or a verb shared out over a group lay them out. An "or" must follow
//! within a few words, or "either" is the determiner ("either side").

use super::Context;
use crate::hedge::lexicon::Match;

/// How far after "either" its "or" may stand, in tokens.
const REACH: usize = 14;

/// Whether "either" at `m` opens alternatives left open.
pub fn keeps(cx: &Context, m: Match) -> bool {
    let i = m.first;
    let prev = i.wrapping_sub(1);
    // After a comma, only alternatives of place, time, means or cause
    // ("made for the duke, either in Regensburg or in Passau", ", either
    // because"); a verb there shares out a group ("every stock, other than
    // Wal-Mart, either lost ground or remained even").
    let adverbial = cx.in_set(i + 1, "adverbial");
    let opens = !cx.sentence.contains(&prev)
        || cx.is_any(prev, &["is", "was", "'s", "be", "been", "remains"])
        || cx.is_any(prev, &[",", ";", ":", "("]) && adverbial;
    opens && (1..=REACH).any(|k| cx.is_any(i + k, &["or"]))
}

#[cfg(test)]
mod tests {
    use crate::hedge::rules::check::{certain, hedge};

    #[test]
    fn alternatives_left_open() {
        hedge(
            "It was made for the duke, either in Regensburg or in Passau.",
            "either",
        );
        hedge("The ligand is either disordered or absent.", "either");
        hedge(
            "Either the sample was contaminated or the assay failed.",
            "either",
        );
    }

    #[test]
    fn alternatives_laid_out() {
        certain("Patients received either ketamine or saline.");
        certain("Participants were either smokers or non-smokers.");
        certain("Trees grow on either side of the road.");
        certain("The ligand is either way a problem.");
        certain("Every stock, other than Wal-Mart, either lost ground or remained even.");
    }
}
