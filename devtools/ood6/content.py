"""French medical filler text (invented)."""

MOTIFS = {
    "cardio": ["bilan d'une dyspnée d'effort", "suivi d'une cardiopathie ischémique", "palpitations",
               "surveillance d'une fibrillation atriale", "bilan d'un souffle systolique"],
    "gastro": ["douleurs épigastriques", "contrôle endoscopique", "suivi d'une maladie de Crohn",
               "bilan d'une anémie ferriprive", "troubles du transit"],
    "pneumo": ["toux chronique", "suivi d'une BPCO", "bilan d'un nodule pulmonaire", "syndrome d'apnées du sommeil"],
    "rhumato": ["lombalgies chroniques", "suivi d'une polyarthrite rhumatoïde", "gonalgies", "ostéoporose"],
    "endoc": ["équilibre d'un diabète de type 2", "nodule thyroïdien", "suivi d'une hypothyroïdie"],
    "nephro": ["insuffisance rénale chronique", "protéinurie", "hypertension artérielle résistante"],
    "neuro": ["céphalées", "suivi d'une maladie de Parkinson", "malaise avec perte de connaissance"],
    "ortho": ["coxarthrose", "gonarthrose", "rupture de la coiffe des rotateurs", "fracture du poignet"],
    "visc": ["cholécystite lithiasique", "hernie inguinale", "appendicite aiguë", "éventration"],
    "mg": ["renouvellement de traitement", "fatigue", "bilan annuel", "suivi d'hypertension"],
    "pedia": ["bronchiolite", "suivi de croissance", "fièvre prolongée", "otites à répétition"],
    "gyneco": ["suivi de grossesse", "métrorragies", "bilan de ménopause"],
    "ophtalmo": ["baisse d'acuité visuelle", "suivi de glaucome", "cataracte"],
    "uro": ["hypertrophie bénigne de prostate", "colique néphrétique", "hématurie"],
    "mi": ["altération de l'état général", "fièvre au long cours", "bilan d'une hyponatrémie"],
    "geria": ["chutes à répétition", "troubles cognitifs", "altération de l'état général"],
}

EXAM = [
    "L'examen clinique retrouve un état général conservé, une tension artérielle à {ta1}/{ta2} mmHg et une "
    "fréquence cardiaque à {fc} battements par minute.",
    "Poids {poids} kg pour {taille} cm. Auscultation cardio-pulmonaire sans particularité. Abdomen souple, "
    "dépressible et indolore.",
    "Apyrétique. Pas d'œdème des membres inférieurs. Mollets souples. Examen neurologique normal.",
    "Saturation à {sat} % en air ambiant. Murmure vésiculaire symétrique, quelques crépitants aux bases.",
]

CONCL = [
    "Au total, l'évolution est favorable et je propose de poursuivre le traitement actuel sans modification.",
    "Je vous propose de réaliser un bilan biologique de contrôle dans trois mois et je reverrai {ref} ensuite.",
    "Une échographie de contrôle est programmée. Je reste à votre disposition pour tout renseignement.",
    "Le traitement est adapté comme indiqué sur l'ordonnance jointe. Prochain rendez-vous dans six mois.",
    "Il n'y a pas d'indication chirurgicale à ce stade. Poursuite de la kinésithérapie.",
]

ANTECEDENTS = [
    "Hypertension artérielle traitée depuis {y1}. Dyslipidémie. Appendicectomie dans l'enfance.",
    "Diabète de type 2 sous metformine. Cholécystectomie en {y1}. Tabagisme sevré (20 PA).",
    "Pas d'antécédent notable. Allergie à la pénicilline.",
    "Fibrillation atriale paroxystique sous anticoagulant. Prothèse totale de hanche droite en {y1}.",
    "Asthme dans l'enfance. Hypothyroïdie substituée. Césarienne en {y1}.",
]

TREATMENTS = [
    ("BISOPROLOL 2,5 mg", "1 comprimé le matin"), ("RAMIPRIL 5 mg", "1 comprimé le soir"),
    ("ATORVASTATINE 20 mg", "1 comprimé le soir"), ("METFORMINE 1000 mg", "1 comprimé matin et soir"),
    ("APIXABAN 5 mg", "1 comprimé matin et soir"), ("PARACÉTAMOL 1 g", "1 comprimé jusqu'à 3 fois par jour si douleur"),
    ("LÉVOTHYROXINE 75 µg", "1 comprimé à jeun le matin"), ("OMÉPRAZOLE 20 mg", "1 gélule le matin pendant 4 semaines"),
    ("AMOXICILLINE 1 g", "1 comprimé 3 fois par jour pendant 7 jours"), ("FUROSÉMIDE 40 mg", "1 comprimé le matin"),
    ("KARDÉGIC 75 mg", "1 sachet à midi"), ("TRAMADOL 50 mg", "1 gélule si besoin, maximum 4 par jour"),
    ("ENOXAPARINE 4000 UI", "1 injection sous-cutanée par jour pendant 35 jours"),
    ("VENTOLINE 100 µg", "2 bouffées si gêne respiratoire"), ("DOLIPRANE 500 mg pédiatrique", "selon le poids"),
]

EVOLUTION = [
    "L'évolution a été rapidement favorable sous traitement, avec une apyrexie obtenue en 48 heures.",
    "Les suites ont été simples. Le patient a pu être mobilisé dès le lendemain de l'intervention.",
    "Un épisode de confusion nocturne est survenu au troisième jour, résolutif après arrêt des benzodiazépines.",
    "La fonction rénale s'est normalisée après réhydratation. Le bilan étiologique reste négatif.",
    "Le contrôle biologique de sortie retrouve une CRP à {crp} mg/L et une hémoglobine à {hb} g/dL.",
    "La kinésithérapie a permis une reprise de la marche avec déambulateur sur une distance de 50 mètres.",
]

OP_DESC = [
    "Installation en décubitus dorsal, bras en croix. Badigeonnage et champage stérile. Antibioprophylaxie par "
    "céfazoline 2 g à l'induction.",
    "Incision de 8 cm. Dissection plan par plan. Hémostase soigneuse à la coagulation bipolaire.",
    "Mise en place de l'implant sans difficulté. Contrôle scopique satisfaisant. Lavage abondant au sérum.",
    "Fermeture plan par plan, surjet intradermique. Pansement sec. Pas de drainage.",
    "Exploration de la cavité abdominale : pas d'épanchement, pas de lésion associée.",
]

IMAGING_EXAMS = [
    ("ÉCHOGRAPHIE ABDOMINALE", "Foie de taille normale, d'échostructure homogène. Vésicule alithiasique. Voies "
     "biliaires non dilatées. Reins de taille normale sans dilatation des cavités.",
     "Échographie abdominale sans anomalie."),
    ("RADIOGRAPHIE DU THORAX DE FACE", "Silhouette cardiaque de taille normale. Pas d'épanchement pleural. Pas de "
     "foyer parenchymateux systématisé.", "Radiographie thoracique normale."),
    ("SCANNER THORACO-ABDOMINO-PELVIEN AVEC INJECTION", "Nodule pulmonaire du lobe inférieur droit de 6 mm, "
     "inchangé. Pas d'adénomégalie médiastinale. Pas de lésion hépatique focale.", "Nodule de 6 mm stable."),
    ("IRM DU GENOU DROIT", "Fissure horizontale de la corne postérieure du ménisque médial. Ligaments croisés "
     "continus. Épanchement articulaire de faible abondance.", "Lésion méniscale médiale."),
    ("MAMMOGRAPHIE BILATÉRALE", "Seins de densité de type B. Pas d'opacité suspecte. Pas de foyer de "
     "microcalcifications.", "ACR 1 bilatéral."),
    ("ÉCHOGRAPHIE DOPPLER DES MEMBRES INFÉRIEURS", "Réseau veineux profond perméable et compressible. Pas de "
     "thrombose veineuse profonde ni superficielle.", "Absence de thrombose veineuse."),
]

LAB_SECTIONS = [
    ("HÉMATOLOGIE", [("Hématies", "T/L", 4.0, 5.4, 2), ("Hémoglobine", "g/dL", 12.0, 16.0, 1),
                     ("Hématocrite", "%", 37.0, 47.0, 1), ("VGM", "fL", 80.0, 100.0, 0),
                     ("Leucocytes", "G/L", 4.0, 10.0, 2), ("Plaquettes", "G/L", 150, 400, 0)]),
    ("BIOCHIMIE", [("Sodium", "mmol/L", 136, 145, 0), ("Potassium", "mmol/L", 3.5, 5.1, 1),
                   ("Créatinine", "µmol/L", 45, 90, 0), ("DFG (CKD-EPI)", "mL/min/1,73m²", 90, 120, 0),
                   ("Glycémie à jeun", "mmol/L", 4.1, 5.9, 2), ("CRP", "mg/L", 0, 5, 1)]),
    ("BILAN LIPIDIQUE", [("Cholestérol total", "g/L", 1.5, 2.0, 2), ("HDL-cholestérol", "g/L", 0.4, 0.9, 2),
                         ("LDL-cholestérol calculé", "g/L", 0.7, 1.6, 2), ("Triglycérides", "g/L", 0.4, 1.5, 2)]),
    ("ENDOCRINOLOGIE", [("TSH ultrasensible", "mUI/L", 0.35, 4.94, 2), ("HbA1c", "%", 4.0, 6.0, 1)]),
    ("HÉMOSTASE", [("Taux de prothrombine", "%", 70, 100, 0), ("INR", "", 0.8, 1.2, 2)]),
]


def fill(rng, s, **kw):
    vals = dict(ta1=rng.randint(110, 160), ta2=rng.randint(60, 95), fc=rng.randint(55, 98), poids=rng.randint(48, 105),
                taille=rng.randint(150, 190), sat=rng.randint(91, 99), y1=rng.randint(1975, 2020),
                crp=rng.randint(2, 40), hb=f"{rng.uniform(9.5, 15.5):.1f}".replace(".", ","))
    vals.update(kw)
    return s.format(**vals)
