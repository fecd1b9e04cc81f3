"""The extract stage against real files and the real Tesseract (no mocks).

Scans are drawn with Pillow at 300 dpi on half an A4 page (to keep OCR quick), with deterministic
noise, a slight skew and JPEG compression, the way a cheap office scanner delivers them.
"""
from __future__ import annotations

import io
import random
import struct
import time
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as report_canvas

from docpipe import ocr
from docpipe.config import Limits, Settings
from docpipe.errors import (DocumentTooLarge, EmptyDocument, EncryptedDocument, MissingDependency, OcrFailed,
                            UnreadableDocument, UnsupportedDocument)
from docpipe.extract import (Extractor, RenderPage, embedded_jpeg, full_page_image, load_frame, native_render, scan_dpi,
                             sniff, usable_text_layer)
from docpipe.models import ExtractedDocument
from test_extract_forgiving import pdf_bytes

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BIRTH_DATE = "12/03/1957"
INS = "257031234567890"
IDENTITY = [
    "Compte rendu de consultation du 14/02/2024",
    "Nom de naissance : DUPONT   Prénom(s) : Hélène",
    f"Née le : {BIRTH_DATE}   Sexe : F",
    f"INS : {INS}",
    "Madame, je vous remercie de m'avoir adressé votre patiente.",
]


# --- synthetic documents ------------------------------------------------------------------------

def draw_page(lines=IDENTITY, dpi=300, size_in=(8.27, 4.5), font_pt=11) -> Image.Image:
    size = (round(size_in[0] * dpi), round(size_in[1] * dpi))
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, round(font_pt * dpi / 72))
    y = round(0.5 * dpi)
    for line in lines:
        draw.text((round(0.7 * dpi), y), line, fill=20, font=font)
        y += round(font_pt * dpi / 72 * 1.7)
    return page


def scanned(page: Image.Image, angle=0.8, noise=24, seed=7) -> Image.Image:
    """Blur, gray paper, noise and specks that do not change from one run to the next."""
    rnd = random.Random(seed)
    page = page.filter(ImageFilter.GaussianBlur(0.8)).point(lambda v: 35 + v * 200 // 255)
    grain = Image.frombytes("L", page.size, rnd.randbytes(page.width * page.height))
    page = ImageChops.add(page, grain.point(lambda v: v * noise // 255), scale=1.0, offset=-noise // 2)
    speck = [Image.frombytes("L", page.size, rnd.randbytes(page.width * page.height)).point(
        lambda v: 0 if v == 0 else 255) for _ in range(2)]
    page = ImageChops.darker(page, ImageChops.lighter(*speck).filter(ImageFilter.MinFilter(3)))
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=230)


def save_jpeg(image: Image.Image, path: Path, dpi=300) -> Path:
    image.save(path, "JPEG", quality=60, dpi=(dpi, dpi))
    return path


def born_digital_pdf(path: Path, pages: list[list[str]]) -> Path:
    path.write_bytes(pdf_bytes(pages, compressed=True))
    return path


def word_document(path: Path) -> Path:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Cabinet médical des Tilleuls — Dr Claire Exemple"
    document.add_paragraph("Compte rendu d'échographie abdominale")
    table = document.add_table(rows=0, cols=2)
    for label, value in [("Nom de naissance", "DUPONT"), ("Prénom(s) :", "Hélène"), ("Née le", BIRTH_DATE)]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    with_box = document.add_paragraph("Conclusion : examen normal.")
    with_box._p.append(parse_xml(TEXT_BOX_RUN))
    document.sections[0].footer.paragraphs[0].text = f"INS : {INS}"
    document.save(path)
    return path


# Word writes a text box twice: DrawingML, then a VML fallback for old readers.
TEXT_BOX_RUN = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>
      <w:p><w:r><w:t>Destinataire : Dr MARTIN</w:t></w:r></w:p>
    </w:txbxContent></wps:txbx></w:drawing></mc:Choice>
    <mc:Fallback><w:pict><v:textbox><w:txbxContent>
      <w:p><w:r><w:t>Destinataire : Dr MARTIN</w:t></w:r></w:p>
    </w:txbxContent></v:textbox></w:pict></mc:Fallback>
  </mc:AlternateContent>
</w:r>"""


def png_declaring(width: int, height: int) -> bytes:
    """A PNG header announcing a huge bilevel image, with almost no pixel data behind it."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
            + chunk(b"IEND", b""))


# --- fixtures -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def extractor():
    with Extractor(Settings()) as shared:
        yield shared


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("documents")
    save_jpeg(scanned(draw_page()), folder / "scan.jpg")
    return folder


def limited(**limits) -> Settings:
    return Settings(limits=replace(Limits(), **limits))


def assert_identity_read(text: str) -> None:
    assert BIRTH_DATE in text
    assert INS in text
    assert "DUPONT" in text


# --- scans --------------------------------------------------------------------------------------

def test_noisy_skewed_jpeg_scan_is_read_line_by_line(extractor, files):
    document = extractor.extract(files / "scan.jpg")
    assert document.media_type == "image"
    [page] = document.pages
    assert (page.number, page.method) == (1, "ocr")
    assert_identity_read(page.text)
    lines = page.text.splitlines()
    assert any(BIRTH_DATE in line and "Sexe" in line for line in lines)
    assert not any(INS in line and BIRTH_DATE in line for line in lines)
    assert page.confidence is not None and page.confidence > 60


def test_page_scanned_sideways_is_turned_and_read(extractor, tmp_path):
    path = tmp_path / "sideways.png"
    scanned(draw_page(), angle=0).rotate(90, expand=True).save(path, dpi=(300, 300))
    [page] = extractor.extract(path).pages
    assert_identity_read(page.text)


def test_three_degrees_of_skew_are_still_read(extractor, tmp_path):
    path = tmp_path / "skew.jpg"
    save_jpeg(scanned(draw_page(IDENTITY[1:4], size_in=(8.27, 2.5)), angle=-3.0, seed=3), path)
    assert_identity_read(extractor.extract(path).text)


@pytest.mark.parametrize("image_format", ["BMP", "GIF", "WEBP"])
def test_other_image_formats(extractor, tmp_path, image_format):
    path = tmp_path / f"scan.{image_format.lower()}"
    draw_page(IDENTITY[2:4], size_in=(8.27, 1.6)).save(path, image_format)
    document = extractor.extract(path)
    assert document.media_type == "image"
    assert BIRTH_DATE in document.text and INS in document.text


def test_multipage_tiff_gives_one_page_per_frame(extractor, tmp_path):
    first = scanned(draw_page(IDENTITY[:3]), angle=-0.5)
    second = scanned(draw_page(["Page 2 : résultats", f"INS : {INS}"]), angle=0.3, seed=8)
    path = tmp_path / "fax.tif"
    first.save(path, save_all=True, append_images=[second], compression="tiff_deflate", dpi=(300, 300))
    document = extractor.extract(path)
    assert [p.number for p in document.pages] == [1, 2]
    assert BIRTH_DATE in document.pages[0].text and INS not in document.pages[0].text
    assert INS in document.pages[1].text


def test_low_resolution_fax_is_read(extractor, tmp_path):
    path = tmp_path / "fax.png"
    draw_page(dpi=150).point(lambda v: 0 if v < 128 else 255, "1").save(path, dpi=(150, 150))
    assert_identity_read(extractor.extract(path).text)


def test_standard_mode_fax_with_half_vertical_resolution_is_read(extractor, tmp_path):
    page = draw_page(dpi=204).point(lambda v: 0 if v < 128 else 255, "1")
    squashed = page.resize((page.width, page.height * 98 // 204))
    path = tmp_path / "fax.tif"
    squashed.save(path, compression="group4", dpi=(204, 98))
    assert_identity_read(extractor.extract(path).text)


def test_blank_scan_says_there_is_no_legible_text(extractor, tmp_path):
    path = tmp_path / "blank.png"
    Image.new("L", (1240, 877), 250).save(path, dpi=(150, 150))
    with pytest.raises(EmptyDocument, match="^Aucun texte lisible : page blanche$"):
        extractor.extract(path)


def test_exif_orientation_is_applied(tmp_path):
    upright = draw_page(size_in=(4, 2), dpi=100)
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera held sideways: turn 90° clockwise to view
    path = tmp_path / "photo.jpg"
    upright.rotate(90, expand=True).save(path, exif=exif, dpi=(100, 100))
    assert load_frame(path, "JPEG", 0).image.size == upright.size


def test_placeholder_dpi_of_a_phone_photo_is_replaced_by_an_a4_estimate():
    photo = Image.new("L", (3000, 4000))
    photo.info["dpi"] = (72, 72)
    assert scan_dpi(photo) == pytest.approx(4000 / 11.69)
    scan = Image.new("L", (1654, 2339))
    scan.info["dpi"] = (200, 200)
    assert scan_dpi(scan) == 200
    assert scan_dpi(Image.new("L", (2480, 3508))) == 300


# --- PDF ----------------------------------------------------------------------------------------

def test_born_digital_pdf_uses_its_text_layer_in_milliseconds(extractor, tmp_path):
    path = born_digital_pdf(tmp_path / "cr.pdf", [IDENTITY, ["Page deux : conclusion de l'examen clinique."]])
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        document = extractor.extract(path)
        timings.append(time.perf_counter() - started)
    assert [p.method for p in document.pages] == ["text", "text"]
    assert f"Née le : {BIRTH_DATE}" in document.pages[0].text.splitlines()[2]
    assert min(timings) < 0.1


def test_scanned_pdf_page_is_ocred_from_its_embedded_jpeg(extractor, files, tmp_path):
    scan = Image.open(files / "scan.jpg")
    path = tmp_path / "scan.pdf"
    scan.save(path, resolution=300.0)  # Pillow stores a JPEG as is (DCTDecode)
    page = PdfReader(path).pages[0]
    jpeg = embedded_jpeg(page, full_page_image(page))
    assert jpeg is not None and jpeg.dpi == pytest.approx(300, rel=0.01)
    assert jpeg.data.startswith(b"\xff\xd8") and (jpeg.width, jpeg.height) == scan.size
    [page] = extractor.extract(path).pages
    assert page.method == "ocr"
    assert_identity_read(page.text)


def test_pdf_mixing_text_and_a_bilevel_scan_renders_the_scan(extractor, tmp_path):
    born = born_digital_pdf(tmp_path / "lettre.pdf", [["Lettre de liaison, page 1 : antécédents et traitements."]])
    fax = tmp_path / "fax.pdf"
    scanned(draw_page(), noise=0).point(lambda v: 0 if v < 140 else 255, "1").save(fax, resolution=300.0)
    fax_page = PdfReader(fax).pages[0]
    assert embedded_jpeg(fax_page, full_page_image(fax_page)) is None  # CCITT: pdfium renders it
    merged = PdfWriter()
    for part in (born, fax):
        merged.append(str(part))
    merged.write(tmp_path / "mixte.pdf")
    document = extractor.extract(tmp_path / "mixte.pdf")
    assert [(p.number, p.method) for p in document.pages] == [(1, "text"), (2, "ocr")]
    assert_identity_read(document.pages[1].text)


def image_mask_pdf(path: Path, page: Image.Image, dpi: int) -> Path:
    """A fax as some fax servers and scanners store it: the page is one stencil (`/ImageMask true`), which may leave
    out `/BitsPerComponent`."""
    ink = page.point(lambda v: 0 if v < 128 else 255, "1")
    samples = zlib.compress(ink.tobytes())  # PIL packs "1" rows MSB first, 0 = black: a stencil paints the 0s
    width_pt, height_pt = ink.width * 72 / dpi, ink.height * 72 / dpi
    content = f"q {width_pt:.2f} 0 0 {height_pt:.2f} 0 0 cm 0 g /Fax Do Q".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width_pt:.2f} {height_pt:.2f}] "
        "/Resources << /XObject << /Fax 4 0 R >> >> /Contents 5 0 R >>".encode(),
        f"<< /Type /XObject /Subtype /Image /Width {ink.width} /Height {ink.height} /ImageMask true "
        f"/Filter /FlateDecode /Length {len(samples)} >>\nstream\n".encode() + samples + b"\nendstream",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
    ]
    body, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(body))
    return path


def test_a_fax_stored_as_an_image_mask_is_read_at_its_own_resolution(extractor, tmp_path):
    path = image_mask_pdf(tmp_path / "fax.pdf", draw_page(dpi=200), dpi=200)
    page = PdfReader(path).pages[0]
    image, dpi = full_page_image(page)
    assert dpi == pytest.approx(200, rel=0.01)
    assert native_render(0, (image, dpi), Limits()) == RenderPage(0, dpi, True)
    document = extractor.extract(path)
    assert document.notes == ()  # read as it is, not « réparé »
    assert_identity_read(document.pages[0].text)


def searchable_scan_pdf(path: Path, lines: list[str], image: Image.Image | None, in_a_form: bool = False) -> Path:
    """A scanner's « searchable PDF »: the page's picture with its OCR drawn invisible over it (render mode 3)."""
    pdf = report_canvas.Canvas(str(path), pagesize=A4, invariant=True)
    if in_a_form:
        pdf.beginForm("scan")
    if image is not None:
        pdf.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    text = pdf.beginText(60, 780)
    text.setTextRenderMode(3)
    for line in lines:
        text.textLine(line)
    pdf.drawText(text)
    if in_a_form:
        pdf.endForm()
        pdf.doForm("scan")
    pdf.showPage()
    pdf.save()
    return path


def letter_pdf(path: Path, lines: list[str], images: list[tuple[Image.Image, float]]) -> Path:
    """Visible text, then pictures drawn over the page from the top (each with its height in points)."""
    pdf = report_canvas.Canvas(str(path), pagesize=A4, invariant=True)
    text = pdf.beginText(60, 780)
    for line in lines:
        text.textLine(line)
    pdf.drawText(text)
    top = A4[1]
    for image, height in images:
        top -= height
        pdf.drawImage(ImageReader(image), 0, top, width=A4[0], height=height)
    pdf.showPage()
    pdf.save()
    return path


def test_a_logo_leaves_a_letter_typed_a_scan_in_strips_does_not(extractor, tmp_path):
    logo = Image.new("L", (400, 150), 90)
    with_logo = extractor.extract(letter_pdf(tmp_path / "logo.pdf", IDENTITY, [(logo, 50)]))
    strips = [(Image.new("L", (1654, 117), 230 + n), A4[1] / 20) for n in range(20)]  # an A4 scan at 200 dpi in strips
    in_strips = extractor.extract(letter_pdf(tmp_path / "bandes.pdf", IDENTITY, strips))  # its text drawn beneath
    assert [(p.method, p.typed) for p in with_logo.pages] == [("text", True)]
    assert [(p.method, p.typed) for p in in_strips.pages] == [("text", False)]


def test_an_inline_picture_or_an_ocr_layer_two_forms_deep_is_no_typed_text(extractor, tmp_path):
    inline = report_canvas.Canvas(str(tmp_path / "inline.pdf"), pagesize=A4, invariant=True)
    inline.drawInlineImage(Image.new("L", (60, 40), 200), 0, 0, width=A4[0], height=A4[1])
    for row, line in enumerate(IDENTITY):
        inline.drawString(60, 780 - 14 * row, line)
    inline.save()
    nested = report_canvas.Canvas(str(tmp_path / "nested.pdf"), pagesize=A4, invariant=True)
    nested.beginForm("ocr")
    text = nested.beginText(60, 780)
    text.setTextRenderMode(3)
    for line in IDENTITY:
        text.textLine(line)
    nested.drawText(text)
    nested.endForm()
    nested.beginForm("page")
    nested.doForm("ocr")
    nested.endForm()
    nested.doForm("page")
    nested.save()
    for name in ("inline.pdf", "nested.pdf"):
        assert [(p.method, p.typed) for p in extractor.extract(tmp_path / name).pages] == [("text", False)], name


def test_what_ocr_software_made_or_hid_is_no_typed_text(extractor, tmp_path):
    # The producer names an OCR engine (Acrobat's Paper Capture, ABBYY…); the text is drawn transparent; a Word file
    # made from a scan holds the page's picture, or says which OCR software wrote it.
    captured = report_canvas.Canvas(str(tmp_path / "capture.pdf"), pagesize=A4, invariant=True)
    captured.setProducer("Adobe Acrobat Pro 24.1 Paper Capture Plug-in")
    transparent = report_canvas.Canvas(str(tmp_path / "transparent.pdf"), pagesize=A4, invariant=True)
    transparent.setFillAlpha(0)
    for pdf in (captured, transparent):
        for row, line in enumerate(IDENTITY):
            pdf.drawString(60, 780 - 14 * row, line)
        pdf.save()
    scanned_word = docx.Document()
    picture = tmp_path / "page.png"
    Image.new("L", (1240, 1754), 250).save(picture)
    scanned_word.add_picture(str(picture))
    scanned_word.add_paragraph(IDENTITY[2])
    scanned_word.save(tmp_path / "scan.docx")
    ocr_word = docx.Document()
    ocr_word.add_paragraph(IDENTITY[2])
    ocr_word.save(tmp_path / "word.docx")
    with zipfile.ZipFile(tmp_path / "word.docx") as source, zipfile.ZipFile(tmp_path / "abbyy.docx", "w") as archive:
        for member in source.infolist():
            if member.filename != "docProps/app.xml":
                archive.writestr(member, source.read(member))
        archive.writestr("docProps/app.xml", "<Properties><Application>ABBYY FineReader 15</Application></Properties>")
    for name in ("capture.pdf", "transparent.pdf", "scan.docx", "abbyy.docx"):
        assert [(p.method, p.typed) for p in extractor.extract(tmp_path / name).pages] == [("text", False)], name


def test_a_scan_is_found_whatever_the_producer_named_it(extractor, tmp_path):
    # review27's F8: a picture named like a key that leads elsewhere (`/P`, `/Kids`) is drawn all the same.
    strips = [(Image.new("L", (1654, 2339), 250), A4[1])]
    reader = PdfReader(letter_pdf(tmp_path / "scan.pdf", IDENTITY, strips))
    writer = PdfWriter(clone_from=reader)
    page = writer.pages[0]
    xobjects = page["/Resources"]["/XObject"]
    [name] = list(xobjects)
    for renamed in ("/P", "/Kids"):
        xobjects[NameObject(renamed)] = xobjects.pop(name)
        contents = DecodedStreamObject()
        contents.set_data(page.get_contents().get_data().replace(name.encode() + b" Do", renamed.encode() + b" Do"))
        page[NameObject("/Contents")] = writer._add_object(contents)
        name = renamed
        writer.write(tmp_path / f"{renamed[1:]}.pdf")
        assert [(p.method, p.typed) for p in extractor.extract(tmp_path / f"{renamed[1:]}.pdf").pages] == \
            [("text", False)], renamed


def test_a_word_files_pictures_count_wherever_they_are_stored(extractor, tmp_path):
    word = docx.Document()
    word.add_paragraph(IDENTITY[2])
    word.save(tmp_path / "word.docx")
    page = io.BytesIO()
    Image.new("L", (1240, 1754), 250).save(page, "PNG")
    with zipfile.ZipFile(tmp_path / "word.docx", "a") as archive:
        archive.writestr("word/scans/page1.png", page.getvalue())
    assert [(p.method, p.typed) for p in extractor.extract(tmp_path / "word.docx").pages] == [("text", False)]


def test_only_the_authors_own_text_is_typed(extractor, files, tmp_path):
    # The digits of a typed page are the author's: matching trusts them more than OCR's (Page.typed).
    born = extractor.extract(born_digital_pdf(tmp_path / "cr.pdf", [IDENTITY]))
    searchable = extractor.extract(searchable_scan_pdf(tmp_path / "scan.pdf", IDENTITY, Image.open(files / "scan.jpg")))
    in_a_form = extractor.extract(searchable_scan_pdf(tmp_path / "form.pdf", IDENTITY, None, in_a_form=True))
    (tmp_path / "dictee.txt").write_text("\n".join(IDENTITY), encoding="utf-8")
    typed = [born, extractor.extract(word_document(tmp_path / "echo.docx")), extractor.extract(tmp_path / "dictee.txt")]
    assert all(page.typed and page.method == "text" for document in typed for page in document.pages)
    assert [(p.method, p.typed) for p in searchable.pages] == [("text", False)]  # the scanner's OCR
    assert f"Née le : {BIRTH_DATE}" in searchable.pages[0].text
    assert [(p.method, p.typed) for p in in_a_form.pages] == [("text", False)]
    assert [(p.method, p.typed) for p in extractor.extract(files / "scan.jpg").pages] == [("ocr", False)]


def test_text_layer_of_symbols_is_not_trusted():
    assert usable_text_layer(f"Nom de naissance : DUPONT, née le {BIRTH_DATE}", Limits())
    assert not usable_text_layer("Page 1/2", Limits())
    assert not usable_text_layer("\ue012\ue01f\ue004 " * 20, Limits())  # a font without Unicode map


def test_pdf_protected_by_owner_password_only_is_read(extractor, tmp_path):
    source = born_digital_pdf(tmp_path / "cr.pdf", [IDENTITY])
    writer = PdfWriter(clone_from=source)
    writer.encrypt(user_password="", owner_password="labo", algorithm="AES-128")
    writer.write(tmp_path / "protected.pdf")
    assert_identity_read(extractor.extract(tmp_path / "protected.pdf").text)


def test_pdf_with_user_password_is_refused(extractor, tmp_path):
    writer = PdfWriter(clone_from=born_digital_pdf(tmp_path / "cr.pdf", [IDENTITY]))
    writer.encrypt(user_password="secret", owner_password="labo", algorithm="AES-256")
    writer.write(tmp_path / "locked.pdf")
    with pytest.raises(EncryptedDocument, match="PDF chiffré ou protégé par mot de passe"):
        extractor.extract(tmp_path / "locked.pdf")


def test_truncated_pdf_is_unreadable(extractor, tmp_path):
    whole = born_digital_pdf(tmp_path / "cr.pdf", [IDENTITY, IDENTITY]).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(UnreadableDocument, match="PDF endommagé ou tronqué"):
        extractor.extract(path)


def test_pdf_with_too_many_pages_is_refused(tmp_path):
    path = born_digital_pdf(tmp_path / "long.pdf", [IDENTITY] * 3)
    with Extractor(limited(max_pages=2)) as strict, pytest.raises(DocumentTooLarge, match="3 pages"):
        strict.extract(path)


# --- refusals -----------------------------------------------------------------------------------

def test_program_renamed_pdf_is_unsupported(extractor, tmp_path):
    path = tmp_path / "facture.pdf"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00" + bytes(200))
    with pytest.raises(UnsupportedDocument, match="^Format non reconnu : le fichier n'est ni un PDF"):
        extractor.extract(path, media_hint="facture.pdf")


def test_decompression_bomb_is_refused_before_decoding(extractor, tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(png_declaring(40_000, 40_000))
    started = time.perf_counter()
    refusal = r"Image trop grande \(1 600 000 000 pixels\) : refusée avant décodage"
    with pytest.raises(DocumentTooLarge, match=refusal):
        extractor.extract(path)
    assert time.perf_counter() - started < 1


def test_image_just_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "big.png"
    path.write_bytes(png_declaring(1000, 1001))
    with Extractor(limited(max_image_pixels=1_000_000)) as strict:
        with pytest.raises(DocumentTooLarge, match="1 001 000 pixels"):
            strict.extract(path)


def test_truncated_image_is_unreadable(extractor, files, tmp_path):
    whole = (files / "scan.jpg").read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(UnreadableDocument, match="Image endommagée ou tronquée"):
        extractor.extract(path)


@pytest.mark.parametrize("content", [b"", b"  \r\n\t \n"])
def test_empty_file(extractor, tmp_path, content):
    path = tmp_path / "vide.txt"
    path.write_bytes(content)
    with pytest.raises(EmptyDocument, match="^Fichier vide$"):
        extractor.extract(path)


def test_file_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "gros.txt"
    path.write_bytes(b"compte rendu\n" * 100_000)
    with Extractor(limited(max_file_mb=1)) as strict, pytest.raises(DocumentTooLarge, match="Fichier trop volumineux"):
        strict.extract(path)


# --- Word and text ------------------------------------------------------------------------------

def test_word_document_keeps_table_rows_header_footer_and_text_boxes(extractor, tmp_path):
    document = extractor.extract(word_document(tmp_path / "echo.docx"))
    assert document.media_type == "docx"
    [page] = document.pages
    lines = page.text.splitlines()
    assert lines[0] == "Cabinet médical des Tilleuls — Dr Claire Exemple"
    assert "Nom de naissance : DUPONT" in lines
    assert "Prénom(s) : Hélène" in lines
    assert f"Née le : {BIRTH_DATE}" in lines
    assert lines.count("Destinataire : Dr MARTIN") == 1
    assert lines[-1] == f"INS : {INS}"
    assert page.method == "text"


def test_broken_word_documents_are_unreadable(extractor, tmp_path):
    whole = word_document(tmp_path / "echo.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(UnreadableDocument, match="Document Word endommagé"):
        extractor.extract(cut)
    garbled = tmp_path / "garbled.docx"
    with zipfile.ZipFile(tmp_path / "echo.docx") as source, zipfile.ZipFile(garbled, "w") as target:
        for item in source.infolist():
            data = b"<w:document><w:body" if item.filename == "word/document.xml" else source.read(item)
            target.writestr(item, data)
    with pytest.raises(UnreadableDocument, match="Document Word endommagé"):
        extractor.extract(garbled)


def test_word_zip_bomb_is_refused(tmp_path):
    path = word_document(tmp_path / "bomb.docx")
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/filler.bin", bytes(3 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with Extractor(limited(max_file_mb=2)) as strict, pytest.raises(DocumentTooLarge, match="décompressé"):
        strict.extract(path)


def test_zip_that_is_not_word_is_unsupported(extractor, tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("content.xml", "<office:document/>")
    with pytest.raises(UnsupportedDocument, match="Format non reconnu"):
        extractor.extract(path)


def test_windows_text_file_with_form_feeds(extractor, tmp_path):
    path = tmp_path / "dictee.txt"
    path.write_bytes(f"Née le {BIRTH_DATE}\r\nINS : {INS}\r\n\fPage deux : œuvre — 5 €\r\n\f".encode("cp1252"))
    document = extractor.extract(path)
    assert document.media_type == "txt"
    assert [p.text for p in document.pages] == [f"Née le {BIRTH_DATE}\nINS : {INS}", "Page deux : œuvre — 5 €"]
    assert [p.number for p in document.pages] == [1, 2]


def test_utf8_text_with_bom(extractor, tmp_path):
    path = tmp_path / "dictee.txt"
    path.write_bytes("\ufeffPrénom : Hélène".encode("utf-8"))
    assert extractor.extract(path).text == "Prénom : Hélène"


def test_sniffing_ignores_names_and_text_starting_like_a_bitmap():
    assert sniff(b"BMI : 24,5 kg/m2\nPoids : 70 kg")[0] == "text"
    assert sniff(b"%PDF-1.7\n")[0] == "pdf"
    assert sniff(b"\xff\xd8\xff\xe0\x00\x10JFIF") == ("image", "JPEG")
    with pytest.raises(UnsupportedDocument, match=r"\.doc"):
        sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))


# --- many documents -----------------------------------------------------------------------------

def test_extract_many_keeps_order_reports_refusals_and_reads_ahead(extractor, files, tmp_path):
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "note.txt").write_text(f"INS : {INS}", encoding="utf-8")
    for index in range(3):
        save_jpeg(scanned(draw_page(IDENTITY[2:4], size_in=(8.27, 2)), seed=index), tmp_path / f"scan{index}.jpg")
    order = ["scan0.jpg", "vide.txt", "scan1.jpg", "note.txt", "scan2.jpg"]
    pulled = []

    def paths():
        for name in order:
            pulled.append(name)
            yield tmp_path / name

    results, pulled_at_first_result = [], None
    for path, result in extractor.extract_many(paths()):
        pulled_at_first_result = pulled_at_first_result or len(pulled)
        results.append((path.name, result))
    assert [name for name, _ in results] == order
    assert isinstance(results[1][1], EmptyDocument)
    assert all(isinstance(result, ExtractedDocument) for name, result in results if name != "vide.txt")
    assert all(INS in result.text for name, result in results if name.startswith("scan"))
    # The second scan was queued before the first one was done: both cores had work.
    assert pulled_at_first_result >= 3


# --- ocr.py -------------------------------------------------------------------------------------

def test_page_text_keeps_tesseract_lines_and_paragraphs():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [(1, 1, 1, "Nom", 96.0), (1, 1, 1, ":", 90.0), (1, 1, 1, "DUPONT", 95.5),
            (1, 1, 2, "Née", 91.0), (1, 1, 2, "1Z/03/1957", 41.0), (2, 1, 1, "Conclusion", 93.0)]
    tsv = "\n".join([header, "1\t1\t0\t0\t0\t0\t0\t0\t10\t10\t-1\t"] + [
        f"5\t1\t{b}\t{p}\t{l}\t1\t0\t0\t1\t1\t{conf}\t{word}" for b, p, l, word, conf in rows])
    reading = ocr.ocr_result(ocr.read_tsv(tsv))
    assert reading.text == "Nom : DUPONT\nNée 1Z/03/1957\n\nConclusion"
    assert reading.doubtful_words == ("1Z/03/1957",)
    assert reading.confidence == pytest.approx(84.4, abs=0.1)


def test_otsu_threshold_separates_ink_from_paper():
    histogram = [0] * 256
    histogram[30], histogram[40], histogram[220], histogram[235] = 100, 80, 900, 700
    assert 40 <= ocr.otsu_threshold(histogram) < 220


def test_ocr_timeout_is_reported_in_french(files):
    scan = Image.open(files / "scan.jpg")
    with ocr.OcrPool(timeout_s=0.001) as pool, pytest.raises(OcrFailed, match="Lecture OCR abandonnée"):
        pool.read_pages([lambda: ocr.PageScan(scan, 300)])


def test_missing_tesseract_or_language_is_a_missing_dependency(monkeypatch):
    with pytest.raises(MissingDependency, match="tesseract-ocr-zzz"):
        ocr.check_tesseract("fra+zzz")
    monkeypatch.setattr(ocr, "TESSERACT", "/nonexistent/tesseract")
    ocr.check_tesseract.cache_clear()
    try:
        with pytest.raises(MissingDependency, match="Tesseract est introuvable"):
            ocr.OcrPool().__enter__()
    finally:
        ocr.check_tesseract.cache_clear()
