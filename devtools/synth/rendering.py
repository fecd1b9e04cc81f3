"""The document model (a flow of elements laid out on A4 pages) and its rendering: PDF with a text
layer, page images degraded like scans, faxes and photos, docx and plain text.
"""
from __future__ import annotations

import io
import random
import statistics
import textwrap
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas


FICTION_MARK = "DOCUMENT FICTIF — DÉMONSTRATION"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ----------------------------------------------------------------------------------------------
# Document model: a flow of elements, laid out on A4 pages
# ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    text: str
    scale: float = 1.0
    bold: bool = False
    align: str = "left"  # left, center, right
    after: float = 1.5  # mm after the paragraph
    gray: float = 0.0
    indent: float = 0.0  # mm


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # fractions of the available width
    header: bool = False
    borders: bool = True
    scale: float = 0.95
    bold_first_column: bool = False
    after: float = 2.5


@dataclass(frozen=True)
class Columns:
    """Letterhead on the left, identity on the right: the commonest French header."""

    left: tuple
    right: tuple
    split: float = 0.55
    boxed: bool = False
    after: float = 4.0


@dataclass(frozen=True)
class Space:
    mm: float = 4.0


@dataclass(frozen=True)
class Rule:
    after: float = 2.5


@dataclass(frozen=True)
class Barcode:
    code: str
    width: float = 38.0
    height: float = 7.0


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Look:
    family: str = "sans"  # sans, serif, condensed, mono
    size: float = 10.0  # points
    leading: float = 1.3
    margin: float = 20.0  # mm, left and right


@dataclass
class Sheet:
    flow: list
    look: Look = field(default_factory=Look)
    running_header: str = ""  # on continuation pages only, e.g. « DURAND Marie — 03/03/1962 »
    page_numbers: str = ""  # e.g. « page {page}/{total} »: with the running header, else in the footer
    footer: str = ""

    def mapped(self, fn: Callable[[str], str]) -> "Sheet":
        return replace(self, flow=[_map_element(e, fn) for e in self.flow],
                       running_header=fn(self.running_header), footer=fn(self.footer))


def _map_element(element, fn: Callable[[str], str]):
    if isinstance(element, Text):
        return replace(element, text=fn(element.text))
    if isinstance(element, Table):
        return replace(element, rows=tuple(tuple(fn(c) for c in row) for row in element.rows))
    if isinstance(element, Columns):
        return replace(element, left=tuple(_map_element(e, fn) for e in element.left),
                       right=tuple(_map_element(e, fn) for e in element.right))
    return element


PAGE_W, PAGE_H = 210.0, 297.0
PT = 25.4 / 72  # millimetres per point
FRAME_TOP, FRAME_BOTTOM = 27.0, 281.0
FAMILIES = {
    "sans": ("DejaVuSans", "DejaVuSans-Bold"),
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
    "condensed": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
    "mono": ("DejaVuSansMono", "DejaVuSansMono-Bold"),
}


@dataclass(frozen=True)
class Draw:
    """One mark on a page, in millimetres from the top-left corner (text: at its baseline)."""

    kind: str  # text, line, box, bar
    x: float
    y: float
    text: str = ""
    font: str = ""
    size: float = 0.0
    gray: float = 0.0
    w: float = 0.0
    h: float = 0.0

    def moved(self, dx: float = 0.0, dy: float = 0.0) -> "Draw":
        return replace(self, x=self.x + dx, y=self.y + dy)


@dataclass(frozen=True)
class _Row:
    height: float
    draws: tuple[Draw, ...]
    is_space: bool = False


def _font(family: str, bold: bool) -> str:
    name = FAMILIES[family][bool(bold)]
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))
    return name


def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size) * PT


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines = []
    for raw in text.split("\n"):
        line = ""
        for word in raw.split(" "):
            candidate = f"{line} {word}" if line else word
            if not line or _width(candidate, font, size) <= width:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def _text_rows(el: Text, x: float, width: float, look: Look) -> list[_Row]:
    font, size = _font(look.family, el.bold), look.size * el.scale
    line_height = size * look.leading * PT
    baseline = line_height / 2 + 0.33 * size * PT
    lines = _wrap(el.text, font, size, width - el.indent)
    rows = []
    for i, line in enumerate(lines):
        left = x + el.indent
        slack = width - el.indent - _width(line, font, size)
        left += {"left": 0.0, "center": slack / 2, "right": slack}[el.align]
        draw = Draw("text", left, baseline, line, font, size, el.gray)
        rows.append(_Row(line_height + (el.after if i == len(lines) - 1 else 0.0), (draw,)))
    return rows


def _table_rows(el: Table, x: float, width: float, look: Look) -> list[_Row]:
    pad, size = 1.2, look.size * el.scale
    line_height = size * look.leading * PT
    rows = []
    for r, cells in enumerate(el.rows):
        bold_row = el.header and r == 0
        col_x, draws, tallest = x, [], 1
        for c, cell in enumerate(cells):
            col_w = el.widths[c] * width
            font = _font(look.family, bold_row or (el.bold_first_column and c == 0))
            lines = _wrap(cell, font, size, col_w - 2 * pad)
            tallest = max(tallest, len(lines))
            for i, line in enumerate(lines):
                y = pad + i * line_height + line_height / 2 + 0.33 * size * PT
                draws.append(Draw("text", col_x + pad, y, line, font, size))
            col_x += col_w
        height = tallest * line_height + 2 * pad
        if el.borders:
            col_x = x
            for w in el.widths:
                draws.append(Draw("box", col_x, 0.0, w=w * width, h=height))
                col_x += w * width
        after = el.after if r == len(el.rows) - 1 else 0.0
        rows.append(_Row(height + after, tuple(draws)))
    return rows


def _stack(elements, x: float, width: float, look: Look) -> tuple[float, list[Draw]]:
    y, draws = 0.0, []
    for element in elements:
        for row in _rows(element, x, width, look):
            draws += [d.moved(dy=y) for d in row.draws]
            y += row.height
    return y, draws


def _columns_row(el: Columns, x: float, width: float, look: Look) -> _Row:
    gap = 6.0
    left_w = width * el.split - gap / 2
    right_x, right_w = x + width * el.split + gap / 2, width * (1 - el.split) - gap / 2
    left_h, left = _stack(el.left, x, left_w, look)
    inset = 2.5 if el.boxed else 0.0
    right_h, right = _stack(el.right, right_x + inset, right_w - 2 * inset, look)
    right = [d.moved(dy=inset) for d in right]
    if el.boxed:
        right.append(Draw("box", right_x, 0.0, w=right_w, h=right_h + 2 * inset))
    return _Row(max(left_h, right_h + 2 * inset) + el.after, tuple(left + right))


def _rows(element, x: float, width: float, look: Look) -> list[_Row]:
    if isinstance(element, Text):
        return _text_rows(element, x, width, look)
    if isinstance(element, Table):
        return _table_rows(element, x, width, look)
    if isinstance(element, Columns):
        return [_columns_row(element, x, width, look)]
    if isinstance(element, Space):
        return [_Row(element.mm, (), is_space=True)]
    if isinstance(element, Rule):
        return [_Row(1.5 + element.after, (Draw("line", x, 1.0, w=width),))]
    if isinstance(element, Barcode):
        return [_Row(element.height + 2.0, _barcode_bars(element, x))]
    raise TypeError(f"unknown element {element!r}")


def _barcode_bars(code: Barcode, x: float) -> tuple[Draw, ...]:
    rng = random.Random(code.code)
    bars, cursor = [], x
    while cursor < x + code.width:
        w = rng.choice((0.25, 0.25, 0.5, 0.75))
        bars.append(Draw("bar", cursor, 0.5, w=w, h=code.height))
        cursor += w + rng.choice((0.25, 0.5, 0.5, 0.75))
    return tuple(bars)


def paginate(sheet: Sheet) -> list[list[Draw]]:
    """Lay the flow out on A4 pages; paragraphs and tables break between lines and rows."""
    look = sheet.look
    x, width = look.margin, PAGE_W - 2 * look.margin
    pages: list[list[Draw]] = [[]]
    y = FRAME_TOP
    for element in sheet.flow:
        if isinstance(element, PageBreak):
            pages.append([])
            y = FRAME_TOP
            continue
        for row in _rows(element, x, width, look):
            if y + row.height > FRAME_BOTTOM and pages[-1]:
                pages.append([])
                y = FRAME_TOP
            if row.is_space and not pages[-1]:
                continue
            pages[-1] += [d.moved(dy=y) for d in row.draws]
            y += row.height
    return [page + _page_furniture(sheet, n, len(pages)) for n, page in enumerate(pages, start=1)]


def _page_furniture(sheet: Sheet, page: int, total: int) -> list[Draw]:
    look = sheet.look
    bold, regular = _font("sans", True), _font(look.family, False)
    marks = [Draw("text", (PAGE_W - _width(FICTION_MARK, bold, 8)) / 2, 12.0, FICTION_MARK, bold, 8.0, 0.3)]
    numbering = sheet.page_numbers.format(page=page, total=total) if sheet.page_numbers else ""
    if page > 1 and sheet.running_header:
        header = " — ".join(x for x in (sheet.running_header, numbering) if x)
        marks.append(Draw("text", look.margin, 20.0, header, regular, look.size * 0.85))
        numbering = ""
    footer = "   ".join(x for x in (sheet.footer, numbering) if x)
    if footer:
        size = look.size * 0.75
        marks.append(Draw("text", PAGE_W - look.margin - _width(footer, regular, size), 289.0, footer, regular, size))
    return marks


# ----------------------------------------------------------------------------------------------
# Rendering: PDF with a text layer, page images, docx, txt
# ----------------------------------------------------------------------------------------------

def render_pdf(pages: list[list[Draw]], title: str = "") -> bytes:
    buffer = io.BytesIO()
    pdf = pdf_canvas.Canvas(buffer, pagesize=(PAGE_W / PT, PAGE_H / PT), invariant=1)
    pdf.setTitle(title or FICTION_MARK)
    pdf.setSubject(FICTION_MARK)
    pdf.setAuthor("docpipe — générateur de documents fictifs")
    for draws in pages:
        for d in draws:
            _pdf_draw(pdf, d)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _pdf_draw(pdf, d: Draw, invisible: bool = False) -> None:
    x, y = d.x / PT, (PAGE_H - d.y) / PT
    if d.kind == "text":
        text = pdf.beginText(x, y)
        text.setFont(d.font, d.size)
        text.setFillGray(d.gray)
        text.setTextRenderMode(3 if invisible else 0)
        text.textOut(d.text)
        pdf.drawText(text)
    elif invisible:
        return
    elif d.kind == "line":
        pdf.setLineWidth(0.6)
        pdf.line(x, y, x + d.w / PT, y - d.h / PT)
    else:
        pdf.setFillGray(0)
        pdf.setLineWidth(0.5)
        pdf.rect(x, y - d.h / PT, d.w / PT, d.h / PT, stroke=d.kind == "box", fill=d.kind == "bar")


_PIL_FONTS: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def render_page_image(draws: list[Draw], dpi: int) -> Image.Image:
    k = dpi / 25.4
    image = Image.new("L", (round(PAGE_W * k), round(PAGE_H * k)), 255)
    pen = ImageDraw.Draw(image)
    stroke = max(1, round(0.2 * k))
    for d in draws:
        if d.kind == "text":
            pen.text((d.x * k, d.y * k), d.text, fill=round(255 * d.gray), font=_pil_font(d.font, d.size * dpi / 72),
                     anchor="ls")
        elif d.kind == "line":
            pen.line([(d.x * k, d.y * k), ((d.x + d.w) * k, (d.y + d.h) * k)], fill=0, width=stroke)
        elif d.kind == "box":
            pen.rectangle([d.x * k, d.y * k, (d.x + d.w) * k, (d.y + d.h) * k], outline=0, width=stroke)
        else:
            pen.rectangle([d.x * k, d.y * k, (d.x + d.w) * k, (d.y + d.h) * k], fill=0)
    return image


def _pil_font(name: str, pixels: float) -> ImageFont.FreeTypeFont:
    key = (name, max(6, round(pixels)))
    if key not in _PIL_FONTS:
        _PIL_FONTS[key] = ImageFont.truetype(str(FONT_DIR / f"{name}.ttf"), key[1])
    return _PIL_FONTS[key]


@dataclass(frozen=True)
class Degradation:
    """What the scanner, the fax line or the phone did to the pages."""

    rotation: float = 0.0  # degrees, per page ± a little
    upside_down: bool = False  # the last page went through the feeder upside down
    noise: float = 0.0  # gaussian noise, standard deviation in grey levels
    speckle: float = 0.0  # salt-and-pepper, share of pixels
    blur: float = 0.0  # radius in pixels at 300 dpi
    contrast: float = 1.0  # below 1: washed-out
    jpeg_quality: int = 0  # 0: the format's own default
    photo: bool = False  # phone photo: tinted paper, uneven light
    bilevel: bool = False  # 1-bit scan
    fax: bool = False  # 200×100 dpi look, 1-bit, streaks
    dpi: int = 0  # the machine's own resolution when lower than the run's (a fax at 150 dpi)
    grey_paper: int = 0  # grey level of recycled or yellowed paper scanned in grey (0: white paper)


def degrade_page(image: Image.Image, deg: Degradation, rng: random.Random, last_page: bool) -> Image.Image:
    scale = image.width / 2480
    if deg.grey_paper:
        paper = deg.grey_paper
        image = image.point(lambda v: 30 + v * (paper - 30) // 255)
    if deg.contrast < 1:
        low = round(255 * (1 - deg.contrast) * 0.6)
        image = image.point(lambda v: low + v * (255 - low - 20) // 255)
    if deg.blur:
        image = image.filter(ImageFilter.GaussianBlur(deg.blur * scale))
    if deg.rotation:
        angle = deg.rotation + rng.uniform(-0.3, 0.3)
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255 if not deg.photo else 235)
    if deg.noise:
        image = _add_gaussian_noise(image, deg.noise, rng)
    if deg.speckle:
        _add_speckle(image, deg.speckle, rng)
    if deg.fax:
        image = _fax_look(image, rng)
    elif deg.bilevel:
        image = image.point(lambda v: 255 if v > 150 else 0).convert("1")
    if deg.upside_down and last_page:
        image = image.rotate(180)
    if deg.photo:
        image = _photo_look(image, rng)
    return image


def _noise_tile(rng: random.Random, sigma: float, size: int = 509) -> Image.Image:
    """Seeded gaussian noise around 128 (Pillow's own noise generator cannot be seeded)."""
    normal = statistics.NormalDist(128, sigma)
    lut = [max(0, min(255, round(normal.inv_cdf((v + 0.5) / 256)))) for v in range(256)]
    return Image.frombytes("L", (size, size), rng.randbytes(size * size)).point(lut)


def _add_gaussian_noise(image: Image.Image, sigma: float, rng: random.Random) -> Image.Image:
    tile = _noise_tile(rng, sigma)
    noise = Image.new("L", image.size)
    for top in range(0, image.height, tile.height):
        for left in range(0, image.width, tile.width):
            noise.paste(tile, (left, top))
    return ImageChops.add(image, noise, scale=1.0, offset=-128)


def _add_speckle(image: Image.Image, share: float, rng: random.Random) -> None:
    pen = ImageDraw.Draw(image)
    count = int(image.width * image.height * share)
    for colour in (0, 255):
        points = [(rng.randrange(image.width), rng.randrange(image.height)) for _ in range(count // 2)]
        pen.point(points, fill=colour)


def _fax_look(image: Image.Image, rng: random.Random) -> Image.Image:
    """Half the vertical resolution, 1-bit, a vertical streak or two and a few dropped lines."""
    halved = image.resize((image.width, image.height // 2), Image.Resampling.BILINEAR)
    bits = halved.point(lambda v: 255 if v > rng.choice((140, 160)) else 0)
    image = bits.resize(image.size, Image.Resampling.NEAREST)
    pen = ImageDraw.Draw(image)
    for _ in range(rng.randint(0, 2)):
        x = rng.randrange(image.width)
        top = rng.randrange(image.height // 2)
        pen.line([(x, top), (x, rng.randrange(top, image.height))], fill=0, width=rng.randint(1, 2))
    for _ in range(rng.randint(0, 4)):
        y = rng.randrange(image.height)
        pen.line([(0, y), (image.width, y)], fill=255, width=rng.randint(1, 2))
    return image.convert("1")


def _photo_look(image: Image.Image, rng: random.Random) -> Image.Image:
    paper = Image.new("RGB", image.size, (rng.randint(238, 252), rng.randint(232, 246), rng.randint(210, 232)))
    light = Image.linear_gradient("L").transpose(rng.choice(list(Image.Transpose)[:4])).resize(image.size)
    light = light.point(lambda v: 175 + v * 80 // 255)
    page = ImageChops.multiply(image.convert("RGB"), paper)
    return ImageChops.multiply(page, Image.merge("RGB", (light, light, light)))


def _encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def render_scan_pdf(images: list[Image.Image], dpi: int, quality: int) -> bytes:
    """Image-only pages, each a JPEG inside the PDF, as a copier writes them."""
    pages = [im.convert("L") if im.mode == "1" else im for im in images]
    return _encoded(pages[0], "PDF", save_all=True, append_images=pages[1:], resolution=dpi, quality=quality)


def render_searchable_scan_pdf(images: list[Image.Image], pages: list[list[Draw]], quality: int) -> bytes:
    """A scanner's « searchable PDF »: the page image with an invisible text layer under it."""
    buffer = io.BytesIO()
    pdf = pdf_canvas.Canvas(buffer, pagesize=(PAGE_W / PT, PAGE_H / PT), invariant=1)
    pdf.setTitle(FICTION_MARK)
    for image, draws in zip(images, pages):
        jpeg = _encoded(image.convert("L") if image.mode == "1" else image, "JPEG", quality=quality)
        pdf.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=PAGE_W / PT, height=PAGE_H / PT)
        for d in draws:
            _pdf_draw(pdf, d, invisible=True)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def render_tiff(images: list[Image.Image], dpi: int) -> bytes:
    compression = "group4" if all(im.mode == "1" for im in images) else "tiff_lzw"
    return _encoded(images[0], "TIFF", save_all=True, append_images=images[1:], compression=compression,
                    dpi=(dpi, dpi))


DOCX_FONTS = {"sans": "Arial", "serif": "Times New Roman", "condensed": "Arial Narrow", "mono": "Courier New"}


def render_docx(sheet: Sheet) -> bytes:
    doc = DocxDocument()
    normal = doc.styles["Normal"]
    normal.font.name = DOCX_FONTS[sheet.look.family]
    normal.font.size = Pt(sheet.look.size)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(PAGE_W), Mm(PAGE_H)
    section.left_margin = section.right_margin = Mm(sheet.look.margin)
    section.header.paragraphs[0].text = FICTION_MARK
    if sheet.running_header:
        # Word repeats the identity in the page header from page 2 on.
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = FICTION_MARK
        section.header.add_paragraph(sheet.running_header)
    doc.core_properties.title = FICTION_MARK
    doc.core_properties.author = "docpipe — générateur de documents fictifs"
    _docx_paragraph(doc, Text(FICTION_MARK, 0.8, bold=True, align="center", gray=0.3), sheet.look)
    for element in sheet.flow:
        _docx_add(doc, element, sheet.look)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _docx_add(container, element, look: Look) -> None:
    if isinstance(element, Text):
        _docx_paragraph(container, element, look)
    elif isinstance(element, Table):
        _docx_table(container, element, look)
    elif isinstance(element, Columns):
        frame = container.add_table(rows=1, cols=2)
        for cell, elements in zip(frame.rows[0].cells, (element.left, element.right)):
            for inner in elements:
                _docx_add(cell, inner, look)
    elif isinstance(element, (Space, Rule)):
        container.add_paragraph("")
    elif isinstance(element, PageBreak):
        container.add_page_break()


def _docx_paragraph(container, element: Text, look: Look) -> None:
    paragraph = container.add_paragraph()
    run = paragraph.add_run(element.text)
    run.bold = element.bold
    run.font.size = Pt(round(look.size * element.scale * 2) / 2)
    paragraph.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                           "right": WD_ALIGN_PARAGRAPH.RIGHT}[element.align]
    paragraph.paragraph_format.space_after = Mm(element.after)


def _docx_table(container, element: Table, look: Look) -> None:
    table = container.add_table(rows=len(element.rows), cols=len(element.widths))
    if element.borders:
        table.style = "Table Grid"
    for r, cells in enumerate(element.rows):
        for c, value in enumerate(cells):
            cell = table.rows[r].cells[c]
            cell.text = value
            bold = (element.header and r == 0) or (element.bold_first_column and c == 0)
            for run in cell.paragraphs[0].runs:
                run.bold = bold
                run.font.size = Pt(round(look.size * element.scale * 2) / 2)


def render_txt(sheet: Sheet, wrap: int | None) -> str:
    lines = [f"*** {FICTION_MARK} ***", ""]
    for element in sheet.flow:
        lines += _txt_lines(element, wrap)
    return "\n".join(lines).rstrip() + "\n"


def _txt_lines(element, wrap: int | None) -> list[str]:
    if isinstance(element, Text):
        body = textwrap.fill(element.text, wrap) if wrap and element.text else element.text
        return [body] + ([""] if element.after >= 2.5 else [])
    if isinstance(element, Table):
        columns = max(len(row) for row in element.rows) if element.rows else 0
        widths = [max(len(row[c]) if c < len(row) else 0 for row in element.rows) for c in range(columns)]
        return ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in element.rows] + [""]
    if isinstance(element, Columns):
        return [line for inner in (*element.left, *element.right) for line in _txt_lines(inner, wrap)] + [""]
    if isinstance(element, (Space, Rule)):
        return [""]
    if isinstance(element, PageBreak):
        return ["\f"]
    return []
