//! Commitments that were not made: "Instead of a firm commitment to cease
//! military actions, the Kremlin ...", "without a pledge to withdraw", "no
//! commitment to", "a demand for a pledge", "Rather than recall the devices
//! or offer a fix, ...". The phrase before the trigger (the `not_made` list)
//! says the commitment is absent, wished for or replaced.

use super::super::frame::{Cand, Ctx};
use super::super::lexicon::C;
use super::Rule;

pub(super) const RULE: Rule = Rule {
    name: "not_made",
    rejects,
};

fn rejects(ctx: &Ctx, c: &Cand) -> bool {
    let s = ctx.sent(c.trigger.start);
    if c.noun {
        // The determiner itself ("no commitment"), or the phrase before it.
        let mut k = c.np_start;
        if k < c.trigger.start && ctx.wd(k) == "no" {
            return true;
        }
        while k > s.start && ctx.lower_word(k - 1) && ctx.wd(k - 1).ends_with("ly") {
            k -= 1;
        }
        return k > s.start && ctx.ends(k - 1, s.start, C::NotMade).is_some();
    }
    // "Rather than recall the devices or offer a fix": an opening
    // "rather than" or "instead of" with no comma before the trigger.
    let mut q = s.start;
    while q < c.trigger.start && ctx.quote(q) {
        q += 1;
    }
    let opening =
        matches!(ctx.starts(q, C::NotMade), Some(2)) && matches!(ctx.wd(q), "rather" | "instead");
    opening && !(q..c.trigger.start).any(|k| ctx.wd(k) == ",")
}

#[cfg(test)]
mod tests {
    use super::super::check::{kept, rejected};

    #[test]
    fn absent_commitments_are_not_pledges() {
        rejected("Instead of a firm commitment to cease military actions, the Kremlin debates conditions.", "commitment");
        rejected(
            "Russia gave no commitment to withdraw its troops.",
            "commitment",
        );
        rejected(
            "Talks ended without a pledge from Moscow to withdraw.",
            "pledge",
        );
        rejected(
            "Rather than recall the devices or offer a hardware fix, Apple gave out cases.",
            "offer",
        );
    }

    #[test]
    fn made_commitments_are_kept() {
        kept(
            "Putin gave a firm commitment to cease military actions.",
            "commitment",
        );
        kept(
            "Trump secured a pledge from Putin to halt attacks.",
            "pledge",
        );
    }
}
