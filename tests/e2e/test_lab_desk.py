"""Lab parts in the desk (its own pages, unchanged): a filed part and a part in review open without error and
show their analyses; the original lab file is never offered as a patient's document."""
from __future__ import annotations

from datetime import date

import pytest

from docpipe.labresults import samples as s

from desk_kit import cheap_password_hashing, make_home, secretary_at_the_desk

DUPONT = s.SamplePatient("DUPONT", "Jean Pierre", date(1957, 3, 12), "M")
STRANGER = s.SamplePatient("BERNARD", "Luc", date(1980, 2, 2), "M")
CRITICAL = (s.SampleResult("K", "Potassium", "6,9", "mmol/L", "3,5", "5,0", "HH"),)


@pytest.fixture
def desk(tmp_path):
    cheap_password_hashing()
    data = s.hl7_file([s.hl7_message(s.SampleReport(DUPONT, CRITICAL), "M1"),
                       s.hl7_message(s.SampleReport(STRANGER, CRITICAL), "M2")])
    home = make_home(tmp_path / "home", {"oru.hl7": data})
    return secretary_at_the_desk(home)


def test_filed_and_review_parts_open_in_the_desk(desk):
    client, documents = desk
    filed = next(d for d in documents if d.patient_ipp == "P001")
    waiting = next(d for d in documents if d.parent_id is not None and d.patient_ipp is None)
    page = client.get(f"/documents/{filed.id}")
    assert page.status_code == 200 and "Potassium" in page.get_data(as_text=True)
    item = client.get(f"/revue/{waiting.id}")
    assert item.status_code == 200 and "BERNARD" in item.get_data(as_text=True)
    patient = client.get("/patients/P001").get_data(as_text=True)
    container = next(d for d in documents if d.parent_id is None)
    assert f"/documents/{container.id}\"" not in patient
