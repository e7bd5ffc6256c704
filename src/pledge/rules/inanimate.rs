//! Things do not commit: "The plane promises increased fuel efficiency",
//! "this threatens the entire global growth story", "the 787 offers 20
//! extra seats". A verb trigger whose agent's head is a thing (a word of the
//! `inanimate` list, or a number such as a model name) is rejected, and so
//! is an object frame ("offered buyouts") with no agent at all.

use super::super::frame::{Cand, Ctx};
use super::super::lexicon::{frame as fr, C};
use super::Rule;
use crate::text::TokenKind;

pub(super) const RULE: Rule = Rule {
    name: "inanimate",
    rejects,
};

fn rejects(ctx: &Ctx, c: &Cand) -> bool {
    if c.noun {
        return false;
    }
    let Some(agent) = &c.agent else {
        // An object frame needs its agent, unless it is a passive whose
        // subject is the object ("The bill was rejected").
        return c.frame == fr::OBJECT && c.addressee.is_none() && c.action.start > c.trigger.start;
    };
    let head = agent.end - 1;
    ctx.is(head, C::Inanimate) || ctx.kind(head) == TokenKind::Number
}

#[cfg(test)]
mod tests {
    use super::super::check::{kept, rejected};

    #[test]
    fn things_do_not_commit() {
        rejected("The plane promises increased fuel efficiency.", "promises");
        rejected(
            "Europe is a partner, and this threatens the entire global growth story.",
            "threatens",
        );
        rejected(
            "Analysts like the extra seats the 787 offers over the A330.",
            "offers",
        );
        rejected(
            "The plan consists in guaranteeing interbank loans.",
            "guaranteeing",
        );
    }

    #[test]
    fn actors_commit() {
        kept("Cisco has promised a compatible release.", "promised");
        kept(
            "Russia threatened sanctions against the bank.",
            "threatened",
        );
    }
}
