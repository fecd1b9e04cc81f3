"""Tiny page model (mm coordinates, y = baseline from the top) with a Pillow backend (scans) and a reportlab
backend (born-digital PDF with a text layer), plus paper degradations."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "dejavu/DejaVuSans.ttf", "sansb": FD + "dejavu/DejaVuSans-Bold.ttf",
    "serif": FD + "liberation/LiberationSerif-Regular.ttf", "serifb": FD + "liberation/LiberationSerif-Bold.ttf",
    "lsans": FD + "liberation/LiberationSans-Regular.ttf", "lsansb": FD + "liberation/LiberationSans-Bold.ttf",
    "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf", "mono": FD + "dejavu/DejaVuSansMono.ttf",
    "dserif": FD + "dejavu/DejaVuSerif.ttf", "dserifb": FD + "dejavu/DejaVuSerif-Bold.ttf",
}
BOLD = {"sans": "sansb", "serif": "serifb", "lsans": "lsansb", "narrow": "lsansb", "mono": "mono",
        "dserif": "dserifb"}
_cache = {}
PT2MM = 25.4 / 72


def bar_code(x, w, seed):
    """The inked bars of a sticker's bar code, (left, width) in mm, the same for the raster and the PDF drawing."""
    r = random.Random(seed)
    cx = x
    while cx < x + w:
        bw = r.choice([0.25, 0.25, 0.5, 0.75])
        if r.random() < 0.55:
            yield cx, bw
        cx += bw


def font(key, px):
    k = (key, int(round(px)))
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FONTS[key], max(4, k[1]))
    return _cache[k]


def width_mm(s, size, fkey):
    return font(fkey, 200).getlength(s) / 200 * size * PT2MM


def wrap(s, w, size, fkey):
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width_mm(t, size, fkey) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


class Page:
    W, H = 210.0, 297.0

    def __init__(self, fkey="sans"):
        self.ops = []
        self.fkey = fkey

    def text(self, x, y, s, size=10, bold=False, fkey=None, align="l"):
        fk = fkey or self.fkey
        fk = BOLD.get(fk, fk) if bold else fk
        if align == "r":
            x -= width_mm(s, size, fk)
        elif align == "c":
            x -= width_mm(s, size, fk) / 2
        self.ops.append(("text", x, y, s, size, fk))

    def para(self, x, y, w, s, size=10, bold=False, lead=1.4, fkey=None):
        fk = fkey or self.fkey
        fk = BOLD.get(fk, fk) if bold else fk
        for ln in wrap(s, w, size, fk):
            self.ops.append(("text", x, y, ln, size, fk))
            y += size * PT2MM * lead
        return y

    def line(self, x1, y1, x2, y2, w=0.3):
        self.ops.append(("line", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, lw=0.3, fill=None):
        self.ops.append(("rect", x, y, w, h, lw, fill))

    def bars(self, x, y, w, h, seed):
        self.ops.append(("bars", x, y, w, h, seed))

    def group(self, x, y, w, h, angle, sub):
        """sub: a Page whose ops are relative to (x, y); drawn on a white label rotated by angle degrees."""
        self.ops.append(("group", x, y, w, h, angle, sub))

    def smudge(self, x, y, w, h, seed):
        self.ops.append(("smudge", x, y, w, h, seed))


# ------------------------------------------------------------------ Pillow backend
def _draw_ops(img, ops, k, ox=0.0, oy=0.0, ink=0):
    d = ImageDraw.Draw(img)
    for op in ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, fk = op
            d.text(((x + ox) * k, (y + oy) * k), s, font=font(fk, size * k * PT2MM), fill=ink, anchor="ls")
        elif kind == "line":
            _, x1, y1, x2, y2, w = op
            d.line([((x1 + ox) * k, (y1 + oy) * k), ((x2 + ox) * k, (y2 + oy) * k)], fill=ink,
                   width=max(1, int(round(w * k))))
        elif kind == "rect":
            _, x, y, w, h, lw, fill = op
            box = [(x + ox) * k, (y + oy) * k, (x + ox + w) * k, (y + oy + h) * k]
            if fill is not None:
                d.rectangle(box, fill=int(fill * 255))
            if lw:
                d.rectangle(box, outline=ink, width=max(1, int(round(lw * k))))
        elif kind == "bars":
            _, x, y, w, h, seed = op
            for cx, bw in bar_code(x, w, seed):
                d.rectangle([(cx + ox) * k, (y + oy) * k, (cx + ox + bw) * k, (y + oy + h) * k], fill=ink)
        elif kind == "group":
            _, x, y, w, h, angle, sub = op
            lab = Image.new("L", (int(w * k), int(h * k)), 255)
            _draw_ops(lab, sub.ops, k, ink=ink)
            mask = Image.new("L", lab.size, 255)
            lab = lab.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
            mask = mask.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
            px = int((x + ox + w / 2) * k - lab.size[0] / 2)
            py = int((y + oy + h / 2) * k - lab.size[1] / 2)
            img.paste(lab, (px, py), mask)
        elif kind == "smudge":
            _, x, y, w, h, seed = op
            r = random.Random(seed)
            blob = Image.new("L", img.size, 0)
            bd = ImageDraw.Draw(blob)
            for _ in range(40):
                cx = x + r.random() * w
                cy = y + r.random() * h
                rx, ry = r.uniform(2, 6), r.uniform(1.5, 4)
                bd.ellipse([(cx - rx + ox) * k, (cy - ry + oy) * k, (cx + rx + ox) * k, (cy + ry + oy) * k],
                           fill=r.randint(220, 255))
            bd.rectangle([(x + ox) * k, (y + oy) * k, (x + ox + w) * k, (y + oy + h) * k], fill=255)
            blob = blob.filter(ImageFilter.GaussianBlur(k * 0.6))
            blob.paste(255, [int((x + ox) * k), int((y + oy) * k), int((x + ox + w) * k),
                             int((y + oy + h) * k)])
            dark = Image.new("L", img.size, 25)
            img.paste(dark, (0, 0), blob)


def render_image(page, dpi):
    k = dpi / 25.4
    img = Image.new("L", (int(page.W * k), int(page.H * k)), 255)
    _draw_ops(img, page.ops, k)
    return img


# ------------------------------------------------------------------ reportlab backend
_rl_fonts = set()


def render_pdf(pages, path, title=""):
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(path, pagesize=(210 * mm, 297 * mm), invariant=1)
    c.setTitle(title)

    def draw(ops, ox, oy):
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, size, fk = op
                if fk not in _rl_fonts:
                    pdfmetrics.registerFont(TTFont("ood5_" + fk, FONTS[fk]))
                    _rl_fonts.add(fk)
                c.setFont("ood5_" + fk, size)
                c.drawString((x + ox) * mm, (297 - y - oy) * mm, s)
            elif kind == "line":
                _, x1, y1, x2, y2, w = op
                c.setLineWidth(w * mm)
                c.line((x1 + ox) * mm, (297 - y1 - oy) * mm, (x2 + ox) * mm, (297 - y2 - oy) * mm)
            elif kind == "rect":
                _, x, y, w, h, lw, fill = op
                if fill is not None:
                    c.setFillGray(fill)
                c.setLineWidth((lw or 0) * mm)
                c.rect((x + ox) * mm, (297 - y - oy - h) * mm, w * mm, h * mm, stroke=1 if lw else 0,
                       fill=1 if fill is not None else 0)
                c.setFillGray(0)
            elif kind == "bars":
                _, x, y, w, h, seed = op
                for cx, bw in bar_code(x, w, seed):
                    c.rect((cx + ox) * mm, (297 - y - oy - h) * mm, bw * mm, h * mm, stroke=0, fill=1)
            elif kind == "group":
                _, x, y, w, h, angle, sub = op
                c.saveState()
                cx, cy = (x + ox + w / 2) * mm, (297 - y - oy - h / 2) * mm
                c.translate(cx, cy)
                c.rotate(angle)
                c.translate(-w / 2 * mm, -h / 2 * mm)
                # sub ops are relative to the label's top-left corner: emulate with a shifted origin
                c.translate(0, (h - 297) * mm)
                draw(sub.ops, 0, 0)
                c.restoreState()

    for p in pages:
        draw(p.ops, 0, 0)
        c.showPage()
    c.save()


# ------------------------------------------------------------------ degradations
def noise(img, rng, amount):
    import numpy as np
    a = np.asarray(img, dtype=np.float32)
    nr = np.random.default_rng(rng.randint(0, 2 ** 31))
    a = a + nr.normal(0, amount, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype("uint8"))


def fax(img, rng):
    import numpy as np
    nr = np.random.default_rng(rng.randint(0, 2 ** 31))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    a = np.asarray(img, dtype=np.float32)
    a = a + nr.normal(0, 18, a.shape)
    b = a < rng.randint(140, 175)
    speck = nr.random(a.shape) < 0.0015
    drop = nr.random(a.shape) < 0.02
    b = (b & ~drop) | speck
    for _ in range(rng.randint(0, 3)):          # horizontal streaks
        y = rng.randint(0, a.shape[0] - 2)
        b[y, :] |= nr.random(a.shape[1]) < 0.5
    return Image.fromarray(np.where(b, 0, 255).astype("uint8")).convert("1")


def grey_paper(img, rng):
    import numpy as np
    a = np.asarray(img, dtype=np.float32) / 255.0
    paper, ink = rng.uniform(165, 200), rng.uniform(55, 95)
    a = ink + a * (paper - ink)
    h, w = a.shape
    yy = np.linspace(0, 1, h)[:, None]
    a = a - 15 * yy * rng.uniform(0.3, 1.0)
    out = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    return noise(out, rng, 6)


def skew(img, angle):
    return img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)


def photo(img, rng):
    import numpy as np
    img = img.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, expand=True, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.3)))
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    light = 1.0 - 0.22 * ((xx / w - rng.uniform(0.2, 0.8)) ** 2 + (yy / h - rng.uniform(0.2, 0.8)) ** 2)
    a = a * light * rng.uniform(0.85, 0.95) + 8
    rgb = np.stack([a * 1.0, a * 0.97, a * 0.9], axis=-1)
    out = Image.fromarray(np.clip(rgb, 0, 255).astype("uint8"), "RGB")
    # border: the table under the sheet
    bw = int(w * 0.04)
    canvas = Image.new("RGB", (w + 2 * bw, h + 2 * bw), (90, 70, 55))
    canvas.paste(out, (bw, bw))
    return canvas


def save_images_pdf(imgs, path, dpi):
    first = imgs[0]
    import time
    when = time.gmtime(1731661200)
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], creationDate=when, modDate=when)


def jpeg_bytes(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    return b.getvalue()


__all__ = ["Page", "render_image", "render_pdf", "wrap", "width_mm", "math"]
