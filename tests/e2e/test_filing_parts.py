"""filing.file_part: the part's content claim is held while it is filed (another process's recovery must not
take a row still being filed for abandoned), identical parts never share one file, and a lab file is stored
once in the archive's container folder (Archive.container_path)."""
from __future__ import annotations

import hashlib
import shutil
from datetime import datetime

import pytest

from docpipe import filing, ingest
from docpipe.archive import CONTAINERS_FOLDER, Archive
from docpipe.config import Home
from docpipe.errors import DocpipeError
from docpipe.intake import Claim
from docpipe.models import DocType, MatchDecision, State, Status
from docpipe.store import Store

from test_review import template_home  # noqa: F401  (the fixture: a home with three documents in review)


@pytest.fixture
def home(template_home, tmp_path):  # noqa: F811
    shutil.copytree(template_home, tmp_path / "home")
    return Home.resolve(tmp_path / "home")


def part(label: str, data: bytes, ipp: str) -> filing.Part:
    decision = MatchDecision("filed", ipp, "traits", None, {"rule": "traits"})
    return filing.Part(label=label, data=data, extension="txt", media_type="txt", text=data.decode(), pages=[1],
                       decision=decision, doc_type=DocType.LAB_RESULT, evidence={"rule": "traits"})


def test_identical_parts_each_get_their_own_file(home):
    store = Store(home.database)
    container = review_document(store)
    patient = store.patient("P003")
    data = "Potassium : 6,9 mmol/L".encode()
    first = filing.file_part(home, store, container, part("message 1/2", data, "P003"), patient, "docpipe")
    second = filing.file_part(home, store, container, part("message 2/2", data, "P003"), patient, "docpipe")
    assert first.stored_path != second.stored_path
    for document in (first, second):
        assert (home.root / document.stored_path).read_bytes() == data
        assert document.state == State.DONE and document.status == Status.FILED
    store.close()


def test_a_part_whose_content_another_process_holds_is_not_filed(home):
    store = Store(home.database)
    container = review_document(store)
    data = b"Sodium : 128 mmol/L"
    other_process = Claim.named(home, f"sha-{hashlib.sha256(data).hexdigest()}")
    assert other_process.acquire()
    try:
        with pytest.raises(DocpipeError):
            filing.file_part(home, store, container, part("message 1/1", data, "P003"), store.patient("P003"),
                             "docpipe")
    finally:
        other_process.release()
    assert store.parts_of(container.id) == []
    store.close()


def test_recovery_leaves_a_part_being_filed_alone(home, monkeypatch):
    """Between its `storing` row and its file in place, a part looks abandoned to another process's recovery:
    the claim held by file_part keeps that recovery from deleting the row."""
    store = Store(home.database)
    container = review_document(store)
    seen = {}
    place = filing.put_bytes

    def place_after_a_recovery(data):
        def placing(destination):
            ingest.recover(home, Store(home.database))  # another process, meanwhile
            seen["parts"] = [p.state for p in store.parts_of(container.id)]
            place(data)(destination)
        return placing

    monkeypatch.setattr(filing, "put_bytes", place_after_a_recovery)
    document = filing.file_part(home, store, container, part("message 1/1", b"Calcium : 3,1 mmol/L", "P003"),
                                store.patient("P003"), "docpipe")
    assert seen["parts"] == [State.STORING]
    assert store.document(document.id).state == State.DONE and (home.root / document.stored_path).is_file()
    store.close()


def test_a_container_is_stored_in_its_own_folder(tmp_path):
    home = Home(tmp_path / "home")
    path = Archive(home).container_path("résultats labo.hl7", "ab" * 32, datetime(2024, 3, 4, 9, 30))
    assert path.parent == home.archive / CONTAINERS_FOLDER / "2024"
    assert path.name == "2024-03-04_ababababab_resultats-labo.hl7"


def review_document(store: Store):
    return next(d for d in store.review_queue())
