//! Chart images (issue 14 item 10): the radar and the bars as a 300 dpi PNG (16 × 12 cm,
//! 1890 × 1417 pixels), as "Save chart…" and `dhma chart` draw them: the screen's SVG, its
//! labels shaped into outlines, rasterised and encoded. Goal: ≤ 100 ms a chart (median).
//! Also, for information, the SVG alone and the whole save to a file.

use std::time::{Duration, Instant};

use dhma::chart_image::{self, ChartKind, ImageFormat};
use dhma::i18n::{Lang, Localizer};
use dhma::scoring;

use crate::{bytes, ms, stats, BenchResult, Options, Row};

const GOAL_MS: f64 = 100.0;
const DPI: u32 = 300;

pub fn run(opts: &Options) -> BenchResult<Vec<Row>> {
    let data = dhma::exchange::sample()?;
    let a = &data.assessment;
    let fw = dhma::framework::find(&a.framework.id, &a.framework.version)?;
    let scores = scoring::score(fw, &data.score_inputs());
    let runs = opts.runs(40, 8);
    let dir = tempfile::tempdir()?;
    let mut rows = Vec::new();
    for lang in [Lang::En, Lang::Ar, Lang::Zh] {
        // As the app does: an isolating localizer in the interface language.
        let l = Localizer::new(lang, true);
        for kind in ChartKind::ALL {
            let what = format!("{} ({})", kind.name(), lang.code());
            // One unmeasured run: fonts parsed and shape plans compiled once per process.
            let mut size = chart_image::chart_png(fw, &scores, None, &l, kind, DPI)?.len();
            let mut png = Vec::with_capacity(runs);
            let mut svg = Vec::with_capacity(runs);
            let mut save = Vec::with_capacity(runs);
            let path = dir
                .path()
                .join(format!("{}-{}.png", kind.name(), lang.code()));
            for _ in 0..runs {
                let t = Instant::now();
                let bytes = chart_image::chart_png(fw, &scores, None, &l, kind, DPI)?;
                png.push(t.elapsed());
                size = std::hint::black_box(bytes).len();
                let t = Instant::now();
                std::hint::black_box(chart_image::chart_svg(fw, &scores, None, &l, kind)?);
                svg.push(t.elapsed());
                let t = Instant::now();
                dhma::service::write_chart(&data, None, lang, kind, ImageFormat::Png, DPI, &path)?;
                save.push(t.elapsed());
            }
            let s = stats(&png);
            rows.push(
                Row::new(
                    "charts-png",
                    format!("{what}: chart_png at {DPI} dpi (1890 × 1417)"),
                )
                .dhma(format!(
                    "median {}, p99 {} ({runs} runs, {})",
                    ms(s.median),
                    ms(s.p99),
                    bytes(size as u64)
                ))
                .goal(format!("≤ {GOAL_MS:.0} ms"), s.median <= GOAL_MS),
            );
            rows.push(info(
                &format!("{what}: SVG with outlined labels"),
                &svg,
                runs,
            ));
            rows.push(info(
                &format!("{what}: score, draw and write the PNG file"),
                &save,
                runs,
            ));
        }
    }
    Ok(rows)
}

fn info(measure: &str, samples: &[Duration], runs: usize) -> Row {
    let s = stats(samples);
    Row::new("charts-png", measure).dhma(format!(
        "median {}, p99 {} ({runs} runs)",
        ms(s.median),
        ms(s.p99)
    ))
}
