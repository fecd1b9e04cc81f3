"""Files built to exhaust the reader (issue 8, items 6–8): a PDF that keeps pypdf busy, a declared
resolution that would resample to 10⁹ pixels, a Word zip bomb under the size limits."""
from __future__ import annotations

import io
import time
import zipfile
from dataclasses import replace

import docx
import pytest
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from docpipe.config import Limits, Settings
from docpipe.errors import DocumentTooLarge, UnreadableDocument
from docpipe.extract import MAX_WORD_PARAGRAPHS, Extractor, load_frame

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BUDGET_S = 0.5


def busy_pdf(pages=3, operators=60_000) -> bytes:
    """A few KB: every page shares one content stream of `operators` text operators (~2 s of pypdf each)."""
    writer = PdfWriter()
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 12 Tf 10 10 Td " + b"(a) Tj 1 0 Td " * operators + b"ET")
    content_ref = writer._add_object(content.flate_encode())
    font_ref = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    for _ in range(pages):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Contents")] = content_ref
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def extractor():
    with Extractor(Settings(), read_budget_s=BUDGET_S) as shared:
        yield shared


def test_pdf_keeping_the_parser_busy_is_stopped_and_the_queue_moves_on(extractor, tmp_path):
    slow, letter = tmp_path / "lent.pdf", tmp_path / "courrier.txt"
    slow.write_bytes(busy_pdf())
    assert slow.stat().st_size < 10_000
    letter.write_text("Nom de naissance : DUPONT", encoding="utf-8")
    started = time.monotonic()
    results = dict(extractor.extract_many([slow, letter]))
    assert time.monotonic() - started < 5 * BUDGET_S + 3  # the worker is restarted, not waited for
    assert isinstance(results[slow], UnreadableDocument)
    assert results[slow].message_fr.startswith("Lecture trop longue : le fichier n'a pas pu être lu en 0.5 s")
    assert results[letter].text == "Nom de naissance : DUPONT"


def test_worker_reads_again_after_being_stopped(extractor, tmp_path):
    slow = tmp_path / "lent.pdf"
    slow.write_bytes(busy_pdf(pages=1))
    with pytest.raises(UnreadableDocument, match="Lecture trop longue"):
        extractor.extract(slow)
    word = tmp_path / "lettre.docx"
    document = docx.Document()
    document.add_paragraph("Nom de naissance : DUPONT")
    document.save(word)
    assert extractor.extract(word).text == "Nom de naissance : DUPONT"


def text_png(dpi: tuple[float, float], size=(1000, 1000)) -> bytes:
    page = Image.new("L", size, 255)
    ImageDraw.Draw(page).text((40, 200), "Nom de naissance : DUPONT", fill=0,
                              font=ImageFont.truetype(FONT, 40))
    out = io.BytesIO()
    page.save(out, "PNG", dpi=dpi)
    return out.getvalue()


def test_wildly_anisotropic_declared_resolution_is_ignored(tmp_path):
    path = tmp_path / "aspect.png"
    path.write_bytes(text_png((10 * 0.0254, 10_000 * 0.0254)))  # pHYs 10 × 10 000 px/m
    scan = load_frame(path, "PNG", 0)
    assert scan.image.size == (1000, 1000) and scan.dpi == 300


def test_absurd_resolution_is_ignored(tmp_path):
    path = tmp_path / "absurde.png"
    path.write_bytes(text_png((1_000_000, 1_000_000)))
    assert load_frame(path, "PNG", 0).dpi == 300


def test_anisotropic_page_is_read_without_exhausting_memory(extractor, tmp_path):
    path = tmp_path / "aspect.png"
    path.write_bytes(text_png((10 * 0.0254, 10_000 * 0.0254)))
    assert "DUPONT" in extractor.extract(path).text


def test_fax_stretch_stays_within_the_pixel_limit(tmp_path):
    path = tmp_path / "fax.png"
    path.write_bytes(text_png((204, 98)))
    assert load_frame(path, "PNG", 0).image.size == (1000, 2082)  # a standard-mode fax, stretched
    limits = replace(Limits(), max_image_pixels=1_500_000)
    assert load_frame(path, "PNG", 0, limits).image.size == (1000, 1000)  # 2.08 M pixels: not stretched


def word_bomb(path, paragraphs: int) -> None:
    """A valid .docx whose body is `paragraphs` tiny paragraphs (compresses ~100×)."""
    template = io.BytesIO()
    docx.Document().save(template)
    body = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * paragraphs
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                start, end = data.index(b"<w:body>") + len(b"<w:body>"), data.index(b"<w:sectPr")
                data = data[:start] + body + data[end:]
            bomb.writestr(item, data)


def test_word_zip_bomb_of_tiny_paragraphs_is_refused_while_streaming(extractor, tmp_path):
    path = tmp_path / "bombe.docx"
    word_bomb(path, MAX_WORD_PARAGRAPHS + 10)
    assert path.stat().st_size < 100_000
    started = time.monotonic()
    with pytest.raises(DocumentTooLarge, match=f"plus de {MAX_WORD_PARAGRAPHS} paragraphes"):
        extractor.extract(path)
    assert time.monotonic() - started < 3


def test_word_part_too_large_once_unpacked_is_refused(extractor, tmp_path):
    path = tmp_path / "bombe.docx"
    template = io.BytesIO()
    docx.Document().save(template)
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            bomb.writestr(item, source.read(item))
        bomb.writestr("word/glossary.xml", b" " * (41 * 1024 * 1024))
    with pytest.raises(DocumentTooLarge, match="word/glossary.xml dépasse 40 Mo"):
        extractor.extract(path)


def _echo(value):
    return value


def test_the_reading_worker_survives_a_terminals_ctrl_c():
    """Ctrl-C reaches the whole process group; the watcher stops between documents and ends the worker
    itself. A worker killed by it mid-read would send the document to review as unreadable."""
    import os
    import signal

    from docpipe.extract import ReadingWorker

    worker = ReadingWorker(30.0)
    try:
        assert worker.call(_echo, "avant") == "avant"
        os.kill(worker._process.pid, signal.SIGINT)
        time.sleep(0.3)
        assert worker._process.is_alive()
        assert worker.call(_echo, "après") == "après"
    finally:
        worker.stop()


def test_a_worker_that_could_not_start_leaves_nothing_to_stop(monkeypatch):
    """A Ctrl-C can hit the process server while it starts: `start()` fails, and stopping the extractor
    afterwards must not crash the watcher on a worker that never existed."""
    import multiprocessing.process

    from docpipe.extract import ReadingWorker

    def interrupted_start(self):
        raise EOFError("le serveur de processus a été interrompu")

    worker = ReadingWorker(30.0)
    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", interrupted_start)
    worker._start_if_needed()
    worker.stop()
    monkeypatch.undo()
    try:
        assert worker.call(_echo, "ensuite") == "ensuite"
    finally:
        worker.stop()
