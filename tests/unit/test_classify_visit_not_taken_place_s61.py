"""Session 61 (dev61, written blind): a visit the writer says has not taken place is no consultation, and the day a
visit took place (« vue à J3 ») is no ward's day counted. Pure, no I/O; each rule beside the near miss that keeps its
type."""
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

Mme R., 68 ans, consulte pour une toux fébrile depuis quatre jours. Elle est hypertendue, traitée par amlodipine.

À l'examen : température 38,9 °C, fréquence respiratoire 22/min, SpO2 95 % en air ambiant, crépitants de la base \
droite. Le diagnostic de pneumopathie franche sans signe de gravité est posé et de l'amoxicilline est prescrite.

{after}

Points clés : critères de gravité d'une pneumopathie en ville.
"""


def test_a_visits_case_seen_again_on_a_day_counted_stays_a_consultation():
    """Session 61 review (r43): « vue à J3 » is the day of a visit, not a ward's day counted."""
    after = "Elle est vue à J3 : apyrexie, crépitants en régression."
    assert classify(GP_CASE.format(after=after)).doc_type == DocType.CONSULTATION_REPORT


def test_a_visits_case_that_goes_on_to_an_admission_is_a_stay():
    after = ("Elle a été hospitalisée le lendemain en pneumologie pour une désaturation à 86 %, mise sous oxygène et "
             "ceftriaxone intraveineuse ; la sortie a eu lieu à J6.")
    assert classify(GP_CASE.format(after=after)).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_ward_day_counted_with_its_visitor_is_still_a_wards_day():
    after = ("Elle a été hospitalisée le lendemain en pneumologie ; vue à J2 par le kinésithérapeute, elle est sortie "
             "à J5 sous amoxicilline.")
    assert classify(GP_CASE.format(after=after)).doc_type == DocType.DISCHARGE_SUMMARY
