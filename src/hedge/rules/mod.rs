//! Context rules: checks that look around a lexicon match and veto the
//! readings that are not hedges ("May 5", "could not be reached",
//! "Boeing officials said"). Each rule is one file ending with its tests;
//! lexicon entries name the rules that apply to them.
//!
//! Every rule looks at a bounded window of tokens around the match, inside
//! its sentence, so the whole analysis stays one linear pass.

pub mod conditional;
pub mod either;
pub mod future;
pub mod modal;
pub mod negation;
pub mod question;
pub mod quoted;
pub mod sense;
pub mod source;

use super::lexicon::Match;
use crate::text::Document;
use std::ops::Range;

/// A context rule, as lexicon entries name it. Sorted by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// `appear`: "appears to", "appeared confused", not "appeared in court".
    Appear,
    /// `apparent`: "an apparent suicide", not "it became apparent".
    Apparent,
    /// `assume`: "it is assumed that", not "assumed office".
    Assume,
    /// `conditional`: "could" in the result of an unreal conditional.
    Conditional,
    /// `consistent`: ", consistent with the encoding of", not "consistent
    /// with previous reports".
    Consistent,
    /// `either`: "either in Regensburg or in Passau", not "received either
    /// ketamine or saline".
    Either,
    /// `expect`: predictions, not "as expected" or "than expected".
    Expect,
    /// `hypothesis`: "the hypothesis that", not "this hypothesis should be
    /// tested".
    Hypothesis,
    /// `implicate`: "implicated in several cancers", not "implicated in the
    /// scandal".
    Implicate,
    /// `indicate`: "the data indicate", not "as indicated".
    Indicate,
    /// `likely`: "likely to", not "likely voters".
    Likely,
    /// `modal`: epistemic may/might/could, not the month, permission,
    /// ability or the noun "might".
    Modal,
    /// `negation`: "no indication", "not possible", "could not possibly".
    Negation,
    /// `passive`: "is considered one of", not "was considered by the board".
    Passive,
    /// `possible`: "a possible link", not "as soon as possible".
    Possible,
    /// `potential`: "potential buyers", not "the potential to".
    Potential,
    /// `question`: a question mark that ends a direct question.
    Question,
    /// `source`: an unnamed source ("officials said"), not a named one
    /// ("Boeing officials said").
    Source,
    /// `suggest`: "the data suggest", not "she suggested a compromise".
    Suggest,
    /// `suspect`: the verb, not the noun ("the suspect").
    Suspect,
    /// `think`: "I think it is", not "think about".
    Think,
    /// `unknown`: "it is unknown whether", not "unknown gunmen".
    Unknown,
    /// `vague`: a bare plural source ("studies have shown"), not a
    /// qualified one ("previous studies", "our studies").
    Vague,
    /// `whether`: "whether", and "if" where it means whether.
    Whether,
}

const NAMES: [(&str, Rule); 24] = [
    ("apparent", Rule::Apparent),
    ("appear", Rule::Appear),
    ("assume", Rule::Assume),
    ("conditional", Rule::Conditional),
    ("consistent", Rule::Consistent),
    ("either", Rule::Either),
    ("expect", Rule::Expect),
    ("hypothesis", Rule::Hypothesis),
    ("implicate", Rule::Implicate),
    ("indicate", Rule::Indicate),
    ("likely", Rule::Likely),
    ("modal", Rule::Modal),
    ("negation", Rule::Negation),
    ("passive", Rule::Passive),
    ("possible", Rule::Possible),
    ("potential", Rule::Potential),
    ("question", Rule::Question),
    ("source", Rule::Source),
    ("suggest", Rule::Suggest),
    ("suspect", Rule::Suspect),
    ("think", Rule::Think),
    ("unknown", Rule::Unknown),
    ("vague", Rule::Vague),
    ("whether", Rule::Whether),
];

impl Rule {
    /// The rule called `name` in the data files.
    pub fn from_name(name: &str) -> Option<Rule> {
        NAMES.iter().find(|(n, _)| *n == name).map(|(_, r)| *r)
    }

    /// Whether the match keeps its hedge reading in its context.
    #[inline(never)]
    pub fn keeps(self, cx: &Context, m: Match) -> bool {
        match self {
            Rule::Appear => sense::appear(cx, m),
            Rule::Apparent => sense::apparent(cx, m),
            Rule::Assume => sense::assume(cx, m),
            Rule::Conditional => conditional::keeps(cx, m),
            Rule::Consistent => sense::consistent(cx, m),
            Rule::Either => either::keeps(cx, m),
            Rule::Expect => sense::expect(cx, m),
            Rule::Hypothesis => sense::hypothesis(cx, m),
            Rule::Implicate => sense::implicate(cx, m),
            Rule::Indicate => sense::indicate(cx, m),
            Rule::Likely => sense::likely(cx, m),
            Rule::Modal => modal::keeps(cx, m),
            Rule::Negation => negation::keeps(cx, m),
            Rule::Passive => sense::passive(cx, m),
            Rule::Possible => sense::possible(cx, m),
            Rule::Potential => sense::potential(cx, m),
            Rule::Question => question::ends_question(cx, m),
            Rule::Source => source::keeps(cx, m),
            Rule::Suggest => sense::suggest(cx, m),
            Rule::Suspect => sense::suspect(cx, m),
            Rule::Think => sense::think(cx, m),
            Rule::Unknown => sense::unknown(cx, m),
            Rule::Vague => source::bare(cx, m),
            Rule::Whether => question::whether(cx, m),
        }
    }
}

/// A match's surroundings: the document and the token range of its
/// sentence. Helpers read tokens relative to the match and return `None`
/// or `false` past the sentence edges.
pub struct Context<'d, 'a> {
    /// The document.
    pub doc: &'d Document<'a>,
    /// Token range of the sentence.
    pub sentence: Range<usize>,
}

impl Context<'_, '_> {
    /// The lowercase text of token `i`, if `i` is inside the sentence
    /// (curly apostrophes read as straight ones in clitics).
    // Not inlined: called from every rule, and size matters more than
    // the call here (see DESIGN.md, "Why so few kilobytes").
    #[inline(never)]
    pub fn word(&self, i: usize) -> Option<&str> {
        self.sentence
            .contains(&i)
            .then(|| super::lexicon::normalized(self.doc, i))
    }

    /// The word `k` tokens before token `i`, inside the sentence.
    #[inline(never)]
    pub fn before(&self, i: usize, k: usize) -> Option<&str> {
        i.checked_sub(k).and_then(|j| self.word(j))
    }

    /// The word `k` tokens after token `i`, inside the sentence.
    #[inline(never)]
    pub fn after(&self, i: usize, k: usize) -> Option<&str> {
        self.word(i + k)
    }

    /// Whether token `i` is inside the sentence and one of `words`.
    #[inline(never)]
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.contains(&w))
    }

    /// Whether token `i` starts with a capital letter and is not the first
    /// word of its sentence (after any opening quotes): a name, most often.
    #[inline(never)]
    pub fn is_name(&self, i: usize) -> bool {
        if !self.sentence.contains(&i) || !self.doc.tokens[i].is_capitalized(self.doc.text) {
            return false;
        }
        // The first word of a sentence is capitalized anyway.
        let mut j = self.sentence.start;
        while j < i && self.doc.tokens[j].kind != crate::text::TokenKind::Word {
            j += 1;
        }
        j < i
    }

    /// Whether token `i` is inside the sentence and a word of the set
    /// `@name` of `cues/sets.txt`.
    #[inline(never)]
    pub fn in_set(&self, i: usize, name: &str) -> bool {
        self.word(i)
            .is_some_and(|w| super::lexicon::LEXICON.in_set(name, w))
    }

    /// Whether token `i` is a word (letters), inside the sentence.
    #[inline(never)]
    pub fn is_word(&self, i: usize) -> bool {
        self.sentence.contains(&i) && self.doc.tokens[i].kind == crate::text::TokenKind::Word
    }

    /// Whether token `i` is a number, inside the sentence.
    #[inline(never)]
    pub fn is_number(&self, i: usize) -> bool {
        self.sentence.contains(&i) && self.doc.tokens[i].kind == crate::text::TokenKind::Number
    }
}

/// Determiners and possessives: before a word they make it a noun.
pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "'s", "one", "two", "three", "four", "five", "another", "each", "every", "any", "no",
    "some", "several", "many", "both", "all",
];

/// Articles and possessives: before a verb form they make it an adjective
/// or a noun ("the suggested price", "his might"), unlike "this" or "that".
pub const ARTICLES: &[&str] = &[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "'s",
];

/// Personal pronouns in subject position.
pub const PERSONAL: &[&str] = &["i", "you", "he", "she", "they", "we"];

#[cfg(test)]
pub(crate) mod check {
    //! Shared assertions of the rule tests: one line per case.
    use crate::hedge::{analyze, Class};
    use crate::text::Document;

    /// The cues (hedges, not boosters) found in `text`, as their words.
    pub fn cues(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        analyze(&doc)
            .summary
            .cues
            .iter()
            .map(|c| c.text.to_ascii_lowercase())
            .collect()
    }

    /// Asserts that `text` holds a hedge cue whose words are `cue`.
    pub fn hedge(text: &str, cue: &str) {
        let found = cues(text);
        assert!(
            found.iter().any(|c| c == cue),
            "{text:?}: want cue {cue:?}, found {found:?}"
        );
    }

    /// Asserts that `text` holds no hedge cue at all.
    pub fn certain(text: &str) {
        let found = cues(text);
        assert!(found.is_empty(), "{text:?}: want no cue, found {found:?}");
    }

    /// Asserts that `text` holds no hedge cue with the words `cue`.
    pub fn not_cue(text: &str, cue: &str) {
        let found = cues(text);
        assert!(
            !found.iter().any(|c| c == cue),
            "{text:?}: {cue:?} must not be a cue, found {found:?}"
        );
    }

    /// Asserts that `text` holds a booster with the words `cue` and no hedge.
    pub fn booster(text: &str, cue: &str) {
        let doc = Document::new(text);
        let h = analyze(&doc);
        let boosters: Vec<String> = h
            .summary
            .boosters
            .iter()
            .map(|c| c.text.to_ascii_lowercase())
            .collect();
        assert!(
            boosters.iter().any(|c| c == cue),
            "{text:?}: want booster {cue:?}, found {boosters:?}"
        );
        assert!(
            h.summary.cues.is_empty(),
            "{text:?}: want no hedge, found {:?}",
            h.summary.cues
        );
    }

    /// Asserts that the cue `cue` in `text` has the class `class`.
    pub fn class(text: &str, cue: &str, class: Class) {
        let doc = Document::new(text);
        let h = analyze(&doc);
        let c = h
            .summary
            .cues
            .iter()
            .find(|c| c.text.eq_ignore_ascii_case(cue));
        assert_eq!(
            c.map(|c| c.kind),
            Some(class.name()),
            "{text:?}: class of {cue:?}"
        );
    }
}
