"""A scan of several patients' documents (the morning's mail through the feeder in one go), end to end with the real
pipeline and the real Tesseract: it stays in review whole — a page read alone may be a parent's consent or a relative's
result annexed to a letter (« Essayé et refusé ») — and the desk proposes the cut, each page naming its patient; one
click splits it, each part then filed by the rules. Pages numbered as one document (`page 1/2`, `page 2/2`) get no
proposal."""
from __future__ import annotations

import re

import pytest

from docpipe.models import Status
from docpipe.store import Store

from desk_kit import (LAB_DUPONT, MARTIN, cheap_password_hashing, make_home, pdf_bytes, scanned_pdf,
                      secretary_at_the_desk)
from test_extract_forgiving import pdf_bytes as born_digital_pdf

cheap_password_hashing()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    leroy = ["COMPTE RENDU DE CONSULTATION", "Patiente : LEROY Sophie", "Née le 20/05/1975",
             "Vue avec sa mère. Résultats ci-joints."]
    return make_home(tmp_path_factory.mktemp("batch"), {"lot.pdf": scanned_pdf(LAB_DUPONT, MARTIN),
                                                         "numerote.pdf": pdf_bytes([LAB_DUPONT, MARTIN]),
                                                         "proche.pdf": born_digital_pdf([leroy, LAB_DUPONT])})


def waiting(home, source: str):
    store = Store(home.database)
    try:
        return next(d for d in store.review_queue() if d.source_name == source)
    finally:
        store.close()


def test_the_scan_stays_in_review_whole_and_the_desk_proposes_its_cut(built):
    client, _documents = secretary_at_the_desk(built)
    scan = waiting(built, "lot.pdf")
    assert scan.reason.startswith("Plusieurs patients correspondent")
    html = client.get(f"/revue/{scan.id}").get_data(as_text=True)
    assert "Scinder ainsi (pages 1, 2)" in html
    proposal = html[html.index('id="decoupage-propose"'):html.index('id="scinder-propose"')]
    assert proposal.index("page 1 :") < proposal.index("(IPP P001,") < proposal.index("page 2 :") \
        < proposal.index("(IPP P002,")
    assert 'id="plages" name="plages" required placeholder="1-2, 3-4" value="1, 2"' in html
    token = re.search(r'name="csrf" value="([^"]+)"', html).group(1)
    ranges = re.search(r'name="plages" value="([^"]+)"', proposal).group(1)  # what « Scinder ainsi » sends
    assert client.post(f"/revue/{scan.id}/scinder", data={"plages": ranges, "csrf": token}).status_code == 302
    store = Store(built.database)
    try:
        assert store.document(scan.id).status == Status.SPLIT
        parts = [d for d in store.select_documents("1") if d.parent_id == scan.id]
        assert sorted((d.status, d.patient_ipp) for d in parts) == [(Status.FILED, "P001"), (Status.FILED, "P002")]
    finally:
        store.close()


def test_pages_numbered_as_one_document_get_no_proposal(built):
    client, _documents = secretary_at_the_desk(built)
    numbered = waiting(built, "numerote.pdf")
    html = client.get(f"/revue/{numbered.id}").get_data(as_text=True)
    assert "Scinder (plusieurs patients dans le même fichier)" in html
    assert 'id="decoupage-propose"' not in html and 'value="1, 2"' not in html


def test_a_part_that_hints_at_one_document_about_several_people_shows_why_to_check(built):
    client, _documents = secretary_at_the_desk(built)
    html = client.get(f"/revue/{waiting(built, 'proche.pdf').id}").get_data(as_text=True)
    assert "Scinder ainsi (pages 1, 2)" in html
    assert "parle de « mère » ; annonce une pièce jointe (« ci-joints »)." in " ".join(html.split())
    assert "Scinder ainsi (pages 1, 2), malgré les doutes signalés" in " ".join(html.split())
