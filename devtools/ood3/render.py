"""Page layout shared by the text PDF (reportlab) and the image (PIL) renderers,
cheap scan/fax/photo degradations, .docx writer."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps, ImageChops
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

W, H = 595.0, 842.0
FONT_DIRS = {"DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
             "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
             "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
             "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
             "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
             "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
             "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
             "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
             "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
             "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
             "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
             "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
             "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
             "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf"}
FAMILIES = ["DejaVuSans", "DejaVuSerif", "LiberationSans", "LiberationSerif", "DejaVuSansCondensed",
            "LiberationSansNarrow", "LiberationMono"]
_registered = set()


def _reg(name):
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, FONT_DIRS[name]))
        _registered.add(name)
    return name


def width(s, font, size):
    return pdfmetrics.stringWidth(s, _reg(font), size)


def wrap(s, font, size, maxw):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if width(t, font, size) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def layout(doc, family, rng):
    """doc -> list of pages, each a list of ops (coordinates in points, y from top)."""
    reg, bold = family, family + "-Bold"
    pages = []
    st = {"y": 0, "ops": None}
    left, right, bottom = 56.0, W - 50.0, H - 60.0
    body_left = left

    def new_page():
        nonlocal body_left
        st["ops"] = []
        pages.append(st["ops"])
        ops = st["ops"]
        first = len(pages) == 1
        y = 48.0
        if first:
            lh = doc.get("letterhead") or []
            room = (W - 260 - left) if doc.get("label") else (W - 50 - left)
            for i, line in enumerate(lh):
                sz = 12.5 if i == 0 else 8.5
                while sz > 7 and width(line, bold if i == 0 else reg, sz) > room:
                    sz -= 0.5
                ops.append(("text", left, y, line, bold if i == 0 else reg, sz, False))
                y += sz + 3
            if doc.get("label"):
                lab = doc["label"]
                bx, by, bw, bh = W - 250, 36, 205, 86
                ops.append(("rect", bx, by, bw, bh))
                ops.append(("bars", bx + 8, by + 6, 150, 18, lab["barcode"]))
                yy = by + 36
                for j, ln in enumerate(lab["lines"]):
                    ops.append(("text", bx + 8, yy, ln, bold if j == 0 else reg, 8.5, False))
                    yy += 11
                y = max(y, by + bh + 6)
            y += 14
            if doc.get("sidecol"):
                sy = y
                for ln in doc["sidecol"]:
                    ops.append(("text", left - 20, sy, ln, reg if not ln.isupper() else bold, 7.2, False))
                    sy += 9.5
                ops.append(("line", left + 125, y - 8, left + 125, min(sy, bottom)))
                body_left = left + 140
            else:
                body_left = left
        else:
            body_left = left
            if doc.get("running"):
                ops.append(("text", left, 40, doc["running"], reg, 8.5, True))
                ops.append(("line", left, 45, right, 45))
                y = 68.0
        if doc.get("footer"):
            ops.append(("text", right - 60, H - 30, doc["footer"], reg, 8, True))
        st["y"] = y

    new_page()
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "break":
            new_page()
        elif kind == "gap":
            st["y"] += b[1]
        elif kind == "p":
            text, style = b[1], b[2] if len(b) > 2 else {}
            sz = style.get("size", 10)
            font = bold if style.get("b") else reg
            maxw = right - body_left - style.get("indent", 0)
            for ln in wrap(text, font, sz, maxw):
                if st["y"] + sz * 1.35 > bottom:
                    new_page()
                x = body_left + style.get("indent", 0)
                if style.get("align") == "c":
                    x = body_left + (right - body_left - width(ln, font, sz)) / 2
                elif style.get("align") == "r":
                    x = right - width(ln, font, sz)
                st["y"] += sz * 1.35
                st["ops"].append(("text", x, st["y"], ln, font, sz, False))
            st["y"] += style.get("after", 5)
        elif kind == "box":
            rows, ncols = b[1], b[2]
            sz = 9.5
            lh = sz * 1.55
            if ncols == 2:
                half = (len(rows) + 1) // 2
                cols = [rows[:half], rows[half:]]
            else:
                cols = [rows]
            hbox = lh * max(len(c) for c in cols) + 10
            if st["y"] + hbox > bottom:
                new_page()
            y0 = st["y"] + 4
            bw = right - body_left
            st["ops"].append(("rect", body_left, y0, bw, hbox))
            colw = bw / len(cols)
            for ci, c in enumerate(cols):
                yy = y0 + 4
                for (lab, val) in c:
                    yy += lh
                    x = body_left + 6 + ci * colw
                    st["ops"].append(("text", x, yy - 3, lab + " :", reg, sz, False))
                    st["ops"].append(("text", x + min(115, colw * 0.48), yy - 3, val, bold, sz, False))
            st["y"] = y0 + hbox + 12
    return pages


def fill(s, p, n):
    return s.replace("{p}", str(p)).replace("{n}", str(n))


def to_pdf(pages, path, title=None):
    c = canvas.Canvas(path, pagesize=(W, H))
    if title:
        c.setTitle(title)
    n = len(pages)
    for i, ops in enumerate(pages):
        for op in ops:
            if op[0] == "text":
                _, x, y, s, font, sz, tmpl = op
                c.setFont(_reg(font), sz)
                c.drawString(x, H - y, fill(s, i + 1, n) if tmpl else s)
            elif op[0] == "rect":
                _, x, y, w, h = op
                c.rect(x, H - y - h, w, h)
            elif op[0] == "line":
                _, x1, y1, x2, y2 = op
                c.line(x1, H - y1, x2, H - y2)
            elif op[0] == "bars":
                _, x, y, w, h, code = op
                for bx, bw in _bars(code, w):
                    c.rect(x + bx, H - y - h, bw, h, stroke=0, fill=1)
        c.showPage()
    c.save()


def _bars(code, w):
    r = random.Random(code)
    out, x = [], 0.0
    while x < w - 3:
        bw = r.choice([0.8, 0.8, 1.6, 2.4])
        out.append((x, bw))
        x += bw + r.choice([0.8, 1.6, 2.4])
    return out


_font_cache = {}


def _pil_font(name, px):
    k = (name, px)
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(FONT_DIRS[name], px)
    return _font_cache[k]


def to_images(pages, dpi):
    s = dpi / 72.0
    out = []
    n = len(pages)
    for i, ops in enumerate(pages):
        im = Image.new("L", (int(W * s), int(H * s)), 255)
        d = ImageDraw.Draw(im)
        for op in ops:
            if op[0] == "text":
                _, x, y, txt, font, sz, tmpl = op
                d.text((x * s, y * s), fill(txt, i + 1, n) if tmpl else txt, font=_pil_font(font, max(6, int(round(sz * s)))),
                       fill=0, anchor="ls")
            elif op[0] == "rect":
                _, x, y, w, h = op
                d.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], outline=0, width=max(1, int(s * 0.8)))
            elif op[0] == "line":
                _, x1, y1, x2, y2 = op
                d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=0, width=max(1, int(s * 0.7)))
            elif op[0] == "bars":
                _, x, y, w, h, code = op
                for bx, bw in _bars(code, w):
                    d.rectangle([(x + bx) * s, y * s, (x + bx + bw) * s, (y + h) * s], fill=0)
        out.append(im)
    return out


# ------------------------------------------------------------- degradations
def _gradient(rng, size, lo, hi, horizontal=True):
    g = Image.linear_gradient("L")          # 256x256, dark at the top
    if horizontal:
        g = g.rotate(90)
    if rng.random() < 0.5:
        g = g.rotate(180)
    g = g.resize(size, Image.BILINEAR)
    return g.point(lambda v: int(lo + (hi - lo) * v / 255))


def grey_scan(rng, im):
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    # uneven lighting: multiply by a soft gradient
    grad = _gradient(rng, im.size, 205 + rng.randint(0, 25), 255, horizontal=rng.random() < 0.5)
    im = ImageChops.multiply(im, grad)
    noise = Image.effect_noise(im.size, rng.uniform(8, 18))
    im = ImageChops.add(im, noise, scale=1.0, offset=-128)
    ang = rng.uniform(-2, 2)
    im = im.rotate(ang, resample=Image.BILINEAR, expand=False, fillcolor=235)
    return im


def rotate_only(rng, im):
    return im.rotate(rng.uniform(-2, 2), resample=Image.BILINEAR, expand=False, fillcolor=255)


def fax(rng, im, dpi, header):
    # fax fine ~ 200 dpi, standard ~ 100 dpi vertical: simulate by squashing vertically for 150
    if dpi <= 150:
        w, h = im.size
        im = im.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)
    d = ImageDraw.Draw(im)
    d.text((20, 8), header, font=_pil_font("LiberationMono", max(10, int(dpi / 72 * 8))), fill=0, anchor="lt")
    im = im.filter(ImageFilter.GaussianBlur(0.4))
    thr = rng.randint(150, 190)
    im = im.point(lambda v: 255 if v > thr else 0).convert("1")
    # specks
    d = ImageDraw.Draw(im)
    for _ in range(rng.randint(80, 400)):
        x, y = rng.randrange(im.size[0]), rng.randrange(im.size[1])
        r = rng.choice([0, 0, 1, 1, 2])
        d.ellipse([x, y, x + r, y + r], fill=0)
    if rng.random() < 0.5:   # a horizontal streak, typical of a dirty fax roller
        y = rng.randrange(im.size[1])
        d.line([0, y, im.size[0], y], fill=0, width=1)
    return im


def phone_photo(rng, im):
    im = im.convert("RGB")
    w, h = im.size
    # keystone: map a slightly trapezoidal quad to the full frame
    dx, dy = w * rng.uniform(0.01, 0.05), h * rng.uniform(0.005, 0.03)
    quad = (-dx, -dy, -dx * 0.3, h + dy, w + dx * 0.3, h + dy * 0.5, w + dx, -dy * 0.5)
    im = im.transform((w, h), Image.QUAD, quad, resample=Image.BILINEAR, fillcolor=(90, 80, 70))
    shade = _gradient(rng, (w, h), 120 + rng.randint(0, 50), 255, horizontal=rng.random() < 0.5)
    shade = Image.merge("RGB", (shade, shade.point(lambda v: int(v * 0.97)), shade.point(lambda v: int(v * 0.9))))
    im = ImageChops.multiply(im, shade)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1)))
    scale = rng.uniform(0.55, 0.75)
    return im.resize((int(w * scale), int(h * scale)), Image.BILINEAR)


def save_images(ims, path, fmt, dpi):
    if fmt == "pdf_image":
        ims = [i.convert("L") if i.mode not in ("1", "L") else i for i in ims]
        ims[0].save(path, "PDF", save_all=True, append_images=ims[1:], resolution=dpi)
    elif fmt == "tiff":
        if all(i.mode == "1" for i in ims):
            ims[0].save(path, "TIFF", save_all=True, append_images=ims[1:], compression="group4", dpi=(dpi, dpi))
        else:
            ims = [i.convert("L") for i in ims]
            ims[0].save(path, "TIFF", save_all=True, append_images=ims[1:], compression="tiff_deflate", dpi=(dpi, dpi))
    elif fmt == "png":
        ims[0].save(path, "PNG", dpi=(dpi, dpi))
    elif fmt == "jpeg":
        ims[0].convert("RGB").save(path, "JPEG", quality=random.Random(len(path)).randint(62, 85), dpi=(dpi, dpi))
    else:
        raise ValueError(fmt)


# ------------------------------------------------------------- docx
def to_docx(doc, path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    sec = d.sections[0]
    if doc.get("letterhead"):
        sec.header.paragraphs[0].text = doc["letterhead"][0]
    for i, ln in enumerate(doc.get("letterhead") or []):
        p = d.add_paragraph()
        r = p.add_run(ln)
        r.bold = i == 0
        r.font.size = Pt(12 if i == 0 else 8)
    if doc.get("label"):
        t = d.add_table(rows=len(doc["label"]["lines"]), cols=1)
        t.style = "Table Grid"
        for i, ln in enumerate(doc["label"]["lines"]):
            t.cell(i, 0).text = ln
    if doc.get("sidecol"):
        d.add_paragraph(" — ".join(doc["sidecol"]))
    for b in doc["blocks"]:
        if b[0] == "p":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            st = b[2] if len(b) > 2 else {}
            r.bold = bool(st.get("b"))
        elif b[0] == "box":
            rows = b[1]
            if b[2] == 2:
                half = (len(rows) + 1) // 2
                t = d.add_table(rows=half, cols=4)
                t.style = "Table Grid"
                for i, (k, v) in enumerate(rows):
                    c = 0 if i < half else 2
                    t.cell(i % half, c).text = k
                    t.cell(i % half, c + 1).text = v
            else:
                t = d.add_table(rows=len(rows), cols=2)
                t.style = "Table Grid"
                for i, (k, v) in enumerate(rows):
                    t.cell(i, 0).text = k
                    t.cell(i, 1).text = v
        elif b[0] == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(path)
