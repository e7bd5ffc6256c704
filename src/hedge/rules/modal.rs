//! Epistemic modals versus the other readings of may, might and could.
//!
//! "may", "might" and "could" hedge when they say something is possible
//! ("talks may resume", "it could cost billions"). They do not when they
//! are the month or a name ("on May 5", "Theresa May"), grant permission
//! ("you may leave"), concede ("however hard it may be"), state a purpose
//! ("so that they may live"), name a noun ("military might"), or report a
//! past ability ("officials could not be reached", "before the police could
//! arrive", "he could only watch"), a person's past ability ("he could walk
//! unaided"), or a choice or procedure ("participants could choose",
//! "samples may be stored at 4 °C"). "should" hedges only as an expectation
//! with its time ("should be completed in October"), and "can" only as the
//! possibility of an effect ("mutations can cause"): their other readings,
//! advice, ability and permission, are far more frequent. "would" is not in
//! the lexicon at all: it is the future in the past or a conditional.

use super::{Context, ARTICLES};
use crate::hedge::lexicon::Match;

/// Whether the modal at the start of `m` reads as epistemic.
pub fn keeps(cx: &Context, m: Match) -> bool {
    let i = m.first;
    match cx.word(i) {
        Some("may") => may(cx, i),
        Some("might") => might(cx, i),
        Some("could") => could(cx, i),
        Some("should") => should(cx, i),
        Some("can") => can(cx, i),
        _ => true,
    }
}

/// Whether the modal at `i` grants a choice or states how a thing is
/// handled, not what is possible: "participants could choose to end",
/// "patients may withdraw", "visitors may bring tents", "the towers may be
/// climbed", "samples may be stored at 4 °C" (sets `@choose`, `@allowed`
/// after people, `@handled`).
fn procedure(cx: &Context, i: usize) -> bool {
    let people = cx.in_set(i.wrapping_sub(1), "people")
        || cx
            .word(i.wrapping_sub(1))
            .is_some_and(crate::hedge::lexicon::names_people);
    // "visitors may not bring food": a rule, as "may bring" is a permission.
    let v = if cx.is_any(i + 1, &["not"]) {
        i + 2
    } else {
        i + 1
    };
    cx.in_set(i + 1, "choose")
        || people && cx.in_set(v, "allowed")
        || cx.is_any(i + 1, &["be"])
            && (cx.in_set(i + 2, "handled")
                || cx.word(i + 2).is_some_and(|w| w.ends_with("ly")) && cx.in_set(i + 3, "handled"))
}

fn may(cx: &Context, i: usize) -> bool {
    let capital = cx.doc.tokens[i].is_capitalized(cx.doc.text);
    if capital {
        // Mid-sentence "May" is the month or a name, except in a headline
        // ("Boeing May Delay Deliveries") before a word that is no date;
        // at the start it is the month before a day or a comma, and
        // optative before "God" or "I".
        const MONTH_BEFORE: &[&str] = &[
            "in", "on", "of", "since", "until", "by", "from", "through", "last", "next", "this",
            "early", "late", "mid", "to", "and", "or", "between", "during", "before", "after",
        ];
        let headline_modal = headline(cx)
            && cx.is_word(i + 1)
            && !cx.is_any(i.wrapping_sub(1), MONTH_BEFORE)
            && !cx.is_any(i.wrapping_sub(1), &["theresa", "mrs", "ms", "mr"]);
        if cx.is_name(i) && !headline_modal
            || cx.is_number(i + 1)
            || cx.is_any(i + 1, &[",", "god", "i", "we"])
        {
            return false;
        }
    }
    // Permission: "you may", "may I", "visitors may choose".
    if cx.is_any(i.wrapping_sub(1), &["you"]) || cx.is_any(i + 1, &["i"]) || procedure(cx, i) {
        return false;
    }
    // "come what may", "be that as it may".
    if cx.is_any(i.wrapping_sub(1), &["what"]) && cx.word(i + 1).is_none()
        || cx.is_any(i.wrapping_sub(1), &["it"]) && cx.is_any(i.wrapping_sub(2), &["as"])
    {
        return false;
    }
    !concessive_or_purpose(cx, i)
}

/// Whether the sentence is set in title case, as headlines are: most of
/// its words (and at least three) start with a capital letter.
fn headline(cx: &Context) -> bool {
    let (mut words, mut capitals) = (0, 0);
    for j in cx.sentence.clone() {
        if cx.is_word(j) {
            words += 1;
            capitals += usize::from(cx.doc.tokens[j].is_capitalized(cx.doc.text));
        }
    }
    words >= 3 && capitals * 10 >= words * 7
}

fn might(cx: &Context, i: usize) -> bool {
    const ADJECTIVES: &[&str] = &[
        "military",
        "economic",
        "naval",
        "financial",
        "industrial",
        "air",
        "full",
        "sheer",
        "great",
        "considerable",
        "mighty",
        "corporate",
        "political",
    ];
    if cx.is_any(i.wrapping_sub(1), ARTICLES)
        || cx.is_any(i.wrapping_sub(1), ADJECTIVES)
        || cx.is_any(i + 1, &["of"])
    {
        return false;
    }
    // "we might as well": a suggestion; "try as he might": a concession.
    if cx.is_any(i + 1, &["as"]) && cx.is_any(i + 2, &["well"]) {
        return false;
    }
    if cx.is_any(i.wrapping_sub(2), &["as"]) && cx.word(i + 1).is_none_or(is_punct) {
        return false;
    }
    !concessive_or_purpose(cx, i)
}

fn could(cx: &Context, i: usize) -> bool {
    // Negated or restricted ability: "could not be reached", "could only
    // watch", "could hardly breathe". ("could not rule out" is an entry of
    // its own, matched from "not".)
    let mut j = i + 1;
    if cx.word(j).is_some_and(|w| w.ends_with("ly") && w != "only") {
        j += 1;
    }
    if cx.is_any(
        j,
        &[
            "not", "n't", "never", "hardly", "barely", "scarcely", "no", "only",
        ],
    ) {
        return false;
    }
    // A person's past ability to act ("he could walk unaided by day 5",
    // "she could read by the age of four") and choices granted
    // ("participants could choose to end the study").
    // ("could walk out of the talks", "walk away": a possible move.)
    let phrasal = cx.is_any(j + 1, &["out", "away", "off", "back"]);
    if cx.in_set(j, "able") && !phrasal || procedure(cx, i) {
        return false;
    }
    // Past ability in a subordinate clause: "before the police could
    // arrive", "as fast as they could", "so that residents could return",
    // "all he could do".
    const SUBORDINATORS: &[&str] = &[
        "before",
        "until",
        "till",
        "than",
        "as",
        "all",
        "where",
        "whatever",
        "everything",
    ];
    for k in 2..=5 {
        let Some(w) = cx.before(i, k) else { break };
        if is_punct(w) {
            break;
        }
        if SUBORDINATORS.contains(&w)
            || w == "that" && cx.before(i, k + 1) == Some("so")
            || (w == "if" || w == "what") && k <= 3
        {
            return false;
        }
    }
    !concessive_or_purpose(cx, i)
}

/// "should" of expectation: a thing to come with its time ("the transaction
/// should be completed in October", "Chrysler should have cars on the
/// market by 2011"). Not advice to people ("clinicians should consider",
/// "buyers should try again tomorrow"), the conditional "Should the talks
/// fail", or "should" with no time ahead ("this should be tested"), which
/// is most often advice.
fn should(cx: &Context, i: usize) -> bool {
    let prev = i.wrapping_sub(1);
    if !cx.sentence.contains(&prev)
        || cx.is_any(prev, super::PERSONAL)
        || cx
            .word(prev)
            .is_some_and(crate::hedge::lexicon::names_people)
    {
        return false;
    }
    // "It should be noted that": a remark on the text, not a forecast.
    if cx.is_any(i + 1, &["be"]) && cx.in_set(i + 2, "remark") {
        return false;
    }
    for k in 1..=12 {
        let j = i + k;
        let Some(w) = cx.word(j) else { break };
        if is_punct(w) || matches!(w, "that" | "which" | "who" | "when" | "because") {
            break;
        }
        if cx.in_set(j, "soon")
            || cx.is_number(j) && w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))
        {
            return true;
        }
    }
    false
}

/// "can" of possibility: before a verb of effect ("hesitancy can influence
/// uptake", "mutations can also lead to heart failure"). Ability,
/// permission and feasibility ("can detect ten copies", "can be stored",
/// "can fly 9,000 miles") are the common readings and are not cues.
fn can(cx: &Context, i: usize) -> bool {
    let mut j = i + 1;
    if cx.is_any(
        j,
        &[
            "also",
            "potentially",
            "sometimes",
            "even",
            "therefore",
            "thus",
        ],
    ) || cx.word(j).is_some_and(|w| w.ends_with("ly"))
    {
        j += 1;
    }
    cx.in_set(j, "effect")
}

/// "however hard it may be", "whatever they might say", "so that they may
/// live", "in order that we may".
fn concessive_or_purpose(cx: &Context, i: usize) -> bool {
    for k in 1..=6 {
        let Some(w) = cx.before(i, k) else { break };
        if is_punct(w) {
            break;
        }
        // "however hard it may be", not the connective "however, it may".
        let degree = w == "however"
            && cx.word(i + 1 - k).is_some_and(|n| {
                n.starts_with(|c: char| c.is_ascii_lowercase())
                    && !super::PERSONAL.contains(&n)
                    && !super::DETERMINERS.contains(&n)
                    && n != "it"
            });
        if degree
            || matches!(
                w,
                "whatever" | "whoever" | "whichever" | "wherever" | "whenever"
            )
            || w == "matter" && cx.before(i, k + 1) == Some("no")
            || w == "that" && k > 1 && matches!(cx.before(i, k + 1), Some("so" | "order"))
        {
            return true;
        }
    }
    false
}

fn is_punct(w: &str) -> bool {
    !w.starts_with(|c: char| c.is_alphanumeric()) && w != "'s" && w != "n't"
}

#[cfg(test)]
mod tests {
    use crate::hedge::rules::check::{certain, hedge};

    #[test]
    fn may_epistemic_month_name_permission() {
        hedge("Talks may resume next week.", "may");
        hedge("It may be too late, experts warned.", "may");
        certain("Talks resumed on May 5.");
        certain("In May, the company posted a loss.");
        certain("May 2008 was the wettest month on record.");
        certain("Theresa May said the deal was done.");
        hedge("Boeing May Delay 787 Deliveries Again", "may");
        certain("Boeing Delays 787 Deliveries To May 2008");
        certain("Talks With Theresa May Resume");
        certain("You may leave the room now.");
        certain("May I ask a question");
        certain("However hard it may be, the plan worked.");
        hedge(
            "He is a shareholder, however he could end up playing a role.",
            "could",
        );
        certain("They fled so that their children may live.");
        certain("No matter how good they may look on paper, alliances fail.");
    }

    #[test]
    fn might_noun_and_idioms() {
        hedge("It might rain tomorrow.", "might");
        certain("The country's military might was on display.");
        certain("The might of the empire was unmatched.");
        certain("We might as well go home.");
        certain("Try as he might, he could not open it.");
    }

    #[test]
    fn could_ability_versus_possibility() {
        hedge("The plan could cost billions.", "could");
        hedge(
            "Airbus has warned there could be additional charges.",
            "could",
        );
        hedge(
            "The fire could have been caused by a faulty cable.",
            "could",
        );
        hedge("He said the talks could also collapse.", "could");
        certain("Officials could not be reached for comment.");
        certain("He couldn't say when the plane would land.");
        certain("He could only watch as the house burned.");
        certain("They left before the police could arrive.");
        certain("She ran as fast as she could.");
        certain("They did all they could to save it.");
        certain("The dam was opened so that the boats could pass.");
        certain("His confusion resolved, and he could walk unaided by day 5.");
        hedge("He could walk away from the deal.", "could");
        certain("Participants could choose to end the study at any time.");
    }

    #[test]
    fn permission_and_procedure() {
        certain("The towers may be climbed on guided tours.");
        certain("Stool may be stored at 4 °C for up to 48 hours.");
        certain("Patients may withdraw at any time.");
        certain("Visitors may bring their own tents.");
        certain("Visitors may not bring food into the stadium.");
        hedge("The plan may not work.", "may");
        certain("Caregivers could collect the food weekly.");
        hedge("The virus may use a different receptor.", "may");
        hedge("Patients may benefit from a shorter course.", "may");
    }

    #[test]
    fn should_of_expectation() {
        hedge("The transaction should be completed in October.", "should");
        hedge("The plant should reopen by 2012.", "should");
        certain("Clinicians should consider the diagnosis.");
        certain("Buyers should try again tomorrow.");
        certain("It should be mentioned that the stock rose in 2008.");
        certain("This hypothesis should be tested in a larger trial.");
        certain("Should the talks fail in May, the war will go on.");
    }

    #[test]
    fn can_of_possibility() {
        hedge("Hesitancy among workers can influence uptake.", "can");
        hedge(
            "Mutations in the gene can also lead to heart failure.",
            "can",
        );
        certain("The assay can detect as few as ten copies.");
        certain("The aircraft can fly for 9,420 nautical miles.");
        certain("Trouble can arise when the risk tolerances are exceeded.");
    }
}
