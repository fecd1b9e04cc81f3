"""Tiny page-description layer rendered both to PDF (text layer, reportlab) and to
raster images (Pillow), plus scan/fax/photo degradations.  Coordinates in mm,
y = baseline measured from the top of an A4 page."""
import io
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

W_MM, H_MM = 210.0, 297.0
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTS = {  # family -> (regular, bold, italic)
    "sans": (DJ + "DejaVuSans.ttf", DJ + "DejaVuSans-Bold.ttf", DJ + "DejaVuSans-Oblique.ttf"),
    "cond": (DJ + "DejaVuSansCondensed.ttf", DJ + "DejaVuSansCondensed-Bold.ttf", DJ + "DejaVuSansCondensed-Oblique.ttf"),
    "dserif": (DJ + "DejaVuSerif.ttf", DJ + "DejaVuSerif-Bold.ttf", DJ + "DejaVuSerif-Italic.ttf"),
    "serif": (LB + "LiberationSerif-Regular.ttf", LB + "LiberationSerif-Bold.ttf", LB + "LiberationSerif-Italic.ttf"),
    "arial": (LB + "LiberationSans-Regular.ttf", LB + "LiberationSans-Bold.ttf", LB + "LiberationSans-Italic.ttf"),
    "narrow": (LB + "LiberationSansNarrow-Regular.ttf", LB + "LiberationSansNarrow-Bold.ttf", LB + "LiberationSansNarrow-Italic.ttf"),
    "mono": (LB + "LiberationMono-Regular.ttf", LB + "LiberationMono-Bold.ttf", LB + "LiberationMono-Italic.ttf"),
    "dmono": (DJ + "DejaVuSansMono.ttf", DJ + "DejaVuSansMono-Bold.ttf", DJ + "DejaVuSansMono-Oblique.ttf"),
    "light": (DJ + "DejaVuSans-ExtraLight.ttf", DJ + "DejaVuSans-Bold.ttf", DJ + "DejaVuSans-ExtraLight.ttf"),
}
PT2MM = 25.4 / 72.0
_fcache = {}


def font_path(family, bold=False, italic=False):
    r, b, i = FONTS[family]
    return b if bold else (i if italic else r)


def pil_font(path, px):
    key = (path, int(round(px)))
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(path, max(4, int(round(px))))
    return _fcache[key]


def text_width_mm(s, family, size, bold=False, italic=False):
    f = pil_font(font_path(family, bold, italic), 200)
    return f.getlength(s) * size / 200.0 * PT2MM


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, family="sans", size=10, bold=False, italic=False, align="left",
             tag=None, grey=0):
        if align != "left":
            w = text_width_mm(s, family, size, bold, italic)
            x = x - w if align == "right" else x - w / 2
        self.ops.append(("text", x, y, s, family, size, bold, italic, tag, grey))
        return y

    def para(self, x, y, width, s, family="sans", size=10, leading=1.35, bold=False,
             italic=False, tag=None):
        """Word-wrapped paragraph; returns the y of the next line."""
        lh = size * PT2MM * leading
        for raw in s.split("\n"):
            words, line = raw.split(" "), ""
            for w in words:
                cand = (line + " " + w).strip()
                if line and text_width_mm(cand, family, size, bold, italic) > width:
                    self.text(x, y, line, family, size, bold, italic, tag=tag)
                    y += lh
                    line = w
                else:
                    line = cand
            if line:
                self.text(x, y, line, family, size, bold, italic, tag=tag)
            y += lh
        return y

    def line(self, x1, y1, x2, y2, w=0.3, grey=0):
        self.ops.append(("line", x1, y1, x2, y2, w, grey))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.3):
        self.ops.append(("rect", x, y, w, h, fill, stroke, lw))


# ---------------------------------------------------------------- PDF (text layer)
_registered = set()


def write_pdf(pages, path, title=None):
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=(W_MM * mm, H_MM * mm), invariant=1)
    if title:
        c.setTitle(title)
    for pg in pages:
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, fam, size, bold, italic, tag, grey = op
                p = font_path(fam, bold, italic)
                name = p.rsplit("/", 1)[1][:-4]
                if name not in _registered:
                    pdfmetrics.registerFont(TTFont(name, p))
                    _registered.add(name)
                c.setFont(name, size)
                c.setFillGray(grey / 255.0)
                c.drawString(x * mm, (H_MM - y) * mm, s)
            elif op[0] == "line":
                _, x1, y1, x2, y2, w, grey = op
                c.setLineWidth(w * mm)
                c.setStrokeGray(grey / 255.0)
                c.line(x1 * mm, (H_MM - y1) * mm, x2 * mm, (H_MM - y2) * mm)
            elif op[0] == "rect":
                _, x, y, w, h, fill, stroke, lw = op
                c.setLineWidth(lw * mm)
                c.setStrokeGray(0)
                if fill is not None:
                    c.setFillGray(fill / 255.0)
                c.rect(x * mm, (H_MM - y - h) * mm, w * mm, h * mm, stroke=1 if stroke else 0,
                       fill=1 if fill is not None else 0)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- raster
def rasterize(page, dpi, ydpi=None):
    """Return (L image, {tag: [bbox px]})."""
    ydpi = ydpi or dpi
    k, ky = dpi / 25.4, ydpi / 25.4
    im = Image.new("L", (int(W_MM * k), int(H_MM * ky)), 255)
    d = ImageDraw.Draw(im)
    boxes = {}
    for op in page.ops:
        if op[0] == "text":
            _, x, y, s, fam, size, bold, italic, tag, grey = op
            f = pil_font(font_path(fam, bold, italic), size * ydpi / 72.0)
            d.text((x * k, y * ky), s, font=f, fill=grey, anchor="ls")
            if tag:
                boxes.setdefault(tag, []).append(d.textbbox((x * k, y * ky), s, font=f, anchor="ls"))
        elif op[0] == "line":
            _, x1, y1, x2, y2, w, grey = op
            d.line((x1 * k, y1 * ky, x2 * k, y2 * ky), fill=grey, width=max(1, int(w * k)))
        elif op[0] == "rect":
            _, x, y, w, h, fill, stroke, lw = op
            d.rectangle((x * k, y * ky, (x + w) * k, (y + h) * ky), fill=fill,
                        outline=0 if stroke else None, width=max(1, int(lw * k)))
    return im, boxes


def add_noise(im, sigma, rng):
    n = Image.effect_noise(im.size, sigma)
    return ImageChops.add(im, n, 1.0, -128)


def speckle(im, n, rng, maxr=2):
    d = ImageDraw.Draw(im)
    w, h = im.size
    for _ in range(n):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.uniform(0.5, maxr)
        d.ellipse((x - r, y - r, x + r, y + r), fill=0)
    return im


def stamp(im, text_lines, rng, dpi, avoid=(), color=False, region=None):
    """Rubber stamp (rotated box with text) placed away from `avoid` boxes."""
    k = dpi / 25.4
    f = pil_font(font_path("sans", True), 11 * dpi / 72)
    tw = max(int(f.getlength(t)) for t in text_lines) + int(8 * k)
    th = int(len(text_lines) * 6 * k + 6 * k)
    layer = Image.new("L", (tw, th), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((2, 2, tw - 3, th - 3), outline=255, width=max(2, int(0.6 * k)))
    for i, t in enumerate(text_lines):
        d.text((int(4 * k), int(3 * k + i * 6 * k + 4 * k)), t, font=f, fill=255, anchor="ls")
    layer = layer.rotate(rng.uniform(-12, 12), expand=True)
    W, H = im.size
    for _ in range(40):
        if region:
            x0, y0, x1, y1 = [int(v * k) for v in region]
            x = rng.randint(x0, max(x0, x1 - layer.size[0]))
            y = rng.randint(y0, max(y0, y1 - layer.size[1]))
        else:
            x = rng.randint(int(W * 0.35), max(int(W * 0.35), W - layer.size[0] - 10))
            y = rng.randint(int(H * 0.02), max(int(H * 0.02), H - layer.size[1] - 10))
        bb = (x, y, x + layer.size[0], y + layer.size[1])
        if not any(bb[0] < a[2] and a[0] < bb[2] and bb[1] < a[3] and a[1] < bb[3] for a in avoid):
            break
    else:
        return im
    if color:
        rgb = im.convert("RGB")
        ink = Image.new("RGB", layer.size, (200, 30, 40))
        rgb.paste(ink, (x, y), layer.point(lambda v: int(v * 0.75)))
        return rgb
    ink = Image.new("L", layer.size, 90)
    im = im.copy()
    im.paste(ink, (x, y), layer)
    return im


def binarize(im, thr):
    return im.convert("L").point(lambda v: 0 if v < thr else 255)


def grey_paper(im, bg, ink):
    return im.convert("L").point(lambda v: int(ink + (bg - ink) * v / 255.0))


def photo(im, rng):
    """Phone photo of a sheet on a desk: margin, perspective, light gradient, colour cast."""
    w, h = im.size
    pad = int(w * 0.06)
    canvas = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (rng.randint(70, 110), rng.randint(60, 90), rng.randint(40, 70)))
    canvas.paste(im.convert("RGB"), (pad, pad))
    W, H = canvas.size
    j = lambda: rng.uniform(-0.025, 0.025) * W
    quad = (j(), j(), j(), H + j(), W + j(), H + j(), W + j(), j())
    canvas = canvas.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(80, 70, 60))
    grad = Image.linear_gradient("L").rotate(rng.choice([0, 90, 180, 270])).resize((W, H))
    fall = rng.uniform(0.2, 0.35)
    grad = grad.point(lambda v: int(255 - v * fall))
    canvas = ImageChops.multiply(canvas, Image.merge("RGB", [grad, grad, grad]))
    tint = Image.new("RGB", (W, H), (255, 246, 225))
    canvas = ImageChops.multiply(canvas, tint)
    canvas = canvas.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.1)))
    return canvas


def to_jpeg_bytes(im, q):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q)
    return b.getvalue()


def blot(im, boxes, rng, dpi):
    """Make the given boxes unreadable: heavy ink smear + strong blur (coffee/toner damage)."""
    im = im.convert("L")
    d = ImageDraw.Draw(im)
    for b in boxes:
        x0, y0, x1, y1 = [int(v) for v in b]
        region = im.crop((x0 - 4, y0 - 6, x1 + 4, y1 + 6)).filter(ImageFilter.GaussianBlur(dpi / 18))
        im.paste(region, (x0 - 4, y0 - 6))
        for _ in range(int((x1 - x0) / 6) + 8):
            x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
            r = rng.uniform(2, dpi / 25)
            d.ellipse((x - r, y - r * 0.6, x + r, y + r * 0.6), fill=rng.randint(20, 80))
    return im
