//! Negation: when "not" and "no" take the uncertainty away, and when they
//! add it.
//!
//! Most of this lives in the lexicon as entries of their own, matched
//! longest first: "no doubt", "not in doubt", "without doubt", "there is no
//! question" are boosters; "not certain", "not clear", "cannot rule out",
//! "not necessarily" are hedges. This rule handles what is left, the
//! negations that cancel a hedge:
//!
//! - a negated speculation noun asserts an absence: "there was no
//!   indication of a rebuke", "no sign that", "without any possibility";
//! - "not possible" is impossible, a certainty;
//! - "could not possibly", "cannot possibly" are emphatic denials;
//! - "not doubt", "never doubted" is conviction.
//!
//! Other hedges keep their reading under negation: "does not appear to",
//! "is not likely to" and "may not" are still uncertain.

use super::Context;
use crate::hedge::lexicon::Match;

const NEGATORS: &[&str] = &[
    "no", "not", "n't", "without", "never", "nor", "neither", "cannot",
];

/// Whether the match `m` keeps its hedge reading under the negation around
/// it.
pub fn keeps(cx: &Context, m: Match) -> bool {
    let i = m.first;
    let word = cx.word(i).unwrap_or_default();
    match word {
        "possible" => {
            let no_longer =
                cx.is_any(i.wrapping_sub(1), &["longer"]) && cx.is_any(i.wrapping_sub(2), &["no"]);
            !(cx.is_any(i.wrapping_sub(1), NEGATORS) || no_longer)
        }
        "possibly" | "doubt" | "doubts" | "doubted" => !cx.is_any(i.wrapping_sub(1), NEGATORS),
        _ => {
            // A noun: a negator up to three words before it ("no clear
            // indication", "not any sign"), without punctuation between.
            for k in 1..=3 {
                let Some(w) = cx.before(i, k) else { break };
                if NEGATORS.contains(&w) {
                    return false;
                }
                if !cx.is_word(i - k) {
                    break;
                }
            }
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::hedge::rules::check::{booster, certain, hedge};

    #[test]
    fn doubt() {
        booster("There is no doubt the vote was rigged.", "no doubt");
        booster("His loyalty is not in doubt.", "not in doubt");
        booster(
            "It was, without doubt, the worst storm in years.",
            "without doubt",
        );
        booster(
            "There is little doubt that the plan failed.",
            "little doubt",
        );
        hedge("Doubts remain about the vote.", "doubts");
        hedge("His loyalty is in doubt.", "in doubt");
        certain("I do not doubt his motives.");
    }

    #[test]
    fn certainty_negated_is_a_hedge() {
        hedge("It is not certain that the vote will pass.", "not certain");
        hedge(
            "It is not yet clear how many people will want it.",
            "not yet clear",
        );
        hedge(
            "Officials cannot rule out further attacks.",
            "cannot rule out",
        );
        hedge("Police have not ruled out foul play.", "not ruled out");
        hedge(
            "The data do not exclude a role for other transporters.",
            "not exclude",
        );
        hedge("That is not necessarily true.", "not necessarily");
        booster(
            "There is no question that the plan failed.",
            "there is no question",
        );
    }

    #[test]
    fn negation_cancels_a_hedge() {
        certain("He could not possibly have known.");
        hedge("He could possibly have known.", "possibly");
        certain("There was no indication of a rebuke.");
        hedge("There were indications of a rebuke.", "indications");
        certain("There is no possibility of a deal.");
        hedge("There is a possibility of a deal.", "possibility");
        certain("It is not possible to reach the summit in winter.");
        hedge("A deal is still possible.", "possible");
    }

    #[test]
    fn hedges_that_survive_negation() {
        hedge(
            "Other retailers did not appear to be having the same problems.",
            "appear",
        );
        hedge("The outcome is not likely to change.", "likely");
        hedge("The rule may not apply to small firms.", "may");
    }
}
