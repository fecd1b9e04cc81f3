"""Renderers: born-digital PDF (reportlab, text layer), page images drawn at 300 dpi with Pillow then degraded
(clean scan, fax, grey paper, JPEG, skew, phone photo), .docx (python-docx) and .txt."""
import io
import math
import zipfile

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

from page import FONTS

_reg = set()


def _rl_font(name):
    if name not in _reg:
        pdfmetrics.registerFont(TTFont("o7" + name, FONTS[name]))
        _reg.add(name)
    return "o7" + name


# --------------------------------------------------------------------------------------------- born-digital PDF
def _pdf_ops(c, ops, H, ox=0.0, oy=0.0, flip=True):
    def Y(y):
        return (H - y) * mm if flip else -y * mm
    for o in ops:
        k = o[0]
        if k == "text":
            _, x, y, s, font, size, color, align = o
            c.setFillColorRGB(*[v / 255 for v in color])
            c.setFont(_rl_font(font), size)
            X, YY = (x + ox) * mm, Y(y + oy)
            if align == "r":
                c.drawRightString(X, YY, s)
            elif align == "c":
                c.drawCentredString(X, YY, s)
            else:
                c.drawString(X, YY, s)
        elif k == "rect":
            _, x, y, w, h, lw, stroke, fill = o
            if fill is not None:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if stroke is not None:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw * mm)
            c.rect((x + ox) * mm, Y(y + oy + h), w * mm, h * mm, stroke=1 if (stroke is not None and lw) else 0,
                   fill=1 if fill is not None else 0)
        elif k == "line":
            _, x1, y1, x2, y2, lw, color = o
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setLineWidth(lw * mm)
            c.line((x1 + ox) * mm, Y(y1 + oy), (x2 + ox) * mm, Y(y2 + oy))
        elif k == "poly":
            _, pts, lw, color = o
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setLineWidth(lw * mm)
            p = c.beginPath()
            p.moveTo((pts[0][0] + ox) * mm, Y(pts[0][1] + oy))
            for x, y in pts[1:]:
                p.lineTo((x + ox) * mm, Y(y + oy))
            c.drawPath(p, stroke=1, fill=0)
        elif k == "hl":
            _, x, y, w, h, color = o
            c.saveState()
            c.setFillAlpha(0.35)
            c.setFillColorRGB(*[v / 255 for v in color])
            c.rect((x + ox) * mm, Y(y + oy + h), w * mm, h * mm, stroke=0, fill=1)
            c.restoreState()
        elif k == "group":
            _, cx, cy, w, h, angle, sub, bg, alpha = o
            c.saveState()
            c.translate((cx + ox) * mm, Y(cy + oy))
            c.rotate(angle)
            if alpha < 1:
                c.setFillAlpha(alpha)
                c.setStrokeAlpha(alpha)
            if bg is not None:
                c.setFillColorRGB(*[v / 255 for v in bg])
                c.rect(-w / 2 * mm, -h / 2 * mm, w * mm, h * mm, stroke=0, fill=1)
            _pdf_ops(c, sub, 0, -w / 2, -h / 2, flip=False)
            c.restoreState()


def write_pdf(pages, path, meta_title):
    c = rl_canvas.Canvas(path, invariant=1, pagesize=(pages[0].w * mm, pages[0].h * mm))
    c.setTitle(meta_title)
    c.setCreator("GAM/DPI — édition de courrier")
    for p in pages:
        c.setPageSize((p.w * mm, p.h * mm))
        if p.upside_down:
            c.translate(p.w * mm, p.h * mm)
            c.rotate(180)
        _pdf_ops(c, p.ops, p.h)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------- raster
_fcache = {}


def _font(name, px):
    k = (name, px)
    if k not in _fcache:
        _fcache[k] = ImageFont.truetype(FONTS[name], px)
    return _fcache[k]


def _img_ops(img, ops, dpi, ox=0.0, oy=0.0):
    d = ImageDraw.Draw(img)
    s = dpi / 25.4

    def P(x, y):
        return ((x + ox) * s, (y + oy) * s)
    for o in ops:
        k = o[0]
        if k == "text":
            _, x, y, txt, font, size, color, align = o
            px = max(6, int(round(size * dpi / 72)))
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            d.text(P(x, y), txt, font=_font(font, px), fill=tuple(color), anchor=anchor)
        elif k == "rect":
            _, x, y, w, h, lw, stroke, fill = o
            x0, y0 = P(x, y)
            x1, y1 = P(x + w, y + h)
            d.rectangle([x0, y0, max(x0, x1 - 1), max(y0, y1 - 1)], fill=tuple(fill) if fill is not None else None,
                        outline=tuple(stroke) if (stroke is not None and lw) else None,
                        width=max(1, int(round(lw * s))) if lw else 0)
        elif k == "line":
            _, x1, y1, x2, y2, lw, color = o
            d.line([P(x1, y1), P(x2, y2)], fill=tuple(color), width=max(1, int(round(lw * s))))
        elif k == "poly":
            _, pts, lw, color = o
            d.line([P(x, y) for x, y in pts], fill=tuple(color), width=max(1, int(round(lw * s))), joint="curve")
        elif k == "hl":
            _, x, y, w, h, color = o
            box = [int(v) for v in (*P(x, y), *P(x + w, y + h))]
            region = img.crop(box)
            img.paste(ImageChops.multiply(region, Image.new("RGB", region.size, color)), box[:2])
        elif k == "group":
            _, cx, cy, w, h, angle, sub, bg, alpha = o
            W, Hh = int(w * s) + 2, int(h * s) + 2
            layer = Image.new("RGB", (W, Hh), tuple(bg) if bg is not None else (255, 255, 255))
            _img_ops(layer, sub, dpi)
            mask = Image.new("L", (W, Hh), int(255 * alpha) if bg is not None else 0)
            if bg is None:  # ink only: mask = darkness of the layer
                mask = ImageChops.invert(layer.convert("L")).point(lambda v: min(255, int(v * 1.6 * alpha)))
            layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(255, 255, 255))
            mask = mask.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
            px, py = P(cx, cy)
            img.paste(layer, (int(px - layer.width / 2), int(py - layer.height / 2)), mask)
            d = ImageDraw.Draw(img)


def raster(page, dpi=300):
    s = dpi / 25.4
    img = Image.new("RGB", (int(round(page.w * s)), int(round(page.h * s))), (255, 255, 255))
    _img_ops(img, page.ops, dpi)
    if page.upside_down:
        img = img.rotate(180)
    return img


# --------------------------------------------------------------------------------------------- degradations
def _np(img):
    return np.asarray(img, dtype=np.float32)


def _img(a, mode="L"):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), mode)


def paper_marks(img, rng, punch=False, staple=False, fold=False):
    """Physical marks of paper handled in an office: hole punches, staple, fold line."""
    d = ImageDraw.Draw(img)
    W, H = img.size
    s = W / 210.0
    if punch:
        for yy in (H / 2 - 40 * s, H / 2 + 40 * s):
            r = 3 * s
            x0 = 12 * s + rng.uniform(-1, 1) * s
            d.ellipse([x0 - r, yy - r, x0 + r, yy + r], fill=(70, 70, 70))
            d.arc([x0 - r - 2, yy - r - 2, x0 + r + 2, yy + r + 2], 200, 340, fill=(150, 150, 150), width=3)
    if staple:
        x0, y0 = 8 * s + rng.uniform(0, 4) * s, 8 * s + rng.uniform(0, 4) * s
        d.line([x0, y0 + 8 * s, x0 + 8 * s, y0], fill=(60, 60, 60), width=int(0.6 * s))
        d.line([x0 + 2 * s, y0 + 9 * s, x0 + 9 * s, y0 + 2 * s], fill=(160, 160, 160), width=int(0.3 * s))
    if fold:
        a = _np(img)
        y = int(H * rng.choice([0.333, 0.5, 0.666]) + rng.uniform(-20, 20))
        a[y - 2:y + 2] *= 0.72
        a[y + 2:y + 30] *= np.linspace(0.9, 1.0, 28)[:, None, None] if a.ndim == 3 else np.linspace(0.9, 1.0, 28)[:, None]
        img = _img(a, img.mode)
    return img


def scan(img, rng, skew=0.0, grey=False, noise=4.0, blur=0.6):
    g = img.convert("L")
    if skew:
        g = g.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if blur:
        g = g.filter(ImageFilter.GaussianBlur(blur))
    a = _np(g)
    nprng = np.random.default_rng(rng.randint(0, 2 ** 31))
    if grey:   # recycled grey paper, pale toner: low contrast
        paper, ink = rng.uniform(195, 215), rng.uniform(95, 125)
        a = ink + (a / 255.0) * (paper - ink)
        a += nprng.normal(0, 7, a.shape)
    else:
        a = 25 + a * (238 - 25) / 255.0
        a += nprng.normal(0, noise, a.shape)
    return _img(a)


def fax(img, rng, dpi, header):
    """Fax at `dpi` (200: fine, 150: coarse): header line, binarisation, speckle, streaks, dropped lines."""
    W0, H0 = img.size
    g = img.convert("L").resize((int(W0 * dpi / 300), int(H0 * dpi / 300 * (0.5 if dpi == 150 else 1.0))), Image.BILINEAR)
    g = g.resize((g.width, int(H0 * dpi / 300)), Image.NEAREST)
    g = g.rotate(rng.uniform(-0.8, 0.8), resample=Image.BILINEAR, fillcolor=255)
    a = _np(g)
    nprng = np.random.default_rng(rng.randint(0, 2 ** 31))
    a += nprng.normal(0, 22, a.shape)
    b = np.where(a < rng.uniform(150, 175), 0, 255).astype(np.float32)
    sp = nprng.random(b.shape)
    b[sp < 0.0015] = 0
    for _ in range(rng.randint(0, 3)):            # vertical streak (dirty glass on the sending machine)
        x = rng.randint(0, b.shape[1] - 3)
        b[:, x:x + rng.randint(1, 2)] = 0
    for _ in range(rng.randint(2, 8)):            # dropped scan lines
        y = rng.randint(0, b.shape[0] - 2)
        b[y:y + 1] = 255
    out = _img(b).convert("1", dither=Image.NONE)
    d = ImageDraw.Draw(out)
    fnt = ImageFont.truetype(FONTS["mono"], max(12, int(dpi * 9 / 72)))
    d.rectangle([0, 0, out.width, int(dpi * 0.16)], fill=1)
    d.text((int(dpi * 0.2), int(dpi * 0.03)), header, font=fnt, fill=0)
    return out


def jpeg_low(img, rng, dpi=200, q=None):
    g = img.convert("L")
    g = g.resize((int(g.width * dpi / 300), int(g.height * dpi / 300)), Image.BILINEAR)
    g = scan(g, rng, blur=0.4)
    b = io.BytesIO()
    g.save(b, "JPEG", quality=q or rng.randint(22, 38))
    return Image.open(io.BytesIO(b.getvalue()))


def phone_photo(img, rng):
    """Photo of a page on a desk: perspective, uneven light, shadow of the phone, colour cast, JPEG."""
    W, H = img.size
    bgc = rng.choice([(120, 95, 70), (90, 90, 95), (170, 160, 140)])
    M = int(W * 0.08)
    canvas = Image.new("RGB", (W + 2 * M, H + 2 * M), bgc)
    canvas.paste(img.convert("RGB"), (M, M))
    CW, CH = canvas.size
    j = lambda: rng.uniform(-0.05, 0.05) * CW
    # the page corners are pulled: perspective
    quad = (j() + CW * 0.03, j() + CH * 0.02, j() + CW * 0.0, CH - j() - CH * 0.01,
            CW - j() - CW * 0.0, CH - j(), CW - j() - CW * 0.04, j() + CH * 0.03)
    out = canvas.transform((int(CW * 0.82), int(CH * 0.82)), Image.QUAD, quad, resample=Image.BICUBIC)
    a = _np(out)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    light = 1.0 - 0.25 * (((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    sh = np.clip((xx / w + yy / h - rng.uniform(1.1, 1.5)) * 4, 0, 1) * 0.35
    light = light * (1 - sh)
    tint = np.array([1.0, rng.uniform(0.95, 1.0), rng.uniform(0.85, 0.95)], dtype=np.float32)
    a = a * light[..., None] * tint
    nprng = np.random.default_rng(rng.randint(0, 2 ** 31))
    a += nprng.normal(0, 5, a.shape)
    im = _img(a, "RGB").filter(ImageFilter.GaussianBlur(0.8))
    b = io.BytesIO()
    im.save(b, "JPEG", quality=rng.randint(72, 86))
    return Image.open(io.BytesIO(b.getvalue()))


def save_images(imgs, path, fmt, dpi):
    if fmt == "png":
        imgs[0].save(path, "PNG", dpi=(dpi, dpi))
    elif fmt == "jpg":
        imgs[0].convert("RGB" if imgs[0].mode == "RGB" else "L").save(path, "JPEG", quality=88, dpi=(dpi, dpi))
    elif fmt == "tiff":
        comp = "group4" if imgs[0].mode == "1" else "tiff_lzw"
        imgs[0].save(path, "TIFF", save_all=True, append_images=imgs[1:], compression=comp, dpi=(dpi, dpi))
    elif fmt == "pdf":
        conv = [im if im.mode in ("1", "L", "RGB") else im.convert("L") for im in imgs]
        import datetime as _dt
        kw = {} if conv[0].mode == "1" else {"quality": 85}
        kw.update(creationDate=__import__("time").gmtime(1741944600), modDate=__import__("time").gmtime(1741944600),
                  producer="Scan-to-PDF", title="Numérisation")
        conv[0].save(path, "PDF", save_all=True, append_images=conv[1:], resolution=float(dpi), **kw)
    else:
        raise ValueError(fmt)


# --------------------------------------------------------------------------------------------- docx / txt
def normalise_zip(path):
    """python-docx stamps zip entries with the current time: rewrite them with a fixed date (byte-identical output)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
