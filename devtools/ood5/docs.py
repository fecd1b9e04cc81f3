"""Document builders for the ood5 corpus: identity formatting (what the paper shows) and page layouts."""
import datetime as dt

from content import DRUGS, HOSP_SECTIONS, IMAGING, LAB_TESTS, OPERATIONS, POSOLOGY, REASONS, SENTENCES
from draw import Page, width_mm
from names import CITIES, MONTHS, SPECIALTIES, STREETS
from registry import TODAY, strip_accents

FONTS = ["sans", "serif", "lsans", "narrow", "dserif"]


# ------------------------------------------------------------------ small formatting helpers
def fdate(d, style):
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "short":
        return d.strftime("%d/%m/%y")
    if style == "long":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS[d.month - 1]} {d.year}"
    raise ValueError(style)


def fins(ins, style):
    if style == "spaced":
        return f"{ins[0]} {ins[1:3]} {ins[3:5]} {ins[5:7]} {ins[7:10]} {ins[10:13]} {ins[13:]}"
    if style == "keysep":
        return f"{ins[:13]} {ins[13:]}"
    return ins


def upname(s, keep_acc):
    s = s.upper()
    return s if keep_acc else strip_accents(s)


def cap_first(s, upper):
    return s.upper() if upper else s


def phone(rng):
    vals = (rng.choice([2, 2, 6, 7]), rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 99))
    return "0%d %02d %02d %02d %02d" % vals


def rdate(rng, back=120):
    return TODAY - dt.timedelta(days=rng.randint(1, back))


def fill(rng, s):
    return s.format(ta=f"{rng.randint(110, 165)}/{rng.randint(60, 95)}", fc=rng.randint(55, 100),
                    y1=rng.randint(1975, 2020), d1=rdate(rng).strftime("%d/%m/%Y"), creat=rng.randint(50, 140),
                    hb=f"{rng.uniform(10.5, 16):.1f}".replace(".", ","), m=rng.choice([3, 6, 12]),
                    kg=rng.randint(48, 110), cm=rng.randint(150, 192), drug=rng.choice(DRUGS).split()[0].lower(),
                    d2=(TODAY + dt.timedelta(days=rng.randint(20, 200))).strftime("%d/%m/%Y"),
                    h=rng.randint(8, 17), mn=rng.choice(["00", "15", "30", "45"]))


def body_paras(rng, n, subj_word="le patient"):
    out = []
    pool = list(SENTENCES)
    rng.shuffle(pool)
    for i in range(n):
        k = rng.randint(2, 3)
        out.append(" ".join(fill(rng, s) for s in pool[i * 3:i * 3 + k]).replace("Le patient", subj_word.capitalize())
                   .replace("ce patient", subj_word))
    return out


# ------------------------------------------------------------------ identity as printed
def is_f(p):
    return p.get("sex_true") == "F"


def name_lines(p, st):
    """Name + first-name lines of a block identity (st = dict of style choices)."""
    U = st["U"]
    first = p.get("first")
    fdisp = cap_first(first, st["fup"]) if first else None
    t = (p["title"] + " ") if p.get("title") else ""
    if p.get("birth") and p.get("used"):
        v = st["married"]
        if v == 0:
            return [f"{t}{U(p['used'])} {fdisp or ''}".strip(), f"née {U(p['birth'])}"]
        if v == 1:
            return [f"{t}{U(p['birth'])} ép. {U(p['used'])} {fdisp or ''}".strip()]
        return [f"Nom de naissance : {U(p['birth'])}", f"Nom d'usage : {U(p['used'])}",
                f"Prénom(s) : {fdisp or ''}"]
    if p.get("birth"):
        return [f"Nom de naissance : {U(p['birth'])}", f"Prénom(s) : {fdisp or ''}"]
    if p.get("used"):
        return [f"Nom d'usage : {U(p['used'])}", f"Prénom : {fdisp or ''}"]
    if p.get("name"):
        if not fdisp:
            return [f"{t}{U(p['name'])}".strip()]
        return [f"{t}{U(p['name'])} {fdisp}" if st["nf"] else f"{t}{fdisp} {U(p['name'])}"]
    return [f"{t}{fdisp or ''}".strip()]


def dob_text(p, st, label=True):
    e = "e" if is_f(p) else ""
    if p.get("dob"):
        ds = fdate(p["dob"], p["dob_style"])
        if not label:
            return ds
        return [f"Né{e} le {ds}", f"Né(e) le : {ds}", f"Date de naissance : {ds}", f"DDN : {ds}"][st["dl"]]
    if p.get("year"):
        return f"Né{e} en {p['year']}"
    if p.get("age") is not None:
        return f"{p['age']} ans"
    return None


def ins_lines(p, st):
    if not p.get("ins"):
        return []
    s = fins(p["ins"], p["ins_style"])
    if st["insnl"]:
        return [st["inslab"], s]
    return [f"{st['inslab']} : {s}"]


def id_block(p, st):
    lines = name_lines(p, st)
    d = dob_text(p, st)
    if d:
        lines.append(d)
    if p.get("sex") and (st["sexrow"] or not p.get("title")):
        lines.append(f"Sexe : {p['sex']}")
    lines += ins_lines(p, st)
    return lines


def id_rows(p, st):
    U = st["U"]
    rows = []
    if p.get("birth"):
        rows.append(("Nom de naissance", U(p["birth"])))
    elif p.get("name"):
        rows.append(("Nom", U(p["name"])))
    else:
        rows.append(("Nom de naissance", ""))
    if p.get("used"):
        rows.append(("Nom d'usage", U(p["used"])))
    elif st["emptyused"]:
        rows.append(("Nom d'usage", ""))
    rows.append(("Prénom(s)", cap_first(p["first"], st["fup"]) if p.get("first") else ""))
    rows.append(("Date de naissance", dob_text(p, st, label=False) or ""))
    rows.append(("Sexe", {"F": "Féminin", "M": "Masculin"}.get(p.get("sex"), "") if st["sexlong"]
                 else p.get("sex") or ""))
    if p.get("ins") or st["emptyins"]:
        rows.append(("INS", fins(p["ins"], p["ins_style"]) if p.get("ins") else ""))
    return rows


def id_sentence(p, st):
    U = st["U"]
    e = "e" if is_f(p) else ""
    first = p.get("first")
    t = p.get("title") or ("Madame" if is_f(p) else "Monsieur")
    if p.get("birth") and p.get("used"):
        s = f"{t} {first or ''} {U(p['used'])}, née {U(p['birth'])}".replace("  ", " ")
    else:
        nm = p.get("birth") or p.get("name") or p.get("used") or ""
        s = f"{t} {first or ''} {U(nm)}".replace("  ", " ")
    if p.get("dob"):
        s += f", né{e} le {fdate(p['dob'], p['dob_style'])}"
    elif p.get("year"):
        s += f", né{e} en {p['year']}"
    elif p.get("age") is not None:
        s += f", âgé{e} de {p['age']} ans"
    if p.get("ins"):
        s += f" (INS {fins(p['ins'], p['ins_style'])})"
    return s


def running_header(p, st, i, n):
    U = st["U"]
    if st["rh"] == 0 or not (p.get("birth") or p.get("name") or p.get("used")):
        return f"Page {i}/{n}"
    nm = U(p.get("used") or p.get("birth") or p.get("name"))
    parts = [f"{nm} {p.get('first') or ''}".strip()]
    if p.get("dob") and st["rh"] == 2:
        parts.append(fdate(p["dob"], p["dob_style"]))
    parts.append(f"page {i}/{n}")
    return " — ".join(parts)


def style_choices(rng):
    keep_acc = rng.random() < 0.5
    return dict(U=lambda s: upname(s, keep_acc), fup=rng.random() < 0.25, married=rng.randint(0, 2),
                nf=rng.random() < 0.7, dl=rng.randint(0, 3), sexrow=rng.random() < 0.4, insnl=rng.random() < 0.35,
                inslab=rng.choice(["INS", "N° INS", "Matricule INS", "INS (NIR)"]), emptyused=rng.random() < 0.6,
                sexlong=rng.random() < 0.4, emptyins=rng.random() < 0.3, rh=rng.choice([0, 1, 2, 2]),
                side=rng.choice(["left", "right"]), docx_table=rng.random() < 0.5)


# ------------------------------------------------------------------ letterheads and other people
def dr(d):
    return f"Dr {d['first']} {d['name']}"


def letterhead(pg, rng, ctx, author, kind):
    """Return (y after, list of doctors printed)."""
    x, y = 18, 18
    shown = [author]
    if kind == "hospital":
        pg.text(x, y, f"CENTRE HOSPITALIER DE {ctx['city'].upper()}", 12, bold=True)
        pg.text(x, y + 5, f"Service de {author['spec']}", 10)
        others = rng.sample([d for d in ctx["doctors"] if d is not author], 3)
        shown += others
        pg.text(x, y + 10, "Chef de service : " + dr(others[0]), 8)
        pg.text(x, y + 14, "Praticiens : " + " — ".join(dr(o) for o in [author] + others[1:]), 8)
        pg.text(x, y + 18, f"Secrétariat : {phone(rng)}", 8)
        return y + 26, shown
    if kind == "cabinet":
        others = rng.sample([d for d in ctx["doctors"] if d is not author], 2)
        shown += others
        for i, d in enumerate([author] + others):
            pg.text(x + i * 60, y, dr(d), 9, bold=True)
            pg.text(x + i * 60, y + 4, d["spec"], 7.5)
            pg.text(x + i * 60, y + 7.5, f"RPPS {d['rpps']}", 7.5)
        pg.text(x, y + 13, f"Cabinet médical — {rng.randint(1, 80)} {rng.choice(STREETS)} — {ctx['city']}", 8)
        pg.line(x, y + 15.5, 192, y + 15.5)
        return y + 23, shown
    pg.text(x, y, dr(author), 12, bold=True)
    pg.text(x, y + 5, author["spec"], 10)
    pg.text(x, y + 9.5, f"{rng.randint(1, 80)} {rng.choice(STREETS)}", 9)
    pg.text(x, y + 13.5, f"{rng.randint(10, 95)}000 {ctx['city']}  —  Tél. {phone(rng)}", 9)
    pg.text(x, y + 17.5, f"RPPS {author['rpps']}", 8)
    return y + 26, shown


def extra_people(rng, ctx, subject_person, p):
    """Lines about other people (contact person, mother, GP); some of them are registry patients."""
    out, printed = [], []
    sp = subject_person
    force = ctx.get("force_relative")
    if sp is not None and sp.mother is not None and sp.age() < 18 and (force or rng.random() < 0.8):
        m = sp.mother
        dd = f", née le {m.dob.strftime('%d/%m/%Y')}" if rng.random() < 0.4 else ""
        nm = f"{m.used.upper()} née {m.birth.upper()}" if m.used else m.birth.upper()
        out.append(f"Mère : Mme {m.first} {nm}{dd}")
        printed.append(("mother", m))
    elif sp is not None and sp.spouse is not None and (force or rng.random() < 0.6):
        s = sp.spouse
        nm = (s.used or s.birth).upper()
        out.append(f"Personne à prévenir : {'Mme' if s.sex == 'F' else 'M.'} {s.first} {nm} "
                   f"({'épouse' if s.sex == 'F' else 'époux'}) — {phone(rng)}")
        printed.append(("contact", s))
    elif rng.random() < 0.4:
        o = rng.choice(ctx["reg"].people)
        out.append(f"Personne de confiance : {'Mme' if o.sex == 'F' else 'M.'} {o.first} {o.birth.upper()} "
                   f"— {phone(rng)}")
        printed.append(("trusted", o))
    if rng.random() < 0.5:
        g = rng.choice(ctx["doctors"])
        out.append(f"Médecin traitant : {dr(g)}")
        printed.append(("gp", g))
    return out, printed


def signature(pg, rng, x, y, author):
    y += 6
    pg.text(x, y, rng.choice(["Bien confraternellement,", "Avec mes sentiments confraternels,",
                              "Confraternellement,"]), 10)
    pg.text(x + 40, y + 14, dr(author), 10, bold=True)
    return y + 20


def recipient_block(pg, rng, ctx, x, y, rec):
    pg.text(x, y, f"{ctx['city']}, le {rdate(rng, 20).strftime('%d/%m/%Y')}", 10)
    pg.text(x, y + 8, dr(rec), 10, bold=True)
    pg.text(x, y + 12.5, f"{rng.randint(1, 80)} {rng.choice(STREETS)}", 9)
    pg.text(x, y + 16.5, f"{rng.randint(10, 95)}000 {rng.choice(CITIES)}", 9)
    return y + 26


class Flow:
    """Paragraph flow over pages; continuation pages leave room for a running header."""

    def __init__(self, fkey, first_page, y, x=18, w=174, bottom=272):
        self.pages = [first_page]
        self.y, self.x, self.w, self.bottom, self.fkey = y, x, w, bottom, fkey

    def need(self, h):
        if self.y + h > self.bottom:
            self.pages.append(Page(self.fkey))
            self.y = 34

    def title(self, s, size=11):
        self.need(14)
        self.y += 3
        self.pages[-1].text(self.x, self.y, s, size, bold=True)
        self.y += 6

    def para(self, s, size=10):
        from draw import wrap
        for ln in wrap(s, self.w, size, self.fkey):
            self.need(5)
            self.pages[-1].text(self.x, self.y, ln, size)
            self.y += size * 0.494
        self.y += 2.5


def finish_pages(pages, p, st, rng, footer_only_first=False):
    n = len(pages)
    if n == 1:
        return pages
    for i, pg in enumerate(pages, 1):
        if i > 1:
            pg.text(18, 16, running_header(p, st, i, n), 8.5)
            pg.line(18, 18.5, 192, 18.5, 0.2)
        elif rng.random() < 0.5:
            pg.text(105, 288, f"{i}/{n}", 8, align="c")
    return pages


# ------------------------------------------------------------------ layouts (return list of Page)
def block_at(pg, x, y, lines, size=9.5, lead=4.6, bold_first=True, w=None):
    from draw import wrap
    w = w or (192 - x)
    for i, ln in enumerate(lines):
        for sub in wrap(ln, w, size, pg.fkey) or [""]:
            pg.text(x, y, sub, size, bold=(i == 0 and bold_first))
            y += lead
    return y


def lay_letter_side(rng, ctx, p, st, sp):
    author, rec = rng.sample(ctx["doctors"], 2)
    pg = Page(ctx["font"])
    y0, shown = letterhead(pg, rng, ctx, author, rng.choice(["single", "hospital"]))
    extra, others = extra_people(rng, ctx, sp, p)
    colx, bodyx = (15, 72) if st["side"] == "left" else (150, 18)
    yy = y0 + 8
    pg.text(colx, yy, "PATIENT(E)" if rng.random() < .5 else "Concerne :", 8.5, bold=True)
    lines = id_block(p, st)
    if p.get("second"):
        lines += [""] + id_block(p["second"], st)
    col_w = 48
    from draw import wrap
    yy += 5
    for ln in lines:
        for sub in wrap(ln, col_w, 9, ctx["font"]) or [""]:
            pg.text(colx, yy, sub, 9)
            yy += 4.3
    yy += 3
    for ln in extra:
        for sub in wrap(ln, col_w, 7.5, ctx["font"]):
            pg.text(colx, yy, sub, 7.5)
            yy += 3.6
    pg.text(colx, yy + 4, f"Réf. : {rng.randint(10000, 99999)}/{rng.choice('ABCDEFGH')}", 7.5)
    pg.line(colx + col_w + 3 if st["side"] == "left" else colx - 4, y0 + 4,
            colx + col_w + 3 if st["side"] == "left" else colx - 4, 270, 0.2)
    y = recipient_block(pg, rng, ctx, bodyx, y0 + 8, rec)
    pg.text(bodyx, y, "Cher Confrère,", 10)
    y += 7
    for para in body_paras(rng, 3, "votre patient" if p.get("sex_true") == "M" else "votre patiente"):
        y = pg.para(bodyx, y, 122, para, 10) + 3
    signature(pg, rng, bodyx, y, author)
    return [pg], shown + [rec], others


def lay_letter_table(rng, ctx, p, st, sp):
    author, rec = rng.sample(ctx["doctors"], 2)
    pg = Page(ctx["font"])
    y, shown = letterhead(pg, rng, ctx, author, rng.choice(["single", "hospital", "cabinet"]))
    recipient_block(pg, rng, ctx, 120, y, rec)
    y += 30
    pg.text(18, y, "Objet : compte rendu de consultation — " + rng.choice(REASONS), 10, bold=True)
    y += 6
    rows = id_rows(p, st)
    lw = 45
    shade = 0.9 if rng.random() < 0.5 else None
    for lab, val in rows:
        pg.rect(18, y, lw, 7, 0.25, fill=shade)
        pg.rect(18 + lw, y, 80, 7, 0.25)
        pg.text(20, y + 5, lab, 9)
        pg.text(20 + lw, y + 5, val, 9.5, bold=True)
        y += 7
    extra, others = extra_people(rng, ctx, sp, p)
    y += 5
    for ln in extra:
        pg.text(18, y, ln, 8.5)
        y += 4.5
    y += 4
    pg.text(18, y, "Cher Confrère,", 10)
    y += 7
    for para in body_paras(rng, 2):
        y = pg.para(18, y, 174, para, 10) + 3
    signature(pg, rng, 100, y, author)
    return [pg], shown + [rec], others


def lay_letter_sentence(rng, ctx, p, st, sp):
    author, rec = rng.sample(ctx["doctors"], 2)
    pg = Page(ctx["font"])
    y, shown = letterhead(pg, rng, ctx, author, rng.choice(["single", "hospital", "cabinet"]))
    y = recipient_block(pg, rng, ctx, 115, y, rec) + 4
    pg.text(18, y, rng.choice(["Cher Confrère,", "Chère Consœur,", "Cher ami,"]), 10)
    fl = Flow(ctx["font"], pg, y + 8)
    s = id_sentence(p, st)
    if p.get("second"):
        s += " et " + id_sentence(p["second"], st)
    fl.para(f"{rng.choice(['J’ai vu en consultation', 'J’ai revu ce jour', 'J’ai reçu à votre demande'])} {s}, "
            f"pour {rng.choice(REASONS)}. " + fill(rng, SENTENCES[0]))
    extra, others = extra_people(rng, ctx, sp, p)
    for para in body_paras(rng, rng.choice([2, 3, 6])):
        fl.para(para)
    for ln in extra:
        fl.para(ln, 9)
    fl.need(30)
    signature(fl.pages[-1], rng, 100, fl.y, author)
    return finish_pages(fl.pages, p, st, rng), shown + [rec], others


def sticker(rng, ctx, p, st):
    U = st["U"]
    lab = Page(rng.choice(["lsans", "mono", "sans"]))
    w, h = 72, 36
    lab.rect(0, 0, w, h, 0.3, fill=1.0)
    hosp_ipp = ctx["trap_ipp"] if rng.random() < 0.3 else "%09d" % rng.randint(10 ** 8, 10 ** 9 - 1)
    lab.text(2, 4, f"CH {ctx['city'].upper()}   UF {rng.randint(1000, 9999)}", 6.5)
    lab.text(2, 8.5, f"IPP : {hosp_ipp}   NDA : {rng.randint(10 ** 9, 10 ** 10 - 1)}", 7)
    nm = p.get("used") or p.get("name") or p.get("birth") or ""
    nlab = "NOM NAISS." if (p.get("birth") and not p.get("used")) else "NOM"
    lab.text(2, 13.5, f"{nlab} : {U(nm)}", 8.5, bold=True)
    y = 17.5
    if p.get("birth") and p.get("used"):
        lab.text(2, y, f"Nom naiss. : {U(p['birth'])}", 7.5)
        y += 3.8
    lab.text(2, y, f"Prénom : {(p.get('first') or '').upper()}", 8)
    y += 4
    d = fdate(p["dob"], p["dob_style"]) if p.get("dob") else ""
    lab.text(2, y, f"Né(e) le : {d}   Sexe : {p.get('sex') or ''}", 7.5)
    if p.get("ins"):
        y += 3.6
        lab.text(2, y, f"INS : {fins(p['ins'], p['ins_style'])}", 7)
    y += 1.5
    lab.bars(3, y, 50, max(3.0, h - y - 1.5), rng.randint(0, 10 ** 6))
    return lab, w, h, hosp_ipp


def lay_sticker_form(rng, ctx, p, st, sp):
    author = rng.choice(ctx["doctors"])
    pg = Page(ctx["font"])
    pg.text(18, 20, f"CENTRE HOSPITALIER DE {ctx['city'].upper()}", 11, bold=True)
    pg.text(18, 25, f"Consultations externes — {author['spec']}", 9)
    pg.rect(118, 14, 80, 44, 0.2)
    pg.text(120, 18, "Étiquette patient", 6.5)
    lab, w, h, hipp = sticker(rng, ctx, p, st)
    ang = rng.choice([0, 0, rng.uniform(-3, 3)])
    pg.group(121, 19.5, w, h, ang, lab)
    title = rng.choice(["COMPTE RENDU DE CONSULTATION", "DEMANDE D'EXAMEN COMPLÉMENTAIRE", "FICHE DE LIAISON"])
    pg.text(105, 68, title, 12, bold=True, align="c")
    y = 78
    pg.text(18, y, f"Date : {rdate(rng, 30).strftime('%d/%m/%Y')}        Médecin : {dr(author)}", 9.5)
    y += 8
    extra, others = extra_people(rng, ctx, sp, p)
    for ln in extra:
        pg.text(18, y, ln, 8.5)
        y += 4.5
    y += 3
    for para in body_paras(rng, 3):
        y = pg.para(18, y, 174, para, 10) + 3
    pg.text(120, y + 10, dr(author), 10, bold=True)
    return [pg], [author], others + [("sticker_hospital_ipp", hipp)]


def lay_lab_sheet(rng, ctx, p, st, sp):
    bio, presc = rng.sample(ctx["doctors"], 2)
    pg = Page(rng.choice(["lsans", "narrow", "sans"]))
    pg.text(18, 18, f"LABORATOIRE DE BIOLOGIE MÉDICALE {rng.choice(['BIOLAB', 'ANALYS', 'CYTOBIO'])} "
                    f"{ctx['city'].upper()}", 10, bold=True)
    pg.text(18, 22.5, f"Biologistes : {dr(bio)} — {dr(rng.choice([d for d in ctx['doctors'] if d is not bio]))}",
            7.5)
    pg.text(18, 26, f"{rng.randint(1, 80)} {rng.choice(STREETS)} — Tél. {phone(rng)}", 7.5)
    y = block_at(pg, 115, 38, id_block(p, st), 9, 4.6, w=76)
    pg.text(115, y + 0.5, f"Dossier n° {rng.randint(10 ** 7, 10 ** 8)}", 7.5)
    pg.rect(112, 32, 82, y + 3 - 32, 0.3)
    pg.text(18, 38, f"Prescripteur : {dr(presc)}", 9)
    samp = rdate(rng, 15)
    pg.text(18, 43, f"Prélevé le {samp.strftime('%d/%m/%Y')} à {rng.randint(7, 11)}h{rng.randint(10, 59)}", 9)
    pg.text(18, 48, f"Édité le {(samp + dt.timedelta(days=1)).strftime('%d/%m/%Y')}", 9)
    y = max(80, y + 12)
    cols = [18, 78, 108, 138, 172]
    for c, hdr in zip(cols, ["Analyse", "Résultat", "Unité", "Valeurs de référence", "Antériorité"]):
        pg.text(c, y, hdr, 8.5, bold=True)
    pg.line(18, y + 1.8, 192, y + 1.8)
    y += 7
    tests = rng.sample(LAB_TESTS, rng.randint(7, 14))
    pages = [pg]
    for name, unit, lo, hi, ref in tests:
        if y > 265:
            pg = Page(pages[0].fkey)
            pages.append(pg)
            y = 34
        v = rng.uniform(lo, hi)
        vs = (f"{v:.1f}" if v < 50 else f"{v:.0f}").replace(".", ",")
        prev = (f"{v * rng.uniform(0.8, 1.2):.1f}" if v < 50 else f"{v * rng.uniform(0.8, 1.2):.0f}").replace(".", ",")
        for c, s in zip(cols, [name, vs, unit, ref, prev]):
            pg.text(c, y, s, 9)
        y += 6.2
    if rng.random() < 0.3 and len(pages) == 1:
        pg = Page(pages[0].fkey)
        pages.append(pg)
        y = 34
        for name, unit, lo, hi, ref in rng.sample(LAB_TESTS, 5):
            pg.text(18, y, f"{name} : {rng.uniform(lo, hi):.1f} {unit} ({ref})".replace(".", ","), 9)
            y += 6
    pages[-1].text(18, y + 10, f"Validé par {dr(bio)}, biologiste", 8.5)
    return finish_pages(pages, p, st, rng), [bio, presc], []


def lay_imaging(rng, ctx, p, st, sp):
    rad, req = rng.sample(ctx["doctors"], 2)
    pg = Page(ctx["font"])
    y, shown = letterhead(pg, rng, ctx, rad, "cabinet")
    exam, res, concl = rng.choice(IMAGING)
    pg.text(105, y + 6, exam, 12, bold=True, align="c")
    y += 16
    lines = id_block(p, st)
    if rng.random() < 0.5:
        y = pg.para(18, y, 174, "Patient : " + " — ".join(lines), 9.5) + 1.5
    else:
        y = block_at(pg, 18, y, lines, 9.5, 4.6) + 2
    pg.text(18, y, f"Médecin demandeur : {dr(req)}", 9.5)
    pg.text(18, y + 5, f"Examen du {rdate(rng, 20).strftime('%d/%m/%Y')}", 9.5)
    y += 14
    for t, s in [("Indication", rng.choice(REASONS).capitalize() + "."), ("Technique", "Examen réalisé selon le "
                 "protocole standard, sans injection de produit de contraste."), ("Résultats", res),
                 ("Conclusion", concl)]:
        pg.text(18, y, t + " :", 10, bold=True)
        y = pg.para(18, y + 5, 174, s, 10) + 4
    pg.text(120, y + 8, dr(rad), 10, bold=True)
    return [pg], shown + [req], []


def lay_discharge(rng, ctx, p, st, sp):
    author = rng.choice(ctx["doctors"])
    pg = Page(ctx["font"])
    y, shown = letterhead(pg, rng, ctx, author, "hospital")
    pg.text(105, y + 4, "COMPTE RENDU D'HOSPITALISATION", 12, bold=True, align="c")
    y += 13
    if rng.random() < 0.5:
        for lab, val in id_rows(p, st):
            pg.text(18, y, lab, 9)
            pg.text(65, y, ": " + val, 9.5, bold=True)
            y += 4.8
    else:
        y0 = y
        y = block_at(pg, 19, y, id_block(p, st), 9.5, 4.6, w=100)
        pg.rect(16, y0 - 5, 106, y - y0 + 3, 0.3)
    ent = rdate(rng, 60)
    pg.text(18, y + 3, f"Séjour du {ent.strftime('%d/%m/%Y')} au "
                       f"{(ent + dt.timedelta(days=rng.randint(2, 15))).strftime('%d/%m/%Y')}", 9.5)
    y += 8
    extra, others = extra_people(rng, ctx, sp, p)
    for ln in extra:
        pg.text(18, y, ln, 8.5)
        y += 4.5
    fl = Flow(ctx["font"], pg, y + 4)
    for title, n in HOSP_SECTIONS:
        fl.title(title)
        for para in body_paras(rng, max(1, n - 1)):
            fl.para(para)
    fl.need(25)
    signature(fl.pages[-1], rng, 100, fl.y, author)
    return finish_pages(fl.pages, p, st, rng), shown, others


def lay_operative(rng, ctx, p, st, sp):
    op, aide, anes = rng.sample(ctx["doctors"], 3)
    pg = Page(ctx["font"])
    y, shown = letterhead(pg, rng, ctx, op, "hospital")
    pg.text(105, y + 4, "COMPTE RENDU OPÉRATOIRE", 12, bold=True, align="c")
    y = block_at(pg, 18, y + 14, id_block(p, st), 10, 5)
    d = rdate(rng, 30)
    for s in [f"Date de l'intervention : {d.strftime('%d/%m/%Y')}", f"Opérateur : {dr(op)}", f"Aide : {dr(aide)}",
              f"Anesthésiste : {dr(anes)}", f"Intervention : {rng.choice(OPERATIONS)}"]:
        y += 5
        pg.text(18, y, s, 9.5)
    fl = Flow(ctx["font"], pg, y + 8)
    for t in ["Installation", "Déroulement", "Suites immédiates"]:
        fl.title(t, 10)
        for para in body_paras(rng, rng.choice([1, 2, 3])):
            fl.para(para)
    fl.need(25)
    signature(fl.pages[-1], rng, 100, fl.y, op)
    return finish_pages(fl.pages, p, st, rng), shown + [aide, anes], []


def lay_prescription(rng, ctx, p, st, sp):
    author = rng.choice(ctx["doctors"])
    pg = Page(ctx["font"])
    y, shown = letterhead(pg, rng, ctx, author, "cabinet")
    pg.text(192, y + 4, f"{ctx['city']}, le {rdate(rng, 10).strftime('%d/%m/%Y')}", 10, align="r")
    pg.text(105, y + 14, "ORDONNANCE", 13, bold=True, align="c")
    y = block_at(pg, 30, y + 26, id_block(p, st), 10.5, 5.2)
    if rng.random() < 0.5:
        pg.text(30, y, f"Poids : {rng.randint(40, 100)} kg", 9.5)
    y += 12
    for i in range(rng.randint(2, 5)):
        pg.text(30, y, f"{rng.choice(DRUGS)}", 10.5, bold=True)
        pg.text(36, y + 5, f"{rng.choice(POSOLOGY)} — {rng.choice(['1 mois', '3 mois', 'QSP 6 mois'])}", 10)
        y += 13
    pg.text(130, y + 10, dr(author), 10, bold=True)
    pg.text(105, 285, "En cas d'urgence, composez le 15", 7.5, align="c")
    return [pg], shown, []


def lay_certificate(rng, ctx, p, st, sp):
    author = rng.choice(ctx["doctors"])
    pg = Page(ctx["font"])
    y, shown = letterhead(pg, rng, ctx, author, rng.choice(["single", "cabinet"]))
    pg.text(105, y + 12, "CERTIFICAT MÉDICAL", 13, bold=True, align="c")
    s = id_sentence(p, st)
    if p.get("second"):
        s += " et " + id_sentence(p["second"], st)
    what = rng.choice(["et n'avoir constaté ce jour aucune contre-indication à la pratique du sport en compétition.",
                       "et que son état de santé nécessite un arrêt de travail de 7 jours.",
                       "et que son état de santé justifie une dispense d'activité physique pour une durée d'un mois."])
    y = pg.para(25, y + 30, 160, f"Je soussigné, {dr(author)}, certifie avoir examiné ce jour {s}, {what}", 11,
                lead=1.6)
    y = pg.para(25, y + 6, 160, "Certificat établi à la demande de l'intéressé(e) et remis en main propre pour "
                                "servir et valoir ce que de droit.", 11, lead=1.6)
    pg.text(120, y + 12, f"Fait à {ctx['city']}, le {rdate(rng, 5).strftime('%d/%m/%Y')}", 10)
    pg.text(130, y + 24, dr(author), 10, bold=True)
    return [pg], shown, []


def lay_care_form(rng, ctx, p, st, sp):
    """Care form: insured person (assuré, with his/her NIR) vs beneficiary (the subject)."""
    U = st["U"]
    author = rng.choice(ctx["doctors"])
    ins_person = None
    if sp is not None:
        ins_person = sp.mother if sp.mother is not None and sp.age() < 18 else sp.spouse
    if ins_person is None:
        ins_person = ctx["reg"].outsider(with_ins=True)
    nir = ins_person.ins or ctx["make_nir"](ins_person)
    pg = Page(rng.choice(["lsans", "sans"]))
    pg.text(105, 18, rng.choice(["PRESCRIPTION MÉDICALE DE TRANSPORT", "DEMANDE D'ACCORD PRÉALABLE"]), 12, bold=True,
            align="c")
    pg.text(105, 23, "Assurance Maladie — volet 1", 8, align="c")
    y = 34
    pg.rect(18, y - 5, 174, 26, 0.3)
    pg.text(20, y, "ASSURÉ(E)", 9, bold=True)
    pg.text(20, y + 6, f"Nom et prénom : {upname(ins_person.used or ins_person.birth, True)} {ins_person.first}", 9.5)
    pg.text(20, y + 12, f"N° d'immatriculation : {fins(nir, 'spaced')}", 9.5)
    pg.text(20, y + 18, f"Adresse : {rng.randint(1, 80)} {rng.choice(STREETS)}, {ctx['city']}", 9)
    y += 30
    pg.rect(18, y - 5, 174, 30, 0.3)
    pg.text(20, y, "BÉNÉFICIAIRE DES SOINS (si ce n'est pas l'assuré)", 9, bold=True)
    nm = p.get("birth") or p.get("name") or p.get("used") or ""
    pg.text(20, y + 6, f"{'Nom de naissance' if p.get('birth') else 'Nom'} : {U(nm)}", 9.5)
    if p.get("used") and p.get("birth"):
        pg.text(100, y + 6, f"Nom d'usage : {U(p['used'])}", 9.5)
    pg.text(20, y + 12, f"Prénom : {p.get('first') or ''}", 9.5)
    pg.text(20, y + 18, f"Date de naissance : {fdate(p['dob'], p['dob_style']) if p.get('dob') else ''}", 9.5)
    if p.get("ins"):
        pg.text(100, y + 18, f"INS : {fins(p['ins'], p['ins_style'])}", 9.5)
    y += 34
    pg.text(20, y, "PRESCRIPTION", 9, bold=True)
    y = pg.para(20, y + 6, 170, "Transport assis professionnalisé (VSL / taxi conventionné) aller-retour pour "
                                f"consultation de {rng.choice(SPECIALTIES).lower()} le "
                                f"{(TODAY + dt.timedelta(days=rng.randint(3, 40))).strftime('%d/%m/%Y')}.", 9.5)
    pg.text(20, y + 8, f"Prescripteur : {dr(author)} — RPPS {author['rpps']}", 9.5)
    pg.text(20, y + 14, f"Date : {rdate(rng, 5).strftime('%d/%m/%Y')}     Signature :", 9.5)
    return [pg], [author], [("insured", ins_person)]


def txt_dictation(rng, ctx, p, st, sp):
    author, rec = rng.sample(ctx["doctors"], 2)
    s = id_sentence(p, st)
    if p.get("second"):
        s += " et " + id_sentence(p["second"], st)
    lines = [f"Dictée du {rdate(rng, 10).strftime('%d/%m/%Y')} — {dr(author)} ({author['spec']})",
             f"Courrier à adresser au {dr(rec)}, {rng.choice(CITIES)}.", "",
             rng.choice(["Cher confrère,", "Cher ami,", "Chère consœur,"]), "",
             f"{rng.choice(['J’ai revu ce jour', 'J’ai vu en consultation', 'Je revois'])} {s}, pour "
             f"{rng.choice(REASONS)}. " + " ".join(body_paras(rng, 2))]
    extra, others = extra_people(rng, ctx, sp, p)
    lines += ["", *extra, "", "Bien confraternellement.", dr(author), "[fin de dictée]"]
    return "\n".join(lines) + "\n", [author, rec], others


def docx_letter(rng, ctx, p, st, sp, path):
    import docx
    author, rec = rng.sample(ctx["doctors"], 2)
    d = docx.Document()
    d.add_paragraph(dr(author)).runs[0].bold = True
    d.add_paragraph(f"{author['spec']}\n{rng.randint(1, 80)} {rng.choice(STREETS)}, {ctx['city']}")
    d.add_paragraph(f"{ctx['city']}, le {rdate(rng, 20).strftime('%d/%m/%Y')}\n{dr(rec)}")
    if st["docx_table"] and not p.get("second"):
        d.add_paragraph("Objet : " + rng.choice(REASONS))
        rows = id_rows(p, st)
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, (a, b) in enumerate(rows):
            t.cell(i, 0).text = a
            t.cell(i, 1).text = b
        d.add_paragraph("Cher Confrère,")
        intro = ""
    else:
        s = id_sentence(p, st)
        if p.get("second"):
            s += " et " + id_sentence(p["second"], st)
        d.add_paragraph("Cher Confrère,")
        intro = f"J’ai vu en consultation {s}, pour {rng.choice(REASONS)}. "
    paras = body_paras(rng, 3)
    d.add_paragraph(intro + paras[0])
    for x in paras[1:]:
        d.add_paragraph(x)
    extra, others = extra_people(rng, ctx, sp, p)
    for x in extra:
        d.add_paragraph(x)
    d.add_paragraph(f"Bien confraternellement,\n{dr(author)}")
    d.core_properties.author = "secretariat"
    d.core_properties.created = d.core_properties.modified = dt.datetime(2024, 11, 15, 9, 0, 0)
    d.save(path)
    return [author, rec], others


LAYOUTS = {"letter_side": lay_letter_side, "letter_table": lay_letter_table, "letter_sentence": lay_letter_sentence,
           "sticker_form": lay_sticker_form, "lab_sheet": lay_lab_sheet, "imaging": lay_imaging,
           "discharge": lay_discharge, "operative": lay_operative, "prescription": lay_prescription,
           "certificate": lay_certificate, "care_form": lay_care_form}
RELATIVE_LAYOUTS = {"letter_side", "letter_table", "letter_sentence", "sticker_form", "discharge", "care_form",
                    "dictation_txt", "letter_docx"}
SENTENCE_LAYOUTS = {"letter_sentence", "certificate", "dictation_txt", "letter_docx", "letter_side"}
_ = width_mm
