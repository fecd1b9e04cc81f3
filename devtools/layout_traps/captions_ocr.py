"""Session 53 review: rendered pages around an EMPTY caption of the patient's circle (losses) and relatives /
namesakes printed beside such captions (wrong filings). Fictitious names only.
Written by an assistant against 01ec3fc; its pages are OCR'd by ocrcache.py like the others.
Usage: python captions_ocr.py --out DIR [--seed 5353]
Writes DIR/pages/*.png, DIR/registry.csv, DIR/truth.json ({page: {truth, family, dpi, fax, note}})."""
from __future__ import annotations

import argparse, csv, json, os, random
from datetime import date, timedelta

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = {
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "libsans": ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    "libserif": ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"),
}
MM = 1 / 25.4
# invented surnames (syllable soup) so that no page's people collide with another's
SYL = ["BA", "BE", "BO", "CA", "CO", "DA", "DE", "DU", "FA", "FE", "GA", "GO", "LA", "LE", "LU", "MA", "ME", "MO",
       "NA", "NE", "PA", "PE", "PI", "RA", "RE", "RO", "SA", "SE", "TA", "TE", "VA", "VI"]
END = ["T", "D", "N", "R", "L", "S", "UX", "IN", "ET", "AC", "OT"]
MALE = "Jean Pierre Michel André Philippe Alain Christian Patrick Nicolas Laurent Éric Julien Sébastien David Lucas Hugo Louis Gabriel Arthur Thomas Paul Antoine Maxime Romain Vincent Yves Gérard Marcel René Théo Noé Émile Jules Léo Victor".split()
FEMALE = "Marie Nathalie Isabelle Sylvie Catherine Françoise Anne Christine Monique Valérie Sandrine Stéphanie Céline Julie Claire Camille Léa Manon Emma Chloé Inès Sarah Pauline Mathilde Louise Alice Lucie Juliette Hélène Brigitte Chantal Nicole Jeanne Colette Odile Solène Zoé Rose".split()
CITIES = [("DIJON", "21000"), ("NANTES", "44000"), ("RENNES", "35000"), ("TOURS", "37000"), ("ANGERS", "49000"),
          ("REIMS", "51100"), ("METZ", "57000"), ("ROUEN", "76000"), ("CAEN", "14000"), ("LIMOGES", "87000")]
SERVICES = ["Médecine Interne", "Cardiologie", "Gériatrie", "Pneumologie", "Chirurgie Viscérale", "Neurologie",
            "Urgences", "Orthopédie", "Néphrologie"]
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def rdate(rng, y0, y1):
    s = date(y0, 1, 1)
    return s + timedelta(days=rng.randint(0, (date(y1, 12, 28) - s).days))


def d(x: date, style=0):
    return [x.strftime("%d/%m/%Y"), x.strftime("%d.%m.%Y"), f"{x.day} {MONTHS[x.month - 1]} {x.year}"][style]


class Person:
    def __init__(s, surname, first, ddn, sex, ipp=None):
        s.surname, s.first, s.ddn, s.sex, s.ipp = surname, first, ddn, sex, ipp

    nee = property(lambda s: "Née" if s.sex == "F" else "Né")
    civ = property(lambda s: "Mme" if s.sex == "F" else "M.")

    def desc(s):
        return f"{s.ipp or 'unreg'}:{s.surname} {s.first} {d(s.ddn)}"


class Page:
    def __init__(s, family, dpi, fax, font):
        s.family, s.dpi, s.fax, s.font = family, dpi, fax, font
        s.items, s.truth, s.note = [], None, ""

    def t(s, x, y, txt, pt=10, bold=False):
        s.items.append(("text", x, y, txt, pt, bold))

    def box(s, x0, y0, x1, y1):
        s.items.append(("box", x0, y0, x1, y1))

    def line(s, x0, y0, x1, y1):
        s.items.append(("line", x0, y0, x1, y1))

    def scribble(s, x, y, w, rng):  # a handwritten value: strokes OCR rarely reads as words
        pts, cx = [], x
        while cx < x + w:
            pts.append((cx, y + rng.uniform(0.5, 3.2)))
            cx += rng.uniform(0.8, 2.2)
        s.items.append(("poly", pts))

    def width(s, txt, pt, bold=False):
        f = ImageFont.truetype(FONTS[s.font][bold], 100)
        return f.getlength(txt) / 100 * pt * 25.4 / 72

    def render(s, path, rng):
        sc = s.dpi * MM
        W, H = round(210 * sc), round(297 * sc)
        img = Image.new("L", (W, H), 255)
        dr = ImageDraw.Draw(img)
        fonts = {}
        for it in s.items:
            if it[0] == "text":
                _, x, y, txt, pt, b = it
                k = (pt, b)
                if k not in fonts:
                    fonts[k] = ImageFont.truetype(FONTS[s.font][b], max(6, round(pt * s.dpi / 72)))
                dr.text((x * sc, y * sc), txt, font=fonts[k], fill=0)
            elif it[0] == "box":
                dr.rectangle([v * sc for v in it[1:]], outline=0, width=max(1, round(sc * 0.25)))
            elif it[0] == "line":
                dr.line([v * sc for v in it[1:]], fill=0, width=max(1, round(sc * 0.2)))
            elif it[0] == "poly":
                dr.line([(a * sc, b * sc) for a, b in it[1]], fill=40, width=max(2, round(sc * 0.35)))
        if s.fax:
            img = img.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=255)
            img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.7)))
            px = img.load()
            for _ in range(int(W * H / rng.choice([6000, 9000, 14000]))):
                px[rng.randrange(W), rng.randrange(H)] = 0
            img = img.point(lambda v: 0 if v < rng.choice([140, 160]) else 255).convert("1")
        elif rng.random() < 0.4:
            img = img.filter(ImageFilter.GaussianBlur(0.6))
        img.save(path, dpi=(s.dpi, s.dpi))


class Gen:
    def __init__(s, seed):
        s.rng = random.Random(seed)
        s.rows, s.ipp, s.used, s.pages = [], 7300000, set(), []

    def surname(s):
        while True:
            n = "".join(s.rng.choice(SYL) for _ in range(s.rng.choice([2, 3]))) + s.rng.choice(END)
            if n not in s.used:
                s.used.add(n)
                return n

    def person(s, surname=None, sex=None, y0=1930, y1=2005, first=None, ddn=None, reg=True):
        sex = sex or s.rng.choice("MF")
        p = Person(surname or s.surname(), first or s.rng.choice(MALE if sex == "M" else FEMALE),
                   ddn or rdate(s.rng, y0, y1), sex)
        if reg:
            s.ipp += s.rng.randint(1, 40)
            p.ipp = str(s.ipp)
            s.rows.append(p)
        return p

    def page(s, family, fax_share=0.3, fax=None):
        fax = s.rng.random() < fax_share if fax is None else fax
        dpi = s.rng.choice([150, 200, 200]) if fax else s.rng.choice([200, 250, 300, 300])
        p = Page(family, dpi, fax, s.rng.choice(list(FONTS)))
        s.pages.append(p)
        return p

    # ------------------------------------------------------------------ shared parts
    def letterhead(s, p, x, y, pitch, pt, n=4, service=None, city=None):
        r = s.rng
        city = city or r.choice(CITIES)
        service = service or r.choice(SERVICES)
        lines = [(f"CENTRE HOSPITALIER DE {city[0]}", True), (f"Service de {service}", False),
                 (f"{r.randint(1, 80)} rue {r.choice(['Pasteur', 'de la Paix', 'Victor Hugo', 'des Lilas'])}, {city[1]} {city[0].title()}", False),
                 (f"Secrétariat : 0{r.randint(1, 5)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}", False),
                 (f"Fax : 0{r.randint(1, 5)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}", False)]
        for k, (txt, b) in enumerate(lines[:n]):
            p.t(x, y + k * pitch, txt, pt + (1 if b else 0), b)
        return y + n * pitch

    def sticker(s, p, x, y, pitch, pt, pat, style=None, box=None):
        r = s.rng
        style = style or r.choice(["a", "a", "b", "c", "d"])
        ipp = str(r.randint(10 ** 9, 10 ** 10 - 1))
        sex = "F" if pat.sex == "F" else "M"
        L = {"a": [f"{pat.surname} {pat.first}", f"{pat.nee} le {d(pat.ddn, r.choice([0, 0, 1]))}", f"IPP : {ipp}"],
             "b": [f"IPP : {ipp}", f"{pat.surname} {pat.first}", f"{pat.nee} le {d(pat.ddn)}  Sexe : {sex}"],
             "c": [f"{pat.surname}", f"{pat.first}", f"{d(pat.ddn)}  {sex}", f"IPP {ipp}"],
             "d": [f"{pat.civ} {pat.surname} {pat.first}", f"{pat.nee} le {d(pat.ddn)}", f"NDA : {r.randint(10 ** 7, 10 ** 8)}",
                   f"UF {r.randint(1000, 9999)}"],
             "nodate": [f"{pat.surname} {pat.first}", f"IPP : {ipp}"],
             "nodate2": [f"IPP : {ipp}", f"{pat.surname} {pat.first}", f"Sexe : {sex}"]}[style]
        for k, txt in enumerate(L):
            p.t(x, y + k * pitch, txt, pt, k == (1 if style == "b" or style == "nodate2" else 0))
        if box if box is not None else r.random() < 0.5:
            w = max(p.width(t_, pt, True) for t_ in L)
            p.box(x - 2, y - 2, x + w + 3, y + len(L) * pitch + 1)
        return y + len(L) * pitch, style

    def caption_text(s, cap, leader):
        return cap + {"none": "", "dots": " " + "." * s.rng.randint(20, 40), "under": " " + "_" * s.rng.randint(15, 30),
                      "tel": "   Tél. : " + "." * 14}[leader]

    def body(s, p, y, pt, kind="letter"):
        r = s.rng
        pitch = pt * 0.3528 * 1.5
        if kind == "letter":
            texts = ["Objet : compte rendu de consultation", "", "Cher Confrère,",
                     "J'ai revu ce jour votre patient pour le suivi de son traitement. L'examen clinique",
                     "est sans particularité. La tension artérielle est à 13/8. Je propose de poursuivre",
                     "le traitement en cours et de le revoir dans trois mois avec un bilan biologique.",
                     "", "Bien confraternellement,"]
        else:
            texts = kind
        for k, txt in enumerate(texts):
            if txt:
                p.t(18, y + k * pitch, txt, pt)
        return y + len(texts) * pitch

    def geometry(s):
        r = s.rng
        pt = r.choice([9, 9.5, 10, 10.5, 11])
        pitch = pt * 0.3528 * r.uniform(1.35, 1.8)
        return pt, pitch, r.uniform(12, 20), r.uniform(12, 22), r.uniform(112, 130)

    # ------------------------------------------------------------------ LOSS families: empty caption, patient's own identity
    def form_left_fields(s, family, title, fields, captions, fax_share=0.3, sticker_style=None, body=None, extra=()):
        """Letterhead top left, title, then a left column of fields ending on an empty circle caption, the patient's
        sticker pasted in the right column at the fields' height."""
        r = s.rng
        p = s.page(family, fax_share)
        pt, pitch, lx, ly, sx = s.geometry()
        pat = s.person(y0=1925 if "L2" in family else 1935, y1=2022 if "L3" in family else 2000)
        rel = s.person(surname=r.choice([pat.surname, None]), y0=1930, y1=1990)  # registered, not printed
        y = s.letterhead(p, lx, ly, pitch, pt, r.choice([2, 3, 4]))
        y += pitch * r.uniform(0.8, 1.5)
        p.t(lx, y, title, pt + 2, True)
        y += pitch * r.uniform(1.5, 2.2)
        fs = r.sample(fields, r.randint(0, min(3, len(fields))))
        cap = r.choice(captions)
        leader = r.choice(["none", "none", "dots", "under", "tel"])
        hand = r.random() < 0.25 and leader != "tel"
        col = fs + [s.caption_text(cap, "none" if hand else leader)]
        if extra:
            col += list(extra)
        elif r.random() < 0.3:  # the caption on its own line, its value line below it left empty
            col[-1] = cap
            col.append("." * r.randint(25, 40))
        # sticker rows: align the caption with one of the sticker's lines
        n_st = 4 if sticker_style in ("c", "d") else 3
        k_cap = len(fs)
        off = r.choice([0, 0, 1, 2])
        sy = y + (k_cap - off) * pitch if k_cap - off >= -1 else y
        room = sx - lx - 8
        for k, txt in enumerate(col):
            while p.width(txt, pt) > room and txt[-1] in "._ ":
                txt = txt[:-1]
            col[k] = txt
            p.t(lx, y + k * pitch, txt, pt)
            if hand and k == len(fs):
                x0 = lx + p.width(txt, pt) + 3
                p.scribble(x0, y + k * pitch, min(r.uniform(25, 45), sx - 6 - x0), r)
        sy_end, style = s.sticker(p, sx, sy, pitch, pt, pat, sticker_style)
        yb = max(y + len(col) * pitch, sy_end) + pitch * r.uniform(1.5, 2.5)
        s.body(p, yb, pt, body or "letter")
        p.truth = pat.ipp
        p.note = (f"patient {pat.desc()} sticker {style} at x={sx:.0f}; caption `{col[len(fs)]}` block={col[len(fs):]} "
                  f"leader={leader} hand={hand} fields={fs} cap_row={k_cap} sticker_off={off}; relative {rel.desc()} not printed")
        return p

    def L1_admission(s):
        return s.form_left_fields("L1_admission", "FICHE D'ADMISSION", [
            f"Date d'entrée : {d(rdate(s.rng, 2024, 2025))}", "Mode d'entrée : urgences", "Chambre : 12",
            "Médecin traitant : Dr LOMBARD", "N° de sécurité sociale :"],
            ["Personne à prévenir :", "Personne de confiance :", "Contact d'urgence :", "Personne à prévenir (nom, tél.) :",
             "Famille :", "PERSONNE A PREVENIR"])

    def L2_ehpad(s):
        return s.form_left_fields("L2_ehpad_liaison", s.rng.choice(["DOSSIER DE LIAISON D'URGENCE", "FICHE DE LIAISON EHPAD"]), [
            "Établissement : EHPAD Les Tilleuls", "Chambre : 8", "Médecin traitant : Dr CAMUS", "GIR : 2",
            f"Date : {d(rdate(s.rng, 2024, 2025))}"],
            ["Personne de confiance :", "Représentant légal (le cas échéant) :", "Tuteur / Curateur :", "Famille :",
             "Aidant :", "Mesure de protection / Tuteur :"], sticker_style=s.rng.choice(["a", "d", "a"]),
            body=["Motif du transfert : chute avec traumatisme du poignet droit.", "Traitements : voir ordonnance jointe.",
                  "Autonomie : aide partielle pour la toilette.", "Régime : normal, eau gélifiée."])

    def L3_pediatric(s):
        return s.form_left_fields("L3_pediatric", s.rng.choice(["FICHE DE RENSEIGNEMENTS PÉDIATRIE", "ADMISSION ENFANT"]), [
            "Classe : CE2", "Mode de garde : crèche", f"Date : {d(rdate(s.rng, 2024, 2025))}", "Pédiatre : Dr MARCHAL"],
            ["Parent 1 :", "Parent 2 :", "Responsable légal :", "Père :", "Mère :", "Parents :", "Père/Mère :",
             "Représentant légal (le cas échéant) :"], sticker_style=s.rng.choice(["a", "b", "c"]),
            body=["Motif : douleurs abdominales depuis 48 heures.", "Vaccinations à jour.", "Allergies : aucune connue."])

    def L4_consent(s):
        return s.form_left_fields("L4_consent", s.rng.choice(["CONSENTEMENT ÉCLAIRÉ", "AUTORISATION D'OPÉRER"]), [
            "Intervention : cholécystectomie", "Chirurgien : Dr VERNET", f"Date prévue : {d(rdate(s.rng, 2024, 2025))}"],
            ["Personne de confiance :", "Représentant légal (le cas échéant) :", "Tuteur :", "Parent 1 :",
             "Titulaire de l'autorité parentale :"],
            body=["Je reconnais avoir reçu une information claire sur l'intervention proposée,",
                  "ses bénéfices et ses risques, et donne mon accord à sa réalisation.", "",
                  "Fait à ............ le ............           Signature :"])

    def L5_transport(s):
        return s.form_left_fields("L5_transport", s.rng.choice(["BON DE TRANSPORT", "DEMANDE DE TRANSPORT SANITAIRE"]), [
            "Transport : ambulance", "Destination : Imagerie", "Aller-retour", f"Date : {d(rdate(s.rng, 2024, 2025))}"],
            ["Accompagnant :", "Accompagnant(e) :", "Accompagnant(e) (nom, lien) :", "Personne à prévenir :", "Famille :"],
            body=["Position : allongé.", "Oxygène : non.", "Motif : examen programmé."])

    def L6_fax(s):
        return s.form_left_fields("L6_fax_cover", "TÉLÉCOPIE", [
            "De : Service des Urgences", "À : EHPAD Les Glycines", "Nombre de pages : 3",
            f"Date : {d(rdate(s.rng, 2024, 2025))}"],
            ["Famille prévenue :", "Pers. à prévenir :", "Personne à prévenir :", "Famille :", "Personne de confiance :"],
            fax_share=1.0, body=["Objet : retour du patient ce jour.", "Merci de bien vouloir assurer l'accueil.",
                                 "Document confidentiel."])

    def L7_lab(s):
        return s.form_left_fields("L7_lab_imaging", s.rng.choice(["COMPTE RENDU DE BIOLOGIE", "COMPTE RENDU D'IMAGERIE"]), [
            "Prescripteur : Dr FAVRE", f"Prélevé le : {d(rdate(s.rng, 2024, 2025))}", "Dossier : 25A0012",
            "Examen : échographie"],
            ["Mère :", "Parents :", "Accompagnant :", "Représentant légal :"],
            body=["Hémoglobine 13,2 g/dL", "Leucocytes 7,1 G/L", "Plaquettes 245 G/L", "CRP < 5 mg/L"])

    def L8_letter_template(s):
        """A DPI letter template: the left column under the letterhead holds the stay's fields, `Personne de
        confiance :` left empty when none was recorded; the patient's block at the right."""
        r = s.rng
        p = s.page("L8_letter_template", 0.25)
        pt, pitch, lx, ly, sx = s.geometry()
        pat = s.person()
        y = s.letterhead(p, lx, ly, pitch, pt, r.choice([3, 4, 5]))
        fields = [f"Séjour du {d(rdate(r, 2024, 2024))} au {d(rdate(r, 2025, 2025))}", "Médecin : Dr GARNIER",
                  "UF : 2104"]
        fs = r.sample(fields, r.randint(0, 2))
        cap = r.choice(["Personne de confiance :", "Personne de confiance : ", "Personne à prévenir :",
                        "PERSONNE DE CONFIANCE :"])
        col = fs + [cap] + (["Médecin traitant : Dr ROUSSEL"] if r.random() < 0.4 else [])
        y0 = y + pitch * r.uniform(0.5, 1.5)
        for k, txt in enumerate(col):
            p.t(lx, y0 + k * pitch, txt, pt)
        sy = r.choice([ly, y0 - pitch, y0, y0 + len(fs) * pitch])
        blk = [f"{pat.civ} {pat.surname} {pat.first}", f"{pat.nee.lower()} le {d(pat.ddn)}",
               f"{r.randint(1, 90)} rue des Vignes", f"{r.choice(CITIES)[1]} {r.choice(CITIES)[0].title()}"]
        if r.random() < 0.5:
            blk = [f"{pat.civ} {pat.surname} {pat.first}", f"{pat.nee} le {d(pat.ddn)}", f"IPP : {r.randint(10**7, 10**8)}"]
        for k, txt in enumerate(blk):
            p.t(sx, sy + k * pitch, txt, pt, k == 0)
        yb = max(y0 + len(col) * pitch, sy + len(blk) * pitch) + 2 * pitch
        p.t(18, yb, r.choice(["COMPTE RENDU D'HOSPITALISATION", "LETTRE DE LIAISON"]), pt + 1, True)
        s.body(p, yb + 2 * pitch, pt)
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()} block at x={sx:.0f} y={sy:.0f}; left col {col} from y={y0:.0f}"
        return p

    def L9_social(s):
        return s.form_left_fields("L9_social", s.rng.choice(["ÉVALUATION SOCIALE", "DEMANDE D'APA - VOLET SOCIAL"]), [
            "Assistante sociale : Mme LEROUX", "Logement : appartement 2e étage", "Revenus : retraite",
            f"Date : {d(rdate(s.rng, 2024, 2025))}"],
            ["Aidant principal :", "Aidant :", "Entourage familial :", "Famille :", "Enfants :", "Personne de confiance :"],
            body=["Aides en place : passage infirmier quotidien.", "Projet : retour à domicile avec SSIAD.",
                  "Dossier APA en cours."])

    def L10_below_sticker_box(s):
        """A form whose sticker box sits at the top right with `Étiquette patient` printed above it, and the circle's
        fields in the left column at the sticker's height, read before it; sometimes the identity typed below."""
        r = s.rng
        p = s.page("L10_sticker_box", 0.3)
        pt, pitch, lx, ly, sx = s.geometry()
        pat = s.person()
        y = s.letterhead(p, lx, ly, pitch, pt, r.choice([2, 3]))
        p.t(sx, ly, r.choice(["Étiquette patient", "ÉTIQUETTE", "Coller l'étiquette ici"]), pt - 1)
        sy_end, style = s.sticker(p, sx + 2, ly + 1.6 * pitch, pitch, pt, pat, None, box=False)
        p.box(sx - 2, ly + 1.2 * pitch, sx + 75, sy_end + 1)
        caps = r.sample(["Personne de confiance :", "Personne à prévenir :", "Représentant légal :", "Famille :",
                         "Parent 1 :", "Parent 2 :", "Conjoint(e) :"], r.choice([1, 2]))
        yc = max(y + 0.5 * pitch, sy_end - len(caps) * pitch)
        for k, c in enumerate(caps):
            txt = s.caption_text(c, r.choice(["none", "dots", "under"]))
            while p.width(txt, pt) > sx - lx - 8 and txt[-1] in "._ ":
                txt = txt[:-1]
            p.t(lx, yc + k * pitch, txt, pt)
        s.body(p, max(yc + len(caps) * pitch, sy_end) + 2.5 * pitch, pt, ["Motif de la demande :", "Bilan préopératoire.",
                                                                            "Antécédents : HTA, dyslipidémie."])
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()} sticker {style} in box; captions {caps} left at y={yc:.0f}"
        return p

    def L11_full_circle_block(s):
        """Control: the circle's block is a full blank sub-form (`Personne de confiance :` / `Lien :` / `Tél. :`)
        beside the patient's sticker: the caption's next line is the next field."""
        r = s.rng
        sub = r.choice([["Personne de confiance :", "Lien de parenté :", "Téléphone :"],
                        ["Personne à prévenir :", "Adresse :", "Tél. :"],
                        ["Représentant légal :", "Qualité : tuteur / curateur", "Coordonnées :"],
                        ["Parent 1 :", "Parent 2 :", "Adresse des parents :"]])
        return s.form_left_fields("L11_full_circle_block", r.choice(["FICHE D'ADMISSION", "FICHE DE LIAISON"]), [
            "Chambre : 12", f"Date d'entrée : {d(rdate(r, 2024, 2025))}"], [sub[0]], extra=sub[1:])

    # ------------------------------------------------------------------ WRONG families: relative beside a caption
    def W4_unlisted_caption(s):
        """A relative's name and date in the right column under an undated sticker, its caption in the left column
        one the rule does not list, or one OCR reads far from it."""
        r = s.rng
        p = s.page("W4_unlisted_caption", 0.35)
        pt, pitch, lx, ly, sx = s.geometry()
        pat = s.person(reg=r.random() < 0.6)
        rel = s.person(surname=r.choice([pat.surname, None]), y0=1935, y1=1990)
        y = s.letterhead(p, lx, ly, pitch, pt, r.choice([3, 4]))
        sy_end, style = s.sticker(p, sx, ly, pitch, pt, pat, r.choice(["nodate", "nodate2"]))
        cap = r.choice(["Contact :", "Référent :", "Référent familial :", "Personne ressource :", "Interlocuteur :",
                        "Correspondant :", "Proche :", "Fils :", "Belle-fille :", "Voisine :", "Mandataire judiciaire :",
                        "MJPM :", "Nom de l'aidant :", "Entourage :", "Pers. ressource :"])
        ry = sy_end + pitch * r.choice([0.4, 1.0])
        lines = [f"{rel.civ} {rel.surname} {rel.first}", f"{rel.nee.lower()} le {d(rel.ddn)}"]
        for k, txt in enumerate(lines):
            p.t(sx, ry + k * pitch, txt, pt)
        cy = max(ry + r.choice([0, 0.5]) * pitch, y + 0.3 * pitch)
        p.t(lx, cy, cap, pt)
        s.body(p, ry + 4.5 * pitch, pt)
        p.truth = None
        p.note = f"patient {pat.desc()} sticker {style}; relative {rel.desc()} right; caption `{cap}` at y={cy:.0f}"
        return p

    # ------------------------------------------------------------------ WRONG families (continued)
    def W1_relative_column(s):
        r = s.rng
        p = s.page("W1_relative_column", 0.35)
        pt, pitch, lx, ly, sx = s.geometry()
        pat_reg = r.random() < 0.7
        pat = s.person(reg=pat_reg)
        rel = s.person(surname=r.choice([pat.surname, None]), y0=1935, y1=1985)
        y = s.letterhead(p, lx, ly, pitch, pt, r.choice([3, 4, 5]))
        st_style = r.choice(["nodate", "nodate", "nodate2", "a"])
        sy_end, style = s.sticker(p, sx, ly, pitch, pt, pat, st_style)
        cap = r.choice(["Personne de confiance :", "Personne à prévenir :", "Contact :", "Référent familial :",
                        "Personne à contacter :", "Fille :", "Proche aidant :", "Famille :", "Épouse :",
                        "Représentant légal :", "Tuteur :", "Pers. de confiance", "Aidant :"])
        where = r.choice(["same", "mid", "below", "far", "above2"])
        ry = sy_end + pitch * r.choice([0.3, 0.8, 1.5])
        rel_lines = [f"{rel.civ} {rel.surname} {rel.first}" if r.random() < 0.6 else f"{rel.first} {rel.surname}",
                     r.choice([f"{rel.nee.lower()} le {d(rel.ddn)}", f"Né(e) le {d(rel.ddn)}", f"{rel.nee} le {d(rel.ddn)}"])]
        if r.random() < 0.4:
            rel_lines.append(f"Tél. 06 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}")
        if where == "far":
            ry += 2 * pitch
            rel_lines.insert(0, r.choice(["(fille)", "(épouse)", "(fils)"]))
        for k, txt in enumerate(rel_lines):
            p.t(sx, ry + k * pitch, txt, pt)
        cy = {"same": ry, "mid": ry + 0.5 * pitch, "below": ry + len(rel_lines) * pitch * 0.6, "far": ry - 3.5 * pitch,
              "above2": ry - 1.5 * pitch}[where]
        cy = max(cy, y + 0.3 * pitch)
        p.t(lx, cy, cap, pt)
        s.body(p, max(ry + len(rel_lines) * pitch, cy) + 3 * pitch, pt)
        p.truth = pat.ipp if (pat_reg and style == "a") else None
        p.note = f"patient {pat.desc()} sticker {style}; relative {rel.desc()} right at y={ry:.0f}; caption `{cap}` at y={cy:.0f} ({where})"
        return p

    def W2_namesake_father(s):
        r = s.rng
        p = s.page("W2_namesake_father", 0.3)
        pt, pitch, lx, ly, sx = s.geometry()
        father = s.person(sex="M", y0=1950, y1=1980)
        son = s.person(surname=father.surname, first=father.first, sex="M", y0=2005, y1=2020, reg=r.random() < 0.8)
        mother = s.person(sex="F", y0=1955, y1=1985, reg=r.random() < 0.5)
        y = s.letterhead(p, lx, ly, pitch, pt, r.choice([3, 4]), service="Pédiatrie")
        st_style = r.choice(["nodate", "nodate2", "nodate", "a"])
        sy_end, style = s.sticker(p, sx, ly, pitch, pt, son, st_style)
        cap = r.choice(["Père :", "Parent 1 :", "Responsable légal :", "Représentant légal :", "Père/Mère :", "Parents :"])
        where = r.choice(["same", "mid", "below", "after_block"])
        ry = sy_end + pitch * r.choice([0.3, 1.0])
        blk = [f"M. {father.surname} {father.first}", r.choice([f"né le {d(father.ddn)}", f"Né le {d(father.ddn)}"])]
        for k, txt in enumerate(blk):
            p.t(sx, ry + k * pitch, txt, pt)
        cy = {"same": ry, "mid": ry + 0.5 * pitch, "below": ry + 1.2 * pitch, "after_block": ry + 2.2 * pitch}[where]
        p.t(lx, max(cy, y + 0.3 * pitch), cap, pt)
        if r.random() < 0.5:
            p.t(lx, max(cy, y + 0.3 * pitch) + 2.2 * pitch, "Mère :", pt)
            p.t(sx, ry + 2.2 * pitch, f"Mme {mother.surname} {mother.first}", pt)
        s.body(p, ry + 5 * pitch, pt)
        p.truth = son.ipp if (son.ipp and style == "a") else None
        p.note = f"son {son.desc()} sticker {style}; father {father.desc()} right; caption `{cap}` ({where}); mother {mother.desc()}"
        return p

    def W3_identity_table(s):
        r = s.rng
        p = s.page("W3_identity_table", 0.3)
        pt, pitch, lx, ly, sx = s.geometry()
        pat = s.person(y0=2008, y1=2022, reg=r.random() < 0.75)
        rel = s.person(surname=r.choice([pat.surname, None]), y0=1960, y1=1990)
        y = s.letterhead(p, lx, ly, pitch, pt, 3) + 2 * pitch
        vx = lx + r.uniform(45, 65)
        rows = [("Nom", pat.surname), ("Prénom", pat.first)]
        dated = r.random() < 0.35
        if dated:
            rows.append(("Date de naissance", d(pat.ddn)))
        rows.append(("", ""))
        lab = r.choice(["Représentant légal", "Responsable légal", "Parent 1", "Personne de confiance", "Mère", "Tuteur"])
        mode = r.choice(["label_row", "label_mid", "heading"])
        rrows = [("", f"{rel.civ} {rel.surname} {rel.first}"), ("", f"{rel.nee.lower()} le {d(rel.ddn)}")]
        if mode == "label_row":
            rrows[0] = (lab, rrows[0][1])
        elif mode == "heading":
            rrows.insert(0, (lab.upper(), ""))
        for k, (a, b) in enumerate(rows + rrows):
            yy = y + k * pitch
            if a:
                p.t(lx, yy + (0.5 * pitch if mode == "label_mid" and a == lab else 0), a, pt)
            if b:
                p.t(vx, yy, b, pt)
        if mode == "label_mid":
            p.t(lx, y + (len(rows) + 0.5) * pitch, lab, pt)
        s.body(p, y + (len(rows) + len(rrows) + 2) * pitch, pt)
        p.truth = pat.ipp if (pat.ipp and dated) else None
        p.note = f"patient {pat.desc()} dated={dated}; relative {rel.desc()} rows; label `{lab}` mode {mode}"
        return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=5353)
    a = ap.parse_args()
    g = Gen(a.seed)
    plan = [("L1_admission", 18), ("L2_ehpad", 18), ("L3_pediatric", 18), ("L4_consent", 16), ("L5_transport", 16),
            ("L6_fax", 16), ("L7_lab", 14), ("L8_letter_template", 18), ("L9_social", 16), ("L10_below_sticker_box", 16),
            ("W1_relative_column", 24), ("W2_namesake_father", 20), ("W3_identity_table", 16),
            ("L11_full_circle_block", 16), ("W4_unlisted_caption", 20)]
    for fn, n in plan:
        for _ in range(n):
            getattr(g, fn)()
    for _ in range(250):  # fillers
        g.person()
    os.makedirs(os.path.join(a.out, "pages"), exist_ok=True)
    truth = {}
    for i, p in enumerate(g.pages):
        name = f"{p.family}_{i:03d}.png"
        p.render(os.path.join(a.out, "pages", name), random.Random(a.seed * 1000 + i))
        truth[name] = {"truth": p.truth, "family": p.family, "dpi": p.dpi, "fax": p.fax, "note": p.note}
    rows = list(g.rows)
    g.rng.shuffle(rows)
    with open(os.path.join(a.out, "registry.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["IPP", "Nom de naissance", "Prénom(s)", "Date de naissance", "Sexe", "Nom d'usage", "INS"])
        for q in rows:
            w.writerow([q.ipp, q.surname, q.first, d(q.ddn), q.sex, "", ""])
    json.dump(truth, open(os.path.join(a.out, "truth.json"), "w"), indent=1, ensure_ascii=False)
    print(len(g.pages), "pages", len(rows), "registry rows")


if __name__ == "__main__":
    main()
