"""Device-independent page model (millimetres from the top-left corner, text y = baseline)."""
import hashlib
import os

from PIL import ImageFont

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": "liberation/LiberationSans-Regular.ttf", "sansB": "liberation/LiberationSans-Bold.ttf",
    "sansI": "liberation/LiberationSans-Italic.ttf",
    "dv": "dejavu/DejaVuSans.ttf", "dvB": "dejavu/DejaVuSans-Bold.ttf",
    "cond": "dejavu/DejaVuSansCondensed.ttf", "condB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf", "narrowB": "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": "liberation/LiberationSerif-Regular.ttf", "serifB": "liberation/LiberationSerif-Bold.ttf",
    "serifI": "liberation/LiberationSerif-Italic.ttf", "dserif": "dejavu/DejaVuSerif.ttf",
    "dserifB": "dejavu/DejaVuSerif-Bold.ttf", "dserifC": "dejavu/DejaVuSerifCondensed.ttf",
    "mono": "liberation/LiberationMono-Regular.ttf", "monoB": "liberation/LiberationMono-Bold.ttf",
    "dmono": "dejavu/DejaVuSansMono.ttf", "dmonoB": "dejavu/DejaVuSansMono-Bold.ttf",
    "sansBI": "liberation/LiberationSans-BoldItalic.ttf", "dvO": "dejavu/DejaVuSans-Oblique.ttf",
}
FONTS = {k: os.path.join(FD, v) for k, v in FONTS.items()}
_measure = {}


def text_w(s, font, size):
    """Width in mm of s in font at size pt."""
    f = _measure.get(font)
    if f is None:
        f = _measure[font] = ImageFont.truetype(FONTS[font], 100)
    return f.getlength(s) * size / 100 * 25.4 / 72


def wrap(s, font, size, width):
    out = []
    for para in s.split("\n"):
        line = ""
        for w in para.split(" "):
            t = (line + " " + w) if line else w
            if text_w(t, font, size) <= width or not line:
                line = t
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


class Page:
    def __init__(self, w=210.0, h=297.0):
        self.w, self.h = w, h
        self.ops = []
        self.blank = False
        self.upside_down = False

    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), align="l"):
        if s:
            self.ops.append(("text", x, y, str(s), font, size, color, align))

    def lines(self, x, y, rows, font="sans", size=10, lead=1.3, color=(0, 0, 0), align="l"):
        for r in rows:
            self.text(x, y, r, font, size, color, align)
            y += size * lead * 25.4 / 72
        return y

    def para(self, x, y, width, s, font="sans", size=10, lead=1.3, color=(0, 0, 0)):
        return self.lines(x, y, wrap(s, font, size, width), font, size, lead, color)

    def rect(self, x, y, w, h, lw=0.25, stroke=(0, 0, 0), fill=None):
        self.ops.append(("rect", x, y, w, h, lw, stroke, fill))

    def line(self, x1, y1, x2, y2, lw=0.25, color=(0, 0, 0)):
        self.ops.append(("line", x1, y1, x2, y2, lw, color))

    def poly(self, pts, lw=0.5, color=(0, 0, 0)):
        self.ops.append(("poly", list(pts), lw, color))

    def highlight(self, x, y, w, h, color=(255, 240, 90)):
        self.ops.append(("hl", x, y, w, h, color))

    def group(self, cx, cy, w, h, angle, sub, bg=None, alpha=1.0):
        """sub: a Page of size w x h whose ops are drawn rotated by angle (deg, counter-clockwise) around (cx, cy)."""
        self.ops.append(("group", cx, cy, w, h, angle, sub.ops, bg, alpha))

    def barcode(self, x, y, w, h, data):
        hsh = hashlib.sha256(data.encode()).digest() * 4
        mods = [1 + b % 3 for b in hsh[:60]]
        total = sum(mods) + 20
        unit = w / total
        cx = x + 10 * unit / 2
        for i, m in enumerate(mods):
            if i % 2 == 0:
                self.ops.append(("rect", cx, y, m * unit, h, 0, None, (0, 0, 0)))
            cx += m * unit

    def matrix(self, x, y, size, data, n=16):
        hsh = hashlib.sha256(data.encode()).digest() * 4
        c = size / n
        for i in range(n):
            for j in range(n):
                on = (i == n - 1) or (j == 0) or (i == 0 and j % 2 == 0) or (j == n - 1 and i % 2 == 1) or \
                     (hsh[(i * n + j) // 8] >> ((i * n + j) % 8)) & 1
                if on:
                    self.ops.append(("rect", x + j * c, y + i * c, c, c, 0, None, (0, 0, 0)))

    def all_text(self):
        out = []

        def walk(ops):
            for o in ops:
                if o[0] == "text":
                    out.append(o[3])
                elif o[0] == "group":
                    walk(o[6])
        walk(self.ops)
        return "\n".join(out)
