//! The page writer's pagination: keep-with-next and tables that move whole.

use super::*;

/// A writer whose current page has `left` points of room.
fn with_room(left: f32) -> Writer {
    let mut w = Writer::new(Paper::A4, false);
    let r = w.remaining();
    w.space(r - left);
    w
}

fn kinds_on(w: &Writer, page: usize) -> Vec<Kind> {
    w.placed
        .iter()
        .filter(|p| p.page == page)
        .map(|p| p.kind)
        .collect()
}

fn rows(n: usize) -> Vec<Vec<String>> {
    (0..n)
        .map(|i| vec![format!("Row {i}"), "A cell".into()])
        .collect()
}

fn headers() -> Vec<String> {
    vec!["Action".into(), "Step".into()]
}

#[test]
fn a_heading_near_the_bottom_moves_to_the_next_page_with_its_paragraph() {
    // Room for the heading and one line, not for the heading and two lines.
    let mut w = with_room(45.0);
    w.heading("Strategy and investment", 3);
    w.paragraph(
        &"Every word of a long paragraph. ".repeat(30),
        9.5,
        false,
        INK,
    );
    assert!(kinds_on(&w, 1).is_empty(), "{:?}", w.placed);
    assert_eq!(kinds_on(&w, 2).first(), Some(&Kind::Heading(3)));
    assert_eq!(kinds_on(&w, 2).get(1), Some(&Kind::Text));
    assert_eq!(w.bookmarks.len(), 0, "level 3 is not in the outline");
    // A level-2 heading's bookmark points at the page it is drawn on.
    let mut w = with_room(40.0);
    w.heading("Scores", 2);
    w.paragraph("One line.", 10.0, false, INK);
    assert_eq!(w.bookmarks, [("Scores".to_string(), 2)]);
}

#[test]
fn a_heading_stays_with_the_first_rows_of_its_table() {
    // Room for the heading and a header row, not for a body row after them.
    let mut w = with_room(48.0);
    w.heading(
        "Workforce — Build digital health into pre-service education",
        3,
    );
    w.table(&headers(), &rows(3), &[0.7, 0.3], 8.0);
    assert!(kinds_on(&w, 1).is_empty(), "{:?}", w.placed);
    assert_eq!(
        kinds_on(&w, 2),
        [
            Kind::Heading(3),
            Kind::TableHeader { table: 0 },
            Kind::TableRow { table: 0 },
            Kind::TableRow { table: 0 },
            Kind::TableRow { table: 0 },
        ]
    );
}

#[test]
fn a_table_that_fits_on_a_page_is_not_split() {
    // Eight rows, room for two of them here: the table moves whole.
    let mut w = with_room(60.0);
    w.paragraph("Before the table.", 10.0, false, INK);
    w.table(&headers(), &rows(8), &[0.7, 0.3], 9.5);
    let pages: Vec<usize> = w
        .placed
        .iter()
        .filter(|p| matches!(p.kind, Kind::TableRow { .. }))
        .map(|p| p.page)
        .collect();
    assert_eq!(pages, [2; 8]);
    assert_eq!(kinds_on(&w, 1), [Kind::Text]);
}

#[test]
fn a_long_table_fills_the_page_repeats_its_header_and_leaves_no_row_alone() {
    let mut w = with_room(400.0);
    w.table(&headers(), &rows(60), &[0.7, 0.3], 9.5);
    let mut by_page: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for p in &w.placed {
        let e = by_page.entry(p.page).or_default();
        match p.kind {
            Kind::TableHeader { .. } => e.0 += 1,
            Kind::TableRow { .. } => e.1 += 1,
            _ => {}
        }
    }
    assert!(by_page.len() >= 2, "{by_page:?}");
    for (page, (headers, rows)) in &by_page {
        assert_eq!(*headers, 1, "page {page}: one header row");
        assert!(*rows >= 2, "page {page}: {rows} rows");
    }
    assert_eq!(by_page.values().map(|(_, r)| r).sum::<usize>(), 60);
    // The first page is used, not left empty.
    assert!(by_page.get(&1).is_some_and(|(_, r)| *r > 10), "{by_page:?}");
}

#[test]
fn table_breaks_follow_the_rules() {
    // Fits here: one part.
    assert_eq!(table_breaks(10.0, &[10.0; 5], 100.0, 700.0, 0.0), [5]);
    // Small (half a page or less), does not fit here: whole on the next page.
    assert_eq!(table_breaks(10.0, &[10.0; 20], 100.0, 700.0, 0.0), [0, 20]);
    // Fits on a page, most rows fit here: split, the rest after.
    assert_eq!(table_breaks(10.0, &[10.0; 50], 410.0, 700.0, 0.0), [40, 10]);
    // Fits on a page, fewer than half of the rows here: whole on the next page.
    assert_eq!(table_breaks(10.0, &[10.0; 50], 210.0, 700.0, 0.0), [0, 50]);
    // The last row never alone: 3 rows and 1 become 2 and 2.
    assert_eq!(table_breaks(10.0, &[100.0; 4], 320.0, 330.0, 0.0), [2, 2]);
    // Headings that go with the table count on its first page: a table that would fit on
    // a page alone, but not below them, is split here.
    assert_eq!(table_breaks(10.0, &[10.0; 60], 100.0, 630.0, 0.0), [0, 60]);
    assert_eq!(table_breaks(10.0, &[10.0; 60], 100.0, 630.0, 30.0), [9, 51]);
}

/// The text a reader gets from a PDF (poppler's pdftotext), and the number of pages.
fn extracted(doc: lopdf::Document) -> (String, usize) {
    let mut doc = doc;
    let pages = doc.get_pages().len();
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("written");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("page.pdf");
    std::fs::write(&path, bytes).expect("written");
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(out.status.success());
    (String::from_utf8_lossy(&out.stdout).into_owned(), pages)
}

/// The pages' content streams written here and those printpdf writes (the way taken when
/// the specimen does not give every glyph its code) give a reader the same text: joined
/// Arabic, a ligature, mirrored brackets, Chinese, a table, the draft's word and footer.
#[test]
fn both_ways_of_writing_the_pages_give_the_same_text() {
    let draw = |rtl: bool| {
        let mut w = Writer::new(Paper::A4, rtl);
        w.heading("القيادة والحوكمة (GDHM 21c)", 1);
        w.paragraph(
            "The office finished the workflow: 卫生人力 – القوى العاملة (50 %).",
            10.0,
            false,
            INK,
        );
        w.table(&headers(), &rows(4), &[0.5, 0.5], 9.0);
        w.furniture(
            "Republic of Lusara",
            &Status::Draft {
                word: "DRAFT".into(),
                notice: "Draft – not signed".into(),
            },
            |page, total| format!("{page} / {total}"),
        );
        w
    };
    for rtl in [false, true] {
        let (own, own_pages) = extracted(draw(rtl).into_lopdf_by("t", "a", Paper::A4, true));
        let (printpdf, pages) = extracted(draw(rtl).into_lopdf_by("t", "a", Paper::A4, false));
        assert_eq!(own, printpdf, "rtl {rtl}");
        assert_eq!(own_pages, pages);
        for word in [
            "القيادة",
            "workflow",
            "卫生人力",
            "Row 3",
            "Draft – not signed",
        ] {
            assert!(own.contains(word), "{word} in {own}");
        }
    }
}
