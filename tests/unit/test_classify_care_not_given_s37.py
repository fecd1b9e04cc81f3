"""Care that a told case denies or only plans (« Une chimiothérapie n'a pas été jugée nécessaire », « une naissance dans
une structure disposant d'une réanimation néonatale ») is no care given in hospital: an outpatient case that mentions
it stays a consultation. Care given (« une laparotomie a été réalisée sans incident ») still tells a stay. Pure, no I/O."""
import pytest

from docpipe.classify import classify
from docpipe.models import DocType

VISITS = ("Un homme de 39 ans a consulté en dermatologie pour des nodules violacés des jambes. L'examen retrouvait six "
          "nodules infiltrés. La biopsie confirmait un sarcome de Kaposi. Un traitement antirétroviral a été débuté "
          "et il a été revu à trois mois : les nodules s'étaient aplatis. {care} Un suivi trimestriel a été proposé.")


@pytest.mark.parametrize("care", [
    "Une chimiothérapie n'a pas été jugée nécessaire.",
    "Il n'y avait pas d'indication à une chimiothérapie.",
    "Une chimiothérapie serait discutée en cas de progression.",
])
def test_care_denied_or_planned_leaves_a_consultation(care):
    assert classify(VISITS.format(care=care)).doc_type == DocType.CONSULTATION_REPORT


def test_care_given_tells_a_stay():
    text = VISITS.format(care="Une chimiothérapie par doxorubicine liposomale a été administrée en six cures.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_care_given_without_incident_is_still_given():
    text = VISITS.format(care="Une exérèse chirurgicale du plus gros nodule a été réalisée sous anesthésie générale, "
                              "sans incident.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY
