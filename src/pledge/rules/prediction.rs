//! Predictions and denials by others: "analysts expect Russia to agree",
//! "officials believe that Moscow will commit troops", "the Kremlin denied
//! that Putin had agreed". A prediction or denial verb before the agent makes
//! the commitment someone else's forecast or a claim denied. (The agent's own
//! hedged report, "Russia is expected to agree", is kept, with `hedged`.)

use super::super::frame::{Cand, Ctx};
use super::super::lexicon::C;
use super::Rule;

pub(super) const RULE: Rule = Rule {
    name: "prediction",
    rejects,
};

fn rejects(ctx: &Ctx, c: &Cand) -> bool {
    let Some(agent) = &c.agent else { return false };
    if c.noun {
        return false;
    }
    let mut k = agent.start;
    if k > 0 && ctx.wd(k - 1) == "that" {
        k -= 1;
    }
    k > 0 && (ctx.is(k - 1, C::Predict) || ctx.is(k - 1, C::Deny))
}

#[cfg(test)]
mod tests {
    use super::super::check::{kept, rejected};

    #[test]
    fn predictions_are_not_pledges() {
        rejected("Analysts expect Russia to agree to a truce.", "agree");
        rejected(
            "Officials believe that Moscow will commit troops.",
            "commit",
        );
        rejected("Few think Kyiv would accept the proposal.", "accept");
        rejected(
            "The Kremlin denied that Putin had agreed to any concessions.",
            "agreed",
        );
    }

    #[test]
    fn hedged_reports_are_kept() {
        kept("Russia is expected to agree to a truce.", "agree");
    }
}
