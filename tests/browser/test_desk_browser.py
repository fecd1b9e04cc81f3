"""The desk in a real browser: Debian's Chromium driven by Playwright, the server on 127.0.0.1 in a thread.

Screenshots of every step are kept in tests/browser/screenshots/ (git-ignored) to be looked at.
"""
from __future__ import annotations

import shutil
import tempfile
import threading
from pathlib import Path

import pytest

from docpipe.desk import create_app

from desk_kit import LAB_DUPONT, MARTIN, PASSWORD, cheap_password_hashing, make_home, scanned_pdf, standard_documents

cheap_password_hashing()

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# A refused decision is answered with the item page and status 409 (or 400): Chromium logs it as an error.
EXPECTED_REFUSAL = "the server responded with a status of 409"
SHOTS = Path(__file__).resolve().parent / "screenshots"

if not Path(CHROMIUM).exists():
    pytest.skip("Chromium absent (apt install chromium ; make install le fait)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


def serving(home):
    from werkzeug.serving import make_server
    httpd = make_server("127.0.0.1", 0, create_app(home), threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    return httpd


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = make_home(tmp_path_factory.mktemp("desk-browser"), standard_documents())
    httpd = serving(home)
    yield home, f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def batch_server(tmp_path_factory):
    """A home whose only waiting item is a scan of two patients' documents (read by Tesseract)."""
    home = make_home(tmp_path_factory.mktemp("desk-browser-batch"), {"lot.pdf": scanned_pdf(LAB_DUPONT, MARTIN)})
    httpd = serving(home)
    yield home, f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    SHOTS.mkdir(exist_ok=True)
    profile = tempfile.mkdtemp(prefix="desk-chromium-")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1366, "height": 768}, locale="fr-FR")
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser):
    page = browser.new_page()
    page.set_default_timeout(10_000)
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error"
            and EXPECTED_REFUSAL not in message.text else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    page.close()
    browser.clear_cookies()
    assert not errors, errors  # a CSP violation or a script error shows here


def log_in(page, base: str, name: str) -> None:
    page.goto(base + "/")
    assert "/connexion" in page.url
    page.fill("#identifiant", name)
    page.fill("#mot_de_passe", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/")


def eventually(page, expression: str, seconds: float = 10) -> bool:
    """Polled from Python: Playwright's wait_for_function evaluates a string in the page, which the
    desk's CSP (no unsafe-eval) rightly refuses."""
    for _ in range(int(seconds * 10)):
        if page.evaluate(expression):
            return True
        page.wait_for_timeout(100)
    return False


def shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def test_secretary_works_a_review_item_in_the_browser(server, page):
    home, base = server
    with page.expect_request(lambda r: "/aujourdhui/activite" in r.url, timeout=8000):
        log_in(page, base, "secretaire")  # the day's activity is then polled every 5 s
    shot(page, "01-aujourdhui")
    assert page.locator(".count").first.is_visible()
    page.click("text=À revoir")
    shot(page, "02-a-revoir")
    page.click("#commencer")
    page.wait_for_selector("img.page")
    images = page.locator("img.page")
    assert images.count() == 3
    assert eventually(page, "Array.from(document.querySelectorAll('img.page')).slice(0, 2)"
                            ".every(i => i.complete && i.naturalWidth > 0)")
    assert "Nom de naissance" in page.inner_text("table.compare")
    shot(page, "03-revue-element")
    page.keyboard.press("z")
    assert "zoomed" in page.get_attribute("#pages", "class")
    page.keyboard.press("z")
    first = page.url
    page.keyboard.press("s")  # next item: one key
    page.wait_for_url(lambda url: url != first and "/suivant" not in url)
    assert "rang=1" in page.url
    page.go_back()
    page.wait_for_selector("button.assign[data-ipp=P001]")
    page.click("button.assign[data-ipp=P001]")
    page.wait_for_selector(".notice")
    assert "classé chez DUPONT" in page.inner_text(".notice")
    shot(page, "04-apres-classement")
    page.goto(base + "/patients?q=dupont")
    page.click("text=DUPONT Jean Pierre")
    rows = page.inner_text("table.list")
    assert "Imagerie" in rows or "scan-sans-date.pdf" in rows
    page.click("#apercu >> xpath=.. >> button:has-text('Aperçu') >> nth=-1")
    page.wait_for_selector("#apercu img.page")
    shot(page, "05-patient")


def test_forced_assignment_needs_a_reason(server, page):
    home, base = server
    log_in(page, base, "docteur")
    page.goto(base + "/revue")
    page.click("text=inconnu.pdf >> xpath=../..//a")
    page.wait_for_load_state("load")  # htmx set up (deferred script) before typing
    page.keyboard.press("/")  # opens the patient search and puts the focus in it
    page.fill("#cherche-patient", "dupont")
    page.wait_for_selector("#choix-patients button")
    page.click("#choix-patients button")
    page.wait_for_selector("#forcer")
    assert "contredit" in page.inner_text(".confirm.danger")
    shot(page, "06-contradiction")
    page.click("#forcer")  # no reason typed
    page.wait_for_selector("text=Un motif écrit est obligatoire")
    shot(page, "07-motif-obligatoire")
    assert "/revue/" in page.url


def test_doctor_drafts_and_validates_a_letter(server, page):
    home, base = server
    log_in(page, base, "docteur")
    page.click("text=Courriers")
    page.wait_for_load_state("load")
    page.fill("#cherche-patient", "leroy")
    page.click("button.choose-patient")
    assert page.input_value("#ipp") == "P003"
    page.select_option("#modele", "lettre-adressage")
    page.wait_for_selector("legend:has-text('lettre-adressage')")  # the template's fields swapped in
    page.select_option("#modele", "compte-rendu-consultation")
    page.wait_for_selector("legend:has-text('compte-rendu-consultation')")
    page.fill("#dictee", "Motif : suivi annuel\n\nExamen : tension 12/8\n\nConclusion : bonne santé")
    shot(page, "08-courrier-formulaire")
    page.click("text=Rédiger le brouillon")
    page.wait_for_selector("#valider")
    assert "bonne santé" in page.inner_text("pre.letter")
    shot(page, "09-courrier-brouillon")
    page.click("#valider")
    page.wait_for_selector(".badge.validated")
    shot(page, "10-courrier-valide")


def test_search_finds_a_word_with_its_snippet(server, page):
    home, base = server
    log_in(page, base, "secretaire")
    page.click("text=Recherche")
    page.fill("#q", "hemoglobine")
    page.keyboard.press("Enter")
    page.wait_for_selector("mark")
    assert "moglobine" in page.inner_text("mark >> nth=0").lower()
    shot(page, "11-recherche")


def test_day_close_from_the_browser(server, page):
    home, base = server
    log_in(page, base, "secretaire")
    page.click("text=Clôture")
    page.click("#cloturer")
    page.wait_for_selector(".notice")
    assert "Journée clôturée" in page.inner_text(".notice")
    page.click("text=Vérifier toute l'archive")
    page.wait_for_selector("#verification p")
    shot(page, "12-cloture")


def test_secretary_splits_a_scan_of_two_patients_as_proposed(batch_server, page):
    home, base = batch_server
    log_in(page, base, "secretaire")
    page.goto(base + "/revue")
    page.click("#commencer")
    page.wait_for_selector("#decoupage-propose")
    proposal = page.inner_text("#decoupage-propose")
    assert "page 1 : DUPONT Jean Pierre (IPP P001" in proposal
    assert "page 2 : MARTIN (<script>alert(1)</script>) Claire (IPP P002" in proposal  # her used name, as text
    assert page.input_value("#plages") == "1, 2"  # the manual cut, filled in too
    shot(page, "13-decoupage-propose")
    page.click("#scinder-propose")
    page.wait_for_selector(".notice")
    shot(page, "14-apres-decoupage")
    for ipp, part in (("P001", "lot (page 1).pdf"), ("P002", "lot (page 2).pdf")):
        page.goto(f"{base}/patients/{ipp}")
        assert part in page.inner_text("table.list")
