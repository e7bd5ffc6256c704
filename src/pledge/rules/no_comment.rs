//! Declining to speak is not a commitment refused: "declined to comment",
//! "refused to give details", "would not be named". News reports these
//! in nearly every article about a company or a government; as facts they
//! would bury the refusals a reader cares about ("refused to halt
//! enrichment"). A refusal whose action is a verb of saying or disclosing
//! (the `speech` list), or such a verb with an object from the
//! `speech_object` list ("give details"), is dropped.

use super::super::frame::{Cand, Ctx};
use super::super::lexicon::C;
use super::Rule;
use crate::pledge::PledgeKind;

pub(super) const RULE: Rule = Rule {
    name: "no_comment",
    rejects,
};

fn rejects(ctx: &Ctx, c: &Cand) -> bool {
    if c.kind != PledgeKind::Refusal || c.action.is_empty() {
        return false;
    }
    let mut k = c.action.start;
    // "to be named", "to be interviewed".
    if ctx.wd(k) == "be" && k + 1 < c.action.end {
        k += 1;
    }
    if !ctx.is(k, C::Speech) {
        return false;
    }
    // A bare verb of saying ("comment", "elaborate") or one with a speech
    // object within three words ("give further details"); "give up
    // enrichment" and "offer a ceasefire" are real refusals.
    let bare = !matches!(ctx.wd(k), "give" | "provide" | "release" | "offer");
    bare || (k + 1..c.action.end.min(k + 4)).any(|j| ctx.is(j, C::SpeechObject))
}

#[cfg(test)]
mod tests {
    use super::super::check::{kept, rejected};

    #[test]
    fn declining_to_speak_is_not_a_fact() {
        rejected(
            "A spokesman for the company declined to comment.",
            "declined",
        );
        rejected("Boeing refused to comment on the report.", "refused");
        rejected("The minister declined to give further details.", "declined");
        rejected(
            "The official, who refused to be named, said talks would go on.",
            "refused",
        );
        rejected("The company declined to elaborate.", "declined");
    }

    #[test]
    fn refusing_to_act_is_kept() {
        kept("Iran refused to halt enrichment.", "refused");
        kept("The union declined to give up its claim.", "declined");
        kept("Moscow refused to offer a ceasefire.", "refused");
        kept(
            "The board declined to confirm the merger, and refused to sign it.",
            "refused",
        );
    }
}
