"""Files read as forgivingly as they are stored: damaged PDFs, content that lies about its name,
BigTIFF, blank and tiny pages. Every file is built by the test; the OCR is the real Tesseract."""
from __future__ import annotations

import io
import re

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from docpipe.config import Settings
from docpipe.errors import EmptyDocument, UnreadableDocument
from docpipe.extract import Extractor, sniff
from docpipe.models import ExtractedDocument

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
INS = "257031234567890"
PAGES = [["Nom de naissance : DUPONT", f"INS : {INS}", "Compte rendu de consultation, page un"],
         ["Examen clinique sans particularité, page deux du compte rendu"],
         ["Conclusion : pas d'anomalie, page trois du compte rendu"]]
REPAIRED_3_OF_3 = "PDF réparé à la lecture : 3 page(s) lue(s) sur 3 déclarée(s)"


def pdf_bytes(pages: list[list[str]], size=A4, compressed: bool = False) -> bytes:
    """A born-digital PDF, one list of lines a page; uncompressed unless asked, so that damage can be aimed."""
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=size, pageCompression=int(compressed))
    for lines in pages:
        pdf.setFont("DejaVu", 11)
        for row, line in enumerate(lines):
            pdf.drawString(60, 780 - 16 * row, line)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def wrong_startxref(data: bytes) -> bytes:
    return re.sub(rb"startxref\s+\d+", b"startxref\n123", data)


def missing_xref_keyword(data: bytes) -> bytes:
    return data.replace(b"\nxref\n", b"\nxrxx\n", 1)


def bytes_before_header(data: bytes) -> bytes:
    return b"X-Gateway: scanned\r\n" * 3 + data


def duplicate_xref_entry(data: bytes) -> bytes:
    """Object 1 declared twice: in a subsection of its own, then again in the full table."""
    table = re.search(rb"xref\n0 (\d+)\n", data)
    first_entry = data[table.end() + 20:table.end() + 40]
    return data[:table.start()] + b"xref\n1 1\n" + first_entry + data[table.start() + 5:]


def truncated_tail(data: bytes) -> bytes:
    """Cut in the cross-reference table: every page is still there, the table and trailer are not."""
    return data[:data.rfind(b"xref")]


@pytest.fixture(scope="module")
def extractor():
    with Extractor(Settings()) as shared:
        yield shared


@pytest.mark.parametrize("damage", [wrong_startxref, missing_xref_keyword, bytes_before_header, truncated_tail])
def test_damaged_pdf_is_read_in_full_and_says_it_was_repaired(extractor, tmp_path, damage):
    path = tmp_path / "scanner.pdf"
    path.write_bytes(damage(pdf_bytes(PAGES)))
    document = extractor.extract(path)
    assert isinstance(document, ExtractedDocument)
    assert [page.method for page in document.pages] == ["text"] * 3
    assert INS in document.pages[0].text and "page trois" in document.pages[2].text
    assert document.notes == (REPAIRED_3_OF_3,)
    assert (document.media_type, document.extension) == ("pdf", "pdf")


def test_duplicate_xref_entry_is_read_in_full(extractor, tmp_path):
    path = tmp_path / "passerelle.pdf"
    path.write_bytes(duplicate_xref_entry(pdf_bytes(PAGES)))
    document = extractor.extract(path)
    assert len(document.pages) == 3 and INS in document.text


def test_intact_pdf_carries_no_repair_note(extractor, tmp_path):
    path = tmp_path / "ok.pdf"
    path.write_bytes(pdf_bytes(PAGES))
    assert extractor.extract(path).notes == ()


def test_damaged_pdf_missing_a_declared_page_goes_to_review(extractor, tmp_path):
    data = wrong_startxref(pdf_bytes(PAGES)).replace(b"/Count 3", b"/Count 4")
    path = tmp_path / "incomplet.pdf"
    path.write_bytes(data)
    with pytest.raises(UnreadableDocument, match=r"PDF endommagé : 3 page\(s\) lue\(s\) sur 4 déclarée\(s\)"):
        extractor.extract(path)


def test_html_named_pdf_is_read_as_html_and_says_what_it_is(extractor, tmp_path):
    path = tmp_path / "resultats.pdf"
    path.write_bytes(b"<!DOCTYPE html>\n<html><head><title>Laboratoire</title><style>p{color:red}</style></head>"
                     b"<body><table><tr><td>Nom de naissance</td><td>DUPONT</td></tr></table>"
                     b"<p>INS : " + INS.encode() + b"</p><script>var x = 1;</script></body></html>")
    document = extractor.extract(path, "resultats.pdf")
    assert (document.media_type, document.extension) == ("html", "html")
    assert document.notes == ("contenu HTML sous un nom en .pdf",)
    assert "Nom de naissance : DUPONT" in document.text.splitlines()
    assert f"INS : {INS}" in document.text.splitlines()
    assert "color" not in document.text and "var x" not in document.text


def test_content_type_comes_from_bytes_not_names():
    assert sniff(b"  <html><body>x</body></html>")[0] == "html"
    assert sniff(b"\xef\xbb\xbf<!doctype html><p>x")[0] == "html"
    assert sniff(b"Nom : DUPONT <b>important</b>")[0] == "text"
    assert sniff(b"II+\x00\x08\x00\x00\x00") == ("image", "TIFF")


def test_pdf_named_jpg_keeps_pdf_as_its_extension(extractor, tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(pdf_bytes(PAGES[:1]))
    document = extractor.extract(path, "photo.jpg")
    assert (document.extension, document.notes) == ("pdf", ("contenu PDF sous un nom en .jpg",))


def identity_page() -> Image.Image:
    page = Image.new("L", (1600, 500), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 40)
    for row, line in enumerate(PAGES[0][:2]):
        draw.text((80, 80 + row * 90), line, fill=0, font=font)
    return page


def test_bigtiff_is_read(extractor, tmp_path):
    path = tmp_path / "scan.tif"
    identity_page().save(path, "TIFF", big_tiff=True, dpi=(300, 300))
    assert path.read_bytes()[:4] == b"II+\x00"
    document = extractor.extract(path)
    assert INS in document.text and document.extension == "tif"


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")  # Pillow's own remark on the destroyed directory
def test_bigtiff_pillow_cannot_decode_is_named_in_the_reason(extractor, tmp_path):
    path = tmp_path / "scan.tif"
    data = io.BytesIO()
    identity_page().save(data, "TIFF", big_tiff=True, dpi=(300, 300))
    path.write_bytes(data.getvalue()[:16] + b"\xff" * 64)  # header kept, first directory destroyed
    with pytest.raises(UnreadableDocument, match=r"^Image BigTIFF \(TIFF 64 bits\) illisible ou endommagée"):
        extractor.extract(path)


def test_blank_pdf_pages_have_no_legible_text_not_damage(extractor, tmp_path):
    path = tmp_path / "vierge.pdf"
    path.write_bytes(pdf_bytes([[], []]))
    with pytest.raises(EmptyDocument, match="^Aucun texte lisible : les 2 pages sont blanches$"):
        extractor.extract(path)


def test_blank_page_among_others_is_kept_empty(extractor, tmp_path):
    path = tmp_path / "avec_verso.pdf"
    path.write_bytes(pdf_bytes([PAGES[0], []]))
    document = extractor.extract(path)
    assert [bool(page.text.strip()) for page in document.pages] == [True, False]


def test_one_point_page_is_too_small_to_hold_text(extractor, tmp_path):
    path = tmp_path / "minuscule.pdf"
    path.write_bytes(pdf_bytes([[]], size=(1, 1)))
    with pytest.raises(EmptyDocument, match=r"^Aucun texte lisible : page trop petite pour contenir du texte "
                                            r"\(1 × 1 pt\)$"):
        extractor.extract(path)


def test_tiny_image_is_not_sent_to_tesseract(extractor, tmp_path):
    path = tmp_path / "pixel.png"
    Image.new("L", (3, 3), 255).save(path)
    with pytest.raises(EmptyDocument, match=r"page trop petite pour contenir du texte \(3 × 3 pixels\)"):
        extractor.extract(path)
