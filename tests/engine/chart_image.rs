//! Chart images (issue 14 item 5): the radar and the bars as PNG and SVG in every language,
//! every label as glyph outlines, Arabic right to left; `dhma chart`.

use std::path::Path;
use std::process::Command;

use dhma::chart_image::{self, ChartKind, ImageFormat};
use dhma::framework::Framework;
use dhma::i18n::{Lang, Localizer};
use dhma::scoring::{self, Scores};

fn sample() -> (&'static Framework, Scores) {
    let data = dhma::exchange::sample().expect("sample");
    let a = &data.assessment;
    let fw = dhma::framework::find(&a.framework.id, &a.framework.version).expect("framework");
    let scores = scoring::score(fw, &data.score_inputs());
    (fw, scores)
}

/// A decoded PNG: size, resolution (pixels per metre) and RGB pixels.
struct Decoded {
    width: u32,
    height: u32,
    per_metre: Option<(u32, u32)>,
    rgb: Vec<u8>,
}

fn decode(bytes: &[u8]) -> Decoded {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .expect("a PNG");
    let per_metre = reader
        .info()
        .pixel_dims
        .filter(|d| d.unit == png::Unit::Meter)
        .map(|d| (d.xppu, d.yppu));
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let frame = reader.next_frame(&mut buf).expect("pixels");
    assert_eq!(frame.color_type, png::ColorType::Rgb);
    buf.truncate(frame.buffer_size());
    Decoded {
        width: frame.width,
        height: frame.height,
        per_metre,
        rgb: buf,
    }
}

/// Pixels of about `colour` (`#rrggbb`).
fn pixels_of(rgb: &[u8], colour: &str) -> usize {
    let (r, g, b) = dhma::charts::rgb(colour);
    let want = [r, g, b].map(|c| (c * 255.0).round() as i32);
    rgb.chunks_exact(3)
        .filter(|p| {
            p.iter()
                .zip(want)
                .all(|(a, b)| (i32::from(*a) - b).abs() <= 8)
        })
        .count()
}

#[test]
fn every_language_gives_a_png_of_the_page_size_and_an_svg_of_outlines_only() {
    let (fw, scores) = sample();
    for lang in Lang::ALL {
        let l = Localizer::new(lang, true);
        for kind in ChartKind::ALL {
            let what = format!("{} {}", lang.code(), kind.name());
            // Every label is drawn from a shipped font, and none is left as text.
            let screen = chart_image::screen_svg(fw, &scores, None, &l, kind);
            assert!(
                screen.contains("<text"),
                "{what}: the screen's SVG has text"
            );
            let outlined = chart_image::outlined(&screen).expect("outlined");
            assert!(
                outlined.missing.is_empty(),
                "{what}: {:?}",
                outlined.missing
            );
            let svg = chart_image::chart_svg(fw, &scores, None, &l, kind).expect("svg");
            assert_eq!(svg, outlined.svg);
            assert!(!svg.contains("<text"), "{what}: text left in the SVG");
            assert!(
                svg.matches("<path").count() >= screen.matches("<text").count(),
                "{what}: a path for every label"
            );
            assert!(svg.contains(r#"width="160mm" height="120mm""#), "{what}");
            let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default())
                .unwrap_or_else(|e| panic!("{what}: {e}"));
            assert!((tree.size().width() / tree.size().height() - 4.0 / 3.0).abs() < 1e-3);

            // The PNG: 16 × 12 cm at 300 dpi, the resolution recorded, not blank.
            let png = chart_image::chart_png(fw, &scores, None, &l, kind, 300).expect("png");
            let d = decode(&png);
            assert_eq!((d.width, d.height), (1890, 1417), "{what}");
            assert_eq!(d.per_metre, Some((11811, 11811)), "{what}");
            let white = pixels_of(&d.rgb, "#ffffff");
            let total = (d.width * d.height) as usize;
            assert!(
                white < total * 97 / 100 && white > total / 2,
                "{what}: {white} of {total} white"
            );
            // The current score's colour and the labels' ink are drawn.
            assert!(
                pixels_of(&d.rgb, dhma::charts::CURRENT_COLOUR) > 2_000,
                "{what}"
            );
            assert!(pixels_of(&d.rgb, "#1d2a36") > 2_000, "{what}: labels");
        }
    }
}

#[test]
fn the_resolution_sets_the_pixels_and_is_checked() {
    let (fw, scores) = sample();
    let l = Localizer::new(Lang::En, true);
    assert_eq!(chart_image::pixel_size(72), (454, 340));
    assert_eq!(chart_image::pixel_size(600), (3780, 2835));
    let d = decode(
        &chart_image::chart_png(fw, &scores, None, &l, ChartKind::Bars, 72).expect("72 dpi"),
    );
    assert_eq!((d.width, d.height), (454, 340));
    assert_eq!(d.per_metre, Some((2835, 2835)));
    for dpi in [0, 71, 1201, u32::MAX] {
        let e = chart_image::chart_png(fw, &scores, None, &l, ChartKind::Radar, dpi)
            .expect_err("out of range");
        assert_eq!(e.code(), "dpi-out-of-range", "{dpi}");
    }
    for typed in ["abc", "300.5", "-300", "", "5000"] {
        let e = chart_image::parse_dpi(typed).expect_err(typed);
        assert_eq!(e.code(), "dpi-out-of-range", "{typed}");
        let message = e.localize(&Localizer::new(Lang::Fr, false));
        assert!(
            message.contains("72") && message.contains("1200") && message.contains(typed),
            "{message}"
        );
    }
    assert_eq!(chart_image::parse_dpi(" 1200 ").expect("1200"), 1200);
    let e = ChartKind::parse("pie").expect_err("pie");
    assert_eq!(e.code(), "unknown-chart-kind");
    assert_eq!(ChartKind::parse("Radar").expect("radar"), ChartKind::Radar);
    assert_eq!(ImageFormat::parse("SVG").expect("svg"), ImageFormat::Svg);
    assert_eq!(
        ImageFormat::parse("gif").expect_err("gif").code(),
        "unknown-image-format"
    );
    assert_eq!(
        ImageFormat::of_path(Path::new("a/Chart.SVG")),
        ImageFormat::Svg
    );
    assert_eq!(ImageFormat::of_path(Path::new("chart")), ImageFormat::Png);
}

/// The x coordinates of every point of every path in an SVG.
fn path_xs(svg: &str) -> Vec<f64> {
    let mut xs = Vec::new();
    for d in svg.split(r#"<path d=""#).skip(1) {
        let d = d.split('"').next().expect("path data");
        for command in d.split(|c: char| c.is_ascii_alphabetic()) {
            let numbers: Vec<f64> = command
                .split_whitespace()
                .map(|n| n.parse().expect("number"))
                .collect();
            xs.extend(numbers.chunks(2).map(|p| p[0]));
        }
    }
    xs
}

#[test]
fn an_arabic_label_reads_right_to_left() {
    // "القوى العاملة": the first word (read first, on the right) is shorter than the second.
    let (first, second) = ("القوى", "العاملة");
    let size = 20.0;
    let w1 = f64::from(dhma::report::text::width(first, false, true, size as f32));
    let w2 = f64::from(dhma::report::text::width(second, false, true, size as f32));
    let space = f64::from(dhma::report::text::width(" ", false, true, size as f32));
    // Anchored at its start (its right edge, right to left) at x = 400.
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 500 100"><text x="400" y="50" font-size="{size}" direction="rtl">{first} {second}</text></svg>"#
    );
    let outlined = chart_image::outlined(&svg).expect("outlined");
    assert!(outlined.missing.is_empty());
    let xs = path_xs(&outlined.svg);
    // The page's white background is a rect: every path point is a glyph's.
    let inside = |a: f64, b: f64| xs.iter().filter(|x| **x > a && **x < b).count();
    let right_gap = (400.0 - w1 - space + 1.0, 400.0 - w1 - 1.0);
    let left_gap = (400.0 - w2 - space + 1.0, 400.0 - w2 - 1.0);
    assert!(right_gap.0 > left_gap.1, "the two gaps are apart");
    assert_eq!(
        inside(right_gap.0, right_gap.1),
        0,
        "the space after the first word, on the right: {right_gap:?}"
    );
    assert!(
        inside(left_gap.0, left_gap.1) > 0,
        "left to right, the space would be here: {left_gap:?}"
    );
    assert!(xs
        .iter()
        .all(|x| *x <= 400.5 && *x >= 400.0 - w1 - w2 - space - 0.5));
}

#[test]
fn charts_of_the_screen_and_of_the_image_are_the_same_picture() {
    // Outside its text, the image is the screen's SVG, element for element.
    let (fw, scores) = sample();
    let l = Localizer::new(Lang::Ar, true);
    let screen = chart_image::screen_svg(fw, &scores, None, &l, ChartKind::Bars);
    let image = chart_image::chart_svg(fw, &scores, None, &l, ChartKind::Bars).expect("svg");
    for shape in ["<rect ", "<line ", "<polygon ", "<circle "] {
        // The image adds one rect: its white page.
        let extra = usize::from(shape == "<rect ");
        assert_eq!(
            image.matches(shape).count(),
            screen.matches(shape).count() + extra,
            "{shape}"
        );
    }
    // The same bars, in the same colours, at the same places.
    let bars = |svg: &str| -> Vec<String> {
        svg.split("<rect ")
            .skip(1)
            .filter_map(|r| r.split("/>").next())
            .filter(|r| r.contains(dhma::charts::CURRENT_COLOUR))
            .map(str::to_string)
            .collect()
    };
    assert!(!bars(&screen).is_empty());
    assert_eq!(bars(&screen), bars(&image));
}

fn dhma_cli(args: &[&str], db: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dhma"))
        .args(args)
        .arg("--db")
        .arg(db)
        .env_remove("DHMA_LANG")
        .env("LANG", "C")
        .output()
        .expect("run dhma")
}

#[test]
fn dhma_chart_writes_the_image_and_refuses_in_the_message_language() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("charts.sqlite3");
    let out = dhma_cli(&["demo"], &db);
    assert!(out.status.success());
    let png = dir.path().join("radar.png");
    let out = dhma_cli(
        &[
            "--lang",
            "zh",
            "chart",
            "1",
            "--kind",
            "radar",
            "--format",
            "png",
            "--dpi",
            "150",
            "-o",
            png.to_str().expect("path"),
        ],
        &db,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("图表已保存至"));
    let d = decode(&std::fs::read(&png).expect("written"));
    assert_eq!((d.width, d.height), chart_image::pixel_size(150));
    // SVG, from an assessment file as well as from the database.
    let file = dir.path().join("sample.dhma.json");
    let out = dhma_cli(&["export", "1", "-o", file.to_str().expect("path")], &db);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = dir.path().join("bars.svg");
    let out = dhma_cli(
        &[
            "chart",
            file.to_str().expect("path"),
            "--kind",
            "bars",
            "--format",
            "svg",
            "-o",
            svg.to_str().expect("path"),
        ],
        &db,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&svg).expect("svg");
    assert!(text.starts_with("<svg") && !text.contains("<text"));

    // Refusals: exit 2, the sentence in the chosen language, no file left behind.
    let bad = dir.path().join("bad.png");
    let bad_s = bad.to_str().expect("path");
    for (args, code_words) in [
        (
            vec![
                "--lang", "fr", "chart", "1", "--kind", "pie", "--format", "png", "-o", bad_s,
            ],
            "« pie » n’est pas un graphique",
        ),
        (
            vec![
                "--lang", "ar", "chart", "1", "--kind", "radar", "--format", "png", "--dpi",
                "5000", "-o", bad_s,
            ],
            "لا يمكن استخدام الدقة «5000»",
        ),
        (
            vec![
                "chart", "1", "--kind", "bars", "--format", "gif", "-o", bad_s,
            ],
            "“gif” is not an image format",
        ),
    ] {
        let out = dhma_cli(&args, &db);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(code_words), "{args:?}: {err}");
        assert!(!bad.exists());
    }
    // A folder that does not exist: exit 1, named, and nothing written.
    let nowhere = dir.path().join("missing").join("radar.png");
    let out = dhma_cli(
        &[
            "chart",
            "1",
            "--kind",
            "radar",
            "--format",
            "png",
            "-o",
            nowhere.to_str().expect("path"),
        ],
        &db,
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("does not exist"), "{err}");
    assert!(!dir.path().join("missing").exists());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
