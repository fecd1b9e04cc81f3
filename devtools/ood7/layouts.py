"""Document layouts.  Each builder gets a context and returns a list of Page objects."""
import datetime as dt

from page import Page, text_w, wrap
from prose import ATCD, CONCL, EXAM, IMAGING, LAB, MOTIFS, OPS, TTT
from fmt import date_str

BLACK, GREY, BLUE, RED, NAVY = (0, 0, 0), (110, 110, 110), (30, 60, 170), (190, 30, 40), (20, 40, 90)


class Ctx:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def dr(d, full=True, upper=False):
    s = f"Dr {d.first} {d.last.upper()}" if full else f"Dr {d.last.upper()}"
    return s.upper() if upper else s


def ddate(c, style="slash"):
    return date_str(c.date, style)


def logo(pg, x, y, s, c):
    r = c.rng
    kind = r.randint(0, 2)
    if kind == 0:
        pg.rect(x, y, s, s, 0, None, NAVY)
        pg.rect(x + s * 0.42, y + s * 0.15, s * 0.16, s * 0.7, 0, None, (255, 255, 255))
        pg.rect(x + s * 0.15, y + s * 0.42, s * 0.7, s * 0.16, 0, None, (255, 255, 255))
    elif kind == 1:
        pts = [(x + s / 2 + s / 2 * __import__("math").cos(t / 20 * 6.283), y + s / 2 + s / 2 * __import__("math").sin(t / 20 * 6.283)) for t in range(21)]
        pg.poly(pts, 1.2, NAVY)
        pg.text(x + s / 2, y + s * 0.62, "".join(w[0] for w in c.est["short"].split()[:3]).upper(), "sansB", s * 1.1, NAVY, "c")
    else:
        for i in range(4):
            pg.rect(x + i * s / 4, y + s - (i + 1) * s / 4, s / 4 - 0.6, (i + 1) * s / 4, 0, None, (40 + 40 * i, 90, 160))


def signature(pg, c, x, y, stamp=None):
    r = c.rng
    pts, px, py = [], x, y
    for i in range(24):
        px += r.uniform(0.8, 2.4)
        py = y + r.uniform(-3.5, 3.5) * (1 if i % 2 else -1) * 0.8
        pts.append((px, py))
    pg.poly(pts, 0.45, (20, 30, 110) if r.random() < 0.7 else BLACK)
    stamp = r.random() < 0.45 if stamp is None else stamp
    if stamp:  # the doctor's rubber stamp, blue, slanted, partly over the text
        d = c.author
        sub = Page(62, 22)
        sub.rect(0.5, 0.5, 61, 21, 0.5, BLUE)
        sub.text(31, 6, dr(d), "sansB", 8.5, BLUE, "c")
        sub.text(31, 10.5, d.specialty, "sans", 7.5, BLUE, "c")
        sub.text(31, 14.5, d.address[0], "sans", 7, BLUE, "c")
        sub.text(31, 18.5, f"{d.address[1]} — RPPS {d.rpps}", "sans", 7, BLUE, "c")
        pg.group(x + 18 + r.uniform(-6, 6), y - 4 + r.uniform(-4, 4), 62, 22, r.uniform(-9, 9), sub, None, 0.8)


def watermark(pg, word, c):
    sub = Page(200, 40)
    sub.text(100, 30, word, "sansB", 72, (175, 175, 175), "c")
    pg.group(pg.w / 2, pg.h / 2, 200, 40, c.rng.choice([35, 45, 55]), sub, None, 0.45)


def handmarks(pg, c, y_ident=None):
    r = c.rng
    if y_ident is not None and r.random() < 0.35:      # highlighter across the identity
        pg.highlight(18 + r.uniform(0, 5), y_ident - 4.5, r.uniform(50, 90), 6)
    if r.random() < 0.4:                                 # "vu" + initials in the margin, pen
        x, y = r.uniform(150, 185), r.uniform(30, 60)
        pts = [(x, y), (x + 2, y + 4), (x + 4, y - 1), (x + 7, y + 3), (x + 10, y - 2), (x + 14, y + 2)]
        pg.poly(pts, 0.5, (30, 30, 160))
        pg.poly([(x - 2, y + 6), (x + 16, y + 5.5)], 0.4, (30, 30, 160))
    if r.random() < 0.25:                                # a tick and a circled word
        x, y = r.uniform(20, 60), r.uniform(200, 260)
        pg.poly([(x, y), (x + 2, y + 3), (x + 7, y - 5)], 0.6, (200, 20, 20))


def footer(pg, c, extra=""):
    e = c.est
    s = f"{e['name']} — {e['addr']} — {e['cp']} {e['cedex']} — Standard {e['tel']}"
    pg.text(pg.w / 2, pg.h - 10, s, c.rng.choice(["sans", "narrow", "cond"]), 7, GREY, "c")
    pg.text(pg.w / 2, pg.h - 6.5, extra or "Document confidentiel soumis au secret médical — art. L1110-4 du CSP",
            "sans", 6.5, GREY, "c")


def page_no(pg, i, n, c, x=None):
    pg.text(x or pg.w - 15, pg.h - 14, f"Page {i}/{n}", "sans", 7, GREY, "r")


def body_text(c, kind="crh"):
    r = c.rng
    who = c.id.name_line(civ=True) if r.random() < 0.5 else (c.id.civ or "Le patient")
    pron = "elle" if c.id.sex == "F" else "il"
    motif = r.choice(MOTIFS)
    paras = [f"{r.choice(['Cher confrère,', 'Chère consœur,', 'Cher ami,'])}" if kind == "letter" else "",
             f"{'Je vous remercie de m’avoir adressé' if kind == 'letter' else 'Nous avons pris en charge'} {who} pour {motif}.",
             "Antécédents : " + ", ".join(r.sample(ATCD, 3)) + ".",
             " ".join(r.sample(EXAM, 3)),
             f"Sur le plan biologique, {pron} présente une CRP à {r.randint(2, 80)} mg/L et une hémoglobine à "
             f"{r.randint(95, 150) / 10:.1f} g/dL. " + r.choice(CONCL),
             r.choice(CONCL)]
    return [p for p in paras if p]


def others_block(pg, c, x, y, w, font="sans", size=9):
    for role, line in c.others_lines:
        y = pg.para(x, y, w, f"{role} : {line}", font, size)
    return y


def copies_line(c):
    return ", ".join(dr(d) for d in c.copies)


# ============================================================================================ layouts
def letter_logo_left(c):
    """CRH / courrier d'hospitalisation: logo + establishment left, address right, service column on the left,
    identity box top right, body in the main column."""
    r = c.rng
    pg = Page()
    logo(pg, 15, 12, 16, c)
    pg.text(35, 18, c.est["name"], "sansB", 10, NAVY)
    pg.text(35, 23, f"Service de {c.service}", "sans", 9, NAVY)
    pg.lines(195, 14, [c.est["addr"], f"{c.est['cp']} {c.est['cedex']}", f"Tél. {c.est['tel']}"], "sans", 8, 1.2, GREY, "r")
    # side column: the service staff
    pg.line(52, 40, 52, 270, 0.3, GREY)
    ys = pg.lines(14, 46, ["Chef de service", dr(c.author, upper=False)], "narrowB", 8, 1.3, NAVY)
    ys = pg.lines(14, ys + 3, ["Praticiens hospitaliers"] + [dr(d) for d in c.staff], "narrow", 7.5, 1.35, NAVY)
    ys = pg.lines(14, ys + 3, ["Secrétariat", c.est["tel"][:-2] + f"{r.randint(10, 99)}", "Cadre de santé", "Mme L. " + c.staff[0].last],
                  "narrow", 7.5, 1.35, NAVY)
    # identity box top right
    fields = c.id.fields(r)
    bx, by, bw = 112, 36, 84
    bh = 7 + 4.6 * len(fields)
    pg.rect(bx, by, bw, bh, 0.35)
    pg.text(bx + 2, by + 4.5, "PATIENT", "sansB", 7.5, GREY)
    yy = by + 9
    for lab, val in fields:
        pg.text(bx + 2, yy, f"{lab} :", "sans", 8.5)
        pg.text(bx + 33, yy, val, "sansB", 8.5)
        yy += 4.6
    y = max(yy, by + bh) + 8
    pg.text(58, y, c.title, "sansB", 12)
    y += 6
    pg.text(58, y, f"Hospitalisation du {date_str(c.date - dt.timedelta(days=r.randint(3, 12)), 'slash')} au {ddate(c)}",
            "sans", 9)
    y += 6
    pg.text(58, y, f"Destinataire : {dr(c.recipient)}, {c.recipient.address[1]}", "sansI", 9)
    if c.copies:
        y += 4.5
        pg.text(58, y, "Copie : " + copies_line(c), "sansI", 9)
    y += 9
    yid = y
    for para in body_text(c):
        y = pg.para(58, y, 138, para, c.font, 10) + 2
    if c.others_lines:
        y = others_block(pg, c, 58, y + 2, 138, c.font, 9.5) + 2
    pg.text(130, y + 8, dr(c.author), "sansB", 10)
    signature(pg, c, 132, y + 16)
    footer(pg, c)
    handmarks(pg, c, None)
    return [pg]


def letter_confrere(c):
    """Courrier de confrère libéral: letterhead top-left, recipient in the window-envelope slot, Objet line."""
    r = c.rng
    pg = Page()
    a = c.author
    pg.lines(20, 18, [dr(a), a.specialty, "Ancien interne des Hôpitaux", a.address[0], a.address[1], f"Tél. {a.phone}",
                      f"RPPS {a.rpps}"], c.font, 9, 1.25, BLACK)
    pg.lines(112, 52, [dr(c.recipient), c.recipient.specialty, c.recipient.address[0], c.recipient.address[1]], c.font, 10.5, 1.3)
    pg.text(190, 84, f"{a.city}, le {ddate(c, r.choice(['long', 'slash']))}", c.font, 10, align="r")
    y = 98
    obj = f"Objet : {c.id.name_line()}"
    if c.id.D:
        obj += f", {c.id.nee if c.id.D else ''} le {c.id.D}" if r.random() < 0.6 else f" — {c.id.dob_phrase()}"
    if c.id.I:
        obj += f" — {c.id.ilabel} {c.id.I}"
    if c.id.S:
        obj += f" — sexe {c.id.S}"
    y = pg.para(20, y, 170, obj, c.font + ("B" if c.font in ("sans", "serif", "dv") else ""), 10.5) + 6
    for para in body_text(c, "letter"):
        y = pg.para(20, y, 170, para, c.font, 10.5, 1.35) + 2.5
    if c.others_lines:
        y = others_block(pg, c, 20, y + 1, 170, c.font, 10) + 2
    pg.text(20, y + 4, "Bien confraternellement.", c.font, 10.5)
    pg.text(120, y + 14, dr(a), c.font, 10.5)
    signature(pg, c, 122, y + 22)
    if c.copies:
        pg.text(20, 272, "Copie : " + copies_line(c), c.font, 8.5)
    return [pg]


def _table(pg, x, y, colw, rows, size=9, rowh=6.2, lab_font="sansB", val_font="sans", shade=None):
    """rows: list of list of (text, is_label)"""
    for row in rows:
        cx = x
        for (txt, is_lab), w in zip(row, colw):
            if is_lab and shade:
                pg.rect(cx, y, w, rowh, 0, None, shade)
            pg.rect(cx, y, w, rowh, 0.3)
            pg.text(cx + 1.6, y + rowh - 1.9, txt, lab_font if is_lab else val_font, size)
            cx += w
        y += rowh
    return y


def imaging_table4(c):
    """CR d'imagerie: identity in a 4-column bordered table (label, value, label, value)."""
    r = c.rng
    pg = Page()
    ex = r.choice(IMAGING)
    logo(pg, 15, 10, 14, c)
    pg.text(33, 16, f"{c.est['short']} — Pôle Imagerie", "sansB", 11, NAVY)
    pg.text(33, 21, "Radiologie — Scanner — IRM — Échographie", "sans", 8.5, NAVY)
    pg.text(195, 16, f"Examen du {ddate(c)}", "sans", 9, align="r")
    pg.text(195, 21, f"N° examen : {r.randint(10 ** 7, 10 ** 8)}", "sans", 8, GREY, "r")
    f = c.id.fields(r)
    extra = [("Prescripteur", dr(c.recipient)), ("Médecin", dr(c.author))]
    f = f + extra
    if len(f) % 2:
        f.append(("Venue", r.choice(["Externe", "Hospitalisé", "Urgences"])))
    rows = [[(f[i][0], True), (f[i][1], False), (f[i + 1][0], True), (f[i + 1][1], False)] for i in range(0, len(f), 2)]
    y = _table(pg, 15, 30, [30, 62, 30, 58], rows, 8.5, 6.5, shade=(232, 232, 232) if r.random() < 0.5 else None)
    if r.random() < 0.5:
        pg.matrix(180, 8, 14, c.id.oneline())
    y += 10
    pg.text(105, y, ex[0], "sansB", 12, align="c")
    y += 9
    for h, t in (("Indication", f"{r.choice(MOTIFS).capitalize()}."), ("Technique", ex[1]), ("Résultats", ex[2]),
                 ("Conclusion", ex[3])):
        pg.text(15, y, h, "sansB", 10)
        y = pg.para(15, y + 5, 180, t, c.font, 10) + 4
    pg.text(140, y + 8, dr(c.author), "sansB", 9.5)
    signature(pg, c, 140, y + 16, stamp=False)
    footer(pg, c, "Compte rendu validé électroniquement")
    handmarks(pg, c, None)
    return [pg]


def cro_rows(c):
    """Compte rendu opératoire: identity table with the label row above the value row."""
    r = c.rng
    pg = Page()
    op = r.choice(OPS)
    pg.rect(10, 10, 190, 18, 0, None, (225, 232, 242))
    pg.text(14, 18, c.est["name"], "condB", 11, NAVY)
    pg.text(14, 24, f"Bloc opératoire central — Service de {c.service}", "cond", 9, NAVY)
    pg.text(196, 21, "COMPTE RENDU OPÉRATOIRE", "condB", 12, NAVY, "r")
    f = c.id.fields(r)
    n = len(f)
    w = 190 / n
    y = 36
    _table(pg, 10, y, [w] * n, [[(a, True) for a, _ in f]], 7.5, 5.5, "condB", shade=(235, 235, 235))
    _table(pg, 10, y + 5.5, [w] * n, [[(b, False) for _, b in f]], 8.5, 6.5, val_font="cond")
    y += 22
    info = [("Date d'intervention", ddate(c)), ("Opérateur", dr(c.author)), ("Aide", dr(c.staff[0])),
            ("Anesthésiste", dr(c.staff[1])), ("Type d'anesthésie", r.choice(["AG", "Rachianesthésie", "ALR"]))]
    for a, b in info:
        pg.text(12, y, f"{a} :", "condB", 9)
        pg.text(55, y, b, "cond", 9)
        y += 5
    y += 4
    pg.text(12, y, f"Intervention : {op[0]}", "condB", 10.5)
    y = pg.para(12, y + 7, 185, f"Indication : {r.choice(MOTIFS)}. " + op[1], c.font, 10) + 3
    y = pg.para(12, y, 185, "Suites : " + r.choice(CONCL) + " Prescription de sortie remise au patient.", c.font, 10)
    if c.others_lines:
        y = others_block(pg, c, 12, y + 3, 185, "cond", 9)
    pg.text(150, y + 10, dr(c.author), "condB", 10)
    signature(pg, c, 150, y + 18)
    footer(pg, c)
    return [pg]


def lab_report(c):
    """Multi-page lab report; identity on every page, or page 1 + running header, or 'Dossier n°' only later."""
    r = c.rng
    lab = c.lab
    mode = c.variant or r.choice(["each", "running", "dossier"])
    secs = r.sample(LAB, r.randint(4, 5))
    dossier = f"{c.date.strftime('%y%m%d')}-{r.randint(1000, 9999)}"
    npages = 2 if len(secs) == 4 else 3
    per = [secs[:2], secs[2:4], secs[4:]][:npages]
    pages = []
    for i, chunk in enumerate(per):
        pg = Page()
        pg.text(15, 15, lab["name"], "sansB", 13, (0, 90, 60))
        pg.text(15, 20, f"{lab['site']} — {lab['addr']} — {lab['cp']} {lab['city']}", "sans", 7.5, GREY)
        pg.text(15, 24, f"Tél. {lab['tel']} — Biologiste responsable : {dr(c.author)}", "sans", 7.5, GREY)
        if i == 0 or mode == "each":
            f = c.id.fields(r) if i == 0 else f
            bx, by = 110, 32
            pg.rect(bx, by, 86, 6 + 4.4 * len(f), 0.3)
            yy = by + 5
            for a, b in f:
                pg.text(bx + 2, yy, f"{a} :", "sans", 8)
                pg.text(bx + 32, yy, b, "sansB", 8.5)
                yy += 4.4
            pg.lines(15, 36, [f"Dossier n° {dossier}", f"Prélevé le {ddate(c)} à {r.randint(7, 11)}h{r.randint(10, 59)}",
                              f"Prescripteur : {dr(c.recipient)}", f"Édité le {ddate(c)}"], "sans", 8.5, 1.35)
            y = max(yy, 58) + 6
        else:
            if mode == "running":
                run = f"{c.id.last()} {c.id.F or ''} – {c.id.D or ''}".strip(" –")
                pg.text(15, 32, run, "sansB", 9)
            pg.text(195, 32, f"Dossier n° {dossier}", "sans", 9, align="r")
            pg.line(15, 34, 195, 34, 0.3)
            y = 42
        pg.text(15, y, "Examen", "sansB", 8.5)
        pg.text(95, y, "Résultat", "sansB", 8.5)
        pg.text(125, y, "Unité", "sansB", 8.5)
        pg.text(155, y, "Valeurs de référence", "sansB", 8.5)
        pg.text(190, y, "Antériorité", "sansB", 7.5, align="r")
        y += 3
        pg.line(15, y, 195, y, 0.3)
        y += 6
        for title, rows in chunk:
            pg.text(15, y, title, "sansB", 9.5, (0, 90, 60))
            y += 6
            for name, unit, (lo, hi), dec in rows:
                v = r.uniform(lo * 0.85, hi * 1.15)
                out = v < lo or v > hi
                pg.text(18, y, name, c.font, 9)
                pg.text(95, y, f"{v:.{dec}f}".replace(".", ",") + (" *" if out else ""), c.font + ("B" if out and c.font in ("sans", "dv") else ""), 9)
                pg.text(125, y, unit, c.font, 8.5)
                pg.text(155, y, f"{lo:.{dec}f} – {hi:.{dec}f}".replace(".", ","), c.font, 8.5)
                pg.text(190, y, f"{r.uniform(lo, hi):.{dec}f}".replace(".", ","), c.font, 7.5, GREY, "r")
                y += 5.2
            y += 4
        if i == len(per) - 1:
            pg.para(15, y + 4, 180, "Résultats validés biologiquement. Les valeurs marquées * sont hors des limites de "
                    "référence. Compte rendu transmis au prescripteur par messagerie sécurisée.", "sans", 8)
            pg.text(150, y + 22, dr(c.author), "sansB", 9)
        page_no(pg, i + 1, len(per), c)
        pg.text(105, 287, f"{lab['name']} — SELAS au capital de 150 000 € — Accréditation Cofrac n° 8-{r.randint(1000, 4000)}",
                "sans", 6.5, GREY, "c")
        pages.append(pg)
    c.lab_mode = mode
    return pages


def ordonnance_bizone(c):
    """Ordonnance bizone (ALD): prescriber header, patient line, upper zone (ALD) and lower zone (other)."""
    r = c.rng
    pg = Page()
    a = c.author
    pg.lines(15, 16, [dr(a), a.specialty, a.address[0], a.address[1], f"Tél. : {a.phone}"], "sans", 9, 1.25)
    pg.text(195, 16, f"RPPS {a.rpps}", "sans", 8, align="r")
    pg.barcode(150, 19, 45, 8, a.rpps)
    pg.text(195, 34, f"Le {ddate(c)}", "sans", 10, align="r")
    y = 46
    pg.text(15, y, c.id.name_line(), "sansB", 11)
    y += 5.5
    bits = [c.id.dob_phrase()] if c.id.D else []
    if c.id.S:
        bits.append(f"Sexe : {c.id.S}")
    if c.id.I:
        bits.append(f"{c.id.ilabel} : {c.id.I}")
    if r.random() < 0.5:
        bits.append(f"Poids : {r.randint(48, 96)} kg")
    pg.text(15, y, "   ".join(bits), "sans", 9.5)
    y += 8
    pg.rect(12, y, 186, 4, 0, None, (230, 230, 230))
    pg.text(105, y + 3, "Prescriptions relatives au traitement de l'affection de longue durée reconnue (liste ou hors liste)",
            "sans", 7, align="c")
    pg.text(105, y + 7.5, "(AFFECTION EXONÉRANTE)", "sansB", 7, align="c")
    y += 14
    for t in r.sample(TTT, 3):
        y = pg.para(20, y, 170, t, c.font, 10.5) + 1.5
    y = max(y + 8, 150)
    pg.line(12, y, 198, y, 0.6)
    pg.rect(12, y + 1, 186, 4, 0, None, (230, 230, 230))
    pg.text(105, y + 4, "Prescriptions SANS RAPPORT avec l'affection de longue durée", "sans", 7, align="c")
    pg.text(105, y + 8.5, "(MALADIES INTERCURRENTES)", "sansB", 7, align="c")
    y += 16
    for t in r.sample(TTT, 2):
        y = pg.para(20, y, 170, t, c.font, 10.5) + 1.5
    if c.others_lines:
        y = others_block(pg, c, 20, y + 4, 170, "sans", 9)
    signature(pg, c, 140, 250)
    pg.text(105, 285, "Ordonnance bizone — à présenter au pharmacien avec la carte Vitale", "sans", 7, GREY, "c")
    return [pg]


def certificat(c):
    r = c.rng
    pg = Page()
    a = c.author
    pg.lines(20, 20, [dr(a), a.specialty, a.address[0], a.address[1]], "serif", 10.5, 1.25)
    pg.text(105, 70, "CERTIFICAT MÉDICAL", "serifB", 15, align="c")
    y = 90
    who = c.id.name_line(first_first=r.random() < 0.5)
    dob = f", {c.id.nee} le {c.id.D}" if c.id.D else ""
    ins = f" ({c.id.ilabel} {c.id.I})" if c.id.I else ""
    s = (f"Je soussigné(e), {dr(a)}, certifie avoir examiné ce jour {who}{dob}{ins}, et constaté que son état de santé "
         f"{r.choice(['contre-indique la pratique du sport en compétition pour une durée de trois mois', 'nécessite un arrêt de travail du ' + ddate(c) + ' au ' + date_str(c.date + dt.timedelta(days=10), 'slash') + ' inclus', 'ne contre-indique pas la pratique de la natation', 'justifie une absence scolaire de cinq jours'])}.")
    if c.id.S:
        s += f" Sexe : {c.id.S}."
    y = pg.para(25, y, 160, s, "serif", 12, 1.5) + 6
    if c.others_lines:
        y = others_block(pg, c, 25, y, 160, "serif", 11) + 4
    pg.para(25, y, 160, "Certificat établi à la demande de l'intéressé(e) et remis en main propre pour faire valoir "
            "ce que de droit.", "serif", 12, 1.5)
    pg.text(185, y + 26, f"Fait à {a.city}, le {ddate(c, 'long')}", "serif", 11.5, align="r")
    signature(pg, c, 135, y + 40, stamp=True)
    return [pg]


def bon_transport(c):
    """Prescription médicale de transport (cerfa-like): assuré block and 'bénéficiaire' block, boxes."""
    r = c.rng
    pg = Page()
    pg.text(15, 14, "PRESCRIPTION MÉDICALE DE TRANSPORT", "sansB", 12)
    pg.text(15, 19, "articles L.162-4-1, L.322-5 et R.322-10 à R.322-13 du Code de la sécurité sociale", "sans", 7)
    pg.rect(160, 8, 36, 12, 0.4)
    pg.text(178, 16, "cerfa  n° 11574*04", "sansB", 7.5, align="c")
    y = 27
    pg.rect(12, y, 186, 36, 0.4)
    pg.rect(12, y, 186, 5, 0, None, (220, 220, 220))
    pg.text(14, y + 3.8, "PERSONNE RECEVANT LES SOINS ET ASSURÉ(E)", "sansB", 8)
    a_line = c.assure
    yy = y + 10
    pg.text(14, yy, "Nom et prénom (suivi, s'il y a lieu, du nom d'usage) :", "sans", 7.5)
    pg.text(85, yy, c.id.name_line(civ=False), "mono", 10)
    yy += 6
    pg.text(14, yy, "Date de naissance :", "sans", 7.5)
    pg.text(85, yy, c.id.D or "", "mono", 10)
    if c.id.S:
        pg.text(150, yy, f"Sexe : {c.id.S}", "mono", 9)
    yy += 6
    pg.text(14, yy, "N° d'immatriculation :", "sans", 7.5)
    if c.id.I:
        pg.text(85, yy, c.id.I, "mono", 10)
    yy += 6
    pg.text(14, yy, "Adresse :", "sans", 7.5)
    pg.text(85, yy, ", ".join(c.id.p.address), "mono", 9)
    y += 40
    pg.rect(12, y, 186, 26, 0.4)
    pg.rect(12, y, 186, 5, 0, None, (220, 220, 220))
    pg.text(14, y + 3.8, "ASSURÉ(E) (à remplir si la personne recevant les soins n'est pas l'assuré(e))", "sansB", 8)
    if a_line:
        pg.lines(14, y + 10, [a_line[0], a_line[1]], "mono", 9.5, 1.5)
    y += 30
    pg.rect(12, y, 186, 60, 0.4)
    pg.text(14, y + 5, "ÉLÉMENTS D'ORDRE MÉDICAL", "sansB", 8)
    checks = ["Transport en rapport avec une ALD", "Accident du travail", "Hospitalisation", "Soins itératifs",
              "Ambulance", "VSL / Taxi conventionné", "Transport en commun / véhicule personnel"]
    yy = y + 12
    for ch in checks:
        pg.rect(16, yy - 3, 3.2, 3.2, 0.3)
        if r.random() < 0.35:
            pg.poly([(16.2, yy - 2), (17.4, yy), (19.8, yy - 4.5)], 0.6, (20, 20, 120))
        pg.text(22, yy, ch, "sans", 8.5)
        yy += 6.2
    pg.text(110, y + 14, f"Départ : {c.id.p.address[1]}", "sans", 8.5)
    pg.text(110, y + 20, f"Arrivée : {c.est['short']}", "sans", 8.5)
    y += 64
    pg.rect(12, y, 186, 40, 0.4)
    pg.text(14, y + 5, "IDENTIFICATION DU PRESCRIPTEUR", "sansB", 8)
    pg.lines(14, y + 11, [dr(c.author), f"N° RPPS : {c.author.rpps}", c.author.address[1], f"Date : {ddate(c)}"], "sans", 9, 1.4)
    if c.others_lines:
        others_block(pg, c, 100, y + 11, 95, "sans", 8)
    signature(pg, c, 140, y + 32)
    pg.text(105, 288, "Volet 1 — à conserver par l'assuré(e)", "sans", 7, GREY, "c")
    return [pg]


def sticker(c, w=70, h=36):
    r = c.rng
    s = Page(w, h)
    fnt = r.choice(["sans", "narrow", "cond", "dmono"])
    fb = {"sans": "sansB", "narrow": "narrowB", "cond": "condB", "dmono": "dmonoB"}[fnt]
    y = 5
    s.text(2.5, y, f"{c.id.last()}", fb, 8.5)
    y += 3.8
    if c.id.F:
        s.text(2.5, y, c.id.F, fnt, 8)
        y += 3.6
    line = ""
    if c.id.D:
        line = f"{c.id.dlabel.rstrip(' :')} {c.id.D}"
    if c.id.S:
        line += f"  Sexe {c.id.S}"
    s.text(2.5, y, line, fnt, 7.5)
    y += 3.4
    if c.id.I:
        s.text(2.5, y, f"{c.id.ilabel} {c.id.I}", fnt, 7)
        y += 3.2
    s.text(2.5, y, f"IEP {r.randint(10 ** 9, 10 ** 10 - 1)}  UF {r.randint(1000, 9999)}", fnt, 7)
    s.barcode(2.5, h - 9, w * 0.6, 6.5, c.id.oneline())
    s.text(w - 2, h - 3.5, c.est["short"][:14], fnt, 6.5, align="r")
    return s


def demande_examen_sticker(c):
    """Request form with the patient's étiquette pasted (rotated) in the identity frame."""
    r = c.rng
    pg = Page()
    pg.text(15, 16, c.est["name"], "sansB", 10)
    pg.text(15, 21, "DEMANDE D'EXAMEN — " + r.choice(["IMAGERIE", "EXPLORATIONS FONCTIONNELLES", "ANATOMIE PATHOLOGIQUE", "CONSULTATION SPÉCIALISÉE"]),
            "sansB", 11)
    pg.rect(110, 28, 88, 44, 0.4)
    pg.text(112, 32, "Étiquette patient", "sansI", 7, GREY)
    st = sticker(c)
    pg.group(154 + r.uniform(-3, 3), 51 + r.uniform(-2, 2), 70, 36, r.uniform(-4, 4), st, (252, 252, 248))
    pg.rect(12, 28, 92, 44, 0.4)
    pg.lines(14, 34, ["Service demandeur : " + c.service, "Médecin demandeur : " + dr(c.author), "Bip : " + str(r.randint(1000, 9999)),
                      f"Date de la demande : {ddate(c)}", "Urgent :  oui [ ]   non [X]"], "sans", 8.5, 1.6)
    y = 80
    for h in ("Renseignements cliniques", "Examen demandé", "Antécédents / allergies", "Patient(e) porteur de :"):
        pg.rect(12, y, 186, 30, 0.3)
        pg.text(14, y + 4.5, h, "sansB", 8.5)
        y += 33
    pg.para(16, 91, 175, r.choice(MOTIFS).capitalize() + ". " + r.choice(EXAM), "sansI", 10)
    pg.para(16, 124, 175, r.choice(IMAGING)[0].capitalize(), "sansI", 10)
    pg.para(16, 157, 175, ", ".join(r.sample(ATCD, 2)), "sansI", 10)
    pg.text(16, 190, "☐ Pacemaker   ☐ Valve   ☒ Aucun   ☐ Grossesse", "dv", 9)
    if c.others_lines:
        others_block(pg, c, 14, 220, 180, "sans", 9)
    signature(pg, c, 140, 250)
    footer(pg, c)
    return [pg]


def cr_consultation_2col(c):
    """Compte rendu de consultation in two columns; identity line under the header rule."""
    r = c.rng
    pg = Page()
    pg.text(105, 16, c.est["name"].upper(), "sansB", 11, NAVY, "c")
    pg.text(105, 21.5, f"Consultation de {c.service} — {dr(c.author)}", "sans", 9, NAVY, "c")
    pg.line(15, 25, 195, 25, 0.6, NAVY)
    y = 32
    pg.text(15, y, c.id.oneline(sep="   "), "sansB" if r.random() < 0.5 else "sans", 9.5)
    y += 5
    pg.text(15, y, f"Consultation du {ddate(c)} — Adressé(e) par {dr(c.recipient)}", "sans", 9)
    pg.line(15, y + 3, 195, y + 3, 0.3)
    y += 11
    paras = body_text(c) + [f"Traitement : {'; '.join(r.sample(TTT, 3))}.", r.choice(CONCL)]
    col = 0
    ys = [y, y]
    for para in paras:
        lines = wrap(para, c.font, 9.5, 85)
        need = len(lines) * 4.4 + 2
        if ys[col] + need > 255 and col == 0:
            col = 1
        x = 15 if col == 0 else 110
        ys[col] = pg.lines(x, ys[col], lines, c.font, 9.5, 1.32) + 2
    y = max(ys)
    if c.others_lines:
        y = others_block(pg, c, 15, y + 2, 180, c.font, 9)
    pg.text(150, min(y + 10, 262), dr(c.author), "sansB", 9.5)
    signature(pg, c, 150, min(y + 18, 270))
    footer(pg, c)
    handmarks(pg, c, 32)
    return [pg]


def landscape_cumul(c):
    """Landscape page: cumulative lab results / surveillance chart with an identity band on top."""
    r = c.rng
    pg = Page(297, 210)
    pg.rect(10, 8, 277, 16, 0.4, fill=(238, 238, 238))
    pg.text(14, 14, c.lab["name"] + " — RÉSULTATS CUMULÉS", "sansB", 10)
    pg.text(14, 20.5, c.id.oneline(sep="  |  "), "sans", 9)
    pg.text(283, 14, f"Édition du {ddate(c)}", "sans", 8, align="r")
    pg.text(283, 20.5, f"Prescripteur : {dr(c.recipient)}", "sans", 8, align="r")
    dates = sorted({c.date - dt.timedelta(days=r.randint(0, 400)) for _ in range(6)})
    y = 34
    pg.text(14, y, "Analyse", "sansB", 8.5)
    for j, d in enumerate(dates):
        pg.text(95 + j * 30, y, date_str(d, "slash"), "sansB", 8.5)
    y += 2
    pg.line(12, y, 285, y, 0.3)
    y += 6
    for title, rows in r.sample(LAB, 3):
        pg.text(14, y, title, "sansB", 8, (0, 90, 60))
        y += 5
        for name, unit, (lo, hi), dec in rows:
            pg.text(16, y, f"{name} ({unit})" if unit else name, c.font, 8)
            for j in range(len(dates)):
                pg.text(95 + j * 30, y, f"{r.uniform(lo * 0.9, hi * 1.1):.{dec}f}".replace(".", ","), c.font, 8)
            y += 4.6
        y += 3
    pg.text(148, 203, "Document édité pour information — ne remplace pas les comptes rendus validés", "sans", 7, GREY, "c")
    return [pg]


def mono_printout(c):
    """Old hospital information system printout: monospace, uppercase, dashed rules."""
    r = c.rng
    pg = Page()
    f = r.choice(["mono", "dmono"])
    W = 78
    rule = "-" * W
    y = 18
    head = [f"{c.est['short'].upper():<40}{'EDITION DU ' + ddate(c):>38}", f"{'SERVICE ' + c.service.upper():<78}"[:W], rule,
            f"{'FICHE DE LIAISON - ' + r.choice(['SORTIE', 'URGENCES', 'TRANSFERT SSR', 'CONSULTATION']):^78}"[:W], rule]
    y = pg.lines(12, y, head, f, 9, 1.25)
    for lab, val in c.id.fields(r):
        y = pg.lines(12, y, [f"{lab.upper():<22}: {val}"], f, 9, 1.25)
    y = pg.lines(12, y, [rule], f, 9, 1.25)
    y = pg.lines(12, y, [f"MEDECIN TRAITANT      : {dr(c.recipient, upper=True)}", f"MEDECIN RESPONSABLE   : {dr(c.author, upper=True)}"], f, 9, 1.25)
    for role, line in c.others_lines:
        y = pg.lines(12, y, [f"{role.upper()[:21]:<22}: {line.upper()}"[:W + 20]], f, 9, 1.25)
    y = pg.lines(12, y, [rule], f, 9, 1.25)
    for para in body_text(c):
        wrapped = []
        for chunk in para.upper().split("\n"):
            import textwrap
            wrapped += textwrap.wrap(chunk, W)
        y = pg.lines(12, y, wrapped, f, 9, 1.25) + 2
    y = pg.lines(12, y + 4, [rule, "TRAITEMENT DE SORTIE :"] + ["  - " + t.upper() for t in r.sample(TTT, 3)] + [rule], f, 9, 1.25)
    pg.text(12, 285, f"IMPRIME PAR {r.choice(['SECMED', 'IDE3', 'ACCUEIL'])}{r.randint(1, 9)}   PAGE 1/1", f, 8)
    return [pg]


def lettre_liaison(c):
    """Lettre de liaison à la sortie: identity band with a 2D code, structured sections, personne de confiance."""
    r = c.rng
    pg = Page()
    logo(pg, 14, 10, 12, c)
    pg.text(30, 15, c.est["short"], "dvB", 10, NAVY)
    pg.text(30, 20, f"Pôle {c.service}", "dv", 8, NAVY)
    pg.text(196, 15, "LETTRE DE LIAISON", "dvB", 13, align="r")
    pg.text(196, 20.5, f"Sortie du {ddate(c)}", "dv", 9, align="r")
    pg.rect(12, 26, 186, 22, 0.3, fill=(244, 244, 244))
    pg.matrix(180, 29, 15, c.id.oneline())
    pg.text(15, 32, c.id.name_line(), "dvB", 10.5)
    rest = []
    if c.id.D:
        rest.append(c.id.dob_phrase())
    if c.id.S:
        rest.append(f"Sexe {c.id.S}")
    pg.text(15, 37.5, "   ".join(rest), "dv", 9)
    if c.id.I:
        pg.text(15, 42.5, f"{c.id.ilabel} : {c.id.I}  (identité qualifiée)" if r.random() < 0.5 else f"{c.id.ilabel} : {c.id.I}", "dv", 8.5)
    y = 56
    pg.text(14, y, f"Médecin traitant : {dr(c.recipient)} — {c.recipient.address[1]}", "dv", 8.5)
    y += 7
    for h, t in (("Motif d'hospitalisation", r.choice(MOTIFS).capitalize() + "."),
                 ("Synthèse du séjour", " ".join(body_text(c)[1:3])),
                 ("Traitement de sortie", "; ".join(r.sample(TTT, 4)) + "."),
                 ("Suites à donner", r.choice(CONCL))):
        pg.rect(12, y - 4, 186, 5.5, 0, None, (225, 232, 242))
        pg.text(14, y, h, "dvB", 9)
        y = pg.para(14, y + 6, 182, t, c.font, 9) + 4
    if c.others_lines:
        pg.text(14, y, "Entourage", "dvB", 9)
        y = others_block(pg, c, 14, y + 5, 182, "dv", 8.5)
    pg.text(140, y + 8, dr(c.author), "dvB", 9)
    signature(pg, c, 140, y + 16)
    footer(pg, c)
    return [pg]


def fax_cover(c, npages):
    r = c.rng
    pg = Page()
    pg.text(105, 30, "TÉLÉCOPIE", "sansB", 22, align="c")
    rows = [("De", f"{c.est['short']} — Secrétariat {c.service}"), ("Tél.", c.est["tel"]),
            ("À", dr(c.recipient)), ("Date", ddate(c)), ("Nombre de pages", f"{npages} (y compris celle-ci)"),
            ("Objet", r.choice(["Résultats", "Compte rendu", "Courrier médical", "Documents patient"]))]
    y = 50
    for a, b in rows:
        pg.rect(20, y, 50, 10, 0.3, fill=(235, 235, 235))
        pg.rect(70, y, 120, 10, 0.3)
        pg.text(22, y + 6.5, a, "sansB", 10)
        pg.text(72, y + 6.5, b, "sans", 10)
        y += 10
    pg.para(20, y + 15, 170, "CONFIDENTIEL — Ce message est destiné exclusivement à son destinataire. Si vous l'avez "
            "reçu par erreur, merci de le détruire et de prévenir l'expéditeur par téléphone.", "sansB", 9)
    return pg


LAYOUTS = {
    "crh_logo_left": (letter_logo_left, "Compte rendu d'hospitalisation"),
    "courrier_confrere": (letter_confrere, "Courrier"),
    "cr_imagerie_table4": (imaging_table4, "Compte rendu d'imagerie"),
    "cro_table_rows": (cro_rows, "Compte rendu opératoire"),
    "bio_multipage": (lab_report, "Compte rendu de biologie"),
    "ordonnance_bizone": (ordonnance_bizone, "Ordonnance"),
    "certificat": (certificat, "Certificat médical"),
    "bon_transport": (bon_transport, "Prescription de transport"),
    "demande_etiquette": (demande_examen_sticker, "Demande d'examen"),
    "cr_consult_2col": (cr_consultation_2col, "Compte rendu de consultation"),
    "bio_cumul_paysage": (landscape_cumul, "Résultats cumulés"),
    "listing_mono_maj": (mono_printout, "Fiche de liaison"),
    "lettre_liaison": (lettre_liaison, "Lettre de liaison"),
}
