//! The PDF report in every language, checked with poppler's tools the way a reader would:
//! it opens, its text is extractable and holds the localized headings and the country,
//! every font is embedded and subset, and no character fell back to an empty box.

use std::process::Command;

use dhma::i18n::{Lang, Localizer};
use dhma::report::{render, Paper};

fn sample_with_roadmap() -> dhma::model::AssessmentData {
    let mut data = dhma::exchange::sample().expect("sample");
    let fw = super::gdhm();
    let mut n = 0;
    data.roadmap = dhma::roadmap::merge(&[], dhma::roadmap::propose(fw, &data.responses), |_| {
        n += 1;
        format!("r{n}")
    });
    data
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed for this test (Debian: poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Arabic vowel marks may come back in another order from extraction: compare without them.
fn without_marks(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(*c as u32, 0x064B..=0x065F | 0x0670))
        .collect()
}

/// Words of a heading that text extraction gives back verbatim (Arabic lam-alef ligatures,
/// alef maksura and vowel marks come back altered, so words holding one are not compared).
pub(crate) fn comparable_words(heading: &str) -> Vec<String> {
    heading
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| {
            w.chars().count() >= 3
                && !w.contains("لا")
                && !w.contains("لأ")
                && !w.contains("لإ")
                && !w.contains('ى')
                && !w
                    .chars()
                    .any(|c| matches!(c as u32, 0x064B..=0x065F | 0x0670))
        })
        .collect()
}

#[test]
fn the_sample_report_is_correct_in_all_seven_languages() {
    let data = sample_with_roadmap();
    let dir = tempfile::tempdir().expect("tmp");
    for lang in Lang::ALL {
        let report = render(&data, None, lang, Paper::A4, "2026-11-23").expect("render");
        assert!(
            report.missing.is_empty(),
            "{lang}: characters without a font: {:?}",
            report.missing
        );
        assert!(
            (10..=60).contains(&report.pages),
            "{lang}: {} pages",
            report.pages
        );
        let path = dir.path().join(format!("{lang}.pdf"));
        std::fs::write(&path, &report.pdf).expect("write");
        let p = path.display().to_string();

        let info = tool("pdfinfo", &[&p]);
        let pages_line = info
            .lines()
            .find(|l| l.starts_with("Pages:"))
            .unwrap_or_default();
        assert_eq!(
            pages_line.split_whitespace().nth(1),
            Some(report.pages.to_string().as_str()),
            "{lang}: {info}"
        );
        assert!(info.contains("(A4)"), "{lang}: {info}");

        let raw = std::fs::read(&path).expect("read");
        let lang_entry = format!("/Lang({})", lang.code());
        assert!(
            raw.windows(lang_entry.len())
                .any(|w| w == lang_entry.as_bytes())
                || raw
                    .windows(lang_entry.len() + 1)
                    .any(|w| w == format!("/Lang ({})", lang.code()).as_bytes()),
            "{lang}: the document language is set"
        );
        let text = without_marks(&tool("pdftotext", &[&p, "-"]));
        assert!(
            text.contains("Republic of Lusara"),
            "{lang}: country name not found"
        );
        let l = Localizer::new(lang, false);
        let mut checked = 0;
        for key in [
            "report-title",
            "report-roadmap",
            "report-summary",
            "report-signoff",
            "report-rationale",
        ] {
            let heading = l.text(key);
            for w in comparable_words(&heading) {
                assert!(
                    text.contains(&w),
                    "{lang}: heading {key} ({heading}) not found: missing {w}"
                );
                checked += 1;
            }
        }
        assert!(
            checked >= 3,
            "{lang}: only {checked} heading words could be compared"
        );

        let fonts = tool("pdffonts", &[&p]);
        let rows: Vec<&str> = fonts
            .lines()
            .skip(2)
            .filter(|r| !r.trim().is_empty())
            .collect();
        assert!(!rows.is_empty(), "{lang}: no fonts listed");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            // name type… encoding emb sub uni object ID
            let n = cols.len();
            assert!(n >= 7, "{lang}: {row}");
            assert_eq!(
                (cols[n - 5], cols[n - 4]),
                ("yes", "yes"),
                "{lang}: font not embedded and subset: {row}"
            );
        }
        // A report without Chinese takes its arrows ("→", "←") from the 65 KB symbols font:
        // embedding the 16 MB CJK font for them cost more than drawing the whole report.
        if lang != Lang::Zh {
            assert!(
                !fonts.contains("NotoSansCJK") && fonts.contains("DHMASymbols"),
                "{lang}: {fonts}"
            );
        }
    }
}

#[test]
fn letter_paper_and_an_empty_roadmap_work() {
    let data = dhma::exchange::sample().expect("sample");
    let report = render(&data, None, Lang::Fr, Paper::Letter, "2026-11-23").expect("render");
    assert!(report.missing.is_empty());
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, &report.pdf).expect("write");
    let info = tool("pdfinfo", &[&path.display().to_string()]);
    assert!(info.contains("(letter)"), "{info}");
}

/// Text as extracted, every run of white space made one space (lines wrap anywhere).
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The agreement figure of the sample, formatted in a language, as the summary prints it.
fn sample_agreement(data: &dhma::model::AssessmentData, l: &Localizer) -> String {
    let fw = super::gdhm();
    let spreads: Vec<_> = fw
        .indicators
        .iter()
        .filter(|i| i.is_scored())
        .map(|i| {
            let s = dhma::consensus::spread(
                data.workshop
                    .ratings
                    .iter()
                    .filter(|r| r.indicator == i.code)
                    .map(|r| r.phase),
            );
            let agreed = data
                .responses
                .iter()
                .find(|r| r.indicator == i.code)
                .and_then(|r| r.current);
            (s, agreed)
        })
        .collect();
    let share = dhma::consensus::agreement(spreads.iter().map(|(s, a)| (s, *a))).expect("share");
    l.decimal(share * 100.0, 0)
}

#[test]
fn the_annex_shows_how_the_team_rated_in_all_seven_languages() {
    let data = sample_with_roadmap();
    assert!(
        !data.workshop.dissents.is_empty(),
        "the sample has a dissent"
    );
    let dir = tempfile::tempdir().expect("tmp");
    for lang in Lang::ALL {
        let l = Localizer::new(lang, false);
        let report = render(&data, None, lang, Paper::A4, "2026-11-23").expect("render");
        assert!(
            report.missing.is_empty(),
            "{lang}: characters without a font: {:?}",
            report.missing
        );
        let path = dir.path().join(format!("{lang}.pdf"));
        std::fs::write(&path, &report.pdf).expect("write");
        let text = one_line(&without_marks(&tool(
            "pdftotext",
            &[&path.display().to_string(), "-"],
        )));
        let heading = l.text("report-ratings");
        let words = comparable_words(&heading);
        assert!(!words.is_empty(), "{lang}: {heading}");
        for w in words {
            assert!(
                text.contains(&w),
                "{lang}: annex heading {heading}: missing {w}"
            );
        }
        // The dissent's reason, as the sample's participant wrote it (in English).
        assert!(
            text.contains("does not agree that the strategy is costed"),
            "{lang}: the dissent's reason is missing"
        );
        assert!(text.contains("Grace Achieng"), "{lang}: who dissented");
        let figure = sample_agreement(&data, &l);
        let sentence = one_line(&l.format(
            "report-summary-agreement",
            &[
                ("percent", figure.clone().into()),
                ("agreed", 0.into()),
                ("counted", 0.into()),
            ],
        ));
        // The sentence up to the figure, as the language writes it (its sign included).
        let head = sentence
            .split_once(" (")
            .or_else(|| sentence.split_once('（'))
            .map(|(h, _)| h.to_string())
            .unwrap_or(sentence.clone());
        if lang.is_rtl() {
            assert!(text.contains(&figure), "{lang}: agreement {figure} missing");
        } else {
            assert!(
                text.contains(&head),
                "{lang}: agreement figure not found: {head}"
            );
        }
    }
}

#[test]
fn a_report_before_the_workshop_has_no_annex_and_no_agreement_figure() {
    let mut data = sample_with_roadmap();
    data.workshop = Default::default();
    let report = render(&data, None, Lang::En, Paper::A4, "2026-11-23").expect("render");
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("en.pdf");
    std::fs::write(&path, &report.pdf).expect("write");
    let text = one_line(&tool("pdftotext", &[&path.display().to_string(), "-"]));
    let l = Localizer::new(Lang::En, false);
    assert!(!text.contains(&l.text("report-ratings")), "annex printed");
    assert!(!text.contains("Agreement in the room"), "figure printed");
    assert!(!text.contains("does not agree that the strategy"));
}

#[test]
fn the_annex_lists_rated_sub_indicators_and_names_an_anonymous_dissent() {
    use dhma::model::{Dissent, Rater, Rating};
    use dhma::scoring::Current;
    let mut data = sample_with_roadmap();
    // A sub-indicator rated by one card; a scored indicator nobody rated.
    data.workshop.ratings.push(Rating {
        indicator: "2a".into(),
        rater: Rater::Anonymous,
        phase: Current::Phase(4),
        comment: String::new(),
    });
    data.workshop.ratings.retain(|r| r.indicator != "22");
    data.workshop.dissents.push(Dissent {
        indicator: "14".into(),
        rater: Rater::Anonymous,
        reason: "Contract staff are a workforce too.".into(),
    });
    let report = render(&data, None, Lang::En, Paper::A4, "2026-11-23").expect("render");
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("en.pdf");
    std::fs::write(&path, &report.pdf).expect("write");
    let layout = tool("pdftotext", &["-layout", &path.display().to_string(), "-"]);
    let row = |code: &str| -> Vec<String> {
        layout
            .lines()
            .map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .find(|cells| cells.len() == 12 && cells.first().map(String::as_str) == Some(code))
            .unwrap_or_else(|| panic!("no table row for {code}:\n{layout}"))
    };
    // Code, phases 1 to 5, NA, min, median, max, agreed phase, within one phase.
    assert_eq!(
        row("2a"),
        ["2a", "0", "0", "0", "1", "0", "0", "4", "4", "4", "2", "No"]
    );
    assert_eq!(
        row("22"),
        ["22", "0", "0", "0", "0", "0", "0", "—", "—", "—", "1", "—"]
    );
    // Sub-indicators nobody rated are left out.
    assert!(!layout
        .lines()
        .any(|l| l.split_whitespace().next() == Some("5a") && l.split_whitespace().count() == 12));
    let text = one_line(&layout);
    assert!(
        text.contains("Dissent, Anonymous: Contract staff are a workforce too."),
        "{text}"
    );
}

#[test]
fn dissent_and_notes_are_printed_even_without_ratings() {
    use dhma::model::ConsensusNote;
    let mut data = sample_with_roadmap();
    data.workshop.ratings.clear();
    // A note on a sub-indicator nobody rated.
    data.workshop.notes.push(ConsensusNote {
        indicator: "4a".into(),
        note: "Left not applicable until a gender analysis is done.".into(),
    });
    let report = render(&data, None, Lang::En, Paper::A4, "2026-11-23").expect("render");
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("en.pdf");
    std::fs::write(&path, &report.pdf).expect("write");
    let text = one_line(&tool("pdftotext", &[&path.display().to_string(), "-"]));
    let l = Localizer::new(Lang::En, false);
    assert!(text.contains(&l.text("report-ratings")), "annex missing");
    assert!(text.contains("does not agree that the strategy is costed"));
    assert!(text.contains("Left not applicable until a gender analysis is done."));
    // No ratings: no distribution table and no agreement figure.
    assert!(!text.contains(&l.text("report-ratings-within")));
    assert!(!text.contains("Agreement in the room"));
}

/// "Since the last round": with the previous round, the report has the section with the
/// blocks' means and phases then and now and the changed indicators with the team's notes
/// (in English and French); without one, no such section.
#[test]
fn the_report_says_what_changed_since_the_last_round() {
    let mut db = dhma::storage::Db::open_in_memory().expect("db");
    let (_, new) = super::two_rounds_of_sample(&mut db);
    let data = db.load(new).expect("load");
    let previous = dhma::compare::previous_round(&db, new)
        .expect("previous")
        .expect("a previous round");
    let dir = tempfile::tempdir().expect("tmp");
    let text_of = |lang: Lang, previous: Option<&dhma::compare::Round>| {
        let report = render(&data, previous, lang, Paper::A4, "2026-12-02").expect("render");
        assert!(report.missing.is_empty(), "{lang}: {:?}", report.missing);
        let kind = if previous.is_some() {
            "changes"
        } else {
            "plain"
        };
        let path = dir.path().join(format!("{lang}-{kind}.pdf"));
        std::fs::write(&path, &report.pdf).expect("write");
        // For looking at: DHMA_REPORT_DIR=/some/dir keeps a copy of each report.
        if let Some(keep) = std::env::var_os("DHMA_REPORT_DIR") {
            std::fs::copy(
                &path,
                std::path::Path::new(&keep).join(format!("{lang}-{kind}.pdf")),
            )
            .expect("keep a copy");
        }
        tool("pdftotext", &["-layout", &path.display().to_string(), "-"])
    };
    // Words on one line, and "3 → 2" as "3→2" (layout extraction drops the spaces of a
    // narrow cell).
    let squeeze = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace(" → ", "→")
    };

    let en = squeeze(&text_of(Lang::En, Some(&previous)));
    let section = en
        .split_once(
            "Since the last round Compared with the previous round, Baseline 2024 (16/03/2024)",
        )
        .and_then(|(_, after)| after.split_once("Building block: Leadership and governance"))
        .map(|(section, _)| section)
        .unwrap_or_else(|| panic!("no section before the first block's: {en}"));
    for expected in [
        "Building block Mean Phase Target Phase change",
        "Leadership and governance 2.25→2.00 3→2 4→4 Down",
        "Legislation, policy and compliance 2.25→2.33 3→3 3→4 Unchanged",
        "Workforce 2.00→2.00 2→2 4→4 Unchanged",
        "Overall 2.24→2.22 3→3 4→4 Unchanged",
        "Indicators whose phase or target changed",
        "The phase or target of 3 indicators changed.",
        "Indicator Phase Target What changed (the team’s note)",
        "1 National digital health 2→3 3→4 The digital health steering",
        "3 Governance of emerging digital 3→1 3→2 The AI working group was",
        "10 Cross-border health data 2→not not set→not",
    ] {
        assert!(section.contains(expected), "{expected:?} not in {section}");
    }
    // Unchanged indicators are not listed.
    assert!(
        !section.contains("2 Digital health in national health planning"),
        "{section}"
    );

    let fr = squeeze(&text_of(Lang::Fr, Some(&previous)));
    assert!(fr.contains("Depuis le dernier cycle"), "{fr}");
    assert!(fr.contains("Composante"), "{fr}");
    assert!(fr.contains("2,25→2,00 3→2 4→4 En baisse"), "{fr}");
    assert!(
        fr.contains("La phase ou la cible de 3 indicateurs a changé."),
        "{fr}"
    );

    // Right to left and CJK: the section is there, every character has a font.
    // pdftotext gives each cell as written ("old ← new", the arrow's text), the cells of a
    // row in their visual order, with bidi controls.
    let ar: String = text_of(Lang::Ar, Some(&previous))
        .chars()
        .filter(|c| !matches!(*c as u32, 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069))
        .collect();
    let ar = squeeze(&ar);
    // (lam-alef comes back from extraction as two letters: "الأخيرة" is not compared.)
    assert!(ar.contains("منذ الجولة"), "{ar}");
    assert!(
        ar.contains("انخفاض 4 ← 4 3 ← 2 2.25 ← 2.00 القيادة والحوكمة"),
        "{ar}"
    );
    let zh = squeeze(&text_of(Lang::Zh, Some(&previous)));
    assert!(zh.contains("自上一轮次以来"), "{zh}");
    assert!(zh.contains("2.25→2.00 3→2 4→4 下降"), "{zh}");

    let none = squeeze(&text_of(Lang::En, None));
    assert!(!none.contains("Since the last round"), "{none}");
}

/// Text compared as written: white space (line breaks included) and the bidi marks that
/// extraction adds (U+200E/F, U+202A–E, U+2066–9) left out, so that a line break inside a
/// Chinese sentence or an Arabic paragraph does not count.
fn bare(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .filter(|c| !matches!(*c as u32, 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069))
        .collect()
}

/// The body text of every page of a report, as `pdftotext` gives it (running header and
/// page numbers cropped away, so that a paragraph across two pages reads as one).
fn body_text(pdf: &[u8], name: &str) -> String {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).expect("write");
    let p = path.display().to_string();
    // A4 in points: the header ends 42 pt from the top, the page number starts 40 pt above
    // the bottom edge, the body lies between 64 and 782.
    tool(
        "pdftotext",
        &["-x", "0", "-y", "50", "-W", "596", "-H", "740", &p, "-"],
    )
}

#[test]
fn the_text_inside_the_pdf_is_the_text_written_in_all_seven_languages() {
    use dhma::framework::IndicatorText;
    let data = sample_with_roadmap();
    let fw = super::gdhm();
    for lang in Lang::ALL {
        let report = render(&data, None, lang, Paper::A4, "2026-11-23").expect("render");
        let text = bare(&body_text(&report.pdf, lang.code()));
        let l = Localizer::new(lang, false);
        let mut expected: Vec<(String, String)> = Vec::new();
        for b in &fw.blocks {
            for key in [fw.block_key(&b.id), fw.block_description_key(&b.id)] {
                expected.push((key.clone(), l.text(&key)));
            }
        }
        for ind in &fw.indicators {
            for part in [IndicatorText::Title, IndicatorText::Question] {
                let key = fw.key(&ind.code, part);
                expected.push((key.clone(), l.text(&key)));
            }
        }
        for p in 1..=5 {
            let key = format!("phase-{p}-name");
            expected.push((key.clone(), l.text(&key)));
        }
        let missing: Vec<String> = expected
            .iter()
            .filter(|(_, written)| !text.contains(&bare(written)))
            .map(|(key, written)| format!("{key}: {written}"))
            .collect();
        assert!(
            missing.is_empty(),
            "{lang}: {} of {} texts not found as written:\n{}",
            missing.len(),
            expected.len(),
            missing.join("\n")
        );
    }
}

/// The text of each page of a PDF (pdftotext separates pages with form feeds), after
/// checking there are as many as `pdfinfo` counts.
fn pages_of(path: &std::path::Path) -> Vec<String> {
    let p = path.display().to_string();
    let info = tool("pdfinfo", &[&p]);
    let count: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count: {info}"));
    let text = without_marks(&tool("pdftotext", &[&p, "-"]));
    let pages: Vec<String> = text.split('\u{c}').map(one_line).take(count).collect();
    assert_eq!(pages.len(), count, "{p}");
    pages
}

fn write_report(
    data: &dhma::model::AssessmentData,
    lang: Lang,
    dir: &std::path::Path,
    name: &str,
) -> (dhma::report::Report, std::path::PathBuf) {
    let report = render(data, None, lang, Paper::A4, "2026-12-02").expect("render");
    assert!(report.missing.is_empty(), "{lang}: {:?}", report.missing);
    let path = dir.join(format!("{name}-{lang}.pdf"));
    std::fs::write(&path, &report.pdf).expect("write");
    if let Some(keep) = std::env::var_os("DHMA_REPORT_DIR") {
        std::fs::copy(
            &path,
            std::path::Path::new(&keep).join(format!("{name}-{lang}.pdf")),
        )
        .expect("keep a copy");
    }
    (report, path)
}

/// The words of a text that extraction gives back as written (all of them but in Arabic),
/// as `normal` gives them.
fn words_to_find(lang: Lang, text: &str) -> Vec<String> {
    if lang.is_rtl() {
        comparable_words(text)
    } else {
        vec![normal(lang, text)]
    }
}

/// Text as extracted, every run of white space one space; in Chinese, where lines wrap
/// between any two characters, none.
fn normal(lang: Lang, text: &str) -> String {
    if lang == Lang::Zh {
        text.split_whitespace().collect()
    } else {
        one_line(text)
    }
}

/// A draft says so on every page (the footer's notice; the large word behind the text is a
/// picture, not text) and its sign-off says it is not yet signed; nothing says it was
/// approved.
#[test]
fn a_draft_says_so_on_every_page_and_is_not_yet_signed() {
    let data = sample_with_roadmap();
    assert_eq!(data.assessment.status, dhma::model::Status::Draft);
    let dir = tempfile::tempdir().expect("tmp");
    for lang in Lang::ALL {
        let l = Localizer::new(lang, false);
        let (report, path) = write_report(&data, lang, dir.path(), "draft");
        let pages: Vec<String> = pages_of(&path).iter().map(|p| normal(lang, p)).collect();
        assert_eq!(pages.len(), report.pages);
        let notice = words_to_find(lang, &l.text("report-draft-footer"));
        assert!(!notice.is_empty(), "{lang}");
        for (i, page) in pages.iter().enumerate() {
            for w in &notice {
                assert!(
                    page.contains(w),
                    "{lang}, page {}: no {w:?} in {page}",
                    i + 1
                );
            }
        }
        let last = pages.last().expect("a page");
        for w in words_to_find(lang, &l.text("report-signoff-draft")) {
            assert!(last.contains(&w), "{lang}: sign-off: no {w:?} in {last}");
        }
        let all = pages.join(" ");
        assert!(
            !all.contains(&normal(lang, &l.text("report-government-approved"))),
            "{lang}: a draft names no approval"
        );
        assert!(
            !all.contains(&normal(lang, &l.text("report-check-code-meaning"))),
            "{lang}: a draft has no check code"
        );
    }
}

#[test]
fn no_line_of_the_chinese_report_starts_with_closing_punctuation() {
    const NO_START: &str = "）。，、：；！？」』】》〉”’．…％・";
    const NO_END: &str = "（「『【《〈“‘";
    let data = sample_with_roadmap();
    let report = render(&data, None, Lang::Zh, Paper::A4, "2026-11-23").expect("render");
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("zh.pdf");
    std::fs::write(&path, &report.pdf).expect("write");
    let layout = tool("pdftotext", &["-layout", &path.display().to_string(), "-"]);
    let mut lines = 0;
    let mut bad = Vec::new();
    for line in layout.lines() {
        // Table cells sit side by side on a line, two or more spaces apart.
        for cell in line
            .trim()
            .split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            lines += 1;
            let first = cell.chars().next().unwrap_or(' ');
            let last = cell.chars().last().unwrap_or(' ');
            if NO_START.contains(first) || NO_END.contains(last) {
                bad.push(cell.to_string());
            }
        }
    }
    assert!(lines > 500, "only {lines} lines");
    assert!(bad.is_empty(), "{bad:#?}");
}

/// A finalised report carries the date of finalisation and its check code on every page,
/// and no draft mark; its sign-off gives the whole code and says what it is.
#[test]
fn a_finalised_report_carries_its_date_and_check_code_on_every_page() {
    use dhma::model::{Approval, Status};
    let mut data = sample_with_roadmap();
    let code = dhma::exchange::fingerprint(&data).expect("fingerprint");
    data.assessment.status = Status::Finalised;
    data.assessment.approval = Approval {
        approver_name: Some("Dr Miriam Osei".into()),
        approver_role: Some("Permanent Secretary".into()),
        government_approved: true,
        finalised_at: Some("2026-11-20T16:05:00Z".into()),
        fingerprint: Some(code.clone()),
    };
    let short: String = code.chars().take(16).collect();
    let dir = tempfile::tempdir().expect("tmp");
    for lang in [Lang::En, Lang::Fr, Lang::Ru, Lang::Zh, Lang::Ar] {
        let l = Localizer::new(lang, false);
        let (report, path) = write_report(&data, lang, dir.path(), "final");
        let pages: Vec<String> = pages_of(&path).iter().map(|p| normal(lang, p)).collect();
        assert_eq!(pages.len(), report.pages);
        for (i, page) in pages.iter().enumerate() {
            assert!(
                page.contains(&short),
                "{lang}, page {}: no code in {page}",
                i + 1
            );
            // The date in the language's order (Arabic extraction may give its parts in
            // visual order).
            let date = l.date("2026-11-20");
            let mirrored: Vec<&str> = date.split('/').rev().collect();
            assert!(
                page.contains(&date) || page.contains(&mirrored.join("/")),
                "{lang}, page {}: no date in {page}",
                i + 1
            );
            assert!(
                !page.contains(&l.text("report-draft-word")),
                "{lang}, page {}: a draft mark on a finalised report",
                i + 1
            );
        }
        let all = pages.join(" ");
        assert!(
            all.contains(&code),
            "{lang}: the whole code in the sign-off"
        );
        if !lang.is_rtl() {
            for key in ["report-check-code-meaning", "report-check-code"] {
                assert!(all.contains(&normal(lang, &l.text(key))), "{lang}: {key}");
            }
            assert!(!all.contains(&normal(lang, &l.text("report-signoff-draft"))));
        }
        if lang == Lang::En {
            assert!(all.contains("Approved by the government: Yes"), "{all}");
            assert!(
                all.contains("Finalised on 20/11/2026 · Document check code"),
                "{all}"
            );
            assert!(all.contains("Approved by: Dr Miriam Osei"), "{all}");
        }
    }
}

/// The timeline lists each time frame's indicator codes in the order people read them,
/// under headers that say what each column holds.
#[test]
fn the_timeline_lists_codes_in_natural_order() {
    let data = sample_with_roadmap();
    let dir = tempfile::tempdir().expect("tmp");
    let (_, path) = write_report(&data, Lang::En, dir.path(), "timeline");
    let text = one_line(&tool("pdftotext", &[&path.display().to_string(), "-"]));
    let timeline = text
        .rsplit_once("Timeline")
        .map(|(_, after)| after)
        .unwrap_or_else(|| panic!("no timeline: {text}"));
    assert!(
        timeline.starts_with(" Time frame Number of actions Indicators concerned"),
        "{timeline}"
    );
    let short: Vec<&str> = data
        .roadmap
        .iter()
        .filter(|i| i.timeframe == dhma::framework::TimeFrame::Short)
        .map(|i| i.indicator.as_str())
        .collect();
    assert!(short.contains(&"2a") && short.contains(&"21"), "{short:?}");
    // Every code once, in the framework's order (which is the natural order).
    let expected: Vec<&str> = super::gdhm()
        .indicators
        .iter()
        .map(|i| i.code.as_str())
        .filter(|c| short.contains(c))
        .collect();
    let list = expected.join(", ");
    assert!(timeline.contains(&list), "{list:?} not in {timeline}");
    assert!(list.starts_with("2, 2a, 3"), "{list}");
}

/// The sample's report in English, Arabic and Chinese: no page ends with a heading or a
/// table's header row, a table that fits on a page is on one page, and every page but the
/// last is filled at least to its middle.
#[test]
fn the_sample_report_leaves_no_heading_alone_and_no_page_mostly_empty() {
    use dhma::report::page::Kind;
    let mut db = dhma::storage::Db::open_in_memory().expect("db");
    let (_, new) = super::two_rounds_of_sample(&mut db);
    let with_previous = db.load(new).expect("load");
    let previous = dhma::compare::previous_round(&db, new)
        .expect("previous")
        .expect("a previous round");
    let (_, height) = Paper::A4.size();
    let plain = sample_with_roadmap();
    for (data, previous) in [(&plain, None), (&with_previous, Some(&previous))] {
        for lang in [Lang::En, Lang::Ar, Lang::Zh] {
            let report = render(data, previous, lang, Paper::A4, "2026-12-02").expect("render");
            let placed = &report.placed;
            let label = format!("{lang} (previous round: {})", previous.is_some());
            for page in 1..=report.pages {
                let on_page: Vec<_> = placed.iter().filter(|p| p.page == page).collect();
                let last = on_page
                    .last()
                    .unwrap_or_else(|| panic!("{label}: page {page} is empty"));
                assert!(
                    !matches!(last.kind, Kind::Heading(_) | Kind::TableHeader { .. }),
                    "{label}: page {page} ends with {:?}",
                    last.kind
                );
                let bottom = on_page.iter().map(|p| p.bottom).fold(0.0, f32::max);
                if page < report.pages {
                    assert!(
                        bottom >= height / 2.0,
                        "{label}: page {page} is filled only to {bottom} of {height}"
                    );
                }
            }
            // Tables: split only when they do not fit on one page.
            let tables: std::collections::BTreeSet<usize> = placed
                .iter()
                .filter_map(|p| match p.kind {
                    Kind::TableRow { table } => Some(table),
                    _ => None,
                })
                .collect();
            for t in tables {
                let parts: Vec<_> = placed
                    .iter()
                    .filter(|p| {
                        matches!(p.kind, Kind::TableRow { table } | Kind::TableHeader { table } if table == t)
                    })
                    .collect();
                let pages: std::collections::BTreeSet<usize> =
                    parts.iter().map(|p| p.page).collect();
                if pages.len() > 1 {
                    let rows: f32 = parts
                        .iter()
                        .filter(|p| matches!(p.kind, Kind::TableRow { .. }))
                        .map(|p| p.bottom - p.top)
                        .sum();
                    // A small table is never split (a page holds over 700 points).
                    assert!(
                        rows > 300.0,
                        "{label}: table {t} ({rows} points of rows) split over {pages:?}"
                    );
                    let rows_per_page: Vec<usize> = pages
                        .iter()
                        .map(|pg| {
                            parts
                                .iter()
                                .filter(|p| {
                                    p.page == *pg && matches!(p.kind, Kind::TableRow { .. })
                                })
                                .count()
                        })
                        .collect();
                    assert!(
                        rows_per_page.iter().all(|n| *n >= 2),
                        "{label}: table {t}: rows per page {rows_per_page:?}"
                    );
                    // One that would fit on a page leaves at least half its rows on the
                    // first.
                    let total: usize = rows_per_page.iter().sum();
                    if rows < 600.0 {
                        assert!(
                            rows_per_page.first().is_some_and(|n| 2 * n >= total),
                            "{label}: table {t}: rows per page {rows_per_page:?}"
                        );
                    }
                }
            }
        }
    }
}

/// The text of the executive summary's page(s): from its heading to the radar's.
fn summary_text(lang: Lang, body: &str) -> String {
    let l = Localizer::new(lang, false);
    let all = normal(lang, body);
    let start = normal(lang, &l.text("report-summary"));
    let end = normal(lang, &l.text("report-radar"));
    let from = all.find(&start).expect("the summary's heading");
    let rest = &all[from..];
    let to = rest.find(&end).expect("the radar's heading");
    rest[..to].to_string()
}

/// Issue 13, item 1: the summary names every tied block, says how the phase follows from
/// the mean with the assessment's numbers, explains the numbers of the priorities and
/// names the data gaps. The sample: Leadership and governance, Workforce and
/// Infrastructure all at 2.00; Strategy and investment and Standards and interoperability
/// at 2.50; overall 2.22 → 2.2 → phase 3; indicators 4a, 6a, 9a and 10 without a phase.
#[test]
fn the_summary_names_tied_blocks_and_explains_its_numbers_in_en_and_fr() {
    let data = sample_with_roadmap();
    let en = summary_text(
        Lang::En,
        &body_text(
            &render(&data, None, Lang::En, Paper::A4, "2026-12-02")
                .expect("render")
                .pdf,
            "en",
        ),
    );
    for expected in [
        "Weakest building blocks, tied at a mean of 2.00: Leadership and governance, Workforce, Infrastructure.",
        "Strongest building blocks, tied at a mean of 2.50: Strategy and investment, Standards and interoperability.",
        "the mean 2.22 is rounded to one decimal, 2.2, then up to the next whole number, which gives phase 3.",
        "Largest gaps between target and current phase • Leadership and governance: 1.25 (mean 2.00 now, mean target 3.25) • Workforce: 1.25 (mean 2.00 now, mean target 3.25) A gap is",
        "4 indicators have no phase and are left out of the scores:",
        "10 Cross-border health data exchange and storage: not available – data missing",
    ] {
        assert!(en.contains(expected), "en: no {expected:?} in the summary:\n{en}");
    }
    // No bare number in brackets after a priority: each says which indicator it concerns.
    let priorities = en
        .split("Top priorities of the roadmap")
        .nth(1)
        .expect("the priorities");
    assert!(priorities.contains("• Indicator "), "{priorities}");
    let bracketed_number = priorities.split('(').skip(1).any(|after| {
        after.split_once(')').is_some_and(|(inside, _)| {
            !inside.is_empty() && inside.chars().all(|c| c.is_ascii_alphanumeric())
        })
    });
    assert!(!bracketed_number, "a bare code in brackets: {priorities}");

    // French: the same facts with the language's own list separator and plural.
    let lang = Lang::Fr;
    let l = Localizer::new(lang, false);
    let fw = super::gdhm();
    let fr = summary_text(
        lang,
        &body_text(
            &render(&data, None, lang, Paper::A4, "2026-12-02")
                .expect("render")
                .pdf,
            "fr",
        ),
    );
    let names = |ids: &[&str]| -> String {
        l.list(
            &ids.iter()
                .map(|id| l.text(&fw.block_key(id)))
                .collect::<Vec<_>>(),
        )
    };
    let weakest = names(&["leadership-governance", "workforce", "infrastructure"]);
    assert!(
        fr.contains(&format!(
            "Composantes les plus faibles, à égalité avec une moyenne de 2,00 : {weakest}."
        )),
        "fr: {fr}"
    );
    assert!(fr.contains("la moyenne 2,22 est arrondie à une décimale, 2,2, puis à l’entier supérieur, soit la phase 3."), "fr: {fr}");
    assert!(fr.contains("4 indicateurs n’ont pas de phase"), "fr: {fr}");
}

/// Issue 13, item 5: the method annex says how the assessment was run and who took part,
/// refers to the ratings annex, gives the phase scale, works the scoring rule through with
/// this assessment's numbers (as `scoring` gives them), lists the codes against the GDHM's,
/// the limitations and the disclaimer; in English and in Chinese.
#[test]
fn the_method_annex_works_the_rule_through_with_the_assessments_numbers() {
    let data = sample_with_roadmap();
    let fw = super::gdhm();
    let scores = dhma::scoring::score(fw, &data.score_inputs());
    let legislation = scores
        .block("legislation-policy-compliance")
        .expect("block");
    assert_eq!(legislation.scored, ["7", "8", "9"]);
    assert_eq!(
        dhma::scoring::round_one_decimal(legislation.mean.expect("mean")),
        2.3
    );
    assert_eq!(legislation.phase, Some(3));
    assert_eq!(scores.overall.phase, Some(3));

    let en = normal(
        Lang::En,
        &body_text(
            &render(&data, None, Lang::En, Paper::A4, "2026-12-02")
                .expect("render")
                .pdf,
            "en",
        ),
    );
    let annex = en.split("Annex: method").nth(1).expect("the method annex");
    for expected in [
        "How the assessment was run",
        "Date of the assessment: 16/03/2026",
        "Last change to the answers: 18/03/2026",
        "Facilitator: Amina Kessar",
        "8 people took part in the assessment:",
        "Tomás Ferreira Ministry of Justice Legal adviser",
        "The annex “How the team rated” shows every rating",
        "Phase Name What it means in general",
        "Legislation, policy and compliance: indicators 7, 8, 9 count, at phases 3, 2, 2. Mean 7 ÷ 3 = 2.33; rounded to one decimal 2.3; phase 3.",
        "Left out of this mean: 9a (sub-indicator: its answer is recorded but not counted in the score), 10 (marked not applicable / not available).",
        "Overall: the mean of the 7 building-block means (2.00, 2.50, 2.33, 2.00, 2.50, 2.00, 2.20) is 2.22; rounded to one decimal 2.2; phase 3.",
        "DHMA code GDHM code Indicator Counted in the score",
        "No: sub-indicator of 21",
        "DHMA does not verify it.",
        "It is not a product of the World Health Organization (WHO), the International Telecommunication Union (ITU) or the Global Digital Health Monitor (GDHM)",
        "“GDHM-compatible” means only that DHMA uses the same indicator codes and the same scoring rule as the GDHM. The results in this report are the assessment team’s own.",
    ] {
        assert!(annex.contains(expected), "en: no {expected:?} in the annex:\n{annex}");
    }

    let lang = Lang::Zh;
    let l = Localizer::new(lang, false);
    let zh = normal(
        lang,
        &body_text(
            &render(&data, None, lang, Paper::A4, "2026-12-02")
                .expect("render")
                .pdf,
            "zh",
        ),
    );
    let annex = zh
        .split(&normal(lang, &l.text("report-method")))
        .nth(1)
        .expect("the method annex");
    for key in [
        "report-method-conduct",
        "report-method-consensus-ratings",
        "report-method-scale-intro",
        "report-method-phase-3",
        "report-method-codes-same",
        "report-method-limit-self",
        "report-disclaimer-text",
    ] {
        let text = normal(lang, &l.text(key));
        assert!(
            annex.contains(&text),
            "zh: no {key} ({text}) in the annex:\n{annex}"
        );
    }
    assert!(
        annex.contains("法律、政策与合规：计入指标7、8、9，阶段分别为3、2、2。平均值7÷3=2.33；保留一位小数为2.3；阶段3。")
            || annex.contains(&normal(lang, &l.format("report-method-example-block", &[
                ("block", l.text(&fw.block_key("legislation-policy-compliance")).into()),
                ("codes", "7、8、9".into()),
                ("phases", "3、2、2".into()),
                ("count", 3.into()),
                ("sum", 7.into()),
                ("mean", "2.33".into()),
                ("rounded", "2.3".into()),
                ("phase", 3.into()),
            ]))),
        "zh: the worked example:\n{annex}"
    );
}

/// Before the workshop (no ratings) the method annex does not refer to an annex that is
/// not there, and says the phases were agreed without individual ratings.
#[test]
fn without_ratings_the_method_annex_refers_to_no_ratings_annex() {
    let mut data = sample_with_roadmap();
    data.workshop = Default::default();
    let en = normal(
        Lang::En,
        &body_text(
            &render(&data, None, Lang::En, Paper::A4, "2026-12-02")
                .expect("render")
                .pdf,
            "en",
        ),
    );
    assert!(!en.contains("How the team rated"), "{en}");
    assert!(en.contains("No individual ratings were recorded"), "{en}");
}

/// A phase as the report names it ("Phase 3 – Defined").
fn phase_name(l: &Localizer, p: u8) -> String {
    l.format(
        "phase-title",
        &[
            dhma::i18n::arg(
                "label",
                l.format("phase-label", &[dhma::i18n::arg("phase", p)]),
            ),
            dhma::i18n::arg("name", l.text(&format!("phase-{p}-name"))),
        ],
    )
}

/// Each block's section opens with the block's own score (mean and phase, target phase, as
/// the scores table gives them), and each indicator prints what its chosen phase means and
/// the team's confidence in words, in English and in Arabic.
#[test]
fn block_sections_open_with_their_score_and_indicators_say_what_their_phase_means() {
    use dhma::framework::IndicatorText;
    use dhma::scoring::Current;
    let data = sample_with_roadmap();
    let fw = super::gdhm();
    let scores = dhma::scoring::score(fw, &data.score_inputs());
    for lang in [Lang::En, Lang::Ar] {
        let report = render(&data, None, lang, Paper::A4, "2026-12-02").expect("render");
        let lines = body_text(&report.pdf, lang.code());
        let text = bare(&lines);
        let l = Localizer::new(lang, false);
        let with_phase: Vec<(&str, u8)> = data
            .responses
            .iter()
            .filter_map(|r| match r.current {
                Some(Current::Phase(p)) => Some((r.indicator.as_str(), p)),
                _ => None,
            })
            .collect();
        assert!(with_phase.len() > 10);
        for (code, p) in with_phase.iter().step_by(5) {
            let description = l.text(&fw.key(code, IndicatorText::Phase(*p)));
            assert!(
                text.contains(&bare(&description)),
                "{lang}: indicator {code}, phase {p}: {description}"
            );
        }
        for b in &scores.blocks {
            let (Some(mean), Some(phase), Some(target)) = (b.mean, b.phase, b.target_phase) else {
                continue;
            };
            let line = l.format(
                "report-block-score",
                &[
                    dhma::i18n::arg("mean", l.decimal(mean, 2)),
                    dhma::i18n::arg("phase", phase_name(&l, phase)),
                    dhma::i18n::arg("target", phase_name(&l, target)),
                ],
            );
            if lang.is_rtl() {
                // Extraction gives a right-to-left line with its numbers and the neutral
                // characters next to them in another order: one line holds every word and
                // the mean.
                let words = comparable_words(&line);
                let mean = l.decimal(mean, 2);
                assert!(
                    lines
                        .lines()
                        .any(|t| t.contains(&mean) && words.iter().all(|w| t.contains(w))),
                    "{lang}: {line}"
                );
            } else {
                assert!(text.contains(&bare(&line)), "{lang}: {line}");
            }
        }
        for r in &data.responses {
            let words = match r.confidence {
                Some(c) => l.text(&format!("confidence-{}", c.as_str())),
                None => l.text("report-confidence-none"),
            };
            assert!(
                text.contains(&bare(&words)),
                "{lang}: {}: {words}",
                r.indicator
            );
        }
    }
}

/// Every chart stands alone: the radar's legend names the current score, the target phase
/// and the scale, the bar chart has its title and the same legend, and with a previous round
/// the radar's legend names it.
#[test]
fn the_charts_carry_titles_and_legends_and_the_previous_round() {
    let mut db = dhma::storage::Db::open_in_memory().expect("db");
    let (_, new) = super::two_rounds_of_sample(&mut db);
    let data = db.load(new).expect("load");
    let previous = dhma::compare::previous_round(&db, new)
        .expect("previous")
        .expect("a previous round");
    for lang in [Lang::En, Lang::Ar, Lang::Zh] {
        let l = Localizer::new(lang, false);
        for with_previous in [false, true] {
            let prev = with_previous.then_some(&previous);
            let report = render(&data, prev, lang, Paper::A4, "2026-12-02").expect("render");
            let text = bare(&body_text(&report.pdf, lang.code()));
            for key in [
                "report-radar",
                "ui-chart-bars-title",
                "ui-chart-scale-note",
                "ui-chart-legend-target-phase",
            ] {
                assert!(text.contains(&bare(&l.text(key))), "{lang}: {key}");
            }
            // The current score's entry, once in each chart's legend.
            let current = bare(&l.text("ui-chart-legend-mean"));
            assert_eq!(text.matches(&current).count(), 2, "{lang}: {current}");
            let round = bare(&l.format(
                "ui-dash-legend-previous",
                &[dhma::i18n::arg("round", &previous.round)],
            ));
            assert_eq!(text.contains(&round), with_previous, "{lang}: {round}");
        }
    }
}

/// The team's texts are printed in their places: the context at the start of the executive
/// summary, the overall key findings after the strongest and weakest blocks, the overall
/// recommendations after the roadmap's first priorities, and a block's findings and
/// recommendations at the start of its section; headings only where there is a text.
#[test]
fn the_narratives_are_printed_in_their_places_in_english_and_arabic() {
    use dhma::model::{Narrative, NarrativeKind, OVERALL};
    let texts = |lang: Lang| -> [&'static str; 5] {
        match lang {
            Lang::Ar => [
                "السياق التقييم الوطني الثاني للبلد",
                "النتيجة العامة الحوكمة متقدمة والقوة العاملة ضعيفة",
                "التوصية العامة تمويل خطة التدريب",
                "نتيجة القيادة الخطة معتمدة دون ميزانية",
                "توصية القيادة تخصيص بند ضمن الميزانية",
            ],
            _ => [
                "Context: second national assessment, after the 2024 strategy.",
                "Overall finding: governance is ahead of the workforce.",
                "Overall recommendation: fund the training plan.",
                "Leadership finding: the plan is adopted without a budget line.",
                "Leadership recommendation: add a budget line in 2027.",
            ],
        }
    };
    let dir = tempfile::tempdir().expect("tmp");
    for lang in [Lang::En, Lang::Ar] {
        let [context, findings, recommendations, block_findings, block_recommendations] =
            texts(lang);
        let mut data = sample_with_roadmap();
        let n = |scope: &str, kind, text: &str| Narrative {
            scope: scope.into(),
            kind,
            text: text.into(),
        };
        let block = "leadership-governance";
        data.narratives = vec![
            n(block, NarrativeKind::Findings, block_findings),
            n(block, NarrativeKind::Recommendations, block_recommendations),
            n(OVERALL, NarrativeKind::Context, context),
            n(OVERALL, NarrativeKind::Findings, findings),
            n(OVERALL, NarrativeKind::Recommendations, recommendations),
        ];
        let (_, path) = write_report(&data, lang, dir.path(), "narratives");
        // Without the bidi controls extraction puts around right-to-left lines.
        let text: String = without_marks(&one_line(&tool(
            "pdftotext",
            &[&path.display().to_string(), "-"],
        )))
        .chars()
        .filter(|c| !matches!(*c as u32, 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069))
        .collect();
        // Each text as written (the Arabic ones have no letters extraction alters).
        let at = |t: &str| -> usize {
            if lang.is_rtl() {
                let words = words_to_find(lang, t).join(" ");
                assert_eq!(words, t, "a letter extraction alters");
            }
            text.find(&normal(lang, t))
                .unwrap_or_else(|| panic!("{lang}: {t:?} not printed in {text}"))
        };
        let places = [
            at(context),
            at(findings),
            at(recommendations),
            at(block_findings),
            at(block_recommendations),
        ];
        assert!(places.windows(2).all(|w| w[0] < w[1]), "{lang}: {places:?}");
        if lang == Lang::En {
            let l = Localizer::new(lang, false);
            let heading = |key: &str| {
                text.find(&l.text(key))
                    .unwrap_or_else(|| panic!("{key} not printed"))
            };
            let fw = super::gdhm();
            let section = l.format(
                "report-block-section",
                &[dhma::i18n::arg("block", l.text(&fw.block_key(block)))],
            );
            let section = text.find(&section).expect("block section");
            let first = fw.indicators_of(block).next().expect("an indicator");
            let first = l.text(&fw.key(&first.code, dhma::framework::IndicatorText::Title));
            let first = text[section..].find(&first).expect("first indicator") + section;
            assert!(heading("report-summary") < places[0]);
            assert!(places[1] < heading("report-summary-gaps"));
            assert!(heading("report-summary-priorities") < places[2]);
            assert!(places[2] < heading("report-summary-data-gaps"));
            assert!(
                section < places[3] && places[4] < first,
                "{section} {places:?} {first}"
            );
            for key in [
                "report-narrative-context",
                "report-narrative-findings",
                "report-narrative-recommendations",
            ] {
                assert!(text.contains(&l.text(key)), "{key}");
            }
        }
    }
    // Without texts, no heading of them is printed.
    let (_, path) = write_report(&sample_with_roadmap(), Lang::En, dir.path(), "none");
    let text = one_line(&tool("pdftotext", &[&path.display().to_string(), "-"]));
    let l = Localizer::new(Lang::En, false);
    for key in ["report-narrative-context", "report-narrative-findings"] {
        assert!(!text.contains(&l.text(key)), "{key} printed without a text");
    }
}

/// Issue 13, item 2: the data gaps say which NA each is, and what leaving it out does to
/// its block, with the numbers of `scoring`: the sample's indicator 10 is NA, Legislation
/// is 2.33 without it and 2.00 with it at phase 1; in the summary and the method annex.
#[test]
fn the_data_gaps_say_which_na_and_what_leaving_it_out_does() {
    let mut data = sample_with_roadmap();
    for r in &mut data.responses {
        if r.indicator == "10" {
            r.na_reason = Some(dhma::model::NaReason::NotAvailable);
        }
    }
    let body = body_text(
        &render(&data, None, Lang::En, Paper::A4, "2026-12-02")
            .expect("render")
            .pdf,
        "en",
    );
    let effect = "Legislation, policy and compliance is 2.33 without indicator 10; counted at the lowest phase (phase 1), it would be 2.00.";
    let summary = summary_text(Lang::En, &body);
    for expected in [
        "10 Cross-border health data exchange and storage: not available – data missing",
        "Not applicable and not available are both left out of the GDHM-compatible score. What leaving them out does:",
        effect,
    ] {
        assert!(summary.contains(expected), "no {expected:?} in the summary:\n{summary}");
    }
    let all = normal(Lang::En, &body);
    let annex = all.split("Annex: method").nth(1).expect("the method annex");
    assert!(
        annex.contains(effect),
        "no {effect:?} in the annex:\n{annex}"
    );
    assert!(annex.contains("not available – data missing"), "{annex}");

    // Not applicable, in French, with the language's decimals.
    for r in &mut data.responses {
        if r.indicator == "10" {
            r.na_reason = Some(dhma::model::NaReason::NotApplicable);
        }
    }
    let fr = summary_text(
        Lang::Fr,
        &body_text(
            &render(&data, None, Lang::Fr, Paper::A4, "2026-12-02")
                .expect("render")
                .pdf,
            "fr",
        ),
    );
    assert!(fr.contains(": sans objet"), "fr: {fr}");
    assert!(
        fr.contains("2,33 sans l’indicateur 10 ; compté à sa phase la plus basse (phase 1), ce serait 2,00."),
        "fr: {fr}"
    );
}

/// The questionnaire handed out before the workshop (issue 15 item 1), for the sample's
/// review pre-filled with its 2023 baseline: every question and every phase description in
/// the text of the PDF in English, Arabic and Chinese, the last round's phase beside each
/// indicator, and the answer sheet with the ratings file's columns and every indicator.
#[test]
fn the_questionnaire_holds_every_question_phase_and_the_ratings_columns() {
    use dhma::framework::IndicatorText;
    let fw = super::gdhm();
    let mut db = dhma::storage::Db::open_in_memory().expect("db");
    let id = dhma::service::open_sample(&mut db).expect("sample");
    let dir = tempfile::tempdir().expect("tmp");
    for lang in [Lang::En, Lang::Ar, Lang::Zh] {
        let l = Localizer::new(lang, false);
        let path = dir.path().join(format!("q-{lang}.pdf"));
        let pages = dhma::service::write_handout(&db, id, lang, true, &path).expect("handout");
        let pdf = std::fs::read(&path).expect("read");
        assert_eq!(pages_of(&path).len(), pages);
        let text = bare(&body_text(&pdf, &format!("q-{lang}")));
        let mut expected: Vec<(String, String)> = Vec::new();
        for ind in &fw.indicators {
            let mut parts = vec![IndicatorText::Title, IndicatorText::Question];
            parts.extend((1..=5).map(IndicatorText::Phase));
            for part in parts {
                let key = fw.key(&ind.code, part);
                expected.push((key.clone(), l.text(&key)));
            }
        }
        for key in ["handout-sheet", "handout-guidance", "handout-comment"] {
            expected.push((key.to_string(), l.text(key)));
        }
        let missing: Vec<String> = expected
            .iter()
            .filter(|(_, written)| !text.contains(&bare(written)))
            .map(|(key, written)| format!("{key}: {written}"))
            .collect();
        assert!(
            missing.is_empty(),
            "{lang}: {} of {} texts not found:\n{}",
            missing.len(),
            expected.len(),
            missing.join("\n")
        );
        for column in dhma::model::RATINGS_COLUMNS {
            assert!(text.contains(column), "{lang}: column {column}");
        }
        if lang == Lang::En {
            // Indicator 1 was at phase 2 in the 2023 baseline (phase 3 in the review).
            assert!(
                text.contains(&bare(
                    "Last round, Baseline 2023 (22/05/2023): Phase 2 – Emerging"
                )),
                "{text}"
            );
            // The answer sheet: a row for every indicator, 23 then the end.
            let sheet = text
                .rsplit(&bare(&l.text("handout-sheet")))
                .next()
                .expect("the sheet");
            let codes: Vec<&str> = fw.indicators.iter().map(|i| i.code.as_str()).collect();
            let mut at = 0;
            for code in &codes {
                let found = sheet.get(at..).and_then(|rest| rest.find(code));
                assert!(
                    found.is_some(),
                    "indicator {code} in the sheet after {at}: {sheet}"
                );
                at += found.unwrap_or(0) + code.len();
            }
        }
    }
}

#[test]
fn the_radar_draws_the_target_dashed_as_the_screen_does() {
    // The target series (and its legend swatch) is dashed on screen and in the chart
    // images; the PDF draws it with a dash pattern too, and only there: every other line
    // of the report is solid.
    let data = sample_with_roadmap();
    let report = render(&data, None, Lang::En, Paper::A4, "2026-11-23").expect("render");
    let doc = lopdf::Document::load_mem(&report.pdf).expect("the PDF reads back");
    let mut dashed = 0;
    for (number, id) in doc.get_pages() {
        let content = doc.get_page_content(id);
        let ops = lopdf::content::Content::decode(&content).expect("content decodes");
        for op in ops.operations.iter().filter(|op| op.operator == "d") {
            let pattern: Vec<f32> = op
                .operands
                .first()
                .and_then(|o| o.as_array().ok())
                .map(|a| a.iter().filter_map(|n| n.as_float().ok()).collect())
                .unwrap_or_default();
            assert_eq!(pattern, vec![4.5, 3.0], "page {number}: {op:?}");
            dashed += 1;
        }
    }
    // The radar's target and its legend entry.
    assert!(dashed >= 2, "{dashed} dashed lines");
}
