"""Page model (mm coordinates, baseline y from the top) rendered to a PDF text layer or to raster images,
plus scan / fax / phone-photo degradations and file containers."""
import datetime as dt
import io
import os
import zipfile
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype"
FACES = {
    ("sans", False): "liberation/LiberationSans-Regular.ttf",
    ("sans", True): "liberation/LiberationSans-Bold.ttf",
    ("serif", False): "liberation/LiberationSerif-Regular.ttf",
    ("serif", True): "liberation/LiberationSerif-Bold.ttf",
    ("mono", False): "liberation/LiberationMono-Regular.ttf",
    ("mono", True): "liberation/LiberationMono-Bold.ttf",
    ("narrow", False): "liberation/LiberationSansNarrow-Regular.ttf",
    ("narrow", True): "liberation/LiberationSansNarrow-Bold.ttf",
    ("dejavu", False): "dejavu/DejaVuSans.ttf",
    ("dejavu", True): "dejavu/DejaVuSans-Bold.ttf",
    ("cond", False): "dejavu/DejaVuSansCondensed.ttf",
    ("cond", True): "dejavu/DejaVuSansCondensed-Bold.ttf",
    ("italic", False): "liberation/LiberationSerif-Italic.ttf",
    ("italic", True): "liberation/LiberationSerif-BoldItalic.ttf",
}
_font_cache = {}
MM_PER_PT = 25.4 / 72
FIXED_DATE = dt.datetime(2025, 1, 1, 12, 0, 0)


def font(face, bold, px):
    key = (face, bold, px)
    f = _font_cache.get(key)
    if f is None:
        f = _font_cache[key] = ImageFont.truetype(os.path.join(FONT_DIR, FACES[(face, bold)]), px)
    return f


def text_width_mm(s, size, face="sans", bold=False):
    return font(face, bold, 200).getlength(s) / 200.0 * size * MM_PER_PT


class Page:
    W, H = 210.0, 297.0

    def __init__(self, face="sans"):
        self.ops = []
        self.face = face

    def text(self, x, y, s, size=10, face=None, bold=False, anchor="l", color=0):
        if s:
            self.ops.append(("text", x, y, str(s), size, face or self.face, bold, anchor, color))
        return y

    def line(self, x1, y1, x2, y2, w=0.3, color=0):
        self.ops.append(("line", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, lw=0.3, fill=None, color=0):
        self.ops.append(("rect", x, y, w, h, lw, fill, color))

    def barcode(self, x, y, w, h, data):
        self.ops.append(("barcode", x, y, w, h, str(data)))

    def wrap(self, s, width, size, face=None, bold=False):
        face = face or self.face
        lines = []
        for para in str(s).split("\n"):
            cur = ""
            for word in para.split(" "):
                cand = (cur + " " + word) if cur else word
                if text_width_mm(cand, size, face, bold) <= width or not cur:
                    cur = cand
                else:
                    lines.append(cur)
                    cur = word
            lines.append(cur)
        return lines

    def para(self, x, y, width, s, size=10, face=None, bold=False, leading=1.3, color=0):
        for ln in self.wrap(s, width, size, face, bold):
            self.text(x, y, ln, size, face, bold, color=color)
            y += size * MM_PER_PT * leading
        return y

    def lh(self, size, leading=1.3):
        return size * MM_PER_PT * leading


def _bars(data):
    h = zlib.crc32(data.encode())
    import random
    r = random.Random(h)
    out = [1, 0, 1, 0]
    for _ in range(60):
        out += [1] * r.choice([1, 1, 2, 3]) + [0] * r.choice([1, 1, 2, 3])
    return out + [1, 0, 1, 1]


# ---------------------------------------------------------------------------------------------------------------
def rasterize(page, dpi):
    k = dpi / 25.4
    W, H = int(round(page.W * k)), int(round(page.H * k))
    im = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        if op[0] == "text":
            _, x, y, s, size, face, bold, anchor, color = op
            px = max(6, int(round(size / 72.0 * dpi)))
            d.text((x * k, y * k), s, fill=_grey(color), font=font(face, bold, px), anchor={"l": "ls", "r": "rs", "c": "ms"}[anchor])
        elif op[0] == "line":
            _, x1, y1, x2, y2, w, color = op
            d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=_grey(color), width=max(1, int(round(w * k))))
        elif op[0] == "rect":
            _, x, y, w, h, lw, fill, color = op
            if fill is not None:
                d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], fill=_grey(fill))
            if lw:
                d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=_grey(color), width=max(1, int(round(lw * k))))
        elif op[0] == "barcode":
            _, x, y, w, h, data = op
            bars = _bars(data)
            bw = w / len(bars)
            for i, b in enumerate(bars):
                if b:
                    x0, x1 = (x + i * bw) * k, (x + (i + 1) * bw) * k - 1
                    d.rectangle([x0, y * k, max(x0, x1), (y + h) * k], fill=0)  # a bar under 1 px at 150 dpi
    return im


def _grey(c):
    if isinstance(c, tuple):
        return int(0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2])
    return c


def write_text_pdf(pages, path):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.units import mm
    for (face, bold), fn in FACES.items():
        name = f"{face}{'-b' if bold else ''}"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    c = canvas.Canvas(path, pagesize=(210 * mm, 297 * mm), invariant=1)
    for page in pages:
        for op in page.ops:
            if op[0] == "text":
                _, x, y, s, size, face, bold, anchor, color = op
                c.setFont(f"{face}{'-b' if bold else ''}", size)
                c.setFillColorRGB(*_rgb(color))
                X, Y = x * mm, (297 - y) * mm
                if anchor == "l":
                    c.drawString(X, Y, s)
                elif anchor == "r":
                    c.drawRightString(X, Y, s)
                else:
                    c.drawCentredString(X, Y, s)
            elif op[0] == "line":
                _, x1, y1, x2, y2, w, color = op
                c.setStrokeColorRGB(*_rgb(color))
                c.setLineWidth(w * mm)
                c.line(x1 * mm, (297 - y1) * mm, x2 * mm, (297 - y2) * mm)
            elif op[0] == "rect":
                _, x, y, w, h, lw, fill, color = op
                if fill is not None:
                    c.setFillColorRGB(*_rgb(fill))
                    c.rect(x * mm, (297 - y - h) * mm, w * mm, h * mm, stroke=0, fill=1)
                if lw:
                    c.setStrokeColorRGB(*_rgb(color))
                    c.setLineWidth(lw * mm)
                    c.rect(x * mm, (297 - y - h) * mm, w * mm, h * mm, stroke=1, fill=0)
            elif op[0] == "barcode":
                _, x, y, w, h, data = op
                bars = _bars(data)
                bw = w / len(bars)
                c.setFillColorRGB(0, 0, 0)
                for i, b in enumerate(bars):
                    if b:
                        c.rect((x + i * bw) * mm, (297 - y - h) * mm, bw * mm, h * mm, stroke=0, fill=1)
        c.showPage()
    c.save()


def _rgb(c):
    if isinstance(c, tuple):
        return tuple(v / 255.0 for v in c)
    return (c / 255.0,) * 3


# ---------------------------------------------------------------------------------------------------------------
# degradations (all take a numpy RNG for determinism)

def scan_clean(im, rs):
    a = np.asarray(im, dtype=np.float32)
    a = a * 0.97 + 6 + rs.normal(0, 2.0, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.35))


def fax(im, rs, level):
    """Binarised fax look: blur, threshold with noise, speckles, horizontal streaks, dropped lines."""
    im = im.filter(ImageFilter.GaussianBlur(0.55 if level == 1 else 0.7))
    a = np.asarray(im, dtype=np.float32)
    a = a + rs.normal(0, 18 if level == 1 else 26, a.shape)
    thr = 150 if level == 1 else 140
    b = a < thr
    H, W = b.shape
    sp = rs.random_sample(b.shape)
    b |= sp < (0.0008 if level == 1 else 0.002)
    b &= ~(sp > (1 - (0.004 if level == 1 else 0.01)))
    for _ in range(rs.randint(2, 6 if level == 1 else 10)):
        r = rs.randint(0, H - 2)
        x0 = rs.randint(0, W // 2)
        x1 = rs.randint(x0 + 20, W)
        if rs.random_sample() < 0.6:
            b[r, x0:x1] = True  # black streak
        else:
            b[r:r + 2, :] = False  # dropped scan line
    if rs.random_sample() < 0.5:  # vertical dust line
        c = rs.randint(W // 10, W - W // 10)
        b[:, c] |= rs.random_sample(H) < 0.7
    return Image.fromarray(np.where(b, 0, 255).astype(np.uint8)).convert("1")


def grey_paper(im, rs):
    a = np.asarray(im, dtype=np.float32)
    bg = 178 + rs.randint(0, 18)
    ink = 0.42 + rs.random_sample() * 0.1  # contrast
    H, W = a.shape
    grad = np.linspace(0, rs.randint(5, 18), H)[:, None] * np.ones((1, W))
    tex = rs.normal(0, 5, (H // 8 + 1, W // 8 + 1)).repeat(8, 0).repeat(8, 1)[:H, :W]
    out = bg - grad + tex - (255 - a) * ink + rs.normal(0, 5, a.shape)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))


def skew(im, rs, angle):
    im = scan_clean(im, rs)
    return im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)


def phone_photo(im, rs):
    """A4 page photographed on a desk: margin of darker background, slight rotation and perspective,
    uneven lighting, blur, colour cast; returns RGB."""
    W, H = im.size
    mx, my = int(W * 0.06), int(H * 0.05)
    canvas = Image.new("L", (W + 2 * mx, H + 2 * my), 70)
    canvas.paste(im, (mx, my))
    ang = (rs.random_sample() * 2 - 1) * 2.5
    canvas = canvas.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=70)
    CW, CH = canvas.size
    d = lambda s: (rs.random_sample() * 2 - 1) * s
    quad = (d(CW * 0.02), d(CH * 0.015), d(CW * 0.02), CH + d(CH * 0.015),
            CW + d(CW * 0.02), CH + d(CH * 0.015), CW + d(CW * 0.02), d(CH * 0.015))
    canvas = canvas.transform((CW, CH), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=70)
    a = np.asarray(canvas, dtype=np.float32)
    yy, xx = np.mgrid[0:CH, 0:CW]
    cx, cy = rs.random_sample() * CW, rs.random_sample() * CH * 0.6
    dist = np.sqrt(((xx - cx) / CW) ** 2 + ((yy - cy) / CH) ** 2)
    light = 1.0 - 0.35 * dist + rs.normal(0, 0.01)
    a = a * light * (0.85 + 0.1 * rs.random_sample())
    a += rs.normal(0, 4, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    g = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.9 + rs.random_sample() * 0.6))
    r = g.point(lambda v: min(255, int(v * 1.03 + 4)))
    b = g.point(lambda v: int(v * 0.9))
    return Image.merge("RGB", (r, g, b))


# ---------------------------------------------------------------------------------------------------------------
def save_image_pdf(images, path, dpi):
    first, rest = images[0], images[1:]
    import time
    t = time.gmtime(1735732800)
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest, creationDate=t, modDate=t,
               **({} if first.mode == "1" else {"quality": 80}))


def save_tiff(images, path, dpi):
    comp = "group4" if images[0].mode == "1" else "tiff_lzw"
    images[0].save(path, "TIFF", save_all=True, append_images=images[1:], compression=comp, dpi=(dpi, dpi))


def save_docx_deterministic(doc, path):
    buf = io.BytesIO()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.last_printed = FIXED_DATE
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
