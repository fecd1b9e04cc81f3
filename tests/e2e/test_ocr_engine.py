"""The OCR engines, their scratch folders, table rows from word boxes and second readings — all with
the real Tesseract, on pages drawn by the test."""
from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from docpipe import ocr
from docpipe.config import Settings
from docpipe.extract import Extractor
from docpipe.ocr import OcrPool, PageScan, Preparation
from image_kit import ink_share

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def drawn(rows: list[tuple[int, int, str]], size=(2480, 900), font_px=40) -> Image.Image:
    """Text drawn at (x, y) on a white page at 300 dpi."""
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, font_px)
    for x, y, text in rows:
        draw.text((x, y), text, fill=0, font=font)
    return page


def read(image: Image.Image, dpi=300, **pool_options) -> str:
    with OcrPool(**pool_options) as pool:
        [reading] = pool.read_pages([lambda: PageScan(image, dpi)])
    return reading.text


LAB_TABLE = [("Nom de naissance", "DUPONT"), ("Prénom(s)", "Hélène Marie"), ("Date de naissance", "12/03/1957"),
             ("Sexe", "F"), ("Hémoglobine", "13,2 g/dL")]


def test_table_rows_put_each_label_and_its_value_on_one_line():
    rows = [(200, 80, "LABORATOIRE DE BIOLOGIE MEDICALE DU CENTRE")]
    for index, (label, value) in enumerate(LAB_TABLE):
        rows += [(200, 250 + index * 90, label), (1300, 250 + index * 90, value)]
    lines = read(drawn(rows)).splitlines()
    for label, value in LAB_TABLE:
        assert f"{label} : {value}".replace("dL", "d") in [line.replace("dL", "d").replace("dl", "d")
                                                             for line in lines]


def test_side_column_beside_a_letterhead_stays_on_its_own_lines():
    left = ["Dr Jean MARTIN", "Cardiologie", "12 rue des Lilas", "69003 Lyon"]
    right = ["Nom : DUPONT", "Prénom : Hélène", "Née le : 12/03/1957"]
    rows = [(200, 250 + i * 90, text) for i, text in enumerate(left)]
    rows += [(1300, 250 + i * 90, text) for i, text in enumerate(right)]
    lines = read(drawn(rows)).splitlines()
    for text in [*left, *right]:
        assert text in lines


def test_table_value_placed_by_tesseract_in_another_block_is_brought_back():
    words = [ocr.Word("Nom", 95, (1, 1), (1, 1, 1), 100, 80, 30, 200),
             ocr.Word("de", 95, (1, 1), (1, 1, 1), 190, 40, 30, 200),
             ocr.Word("naissance", 95, (1, 1), (1, 1, 1), 240, 180, 30, 200),
             ocr.Word("Prénom", 95, (1, 1), (1, 1, 2), 100, 120, 30, 260),
             ocr.Word("DUPONT", 95, (2, 1), (2, 1, 1), 1300, 150, 30, 202),
             ocr.Word("Hélène", 95, (2, 1), (2, 1, 2), 1300, 130, 30, 262)]
    assert ocr.page_text(words) == "Nom de naissance : DUPONT\nPrénom : Hélène"


def test_tesserocr_is_the_default_engine_and_leaves_no_file(tmp_path):
    page = drawn([(200, 200, "Nom de naissance : DUPONT")])
    with OcrPool(scratch_dir=tmp_path) as pool:
        assert pool.engine_name == "tesserocr"
        readings = pool.read_pages([lambda: PageScan(page, 300)] * 3)
        assert list(tmp_path.iterdir()) == []
    assert all("Nom de naissance : DUPONT" in reading.text for reading in readings)


def test_command_line_engine_reads_the_same_and_cleans_its_scratch(tmp_path):
    page = drawn([(200, 200, "Nom de naissance : DUPONT")])
    with OcrPool(scratch_dir=tmp_path, engine="cli") as pool:
        assert pool.engine_name == "tesseract-cli"
        [folder] = tmp_path.iterdir()
        assert (folder / "owner").read_text().split()[0] == str(os.getpid())
        assert oct(folder.stat().st_mode & 0o777) == "0o700"
        [reading] = pool.read_pages([lambda: PageScan(page, 300)])
    assert "Nom de naissance : DUPONT" in reading.text
    assert list(tmp_path.iterdir()) == []


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_scratch_left_by_a_killed_process_is_removed_on_start_up(tmp_path):
    orphan = tmp_path / "docpipe-ocr-orphan"
    orphan.mkdir()
    (orphan / "owner").write_text(f"{dead_pid()} 12345")
    (orphan / "page-1.pbm").write_bytes(b"P4 1 1 \x00")
    reused_pid = tmp_path / "docpipe-ocr-reused"  # our pid, but another start time: a reused pid
    reused_pid.mkdir()
    (reused_pid / "owner").write_text(f"{os.getpid()} 1")
    alive = tmp_path / "docpipe-ocr-alive"
    alive.mkdir()
    (alive / "owner").write_text(f"{os.getpid()} {ocr.process_start(os.getpid())}")
    unrelated = tmp_path / "keep-me"
    unrelated.mkdir()
    with OcrPool(scratch_dir=tmp_path):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docpipe-ocr-alive", "keep-me"]


@pytest.mark.parametrize("preparation", list(Preparation))
def test_every_preparation_reads_a_clean_page(preparation):
    page = drawn([(100, 100, "Nom de naissance : DUPONT"), (100, 200, "INS : 257031234567890")],
                 size=(1400, 400))
    with OcrPool() as pool:
        reading = pool.submit(lambda: PageScan(page, 300), preparation).result()
    assert "DUPONT" in reading.text and "257031234567890" in reading.text


def test_upscale_preparation_enlarges_low_resolution_pages_to_300_dpi():
    low = PageScan(Image.new("L", (400, 200), 255), 100)
    prepared = ocr.prepare(low, Preparation.UPSCALE)
    assert (prepared.image.size, prepared.dpi) == ((1200, 600), 300)
    assert ocr.prepare(PageScan(Image.new("L", (400, 200), 255), 300), Preparation.UPSCALE).image.size == (400, 200)


def test_adaptive_threshold_follows_a_shadow():
    page = drawn([(50, 50, "DUPONT"), (650, 50, "DUPONT")], size=(1200, 200))
    shadow = Image.new("L", page.size, 255)
    shadow.paste(110, (600, 0, 1200, 200))  # the right half in a fold's shadow: paper at 110, ink at 0
    shadowed = Image.composite(page, shadow, page.point(lambda v: 255 if v < 128 else 0))
    global_bw = ocr.binarised(shadowed, ocr.otsu_threshold(shadowed.histogram()))
    adaptive_bw = ocr.adaptive_threshold(shadowed)
    assert adaptive_bw.mode == "1"
    assert adaptive_bw.getpixel((1150, 190)) == 255  # shadowed paper stays paper
    assert global_bw.getpixel((1150, 190)) == 0  # where one global threshold makes it ink
    assert adaptive_bw.crop((650, 50, 1000, 100)).getextrema()[0] == 0  # the ink in the shadow is kept
    # half the page black is no print: the first reading's preparation follows the paper too
    assert ink_share(global_bw) > ocr.MAX_INK_SHARE
    assert ocr.prepare(PageScan(shadowed, 300)).image.tobytes() == adaptive_bw.tobytes()


def test_reread_ocrs_the_given_pages_of_a_stored_pdf_again(tmp_path):
    path = tmp_path / "stocke.pdf"
    scan = drawn([(150, 150, "Nom de naissance : DUPONT"), (150, 250, "INS : 257031234567890")],
                 size=(2480, 1200))
    out = io.BytesIO()
    scan.save(out, "JPEG", quality=80, dpi=(300, 300))
    image = tmp_path / "page.jpg"
    image.write_bytes(out.getvalue())
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for text in ["Page de garde sans identité, texte de plus de vingt-cinq caractères.", None]:
        if text:
            pdf.drawString(60, 780, text)
        else:
            pdf.drawImage(str(image), 0, A4[1] - 1200 * 72 / 300, 2480 * 72 / 300, 1200 * 72 / 300)
        pdf.showPage()
    pdf.save()
    with Extractor(Settings()) as extractor:
        rereading = extractor.reread(path, [2, 7], Preparation.MEDIAN)
        first = extractor.reread(path, [1], "gray").pages
    pages = rereading.pages
    assert [page.number for page in pages] == [2]  # page 7 does not exist
    assert rereading.preparations == (Preparation.MEDIAN,) and rereading.used == "median"
    assert pages[0].method == "ocr" and "257031234567890" in pages[0].text
    assert "Page de garde" in first[0].text and first[0].method == "ocr"


def test_reread_of_a_low_resolution_image_with_upscaling(tmp_path):
    path = tmp_path / "fax.png"
    drawn([(60, 60, "Nom de naissance : DUPONT")], size=(900, 200), font_px=20).save(path, dpi=(150, 150))
    with Extractor(Settings()) as extractor:
        [page] = extractor.reread(path, [1], Preparation.UPSCALE).pages
    assert "DUPONT" in page.text


def test_scratch_of_a_process_killed_mid_page_is_removed_by_the_next_one(tmp_path):
    script = (f"import pathlib, sys, time\nfrom docpipe.ocr import OcrPool\n"
              f"with OcrPool(scratch_dir=pathlib.Path({str(tmp_path)!r}), engine='cli'):\n"
              f"    [folder] = pathlib.Path({str(tmp_path)!r}).iterdir()\n"
              f"    (folder / 'page-1.pbm').write_bytes(b'P4 1 1 \\x00')\n"
              f"    print('ready', flush=True)\n    time.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
    finally:
        child.kill()  # SIGKILL: no cleanup of its own
        child.wait()
    [left] = tmp_path.iterdir()
    assert (left / "page-1.pbm").exists()
    with OcrPool(scratch_dir=tmp_path):
        assert list(tmp_path.iterdir()) == []
