//! Forecasts: a future "will" on a commitment verb that the actor does not
//! announce itself ("Russia will agree to talks next week, analysts say") is
//! a prediction of a commitment, not one. Kept: a refusal ("Russia will not
//! commit troops"), an announced offer ("Chrysler will offer buyouts"), and
//! a future the actor reports for itself ("Putin said he would agree").

use super::super::frame::{self, Cand, Ctx, Governor};
use super::super::lexicon::{frame as fr, C};
use super::super::PledgeKind;
use super::Rule;

pub(super) const RULE: Rule = Rule {
    name: "forecast",
    rejects,
};

fn rejects(ctx: &Ctx, c: &Cand) -> bool {
    if c.frame == fr::REPORTED || c.negated || c.kind == PledgeKind::Offer {
        return false;
    }
    if c.governor == Governor::Future {
        return true;
    }
    let Some(m) = c.modal else { return false };
    if !ctx.is(m, C::Future) {
        return false;
    }
    // "would" in a reported announcement: "Putin said he would agree".
    let s = ctx.sent(m);
    frame::self_report(ctx, m, s.start).is_none()
}

#[cfg(test)]
mod tests {
    use super::super::check::{kept, rejected};

    #[test]
    fn forecasts_are_not_pledges() {
        rejected(
            "Russia will agree to talks next week, analysts say.",
            "agree",
        );
        rejected("Moscow is set to sign an agreement.", "agreement");
        rejected("Prices will rise next year.", "will");
        rejected("Analysts said it will rain.", "will");
    }

    #[test]
    fn announced_futures_are_kept() {
        kept("Putin said he would agree to a ceasefire.", "agree");
        kept("Russia will not commit troops to the mission.", "commit");
        kept("Chrysler will offer a $25,000 voucher to workers.", "offer");
    }
}
