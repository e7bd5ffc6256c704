//! Who is who: the actors an article names, so that "the Russian leader",
//! "Putin", "Vladimir Putin" and a later "he" get one canonical name.
//!
//! Only names the article itself gives are used; nothing is invented. The
//! article's names are its runs of capitalized words, classified as:
//!
//! - **people**: a run after a title ("Russian President Vladimir Putin",
//!   "Mr Howard"), a run an apposition describes ("Fritz Henderson, the chief
//!   executive"), or a run of two or three words whose last word the article
//!   also uses alone ("Vladimir Putin" ... "Putin");
//! - **organizations and places**: every other run; an acronym in
//!   parentheses after a run names the same one ("General Motors (GM)").
//!
//! A surname resolves to the full name that ends with it (unless two full
//! names share it). A role noun phrase ("the Russian leader", "the company")
//! resolves to the nearest preceding person (or organization) in its
//! sentence, else to the subject of one of the three sentences before; a
//! company is never a country or a capital (the `state` word class). A
//! pronoun resolves to its antecedent in the sentence (the speaker of the
//! reporting verb it follows, "GM said it ...", or for a possessive after a
//! verb that verb's subject, "Shell reaffirmed its commitment"), else the
//! same way; an antecedent with no name is given as written.
//!
//! # Resource usage
//! Built only when a document has candidate commitments, in one pass over
//! the tokens plus one over the name runs; single names are classified only
//! in the sentences near a commitment. Lookups are binary searches over the
//! mentions, and scans back over sentences stop after [`LOOKBACK`].

use super::frame::{self, Ctx};
use super::lexicon::{get, slot, Map, C};
use crate::span::Span;
use crate::text::TokenKind;
use std::ops::Range;

/// How many sentences back a role or pronoun may find its referent.
pub(crate) const LOOKBACK: usize = 3;

/// A surname that two full names share: no longer resolved.
const AMBIGUOUS: u64 = u64::MAX;

/// One name in the text.
#[derive(Clone, Debug)]
struct Mention {
    /// Tokens of the name itself (titles stripped).
    span: Range<usize>,
    entity: u32,
    /// A capitalized single first word of a sentence: a name when an agent
    /// is this word, but no antecedent for a pronoun ("Investigators").
    weak: bool,
}

#[derive(Clone, Debug)]
struct Entity<'a> {
    name: &'a str,
    person: bool,
    /// A country or a capital ("Iran", "Tehran"): a state, which "the
    /// government" may stand for but "the company" may not.
    place: bool,
}

/// What a description or pronoun may refer to.
#[derive(Clone, Copy)]
struct Want {
    /// Some(true): a person; Some(false): not one; None: either.
    person: Option<bool>,
    /// Whether a country or capital fits ("the government", "it": yes;
    /// "the company": no).
    place: bool,
}

impl Want {
    fn person(p: Option<bool>) -> Want {
        Want {
            person: p,
            place: true,
        }
    }
}

/// The actors of a document.
pub(crate) struct Actors<'a> {
    mentions: Vec<Mention>,
    entities: Vec<Entity<'a>>,
}

/// Whether token `i` is a nationality adjective ("Russian", "Chinese") or
/// "US", which may open a title: "Russian President Vladimir Putin".
#[inline(never)]
fn nationality(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.wd(i);
    ctx.cap(i)
        && (ctx.is(i, C::Us)
            || w.len() > 4
                && ["an", "ese", "ish", "ch", "i"]
                    .iter()
                    .any(|s| w.ends_with(s)))
}

impl<'a> Actors<'a> {
    /// Finds the names of the document behind `ctx`. Single names are
    /// indexed only in the sentences `needed` marks (those of a commitment
    /// and the [`LOOKBACK`] before it); full names and acronyms everywhere.
    #[inline(never)]
    pub fn new(ctx: &Ctx<'a>, needed: &[bool]) -> Actors<'a> {
        let doc = ctx.doc;
        let n = doc.tokens.len();
        // Pass 1: the runs of name words, and which words stand alone.
        let mut runs: Vec<Range<usize>> = Vec::new();
        let mut solo = Map::default();
        // Timexes are in text order: a cursor tells whether a token is in one.
        let mut cursor = 0;
        let mut temporal = |k: usize| {
            let at = doc.tokens[k].span.start;
            while cursor < ctx.timexes.len() && ctx.timexes[cursor].end <= at {
                cursor += 1;
            }
            cursor < ctx.timexes.len() && ctx.timexes[cursor].start <= at
                || calendar_like(doc.lower.as_bytes(), doc.tokens[k].span) && ctx.is(k, C::Calendar)
        };
        // The first byte of a word token: most tokens are ruled out by it
        // before any call (a lowercase ASCII letter, a digit, punctuation).
        let bytes = doc.text.as_bytes();
        let may_be_name = |k: usize| {
            let t = &doc.tokens[k];
            let b = bytes[t.span.start];
            t.kind == TokenKind::Word && (b.is_ascii_uppercase() || b >= 0x80)
        };
        let mut i = 0;
        while i < n {
            if !may_be_name(i) || !ctx.name_word(i) || temporal(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n && doc.sentence_of[j] == doc.sentence_of[i] {
                if may_be_name(j) && ctx.name_word(j) && !temporal(j)
                    || ctx.glued_hyphen(j) && j + 1 < n && ctx.cap(j + 1)
                {
                    j += 1;
                } else if doc.tokens[j].span.len() <= 3
                    && j + 1 < n
                    && may_be_name(j + 1)
                    && ctx.is(j, C::NameLink)
                    && ctx.name_word(j + 1)
                {
                    j += 2;
                } else {
                    break;
                }
            }
            if j - i == 1 {
                *slot(&mut solo, static_word(ctx, i)) += 1;
            }
            runs.push(i..j);
            i = j;
        }
        // Pass 2: classify the runs into entities. `by_name`, `surname` and
        // `acronym` hold entity numbers plus one.
        let mut a = Actors {
            mentions: Vec::with_capacity(runs.len()),
            entities: Vec::new(),
        };
        let mut by_name = Map::default();
        let mut surname = Map::default();
        let mut acronym = Map::default();
        // Single words, resolved once every full name is known: their index
        // in `mentions` (which stays in text order) and their word.
        let mut pending: Vec<(usize, &'a str)> = Vec::new();
        for run in runs {
            let (start, end) = (run.start, run.end);
            let acr = end + 2 < n
                && ctx.wd(end) == "("
                && ctx.wd(end + 2) == ")"
                && is_acronym(ctx, end + 1);
            let last = static_word(ctx, end - 1);
            // Away from any commitment, only what the registries need: a full
            // name whose last word is used alone, or an acronym's expansion.
            if !(needed[doc.sentence_of[start] as usize]
                || acr
                || end - start > 1 && get(&solo, last) > 0)
            {
                continue;
            }
            // Strip titles and nationality words: "Russian President Vladimir
            // Putin", "United States President Barack Obama"; a name with an
            // organization word keeps them ("Russian Central Bank").
            let mut k = start;
            let mut titled = start > 0 && ctx.is(start - 1, C::Title) && ctx.lower_word(start - 1);
            // A nationality is stripped only before a title or another
            // nationality: "Goldman Sachs" keeps its "Goldman".
            while k + 1 < end {
                let title_next = ctx.is(k + 1, C::Title) || nationality(ctx, k + 1);
                if ctx.is(k, C::Title) || nationality(ctx, k) && title_next {
                    titled |= ctx.is(k, C::Title);
                    k += 1;
                } else if let Some(len) = ctx.starts(k, C::Us).filter(|&l| k + l < end) {
                    k += len;
                } else {
                    break;
                }
            }
            let has_org = (k..end).any(|m| ctx.is(m, C::Org));
            if has_org {
                k = start;
                titled = false;
            }
            let words = end - k;
            let apposition = end + 2 < n
                && ctx.wd(end) == ","
                && ctx.is(end + 1, C::Det)
                && (end + 2..(end + 6).min(n)).any(|m| ctx.is(m, C::PersonRole));
            let person = !has_org
                && !acr
                && !(k..end).any(|m| is_acronym(ctx, m))
                && (titled && words <= 3
                    || (2..=3).contains(&words) && (apposition || get(&solo, last) > 0));
            let weak = end - start == 1 && ctx.sent(start).start == start;
            if words == 1 && !person {
                pending.push((a.mentions.len(), last));
                a.mentions.push(Mention {
                    span: k..end,
                    entity: 0,
                    weak,
                });
                continue;
            }
            let text = doc.slice(Span::new(
                doc.tokens[k].span.start,
                doc.tokens[end - 1].span.end,
            ));
            // A place only when every word is a place word: "South Korea",
            // "United States", but "Air India" is an airline.
            let place = !person && !has_org && (k..end).all(|m| ctx.is(m, C::State));
            let id = a.entity(&mut by_name, text, person, place);
            if person && words >= 2 {
                let e = slot(&mut surname, last);
                *e = if *e == 0 || *e == u64::from(id) + 1 {
                    u64::from(id) + 1
                } else {
                    AMBIGUOUS
                };
            }
            if acr {
                *slot(&mut acronym, static_word(ctx, end + 1)) = u64::from(id) + 1;
            }
            a.mentions.push(Mention {
                span: k..end,
                entity: id,
                weak: false,
            });
        }
        for (m, w) in pending {
            let known = match get(&surname, w) {
                0 => get(&acronym, w),
                e => e,
            };
            a.mentions[m].entity = if known != 0 && known != AMBIGUOUS {
                known as u32 - 1
            } else {
                let start = a.mentions[m].span.start;
                let place = ctx.is(start, C::State);
                a.entity(&mut by_name, doc.token_text(start), false, place)
            };
        }
        a
    }

    /// The entity named `name`, added when new.
    #[inline(never)]
    fn entity(&mut self, by_name: &mut Map<'a>, name: &'a str, person: bool, place: bool) -> u32 {
        let id = slot(by_name, name);
        if *id == 0 {
            self.entities.push(Entity {
                name,
                person,
                place,
            });
            *id = self.entities.len() as u64;
        }
        *id as u32 - 1
    }

    /// The mention whose name ends exactly at token `end` (exclusive).
    #[inline(never)]
    fn mention_ending(&self, end: usize) -> Option<u32> {
        let k = self.mentions.partition_point(|m| m.span.start < end);
        k.checked_sub(1)
            .map(|k| &self.mentions[k])
            .filter(|m| m.span.end == end)
            .map(|m| m.entity)
    }

    /// The nearest mention ending at or before token `pos`, from token `lo`
    /// on, that fits `want`.
    #[inline(never)]
    fn nearest_before(&self, pos: usize, lo: usize, want: Want) -> Option<u32> {
        let mut k = self.mentions.partition_point(|m| m.span.start < pos);
        while k > 0 {
            k -= 1;
            let m = &self.mentions[k];
            if m.span.start < lo {
                break;
            }
            if m.span.end <= pos && !m.weak && self.fits(m.entity, want) {
                return Some(m.entity);
            }
        }
        None
    }

    fn fits(&self, e: u32, want: Want) -> bool {
        let e = &self.entities[e as usize];
        want.person.is_none_or(|p| e.person == p) && (want.place || !e.place)
    }

    /// The canonical name of the noun phrase `r`, when the article gives one.
    #[inline(never)]
    pub fn resolve(&self, ctx: &Ctx, r: &Range<usize>) -> Option<String> {
        let span = Span::new(
            ctx.doc.tokens[r.start].span.start,
            ctx.doc.tokens[r.end - 1].span.end,
        );
        // "Germany's new chancellor, Friedrich Merz, pledged": a description
        // with the name after it, between commas.
        if let Some(name) = apposed_name(ctx, r) {
            return Some(match self.resolve_at(ctx, &name, 0) {
                Some(e) => self.entities[e as usize].name.to_string(),
                None => ctx
                    .doc
                    .slice(Span::new(
                        ctx.doc.tokens[name.start].span.start,
                        ctx.doc.tokens[name.end - 1].span.end,
                    ))
                    .to_string(),
            });
        }
        match self.resolve_at(ctx, r, 0) {
            Some(e) => Some(self.entities[e as usize].name.to_string()),
            // A pronoun whose antecedent in the sentence has no name the
            // index holds: the antecedent as written ("Pakistan's army said
            // it", "The airline said it").
            None if r.len() == 1 && (ctx.is(r.start, C::Subj) || ctx.is(r.start, C::Poss)) => {
                let np = antecedent(ctx, r.start).filter(|np| !ctx.pronoun(np.start))?;
                Some(
                    ctx.doc
                        .slice(Span::new(
                            ctx.doc.tokens[np.start].span.start,
                            ctx.doc.tokens[np.end - 1].span.end,
                        ))
                        .to_string(),
                )
            }
            // A bare name the index does not hold: the name as written.
            None if r
                .clone()
                .all(|k| ctx.name_word(k) || ctx.glued_hyphen(k) || ctx.wd(k) == "+") =>
            {
                Some(ctx.doc.slice(span).to_string())
            }
            None => None,
        }
    }

    #[inline(never)]
    fn resolve_at(&self, ctx: &Ctx, r: &Range<usize>, depth: u8) -> Option<u32> {
        if r.is_empty() || depth > 2 {
            return None;
        }
        let last = r.end - 1;
        if r.len() == 1 && (ctx.is(last, C::Subj) || ctx.is(last, C::Obj) || ctx.is(last, C::Poss))
        {
            return self.pronoun(ctx, last, depth);
        }
        // Two actors ("Pakistan and India") have no one name.
        if r.clone().any(|k| ctx.wd(k) == "and") {
            return None;
        }
        // "Officials from the People's Republic of China", "the leader of
        // the group": the head comes before the preposition, and the name
        // after it is someone else.
        if (r.start + 1..r.end).any(|k| {
            matches!(ctx.wd(k), "from" | "of" | "at" | "in" | "for")
                && (ctx.lower_word(k - 1)
                    || ctx.is(k - 1, C::People)
                    || ctx.is(k - 1, C::PersonRole)
                    || ctx.is(k - 1, C::OrgRole))
        }) {
            return None;
        }
        // A name at the head: "U.S. automaker GM", "General Motors (GM)".
        let mut end = r.end;
        if ctx.wd(last) == ")" && r.len() >= 4 && ctx.wd(last - 2) == "(" {
            end = last - 2;
        }
        if let Some(e) = self.mention_ending(end) {
            return Some(e);
        }
        // A role: "the Russian leader", "the company"; a company is no
        // country ("Tehran has offered ... The company pledged").
        let head = end - 1;
        let person = ctx.is(head, C::PersonRole);
        if ctx.name_word(head) || !(person || ctx.is(head, C::OrgRole)) {
            return None;
        }
        // Its determiner, maybe before a modifier with names: "The Dearborn,
        // Michigan-based automaker". Names inside the description are not
        // what it refers to.
        let floor = r.start.saturating_sub(4).max(ctx.sent(r.start).start);
        let det = (floor..=r.start)
            .rev()
            .find(|&d| ctx.is(d, C::Det))
            .filter(|&d| {
                (d + 1..r.start).all(|m| ctx.name_word(m) || matches!(ctx.wd(m), "," | "-"))
            })?;
        let want = Want {
            person: Some(person),
            place: person || ctx.is(head, C::State),
        };
        self.nearest_before(det, ctx.sent(r.start).start, want)
            .or_else(|| self.recent_subject(ctx, r.start, want, depth))
    }

    /// The referent of the pronoun at token `k`.
    #[inline(never)]
    fn pronoun(&self, ctx: &Ctx, k: usize, depth: u8) -> Option<u32> {
        let want = Want::person(match ctx.wd(k) {
            "he" | "she" | "him" | "his" | "her" => Some(true),
            "it" | "its" => Some(false),
            "they" | "them" | "their" => None,
            _ => return None,
        });
        if let Some(e) = antecedent(ctx, k).and_then(|np| self.resolve_at(ctx, &np, depth + 1)) {
            // The speaker's own "he" or "it": only a known person cannot
            // be "it" (a lone name may be either).
            if !(want.person == Some(false) && self.entities[e as usize].person) {
                return Some(e);
            }
        }
        let s = ctx.sent(k).start;
        self.nearest_before(k, s, want)
            .or_else(|| self.recent_subject(ctx, k, want, depth))
    }

    /// The subject of one of the [`LOOKBACK`] sentences before the one of
    /// token `k` that fits `want`.
    #[inline(never)]
    fn recent_subject(&self, ctx: &Ctx, k: usize, want: Want, depth: u8) -> Option<u32> {
        let here = ctx.doc.sentence_of[k] as usize;
        for back in 1..=LOOKBACK.min(here) {
            let s = &ctx.doc.sentences[here - back];
            let Some(subj) = ctx.subject_from(s.tokens.start, s.tokens.end) else {
                continue;
            };
            let e = if subj.len() == 1 && ctx.is(subj.start, C::Subj) {
                // "He said ...": the same referent, further back.
                if depth >= 2 {
                    continue;
                }
                self.pronoun(ctx, subj.start, depth + 1)
            } else {
                self.mention_ending(subj.end)
            };
            if let Some(e) = e.filter(|&e| self.fits(e, want)) {
                return Some(e);
            }
        }
        None
    }
}

/// The noun phrase a pronoun at token `k` stands for within its sentence:
/// the speaker of the reporting verb it follows ("GM said (that) it", "told
/// the US Treasury that it", "..., saying that it"), or for a possessive
/// after a verb, that verb's subject ("Shell reaffirmed its commitment",
/// "the government had broken its promise").
#[inline(never)]
pub(crate) fn antecedent(ctx: &Ctx, k: usize) -> Option<Range<usize>> {
    let s = ctx.sent(k).start;
    if k > s + 1
        && ctx.is(k, C::Poss)
        && ctx.lower_word(k - 1)
        && !ctx.is(k - 1, C::Prep)
        && !ctx.is(k - 1, C::Det)
        && !ctx.is(k - 1, C::Report)
        && !ctx.is(k - 1, C::Told)
    {
        return frame::subject_of_verb(ctx, k - 1)
            .filter(|np| np.end < k && !ctx.pronoun(np.start));
    }
    let mut r = k;
    if r > s && ctx.wd(r - 1) == "that" {
        r -= 1;
    }
    r = ctx.before_timex(r, s);
    if r > s + 1 && !ctx.is(r - 1, C::Report) {
        if let Some(np) = ctx.np_left(r - 1, s) {
            if np.start > s + 1 && ctx.is(np.start - 1, C::Told) {
                r = np.start;
            }
        }
    }
    if r <= s + 1 || !ctx.is(r - 1, C::Report) {
        return None;
    }
    let mut v = r - 1;
    while v > s
        && (ctx.is(v - 1, C::Aux)
            || ctx.is(v - 1, C::Modal)
            || ctx.is(v - 1, C::Adverb)
            || ctx.wd(v - 1).ends_with("ly"))
    {
        v -= 1;
    }
    match v.checked_sub(1).filter(|&p| p >= s) {
        Some(p) if ctx.wd(p) == "," => ctx.clause_subject(p),
        Some(p) => ctx.np_left(p, s),
        None => None,
    }
}

/// Whether a word may be a day or month name, by its first three letters:
/// a test without hashing for the many capitalized words that are not.
fn calendar_like(lower: &[u8], span: Span) -> bool {
    const PREFIXES: &[u8] = b"montuewedthufrisatsunjanfebmaraprmayjunjulaugsepoctnovdectodyestom";
    span.len() >= 3
        && span.len() <= 9
        && PREFIXES
            .chunks(3)
            .any(|p| p == &lower[span.start..span.start + 3])
}

/// Whether token `i` is an acronym: two or more letters, all uppercase
/// ASCII ("GM", "U.S.").
#[inline(never)]
fn is_acronym(ctx: &Ctx, i: usize) -> bool {
    let t = ctx.doc.token_text(i).as_bytes();
    ctx.doc.tokens[i].kind == TokenKind::Word
        && t.iter().filter(|b| b.is_ascii_uppercase()).count() >= 2
        && t.iter().all(|b| b.is_ascii_uppercase() || *b == b'.')
}

/// The lowercase word of token `i`, borrowed from the document's lowercase copy.
fn static_word<'a>(ctx: &Ctx<'a>, i: usize) -> &'a str {
    let doc: &'a crate::text::Document<'a> = ctx.doc;
    doc.tokens[i].span.slice(&doc.lower)
}

/// The name set off by commas right after the description `r`: "Friedrich
/// Merz" of "Germany's new chancellor, Friedrich Merz, pledged" (two or
/// three capitalized words; the description has a role word and is no name).
fn apposed_name(ctx: &Ctx, r: &Range<usize>) -> Option<Range<usize>> {
    let n = ctx.doc.tokens.len();
    let role = r
        .clone()
        .any(|k| ctx.is(k, C::PersonRole) || ctx.is(k, C::OrgRole));
    if !role || r.clone().all(|k| ctx.name_word(k)) || r.end + 3 >= n || ctx.wd(r.end) != "," {
        return None;
    }
    let start = r.end + 1;
    let mut end = start;
    while end < n && end < start + 4 && ctx.name_word(end) {
        end += 1;
    }
    ((2..=3).contains(&(end - start)) && end < n && ctx.wd(end) == ",").then_some(start..end)
}
