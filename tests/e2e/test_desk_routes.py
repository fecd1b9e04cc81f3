"""The desk through Flask's test client: login everywhere, CSRF, roles, ids, escaping, and the review actions
on documents sent to review by the real pipeline."""
from __future__ import annotations

import os
import re
import time

import pytest

from docpipe import accounts, audit
from docpipe.desk import create_app
from docpipe.store import Store

from desk_kit import PASSWORD, cheap_password_hashing, make_home, standard_documents

cheap_password_hashing()

STATIC_OK = {"static"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One ingested home copied per test (ingesting is the slow part)."""
    return make_home(tmp_path_factory.mktemp("desk-template"), standard_documents())


@pytest.fixture
def home(built, tmp_path):
    import shutil
    root = tmp_path / "home"
    shutil.copytree(built.root, root)
    from docpipe.config import Home
    return Home(root)


@pytest.fixture
def app(home):
    app = create_app(home)
    app.config["TESTING"] = True
    return app


def login(client, name="secretaire", password=PASSWORD):
    page = client.get("/connexion")
    token = re.search(r'name="csrf" value="([^"]+)"', page.get_data(as_text=True)).group(1)
    response = client.post("/connexion", data={"csrf": token, "identifiant": name, "mot_de_passe": password})
    return response


def csrf_of(client, path="/"):
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def logged(app, name="secretaire"):
    client = app.test_client()
    assert login(client, name).status_code == 302
    return client


def store_of(home):
    return Store(home.database)


def review_ids(home) -> list[int]:
    store = store_of(home)
    try:
        return [d.id for d in store.review_queue()]
    finally:
        store.close()


def document_status(home, document_id):
    store = store_of(home)
    try:
        document = store.document(document_id)
        return document.status.value, document.patient_ipp
    finally:
        store.close()


# --- the security layer ---------------------------------------------------------------------------

def concrete_url(rule) -> str:
    url = rule.rule
    for name in rule.arguments:
        url = re.sub(rf"<(?:\w+:)?{name}>", "1" if "id" in name or name == "number" else "P001", url)
    return url


def test_every_route_needs_a_login(app):
    client = app.test_client()
    checked = 0
    for rule in app.url_map.iter_rules():
        if rule.endpoint in STATIC_OK or rule.endpoint == "auth.login":
            continue
        url = concrete_url(rule)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            response = client.open(url, method=method)
            if method == "GET":
                assert response.status_code == 302, (method, url)
                assert response.headers["Location"].startswith("/connexion"), url
            else:
                assert response.status_code == 401, (method, url)
            checked += 1
    assert checked >= 20


def test_static_htmx_is_vendored_and_public(app):
    response = app.test_client().get("/static/htmx.min.js")
    assert response.status_code == 200
    assert b"htmx" in response.data[:2000]
    assert app.test_client().get("/static/htmx-LICENSE.txt").status_code == 200


def test_login_sets_a_strict_httponly_cookie_and_headers(app):
    client = app.test_client()
    response = login(client)
    assert response.status_code == 302
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("docpipe_session="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Secure" not in cookie
    page = client.get("/")
    assert page.status_code == 200
    csp = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert page.headers["X-Frame-Options"] == "DENY"
    assert "<script>" not in page.get_data(as_text=True).replace('<script src=', '')


def test_secure_cookie_when_asked(home):
    app = create_app(home, secure_cookies=True)
    response = login(app.test_client())
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("docpipe_session="))
    assert "Secure" in cookie


def test_login_without_its_csrf_token_is_refused(app):
    client = app.test_client()
    client.get("/connexion")
    response = client.post("/connexion", data={"csrf": "faux", "identifiant": "secretaire", "mot_de_passe": PASSWORD})
    assert response.status_code == 403


def test_wrong_password_counted_and_slowed_down(app, home):
    client = app.test_client()
    for _ in range(3):
        assert login(client, password="mauvais-mot-de-passe").status_code == 401
    refused = login(client)  # right password, but too soon after the third failure
    assert refused.status_code == 429
    assert "réessayez dans" in refused.get_data(as_text=True)
    store = store_of(home)
    try:
        assert accounts.find_user(store, "secretaire").failed_total == 3
        assert [e["action"] for e in audit.entries(store)].count("desk_login_failed") == 4
    finally:
        store.close()


def test_state_change_without_csrf_is_refused(app, home):
    client = logged(app)
    document_id = review_ids(home)[0]
    response = client.post(f"/revue/{document_id}/rejeter", data={"motif": "test"})
    assert response.status_code == 403
    response = client.post(f"/revue/{document_id}/rejeter", data={"motif": "test", "csrf": "autre"})
    assert response.status_code == 403
    assert document_status(home, document_id)[0] == "review"


def test_session_expires_after_inactivity(home):
    app = create_app(home, idle_s=60)
    client = logged(app)
    assert client.get("/").status_code == 200
    store = store_of(home)
    try:
        store.db.execute("UPDATE desk_sessions SET last_seen = last_seen - 61")
    finally:
        store.close()
    assert client.get("/").status_code == 302


def test_logout_closes_the_session(app):
    client = logged(app)
    token = csrf_of(client)
    assert client.post("/deconnexion", data={"csrf": token}).status_code == 302
    assert client.get("/").status_code == 302


def test_disabled_account_loses_its_session(app, home):
    client = logged(app)
    store = store_of(home)
    try:
        accounts.disable(store, "secretaire")
    finally:
        store.close()
    assert client.get("/").status_code == 302
    assert login(app.test_client()).status_code == 401


def test_letters_are_for_doctors_only(app):
    secretary = logged(app, "secretaire")
    assert secretary.get("/courriers").status_code == 403
    assert "Courriers" not in secretary.get("/").get_data(as_text=True)
    assert logged(app, "docteur").get("/courriers").status_code == 200


def test_open_redirect_after_login_refused(app):
    client = app.test_client()
    page = client.get("/connexion?suite=//evil.example/x")
    token = re.search(r'name="csrf" value="([^"]+)"', page.get_data(as_text=True)).group(1)
    response = client.post("/connexion?suite=//evil.example/x",
                           data={"csrf": token, "identifiant": "secretaire", "mot_de_passe": PASSWORD})
    assert response.headers["Location"] == "/"


@pytest.mark.parametrize("path", ["/documents/..%2F..%2Fdocpipe.db/original", "/documents/-1/original",
                                  "/documents/1%2F..%2F2/original", "/documents/1/pages/..%2F1.png",
                                  "/documents/99999/original", "/revue/abc", "/documents/1/pages/0.png",
                                  "/documents/1/pages/99.png", "/patients/..%2F..%2Fetc"])
def test_path_tricks_in_ids_refused(app, path):
    response = logged(app).get(path)
    assert response.status_code == 404
    assert b"SQLite format" not in response.data


def test_hostile_registry_names_are_escaped(app):
    client = logged(app)
    html = client.get("/patients?q=martin").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    html = client.get("/patients?q=lambert").get_data(as_text=True)
    token = re.search(r'name="csrf" value="([^"]*)"', html).group(1)
    without_tokens = html.replace(token, "")  # the random session token may hold the digits 49
    assert "{{7*7}}" in html and "49" not in without_tokens
    html = client.get("/patients/P004").get_data(as_text=True)
    assert "LAMBERT {{7*7}}" in html and ">49<" not in html


# --- pages ----------------------------------------------------------------------------------------

def test_every_page_renders(app, home):
    client = logged(app, "docteur")
    document_id = review_ids(home)[0]
    for path in ["/", "/aujourdhui/activite", "/revue", f"/revue/{document_id}", "/patients", "/patients?q=dupont",
                 "/patients/P001", "/recherche", "/recherche?q=hémoglobine", "/courriers", "/cloture",
                 "/documents/1", "/documents/1/apercu", f"/revue/{document_id}/patients?q=12/03/1957"]:
        response = client.get(path)
        assert response.status_code == 200, path
        fragment = path.startswith(("/aujourdhui", "/revue/", "/documents/1/"))
        assert fragment or '<html lang="fr">' in response.get_data(as_text=True), path


def test_review_item_shows_every_page_and_the_candidate(app, home):
    client = logged(app)
    scan = review_ids(home)[0]
    html = client.get(f"/revue/{scan}").get_data(as_text=True)
    assert html.count(f"/documents/{scan}/pages/") == 3
    assert "Nom de naissance" in html and "Date de naissance" in html
    assert "IPP P001" in html
    for number in (1, 2, 3):
        image = client.get(f"/documents/{scan}/pages/{number}.png")
        assert image.status_code == 200 and image.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert (home.state / "previews").is_dir()


def test_assign_files_under_the_patient_audited_by_name(app, home):
    client = logged(app)
    scan = review_ids(home)[0]
    response = client.post(f"/revue/{scan}/classer", data={"ipp": "P001", "csrf": csrf_of(client)})
    assert response.status_code == 302
    assert document_status(home, scan) == ("filed", "P001")
    assert f"n° {scan}" in client.get("/patients/P001").get_data(as_text=True)
    store = store_of(home)
    try:
        assigned = [e for e in audit.entries(store) if e["document_id"] == scan and e["action"] == "review_assigned"]
    finally:
        store.close()
    assert assigned and assigned[-1]["actor"] == "secretaire"


def test_reading_a_patient_or_a_document_is_traced_by_name_and_id_never_by_patient_name(app, home):
    client = logged(app)
    scan = review_ids(home)[0]
    client.get(f"/revue/{scan}")
    client.post(f"/revue/{scan}/classer", data={"ipp": "P001", "csrf": csrf_of(client)})
    client.get("/patients/P001")
    client.get(f"/documents/{scan}")
    store = store_of(home)
    try:
        seen = [(e["action"], e["document_id"], e["patient_ipp"], e["actor"]) for e in audit.entries(store)
                if e["action"] in ("desk_document_viewed", "desk_patient_viewed")]
        patient = store.patient("P001")
    finally:
        store.close()
    assert seen == [("desk_document_viewed", scan, None, "secretaire"), ("desk_patient_viewed", None, "P001", "secretaire"),
                    ("desk_document_viewed", scan, "P001", "secretaire")]
    entries_text = str(audit_rows(home))
    assert patient.birth_name not in entries_text and patient.first_given_name not in entries_text


def audit_rows(home) -> list:
    store = store_of(home)
    try:
        return audit.entries(store)
    finally:
        store.close()


def test_contradiction_refused_then_forced_only_by_a_doctor_with_a_reason(app, home):
    unknown = review_ids(home)[1]  # BERNARD Luc, 02/02/1980: contradicts DUPONT
    secretary = logged(app, "secretaire")
    refused = secretary.post(f"/revue/{unknown}/classer", data={"ipp": "P001", "csrf": csrf_of(secretary)})
    assert refused.status_code == 409
    assert "Seul un médecin" in refused.get_data(as_text=True)
    forced = secretary.post(f"/revue/{unknown}/classer",
                            data={"ipp": "P001", "motif_force": "je sais", "csrf": csrf_of(secretary)})
    assert forced.status_code == 403
    doctor = logged(app, "docteur")
    no_reason = doctor.post(f"/revue/{unknown}/classer",
                            data={"ipp": "P001", "forcer": "1", "motif_force": "  ", "csrf": csrf_of(doctor)})
    assert no_reason.status_code == 409 and "motif écrit est obligatoire" in no_reason.get_data(as_text=True)
    assert document_status(home, unknown)[0] == "review"
    done = doctor.post(f"/revue/{unknown}/classer", data={"ipp": "P001", "forcer": "1", "csrf": csrf_of(doctor),
                                                         "motif_force": "Patient connu sous un autre nom"})
    assert done.status_code == 302
    assert document_status(home, unknown) == ("filed", "P001")
    report = doctor.get("/cloture").get_data(as_text=True)
    assert "par docteur, forcé : Patient connu sous un autre nom" in report


def test_reject_needs_a_reason_and_keeps_it(app, home):
    client = logged(app)
    document_id = review_ids(home)[1]
    assert client.post(f"/revue/{document_id}/rejeter", data={"motif": "", "csrf": csrf_of(client)}).status_code == 400
    response = client.post(f"/revue/{document_id}/rejeter", data={"motif": "Doublon papier", "csrf": csrf_of(client)})
    assert response.status_code == 302
    assert document_status(home, document_id)[0] == "rejected"


def test_queue_is_paginated_oldest_first(app, home):
    html = logged(app).get("/revue").get_data(as_text=True)
    ids = [int(i) for i in re.findall(r'href="/revue/(\d+)\?rang=\d+">n°', html)]
    assert ids == sorted(ids) and ids == review_ids(home)


def test_next_item_is_one_link_away(app, home):
    first, second = review_ids(home)[:2]
    client = logged(app)
    assert client.get(f"/revue/{first}/suivant?rang=0").headers["Location"] == f"/revue/{second}?rang=1"
    assert client.get(f"/revue/{second}/suivant?rang=1").headers["Location"] == f"/revue/{first}?rang=0"
    assert client.get(f"/revue/{second}/suivant?rang=7").headers["Location"] == f"/revue/{first}?rang=0"
    html = client.get(f"/revue/{second}?rang=1").get_data(as_text=True)
    assert f'href="/revue/{second}/suivant?rang=1"' in html


def test_search_shows_snippets(app):
    html = logged(app).get("/recherche?q=hemoglobine").get_data(as_text=True)
    assert "<mark>" in html and "n° 1" in html


def test_original_download_only_by_id(app):
    response = logged(app).get("/documents/1/original")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    assert "attachment" in response.headers["Content-Disposition"]
    assert "dupont" not in response.headers["Content-Disposition"].lower()


def test_letter_drafted_and_validated_by_the_doctor(app, home):
    doctor = logged(app, "docteur")
    response = doctor.post("/courriers", data={
        "csrf": csrf_of(doctor, "/courriers"), "ipp": "P003", "modele": "compte-rendu-consultation",
        "dictee": "Motif : suivi\n\nExamen : normal\n\nConclusion : RAS"})
    assert response.status_code == 302, response.get_data(as_text=True)
    letter = response.headers["Location"]
    html = doctor.get(letter).get_data(as_text=True)
    assert "brouillon" in html and "RAS" in html
    document_id = int(letter.rsplit("/", 1)[1])
    assert doctor.post(f"{letter}/valider", data={"csrf": csrf_of(doctor, letter)}).status_code == 302
    assert "validé" in doctor.get(letter).get_data(as_text=True)
    assert f"n° {document_id}" in doctor.get("/patients/P003").get_data(as_text=True)


def test_day_close_runs_and_reports(app, home):
    client = logged(app)
    response = client.post("/cloture", data={"csrf": csrf_of(client, "/cloture")})
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "Journée clôturée" in html and "conforme" in html
    assert list((home.reports).glob("*/rapport-*.html"))


def test_bootstrap_admin_once(tmp_path):
    from docpipe.config import Home
    home = Home(tmp_path)
    home.init()
    store = Store(home.database)
    try:
        user, password = accounts.bootstrap_admin(store)
        assert user.role is accounts.Role.ADMIN and len(password) >= 12
        assert accounts.bootstrap_admin(store) is None
        assert accounts.authenticate(store, "admin", password).name == "admin"
        stored = store.db.execute("SELECT password_hash FROM desk_users").fetchone()[0]
        assert stored.startswith("$argon2id$") and password not in stored
    finally:
        store.close()


def test_wait_grows_after_free_failures():
    assert [accounts.wait_after(n) for n in range(6)] == [0, 0, 0, 2, 4, 8]
    assert accounts.wait_after(50) == accounts.MAX_WAIT_S


def test_wait_expires(home):
    store = store_of(home)
    try:
        now = time.time()
        for _ in range(3):
            with pytest.raises(accounts.LoginRefused):
                accounts.authenticate(store, "secretaire", "faux-mot-de-passe", now=now)
        with pytest.raises(accounts.LoginRefused) as waiting:
            accounts.authenticate(store, "secretaire", PASSWORD, now=now + 1)
        assert waiting.value.wait_s > 0
        assert accounts.authenticate(store, "secretaire", PASSWORD, now=now + 3).name == "secretaire"
    finally:
        store.close()


# --- the other review actions ---------------------------------------------------------------------

def test_homonym_asks_for_a_confirmation_naming_both(app, home):
    from datetime import date
    from docpipe.models import Patient
    store = store_of(home)
    try:
        store.add_patient(Patient("P005", "DUPONT", "Jean Pierre", date(1990, 6, 1), "M"))
    finally:
        store.close()
    scan = review_ids(home)[0]  # names DUPONT Jean Pierre, no birth date: both fit
    client = logged(app)
    asked = client.post(f"/revue/{scan}/classer", data={"ipp": "P001", "csrf": csrf_of(client)})
    html = asked.get_data(as_text=True)
    assert asked.status_code == 409 and "homonymie" in html
    assert "IPP P001), et non DUPONT Jean Pierre (IPP P005)" in html
    assert document_status(home, scan)[0] == "review"
    done = client.post(f"/revue/{scan}/classer", data={"ipp": "P001", "confirmer": "P005", "csrf": csrf_of(client)})
    assert done.status_code == 302
    assert document_status(home, scan) == ("filed", "P001")


def test_retype_split_and_new_patient(app, home):
    scan, unknown = review_ids(home)[:2]
    client = logged(app)
    token = csrf_of(client)
    assert client.post(f"/revue/{scan}/type", data={"type": "lab_result", "csrf": token}).status_code == 302
    store = store_of(home)
    try:
        assert store.document(scan).doc_type.value == "lab_result"
    finally:
        store.close()
    bad = client.post(f"/revue/{scan}/scinder", data={"plages": "1-9", "csrf": token})
    assert bad.status_code == 400
    assert client.post(f"/revue/{scan}/scinder", data={"plages": "1, 2-3", "csrf": token}).status_code == 302
    store = store_of(home)
    try:
        assert store.document(scan).status.value == "split"
        assert [p.part for p in store.parts_of(scan)] == ["page 1", "pages 2-3"]
    finally:
        store.close()
    created = client.post(f"/revue/{unknown}/nouveau-patient", data={
        "csrf": token, "ipp": "P100", "birth_name": "BERNARD", "first_names": "Luc", "birth_date": "02/02/1980",
        "sex": "M", "ins": ""})
    assert created.status_code == 302, created.get_data(as_text=True)
    assert document_status(home, unknown) == ("filed", "P100")


def test_new_patient_form_is_prefilled_from_the_traits_read(app, home):
    unknown = review_ids(home)[1]
    html = logged(app).get(f"/revue/{unknown}").get_data(as_text=True)
    assert 'value="BERNARD"' in html and 'value="Luc"' in html and 'value="02/02/1980"' in html
    assert "Nom et prénom(s)" in html or "nom et prénom(s)" in html  # « Patient : BERNARD Luc » shown as read


def test_a_draft_can_be_discarded(app, home):
    doctor = logged(app, "docteur")
    response = doctor.post("/courriers", data={
        "csrf": csrf_of(doctor, "/courriers"), "ipp": "P003", "modele": "compte-rendu-consultation",
        "dictee": "Motif : suivi\n\nConclusion : RAS"})
    letter = response.headers["Location"]
    assert doctor.post(f"{letter}/abandonner", data={"csrf": csrf_of(doctor, letter)}).status_code == 302
    assert "Aucun brouillon" in doctor.get("/courriers").get_data(as_text=True)


def test_no_patient_name_in_the_address_after_a_decision(app, home):
    client = logged(app)
    scan = review_ids(home)[0]
    response = client.post(f"/revue/{scan}/classer", data={"ipp": "P001", "csrf": csrf_of(client)})
    location = response.headers["Location"]
    assert "DUPONT" not in location.upper() and "fait=classe" in location
    assert "classé chez DUPONT Jean Pierre (IPP P001)" in client.get(location).get_data(as_text=True)


def test_users_commands(tmp_path):
    from click.testing import CliRunner
    from docpipe.cli import main
    runner = CliRunner()
    assert runner.invoke(main, ["--home", str(tmp_path), "init"]).exit_code == 0  # only init creates a home
    added = runner.invoke(main, ["--home", str(tmp_path), "users", "add", "marie", "--role", "medecin"])
    assert added.exit_code == 0 and "affiché une seule fois" in added.output
    password = added.output.rsplit(":", 1)[1].strip()
    assert runner.invoke(main, ["--home", str(tmp_path), "users", "disable", "marie"]).exit_code == 0
    listed = runner.invoke(main, ["--home", str(tmp_path), "users", "list", "--json"])
    assert '"disabled": true' in listed.output and password not in listed.output
    refused = runner.invoke(main, ["--home", str(tmp_path), "users", "add", "<b>", "--role", "admin"])
    assert refused.exit_code == 1 and "Identifiant invalide" in refused.output


FAKE_SOFFICE = """#!/bin/sh
# Stand-in for LibreOffice: copies a real one-page PDF, named like the input, into --outdir.
outdir=""; last=""
while [ $# -gt 0 ]; do
  if [ "$1" = "--outdir" ]; then outdir="$2"; fi
  last="$1"; shift
done
cp "$DESK_TEST_PDF" "$outdir/$(basename "$last" .docx).pdf"
"""


def test_letter_shown_as_pdf_pages_when_libreoffice_is_there(app, home, tmp_path, monkeypatch):
    from desk_kit import pdf_bytes
    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "soffice").write_text(FAKE_SOFFICE, encoding="utf-8")
    (folder / "soffice").chmod(0o755)
    (tmp_path / "letter.pdf").write_bytes(pdf_bytes([["COMPTE RENDU DE CONSULTATION", "LEROY Sophie"]]))
    monkeypatch.setenv("PATH", f"{folder}:{os.environ['PATH']}")
    monkeypatch.setenv("DESK_TEST_PDF", str(tmp_path / "letter.pdf"))
    doctor = logged(app, "docteur")
    response = doctor.post("/courriers", data={
        "csrf": csrf_of(doctor, "/courriers"), "ipp": "P003", "modele": "compte-rendu-consultation",
        "dictee": "Motif : suivi\n\nConclusion : RAS"})
    letter = response.headers["Location"]
    html = doctor.get(letter).get_data(as_text=True)
    assert f"{letter}/pages/1.png" in html
    image = doctor.get(f"{letter}/pages/1.png")
    assert image.status_code == 200 and image.data.startswith(b"\x89PNG")
    assert doctor.post(f"{letter}/valider", data={"csrf": csrf_of(doctor, letter)}).status_code == 302
    assert "validé" in doctor.get(letter).get_data(as_text=True)


def test_another_host_name_is_refused_on_loopback(app):
    """DNS rebinding: a site whose name points at 127.0.0.1 must not reach the desk."""
    assert app.test_client().get("/connexion", base_url="http://evil.example:8470").status_code == 400
    assert app.test_client().get("/connexion", base_url="http://127.0.0.1:8470").status_code == 200


def test_hostile_file_name_is_escaped_everywhere(app, home):
    from desk_kit import UNKNOWN, ingest, pdf_bytes
    store = store_of(home)
    try:
        ingest(home, store, {"<img src=x onerror=alert(1)>{{7*7}}.pdf": pdf_bytes([UNKNOWN + ["Réf. 42"]])})
        hostile = [d.id for d in store.review_queue() if d.source_name.startswith("<img")][0]
    finally:
        store.close()
    client = logged(app)
    for path in ["/revue", f"/revue/{hostile}", f"/documents/{hostile}", "/"]:
        html = client.get(path).get_data(as_text=True)
        assert "<img src=x" not in html, path
    assert "&lt;img src=x onerror=alert(1)&gt;{{7*7}}.pdf" in client.get("/revue").get_data(as_text=True)


def test_idle_sessions_are_purged_at_the_next_login(app, home):
    logged(app)
    store = store_of(home)
    try:
        store.db.execute("UPDATE desk_sessions SET last_seen = last_seen - 100000")
        user = accounts.find_user(store, "docteur")
        accounts.open_session(store, user)
        assert store.db.execute("SELECT count(*) FROM desk_sessions").fetchone()[0] == 1
    finally:
        store.close()


def test_accounts_page_for_the_administrator_only(app, home):
    assert logged(app, "secretaire").get("/comptes").status_code == 403
    assert logged(app, "docteur").get("/comptes").status_code == 403
    admin = logged(app, "chef")
    created = admin.post("/comptes", data={"nom": "remplacante", "role": "medecin", "csrf": csrf_of(admin)})
    password = re.search(r'<code class="secret">([^<]+)</code>', created.get_data(as_text=True)).group(1)
    client = app.test_client()
    assert login(client, "remplacante", password).status_code == 302
    assert admin.post("/comptes/remplacante/desactiver", data={"csrf": csrf_of(admin)}).status_code == 200
    assert client.get("/").status_code == 302  # her session is closed
    assert admin.post("/comptes/chef/desactiver", data={"csrf": csrf_of(admin)}).status_code == 400
    store = store_of(home)
    try:
        added = [e for e in audit.entries(store) if e["action"] == "desk_user_added"]
        assert added[-1]["actor"] == "chef" and password not in json_of(added)
    finally:
        store.close()


def json_of(value) -> str:
    import json
    return json.dumps(value, ensure_ascii=False)


def test_serve_binds_to_loopback_by_default_and_warns_otherwise():
    from docpipe.cli import desk as cli_desk
    defaults = {p.name: p.default for p in cli_desk.serve.params}
    assert defaults["host"] == "127.0.0.1" and defaults["port"] == 8470
    assert cli_desk.is_loopback("127.0.0.1") and cli_desk.is_loopback("::1") and cli_desk.is_loopback("localhost")
    assert not cli_desk.is_loopback("0.0.0.0") and not cli_desk.is_loopback("192.168.1.10")
    assert "EN CLAIR" in cli_desk.exposure_warning("0.0.0.0", 8470)


def test_a_file_that_does_not_render_is_shown_without_pictures(app, home):
    from desk_kit import ingest
    store = store_of(home)
    try:
        ingest(home, store, {"abime.pdf": b"%PDF-1.4\n" + b"\x00garbage" * 50})
        damaged = [d.id for d in store.review_queue() if d.source_name == "abime.pdf"][0]
    finally:
        store.close()
    client = logged(app)
    for path in [f"/revue/{damaged}", f"/documents/{damaged}", f"/documents/{damaged}/apercu"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "/pages/1.png" not in response.get_data(as_text=True), path
    assert client.get(f"/documents/{damaged}/pages/1.png").status_code == 404
