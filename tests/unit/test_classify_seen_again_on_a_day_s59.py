"""A visit's follow-up day (« L'enfant est revu à J7 ») counts no day of a stay. Pure, no I/O. Session 59: a paediatric
visit told as a case (dev59 ac035, and dev57 aa048) was read as a stay."""
import pytest

from docpipe.classify import classify
from docpipe.models import DocType

CASE = """Observation

Léo, 5 ans, sans antécédent, est amené en consultation par son père pour une boiterie apparue la veille au réveil, \
sans traumatisme. Il a présenté une rhinopharyngite fébrile dix jours plus tôt. Il est apyrétique à 37,2 °C.

L'examen trouve un enfant en bon état général. La hanche droite présente une limitation douloureuse de la rotation \
interne, sans point douloureux osseux. L'échographie retrouve un épanchement intra-articulaire de 5 mm. La CRP est à \
4 mg/L.

Le diagnostic de synovite aiguë transitoire de hanche est retenu. La conduite repose sur le repos relatif et \
l'ibuprofène pendant quelques jours. {course}"""


@pytest.mark.parametrize("seen", ["L'enfant est revu à J7", "L'enfant est revu au cabinet à J7",
                                  "Lors de la consultation de contrôle à J7, l'enfant va bien"])
def test_a_visit_told_as_a_case_seen_again_at_j7_is_a_consultation(seen):
    text = CASE.format(course=f"{seen} : la boiterie a disparu, l'examen de la hanche est normal.")
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_case_whose_child_is_kept_in_the_ward_is_still_a_stay():
    text = CASE.format(course="Devant une fièvre à 39 °C le soir même, il est hospitalisé en pédiatrie et mis sous "
                              "antibiothérapie intraveineuse. L'évolution est favorable, apyrexie à J2, sortie à J4.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_wards_days_counted_by_a_physiotherapist_or_a_control_are_still_a_stays():
    """Session 59 review: « revue à J1 par le kinésithérapeute », « l'INR, contrôlé à J5 » are a ward's days."""
    text = """Observation

Une femme de 71 ans bénéficie d'une prothèse totale du genou droit pour gonarthrose. Elle est revue à J1 par le \
kinésithérapeute, qui débute la mobilisation. L'anticoagulation préventive est poursuivie ; l'INR, contrôlé à J5, est \
normal. La marche avec deux cannes est acquise et elle regagne son domicile à J6."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY
