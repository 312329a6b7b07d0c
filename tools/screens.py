#!/usr/bin/env python3
"""Screenshots of every screen of the desktop app, in the given languages, for looking at.
Usage: xvfb-run -a -s "-screen 0 1366x768x24" python3 tools/screens.py [--size 1280x720] target/debug/dhma-desktop OUT_DIR [en ar …]

With --size, every window is set to that size first. After each screenshot the page is
measured: a horizontal scrollbar (the page wider than the window) and every label whose text
is cut (wider than its box, or a word broken inside) are printed, and counted at the end.
"""
import os, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "e2e"))
import run  # noqa: E402

args = sys.argv[1:]
size = None
if args and args[0] == "--size":
    w, h = args[1].lower().split("x")
    size = {"width": int(w), "height": int(h)}
    args = args[2:]
binary, out = os.path.abspath(args[0]), args[1]
langs = args[2:] or ["en", "ar"]
problems = []

# What a person would see as broken: the page scrolling sideways, a text cut by its box, a
# word broken over two lines, a date or menu item over two lines.
MEASURE = """
const out = [];
const root = document.documentElement;
if (root.scrollWidth > root.clientWidth + 1) out.push(`horizontal scrollbar: page ${root.scrollWidth}px in ${root.clientWidth}px`);
const lines = (el) => { const r = document.createRange(); r.selectNodeContents(el);
  return new Set(Array.from(r.getClientRects()).filter((x) => x.width > 0).map((x) => Math.round(x.bottom))).size; };
for (const el of document.querySelectorAll('#main *, header *, #notice *')) {
  if (!el.offsetParent || el.closest('svg, .sr-only')) continue;
  const style = getComputedStyle(el);
  const text = (el.textContent || '').trim();
  if (!text) continue;
  if (el.scrollWidth > el.clientWidth + 1 && !['visible', 'auto', 'scroll'].includes(style.overflowX) && el.tagName !== 'TEXTAREA')
    out.push(`cut: <${el.tagName.toLowerCase()}${el.id ? ' #' + el.id : ''}> ${text.slice(0, 60)}`);
  // A word broken inside: one word of a text node over two lines (file paths left out).
  for (const node of el.childNodes) {
    if (node.nodeType !== 3) continue;
    const range = document.createRange();
    const re = /\\S+/g; let m;
    while ((m = re.exec(node.data))) {
      if (m[0].includes('/') && m[0].length > 20) continue;
      // Chinese and Japanese lines break between any two characters: no word to break.
      if (/[\\u3000-\\u9fff\\uff00-\\uffef]/.test(m[0])) continue;
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
      if (tops.size > 1) out.push(`word broken: "${m[0]}" in <${el.tagName.toLowerCase()}>`);
    }
  }
  // Menu items and dates stay on one line.
  if (el.matches('#nav button, .nowrap, .date') && lines(el) > 1) out.push(`over two lines: <${el.tagName.toLowerCase()}> ${text.slice(0, 60)}`);
}
// The radar's labels stay inside the chart.
for (const svg of document.querySelectorAll('svg.radar')) {
  const box = svg.viewBox.baseVal;
  for (const t of svg.querySelectorAll('text')) {
    const b = t.getBBox();
    if (b.x < box.x - 1 || b.x + b.width > box.x + box.width + 1) out.push(`cut: radar label "${t.textContent}"`);
  }
}
return out;
"""


def look(app, path):
    """Screenshot, then what is measured as broken on it."""
    app.screenshot(path)
    found = app.js(MEASURE) or []
    for line in dict.fromkeys(found):
        problems.append(f"{os.path.basename(path)}: {line}")
        print(f"{os.path.basename(path)}: {line}", flush=True)


_App = run.App


class SizedApp(_App):
    def __init__(self, binary, db):
        super().__init__(binary, db)
        if size:
            self.request("POST", f"/session/{self.sid}/window/rect", size)


run.App = SizedApp
os.makedirs(out, exist_ok=True)
tmp = tempfile.mkdtemp()


def with_rationale(app, id, text):
    response = app.invoke("indicator", {"id": id, "code": "1"})["response"]
    response["rationale"] = text
    app.invoke("save_response", {"id": id, "response": response})


def conflicts_scene(lang):
    """The conflicts screen: the sample sent to "the other laptop" (a rating changed with the
    command line, a rationale in the app), changed here too, and the file merged back."""
    db, other = os.path.join(tmp, f"{lang}-here.sqlite3"), os.path.join(tmp, f"{lang}-other.sqlite3")
    sent, back = os.path.join(tmp, f"{lang}-sent.dhma.json"), os.path.join(tmp, f"{lang}-back.dhma.json")
    app = run.App(binary, db)
    try:
        [item] = app.invoke("list_assessments", {})
        app.invoke("export_assessment", {"id": item["id"], "path": sent})
    finally:
        app.close()
    run.cli(binary, "--db", other, "import", sent)
    ratings = os.path.join(tmp, f"{lang}-ratings.csv")
    with open(ratings, "w", encoding="utf-8") as f:
        f.write("participant,indicator,phase\nAmina Kessar,3,4\n")
    run.cli(binary, "--db", other, "ratings", "import", "1", ratings)
    app = run.App(binary, other)
    try:
        with_rationale(app, 1, "Decree signed in October 2026")
        app.invoke("export_assessment", {"id": 1, "path": back})
    finally:
        app.close()
    app = run.App(binary, db)
    try:
        app.invoke("set_language", {"lang": lang})
        app.invoke("set_rating", {"id": item["id"], "rating": {"indicator": "3", "rater": {"participant": "Amina Kessar"}, "phase": 5}})
        with_rationale(app, item["id"], "Decree drafted, not yet signed")
        app.request("POST", f"/session/{app.sid}/refresh", {})
        app.until("document.body.dataset.ready === 'true'", "reloaded")
        app.click("#nav-home")
        app.find("#import-file")
        app.js("document.querySelector('#import-file').dataset.path = arguments[0]", back)
        app.click("#import-file")
        app.until("!!document.querySelector('#notice-conflicts')", "the summary")
        look(app, f"{out}/{lang}-10-import-summary.png")
        app.click("#assessments tbody tr:first-child button.primary")
        run.until_page(app, "1")
        app.click("#nav-dashboard")
        app.find("#conflicts-waiting")
        look(app, f"{out}/{lang}-13-dashboard-conflicts.png")
        app.click("#open-conflicts")
        app.until("!!document.querySelector('#conflicts') && !document.body.dataset.busy", "conflicts")
        look(app, f"{out}/{lang}-11-conflicts.png")
        app.click(".conflict .write-value")
        app.js("document.activeElement.scrollIntoView()")
        look(app, f"{out}/{lang}-12-conflicts-write.png")
    finally:
        app.close()
    # A breakout file for group B, opened on a laptop that does not have the assessment.
    group_file = os.path.join(tmp, f"{lang}-group-b.dhma.json")
    app = run.App(binary, db)
    try:
        app.invoke("export_for_group", {"id": item["id"], "group": "Group B: people and systems", "path": group_file})
    finally:
        app.close()
    app = run.App(binary, os.path.join(tmp, f"{lang}-group.sqlite3"))
    try:
        app.invoke("set_language", {"lang": lang})
        [sample] = app.invoke("list_assessments", {})
        app.invoke("delete_assessment", {"id": sample["id"]})
        app.request("POST", f"/session/{app.sid}/refresh", {})
        app.until("document.body.dataset.ready === 'true'", "reloaded")
        app.click("#nav-home")
        app.find("#import-file")
        app.js("document.querySelector('#import-file').dataset.path = arguments[0]", group_file)
        app.click("#import-file")
        app.until("!!document.querySelector('#breakout-banner') && !document.body.dataset.busy", "the banner")
        look(app, f"{out}/{lang}-14-breakout.png")
    finally:
        app.close()


for lang in langs:
    app = run.App(binary, os.path.join(tmp, f"{lang}.sqlite3"))
    try:
        app.invoke("set_language", {"lang": lang})
        # WebDriver's refresh returns once the new page has loaded.
        app.request("POST", f"/session/{app.sid}/refresh", {})
        app.until("document.body.dataset.ready === 'true'", "reloaded")
        app.until("!document.body.dataset.busy", "idle")
        app.click("#assessments tbody tr:first-child button.primary")
        run.until_page(app, "1")
        look(app, f"{out}/{lang}-1-walk.png")
        app.js("document.querySelector('details.guidance').open = true")
        app.click(".side button[data-code='19']")
        run.until_page(app, "19")
        look(app, f"{out}/{lang}-2-walk-bands.png")
        app.click("#nav-dashboard")
        app.until("!!document.querySelector('#radar svg')", "radar")
        look(app, f"{out}/{lang}-3-dashboard.png")
        app.click("#nav-roadmap")
        app.click("#regenerate")
        app.until("document.querySelectorAll('.road-item').length > 0", "roadmap")
        look(app, f"{out}/{lang}-6-roadmap.png")
        app.click("#nav-home")
        app.until("!!document.querySelector('#assessments')", "home")
        look(app, f"{out}/{lang}-4-home.png")
        app.click("#open-backups")
        app.until("!!document.querySelector('#backups-title')", "backups")
        look(app, f"{out}/{lang}-7-backups.png")
        app.click("#nav-home")
        app.until("!!document.querySelector('#assessments')", "home again")
        app.click("#new-assessment")
        app.until("!!document.querySelector('#new-form')", "new form")
        look(app, f"{out}/{lang}-5-new.png")
        # The workshop on the sample (2026): rating entry, then the projector at 1280x720.
        app.click("#nav-home")
        app.until("!!document.querySelector('#assessments')", "home for the sample")
        app.js("Array.from(document.querySelectorAll('#assessments tbody tr')).find(r => r.textContent.includes('2026'))"
               ".querySelector('button.primary').click()")
        run.until_page(app, "1")
        app.click(".side button[data-code='2']")
        run.until_page(app, "2")
        app.js("document.querySelector('.ratings').scrollIntoView()")
        look(app, f"{out}/{lang}-8-ratings.png")
        app.request("POST", f"/session/{app.sid}/window/rect", {"width": 1280, "height": 720})
        app.click("#projector-open")
        app.until("!!document.querySelector('#projector') && !document.body.dataset.busy", "projector")
        app.press("2")
        look(app, f"{out}/{lang}-9-projector.png")
    finally:
        app.close()
    conflicts_scene(lang)
print(f"screens in {out}; {len(problems)} problems measured")
