//! Radar and bar chart SVG: time to compute the geometry and write the SVG, many times.

use std::time::{Duration, Instant};

use dhma::charts;
use dhma::i18n::{Lang, Localizer};
use dhma::scoring;

use crate::{ms, stats, BenchResult, Options, Row};

pub fn run(opts: &Options) -> BenchResult<Vec<Row>> {
    let data = dhma::exchange::sample()?;
    let a = &data.assessment;
    let fw = dhma::framework::find(&a.framework.id, &a.framework.version)?;
    let scores = scoring::score(fw, &data.score_inputs());
    let runs = opts.runs(2000, 200);
    let mut rows = Vec::new();
    for lang in [Lang::En, Lang::Ar, Lang::Zh] {
        let l = Localizer::new(lang, true);
        let labels: Vec<String> = scores
            .blocks
            .iter()
            .map(|b| l.text(&fw.block_key(&b.id)))
            .collect();
        let series = charts::radar_series(&scores, None, &l);
        let bar_series = charts::bar_series(&scores, &l);
        let complete: Vec<bool> = scores.blocks.iter().map(|b| b.mean.is_some()).collect();
        let title = l.text("ui-dash-radar");
        let scale = l.text("ui-chart-scale-note");
        let mut radar = Vec::with_capacity(runs);
        let mut bars = Vec::with_capacity(runs);
        let mut size = (0, 0);
        for _ in 0..runs {
            let t = Instant::now();
            let layout = charts::radar_layout(&labels, &series, 680.0, 520.0);
            let svg = charts::radar_svg(&layout, &title, &scale, &complete, lang.is_rtl());
            radar.push(t.elapsed());
            let t = Instant::now();
            let layout = charts::bars_layout(&labels, &bar_series, 620.0);
            let bsvg = charts::bars_svg(&layout, &title, lang.is_rtl());
            bars.push(t.elapsed());
            size = (
                std::hint::black_box(svg).len(),
                std::hint::black_box(bsvg).len(),
            );
        }
        rows.push(row("radar SVG", lang, &radar, size.0, runs));
        rows.push(row("bars SVG", lang, &bars, size.1, runs));
    }
    Ok(rows)
}

fn row(what: &str, lang: Lang, samples: &[Duration], size: usize, runs: usize) -> Row {
    let s = stats(samples);
    Row::new("charts", format!("{what} ({}), layout + SVG", lang.code())).dhma(format!(
        "median {}, p99 {} ({runs} runs, {:.1} KB)",
        ms(s.median),
        ms(s.p99),
        size as f64 / 1024.0
    ))
}
