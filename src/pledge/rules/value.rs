//! Values are not commitments to act: "its commitment to democracy",
//! "our commitment to the US defence customer", "committed to peace". A
//! "commit"/"commitment" + "to" + noun phrase is a pledge only when the
//! phrase names an act: an event noun ("ceasefire", "withdrawal", "cuts"),
//! a deverbal noun ("cessation", "reduction"), an amount or a duration
//! ("a 30-day cessation of attacks").

use super::super::frame::{Cand, Ctx};
use super::super::lexicon::{frame as fr, C};
use super::Rule;
use crate::text::TokenKind;

pub(super) const RULE: Rule = Rule {
    name: "value",
    rejects,
};

fn rejects(ctx: &Ctx, c: &Cand) -> bool {
    if c.frame != fr::TO_NP || !ctx.wd(c.trigger.start).starts_with("commit") {
        return false;
    }
    let r = c.action.start..c.action.end.min(c.action.start + 6);
    let act = r.clone().any(|k| {
        let w = ctx.wd(k);
        ctx.kind(k) == TokenKind::Number
            || ctx.timex(k).is_some()
            || matches!(w, "$" | "€" | "£")
            || ctx.is(k, C::Event)
            || ctx.lower_word(k)
                && !ctx.is(k, C::Value)
                && ["tion", "sion", "ment", "ance", "ure", "ing"]
                    .iter()
                    .any(|s| w.len() > s.len() + 3 && w.ends_with(s))
    });
    !act
}

#[cfg(test)]
mod tests {
    use super::super::check::{kept, rejected};

    #[test]
    fn values_are_not_pledges() {
        rejected("Their commitment to democracy is strong.", "commitment");
        rejected(
            "It shows our commitment to the US defence customer.",
            "commitment",
        );
        rejected("The party is committed to peace.", "committed");
        rejected(
            "Leaders reaffirmed their commitment to education.",
            "commitment",
        );
    }

    #[test]
    fn acts_are_kept() {
        kept(
            "Putin's commitment to a 30-day cessation of attacks was welcomed.",
            "commitment",
        );
        kept(
            "Moscow's commitment to a ceasefire was welcomed.",
            "commitment",
        );
        kept("Ford is committed to investing in the plant.", "committed");
    }
}
