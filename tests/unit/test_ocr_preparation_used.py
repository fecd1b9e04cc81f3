"""A reading says how its page was actually prepared: a fax (1-bit, below 250 dpi) is first read smoothed, so the
second chance named `smooth` gives it its Otsu reading, and the evidence of a second reading must name `otsu`, not
`smooth`. An engine that answers without Tesseract stands in for it: what is tested is which preparation is reported."""
from __future__ import annotations

from PIL import Image

from docpipe.extract import Rereading
from docpipe.models import Page
from docpipe.ocr import OcrPool, PageScan, Preparation, Word


class Answering:
    """Reads one word on any page it is given."""

    name = "answering"

    def words(self, image, dpi, sparse=False, pixels=None):
        return [Word("DUPONT", 95.0, (1, 1), (1, 1, 1), 10, 60, 12, 10)]


def pool() -> OcrPool:
    reader = OcrPool(workers=1)
    reader.engine, reader._osd_available = Answering(), False
    return reader


FAX = PageScan(Image.new("1", (400, 200), 1), 150)
GRAY = PageScan(Image.new("L", (400, 200), 255), 150)


def test_a_faxs_second_chance_named_smooth_reports_its_otsu_reading():
    assert pool().read_page(lambda: FAX, Preparation.SMOOTH).preparation is Preparation.OTSU


def test_a_gray_pages_smooth_chance_reports_smooth():
    assert pool().read_page(lambda: GRAY, Preparation.SMOOTH).preparation is Preparation.SMOOTH


def test_first_readings_report_their_own_preparation():
    assert pool().read_page(lambda: FAX).preparation is Preparation.SMOOTH
    assert pool().read_page(lambda: GRAY).preparation is Preparation.OTSU
    assert pool().read_page(lambda: FAX, Preparation.MEDIAN).preparation is Preparation.MEDIAN


def rereading(*used: Preparation) -> Rereading:
    pages = tuple(Page(number, "…", "ocr") for number in range(1, len(used) + 1))
    return Rereading(Preparation.SMOOTH, pages, used)


def test_the_evidence_names_what_the_pages_were_read_with():
    assert rereading(Preparation.OTSU).used == "otsu"
    assert rereading(Preparation.OTSU, Preparation.OTSU).used == "otsu"
    assert rereading(Preparation.OTSU, Preparation.SMOOTH).used == "otsu/smooth"  # a fax page and a gray one
    assert rereading().used == "smooth"  # no page read: the chance asked for
