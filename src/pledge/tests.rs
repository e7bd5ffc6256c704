//! Tests of the whole pledge analysis: the minimal pairs of
//! `tests/eval/pledges/pairs.txt` (one broken frame or rule fails them), the
//! examples every trigger form needs, and the seed article.

use super::testing::analyze_text;
use super::*;

/// One annotated fact: `kind trigger[@n] | key=value | flag`.
#[derive(Debug, Default)]
struct Expected {
    kind: String,
    trigger: String,
    occurrence: usize,
    fields: Vec<(String, String)>,
}

impl Expected {
    fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

struct Case {
    group: String,
    line: usize,
    text: String,
    facts: Vec<Expected>,
}

fn parse_fact(line: &str) -> Result<Expected, String> {
    let mut parts = line.split(" | ");
    let head = parts.next().unwrap_or_default();
    let (kind, trigger) = head
        .split_once(' ')
        .ok_or_else(|| format!("expected `kind trigger`: {line:?}"))?;
    if !super::lexicon::KIND_NAMES.contains(&kind) {
        return Err(format!("unknown kind {kind:?}"));
    }
    let (trigger, occurrence) = match trigger.rsplit_once('@') {
        Some((t, n)) => (t, n.parse::<usize>().map_err(|e| e.to_string())?),
        None => (trigger, 1),
    };
    let mut e = Expected {
        kind: kind.to_string(),
        trigger: trigger.to_string(),
        occurrence,
        fields: Vec::new(),
    };
    for p in parts {
        let (k, v) = p.split_once('=').unwrap_or((p, ""));
        if ![
            "agent", "canon", "to", "action", "time", "cond", "neg", "hedged", "firm",
        ]
        .contains(&k)
        {
            return Err(format!("unknown field {k:?}"));
        }
        e.fields.push((k.to_string(), v.to_string()));
    }
    Ok(e)
}

fn parse_cases(data: &str) -> Result<Vec<Case>, String> {
    let mut cases: Vec<Case> = Vec::new();
    let mut group = String::new();
    for (n, line) in data.lines().enumerate() {
        if let Some(g) = line.strip_prefix("## ") {
            group = g.trim().to_string();
        } else if line.starts_with('#') || line.trim().is_empty() {
            continue;
        } else if let Some(text) = line.strip_prefix("> ") {
            cases.push(Case {
                group: group.clone(),
                line: n + 1,
                text: text.to_string(),
                facts: Vec::new(),
            });
        } else {
            let case = cases
                .last_mut()
                .ok_or_else(|| format!("line {}: fact before a sentence", n + 1))?;
            case.facts
                .push(parse_fact(line).map_err(|e| format!("line {}: {e}", n + 1))?);
        }
    }
    Ok(cases)
}

/// The differences between what `case` expects and what the analysis finds.
fn check_case(case: &Case) -> Vec<String> {
    let got = analyze_text(&case.text);
    let mut errors = Vec::new();
    let mut used = vec![false; got.len()];
    for e in &case.facts {
        let found = got
            .iter()
            .enumerate()
            .filter(|(_, p)| p.trigger.text == e.trigger)
            .nth(e.occurrence - 1);
        let Some((k, p)) = found else {
            errors.push(format!("missing {} {:?}", e.kind, e.trigger));
            continue;
        };
        used[k] = true;
        let kind = serde_kind(p.kind);
        let mut diff = |what: &str, want: Option<&str>, have: Option<&str>| {
            if want != have {
                errors.push(format!(
                    "{:?}: {what}: want {want:?}, got {have:?}",
                    e.trigger
                ));
            }
        };
        diff("kind", Some(&e.kind), Some(kind));
        diff(
            "agent",
            e.get("agent"),
            p.agent.as_ref().map(|a| a.text.as_str()),
        );
        if let Some(canon) = e.get("canon") {
            diff(
                "canon",
                Some(canon),
                p.agent.as_ref().and_then(|a| a.canonical.as_deref()),
            );
        }
        diff(
            "to",
            e.get("to"),
            p.addressee.as_ref().map(|a| a.text.as_str()),
        );
        diff("action", e.get("action"), Some(p.action.text.as_str()));
        diff(
            "time",
            e.get("time"),
            p.time.as_ref().and_then(|t| t.canonical.as_deref()),
        );
        diff(
            "cond",
            e.get("cond"),
            p.condition.as_ref().map(|a| a.text.as_str()),
        );
        diff(
            "firm",
            e.get("firm"),
            p.firmness.as_ref().and_then(|f| f.canonical.as_deref()),
        );
        diff(
            "neg",
            e.get("neg").map(|_| "true"),
            p.negated.then_some("true"),
        );
        diff(
            "hedged",
            e.get("hedged").map(|_| "true"),
            p.hedged.then_some("true"),
        );
    }
    for (p, used) in got.iter().zip(used) {
        if !used {
            errors.push(format!(
                "unexpected {} {:?} (action {:?})",
                serde_kind(p.kind),
                p.trigger.text,
                p.action.text
            ));
        }
    }
    errors
}

fn serde_kind(k: PledgeKind) -> &'static str {
    match k {
        PledgeKind::Pledge => "pledge",
        PledgeKind::Agreement => "agreement",
        PledgeKind::Offer => "offer",
        PledgeKind::Threat => "threat",
        PledgeKind::Intent => "intent",
        PledgeKind::Refusal => "refusal",
    }
}

const PAIRS: &str = include_str!("../../tests/eval/pledges/pairs.txt");

#[test]
fn minimal_pairs() {
    let cases = parse_cases(PAIRS).expect("pairs.txt parses");
    assert!(cases.len() > 50);
    let mut failures = Vec::new();
    for case in &cases {
        for e in check_case(case) {
            failures.push(format!(
                "pairs.txt:{} [{}] {:?}\n    {e}",
                case.line, case.group, case.text
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} minimal-pair failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn bad_annotations_are_rejected() {
    assert!(parse_cases("agreement agreed").is_err());
    assert!(parse_cases("> Putin agreed.\npromise agreed").is_err());
    assert!(parse_cases("> Putin agreed.\nagreement agreed | who=Putin").is_err());
    assert!(parse_cases("> Putin agreed.\nagreement agreed@x").is_err());
}

/// Every entry of `triggers.txt` has an example: one of its forms is the
/// trigger of an expected fact in the minimal pairs.
#[test]
fn every_trigger_entry_has_an_example() {
    let cases = parse_cases(PAIRS).expect("pairs.txt parses");
    let seen: Vec<String> = cases
        .iter()
        .flat_map(|c| c.facts.iter().map(|e| e.trigger.to_lowercase()))
        .collect();
    let mut missing = Vec::new();
    // Each entry is a `[...]` header and the line of forms after it.
    for line in include_str!("triggers.txt").lines() {
        if line.starts_with('#') || line.starts_with('[') || line.trim().is_empty() {
            continue;
        }
        if !line
            .split_whitespace()
            .any(|f| seen.contains(&f.replace('_', " ")))
        {
            missing.push(line.to_string());
        }
    }
    assert!(missing.is_empty(), "entries with no example: {missing:#?}");
}

/// What issue 5 asks of the seed article, stated outright.
#[test]
fn seed_article() {
    let text = include_str!("../../tests/corpus/seed-article.txt");
    let a = crate::analyze(
        text,
        &crate::Options::new().published_at("2025-03-18").unwrap(),
    );
    let p = &a.pledges;
    let putin = |x: &Pledge| {
        x.agent.as_ref().and_then(|a| a.canonical.as_deref()) == Some("Vladimir Putin")
    };
    // Three reports of one agreement, all Putin's, linked.
    let reports: Vec<&Pledge> = p.iter().filter(|x| putin(x)).collect();
    assert_eq!(reports.len(), 3, "{p:#?}");
    assert!(reports[1..].iter().all(|x| x.same_as.is_some()), "{p:#?}");
    assert!(reports
        .iter()
        .any(|x| x.time.as_ref().and_then(|t| t.canonical.as_deref()) == Some("P30D")));
    assert!(reports.iter().any(
        |x| x.addressee.as_ref().and_then(|a| a.canonical.as_deref()) == Some("Donald Trump")
    ));
    assert!(reports
        .iter()
        .any(|x| x.firmness.as_ref().and_then(|f| f.canonical.as_deref()) == Some("temporary")));
    assert!(reports.iter().all(|x| !x.negated && !x.hedged));
    // Nothing that is not a commitment: the other fact is the US refusal.
    let others: Vec<&Pledge> = p.iter().filter(|x| !putin(x)).collect();
    assert_eq!(others.len(), 1, "{others:#?}");
    assert_eq!(others[0].kind, PledgeKind::Refusal);
    assert!(others[0].action.text.starts_with("these terms"));
}

/// The seed article's commitment, linked without its middle report: the
/// same agent and the same duration, or words for stopping, tell; and the
/// noun report spans its clause.
#[test]
fn seed_reports_link_directly() {
    let p = analyze_text(
        "Putin agreed to pause attacks on energy sites for 30 days. \
         Officials welcomed Putin's commitment to a 30-day cessation.",
    );
    assert_eq!(p.len(), 2, "{p:#?}");
    assert_eq!(p[1].same_as, Some(0), "{p:#?}");
    let p = analyze_text("Trump secured a temporary pledge from Putin to halt energy attacks.");
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].start, 0, "{p:#?}");
}

/// A company description never names a country or a capital; a
/// government may.
#[test]
fn a_company_is_no_capital() {
    let p = analyze_text(
        "Tehran has offered to pause enrichment. The company reportedly pledged to build a plant.",
    );
    assert_eq!(p.len(), 2, "{p:#?}");
    assert_eq!(p[1].agent.as_ref().unwrap().canonical, None, "{p:#?}");
    let p = analyze_text(
        "Tehran has offered to pause enrichment. The government reportedly pledged to build a plant.",
    );
    assert_eq!(
        p[1].agent.as_ref().unwrap().canonical.as_deref(),
        Some("Tehran"),
        "{p:#?}"
    );
}

/// "X met Y. He promised": the subject of "met" is X alone, never the
/// name after the verb.
#[test]
fn the_object_of_met_is_no_subject() {
    let p = analyze_text(
        "Anna Berg met Foreign Minister Lars Dahl in Oslo on Monday. She later promised to visit Sweden.",
    );
    assert_eq!(p.len(), 1, "{p:#?}");
    let canon = p[0].agent.as_ref().and_then(|a| a.canonical.as_deref());
    assert_ne!(canon, Some("Lars Dahl"), "{p:#?}");
}

#[test]
fn odd_input_gives_a_result() {
    for text in [
        "",
        "agreed",
        "to",
        "Putin 's",
        "pledge pledge pledge to to to",
        "\u{201c}Agreed to\u{201d} \u{2014} — ??",
        "He said it will",
        "A ( B ) and , agreed to",
        "commitment",
        "'s commitment to",
    ] {
        let _ = analyze_text(text);
    }
}

#[test]
fn long_text_is_linear() {
    // One sentence of 20,000 tokens with triggers throughout: every scan is
    // bounded by the window, so this stays fast.
    let text = "Putin agreed to pause and pledged to halt and ".repeat(2_000);
    let got = analyze_text(&text);
    assert!(!got.is_empty());
}
