//! Warnings that are not threats: "Airbus has warned there could be
//! additional charges", "Trichet warned that talk of a recovery might be
//! premature". A "warn that" clause is a threat only when it says what the
//! agent itself will do: "Iran warned that it would close the strait".

use super::super::frame::{Cand, Ctx};
use super::super::PledgeKind;
use super::{committing_clause, Rule};

pub(super) const RULE: Rule = Rule {
    name: "warning",
    rejects,
};

fn rejects(ctx: &Ctx, c: &Cand) -> bool {
    c.kind == PledgeKind::Threat
        && ctx.wd(c.trigger.start).starts_with("warn")
        && !committing_clause(ctx, c.action.start, c.action.end)
}

#[cfg(test)]
mod tests {
    use super::super::check::{kept, rejected};

    #[test]
    fn warnings_of_facts_are_not_threats() {
        rejected(
            "Airbus has warned there could be additional charges to come.",
            "warned",
        );
        rejected(
            "Trichet warned that talk of a recovery might be premature.",
            "warned",
        );
        rejected("GM warned that the amount could rise.", "warned");
    }

    #[test]
    fn warnings_of_own_acts_are_threats() {
        kept("Iran warned that it would close the strait.", "warned");
    }
}
