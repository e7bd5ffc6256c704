//! Word senses: the hedge reading of a few ambiguous cue words, told from
//! the others by their neighbours.
//!
//! Each check is one function named after its word, looking at most a few
//! tokens either side: "appeared in court" is not "appeared confused", "the
//! suspect" is not "police suspect", "assumed office" is not "it is assumed
//! that", "likely voters" are not "likely to".

use super::{Context, ARTICLES, DETERMINERS};
use crate::hedge::lexicon::Match;

/// Prepositions and other words after "appear" that make it "come into
/// view" or "perform" rather than "seem".
const APPEAR_NOT: &[&str] = &[
    "in",
    "on",
    "at",
    "before",
    "for",
    "with",
    "as",
    "alongside",
    "onstage",
    "live",
    "together",
    "during",
    "from",
    "under",
    "inside",
    "outside",
    "via",
    "into",
    "behind",
    "opposite",
    "again",
    "twice",
    "once",
    "briefly",
    "here",
    "there",
    "when",
    "after",
    "and",
    "or",
    "but",
    "while",
    "online",
];

/// "appear": hedge before "to", "that", an adjective or a participle
/// ("appears to", "appeared confused", "it appears that"); not before a
/// preposition, a determiner or a name ("appeared in court", "appeared
/// Monday").
pub fn appear(cx: &Context, m: Match) -> bool {
    let i = m.last;
    let mut j = i + 1;
    // Skip one adverb: "appeared visibly shaken", "appears increasingly".
    if cx
        .word(j)
        .is_some_and(|w| w.ends_with("ly") && w != "only" && w != "likely")
    {
        j += 1;
    }
    match cx.word(j) {
        None => cx.is_any(i.wrapping_sub(1), &["it", "would", "so"]),
        Some("to") => {
            !cx.is_any(j + 1, DETERMINERS) && !cx.is_any(j + 1, &["him", "me", "us", "them"])
        }
        Some("that" | "likely" | "unlikely" | "certain" | "poised" | "set" | "ready") => true,
        Some(w) if !cx.is_word(j) => {
            // "it appears," / "so it appears."
            let _ = w;
            cx.is_any(i.wrapping_sub(1), &["it", "would", "so"])
        }
        Some(w) => {
            !APPEAR_NOT.contains(&w)
                && !DETERMINERS.contains(&w)
                && !cx.is_name(j)
                && !cx.is_number(j)
        }
    }
}

/// "apparent": hedge before a noun ("an apparent suicide", "its apparent
/// aim"); not as a predicate of becoming obvious ("it became apparent
/// that", "is apparent from").
pub fn apparent(cx: &Context, m: Match) -> bool {
    let i = m.first;
    let predicate = cx.is_any(
        i.wrapping_sub(1),
        &[
            "became",
            "become",
            "becomes",
            "becoming",
            "is",
            "was",
            "are",
            "were",
            "be",
            "been",
            "all",
            "more",
            "very",
            "readily",
            "immediately",
            "quickly",
            "clearly",
        ],
    );
    !predicate
}

/// "assume": hedge with a clause or an infinitive ("assumed that",
/// "assumed to be", "it is assumed"); not "assumed office", "assumes a risk".
pub fn assume(cx: &Context, m: Match) -> bool {
    let i = m.last;
    cx.is_any(
        i + 1,
        &[
            "that", "to", "it", "he", "she", "they", "we", "there", "this", "these", "you", "i",
        ],
    ) || cx.is_any(
        i.wrapping_sub(1),
        &[
            "is",
            "was",
            "are",
            "were",
            "be",
            "been",
            "widely",
            "generally",
            "commonly",
            "often",
        ],
    ) || cx.word(i + 1).is_none()
}

/// "expect", "predict": a prediction, except after "than" or right after
/// "as" ("better than expected", "than analysts had predicted", "as
/// expected"), where the sentence reports how things turned out. Weasel
/// entries use it too: "than analysts had predicted" is no attribution.
pub fn expect(cx: &Context, m: Match) -> bool {
    // "a very anticipated announcement", "his long-awaited, much expected
    // return": awaited, not predicted.
    if cx.is_any(
        m.first.wrapping_sub(1),
        &[
            "very", "much", "eagerly", "long", "keenly", "hotly", "highly", "most",
        ],
    ) {
        return false;
    }
    for k in 1..=5 {
        let Some(w) = cx.before(m.first, k) else {
            break;
        };
        if w == "than" || w == "as" && k == 1 {
            return false;
        }
        if !cx.is_word(m.first - k) {
            break;
        }
    }
    true
}

/// "indicate": evidence for a conclusion ("the data indicate that"); not a
/// pointer ("as indicated in Table 1", "indicated by arrows", "the
/// indicated dose").
pub fn indicate(cx: &Context, m: Match) -> bool {
    let i = m.first;
    !(cx.is_any(i.wrapping_sub(1), &["as"])
        || cx.is_any(m.last + 1, &["by", "in", "on", "at", "below", "above"])
        || cx.is_any(i.wrapping_sub(1), ARTICLES))
}

/// "likely": the probability adverb or adjective; not "likely voters", the
/// pollsters' category, nor a measured comparison of groups ("nurses were
/// less likely than physicians to", "were more likely to recommend",
/// "twice as likely to"), which reports a frequency, not a guess.
pub fn likely(cx: &Context, m: Match) -> bool {
    let i = m.first;
    if cx.is_any(m.last + 1, &["voters", "voter", "electorate"]) {
        return false;
    }
    let prev = i.wrapping_sub(1);
    if cx.is_any(prev, &["more", "less"]) {
        // "more likely than not" is an entry of its own.
        // "were more likely to", "were also less likely to".
        let past = cx.is_any(prev.wrapping_sub(1), &["were", "was"])
            || cx.is_any(prev.wrapping_sub(2), &["were", "was"])
                && cx.is_word(prev.wrapping_sub(1));
        return !(past || cx.is_any(m.last + 1, &["than"]));
    }
    !(cx.is_any(prev, &["as"])
        && cx.is_any(
            prev.wrapping_sub(1),
            &["twice", "times", "half", "equally", "thrice"],
        ))
}

/// A passive of judgement, "is considered one of", "regarded as": not when
/// a named agent follows ("was considered by the board") or a purpose ("was
/// considered for the post").
pub fn passive(cx: &Context, m: Match) -> bool {
    let next = m.last + 1;
    // Praise and blame give their grounds with "for": "has been criticised
    // for high prices" is judgement; "was considered for the post" is not.
    let blame = cx.is_any(
        m.last,
        &[
            "criticized",
            "criticised",
            "praised",
            "hailed",
            "blamed",
            "accused",
            "credited",
        ],
    );
    match cx.word(next) {
        Some("for") if blame => true,
        Some(
            "for" | "at" | "in" | "during" | "on" | "when" | "and" | "but" | "off" | "up" | "out"
            | "back" | "into" | "upon" | "over",
        ) => false,
        // A criterion of a method (`@criterion`): "P < 0.05 was considered
        // significant", "samples were considered positive when".
        Some(_) if cx.in_set(next, "criterion") => false,
        Some("by") => {
            !(cx.is_any(next + 1, &["the", "a", "an", "his", "her", "their", "its"])
                || cx.is_name(next + 1))
        }
        _ => true,
    }
}

/// "possible": a possibility ("a possible link", "it is possible that");
/// not a degree ("as soon as possible", "the best possible", "where
/// possible", "made possible by").
pub fn possible(cx: &Context, m: Match) -> bool {
    let i = m.first;
    const NOT_BEFORE: &[&str] = &[
        "as",
        "if",
        "where",
        "wherever",
        "whenever",
        "when",
        "made",
        "make",
        "makes",
        "making",
        "everything",
        "all",
        "humanly",
        "technically",
        "physically",
        "only",
        "every",
    ];
    if let Some(prev) = cx.before(i, 1) {
        if NOT_BEFORE.contains(&prev) || prev.ends_with("est") && prev.len() >= 4 {
            return false;
        }
    }
    // "it is possible to do" is ability; "possible for X to" likewise.
    // ("possibles for 787s" is the plural noun: possible options.)
    cx.is_any(i, &["possibles"]) || !cx.is_any(m.last + 1, &["to", "for"])
}

/// "potential": a possibility ("potential buyers", "the potential for
/// violence"); not a capacity ("the potential to", "growth potential",
/// "has great potential").
pub fn potential(cx: &Context, m: Match) -> bool {
    let next = m.last + 1;
    if cx.is_any(next, &["of", "for"]) {
        return true;
    }
    cx.is_word(next)
        && !cx.is_any(
            next,
            &[
                "to", "and", "or", "in", "as", "is", "was", "are", "that", "which", "but",
            ],
        )
}

/// "consistent with" after a comma: a result read as evidence ("fell after
/// omission, consistent with the encoding of errors"); not a match with
/// earlier work ("consistent with previous reports", "consistent with
/// those of").
pub fn consistent(cx: &Context, m: Match) -> bool {
    if !cx.is_any(m.first.wrapping_sub(1), &[",", ";"]) {
        return false;
    }
    let mut j = m.last + 1;
    if cx.is_any(j, &["the", "our", "a", "an"]) {
        j += 1;
    }
    !cx.in_set(j, "earlier")
}

/// "hypothesis": a hypothesis put forward ("an attractive hypothesis is
/// that", "supports the hypothesis that"); not one referred back to ("this
/// hypothesis should be tested", "to test this hypothesis"), where the
/// sentence says what was or should be done with it.
pub fn hypothesis(cx: &Context, m: Match) -> bool {
    cx.is_any(m.last + 1, &["that"])
        || !cx.is_any(m.first.wrapping_sub(1), &["this", "these", "that", "such"])
}

/// "implicated in": evidence of a part in a process ("the gene has been
/// implicated in several cancers"); not a part in a wrongdoing (`@wrong`:
/// "the club was implicated in the bribery scandal"), which is a fact
/// reported, not a hypothesis.
pub fn implicate(cx: &Context, m: Match) -> bool {
    !(1..=4).any(|k| cx.in_set(m.last + k, "wrong"))
}

/// "suggest": evidence ("the data suggest", "suggesting that", "we suggest
/// that"); not a proposal by a person ("she suggested a compromise",
/// "suggested waiting", "the suggested price").
pub fn suggest(cx: &Context, m: Match) -> bool {
    let i = m.first;
    let next = m.last + 1;
    // Adjective: "the suggested retail price".
    if cx.is_any(i.wrapping_sub(1), ARTICLES) {
        return false;
    }
    // A person proposing something: "he suggested a compromise", "Smith
    // suggested waiting".
    let person = cx.is_any(i.wrapping_sub(1), &["i", "you", "he", "she", "they"])
        || cx.is_name(i.wrapping_sub(1));
    let gerund = cx
        .word(next)
        .is_some_and(|w| w.ends_with("ing") && w.len() > 5);
    let object = gerund
        || cx.is_any(
            next,
            &[
                "a", "an", "the", "some", "to", "it", "this", "several", "two", "three", "changes",
                "ways",
            ],
        );
    !(person && object)
}

/// "suspect": the verb ("police suspect arson"), not the noun ("the
/// suspect", "three suspects were arrested", "the suspect's car").
pub fn suspect(cx: &Context, m: Match) -> bool {
    let i = m.first;
    if cx.is_any(i, &["suspected", "suspecting"]) {
        return true;
    }
    let prev_noun_marker = cx.is_any(i.wrapping_sub(1), DETERMINERS)
        || cx.is_number(i.wrapping_sub(1))
        || cx.is_any(
            i.wrapping_sub(1),
            &[
                "main",
                "prime",
                "key",
                "other",
                "murder",
                "terror",
                "terrorist",
                "male",
                "female",
                "possible",
                "potential",
                "alleged",
                "fourth",
                "second",
                "third",
                "first",
                "last",
                "new",
                "only",
                "unnamed",
                "unidentified",
                "as",
            ],
        );
    let next_noun_marker = cx.is_any(
        m.last + 1,
        &[
            "was", "is", "has", "had", "were", "are", "'s", "who", "in", "and", "or", "remains",
            "remain", "fled", "died", "said", ",", ".", ")", "list",
        ],
    );
    !(prev_noun_marker || next_noun_marker)
}

/// "think", "believe": a belief about a proposition ("I think it is",
/// "officials believe the fire"); not "think about", "believe in", "can't
/// believe", "a thought".
pub fn think(cx: &Context, m: Match) -> bool {
    let i = m.first;
    if cx.is_any(
        m.last + 1,
        &[
            "about", "of", "over", "through", "twice", "again", "tank", "in", "back", "ahead",
            "big", "-",
        ],
    ) {
        return false;
    }
    if cx.is_any(i.wrapping_sub(1), ARTICLES)
        || cx.is_any(
            i.wrapping_sub(1),
            &["second", "first", "deep", "free", "wishful", "hard"],
        )
    {
        return false;
    }
    // Disbelief: "can't believe", "could not believe", "hard to believe".
    let mut j = i.wrapping_sub(1);
    if cx.is_any(j, &["not", "n't"]) {
        j = j.wrapping_sub(1);
        if cx.is_any(j, &["can", "ca", "could", "cannot"]) {
            return false;
        }
    }
    if cx.is_any(i.wrapping_sub(1), &["cannot"])
        || cx.is_any(i.wrapping_sub(2), &["hard", "difficult"])
    {
        return false;
    }
    true
}

/// "unknown": the state of knowledge ("the cause is unknown", "unknown
/// whether"); not a label ("unknown gunmen", "an unknown number").
pub fn unknown(cx: &Context, m: Match) -> bool {
    let i = m.first;
    // "not known for its beaches", "not clear about"? Only a few words
    // after a negated predicate make it about something other than a
    // proposition.
    if m.last > m.first {
        return !cx.is_any(m.last + 1, &["for", "as", "by"]);
    }
    !(cx.is_any(i.wrapping_sub(1), &["a", "an", "the", "some", "by", "of"])
        || cx.is_word(m.last + 1)
            && !cx.is_any(
                m.last + 1,
                &[
                    "whether", "if", "how", "why", "what", "when", "who", "where", "which", "at",
                    "to", "and", "but", "because",
                ],
            ))
}

#[cfg(test)]
mod tests {
    use crate::hedge::rules::check::{certain, hedge, not_cue};

    #[test]
    fn appear() {
        hedge(
            "Donald Trump appears to have touted his conversation.",
            "appears",
        );
        hedge("Both accounts appear unchanged.", "appear");
        hedge("He appeared visibly shaken.", "appeared");
        hedge("It appears that the deal is off.", "appears");
        certain("He appeared in court on Monday.");
        certain("She appeared before the committee.");
        certain("A new star appeared.");
        certain("The band appeared live on television.");
    }

    #[test]
    fn apparent() {
        hedge("The apparent suicide shocked the town.", "apparent");
        certain("It became apparent that the bridge was unsafe.");
        certain("The damage was apparent from the air.");
    }

    #[test]
    fn assume() {
        hedge("It is assumed that the rate will rise.", "it is assumed");
        hedge("We assume that the errors are independent.", "assume");
        certain("He assumed office in 2009.");
        certain("Each level of lending assumes a level of risk.");
    }

    #[test]
    fn expect() {
        hedge("Forecasters expect the market to fall.", "expect");
        hedge("The bill is expected to pass.", "is expected");
        certain("As expected, the bill passed.");
        certain("Jobs moved on to a very anticipated announcement.");
        certain("Sales rose more than expected.");
        certain("The increase was better than analysts had predicted.");
    }

    #[test]
    fn indicate() {
        hedge(
            "Our data indicate that the pathway is activated.",
            "indicate",
        );
        certain("The results are indicated in Table 2.");
        certain("As indicated above, the dose was doubled.");
    }

    #[test]
    fn likely() {
        hedge("The senator likely lost votes.", "likely");
        hedge("He is the most likely winner.", "likely");
        certain("Likely voters favor the senator.");
        certain("Nurses were less likely than physicians to be vaccinated.");
        certain("Respondents were more likely to recommend vaccines.");
        certain("Smokers were twice as likely to develop the disease.");
        certain("Depressed patients were also less likely to complete rehabilitation.");
        hedge("The outcome is more likely to be a draw.", "likely");
    }

    #[test]
    fn consistent() {
        hedge(
            "Activity fell after omission, consistent with the encoding of errors.",
            "consistent with",
        );
        hedge(
            "Consistent with this idea, overexpression rescued mitophagy.",
            "consistent with this idea",
        );
        certain("Levels rose, consistent with earlier studies.");
        certain("Consistent with previous reports, the protein was nuclear.");
    }

    #[test]
    fn implicate() {
        hedge(
            "The gene has been implicated in several cancers.",
            "has been implicated",
        );
        certain("In 1971 the club was implicated in the bribery scandal.");
    }

    #[test]
    fn hypothesis() {
        hedge(
            "This supports the hypothesis that the genes interact.",
            "hypothesis",
        );
        hedge(
            "An attractive hypothesis is that it acts as a sensor.",
            "hypothesis",
        );
        certain("This hypothesis should be tested prospectively.");
        certain("To test this hypothesis, we generated knockout mice.");
    }

    #[test]
    fn passive() {
        hedge("The painting is considered a masterpiece.", "is considered");
        hedge(
            "He is widely regarded as the founder of geology.",
            "is widely regarded as",
        );
        certain("The proposal was considered by the committee.");
        certain("She was considered for the post of director.");
        hedge(
            "The festival has been criticised for high ticket prices.",
            "has been criticised",
        );
        certain("The match has been called off.");
        certain("A P value below 0.05 was considered significant.");
    }

    #[test]
    fn possible() {
        hedge("Talks on a possible ceasefire began.", "possible");
        hedge("It is possible that other factors contribute.", "possible");
        certain("Please reply as soon as possible.");
        certain("It is the best possible outcome.");
        certain("The rescue was made possible by volunteers.");
        certain("It is possible to see the coast from the tower.");
    }

    #[test]
    fn potential() {
        hedge("The firm met potential buyers.", "potential");
        hedge("The potential for violence is high.", "potential");
        certain("Trump's potential to exert pressure is limited.");
        certain("The region has great potential.");
    }

    #[test]
    fn suggest() {
        hedge("The data suggest a link.", "suggest");
        hedge("This suggests that the enzyme is active.", "suggests");
        hedge(
            "The authors suggested that the effect was indirect.",
            "suggested",
        );
        hedge(
            "We suggest that the protein acts as a sensor.",
            "we suggest",
        );
        certain("She suggested a compromise to the board.");
        certain("He suggested waiting until spring.");
        certain("The suggested retail price is $20.");
    }

    #[test]
    fn suspect() {
        hedge("Police suspect arson.", "suspect");
        hedge("I suspect he knew all along.", "suspect");
        hedge("A suspected militant was killed.", "suspected");
        certain("Police arrested a suspect on Monday.");
        certain("Three suspects were arrested.");
        certain("The suspect's car was found.");
    }

    #[test]
    fn think() {
        hedge(
            "\u{201C}We think it's the future of notebooks,\u{201D} said Jobs.",
            "think",
        );
        hedge(
            "Boeing believes passengers will want to fly direct.",
            "believes",
        );
        certain("He thought about the offer for a week.");
        certain("I can not believe we would do this.");
        certain("They believe in free markets.");
        certain("The thought of it frightened him.");
    }

    #[test]
    fn unknown() {
        hedge("The cause of the fire is unknown.", "unknown");
        hedge("It is unknown whether the two met.", "unknown");
        not_cue("Unknown gunmen attacked the convoy.", "unknown");
        not_cue("An unknown number of people fled.", "unknown");
    }
}
