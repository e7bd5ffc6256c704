//! Conditionals: what their result clause says, and "if true".
//!
//! A conditional is not itself a hedge cue under CoNLL-2010: "if the talks
//! fail, the war will continue" asserts a dependency, and "if" meaning
//! whether is handled by the `whether` rule. Two readings change, though:
//!
//! - in the result clause of an unreal conditional ("if I were taller, I
//!   could reach the shelf", "had he trained, he could have won") "could"
//!   is a counterfactual ability, not a possibility, so it is not a cue;
//!   "might" keeps its hedge reading there, and a real conditional ("if the
//!   talks fail, the war could escalate") keeps "could" as a hedge;
//! - a condition on a report's truth, "if true", "if confirmed", is a hedge
//!   cue of its own (an entry in `speculation.txt`).

use super::Context;
use crate::hedge::lexicon::Match;

/// How far back the rule looks for the `if` of the clause, in tokens.
const WINDOW: usize = 30;

/// Whether "could" at the start of `m` keeps its hedge reading: not in the
/// result clause of an unreal conditional.
pub fn keeps(cx: &Context, m: Match) -> bool {
    !in_unreal_result(cx, m.first)
}

/// Whether token `i` follows an unreal condition of its sentence: "if" with
/// "had", "were" or "'d" before the next comma, or an inverted "Had he",
/// "Were it" opening the sentence.
fn in_unreal_result(cx: &Context, i: usize) -> bool {
    let start = cx.sentence.start.max(i.saturating_sub(WINDOW));
    let first_word = (cx.sentence.start..i).find(|&j| cx.is_word(j));
    if let Some(f) = first_word {
        if cx.is_any(f, &["had", "were"]) && f + 1 < i && !cx.is_any(f + 1, &["to"]) {
            return true;
        }
    }
    let Some(at) = (start..i).rev().find(|&j| cx.is_any(j, &["if"])) else {
        return false;
    };
    (at + 1..i)
        .take_while(|&j| !cx.is_any(j, &[","]))
        .any(|j| cx.is_any(j, &["had", "were", "'d"]))
}

#[cfg(test)]
mod tests {
    use crate::hedge::rules::check::{certain, hedge};

    #[test]
    fn real_conditionals_keep_their_hedges() {
        hedge("If the talks fail, the war could escalate.", "could");
        hedge("If prices rise, demand might fall.", "might");
        certain("If the talks fail, the war will continue.");
        certain("If he comes, we will leave.");
    }

    #[test]
    fn unreal_conditionals_make_could_counterfactual() {
        certain("If I were taller, I could reach the shelf.");
        certain("If he had trained harder, he could have won the race.");
        certain("Had he trained harder, he could have won the race.");
        hedge(
            "If he had trained harder, he might have won the race.",
            "might",
        );
    }

    #[test]
    fn conditions_on_truth_are_hedges() {
        hedge("The report, if true, would end his career.", "if true");
        hedge(
            "If confirmed, it would be the largest find in decades.",
            "if confirmed",
        );
    }
}
