//! Questions and open conditions: "Will Putin agree to a ceasefire?",
//! "it is unclear whether Moscow will accept the deal", "if Russia agrees
//! to a truce, sanctions may ease". Nothing has been committed.

use super::super::frame::{Cand, Ctx};
use super::Rule;

pub(super) const RULE: Rule = Rule {
    name: "question",
    rejects,
};

fn rejects(ctx: &Ctx, c: &Cand) -> bool {
    let s = ctx.sent(c.trigger.start);
    // The sentence ends in a question mark (before closing quotes).
    let mut e = s.end;
    while e > s.start && (ctx.quote(e - 1) || ctx.wd(e - 1) == ")") {
        e -= 1;
    }
    if e > s.start && ctx.wd(e - 1) == "?" && !ctx.doc.quoted[c.trigger.start] {
        return true;
    }
    let Some(agent) = &c.agent else { return false };
    agent.start > s.start && matches!(ctx.wd(agent.start - 1), "whether" | "if" | "unless")
}

#[cfg(test)]
mod tests {
    use super::super::check::{kept, rejected};

    #[test]
    fn questions_and_conditions_are_not_pledges() {
        rejected("Will Putin agree to a ceasefire?", "agree");
        rejected(
            "It is unclear whether Moscow will accept the deal.",
            "accept",
        );
        rejected("If Russia agrees to a truce, sanctions may ease.", "agrees");
    }

    #[test]
    fn statements_are_kept() {
        kept("Russia agreed to a truce.", "agreed");
    }
}
