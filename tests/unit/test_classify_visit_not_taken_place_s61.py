"""Session 61 (dev61, written blind): what a visit's or a letter's text says did not happen, will happen, or is only
sent along does not make a consultation or a stay. Pure, no I/O; each rule beside the near miss that keeps its type."""
from docpipe.classify import classify
from docpipe.models import DocType

REQUEST = """Dr Claire MOREL
Médecine interne – Consultations
Centre hospitalier de Valbrune

Valbrune, le 02/03/2025

Docteur Hugo FABRE
Service d'hématologie
CHU de Montval

Cher Collègue,

Je me permets de solliciter ton avis au sujet de Mme PIERRE Lucie, née le 04/04/1950, qui nous a été adressée par son \
médecin traitant pour une thrombopénie découverte fortuitement.

{visit} Il s'agit d'une patiente de 74 ans, sans saignement rapporté.

Résultats transmis (laboratoire des Tilleuls, 25/02/2025) :
Plaquettes 62 G/L
Hémoglobine 13,1 g/dL
Leucocytes 6,2 G/L
Frottis : pas de schizocytes, pas d'agrégats plaquettaires
Contrôle du 28/02/2025 : plaquettes 58 G/L
Antériorité 2022 : plaquettes 141 G/L
Créatinine 71 µmol/L, LDH 190 UI/L, TP 98 %, fibrinogène 3,1 g/L

Pourrais-tu la recevoir en consultation ? Je préviens la patiente et son médecin traitant.

Je te remercie et te prie de croire en mes sentiments confraternels.

Dr C. Morel
"""


def test_a_visit_the_writer_says_has_not_taken_place_makes_no_consultation():
    visit = "Je ne l'ai pas encore vue en consultation ; le rendez-vous est fixé au 20 avril."
    assert classify(REQUEST.format(visit=visit)).doc_type == DocType.LETTER


def test_a_visit_that_took_place_still_makes_the_consultation():
    text = REQUEST.replace("Pourrais-tu la recevoir en consultation ? Je préviens la patiente et son médecin traitant.",
                           "À l'examen, pas de purpura, pas de splénomégalie. Je propose un myélogramme.")
    visit = "Je l'ai vue en consultation ce jour avec sa fille."
    assert classify(text.format(visit=visit)).doc_type == DocType.CONSULTATION_REPORT


GP_CASE = """Cas clinique en médecine générale

Mme R., 68 ans, consulte son médecin traitant pour une toux fébrile depuis quatre jours. Elle est hypertendue, traitée \
par amlodipine.

À l'examen : température 38,9 °C, fréquence respiratoire 22/min, SpO2 95 % en air ambiant, crépitants de la base \
droite. Le médecin retient une pneumopathie franche sans signe de gravité et débute de l'amoxicilline 1 g trois fois \
par jour. Une radiographie thoracique est demandée.

{after}

Points de discussion :
- Critères de gravité d'une pneumopathie en ville
- Place de la radiographie
"""


def test_a_visits_case_whose_follow_up_is_told_in_the_future_stays_a_consultation():
    after = "La radiographie faite à J2 montrera une opacité systématisée de la base droite."
    assert classify(GP_CASE.format(after=after)).doc_type == DocType.CONSULTATION_REPORT


def test_a_visits_case_that_goes_on_to_an_admission_told_in_the_past_is_a_stay():
    after = ("Elle a été hospitalisée le lendemain en pneumologie pour une désaturation à 86 %, mise sous oxygène et "
             "ceftriaxone intraveineuse ; la sortie a eu lieu à J6.")
    assert classify(GP_CASE.format(after=after)).doc_type == DocType.DISCHARGE_SUMMARY


PAEDIATRIC_CASE = """Cas clinique – Pédiatrie ambulatoire

Tom, 2 ans, est amené par son père au cabinet pour une fièvre depuis trois jours. Un confrère l'a vu à J1 et a conclu à \
une virose.

À l'examen, l'enfant est tonique, le tympan droit est bombé et inflammatoire. Température 39,2 °C. Le diagnostic \
d'otite moyenne aiguë est posé et de l'amoxicilline est prescrite pour dix jours.
{after}
Messages :
- Toute fièvre de l'enfant impose l'examen des tympans.
"""


def test_a_surgerys_case_with_the_day_of_an_earlier_visit_is_a_consultation():
    assert classify(PAEDIATRIC_CASE.format(after="")).doc_type == DocType.CONSULTATION_REPORT


def test_a_surgerys_case_that_goes_on_to_a_ward_is_a_stay():
    after = ("Devant une mastoïdite, il a été hospitalisé en pédiatrie le soir même, mis sous céfotaxime intraveineuse, "
             "et est sorti à J5.\n")
    assert classify(PAEDIATRIC_CASE.format(after=after)).doc_type == DocType.DISCHARGE_SUMMARY


COVER = """CHU de Montval
Service de chirurgie viscérale
Secrétariat – Tél. 04 00 00 00 00

Montval, le 12/05/2025

Docteur Paul ROCHE
3 rue des Lilas
63000 VALBRUNE

Objet : M. GARNIER Luc, né le 03/03/1948

Docteur,

Veuillez trouver ci-joint le compte rendu opératoire et la lettre de liaison concernant votre patient, hospitalisé \
dans le service du 02/05/2025 au 09/05/2025.
{more}
Nous restons à votre disposition pour tout renseignement complémentaire.

Veuillez agréer, Docteur, l'expression de nos salutations distinguées.

Le secrétariat
"""


def test_a_letter_that_sends_a_stays_documents_along_is_a_letter():
    assert classify(COVER.format(more="")).doc_type == DocType.LETTER


def test_a_letter_that_goes_on_to_tell_the_stay_is_the_stays_report():
    more = """
Motif d'hospitalisation : occlusion sur bride.
Il a été admis par les urgences le 02/05 et opéré le jour même par cœlioscopie (section de bride). Les suites ont été \
simples, avec une reprise du transit à J2 et une réalimentation progressive. Il est sorti le 09/05 à domicile.
Traitement de sortie : paracétamol 1 g si douleur.
"""
    assert classify(COVER.format(more=more)).doc_type == DocType.DISCHARGE_SUMMARY
