//! What is not a pledge: rules that reject a candidate frame.
//!
//! A trigger word and a complement are not enough: "urged Putin to commit"
//! reports a demand, "analysts expect Russia to agree" a prediction,
//! "commitment to democracy" a value. Each rule lives in its own file,
//! named after it, with a description and its must-match and
//! must-not-match tests. They are registered in one sorted list, [`RULES`].

mod demand;
mod forecast;
mod inanimate;
mod no_comment;
mod not_made;
mod opinion;
mod prediction;
mod question;
mod value;
mod warning;

use super::frame::{Cand, Ctx};

/// A rule: its name and whether it rejects a candidate.
pub(crate) struct Rule {
    pub name: &'static str,
    pub rejects: fn(&Ctx, &Cand) -> bool,
}

/// Every rule, sorted by name.
pub(crate) const RULES: &[Rule] = &[
    demand::RULE,
    forecast::RULE,
    inanimate::RULE,
    no_comment::RULE,
    not_made::RULE,
    opinion::RULE,
    prediction::RULE,
    question::RULE,
    value::RULE,
    warning::RULE,
];

/// The name of the first rule that rejects `c`, if any.
#[inline(never)]
pub(crate) fn rejected_by(ctx: &Ctx, c: &Cand) -> Option<&'static str> {
    RULES.iter().find(|r| (r.rejects)(ctx, c)).map(|r| r.name)
}

/// Whether the clause starting at token `q` (before `end`) reads as the
/// actor's own commitment: a pronoun or name subject, a future modal and a
/// verb that is not "be" or "have" ("they would withdraw", "it will
/// retaliate"). Shared by [`opinion`] and [`warning`].
#[inline(never)]
fn committing_clause(ctx: &Ctx, q: usize, end: usize) -> bool {
    use super::lexicon::C;
    let mut k = q;
    if k < end && ctx.wd(k) == "that" {
        k += 1;
    }
    if k >= end || !ctx.is(k, C::Subj) || matches!(ctx.wd(k), "i" | "you") {
        return false;
    }
    k += 1;
    if k >= end || !ctx.is(k, C::Future) {
        return false;
    }
    k += 1;
    while k < end && matches!(ctx.wd(k), "not" | "n't" | "also" | "never") {
        k += 1;
    }
    k < end && ctx.lower_word(k) && !ctx.is(k, C::Inert) && !ctx.is(k, C::Aux)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_are_sorted_and_unique() {
        let names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(names, sorted);
    }
}

/// Helpers for the rule tests: one line per check.
#[cfg(test)]
pub(crate) mod check {
    /// The trigger words of the facts found in `text`.
    pub fn triggers(text: &str) -> Vec<String> {
        crate::pledge::testing::analyze_text(text)
            .into_iter()
            .map(|p| p.trigger.text)
            .collect()
    }

    /// `text` yields a fact triggered by `trigger`.
    pub fn kept(text: &str, trigger: &str) {
        assert!(
            triggers(text).iter().any(|t| t == trigger),
            "expected a fact on {trigger:?} in {text:?}, got {:?}",
            triggers(text)
        );
    }

    /// `text` yields no fact triggered by `trigger`.
    pub fn rejected(text: &str, trigger: &str) {
        assert!(
            !triggers(text).iter().any(|t| t == trigger),
            "expected no fact on {trigger:?} in {text:?}"
        );
    }
}
