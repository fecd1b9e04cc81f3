"""Session 53, reviewer-adversary of 4ade399: an EMPTY circle caption between the patient's identity and ANOTHER
person's line that is not the caption's value (losses), and relatives still filed (wrong). Fictitious people only.
python captions_people_ocr.py --out DIR [--seed 5399]  ->  DIR/pages/*.png, DIR/registry.csv, DIR/truth.json"""
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
SURNAMES = """MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL LEFEBVRE LEROY ROUX
DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT FONTAINE ROUSSEAU VINCENT MULLER LEFEVRE FAURE ANDRE
MERCIER BLANC GUERIN BOYER GARNIER CHEVALIER FRANCOIS LEGRAND GAUTHIER GARCIA PERRIN ROBIN CLEMENT MORIN NICOLAS
HENRY ROUSSEL MATHIEU GAUTIER MASSON MARCHAND DUVAL DENIS DUMONT MARIE LEMAIRE NOEL MEYER DUFOUR MEUNIER BRUN BLANCHARD
GIRAUD JOLY RIVIERE LUCAS BRUNET GAILLARD BARBIER ARNAUD MARTINEZ GERARD ROCHE RENARD SCHMITT ROY LEROUX COLIN VIDAL
CARON PICARD ROGER FABRE AUBERT LEMOINE RENAUD DUMAS LACROIX OLIVIER PHILIPPE BOURGEOIS PIERRE BENOIT REY LECLERC
PAYET ROLLAND LECLERCQ GUILLAUME LECOMTE LOPEZ JEAN DUPUY GUILLOT HUBERT BERGER CARPENTIER SANCHEZ DUPUIS MOULIN
LOUIS DESCHAMPS HUET VASSEUR PEREZ BOUCHER FLEURY ROYER KLEIN JACQUET ADAM PARIS POIRIER MARTY AUBRY GUYOT CARRE
CHARLES RENAULT CHARPENTIER MENARD MAILLARD BARON BERTIN BAILLY HERVE SCHNEIDER FERNANDEZ LE-GALL COLLET LEGER
BOUVIER JULIEN PREVOST MILLET PERROT DANIEL LE-ROUX COUSIN GERMAIN BRETON BESSON LANGLOIS REMY LE-GOFF PELLETIER
LEVEQUE PERRIER LEBLANC BARRE LEBRUN MARCHAL WEBER MALLET HAMON BOULANGER JACOB MONNIER MICHAUD RODRIGUEZ GUICHARD
GILLET ETIENNE GRONDIN POULAIN TESSIER CHEVALLIER COLLIN CHAUVIN DA-SILVA BOUCHET GAY LEMAITRE BENARD MARECHAL HUMBERT
REYNAUD ANTOINE HOARAU PERRET BARTHELEMY CORDIER PICHON LEJEUNE GILBERT LAMY DELAUNAY PASQUIER CARLIER LAPORTE""".split()
SURNAMES = [x.replace("-", " ") for x in SURNAMES if x not in {"MARIE", "JEAN", "LOUIS", "PIERRE", "NICOLAS", "THOMAS",
                                                               "ANTOINE", "JULIEN", "DANIEL", "CHARLES", "ADAM", "LUCAS",
                                                               "HENRY", "FRANCOIS", "ANDRE", "PHILIPPE", "OLIVIER",
                                                               "MICHEL", "SIMON", "VINCENT", "GERARD", "ROGER", "HERVE",
                                                               "GILBERT", "ETIENNE", "BENOIT", "REMY", "DENIS", "JACOB",
                                                               "MATHIEU", "GUILLAUME", "ROBERT", "RICHARD", "DAVID",
                                                               "BERTRAND", "CLEMENT", "NOEL", "PARIS", "ROY", "REY", "GAY"}]
MALE = ("Jean Pierre Michel André Philippe Alain Christian Patrick Nicolas Laurent Éric Julien Sébastien David Lucas "
        "Hugo Louis Gabriel Arthur Thomas Paul Antoine Maxime Romain Vincent Yves Gérard Marcel René Théo Noé Jules "
        "Léo Victor Bernard Daniel Jacques François Christophe Stéphane Olivier Frédéric Thierry Pascal Bruno Didier "
        "Raphaël Nathan Enzo Mathis Tom Ethan Adam Clément Benjamin Guillaume Kévin Mickaël Fabrice Joseph Henri").split()
FEMALE = ("Marie Nathalie Isabelle Sylvie Catherine Françoise Anne Christine Monique Valérie Sandrine Stéphanie Céline "
          "Julie Claire Camille Léa Manon Emma Chloé Inès Sarah Pauline Mathilde Louise Alice Lucie Juliette Hélène "
          "Brigitte Chantal Nicole Jeanne Colette Odile Zoé Rose Martine Jacqueline Danielle Sophie Laurence Véronique "
          "Aurélie Émilie Caroline Virginie Karine Jade Ambre Lina Mila Anaïs Océane Laura Élodie Marion Agathe "
          "Josiane Simone Yvette Geneviève Suzanne Denise Paulette").split()
CITIES = [("DIJON", "21000"), ("NANTES", "44000"), ("RENNES", "35000"), ("TOURS", "37000"), ("ANGERS", "49000"),
          ("REIMS", "51100"), ("METZ", "57000"), ("ROUEN", "76000"), ("CAEN", "14000"), ("LIMOGES", "87000"),
          ("BREST", "29200"), ("POITIERS", "86000"), ("NIORT", "79000"), ("VANNES", "56000")]
STREETS = ["rue Pasteur", "rue de la Paix", "avenue de la République", "rue des Lilas", "impasse des Tilleuls",
           "boulevard Gambetta", "chemin du Moulin", "rue du Stade", "allée des Chênes", "place de l'Église"]
SERVICES = ["Médecine Interne", "Cardiologie", "Gériatrie", "Pneumologie", "Chirurgie Viscérale", "Neurologie",
            "Urgences", "Orthopédie", "Néphrologie", "Pédiatrie", "Soins de Suite et de Réadaptation"]
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def rdate(rng, y0, y1):
    s = date(y0, 1, 1)
    return s + timedelta(days=rng.randint(0, (date(y1, 12, 28) - s).days))


def d(x: date, style=0):
    return [x.strftime("%d/%m/%Y"), x.strftime("%d.%m.%Y"), f"{x.day} {MONTHS[x.month - 1]} {x.year}"][style]


def phone(r):
    return "0" + str(r.randint(1, 6)) + "".join(f" {r.randint(10, 99)}" for _ in range(4))


class Person:
    def __init__(s, surname, first, ddn, sex, ipp=None):
        s.surname, s.first, s.ddn, s.sex, s.ipp = surname, first, ddn, sex, ipp
    nee = property(lambda s: "Née" if s.sex == "F" else "Né")
    civ = property(lambda s: "Mme" if s.sex == "F" else "M.")
    long_civ = property(lambda s: "Madame" if s.sex == "F" else "Monsieur")

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

    def scribble(s, x, y, w, rng):
        pts, cx = [], x
        while cx < x + w:
            pts.append((cx, y + rng.uniform(0.5, 3.2)))
            cx += rng.uniform(0.8, 2.2)
        s.items.append(("poly", pts))

    def width(s, txt, pt, bold=False):
        f = ImageFont.truetype(FONTS[s.font][bold], 100)
        return f.getlength(txt) / 100 * pt * 25.4 / 72

    def lines(s, x, y, pitch, pt, texts, bold_first=False):
        for k, txt in enumerate(texts):
            if txt:
                s.t(x, y + k * pitch, txt, pt, bold_first and k == 0)
        return y + len(texts) * pitch

    def render(s, path, rng):
        sc = s.dpi * MM
        W, H = round(210 * sc), round(297 * sc)
        img = Image.new("L", (W, H), 255)
        dr = ImageDraw.Draw(img)
        fonts = {}
        for it in s.items:
            if it[0] == "text":
                _, x, y, txt, pt, b = it
                if (pt, b) not in fonts:
                    fonts[(pt, b)] = ImageFont.truetype(FONTS[s.font][b], max(6, round(pt * s.dpi / 72)))
                dr.text((x * sc, y * sc), txt, font=fonts[(pt, b)], fill=0)
            elif it[0] == "box":
                dr.rectangle([v * sc for v in it[1:]], outline=0, width=max(1, round(sc * 0.25)))
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
        s.rows, s.ipp, s.pages, s.pairs = [], 4100000, [], set()
        s.page_surnames = list(SURNAMES)
        s.rng.shuffle(s.page_surnames)

    def surname(s):  # each page family of people gets its own surname (cycled; first names/dates differ)
        n = s.page_surnames.pop()
        s.page_surnames.insert(0, n)
        return n

    def person(s, surname=None, sex=None, y0=1930, y1=2005, first=None, ddn=None, reg=True):
        sex = sex or s.rng.choice("MF")
        while True:
            p = Person(surname or s.surname(), first or s.rng.choice(MALE if sex == "M" else FEMALE),
                       ddn or rdate(s.rng, y0, y1), sex)
            if (p.surname, p.first) not in s.pairs or first:
                break
        s.pairs.add((p.surname, p.first))
        if reg:
            s.ipp += s.rng.randint(1, 40)
            p.ipp = str(s.ipp)
            s.rows.append(p)
        return p

    def page(s, family, fax_share=0.25):
        fax = s.rng.random() < fax_share
        dpi = s.rng.choice([150, 200, 200]) if fax else s.rng.choice([200, 250, 300, 300])
        p = Page(family, dpi, fax, s.rng.choice(list(FONTS)))
        s.pages.append(p)
        return p

    def geometry(s):
        r = s.rng
        pt = r.choice([9, 9.5, 10, 10.5, 11])
        return pt, pt * 0.3528 * r.uniform(1.35, 1.75), r.uniform(12, 20), r.uniform(12, 20), r.uniform(110, 125)

    def letterhead(s, p, x, y, pitch, pt, n=4, name=None, service=None):
        r = s.rng
        city = r.choice(CITIES)
        lines = [name or f"CENTRE HOSPITALIER DE {city[0]}", f"Service de {service or r.choice(SERVICES)}",
                 f"{r.randint(1, 80)} {r.choice(STREETS)}, {city[1]} {city[0].title()}", f"Secrétariat : {phone(r)}"]
        for k, txt in enumerate(lines[:n]):
            p.t(x, y + k * pitch, txt, pt + (1 if k == 0 else 0), k == 0)
        return y + n * pitch, city

    def sticker(s, p, x, y, pitch, pt, pat, style=None, box=None, civ=None):
        r = s.rng
        style = style or r.choice(["a", "a", "b", "d", "c"])
        ipp = str(r.randint(10 ** 9, 10 ** 10 - 1))
        sx = "F" if pat.sex == "F" else "M"
        civ = (pat.civ + " ") if (civ if civ is not None else style == "d") else ""
        L = {"a": [f"{civ}{pat.surname} {pat.first}", f"{pat.nee} le {d(pat.ddn, r.choice([0, 0, 1]))}", f"IPP : {ipp}"],
             "b": [f"IPP : {ipp}", f"{civ}{pat.surname} {pat.first}", f"{pat.nee} le {d(pat.ddn)}  Sexe : {sx}"],
             "c": [f"{pat.surname}", f"{pat.first}", f"{d(pat.ddn)}  {sx}", f"IPP {ipp}"],
             "d": [f"{civ}{pat.surname} {pat.first}", f"{pat.nee} le {d(pat.ddn)}", f"NDA : {r.randint(10 ** 7, 10 ** 8)}"],
             "nodate": [f"{pat.surname} {pat.first}", f"IPP : {ipp}"]}[style]
        for k, txt in enumerate(L):
            p.t(x, y + k * pitch, txt, pt, k == (1 if style == "b" else 0))
        if box if box is not None else r.random() < 0.5:
            w = max(p.width(t_, pt, True) for t_ in L)
            p.box(x - 2, y - 2, x + w + 3, y + len(L) * pitch + 1)
        return y + len(L) * pitch, style

    def caption(s, p, x, y, pt, cap, xmax=100):
        r = s.rng
        leader = r.choice(["none", "none", "dots", "under", "hand"])
        txt = cap + {"none": "", "hand": "", "dots": " " + "." * r.randint(18, 34), "under": " " + "_" * r.randint(14, 26)}[leader]
        while p.width(txt, pt) > xmax - x and txt[-1] in "._":
            txt = txt[:-1]
        p.t(x, y, txt, pt)
        if leader == "hand":
            x0 = x + p.width(txt, pt) + 3
            p.scribble(x0, y, min(r.uniform(25, 40), xmax - x0), r)
        return leader

    def body(s, p, y, pt, texts=None):
        pitch = pt * 0.3528 * 1.5
        texts = texts or ["Objet : compte rendu de consultation", "", "Cher Confrère,",
                          "J'ai revu ce jour votre patient pour le suivi de son traitement. L'examen clinique",
                          "est sans particularité. Je propose de poursuivre le traitement en cours et de le",
                          "revoir dans trois mois avec un bilan biologique.", "", "Bien confraternellement,"]
        return p.lines(18, y, pitch, pt, texts)

    # ---------------------------------------------------------------- loss families: truth = the patient
    def identity_zone(s, p, x, y, pitch, pt, pat, caps, where=None, xr=None):
        """An empty circle caption, then the patient's own identity (below it, or at its right in another column)."""
        r = s.rng
        cap = r.choice(caps)
        where = where or r.choice(["below", "below", "right"])
        style = r.choice(["a", "a", "d", "d", "b", "c"])
        civ = r.random() < 0.5
        if where == "below":
            lead = s.caption(p, x, y, pt, cap, 105)
            end, style = s.sticker(p, x, y + pitch * r.choice([1, 1.3, 2]), pitch, pt, pat, style, civ=civ)
        else:
            xr = xr or x + r.uniform(70, 85)
            lead = s.caption(p, x, y, pt, cap, xr - 4)
            end, style = s.sticker(p, xr, y, pitch, pt, pat, style, civ=civ)
        return end, f"caption `{cap}` ({lead}) {where}; sticker {style} civ={civ}"

    def A_parents_letter(s):
        r = s.rng
        p = s.page("A_parents_letter", 0.15)
        pt, pitch, lx, ly, rx = s.geometry()
        sur = s.surname()
        child = s.person(sur, y0=2010, y1=2023)
        father = s.person(sur, "M", 1970, 1990, reg=r.random() < 0.5)
        mother = s.person(sur, "F", 1972, 1992, reg=r.random() < 0.5)
        y, city = s.letterhead(p, lx, ly, pitch, pt, 4, service="Pédiatrie")
        kind = r.choice(["MetMme_first", "MetMme_first", "MetMme_nosurfirst", "Madame_first", "MetMme_only", "Parents_de"])
        rec = {"MetMme_first": f"{r.choice(['Monsieur et Madame', 'M. et Mme'])} {father.first} {sur}",
               "MetMme_nosurfirst": f"M. et Mme {sur} {father.first}",
               "Madame_first": f"Madame {mother.first} {sur}",
               "MetMme_only": f"Monsieur et Madame {sur}",
               "Parents_de": f"Aux parents de {child.first} {sur}"}[kind]
        ry = y + pitch * r.uniform(0.5, 1.5)
        ry = p.lines(rx - 20, ry, pitch, pt, [rec, f"{r.randint(1, 90)} {r.choice(STREETS)}", f"{city[1]} {city[0]}"])
        ry = p.lines(rx - 20, ry + pitch * 0.7, pitch, pt, [f"{city[0].title()}, le {d(rdate(r, 2025, 2025), 2)}"])
        yy = ry + pitch * r.uniform(0.8, 1.6)
        subj = r.random() < 0.4
        if subj:
            yy = p.lines(lx, yy, pitch, pt, ["Objet : convocation en consultation de pédiatrie"]) + pitch * 0.5
        end, note = s.identity_zone(p, lx, yy, pitch, pt, child, ["Représentant légal :", "Responsable légal :",
                                                                  "Parent 1 :", "Père / Mère :", "Représentant légal (le cas échéant) :"])
        s.body(p, end + pitch * 1.5, pt, ["Madame, Monsieur,", "Votre enfant est attendu en consultation le 3 février 2026",
                                          "à 14 h 30. Merci de vous munir du carnet de santé.", "", "Le secrétariat médical"])
        p.truth = child.ipp
        p.note = f"child {child.desc()}; recipient `{rec}` ({kind}); objet={subj}; {note}; father {father.desc()} mother {mother.desc()}"

    def B_referral_recipient(s):
        r = s.rng
        p = s.page("B_referral_recipient", 0.3)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1930, y1=1990)
        dest = s.person(sex=r.choice("MF"), y0=1960, y1=1990, reg=r.random() < 0.3)
        y, city = s.letterhead(p, lx, ly, pitch, pt, r.choice([3, 4]))
        role = r.choice(["Infirmière libérale" if dest.sex == "F" else "Infirmier libéral", "Cabinet infirmier",
                         "Médecin généraliste", "Masseur-kinésithérapeute", "Cabinet de soins infirmiers", None])
        rec = [f"{dest.long_civ} {dest.first} {dest.surname}" if r.random() < 0.7 else f"{dest.first} {dest.surname}"]
        if role:
            rec.append(role)
        rec.append(f"{city[1]} {city[0]}" if r.random() < 0.5 else f"{r.randint(1, 90)} {r.choice(STREETS)}")
        ry = p.lines(rx - 15, y + pitch * r.uniform(0.3, 1.2), pitch, pt, rec)
        yy = ry + pitch * r.uniform(0.8, 1.5)
        title = r.random() < 0.5
        if title:
            p.t(lx, yy, r.choice(["FICHE DE LIAISON", "DEMANDE DE SOINS INFIRMIERS À DOMICILE", "LIAISON VILLE-HÔPITAL"]), pt + 1, True)
            yy += pitch * 1.5
        end, note = s.identity_zone(p, lx, yy, pitch, pt, pat, ["Personne de confiance :", "Personne à prévenir :",
                                                                "Aidant principal :", "Famille :", "Entourage :"])
        s.body(p, end + pitch * 1.5, pt, ["Soins à réaliser : pansement de l'ulcère de jambe droite tous les deux jours.",
                                          "Surveillance de la glycémie capillaire matin et soir.", "",
                                          "Merci de votre prise en charge."])
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()}; recipient {rec}; title={title}; {note}"

    def C_maternity_mother(s):
        r = s.rng
        p = s.page("C_maternity_mother", 0.25)
        pt, pitch, lx, ly, rx = s.geometry()
        sur = s.surname()
        mother = s.person(sur, "F", 1985, 2000, reg=r.random() < 0.7)
        baby = s.person(sur, y0=2025, y1=2025, ddn=rdate(r, 2025, 2025))
        y, city = s.letterhead(p, lx, ly, pitch, pt, r.choice([2, 3]), service="Maternité - Néonatologie")
        kind = r.choice(["mother_sticker_nodate", "mother_line_room", "mother_top", "mother_bebe_de"])
        if kind == "mother_sticker_nodate":
            hdr = [f"{sur} {mother.first}", f"IPP : {r.randint(10 ** 9, 10 ** 10 - 1)}"]
        elif kind == "mother_line_room":
            hdr = [f"Mme {sur} {mother.first}", f"Chambre {r.randint(100, 330)}"]
        elif kind == "mother_top":
            hdr = [f"{mother.first} {sur}", "Accouchement voie basse"]
        else:
            hdr = [f"Bébé de {sur} {mother.first}"]
        yy = p.lines(rx - 10, ly, pitch, pt, hdr) if r.random() < 0.5 else p.lines(lx, y + pitch * 0.8, pitch, pt, hdr)
        yy = max(yy, y) + pitch * r.uniform(0.8, 1.4)
        p.t(lx, yy, r.choice(["FICHE NOUVEAU-NÉ", "EXAMEN DU NOUVEAU-NÉ", "FICHE DE LIAISON NÉONATALE"]), pt + 1, True)
        yy += pitch * 1.6
        end, note = s.identity_zone(p, lx, yy, pitch, pt, baby, ["Père :", "Père / co-parent :", "Parent 2 :",
                                                                 "Représentant légal :"])
        s.body(p, end + pitch * 1.5, pt, [f"Poids de naissance : {r.randint(2600, 4100)} g", "Apgar 10/10/10",
                                          "Examen clinique normal. Allaitement maternel.", "Sortie prévue à J3."])
        p.truth = baby.ipp
        p.note = f"baby {baby.desc()}; mother header {hdr} ({kind}) mother {mother.desc()}; {note}"

    def D_ehpad_header(s):
        r = s.rng
        p = s.page("D_ehpad_header", 0.35)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1925, y1=1945)
        kind = r.choice(["name_right", "name_left", "name_first", "name_room_next"])
        home = f"EHPAD Résidence {r.choice(['Les Tilleuls', 'Le Clos Fleuri', 'Les Glycines', 'Bel Air'])}"
        p.t(lx, ly, home, pt + 1, True)
        p.t(lx, ly + pitch, f"{r.randint(1, 50)} {r.choice(STREETS)}", pt)
        nm = {"name_right": f"{pat.surname} {pat.first}", "name_left": f"{pat.surname} {pat.first}",
              "name_first": f"{pat.first} {pat.surname}", "name_room_next": f"{pat.civ} {pat.surname} {pat.first}"}[kind]
        if kind == "name_left":
            p.t(lx, ly + 2 * pitch, nm, pt, True)
            yy = ly + 3 * pitch
        else:
            p.t(rx, ly, nm, pt, True)
            if kind == "name_room_next":
                p.t(rx, ly + pitch, f"Chambre {r.randint(1, 60)}", pt)
            yy = ly + 2 * pitch
        yy += pitch * r.uniform(0.8, 1.5)
        p.t(lx, yy, r.choice(["DOSSIER DE LIAISON D'URGENCE", "FICHE DE LIAISON EHPAD - HÔPITAL", "FICHE DE TRANSFERT"]), pt + 1, True)
        yy += pitch * 1.6
        end, note = s.identity_zone(p, lx, yy, pitch, pt, pat, ["Personne de confiance :", "Représentant légal (le cas échéant) :",
                                                                "Tuteur / Curateur :", "Famille :", "Personne à prévenir :"])
        s.body(p, end + pitch * 1.5, pt, ["Motif du transfert : chute avec traumatisme de la hanche gauche.",
                                          "Traitements : voir ordonnance jointe.", "GIR : 3. Aide partielle pour la toilette."])
        p.truth = pat.ipp
        p.note = f"resident {pat.desc()}; running header `{nm}` ({kind}); {note}"

    def E_sticker_twice(s):
        r = s.rng
        p = s.page("E_sticker_twice", 0.3)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1935, y1=2000)
        y, city = s.letterhead(p, lx, ly, pitch, pt, r.choice([2, 3]))
        top_style = r.choice(["a", "d", "nodate", "nodate", "c"])
        top_end, top_style = s.sticker(p, rx, ly, pitch, pt, pat, top_style)
        yy = max(y, top_end) + pitch * r.uniform(0.6, 1.4)
        if r.random() < 0.5:
            p.t(lx, yy, r.choice(["FICHE D'ADMISSION", "QUESTIONNAIRE PRÉ-ANESTHÉSIQUE", "FICHE DE LIAISON"]), pt + 1, True)
            yy += pitch * 1.6
        end, note = s.identity_zone(p, lx, yy, pitch, pt, pat, ["Personne de confiance :", "Personne à prévenir :",
                                                                "Famille :", "Contact d'urgence :"])
        s.body(p, end + pitch * 1.5, pt, ["Antécédents : HTA, diabète de type 2.", "Allergies : aucune connue.",
                                          "Traitement habituel : metformine 1000 mg x 2."])
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()}; top sticker {top_style}; {note}"

    def F_transport_driver(s):
        r = s.rng
        p = s.page("F_transport_driver", 0.4)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1930, y1=1995)
        drv = s.person(sex=r.choice("MMF"), y0=1970, y1=1998, reg=r.random() < 0.2)
        p.t(lx, ly, r.choice(["BON DE TRANSPORT", "FICHE DE TRANSPORT SANITAIRE", "BON DE TRANSPORT - VSL"]), pt + 2, True)
        co = r.choice(["AMBULANCES DU LAC", "TAXI CONVENTIONNÉ", "AMBULANCES SAINT-MICHEL", "VSL DES TROIS RIVIÈRES"])
        kind = r.choice(["driver_line", "driver_civ", "driver_after_co", "crew_two"])
        blk = [co]
        if kind == "driver_line":
            blk += [f"{drv.first} {drv.surname}"]
        elif kind == "driver_civ":
            blk += [f"{drv.civ} {drv.surname} {drv.first}"]
        elif kind == "driver_after_co":
            blk += [f"Agrément n° {r.randint(100, 999)}", f"{drv.first} {drv.surname}"]
        else:
            other = s.person(sex="M", y0=1970, y1=1998, reg=False)
            blk += ["Équipage", f"{drv.first} {drv.surname}", f"{other.first} {other.surname}"]
        yy = p.lines(lx, ly + pitch * 1.8, pitch, pt, blk)
        yy = p.lines(lx, yy + pitch * 0.5, pitch, pt, [f"Date : {d(rdate(r, 2025, 2025))}   Aller simple"]) + pitch * 0.6
        end, note = s.identity_zone(p, lx, yy, pitch, pt, pat, ["Accompagnant :", "Personne accompagnante :",
                                                                "Personne à prévenir :", "Famille :"])
        p.lines(lx, end + pitch * 1.5, pitch, pt, ["Départ : domicile", "Destination : service de Néphrologie",
                                                    "Motif : séance de dialyse", "Position : assise"])
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()}; transporter {blk} ({kind}) driver {drv.desc()}; {note}"

    def G_staff_column(s):
        r = s.rng
        p = s.page("G_staff_column", 0.25)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1935, y1=2000)
        staff = [s.person(y0=1960, y1=1990, reg=r.random() < 0.2) for _ in range(3)]
        p.t(lx, ly, f"CENTRE HOSPITALIER DE {r.choice(CITIES)[0]}", pt + 1, True)
        p.t(lx, ly + pitch, f"Service de {r.choice(SERVICES)}", pt)
        spt = pt - 1.5
        sp = spt * 0.3528 * 1.5
        col = ["Chef de service", f"{staff[0].first} {staff[0].surname}", "", "Praticiens hospitaliers",
               f"{staff[1].first} {staff[1].surname}", "", "Cadre de santé", f"{staff[2].first} {staff[2].surname}"]
        if r.random() < 0.4:
            col[1] = f"Pr {staff[0].first} {staff[0].surname}"
        colx = lx
        layout = r.choice(["sidebar", "sidebar", "top_block"])
        if layout == "sidebar":
            cy = ly + 3 * pitch
            p.lines(colx, cy, sp, spt, col)
            fx = lx + 48
            yy = cy + pitch * r.uniform(0, 3)
        else:
            p.lines(rx, ly, sp, spt, col[:2] + col[6:])
            fx = lx
            yy = ly + 3.5 * pitch
        p.t(fx, yy, r.choice(["FICHE DE LIAISON", "DEMANDE D'ADMISSION EN SSR", "FICHE D'ADMISSION"]), pt + 1, True)
        yy += pitch * 1.6
        end, note = s.identity_zone(p, fx, yy, pitch, pt, pat, ["Personne de confiance :", "Personne à prévenir :",
                                                                "Famille :", "Représentant légal :"], xr=fx + 62)
        s.body(p, max(end, ly + 14 * sp) + pitch * 1.5, pt)
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()}; staff {col} ({layout}); {note}"

    def H_named_institution(s):
        r = s.rng
        p = s.page("H_named_institution", 0.25)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1930, y1=2000)
        f1, f2 = r.choice(MALE), r.choice(FEMALE)
        s1, s2 = r.choice(SURNAMES), r.choice(SURNAMES)
        name = r.choice([f"CLINIQUE SAINT {r.choice(['JOSEPH', 'VINCENT', 'MARTIN', 'PAUL'])}",
                         f"HÔPITAL {f1.upper()} {s1}", f"CENTRE HOSPITALIER {f1.upper()} {s1}",
                         f"EHPAD {f2.upper()} {s2}", f"Hôpital {f1} {s1}", f"Résidence {f2} {s2}",
                         f"Service du Pr {f1} {s1}", f"GROUPE HOSPITALIER {f2.upper()} {s2}"])
        y, city = s.letterhead(p, lx, ly, pitch, pt, r.choice([2, 2, 3]), name=name)
        yy = y + pitch * r.uniform(0.6, 1.2)
        if r.random() < 0.7:
            p.t(lx, yy, r.choice(["FICHE D'ADMISSION", "FICHE DE LIAISON", "DEMANDE D'EXAMEN"]), pt + 1, True)
            yy += pitch * 1.6
        end, note = s.identity_zone(p, lx, yy, pitch, pt, pat, ["Personne de confiance :", "Personne à prévenir :",
                                                                "Famille :", "Représentant légal :"])
        s.body(p, end + pitch * 1.5, pt)
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()}; institution `{name}`; {note}"

    def I_letter_to_patient(s):
        r = s.rng
        p = s.page("I_letter_to_patient", 0.15)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1935, y1=2000)
        y, city = s.letterhead(p, lx, ly, pitch, pt, 4)
        rec = r.choice([f"{pat.long_civ} {pat.first} {pat.surname}", f"{pat.long_civ} {pat.surname} {pat.first}",
                        f"{pat.civ} {pat.first} {pat.surname}"])
        ry = p.lines(rx - 20, y + pitch * r.uniform(0.3, 1.2), pitch, pt,
                     [rec, f"{r.randint(1, 90)} {r.choice(STREETS)}", f"{city[1]} {city[0]}"])
        yy = ry + pitch * r.uniform(0.8, 1.5)
        if r.random() < 0.4:
            yy = p.lines(lx, yy, pitch, pt, ["Objet : convocation"]) + pitch * 0.4
        end, note = s.identity_zone(p, lx, yy, pitch, pt, pat, ["Personne de confiance :", "Personne à prévenir :",
                                                                "Accompagnant :", "Représentant légal :"])
        s.body(p, end + pitch * 1.5, pt, [f"{pat.long_civ},", "Vous êtes attendu(e) le 12 février 2026 à 9 h 00 pour",
                                          "votre examen. Merci de vous présenter à jeun.", "", "Le secrétariat"])
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()}; recipient `{rec}`; {note}"

    def J_split_label(s):
        r = s.rng
        p = s.page("J_split_label", 0.3)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1930, y1=2000)
        oth = s.person(y0=1955, y1=1990, reg=r.random() < 0.3)
        y, city = s.letterhead(p, lx, ly, pitch, pt, r.choice([2, 3]))
        yy = y + pitch
        p.t(lx, yy, r.choice(["FICHE D'ADMISSION", "FICHE DE LIAISON", "DOSSIER DE SOINS"]), pt + 1, True)
        yy += pitch * 1.6
        lab = r.choice(["Médecin traitant", "IDE référente", "Assistante sociale", "Kinésithérapeute", "Pharmacien",
                        "Infirmier(e) libéral(e)", "Rédigé par", "Interlocuteur"])
        gap = r.uniform(40, 70)
        val = f"{oth.first} {oth.surname}" if r.random() < 0.6 else f"{oth.civ} {oth.surname} {oth.first}"
        p.t(lx, yy, lab, pt)
        p.t(lx + gap, yy, val, pt)
        yy += pitch * r.choice([1, 1.5, 2])
        end, note = s.identity_zone(p, lx, yy, pitch, pt, pat, ["Personne de confiance :", "Personne à prévenir :",
                                                                "Famille :", "Tuteur :"])
        s.body(p, end + pitch * 1.5, pt)
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()}; `{lab}` .. `{val}` gap={gap:.0f}; {note}"

    # ---------------------------------------------------------------- wrong families: a relative still filed
    def W1_relative_right_column(s):
        """Patient named in labelled fields (`Nom :` / `Prénom :`, never a person's line), an empty caption whose value
        `Mme X Claire` / `née le …` stands in the right column: no second person's line, the relative designates."""
        r = s.rng
        p = s.page("W1_relative_right_column", 0.25)
        pt, pitch, lx, ly, rx = s.geometry()
        sur = s.surname()
        pat = s.person(sur, y0=1930, y1=1960)
        rel = s.person(r.choice([sur, None]), y0=1955, y1=1990)
        y, city = s.letterhead(p, lx, ly, pitch, pt, r.choice([2, 3]))
        yy = y + pitch
        p.t(lx, yy, r.choice(["FICHE D'ADMISSION", "FICHE DE LIAISON"]), pt + 1, True)
        yy += pitch * 1.6
        dated = r.random() < 0.4
        rows = [f"Nom : {pat.surname}", f"Prénom : {pat.first}"]
        rows.append(f"Date de naissance : {d(pat.ddn)}" if dated else "Date de naissance :")
        yy = p.lines(lx, yy, pitch, pt, rows) + pitch * 0.6
        cap = r.choice(["Personne de confiance :", "Personne à prévenir :", "Famille :", "Représentant légal :"])
        p.t(lx, yy, cap, pt)
        p.lines(lx + r.uniform(55, 75), yy, pitch, pt, [f"{rel.civ} {rel.surname} {rel.first}", f"{rel.nee.lower()} le {d(rel.ddn)}",
                                                        f"Tél. : {phone(r)}"])
        s.body(p, yy + 4.5 * pitch, pt)
        p.truth = pat.ipp if dated else None
        p.note = f"patient {pat.desc()} labelled dated={dated}; caption `{cap}` value right {rel.desc()}"

    def W2_relative_below_patient_undated(s):
        """The patient's name heads the page with no date (a letter's `Concerne :` or a title), an empty caption, then
        the relative's block below with its date: realistic `Personne à prévenir :` printed above its value."""
        r = s.rng
        p = s.page("W2_relative_below", 0.3)
        pt, pitch, lx, ly, rx = s.geometry()
        sur = s.surname()
        pat = s.person(sur, y0=1930, y1=1960)
        rel = s.person(r.choice([sur, sur, None]), y0=1955, y1=1990)
        y, city = s.letterhead(p, lx, ly, pitch, pt, 3)
        yy = y + pitch
        kind = r.choice(["concerne", "patient_colon", "far_sticker", "title_name"])
        if kind == "concerne":
            yy = p.lines(lx, yy, pitch, pt, [f"Concerne : {pat.civ} {pat.surname} {pat.first}"])
        elif kind == "patient_colon":
            yy = p.lines(lx, yy, pitch, pt, [f"Patient(e) : {pat.surname} {pat.first}"])
        elif kind == "far_sticker":
            yy = p.lines(lx, yy, pitch, pt, [f"{pat.surname} {pat.first}", "Chambre 12", "Entrée le 02/01/2026",
                                             "Motif : chute", "Mode : urgences", "Médecin : Dr LOMBARD"])
        else:
            yy = p.lines(lx, yy, pitch, pt, [f"DOSSIER DE {pat.first.upper()} {pat.surname}"])
        yy += pitch * 0.8
        cap = r.choice(["Personne à prévenir :", "Personne de confiance :", "Famille :", "Tuteur :"])
        p.t(lx, yy, cap, pt)
        p.lines(lx, yy + pitch * r.choice([1, 1.4]), pitch, pt, [f"{rel.civ} {rel.surname} {rel.first}",
                                                                 f"{rel.nee} le {d(rel.ddn)}", f"Tél. : {phone(r)}"])
        s.body(p, yy + 5 * pitch, pt)
        p.truth = None
        p.note = f"patient {pat.desc()} undated ({kind}); caption `{cap}` value below {rel.desc()}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=5399)
    a = ap.parse_args()
    g = Gen(a.seed)
    plan = [("A_parents_letter", 20), ("B_referral_recipient", 20), ("C_maternity_mother", 18), ("D_ehpad_header", 18),
            ("E_sticker_twice", 18), ("F_transport_driver", 18), ("G_staff_column", 18), ("H_named_institution", 18),
            ("I_letter_to_patient", 16), ("J_split_label", 18), ("W1_relative_right_column", 16),
            ("W2_relative_below_patient_undated", 16)]
    for fn, n in plan:
        for _ in range(n):
            getattr(g, fn)()
    for _ in range(200):  # fillers: common first names, the registry's size
        g.person(surname=g.rng.choice(SURNAMES))
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
