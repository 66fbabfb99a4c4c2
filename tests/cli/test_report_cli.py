"""`trainer report` as an instructor runs it, on a class that handed in with `trainer results`; the HTML page
opened in a real headless Chromium (installed by scripts/install-browser.sh; skipped where it cannot be)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from report_class import build_class  # noqa: E402

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")


def trainer(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "trainer", "report", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=60)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("class")
    decks, handins = build_class(root)
    (handins / "broken.json").write_text('{"format": "trainer-results", "version": 1, "sessions": [', "utf-8")
    return root, decks, handins


def test_text_to_a_pipe_names_bad_hand_ins_and_goes_on(built) -> None:
    root, decks, handins = built
    done = trainer(handins, "--deck", decks, cwd=root)
    assert done.returncode == 0, done.stderr
    assert "Class report: 6 students, 9 sessions, 34 answers from 7 hand-in(s)" in done.stdout
    assert "broken.json: left out: not valid JSON" in done.stdout and "Traceback" not in done.stderr
    assert "treaty.yaml:15: signed: the wrong option “False” attracted the top third (50%)" in done.stdout


def test_csv_has_a_row_per_question(built) -> None:
    root, decks, handins = built
    done = trainer(handins, "--deck", decks, "--format", "csv", cwd=root)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [row["question_id"] for row in rows] == ["where", "signed", "which", "how-many"]
    assert rows[1]["facility"] == "0.8333" and rows[1]["flags"] == "negative-discrimination key-check"
    assert "broken.json: left out" in done.stderr


def test_json_and_html_files_by_suffix(built) -> None:
    root, decks, handins = built
    done = trainer(handins, "--deck", decks, "--mode", "practice", "-o", root / "report.json", cwd=root)
    assert done.returncode == 0, done.stderr
    document = json.loads((root / "report.json").read_text("utf-8"))
    assert (document["format"], document["mode"], document["counts"]["analysed_students"]) == (
        "trainer-report", "practice", 2)
    assert "wrote the json report of 6 student(s)" in done.stderr
    done = trainer(handins, "--deck", decks, "-o", root / "report.html", cwd=root)
    assert done.returncode == 0, done.stderr
    page = (root / "report.html").read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page
    assert "http" not in page.replace("http-equiv", "")  # nothing to fetch


def test_errors_are_messages_with_exit_codes(built, tmp_path: Path) -> None:
    root, decks, handins = built
    missing = trainer(tmp_path / "nowhere", "--deck", decks, cwd=root)
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr
    only_bad = trainer(handins / "broken.json", "--deck", decks, cwd=root)
    assert only_bad.returncode == 1 and "none of the hand-ins could be read" in only_bad.stderr
    assert "broken.json: left out" in only_bad.stderr and "Traceback" not in only_bad.stderr
    no_decks = trainer(handins, "--deck", tmp_path, cwd=root)
    assert no_decks.returncode == 2 and "no deck loaded" in no_decks.stderr


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("Chromium is not installed: run scripts/install-browser.sh as root (Debian's chromium and "
                    "chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def test_html_report_renders_in_chromium_without_script_errors(built, browser) -> None:
    from selenium.webdriver.common.by import By

    root, decks, handins = built
    out = root / "browser.html"
    done = trainer(handins, "--deck", decks, "--format", "html", "-o", out, cwd=root)
    assert done.returncode == 0, done.stderr
    browser.get(out.as_uri())
    assert browser.title == "Class report: The Geneva treaty"
    assert len(browser.find_elements(By.CSS_SELECTOR, "table#questions tbody tr")) == 4
    assert len(browser.find_elements(By.CSS_SELECTOR, "table#students tbody tr")) == 6
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.chart rect")) >= 10
    text = browser.execute_script("return document.body.textContent")
    assert "Where was it signed? <script>alert(1)</script> [bold]x[/bold]" in text  # shown, not run
    assert browser.execute_script("return document.scripts.length") == 1  # only the page's own sorting script
    facility = browser.find_elements(By.CSS_SELECTOR, "table#questions th")[3]
    facility.click()  # sorts descending: signed (83%) first
    first = browser.find_element(By.CSS_SELECTOR, "table#questions tbody tr td").text
    assert first == "treaty/signed"
    browser.find_element(By.CSS_SELECTOR, "table#questions tbody tr a").click()  # opens the question's detail
    assert browser.execute_script("return document.getElementById('q-treaty-signed').open") is True
    errors = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
    assert errors == []
