"""Session 62 (dev61 ag026, written blind): a case opening on the visit told in the present is read as that visit
even when the patient is named by initials (« M. D., 71 ans, »), when the sentence says where or whom he consults
before why (« consulte son médecin traitant un lundi matin, amené par son épouse, pour »), and when the visit is urgent
without the emergency department (« consulte en urgence au cabinet »). A stay after the visit, the emergency
department, or care given in hospital keep the stay. Pure, no I/O."""
import pytest

from docpipe.classify import classify
from docpipe.models import DocType

CASE = """Cas clinique en médecine générale

{opening} une fatigue et un essoufflement installés depuis les vendanges. Il est hypertendu, traité par indapamide.

À l'examen : TA 156/94 mmHg, pouls irrégulier à 118/min, SpO2 93 % en air ambiant, crépitants aux deux bases, \
œdèmes des membres inférieurs. L'ECG fait au cabinet montre une fibrillation atriale rapide.

Le médecin retient une insuffisance cardiaque décompensée par une fibrillation atriale. {after} Il débute du \
furosémide 40 mg par jour et de l'apixaban 5 mg deux fois par jour. Un bilan est prescrit (NT-proBNP, ionogramme, \
créatinine) avec un avis cardiologique en urgence relative dans la semaine.

Revu à J3, il a perdu 3 kg et dort à plat. Le NT-proBNP est à 3 240 pg/mL, la kaliémie à 3,8 mmol/L. L'échocardiographie faite par le cardiologue à J5 montrera une FEVG à 35 % et une dilatation biauriculaire.
"""
AT_HOME = "L'état clinique ne justifie pas d'hospitalisation : épouse disponible, domicile proche du cabinet."


@pytest.mark.parametrize("opening", [
    "M. D., 71 ans, agriculteur retraité, consulte son médecin traitant un lundi matin, amené par son épouse, pour",
    "M. D., 71 ans, consulte pour",
    "Mme G., 76 ans, consulte en urgence au cabinet pour",
    "Un homme de 71 ans consulte son médecin traitant pour",
])
def test_a_visit_told_in_the_present_is_a_consultation(opening):
    assert classify(CASE.format(opening=opening, after=AT_HOME)).doc_type == DocType.CONSULTATION_REPORT


@pytest.mark.parametrize("opening, after", [
    # the emergency department
    ("M. D., 71 ans, consulte aux urgences pour", AT_HOME),
    # a stay after the visit
    ("M. D., 71 ans, consulte son médecin traitant pour", "Il est hospitalisé en cardiologie pendant huit jours."),
    # urgent, then sent to the emergency department
    ("Mme G., 76 ans, consulte en urgence au cabinet pour", "Elle est adressée au service des urgences du CHU."),
])
def test_the_emergency_department_or_a_stay_keeps_the_stay(opening, after):
    assert classify(CASE.format(opening=opening, after=after)).doc_type == DocType.DISCHARGE_SUMMARY
