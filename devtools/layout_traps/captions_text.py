"""Orphan-caption trap pages for docpipe (session 53), as text: forms and letters where an empty caption of the
patient's circle stands near the patient's own identity (losses), and relatives or namesakes beside such captions
(wrong filings). Written by an assistant against 01ec3fc. Fictitious people only.
python captions_text.py --out DIR --seed 53 --per 24
Writes NAME.txt pages, registry.csv (shared) and truth.json (name -> {truth, family, note})."""
import argparse, json, random
from datetime import date, timedelta
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("--out", required=True)
ap.add_argument("--seed", type=int, default=53)
ap.add_argument("--per", type=int, default=24)
args = ap.parse_args()
R = random.Random(args.seed)

SYL1 = ["KER", "LOU", "MAR", "BRI", "TAL", "GOU", "PEN", "QUE", "ROZ", "VAL", "DUR", "FEN", "GAL", "MOR", "PLO",
        "TRE", "BOS", "CAL", "LAN", "SAV", "NOD", "RIV", "POL", "JAR"]
SYL2 = ["VIDOU", "VETEAU", "NIRIT", "GADEC", "BRANT", "SELIN", "DOUARN", "MELAN", "TORIC", "CHAUD", "VENOT",
        "PILAR", "FANEC", "ROUSSAC", "LIGNOT", "BERIC", "MANTEC", "SOUVRE", "DALIC", "NAVEC", "CORLAN", "TUSSOT"]
F_FIRST = ["Armelle", "Solène", "Maïwenn", "Odile", "Gaëlle", "Nolwenn", "Brigitte", "Claudine", "Josiane", "Lucie",
           "Capucine", "Elodie", "Rozenn", "Annick", "Yvonne", "Sylvie", "Emma", "Léa", "Jade", "Chloé"]
M_FIRST = ["Yannick", "Kevin", "Marcel", "Loïc", "Gwenaël", "Hervé", "Bernard", "Pascal", "Erwan", "Ronan",
           "Thierry", "Jean-Yves", "Mathis", "Noah", "Lucas", "Tanguy", "Gilles", "Alain", "Youenn", "Corentin"]
used_surnames, used_ipps = set(), set()
registry = []
pages, truth = {}, {}


def surname():
    while True:
        s = R.choice(SYL1) + R.choice(["", "", "I", "O", "AN", "EL"]) + R.choice(SYL2)
        if s not in used_surnames:
            used_surnames.add(s)
            return s


def bdate(lo, hi):
    return date(lo, 1, 1) + timedelta(days=R.randrange((date(hi, 12, 28) - date(lo, 1, 1)).days))


def person(sex=None, name=None, lo=1930, hi=1975, first=None):
    sex = sex or R.choice("FM")
    return {"sex": sex, "name": name or surname(), "first": first or R.choice(F_FIRST if sex == "F" else M_FIRST),
            "dob": bdate(lo, hi)}


def register(p):
    while True:
        ipp = str(R.randrange(6000000, 6999999))
        if ipp not in used_ipps:
            used_ipps.add(ipp)
            break
    p["ipp"] = ipp
    registry.append(p)
    return ipp


def d(p):
    return p["dob"].strftime("%d/%m/%Y")


def ne(p):
    return "née" if p["sex"] == "F" else "né"


def civ(p):
    return "Mme" if p["sex"] == "F" else "M."


def ident(p, style=None):
    """The patient's identity as a form or letter prints it (list of lines)."""
    style = style if style is not None else R.randrange(9)
    N, F = p["name"], p["first"]
    return [
        [f"{civ(p)} {N} {F}, {ne(p)} le {d(p)}"],
        [f"Patient : {N} {F}", f"{ne(p).capitalize()} le : {d(p)}"],
        [f"{N} {F}", f"{ne(p).capitalize()} le {d(p)}", f"IPP : {p.get('ipp', '')}"],
        [f"Objet : {civ(p)} {N} {F} ({ne(p)} le {d(p)})"],
        [f"Concerne : {N} {F} - DDN {d(p)}"],
        [f"{N} {F}   {ne(p)} le {d(p)}"],
        [f"Nom : {N}    Prénom : {F}", f"Date de naissance : {d(p)}"],
        [f"Patient(e) : {civ(p)} {N} {F}", f"Date de naissance : {d(p)}"],
        [f"{civ(p)} {N} {F}", f"{ne(p)} le {d(p)}"],
    ][style]


DOCS = ["Le Gall", "Morvan", "Guivarc'h", "Tanguy", "Le Bihan", "Quéré"]
HOSP = ["CENTRE HOSPITALIER DE SAINT-BRIAC", "CH PAYS DE RANCE", "CLINIQUE DES GENETS", "HOPITAL LOCAL DE PLOUBALAY",
        "CENTRE HOSPITALIER DE KERVALON", "POLYCLINIQUE DE L'ODET", "EHPAD LES HORTENSIAS", "SSR KER ANNA"]
SERV = ["Service de Médecine polyvalente", "Service de Gériatrie", "Court séjour gériatrique", "Service de Cardiologie",
        "Unité de soins de suite", "Service de Pédiatrie", "Urgences", "Service de Chirurgie orthopédique"]
TEL = ["Tél. 02 99 {:02d} {:02d} {:02d}", "Secrétariat : 02 96 {:02d} {:02d} {:02d}", "Fax : 02 98 {:02d} {:02d} {:02d}"]
BODY = ["Motif d'hospitalisation : chute à domicile.", "Cher confrère,", "Je revois ce jour votre patient(e) en consultation.",
        "Traitement habituel inchangé.", "Examen clinique sans particularité.", "Conclusion : pas de contre-indication.",
        "Suivi prévu dans trois mois.", "Allergies : aucune connue.", "Régime : normal.", "Mobilité : aide technique (canne)."]


def tel():
    return R.choice(TEL).format(R.randrange(10, 99), R.randrange(10, 99), R.randrange(10, 99))


def body(n=3):
    return R.sample(BODY, n)


def add(family, lines, truth_ipp, note):
    name = f"{family}_{sum(1 for k in pages if k.startswith(family + '_')):03d}"
    pages[name] = "\n".join(lines) + "\n"
    truth[name] = {"truth": truth_ipp, "family": family, "note": note}


def spouse_of(p):
    """A registered relative of the patient, never printed on loss pages: a realistic registry neighbour."""
    q = person("M" if p["sex"] == "F" else "F", name=p["name"])
    register(q)


# ---------------------------------------------------------------- LOSS families (truth: the patient)
CONTACT_BLOCK = ["Personne de confiance :", "Personne à prévenir :", "Tél :", "Lien de parenté :", "Téléphone :",
                 "PERSONNE DE CONFIANCE :", "Personne de confiance / à prévenir :"]


def L_liaison(i):
    p = person(); register(p); spouse_of(p)
    blk = [R.choice(CONTACT_BLOCK[:2] + CONTACT_BLOCK[5:])] + R.sample(["Tél :", "Lien de parenté :", "Téléphone :"],
                                                                       R.randrange(0, 3))
    mid = R.sample([R.choice(SERV), f"Date d'entrée : {R.randrange(1, 28):02d}/01/2026", "Chambre 12",
                    "IDENTITE DU PATIENT", "Transfert vers : SSR"], R.randrange(0, 3))
    lines = [R.choice(HOSP), "FICHE DE LIAISON " + R.choice(["INFIRMIERE", "MEDICALE", "SSR / EHPAD"])] + blk + mid \
        + ident(p) + body(2)
    add("L01_liaison_contacts_above", lines, p["ipp"], "empty close-one fields above the patient's identity")


def L_fax(i):
    p = person(); register(p); spouse_of(p)
    lines = [R.choice(["TELECOPIE", "BORDEREAU DE TELECOPIE", "FAX"]), f"De : {R.choice(HOSP)}",
             f"A : Cabinet du Dr {R.choice(DOCS)}", "Contact :", tel(),
             f"Nb de pages : {R.randrange(2, 6)}"][: R.choice([6, 6, 5])]
    if R.random() < 0.5:
        lines.insert(4, "")
    lines += ident(p, R.choice([0, 3, 4, 8])) + ["Merci de transmettre au médecin.", "CONFIDENTIEL - secret médical"]
    add("L02_fax_contact", lines, p["ipp"], "fax cover whose Contact caption has its phone on the next line")


def L_letterhead_contact(i):
    p = person(); register(p); spouse_of(p)
    dr = R.choice(DOCS)
    left = [R.choice(HOSP), R.choice(SERV), f"Dr {dr} - Praticien hospitalier", R.choice(["Contact :", "Contact :",
                                                                                         "CONTACT :"])]
    left += [tel()] if R.random() < 0.6 else []
    lines = left + [""] + ident(p, R.choice([0, 2, 3, 4, 8])) + body(3)
    add("L03_letterhead_contact", lines, p["ipp"], "letterhead column ending with Contact, sticker/subject below")


def L_row_sticker(i):
    """Form fields at the left, the 3-line sticker at the right, read row by row."""
    p = person(); register(p); spouse_of(p)
    capt = R.sample(["Personne de confiance :", "Personne à prévenir :", "Contact :", "Représentant légal :",
                     "Tuteur :", "Conjoint(e) :", "Famille :"], 3)
    st = [f"{p['name']} {p['first']}", R.choice([f"IPP {p['ipp']}", f"N° séjour {R.randrange(10**7, 10**8)}", "UF 4521"]),
          f"{ne(p).capitalize()} le {d(p)}"]
    left = [R.choice(["FICHE DE LIAISON", "FEUILLE D'ADMISSION", "DEMANDE D'EXAMEN", "FICHE DE SORTIE"])] + capt[:2]
    if R.random() < 0.5:
        left = [left[0], "Entrée le : 08/01/2026", capt[0]]
    lines = [f"{a:<38}{b}" for a, b in zip(left, st)] + [capt[2]] + body(3)
    add("L04_row_sticker_beside_fields", lines, p["ipp"], "sticker at right, empty captions at left on its rows")


def L_pediatric(i):
    c = person(lo=2012, hi=2024); register(c)
    dad = person("M", name=c["name"], lo=1975, hi=1995); register(dad)
    v = R.randrange(4)
    if v == 0:
        lines = [R.choice(["CERTIFICAT MEDICAL D'APTITUDE A LA COLLECTIVITE", "FICHE D'URGENCE - PAI",
                           "CARNET DE SANTE - EXTRAIT"]), f"Nom de l'enfant : {c['name']} {c['first']}",
                 "Père :", "Mère :", f"{ne(c).capitalize()} le : {d(c)}"]
    elif v == 1:
        lines = ["AUTORISATION D'OPERER UN MINEUR", "Nous soussignés,", "Père :", "Mère :",
                 "autorisons l'équipe à pratiquer l'intervention sur l'enfant :", f"{c['name']} {c['first']} {ne(c)} le {d(c)}"]
    elif v == 2:
        lines = [R.choice(SERV[5:6] * 2 + ["PMI - Consultation du nourrisson"]), "Parents :", "Adresse :",
                 f"Enfant : {c['name']} {c['first']}", f"Date de naissance : {d(c)}"]
    else:
        lines = ["FICHE DE RENSEIGNEMENTS", f"Enfant : {c['name']} {c['first']}", "Mère :", "Père :",
                 "Représentant légal :", f"{ne(c).capitalize()} le {d(c)}"]
    lines += body(2)
    add("L05_pediatric_parents", lines, c["ipp"], f"empty parents' fields near the child (variant {v})")


def L_transport(i):
    p = person(); register(p); spouse_of(p)
    acc = R.choice(["Accompagnant :", "Accompagnant(e) :", "Accompagnante :", "Aidant :"])
    lines = [R.choice(["BON DE TRANSPORT", "DEMANDE DE TRANSPORT SANITAIRE", "PRESCRIPTION MEDICALE DE TRANSPORT"]),
             R.choice(["Transport assis professionnalisé", "Ambulance", "VSL"]), acc,
             R.choice(["Aller-retour", "Aller simple", "Retour au domicile"])]
    lines += [f"Bénéficiaire : {p['name']} {p['first']}", f"Date de naissance : {d(p)}"] if R.random() < 0.5 \
        else ident(p, R.choice([0, 5, 8]))
    lines += ["Motif : consultation de suivi", f"Date : {R.randrange(16, 28)}/01/2026"]
    add("L06_transport_accompagnant", lines, p["ipp"], "blank companion line above the beneficiary")


def L_footer(i):
    p = person(); register(p); spouse_of(p)
    sec = R.choice(["Entourage :", "Famille :", "Aidant :", "Proche :", "Aidant principal :", "Entourage familial :"])
    txt = R.sample(["Vit avec son époux au domicile.", "Deux enfants dans la région, présents.",
                    "Aides : IDE 2 fois par jour, portage des repas.", "Pas d'aide à domicile actuellement.",
                    "Fille référente joignable, accord pour retour à domicile."], R.randrange(1, 4))
    foot = R.choice([f"{p['name']} {p['first']} - {ne(p)} le {d(p)} - Page 2/2",
                     f"{civ(p)} {p['name']} {p['first']} ({ne(p)} le {d(p)})          2/2",
                     f"Patient : {p['name']} {p['first']}  DDN : {d(p)}  IPP : {p['ipp']}"])
    lines = ["Mode de vie : à domicile, autonome pour les actes de la vie quotidienne.", sec] + txt + \
        ([""] if R.random() < 0.5 else []) + [foot]
    add("L07_footer_after_social_section", lines, p["ipp"], "page 2: social section heading, then running footer")


def L_guardian(i):
    p = person(); register(p); spouse_of(p)
    g = R.choice(["Tuteur :", "Curateur :", "Représentant légal :", "Tuteur / curateur :", "Mandataire judiciaire :",
                  "Tutrice :"])
    v = R.randrange(3)
    if v == 0:
        lines = ["CONSENTEMENT ECLAIRE", f"Patient : {civ(p)} {p['name']} {p['first']}", g,
                 f"{ne(p).capitalize()} le : {d(p)}"]
    elif v == 1:
        lines = ["FORMULAIRE DE CONSENTEMENT", "Mesure de protection : non", g, f"{civ(p)} {p['name']} {p['first']}",
                 f"{ne(p)} le {d(p)}"]
    else:
        lines = ["DOSSIER DE PRE-ADMISSION", g, "Adresse :", f"{p['name']} {p['first']}   {ne(p)} le {d(p)}"]
    lines += ["J'ai reçu une information claire sur l'intervention.", "Signature :"]
    add("L08_guardian_blank", lines, p["ipp"], f"blank guardian field near the patient (variant {v})")


def L_civil(i):
    p = person(lo=1925, hi=1945); register(p); spouse_of(p)
    lines = [R.choice(["DOSSIER D'ADMISSION EN EHPAD", "DEMANDE D'ADMISSION SSR", "VOLET ADMINISTRATIF"]),
             "Situation familiale : " + R.choice(["veuf(ve)", "marié(e)", "célibataire"]),
             R.choice(["Conjoint(e) :", "Époux :", "Épouse :", "Conjoint :"]), f"Enfants : {R.randrange(0, 4)}",
             R.choice([f"Résident : {p['name']} {p['first']}, {ne(p)} le {d(p)}",
                       f"Demandeur : {civ(p)} {p['name']} {p['first']} {ne(p)} le {d(p)}"] + ident(p, 0))]
    lines += body(2)
    add("L09_civil_status_block", lines, p["ipp"], "empty spouse field in a civil-status block above the subject")


def L_social(i):
    p = person(lo=1925, hi=1950); register(p); spouse_of(p)
    lines = [R.choice(["EVALUATION SOCIALE", "GRILLE AGGIR - DEMANDE APA", "SIGNALEMENT AU SERVICE SOCIAL"])] + \
        R.sample(["Aidant principal :", "Famille :", "Entourage :", "Proche :", "Aidant :"], R.randrange(1, 3)) + \
        [R.choice(["Logement : maison de plain-pied", "Revenus : retraite", "Protection juridique : aucune"]),
         f"Personne évaluée : {civ(p)} {p['name']} {p['first']}, {ne(p)} le {d(p)}"] + body(2)
    add("L10_social_evaluation", lines, p["ipp"], "empty carer/family lines above the evaluated person")


def L_heading(i):
    p = person(); register(p); spouse_of(p)
    h = R.choice(["PERSONNE DE CONFIANCE", "Personne de confiance", "PERSONNE A PREVENIR", "Personne à prévenir"])
    lines = [R.choice(HOSP), "VOLET ADMINISTRATIF DE SORTIE", h, R.choice(["☐ désignée  ☒ non désignée",
                                                                         "Non désignée", "Refus du patient"]),
             "PATIENT"] + ident(p, R.choice([0, 2, 5, 8])) + body(2)
    add("L11_heading_no_colon", lines, p["ipp"], "section heading without colon, answered by a checkbox, above")


def L_between(i):
    """A caption on a line between the patient's name and birth date (form fields of one column)."""
    p = person(); register(p); spouse_of(p)
    c = R.choice(["Personne de confiance :", "Personne à prévenir :", "Conjoint(e) :", "Contact :", "Épouse :",
                  "Nom du conjoint :", "Tuteur :"])
    lines = [R.choice(["FEUILLE DE SURVEILLANCE", "FICHE PATIENT", "DEMANDE DE CONSULTATION"]),
             f"{civ(p)} {p['name']} {p['first']}", R.choice(["Adresse : 4 rue des Genêts 22100 Dinan", "Chambre 12"]),
             c, f"{ne(p).capitalize()} le {d(p)}"] + body(2)
    add("L12_caption_between_name_and_date", lines, p["ipp"], "caption between name and birth date")


# ---------------------------------------------------------------- WRONG families
ESCAPING = ["Parent 1 :", "Parent 2 :", "Père/Mère :", "Proche à prévenir :", "Contact d'urgence :",
            "Persorme à prévenir :", "Responsable légal 1 :", "Personne de confiance (nom, prénom, tél) :",
            "Personne de confiance : ____", "Référent familial :", "Représentant légal (le cas échéant) :",
            "Personne de confìance :", "Pers. de confiance :", "Pers. à prévenir :", "P. de confiance :"]
CAUGHT = ["Personne de confiance :", "Personne à prévenir :", "Contact :", "Épouse :", "Fils :", "Fille :",
          "Personne de confiance", "PERSONNE A PREVENIR", "Persoune de confiance :", "Conjoint(e) :", "Aidant :"]


def patient_and_relative(register_patient):
    """The patient (another surname than the relative: a married daughter's mother, a partner) and a relative."""
    p = person(lo=1930, hi=1960)
    rel = person(lo=1955, hi=1995)
    register(rel)
    if register_patient:
        register(p)
    return p, rel


def relative_block(rel):
    return R.choice([[f"{civ(rel)} {rel['name']} {rel['first']}", f"{ne(rel)} le {d(rel)}"],
                     [f"{rel['name']} {rel['first']}", f"{ne(rel).capitalize()} le {d(rel)}", tel()],
                     [f"{civ(rel)} {rel['name']} {rel['first']} ({ne(rel)} le {d(rel)})"]])


def patient_line(p, registered):
    """The patient's own mention: unregistered with a date, or registered with no date printed."""
    if not registered:
        return R.choice([[f"Patient : {civ(p)} {p['name']} {p['first']}, {ne(p)} le {d(p)}"],
                         [f"Concerne : {p['name']} {p['first']} - DDN {d(p)}"]])
    return R.choice([[f"Patient : {civ(p)} {p['name']} {p['first']}"], [f"Objet : {p['name']} {p['first']}"],
                     [f"{civ(p)} {p['name']} {p['first']}, {R.randrange(66, 95)} ans"]])


def W_variant(family, captions, order):
    registered = R.random() < 0.4
    p, rel = patient_and_relative(registered)
    cap = R.choice(captions)
    head = [R.choice(HOSP), R.choice(SERV)]
    doc = f"Médecin traitant : Dr {R.choice(DOCS)}"
    rb = relative_block(rel)
    if order == "caption_above":
        lines = head + [cap, doc] + rb
    elif order == "value_above":
        lines = head + rb + [cap, doc]
    elif order == "caption_far":
        lines = head[:1] + [cap, doc, tel(), "Fax : 02 96 11 22 33", head[1], "secretariat@ch.fr"][: R.randrange(5, 7)] + rb
    elif order == "caption_after_gap":
        lines = head + [f"{tel():<36}{cap}", doc] + rb
    lines += [""] + patient_line(p, registered) + body(2)
    t = p["ipp"] if registered else None
    add(family, lines, t, f"caption {cap!r} ({order}); relative {rel['name']} {rel['first']} registered;"
                          f" patient {'registered, dateless' if registered else 'unregistered'}")


def W_namesake_father(i):
    c = person("M", lo=2014, hi=2022); register(c)
    f = person("M", name=c["name"], first=c["first"], lo=1978, hi=1992); register(f)
    cap = R.choice(["Père :", "Parent 1 :", "Père", "PERE :", "Représentant légal :", "Responsable légal 1 :"])
    order = R.choice(["caption_above", "value_above"])
    rb = [f"M. {f['name']} {f['first']}", f"né le {d(f)}"]
    head = [R.choice(HOSP), "Service de Pédiatrie"]
    lines = head + ([cap, "Médecin traitant : Dr MORVAN"] + rb if order == "caption_above" else rb + [cap, "Mère :"])
    lines += ["", f"Enfant : {c['name']} {c['first']}, {R.randrange(3, 11)} ans", "Motif : angine récidivante"] + body(1)
    add("W04_namesake_father_son", lines, c["ipp"], f"father namesake beside {cap!r} ({order}); child dateless")


def W_caps(i):
    """The original layout with the caption garbled/in capitals/without colon, patient unregistered."""
    W_variant("W05_caption_garbled_or_caps", ["PERSONNE DE CONFIANCE", "Personne de confiance", "PERS0NNE A PREVENIR :",
                                              "Persorme de confiance :", "Personne de contiance :", "Personne a prevenlr :",
                                              "Personne de confiance:", "Personne de conf. :", "Pers. a prevenir :",
                                              "PERSONNE DE CONFIANCE / A PREVENIR"], "caption_above")


def L_identity_first(i):
    """Control: the DLU / admission sheet prints the identity first, the empty close ones' fields after it."""
    p = person(lo=1925, hi=1950); register(p); spouse_of(p)
    lines = [R.choice(["DOSSIER DE LIAISON D'URGENCE (DLU)", "FICHE D'ADMISSION", "FICHE DE LIAISON EHPAD"])] + \
        ident(p, R.choice([0, 1, 2, 5, 8])) + R.sample(["Personne de confiance :", "Personne à prévenir :",
                                                          "Représentant légal :", "Famille :", "Tél :"], 3) + body(2)
    add("L13_control_identity_first", lines, p["ipp"], "empty close ones' fields below the identity")


def L_lab(i):
    """Lab or imaging report whose header puts 'Contact :' alone, its value (phone, biologist) on the next line."""
    p = person(); register(p); spouse_of(p)
    lines = [R.choice(["LABORATOIRE DE BIOLOGIE MEDICALE DU RANCE", "CABINET DE RADIOLOGIE DES GENETS",
                       "CENTRE D'IMAGERIE DE L'ODET"]), R.choice(["Biologiste : Dr Le Bihan", "Radiologue : Dr Quéré"]),
             "Contact :", R.choice([tel(), "resultats@labo-rance.fr", "Biologiste de garde 02 99 10 20 30"])]
    if R.random() < 0.4:
        lines.append(f"Prélevé le {R.randrange(2, 14):02d}/01/2026")
    lines += R.choice([[f"{p['name']} {p['first']}", f"{ne(p).capitalize()} le {d(p)}"],
                       [f"Patient(e) : {p['name']} {p['first']} ({ne(p)} le {d(p)})"],
                       [f"{civ(p)} {p['name']} {p['first']}   {ne(p)} le {d(p)}"]])
    lines += ["Hémoglobine : 13,2 g/dL", "Créatinine : 78 µmol/L"]
    add("L14_lab_report_contact", lines, p["ipp"], "report header with Contact caption, value on next line")


def W_hidden_patient(i):
    """The original layout, relative's value read as a block, the patient's own sticker unreadable or absent."""
    rel = person(lo=1955, hi=1995); register(rel)
    p = person(lo=1930, hi=1955)
    reg = R.random() < 0.5
    if reg:
        register(p)
    cap = R.choice(CAUGHT + ESCAPING)
    order = R.choice(["caption_above", "caption_gap", "caption_gap", "caption_far", "value_above",
                      "caption_below_block"])
    rb = relative_block(rel)
    head = [R.choice(HOSP), R.choice(SERV)]
    gap = ["Médecin traitant : Dr Morvan", tel(), "Chambre 12", "Entrée le 09/01/2026", "Fax : 02 96 11 22 33",
           "secretariat@ch.fr"]
    if order == "caption_above":
        lines = head + [cap] + rb
    elif order == "caption_gap":
        lines = head + [cap] + R.sample(gap, R.randrange(1, 3)) + rb
    elif order == "caption_far":
        lines = head + [cap] + R.sample(gap, R.randrange(4, 6)) + rb
    elif order == "value_above":
        lines = head + rb + [cap]
    else:
        lines = head + rb + [R.choice(["Médecin traitant : Dr Morvan", tel()]), cap]
    garbled = R.choice(["Pat1ent : ~~~~~~ ~~~~", "", "Etiquette patient", "P@t. : %R.#L, VE!L"])
    lines += [garbled, "Chère consœur,", "je vous adresse votre patient(e) pour avis."] + body(1)
    add("W07_patient_unreadable", lines, p["ipp"] if False else None,
        f"caption {cap!r} ({order}); relative {rel['name']} {rel['first']} registered; patient sticker unreadable"
        f" ({'registered' if reg else 'unregistered'}): nothing on the text designates the patient")


def W_surname_only(i):
    """Spouse beside 'Épouse' / 'Personne de confiance'; the patient named by civility and surname only."""
    p = person("M", lo=1930, hi=1955); register(p)
    w = person("F", name=p["name"], lo=1932, hi=1960); register(w)
    cap = R.choice(["Épouse :", "Personne de confiance :", "Conjoint(e) :", "Proche à prévenir :", "Parent 1 :",
                    "Personne de confiance", "Épouse"])
    order = R.choice(["caption_above", "value_above"])
    rb = [f"Mme {w['name']} {w['first']}", f"née le {d(w)}"]
    head = [R.choice(HOSP), R.choice(SERV)]
    lines = head + ([cap] + rb if order == "caption_above" else rb + [cap])
    lines += ["", f"Objet : M. {p['name']}", "Cher confrère,", "je revois ce jour votre patient pour son ACFA."]
    add("W08_patient_by_surname_only", lines, p["ipp"],
        f"wife beside {cap!r} ({order}); the patient M. {p['name']} named by surname only (one man of that name)")


FAMILIES = [L_liaison, L_fax, L_letterhead_contact, L_row_sticker, L_pediatric, L_transport, L_footer, L_guardian,
            L_civil, L_social, L_heading, L_between, L_identity_first, L_lab]
for fam in FAMILIES:
    for i in range(args.per):
        fam(i)
for i in range(args.per):
    W_variant("W01_value_above_caption", CAUGHT, "value_above")
for i in range(args.per):
    W_variant("W02_escaping_caption", ESCAPING, "caption_above")
for i in range(args.per):
    W_variant("W03_caption_far_or_in_a_column", CAUGHT, R.choice(["caption_far", "caption_after_gap"]))
for i in range(args.per):
    W_namesake_father(i)
for i in range(args.per):
    W_caps(i)
for i in range(args.per):
    W_variant("W06_control_caption_above", CAUGHT, "caption_above")
for i in range(args.per * 3):
    W_hidden_patient(i)
for i in range(args.per):
    W_surname_only(i)

out = Path(args.out)
out.mkdir(parents=True, exist_ok=True)
for f in out.glob("*.txt"):
    f.unlink()
for name, text in pages.items():
    (out / f"{name}.txt").write_text(text)
rows = ["IPP;Nom de naissance;Prénom(s);Date de naissance;Sexe;Nom d'usage;INS"]
rows += [f"{p['ipp']};{p['name']};{p['first']};{d(p)};{p['sex']};;" for p in registry]
(out / "registry.csv").write_text("\n".join(rows) + "\n")
(out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
print(len(pages), "pages,", len(registry), "registered")
