"""A sparse-text reading (Tesseract's page segmentation mode 11, a second reading): every piece of text is a
block of its own. Its page text must not put a blank line between them, or a name and the birth date
printed just below it read as far apart. Word boxes built by hand; pure."""
from __future__ import annotations

from datetime import date

from docpipe import ocr
from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient
from docpipe.ocr import Preparation


def block(number: int, text: str, top: int, left: int = 1400) -> list[ocr.Word]:
    """`text` as Tesseract's sparse mode returns it: one block, one line."""
    words, x = [], left
    for word in text.split():
        words.append(ocr.Word(word, 95, (number, 1), (number, 1, 1), x, 18 * len(word), 32, top))
        x += 18 * len(word) + 14
    return words


# The patient label of an operative report beside the letterhead, as sparse mode reads it: row by row.
LABEL_ROWS = ["Clinique Saint-Aubin", "ETCHEVERRY Louis", "Bloc opératoire central", "05/06/1970 M (53 ans)",
              "92 rue Saint-Exupéry", "IPP 204583595 NDA 6201047842"]
WORDS = [word for number, row in enumerate(LABEL_ROWS, start=1) for word in block(number, row, 300 + 40 * number)]


def test_a_sparse_reading_writes_its_blocks_as_lines_without_blank_lines():
    assert ocr.page_text(WORDS, paragraphs=False).splitlines() == LABEL_ROWS


def test_a_page_layout_reading_still_separates_its_blocks():
    lines = ocr.page_text(WORDS).splitlines()
    assert lines[:3] == ["Clinique Saint-Aubin", "", "ETCHEVERRY Louis"]


def test_the_sparse_preparation_says_so():
    assert Preparation.SPARSE.sparse and not any(p.sparse for p in Preparation if p is not Preparation.SPARSE)
    assert ocr.ocr_result(WORDS, sparse=True).text == "\n".join(LABEL_ROWS)


def test_the_label_read_sparsely_files_its_patient_and_a_one_day_different_date_does_not():
    index = RegistryIndex.build([Patient("P1", "ETCHEVERRY", "Louis", date(1970, 6, 5), "M")])
    text = ocr.page_text(WORDS, paragraphs=False)
    assert decide(read_document([text], today=date(2026, 11, 30)), index).patient_ipp == "P1"
    other_day = text.replace("05/06/1970", "06/06/1970")
    assert not decide(read_document([other_day], today=date(2026, 11, 30)), index).files
