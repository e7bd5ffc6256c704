//! Agreeing with an opinion is not agreeing to do something: "Analysts
//! agreed that the economy is weak", "the judge agreed with the defence".
//! An "agree that" clause is a commitment only when it says what the agent
//! itself will do: a pronoun subject, a future modal and an action verb
//! ("the two sides agreed that they would withdraw").

use super::super::frame::{Cand, Ctx};
use super::super::lexicon::{frame as fr, C};
use super::super::PledgeKind;
use super::{committing_clause, Rule};

pub(super) const RULE: Rule = Rule {
    name: "opinion",
    rejects,
};

fn rejects(ctx: &Ctx, c: &Cand) -> bool {
    // "It was agreed that the talks would resume": an impersonal passive
    // (no agent) with a future in its clause reports an arrangement.
    let arranged = c.agent.is_none()
        && (c.action.start..c.action.end.min(c.action.start + 8)).any(|k| ctx.is(k, C::Future));
    c.kind == PledgeKind::Agreement
        && c.frame == fr::THAT
        && !c.noun
        && !arranged
        && !committing_clause(ctx, c.action.start, c.action.end)
}

#[cfg(test)]
mod tests {
    use super::super::check::{kept, rejected};

    #[test]
    fn opinions_are_not_agreements() {
        rejected("Analysts agreed that the economy is weak.", "agreed");
        rejected("It was agreed that the economy is weak.", "agreed");
        rejected(
            "Mr Justice Mann agreed with Apple's defence that the logo was fine.",
            "agreed",
        );
        rejected("I agree.", "agree");
    }

    #[test]
    fn agreements_on_own_actions_are_kept() {
        kept(
            "It was agreed that the talks would resume in Cairo.",
            "agreed",
        );
        kept(
            "The two sides agreed that they would withdraw their troops.",
            "agreed",
        );
    }
}
