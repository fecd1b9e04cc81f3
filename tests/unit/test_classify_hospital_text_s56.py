"""Hospital text as it is published and as it circulates (session 56, benchmarks/written_types part t): a visit told as
a case that recalls the stay before it, a request for an opinion that wishes a day-hospital stay, a letter that sends a
colleague a pathology result after an operation — each beside the near miss that keeps its type (a stay whose text
says what may follow, a discharge letter with its dates, days counted after an operation, drips given in a ward).
Fictitious text. Pure, no I/O."""
import pytest

from docpipe.classify import classify
from docpipe.models import DocType


def type_of(text: str) -> DocType:
    return classify(text).doc_type


VISIT_AFTER_A_STAY = """Mme R., 58 ans, était revue en consultation de suivi deux mois après sa sortie de l'hôpital.
Elle avait été hospitalisée trois semaines en réanimation pour une pneumopathie grave ayant nécessité une ventilation
mécanique et une trachéotomie.
Lors de la consultation, elle décrivait une dyspnée d'effort pour un étage et une fatigue importante en lien avec le
séjour en réanimation.
L'examen retrouvait une auscultation pulmonaire normale et une cicatrice de trachéotomie de bonne qualité.
Les explorations fonctionnelles respiratoires montraient un trouble ventilatoire restrictif léger.
Une réhabilitation respiratoire était proposée et une nouvelle évaluation était programmée à six mois.
"""

STAY_THAT_PLANS_A_VISIT = """Mme R., 58 ans, était hospitalisée en réanimation pour une pneumopathie grave.
Elle a été intubée et ventilée pendant douze jours, puis trachéotomisée à J14.
L'évolution a été favorable, permettant un transfert en pneumologie puis un retour à domicile à J35.
Elle sera revue en consultation de suivi deux mois après sa sortie de l'hôpital.
"""


def test_a_visit_told_as_a_case_after_a_stay_is_the_visits_report():
    assert type_of(VISIT_AFTER_A_STAY) == DocType.CONSULTATION_REPORT


def test_a_stay_that_plans_the_visit_after_it_stays_a_stay():
    assert type_of(STAY_THAT_PLANS_A_VISIT) == DocType.DISCHARGE_SUMMARY


VISIT_AFTER_AN_OPERATION = """Une femme de 52 ans était revue en consultation de chirurgie six semaines après une
thyroïdectomie totale pour un goitre multinodulaire.
Les suites opératoires immédiates avaient été marquées par une hypocalcémie transitoire à J1, permettant une sortie
à J3.
Lors de la consultation, la patiente ne présentait plus de paresthésies. La cicatrice cervicale était de bonne qualité.
Le bilan biologique retrouvait une calcémie corrigée à 2,25 mmol/L.
L'examen anatomopathologique définitif, commenté avec la patiente, concluait à des nodules hyperplasiques bénins.
Le traitement par calcium était arrêté, avec un contrôle de la calcémie à J7 de l'arrêt.
"""

OPERATION_AND_ITS_DAYS = """Une femme de 52 ans était opérée d'une thyroïdectomie totale pour un goitre multinodulaire.
Les suites opératoires ont été marquées par une hypocalcémie à J1, traitée par calcium intraveineux.
La calcémie était normalisée à J3 post-opératoire et la patiente est sortie à J4 sous calcium per os.
"""


def test_a_visit_that_recalls_the_operations_stay_and_counts_days_from_a_stop_is_the_visits_report():
    assert type_of(VISIT_AFTER_AN_OPERATION) == DocType.CONSULTATION_REPORT


def test_an_operations_stay_counted_in_days_stays_a_stay():
    assert type_of(OPERATION_AND_ITS_DAYS) == DocType.DISCHARGE_SUMMARY


VISIT_WITH_DRUGS_TO_AVOID = """Un homme de 68 ans était adressé par son médecin traitant en consultation de neurologie
pour une diplopie intermittente et un ptosis gauche évoluant depuis un mois.
À l'examen, le ptosis s'aggravait lors du maintien du regard vers le haut. Les réflexes étaient présents et symétriques.
Le diagnostic de myasthénie oculaire était évoqué. Un dosage des anticorps anti-récepteurs de l'acétylcholine et un
scanner thoracique étaient demandés.
Un traitement par pyridostigmine était débuté, avec remise d'une liste des médicaments contre-indiqués (aminosides,
bêtabloquants, magnésium intraveineux).
Une consultation de suivi était programmée à un mois.
"""

CRISIS_IN_THE_WARD = """Un homme de 68 ans était admis dans le service de neurologie pour une crise myasthénique.
Il recevait des immunoglobulines intraveineuses pendant cinq jours, avec une amélioration progressive.
Il sortait au dixième jour sous pyridostigmine.
"""


def test_a_visit_that_lists_the_drugs_to_avoid_is_the_visits_report():
    assert type_of(VISIT_WITH_DRUGS_TO_AVOID) == DocType.CONSULTATION_REPORT


def test_drips_given_in_the_ward_still_tell_a_stay():
    assert type_of(CRISIS_IN_THE_WARD) == DocType.DISCHARGE_SUMMARY


REQUEST_FOR_AN_OPINION = """Centre Hospitalier de Vaurenne
Service de Médecine Interne

Vaurenne, le 27 mai 2024

Professeur Thierry VERNEUIL
Service d'Hépatologie

Objet : demande d'avis – Mme ARNAUD Véronique, née le 09/11/1975

Monsieur le Professeur,

Je me permets de vous solliciter au sujet de Mme Arnaud, 48 ans, suivie pour un lupus, chez qui une perturbation du
bilan hépatique persiste depuis janvier.

Bilan du 16/05/2024 :
ASAT 148 UI/L (N < 35), ALAT 212 UI/L (N < 35), GGT 96 UI/L, bilirubine totale 14 µmol/L
TP 91 %, albumine 36 g/L, plaquettes 168 G/L

Je souhaiterais votre avis quant à l'indication d'une ponction-biopsie hépatique et, si vous en êtes d'accord, qu'elle
puisse être vue dans votre consultation ou hospitalisée en hôpital de jour pour la biopsie.

Je vous prie d'agréer, Monsieur le Professeur, l'expression de mes sentiments confraternels.

Dr Élodie SAMSON
"""

DAY_HOSPITAL_LETTER = """Centre Hospitalier de Vaurenne
Service d'Hépatologie

Cher Confrère,

Votre patiente Mme ARNAUD Véronique a été hospitalisée en hôpital de jour le 12/06/2024 pour une ponction-biopsie
hépatique, réalisée sans incident. Elle a pu regagner son domicile le soir même.
Une corticothérapie pourrait être débutée selon le résultat.

Bien confraternellement,
Dr T. Verneuil
"""


def test_a_request_for_an_opinion_that_wishes_a_day_hospital_stay_is_a_letter():
    assert type_of(REQUEST_FOR_AN_OPINION) == DocType.LETTER


def test_a_day_hospital_stay_that_took_place_stays_a_stay():
    assert type_of(DAY_HOSPITAL_LETTER) == DocType.DISCHARGE_SUMMARY


RESULT_SENT_AFTER_AN_OPERATION = """Service de Chirurgie Viscérale

Concerne : M. CAUSSADE Jérôme, né le 15/08/1971

Cher Confrère,

Je vous adresse, pour information, le résultat de l'examen anatomopathologique de la pièce d'appendicectomie de votre
patient, opéré en urgence le 18 juin par cœlioscopie (sorti à J2 sans complication).

L'examen histologique conclut à une appendicite aiguë suppurée, sans lésion tumorale. pT0.

Aucune surveillance particulière n'est nécessaire.

Bien confraternellement,
Dr Laurence PUJOL
"""

DISCHARGE_LETTER_WITH_THE_RESULT = """Service de Chirurgie Viscérale

Concerne : M. CAUSSADE Jérôme, né le 15/08/1971
Date d'entrée : 18/06/2024 — Date de sortie : 20/06/2024

Cher Confrère,

Je vous adresse le résultat de l'examen anatomopathologique de votre patient, hospitalisé dans notre service du 18 au
20 juin pour une appendicite aiguë, opéré par cœlioscopie le jour de son admission, sorti à J2 sans complication.

L'examen histologique conclut à une appendicite aiguë suppurée.

Bien confraternellement,
Dr Laurence PUJOL
"""


def test_a_letter_that_sends_a_result_is_a_letter_whatever_stay_it_recalls():
    assert type_of(RESULT_SENT_AFTER_AN_OPERATION) == DocType.LETTER


def test_a_discharge_letter_with_its_dates_stays_a_stay():
    assert type_of(DISCHARGE_LETTER_WITH_THE_RESULT) == DocType.DISCHARGE_SUMMARY


@pytest.mark.parametrize("stay_words", ["Elle a été hospitalisée en hôpital de jour le 12/06/2024",
                                        "Elle a été admise en hôpital de jour le 12/06/2024"])
def test_a_stay_told_as_a_fact_is_not_a_wish(stay_words):
    letter = DAY_HOSPITAL_LETTER.replace("Votre patiente Mme ARNAUD Véronique a été hospitalisée en hôpital de jour "
                                         "le 12/06/2024", stay_words)
    assert type_of(letter) == DocType.DISCHARGE_SUMMARY


CATARACT_RECORD = """Clinique Ophtalmologique du Val – Bloc ambulatoire
Patient : Mme HUET Simone, née le 29/10/1940
Date : 26/02/2025 – Œil DROIT
Anesthésie : topique + intracamérulaire

Phacoémulsification + implant de chambre postérieure

Povidone iodée 5 % cul-de-sac et peau. Blépharostat. Incision principale cornéenne temporale 2,2 mm, contre-incision.
Injection de viscoélastique. Capsulorhexis circulaire continu. Hydrodissection. Phacoémulsification. Aspiration des
masses. Capsule postérieure intacte. Implant dans le sac. Lavage du viscoélastique. Céfuroxime intracamérulaire 1 mg.
Incisions étanches, hydrosuture. Pas d'incident.

Collyres : dexaméthasone-tobramycine 1 goutte x 4/j pendant 15 jours, népafénac 1 goutte x 3/j pendant un mois.
Coque la nuit 8 jours. Contrôle J1 et M1.
"""

NURSING_ORDER_AFTER_SURGERY = """Dr Arnaud PICARD – Chirurgien
Le 15/04/2024
M. BRUNET Stéphane, né le 30/05/1978

Soins infirmiers à domicile après cure de hernie inguinale sous cœlioscopie :
- Injection sous-cutanée d'énoxaparine 4000 UI une fois par jour pendant 10 jours
- Réfection du pansement des orifices de trocarts tous les 2 jours
- Ablation des agrafes à J10, surveillance de la cicatrice
- Paracétamol 1 g : 1 comprimé 4 fois par jour pendant 5 jours si douleurs
"""


def test_an_operations_record_then_its_treatment_is_the_operations_report():
    assert type_of(CATARACT_RECORD) == DocType.OPERATIVE_REPORT


def test_an_order_for_the_dressings_after_an_operation_stays_an_order():
    assert type_of(NURSING_ORDER_AFTER_SURGERY) == DocType.PRESCRIPTION


NURSING_ORDER_AFTER_A_LAPAROTOMY = """Service de Chirurgie Digestive
Patient : M. DUPRÉ Marcel        Né le 17/02/1950
Le 05/06/2024

Soins infirmiers à domicile, y compris dimanches et jours fériés :
- Réfection du pansement de la cicatrice de laparotomie tous les 2 jours jusqu'à cicatrisation
- Ablation des agrafes à J12 post-opératoire
- Surveillance de l'orifice de l'ancien drain de Redon, pansement simple
- Injection sous-cutanée d'ÉNOXAPARINE 4000 UI/0,4 mL 1 fois par jour pendant 28 jours
- NFS-plaquettes 1 fois par semaine pendant la durée du traitement
"""


def test_a_nursing_order_whose_aftercare_precedes_its_drugs_stays_an_order():
    """Dressings, staples and a drain's wound are the order's own care, no gesture of an operation told above it."""
    assert type_of(NURSING_ORDER_AFTER_A_LAPAROTOMY) == DocType.PRESCRIPTION


WRAPPED_VISIT_AFTER_A_STAY = """Myocardite aiguë du sujet jeune : évolution à trois mois

M. D., 24 ans, était revu en consultation de suivi trois mois après sa
sortie de l'hôpital. Il avait été hospitalisé en cardiologie pour une
douleur thoracique fébrile. Il était sorti à J5 sous ramipril.

À cette consultation, il ne décrivait plus de douleur thoracique. La
pression artérielle était de 112/68 mmHg, l'auscultation normale.
L'échocardiographie réalisée au cabinet retrouvait une FEVG à 60 %.
Une IRM cardiaque de contrôle à six mois était programmée.
"""

WRAPPED_PLUPERFECT_OPERATION = """Mme T., 33 ans, était adressée en consultation de médecine de
la reproduction pour une infertilité de 18 mois. Elle avait été
opérée deux ans plus tôt d'un endométriome par kystectomie. Les suites avaient été
simples, avec une sortie à J3.

À l'interrogatoire, elle décrivait une dysménorrhée modérée. L'échographie
réalisée en consultation montrait un endométriome récidivant de 22 mm.
Une prise en charge en fécondation in vitro était proposée.
"""


@pytest.mark.parametrize("text", [WRAPPED_VISIT_AFTER_A_STAY, WRAPPED_PLUPERFECT_OPERATION])
def test_a_visits_case_wrapped_on_a_text_layers_lines_is_the_visits_report(text):
    assert type_of(text) == DocType.CONSULTATION_REPORT


HAND_SURGERY_RECORD = """Institut de la Main
Nom : BERTHELOT   Prénom : Jacques   Né le : 08/12/1951
Date : 04/11/2024     Côté : DROIT     Anesthésie : bloc axillaire     Garrot pneumatique 250 mmHg

Incision de Bruner palmo-digitale. Dissection prudente des pédicules collatéraux.
Aponévrectomie sélective des cordes, résection de la corde latéro-digitale. Lâcher du garrot, hémostase à la
bipolaire. Fermeture par plasties en Z.

Traitement post-opératoire :
Paracétamol 1 g  1 cp x 4/j  10 jours
Néfopam 20 mg  1 cp x 3/j si douleur  5 jours
Pansements gras tous les 2 jours par IDE jusqu'à fermeture de la plaie palmaire
Kinésithérapie dès J8, orthèse d'extension nocturne 3 mois
"""

FLATTENED_CATARACT_RECORD = " ".join(CATARACT_RECORD.split())


@pytest.mark.parametrize("text", [HAND_SURGERY_RECORD, FLATTENED_CATARACT_RECORD])
def test_an_operations_record_then_its_treatment_whatever_its_lines_is_the_operations_report(text):
    """The treatment's own words (« jusqu'à fermeture de la plaie ») and a record OCR flattened into one block."""
    assert type_of(text) == DocType.OPERATIVE_REPORT


READMITTED_AFTER_THE_VISIT = """Observation

Mme H. V., 78 ans, aux antécédents de fibrillation atriale, a été revue en consultation de
suivi un mois après sa sortie de l'hôpital, où elle avait été traitée pour une insuffisance cardiaque.

Elle rapportait une dyspnée d'aggravation progressive et une prise de poids de 4 kg. Elle a été
réhospitalisée le jour même en unité de soins intensifs cardiologiques.

À l'admission, le NT-proBNP était à 9 870 pg/mL. Elle a reçu du furosémide intraveineux pendant quatre jours,
avec une nette amélioration. Elle est rentrée à domicile au neuvième jour.
"""

ORDER_THAT_RECALLS_THE_OPERATION = """Docteur Amandine COUDERC
Ophtalmologie – Chirurgie de la cataracte
Le 20/03/2025
M. FAYOLLE Lucien

Suites de chirurgie de la cataracte de l'œil gauche du 20/03/2025 :
phacoémulsification avec implant dans le sac, incision cornéenne de
2,2 mm, capsulorhexis, sans suture.

Dexaméthasone + tobramycine collyre : 1 goutte 4 fois par jour pendant 1 semaine
Indométacine collyre 0,1 % : 1 goutte 3 fois par jour pendant 4 semaines
Coque oculaire : à porter la nuit pendant 1 semaine
QSP 1 mois
"""


def test_a_visit_after_a_stay_that_leads_to_a_new_stay_is_that_stay():
    assert type_of(READMITTED_AFTER_THE_VISIT) == DocType.DISCHARGE_SUMMARY


def test_an_order_that_recalls_the_operation_in_a_line_stays_an_order():
    assert type_of(ORDER_THAT_RECALLS_THE_OPERATION) == DocType.PRESCRIPTION


REHABILITATION_STAY_AFTER_THE_VISIT = """Centre de Rééducation Fonctionnelle Les Grands Chênes
M. LEMAIRE Bernard, né le 28/11/1954

M. Lemaire a été revu en consultation au décours de son hospitalisation en neurologie vasculaire pour un infarctus
sylvien gauche. Devant l'importance du déficit, son admission en rééducation a été organisée. Il a rejoint l'unité le
4 avril et y est resté cinq semaines.

Évolution :
Rééducation quotidienne associant kinésithérapie, ergothérapie et orthophonie. Récupération progressive de la marche.

Il a regagné son domicile le 9 mai, avec son épouse.
"""

DRUG_ON_THE_LIST_BUT_GIVEN = """Unité de soins intensifs neurologiques

Mme Rolland, 55 ans, suivie pour une myasthénie généralisée, a été transférée des urgences pour une aggravation rapide
avec dysphagie et dyspnée.

Le sulfate de magnésium intraveineux, qui figure sur la liste des médicaments contre-indiqués remise à la patiente,
lui a été administré aux urgences pour une hypomagnésémie.

Prise en charge : ventilation non invasive nocturne pendant trois nuits. Immunoglobulines intraveineuses sur cinq jours.
L'évolution a été favorable.

Traitement :
Pyridostigmine 60 mg : 1 comprimé 4 fois par jour
Prednisone 20 mg : 1 comprimé le matin
"""

NURSE_TOLD_THE_OPERATION = """Dr Vincent Bertrand – Chirurgie de la paroi
Le 14/06/2024
Mme PASQUIER Véronique, née le 19/05/1966

À l'attention de l'infirmier(e) à domicile :
Incision médiane reprenant l'ancienne cicatrice sur 12 cm.
Dissection et résection du sac herniaire, réintégration du contenu.
Fermeture aponévrotique par surjet de fil lent.

Faire pratiquer par IDE à domicile, dimanches et jours fériés compris :
- Injection sous-cutanée d'Enoxaparine 4000 UI : 1 injection par jour pendant 14 jours
Paracétamol 1 g : 1 comprimé 4 fois par jour si douleur pendant 10 jours
"""

CATARACT_LEAFLET = """VOTRE OPÉRATION DE LA CATARACTE

Vous allez être opéré(e) de la cataracte.
Le chirurgien réalise une incision de 2 millimètres environ sur le bord de la cornée.
Il ouvre ensuite l'enveloppe du cristallin : c'est le capsulorhexis.
Le cristallin est fragmenté et aspiré grâce aux ultrasons : c'est la phacoémulsification.
L'incision se referme d'elle-même.

Après l'opération, vos gouttes :
Collyre antibiotique : 1 goutte 4 fois par jour pendant 1 semaine
Collyre anti-inflammatoire : 1 goutte 3 fois par jour pendant 4 semaines
"""


@pytest.mark.parametrize("text", [REHABILITATION_STAY_AFTER_THE_VISIT, DRUG_ON_THE_LIST_BUT_GIVEN])
def test_a_stay_that_follows_the_visit_or_gives_a_listed_drug_stays_a_stay(text):
    assert type_of(text) == DocType.DISCHARGE_SUMMARY


def test_an_order_for_the_nurse_below_the_operation_it_tells_stays_an_order():
    assert type_of(NURSE_TOLD_THE_OPERATION) == DocType.PRESCRIPTION


def test_an_operation_explained_to_the_patient_is_no_operations_report():
    """What the guard checks: the leaflet's gestures do not make it a record. Its right type, other, is not read yet
    (its drops' schedule reads as an order): a limitation written in the session's notes."""
    assert type_of(CATARACT_LEAFLET) != DocType.OPERATIVE_REPORT
