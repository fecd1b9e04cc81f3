"""What documents say and how they look: fictitious organisations, medical content, identity blocks,
and one layout function per kind of document.
"""
from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Callable

from docpipe.models import DocType, Patient, split_first_names

from .names import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, MONTHS_FR, _draw_surname, _norm
from .oracle import PrintedIdentity

if TYPE_CHECKING:  # corpus imports this module
    from .corpus import DocumentSpec
from .rendering import Barcode, Columns, FAMILIES, Look, Rule, Sheet, Space, Table, Text


# ----------------------------------------------------------------------------------------------
# How an identity is displayed
# ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IdentityStyle:
    order: str = "last_first"  # « DURAND Marie » or « Marie DURAND » (first_last)
    caps: str = "surname"  # surname in capitals; "all"; "none" (« Durand Marie »)
    civility: str = "short"  # "short" (M./Mme), "long" (Monsieur/Madame), "mr" (Mr/Mme), "none"
    date_format: str = "slash"  # slash, dot, dash, nopad, short_year, long
    date_label: str = "ne_le"  # ne_le, neutral, ddn, full, naiss, paren
    ins_format: str = "spaced"  # spaced, dotted, plain, key_apart
    married: str = "nee"  # « DURAND née LEFEBVRE » or « LEFEBVRE épouse DURAND » (epouse)
    ascii: bool = False  # the sender's system drops accents
    curly_apostrophe: bool = False
    first_names_commas: bool = False


def format_date(d: date, fmt: str) -> str:
    if fmt == "long":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if fmt == "nopad":
        return f"{d.day}/{d.month}/{d.year}"
    pattern = {"slash": "%d/%m/%Y", "dot": "%d.%m.%Y", "dash": "%d-%m-%Y", "short_year": "%d/%m/%y"}[fmt]
    return d.strftime(pattern)


def format_ins(ins: str, fmt: str) -> str:
    if fmt == "plain":
        return ins
    if fmt == "key_apart":
        return f"{ins[:13]} {ins[13:]}"
    groups = [ins[0], ins[1:3], ins[3:5], ins[5:7], ins[7:10], ins[10:13], ins[13:]]
    return ("." if fmt == "dotted" else " ").join(groups)


def displayed_birth_date(printed: PrintedIdentity, style: IdentityStyle) -> str:
    """The birth date exactly as the document prints it (for tests and evaluation)."""
    text = format_date(printed.birth_date, style.date_format) if printed.birth_date else ""
    return _to_ascii(text) if style.ascii else text


def _title_case(name: str) -> str:
    return re.sub(r"[^\s'’\-]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), name)


def _surname_text(name: str, style: IdentityStyle) -> str:
    shown = _title_case(name) if style.caps == "none" else name.upper()
    return shown.replace("'", "’") if style.curly_apostrophe else shown


def _given_text(first_names: str, style: IdentityStyle, commas: bool = False) -> str:
    shown = first_names.upper() if style.caps == "all" else first_names
    return ", ".join(shown.split()) if commas else shown


def _agree(sex: str, masculine: str, feminine: str, unknown: str = "") -> str:
    return {"M": masculine, "F": feminine}.get(sex, unknown or f"{masculine}(e)")


def civility(sex: str, style: IdentityStyle) -> str:
    table = {"short": ("M.", "Mme"), "long": ("Monsieur", "Madame"), "mr": ("Mr", "Mme"), "none": ("", "")}
    male, female = table[style.civility]
    return {"M": male, "F": female}.get(sex, "")


def display_name(p: PrintedIdentity, style: IdentityStyle, with_civility: bool = True) -> str:
    """« Mme Marie DURAND née LEFEBVRE », « LEFEBVRE épouse DURAND Marie », « DUPONT Jean »…"""
    core, suffix = _surname_core(p, style)
    given = _given_text(p.first_names, style) if p.first_names else ""
    parts = [core, given] if style.order == "last_first" else [given, core]
    civ = civility(p.sex, style) if with_civility else ""
    return " ".join(x for x in [civ, *parts, suffix] if x)


def _surname_core(p: PrintedIdentity, style: IdentityStyle) -> tuple[str, str]:
    if p.birth_name and p.used_name and _norm(p.birth_name) != _norm(p.used_name):
        birth, used = _surname_text(p.birth_name, style), _surname_text(p.used_name, style)
        if style.married == "epouse":
            return f"{birth} {_agree(p.sex, 'époux', 'épouse')} {used}", ""
        return used, f"{_agree(p.sex, 'né', 'née')} {birth}"
    return (_surname_text(p.surnames[0], style) if p.surnames else ""), ""


def display_birth(p: PrintedIdentity, style: IdentityStyle, in_sentence: bool = False) -> str:
    if not p.birth_date:
        return ""
    text = format_date(p.birth_date, style.date_format)
    label = style.date_label
    if in_sentence and label not in ("ne_le", "paren"):
        label = "ne_le"
    return {
        "ne_le": f"{_agree(p.sex, 'né', 'née')} le {text}",
        "neutral": f"Né(e) le {text}",
        "ddn": f"DDN : {text}",
        "full": f"Date de naissance : {text}",
        "naiss": f"Date de naiss. : {text}",
        "paren": f"({text})",
    }[label]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _to_ascii(text: str) -> str:
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("—", "-").replace("–", "-").replace("’", "'")
    text = text.replace("«", '"').replace("»", '"').replace("µ", "u").replace("°", "o").replace("²", "2")
    text = text.replace("…", "...").replace("€", "EUR")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).encode("ascii", "replace").decode()


# ----------------------------------------------------------------------------------------------
# What documents say: fictitious organisations and medical content
# ----------------------------------------------------------------------------------------------

HOSPITALS = ("Centre hospitalier de Valmont", "CHU de Bellecombe", "Hôpital privé des Tilleuls", "Clinique Saint-Aubin",
             "Centre hospitalier intercommunal des Deux-Rives", "Polyclinique du Val Fleuri")
LABORATORIES = ("Laboratoire BIOVAL", "Laboratoire de biologie médicale des Coteaux", "Bio-Analyses du Parc",
                "LBM Rive Gauche")
IMAGING_CENTRES = ("Centre d'imagerie médicale du Parc", "Cabinet de radiologie des Halles", "Imagerie Valmont Sud",
                   "Scanner-IRM des Deux-Rives")
PRACTICES = ("Cabinet médical des Tilleuls", "Maison de santé du Vieux Moulin", "Cabinet médical Pasteur",
             "Centre médical République")
STREETS = ("rue des Tilleuls", "avenue Jean Jaurès", "boulevard Pasteur", "rue Victor Hugo", "place de la République",
           "chemin des Vignes", "allée des Acacias", "rue du Général Leclerc", "quai des Célestins", "rue de la Gare",
           "impasse des Lilas", "route de Lyon", "rue Saint-Exupéry", "avenue de la Libération")
TOWNS = (("69003", "Lyon"), ("13005", "Marseille"), ("31000", "Toulouse"), ("44000", "Nantes"), ("35000", "Rennes"),
         ("33000", "Bordeaux"), ("59000", "Lille"), ("67000", "Strasbourg"), ("21000", "Dijon"), ("29200", "Brest"),
         ("63000", "Clermont-Ferrand"), ("37000", "Tours"), ("20000", "Ajaccio"), ("97400", "Saint-Denis"))

SPECIALISTS = {
    "Cardiologie": "cardiologue", "Hépato-gastro-entérologie": "gastro-entérologue", "Rhumatologie": "rhumatologue",
    "Endocrinologie, diabétologie": "endocrinologue", "Pneumologie": "pneumologue", "Neurologie": "neurologue",
    "Dermatologie": "dermatologue", "Oto-rhino-laryngologie": "ORL", "Gynécologie médicale": "gynécologue",
    "Urologie": "urologue", "Médecine générale": "médecin généraliste", "Pédiatrie": "pédiatre",
}


@dataclass(frozen=True)
class _Topic:
    specialty: str
    sex: str  # "" for anyone
    motif: str
    exam: str
    tests: str
    conclusion: str
    plan: str
    ages: tuple[int, int] = (16, 120)


# Placeholders filled by _DocContext.fill: {e} agreement, {il}/{Il}, {le} (« le patient »/« la patiente »).
CONSULT_TOPICS = (
    _Topic("Cardiologie", "", "une dyspnée d'effort d'apparition récente",
           "Pression artérielle 138/82 mmHg, fréquence cardiaque 72/min. Bruits du cœur réguliers sans souffle. "
           "Pas de signe d'insuffisance cardiaque.",
           "ECG : rythme sinusal à 70/min, PR 160 ms, QRS fins, pas de trouble de la repolarisation.",
           "Dyspnée d'effort sans argument pour une cardiopathie ischémique à ce stade.",
           "Échographie cardiaque transthoracique et épreuve d'effort ; je reverrai {le} avec les résultats.", ages=(35, 120)),
    _Topic("Cardiologie", "", "des palpitations intermittentes",
           "Examen cardio-vasculaire normal, pouls régulier à 68/min, PA 126/74 mmHg.",
           "Holter ECG des 24 heures : salves de fibrillation atriale paroxystique, la plus longue de 40 minutes.",
           "Fibrillation atriale paroxystique, score CHA2DS2-VASc à 2.",
           "Introduction d'une anticoagulation par apixaban et d'un bêtabloquant à faible dose.", ages=(30, 120)),
    _Topic("Hépato-gastro-entérologie", "", "des douleurs épigastriques récurrentes",
           "Abdomen souple, dépressible, sensibilité épigastrique sans défense. Pas d'hépatomégalie.",
           "Bilan hépatique normal, lipasémie normale.",
           "Syndrome dyspeptique ; une gastroscopie est indiquée.",
           "Inhibiteur de la pompe à protons pendant 8 semaines et gastroscopie sous anesthésie générale."),
    _Topic("Rhumatologie", "", "des gonalgies droites d'horaire mécanique",
           "Genou droit sec, flexion à 120°, craquements rotuliens, pas de laxité.",
           "Radiographies des genoux en charge : pincement fémoro-tibial médial droit modéré.",
           "Gonarthrose médiale droite symptomatique.",
           "Kinésithérapie, activité physique adaptée ; une infiltration pourra être discutée.", ages=(40, 120)),
    _Topic("Endocrinologie, diabétologie", "", "le suivi d'un diabète de type 2",
           "Poids 84 kg, IMC 29 kg/m². Examen des pieds sans plaie, monofilament perçu.",
           "HbA1c à 7,8 %, DFG à 74 mL/min, microalbuminurie négative.",
           "Diabète de type 2 insuffisamment équilibré sous metformine seule.",
           "Majoration de la metformine et introduction d'un analogue du GLP-1 ; HbA1c dans 3 mois.", ages=(30, 120)),
    _Topic("Pneumologie", "", "une toux chronique avec dyspnée d'effort",
           "Murmure vésiculaire diminué aux bases, quelques sibilants expiratoires. SpO2 95 % en air ambiant.",
           "EFR : trouble ventilatoire obstructif, VEMS à 62 % de la valeur prédite, peu réversible.",
           "Bronchopneumopathie chronique obstructive de stade 2.",
           "Bronchodilatateur de longue durée d'action, réhabilitation respiratoire et aide au sevrage tabagique.", ages=(40, 120)),
    _Topic("Neurologie", "", "des céphalées inhabituelles depuis deux mois",
           "Examen neurologique normal, pas de syndrome méningé, pas de déficit.",
           "IRM cérébrale récente sans anomalie.",
           "Céphalées de tension probables, sans signe d'alerte.",
           "Traitement de fond par amitriptyline à faible dose et tenue d'un agenda des céphalées."),
    _Topic("Dermatologie", "", "une lésion pigmentée du dos qui se modifie",
           "Lésion pigmentée de 7 mm de la région scapulaire gauche, asymétrique, à bords irréguliers.",
           "Dermoscopie : réseau pigmentaire atypique.",
           "Lésion mélanocytaire suspecte.",
           "Exérèse chirurgicale avec examen anatomopathologique, programmée sous anesthésie locale."),
    _Topic("Oto-rhino-laryngologie", "", "une baisse d'audition gauche",
           "Otoscopie normale des deux côtés. Weber latéralisé à droite.",
           "Audiogramme : surdité de perception gauche de 35 dB sur les fréquences aiguës.",
           "Surdité de perception unilatérale gauche.",
           "IRM des conduits auditifs internes ; un appareillage sera discuté ensuite.", ages=(30, 120)),
    _Topic("Gynécologie médicale", "F", "le suivi gynécologique annuel",
           "Seins souples sans nodule palpable. Examen au spéculum normal, frottis réalisé.",
           "Dernière mammographie il y a deux ans, classée ACR 1.",
           "Examen gynécologique normal.",
           "Mammographie de dépistage à programmer ; résultat du frottis adressé par courrier."),
    _Topic("Urologie", "M", "des troubles mictionnels nocturnes",
           "Toucher rectal : prostate augmentée de volume, souple, non nodulaire.",
           "PSA total à 2,1 ng/mL. Échographie : résidu post-mictionnel de 60 mL.",
           "Hypertrophie bénigne de la prostate symptomatique.",
           "Alpha-bloquant au coucher, contrôle clinique dans 6 mois.", ages=(45, 120)),
    _Topic("Pédiatrie", "", "une toux récidivante depuis l'entrée en collectivité",
           "Enfant en bon état général, auscultation pulmonaire libre, tympans normaux. Courbes de croissance régulières.",
           "Pas d'examen complémentaire nécessaire à ce stade.",
           "Toux post-virale sur infections ORL à répétition de la collectivité.",
           "Lavages de nez, éviction du tabagisme passif ; reconsulter si fièvre ou gêne respiratoire.", ages=(0, 15)),
    _Topic("Pédiatrie", "", "le suivi de croissance et des vaccinations",
           "Poids et taille sur le couloir habituel, développement psychomoteur adapté à l'âge. Examen normal.",
           "Carnet de santé : vaccinations à jour selon le calendrier vaccinal.",
           "Enfant en bonne santé.",
           "Prochain rendez-vous de suivi dans six mois.", ages=(0, 15)),
)

CHILD_ANTECEDENTS = ("otites moyennes aiguës à répétition", "bronchiolite à 8 mois", "allergie aux arachides",
                     "eczéma atopique", "asthme du nourrisson", "pas d'antécédent notable", "prématurité à 35 SA")

ANTECEDENTS = (
    "hypertension artérielle traitée depuis 2015", "diabète de type 2", "appendicectomie dans l'enfance",
    "cholécystectomie en 2008", "fracture du poignet droit en 2019", "dyslipidémie", "tabagisme sevré (20 PA)",
    "allergie à la pénicilline", "hypothyroïdie substituée", "syndrome d'apnées du sommeil appareillé",
    "fibrillation atriale paroxystique", "arthrose des genoux", "épisode dépressif en 2017",
    "asthme dans l'enfance", "glaucome chronique", "hernie discale L5-S1 opérée", "migraine sans aura",
)

MEDICATIONS = (
    "AMOXICILLINE 1 g : 1 comprimé matin, midi et soir pendant 7 jours",
    "PARACÉTAMOL 1 g : 1 comprimé jusqu'à 3 fois par jour si douleurs, 6 heures entre deux prises",
    "AMLODIPINE 5 mg : 1 comprimé le matin",
    "RAMIPRIL 5 mg : 1 gélule le matin",
    "METFORMINE 1000 mg : 1 comprimé matin et soir au cours des repas",
    "ATORVASTATINE 20 mg : 1 comprimé le soir",
    "LÉVOTHYROXINE 75 µg : 1 comprimé le matin à jeun",
    "BISOPROLOL 2,5 mg : 1 comprimé le matin",
    "APIXABAN 5 mg : 1 comprimé matin et soir",
    "OMÉPRAZOLE 20 mg : 1 gélule le matin avant le petit-déjeuner pendant 8 semaines",
    "FUROSÉMIDE 40 mg : 1 comprimé le matin",
    "SALBUTAMOL 100 µg/dose : 2 bouffées en cas de gêne respiratoire",
    "IBUPROFÈNE 400 mg : 1 comprimé matin et soir pendant 5 jours, au cours des repas",
    "COLÉCALCIFÉROL 100 000 UI : 1 ampoule buvable tous les 3 mois",
    "Bas de contention classe 2 : une paire, à porter dans la journée",
    "Kinésithérapie : 10 séances de rééducation du genou",
)


@dataclass(frozen=True)
class _Exam:
    title: str
    indication: str
    technique: str
    findings: tuple[str, ...]
    conclusion: str
    sex: str = ""
    ages: tuple[int, int] = (16, 120)


IMAGING_EXAMS = (
    _Exam("ÉCHOGRAPHIE ABDOMINALE", "Douleurs de l'hypocondre droit.", "Examen réalisé à jeun, sonde convexe.",
          ("Foie de taille normale, d'échostructure homogène, sans lésion focale.",
           "Vésicule biliaire alithiasique à paroi fine.", "Voies biliaires non dilatées.",
           "Pancréas partiellement masqué par les gaz digestifs.", "Reins de taille normale sans dilatation.",
           "Rate homogène de 10 cm."), "Échographie abdominale sans anomalie notable."),
    _Exam("RADIOGRAPHIE THORACIQUE DE FACE", "Toux fébrile depuis huit jours.", "Cliché de face en inspiration.",
          ("Opacité alvéolaire du lobe inférieur droit avec bronchogramme aérique.", "Pas d'épanchement pleural.",
           "Silhouette cardiaque de taille normale.", "Pas de pneumothorax."),
          "Aspect de pneumopathie lobaire inférieure droite.", ages=(0, 120)),
    _Exam("SCANNER THORACIQUE SANS INJECTION", "Surveillance d'un nodule pulmonaire.",
          "Acquisition hélicoïdale en coupes fines, sans injection de produit de contraste.",
          ("Nodule solide du lobe supérieur droit de 6 mm, stable par rapport à l'examen précédent.",
           "Emphysème centrolobulaire modéré des sommets.", "Pas d'adénomégalie médiastinale.",
           "Pas d'épanchement pleural ni péricardique."),
          "Nodule pulmonaire stable, en faveur de la bénignité. Contrôle à un an.", ages=(40, 120)),
    _Exam("IRM DU GENOU DROIT", "Gonalgies après un traumatisme en torsion.",
          "Séquences T1 et DP avec saturation de la graisse dans les trois plans.",
          ("Fissure horizontale de la corne postérieure du ménisque médial.", "Ligaments croisés continus.",
           "Épanchement articulaire de faible abondance.", "Cartilage fémoro-patellaire d'épaisseur conservée."),
          "Lésion méniscale médiale de la corne postérieure."),
    _Exam("MAMMOGRAPHIE BILATÉRALE ET ÉCHOGRAPHIE MAMMAIRE", "Dépistage organisé.",
          "Incidences de face et oblique externe bilatérales, complétées par une échographie.",
          ("Seins de densité de type B.", "Pas de masse ni de foyer de microcalcifications suspectes.",
           "Échographie : kyste simple de 8 mm du quadrant supéro-externe gauche."),
          "ACR 2 à gauche, ACR 1 à droite. Prochain contrôle dans deux ans.", sex="F", ages=(40, 120)),
    _Exam("ÉCHO-DOPPLER VEINEUX DES MEMBRES INFÉRIEURS", "Œdème du mollet gauche.",
          "Exploration bilatérale des réseaux veineux profond et superficiel.",
          ("Veines fémorales, poplitées et jambières perméables et compressibles des deux côtés.",
           "Pas de thrombose veineuse superficielle.", "Incontinence de la grande veine saphène gauche."),
          "Absence de thrombose veineuse profonde. Insuffisance veineuse superficielle gauche."),
    _Exam("SCANNER CÉRÉBRAL SANS INJECTION", "Chute avec traumatisme crânien sous anticoagulant.",
          "Acquisition volumique sans injection.",
          ("Pas d'hémorragie intra ou extra-axiale.", "Pas d'effet de masse.",
           "Leucopathie vasculaire périventriculaire modérée.", "Pas de fracture de la voûte."),
          "Pas de lésion hémorragique post-traumatique.", ages=(60, 120)),
    _Exam("ÉCHOGRAPHIE THYROÏDIENNE", "Nodule palpable de la loge thyroïdienne.", "Sonde linéaire haute fréquence.",
          ("Lobe droit de 48 mm, lobe gauche de 44 mm.",
           "Nodule isoéchogène du lobe droit de 14 mm, ovale, bien limité, sans microcalcification.",
           "Pas d'adénopathie cervicale suspecte."), "Nodule thyroïdien droit EU-TIRADS 3. Surveillance."),
    _Exam("RADIOGRAPHIES DU BASSIN ET DE LA HANCHE DROITE", "Douleur de hanche droite à la marche.",
          "Bassin de face, hanche droite de face et de profil.",
          ("Pincement supéro-latéral de l'interligne coxo-fémoral droit.",
           "Ostéophytose marginale cotyloïdienne et céphalique.", "Hanche gauche normale."), "Coxarthrose droite.",
          ages=(45, 120)),
)


@dataclass(frozen=True)
class _Operation:
    name: str
    surgeon: str
    indication: str
    anaesthesia: str
    installation: str
    steps: tuple[str, ...]
    aftercare: str
    ages: tuple[int, int] = (18, 120)


OPERATIONS = (
    _Operation("Cholécystectomie par cœlioscopie", "chirurgien viscéral", "Cholécystite lithiasique.",
               "Anesthésie générale", "Décubitus dorsal, jambes écartées.",
               ("Open cœlioscopie ombilicale, insufflation à 12 mmHg, mise en place de trois trocarts.",
                "Vésicule inflammatoire avec adhérences épiploïques, libérées au crochet.",
                "Dissection du triangle de Calot, identification du canal et de l'artère cystiques.",
                "Clipage et section du canal et de l'artère cystiques.",
                "Cholécystectomie rétrograde, hémostase soigneuse du lit vésiculaire.",
                "Extraction de la pièce en sac, exsufflation, fermeture des orifices."),
               "Reprise de l'alimentation le soir même, sortie prévue le lendemain."),
    _Operation("Cure de hernie inguinale droite selon Lichtenstein", "chirurgien viscéral",
               "Hernie inguinale droite symptomatique.", "Rachianesthésie", "Décubitus dorsal.",
               ("Incision inguinale droite de 6 cm, ouverture de l'aponévrose du grand oblique.",
                "Hernie indirecte, sac disséqué et réintégré.",
                "Mise en place d'une plaque prothétique fixée par un surjet au ligament inguinal.",
                "Fermeture plan par plan, surjet intradermique."),
               "Ambulatoire. Pas de port de charge lourde pendant un mois."),
    _Operation("Arthroscopie du genou gauche avec méniscectomie partielle médiale", "chirurgien orthopédiste",
               "Lésion méniscale médiale symptomatique.", "Anesthésie générale", "Décubitus dorsal, garrot pneumatique.",
               ("Voies d'abord antéro-latérale et antéro-médiale.",
                "Exploration : fissure horizontale de la corne postérieure du ménisque médial.",
                "Méniscectomie partielle à la pince et au shaver, régularisation.",
                "Cartilage fémoro-tibial de bonne qualité, ligament croisé antérieur intact.",
                "Lavage articulaire, fermeture cutanée."),
               "Appui autorisé, cannes anglaises pendant une semaine, kinésithérapie."),
    _Operation("Prothèse totale de hanche droite par voie postérieure", "chirurgien orthopédiste",
               "Coxarthrose droite évoluée.", "Anesthésie générale", "Décubitus latéral gauche.",
               ("Voie postéro-latérale, section des pelvi-trochantériens.", "Luxation postérieure, ostéotomie du col.",
                "Préparation du cotyle, mise en place d'une cupule double mobilité sans ciment.",
                "Préparation fémorale, tige sans ciment, tête de 28 mm, réduction stable.",
                "Réinsertion des pelvi-trochantériens, fermeture sur un drain."),
               "Lever à J1, appui complet, anticoagulation préventive pendant 35 jours.", ages=(50, 120)),
    _Operation("Libération du nerf médian au canal carpien droit", "chirurgien de la main",
               "Syndrome du canal carpien droit confirmé à l'électromyogramme.",
               "Anesthésie locorégionale (bloc axillaire)", "Décubitus dorsal, bras sur table à bras, garrot.",
               ("Incision palmaire de 2 cm dans l'axe du 4e rayon.", "Section complète du ligament annulaire antérieur.",
                "Nerf médian aplati, sans névrome.", "Fermeture cutanée par points séparés."),
               "Pansement à refaire à J5, ablation des fils à J14."),
    _Operation("Phacoémulsification de la cataracte de l'œil droit avec implant", "ophtalmologiste",
               "Cataracte corticonucléaire gênante.", "Anesthésie topique", "Décubitus dorsal.",
               ("Incision cornéenne de 2,2 mm, injection de viscoélastique.", "Capsulorhexis continu circulaire.",
                "Phacoémulsification du noyau, aspiration des masses.",
                "Implantation dans le sac d'un implant pliable de 21,5 dioptries."),
               "Collyres antibiotique et anti-inflammatoire pendant un mois, contrôle à J7.", ages=(55, 120)),
    _Operation("Appendicectomie par cœlioscopie", "chirurgien viscéral", "Appendicite aiguë.", "Anesthésie générale",
               "Décubitus dorsal, bras gauche le long du corps.",
               ("Open cœlioscopie ombilicale, deux trocarts opérateurs.", "Appendice inflammatoire, sans perforation.",
                "Ligature de la base appendiculaire, appendicectomie, extraction en sac.",
                "Lavage de la fosse iliaque droite, exsufflation, fermeture des orifices."),
               "Alimentation le soir même, sortie à J1 ou J2.", ages=(5, 120)),
)


@dataclass(frozen=True)
class _Stay:
    service: str
    motif: str
    history: str
    exam: str
    results: tuple[str, ...]
    course: tuple[str, ...]
    diagnosis: str
    treatment: tuple[str, ...]
    ages: tuple[int, int] = (18, 120)


STAYS = (
    _Stay("Cardiologie", "une décompensation cardiaque globale",
          "Majoration progressive d'une dyspnée depuis dix jours, jusqu'à une orthopnée, avec prise de 4 kg et "
          "œdèmes des membres inférieurs. Pas de douleur thoracique.",
          "PA 150/90 mmHg, FC 118/min irrégulière, SpO2 91 % en air ambiant, crépitants bilatéraux aux bases, "
          "turgescence jugulaire, œdèmes prenant le godet jusqu'aux genoux.",
          ("NT-proBNP à 4 350 ng/L", "Créatinine à 112 µmol/L", "Kaliémie à 4,1 mmol/L",
           "Échographie cardiaque : FEVG à 35 %, dilatation de l'oreillette gauche"),
          ("Traitement diurétique intraveineux avec une bonne réponse, perte de 5 kg en six jours.",
           "Ralentissement de la fibrillation atriale par bêtabloquant, puis introduction d'une anticoagulation.",
           "Introduction progressive d'un traitement de l'insuffisance cardiaque à fraction d'éjection altérée.",
           "Éducation thérapeutique réalisée : pesée quotidienne, régime pauvre en sel, signes d'alerte.",
           "La fonction rénale est restée stable sous traitement, la kaliémie contrôlée à 4,6 mmol/L.",
           "Le patient a pu reprendre une marche autonome dans le service sans dyspnée au terme du séjour."),
          "Insuffisance cardiaque à fraction d'éjection altérée décompensée sur fibrillation atriale rapide.",
          ("FUROSÉMIDE 40 mg : 1 comprimé le matin", "BISOPROLOL 2,5 mg : 1 comprimé le matin",
           "APIXABAN 5 mg : 1 comprimé matin et soir", "RAMIPRIL 2,5 mg : 1 gélule le matin"), ages=(45, 120)),
    _Stay("Pneumologie", "une pneumopathie aiguë communautaire",
          "Fièvre à 39 °C depuis quatre jours, toux productive et douleur basithoracique droite.",
          "Température 38,8 °C, FR 24/min, SpO2 92 % en air ambiant, foyer de crépitants de la base droite.",
          ("CRP à 186 mg/L", "Leucocytes à 15,2 G/L", "Radiographie : opacité alvéolaire lobaire inférieure droite",
           "Antigénuries légionelle et pneumocoque négatives"),
          ("Antibiothérapie par amoxicilline et acide clavulanique, apyrexie obtenue en 48 heures.",
           "Oxygénothérapie à 2 L/min sevrée au troisième jour.",
           "Kinésithérapie respiratoire quotidienne avec une nette amélioration de l'encombrement.",
           "Décroissance de la CRP à 32 mg/L au cinquième jour.",
           "Pas de complication pleurale à l'échographie de contrôle."),
          "Pneumopathie franche lobaire aiguë inférieure droite d'évolution favorable.",
          ("AMOXICILLINE-ACIDE CLAVULANIQUE 1 g : 1 comprimé 3 fois par jour, jusqu'au 7e jour",
           "PARACÉTAMOL 1 g : si fièvre ou douleurs, maximum 3 g par jour"), ages=(16, 120)),
    _Stay("Médecine gériatrique", "une chute à domicile avec station au sol prolongée",
          "Chute de sa hauteur la nuit, retrouvée au sol le matin par l'infirmière. Pas de perte de connaissance rapportée.",
          "Hématome de la hanche gauche, pas de raccourcissement du membre, examen neurologique sans déficit focal.",
          ("CPK à 1 850 UI/L", "Créatinine à 98 µmol/L", "Radiographies : pas de fracture",
           "Scanner cérébral : pas de lésion hémorragique"),
          ("Hydratation intraveineuse avec normalisation des CPK en trois jours.",
           "Évaluation gériatrique standardisée : troubles de la marche, hypotension orthostatique.",
           "Allègement des traitements hypotenseurs et suppression de l'hypnotique.",
           "Rééducation à la marche avec le kinésithérapeute, déambulateur prescrit.",
           "Mise en place d'une téléassistance et renforcement des passages infirmiers.",
           "Réunion avec la famille pour organiser le retour à domicile."),
          "Chute à domicile multifactorielle avec rhabdomyolyse modérée, sans fracture.",
          ("AMLODIPINE 5 mg : 1 comprimé le matin", "COLÉCALCIFÉROL 100 000 UI : 1 ampoule tous les 3 mois",
           "PARACÉTAMOL 1 g : si douleurs"), ages=(70, 120)),
    _Stay("Médecine interne", "une pyélonéphrite aiguë droite",
          "Brûlures mictionnelles depuis trois jours puis fièvre à 39,5 °C avec frissons et douleur lombaire droite.",
          "Température 39,2 °C, PA 112/68 mmHg, ébranlement lombaire droit douloureux.",
          ("ECBU : Escherichia coli sensible aux céphalosporines", "CRP à 142 mg/L",
           "Échographie rénale : pas de dilatation des cavités", "Hémocultures négatives"),
          ("Antibiothérapie par ceftriaxone puis relais oral adapté à l'antibiogramme.",
           "Apyrexie obtenue en 48 heures, disparition des douleurs lombaires.",
           "Hydratation orale encouragée, diurèse conservée.",
           "Pas de facteur favorisant retrouvé à l'interrogatoire."),
          "Pyélonéphrite aiguë droite non compliquée à Escherichia coli.",
          ("CÉFIXIME 200 mg : 1 comprimé matin et soir pendant 7 jours", "PARACÉTAMOL 1 g : si fièvre"), ages=(16, 120)),
    _Stay("Neurologie", "un déficit brachial droit transitoire",
          "Faiblesse du membre supérieur droit et difficulté à trouver ses mots pendant une heure, régressive.",
          "Examen neurologique normal à l'arrivée, NIHSS à 0, PA 162/94 mmHg.",
          ("IRM cérébrale : petit infarctus cortical pariétal gauche", "Doppler des troncs supra-aortiques : "
           "sténose carotidienne gauche à 40 %", "LDL-cholestérol à 1,62 g/L", "Holter ECG : pas de trouble du rythme"),
          ("Antiagrégation plaquettaire et statine à forte dose introduites dès l'admission.",
           "Surveillance en unité neurovasculaire sans récidive déficitaire.",
           "Équilibration tensionnelle progressive.",
           "Bilan étiologique en faveur d'un mécanisme athéromateux.",
           "Évaluation orthophonique normale à la sortie."),
          "Accident ischémique cérébral mineur sylvien gauche d'origine athéromateuse probable.",
          ("ASPIRINE 75 mg : 1 sachet par jour", "ATORVASTATINE 80 mg : 1 comprimé le soir",
           "RAMIPRIL 5 mg : 1 gélule le matin"), ages=(40, 120)),
    _Stay("Hépato-gastro-entérologie", "une hémorragie digestive haute",
          "Méléna depuis deux jours et malaise au lever, sous anti-inflammatoires pour une lombalgie.",
          "PA 98/60 mmHg, FC 110/min, pâleur cutanéo-muqueuse, toucher rectal : méléna.",
          ("Hémoglobine à 7,9 g/dL", "Urée à 14 mmol/L",
           "Gastroscopie : ulcère bulbaire antérieur de 12 mm, sans saignement actif"),
          ("Transfusion de deux culots globulaires avec une hémoglobine à 9,6 g/dL.",
           "Inhibiteur de la pompe à protons à forte dose, relais oral au troisième jour.",
           "Arrêt définitif des anti-inflammatoires non stéroïdiens expliqué.",
           "Recherche d'Helicobacter pylori positive, éradication débutée.",
           "Réalimentation bien tolérée, pas de récidive hémorragique."),
          "Hémorragie digestive haute sur ulcère bulbaire à Helicobacter pylori, favorisé par les AINS.",
          ("ESOMÉPRAZOLE 40 mg : 1 gélule matin et soir pendant 8 semaines",
           "Traitement d'éradication d'Helicobacter pylori pendant 10 jours selon l'antibiogramme"), ages=(30, 120)),
    _Stay("Pédiatrie", "une gastro-entérite aiguë avec déshydratation",
          "Vomissements et diarrhée depuis 36 heures, refus de boire depuis la veille, perte de poids de 6 %.",
          "Enfant fatigué, pli cutané, muqueuses sèches, temps de recoloration à 3 secondes, abdomen souple.",
          ("Natrémie à 134 mmol/L", "Réserve alcaline à 17 mmol/L", "Glycémie normale", "Coproculture négative"),
          ("Réhydratation par soluté de réhydratation orale puis intraveineuse devant l'échec de la voie orale.",
           "Reprise progressive de l'alimentation dès la 24e heure, bien tolérée.",
           "Reprise de poids de 300 g, diurèse satisfaisante.",
           "Parents informés des signes de déshydratation devant faire reconsulter."),
          "Gastro-entérite aiguë virale avec déshydratation modérée.",
          ("Soluté de réhydratation orale : à volonté, en petites quantités fréquentes",
           "PARACÉTAMOL sirop : 15 mg/kg toutes les 6 heures si fièvre"), ages=(0, 15)),
)

# (analyte, unit, low, high, decimals)
LAB_PANELS = {
    "HÉMATOLOGIE": (("Hémoglobine", "g/dL", 12.0, 17.0, 1), ("Hématocrite", "%", 36, 50, 1),
                    ("Leucocytes", "G/L", 4.0, 10.0, 2), ("Plaquettes", "G/L", 150, 400, 0), ("VGM", "fL", 80, 100, 0)),
    "BIOCHIMIE": (("Sodium", "mmol/L", 136, 145, 0), ("Potassium", "mmol/L", 3.5, 5.0, 1),
                  ("Créatinine", "µmol/L", 60, 110, 0), ("DFG estimé (CKD-EPI)", "mL/min/1,73 m²", 60, 120, 0),
                  ("Glycémie à jeun", "g/L", 0.70, 1.10, 2), ("CRP", "mg/L", 0, 5, 1)),
    "BILAN HÉPATIQUE": (("ASAT", "UI/L", 5, 35, 0), ("ALAT", "UI/L", 5, 45, 0), ("Gamma-GT", "UI/L", 8, 55, 0),
                        ("Phosphatases alcalines", "UI/L", 40, 130, 0), ("Bilirubine totale", "µmol/L", 3, 21, 0)),
    "BILAN LIPIDIQUE": (("Cholestérol total", "g/L", 1.50, 2.00, 2), ("HDL-cholestérol", "g/L", 0.40, 0.80, 2),
                        ("LDL-cholestérol calculé", "g/L", 0.70, 1.60, 2), ("Triglycérides", "g/L", 0.50, 1.50, 2)),
    "HORMONOLOGIE": (("TSH", "mUI/L", 0.40, 4.00, 2), ("HbA1c", "%", 4.0, 6.0, 1), ("Ferritine", "µg/L", 20, 300, 0),
                     ("25-OH vitamine D", "ng/mL", 30, 70, 0)),
    "HÉMOSTASE": (("Taux de prothrombine", "%", 70, 100, 0), ("INR", "", 0.8, 1.2, 2), ("TCA (ratio)", "", 0.8, 1.2, 2)),
}

CERTIFICATES = (
    ("CERTIFICAT MÉDICAL DE NON-CONTRE-INDICATION",
     "Je soussigné{e_dr}, {dr}, certifie avoir examiné ce jour {name}, {birth}, et n'avoir constaté à l'examen "
     "clinique aucun signe contre-indiquant la pratique de la randonnée pédestre et de la natation, y compris en "
     "compétition."),
    ("ATTESTATION DE PRÉSENCE",
     "Je soussigné{e_dr}, {dr}, atteste que {name}, {birth}, s'est présenté{e} à ma consultation ce jour de "
     "10 h 15 à 11 h 00."),
    ("CERTIFICAT MÉDICAL",
     "Je soussigné{e_dr}, {dr}, certifie que l'état de santé de {name}, {birth}, nécessite un repos à domicile "
     "et une éviction de la collectivité pendant cinq jours à compter de ce jour."),
)

INFORMATION_SHEETS = (
    ("CONSIGNES APRÈS UNE COLOSCOPIE",
     ("Vous avez bénéficié d'une coloscopie sous anesthésie générale. Ne conduisez pas et ne signez pas de "
      "document important dans les 24 heures.", "Reprenez une alimentation légère le soir même.",
      "Des ballonnements sont fréquents et disparaissent en quelques heures.",
      "Consultez en urgence en cas de fièvre, de douleurs abdominales intenses ou de saignement abondant.",
      "Les résultats des éventuels prélèvements vous seront adressés ainsi qu'à votre médecin traitant.")),
    ("PRÉPARATION À VOTRE EXAMEN D'IRM",
     ("Signalez au secrétariat tout stimulateur cardiaque, clip vasculaire ou corps étranger métallique.",
      "Retirez bijoux, montre, cartes bancaires et appareils auditifs avant d'entrer dans la salle d'examen.",
      "L'examen dure 20 à 30 minutes ; il est bruyant mais indolore.",
      "Apportez vos examens antérieurs et l'ordonnance de votre médecin.")),
    ("VACCINATION CONTRE LA GRIPPE SAISONNIÈRE",
     ("La campagne de vaccination débute à l'automne. Elle est recommandée après 65 ans et en cas de maladie "
      "chronique.", "Le vaccin peut être administré par votre médecin, un infirmier ou un pharmacien.",
      "Une douleur au point d'injection et une fébricule sont possibles pendant 48 heures.")),
)


@dataclass(frozen=True)
class _Doctor:
    first: str
    last: str
    sex: str
    specialty: str = ""


@dataclass(frozen=True)
class _Org:
    name: str
    address: str
    town: str
    phone: str


class _DocContext:
    """Everything a layout needs for one document: its subject, style, dates and a seeded random source."""

    def __init__(self, spec: "DocumentSpec", patients: list[Patient], second: bool = False, seed_offset: int = 0):
        """`second`: the page of the other patient in a two-patient scan."""
        self.spec, self.patients = spec, patients
        self.rng = random.Random(spec.seed + seed_offset + (7919 if second else 0))
        self.p: PrintedIdentity | None = spec.second_subject if second else spec.subject
        self.person: Patient | None = spec.second_patient if second else spec.patient
        self.ins_apart = ""  # the INS printed on a line of its own, away from the identity
        if "ins_apart" in spec.variants and self.p and self.p.ins and not second:
            self.ins_apart, self.p = self.p.ins, replace(self.p, ins="")
        self.style = spec.style
        self.date = spec.doc_date
        self.sex = (self.p.sex if self.p and self.p.sex else "") or (self.person.sex if self.person else "")
        self.sex = self.sex or self.rng.choice("MF")
        born = (self.p.birth_date if self.p else None) or (self.person.birth_date if self.person else None)
        self.age = _age(born, self.date) if born else None
        self.date_format = self.rng.choice(("slash", "slash", "long", "dot"))
        self.doctor_style = self.rng.choice(("dr", "dr", "docteur", "initial", "dr_last_first"))
        self.look = Look(family=self.rng.choices(tuple(FAMILIES), (5, 3, 2, 1))[0],
                         size=self.rng.choice((9.5, 10.0, 10.0, 10.5, 11.0)),
                         leading=round(self.rng.uniform(1.2, 1.4), 2), margin=round(self.rng.uniform(16, 23), 1))

    # -- wording
    def g(self, masculine: str, feminine: str) -> str:
        return feminine if self.sex == "F" else masculine

    def fill(self, text: str) -> str:
        for mark, masculine, feminine in (("{e}", "", "e"), ("{ne}", "", "ne"), ("{se}", "", "se"), ("{il}", "il", "elle"),
                                          ("{Il}", "Il", "Elle"), ("{le}", "le patient", "la patiente"),
                                          ("{Le}", "Le patient", "La patiente")):
            text = text.replace(mark, self.g(masculine, feminine))
        return text

    def when(self, d: date | None = None) -> str:
        return format_date(d or self.date, self.date_format)

    def pick(self, items, k: int):
        return self.rng.sample(list(items), min(k, len(items)))

    # -- the subject
    def name(self, with_civility: bool = True) -> str:
        return display_name(self.p, self.style, with_civility) if self.p else ""

    def birth(self, in_sentence: bool = False) -> str:
        return display_birth(self.p, self.style, in_sentence) if self.p else ""

    @property
    def years(self) -> int:
        return self.age if self.age is not None else 50

    def suits(self, item) -> bool:
        """Content fit for the patient's sex and age (no prostate for a boy of 18)."""
        low, high = item.ages
        return getattr(item, "sex", "") in ("", self.sex) and low <= self.years <= high

    def choose(self, items):
        fitting = [item for item in items if self.suits(item)]
        return self.rng.choice(fitting or [item for item in items if getattr(item, "sex", "") in ("", self.sex)])

    def antecedents(self, k: int) -> list[str]:
        return self.pick(CHILD_ANTECEDENTS if self.years < 16 else ANTECEDENTS, k)

    def medications(self, k: int) -> list[str]:
        """Drug names only, for « traitement habituel »."""
        pool = ("SALBUTAMOL 100 µg/dose", "CÉTIRIZINE 10 mg") if self.years < 16 else MEDICATIONS[2:12]
        return [m.split(" :")[0] for m in self.pick(pool, k)]

    # -- third parties
    def doctor(self, specialty: str = "", from_registry: bool | None = None, same_name: bool = False) -> _Doctor:
        """Doctors are sometimes registry patients themselves (with their own birth dates)."""
        roll = self.rng.random()
        use_registry = (roll < 0.3 or "registry_doctors" in self.spec.variants) if from_registry is None \
            else from_registry
        if use_registry:
            found = self._registry_person(same_name)
            if found:
                return _Doctor(found.first_given_name, found.used_name or found.birth_name, found.sex, specialty)
        sex = self.rng.choice("MF")
        pool, weights = MALE_FIRST_NAMES if sex == "M" else FEMALE_FIRST_NAMES
        return _Doctor(self.rng.choices(pool, weights)[0], _draw_surname(self.rng), sex, specialty)

    def _registry_person(self, same_name: bool) -> Patient | None:
        subject_names = {_norm(n) for n in (self.p.surnames if self.p else [])}
        for _ in range(60):
            q = self.rng.choice(self.patients)
            adult = _age(q.birth_date, self.date) >= 28
            shares = _norm(q.birth_name) in subject_names
            if adult and q is not self.person and shares == same_name:
                return q
        return None

    def dr(self, d: _Doctor) -> str:
        title = self._title()
        return title + self._doctor_name(d)[2:] if title else self._doctor_name(d)

    def _title(self) -> str:
        """OCR reads a speck or a quote before the title (`"Dr`, `«Dr`) on fax and letterhead paper."""
        if "dr_junk" not in self.spec.variants or self.doctor_style == "docteur":
            return ""
        return self.rng.choice(('"', "«", "'", "|", "“", ".")) + "Dr"

    def _doctor_name(self, d: _Doctor) -> str:
        last = _surname_text(d.last, self.style)
        first = _given_text(d.first, self.style)
        if self.doctor_style == "docteur":
            return f"Docteur {first} {last}"
        if self.doctor_style == "initial":
            return f"Dr {'-'.join(part[0] + '.' for part in d.first.split('-'))} {last}"
        if self.doctor_style == "dr_last_first":
            return f"Dr {last} {first}"
        return f"Dr {first} {last}"

    def org(self, names) -> _Org:
        postcode, town = self.rng.choice(TOWNS)
        address = f"{self.rng.randint(1, 120)} {self.rng.choice(STREETS)}"
        return _Org(self.rng.choice(names), address, f"{postcode} {town}", self.phone())

    def phone(self) -> str:
        r = self.rng
        return f"0{r.choice('12345')} 00 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"

    def relative(self) -> str:
        """Someone close to the patient, named near the patient — often a registry patient too."""
        style = replace(self.style, civility="short") if self.style.civility == "none" else self.style
        family = (self.p.surnames[0] if self.p and self.p.surnames else "") or _draw_surname(self.rng)
        married = self.person.used_name if self.person else (self.p.used_name if self.p else "")
        if self.years < 18:
            return self._kin(self.rng.choice((("sa mère", "F"), ("son père", "M"))), family, (-45, -18), style)
        if self.sex == "F" and married:
            return self._kin(("son époux", "M"), married, (-12, 12), style)
        if self.sex == "M" and self.years >= 30 and self.rng.random() < 0.5:
            return self._kin(("son épouse", "F"), family, (-12, 12), style, as_used_name=True)
        if self.years >= 45:
            return self._kin(self.rng.choice((("son fils", "M"), ("sa fille", "F"))), family, (18, 45), style)
        return self._kin(self.rng.choice((("son frère", "M"), ("sa sœur", "F"))), family, (-8, 8), style)

    def _kin(self, kin: tuple[str, str], surname: str, gap: tuple[int, int], style: IdentityStyle,
             as_used_name: bool = False) -> str:
        label, sex = kin
        found = self._family_member(surname, sex, gap, as_used_name)
        first = found.first_given_name if found else self._first_name(sex)
        return f"{label}, {civility(sex, style)} {_given_text(first, style)} {_surname_text(surname, style)}"

    def _family_member(self, surname: str, sex: str, gap: tuple[int, int], as_used_name: bool) -> Patient | None:
        if not self.person:
            return None
        for q in self.patients:
            years = q.birth_date.year - self.person.birth_date.year
            name = q.used_name if as_used_name else q.birth_name
            if q is not self.person and q.sex == sex and _norm(name) == _norm(surname) and gap[0] <= years <= gap[1]:
                return q
        return None

    def _first_name(self, sex: str) -> str:
        pool, weights = MALE_FIRST_NAMES if sex == "M" else FEMALE_FIRST_NAMES
        return self.rng.choices(pool, weights)[0]

STAY_COMMON = (
    "Sur le plan nutritionnel, l'appétit est conservé et le poids stable ; aucune supplémentation n'a été nécessaire.",
    "Le bilan d'autonomie réalisé par l'ergothérapeute ne retrouve pas de difficulté majeure au quotidien.",
    "Les constantes sont restées stables pendant toute la durée du séjour.",
    "Aucun événement indésirable n'a été relevé pendant l'hospitalisation.",
    "La douleur a été évaluée quotidiennement et bien contrôlée par le paracétamol.",
    "Le retour à domicile a été organisé en lien avec l'infirmière libérale et l'entourage.",
    "Une prévention thromboembolique par héparine de bas poids moléculaire a été réalisée pendant le séjour.",
    "{Le} a été informé{e} du diagnostic et des modalités de suivi, qu'{il} a bien comprises.",
    "Le sommeil a été de bonne qualité sans recours aux hypnotiques.",
)

LIVING = (
    "Vit à domicile avec son conjoint, autonome pour les actes de la vie quotidienne.",
    "Vit seul{e} en appartement au deuxième étage avec ascenseur ; aide ménagère deux fois par semaine.",
    "Retraité{e}, ancien{ne} employé{e} de commerce. Pas de consommation d'alcool, non-fumeur{se}.",
    "En activité professionnelle, deux enfants. Tabagisme actif à 10 cigarettes par jour.",
)


# ----------------------------------------------------------------------------------------------
# Identity blocks
# ----------------------------------------------------------------------------------------------

def _identity_fields(ctx: _DocContext, extras: bool = True) -> list[tuple[str, str]]:
    """Label/value rows: « Nom de naissance », « Nom d'usage », « Prénom(s) », « Date de naissance »…"""
    p, s, r = ctx.p, ctx.style, ctx.rng
    rows = _name_fields(ctx)
    if p.first_names:
        several = len(split_first_names(p.first_names)) > 1
        label = r.choice(("Prénom(s)", "Prénoms")) if several else r.choice(("Prénom", "Prénom(s)", "Premier prénom"))
        rows.append((label, _given_text(p.first_names, s, commas=s.first_names_commas)))
    elif r.random() < 0.4:
        rows.append(("Prénom", ""))
    if p.birth_date:
        label = r.choice(("Date de naissance", "Date de naissance", "Né(e) le", "DDN", "Date de naiss."))
        rows.append((label, format_date(p.birth_date, s.date_format)))
    if not extras:
        return rows
    if p.sex and r.random() < 0.6:
        rows.append(("Sexe", r.choice((p.sex, {"M": "Masculin", "F": "Féminin"}[p.sex]))))
    if p.birth_place and r.random() < 0.25:
        rows.append(("Lieu de naissance", p.birth_place))
    if p.ins:
        rows.append((r.choice(("INS", "Matricule INS", "N° INS", "INS (NIR)")), format_ins(p.ins, s.ins_format)))
    if p.ipp:
        rows.append((r.choice(("IPP", "N° patient", "N° de dossier")), p.ipp))
    return rows


def _name_fields(ctx: _DocContext) -> list[tuple[str, str]]:
    p, s, r = ctx.p, ctx.style, ctx.rng
    if p.birth_name:
        labels = ("Nom de naissance", "Nom de naissance", "NOM DE NAISSANCE") + (("Nom de jeune fille",) if p.sex == "F" else ())
        rows = [(r.choice(labels), _surname_text(p.birth_name, s))]
        if p.used_name:
            rows.append((r.choice(("Nom d'usage", "Nom d'usage", "Nom utilisé", "Nom marital")), _surname_text(p.used_name, s)))
        elif r.random() < 0.3:
            rows.append(("Nom d'usage", ""))
        return rows
    if p.used_name:
        return [("Nom d'usage", _surname_text(p.used_name, s))]
    return [(r.choice(("Nom", "NOM", "Nom du patient")), _surname_text(p.name, s) if p.name else "")]


def _identity_line(ctx: _DocContext) -> str:
    """The identity on one line: « Patient : DUPONT Jean, né le 12/03/1957 » and its cousins."""
    p, r = ctx.p, ctx.rng
    name, birth = ctx.name() or "....................", ctx.birth()
    variant = r.randrange(6)
    if variant == 0:
        label = r.choice((ctx.g("Patient", "Patiente"), "Patient(e)", "Patient"))
        line = f"{label} : {name}" + (f", {birth}" if birth else "")
    elif variant == 1:
        line = "   ".join(f"{k} : {v}" for k, v in _identity_fields(ctx, extras=False))
    elif variant == 2:
        line = f"Concerne : {name}" + ((f" {birth}" if ctx.style.date_label == "paren" else f", {birth}") if birth else "")
    elif variant == 3:
        age = f"{ctx.age} ans" if ctx.age is not None and p.birth_date and r.random() < 0.6 else ""
        line = " — ".join(x for x in (name, birth, age) if x)
    elif variant == 4:
        line = f"Identité : {name}" + (f" – {birth}" if birth else "")
    else:
        line = f"Nom du patient : {name}" + (f"    {birth}" if birth else "")
    if p.ins:
        line += f" — INS : {format_ins(p.ins, ctx.style.ins_format)}"
    if p.ipp:
        line += f" — {r.choice(('IPP', 'N° dossier'))} : {p.ipp}"
    return line


def _identity_block(ctx: _DocContext, kind: str) -> tuple:
    if ctx.p is None:
        return (Text(""),)
    if kind == "sticker":
        return _sticker(ctx)
    if kind == "address":
        return _address_block(ctx)
    fields = _identity_fields(ctx)
    if kind == "table":
        return (Table(tuple(fields), (0.46, 0.54), borders=ctx.rng.random() < 0.5, bold_first_column=True, scale=0.9),)
    return tuple(Text(f"{k} : {v}", 0.95, after=0.6) for k, v in fields)


def _address_block(ctx: _DocContext) -> tuple:
    """A lab's or a letter's postal block: « Mme DURAND Marie / Née LEFEBVRE le 03/03/1962 / 12 rue … »."""
    p, s, r = ctx.p, ctx.style, ctx.rng
    long_style = replace(s, civility="long" if s.civility == "none" else s.civility)
    if p.birth_name and p.used_name and p.birth_date and r.random() < 0.5:
        head = display_name(replace(p, birth_name="", name=""), long_style)
        born = f"{_agree(p.sex, 'Né', 'Née')} {_surname_text(p.birth_name, s)} le {format_date(p.birth_date, s.date_format)}"
    else:
        head, born = display_name(p, long_style) or "....................", display_birth(p, s)
    postcode, town = r.choice(TOWNS)
    lines = [Text(head, 1.0, bold=True, after=0.6), Text(born, 0.95, after=0.6) if born else None,
             Text(f"{r.randint(1, 90)} {r.choice(STREETS)}", 0.95, after=0.6), Text(f"{postcode} {town.upper()}", 0.95)]
    if p.ins:
        lines.append(Text(f"INS : {format_ins(p.ins, s.ins_format)}", 0.85))
    return tuple(x for x in lines if x)


def _sticker(ctx: _DocContext) -> tuple:
    """The hospital's patient label, with its barcode."""
    p, s, r = ctx.p, ctx.style, ctx.rng
    main = p.used_name or p.name or p.birth_name
    top = " ".join(x for x in (_surname_text(main, s) if main else "", _given_text(p.first_names, s)) if x)
    lines: list = [Text(top or "....................", 0.9, bold=True, after=0.4)]
    if p.birth_name and p.used_name:
        lines.append(Text(f"{_agree(p.sex, 'Né', 'Née')} {_surname_text(p.birth_name, s)}", 0.85, after=0.4))
    facts = [format_date(p.birth_date, s.date_format) if p.birth_date else "", p.sex,
             f"({ctx.age} ans)" if p.birth_date and ctx.age is not None else ""]
    lines.append(Text("  ".join(x for x in facts if x), 0.85, after=0.4))
    lines.append(Text(f"IPP {p.ipp or r.randint(100_000_000, 999_999_999)}   NDA {r.randint(10**9, 10**10 - 1)}", 0.8, after=0.4))
    lines.append(Barcode(f"{ctx.spec.seed}-{top}"))
    if p.ins:
        lines.append(Text(f"INS {format_ins(p.ins, s.ins_format)}", 0.8, after=0.4))
    lines.append(Text(f"UF {r.randint(1000, 9999)}", 0.75, after=0.0))
    return tuple(lines)


# ----------------------------------------------------------------------------------------------
# Shared pieces of layouts
# ----------------------------------------------------------------------------------------------

def _letterhead(ctx: _DocContext, org: _Org, doctors: list[_Doctor], service: str = "") -> list[Text]:
    r = ctx.rng
    lines = [Text(org.name, 1.25, bold=True, after=0.8)]
    if service:
        lines.append(Text(service, 1.0, bold=True, after=0.6))
    lines += [Text(ctx.dr(d) + (f" — {d.specialty}" if d.specialty else ""), 0.88, after=0.3) for d in doctors]
    lines += [Text(org.address, 0.88, after=0.3), Text(org.town, 0.88, after=0.3),
              Text(f"Tél. {org.phone}" + (f" — Fax {ctx.phone()}" if r.random() < 0.4 else ""), 0.85, after=0.3)]
    if r.random() < 0.35:
        lines.append(Text(f"FINESS {r.randint(10**8, 10**9 - 1)}", 0.8, after=0.3))
    return lines


def _centered(lines: list[Text]) -> list[Text]:
    return [replace(t, align="center") for t in lines]


def _signature(ctx: _DocContext, doctor: _Doctor, closing: str = "") -> list:
    r = ctx.rng
    align = r.choice(("left", "right", "right"))
    out: list = [Space(3)]
    if closing:
        out.append(Text(closing, after=5))
    out.append(Text(ctx.dr(doctor), bold=True, align=align, after=0.5))
    if doctor.specialty:
        out.append(Text(doctor.specialty[:1].upper() + doctor.specialty[1:], 0.9, align=align, after=0.5))
    note = r.choice(("(signature électronique)", "Document validé électroniquement", "", "P/O le secrétariat"))
    if note:
        out.append(Text(note, 0.8, align=align))
    return out


def _topic(ctx: _DocContext) -> _Topic:
    return ctx.choose(CONSULT_TOPICS)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _consultation_sections(ctx: _DocContext, topic: _Topic) -> list:
    r = ctx.rng
    medications = ctx.medications(r.randint(1, 3))
    sections = [("Motif", _sentence(topic.motif)), ("Antécédents", _sentence("; ".join(ctx.antecedents(r.randint(2, 4))))),
                ("Traitement habituel", _sentence(", ".join(medications))), ("Examen clinique", topic.exam),
                ("Examens complémentaires", topic.tests), ("Conclusion", topic.conclusion),
                ("Conduite à tenir", ctx.fill(topic.plan))]
    inline, capitals = r.random() < 0.5, r.random() < 0.3
    out: list = []
    for heading, body in sections:
        if inline:
            out.append(Text(f"{heading} : {body}", after=2.5))
        else:
            out += [Text(heading.upper() if capitals else heading, bold=True, after=0.5), Text(body, after=2.5)]
    return out


def _sentence_identity(ctx: _DocContext) -> str:
    """« Mme Marie DURAND née LEFEBVRE, née le 3 mars 1962 » as written inside a sentence."""
    birth = ctx.birth(in_sentence=True)
    return ctx.name() + (f", {birth}" if birth else "")


def _ins_line(ctx: _DocContext) -> list[Text]:
    """Layouts that name the patient in a sentence print the INS on a line of its own."""
    if not (ctx.p and ctx.p.ins):
        return []
    label = ctx.rng.choice(("INS", "Matricule INS", "N° INS"))
    return [Text(f"{label} : {format_ins(ctx.p.ins, ctx.style.ins_format)}", 0.95, after=3)]


def _rpps(ctx: _DocContext) -> str:
    return f"RPPS {ctx.rng.randint(10_000_000_000, 10_999_999_999)}"


# ----------------------------------------------------------------------------------------------
# Layouts: one function per kind of document
# ----------------------------------------------------------------------------------------------

def _layout_consultation_inline(ctx: _DocContext) -> Sheet:
    r, topic = ctx.rng, _topic(ctx)
    doctor = ctx.doctor(SPECIALISTS[topic.specialty])
    flow: list = [*_centered(_letterhead(ctx, ctx.org(PRACTICES + HOSPITALS), [doctor], topic.specialty)), Rule()]
    title = r.choice(("COMPTE RENDU DE CONSULTATION", f"Consultation de {topic.specialty.lower()}", "CONSULTATION"))
    flow.append(Text(title, 1.3, bold=True, align="center", after=3))
    if ctx.p:
        flow.append(Text(_identity_line(ctx), bold=r.random() < 0.5, after=1.2))
    flow.append(Text(f"Consultation du {ctx.when()}", 0.95, after=3))
    flow += _consultation_sections(ctx, topic) + _signature(ctx, doctor)
    return Sheet(flow, ctx.look)


def _layout_consultation_side(ctx: _DocContext) -> Sheet:
    r, topic = ctx.rng, _topic(ctx)
    doctor = ctx.doctor(SPECIALISTS[topic.specialty])
    left = _letterhead(ctx, ctx.org(HOSPITALS + PRACTICES), [doctor, ctx.doctor(SPECIALISTS[topic.specialty])],
                       f"Service de {topic.specialty.lower()}")
    right = _identity_block(ctx, r.choice(("table", "lines", "lines")))
    flow: list = [Columns(tuple(left), right, split=round(r.uniform(0.5, 0.58), 2), boxed=r.random() < 0.5)]
    flow.append(Text(r.choice(("COMPTE RENDU DE CONSULTATION", "Compte rendu de consultation")), 1.3, bold=True,
                     align="center", after=2))
    flow.append(Text(f"Date de consultation : {ctx.when()}", 0.95, after=3))
    flow += _consultation_sections(ctx, topic) + _signature(ctx, doctor)
    return Sheet(flow, ctx.look)


def _layout_lab_result(ctx: _DocContext) -> Sheet:
    r = ctx.rng
    org, biologist = ctx.org(LABORATORIES), ctx.doctor("biologiste")
    multi = "multi_page" in ctx.spec.variants
    dossier = f"{ctx.date:%y%m%d}-{r.randint(1, 9999):04d}"
    panels = r.sample(list(LAB_PANELS), 6 if multi else r.randint(2, 3))
    flow: list = []
    if ctx.p is not None:
        left = [Text(org.name, 1.3, bold=True, after=0.6), Text("Laboratoire de biologie médicale", 0.9, after=0.3),
                Text(org.address, 0.88, after=0.3), Text(org.town, 0.88, after=0.3), Text(f"Tél. {org.phone}", 0.85, after=0.3),
                Text(f"Biologistes : {ctx.dr(biologist)}, {ctx.dr(ctx.doctor('biologiste'))}", 0.8, after=0.3)]
        right = _identity_block(ctx, r.choice(("address", "address", "table", "lines")))
        sampled = ctx.date - timedelta(days=r.randint(0, 2))
        flow += [Columns(tuple(left), right, boxed=r.random() < 0.6),
                 Text(f"Dossier n° {dossier}    Prélevé le {ctx.when(sampled)} à {r.randint(7, 11)}:{r.choice(('05', '20', '42'))}"
                      f"    Édité le {ctx.when()}", 0.9, after=0.8),
                 Text(f"Prescripteur : {ctx.dr(ctx.doctor('médecin généraliste'))}", 0.9, after=3),
                 Text("COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE", 1.1, bold=True, align="center", after=3)]
    else:
        flow.append(Text(f"{org.name} — suite des résultats", 0.9, after=3))
    for panel in panels:
        flow += [Text(panel, 1.0, bold=True, after=1), _lab_table(ctx, LAB_PANELS[panel])]
    flow += [Text("* valeur en dehors des limites de référence", 0.8, after=1.5),
             Text(f"Compte rendu validé par {ctx.dr(biologist)}, biologiste, le {ctx.when()}", 0.9)]
    sheet = Sheet(flow, ctx.look, page_numbers=r.choice(("Page {page}/{total}", "Page {page} sur {total}")))
    if ctx.p is None:
        return replace(sheet, page_numbers="", footer="Page 2/2")
    if multi and r.random() < 0.8:
        short = display_name(replace(ctx.p, birth_name="") if ctx.p.used_name else ctx.p, ctx.style, with_civility=False)
        birth = format_date(ctx.p.birth_date, ctx.style.date_format) if ctx.p.birth_date and r.random() < 0.6 else ""
        sheet.running_header = " — ".join(x for x in (short, birth, f"Dossier {dossier}") if x)
    return sheet


def _lab_table(ctx: _DocContext, analytes) -> Table:
    r = ctx.rng
    previous = ctx.when(ctx.date - timedelta(days=r.randint(60, 400)))
    rows = [("Analyse", "Résultat", "Unité", "Valeurs de référence", "Antériorité")]
    for name, unit, low, high, decimals in analytes:
        normal = r.random() < 0.75
        value = r.uniform(low, high) if normal else r.choice((low * r.uniform(0.6, 0.95), high * r.uniform(1.05, 1.6)))
        shown = lambda v: f"{v:.{decimals}f}".replace(".", ",")
        reference = f"< {shown(high)}" if low == 0 else f"{shown(low)} – {shown(high)}"
        before = f"{shown(value * r.uniform(0.85, 1.15))} ({previous})" if r.random() < 0.5 else ""
        rows.append((name, shown(value) + ("" if normal else " *"), unit, reference, before))
    return Table(tuple(rows), (0.32, 0.14, 0.14, 0.2, 0.2), header=True, borders=r.random() < 0.5, scale=0.88)


def _layout_imaging_report(ctx: _DocContext) -> Sheet:
    r = ctx.rng
    exam = ctx.choose(IMAGING_EXAMS)
    radiologists = [ctx.doctor("radiologue") for _ in range(r.randint(1, 3))]
    head = _letterhead(ctx, ctx.org(IMAGING_CENTRES), radiologists)
    if ctx.p is None or r.random() < 0.5:
        flow: list = [*_centered(head), Rule()]
        if ctx.p:
            flow.append(Text(_identity_line(ctx), bold=True, after=1.2))
    else:
        flow = [Columns(tuple(head), _identity_block(ctx, r.choice(("table", "lines"))), boxed=r.random() < 0.4)]
    flow += [Text(f"Examen du {ctx.when()}", 0.95, after=0.6),
             Text(f"Prescripteur : {ctx.dr(ctx.doctor('médecin généraliste'))}", 0.95, after=3),
             Text(exam.title, 1.2, bold=True, align="center", after=3),
             Text(f"Indication : {exam.indication}", after=1.5), Text(f"Technique : {exam.technique}", after=2),
             Text("Résultats :", bold=True, after=0.8)]
    flow += [Text(f"- {finding}", indent=3, after=0.6) for finding in exam.findings]
    flow += [Space(2), Text("Conclusion :", bold=True, after=0.8), Text(exam.conclusion, bold=True, after=3)]
    return Sheet(flow + _signature(ctx, radiologists[0]), ctx.look)


def _letter_header(ctx: _DocContext, sender: _Doctor, recipient: _Doctor) -> list:
    org = ctx.org(PRACTICES + HOSPITALS)
    left = [Text(ctx.dr(sender), 1.05, bold=True, after=0.4), Text(sender.specialty.capitalize(), 0.9, after=0.4),
            Text(org.name, 0.9, after=0.3), Text(org.address, 0.88, after=0.3), Text(org.town, 0.88, after=0.3),
            Text(f"Tél. {org.phone}", 0.85, after=0.3), Text(_rpps(ctx), 0.8)]
    postcode, town = ctx.rng.choice(TOWNS)
    right = [Space(12), Text(ctx.dr(recipient), bold=True, after=0.4), Text(recipient.specialty.capitalize(), 0.9, after=0.4),
             Text(f"{ctx.rng.randint(1, 90)} {ctx.rng.choice(STREETS)}", 0.9, after=0.3), Text(f"{postcode} {town}", 0.9)]
    return [Columns(tuple(left), tuple(right), split=0.55), Text(f"{org.town.split(' ', 1)[1]}, le {format_date(ctx.date, 'long')}",
                                                                  align="right", after=5)]


def _salutation(ctx: _DocContext, recipient: _Doctor) -> str:
    if recipient.sex == "F":
        return ctx.rng.choice(("Chère consœur,", "Chère consœur,", "Chère amie,", "Madame et chère consœur,"))
    return ctx.rng.choice(("Cher confrère,", "Cher confrère,", "Cher ami,", "Monsieur et cher confrère,"))


def _third_parties(ctx: _DocContext) -> tuple[bool | None, bool]:
    """In the « third parties » case every doctor is a registry patient, one of them a namesake."""
    return (True, ctx.rng.random() < 0.6) if "third_parties" in ctx.spec.variants else (None, False)


def _layout_referral_letter(ctx: _DocContext) -> Sheet:
    r, topic = ctx.rng, _topic(ctx)
    from_registry, namesake = _third_parties(ctx)
    sender = ctx.doctor("médecin généraliste", from_registry)
    recipient = ctx.doctor(SPECIALISTS[topic.specialty], from_registry, same_name=namesake)
    flow = _letter_header(ctx, sender, recipient)
    if ctx.p is None:
        return Sheet(flow + _practice_notice(ctx, recipient) + _signature(ctx, sender), ctx.look)
    if r.random() < 0.6:
        flow.append(Text(f"Objet : {_sentence_identity(ctx)}", bold=True, after=2))
    flow += _ins_line(ctx)
    opener = r.choice(("Je vous adresse", "Je me permets de vous adresser", "Merci de bien vouloir recevoir"))
    age = f", âgé{ctx.g('', 'e')} de {ctx.age} ans" if ctx.age is not None and r.random() < 0.5 else ""
    body = [f"{opener} {_sentence_identity(ctx)}{age}, pour avis concernant {topic.motif}."]
    if r.random() < 0.7 or "third_parties" in ctx.spec.variants:
        body.append(ctx.fill(f"{{Il}} sera accompagné{{e}} de {ctx.relative()}, qui pourra vous apporter des précisions."))
    body += [f"Dans ses antécédents, on retient : {', '.join(ctx.antecedents(r.randint(2, 4)))}.",
             f"Son traitement actuel comporte : {'; '.join(ctx.medications(3))}.",
             f"À l'examen de ce jour : {topic.exam[:1].lower()}{topic.exam[1:]}",
             "Je vous remercie de l'attention que vous lui porterez et reste à votre disposition."]
    flow += [Text(_salutation(ctx, recipient), after=3)] + [Text(b, after=2.5) for b in body]
    flow += _signature(ctx, sender, r.choice(("Bien confraternellement,", "Bien cordialement,",
                                               "Veuillez agréer, cher confrère, l'expression de mes sentiments les meilleurs.")))
    if r.random() < 0.4 or "third_parties" in ctx.spec.variants:
        flow.append(Text(f"Copie : {ctx.dr(ctx.doctor('cardiologue', from_registry))}, cardiologue", 0.85))
    return Sheet(flow, ctx.look)


def _practice_notice(ctx: _DocContext, recipient: _Doctor) -> list:
    """A letter about the practice, not about a patient."""
    when = format_date(ctx.date + timedelta(days=30), "long")
    return [Text(_salutation(ctx, recipient), after=3),
            Text(f"Je vous informe qu'à compter du {when}, mon secrétariat sera joignable au {ctx.phone()} "
                 "du lundi au vendredi, de 9 h à 12 h.", after=2.5),
            Text("Les demandes de rendez-vous urgents peuvent m'être adressées par la messagerie sécurisée de santé. "
                 "Les comptes rendus vous parviendront désormais exclusivement par cette voie.", after=2.5),
            Text("Je vous remercie de votre confiance et reste à votre disposition.", after=2.5)]


def _layout_consultation_letter(ctx: _DocContext) -> Sheet:
    r, topic = ctx.rng, _topic(ctx)
    from_registry, namesake = _third_parties(ctx)
    sender = ctx.doctor(SPECIALISTS[topic.specialty], from_registry)
    recipient = ctx.doctor("médecin généraliste", from_registry, same_name=namesake)
    flow = _letter_header(ctx, sender, recipient)
    flow.append(Text(r.choice(("COMPTE RENDU DE CONSULTATION", f"Consultation de {topic.specialty.lower()} du {ctx.when()}")),
                     1.15, bold=True, after=2))
    flow += [Text(_identity_line(ctx), after=3)] if r.random() < 0.5 else _ins_line(ctx)
    seen = ctx.fill(f"J'ai vu en consultation ce jour {_sentence_identity(ctx)}, que vous m'aviez adressé{{e}} pour {topic.motif}.")
    paragraphs = [seen,
                  f"Sur le plan des antécédents, on retient {', '.join(ctx.antecedents(r.randint(2, 3)))}.",
                  f"À l'examen : {topic.exam}", topic.tests, f"Au total : {topic.conclusion}", ctx.fill(topic.plan)]
    if "third_parties" in ctx.spec.variants:
        paragraphs.insert(1, ctx.fill(f"{{Il}} était accompagné{{e}} de {ctx.relative()}."))
    flow += [Text(_salutation(ctx, recipient), after=3)] + [Text(p, after=2.5) for p in paragraphs]
    return Sheet(flow + _signature(ctx, sender, r.choice(("Bien amicalement,", "Bien confraternellement,"))), ctx.look)


def _layout_discharge_summary(ctx: _DocContext) -> Sheet:
    r, stay = ctx.rng, ctx.choose(STAYS)
    from_registry, namesake = _third_parties(ctx)
    senior, resident = ctx.doctor(SPECIALISTS.get(stay.service, "praticien hospitalier"), from_registry), ctx.doctor("interne")
    gp = ctx.doctor("médecin généraliste", from_registry, same_name=namesake)
    org = ctx.org(HOSPITALS)
    left = [Text(org.name, 1.2, bold=True, after=0.6), Text(f"Service de {stay.service.lower()}", 1.0, bold=True, after=0.6),
            Text(f"Chef de service : {ctx.dr(ctx.doctor('chef de service'))}", 0.85, after=0.3),
            Text(f"Secrétariat : {ctx.phone()}", 0.85, after=0.3), Text(org.address, 0.85, after=0.3), Text(org.town, 0.85)]
    right = _identity_block(ctx, r.choice(("table", "lines", "sticker")))
    exit_day = ctx.date - timedelta(days=r.randint(0, 4))
    entry_day = exit_day - timedelta(days=r.randint(3, 14))
    flow: list = [Columns(tuple(left), right, boxed=r.random() < 0.5),
                  Text(r.choice(("COMPTE RENDU D'HOSPITALISATION", "LETTRE DE LIAISON À LA SORTIE",
                                 "Compte rendu d'hospitalisation")), 1.3, bold=True, align="center", after=2),
                  Text(f"Séjour du {ctx.when(entry_day)} au {ctx.when(exit_day)} — Service de {stay.service.lower()}", after=0.6),
                  Text(f"Médecin traitant : {ctx.dr(gp)}", after=3)]
    if r.random() < 0.5:
        flow += [Text(_salutation(ctx, gp), after=2),
                 Text(ctx.fill(f"Votre patient{{e}} {_sentence_identity(ctx)}, a été hospitalisé{{e}} dans le service du "
                               f"{ctx.when(entry_day)} au {ctx.when(exit_day)} pour {stay.motif}."), after=3)]
    flow += _stay_sections(ctx, stay)
    flow += _signature(ctx, senior) + [Text(f"{ctx.dr(resident)}, interne", 0.85)]
    return Sheet(flow, ctx.look, **_running_header(ctx, org))


def _stay_sections(ctx: _DocContext, stay: _Stay) -> list:
    r = ctx.rng
    course = list(stay.course) + [ctx.fill(s) for s in ctx.pick(STAY_COMMON, r.randint(4, 7))]
    heading = lambda t: Text(t.upper() if r.random() < 0.3 else t, bold=True, after=0.8)
    flow: list = [heading("Motif d'hospitalisation"), Text(_sentence(stay.motif), after=2.5),
                  heading("Antécédents")]
    flow += [Text(f"- {_sentence(a)}", indent=3, after=0.5) for a in ctx.antecedents(r.randint(3, 5))]
    flow += [Space(2), heading("Mode de vie"), Text(ctx.fill(r.choice(LIVING)), after=2.5),
             heading("Histoire de la maladie"), Text(stay.history, after=2.5),
             heading("Examen clinique à l'entrée"), Text(stay.exam, after=2.5),
             heading("Examens complémentaires")]
    flow += [Text(f"- {x}", indent=3, after=0.5) for x in stay.results]
    if r.random() < 0.7:
        panel = r.choice(("HÉMATOLOGIE", "BIOCHIMIE", "BILAN HÉPATIQUE"))
        flow += [Space(1.5), Text(f"Biologie d'entrée ({panel.lower()}) :", after=1), _lab_table(ctx, LAB_PANELS[panel])]
    flow += [Space(2), heading("Évolution dans le service")]
    flow += [Text(" ".join(course[i:i + 3]), after=2) for i in range(0, len(course), 3)]
    flow += [heading("Conclusion"), Text(stay.diagnosis, bold=True, after=2.5), heading("Traitement de sortie"),
             Table(tuple(tuple(m.split(" : ", 1)) for m in stay.treatment), (0.45, 0.55), borders=r.random() < 0.5),
             heading("Suivi"),
             Text(f"Consultation de contrôle avec {ctx.dr(ctx.doctor())} dans un mois. Bilan biologique à 15 jours.", after=2)]
    return flow


def _running_header(ctx: _DocContext, org: _Org) -> dict:
    """Continuation pages: « DURAND Marie — 03/03/1962 — page 2/3 », the name alone, or nothing at all."""
    r, p = ctx.rng, ctx.p
    numbering = r.choice(("page {page}/{total}", "Page {page} sur {total}", ""))
    kind = r.choice(("full", "full", "name", "none"))
    if p is None or kind == "none":
        return {"page_numbers": numbering, "footer": org.name if r.random() < 0.5 else ""}
    short = display_name(replace(p, birth_name="") if p.used_name else p, ctx.style, with_civility=r.random() < 0.4)
    birth = format_date(p.birth_date, ctx.style.date_format) if p.birth_date and kind == "full" else ""
    return {"running_header": " — ".join(x for x in (short, birth) if x), "page_numbers": numbering}


def _layout_operative_report(ctx: _DocContext) -> Sheet:
    r, operation = ctx.rng, ctx.choose(OPERATIONS)
    surgeon, assistant, anaesthetist = ctx.doctor(operation.surgeon), ctx.doctor("interne"), ctx.doctor("anesthésiste")
    org = ctx.org(HOSPITALS)
    left = [Text(org.name, 1.2, bold=True, after=0.6), Text("Bloc opératoire central", 0.95, after=0.4),
            Text(org.address, 0.85, after=0.3), Text(org.town, 0.85, after=0.3), Text(f"Tél. {org.phone}", 0.85)]
    right = _identity_block(ctx, r.choice(("sticker", "sticker", "table")))
    facts = (("Date de l'intervention", ctx.when()), ("Opérateur", ctx.dr(surgeon)), ("Aide opératoire", ctx.dr(assistant)),
             ("Anesthésiste", ctx.dr(anaesthetist)), ("Anesthésie", operation.anaesthesia))
    flow: list = [Columns(tuple(left), right, boxed=True),
                  Text("COMPTE RENDU OPÉRATOIRE", 1.3, bold=True, align="center", after=3),
                  Table(facts, (0.35, 0.65), borders=r.random() < 0.4, bold_first_column=True),
                  Text(f"Intervention : {operation.name}", bold=True, after=2),
                  Text(f"Indication : {operation.indication}", after=2), Text(f"Installation : {operation.installation}", after=2),
                  Text("Description :", bold=True, after=0.8)]
    flow += [Text(step, after=1.2) for step in operation.steps]
    flow += [Space(2), Text(f"Suites prévues : {operation.aftercare}", after=2)]
    return Sheet(flow + _signature(ctx, surgeon), ctx.look)


def _layout_prescription(ctx: _DocContext) -> Sheet:
    r = ctx.rng
    doctor = ctx.doctor(r.choice(("médecin généraliste", "cardiologue", "rhumatologue")))
    org = ctx.org(PRACTICES)
    left = [Text(ctx.dr(doctor), 1.15, bold=True, after=0.4), Text(doctor.specialty.capitalize(), 0.9, after=0.3),
            Text(_rpps(ctx), 0.8, after=0.3), Text(f"N° AM {r.randint(10, 95)} 1 {r.randint(10000, 99999)} {r.randint(0, 9)}", 0.8)]
    right = [Text(org.name, 0.9, bold=True, after=0.3), Text(org.address, 0.85, after=0.3), Text(org.town, 0.85, after=0.3),
             Text(f"Tél. {org.phone}", 0.85), Text("Sur rendez-vous", 0.8)]
    flow: list = [Columns(tuple(left), tuple(right), split=0.5), Rule(),
                  Text(f"{org.town.split(' ', 1)[1]}, le {ctx.when()}", align="right", after=4)]
    if ctx.p is not None:
        flow += _prescription_patient(ctx)
    if r.random() < 0.5:
        flow.append(Text("ORDONNANCE", 1.3, bold=True, align="center", after=4))
    pool = [m for m in MEDICATIONS if ctx.years >= 16 or m.startswith(("AMOXICILLINE", "PARACÉTAMOL", "SALBUTAMOL"))]
    medications = ctx.pick(pool, r.randint(2, 5))
    if len(medications) >= 3 and r.random() < 0.3:
        flow += [Text("Prescriptions relatives au traitement de l'affection de longue durée reconnue (ALD)", 0.85, bold=True, after=2)]
        flow += [Text(m, after=2.5) for m in medications[:2]]
        flow += [Rule(), Text("Prescriptions SANS RAPPORT avec l'affection de longue durée", 0.85, bold=True, after=2)]
        flow += [Text(m, after=2.5) for m in medications[2:]]
    else:
        flow += [Text(f"{i}. {m}", after=3) for i, m in enumerate(medications, 1)]
    flow.append(Text(r.choice(("QSP 3 mois.", "À renouveler 2 fois.", "Traitement pour 1 mois.", "")), bold=True, after=4))
    sheet = Sheet(flow + _signature(ctx, doctor), ctx.look)
    sheet.footer = "En cas d'urgence, composez le 15." if r.random() < 0.5 else ""
    return sheet


def _prescription_patient(ctx: _DocContext) -> list:
    r, p = ctx.rng, ctx.p
    if r.random() < 0.4:
        return [Text(_identity_line(ctx), bold=True, after=4)]
    lines = [Text(ctx.name() or "Nom : ....................", 1.1, bold=True, after=0.8)]
    if p.birth_date:
        lines.append(Text(_sentence(ctx.birth()) if ctx.style.date_label == "ne_le" else ctx.birth(), after=0.8))
    if r.random() < 0.5:
        lines.append(Text(f"Poids : {r.randint(48, 105)} kg", 0.9, after=0.8))
    if p.ins:
        lines.append(Text(f"INS : {format_ins(p.ins, ctx.style.ins_format)}", 0.9, after=0.8))
    return lines + [Space(4)]


def _layout_dictation(ctx: _DocContext) -> Sheet:
    """A dictation transcript: no letterhead, the patient named inside the first sentence."""
    r, topic = ctx.rng, _topic(ctx)
    doctor = ctx.doctor(SPECIALISTS[topic.specialty], _third_parties(ctx)[0])
    flow: list = []
    if r.random() < 0.5:
        flow.append(Text(f"Compte rendu de consultation — {topic.specialty}", bold=True, after=2))
    if r.random() < 0.5:
        flow.append(Text(f"Consultation du {ctx.when()}", after=3))
    flow += _ins_line(ctx)
    who = _sentence_identity(ctx) if ctx.p else ctx.g("le patient", "la patiente")
    opener = r.choice((f"Je revois ce jour {who}, pour {topic.motif}.",
                       f"J'ai vu en consultation ce jour {who}, qui consulte pour {topic.motif}.",
                       f"Vu ce jour en consultation de suivi : {who}, pour {topic.motif}.",
                       f"Je reçois ce jour {who}, adressé{ctx.g('', 'e')} par {ctx.dr(ctx.doctor('médecin généraliste'))} "
                       f"pour {topic.motif}."))
    paragraphs = [opener,
                  f"Dans ses antécédents, on note {', '.join(ctx.antecedents(r.randint(2, 4)))}.",
                  f"À l'examen, {topic.exam[:1].lower()}{topic.exam[1:]} {topic.tests}",
                  f"Au total, {topic.conclusion[:1].lower()}{topic.conclusion[1:]}", ctx.fill(topic.plan)]
    if "third_parties" in ctx.spec.variants:
        paragraphs.insert(1, ctx.fill(f"{{Il}} est venu{{e}} avec {ctx.relative()}."))
    flow += [Text(p, after=2.5) for p in paragraphs]
    flow.append(Text(r.choice((ctx.dr(doctor), f"{ctx.dr(doctor)}, {doctor.specialty}", "Dicté mais non relu.")), after=1))
    return Sheet(flow, ctx.look)


def _layout_anaesthesia_form(ctx: _DocContext) -> Sheet:
    """A pre-anaesthesia consultation form with the hospital's patient label."""
    r, operation = ctx.rng, ctx.choose(OPERATIONS)
    org, anaesthetist = ctx.org(HOSPITALS), ctx.doctor("anesthésiste-réanimateur")
    left = [Text(org.name, 1.2, bold=True, after=0.6), Text("Département d'anesthésie-réanimation", 0.95, after=0.4),
            Text(org.address, 0.85, after=0.3), Text(org.town, 0.85, after=0.3), Text(f"Tél. {org.phone}", 0.85)]
    height, weight = r.randint(150, 190), r.randint(48, 110)
    facts = (("Date de consultation", ctx.when()), ("Intervention prévue", operation.name),
             ("Date prévue", ctx.when(ctx.date + timedelta(days=r.randint(7, 40)))), ("Chirurgien", ctx.dr(ctx.doctor(operation.surgeon))),
             ("Poids / Taille", f"{weight} kg / {height} cm — IMC {weight / (height / 100) ** 2:.1f}".replace(".", ",")),
             ("Classe ASA", r.choice(("1", "2", "3"))), ("Mallampati", r.choice(("I", "II", "III"))),
             ("Allergies", r.choice(("Aucune connue", "Pénicilline", "Iode"))),
             ("Antécédents", ", ".join(ctx.antecedents(2))), ("Traitements", ", ".join(ctx.medications(2))))
    flow: list = [Columns(tuple(left), _identity_block(ctx, "sticker"), boxed=True),
                  Text("CONSULTATION PRÉ-ANESTHÉSIQUE", 1.3, bold=True, align="center", after=3),
                  Table(facts, (0.32, 0.68), borders=True, bold_first_column=True),
                  Text(f"Technique proposée : {operation.anaesthesia.lower()}.", after=1.5),
                  Text("Consignes : jeûne de 6 heures pour les solides, 2 heures pour les liquides clairs. Douche préopératoire.", after=1.5),
                  Text("Conclusion : pas de contre-indication à l'anesthésie.", bold=True, after=2)]
    return Sheet(flow + _signature(ctx, anaesthetist), ctx.look)


def _layout_certificate(ctx: _DocContext) -> Sheet:
    r = ctx.rng
    doctor, org = ctx.doctor("médecin généraliste"), ctx.org(PRACTICES)
    title, body = r.choice(CERTIFICATES)
    body = body.replace("{e_dr}", "e" if doctor.sex == "F" else "").replace("{dr}", ctx.dr(doctor))
    body = ctx.fill(body.replace("{name}", ctx.name() or "....................").replace("{birth}", ctx.birth(True) or "né(e) le ....."))
    flow: list = [*_letterhead(ctx, org, [doctor]), Space(8), Text(title, 1.3, bold=True, align="center", after=8),
                  Text(body, 1.05, after=4), *_ins_line(ctx),
                  Text(ctx.fill("Certificat établi à la demande de l'intéressé{e} et remis en main propre."), after=4),
                  Text(f"Fait à {org.town.split(' ', 1)[1]}, le {ctx.when()}", after=4)]
    return Sheet(flow + _signature(ctx, doctor), ctx.look)


def _layout_information_sheet(ctx: _DocContext) -> Sheet:
    r = ctx.rng
    title, paragraphs = r.choice(INFORMATION_SHEETS)
    org = ctx.org(HOSPITALS + IMAGING_CENTRES)
    flow: list = [Text(org.name, 1.2, bold=True, align="center", after=1), Text(f"{org.address} — {org.town} — Tél. {org.phone}",
                                                                                  0.85, align="center", after=4), Rule(),
                  Text(title, 1.3, bold=True, align="center", after=6)]
    flow += [Text(p, after=3) for p in paragraphs]
    return Sheet(flow, ctx.look, footer=f"Fiche d'information — version {r.randint(1, 9)} — {ctx.date.year}")


def _fax_cover(ctx: _DocContext, pages: int) -> Sheet:
    r = ctx.rng
    org = ctx.org(HOSPITALS + LABORATORIES + PRACTICES)
    rows = (("Destinataire", ctx.dr(ctx.doctor("médecin généraliste"))), ("Fax", ctx.phone()), ("Expéditeur", org.name),
            ("Date", ctx.when()), ("Nombre de pages", f"{pages} (y compris celle-ci)"),
            ("Objet", r.choice(("Résultats", "Courrier médical", "Compte rendu", "Transmission de documents"))))
    return Sheet([Text("TÉLÉCOPIE", 1.8, bold=True, align="center", after=8),
                  Table(rows, (0.3, 0.7), borders=False, bold_first_column=True, scale=1.05), Space(10),
                  Text("Ce message est confidentiel et destiné au seul destinataire. Si vous l'avez reçu par erreur, "
                       "merci de le détruire et de nous en avertir par téléphone.", 0.85)], ctx.look)


@dataclass(frozen=True)
class Layout:
    build: Callable[[_DocContext], Sheet]
    doc_type: DocType
    multi_page: bool  # may run over several pages: never a lone PNG or JPEG
    formats: dict[str, float]  # how this kind of document usually arrives


_SCANNED = {"pdf_scan": 3, "pdf_scan_ocr": 1, "tiff": 1, "fax": 1.5}
LAYOUTS: dict[str, Layout] = {
    "consultation_inline": Layout(_layout_consultation_inline, DocType.CONSULTATION_REPORT, False,
                                  {"pdf_text": 4, **_SCANNED, "docx": 2, "png": 1, "jpeg": 1, "txt_utf8": 0.5}),
    "consultation_side": Layout(_layout_consultation_side, DocType.CONSULTATION_REPORT, False,
                                {"pdf_text": 4, **_SCANNED, "docx": 1, "png": 1}),
    "lab_result": Layout(_layout_lab_result, DocType.LAB_RESULT, True,
                         {"pdf_text": 5, **_SCANNED, "fax": 2, "jpeg": 1, "png": 1}),
    "imaging_report": Layout(_layout_imaging_report, DocType.IMAGING_REPORT, False,
                             {"pdf_text": 4, **_SCANNED, "png": 1, "jpeg": 1}),
    "referral_letter": Layout(_layout_referral_letter, DocType.LETTER, False,
                              {"pdf_text": 2, **_SCANNED, "pdf_scan": 3, "fax": 2, "docx": 2, "jpeg": 1, "txt_utf8": 0.5}),
    "consultation_letter": Layout(_layout_consultation_letter, DocType.CONSULTATION_REPORT, False,
                                  {"pdf_text": 3, **_SCANNED, "docx": 2}),
    "discharge_summary": Layout(_layout_discharge_summary, DocType.DISCHARGE_SUMMARY, True,
                                {"pdf_text": 4, **_SCANNED, "docx": 2, "txt_cp1252": 0.5}),
    "operative_report": Layout(_layout_operative_report, DocType.OPERATIVE_REPORT, True,
                               {"pdf_text": 3, **_SCANNED, "docx": 2}),
    "prescription": Layout(_layout_prescription, DocType.PRESCRIPTION, False,
                           {"pdf_text": 2, "pdf_scan": 2, "jpeg": 3, "png": 1, "fax": 1}),
    "dictation": Layout(_layout_dictation, DocType.CONSULTATION_REPORT, False,
                        {"txt_utf8": 3, "txt_cp1252": 2, "docx": 4}),
    "anaesthesia_form": Layout(_layout_anaesthesia_form, DocType.CONSULTATION_REPORT, False,
                               {"pdf_scan": 3, "tiff": 2, "jpeg": 1, "pdf_text": 1, "fax": 1}),
    "certificate": Layout(_layout_certificate, DocType.OTHER, False, {"pdf_text": 2, "pdf_scan": 2, "jpeg": 2, "docx": 1}),
    "information_sheet": Layout(_layout_information_sheet, DocType.OTHER, False, {"pdf_text": 2, "pdf_scan": 2, "png": 1}),
}
