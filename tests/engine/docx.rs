//! The report as an editable DOCX document: a zip of WordprocessingML parts holding every
//! section heading in the report's language, tables as tables, the charts as images,
//! right-to-left paragraphs in Arabic, the status of the assessment; and a document
//! LibreOffice opens (converted to PDF headless, its text read back with pdftotext).

use std::io::Read;
use std::process::Command;

use dhma::compare::Round;
use dhma::error::Result;
use dhma::framework::IndicatorText;
use dhma::i18n::{arg, Lang, Localizer};
use dhma::model::{AssessmentData, Status};
use dhma::report::{Chart, ChartKind, Paper};

fn sample() -> AssessmentData {
    dhma::exchange::sample().expect("sample")
}

/// A real PNG image (RGB, `w` × `h`): a blue bar on white for the radar, green for the bars.
fn png(w: u32, h: u32, colour: [u8; 3]) -> Vec<u8> {
    let mut raw = Vec::new();
    for y in 0..h {
        raw.push(0); // filter: none
        for x in 0..w {
            let inside = x > w / 8 && x < w * 7 / 8 && y > h / 3 && y < h * 2 / 3;
            raw.extend(if inside { colour } else { [255, 255, 255] });
        }
    }
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut z, &raw).unwrap();
    let idat = z.finish().unwrap();
    let mut ihdr = Vec::new();
    ihdr.extend(w.to_be_bytes());
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, data) in [(&b"IHDR"[..], ihdr), (b"IDAT", idat), (b"IEND", Vec::new())] {
        out.extend((data.len() as u32).to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(&data);
        out.extend(kind);
        out.extend(&data);
        out.extend(crc.sum().to_be_bytes());
    }
    out
}

fn radar_png() -> Vec<u8> {
    png(240, 200, [31, 79, 120])
}

fn bars_png() -> Vec<u8> {
    png(300, 120, [40, 140, 80])
}

/// The charts a test gives the document: a different image for each.
fn charts(c: &Chart<'_>) -> Result<Option<Vec<u8>>> {
    Ok(Some(match c.kind {
        ChartKind::Radar => radar_png(),
        ChartKind::Bars => bars_png(),
    }))
}

/// The sample's previous round, a little lower: "Since the last round" is printed.
fn previous(data: &AssessmentData) -> Round {
    let fw = super::gdhm();
    let mut inputs = data.score_inputs();
    for input in inputs.values_mut() {
        if let Some(dhma::scoring::Current::Phase(p)) = input.current {
            input.current = Some(dhma::scoring::Current::Phase(p.saturating_sub(1).max(1)));
        }
    }
    Round {
        id: 0,
        uid: "previous".into(),
        round: "Baseline 2024".into(),
        date: "2024-05-02".into(),
        status: Status::Finalised,
        scores: dhma::scoring::score(fw, &inputs),
    }
}

fn docx(data: &AssessmentData, previous: Option<&Round>, lang: Lang) -> Vec<u8> {
    dhma::service::render_report_docx(data.clone(), previous, lang, Paper::A4, &charts)
        .expect("docx")
}

/// The parts of a DOCX by name.
fn parts(bytes: &[u8]) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut b = Vec::new();
            f.read_to_end(&mut b).unwrap();
            (f.name().unwrap().to_string(), b)
        })
        .collect()
}

fn text(parts: &std::collections::BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(
        parts
            .get(name)
            .unwrap_or_else(|| panic!("{name} missing"))
            .clone(),
    )
    .expect("UTF-8")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The paragraphs (`<w:p>…</w:p>`) of a part, in order.
fn paragraphs(xml: &str) -> Vec<&str> {
    xml.split("<w:p>").skip(1).collect()
}

/// Every section heading of the report in a language, as the DOCX must hold them.
fn headings(l: &Localizer, data: &AssessmentData) -> Vec<String> {
    let fw = super::gdhm();
    let mut h: Vec<String> = [
        "report-summary",
        "report-radar",
        "ui-chart-bars-title",
        "report-scores",
        "report-changes",
        "report-roadmap",
        "report-timeline",
        "report-method",
        "report-disclaimer",
        "report-signoff",
    ]
    .iter()
    .map(|k| l.text(k))
    .collect();
    if !data.workshop.ratings.is_empty() {
        h.push(l.text("report-ratings"));
    }
    for b in &fw.blocks {
        h.push(l.format(
            "report-block-section",
            &[arg("block", l.text(&fw.block_key(&b.id)))],
        ));
    }
    h
}

/// Checks XML is well formed with Python's parser (python3 is in scripts/setup).
fn well_formed(name: &str, xml: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("part.xml");
    std::fs::write(&path, xml).unwrap();
    let out = Command::new("python3")
        .args([
            "-c",
            "import sys, xml.dom.minidom as m; m.parse(sys.argv[1])",
        ])
        .arg(&path)
        .output()
        .expect("python3 is needed for this test");
    assert!(
        out.status.success(),
        "{name} is not well-formed XML: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The DOCX of the sample in English, Arabic and Chinese: every part there and well
/// formed, every section heading as a Word heading, every question, the tables as tables
/// with a repeated header row, both charts as images, the fonts and language, right-to-left
/// paragraphs and tables in Arabic only (never right-aligned), the draft status.
#[test]
fn the_docx_holds_every_section_table_and_chart_in_its_language() {
    let data = sample();
    let prev = previous(&data);
    let fw = super::gdhm();
    for lang in [Lang::En, Lang::Ar, Lang::Zh] {
        let l = Localizer::new(lang, false);
        let p = parts(&docx(&data, Some(&prev), lang));
        for name in [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/settings.xml",
            "word/header1.xml",
            "word/footer1.xml",
            "docProps/core.xml",
        ] {
            well_formed(name, &text(&p, name));
        }
        let doc = text(&p, "word/document.xml");
        for h in headings(&l, &data) {
            let styled = paragraphs(&doc).into_iter().any(|para| {
                para.contains(r#"<w:pStyle w:val="Heading"#) && para.contains(&escape(&h))
            });
            assert!(
                styled,
                "{lang:?}: heading {h:?} missing or not a Word heading"
            );
        }
        for ind in &fw.indicators {
            let q = l.text(&fw.key(&ind.code, IndicatorText::Question));
            assert!(
                doc.contains(&escape(&q)),
                "{lang:?}: question {} missing",
                ind.code
            );
        }
        // Tables as tables: the scores, changes, roadmap lines, timeline, method tables.
        let tables = doc.matches("<w:tbl>").count();
        assert!(tables >= 8, "{lang:?}: {tables} tables");
        assert_eq!(doc.matches("<w:tblHeader/>").count(), tables, "{lang:?}");
        assert!(doc.contains(&escape(&l.text("ui-dash-col-block"))));
        // Both charts, as images of the package.
        assert_eq!(p.get("word/media/chart1.png"), Some(&radar_png()));
        assert_eq!(p.get("word/media/chart2.png"), Some(&bars_png()));
        assert_eq!(doc.matches("<a:blip r:embed=").count(), 2);
        assert!(text(&p, "[Content_Types].xml").contains(r#"Extension="png""#));
        // Fonts and language.
        let styles = text(&p, "word/styles.xml");
        for font in ["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"] {
            assert!(styles.contains(&format!(r#""{font}""#)), "{font}");
        }
        let tag = match lang {
            Lang::Ar => "ar-SA",
            Lang::Zh => "zh-CN",
            _ => "en-GB",
        };
        assert!(
            styles.contains(&format!(r#"<w:lang w:val="{tag}""#)),
            "{lang:?}: w:lang"
        );
        // Right to left: every paragraph of the Arabic document, and its tables; never a
        // right alignment (logical under bidi: it would put the text on the left).
        let all = [
            doc.as_str(),
            &text(&p, "word/header1.xml"),
            &text(&p, "word/footer1.xml"),
        ];
        for part in all {
            let paras = paragraphs(part);
            let bidi = paras.iter().filter(|x| x.contains("<w:bidi/>")).count();
            if lang == Lang::Ar {
                assert_eq!(bidi, paras.len(), "every Arabic paragraph is right-to-left");
            } else {
                assert_eq!(bidi, 0, "{lang:?}: no right-to-left paragraph");
            }
            assert!(!part.contains(r#"<w:jc w:val="right"/>"#));
        }
        assert_eq!(
            doc.matches("<w:bidiVisual/>").count(),
            if lang == Lang::Ar { tables } else { 0 }
        );
        // A draft: DRAFT on every page (the header), "not yet signed" in the footer and
        // the sign-off.
        assert!(text(&p, "word/header1.xml").contains(&escape(&l.text("report-draft-word"))));
        assert!(text(&p, "word/footer1.xml").contains(&escape(&l.text("report-draft-footer"))));
        assert!(doc.contains(&escape(&l.text("report-signoff-draft"))));
        assert!(text(&p, "word/footer1.xml").contains(r#"w:instr=" NUMPAGES ""#));
    }
}

/// A finalised report's DOCX has no DRAFT and carries its date and check code.
#[test]
fn a_finalised_docx_carries_its_date_and_code_and_no_draft_mark() {
    use dhma::model::Approval;
    let mut data = sample();
    let code = dhma::exchange::fingerprint(&data).expect("fingerprint");
    data.assessment.status = Status::Finalised;
    data.assessment.approval = Approval {
        approver_name: Some("Dr Miriam Osei".into()),
        approver_role: Some("Permanent Secretary".into()),
        government_approved: true,
        finalised_at: Some("2026-11-20T16:05:00Z".into()),
        fingerprint: Some(code.clone()),
    };
    let l = Localizer::new(Lang::En, false);
    let p = parts(&docx(&data, None, Lang::En));
    let (header, footer) = (text(&p, "word/header1.xml"), text(&p, "word/footer1.xml"));
    assert!(!header.contains(&l.text("report-draft-word")));
    assert!(!footer.contains(&l.text("report-draft-footer")));
    let short: String = code.chars().take(16).collect();
    assert!(footer.contains(&format!(
        "Finalised on 20/11/2026 · Document check code {short}…"
    )));
    let doc = text(&p, "word/document.xml");
    assert!(doc.contains(&code), "the whole code in the sign-off");
    assert!(!doc.contains(&l.text("report-signoff-draft")));
}

/// The team's own text goes in as text: markup escaped, characters XML cannot hold left out,
/// the document still well formed.
#[test]
fn the_teams_text_stays_text_in_the_docx() {
    let mut data = sample();
    let r = data.responses.first_mut().unwrap();
    r.rationale = "<w:p>&amp; \"quoted\" \u{1}\u{B}end</w:p>".into();
    let p = parts(&docx(&data, None, Lang::En));
    let doc = text(&p, "word/document.xml");
    well_formed("word/document.xml", &doc);
    assert!(doc.contains("&lt;w:p&gt;&amp;amp; &quot;quoted&quot; end&lt;/w:p&gt;"));
}

/// No image is drawn when none is given, and a chart that is not a PNG image, or a chart
/// that fails, fails the document rather than leaving a broken picture.
#[test]
fn charts_come_only_from_their_images() {
    let data = sample();
    let none = |_: &Chart<'_>| -> Result<Option<Vec<u8>>> { Ok(None) };
    let bytes = dhma::service::render_report_docx(data.clone(), None, Lang::En, Paper::A4, &none)
        .expect("docx");
    let p = parts(&bytes);
    assert!(!p.keys().any(|k| k.starts_with("word/media/")));
    assert!(!text(&p, "word/document.xml").contains("<w:drawing>"));
    let gif = |_: &Chart<'_>| -> Result<Option<Vec<u8>>> { Ok(Some(b"GIF89a....".to_vec())) };
    assert!(
        dhma::service::render_report_docx(data.clone(), None, Lang::En, Paper::A4, &gif).is_err()
    );
    let failing = |_: &Chart<'_>| -> Result<Option<Vec<u8>>> {
        Err(dhma::Error::Required {
            field: "chart".into(),
        })
    };
    assert!(dhma::service::render_report_docx(data, None, Lang::En, Paper::A4, &failing).is_err());
}

/// `dhma report --format docx` writes the DOCX (atomically, in the report language) and
/// says so; `pdf` stays the default.
#[test]
fn the_cli_writes_a_docx_with_format_docx() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let dhma = env!("CARGO_BIN_EXE_dhma");
    let run = |args: &[&str]| {
        let out = Command::new(dhma)
            .arg("--db")
            .arg(&db)
            .args(["--lang", "en"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run(&["demo"]);
    let path = dir.path().join("r.docx");
    let p = path.display().to_string();
    let said = run(&[
        "report",
        "1",
        "--report-lang",
        "ar",
        "--format",
        "docx",
        "-o",
        &p,
    ]);
    assert!(said.contains("editable report"), "{said}");
    let parts = parts(&std::fs::read(&path).unwrap());
    let doc = text(&parts, "word/document.xml");
    assert!(doc.contains(&escape(
        &Localizer::new(Lang::Ar, false).text("report-summary")
    )));
    let pdf = dir.path().join("r.pdf");
    run(&["report", "1", "-o", &pdf.display().to_string()]);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

/// The text with every run of white space as one space and without the direction marks and
/// isolates that extraction adds or keeps.
fn one(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!(
            "{name} is needed for this test (Debian: libreoffice-writer-nogui, poppler-utils): {e}"
        )
    });
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Opened by LibreOffice: the English and Arabic DOCX convert to PDF (headless), and
/// pdftotext finds in them every section heading and a question, in the report's language,
/// and the two charts as images. Fails (does not skip) without LibreOffice: CI installs it.
#[test]
fn libreoffice_opens_the_docx_in_english_and_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let data = sample();
    let prev = previous(&data);
    let mut files = Vec::new();
    for lang in [Lang::En, Lang::Ar] {
        let path = dir.path().join(format!("report-{}.docx", lang.code()));
        std::fs::write(&path, docx(&data, Some(&prev), lang)).unwrap();
        files.push(path.display().to_string());
    }
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        dir.path().display()
    );
    let outdir = dir.path().join("pdf").display().to_string();
    let mut args = vec![
        profile.as_str(),
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outdir.as_str(),
    ];
    args.extend(files.iter().map(String::as_str));
    tool("soffice", &args);
    let fw = super::gdhm();
    for lang in [Lang::En, Lang::Ar] {
        let l = Localizer::new(lang, false);
        let pdf = format!("{outdir}/report-{}.pdf", lang.code());
        // pdftotext gives one line of a table cell or paragraph per line: compare with
        // every run of white space as one space, and without the isolating marks.
        let got = one(&tool("pdftotext", &[&pdf, "-"]));
        // LibreOffice's PDF gives Arabic back in logical order, but its lam-alef ligatures
        // come back altered (الأ as األ, as in the PDF report): Arabic is compared word by
        // word, without the words that hold one.
        let found = |s: &str| match lang {
            Lang::Ar => super::report::comparable_words(s)
                .iter()
                .all(|w| got.contains(w.as_str())),
            _ => got.contains(&one(s)),
        };
        for h in headings(&l, &data) {
            assert!(found(&h), "{lang:?}: {h:?} not in LibreOffice's PDF");
        }
        let q = l.text(&fw.key("1", IndicatorText::Question));
        assert!(found(&q), "{lang:?}: question 1 not in LibreOffice's PDF");
        if let Ok(keep) = std::env::var("DHMA_KEEP_DOCX") {
            // For looking: DHMA_KEEP_DOCX=<dir> keeps the documents and LibreOffice's PDFs.
            let name = format!("report-{}", lang.code());
            let keep = std::path::Path::new(&keep);
            std::fs::copy(&pdf, keep.join(format!("{name}.pdf"))).unwrap();
            std::fs::copy(
                dir.path().join(format!("{name}.docx")),
                keep.join(format!("{name}.docx")),
            )
            .unwrap();
        }
        let images = tool("pdfimages", &["-list", &pdf]);
        assert_eq!(images.lines().count() - 2, 2, "{lang:?}: {images}");
    }
}
