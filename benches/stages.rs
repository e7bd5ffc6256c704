//! Where the time goes: each stage of [`hedgeline::analyze`], natively, on
//! the benchmark corpus (the seed article and the 120 MEANTIME Wikinews
//! articles of `benches/data/`, about 220 KB).
//!
//! Run with `cargo bench --bench stages`; `cargo bench --bench stages -- hedging`
//! runs one stage. Each stage is measured alone, on inputs the earlier stages
//! prepared outside the timed loop, so the figures add up to a full
//! analysis. Throughput is reported per byte of text.
//!
//! `serialization` stands in for the WebAssembly boundary: it converts the
//! offsets to UTF-16 and serializes the result with `serde_json`, which
//! walks the same `Serialize` impls that serde-wasm-bindgen walks in the
//! browser (the JS object building itself is measured by `npm run bench`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hedgeline::text::Document;
use hedgeline::{hedge, pledge, timex, Options};
use std::hint::black_box;
use std::time::Duration;

/// One article of the benchmark corpus.
struct Article {
    text: String,
    options: Options,
}

fn corpus() -> Vec<Article> {
    let root = env!("CARGO_MANIFEST_DIR");
    let seed = std::fs::read_to_string(format!("{root}/tests/corpus/seed-article.txt"))
        .expect("tests/corpus/seed-article.txt");
    let mut articles = vec![Article {
        text: seed,
        options: Options::new().published_at("2025-03-18").unwrap(),
    }];
    let lines = std::fs::read_to_string(format!("{root}/benches/data/meantime-en.jsonl"))
        .expect("benches/data/meantime-en.jsonl");
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        articles.push(Article {
            text: v["fullText"].as_str().expect("fullText").to_string(),
            // A few articles have no ISO publication date: relative dates
            // stay unresolved there, as they would for a caller.
            options: v["publishedAt"]
                .as_str()
                .and_then(|date| Options::new().published_at(date).ok())
                .unwrap_or_default(),
        });
    }
    articles
}

fn stages(c: &mut Criterion) {
    let articles = corpus();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut group = c.benchmark_group("stages");
    group
        .throughput(Throughput::Bytes(bytes as u64))
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));

    // Segmentation is `Document::new`: tokenize, split into sentences,
    // mark quotations and lowercase. The first two are also timed alone.
    group.bench_function("segmentation/tokenize", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(hedgeline::text::token::tokenize(black_box(&a.text)));
            }
        })
    });
    let tokens: Vec<_> = articles
        .iter()
        .map(|a| hedgeline::text::token::tokenize(&a.text))
        .collect();
    group.bench_function("segmentation/sentences", |b| {
        b.iter(|| {
            for (a, t) in articles.iter().zip(&tokens) {
                black_box(hedgeline::text::sentence::split(&a.text, t));
            }
        })
    });
    group.bench_function("segmentation", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(Document::new(black_box(&a.text)));
            }
        })
    });

    let docs: Vec<Document> = articles.iter().map(|a| Document::new(&a.text)).collect();
    group.bench_function("hedging", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(hedge::analyze(d));
            }
        })
    });

    let hedgings: Vec<_> = docs.iter().map(hedge::analyze).collect();
    group.bench_function("timexes", |b| {
        b.iter(|| {
            for (d, a) in docs.iter().zip(&articles) {
                black_box(timex::analyze(d, a.options.publication_date()));
            }
        })
    });

    let timexes: Vec<_> = docs
        .iter()
        .zip(&articles)
        .map(|(d, a)| timex::analyze(d, a.options.publication_date()))
        .collect();
    group.bench_function("pledges", |b| {
        b.iter(|| {
            for ((d, h), t) in docs.iter().zip(&hedgings).zip(&timexes) {
                black_box(pledge::analyze(d, h, t));
            }
        })
    });

    let pledges: Vec<_> = docs
        .iter()
        .zip(&hedgings)
        .zip(&timexes)
        .map(|((d, h), t)| pledge::analyze(d, h, t))
        .collect();
    group.bench_function("timeline", |b| {
        b.iter(|| {
            for (((d, a), t), p) in docs.iter().zip(&articles).zip(&timexes).zip(&pledges) {
                black_box(timex::timeline(d, t, p, a.options.publication_date()));
            }
        })
    });

    let analyses: Vec<_> = articles
        .iter()
        .map(|a| hedgeline::analyze(&a.text, &a.options))
        .collect();
    group.bench_function("serialization", |b| {
        b.iter(|| {
            for (analysis, a) in analyses.iter().zip(&articles) {
                let utf16 = analysis.clone().to_utf16(&a.text);
                black_box(serde_json::to_vec(&utf16).unwrap());
            }
        })
    });

    group.bench_function("full analyze", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(hedgeline::analyze(black_box(&a.text), &a.options));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
