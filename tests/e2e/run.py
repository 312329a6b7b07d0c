#!/usr/bin/env python3
"""End-to-end tests of the DHMA desktop app, driven through WebDriver.

WebKitWebDriver (Debian's webkit2gtk-driver) starts the real app binary under Xvfb, as
tauri-driver would (see DIRECT below). Only the Python standard library is used. Each test
gets its own database (--db) and its own driver process, in its own process group: at the end
of a session the test ends that group (the driver and the app it started) and nothing else.
Usage: xvfb-run -a python3 tests/e2e/run.py target/debug/dhma-desktop
Prints one closing line: "e2e: N passed, N failed".
"""
import http.client, json, os, shutil, signal, socket, subprocess, sys, tempfile, time, traceback

# By default the tests talk to WebKitWebDriver directly, starting the app with
# TAURI_WEBVIEW_AUTOMATION=true exactly as tauri-driver does; DHMA_E2E_DRIVER=tauri goes
# through tauri-driver (port 4444) instead. Requests go over one kept-open HTTP/1.1
# connection (http.client), with no retry: the dropped connections once blamed on the drivers
# came from the client's `Connection: close` header, which urllib sends with every request
# and tauri-driver passes on (the outside review of issue 10 measured about one request in 35
# dropped with urllib, none in 1,600 over a kept-open connection).
DIRECT = os.environ.get("DHMA_E2E_DRIVER", "webkit") != "tauri"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# A free port per run, so that two runs on one machine never meet.
NATIVE_PORT = free_port() if DIRECT else 4445
DRIVER_PORT = NATIVE_PORT if DIRECT else 4444
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


class Connection:
    """One kept-open HTTP connection to the driver. A dropped connection is a failure of the
    test, never retried."""

    def __init__(self, port):
        self.http = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def request(self, method, path, body=None, timeout=60):
        data = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if data is not None else {}
        self.http.timeout = timeout
        if self.http.sock is not None:
            self.http.sock.settimeout(timeout)
        try:
            self.http.request(method, path, body=data, headers=headers)
            r = self.http.getresponse()
            raw = r.read()
        except (OSError, http.client.HTTPException) as e:
            self.http.close()
            raise ConnectionError(f"{method} {path}: {e!r}") from e
        if r.status >= 400:
            raise AssertionError(f"{method} {path}: {r.status} {raw[:400]!r}")
        return json.loads(raw or b"{}").get("value")

    def close(self):
        self.http.close()


class Driver:
    """A WebDriver server (WebKitWebDriver, or tauri-driver and its WebKitWebDriver) in a
    process group of its own, with the connection to it."""

    def __init__(self, log):
        env = dict(os.environ, TAURI_WEBVIEW_AUTOMATION="true")
        if DIRECT:
            # What tauri-driver does: the app enables WebKit automation when this is set.
            cmd = ["WebKitWebDriver", f"--port={NATIVE_PORT}", "--host=127.0.0.1"]
        else:
            cmd = [shutil.which("tauri-driver") or os.path.expanduser("~/.cargo/bin/tauri-driver")]
        self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env,
                                     start_new_session=True)
        self.pgid = self.proc.pid  # start_new_session: the driver leads its own group
        self.conn = Connection(DRIVER_PORT)
        # tauri-driver answers /status before its WebKitWebDriver (port 4445) listens: a
        # session asked for in between would fail. Wait until both listen.
        end = time.time() + 20
        last = None
        while True:
            if self.proc.poll() is not None:
                raise AssertionError(f"{cmd[0]} exited with {self.proc.returncode} at start")
            if port_in_use(DRIVER_PORT) and port_in_use(NATIVE_PORT):
                try:
                    self.request("GET", "/status", timeout=2)
                    return
                except (ConnectionError, AssertionError) as e:
                    last = e
            if time.time() > end:
                self.stop()
                raise AssertionError(f"{cmd[0]} did not start in 20 s (last: {last!r})")
            time.sleep(0.1)

    def request(self, method, path, body=None, timeout=60):
        return self.conn.request(method, path, body, timeout)

    def group_alive(self):
        """Whether a process of the driver's group still runs (zombies, which only wait to
        be reaped by whoever adopted them, do not count)."""
        return any(state != "Z" for state in group_states(self.pgid))

    def stop(self):
        """Ends the driver and everything it started (the app and WebKit's processes): the
        whole process group, by its id; waits until none of them runs any more, so that the
        next session's app is not handed over to this one (the app is single-instance)."""
        self.conn.close()
        for sig, seconds in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
            if self.group_alive():
                try:
                    os.killpg(self.pgid, sig)
                except ProcessLookupError:
                    pass
            end = time.time() + seconds
            while time.time() < end:
                if self.proc.poll() is not None and not self.group_alive():
                    return
                time.sleep(0.05)
        raise AssertionError(f"process group {self.pgid} still runs after SIGKILL")


def group_states(pgid):
    """The states (R, S, Z, …) of the processes in one process group, from /proc."""
    states = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue  # ended meanwhile
        # "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses.
        fields = stat.rpartition(")")[2].split()
        if len(fields) > 2 and fields[2] == str(pgid):
            states.append(fields[0])
    return states


def port_in_use(port):
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


class App:
    """One running app (one WebDriver session) on a given database."""

    def __init__(self, binary, db):
        self.binary = binary
        self.db = db
        self.driver = Driver(LOG)
        try:
            self._open(binary, db)
        except BaseException:
            self.driver.stop()
            raise

    def request(self, method, path, body=None, timeout=60):
        return self.driver.request(method, path, body, timeout)

    def _open(self, binary, db):
        if DIRECT:
            caps = {"capabilities": {"alwaysMatch": {"webkitgtk:browserOptions": {
                "binary": binary, "args": ["--db", db]}}}}
        else:
            caps = {"capabilities": {"alwaysMatch": {"tauri:options": {
                "application": binary, "args": ["--db", db]}}}}
        self.sid = self.request("POST", "/session", caps)["sessionId"]
        self.until("document.body.dataset.ready === 'true'", "app ready")

    def close(self):
        """Ends the session, then the driver's process group (the app with it). A failure
        to end the session is printed, not raised: it must not hide the test's own failure,
        and the group is ended anyway."""
        try:
            self.request("DELETE", f"/session/{self.sid}", timeout=20)
        except (ConnectionError, AssertionError) as e:
            print(f"note: ending the WebDriver session failed: {e}", file=sys.stderr, flush=True)
        self.driver.stop()

    def js(self, script, *args):
        return self.request("POST", f"/session/{self.sid}/execute/sync", {"script": script, "args": list(args)})

    def call(self, cmd, args):
        """Invokes a command as the interface does; returns {"ok": value} or {"err": error}."""
        script = ("const done = arguments[arguments.length - 1];"
                  "window.__TAURI__.core.invoke(arguments[0], arguments[1])"
                  ".then(v => done({ok: v}), e => done({err: e}));")
        return self.request("POST", f"/session/{self.sid}/execute/async", {"script": script, "args": [cmd, args]})

    def invoke(self, cmd, args):
        r = self.call(cmd, args)
        assert "ok" in r, f"{cmd} failed: {r}"
        return r["ok"]

    def refused(self, cmd, args):
        """The error {code, args, message} a command that must fail gives."""
        r = self.call(cmd, args)
        assert "err" in r, f"{cmd} must be refused, but gave {r}"
        return r["err"]

    def until(self, condition, what, *args, seconds=20):
        """Waits inside the page until the JavaScript expression `condition` is true. One
        WebDriver call, instead of polling from here: rapid polling while the app is busy
        with IPC proved to bring WebKitWebDriver down. On a timeout, the last exception the
        condition threw (if any) is part of the failure."""
        # The condition is part of the script WebDriver evaluates (the app's CSP rightly
        # forbids the page itself from evaluating strings).
        script = ("const done = arguments[arguments.length - 1]; const all = Array.from(arguments);"
                  "const end = Date.now() + all[0]; const args = all.slice(1, -1);"
                  "const test = () => (" + condition + ");"
                  "(function poll() { let ok = false, error = null;"
                  "  try { ok = test() === true; } catch (e) { error = String(e); }"
                  "  if (ok) done({ok: true}); else if (Date.now() > end) done({ok: false, error});"
                  "  else setTimeout(poll, 100); })();")
        r = self.request("POST", f"/session/{self.sid}/execute/async",
                         {"script": script, "args": [seconds * 1000, *args]}, timeout=seconds + 30)
        assert r["ok"] is True, f"timed out waiting for {what}" + (f" (last error: {r['error']})" if r.get("error") else "")

    def find(self, css):
        # Wait until the interface is idle (not re-rendering) and the element exists.
        self.until("!document.body.dataset.busy && !!document.querySelector(args[0])", css, css)
        return self.request("POST", f"/session/{self.sid}/element", {"using": "css selector", "value": css})[ELEMENT]

    def click(self, css):
        """Clicks an element as a user would (WebDriver element click)."""
        self.request("POST", f"/session/{self.sid}/element/{self.find(css)}/click", {})

    def type(self, css, text):
        """Focuses a field and types into it key by key, as a person would."""
        self.find(css)
        self.js("const e = document.querySelector(arguments[0]); e.focus(); e.select && e.select();", css)
        keys = []
        for ch in text:
            keys += [{"type": "keyDown", "value": ch}, {"type": "keyUp", "value": ch}]
        self.request("POST", f"/session/{self.sid}/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": keys}]})
        self.until("document.querySelector(args[0]).value === args[1]", f"{css} typed", css, text)

    def press(self, key):
        """Presses one key on whatever has the focus, as a person would."""
        self.request("POST", f"/session/{self.sid}/actions", {"actions": [{"type": "key", "id": "keyboard",
                     "actions": [{"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]}]})

    def text(self, css):
        """The element's text as shown, without the Unicode isolation marks around
        inserted values."""
        return plain(self.request("GET", f"/session/{self.sid}/element/{self.find(css)}/text"))

    def screenshot(self, path):
        import base64
        png = self.request("GET", f"/session/{self.sid}/screenshot")
        with open(path, "wb") as f:
            f.write(base64.b64decode(png))


def plain(text):
    """Text without U+2068/U+2069, the marks Fluent puts around each inserted value."""
    return text.replace("\u2068", "").replace("\u2069", "")


def saved(app):
    app.until("document.querySelector('#save-status').dataset.state === 'saved'", "saved status")


def until_page(app, code):
    app.until("!document.body.dataset.busy && document.querySelector('article.page')?.dataset.code === args[0]", f"page {code}", code)


def until_checked(app, value):
    app.until("document.querySelector('input[name=current]:checked')?.value === args[0]", f"phase {value}", value)


def create_and_score(app):
    app.click("#nav-home")
    app.click("#new-assessment")
    app.type("#country", "Republic of Testonia")
    app.type("#round", "Mid-term review 2026")
    app.type("#facilitator", "E. Tester")
    app.click("#create")
    until_page(app, "1")
    # Keyboard: 3 on indicator 1, N on indicator 2, 5 on indicator 2a.
    for key, code, expected in [("3", "1", "3"), ("n", "2", "NA"), ("5", "2a", "5")]:
        until_page(app, code)
        app.press(key)
        until_checked(app, expected)
        saved(app)
        app.click("#next")
    return app.text("#completion")



SAMPLE_ROUND = "Mid-term review 2026"


def the_sample(app):
    """The sample's current round, which the first run opens (its other round, the finalised
    2023 baseline, is listed after it)."""
    [item] = [a for a in app.invoke("list_assessments", {}) if a["round"] == SAMPLE_ROUND]
    return item


def test_create_score_with_keyboard_and_restart(binary, tmp):
    db = os.path.join(tmp, "a.sqlite3")
    app = App(binary, db)
    try:
        # Three of the framework's 31 indicators: 1 (phase 3), 2 (not applicable), 2a.
        assert create_and_score(app) == "3 of 31 indicators answered"
        created = [a for a in app.invoke("list_assessments", {}) if a["country"] == "Republic of Testonia"]
        assert len(created) == 1, created
        walk = app.invoke("walk", {"id": created[0]["id"]})
        states = {i["code"]: i["state"] for b in walk["blocks"] for i in b["indicators"]}
        assert (walk["answered"], walk["total"]) == (3, 31), walk
        assert {c: s for c, s in states.items() if s != "empty"} == {"1": "answered", "2": "na", "2a": "answered"}, states
    finally:
        app.close()
    app = App(binary, db)  # restart: everything shown as saved is still there
    try:
        app.click("#nav-home")
        # The sample's two rounds and the new assessment, the newest date first.
        app.until("document.querySelectorAll('#assessments tbody tr').length === 3", "three assessments")
        app.click("#assessments tbody tr:first-child button.primary")
        until_page(app, "1")
        for code, expected in [("1", "3"), ("2", "NA"), ("2a", "5"), ("3", None)]:
            app.click(f".side button[data-code='{code}']")
            until_page(app, code)
            if expected is None:
                assert app.js("return document.querySelector('input[name=current]:checked')") is None, "3 was never answered"
            else:
                until_checked(app, expected)
        assert app.text("#completion") == "3 of 31 indicators answered"
    finally:
        app.close()


def test_arabic_turns_the_interface_right_to_left(binary, tmp):
    db = os.path.join(tmp, "b.sqlite3")
    app = App(binary, db)
    try:
        assert app.js("return document.documentElement.dir") == "ltr"
        # Something saved first: the save status then speaks the new language too.
        until_page(app, "1")
        app.press("3")
        saved(app)
        app.js("const s = document.querySelector('#lang-select'); s.value = 'ar'; s.dispatchEvent(new Event('change'))")
        app.until("document.documentElement.dir === 'rtl' && !document.body.dataset.busy", 'dir="rtl"')
        assert app.text("#save-status") == "حُفظت جميع التغييرات", app.text("#save-status")
        assert app.js("return document.documentElement.lang") == "ar"
        assert app.js("return getComputedStyle(document.querySelector('.walk, main')).direction") == "rtl"
        if os.environ.get("DHMA_E2E_SHOTS"):
            app.screenshot(os.path.join(os.environ["DHMA_E2E_SHOTS"], "walk-ar.png"))
    finally:
        app.close()
    app = App(binary, db)
    try:
        assert app.js("return document.documentElement.dir") == "rtl", "the choice persists"
        assert app.js("return document.documentElement.lang") == "ar"
    finally:
        app.close()


def test_export_then_import(binary, tmp):
    db = os.path.join(tmp, "c.sqlite3")
    out = os.path.join(tmp, "exported.dhma.json")
    app = App(binary, db)
    try:
        item = the_sample(app)  # the sample, put there by the first run
        done = app.invoke("export_assessment", {"id": item["id"], "path": out})
        assert done["path"] == out, done
        with open(out, encoding="utf-8") as f:
            exported = json.load(f)
        assert exported["format"] == "dhma-assessment", exported.keys()
        a = exported["content"]["assessment"]
        assert (a["country"], a["round"]) == (item["country"], item["round"]), (a, item)
        pdf = os.path.join(tmp, "report.pdf")
        written = app.invoke("export_report", {"id": item["id"], "path": pdf})
        assert written["path"] == pdf, written
        with open(pdf, "rb") as f:
            body = f.read()
        assert body.startswith(b"%PDF-") and body.rstrip().endswith(b"%%EOF"), "a whole PDF"
    finally:
        app.close()
    other = os.path.join(tmp, "d.sqlite3")
    app = App(binary, other)
    try:
        # The first run put the sample there already: importing the same one merges it, and
        # nothing changes…
        same = app.invoke("import_assessment", {"path": out})
        assert same["merged"] is True, same
        assert (same["answers_taken"], same["other_taken"], same["conflicts_waiting"]) == (0, 0, 0), same
        # …and after deleting it (with a backup), the import adds it and shows it on the home screen.
        sample = the_sample(app)
        deleted = app.invoke("delete_assessment", {"id": sample["id"]})
        assert os.path.isfile(deleted["path"]), deleted
        assert [x["round"] for x in app.invoke("list_assessments", {})] == ["Baseline 2023"]
        done = app.invoke("import_assessment", {"path": out})
        assert done["merged"] is False, done
        listed = the_sample(app)
        assert listed["id"] == done["id"] and (listed["country"], listed["round"]) == (a["country"], a["round"]), (listed, done)
        app.click("#nav-home")
        app.until("document.querySelectorAll('#assessments tbody tr').length === 2", "both rounds listed")
        row = app.text("#assessments tbody tr")
        assert a["country"] in row and a["round"] in row, row
    finally:
        app.close()


def test_roadmap_keeps_a_human_edit(binary, tmp):
    app = App(binary, os.path.join(tmp, "r.sqlite3"))
    try:
        item = the_sample(app)
        app.click("#nav-roadmap")
        app.click("#regenerate")
        app.until("!document.body.dataset.busy && !!document.querySelector('#notice:not([hidden])')", "regenerated")
        view = app.invoke("roadmap", {"id": item["id"]})
        uids = [r["uid"] for g in view["groups"] for r in g["rows"]]
        assert len(uids) > 0, view
        app.until("document.querySelectorAll('.road-item').length === args[0]", f"{len(uids)} actions shown", len(uids))
        assert app.js("return Array.from(document.querySelectorAll('.road-item')).map(e => e.dataset.uid)") == uids
        first = uids[0]
        app.type(f".road-item[data-uid='{first}'] textarea", "Cabinet memo on the governance decree")
        app.press("\ue004")  # Tab: leaving the field stores it
        saved(app)
        app.click("#regenerate")
        app.until("!document.body.dataset.busy && !!document.querySelector('#notice:not([hidden])')", "regenerated again")
        app.until(f"document.querySelector(\".road-item[data-uid='{first}'] textarea\")?.value === 'Cabinet memo on the governance decree'",
                  "the edit survived regeneration")
        assert app.js(f"return document.querySelector(\".road-item[data-uid='{first}'] .badge\").hidden") is False
        after = app.invoke("roadmap", {"id": item["id"]})
        rows = {r["uid"]: r for g in after["groups"] for r in g["rows"]}
        assert rows[first]["text"] == "Cabinet memo on the governance decree" and rows[first]["edited"] is True, rows[first]
        assert sorted(rows) == sorted(uids), "the same actions, none added or lost"
        assert app.js("return document.querySelectorAll('.road-item').length") == len(uids)
        # A notice belongs to its screen: the roadmap's is gone on the home screen, whose
        # dates stay on one line.
        app.click("#nav-home")
        app.until("!!document.querySelector('#assessments') && !document.body.dataset.busy", "home")
        assert app.js("return document.querySelector('#notice').hidden") is True
        assert app.js("return getComputedStyle(document.querySelector('#assessments tbody td:nth-child(3)')).whiteSpace") == "nowrap"
    finally:
        app.close()


def test_a_file_that_is_not_a_database_is_kept_and_a_new_one_started(binary, tmp):
    db = os.path.join(tmp, "e.sqlite3")
    junk = ("minutes of the workshop, not a database\n" * 200).encode()
    with open(db, "wb") as f:
        f.write(junk)
    app = App(binary, db)
    try:
        problem = app.invoke("startup", {})["problem"]
        assert problem["code"] == "not-dhma-database", problem
        assert plain(problem["message"]) == f"The file {db} is not a DHMA database. It has not been changed.", problem
        assert app.text("#recovery-title + p") == plain(problem["message"])
        assert app.js("return document.querySelector('#nav-walk').disabled") is True
        # The native confirmation dialog cannot be driven here: answer it as the user would.
        app.js("window.__TAURI__.dialog.ask = async () => true;")
        app.click("#start-new-file")
        app.until("document.querySelector('#home-title') !== null", "home screen")
        app.until("!document.querySelector('#notice').hidden", "notice")
        notice = app.text("#notice span")
    finally:
        app.close()
    backups = os.path.join(tmp, "e-backups")
    kept = [n for n in os.listdir(backups) if n.endswith("-set-aside.sqlite3")]
    assert len(kept) == 1, os.listdir(backups)
    assert notice == (f"A new, empty assessment file was started. The file that could not be opened is kept "
                      f"unchanged as {kept[0]} in {backups}."), notice
    with open(os.path.join(backups, kept[0]), "rb") as f:
        assert f.read() == junk, "the unusable file is kept byte for byte"


def test_a_damaged_database_shows_a_sentence_and_the_details_for_support(binary, tmp):
    db = os.path.join(tmp, "g.sqlite3")
    app = App(binary, db)  # the first run writes the sample assessment
    try:
        assert len(app.invoke("list_assessments", {})) == 2  # the sample's two rounds
    finally:
        app.close()
    # Fold the journal into the file (the app was ended, not closed), then damage it.
    import sqlite3
    # The ended app's file locks can outlive its process by a moment on a loaded machine
    # ("database is locked"): try again for a while, then fail with SQLite's own error.
    end = time.time() + 60
    while True:
        try:
            con = sqlite3.connect(db, timeout=5)
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.execute("PRAGMA journal_mode=DELETE")
            con.close()
            break
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.time() > end:
                raise
            time.sleep(0.2)
    assert not os.path.exists(db + "-wal")
    with open(db, "rb") as f:
        data = bytearray(f.read())
    # Pages 2 and 3 overwritten: the header still says DHMA, the tables cannot be read.
    data[4096:min(len(data), 3 * 4096)] = b"3" * (min(len(data), 3 * 4096) - 4096)
    with open(db, "wb") as f:
        f.write(data)
    app = App(binary, db)
    try:
        problem = app.invoke("startup", {})["problem"]
        assert problem["code"] == "database-damaged", problem
        sentence = (f"The assessment database {db} is damaged. It has not been changed. "
                    "Restore a backup, or start a new file.")
        assert plain(problem["message"]) == sentence, problem
        assert app.text("#recovery-title + p") == sentence
        details = app.text(".recovery .support-details")
        # On screen the raw text's line breaks fold into spaces.
        assert details == " ".join(plain(problem["details"]).split()), (details, problem)
        assert details.startswith(f"Details for support: database-damaged: database {db} is damaged: "), details
    finally:
        app.close()
    with open(db, "rb") as f:
        assert f.read() == bytes(data), "the damaged file is left as it was"


def test_sign_off_locks_the_assessment_and_keeps_a_backup(binary, tmp):
    db = os.path.join(tmp, "f.sqlite3")
    app = App(binary, db)
    try:
        item = the_sample(app)
        assert item["status_label"] == "Draft", item
        app.click("#nav-dashboard")
        app.type("#approver-name", "Dr A. Mensah")
        app.js("window.__TAURI__.dialog.ask = async () => true;")
        app.click("#finalise")
        app.until("!!document.querySelector('#signoff p.card')", "finalised")
        dash = app.invoke("dashboard", {"id": item["id"]})
        # WebDriver reads no-break spaces as spaces; the date and time are joined by them so that
        # they never break over two lines.
        assert app.text("#signoff p.card") == plain(dash["finalised"]).replace("\xa0", " "), dash["finalised"]
        assert "\xa0UTC" in dash["finalised"], dash["finalised"]
        assert "Dr A. Mensah" in plain(dash["finalised"]), dash["finalised"]
        item = the_sample(app)
        assert item["status_label"] == "Finalised", item
        # Locked: the core refuses any further answer.
        err = app.refused("save_response", {"id": item["id"], "response": {"indicator": "1", "current": 2}})
        assert err["code"] == "assessment-locked", err
    finally:
        app.close()
    kept = [n for n in os.listdir(os.path.join(tmp, "f-backups")) if n.endswith("-finalised.sqlite3")]
    assert len(kept) == 1, kept


def test_workshop_ratings_spread_agreement_and_dissent_survive_a_restart(binary, tmp):
    db = os.path.join(tmp, "w.sqlite3")
    app = App(binary, db)
    try:
        # The first run opens the sample, whose eight participants rated indicator 3 at 1 or 2.
        app.find("article.page")
        app.click(".side button[data-code='3']")
        until_page(app, "3")
        assert app.js("return document.querySelectorAll('.rating-cell[data-rater]').length") == 8
        assert app.js("return document.querySelectorAll('.rating-cell[data-group]').length") == 2  # the sample's groups
        assert app.js("return document.querySelector('#discuss-flag')") is None
        app.js("document.querySelector('#rating-0').focus()")
        # Three participants with the keyboard: 5, arrow down, 4, arrow down, N.
        for key, cell, shown in [("5", "#rating-0", "5"), ("4", "#rating-1", "4"), ("n", "#rating-2", "N")]:
            app.until("document.activeElement === document.querySelector(args[0])", f"focus on {cell}", cell)
            app.press(key)
            app.until("document.querySelector(args[0]).dataset.saved === args[1]", f"{cell} stored", cell, shown)
            saved(app)
            app.press("\ue015")  # arrow down
        app.until("!!document.querySelector('#discuss-flag')", "the discuss flag")
        # A rating's optional comment, stored when the field is left; a person without a
        # rating has no comment to write yet.
        assert app.js("const g = document.querySelector('.rating-cell[data-group]'); "
                      "return g.value === '' && document.getElementById(g.id + '-comment').disabled") is True
        app.type("#rating-0-comment", "Seen the decree")
        app.js("document.querySelector('#rating-0-comment').dispatchEvent(new Event('change'))")
        app.until("document.querySelector('#rating-0-comment').dataset.saved === 'Seen the decree'", "the comment stored")
        saved(app)
        # A tally of anonymous cards adds to the spread: two cards for phase 3.
        app.type("#tally-3", "2")
        app.js("document.querySelector('#tally-3').dispatchEvent(new Event('change'))")
        app.until("document.querySelector('.distribution li[data-value=\"3\"] .count').textContent === '2'", "the tally counted")
        saved(app)
        app.type("#tally-3", "0")
        app.js("document.querySelector('#tally-3').dispatchEvent(new Event('change'))")
        app.until("document.querySelector('.distribution li[data-value=\"3\"] .count').textContent === '0'", "the tally cleared")
        assert "from phase 1 to phase 5" in app.text("#spread-summary"), app.text("#spread-summary")
        counts = app.js("return Array.from(document.querySelectorAll('.distribution li')).map(l => l.dataset.value + ':' + l.querySelector('.count').textContent)")
        assert counts == ["1:4", "2:1", "3:0", "4:1", "5:1", "NA:1"], counts
        # Agreeing without a note is refused by the core; with a note it is stored as the phase.
        app.js("const s = document.querySelector('#agreed-phase'); s.value = '2'; s.dispatchEvent(new Event('change'))")
        app.click("#agree")
        app.until("!document.querySelector('#notice').hidden", "the refusal")
        app.type("#consensus-note", "Two phases apart; the room settled on 2")
        app.click("#agree")
        until_checked(app, "2")
        saved(app)
        app.type("#dissent-reason", "Phase 5 in the capital")
        app.click("#dissent-add")
        app.until("document.querySelectorAll('.dissents li').length === 1", "the dissent")
        # The dashboard lists the indicators to discuss, widest spread first (3 now spans 1 to 5).
        app.click("#nav-dashboard")
        app.find("#to-discuss")
        codes = app.js("return Array.from(document.querySelectorAll('#to-discuss a')).map(a => a.dataset.code)")
        assert codes[0] == "3" and {"2", "6", "14", "21"} <= set(codes), codes
        # Next to the radar, the spread of every rated indicator: a range line each, the
        # median marked, the ones to discuss in red.
        app.find("#spreads svg")
        rows = app.js("return document.querySelectorAll('#spreads svg line.range').length")
        assert rows == app.js("return document.querySelectorAll('#spreads svg circle.median').length") and rows >= 20, rows
        red = app.js("return Array.from(document.querySelectorAll('#spreads svg line.range')).filter(l => l.getAttribute('stroke') === '#b3261e').length")
        assert red == len(codes), (red, codes)
        assert app.js("return !!document.querySelector('#spreads svg text[data-code=\"3\"]')")
        if os.environ.get("DHMA_E2E_SHOTS"):
            app.js("document.querySelector('#spreads').scrollIntoView()")
            time.sleep(0.3)
            app.screenshot(os.path.join(os.environ["DHMA_E2E_SHOTS"], "dashboard-spreads-en.png"))
            for lang in ["ar", "en"]:
                app.js("const s = document.querySelector('#lang-select'); s.value = arguments[0]; s.dispatchEvent(new Event('change'))", lang)
                app.until("document.documentElement.lang === args[0] && !document.body.dataset.busy", lang, lang)
                if lang == "ar":
                    app.find("#spreads svg")
                    app.js("document.querySelector('#spreads').scrollIntoView()")
                    time.sleep(0.3)
                    app.screenshot(os.path.join(os.environ["DHMA_E2E_SHOTS"], "dashboard-spreads-ar.png"))
            app.find("#to-discuss")
        app.click("#to-discuss a[data-code='3']")
        until_page(app, "3")
    finally:
        app.close()
    app = App(binary, db)  # restart: the ratings, the agreement and the dissent are still there
    try:
        app.click("#nav-home")
        app.click("#assessments tbody tr:first-child button.primary")
        app.click(".side button[data-code='3']")
        until_page(app, "3")
        values = app.js("return ['#rating-0', '#rating-1', '#rating-2'].map(c => document.querySelector(c).value)")
        assert values == ["5", "4", "N"], values
        assert app.js("return document.querySelector('#rating-0-comment').value") == "Seen the decree"
        until_checked(app, "2")
        assert app.js("return document.querySelector('#consensus-note').value") == "Two phases apart; the room settled on 2"
        assert "Phase 5 in the capital" in app.text(".dissents li")
        assert app.find("#discuss-flag")
        # The projector: question, phases and the anonymous distribution; keys point, move, leave.
        app.click("#projector-open")
        app.until("document.querySelector('#projector')?.dataset.code === '3' && !document.body.dataset.busy", "projector on 3")
        shown = app.text("#projector")
        assert "Amina" not in shown and "Phase 5 in the capital" not in shown, shown
        assert app.js("return document.querySelectorAll('#projector .distribution li').length") == 6
        size = app.js("return parseFloat(getComputedStyle(document.querySelector('.projector-phases li .text')).fontSize)")
        assert size >= 28, size
        app.press("3")
        app.until("document.querySelector('.projector-phases li.lit')?.dataset.value === '3'", "phase 3 pointed at")
        app.press("\ue015")  # arrow down: the next indicator
        app.until("document.querySelector('#projector')?.dataset.code === '4' && !document.body.dataset.busy", "projector on 4")
        app.press("\ue013")  # arrow up: back
        app.until("document.querySelector('#projector')?.dataset.code === '3' && !document.body.dataset.busy", "projector on 3 again")
        app.press("\ue00c")  # Escape
        until_page(app, "3")
        until_checked(app, "2")  # pointing at a phase recorded nothing
    finally:
        app.close()


def test_import_ratings_previews_then_stores_all_or_nothing(binary, tmp):
    app = App(binary, os.path.join(tmp, "r.sqlite3"))
    try:
        app.find("article.page")
        app.click(".side button[data-code='3']")
        until_page(app, "3")
        first = app.js("return document.querySelector('#rating-0').dataset.rater")
        before = app.invoke("participants", {"id": 1})
        bad = os.path.join(tmp, "bad.csv")
        with open(bad, "w", encoding="utf-8") as f:
            f.write(f"participant,indicator,phase\n{first},3,5\nNew Person,3,7\n")
        # A refused file: the localized reason with its line number, and nothing stored.
        app.js("document.querySelector('#ratings-import').dataset.path = arguments[0]", bad)
        app.click("#ratings-import")
        app.find("#ratings-preview-error")
        said = app.text("#ratings-preview-error")
        assert "3" in said and "7" in said, said
        assert app.js("return document.querySelector('#ratings-preview-confirm')") is None
        app.click("#ratings-preview-cancel")
        app.until("document.querySelector('#ratings-preview').hidden", "the preview closed")
        good = os.path.join(tmp, "good.csv")
        with open(good, "w", encoding="utf-8") as f:
            f.write(f"participant,indicator,phase,comment\n  {first.upper()} ,3,5,\nNew Person,3,4,first time\nNew Person,4,NA,\n")
        app.js("document.querySelector('#ratings-import').dataset.path = arguments[0]", good)
        app.click("#ratings-import")
        app.find("#ratings-preview-summary")
        assert app.text("#ratings-preview-summary") == "3 ratings for 2 indicators.", app.text("#ratings-preview-summary")
        assert app.text("#ratings-preview-new") == "New participant: New Person", app.text("#ratings-preview-new")
        # The preview stored nothing.
        assert app.invoke("participants", {"id": 1}) == before
        assert app.js("return document.querySelectorAll('.rating-cell[data-rater]').length") == len(before)
        if os.environ.get("DHMA_E2E_SHOTS"):
            app.screenshot(os.path.join(os.environ["DHMA_E2E_SHOTS"], "ratings-preview-en.png"))
        app.click("#ratings-preview-confirm")
        app.until("document.querySelectorAll('.rating-cell[data-rater]').length === args[0]", "the new participant's row", len(before) + 1)
        app.until("!document.querySelector('#notice').hidden", "the notice")
        assert "Imported 3 ratings" in app.text("#notice"), app.text("#notice")
        assert app.js("return document.querySelector('#rating-0').value") == "5"
        assert app.invoke("participants", {"id": 1}) == before + ["New Person"]
        # In Arabic the preview speaks Arabic: the same file again, now every name is known.
        app.js("const s = document.querySelector('#lang-select'); s.value = 'ar'; s.dispatchEvent(new Event('change'))")
        app.until("document.documentElement.dir === 'rtl' && !document.body.dataset.busy", 'dir="rtl"')
        app.js("document.querySelector('#ratings-import').dataset.path = arguments[0]", good)
        app.click("#ratings-import")
        app.find("#ratings-preview-summary")
        assert app.text("#ratings-preview-summary") == "3 تقييمات لمؤشرين.", app.text("#ratings-preview-summary")
        assert app.text("#ratings-preview-new") == "كل الأسماء لمشاركين موجودين.", app.text("#ratings-preview-new")
        if os.environ.get("DHMA_E2E_SHOTS"):
            time.sleep(0.5)
            app.screenshot(os.path.join(os.environ["DHMA_E2E_SHOTS"], "ratings-preview-ar.png"))
    finally:
        app.close()


def test_groups_are_created_rate_as_one_row_and_are_deleted(binary, tmp):
    app = App(binary, os.path.join(tmp, "g.sqlite3"))
    try:
        app.find("article.page")
        app.click(".side button[data-code='3']")
        until_page(app, "3")
        people = app.js("return document.querySelectorAll('.rating-cell').length")
        app.js("document.querySelector('#groups-part').open = true")
        app.type("#group-name", "Group A")
        app.click("#group-member-0")
        app.click("#group-member-1")
        app.click("#group-block-0")
        app.click("#group-create")
        app.until("document.querySelectorAll('.rating-cell').length === args[0]", "the group's row", people + 1)
        made, picked = app.invoke("groups", {"id": 1}), app.js("return [0, 1].map(i => document.querySelector('#group-member-' + i).dataset.value)")
        made = [g for g in made if g["name"] == "Group A"]
        assert made and made[0]["members"] == picked and made[0]["blocks"] == ["leadership-governance"], (made, picked)
        assert app.text(".group-list li[data-group='Group A'] strong") == "Group A"
        if os.environ.get("DHMA_E2E_SHOTS"):
            app.js("document.querySelector('#groups-part').scrollIntoView()")
            time.sleep(0.3)
            app.screenshot(os.path.join(os.environ["DHMA_E2E_SHOTS"], "groups-en.png"))
            app.js("const s = document.querySelector('#lang-select'); s.value = 'ar'; s.dispatchEvent(new Event('change'))")
            app.until("document.documentElement.dir === 'rtl' && !document.body.dataset.busy", 'dir="rtl"')
            app.js("document.querySelector('#groups-part').scrollIntoView()")
            time.sleep(0.3)
            app.screenshot(os.path.join(os.environ["DHMA_E2E_SHOTS"], "groups-ar.png"))
        # The group rates as one voice, with the keyboard like a person.
        cell = app.js("return '#' + document.querySelector('.rating-cell[data-group=\"Group A\"]').id")
        app.js("document.querySelector(arguments[0]).focus()", cell)
        app.press("4")
        app.until("document.querySelector(args[0]).dataset.saved === '4'", "the group's rating", cell)
        saved(app)
        raters = [r["rater"] for r in app.invoke("spread", {"id": 1, "code": "3"})["ratings"]]
        assert {"group": "Group A"} in raters, raters
        # A group that has rated cannot be deleted; once its rating is cleared it can.
        app.click(".group-list li[data-group='Group A'] button")
        app.until("!document.querySelector('#notice').hidden", "the refusal")
        app.js("document.querySelector(arguments[0]).focus()", cell)
        app.press("\ue017")  # Delete
        app.until("document.querySelector(args[0]).dataset.saved === ''", "the rating cleared", cell)
        saved(app)
        app.click(".group-list li[data-group='Group A'] button")
        app.until("document.querySelectorAll('.rating-cell').length === args[0]", "the row gone", people)
        assert "Group A" not in [g["name"] for g in app.invoke("groups", {"id": 1})]
    finally:
        app.close()


def test_next_round_carries_answers_to_review_and_asks_what_changed(binary, tmp):
    db = os.path.join(tmp, "r.sqlite3")
    shots = os.environ.get("DHMA_E2E_SHOTS")
    app = App(binary, db)
    try:
        # From the sample's dashboard: "Start the next round", its name and date.
        app.click("#nav-dashboard")
        app.click("#next-round")
        app.until("document.activeElement?.id === 'next-round-name'", "the name asked first")
        app.type("#next-round-name", "Follow-up 2027")
        app.js("document.querySelector('#next-round-date').value = '2027-04-01'")
        app.click("#next-round-start")
        until_page(app, "1")
        app.until("!document.querySelector('#notice').hidden", "the summary")
        notice = app.text("#notice .grow")
        assert notice == ("Republic of Lusara – Follow-up 2027 started from Republic of Lusara – "
                          "Mid-term review 2026: 31 answers carried over, each to be reviewed."), notice
        [new] = [a for a in app.invoke("list_assessments", {}) if a["round"] == "Follow-up 2027"]
        rid = new["id"]
        # Every answer carries the mark; "Reviewed, no change" takes it off one.
        assert app.js("return document.querySelectorAll('.side .carried-badge').length") == 31
        assert app.text("#carried-note .carried-label") == "Carried over, not reviewed"
        app.click("#mark-reviewed")
        app.until("!document.querySelector('#carried-note')", "the mark gone")
        assert app.js("return document.querySelectorAll('.side .carried-badge').length") == 30
        # Indicator 2: another phase with the keyboard is refused until the note is given.
        app.click(".side button[data-code='2']")
        until_page(app, "2")
        before = app.js("return document.querySelector('input[name=current]:checked')?.value")
        other = "4" if before != "4" else "3"
        if shots:
            app.click(".side button[data-code='3']")
            until_page(app, "3")
            app.js("document.querySelector('#carried-note').scrollIntoView({block: 'center'})")
            time.sleep(0.3)
            app.screenshot(os.path.join(shots, "carried-en.png"))
            app.click(".side button[data-code='2']")
            until_page(app, "2")
        app.press(other)
        app.until("!document.querySelector('#change-note-box').hidden && document.activeElement?.id === 'change-note'",
                  "the note asked for")
        assert app.text("#notice .grow").startswith("Indicator 2: "), app.text("#notice .grow")
        assert app.invoke("indicator", {"id": rid, "code": "2"})["response"]["current"] == int(before)
        if shots:
            app.screenshot(os.path.join(shots, "change-note-en.png"))
        app.type("#change-note", "The strategy was adopted in 2026.")
        saved(app)
        app.until("document.querySelector('#notice').hidden", "the refusal answered")
        stored = app.invoke("indicator", {"id": rid, "code": "2"})["response"]
        assert (stored["current"], stored["change_note"], stored.get("carried", False)) == \
            (int(other), "The strategy was adopted in 2026.", False), stored
        assert app.js("return document.querySelectorAll('.side .carried-badge').length") == 29
        if shots:
            app.click(".side button[data-code='3']")
            until_page(app, "3")
            app.js("const s = document.querySelector('#lang-select'); s.value = 'ar'; s.dispatchEvent(new Event('change'))")
            app.until("document.documentElement.dir === 'rtl' && !document.body.dataset.busy", 'dir="rtl"')
            app.js("document.querySelector('#carried-note').scrollIntoView({block: 'center'})")
            time.sleep(0.3)
            app.screenshot(os.path.join(shots, "carried-ar.png"))
            app.click(".side button[data-code='2']")
            until_page(app, "2")
            app.screenshot(os.path.join(shots, "change-note-ar.png"))
            app.js("const s = document.querySelector('#lang-select'); s.value = 'en'; s.dispatchEvent(new Event('change'))")
            app.until("document.documentElement.dir === 'ltr' && !document.body.dataset.busy", 'dir="ltr"')
        # Finalising waits for the 29 answers still to review.
        err = app.refused("finalise", {"id": rid, "signOff": {"approver_name": "Dr A. Mensah"}})
        assert err["code"] == "carried-not-reviewed" and err["args"]["count"] == "29", err
    finally:
        app.close()
    app = App(binary, db)  # restart: the new round, its marks and the note are all kept
    try:
        app.click("#nav-home")
        carried = app.text(f"#assessments tbody tr[data-id='{rid}'] .carried-count")
        assert carried == "29 answers carried over, not reviewed", carried
        app.click(f"#assessments tbody tr[data-id='{rid}'] button.primary")
        until_page(app, "1")
        assert app.js("return document.querySelectorAll('.side .carried-badge').length") == 29
        assert app.js("return document.querySelector('#carried-note')") is None
        app.click(".side button[data-code='2']")
        until_page(app, "2")
        until_checked(app, other)
        assert app.js("return document.querySelector('#change-note-box').hidden") is False
        assert app.js("return document.querySelector('#change-note').value") == "The strategy was adopted in 2026."
        app.click(".side button[data-code='3']")
        until_page(app, "3")
        assert app.text("#carried-note .carried-label") == "Carried over, not reviewed"
    finally:
        app.close()


def cli(binary, *args):
    """Runs the real `dhma` command line (built next to the app); returns its output."""
    dhma = os.path.join(os.path.dirname(binary), "dhma")
    done = subprocess.run([dhma, *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"dhma {' '.join(args)}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def shot(app, name):
    if os.environ.get("DHMA_E2E_SHOTS"):
        time.sleep(0.3)
        app.screenshot(os.path.join(os.environ["DHMA_E2E_SHOTS"], name))


def set_language(app, lang):
    app.js("const s = document.querySelector('#lang-select'); s.value = arguments[0]; s.dispatchEvent(new Event('change'))", lang)
    app.until("document.documentElement.lang === args[0] && !document.body.dataset.busy", lang, lang)


def test_a_file_changed_on_another_laptop_merges_and_its_conflict_is_settled_with_the_keyboard(binary, tmp):
    db = os.path.join(tmp, "here.sqlite3")
    out = os.path.join(tmp, "sample.dhma.json")
    other = os.path.join(tmp, "other.sqlite3")
    back = os.path.join(tmp, "back.dhma.json")
    app = App(binary, db)
    try:
        item = the_sample(app)  # the sample, opened by the first run
        app.invoke("export_assessment", {"id": item["id"], "path": out})
        # The other laptop, with the real command line: the file imported, Amina Kessar's
        # rating of indicator 3 (2 in the sample) and Joseph Mbeki-Laurent's of 5 (4) changed.
        cli(binary, "--db", other, "import", out)
        ratings = os.path.join(tmp, "ratings.csv")
        with open(ratings, "w", encoding="utf-8") as f:
            f.write("participant,indicator,phase\nAmina Kessar,3,4\nJoseph Mbeki-Laurent,5,2\n")
        cli(binary, "--db", other, "ratings", "import", "1", ratings)
        cli(binary, "--db", other, "export", "1", "-o", back)
        # Here, meanwhile, Amina Kessar's rating of indicator 3 becomes 5 (keyboard, in the grid).
        app.find("article.page")
        app.click(".side button[data-code='3']")
        until_page(app, "3")
        assert app.js("return document.querySelector('#rating-0').dataset.rater") == "Amina Kessar"
        app.js("document.querySelector('#rating-0').focus()")
        app.press("5")
        app.until("document.querySelector('#rating-0').dataset.saved === '5'", "Amina's rating stored")
        saved(app)
        # The file comes back and is imported through the app: merged, with its summary.
        app.click("#nav-home")
        app.find("#import-file")
        app.js("document.querySelector('#import-file').dataset.path = arguments[0]", back)
        app.click("#import-file")
        app.until("!document.querySelector('#notice').hidden && !!document.querySelector('#notice-conflicts')", "the summary")
        assert app.text("#notice span") == ("Republic of Lusara – Mid-term review 2026: merged with the file. Answer fields taken "
                                            "from the file: 0. Other changes taken: 1. One conflict waits for a decision."), app.text("#notice span")
        assert app.js("return document.activeElement.id") == "notice-conflicts", "the way to the conflicts has the focus"
        dash = app.invoke("dashboard", {"id": item["id"]})
        assert dash["conflicts_waiting"] == 1 and plain(dash["conflicts_label"]) == "One conflict from merging files waits for a decision.", dash
        # The conflicts screen, with the keyboard only: Enter on the notice's button, then Tab
        # to the conflict's second action and Enter.
        app.press("\ue007")  # Enter
        app.until("!!document.querySelector('#conflicts') && !document.body.dataset.busy", "the conflicts screen")
        assert app.js("return document.querySelectorAll('.conflict').length") == 1
        label = app.text(".conflict h2")
        assert label.startswith("Indicator 3 – Rating by ") and "amina kessar" in label.lower(), label
        assert app.text(".conflict-side.local .value") == "Phase 5", app.text(".conflict-side.local .value")
        assert app.text(".conflict-side.incoming .value") == "Phase 4", app.text(".conflict-side.incoming .value")
        assert app.text(".conflict-side.incoming .changed").startswith("Changed by dhma-cli, ")
        assert app.js("return document.querySelector('.conflict .write-value')") is None, "a rating is kept from one side"
        assert "null" not in app.text(".conflict"), app.text(".conflict")
        shot(app, "conflicts-en.png")
        if os.environ.get("DHMA_E2E_SHOTS"):
            set_language(app, "ar")
            assert app.js("return getComputedStyle(document.querySelector('.conflict-sides')).direction") == "rtl"
            shot(app, "conflicts-ar.png")
            set_language(app, "en")
            app.js("document.querySelector('#main').focus()")  # where opening the screen puts it
        assert app.js("return document.activeElement.id") == "main"
        app.press("\ue004")  # Tab
        app.until("document.activeElement.classList.contains('keep-local')", "Tab to “Keep this computer’s”")
        app.press("\ue004")
        app.until("document.activeElement.classList.contains('take-incoming')", "Tab to “Take the file’s”")
        assert app.js("return getComputedStyle(document.activeElement).outlineStyle") != "none", "the focus is visible"
        app.press("\ue007")  # Enter
        app.until("!!document.querySelector('#conflicts-none')", "no conflict left")
        said = plain(app.js("return document.querySelector('#conflicts-status').textContent"))
        assert said == "Settled. No conflict is left.", said  # read out by screen readers
        assert app.js("return document.activeElement.id") == "conflicts-back", "the focus moved on"
    finally:
        app.close()
    app = App(binary, db)  # restart: the file's rating and the one taken with it are kept
    try:
        ratings = {(code, r["rater"].get("participant")): r["phase"]
                   for code in ("3", "5") for r in app.invoke("spread", {"id": item["id"], "code": code})["ratings"]}
        assert ratings[("3", "Amina Kessar")] == 4, ratings
        assert ratings[("5", "Joseph Mbeki-Laurent")] == 2, ratings
        assert app.invoke("conflicts", {"id": item["id"]}) == []
        app.click("#assessments tbody tr:first-child button.primary")
        app.find("article.page")
        app.click("#nav-dashboard")
        app.find("#export-report")
        assert app.js("return document.querySelector('#conflicts-waiting')") is None
        app.click("#nav-walk")
        app.click(".side button[data-code='3']")
        until_page(app, "3")
        assert app.js("return document.querySelector('#rating-0').value") == "4"
    finally:
        app.close()


def test_what_changed_since_the_last_round_from_the_dashboard(binary, tmp):
    """A second round of the sample's country (made from the exported sample, with the
    team's notes), then its dashboard's "What changed" button, with the keyboard, in English
    and Arabic. By hand: leadership 3, 2, 1, 2 → 2.00 (phase 2), then 4, 2, 2, 2 → 2.50
    (phase 3); legislation 3, 2, 2, NA → 2.33, then 3, 2, 2, 2 → 2.25 (phase 3 both)."""
    import hashlib, uuid
    db = os.path.join(tmp, "rounds.sqlite3")
    out = os.path.join(tmp, "sample.dhma.json")
    nxt = os.path.join(tmp, "follow-up.dhma.json")
    notes = {"1": "The steering committee now has its own budget line.",
             "3": "An AI advisory group was set up in 2026."}
    app = App(binary, db)
    try:
        sample = the_sample(app)
        # The sample's review is compared with its 2023 baseline…
        since = app.invoke("changes", {"id": sample["id"]})["since"]
        assert "Baseline 2023" in plain(since), since
        # …which is deleted here, so that the review is the country's only round.
        [baseline] = [x for x in app.invoke("list_assessments", {}) if x["round"] == "Baseline 2023"]
        app.invoke("delete_assessment", {"id": baseline["id"]})
        app.click("#nav-home")
        app.until("document.querySelectorAll('#assessments tbody tr').length === 1", "the review alone")
        app.click(f"#assessments tbody tr[data-id='{sample['id']}'] button.primary")
        app.find("article.page")
        # The first round alone: no button, and the screen says there is nothing to compare.
        app.click("#nav-dashboard")
        app.until("!document.body.dataset.busy && !!document.querySelector('#export-report')", "dashboard")
        assert app.js("return document.querySelector('#open-changes')") is None
        first = app.invoke("changes", {"id": sample["id"]})
        assert plain(first["empty"]) == "Republic of Lusara has no earlier round under this framework, so there is nothing to compare with yet.", first

        app.invoke("export_assessment", {"id": sample["id"], "path": out})
        with open(out, encoding="utf-8") as f:
            exported = json.load(f)
        content = exported["content"]
        a = content["assessment"]
        a["uid"], a["round"], a["date"] = str(uuid.uuid4()), "Follow-up 2027", "2027-03-16"
        for r in content["responses"]:
            if r["indicator"] == "1":
                r["current"], r["target"] = 4, 4
            elif r["indicator"] == "3":
                r["current"], r["target"] = 2, 3
            elif r["indicator"] == "10":
                r["current"], r["target"] = 2, None
                r.pop("na_reason", None)  # a phase, no longer an NA
            if r["indicator"] in notes:
                r["change_note"] = notes[r["indicator"]]
        body = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
        text = '{"format":"dhma-assessment","format_version":%d,"sha256":"%s","content":%s}' % (
            exported["format_version"], hashlib.sha256(body.encode("utf-8")).hexdigest(), body)
        with open(nxt, "w", encoding="utf-8") as f:
            f.write(text)
        done = app.invoke("import_assessment", {"path": nxt})

        app.click("#nav-home")
        app.until("document.querySelectorAll('#assessments tbody tr').length === 2", "two rounds")
        app.click(f"#assessments tbody tr[data-id='{done['id']}'] button.primary")
        app.click("#nav-dashboard")
        app.until("!document.body.dataset.busy && !!document.querySelector('#open-changes')", "the What changed button")
        # Keyboard: the button takes the focus and Enter opens the screen.
        app.js("document.querySelector('#open-changes').focus()")
        app.press("\ue007")
        app.until("!document.body.dataset.busy && !!document.querySelector('#changes-blocks')", "the What changed screen")
        assert app.text("#changes h1") == "What changed – Republic of Lusara – Follow-up 2027"
        assert app.text("#changes-since") == "Compared with the previous round, Mid-term review 2026 (16/03/2026)."
        assert app.text("#changes-summary") == "The phase or target of 3 indicators changed."
        cells = app.js("return Array.from(document.querySelectorAll('#changes-blocks tbody tr')).map("
                       "r => Array.from(r.children).map(c => c.textContent.replace(/[\u2068\u2069]/g, '')))")
        assert cells[0] == ["Leadership and governance", "2.00 → 2.50", "2 → 3", "4 → 4", "Up"], cells[0]
        assert cells[2] == ["Legislation, policy and compliance", "2.33 → 2.25", "3 → 3", "4 → 3", "Unchanged"], cells[2]
        assert cells[-1][0] == "Overall", cells[-1]
        marked = app.js("return Array.from(document.querySelectorAll('#changes-blocks tr.changed')).map(r => r.dataset.block)")
        assert marked == ["leadership-governance", "legislation-policy-compliance", "overall"], marked
        # Indicators: the changed ones first, each with its values and the team's note.
        lead = "section.change-block[data-block='leadership-governance']"
        codes = app.js(f"return Array.from(document.querySelectorAll(\"{lead} li\")).map(e => e.dataset.code)")
        assert codes == ["1", "3", "2", "2a", "4", "4a"], codes
        assert app.text(f"{lead} h2 .count") == "2 indicators changed"
        assert app.text(f"{lead} li[data-code='1'] .change-phase") == "Phase 3 → 4"
        assert app.text(f"{lead} li[data-code='1'] .change-target") == "Target 4 → 4"
        assert app.text(f"{lead} li[data-code='1'] .dir") == "Up"
        assert app.text(f"{lead} li[data-code='1'] .change-note") == notes["1"]
        assert app.text(f"{lead} li[data-code='3'] .change-phase") == "Phase 1 → 2"
        assert app.text(f"{lead} li[data-code='3'] .change-note") == notes["3"]
        assert app.js(f"return document.querySelector(\"{lead} li[data-code='2']\").classList.contains('changed')") is False
        assert app.text("li[data-code='10'] .change-phase") == "Phase not applicable → 2"
        assert app.text("li[data-code='10'] .dir") == "Changed"
        # Keyboard: a block's name in the table takes the focus to its indicators.
        app.js("document.querySelector(\"#changes-blocks a[href='#changes-legislation-policy-compliance']\").focus()")
        app.press("\ue007")
        app.until("document.activeElement && document.activeElement.id === 'changes-legislation-policy-compliance'", "focus on the block")
        shots = os.environ.get("DHMA_E2E_SHOTS")
        if shots:
            app.js("window.scrollTo(0, 0)")
            app.screenshot(os.path.join(shots, "changes-en.png"))
            app.js(f"document.querySelector(\"{lead}\").scrollIntoView()")
            app.screenshot(os.path.join(shots, "changes-en-indicators.png"))
        # Arabic: right to left, the same numbers, the arrows of a right-to-left reading.
        app.js("const s = document.querySelector('#lang-select'); s.value = 'ar'; s.dispatchEvent(new Event('change'))")
        app.until("document.documentElement.dir === 'rtl' && !document.body.dataset.busy && !!document.querySelector('#changes-blocks')", "Arabic")
        assert app.js("return getComputedStyle(document.querySelector('#changes')).direction") == "rtl"
        assert app.text("#changes-summary") == "تغيّرت مرحلة 3 مؤشرات أو المرحلة المستهدفة لها."
        assert app.text(f"{lead} li[data-code='1'] .change-phase") == "المرحلة 3 ← 4"
        assert app.text(f"{lead} li[data-code='1'] .change-note") == notes["1"]
        if shots:
            app.js("window.scrollTo(0, 0)")
            app.screenshot(os.path.join(shots, "changes-ar.png"))
            app.js(f"document.querySelector(\"{lead}\").scrollIntoView()")
            app.screenshot(os.path.join(shots, "changes-ar-indicators.png"))
        app.click("#changes-back")
        app.until("!document.body.dataset.busy && !!document.querySelector('#open-changes')", "back on the dashboard")
    finally:
        app.close()


def test_a_breakout_file_opens_on_its_groups_blocks(binary, tmp):
    out = os.path.join(tmp, "group-b.dhma.json")
    app = App(binary, os.path.join(tmp, "facilitator.sqlite3"))
    try:
        app.click("#nav-dashboard")
        app.find("#export-group")
        groups = app.js("return Array.from(document.querySelectorAll('#export-group-name option')).map(o => o.value)")
        assert groups == ["Group A: governance and strategy", "Group B: people and systems"], groups
        app.js("const s = document.querySelector('#export-group-name'); s.value = arguments[0]; s.dispatchEvent(new Event('change'))",
               "Group B: people and systems")
        app.js("document.querySelector('#export-group').dataset.path = arguments[0]", out)
        app.click("#export-group")
        app.until("!document.querySelector('#notice').hidden", "the notice")
        assert app.text("#notice span") == f"The file for group Group B: people and systems (4 building blocks) was saved in {out}.", app.text("#notice span")
    finally:
        app.close()
    # The group's laptop: a fresh database (the sample, which the first run adds, deleted, so
    # that the file comes as a new assessment), the file imported through the app.
    app = App(binary, os.path.join(tmp, "group.sqlite3"))
    try:
        for sample in app.invoke("list_assessments", {}):
            app.invoke("delete_assessment", {"id": sample["id"]})
        app.click("#nav-home")
        app.find("#import-file")
        app.js("document.querySelector('#import-file').dataset.path = arguments[0]", out)
        app.click("#import-file")
        app.until("!!document.querySelector('#breakout-banner') && !document.body.dataset.busy", "the breakout banner")
        walk = app.invoke("walk", {"id": app.invoke("list_assessments", {})[0]["id"]})
        first = [b for b in walk["blocks"] if b["id"] == "workforce"][0]["indicators"][0]["code"]
        until_page(app, first)
        assert app.text("#breakout-banner") == ("Breakout file for group Group B: people and systems: Workforce, "
                                                "Standards and interoperability, Infrastructure, Services and applications."), app.text("#breakout-banner")
        marked = app.js("return Array.from(document.querySelectorAll('.side h2.group-block')).map(h => h.textContent)")
        assert len(marked) == 4 and marked[0] == "Workforce", marked
        shot(app, "breakout-en.png")
    finally:
        app.close()


def test_another_value_is_written_with_the_keyboard_and_the_focus_moves_to_the_next_conflict(binary, tmp):
    db, other = os.path.join(tmp, "here.sqlite3"), os.path.join(tmp, "other.sqlite3")
    sent, back = os.path.join(tmp, "sent.dhma.json"), os.path.join(tmp, "back.dhma.json")

    def rationale(app, id, text):
        response = app.invoke("indicator", {"id": id, "code": "1"})["response"]
        response["rationale"] = text
        app.invoke("save_response", {"id": id, "response": response})

    app = App(binary, db)
    try:
        item = the_sample(app)
        app.invoke("export_assessment", {"id": item["id"], "path": sent})
    finally:
        app.close()
    # The other laptop changes a rating (command line) and indicator 1's rationale (app).
    cli(binary, "--db", other, "import", sent)
    ratings = os.path.join(tmp, "ratings.csv")
    with open(ratings, "w", encoding="utf-8") as f:
        f.write("participant,indicator,phase\nAmina Kessar,3,4\n")
    cli(binary, "--db", other, "ratings", "import", "1", ratings)
    app = App(binary, other)
    try:
        rationale(app, 1, "Decree signed in October")
        app.invoke("export_assessment", {"id": 1, "path": back})
    finally:
        app.close()
    app = App(binary, db)
    try:
        app.invoke("set_rating", {"id": item["id"], "rating": {"indicator": "3", "rater": {"participant": "Amina Kessar"}, "phase": 5}})
        rationale(app, item["id"], "Decree drafted")
        done = app.invoke("import_assessment", {"path": back})
        assert done["conflicts_waiting"] == 2, done
        app.click("#assessments tbody tr:first-child button.primary")
        app.find("article.page")
        app.click("#nav-dashboard")
        app.find("#open-conflicts")
        assert app.text("#conflicts-waiting span") == "2 conflicts from merging files wait for a decision."
        app.js("document.querySelector('#open-conflicts').focus()")
        app.press("\ue00d")  # Space
        app.until("document.querySelectorAll('.conflict').length === 2 && !document.body.dataset.busy", "two conflicts")
        first = app.js("return document.querySelector('#conflict-0').dataset.field")
        assert first in ("rationale", "rating:participant:amina kessar"), first
        card = "#conflict-0" if first == "rationale" else "#conflict-1"
        # Tab through the rationale's card to "Write another value", type, Enter.
        app.js("document.querySelector(arguments[0] + ' .take-incoming').focus()", card)
        app.press("\ue004")  # Tab
        app.until("document.activeElement.classList.contains('write-value')", "Tab to “Write another value”")
        app.press("\ue007")  # Enter opens the field, with the focus in it
        app.until("document.activeElement.classList.contains('conflict-value')", "the value field")
        app.press("\ue00c")  # Escape closes it, back on the button
        app.until("document.activeElement.classList.contains('write-value')", "Escape back to the button")
        app.press("\ue007")
        app.until("document.activeElement.classList.contains('conflict-value')", "the value field again")
        keys = [{"type": "keyDown", "value": "\ue003"}, {"type": "keyUp", "value": "\ue003"}]  # Backspace: the selected text
        for ch in "Decree signed; drafted here first":
            keys += [{"type": "keyDown", "value": ch}, {"type": "keyUp", "value": ch}]
        keys += [{"type": "keyDown", "value": "\ue007"}, {"type": "keyUp", "value": "\ue007"}]
        app.request("POST", f"/session/{app.sid}/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": keys}]})
        app.until("document.querySelectorAll('.conflict').length === 1", "one conflict left")
        assert app.js("return document.activeElement.id") == "conflict-0", "the focus is on the next conflict"
        assert app.js("return document.activeElement.dataset.field").startswith("rating:")
        said = plain(app.js("return document.querySelector('#conflicts-status').textContent"))
        assert said == "Settled. One conflict is left.", said
        page = app.invoke("indicator", {"id": item["id"], "code": "1"})
        assert page["response"]["rationale"] == "Decree signed; drafted here first", page["response"]
        # Keep this computer's: Tab from the card, Space.
        app.press("\ue004")
        app.until("document.activeElement.classList.contains('keep-local')", "Tab to “Keep this computer’s”")
        app.press("\ue00d")
        app.until("!!document.querySelector('#conflicts-none') || !document.querySelector('#notice').hidden", "none left")
        assert app.js("return document.querySelector('#notice').hidden"), app.text("#notice")
        ratings = {r["rater"].get("participant"): r["phase"] for r in app.invoke("spread", {"id": item["id"], "code": "3"})["ratings"]}
        assert ratings["Amina Kessar"] == 5, ratings
    finally:
        app.close()


def test_the_walk_asks_which_na_and_a_phase_clears_it(binary, tmp):
    """Issue 13: NA chosen with the keyboard asks which NA it is (not applicable, or data
    missing), chosen with Tab and an arrow; the core stores it, and a phase clears it."""
    app = App(binary, os.path.join(tmp, "na.sqlite3"))
    try:
        item = the_sample(app)
        until_page(app, "1")
        assert app.js("return document.querySelector('#na-which').hidden") is True, "asked only for NA"
        app.js("document.querySelector('#main').focus()")
        app.press("n")
        until_checked(app, "NA")
        saved(app)
        app.until("!document.querySelector('#na-which').hidden", "the NA choice shown")
        assert app.text("#na-which legend") == "Which one?"
        app.press("\ue004")  # Tab: into the two choices
        app.until("document.activeElement?.name === 'na-reason'", "focus on the NA choice")
        app.press("\ue015")  # Arrow down: the next choice, checked
        app.until("document.querySelector('input[name=na-reason]:checked')?.value === 'not-available'",
                  "not available chosen")
        saved(app)
        stored = app.invoke("indicator", {"id": item["id"], "code": "1"})["response"]
        assert stored["current"] == "NA" and stored["na_reason"] == "not-available", stored
        # A phase: the choice hidden, and the core clears the reason.
        app.js("document.querySelector('input[name=current][value=NA]').focus()")
        app.press("2")
        until_checked(app, "2")
        saved(app)
        app.until("document.querySelector('#na-which').hidden", "the NA choice hidden")
        stored = app.invoke("indicator", {"id": item["id"], "code": "1"})["response"]
        assert stored["current"] == 2 and "na_reason" not in stored, stored
        # NA again: not said until chosen.
        app.press("n")
        until_checked(app, "NA")
        saved(app)
        assert app.js("return document.querySelector('input[name=na-reason]:checked')") is None
    finally:
        app.close()



def test_the_questionnaire_is_printed_from_the_dashboard_with_the_last_rounds_phases(binary, tmp):
    """Issue 15: "Print the questionnaire…" on the dashboard, with the choice of the last
    round's phases when the country has an earlier round (the sample's 2023 baseline)."""
    app = App(binary, os.path.join(tmp, "q.sqlite3"))
    try:
        item = the_sample(app)
        app.click("#nav-dashboard")
        app.until("!document.body.dataset.busy && !!document.querySelector('#print-handout')", "the questionnaire button")
        assert app.text("#print-handout") == "Print the questionnaire…"
        # The choice, taken with the keyboard (Space on the focused box).
        app.js("document.querySelector('#handout-prefill').focus()")
        app.press(" ")
        assert app.js("return document.querySelector('#handout-prefill').checked") is True
        pdf = os.path.join(tmp, "questionnaire.pdf")
        done = app.invoke("export_handout", {"id": item["id"], "prefill": True, "path": pdf})
        assert done["path"] == pdf and "The questionnaire (" in done["message"], done
        with open(pdf, "rb") as f:
            assert f.read(5) == b"%PDF-"
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        assert "Last round, Baseline 2023 (22/05/2023): Phase 2 – Emerging" in " ".join(text.split()), text[:2000]
    finally:
        app.close()



def test_after_sign_off_an_actions_status_and_progress_note_stay_editable(binary, tmp):
    """Issue 15: finalising locks the answers and scores, not the roadmap's follow-up: on the
    Roadmap screen of a finalised assessment the status and the progress note of an action
    are changed and stored, the other fields stay locked."""
    app = App(binary, os.path.join(tmp, "follow.sqlite3"))
    try:
        item = the_sample(app)
        app.invoke("regenerate_roadmap", {"id": item["id"]})
        app.click("#nav-dashboard")
        app.type("#approver-name", "Dr A. Mensah")
        app.js("window.__TAURI__.dialog.ask = async () => true;")
        app.click("#finalise")
        app.until("!!document.querySelector('#signoff p.card')", "finalised")
        app.click("#nav-roadmap")
        app.until("!document.body.dataset.busy && !!document.querySelector('#follow-up-note')", "the follow-up note")
        first = app.js("return document.querySelector('.road-item').dataset.uid")
        sel = f".road-item[data-uid='{first}']"
        # The action's text stays locked; its status and progress note do not.
        assert app.js(f"return document.querySelector(\"{sel} textarea.action-text\").disabled") is True
        selects = app.js(f"return Array.from(document.querySelectorAll(\"{sel} select\")).map(s => s.disabled)")
        assert selects.count(False) == 1, selects
        app.js(f"const s = Array.from(document.querySelectorAll(\"{sel} select\")).find(s => !s.disabled);"
               "s.value = 'in-progress'; s.dispatchEvent(new Event('change'));")
        app.until("document.querySelector('#save-status')?.dataset.state === 'saved' || !document.body.dataset.busy", "saved")
        app.type(f"{sel} textarea.progress-note", "Terms of reference drafted.")
        app.js(f"document.querySelector(\"{sel} textarea.progress-note\").blur()")
        def stored():
            rows = [r for g in app.invoke("roadmap", {"id": item["id"]})["groups"] for r in g["rows"] if r["uid"] == first]
            return rows[0]
        for _ in range(50):
            row = stored()
            if row["status"] == "in-progress" and row["progress"] == "Terms of reference drafted.":
                break
            time.sleep(0.1)
        assert (row["status"], row["progress"]) == ("in-progress", "Terms of reference drafted."), row
        # The answers stay locked.
        err = app.refused("save_response", {"id": item["id"], "response": app.invoke("indicator", {"id": item["id"], "code": "1"})["response"]})
        assert err["code"] == "assessment-locked", err
    finally:
        app.close()


def test_export_and_answers_from_a_spreadsheet_from_the_dashboard(binary, tmp):
    app = App(binary, os.path.join(tmp, "x.sqlite3"))
    try:
        app.click("#nav-dashboard")
        app.find("#export-open")
        app.click("#export-open")
        app.find("#export-format")
        formats = app.js("return Array.from(document.querySelectorAll('#export-format option')).map(o => o.value)")
        assert formats == ["dhma", "xlsx", "csv", "json", "gdhm-csv"], formats
        assert app.js("return document.querySelector('#export-excel-label').hidden")
        app.js("const s = document.querySelector('#export-format'); s.value = 'csv'; s.dispatchEvent(new Event('change'))")
        assert not app.js("return document.querySelector('#export-excel-label').hidden")
        shot(app, "export-panel-en.png")
        app.click("#export-excel")
        out = os.path.join(tmp, "indicators.csv")
        app.js("document.querySelector('#export-run').dataset.path = arguments[0]", out)
        app.click("#export-run")
        app.until("!document.querySelector('#notice').hidden", "the notice")
        assert out in app.text("#notice span"), app.text("#notice span")
        with open(out, "rb") as f:
            data = f.read()
        assert data.startswith(b"\xef\xbb\xbf") and data.decode("utf-8-sig").startswith("Code,Building block,"), data[:60]
        xlsx = os.path.join(tmp, "book.xlsx")
        app.click("#export-open")
        app.find("#export-format")
        app.js("const s = document.querySelector('#export-format'); s.value = 'xlsx'; s.dispatchEvent(new Event('change'))")
        app.js("document.querySelector('#export-run').dataset.path = arguments[0]", xlsx)
        app.click("#export-run")
        app.until("document.querySelector('#export-panel').hidden", "the panel closed")
        with open(xlsx, "rb") as f:
            assert f.read(2) == b"PK"
        # A refused file: sheet, row and column named, nothing to confirm.
        bad = os.path.join(tmp, "bad.csv")
        with open(bad, "w", encoding="utf-8") as f:
            f.write("Code,Current phase\n3,2\n4,Phase 3\n")
        app.js("document.querySelector('#answers-import').dataset.path = arguments[0]", bad)
        app.click("#answers-import")
        app.find("#answers-preview-error")
        said = app.text("#answers-preview-error")
        assert "bad.csv" in said and "row 3" in said and "column B" in said and "Phase 3" in said, said
        assert app.js("return document.querySelector('#answers-preview-confirm')") is None
        app.click("#answers-preview-cancel")
        app.until("document.querySelector('#answers-preview').hidden", "the preview closed")
        good = os.path.join(tmp, "good.csv")
        with open(good, "w", encoding="utf-8") as f:
            f.write("Code,Current phase,Target year\n3,2,2029\n4,2,\n")
        app.js("document.querySelector('#answers-import').dataset.path = arguments[0]", good)
        app.click("#answers-import")
        app.find("#answers-preview-summary")
        assert app.text("#answers-preview-summary") == "The file changes 1 answer.", app.text("#answers-preview-summary")
        changes = app.js("return Array.from(document.querySelectorAll('#answers-changes li[data-code=\"3\"] li')).map(l => l.textContent)")
        assert [plain(c) for c in changes] == ["Current phase: 1 → 2", "Target year: 2027 → 2029"], changes
        shot(app, "answers-preview-en.png")
        app.click("#answers-preview-confirm")
        # The notice once the import is stored (isolation marks around the count left out).
        app.until("!document.querySelector('#notice').hidden && document.querySelector('#notice span')"
                  ".textContent.replace(/[\u2066-\u2069]/g, '') === '1 answer changed.'", "the notice")
        page = app.invoke("indicator", {"id": 1, "code": "3"})
        assert page["response"]["current"] == 2 and page["response"]["target_year"] == 2029, page["response"]
        # In Arabic: the preview of the same file says it changes nothing now.
        set_language(app, "ar")
        app.click("#nav-dashboard")
        app.find("#answers-import")
        app.js("document.querySelector('#answers-import').dataset.path = arguments[0]", good)
        app.click("#answers-import")
        app.find("#answers-preview-summary")
        assert app.text("#answers-preview-summary") == "لا يغيّر الملف أي إجابة.", app.text("#answers-preview-summary")
        assert app.js("return document.querySelector('#answers-changes')") is None
        assert "null" not in app.text("#answers-preview"), app.text("#answers-preview")
        shot(app, "answers-preview-ar.png")
    finally:
        app.close()


def main():
    global LOG
    binary = os.path.abspath(sys.argv[1])
    log_dir = tempfile.mkdtemp(prefix="dhma-e2e-log-")
    log_path = os.path.join(log_dir, "driver.log")
    LOG = open(log_path, "a")
    tests = [v for k, v in sorted(globals().items()) if k.startswith("test_")]
    only = os.environ.get("DHMA_E2E_ONLY")  # a part of a test's name, to run only that test
    if only:
        tests = [t for t in tests if only in t.__name__]
    passed = failed = 0
    for test in tests:
        tmp = tempfile.mkdtemp(prefix="dhma-e2e-")
        started = time.time()
        try:
            test(binary, tmp)
            passed += 1
            print(f"ok   {test.__name__} ({time.time() - started:.1f} s)", flush=True)
        except Exception as e:
            failed += 1
            print(f"FAIL {test.__name__}: {e!r}", flush=True)
            traceback.print_exc()
            LOG.flush()
            with open(log_path, errors="replace") as f:
                tail = f.read()[-3000:]
            print("--- driver and app output (tail) ---\n" + tail, flush=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    LOG.close()
    shutil.rmtree(log_dir, ignore_errors=True)
    print(f"e2e: {passed} passed, {failed} failed")
    return 1 if failed else 0


def keys(app, *sequence):
    """Presses keys together, as a person holds a modifier: ("\ue00a", "\ue014") is Alt+→."""
    down = [{"type": "keyDown", "value": k} for k in sequence]
    up = [{"type": "keyUp", "value": k} for k in reversed(sequence)]
    app.request("POST", f"/session/{app.sid}/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": down + up}]})


ALT, LEFT, RIGHT, PAGE_UP, PAGE_DOWN = "\ue00a", "\ue012", "\ue014", "\ue00e", "\ue00f"


def test_the_walk_names_its_assessment_and_keys_move_between_indicators(binary, tmp):
    app = App(binary, os.path.join(tmp, "k.sqlite3"))
    try:
        item = the_sample(app)
        until_page(app, "1")
        # Which assessment is open: its title heads the walk.
        assert app.text("#walk-title") == plain(app.invoke("walk", {"id": item["id"]})["title"]) == "Republic of Lusara – Mid-term review 2026"
        assert "Page Down" in app.text("#phase-keys") and "Alt+→" in app.text("#phase-keys")
        app.js("document.querySelector('#main').focus()")
        app.press(PAGE_DOWN)
        until_page(app, "2")
        app.press(PAGE_DOWN)
        until_page(app, "2a")
        app.press(PAGE_UP)
        until_page(app, "2")
        keys(app, ALT, RIGHT)
        until_page(app, "2a")
        keys(app, ALT, LEFT)
        until_page(app, "2")
        # In a text field Page Down stays there (it scrolls the text); Alt+→ still moves on.
        app.js("document.querySelector('#rationale').focus()")
        app.press(PAGE_DOWN)
        time.sleep(0.5)
        until_page(app, "2")
        keys(app, ALT, RIGHT)
        until_page(app, "2a")
        # The first indicator has no previous one: nothing happens.
        app.click(".side button[data-code='1']")
        until_page(app, "1")
        app.js("document.querySelector('#main').focus()")
        app.press(PAGE_UP)
        time.sleep(0.5)
        until_page(app, "1")
        # Arabic reads right to left: Alt+← is the next indicator, Alt+→ the previous one.
        set_language(app, "ar")
        until_page(app, "1")
        assert "Alt+←" in app.text("#phase-keys")
        app.js("document.querySelector('#main').focus()")
        keys(app, ALT, LEFT)
        until_page(app, "2")
        keys(app, ALT, RIGHT)
        until_page(app, "1")
        assert app.text("#walk-title") == plain(app.invoke("walk", {"id": item["id"]})["title"])
    finally:
        app.close()


def test_a_notice_belongs_to_the_screen_it_was_raised_on(binary, tmp):
    app = App(binary, os.path.join(tmp, "n.sqlite3"))
    try:
        set_language(app, "ru")
        for way in (["#nav-home"], ["#nav-home", "#new-assessment"], ["#nav-home", "#open-backups"], ["#nav-walk"]):
            app.click("#nav-roadmap")
            app.click("#regenerate")
            app.until("!document.body.dataset.busy && !!document.querySelector('#notice:not([hidden])')", "the roadmap's notice")
            # The count reaches the sentence as a number: Russian chooses its form by it.
            count = sum(len(g["rows"]) for g in app.invoke("roadmap", {"id": the_sample(app)["id"]})["groups"])
            word = {"one": "действие", "few": "действия"}.get(
                "one" if count % 10 == 1 and count % 100 != 11 else "few" if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14) else "many", "действий")
            assert f"{count} {word}" in app.text("#notice"), (count, app.text("#notice"))
            for css in way:
                app.click(css)
            app.until("!document.body.dataset.busy", "the other screen")
            assert app.js("return document.querySelector('#notice').hidden") is True, f"the notice followed to {way}"
        # Nor does it stay, in Russian, when the language changes.
        app.click("#nav-roadmap")
        app.click("#regenerate")
        app.until("!document.body.dataset.busy && !!document.querySelector('#notice:not([hidden])')", "the notice again")
        set_language(app, "zh")
        assert app.js("return document.querySelector('#notice').hidden") is True, "the Russian notice stayed in Chinese"
    finally:
        app.close()


def test_participants_are_edited_after_creation_in_the_script_people_type(binary, tmp):
    app = App(binary, os.path.join(tmp, "p.sqlite3"))
    try:
        set_language(app, "ar")
        app.click("#nav-home")
        app.click("#new-assessment")
        app.type("#country", "Testonia")
        app.type("#round", "Mid-term review 2026")
        app.type("#facilitator", "E. Tester")
        app.js("document.querySelector('#participants').value = arguments[0]", "A. Person؛ Ministry of Health؛ chair")
        app.click("#create")
        until_page(app, "1")
        id = [a for a in app.invoke("list_assessments", {}) if a["country"] == "Testonia"][0]["id"]
        assert app.invoke("participants", {"id": id}) == ["A. Person"]
        app.click("#nav-dashboard")
        app.click("#participants-open")
        app.until("document.activeElement.id === 'participants-edit'", "the list to edit")
        assert app.js("return document.querySelector('#participants-edit').value") == "A. Person؛ Ministry of Health؛ chair"
        app.js("const a = document.querySelector('#participants-edit'); a.value += arguments[0]", "\nسارة؛ وزارة الصحة؛ مقررة\n张三；卫生部")
        app.click("#participants-save")
        app.until("!!document.querySelector('#notice:not([hidden])') && document.querySelector('#participants-form').hidden", "saved")
        assert app.invoke("participants", {"id": id}) == ["A. Person", "سارة", "张三"]
        # The rating grid of the walk has a row for each.
        app.click("#nav-walk")
        until_page(app, "1")
        assert app.js("return Array.from(document.querySelectorAll('.ratings input.rating-cell')).map(i => i.dataset.rater)") == ["A. Person", "سارة", "张三"]
    finally:
        app.close()


def test_the_date_field_follows_the_language_and_offers_the_local_date(binary, tmp):
    # Eleven hours west of Greenwich: from 11:00 UTC on, the local date is a day behind UTC.
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Etc/GMT+11"
    try:
        app = App(binary, os.path.join(tmp, "d.sqlite3"))
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
    try:
        import datetime
        local = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=11)).date()
        set_language(app, "ru")
        app.click("#nav-home")
        app.click("#new-assessment")
        app.find("#new-form")
        assert app.js("return document.querySelector('#date').type") == "text"
        assert app.js("return document.querySelector('#date').value") == local.strftime("%d.%m.%Y")
        assert "ДД" in app.text("#date-hint") or "02.12.2026" in app.text("#date-hint")
        app.type("#country", "Testonia")
        app.type("#round", "Mid-term review 2026")
        app.type("#facilitator", "E. Tester")
        app.type("#date", "05.03.2026")
        app.click("#create")
        until_page(app, "1")
        created = [a for a in app.invoke("list_assessments", {}) if a["country"] == "Testonia"][0]
        assert created["date"] == "2026-03-05", created
        app.click("#nav-home")
        app.until("!!document.querySelector('#assessments') && !document.body.dataset.busy", "home")
        assert "05.03.2026" in [plain(x) for x in app.js("return Array.from(document.querySelectorAll('#assessments td.date')).map(td => td.textContent)")]
        set_language(app, "zh")
        app.until("!!document.querySelector('#assessments') && !document.body.dataset.busy", "home in Chinese")
        assert "2026-03-05" in [plain(x) for x in app.js("return Array.from(document.querySelectorAll('#assessments td.date')).map(td => td.textContent)")]
    finally:
        app.close()


# The driver's and the app's output, one file per run (set by main()).
LOG = None



def test_findings_for_a_block_are_autosaved_kept_after_a_restart_and_shown(binary, tmp):
    db = os.path.join(tmp, "n.sqlite3")
    block = "#narrative-leadership-governance-findings"
    text = "Strategy adopted; no budget line yet."
    app = App(binary, db)
    try:
        until_page(app, "1")  # the sample, opened on a first run
        app.click("#nav-dashboard")
        app.click("#open-narratives")
        app.find("#narratives")
        # Typed key by key: saved after a pause in typing, with the save status.
        app.type(block, text)
        saved(app)
        id = the_sample(app)["id"]
        view = app.invoke("narratives", {"id": id})
        lg = [s for s in view["sections"] if s["scope"] == "leadership-governance"][0]
        assert [f["text"] for f in lg["fields"]] == [text, ""], lg
        # Leaving the field saves at once too (Tab to the block's recommendations).
        app.type("#narrative-overall-context", "Second national assessment.")
        app.press("\ue004")  # Tab
        app.until("document.activeElement.id === 'narrative-overall-findings'", "focus moved by Tab")
        saved(app)
    finally:
        app.close()
    app = App(binary, db)  # restart: kept, and shown where it was typed
    try:
        set_language(app, "ar")
        app.click("#nav-home")
        app.click("#assessments tbody tr:first-child button.primary")
        app.click("#nav-dashboard")
        app.click("#open-narratives")
        app.until("document.querySelector(args[0])?.value === args[1]", "the findings shown", block, text)
        assert app.js("return document.querySelector('#narrative-overall-context').value") == "Second national assessment."
        assert app.js("return getComputedStyle(document.querySelector('#narratives')).direction") == "rtl"
        assert app.text("#narratives h1") == "النتائج والتوصيات"
    finally:
        app.close()


def window_names():
    """The names (titles) of the top-level X windows, as the window system has them."""
    out = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, timeout=20).stdout
    return out


def test_about_shows_the_version_and_the_crates_and_the_window_title_follows_the_language(binary, tmp):
    version = cli(binary, "--version").split()[-1]
    app = App(binary, os.path.join(tmp, "a.sqlite3"))
    try:
        app.until("document.title === 'DHMA – Digital health maturity assessment'", "the page title")
        assert "DHMA – Digital health maturity assessment" in window_names()
        app.click("#about-button")
        app.find("#about-title")
        assert app.text("#about-version") == f"Version {version}", app.text("#about-version")
        assert app.text("#about-licence") == "DHMA is free software under the Apache-2.0 licence."
        tauri = "#crates li[data-crate='tauri']"
        assert "Apache-2.0 OR MIT" in app.text(tauri), app.text(tauri)
        app.click(f"{tauri} summary")
        app.until("!!document.querySelector(args[0] + ' pre.licence-text')", "the licence text", tauri)
        assert "Apache License" in app.js("return document.querySelector(arguments[0] + ' pre').textContent", tauri)
        # In Arabic: the screen's sentences, the licence texts as written, the window's title.
        set_language(app, "ar")
        app.until("document.querySelector('#about-title')?.textContent === 'حول DHMA'", "About in Arabic")
        assert app.text("#about-version") == f"الإصدار {version}"
        assert "DHMA – تقييم نضج الصحة الرقمية" in window_names()
        assert app.js("return getComputedStyle(document.querySelector('#crates li')).direction") == "rtl"
        assert app.js("return document.querySelector('#crates .crate').dir") == "ltr"
        shot(app, "about-ar.png")
    finally:
        app.close()


def test_move_to_another_computer_brings_every_assessment_and_refuses_a_damaged_file(binary, tmp):
    moved = os.path.join(tmp, "all.dhma-move.json")
    app = App(binary, os.path.join(tmp, "old.sqlite3"))
    try:
        app.click("#nav-home")
        app.find("#move-export")
        app.js("document.querySelector('#move-export').dataset.path = arguments[0]", moved)
        app.click("#move-export")
        app.until("!document.querySelector('#notice').hidden", "the export's notice")
        assert app.text("#notice span") == f"Assessments written to {moved}: 2.", app.text("#notice span")
    finally:
        app.close()
    with open(moved, encoding="utf-8") as f:
        body = json.load(f)
    assert body["format"] == "dhma-move" and len(body["assessments"]) == 2, body.keys()

    app = App(binary, os.path.join(tmp, "new.sqlite3"))
    try:
        # The new laptop's first run put the sample there; its review is deleted, so the
        # move adds it and merges the baseline.
        app.invoke("delete_assessment", {"id": the_sample(app)["id"]})
        before = app.invoke("list_assessments", {})
        # A damaged file first: refused with a sentence, nothing stored.
        damaged = os.path.join(tmp, "damaged.dhma-move.json")
        with open(moved, "rb") as f, open(damaged, "wb") as g:
            g.write(f.read()[:-40])
        app.click("#nav-home")
        app.find("#move-import")
        app.js("document.querySelector('#move-import').dataset.path = arguments[0]", damaged)
        app.click("#move-import")
        app.until("!document.querySelector('#notice').hidden", "the refusal")
        assert "Nothing was imported." in app.text("#notice span"), app.text("#notice span")
        assert app.invoke("list_assessments", {}) == before
        # The whole file: every assessment, with a summary of what came in.
        app.js("document.querySelector('#move-import').dataset.path = arguments[0]", moved)
        app.click("#move-import")
        app.until("!document.querySelector('#notice').hidden && !document.querySelector('#notice').className",
                  "the summary")
        said = app.text("#notice span")
        assert said.endswith("New assessments: 1. Merged with the copy already here: 1. No conflict."), said
        app.until("document.querySelectorAll('#assessments tbody tr').length === 2", "both rounds listed")
        rounds = sorted(a["round"] for a in app.invoke("list_assessments", {}))
        assert rounds == ["Baseline 2023", "Mid-term review 2026"], rounds
    finally:
        app.close()



def test_an_own_action_is_added_followed_up_after_sign_off_and_in_the_progress_report(binary, tmp):
    """Issue 15 item 6: on the Roadmap screen the team adds an action of its own and a
    cross-cutting one, gives the first a budget; after sign-off "Add an action" is gone, the
    own action is marked in progress, and the progress report (its button, and the command it
    calls with a path) holds the action's text. Screens in en, ar and zh with
    DHMA_E2E_SHOTS=DIR."""
    app = App(binary, os.path.join(tmp, "own.sqlite3"))
    own = "Study tour to a neighbouring ministry"
    cross = "Annual review of the roadmap with partners"
    try:
        item = the_sample(app)
        app.invoke("regenerate_roadmap", {"id": item["id"]})
        app.click("#nav-roadmap")
        # "Add an action" is folded until asked for, with the keyboard (Enter on its summary).
        app.find("#add-open")
        app.js("document.querySelector('#add-open').focus()")
        app.press("\ue007")  # Enter
        app.until("document.querySelector('#add-action').open === true", "the form opened")
        # For indicator 1 (the first choice): its block's action lines and a step are offered.
        assert app.js("return document.querySelector('#add-where').value") == "1"
        assert app.js("return document.querySelector('#add-block').closest('label').hidden") is True
        app.type("#add-text", own)
        app.click("#add-submit")
        app.until("Array.from(document.querySelectorAll('.road-item.own .action-text')).some(t => t.value === args[0])",
                  "the own action listed", own)
        uid = app.js("return Array.from(document.querySelectorAll('.road-item.own')).find(li => "
                     "li.querySelector('.action-text').value === arguments[0]).dataset.uid", own)
        sel = f".road-item[data-uid='{uid}']"
        assert app.text(f"{sel} .badge.origin") == "Written by the team"
        # Cross-cutting: the building block is asked instead of the action line.
        app.js("const s = document.querySelector('#add-where'); s.value = ''; s.dispatchEvent(new Event('change'));")
        assert app.js("return document.querySelector('#add-line').closest('label').hidden") is True
        app.js("document.querySelector('#add-action').open = true")
        app.type("#add-text", cross)
        app.click("#add-submit")
        app.until("Array.from(document.querySelectorAll('.road-group.cross-cutting .action-text')).some(t => t.value === args[0])",
                  "the cross-cutting action in its own section", cross)
        # A budget: typed as people write it, stored exactly; a wrong currency is refused
        # with its sentence.
        app.type(f"{sel} input.road-budget", "1 500 000,50")
        app.press("\ue004")  # Tab: the change is stored
        app.type(f"{sel} input.road-currency", "US")
        app.press("\ue004")
        app.until("!document.querySelector('#notice').hidden && document.querySelector('#notice').textContent.includes('ISO 4217')",
                  "the currency refused")
        app.type(f"{sel} input.road-currency", "usd")
        app.press("\ue004")
        def stored():
            rows = [r for g in app.invoke("roadmap", {"id": item["id"]})["groups"] for r in g["rows"] if r["uid"] == uid]
            return rows[0]
        for _ in range(50):
            row = stored()
            if row["budget_currency"] == "USD":
                break
            time.sleep(0.1)
        assert (row["budget_amount"], row["budget_currency"]) == ("1500000.50", "USD"), row
        for lang in ["en", "ar", "zh"]:
            set_language(app, lang)
            app.click("#nav-roadmap")
            app.find("#add-action")
            shot(app, f"roadmap-own-{lang}.png")
            if os.environ.get("DHMA_E2E_SHOTS"):
                app.js("document.querySelector(arguments[0]).scrollIntoView()", sel)
                shot(app, f"roadmap-own-item-{lang}.png")
                app.js("document.querySelector('.road-group.cross-cutting').scrollIntoView()")
                shot(app, f"roadmap-cross-{lang}.png")
        set_language(app, "en")

        # Sign-off: no more actions added; the follow-up goes on.
        app.click("#nav-dashboard")
        app.type("#approver-name", "Dr A. Mensah")
        app.js("window.__TAURI__.dialog.ask = async () => true;")
        app.click("#finalise")
        app.until("!!document.querySelector('#signoff p.card')", "finalised")
        app.click("#nav-roadmap")
        app.find("#follow-up-note")
        assert app.js("return !document.querySelector('#add-action') && !document.querySelector('.delete-action')") is True
        err = app.refused("add_roadmap_action", {"id": item["id"], "action": {"indicator": "", "text": "Late"}})
        assert err["code"] == "assessment-locked", err
        app.js(f"const s = Array.from(document.querySelectorAll(\"{sel} select\")).find(s => !s.disabled);"
               "s.value = 'in-progress'; s.dispatchEvent(new Event('change'));")
        for _ in range(50):
            if stored()["status"] == "in-progress":
                break
            time.sleep(0.1)
        assert stored()["status"] == "in-progress"

        # The progress report: the button is there; the command it calls writes the file.
        assert app.text("#progress-report") == "Progress report…"
        pdf = os.path.join(tmp, "progress.pdf")
        done = app.invoke("export_progress_report", {"id": item["id"], "path": pdf})
        assert done["path"] == pdf and "The progress report (" in done["message"], done
        with open(pdf, "rb") as f:
            assert f.read(5) == b"%PDF-"
        text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout.split())
        assert own in text, text[:3000]
        assert "Proposed → In progress" in text, text[:3000]
        if os.environ.get("DHMA_E2E_SHOTS"):
            for lang in ["ar", "zh"]:
                set_language(app, lang)
                out = os.path.join(os.environ["DHMA_E2E_SHOTS"], f"progress-{lang}.pdf")
                app.invoke("export_progress_report", {"id": item["id"], "path": out})
    finally:
        app.close()

class AppWithFiles(App):
    """An app started with files to open after its --db, as a double-click starts it."""

    def __init__(self, binary, db, files):
        self.files = list(files)
        super().__init__(binary, db)

    def _open(self, binary, db):
        args = ["--db", db, *self.files]
        if DIRECT:
            caps = {"capabilities": {"alwaysMatch": {"webkitgtk:browserOptions": {"binary": binary, "args": args}}}}
        else:
            caps = {"capabilities": {"alwaysMatch": {"tauri:options": {"application": binary, "args": args}}}}
        self.sid = self.request("POST", "/session", caps)["sessionId"]
        self.until("document.body.dataset.ready === 'true'", "app ready")


def assessment_file(binary, tmp, country):
    """An assessment of `country` exported to `<tmp>/<country>.dhma.json` from a database of
    its own, and a file that is JSON but not an assessment, beside it."""
    path = os.path.join(tmp, f"{country}.dhma.json")
    app = App(binary, os.path.join(tmp, f"made-{country}.sqlite3"))
    try:
        id = app.invoke("create_assessment", {"input": {
            "country": country, "round": "Opened by a double-click", "date": "2026-12-02", "facilitator": "E. Tester",
            "participants": "", "framework_id": "who-itu-gdhm", "framework_version": "1.0.0", "language": "en"}})
        app.invoke("export_assessment", {"id": id, "path": path})
    finally:
        app.close()
    other = os.path.join(tmp, "shopping-list.dhma.json")
    with open(other, "w", encoding="utf-8") as f:
        json.dump({"items": ["bread"]}, f)
    return path, other


def until_walk_of(app, country):
    app.until("!document.body.dataset.busy && document.querySelector('#main').dataset.view === 'walk'"
              " && (document.querySelector('#walk-title')?.textContent || '').includes(args[0])", f"the walk of {country}", country)


def test_an_assessment_file_given_at_start_opens_through_the_import(binary, tmp):
    path, other = assessment_file(binary, tmp, "Testonia")
    # Started with the file, as a double-click on it starts DHMA (`Exec=dhma-desktop %F`).
    app = AppWithFiles(binary, os.path.join(tmp, "fresh.sqlite3"), [path])
    try:
        until_walk_of(app, "Testonia")  # the import flow: the new assessment opens, with its summary
        assert not app.js("return document.querySelector('#notice').hidden"), "the import's summary"
        assert app.js("return document.querySelector('#notice').className") != "error", app.text("#notice")
        assert [a["round"] for a in app.invoke("list_assessments", {}) if a["country"] == "Testonia"] == ["Opened by a double-click"]
        assert app.invoke("opened_files", {}) == [], "each file is opened once"
        # The screen starts at its top: the top bar and the import's summary in view (the
        # walk used to open scrolled down by the top bar's height).
        assert app.js("return window.scrollY") == 0, app.js("return window.scrollY")
        assert app.js("return document.querySelector('#notice').getBoundingClientRect().top >= 0")
    finally:
        app.close()
    # A file that is not an assessment: the import's own error, on the first screen.
    app = AppWithFiles(binary, os.path.join(tmp, "other.sqlite3"), [other])
    try:
        app.until("!document.querySelector('#notice').hidden && document.querySelector('#notice').className === 'error'", "the import's error")
        assert "is not a DHMA assessment file" in app.text("#notice"), app.text("#notice")
        assert "shopping-list.dhma.json" in app.text("#notice")
    finally:
        app.close()


def test_a_file_opened_while_dhma_runs_goes_to_the_running_window(binary, tmp):
    # The single-instance plugin finds the running app on the D-Bus session bus: a bus of
    # this test's own (Xvfb sessions have none).
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=LOG, text=True, start_new_session=True)
    old = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    try:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        path, other = assessment_file(binary, tmp, "Lusatia")
        db = os.path.join(tmp, "running.sqlite3")
        app = App(binary, db)
        try:
            until_page(app, "1")  # the sample, opened on a first run
            # A second launch with the file, as the file manager starts it: it hands the file
            # over and ends, instead of opening a second window.
            second = subprocess.run([binary, "--db", db, os.path.basename(path)], cwd=tmp, timeout=60,
                                    stdout=LOG, stderr=subprocess.STDOUT)
            assert second.returncode == 0, second.returncode
            until_walk_of(app, "Lusatia")
            assert [a["round"] for a in app.invoke("list_assessments", {}) if a["country"] == "Lusatia"] == ["Opened by a double-click"]
            # One that is not an assessment: the import's error in the running window.
            subprocess.run([binary, "--db", db, other], timeout=60, stdout=LOG, stderr=subprocess.STDOUT, check=True)
            app.until("!document.querySelector('#notice').hidden && document.querySelector('#notice').className === 'error'", "the import's error")
            assert "is not a DHMA assessment file" in app.text("#notice"), app.text("#notice")
        finally:
            app.close()
    finally:
        if old is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = old
        bus.terminate()
        bus.wait(timeout=10)


def test_in_a_draft_a_progress_note_keeps_the_status_just_chosen(binary, tmp):
    """The status menu and the progress note save through two commands; typing a note after
    changing the status must not put the old status back."""
    app = App(binary, os.path.join(tmp, "f.sqlite3"))
    try:
        item = the_sample(app)
        app.click("#nav-roadmap")
        app.click("#regenerate")
        app.until("!document.body.dataset.busy && !!document.querySelector('#notice:not([hidden])')", "regenerated")
        view = app.invoke("roadmap", {"id": item["id"]})
        first = next(r for g in view["groups"] for r in g["rows"])
        assert first["status"] != "planned", first["status"]
        app.js("""const item = document.querySelector(`.road-item[data-uid='${arguments[0]}']`);
            const status = Array.from(item.querySelectorAll('select')).find((s) => s.querySelector("option[value='planned']"));
            status.value = 'planned';
            status.dispatchEvent(new Event('change'));""", first["uid"])
        saved(app)
        app.js("""const note = document.querySelector(`.road-item[data-uid='${arguments[0]}'] .progress-note`);
            note.value = 'Terms of reference drafted.';
            note.dispatchEvent(new Event('change'));""", first["uid"])
        # The note's save has landed once the core has the note.
        deadline = time.time() + 20
        while True:
            after = app.invoke("roadmap", {"id": item["id"]})
            row = next(r for g in after["groups"] for r in g["rows"] if r["uid"] == first["uid"])
            if row["progress"] == "Terms of reference drafted." or time.time() > deadline:
                break
            time.sleep(0.2)
        assert (row["status"], row["progress"]) == ("planned", "Terms of reference drafted."), row
    finally:
        app.close()


if __name__ == "__main__":
    sys.exit(main())
