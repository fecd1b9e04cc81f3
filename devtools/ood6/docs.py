"""Layouts: each builds a list of Page objects (or a docx / txt payload) from a document context.

The subject presentation ctx.P decides exactly what identity evidence is printed; layouts never add traits.
"""
from content import (MOTIFS, EXAM, CONCL, ANTECEDENTS, TREATMENTS, EVOLUTION, OP_DESC, IMAGING_EXAMS,
                     LAB_SECTIONS, fill)
from ident import fmt_date
from render import Page, text_width_mm

BLUE = (20, 50, 120)
GREY = 90


class Ctx:
    def __init__(self, **kw):
        self.mix = None
        self.others = []
        self.copies = []
        self.group = []
        self.hdr = "page"
        self.__dict__.update(kw)


def drn(d, first=True):
    t = d.get("title", "Dr")
    return f"{t} {d['first']} {d['name']}" if first else f"{t} {d['name']}"


def dr_line(d):
    return f"{drn(d)} – {d['spec']}"


def when_s(ctx, style="slash"):
    return fmt_date(ctx.when, style)


def gend(P):
    return {"F": "e", "M": ""}.get(P.sex, "(e)")


def ref(P):
    s = P.surname_for_body()
    c = P.civ(False)
    if s:
        return f"{c} {s}".strip() if c else f"{P.fn(False)} {s}".strip()
    return "votre patient"


def other_line(o):
    I = o["I"]
    s = f"{o['role']} : {I.name()}"
    if o.get("lien"):
        s += f" ({o['lien']})"
    if I.dob:
        s += f", {I.dob_phrase(cap=False)}"
    if o.get("phone"):
        s += f" – Tél. {o['phone']}"
    return s


def body_paragraphs(ctx, n_extra=0, opening=None):
    rng, P = ctx.rng, ctx.P
    motif = rng.choice(MOTIFS.get(ctx.spec, MOTIFS["mg"]))
    r = ref(P)
    e = gend(P)
    paras = []
    if ctx.mix and ctx.mix["where"] == "body":
        B = ctx.mix["P2"]
        paras.append(f"J'ai revu ce jour en consultation {B.name(long_civ=True)}, {B.dob_phrase(cap=False)}, pour "
                     f"{motif}.")
    else:
        paras.append(opening or rng.choice([
            f"Je vous remercie de m'avoir adressé {r} que j'ai vu{e} en consultation ce jour pour {motif}.",
            f"J'ai revu en consultation {r} pour {motif}.",
            f"Je revois ce jour {r}, dans le cadre du {motif}.",
        ]))
    fam = [o for o in ctx.others if o.get("in_body")]
    for o in fam:
        I = o["I"]
        s = f"{P.civ() or {'F': 'La patiente', 'M': 'Le patient'}.get(P.sex, 'Le patient')} {P.surname_for_body()} est accompagné{e} de {o['lien_art']}, {I.name()}"
        if I.dob:
            s += f" ({I.dob_phrase(cap=False, with_age=False)})"
        paras.append(s + ", qui nous apporte des informations utiles sur l'histoire récente.")
    paras.append("Antécédents : " + fill(rng, rng.choice(ANTECEDENTS)))
    for e in rng.sample(EXAM, 2):
        paras.append(fill(rng, e))
    for _ in range(n_extra):
        paras.append(fill(rng, rng.choice(EVOLUTION)))
    paras.append(fill(rng, rng.choice(CONCL), ref=r))
    return paras


def page_numbers(pages, x=105, y=290, fmt="Page {i}/{n}", anchor="c", size=8):
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.text(x, y, fmt.format(i=i, n=n), size, anchor=anchor)


def running_header(ctx, page, i, n, what="", P=None):
    P = P or ctx.P
    style = ctx.hdr
    if ctx.mix and ctx.mix["where"] == "page2" and i >= 2:
        P, style = ctx.mix["P2"], "full"
    if style == "full":
        s = P.name(with_civ=False)
        if P.dob:
            s += f" – {P.dob_phrase()}"
    elif style == "name":
        s = f"{P.surname_for_body()} {P.fn(False)}".strip()
    elif style == "initials":
        sur = P.surname_for_body()
        s = f"{sur[:1]}.{P.fn(False)[:1]}." if sur else ""
    else:
        s = ""
    if s:
        page.text(20, 12, s, 8.5)
    page.text(190, 12, f"{what} – Page {i}/{n}" if what else f"Page {i}/{n}", 8.5, anchor="r")
    page.line(20, 14, 190, 14, 0.2)


def flow(ctx, pages, y, blocks, x=20, width=170, bottom=272, top_cont=24, size=10, what=""):
    """Lay out blocks over pages; continuation pages get ctx-styled running headers (added after)."""
    page = pages[-1]
    for kind, content in blocks:
        if kind == "h":
            if y > bottom - 20:
                page = Page(page.face)
                pages.append(page)
                y = top_cont
            y += 2
            page.text(x, y, content, size + 1, bold=True)
            y += page.lh(size + 1) + 0.5
        elif kind == "p":
            for ln in page.wrap(content, width, size):
                if y > bottom:
                    page = Page(page.face)
                    pages.append(page)
                    y = top_cont
                page.text(x, y, ln, size)
                y += page.lh(size)
            y += 1.5
        elif kind == "kv":
            k, v = content
            if y > bottom:
                page = Page(page.face)
                pages.append(page)
                y = top_cont
            page.text(x, y, k, size, bold=True)
            page.text(x + 45, y, v, size)
            y += page.lh(size)
    return y


def finish_multipage(ctx, pages, what):
    n = len(pages)
    for i, p in enumerate(pages, 1):
        if i > 1:
            running_header(ctx, p, i, n, what)
        else:
            p.text(190, 290, f"{i}/{n}", 8, anchor="r")
    return pages


def signature(page, x, y, d, city=None, ctx=None):
    if city:
        page.text(x, y, f"{city}, le {when_s(ctx, 'long_nopad')}", 10)
        y += 6
    page.text(x, y, drn(d), 10, bold=True)
    page.text(x, y + 4.5, d["spec"], 9)
    page.text(x, y + 9, f"RPPS {d['rpps']}", 8)
    return y + 14


def copies_line(page, x, y, ctx, width=120):
    if ctx.copies:
        y = page.para(x, y, width, "Copie à : " + " ; ".join(drn(d) for d in ctx.copies), 8.5)
    return y


# ---------------------------------------------------------------------------------------------------------------
def identity_block_lines(ctx, P=None, ins_label_newline=False):
    P = P or ctx.P
    L = [P.name()]
    if P.dob:
        L.append(P.dob_phrase())
    if P.sex_printed:
        L.append(f"Sexe : {P.sex_printed}")
    if P.ins:
        if ins_label_newline:
            L += ["INS (NIR) :", P.ins_s()]
        else:
            L.append(f"INS : {P.ins_s()}")
    return L


def letter_sidecol(ctx):
    rng = ctx.rng
    pg = Page(rng.choice(["sans", "serif", "dejavu"]))
    a = ctx.author
    # left column with the practice's doctors
    y = 20
    pg.text(12, y, ctx.practice.upper(), 8.5, bold=True, color=BLUE)
    y += 6
    for d in ctx.group:
        pg.text(12, y, drn(d), 8, bold=True, color=BLUE)
        pg.text(12, y + 3.5, d["spec"], 7, color=BLUE)
        pg.text(12, y + 7, f"RPPS {d['rpps']}", 7, color=BLUE)
        y += 12
    pg.text(12, y + 2, ctx.address[0], 7, color=BLUE)
    pg.text(12, y + 5.5, ctx.address[1], 7, color=BLUE)
    pg.text(12, y + 9, f"Tél. {ctx.phone}", 7, color=BLUE)
    pg.line(56, 15, 56, 280, 0.3, color=BLUE)
    side_identity = rng.random() < 0.7
    # letterhead text beside the column
    pg.text(62, 20, ctx.practice, 14, bold=True, color=BLUE)
    pg.text(62, 26, f"{a['spec']} – {ctx.address[1]}", 9, color=BLUE)
    # identity in a side column (right) beside the letterhead
    lines = identity_block_lines(ctx, ins_label_newline=rng.random() < 0.4)
    if side_identity:
        bx = 140
        pg.rect(bx - 2, 33, 62, 6 + 4.6 * len(lines), 0.25)
        pg.text(bx, 37.5, rng.choice(["PATIENT", "Concerne :", "Réf. patient"]), 8, bold=True)
        yy = 42
        for ln in lines:
            for w in pg.wrap(ln, 58, 9):
                pg.text(bx, yy, w, 9)
                yy += 4.6
        ry = 36 + 6 + 4.6 * len(lines) + 8
    else:
        ry = 40
    r = ctx.recipient
    pg.text(120, ry, drn(r), 10)
    pg.text(120, ry + 4.5, r["street"], 10)
    pg.text(120, ry + 9, f"29200 {r['city']}", 10)
    y = ry + 22
    pg.text(120, y, f"{a['city']}, le {when_s(ctx, 'long_nopad')}", 10)
    y += 10
    if not side_identity:
        pg.text(62, y, "Objet : " + "  ".join(lines), 10, bold=True) if sum(map(len, lines)) < 70 else None
        if sum(map(len, lines)) >= 70:
            pg.text(62, y, "Objet :", 10, bold=True)
            for ln in lines:
                pg.text(80, y, ln, 10, bold=True)
                y += 4.8
        y += 8
    pg.text(62, y, rng.choice(["Cher Confrère,", "Chère Consœur,", "Cher ami,", "Mon cher confrère,"]), 10)
    y += 8
    for p in body_paragraphs(ctx):
        y = pg.para(62, y, 134, p, 10) + 2
    y += 4
    pg.text(62, y, "Bien confraternellement.", 10)
    y = signature(pg, 130, y + 10, a)
    for o in [o for o in ctx.others if not o.get("in_body")]:
        y = pg.para(62, y + 2, 134, other_line(o), 8.5)
    copies_line(pg, 62, y + 4, ctx, 134)
    return [pg]


def identity_table(ctx):
    rng, P = ctx.rng, ctx.P
    pg = Page(rng.choice(["sans", "dejavu", "narrow"]))
    pg.text(20, 18, ctx.est, 12, bold=True)
    pg.text(20, 23, ctx.service, 9)
    title = rng.choice(["FICHE DE LIAISON", "DEMANDE D'ADMISSION", "FICHE ADMINISTRATIVE PATIENT",
                        "FICHE DE RENSEIGNEMENTS – ADMISSION", "DOSSIER DE PRÉ-ADMISSION"])
    pg.text(105, 36, title, 14, bold=True, anchor="c")
    pg.text(105, 41, f"Date : {when_s(ctx)}", 9, anchor="c")
    rows = [("Nom de naissance", P.sn(P.birth)), ("Nom d'usage", P.sn(P.used)),
            ("Prénom(s)", P.fn(True) if P.firsts else ""), ("Date de naissance", P.dob_s()),
            ("Sexe", {"M": "Masculin", "F": "Féminin"}.get(P.sex_printed, "") if rng.random() < 0.5 else
             (P.sex_printed or "")),
            ("Lieu de naissance", getattr(P, "place", None) or ""),
            ("INS", P.ins_s()), ("Adresse", f"{rng.randint(1, 80)} {ctx.patient_street}"),
            ("Téléphone", ctx.patient_phone)]
    if P.ins and rng.random() < 0.5:
        rows[6] = ("Matricule INS", P.ins_s())
    stacked = rng.random() < 0.35  # label on one line, value on the next
    y = 50
    if stacked:
        for k, v in rows:
            pg.text(22, y, k + " :", 8, color=GREY)
            pg.text(22, y + 5, v or "—", 11, bold=k != "Adresse")
            pg.line(20, y + 7, 190, y + 7, 0.15)
            y += 11
    else:
        for k, v in rows:
            pg.rect(20, y - 5, 60, 8, 0.25)
            pg.rect(80, y - 5, 110, 8, 0.25)
            pg.text(22, y, k, 9.5, bold=True)
            pg.text(83, y, v, 10.5)
            y += 8
    y += 6
    for o in ctx.others:
        I = o["I"]
        pg.text(20, y, o["role"].upper(), 10, bold=True)
        y += 5.5
        pg.text(22, y, f"Nom : {I.sn(I.birth or I.used)}", 10)
        pg.text(90, y, f"Prénom : {I.fn(False)}", 10)
        pg.text(150, y, f"Lien : {o.get('lien', '')}", 10)
        y += 5
        if I.dob:
            pg.text(22, y, f"Date de naissance : {I.dob_s()}", 10)
        pg.text(90, y, f"Tél. : {o.get('phone', '')}", 10)
        y += 8
    pg.text(20, y, "Médecin traitant :", 10, bold=True)
    pg.text(60, y, f"{drn(ctx.recipient)} – {ctx.recipient['city']}", 10)
    y += 6
    pg.text(20, y, "Médecin responsable :", 10, bold=True)
    pg.text(60, y, drn(ctx.author), 10)
    y += 10
    pg.text(20, y, "Motif :", 10, bold=True)
    y = pg.para(40, y, 150, rng.choice(MOTIFS.get(ctx.spec, MOTIFS["mg"])).capitalize() + ". " +
                fill(rng, rng.choice(EXAM)), 10)
    y += 4
    pg.text(20, y, "Traitement en cours :", 10, bold=True)
    y += 5
    for med, pos in rng.sample(TREATMENTS, 3):
        pg.text(25, y, f"– {med} : {pos}", 9.5)
        y += 4.6
    pg.text(20, 280, f"Document établi par {drn(ctx.author, False)} – {ctx.est}", 7.5, color=GREY)
    return [pg]


def sticker(pg, x, y, ctx, P, w=72, h=34):
    pg.rect(x, y, w, h, 0.3)
    if getattr(ctx, "_stk", None) is None:  # one printer, one format: identical on every sticker of the document
        ctx._stk = ("mono" if ctx.rng.random() < 0.5 else "narrow", ctx.rng.random() < 0.5)
    f, show_age = ctx._stk
    yy = y + 4.5
    name = f"{P.sn(P.birth or P.used)}"
    if P.birth and P.used:
        name = f"{P.sn(P.birth)} ép. {P.sn(P.used)}" if ctx.sticker_ep else f"{P.sn(P.used)} née {P.sn(P.birth)}"
    pg.text(x + 2, yy, name, 9, face=f, bold=True)
    yy += 4.2
    if P.firsts or P.initial:
        pg.text(x + 2, yy, P.fn(True), 9, face=f)
        yy += 4.2
    line = ""
    if P.dob:
        line = f"{P.ne().capitalize()} le {P.dob_s()}"
    if P.sex_printed:
        line += f"   {P.sex_printed}"
    if P.dob and P._when and show_age:
        from ident import age_at
        line += f"  ({age_at(P.dob, P._when)} a)"
    if line:
        pg.text(x + 2, yy, line, 8.5, face=f)
        yy += 4.0
    if P.ins:
        pg.text(x + 2, yy, f"INS {P.ins_s()}", 7.5, face=f)
        yy += 3.8
    pg.text(x + 2, yy, f"IPP {ctx.ext_ipp}  NDA {ctx.nda}", 7.5, face=f)
    yy += 1.2
    pg.barcode(x + 2, yy, 40, 5.5, ctx.ext_ipp)
    pg.text(x + w - 2, y + h - 1.5, ctx.uf, 6.5, face=f, anchor="r")


def sticker_form(ctx):
    rng = ctx.rng
    pg = Page(rng.choice(["sans", "dejavu"]))
    pg.text(15, 18, ctx.est, 11, bold=True)
    pg.text(15, 23, ctx.service, 9)
    pg.text(15, 27, f"Chef de service : {drn(ctx.group[0])}", 8)
    sticker(pg, 122, 12, ctx, ctx.P)
    kind = rng.choice(["consent", "exam", "surv"])
    y = 62
    if kind == "consent":
        pg.text(105, y, "CONSENTEMENT ÉCLAIRÉ À UN ACTE MÉDICAL", 13, bold=True, anchor="c")
        y += 12
        y = pg.para(20, y, 170, "Je soussigné(e), patient(e) dont l'étiquette figure ci-dessus, reconnais avoir "
                    f"reçu de {drn(ctx.author)} une information claire et compréhensible sur l'acte suivant : "
                    f"{rng.choice(['coloscopie sous anesthésie générale', 'infiltration radioguidée', 'coronarographie', 'arthroscopie du genou'])}.",
                    10.5)
        y += 4
        y = pg.para(20, y, 170, "J'ai pu poser toutes les questions que je souhaitais et j'ai bien compris les "
                    "bénéfices attendus, les risques fréquents ou graves normalement prévisibles et les alternatives.",
                    10.5)
        y += 8
        pg.text(20, y, f"Fait à {ctx.author['city']}, le {when_s(ctx)}", 10.5)
        y += 12
        pg.text(20, y, "Signature du patient", 10)
        pg.text(120, y, "Signature du médecin", 10)
        pg.text(120, y + 5, drn(ctx.author), 10)
    elif kind == "exam":
        pg.text(105, y, "BON DE DEMANDE D'EXAMEN", 13, bold=True, anchor="c")
        y += 12
        for k, v in [("Service demandeur", ctx.service), ("Médecin prescripteur", drn(ctx.author)),
                     ("Examen demandé", rng.choice(IMAGING_EXAMS)[0].capitalize()),
                     ("Renseignements cliniques", rng.choice(MOTIFS.get(ctx.spec, MOTIFS["mg"]))),
                     ("Date souhaitée", fmt_date(ctx.when, "slash")), ("Transport", rng.choice(["Lit", "Fauteuil", "Valide"]))]:
            pg.rect(20, y - 5, 170, 9, 0.2)
            pg.text(22, y, k + " :", 9.5, bold=True)
            pg.text(75, y, v, 10)
            y += 9
        y += 8
        pg.text(20, y, "Allergies : [ ] oui [ ] non     Grossesse : [ ] oui [ ] non     Créatinine : ____ µmol/L", 9.5)
    else:
        pg.text(105, y, "FEUILLE DE SURVEILLANCE POST-INTERVENTIONNELLE", 12.5, bold=True, anchor="c")
        y += 10
        cols = ["Heure", "TA", "FC", "SpO2", "T°", "EVA", "Pansement", "IDE"]
        for i, c in enumerate(cols):
            pg.text(22 + i * 21, y, c, 9, bold=True)
        y += 2
        for r in range(10):
            pg.line(20, y, 190, y, 0.2)
            if r < 5:
                vals = [f"{8 + r}h00", f"{rng.randint(105, 150)}/{rng.randint(60, 90)}", str(rng.randint(60, 95)),
                        f"{rng.randint(94, 99)}", f"{rng.uniform(36.4, 37.9):.1f}", str(rng.randint(0, 5)), "sec",
                        rng.choice(["AL", "MK", "SB", "JP"])]
                for i, v in enumerate(vals):
                    pg.text(22 + i * 21, y + 5, v, 9)
            y += 7.5
        pg.line(20, y, 190, y, 0.2)
        y += 8
        pg.text(20, y, f"Médecin responsable : {drn(ctx.author)}", 10)
    if ctx.others:
        y += 16
        for o in ctx.others:
            y = pg.para(20, y, 170, other_line(o), 9.5)
    return [pg]


def sticker_sheet(ctx):
    pg = Page("mono")
    for r in range(8):
        for c in range(3):
            sticker(pg, 4 + c * 68, 8 + r * 36, ctx, ctx.P, w=66, h=33)
    return [pg]


def _hospital_head(ctx, pg, title):
    rng = ctx.rng
    pg.text(20, 16, ctx.est, 12, bold=True, color=BLUE)
    pg.text(20, 21, ctx.service, 10, color=BLUE)
    pg.text(20, 25, f"Secrétariat : {ctx.phone}", 8, color=BLUE)
    x = 135
    y = 14
    for d in ctx.group[:4]:
        pg.text(x, y, drn(d), 7.5, color=BLUE)
        y += 3.4
    y = 40
    pg.text(105, y, title, 13, bold=True, anchor="c")
    return y + 9


def discharge_summary(ctx):
    rng, P = ctx.rng, ctx.P
    pg = Page(rng.choice(["sans", "serif", "dejavu"]))
    pages = [pg]
    y = _hospital_head(ctx, pg, "COMPTE RENDU D'HOSPITALISATION")
    d_in = ctx.when.toordinal() - rng.randint(3, 15)
    import datetime as dt
    din = dt.date.fromordinal(d_in)
    if rng.random() < 0.5:
        for ln in identity_block_lines(ctx):
            pg.text(20, y, ln, 10.5, bold=True)
            y += 5
    else:
        sticker(pg, 118, y - 5, ctx, P)
        y += 36
    pg.text(20, y, f"Hospitalisation du {fmt_date(din)} au {when_s(ctx)}", 10)
    y += 5
    pg.text(20, y, f"Médecin traitant : {drn(ctx.recipient)}, {ctx.recipient['city']}", 10)
    y += 5
    for o in ctx.others:
        y = pg.para(20, y, 170, other_line(o), 10)
    y += 4
    blocks = [("h", "Motif d'hospitalisation"), ("p", rng.choice(MOTIFS.get(ctx.spec, MOTIFS["mi"])).capitalize() + "."),
              ("h", "Antécédents"), ("p", fill(rng, rng.choice(ANTECEDENTS))),
              ("h", "Histoire de la maladie"), ("p", " ".join(fill(rng, e) for e in rng.sample(EVOLUTION, 2))),
              ("h", "Examen clinique d'entrée")] + [("p", fill(rng, e)) for e in rng.sample(EXAM, 3)] + \
             [("h", "Évolution dans le service")] + [("p", fill(rng, e)) for e in rng.sample(EVOLUTION, 4)] + \
             [("h", "Traitement de sortie")] + [("p", f"{m} : {p}") for m, p in rng.sample(TREATMENTS, 5)] + \
             [("h", "Conclusion"), ("p", fill(rng, rng.choice(CONCL), ref=ref(P))),
              ("p", fill(rng, rng.choice(CONCL), ref=ref(P)))]
    y = flow(ctx, pages, y, blocks)
    pg = pages[-1]
    if y > 250:
        pg = Page(pg.face)
        pages.append(pg)
        y = 30
    y = signature(pg, 120, y + 6, ctx.author)
    copies_line(pg, 20, y + 2, ctx, 170)
    return finish_multipage(ctx, pages, f"CRH du {when_s(ctx)}")


def operative_report(ctx):
    rng, P = ctx.rng, ctx.P
    pg = Page(rng.choice(["sans", "serif"]))
    pages = [pg]
    y = _hospital_head(ctx, pg, "COMPTE RENDU OPÉRATOIRE")
    sticker(pg, 118, y - 5, ctx, P) if rng.random() < 0.5 else None
    if not pg.ops[-1][0] == "text" or True:
        pass
    has_sticker = any(o[0] == "barcode" for o in pg.ops)
    if has_sticker:
        y += 36
    else:
        for ln in identity_block_lines(ctx):
            pg.text(20, y, ln, 10.5, bold=True)
            y += 5
        y += 2
    team = ctx.group + [ctx.author]
    kv = [("Date d'intervention", when_s(ctx)), ("Opérateur", drn(ctx.author)),
          ("Aide opératoire", drn(team[1 % len(team)])), ("Anesthésiste", drn(ctx.copies[0]) if ctx.copies else drn(team[0])),
          ("Intervention", rng.choice(["Prothèse totale de hanche gauche", "Cholécystectomie cœlioscopique",
                                       "Cure de hernie inguinale droite selon Lichtenstein", "Ostéosynthèse du radius distal"])),
          ("Anesthésie", rng.choice(["Générale", "Rachianesthésie", "Bloc plexique"]))]
    blocks = [("kv", k) for k in kv] + [("h", "Indication"), ("p", fill(rng, rng.choice(ANTECEDENTS)))] + \
             [("h", "Compte rendu")] + [("p", s) for s in OP_DESC] + [("p", fill(rng, e)) for e in rng.sample(EVOLUTION, 2)] + \
             [("h", "Consignes post-opératoires")] + [("p", f"{m} : {p}") for m, p in rng.sample(TREATMENTS, 3)] + \
             [("p", "Pansement à refaire tous les deux jours par IDE. Ablation des agrafes à J15. Consultation de "
                    "contrôle dans six semaines avec radiographie.")] + \
             [("p", fill(rng, e)) for e in rng.sample(EVOLUTION, 3)]
    y = flow(ctx, pages, y, blocks)
    pg = pages[-1]
    if y > 255:
        pg = Page(pg.face)
        pages.append(pg)
        y = 30
    signature(pg, 120, y + 6, ctx.author)
    return finish_multipage(ctx, pages, "CRO")


def lab_results(ctx):
    rng, P = ctx.rng, ctx.P
    pages = []
    sections = rng.sample(LAB_SECTIONS, rng.randint(3, 5))
    dossier = f"{ctx.when.strftime('%y%m%d')}-{rng.randint(100, 999)}"
    face = rng.choice(["sans", "narrow", "dejavu"])

    def head(pg, i, first):
        pg.text(15, 15, ctx.lab, 12, bold=True)
        pg.text(15, 19.5, "Laboratoire de biologie médicale multisite – " + ctx.address[1], 8)
        y = 23.5
        for d in ctx.group[:3]:
            pg.text(15, y, f"{drn(d)}, biologiste", 7.5)
            y += 3.3
        Pp = P
        if ctx.mix and ctx.mix["where"] == "page2" and i >= 2:
            Pp = ctx.mix["P2"]
        if first or ctx.hdr in ("full", "name") or Pp is not P:
            pg.rect(112, 10, 85, 40 if first else 22, 0.3)
            yy = 15
            lines = identity_block_lines(ctx, Pp) if (first or ctx.hdr == "full" or Pp is not P) else \
                [f"{Pp.surname_for_body()} {Pp.fn(False)}"]
            for ln in lines:
                pg.text(115, yy, ln, 9.5, bold=ln == lines[0])
                yy += 4.6
            if first:
                pg.text(115, yy, f"Dossier n° {dossier}", 8.5)
                pg.text(115, yy + 4.2, f"Prélevé le {fmt_date(ctx.when)} à {rng.randint(7, 11)}h{rng.randint(0, 59):02d}", 8.5)
                pg.text(115, yy + 8.4, f"Prescripteur : {drn(ctx.recipient)}", 8.5)
        else:
            pg.text(115, 15, f"Dossier n° {dossier}", 9)
            if ctx.hdr == "initials":
                sur = P.surname_for_body()
                pg.text(115, 19.5, f"Patient : {sur[:1]}. {P.fn(False)[:1]}.", 9)
        return 58 if first else 40

    pg = Page(face)
    pages.append(pg)
    y = head(pg, 1, True)
    hist = ctx.when.toordinal() - rng.randint(60, 400)
    import datetime as dt
    hd = fmt_date(dt.date.fromordinal(hist))
    pg.text(20, y, "Analyse", 9, bold=True)
    pg.text(95, y, "Résultat", 9, bold=True)
    pg.text(135, y, "Valeurs de réf.", 9, bold=True)
    pg.text(168, y, f"Antériorité {hd}", 8, bold=True)
    y += 2
    pg.line(18, y, 195, y, 0.3)
    y += 6
    for title, rows in sections:
        if y > 255:
            pg = Page(face)
            pages.append(pg)
            y = head(pg, len(pages), False)
        pg.text(20, y, title, 10, bold=True)
        y += 6
        for name, unit, lo, hi, dec in rows:
            if y > 265:
                pg = Page(face)
                pages.append(pg)
                y = head(pg, len(pages), False)
            v = rng.uniform(lo - (hi - lo) * 0.25, hi + (hi - lo) * 0.3)
            prev = rng.uniform(lo, hi)
            f = lambda z: (f"{z:.{dec}f}" if dec else f"{int(round(z))}").replace(".", ",")
            flag = " *" if v < lo or v > hi else ""
            pg.text(22, y, name, 9.5)
            pg.text(95, y, f"{f(v)} {unit}{flag}", 9.5, bold=bool(flag))
            pg.text(135, y, f"{f(lo)} – {f(hi)}", 9)
            pg.text(170, y, f(prev), 9)
            y += 5
        y += 3
    y += 4
    pg.text(20, y, f"Compte rendu validé par {drn(ctx.group[0])}, biologiste, le {when_s(ctx)}.", 8.5)
    y += 4.5
    pg.text(20, y, f"Copie : {drn(ctx.recipient)}" + ("".join(f" ; {drn(c)}" for c in ctx.copies)), 8.5)
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.text(195, 290, f"Page {i}/{n}", 8, anchor="r")
    return pages


def lab_results_long(ctx):
    """Lab sheet forced onto two pages (cumulative results)."""
    pages = lab_results(ctx)
    if len(pages) == 1:
        rng = ctx.rng
        extra = Page(pages[0].face)
        pages.append(extra)
        ctx_sections = rng.sample(LAB_SECTIONS, 2)
        # the continuation header
        y = 16
        Pp = ctx.mix["P2"] if ctx.mix and ctx.mix["where"] == "page2" else ctx.P
        style = "full" if Pp is not ctx.P else ctx.hdr
        if style == "full":
            s = Pp.name(with_civ=False) + (f" – {Pp.dob_phrase()}" if Pp.dob else "")
        elif style == "name":
            s = f"{Pp.surname_for_body()} {Pp.fn(False)}"
        elif style == "initials":
            s = f"Patient : {Pp.surname_for_body()[:1]}. {Pp.fn(False)[:1]}."
        else:
            s = ""
        extra.text(15, y, ctx.lab, 10, bold=True)
        if s:
            extra.text(195, y, s, 9, anchor="r")
        y = 30
        extra.text(20, y, "RÉSULTATS CUMULATIFS", 11, bold=True)
        y += 8
        for title, rows in ctx_sections:
            extra.text(20, y, title, 10, bold=True)
            y += 6
            for name, unit, lo, hi, dec in rows:
                vals = [rng.uniform(lo, hi) for _ in range(4)]
                extra.text(22, y, f"{name} ({unit})", 9.5)
                for j, v in enumerate(vals):
                    extra.text(100 + j * 24, y, (f"{v:.{dec}f}" if dec else f"{int(v)}").replace(".", ","), 9)
                y += 5
            y += 3
        for i, p in enumerate(pages, 1):
            p.ops = [o for o in p.ops if not (o[0] == "text" and str(o[3]).startswith("Page ") and o[1] == 195)]
            p.text(195, 290, f"Page {i}/{len(pages)}", 8, anchor="r")
    return pages


def imaging_report(ctx):
    rng, P = ctx.rng, ctx.P
    pg = Page(rng.choice(["sans", "serif", "dejavu"]))
    pg.text(105, 16, ctx.imaging, 13, bold=True, anchor="c", color=BLUE)
    pg.text(105, 21, ctx.address[0] + " – " + ctx.address[1] + f" – Tél. {ctx.phone}", 8, anchor="c", color=BLUE)
    x = 20
    for d in ctx.group[:4]:
        pg.text(x, 27, drn(d), 7.5, color=BLUE)
        x += 45
    pg.line(15, 30, 195, 30, 0.4, color=BLUE)
    exam, res, concl = rng.choice(IMAGING_EXAMS)
    y = 40
    lines = identity_block_lines(ctx)
    if rng.random() < 0.5:
        pg.text(20, y, "Patient :", 10, bold=True)
        for ln in lines:
            pg.text(45, y, ln, 10)
            y += 5
    else:
        pg.text(20, y, f"{P.name()}" + (f" – {P.dob_phrase()}" if P.dob else ""), 10.5, bold=True)
        y += 5
        if P.ins:
            pg.text(20, y, f"INS : {P.ins_s()}", 9.5)
            y += 5
    for o in ctx.others:
        y = pg.para(20, y, 170, other_line(o), 9.5)
    pg.text(20, y + 2, f"Examen du {when_s(ctx, rng.choice(['slash', 'long_nopad']))}", 10)
    pg.text(20, y + 7, f"Médecin demandeur : {drn(ctx.recipient)}", 10)
    y += 18
    pg.text(105, y, exam, 12, bold=True, anchor="c")
    y += 10
    for k, v in [("Indication", rng.choice(MOTIFS.get(ctx.spec, MOTIFS["mg"])).capitalize() + "."),
                 ("Technique", "Examen réalisé selon le protocole standard. Dose : PDL 245 mGy.cm." if "SCANNER" in exam
                  else "Examen réalisé sur appareil de dernière génération."),
                 ("Résultats", res), ("Conclusion", concl)]:
        pg.text(20, y, k + " :", 10.5, bold=True)
        y += 5.5
        y = pg.para(25, y, 165, v, 10.5) + 3
    y += 6
    signature(pg, 125, y, ctx.author)
    pg.text(105, 285, "Compte rendu signé électroniquement – Images disponibles sur le portail patient", 7, anchor="c")
    return [pg]


def prescription(ctx):
    rng, P = ctx.rng, ctx.P
    pg = Page(rng.choice(["sans", "serif", "narrow"]))
    n = len(ctx.group)
    colw = 180 / max(1, n)
    for i, d in enumerate(ctx.group):
        x = 15 + i * colw
        pg.text(x, 15, drn(d), 9, bold=True, color=BLUE)
        pg.text(x, 19, d["spec"], 7.5, color=BLUE)
        pg.text(x, 22.5, f"RPPS {d['rpps']}", 7, color=BLUE)
        pg.text(x, 26, f"N° AM {d['am']}", 7, color=BLUE)
    pg.text(105, 32, f"{ctx.practice} – {ctx.address[0]} – {ctx.address[1]}", 7.5, anchor="c", color=BLUE)
    pg.text(105, 35.5, f"Tél. {ctx.phone} – Conventionnés secteur 1 – Sur rendez-vous", 7.5, anchor="c", color=BLUE)
    pg.line(15, 38, 195, 38, 0.3, color=BLUE)
    pg.text(190, 50, f"{ctx.author['city']}, le {when_s(ctx)}", 10, anchor="r")
    y = 64
    pg.text(25, y, P.name(long_civ=rng.random() < 0.5), 11, bold=True)
    y += 5.5
    extra = []
    if P.dob:
        extra.append(P.dob_phrase(with_age=False))
    if P.ins:
        extra.append(f"INS {P.ins_s()}")
    if extra:
        pg.text(25, y, " – ".join(extra), 10)
        y += 5.5
    if rng.random() < 0.5:
        pg.text(25, y, f"Poids : {rng.randint(45, 100)} kg", 9.5)
        y += 5
    y += 10
    if rng.random() < 0.3:
        pg.text(105, y, "Prescriptions relatives au traitement de l'affection de longue durée", 8, anchor="c")
        y += 8
    for med, pos in rng.sample(TREATMENTS, rng.randint(2, 5)):
        pg.text(30, y, med, 11, bold=True)
        pg.text(35, y + 5, pos, 10)
        y += 13
    pg.text(30, y + 2, f"Qsp {rng.choice(['1 mois', '3 mois', '7 jours', '6 mois'])}", 10)
    pg.text(140, y + 20, drn(ctx.author), 10)
    pg.text(105, 282, "En cas d'urgence, composer le 15. Membre d'une association agréée, le règlement des honoraires "
                      "par chèque est accepté.", 6.5, anchor="c")
    return [pg]


def certificate(ctx):
    rng, P = ctx.rng, ctx.P
    a = ctx.author
    pg = Page(rng.choice(["serif", "sans", "italic"]))
    pg.text(20, 18, drn(a), 12, bold=True)
    pg.text(20, 23, a["spec"], 9)
    pg.text(20, 27, f"{a['street']} – {a['city']}", 9)
    pg.text(20, 31, f"RPPS {a['rpps']} – Tél. {ctx.phone}", 8)
    pg.text(105, 60, rng.choice(["CERTIFICAT MÉDICAL", "CERTIFICAT MÉDICAL DE NON CONTRE-INDICATION",
                                 "CERTIFICAT D'ARRÊT DE TRAVAIL"]), 14, bold=True, anchor="c")
    y = 80
    core = P.name(long_civ=True)
    dobp = f", {P.dob_phrase(cap=False, with_age=False)}" if P.dob else ""
    insp = f", INS {P.ins_s()}" if P.ins else ""
    txt = (f"Je soussigné{'e' if a['sex'] == 'F' else ''}, {drn(a)}, certifie avoir examiné ce jour {core}{dobp}"
           f"{insp}, et {rng.choice(['n’avoir constaté aucune contre-indication à la pratique du sport en compétition', 'que son état de santé nécessite un arrêt de travail de 15 jours', 'que son état de santé nécessite une dispense d’activité physique pour une durée de trois mois'])}.")
    if ctx.mix and ctx.mix["where"] == "body":
        B = ctx.mix["P2"]
        txt += (f" Certificat établi à la demande de l'intéressé(e) pour {B.name(long_civ=True)}, "
                f"{B.dob_phrase(cap=False)}.")
    y = pg.para(25, y, 160, txt, 11.5, leading=1.5)
    for o in ctx.others:
        y = pg.para(25, y + 3, 160, other_line(o), 10)
    y += 6
    pg.para(25, y, 160, "Certificat établi à la demande de l'intéressé(e) et remis en main propre pour faire valoir "
                        "ce que de droit.", 11.5, leading=1.5)
    signature(pg, 120, y + 30, a, city=a["city"], ctx=ctx)
    return [pg]


def care_form(ctx):
    """Prescription médicale de transport–like form: patient (malade) box and assuré box with NIR."""
    rng, P = ctx.rng, ctx.P
    pg = Page("sans")
    pg.text(15, 14, "l'Assurance Maladie", 9, bold=True)
    pg.text(105, 20, "PRESCRIPTION MÉDICALE DE TRANSPORT", 13, bold=True, anchor="c")
    pg.text(105, 25, "(article R. 322-10-1 du Code de la sécurité sociale)", 7.5, anchor="c")
    pg.text(190, 14, "cerfa N° 11574*05", 7, anchor="r")
    y = 34
    pg.rect(15, y, 180, 44, 0.35)
    pg.text(17, y + 5, "Personne recevant les soins (le malade)", 9.5, bold=True)
    pg.text(17, y + 12, "Nom et prénom", 8)
    nm = f"{P.sn(P.birth or P.used)} {P.fn(True)}".strip()
    if P.birth and P.used:
        nm = f"{P.sn(P.birth)} ép. {P.sn(P.used)} {P.fn(True)}"
    pg.text(17, y + 17, nm, 11)
    pg.text(17, y + 24, "(suivi s'il y a lieu du nom d'usage)", 6.5)
    pg.text(17, y + 31, "Numéro d'immatriculation", 8)
    assure = [o for o in ctx.others if o["role"] == "Assuré"]
    pg.text(17, y + 36.5, P.ins_s() if P.ins else ("" if assure else ""), 11)
    pg.text(120, y + 31, "Date de naissance", 8)
    pg.text(120, y + 36.5, P.dob_s(), 11)
    y += 48
    pg.rect(15, y, 180, 34, 0.35)
    pg.text(17, y + 5, "Assuré(e) (à remplir si la personne recevant les soins n'est pas l'assuré(e))", 9.5, bold=True)
    if assure:
        A = assure[0]["I"]
        pg.text(17, y + 12, "Nom et prénom", 8)
        pg.text(17, y + 17, f"{A.sn(A.birth)} {A.fn(False)}", 11)
        pg.text(17, y + 24, "Numéro d'immatriculation", 8)
        pg.text(17, y + 29.5, A.ins_s(), 11)
        if A.dob:
            pg.text(120, y + 24, "Date de naissance", 8)
            pg.text(120, y + 29.5, A.dob_s(), 11)
    y += 38
    pg.rect(15, y, 180, 40, 0.35)
    pg.text(17, y + 5, "Éléments d'ordre médical", 9.5, bold=True)
    pg.text(17, y + 12, f"Transport lié à une hospitalisation : {rng.choice(['[X] oui  [ ] non', '[ ] oui  [X] non'])}", 9)
    pg.text(17, y + 18, f"Transport en rapport avec une ALD : {rng.choice(['[X] oui  [ ] non', '[ ] oui  [X] non'])}", 9)
    pg.text(17, y + 24, f"Mode de transport : {rng.choice(['ambulance', 'VSL', 'taxi conventionné', 'transport en commun'])}", 9)
    pg.text(17, y + 30, f"Trajet : domicile → {ctx.est}", 9)
    y += 44
    pg.rect(15, y, 180, 40, 0.35)
    pg.text(17, y + 5, "Identification du prescripteur et de la structure", 9.5, bold=True)
    pg.text(17, y + 12, drn(ctx.author), 10)
    pg.text(17, y + 17, f"RPPS {ctx.author['rpps']} – {ctx.est}", 9)
    pg.text(17, y + 22, f"N° FINESS {ctx.finess}", 9)
    pg.text(120, y + 30, f"Date : {when_s(ctx)}", 9)
    pg.text(120, y + 35, "Signature :", 9)
    return [pg]


def fax_cover(ctx, sender, recipient, npages, objet):
    rng = ctx.rng
    pg = Page(rng.choice(["sans", "mono"]))
    pg.text(20, 25, sender["org"], 12, bold=True)
    pg.text(20, 30, sender["addr"], 9)
    pg.text(105, 55, rng.choice(["TÉLÉCOPIE", "FAX", "BORDEREAU DE TÉLÉCOPIE"]), 20, bold=True, anchor="c")
    y = 75
    for k, v in [("Date", when_s(ctx)), ("De", sender["who"]), ("Fax émetteur", sender["fax"]),
                 ("À", recipient["who"]), ("Fax destinataire", recipient["fax"]),
                 ("Nombre de pages (y compris celle-ci)", str(npages)), ("Objet", objet)]:
        pg.text(25, y, k + " :", 11, bold=True)
        pg.text(110 if len(k) > 18 else 70, y, v, 11)
        y += 9
    y += 10
    pg.para(25, y, 160, "CONFIDENTIEL – Ce document contient des informations médicales couvertes par le secret "
                        "professionnel. Si vous n'en êtes pas le destinataire, merci de le détruire et de nous prévenir "
                        "immédiatement par téléphone.", 9)
    return pg


# ---------------------------------------------------------------------------------------------------------------
def dictation_text(ctx):
    rng, P = ctx.rng, ctx.P
    a, r = ctx.author, ctx.recipient
    L = [f"Dictée {drn(a)} – {when_s(ctx)} – transcrite par le secrétariat",
         f"Courrier pour {drn(r)}, {r['city']}", ""]
    ident = P.name(long_civ=True)
    extra = ""
    if P.dob:
        extra = f", {P.dob_phrase(cap=False, with_age=rng.random() < 0.5)}"
    motif = rng.choice(MOTIFS.get(ctx.spec, MOTIFS["mg"]))
    if ctx.mix and ctx.mix["where"] == "body":
        B = ctx.mix["P2"]
        L.append(f"Cher ami, je revois ce jour {ident}{extra}, pour {motif}. Je vous joins également le compte rendu "
                 f"concernant {B.name(long_civ=True)}, {B.dob_phrase(cap=False)}, vu le même jour.")
    else:
        L.append(rng.choice([
            f"Cher ami, je revois ce jour en consultation {ident}{extra}, que tu m'avais adressé{gend(P)} pour {motif}.",
            f"Mon cher confrère, j'ai vu ce matin {ident}{extra} pour {motif}, virgule, comme convenu.",
            f"Objet : {motif}. Chère consœur, {ident}{extra} est venu{gend(P)} me consulter ce jour.",
        ]))
    for o in ctx.others:
        I = o["I"]
        s = f"{P.civ() or {'F': 'La patiente', 'M': 'Le patient'}.get(P.sex, 'Le patient')} {P.surname_for_body()} était accompagné{gend(P)} de {o.get('lien_art', o['role'])}, {I.name()}"
        if I.dob:
            s += f", {I.dob_phrase(cap=False, with_age=False)}"
        L.append(s + ".")
    L.append(fill(rng, rng.choice(ANTECEDENTS)))
    L += [fill(rng, e) for e in rng.sample(EXAM, 2)]
    L.append(fill(rng, rng.choice(CONCL), ref=ref(P)))
    L += ["", "Bien amicalement.", drn(a), ""]
    if ctx.copies:
        L.append("Copie : " + ", ".join(drn(c) for c in ctx.copies))
    return "\n".join(L) + "\n"


def docx_letter(ctx, path):
    import docx
    from docx.shared import Pt
    from render import save_docx_deterministic
    rng, P = ctx.rng, ctx.P
    a = ctx.author
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Times New Roman"])
    st.font.size = Pt(11)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = f"{ctx.practice} – {drn(a)}, {a['spec']} – {ctx.address[0]}, {ctx.address[1]} – Tél. {ctx.phone}"
    others_docs = ctx.group[:3]
    if others_docs:
        doc.sections[0].header.add_paragraph("Praticiens : " + " – ".join(drn(d) for d in others_docs))
    doc.add_paragraph(f"{a['city']}, le {when_s(ctx, 'long_nopad')}")
    doc.add_paragraph(f"{drn(ctx.recipient)}\n{ctx.recipient['street']}\n{ctx.recipient['city']}")
    lines = identity_block_lines(ctx)
    if rng.random() < 0.5:
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        rows = [("Nom de naissance", P.sn(P.birth)), ("Nom d'usage", P.sn(P.used)),
                ("Prénom(s)", P.fn(True) if P.firsts else ""), ("Date de naissance", P.dob_s()), ("INS", P.ins_s())]
        for k, v in rows:
            if v or rng.random() < 0.5:
                c = t.add_row().cells
                c[0].text, c[1].text = k, v
    else:
        p = doc.add_paragraph()
        p.add_run("Objet : ").bold = True
        p.add_run(" – ".join(lines)).bold = True
    doc.add_paragraph(rng.choice(["Cher Confrère,", "Chère Consœur,", "Chers collègues,"]))
    for para in body_paragraphs(ctx):
        doc.add_paragraph(para)
    for o in [o for o in ctx.others if not o.get("in_body")]:
        doc.add_paragraph(other_line(o))
    doc.add_paragraph("Je vous prie de croire, cher confrère, à l'assurance de mes sentiments les meilleurs.")
    doc.add_paragraph(f"{drn(a)}\n{a['spec']}")
    if ctx.copies:
        doc.add_paragraph("Copie à : " + " ; ".join(drn(c) for c in ctx.copies))
    save_docx_deterministic(doc, path)


LAYOUTS = {
    "letter_sidecol": letter_sidecol, "identity_table": identity_table, "sticker_form": sticker_form,
    "sticker_sheet": sticker_sheet, "discharge_summary": discharge_summary, "operative_report": operative_report,
    "lab_results": lab_results_long, "imaging_report": imaging_report, "prescription": prescription,
    "certificate": certificate, "care_form": care_form,
}
MULTIPAGE = {"discharge_summary", "operative_report", "lab_results"}
