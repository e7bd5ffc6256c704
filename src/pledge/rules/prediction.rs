//! Predictions and denials by others: "analysts expect Russia to agree",
//! "officials believe that Moscow will commit troops", "the Kremlin denied
//! that Putin had agreed". A prediction or denial verb before the agent makes
//! the commitment someone else's forecast or a claim denied; so does a
//! report by onlookers of a hedged or future commitment ("analysts said
//! Tehran was unlikely to agree"). (The agent's own
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
    if k > 0 && (ctx.is(k - 1, C::Predict) || ctx.is(k - 1, C::Deny)) {
        return true;
    }
    // "Analysts said Tehran was unlikely to agree", "observers said Russia
    // would accept": onlookers (the `people` class) reporting a hedged or
    // future commitment forecast it; "officials said Russia agreed" reports
    // one made.
    let forecast = c.hedged || c.modal.is_some_and(|m| ctx.is(m, C::Future));
    if !forecast || k < 2 || !ctx.is(k - 1, C::Report) {
        return false;
    }
    let mut v = k - 1;
    while v > 0 && (ctx.is(v - 1, C::Aux) || ctx.is(v - 1, C::Adverb)) {
        v -= 1;
    }
    v > 0 && ctx.is(v - 1, C::People)
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
        rejected(
            "Analysts said Tehran was unlikely to agree to any deal.",
            "agree",
        );
        rejected("Observers said Russia would accept the proposal.", "accept");
    }

    #[test]
    fn hedged_reports_are_kept() {
        kept("Russia is expected to agree to a truce.", "agree");
        kept("Officials said Russia agreed to a truce.", "agreed");
        kept(
            "The Kremlin said Tehran was unlikely to agree to any deal.",
            "agree",
        );
    }
}
