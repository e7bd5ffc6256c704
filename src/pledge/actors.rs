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
//! resolves to the nearest preceding person (or organization) in its sentence,
//! else to the subject of a recent sentence, skipping people whose nationality,
//! when the article gives one, differs. A pronoun resolves to the speaker of
//! the reporting verb it follows ("GM said it ..."), else the same way.
//!
//! # Resource usage
//! Built only when a document has candidate commitments, in one pass over
//! the tokens plus one over the name runs; lookups are binary searches over
//! the mentions, and scans back over sentences stop after [`LOOKBACK`].

use super::frame::Ctx;
use super::lexicon::{Map, C};
use crate::span::Span;
use crate::text::TokenKind;
use std::ops::Range;

/// How many sentences back a role or pronoun may find its referent.
pub(crate) const LOOKBACK: usize = 4;

/// How many names back a role may find one that shares a word with it.
const RECENT_NAMES: usize = 24;

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
    /// Nationality key: "us", or the first five letters of a nationality or
    /// country word ("russi" for Russian and Russia).
    nat: Option<&'a str>,
}

/// The actors of a document.
pub(crate) struct Actors<'a> {
    mentions: Vec<Mention>,
    entities: Vec<Entity<'a>>,
}

/// The nationality key of the (lowercase) word `w`.
#[inline(never)]
fn nat_key<'a>(ctx: &Ctx, w: &'a str) -> &'a str {
    if ctx.w.is(w, C::Us) {
        "us"
    } else {
        w.get(..5).unwrap_or(w)
    }
}

/// Whether token `i` is a nationality adjective ("Russian", "Chinese").
#[inline(never)]
fn nationality(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.wd(i);
    ctx.cap(i)
        && (ctx.w.is(w, C::Us)
            || ["an", "ese", "ish", "ch", "i"]
                .iter()
                .any(|s| w.len() > 4 && w.ends_with(s)))
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
                || (3..=9).contains(&doc.tokens[k].span.len()) && ctx.is(k, C::Calendar)
        };
        let mut i = 0;
        while i < n {
            if !ctx.name_word(i) || temporal(i) {
                i += 1;
                continue;
            }
            let start = i;
            let mut j = i + 1;
            while j < n && doc.sentence_of[j] == doc.sentence_of[start] {
                if ctx.name_word(j) && !temporal(j)
                    || ctx.glued_hyphen(j) && j + 1 < n && ctx.cap(j + 1)
                {
                    j += 1;
                } else if matches!(ctx.wd(j), "of" | "&" | "de" | "von" | "van" | "bin" | "al")
                    && j + 1 < n
                    && ctx.name_word(j + 1)
                {
                    j += 2;
                } else {
                    break;
                }
            }
            if j - start == 1 {
                *solo.entry(static_word(ctx, start)).or_default() += 1;
            }
            runs.push(start..j);
            i = j;
        }
        // Pass 2: classify the runs into entities.
        let mut a = Actors {
            mentions: Vec::with_capacity(runs.len()),
            entities: Vec::new(),
        };
        let mut by_name = Map::default();
        let mut surname = Map::default();
        let mut acronym = Map::default();
        // Single words, resolved once every full name is known: their index
        // in `mentions` (which stays in text order) and their word.
        let mut pending_single: Vec<(usize, &'a str)> = Vec::new();
        for run in &runs {
            let (start, end) = (run.start, run.end);
            // Away from any commitment, only what the registries need: a
            // full name whose last word is used alone, or an acronym's
            // expansion.
            if !needed[doc.sentence_of[start] as usize] {
                let acronym_follows = end + 2 < n && ctx.wd(end) == "(" && ctx.wd(end + 2) == ")";
                let surname_used = end - start > 1 && solo.contains_key(static_word(ctx, end - 1));
                if !(acronym_follows || surname_used) {
                    continue;
                }
            }
            if end - start == 1 && ctx.sent(start).start == start {
                pending_single.push((a.mentions.len(), static_word(ctx, start)));
                a.mentions.push(Mention {
                    span: start..end,
                    entity: 0,
                    weak: true,
                });
                continue;
            }
            let has_org = (start..end).any(|k| ctx.is(k, C::Org));
            // Strip titles and nationality words: "Russian President Vladimir Putin".
            let mut k = start;
            let mut titled = false;
            let mut nat = None;
            if !has_org {
                while k < end {
                    if let Some(len) = ctx.starts(k, C::Us).filter(|&l| k + l < end) {
                        nat = Some("us");
                        k += len;
                    } else if nationality(ctx, k) && k + 1 < end {
                        nat = Some(nat_key(ctx, static_word(ctx, k)));
                        k += 1;
                    } else if ctx.is(k, C::Title) && k + 1 < end {
                        titled = true;
                        k += 1;
                    } else {
                        break;
                    }
                }
                // "Ukraine's President Volodymyr Zelensky".
                if titled
                    && nat.is_none()
                    && start >= 2
                    && ctx.wd(start - 1) == "'s"
                    && ctx.cap(start - 2)
                {
                    nat = Some(nat_key(ctx, static_word(ctx, start - 2)));
                }
                // "Mr Howard", "President Putin": a title right before the run.
                if !titled && start > 0 && ctx.is(start - 1, C::Title) && ctx.lower_word(start - 1)
                {
                    titled = true;
                }
            }
            let name = k..end;
            let words = name.len();
            let last = static_word(ctx, end - 1);
            let acr = end + 2 < n
                && ctx.wd(end) == "("
                && ctx.wd(end + 2) == ")"
                && is_acronym(ctx, end + 1);
            let apposition = end + 2 < n
                && ctx.wd(end) == ","
                && ctx.is(end + 1, C::Det)
                && (end + 2..(end + 6).min(n))
                    .any(|m| ctx.is(m, C::PersonRole) || ctx.is(m, C::Title) && ctx.lower_word(m));
            let all_caps = (k..end).any(|m| is_acronym(ctx, m));
            let person = !has_org
                && !all_caps
                && !acr
                && (titled && (1..=3).contains(&words)
                    || (2..=3).contains(&words)
                        && (apposition || solo.get(last).is_some_and(|&c| c > 0)));
            if words == 1 && !person {
                pending_single.push((a.mentions.len(), last));
                a.mentions.push(Mention {
                    span: name,
                    entity: 0,
                    weak: false,
                });
                continue;
            }
            let text = doc.slice(Span::new(
                doc.tokens[name.start].span.start,
                doc.tokens[name.end - 1].span.end,
            ));
            let id = a.entity(&mut by_name, text, person, nat);
            if person && words >= 2 {
                let e = surname.entry(last).or_insert(u64::from(id));
                if *e != u64::from(id) {
                    *e = AMBIGUOUS;
                }
            }
            if acr {
                acronym.insert(static_word(ctx, end + 1), u64::from(id));
            }
            a.mentions.push(Mention {
                span: name,
                entity: id,
                weak: false,
            });
        }
        for (k, w) in pending_single {
            let id = match surname.get(w).or_else(|| acronym.get(w)) {
                Some(&id) if id != AMBIGUOUS => id as u32,
                _ => {
                    let start = a.mentions[k].span.start;
                    a.entity(&mut by_name, doc.token_text(start), false, None)
                }
            };
            a.mentions[k].entity = id;
        }
        a
    }

    /// The entity named `name`, added when new.
    #[inline(never)]
    fn entity(
        &mut self,
        by_name: &mut Map<'a>,
        name: &'a str,
        person: bool,
        nat: Option<&'a str>,
    ) -> u32 {
        let next = self.entities.len() as u64;
        let id = *by_name.entry(name).or_insert(next);
        if id == next {
            self.entities.push(Entity { name, person, nat });
        } else if let Some(nat) = nat {
            self.entities[id as usize].nat.get_or_insert(nat);
        }
        id as u32
    }

    /// The mention whose name ends exactly at token `end` (exclusive).
    #[inline(never)]
    fn mention_ending(&self, end: usize) -> Option<&Mention> {
        let k = self.mentions.partition_point(|m| m.span.start < end);
        self.mentions[..k].last().filter(|m| m.span.end == end)
    }

    /// The nearest mention ending at or before token `pos`, from token `lo`
    /// on, that fits `want` (Some(true): a person; Some(false): not one).
    #[inline(never)]
    fn nearest_before(
        &self,
        pos: usize,
        lo: usize,
        want: Option<bool>,
        nat: Option<&str>,
    ) -> Option<u32> {
        let k = self.mentions.partition_point(|m| m.span.start < pos);
        self.mentions[..k]
            .iter()
            .rev()
            .take_while(|m| m.span.start >= lo)
            .filter(|m| m.span.end <= pos && !m.weak)
            .map(|m| m.entity)
            .find(|&e| {
                let ent = &self.entities[e as usize];
                want.is_none_or(|p| ent.person == p)
                    && match (nat, ent.nat) {
                        (Some(a), Some(b)) => a == b,
                        _ => true,
                    }
            })
    }

    /// The canonical name of the noun phrase `r`, when the article gives one.
    #[inline(never)]
    pub fn resolve(&self, ctx: &Ctx, r: &Range<usize>) -> Option<String> {
        if let Some(e) = self.resolve_at(ctx, r, 0) {
            return Some(self.entities[e as usize].name.to_string());
        }
        // A bare name the index does not hold: the name as written.
        let all_names = r.clone().all(|k| ctx.name_word(k) || ctx.glued_hyphen(k));
        all_names.then(|| {
            ctx.doc
                .slice(crate::span::Span::new(
                    ctx.doc.tokens[r.start].span.start,
                    ctx.doc.tokens[r.end - 1].span.end,
                ))
                .to_string()
        })
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
        // A name at the head: "U.S. automaker GM", "General Motors (GM)".
        let mut end = r.end;
        if ctx.wd(last) == ")" && r.len() >= 4 && ctx.wd(last - 2) == "(" {
            end = last - 2;
        }
        if let Some(m) = self.mention_ending(end) {
            return Some(m.entity);
        }
        if ctx.name_word(end - 1) {
            return None;
        }
        // A role: "the Russian leader", "the company".
        let head = end - 1;
        let person = ctx.is(head, C::PersonRole);
        if !(person || ctx.is(head, C::OrgRole)) || !ctx.is(r.start, C::Det) {
            return None;
        }
        let nat = (r.start..head)
            .find(|&k| nationality(ctx, k) || ctx.w.is(ctx.wd(k), C::Us))
            .map(|k| nat_key(ctx, ctx.wd(k)));
        let s = ctx.sent(r.start);
        self.sharing_word(ctx, r.start + 1..head, Some(person))
            .or_else(|| self.nearest_before(r.start, s.start, Some(person), nat))
            .or_else(|| self.recent_subject(ctx, r.start, Some(person), nat, depth))
    }

    /// A recent name that shares a word with the modifiers `mods` of a role
    /// ("the young computer maker" → "Apple Computer"), searched among the
    /// last [`RECENT_NAMES`] mentions before them.
    #[inline(never)]
    fn sharing_word(&self, ctx: &Ctx, mods: Range<usize>, want: Option<bool>) -> Option<u32> {
        let words: Vec<&str> = mods
            .clone()
            .filter(|&k| ctx.lower_word(k) && ctx.wd(k).len() > 3)
            .map(|k| ctx.wd(k))
            .collect();
        if words.is_empty() {
            return None;
        }
        let k = self.mentions.partition_point(|m| m.span.start < mods.start);
        self.mentions[..k]
            .iter()
            .rev()
            .take(RECENT_NAMES)
            .map(|m| m.entity)
            .find(|&e| {
                let ent = &self.entities[e as usize];
                want.is_none_or(|p| ent.person == p)
                    && ent
                        .name
                        .split(' ')
                        .any(|n| words.iter().any(|w| n.eq_ignore_ascii_case(w)))
            })
    }

    /// The referent of the pronoun at token `k`.
    #[inline(never)]
    fn pronoun(&self, ctx: &Ctx, k: usize, depth: u8) -> Option<u32> {
        let w = ctx.wd(k);
        let want = match w {
            "he" | "she" | "him" | "his" | "her" => Some(true),
            "it" | "its" => Some(false),
            "they" | "them" | "their" => None,
            _ => return None,
        };
        let s = ctx.sent(k);
        // "GM said (that) it": the speaker.
        let mut r = k;
        if r > s.start && ctx.wd(r - 1) == "that" {
            r -= 1;
        }
        r = ctx.before_timex(r, s.start);
        // "told the US Treasury that it": skip the hearer.
        if r > s.start + 1 && !ctx.is(r - 1, C::Report) {
            if let Some(np) = ctx.np_left(r - 1, s.start) {
                if np.start > s.start + 1
                    && matches!(
                        ctx.wd(np.start - 1),
                        "told" | "tells" | "assured" | "informed" | "notified" | "warned"
                    )
                {
                    r = np.start;
                }
            }
        }
        if r > s.start + 1 && ctx.is(r - 1, C::Report) {
            let mut v = r - 1;
            while v > s.start
                && (ctx.is(v - 1, C::Aux)
                    || ctx.is(v - 1, C::Modal)
                    || ctx.wd(v - 1).ends_with("ly"))
            {
                v -= 1;
            }
            // "..., saying that it": the subject of the clause.
            let speaker = if v > s.start && ctx.wd(v - 1) == "," {
                ctx.clause_subject(v - 1)
            } else if v > s.start {
                ctx.np_left(v - 1, s.start)
            } else {
                None
            };
            {
                if let Some(np) = speaker {
                    if let Some(e) = self.resolve_at(ctx, &np, depth + 1) {
                        // The speaker's own "he" or "it": only a known person
                        // cannot be "it" (a lone name may be either).
                        if !(want == Some(false) && self.entities[e as usize].person) {
                            return Some(e);
                        }
                    }
                }
            }
        }
        self.nearest_before(k, s.start, want, None)
            .or_else(|| self.recent_subject(ctx, k, want, None, depth))
    }

    /// The subject of one of the [`LOOKBACK`] sentences before the one of
    /// token `k` that fits `want`.
    #[inline(never)]
    fn recent_subject(
        &self,
        ctx: &Ctx,
        k: usize,
        want: Option<bool>,
        nat: Option<&str>,
        depth: u8,
    ) -> Option<u32> {
        let here = ctx.doc.sentence_of[k] as usize;
        for back in 1..=LOOKBACK.min(here) {
            let s = &ctx.doc.sentences[here - back];
            if s.tokens.is_empty() {
                continue;
            }
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
                self.mention_ending(subj.end).map(|m| m.entity)
            };
            if let Some(e) = e {
                let ent = &self.entities[e as usize];
                let nat_ok = match (nat, ent.nat) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                };
                if want.is_none_or(|p| ent.person == p) && nat_ok {
                    return Some(e);
                }
            }
        }
        None
    }
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
