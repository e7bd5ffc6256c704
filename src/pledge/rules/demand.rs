//! Demands, requests and wishes: "Trump urged Putin to commit to a
//! ceasefire", "Putin must agree", "Republicans insisted that the union agree
//! to cuts", "Kyiv wants to sign". The commitment is asked of someone, not
//! made by them.
//!
//! An infinitive "to" before the trigger that hangs on any word other than a
//! hedge ("is expected to"), a future ("is set to") or an aspect verb
//! ("began to", "voted to") marks a demand, a wish or a purpose; so do an
//! obligation modal and a directive verb before the agent.

use super::super::frame::{Cand, Ctx, Governor};
use super::super::lexicon::C;
use super::Rule;

pub(super) const RULE: Rule = Rule {
    name: "demand",
    rejects,
};

fn rejects(ctx: &Ctx, c: &Cand) -> bool {
    if matches!(c.governor, Governor::Other(_)) {
        return true;
    }
    if c.modal.is_some_and(|m| ctx.is(m, C::Obligation)) {
        return true;
    }
    // "insisted that the union agree", "demanded Russia withdraw".
    let Some(agent) = &c.agent else { return false };
    let mut k = agent.start;
    if k > 0 && ctx.wd(k - 1) == "that" {
        k -= 1;
    }
    k > 0 && ctx.is(k - 1, C::Directive) && !c.noun
}

#[cfg(test)]
mod tests {
    use super::super::check::{kept, rejected};

    #[test]
    fn demands_are_not_pledges() {
        rejected("Trump urged Putin to commit to a ceasefire.", "commit");
        rejected("Putin was urged to agree to a truce.", "agree");
        rejected("Kyiv wants to sign on to the deal.", "sign on to");
        rejected("Russia must agree to a ceasefire.", "agree");
        rejected(
            "Republican leaders insisted that the union agree to wage cuts.",
            "agree",
        );
        rejected("The pressure on Moscow to agree to talks grew.", "agree");
    }

    #[test]
    fn commitments_are_kept() {
        kept("Putin agreed to a ceasefire.", "agreed");
        kept("The union voted to reject the proposal.", "reject");
    }
}
