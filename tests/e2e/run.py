#!/usr/bin/env python3
"""End-to-end tests of the DHMA desktop app, driven through WebDriver.

WebKitWebDriver (Debian's webkit2gtk-driver) starts the real app binary under Xvfb, as
tauri-driver would (see DIRECT below). Only the Python standard library is used. Each test
gets its own database (--db) and its own driver process.
Usage: xvfb-run -a python3 tests/e2e/run.py target/debug/dhma-desktop
Prints one closing line: "e2e: N passed, N failed".
"""
import json, os, shutil, subprocess, sys, tempfile, time, traceback, urllib.request, urllib.error

# By default the tests talk to WebKitWebDriver (port 4445) directly, starting the app with
# TAURI_WEBVIEW_AUTOMATION=true exactly as tauri-driver does. Through tauri-driver 2.1.0
# (DHMA_E2E_DRIVER=tauri, port 4444) about one session in three lost its connection here
# ("client error (SendRequest)" in tauri-driver's proxy); directly, 30 runs out of 30 passed.
DIRECT = os.environ.get("DHMA_E2E_DRIVER", "webkit") != "tauri"
def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# A free port per run, so that two runs on one machine never meet.
NATIVE_PORT = free_port() if DIRECT else 4445
DRIVER = f"http://127.0.0.1:{NATIVE_PORT}" if DIRECT else "http://127.0.0.1:4444"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def retrying(call, attempts=5):
    """Retries a read-only WebDriver call whose connection dropped: while the app's page is
    still loading, WebKitWebDriver sometimes closes the connection of a script request."""
    for attempt in range(attempts):
        try:
            return call()
        except ConnectionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.3)


def request(method, path, body=None, timeout=60):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(DRIVER + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return json.loads(r.read() or b"{}").get("value")
    except urllib.error.HTTPError as e:
        raise AssertionError(f"{method} {path}: {e.code} {e.read()[:400]!r}")
    except (urllib.error.URLError, ConnectionError, OSError) as e:
        raise ConnectionError(f"{method} {path}: {e!r}") from e


class App:
    """One running app (one WebDriver session) on a given database."""

    def __init__(self, binary, db):
        self.binary = binary
        self.db = db
        self.driver = start_driver()
        try:
            self._open(binary, db)
        except Exception:
            stop_driver(self.driver)
            raise

    def _open(self, binary, db):
        if DIRECT:
            caps = {"capabilities": {"alwaysMatch": {"webkitgtk:browserOptions": {
                "binary": binary, "args": ["--db", db]}}}}
        else:
            caps = {"capabilities": {"alwaysMatch": {"tauri:options": {
                "application": binary, "args": ["--db", db]}}}}
        self.sid = request("POST", "/session", caps)["sessionId"]
        self.until("document.body.dataset.ready === 'true'", "app ready")
        # WebKit may still swap the page's process in the first second after start-up, which
        # drops whatever WebDriver request is under way. Let it settle, then check again.
        time.sleep(1.5)
        self.until("document.body.dataset.ready === 'true'", "app ready after settling")

    def close(self):
        try:
            request("DELETE", f"/session/{self.sid}")
        except Exception:
            pass
        # The app is single-instance: a new launch while the old process still runs would hand
        # over to it and quit, killing the next session. WebKitWebDriver does not always end
        # the app when a session is deleted, so end it (as closing the window would).
        # Only this test's app: the one started on this test's database.
        pattern = f"{self.binary} --db {self.db}"
        running = lambda: subprocess.run(["pgrep", "-f", "--", pattern], capture_output=True).returncode == 0
        for signal_name, seconds in (("TERM", 3), ("KILL", 5)):
            end = time.time() + seconds
            while time.time() < end and running():
                time.sleep(0.1)
            if not running():
                break
            subprocess.run(["pkill", f"-{signal_name}", "-f", "--", pattern], capture_output=True)
        stop_driver(self.driver)

    def js(self, script, *args):
        return retrying(lambda: request("POST", f"/session/{self.sid}/execute/sync", {"script": script, "args": list(args)}))

    def invoke(self, cmd, args):
        script = ("const done = arguments[arguments.length - 1];"
                  "window.__TAURI__.core.invoke(arguments[0], arguments[1])"
                  ".then(v => done({ok: v}), e => done({err: e}));")
        r = request("POST", f"/session/{self.sid}/execute/async", {"script": script, "args": [cmd, args]})
        assert "ok" in r, f"{cmd} failed: {r}"
        return r["ok"]

    def until(self, condition, what, *args, seconds=20):
        """Waits inside the page until the JavaScript expression `condition` is true. One
        WebDriver call, instead of polling from here: rapid polling while the app is busy
        with IPC proved to bring WebKitWebDriver down."""
        # The condition is part of the script WebDriver evaluates (the app's CSP rightly
        # forbids the page itself from evaluating strings).
        script = ("const done = arguments[arguments.length - 1]; const all = Array.from(arguments);"
                  "const end = Date.now() + all[0]; const args = all.slice(1, -1);"
                  "const test = () => (" + condition + ");"
                  "(function poll() { let ok = false; try { ok = test(); } catch (e) {}"
                  "  if (ok) done(true); else if (Date.now() > end) done(false); else setTimeout(poll, 100); })();")
        ok = retrying(lambda: request("POST", f"/session/{self.sid}/execute/async",
                                      {"script": script, "args": [seconds * 1000, *args]}, timeout=seconds + 30))
        assert ok, f"timed out waiting for {what}"

    def find(self, css):
        # Wait until the interface is idle (not re-rendering) and the element exists.
        self.until("!document.body.dataset.busy && !!document.querySelector(args[0])", css, css)
        return request("POST", f"/session/{self.sid}/element", {"using": "css selector", "value": css})[ELEMENT]

    def click(self, css):
        """Clicks an element as a user would (WebDriver element click)."""
        request("POST", f"/session/{self.sid}/element/{self.find(css)}/click", {})

    def type(self, css, text):
        """Focuses a field and types into it key by key (WebKitWebDriver's element/clear and
        element/value proved to drop connections here)."""
        self.find(css)
        self.js("const e = document.querySelector(arguments[0]); e.focus(); e.select && e.select();", css)
        keys = []
        for ch in text:
            keys += [{"type": "keyDown", "value": ch}, {"type": "keyUp", "value": ch}]
        request("POST", f"/session/{self.sid}/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": keys}]})
        self.until("document.querySelector(args[0]).value === args[1]", f"{css} typed", css, text)

    def press(self, key):
        """Presses one key on whatever has the focus, as a person would."""
        request("POST", f"/session/{self.sid}/actions", {"actions": [{"type": "key", "id": "keyboard",
                "actions": [{"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]}]})

    def text(self, css):
        return request("GET", f"/session/{self.sid}/element/{self.find(css)}/text")

    def wait(self, cond, what, seconds=20):
        end = time.time() + seconds
        while time.time() < end:
            try:
                if cond():
                    return
            except AssertionError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}")

    def screenshot(self, path):
        import base64
        png = request("GET", f"/session/{self.sid}/screenshot")
        with open(path, "wb") as f:
            f.write(base64.b64decode(png))


def saved(app):
    app.until("document.querySelector('#save-status').dataset.state === 'saved'", "saved status")


def checked_phase(app):
    return app.js("const r = document.querySelector('input[name=current]:checked'); return r ? r.value : null")


def until_page(app, code):
    app.until("!document.body.dataset.busy && document.querySelector('article.page')?.dataset.code === args[0]", f"page {code}", code)


def until_checked(app, value):
    app.until("document.querySelector('input[name=current]:checked')?.value === args[0]", f"phase {value}", value)


def create_and_score(app):
    app.click("#nav-home")
    app.click("#new-assessment")
    app.type("#country", "Republic of Testonia")
    app.type("#round", "Baseline 2026")
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
    return app.js("return document.querySelector('#completion').textContent")


def test_create_score_with_keyboard_and_restart(binary, tmp):
    db = os.path.join(tmp, "a.sqlite3")
    app = App(binary, db)
    try:
        completion = create_and_score(app)
        assert "3" in completion, completion
    finally:
        app.close()
    app = App(binary, db)  # restart: everything shown as saved is still there
    try:
        app.click("#nav-home")
        app.until("document.querySelectorAll('#assessments tbody tr').length === 2", "two assessments")
        app.click("#assessments tbody tr:first-child button.primary")
        for code, expected in [("1", "3"), ("2", "NA"), ("2a", "5")]:
            app.click(f".side button[data-code='{code}']")
            until_page(app, code)
            until_checked(app, expected)
    finally:
        app.close()


def test_arabic_turns_the_interface_right_to_left(binary, tmp):
    db = os.path.join(tmp, "b.sqlite3")
    app = App(binary, db)
    try:
        assert app.js("return document.documentElement.dir") == "ltr"
        app.js("const s = document.querySelector('#lang-select'); s.value = 'ar'; s.dispatchEvent(new Event('change'))")
        app.until("document.documentElement.dir === 'rtl' && !document.body.dataset.busy", 'dir="rtl"')
        assert app.js("return document.documentElement.lang") == "ar"
        assert app.js("return getComputedStyle(document.querySelector('.walk, main')).direction") == "rtl"
        if os.environ.get("DHMA_E2E_SHOTS"):
            app.screenshot(os.path.join(os.environ["DHMA_E2E_SHOTS"], "walk-ar.png"))
    finally:
        app.close()
    app = App(binary, db)
    try:
        assert app.js("return document.documentElement.dir") == "rtl", "the choice persists"
    finally:
        app.close()


def test_export_then_import(binary, tmp):
    db = os.path.join(tmp, "c.sqlite3")
    out = os.path.join(tmp, "exported.dhma.json")
    app = App(binary, db)
    try:
        item = app.invoke("list_assessments", {})[0]
        done = app.invoke("export_assessment", {"id": item["id"], "path": out})
        assert os.path.getsize(out) > 1000 and done["path"] == out
        pdf = os.path.join(tmp, "report.pdf")
        app.invoke("export_report", {"id": item["id"], "path": pdf})
        with open(pdf, "rb") as f:
            assert f.read(5) == b"%PDF-", "the report is a PDF"
        assert os.path.getsize(pdf) > 20000
    finally:
        app.close()
    other = os.path.join(tmp, "d.sqlite3")
    app = App(binary, other)
    try:
        # The first run put the sample there already: importing the same one is refused…
        try:
            app.invoke("import_assessment", {"path": out})
            raise AssertionError("importing an assessment that exists must be refused")
        except AssertionError as e:
            assert "already-exists" in str(e), e
        # …and after deleting it (with a backup), the import works and shows on the home screen.
        sample = app.invoke("list_assessments", {})[0]
        app.invoke("delete_assessment", {"id": sample["id"]})
        done = app.invoke("import_assessment", {"path": out})
        app.click("#nav-home")
        app.until("(document.querySelector('#assessments')?.textContent || '').includes('Lusara')", "imported assessment listed")
        assert done["id"]
    finally:
        app.close()


def test_roadmap_keeps_a_human_edit(binary, tmp):
    app = App(binary, os.path.join(tmp, "r.sqlite3"))
    try:
        app.click("#nav-roadmap")
        app.click("#regenerate")
        app.until("document.querySelectorAll('.road-item').length > 20", "proposed actions")
        first = app.js("return document.querySelector('.road-item').dataset.uid")
        app.type(f".road-item[data-uid='{first}'] textarea", "Cabinet memo on the governance decree")
        app.press("\ue004")  # Tab: leaving the field stores it
        saved(app)
        count = app.js("return document.querySelectorAll('.road-item').length")
        app.click("#regenerate")
        app.until("!document.body.dataset.busy && !!document.querySelector('#notice:not([hidden])')", "regenerated")
        app.until(f"document.querySelector(\".road-item[data-uid='{first}'] textarea\")?.value === 'Cabinet memo on the governance decree'",
                  "the edit survived regeneration")
        assert app.js(f"return document.querySelector(\".road-item[data-uid='{first}'] .badge\").hidden") is False
        assert app.js("return document.querySelectorAll('.road-item').length") == count
    finally:
        app.close()


LOG_PATH = os.path.join(tempfile.gettempdir(), "dhma-e2e-driver.log")


def test_a_file_that_is_not_a_database_is_kept_and_a_new_one_started(binary, tmp):
    db = os.path.join(tmp, "e.sqlite3")
    junk = ("minutes of the workshop, not a database\n" * 200).encode()
    with open(db, "wb") as f:
        f.write(junk)
    app = App(binary, db)
    try:
        assert "DHMA" in app.text("#recovery-title + p"), "the message names the problem"
        assert app.js("return document.querySelector('#nav-walk').disabled") is True
        # The native confirmation dialog cannot be driven here: answer it as the user would.
        app.js("window.__TAURI__.dialog.ask = async () => true;")
        app.click("#start-new-file")
        app.until("document.querySelector('#home-title') !== null", "home screen")
        app.until("document.querySelector('#notice').textContent.includes('set-aside')", "notice")
    finally:
        app.close()
    backups = os.path.join(tmp, "e-backups")
    kept = [n for n in os.listdir(backups) if n.endswith("-set-aside.sqlite3")]
    assert len(kept) == 1, os.listdir(backups)
    with open(os.path.join(backups, kept[0]), "rb") as f:
        assert f.read() == junk, "the unusable file is kept byte for byte"


def test_sign_off_locks_the_assessment_and_keeps_a_backup(binary, tmp):
    db = os.path.join(tmp, "f.sqlite3")
    app = App(binary, db)
    try:
        app.click("#nav-dashboard")
        app.type("#approver-name", "Dr A. Mensah")
        app.js("window.__TAURI__.dialog.ask = async () => true;")
        app.click("#finalise")
        app.until("!!document.querySelector('#signoff p.card')", "finalised")
        assert "Dr A. Mensah" in app.text("#signoff p.card")
        item = app.invoke("list_assessments", {})[0]
        assert item["status_label"] == "Finalised", item
        # Locked: the core refuses any further answer.
        script = ("const done = arguments[arguments.length - 1];"
                  "window.__TAURI__.core.invoke('save_response', {id: arguments[0], response: {indicator: '1', current: 2}})"
                  ".then(() => done('saved'), e => done(e.code));")
        code = request("POST", f"/session/{app.sid}/execute/async", {"script": script, "args": [item["id"]]})
        assert code == "assessment-locked", code
    finally:
        app.close()
    kept = [n for n in os.listdir(os.path.join(tmp, "f-backups")) if n.endswith("-finalised.sqlite3")]
    assert len(kept) == 1, kept


def start_driver():
    """A fresh tauri-driver (and WebKitWebDriver) for every app session: reusing one across
    sessions proved flaky when an app had just exited."""
    log = open(LOG_PATH, "a")
    if DIRECT:
        # What tauri-driver does: the app enables WebKit automation when this is set.
        env = dict(os.environ, TAURI_WEBVIEW_AUTOMATION="true")
        proc = subprocess.Popen(["WebKitWebDriver", f"--port={NATIVE_PORT}", "--host=127.0.0.1"], stdout=log,
                                stderr=subprocess.STDOUT, env=env)
    else:
        driver = shutil.which("tauri-driver") or os.path.expanduser("~/.cargo/bin/tauri-driver")
        proc = subprocess.Popen([driver], stdout=log, stderr=subprocess.STDOUT)
    end = time.time() + 20
    # tauri-driver answers /status before its WebKitWebDriver (port 4445) listens; a session
    # requested in between fails with a dropped connection. Wait for both.
    while True:
        try:
            request("GET", "/status", timeout=2)
            if port_in_use(NATIVE_PORT):
                return proc
        except Exception:
            pass
        if time.time() > end or proc.poll() is not None:
            raise AssertionError("tauri-driver did not start")
        time.sleep(0.1)


def port_in_use(port):
    import socket
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def stop_driver(proc):
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    # tauri-driver does not always take its WebKitWebDriver down with it; a leftover one
    # would answer the next session and die under it.
    if not DIRECT:
        subprocess.run(["pkill", "-x", "WebKitWebDriver"], capture_output=True)
    end = time.time() + 10
    while time.time() < end and (port_in_use(NATIVE_PORT) or (not DIRECT and port_in_use(4444))):
        time.sleep(0.1)


def main():
    binary = os.path.abspath(sys.argv[1])
    open(LOG_PATH, "w").close()
    tests = [v for k, v in sorted(globals().items()) if k.startswith("test_")]
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
            with open(LOG_PATH, errors="replace") as f:
                tail = f.read()[-3000:]
            print("--- driver and app output (tail) ---\n" + tail, flush=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"e2e: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
