"""The desk: « Aujourd'hui » lists the day's abnormal and critical lab results by patient; a review item shows
the notes of its evidence (how the file was read) beside the reason."""
from __future__ import annotations

from datetime import date

import pytest

from docpipe.labresults import samples as s

from desk_kit import cheap_password_hashing, make_home, secretary_at_the_desk

DUPONT = s.SamplePatient("DUPONT", "Jean Pierre", date(1957, 3, 12), "M")
STRANGER = s.SamplePatient("BERNARD", "Luc", date(1980, 2, 2), "M")
CRITICAL = (s.SampleResult("K", "Potassium", "6,9", "mmol/L", "3,5", "5,0", "HH"),
            s.SampleResult("NA", "Sodium", "140", "mmol/L", "135", "145", "N"))
HIGH = (s.SampleResult("GLU", "Glycémie", "7,2", "mmol/L", "3,9", "5,8", "H"),)
NO_IDENTITY_HTML = b"<!DOCTYPE html><html><body><p>Compte rendu sans identite lisible.</p></body></html>"


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    cheap_password_hashing()
    data = s.hl7_file([s.hl7_message(s.SampleReport(DUPONT, CRITICAL), "M1"),
                       s.hl7_message(s.SampleReport(STRANGER, HIGH), "M2")])
    home = make_home(tmp_path_factory.mktemp("desk") / "home", {"oru.hl7": data, "courrier.pdf": NO_IDENTITY_HTML})
    return secretary_at_the_desk(home)


def lab_section(html: str) -> str:
    start = html.index("Résultats de biologie anormaux du jour")
    return html[start:html.index("<h2>", start)]


def test_today_lists_abnormal_and_critical_results_by_patient(desk):
    client, documents = desk
    section = lab_section(client.get("/").get_data(as_text=True))
    assert "DUPONT" in section and "Potassium" in section and "CRITIQUE" in section
    assert "Sodium" not in section  # a normal value is not listed
    assert "Glycémie" in section and "patient non attribué" in section  # BERNARD is not in the registry
    assert section.index("Potassium") < section.index("Glycémie")  # critical first
    filed = next(d for d in documents if d.patient_ipp == "P001" and d.parent_id is not None)
    assert f'/documents/{filed.id}"' in section


def test_the_live_fragment_carries_them_too(desk):
    client, _ = desk
    assert "Potassium" in lab_section(client.get("/aujourdhui/activite").get_data(as_text=True))


def test_a_review_item_shows_the_notes_of_its_evidence(desk):
    client, documents = desk
    waiting = next(d for d in documents if d.source_name == "courrier.pdf")
    html = client.get(f"/revue/{waiting.id}").get_data(as_text=True)
    assert "Remarques :" in html and "contenu HTML sous un nom en .pdf" in html
