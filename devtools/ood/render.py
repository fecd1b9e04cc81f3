"""Drawing `Page` values with PIL, then making them look sent, scanned or faxed; writing PDF (image only),
PNG or TIFF. Deterministic for a given `random.Random` (no PIL noise generator, which is unseeded)."""
from __future__ import annotations

import random
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from .layout import Box, Columns, Gap, Line, Page, Para, Rule, Table

BASE_DPI = 300
A4_MM = (210, 297)
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation")]
FAMILIES = {  # regular, bold
    "DejaVu Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaVu Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DejaVu Sans Condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "Liberation Sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "Liberation Serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "Liberation Mono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
    "Liberation Sans Narrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
}

# How the pages reach the practice: (name, dpi, weight).
CONDITIONS = [("numerique_300", 300, 2), ("scan_gris_200", 200, 3), ("fax_150", 150, 3), ("fax_200", 200, 2),
              ("photocopie_300", 300, 2)]


def mm(value: float) -> int:
    return round(value * BASE_DPI / 25.4)


def font_path(name: str) -> str:
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return str(folder / name)
    raise FileNotFoundError(name)


def available_families() -> list[str]:
    found = []
    for family, (regular, bold) in FAMILIES.items():
        try:
            font_path(regular), font_path(bold)
            found.append(family)
        except FileNotFoundError:
            pass
    return found


@dataclass
class Typeface:
    family: str
    points: float

    def font(self, size: float = 1.0, bold: bool = False) -> ImageFont.FreeTypeFont:
        regular, heavy = FAMILIES[self.family]
        return _font(font_path(heavy if bold else regular), round(self.points * size * BASE_DPI / 72))


_FONTS: dict = {}


def _font(path: str, pixels: int) -> ImageFont.FreeTypeFont:
    key = (path, pixels)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(path, pixels)
    return _FONTS[key]


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if font.getlength(candidate) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines or [""]


class Painter:
    def __init__(self, draw: ImageDraw.ImageDraw, face: Typeface):
        self.draw, self.face = draw, face

    def leading(self, font) -> int:
        return round(font.size * 1.32)

    def flow(self, blocks, x0: int, x1: int, y: int) -> int:
        for block in blocks:
            y = self.block(block, x0, x1, y)
        return y

    def block(self, block, x0: int, x1: int, y: int) -> int:
        if isinstance(block, Gap):
            return y + mm(block.mm)
        if isinstance(block, Rule):
            self.draw.line([(x0, y + mm(1)), (x1, y + mm(1))], fill=0, width=3)
            return y + mm(3)
        if isinstance(block, Line):
            font = self.face.font(block.size, block.bold)
            for text in wrap(block.text, font, x1 - x0 - mm(block.indent)):  # a narrow column wraps a long line
                width = font.getlength(text)
                x = {"left": x0 + mm(block.indent), "right": x1 - width, "center": (x0 + x1 - width) / 2}[block.align]
                self.draw.text((max(x0, x), y), text, font=font, fill=0)
                y += self.leading(font)
            return y
        if isinstance(block, Para):
            font = self.face.font(block.size)
            for line in wrap(block.text, font, x1 - x0):
                self.draw.text((x0, y), line, font=font, fill=0)
                y += self.leading(font)
            return y + mm(1.5)
        if isinstance(block, Table):
            return self.table(block, x0, x1, y)
        if isinstance(block, Box):
            return self.box(block, x0, x1, y)
        if isinstance(block, Columns):
            split = x0 + round((x1 - x0) * block.left_width)
            bottom_left = self.flow(block.left, x0, split - mm(4), y)
            bottom_right = self.flow(block.right, split + mm(4), x1, y)
            bottom = max(bottom_left, bottom_right)
            if block.rule_between:
                self.draw.line([(split, y), (split, bottom)], fill=0, width=2)
            return bottom
        raise TypeError(block)

    def table(self, table: Table, x0: int, x1: int, y: int) -> int:
        pad = mm(1.5)
        edges = [x0]
        for fraction in table.widths:
            edges.append(edges[-1] + round((x1 - x0) * fraction))
        for row in table.rows:
            cells = []
            for i, text in enumerate(row):
                font = self.face.font(0.95, bold=table.bold_labels and i % 2 == 0)
                cells.append((font, wrap(text, font, edges[i + 1] - edges[i] - 2 * pad)))
            height = max(len(lines) * self.leading(font) for font, lines in cells) + 2 * pad
            for i, (font, lines) in enumerate(cells):
                for n, line in enumerate(lines):
                    self.draw.text((edges[i] + pad, y + pad + n * self.leading(font)), line, font=font, fill=0)
                if table.border:
                    self.draw.rectangle([edges[i], y, edges[i + 1], y + height], outline=0, width=3)
            y += height
        return y + mm(2)

    def box(self, box: Box, x0: int, x1: int, y: int) -> int:
        width = round((x1 - x0) * box.width)
        left = x1 - width if box.align == "right" else x0
        pad = mm(2.5)
        font = self.face.font(1.0)
        inner = y + pad
        for line in box.lines:
            self.draw.text((left + pad, inner), line, font=self.face.font(1.0, bold=line is box.lines[0]), fill=0)
            inner += self.leading(font)
        self.draw.rectangle([left, y, left + width, inner + pad], outline=0, width=4)
        return inner + pad + mm(2)


def draw_page(page: Page, face: Typeface) -> Image.Image:
    size = (mm(A4_MM[0]), mm(A4_MM[1]))
    image = Image.new("L", size, 255)
    painter = Painter(ImageDraw.Draw(image), face)
    x0, x1 = mm(18), size[0] - mm(18)
    y = mm(14)
    if page.running_header:
        font = face.font(0.8)
        painter.draw.text((x0, y), page.running_header, font=font, fill=0)
        y += painter.leading(font)
        painter.draw.line([(x0, y), (x1, y)], fill=0, width=2)
        y += mm(5)
    painter.flow(page.blocks, x0, x1, y)
    if page.footer:
        font = face.font(0.75)
        painter.draw.text((x1 - font.getlength(page.footer), size[1] - mm(12)), page.footer, font=font, fill=0)
    return image


# ----------------------------------------------------------------------------------------------
# Degradation (deterministic)
# ----------------------------------------------------------------------------------------------

def noise(size: tuple[int, int], rng: random.Random, amplitude: int) -> Image.Image:
    """Uniform noise centred on 128 with ±amplitude, from the seeded generator."""
    raw = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    return raw.point(lambda v: 128 + (v - 128) * amplitude // 128)


def speckles(size: tuple[int, int], rng: random.Random, block: int) -> Image.Image:
    """Dark specks (255 = paper, 0 = speck), about one block in 256, each block pixels wide."""
    small = (max(1, size[0] // block), max(1, size[1] // block))
    raw = Image.frombytes("L", small, rng.randbytes(small[0] * small[1]))
    return raw.point(lambda v: 0 if v == 0 else 255).resize(size, Image.NEAREST)


def uneven_paper(size: tuple[int, int], rng: random.Random, low: int, high: int) -> Image.Image:
    corners = Image.frombytes("L", (2, 2), bytes(rng.randint(low, high) for _ in range(4)))
    return corners.resize(size, Image.BILINEAR)


def resample(image: Image.Image, dpi: int) -> Image.Image:
    if dpi == BASE_DPI:
        return image
    factor = dpi / BASE_DPI
    return image.resize((round(image.width * factor), round(image.height * factor)), Image.LANCZOS)


def degrade(image: Image.Image, condition: str, rng: random.Random) -> tuple[Image.Image, dict]:
    angle = round(rng.uniform(-1.6, 1.6), 2)
    info = {"condition": condition, "rotation": 0.0}
    if condition == "numerique_300":
        return image, info
    if condition == "scan_gris_200":
        inked = image.point(lambda v: 55 + v * 200 // 255)  # ink never quite black
        paper = uneven_paper(image.size, rng, 170, 225)
        page = ImageChops.multiply(inked, paper)
        page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=200)
        page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.6)))
        page = resample(page, 200)
        page = ImageChops.add(page, noise(page.size, rng, rng.randint(18, 35)), scale=1.0, offset=-128)
        info.update(rotation=angle, paper="gris inégal", blur=True)
        return page, info
    if condition.startswith("fax"):
        dpi = int(condition.split("_")[1])
        angle = round(angle / 2, 2)
        page = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        page = resample(page, dpi)
        page = ImageChops.add(page, noise(page.size, rng, rng.randint(30, 60)), scale=1.0, offset=-128)
        threshold = rng.randint(120, 175)
        page = page.point(lambda v: 0 if v < threshold else 255)
        page = ImageChops.darker(page, speckles(page.size, rng, 2))
        info.update(rotation=angle, threshold=threshold, bits=1)
        return page.convert("1", dither=Image.Dither.NONE), info
    if condition == "photocopie_300":
        page = image.rotate(angle * 1.3, resample=Image.BICUBIC, fillcolor=255)
        page = page.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 1.8)))
        page = ImageChops.multiply(page, uneven_paper(page.size, rng, 150, 240))
        page = ImageChops.add(page, noise(page.size, rng, 25), scale=1.0, offset=-128)
        page = ImageChops.darker(page, speckles(page.size, rng, 3).point(lambda v: v if v else 90))
        info.update(rotation=round(angle * 1.3, 2), paper="photocopie sombre", blur=True)
        return page, info
    raise ValueError(condition)


def write_document(images: list[Image.Image], dpi: int, path: Path, fmt: str) -> Path:
    path = path.with_suffix({"pdf": ".pdf", "png": ".png", "tiff": ".tif"}[fmt])
    if fmt == "pdf":
        fixed = time.gmtime(1_796_040_000)  # a fixed date (30/11/2026): same seed, same bytes
        images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:],
                       creationDate=fixed, modDate=fixed, producer="devtools.ood")
    elif fmt == "png":
        images[0].save(path, "PNG", dpi=(dpi, dpi))
    else:
        compression = "group4" if images[0].mode == "1" else "tiff_lzw"
        images[0].save(path, "TIFF", dpi=(dpi, dpi), compression=compression, save_all=True,
                       append_images=images[1:])
    return path
