//! Pledges: reported commitments ("Putin agreed to pause attacks for 30
//! days", "Trump secured a temporary pledge from Putin", "the US did not
//! acquiesce to these terms"), with who committed, to whom, to what, for how
//! long, on what condition, and how firmly it is reported.
//!
//! The analysis runs in four steps over the shared tokens:
//!
//! 1. **Triggers**: each token is looked up in the trigger lexicon
//!    ([`triggers.txt`](triggers.txt)): verbs ("agreed", "vowed",
//!    "refused"), nouns ("pledge", "commitment") and the modal of a reported
//!    future ("GM said it will ...").
//! 2. **Frames** (`frame.rs`): a trigger becomes a candidate when a
//!    complement of the kind its entry allows follows it ("to" + verb, a
//!    that-clause, an object of the right class); the verb group before it
//!    gives negation, modality and hedges; the noun phrase before it (or a
//!    possessive, "from X", a support verb's subject) gives the agent.
//! 3. **Rules** (`rules/`): what is not a pledge (demands, predictions,
//!    values, opinions, questions, forecasts, things that "promise").
//! 4. **Who is who** (`actors.rs`): agents and addressees get the canonical
//!    name the article gives them; reports of the same commitment by the same
//!    actor are linked by `same_as`.
//!
//! Every scan is bounded by a fixed window around its trigger, and the
//! name index is built once per document, so the cost is linear in the
//! length of the text.

mod actors;
mod frame;
mod lexicon;
mod rules;

use crate::hedge::HedgeAnalysis;
use crate::result::{Arg, TextSpan};
use crate::span::{Remap, Span};
use crate::text::Document;
use crate::timex::Timex;
use frame::{Cand, Ctx};
use lexicon::C;
use serde::Serialize;
use std::ops::Range;

/// The kind of a reported commitment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PledgeKind {
    /// A promise, vow or commitment.
    Pledge,
    /// Agreeing to do something.
    Agreement,
    /// Offering to do something.
    Offer,
    /// Threatening to do something.
    Threat,
    /// An actor's own announced plan.
    Intent,
    /// Refusing or declining to do something.
    Refusal,
}

/// What the action of a commitment is written as, so that it can be read
/// back in a sentence: "to pause strikes" (`act`), "to a truce" (`thing`),
/// "that aid would come" (`clause`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ActionForm {
    /// A verb phrase: "pause strikes", "sending troops".
    Act,
    /// A noun phrase: "a truce", "fresh support for Moscow", "50 billion euros".
    Thing,
    /// A clause: "that aid would come", "rebels will disarm".
    Clause,
}

impl ActionForm {
    /// The form of a frame's action.
    fn of(frame: u16) -> ActionForm {
        use lexicon::frame::*;
        match frame {
            TO_VERB | GERUND | REPORTED => ActionForm::Act,
            THAT => ActionForm::Clause,
            _ => ActionForm::Thing,
        }
    }
}

/// One reported commitment.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Pledge {
    /// Start offset of the whole frame.
    pub start: usize,
    /// End offset of the whole frame (exclusive).
    pub end: usize,
    /// Index of its sentence.
    pub sentence: usize,
    /// What kind of commitment it is.
    pub kind: PledgeKind,
    /// The word or words that express the commitment.
    pub trigger: TextSpan,
    /// Who commits; `canonical` is the fullest name the article gives.
    pub agent: Option<Arg>,
    /// To whom.
    pub addressee: Option<Arg>,
    /// What is committed to.
    pub action: Arg,
    /// What the action is written as.
    pub action_form: ActionForm,
    /// For how long, or by when; `canonical` holds the TIMEX3 value.
    pub time: Option<Arg>,
    /// On what condition.
    pub condition: Option<Arg>,
    /// Whether the commitment is denied or refused.
    pub negated: bool,
    /// Whether the report of it is hedged ("reportedly agreed").
    pub hedged: bool,
    /// A word that qualifies how firm the commitment is ("temporary",
    /// "tentatively", "in principle", "binding"); `canonical` is its class.
    pub firmness: Option<Arg>,
    /// Index of an earlier pledge that reports the same commitment: same
    /// canonical agent, same kind, an action with a word in common.
    pub same_as: Option<usize>,
}

impl Remap for Pledge {
    fn remap(&mut self, f: &dyn Fn(usize) -> usize) {
        self.start = f(self.start);
        self.end = f(self.end);
        self.trigger.remap(f);
        self.agent.remap(f);
        self.addressee.remap(f);
        self.action.remap(f);
        self.time.remap(f);
        self.condition.remap(f);
        self.firmness.remap(f);
    }
}

/// Finds the reported commitments of `doc`. `hedging` gives the hedge cues
/// (for `hedged`), `timexes` the temporal expressions (for `time`).
pub fn analyze(doc: &Document, hedging: &HedgeAnalysis, timexes: &[Timex]) -> Vec<Pledge> {
    let lexicon = lexicon::trigger_lexicon();
    let mut hits: Vec<usize> = Vec::new();
    for i in 0..doc.tokens.len() {
        if lexicon.at(doc, i).next().is_some() {
            hits.push(i);
        }
    }
    if hits.is_empty() {
        return Vec::new();
    }
    let ctx = Ctx::new(doc, timexes, &hedging.summary.cues);
    let mut cands: Vec<Cand> = Vec::new();
    for &i in &hits {
        for t in lexicon.at(doc, i) {
            let Some(mut c) = frame::build(&ctx, i, t) else {
                continue;
            };
            if rules::rejected_by(&ctx, &c).is_some() {
                continue;
            }
            // "has not ruled out sending troops", "did not reject the plan":
            // a refusal denied keeps the option open; it is no commitment.
            if t.kind == PledgeKind::Refusal && c.negated && c.frame != lexicon::frame::REPORTED {
                continue;
            }
            polarity_and_hedging(&ctx, &mut c);
            cands.push(c);
            break;
        }
    }
    drop_nested(&mut cands);
    if cands.is_empty() {
        return Vec::new();
    }
    let mut needed = vec![false; doc.sentences.len()];
    for c in &cands {
        needed[c.sentence.saturating_sub(actors::LOOKBACK)..=c.sentence].fill(true);
    }
    let actors = actors::Actors::new(&ctx, &needed);
    let mut out: Vec<Pledge> = Vec::with_capacity(cands.len());
    for c in &cands {
        let agent_canon = c.agent.as_ref().and_then(|a| actors.resolve(&ctx, a));
        let mut addressee = c.addressee.clone();
        let mut addressee_canon = addressee.as_ref().and_then(|a| actors.resolve(&ctx, a));
        if addressee.is_none() {
            if let Some((r, canon)) = exchange_partner(&ctx, &actors, c, agent_canon.as_deref()) {
                addressee = Some(r);
                addressee_canon = canon;
            }
        }
        out.push(to_pledge(
            &ctx,
            c,
            agent_canon.clone(),
            addressee,
            addressee_canon,
        ));
    }
    link_reports(&ctx, &cands, &mut out);
    out
}

/// Sets `negated` and the refusal kind, and `hedged` from the hedge cues in
/// the clause before the trigger.
#[inline(never)]
fn polarity_and_hedging(ctx: &Ctx, c: &mut Cand) {
    if c.kind == PledgeKind::Refusal {
        c.negated = true;
    } else if c.negated {
        c.kind = PledgeKind::Refusal;
    }
    if c.modal.is_some_and(|m| {
        ctx.is(m, C::Modal)
            && !ctx.is(m, C::Future)
            && !ctx.is(m, C::Obligation)
            && ctx.wd(m) != "can"
    }) {
        c.hedged = true;
    }
    if c.hedged {
        return;
    }
    if anonymous_source(ctx, c) {
        c.hedged = true;
        return;
    }
    // "It was agreed that ...": a cue that takes in the trigger itself is
    // the report's own wording, not a hedge on it.
    if ctx.hedge(c.trigger.start) {
        return;
    }
    // Cues from the start of the clause to the trigger: "Reports suggest
    // that Putin agreed", "Putin reportedly agreed"; the clause starts after
    // a contrast or subordinator ("Prices may rise, but Putin agreed").
    let s = ctx.sent(c.trigger.start);
    let floor = s.start.max(c.trigger.start.saturating_sub(frame::WINDOW));
    let quoted = ctx.doc.quoted[c.trigger.start];
    // "It has been reported that ...": impersonal hedge frame.
    let impersonal = |k: usize| {
        let mut j = k;
        while j > floor && (ctx.is(j - 1, C::Aux) || ctx.be(j - 1)) {
            j -= 1;
        }
        ctx.is(k, C::Hedge) && j < k && j > s.start.max(floor) && ctx.wd(j - 1) == "it"
    };
    // A hedge that opens the sentence and governs a that-clause scopes over
    // all of it: "Reports suggest that ...", "It has been reported that ...".
    let opening = s.start..c.trigger.start.min(s.start + 6);
    for k in opening {
        let cue = ctx.hedge(k) && !ctx.is(k, C::Modal) || impersonal(k);
        if cue && (k + 1..(k + 4).min(c.trigger.start)).any(|j| ctx.wd(j) == "that") {
            c.hedged = true;
            return;
        }
    }
    let mut k = c.trigger.start;
    while k > floor {
        k -= 1;
        let w = ctx.wd(k);
        if ctx.is(k, C::Break) || matches!(w, ";" | ":" | "when" | "after" | "before") {
            break;
        }
        if ctx.hedge(k)
            && ctx.doc.quoted[k] == quoted
            && !(ctx.is(k, C::Modal) && k < c.group_start && !ctx.is(k, C::Hedge))
        {
            c.hedged = true;
            return;
        }
        // "It has been reported that ...", "Putin is said to have agreed".
        if impersonal(k) {
            c.hedged = true;
            return;
        }
    }
}

/// Whether the sentence attributes the commitment to anonymous sources:
/// "..., sources said", "..., officials familiar with the talks said",
/// "according to a report in the Wall Street Journal", "Sources said ...".
#[inline(never)]
fn anonymous_source(ctx: &Ctx, c: &Cand) -> bool {
    let s = ctx.sent(c.trigger.start);
    // An attribution in the same clause: "although experts say ..." or
    // "because of reports stating ..." starts another.
    let attributed = |lo: usize, hi: usize| {
        (lo..hi)
            .take_while(|&k| !ctx.is(k, C::Break) && !ctx.is(k, C::Bound))
            .any(|k| {
                // "according to a report in ...", "according to people
                // familiar": an indefinite source ("according to its annual
                // report" names one).
                if ctx.wd(k) == "according" && k + 2 < hi && ctx.wd(k + 1) == "to" {
                    let first = k + 2;
                    let indefinite = matches!(ctx.wd(first), "a" | "an");
                    return (indefinite || ctx.is(first, C::Anonymous))
                        && (first..hi.min(k + 7)).any(|m| ctx.is(m, C::Anonymous));
                }
                ctx.is(k, C::Report)
                    && ctx.lower_word(k)
                    && (lo.max(k.saturating_sub(6))..k).any(|m| ctx.is(m, C::Anonymous))
            })
    };
    let after = c.action.end.max(c.trigger.end);
    attributed(after, s.end.min(after + frame::WINDOW))
        || attributed(s.start.max(c.group_start.saturating_sub(8)), c.group_start)
}

/// Drops a candidate whose trigger opens another's action ("refused to
/// commit", "agreed to offer"): the outer one reports the commitment.
#[inline(never)]
fn drop_nested(cands: &mut Vec<Cand>) {
    // Candidates are in trigger order, and an outer trigger is at most a few
    // tokens before the inner one: look back over the last three.
    let mut keep = vec![true; cands.len()];
    for k in 0..cands.len() {
        let t = cands[k].trigger.start;
        keep[k] = !cands[k.saturating_sub(3)..k]
            .iter()
            .any(|o| o.action.start == t && o.action.start > o.trigger.start);
    }
    let mut k = 0;
    cands.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// "Donald Trump's conversation with Vladimir Putin ... the Russian leader
/// agreeing": in a call, talks or meeting between two parties, the party
/// that is not the agent is the addressee.
#[inline(never)]
fn exchange_partner(
    ctx: &Ctx,
    actors: &actors::Actors,
    c: &Cand,
    agent: Option<&str>,
) -> Option<(Range<usize>, Option<String>)> {
    let agent = agent?;
    let s = ctx.sent(c.trigger.start);
    let lo = s.start.max(c.trigger.start.saturating_sub(frame::WINDOW));
    let hi = s.end.min(c.trigger.end + frame::WINDOW);
    for k in lo..hi {
        // Talks that are the action ("ruled out direct negotiations with
        // the United States") are not the setting of the commitment.
        if c.action.contains(&k) {
            continue;
        }
        let Some(len) = ctx.starts(k, C::Exchange) else {
            continue;
        };
        // "was met with scepticism": a passive is how it was received.
        if k > s.start && matches!(ctx.wd(k - 1), "was" | "were" | "been" | "be" | "is" | "are") {
            continue;
        }
        let with = k + len;
        if with >= hi || ctx.wd(with) != "with" {
            continue;
        }
        let other = ctx.np_right(with + 1, hi)?;
        let other_canon = actors.resolve(ctx, &other);
        // The possessor of the exchange: "Trump's call with Putin".
        let mut d = k;
        while d > s.start && ctx.lower_word(d - 1) && !ctx.is(d - 1, C::Det) && d + 3 > k {
            d -= 1;
        }
        let owner = (d > s.start + 1 && ctx.wd(d - 1) == "'s")
            .then(|| ctx.np_left(d - 2, s.start))
            .flatten();
        let owner_canon = owner.as_ref().and_then(|o| actors.resolve(ctx, o));
        if other_canon.as_deref() == Some(agent) {
            return owner.map(|o| (o, owner_canon));
        }
        if owner.is_none() || owner_canon.as_deref() == Some(agent) {
            return Some((other, other_canon));
        }
        return None;
    }
    // "Putin spoke with Trump by phone. The Russian leader agreed to ...":
    // the call of the sentence before, when the agent is its subject.
    let prev = ctx
        .doc
        .sentences
        .get(c.sentence.checked_sub(1)?)?
        .tokens
        .clone();
    let subject = ctx.subject_from(prev.start, prev.end)?;
    if actors.resolve(ctx, &subject).as_deref() != Some(agent) {
        return None;
    }
    let hi = prev.end.min(subject.end + frame::WINDOW);
    let k = (subject.end..hi).find(|&k| ctx.is(k, C::Exchange))?;
    if k + 1 >= hi || ctx.wd(k + 1) != "with" {
        return None;
    }
    let other = ctx.np_right(k + 2, hi)?;
    let other_canon = actors.resolve(ctx, &other);
    (other_canon.as_deref() != Some(agent)).then_some((other, other_canon))
}

#[inline(never)]
fn span_of(ctx: &Ctx, r: &Range<usize>) -> Span {
    Span::new(
        ctx.doc.tokens[r.start].span.start,
        ctx.doc.tokens[r.end - 1].span.end,
    )
}

#[inline(never)]
fn arg(ctx: &Ctx, r: &Range<usize>, canonical: Option<String>) -> Arg {
    Arg {
        canonical,
        ..Arg::of(ctx.doc.text, span_of(ctx, r))
    }
}

#[inline(never)]
fn to_pledge(
    ctx: &Ctx,
    c: &Cand,
    agent_canon: Option<String>,
    addressee: Option<Range<usize>>,
    addressee_canon: Option<String>,
) -> Pledge {
    let trigger = span_of(ctx, &c.trigger);
    let action = span_of(ctx, &c.action);
    let agent = c.agent.as_ref().map(|r| arg(ctx, r, agent_canon));
    let time = c.time.map(|t| {
        let tx = &ctx.timexes[t];
        Arg {
            canonical: Some(tx.value.clone()),
            ..Arg::of(ctx.doc.text, tx.span())
        }
    });
    let condition = c.condition.as_ref().map(|r| arg(ctx, r, None));
    let firmness = c.firmness.as_ref().map(|(r, canon)| {
        let canon = if canon.is_empty() {
            ctx.doc.slice(span_of(ctx, r)).to_ascii_lowercase()
        } else {
            canon.replace('_', " ")
        };
        arg(ctx, r, Some(canon))
    });
    let mut start = trigger.start.min(action.start);
    let mut end = trigger.end.max(action.end);
    // A noun's fact spans its clause: "Trump secured a temporary pledge
    // from Putin", not "pledge from Putin".
    if c.noun {
        start = start.min(ctx.doc.tokens[c.group_start.min(c.np_start)].span.start);
        if let Some(a) = addressee.as_ref().filter(|a| a.start < c.trigger.start) {
            start = start.min(ctx.doc.tokens[a.start].span.start);
        }
    }
    for a in [&agent, &condition].into_iter().flatten() {
        start = start.min(a.start);
        end = end.max(a.end);
    }
    Pledge {
        start,
        end,
        sentence: c.sentence,
        kind: c.kind,
        trigger: TextSpan::of(ctx.doc.text, trigger),
        agent,
        addressee: addressee.as_ref().map(|r| arg(ctx, r, addressee_canon)),
        action: Arg::of(ctx.doc.text, action),
        action_form: ActionForm::of(c.frame),
        time,
        condition,
        negated: c.negated,
        hedged: c.hedged,
        firmness,
        same_as: None,
    }
}

/// Links reports of one commitment: a pledge with the same canonical agent
/// and kind family as one of the [`RECENT`] pledges before it, and an action
/// sharing a content word with it, gets `same_as` = the first report. Reports
/// of one commitment come close together; the window keeps this linear.
#[inline(never)]
fn link_reports(ctx: &Ctx, cands: &[Cand], out: &mut [Pledge]) {
    const RECENT: usize = 16;
    let family = |k: PledgeKind| match k {
        PledgeKind::Pledge | PledgeKind::Agreement | PledgeKind::Offer => 0,
        PledgeKind::Threat => 1,
        PledgeKind::Intent => 2,
        PledgeKind::Refusal => 3,
    };
    // A content word: a lowercase word of four letters or more that is no
    // preposition, determiner or subordinator; "attacks" matches "attack".
    let content = |k: usize| {
        ctx.lower_word(k)
            && ctx.wd(k).len() >= 4
            && !ctx.is(k, C::Prep)
            && !ctx.is(k, C::Bound)
            && !ctx.is(k, C::Det)
    };
    // Words for stopping ("pause", "halt", "cessation") count as one word.
    let halt = |r: &Range<usize>| r.clone().any(|i| ctx.is(i, C::Cessation));
    let share = |a: &Range<usize>, b: &Range<usize>| {
        halt(a) && halt(b)
            || a.clone().filter(|&i| content(i)).any(|i| {
                let w = ctx.wd(i).trim_end_matches('s');
                b.clone()
                    .any(|j| content(j) && ctx.wd(j).trim_end_matches('s') == w)
            })
    };
    for k in 0..out.len() {
        let Some(agent) = out[k].agent.as_ref().and_then(|a| a.canonical.clone()) else {
            continue;
        };
        // The same time ("for 30 days", "a 30-day cessation") also tells.
        let same_time = |e: usize| {
            cands[e]
                .time
                .zip(cands[k].time)
                .is_some_and(|(a, b)| ctx.timexes[a].value == ctx.timexes[b].value)
        };
        let earlier = (k.saturating_sub(RECENT)..k).find(|&e| {
            out[e].agent.as_ref().and_then(|a| a.canonical.as_deref()) == Some(&agent)
                && family(out[e].kind) == family(out[k].kind)
                && (same_time(e) || share(&cands[e].action, &cands[k].action))
        });
        if let Some(e) = earlier {
            out[k].same_as = Some(out[e].same_as.unwrap_or(e));
        }
    }
}

/// Test helpers shared by the rule files.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    /// Runs the whole analysis chain on `text` (no publication date).
    pub fn analyze_text(text: &str) -> Vec<Pledge> {
        let doc = Document::new(text);
        let hedging = crate::hedge::analyze(&doc);
        let timexes = crate::timex::analyze(&doc, None);
        analyze(&doc, &hedging, &timexes)
    }
}

#[cfg(test)]
mod tests;
