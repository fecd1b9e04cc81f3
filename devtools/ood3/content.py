"""Medical correspondence bodies (French), identity blocks and letterheads.

A document is a dict:
  letterhead: [lines], sidecol: [lines] or None, label: dict or None,
  blocks: list of ("p", text, style) / ("box", rows, ncols) / ("gap", pts) / ("break",)
  running: None or a format string with {p} and {n} (continuation pages only)
"""
import datetime as dt

from people import MONTHS, cap, fmt_date, short_title, title, age_at

HOSPITALS = [
    ("CENTRE HOSPITALIER DE BRETAGNE SUD", "5 avenue de Choiseul — 56100 LORIENT", "02 97 06 90 90"),
    ("CHU DE NANTES — Hôtel-Dieu", "1 place Alexis-Ricordeau — 44093 NANTES Cedex 1", "02 40 08 33 33"),
    ("HÔPITAL PRIVÉ DU CONFLUENT", "2-4 rue Éric Tabarly — 44200 NANTES", "02 28 27 20 20"),
    ("CLINIQUE SAINT-AUGUSTIN", "106 avenue d'Arès — 33074 BORDEAUX", "05 56 24 00 00"),
    ("GROUPE HOSPITALIER PELLEGRIN", "Place Amélie Raba Léon — 33076 BORDEAUX", "05 56 79 56 79"),
    ("CENTRE HOSPITALIER INTERCOMMUNAL", "40 allée de la Source — 94190 VILLENEUVE-SAINT-GEORGES", "01 43 86 20 00"),
]
SERVICES = {
    "discharge_summary": ["Service de Cardiologie", "Service de Médecine Interne", "Service de Pneumologie",
                          "Service de Gériatrie aiguë", "Service de Gastro-entérologie"],
    "operative_report": ["Service de Chirurgie Orthopédique", "Chirurgie viscérale et digestive", "Service d'Urologie",
                         "Service d'Ophtalmologie"],
    "imaging_report": ["Service d'Imagerie Médicale", "Cabinet de Radiologie du Parc", "Centre d'imagerie Bel Air"],
    "consultation_report": ["Consultation de Cardiologie", "Consultation de Rhumatologie", "Consultation de Neurologie",
                            "Consultation d'Endocrinologie", "Consultation de Dermatologie"],
    "letter": ["Cabinet de Cardiologie", "Cabinet de Pneumologie", "Cabinet d'ORL", "Cabinet de Gastro-entérologie"],
    "prescription": ["Cabinet médical", "Cabinet de Rhumatologie", "Maison de santé pluriprofessionnelle"],
    "lab_result": ["Laboratoire de biologie médicale"],
}
SPECIALTY = {"Cardiologie": "cardiologue", "Pneumologie": "pneumologue", "Rhumatologie": "rhumatologue",
             "Neurologie": "neurologue", "Endocrinologie": "endocrinologue", "Dermatologie": "dermatologue",
             "ORL": "ORL", "Gastro": "gastro-entérologue"}


def _spec(service):
    for k, v in SPECIALTY.items():
        if k in service:
            return v
    return "praticien hospitalier"


def doc_name(d, style=0):
    return ("Dr %s %s" % (cap(d["first"]) if style else d["first"], d["last"]))


# --------------------------------------------------------------- identity blocks
def identity_text(rng, p, show, ref):
    """A one-line identity: returns (text, printed ident dict)."""
    ident = {}
    dstyle = show.get("date_style")
    name_order = rng.random() < 0.6
    given = p.given if show.get("all_given") else [p.first]
    gtxt = " ".join(given)
    if show.get("usage_only"):
        last = p.usage
        ident.update(usage=p.usage)
    else:
        last = p.birth
        ident.update(birth=p.birth)
    ident["given"] = given
    ident["all_given"] = bool(show.get("all_given")) and len(p.given) > 1
    tt = short_title(p) if age_at(p.dob, ref) >= 15 else rng.choice(["l'enfant", "", "Enfant"])
    if show.get("usage") and p.usage and not show.get("usage_only"):
        if rng.random() < 0.5:
            who = "%s %s née %s %s" % (tt, p.usage, p.birth, gtxt)
        else:
            who = "%s %s %s (nom d'usage : %s)" % (tt, p.birth, gtxt, p.usage)
        ident["usage"] = p.usage
    elif name_order:
        who = ("%s %s %s" % (tt, last, gtxt)).strip()
    else:
        who = ("%s %s %s" % (tt, gtxt, last)).strip()
    if show.get("age_only"):
        return "%s, %d ans" % (who, age_at(p.dob, ref)), {"birth": ident.get("birth"), "given": given}
    born = "née" if p.sex == "F" else "né"
    d = fmt_date(rng, p.dob, dstyle)
    form = rng.choices(["born", "ddn", "paren", "bare", "dn"], [60, 12, 10, 8, 10])[0]
    if form == "ddn":
        text = "%s — DDN : %s" % (who, d)
    elif form == "paren":
        text = "%s (%s le %s)" % (who, born, d)
    elif form == "bare":
        text = "%s %s" % (who, d)
    elif form == "dn":
        text = "%s, date de naissance : %s" % (who, d)
    else:
        text = "%s, %s le %s" % (who, born, d)
    ident["dob"] = p.dob
    return text, ident


def identity_box(rng, p, show, hosp_ipp):
    """Rows for a boxed identity table (Nom de naissance / Nom utilisé / ...)."""
    ident = {"given": p.given if show.get("all_given", True) else [p.first]}
    ident["all_given"] = len(ident["given"]) > 1
    rows = []
    if show.get("usage_only"):
        rows.append(("Nom", p.usage))
        ident["usage"] = p.usage
    else:
        bn = p.birth if not show.get("misspell") else show["misspell"]
        rows.append(("Nom de naissance", bn))
        ident["birth"] = bn
        if p.usage:
            rows.append(("Nom utilisé", p.usage))
            ident["usage"] = p.usage
        elif rng.random() < 0.4:
            rows.append(("Nom utilisé", p.birth if rng.random() < 0.5 else ""))
    rows.append(("Prénom(s)", " ".join(ident["given"])))
    if rng.random() < 0.6:
        rows.append(("Premier prénom", p.first))
    rows.append(("Date de naissance", fmt_date(rng, p.dob, show.get("date_style") or "slash")))
    ident["dob"] = p.dob
    rows.append(("Sexe", {"F": rng.choice(["F", "Féminin"]), "M": rng.choice(["M", "Masculin"])}[p.sex]))
    if show.get("ins"):
        nir = p.ins
        txt = nir if rng.random() < 0.5 else "%s %s %s %s %s %s %s" % (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:])
        rows.append(("INS (NIR)" if rng.random() < 0.5 else "Matricule INS", txt))
        ident["ins"] = nir
    if rng.random() < 0.5:
        rows.append(("Lieu de naissance", p.town[1]))
    rows.append(("IPP", hosp_ipp))
    return rows, ident


def label_lines(rng, p, show, hosp_ipp, ref):
    """Hospital patient sticker (étiquette)."""
    ident = {"birth": p.birth, "given": [p.first], "dob": p.dob}
    l1 = "%s %s" % (p.birth, p.first.upper() if rng.random() < 0.5 else p.first)
    if show.get("usage_only"):
        l1 = "%s %s" % (p.usage, p.first)
        ident = {"usage": p.usage, "given": [p.first], "dob": p.dob}
    elif p.usage and rng.random() < 0.7:
        l1 = "%s ép. %s %s" % (p.birth, p.usage, p.first)
        ident["usage"] = p.usage
    l2 = "Né%s le %s  Sexe: %s" % ("e" if p.sex == "F" else "", p.dob.strftime("%d/%m/%Y"), p.sex)
    l3 = "IPP: %s   IEP: %s" % (hosp_ipp, "%d%07d" % (ref.year % 100, rng.randint(1, 10 ** 7)))
    l4 = "UF %04d — %s" % (rng.randint(1000, 9999), ref.strftime("%d/%m/%Y"))
    return {"lines": [l1, l2, l3, l4], "barcode": hosp_ipp}, ident


# --------------------------------------------------------------- bodies
def _pick(rng, xs, k=1):
    return rng.sample(xs, min(k, len(xs)))


ANTECEDENTS = ["hypertension artérielle traitée", "diabète de type 2 sous metformine", "dyslipidémie",
               "cardiopathie ischémique stentée en 2019", "fibrillation atriale paroxystique sous apixaban",
               "BPCO stade II", "syndrome d'apnées du sommeil appareillé", "hypothyroïdie substituée",
               "cholécystectomie", "prothèse totale de hanche droite", "tabagisme sevré (30 PA)",
               "insuffisance rénale chronique stade 3a", "cancer du sein traité en 2015, en rémission",
               "asthme allergique", "glaucome chronique", "arthrose lombaire"]
TREATMENTS = ["KARDEGIC 75 mg 1/j", "BISOPROLOL 2,5 mg 1/j", "ATORVASTATINE 20 mg 1 le soir", "METFORMINE 1000 mg 2/j",
              "RAMIPRIL 5 mg 1/j", "LEVOTHYROX 75 µg 1/j", "ELIQUIS 5 mg 2/j", "PARACÉTAMOL 1 g si douleurs",
              "FUROSÉMIDE 40 mg 1/j", "OMÉPRAZOLE 20 mg 1/j", "AMLODIPINE 5 mg 1/j", "SERETIDE 250 2 inh/j"]


def body_letter(rng, p, ctx):
    d = ctx["author"]
    paras = [rng.choice(["Cher confrère,", "Chère consœur,", "Cher ami,", "Mon cher confrère,"])]
    paras.append(ctx["intro"])
    paras.append("Dans ses antécédents, on retrouve : %s." % ", ".join(_pick(rng, ANTECEDENTS, rng.randint(2, 4))))
    paras.append(rng.choice([
        "L'examen clinique est sans particularité en dehors d'un souffle systolique 2/6 au foyer aortique. "
        "L'ECG retrouve un rythme sinusal régulier à 68/min, sans trouble de la repolarisation.",
        "L'auscultation pulmonaire retrouve quelques sibilants diffus. Les EFR montrent un trouble ventilatoire "
        "obstructif modéré avec un VEMS à 62 % de la théorique, partiellement réversible.",
        "Le bilan biologique récent est satisfaisant, avec une HbA1c à 7,1 % et une fonction rénale stable.",
        "La fibroscopie œso-gastro-duodénale retrouve une gastrite antrale ; les biopsies sont en cours d'analyse.",
        "L'examen ORL retrouve une otite séreuse droite ; l'audiogramme montre une surdité de transmission de 25 dB."]))
    paras.append(rng.choice([
        "Je propose de poursuivre le traitement actuel et de revoir le patient dans six mois.",
        "J'ai introduit un traitement par %s, à réévaluer lors de la prochaine consultation." % rng.choice(TREATMENTS),
        "Une échographie de contrôle sera programmée d'ici trois mois ; je vous tiendrai informé des résultats.",
        "Je reste à votre disposition pour tout renseignement complémentaire."]))
    paras.append(rng.choice(["Bien confraternellement.", "Je vous prie de croire, cher confrère, à l'assurance de mes sentiments les meilleurs.",
                             "Avec mes remerciements pour votre confiance, bien amicalement."]))
    return paras


def body_consult(rng, p, ctx):
    paras = ["Motif de consultation : " + rng.choice(["douleurs thoraciques d'effort", "dyspnée stade II NYHA",
             "céphalées chroniques", "déséquilibre glycémique", "polyarthralgies inflammatoires", "lésion cutanée suspecte"]),
             "Antécédents : " + "; ".join(_pick(rng, ANTECEDENTS, rng.randint(2, 5))) + ".",
             "Traitement habituel : " + ", ".join(_pick(rng, TREATMENTS, rng.randint(1, 4))) + ".",
             "Examen clinique : poids %d kg, taille %d cm, PA %d/%d mmHg, FC %d/min. " % (
                 rng.randint(48, 110), rng.randint(150, 190), rng.randint(105, 165), rng.randint(60, 95), rng.randint(55, 95))
             + rng.choice(["Examen cardio-pulmonaire normal.", "Pas d'œdème des membres inférieurs.",
                           "Synovite des MCP 2 et 3 bilatérale.", "Examen neurologique normal."]),
             "Conclusion : " + rng.choice(["pas d'argument pour une origine coronarienne.", "adaptation thérapeutique.",
                                          "polyarthrite rhumatoïde débutante probable, bilan immunologique demandé.",
                                          "migraine sans aura, traitement de fond proposé."]),
             "Conduite à tenir : " + rng.choice(["contrôle dans 6 mois avec bilan biologique.",
                                                 "échographie cardiaque et holter ECG demandés.",
                                                 "IRM cérébrale à programmer.", "revoir avec les résultats."])]
    return paras


def body_imaging(rng, p, ctx):
    exam = rng.choice([("ÉCHOGRAPHIE ABDOMINALE", "Foie de taille normale, d'échostructure homogène. Pas de dilatation des voies biliaires. Vésicule alithiasique. Reins de taille normale sans dilatation des cavités."),
                       ("RADIOGRAPHIE DU THORAX DE FACE", "Pas d'anomalie parenchymateuse pulmonaire décelable. Pas d'épanchement pleural. Silhouette cardiaque de taille normale."),
                       ("SCANNER THORACO-ABDOMINO-PELVIEN AVEC INJECTION", "Pas d'adénomégalie médiastinale ni hilaire. Nodule pulmonaire de 4 mm du lobe inférieur droit, non spécifique. Pas de lésion hépatique focale."),
                       ("IRM DU GENOU DROIT", "Fissure horizontale de la corne postérieure du ménisque médial. Ligaments croisés d'aspect normal. Épanchement articulaire de faible abondance."),
                       ("MAMMOGRAPHIE BILATÉRALE ET ÉCHOGRAPHIE", "Seins de densité de type B. Pas de masse, pas de foyer de microcalcifications suspect. Classification ACR 1 bilatérale."),
                       ("ÉCHO-DOPPLER DES TRONCS SUPRA-AORTIQUES", "Plaque athéromateuse calcifiée du bulbe carotidien droit, non sténosante (< 30 %). Flux vertébraux antérogrades.")])
    return [exam[0], "Indication : " + rng.choice(["bilan de douleurs abdominales.", "toux persistante.", "suivi.",
                                                   "gonalgies après traumatisme sportif.", "dépistage organisé."]),
            "Technique : " + rng.choice(["examen réalisé sans injection.", "acquisition volumique avec injection de produit de contraste iodé (Omnipaque 350, 90 mL).",
                                         "séquences T1, T2 FS et DP FS dans les trois plans."]),
            "Résultats : " + exam[1],
            "CONCLUSION : " + rng.choice(["examen sans anomalie significative.", "aspect compatible avec le contexte clinique ; contrôle à 12 mois proposé.",
                                          "lésion méniscale médiale, avis orthopédique conseillé."])]


def body_discharge(rng, p, ctx):
    adm = ctx["date"] - dt.timedelta(days=rng.randint(3, 15))
    paras = ["Hospitalisation du %s au %s." % (adm.strftime("%d/%m/%Y"), ctx["date"].strftime("%d/%m/%Y")),
             "MOTIF D'HOSPITALISATION : " + rng.choice(["décompensation cardiaque globale.", "pneumopathie franche lobaire aiguë droite.",
                                                      "chute à domicile avec traumatisme crânien.", "hémorragie digestive haute.",
                                                      "altération de l'état général."]),
             "ANTÉCÉDENTS : " + "; ".join(_pick(rng, ANTECEDENTS, 4)) + ".",
             "MODE DE VIE : " + rng.choice(["vit seul(e) à domicile, autonome, passage d'une aide ménagère deux fois par semaine.",
                                            "vit en couple, retraité(e), ancien(ne) agriculteur(trice).", "vit en EHPAD depuis 2024."]),
             "HISTOIRE DE LA MALADIE : " + " ".join(rng.choice([
                 "Le patient est adressé par le SAMU pour une dyspnée d'aggravation progressive depuis une semaine, associée à des œdèmes des membres inférieurs et une prise de poids de 4 kg.",
                 "Apparition depuis 48 heures d'une fièvre à 39 °C associée à une toux productive et une douleur basithoracique droite.",
                 "Chute mécanique à domicile, découverte au sol par sa fille après une station prolongée estimée à six heures."]) for _ in range(2)),
             "EXAMEN À L'ENTRÉE : PA %d/%d mmHg, FC %d/min, SpO2 %d %% en air ambiant, température %.1f °C." % (
                 rng.randint(95, 170), rng.randint(55, 95), rng.randint(60, 120), rng.randint(86, 99), 36.5 + rng.random() * 3),
             "EXAMENS COMPLÉMENTAIRES : NT-proBNP à %d pg/mL ; CRP %d mg/L ; créatinine %d µmol/L. Radiographie de thorax : %s" % (
                 rng.randint(300, 9000), rng.randint(1, 250), rng.randint(55, 220),
                 rng.choice(["surcharge hydrosodée bilatérale.", "opacité alvéolaire lobaire inférieure droite.", "sans anomalie."])),
             "ÉVOLUTION : " + " ".join([rng.choice([
                 "L'évolution est favorable sous diurétiques intraveineux avec une perte de poids de 5 kg.",
                 "Apyrexie obtenue à J3 de l'antibiothérapie par amoxicilline-acide clavulanique.",
                 "Bilan de chute sans anomalie ; kinésithérapie de verticalisation débutée.",
                 "Survenue d'un épisode de confusion nocturne à J4, spontanément résolutif.",
                 "Relais per os réalisé sans difficulté."]) for _ in range(3)]),
             "TRAITEMENT DE SORTIE : " + " ; ".join(_pick(rng, TREATMENTS, rng.randint(3, 6))) + ".",
             "SUITES : consultation de contrôle dans un mois ; bilan biologique (ionogramme, créatinine) dans 8 jours chez votre correspondant habituel.",
             ]
    # biology table, detailed exit prescription, nursing summary: discharge letters run to 2-3 pages
    from labs import TESTS, _val
    paras.append("BIOLOGIE (entrée / sortie) :")
    for pan in rng.sample(list(TESTS), rng.randint(3, 5)):
        for t in TESTS[pan]:
            paras.append("    %s : %s / %s %s" % (t[0], _val(rng, t)[0], _val(rng, t)[0], t[3]))
    paras.append("ORDONNANCE DE SORTIE :")
    for it in _pick(rng, TREATMENTS, rng.randint(4, 8)):
        paras.append("    %s — durée %s" % (it, rng.choice(["1 mois", "3 mois", "à poursuivre", "jusqu'à la prochaine consultation"])))
    paras.append("SYNTHÈSE INFIRMIÈRE : autonomie partielle pour la toilette, marche avec déambulateur, alimentation normale "
                 "texture hachée, pas d'escarre. Retour à domicile avec passage infirmier quotidien pour la surveillance "
                 "du poids et de la pression artérielle, et mise en place d'un portage des repas.")
    paras.append("Le patient et sa famille ont été informés des modalités de sortie, du traitement et des signes devant "
                 "amener à reconsulter (prise de poids de plus de 2 kg en 3 jours, dyspnée, fièvre).")
    return paras


def body_operative(rng, p, ctx):
    op = rng.choice([("Arthroscopie du genou droit — méniscectomie partielle médiale", "Installation en décubitus dorsal, garrot à la racine de la cuisse. Voies d'abord antéro-latérale et antéro-médiale. Régularisation de la corne postérieure du ménisque médial."),
                     ("Cholécystectomie par cœlioscopie", "Open-cœlioscopie ombilicale, trois trocarts. Dissection du triangle de Calot, clipage et section du canal et de l'artère cystiques. Extraction en sac."),
                     ("Phacoémulsification de l'œil gauche avec implant", "Anesthésie topique. Incision cornéenne 2,2 mm, capsulorhexis, phacoémulsification, implant pliable dans le sac."),
                     ("Cure de hernie inguinale droite selon Lichtenstein", "Incision inguinale, ouverture de l'aponévrose du grand oblique, réduction du sac herniaire, mise en place d'une plaque prothétique.")])
    return ["Intervention : " + op[0], "Date : %s" % ctx["date"].strftime("%d/%m/%Y"),
            "Opérateur : %s   Aide : %s   Anesthésiste : %s" % (doc_name(ctx["author"]), doc_name(ctx["other_docs"][0]), doc_name(ctx["other_docs"][1])),
            "Indication : " + rng.choice(["échec du traitement médical.", "lithiase vésiculaire symptomatique.", "cataracte gênante.", "hernie symptomatique."]),
            "Compte rendu : " + op[1], "Fermeture plan par plan. Pansement sec.",
            "Suites : sortie autorisée le jour même (ambulatoire). Antalgiques de palier 1. Consultation post-opératoire à 6 semaines."]


def body_prescription(rng, p, ctx):
    items = _pick(rng, TREATMENTS, rng.randint(1, 4))
    out = ["ORDONNANCE"]
    for it in items:
        out.append("• %s — pendant %s" % (it, rng.choice(["1 mois", "3 mois", "6 mois", "15 jours"])))
    if rng.random() < 0.4:
        out.append("Faire pratiquer par un laboratoire : NFS, ionogramme sanguin, créatinine avec DFG, HbA1c.")
    if rng.random() < 0.3:
        out.append("Soins infirmiers à domicile : prise de sang et surveillance de la pression artérielle, 1 fois par semaine pendant 1 mois.")
    out.append("À renouveler %s fois." % rng.choice(["2", "3", "0"]))
    return out


def body_labreport(rng, p, ctx):
    out = ["COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE", "Prélèvement du %s à 08h%02d" % (ctx["date"].strftime("%d/%m/%Y"), rng.randint(0, 59))]
    from labs import TESTS, PANEL_NAMES, _val
    for pan in rng.sample(list(TESTS), 2):
        out.append(PANEL_NAMES[pan])
        for t in TESTS[pan]:
            v, fl = _val(rng, t)
            out.append("%s : %s %s   (%s - %s)%s" % (t[0], v, t[3], t[4], t[5], "  *" if fl != "N" else ""))
    out.append("Biologiste : %s" % doc_name(ctx["author"]))
    return out


BODIES = {"letter": body_letter, "consultation_report": body_consult, "imaging_report": body_imaging,
          "discharge_summary": body_discharge, "operative_report": body_operative, "prescription": body_prescription,
          "lab_result": body_labreport}

TITLES = {"letter": None, "consultation_report": "COMPTE RENDU DE CONSULTATION", "imaging_report": "COMPTE RENDU D'EXAMEN",
          "discharge_summary": "COMPTE RENDU D'HOSPITALISATION", "operative_report": "COMPTE RENDU OPÉRATOIRE",
          "prescription": None, "lab_result": None}


def intro_sentence(rng, idtext, dtype):
    if dtype == "letter":
        return rng.choice(["J'ai vu en consultation ce jour %s, que vous m'avez adressé(e) pour avis." % idtext,
                           "Je vous remercie de m'avoir adressé %s pour un bilan." % idtext,
                           "Je revois ce jour en consultation de suivi %s." % idtext])
    return rng.choice(["J'ai vu en consultation ce jour %s." % idtext, "Nous avons reçu %s." % idtext,
                       "%s a été vu(e) ce jour." % (idtext[0].upper() + idtext[1:])])


def dictation(rng, paras, raw):
    """Speech-to-text transcript: optionally leave the spoken punctuation in."""
    if not raw:
        return "\n\n".join(paras) + "\n"
    out = []
    for para in paras:
        t = para.replace(", ", " virgule ").replace(". ", " point ").replace(" : ", " deux points ")
        if t.endswith("."):
            t = t[:-1] + " point à la ligne"
        out.append(t[0].lower() + t[1:] if t[1:2].islower() else t)
    return " ".join(out) + "\n"
