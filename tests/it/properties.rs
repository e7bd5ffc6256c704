//! Properties that hold for any text: spans slice the input on character
//! boundaries, sentences tile it, and the UTF-16 conversion agrees with
//! JavaScript's indexing.

use hedgeline::{analyze, Analysis, Options};
use proptest::prelude::*;

/// Every `(start, end)` span in an analysis.
fn spans(a: &Analysis) -> Vec<(usize, usize, Option<&str>)> {
    let mut out: Vec<(usize, usize, Option<&str>)> = Vec::new();
    out.extend(a.sentences.iter().map(|s| (s.start, s.end, None)));
    for c in a.hedging.cues.iter().chain(&a.hedging.boosters) {
        out.push((c.start, c.end, Some(c.text.as_str())));
    }
    out.extend(
        a.timexes
            .iter()
            .map(|t| (t.start, t.end, Some(t.text.as_str()))),
    );
    for p in &a.pledges {
        out.push((p.start, p.end, None));
        out.push((
            p.trigger.start,
            p.trigger.end,
            Some(p.trigger.text.as_str()),
        ));
        for arg in [
            &p.agent,
            &p.addressee,
            &Some(p.action.clone()),
            &p.time,
            &p.condition,
        ]
        .into_iter()
        .flatten()
        {
            out.push((arg.start, arg.end, None));
        }
    }
    out
}

fn check_text(text: &str, published: Option<&str>) -> Result<(), TestCaseError> {
    let options = match published {
        Some(p) => Options::new().published_at(p).unwrap(),
        None => Options::new(),
    };
    let a = analyze(text, &options);
    // Byte spans: in bounds, on char boundaries, carrying their own text.
    for (start, end, t) in spans(&a) {
        prop_assert!(
            start <= end && end <= text.len(),
            "{start}..{end} out of {}",
            text.len()
        );
        prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        if let Some(t) = t {
            prop_assert_eq!(&text[start..end], t);
        }
    }
    // Sentences tile the text.
    let mut at = 0;
    for s in &a.sentences {
        prop_assert_eq!(s.start, at);
        prop_assert!(s.end > s.start);
        prop_assert!((0.0..=1.0).contains(&s.hedge));
        at = s.end;
    }
    prop_assert_eq!(at, text.len());
    prop_assert!((0.0..=100.0).contains(&a.hedging.score));
    // UTF-16: converted spans slice the same text out of the UTF-16 units.
    let units: Vec<u16> = text.encode_utf16().collect();
    let u = a.clone().to_utf16(text);
    let (bytes, utf16) = (spans(&a), spans(&u));
    prop_assert_eq!(bytes.len(), utf16.len());
    for ((bs, be, _), (us, ue, _)) in bytes.into_iter().zip(utf16) {
        prop_assert!(ue <= units.len());
        prop_assert_eq!(String::from_utf16(&units[us..ue]).unwrap(), &text[bs..be]);
    }
    Ok(())
}

/// Text built from pieces that exercise the analyzers and the tokenizer.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Putin",
        " agreed to pause",
        " attacks",
        " for 30 days",
        ".",
        " ",
        "\n",
        "\n\n",
        "\u{201C}",
        "\u{201D}",
        "\"",
        " may",
        " reportedly",
        " suggests",
        " March 18, 2025",
        " 30-day",
        "'s",
        "\u{2019}s",
        " U.S.",
        " Mr.",
        " $2.50",
        " \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}",
        " \u{5317}\u{4eac}",
        " cafe\u{0301}",
        "...",
        "?",
        " today",
        " no doubt",
        " did not agree to",
        " \u{05e9}\u{05dc}\u{05d5}\u{05dd}",
        "\0",
        "\t",
        " over two hours",
        " last Friday",
        " at 10:30",
        " 2014-11-30T08:15:30-05:30",
        " mid-",
        "-",
        " 17",
        " August",
        " 2013",
        " the end of",
        " three years ago",
        " the following year",
        " every",
        " week",
        " a",
        " year",
        " '",
        "90s",
        " Q3",
        " 3/4/2025",
        " May",
        " Sat",
        " twice",
        " from now",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_string(text in any::<String>()) {
        check_text(&text, None)?;
    }

    #[test]
    fn newsy_strings(text in newsy()) {
        check_text(&text, Some("2025-03-18"))?;
    }
}

#[test]
fn named_hard_inputs() {
    let long_word = "a".repeat(10_000);
    let newlines = "\n".repeat(10_000);
    let cues = "may ".repeat(5_000);
    let dates = (1..2_000)
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join("/");
    for text in [
        "",
        " ",
        "\u{feff}",
        "\0\u{1}\u{7f}",
        long_word.as_str(),
        newlines.as_str(),
        cues.as_str(),
        dates.as_str(),
        "<script>alert(1)</script>",
    ] {
        check_text(text, Some("2025-03-18")).unwrap();
    }
}
