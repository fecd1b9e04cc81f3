"""A visit told as a case reads its stay words only in what it tells of the visit's time: an operation months before in
another hospital, care proposed, planned or judged unnecessary at the visit, make no stay of the visit's own; a stay
told after the visit (admitted, operated, discharged) is still a stay. Every text was written for these tests. Pure, no
I/O."""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType

VISIT = (
    "Observation\n\nUne patiente de 41 ans consultait en chirurgie digestive pour un pyrosis invalidant évoluant depuis "
    "un an. {earlier} Les symptômes persistaient malgré un traitement par ésoméprazole bien conduit. L'examen clinique "
    "était sans particularité. La fibroscopie réalisée en ville objectivait une œsophagite de grade B et une petite "
    "hernie hiatale. Le diagnostic retenu était celui d'un reflux gastro-œsophagien réfractaire. {after}\n")
EARLIER = ("Elle avait bénéficié deux ans plus tôt, dans un autre établissement, d'une cholécystectomie par cœlioscopie "
           "dont les suites avaient été simples.")


def _type(text: str) -> DocType:
    return classify(text).doc_type


def test_an_operation_told_before_the_visit_makes_no_stay_of_it():
    text = VISIT.format(earlier=EARLIER, after="Une pH-impédancemétrie lui était proposée avant toute décision.")
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_care_planned_at_the_visit_makes_no_stay_of_it():
    text = VISIT.format(earlier="", after="Une fundoplicature par cœlioscopie lui était proposée et programmée en "
                                         "hospitalisation de courte durée, après une pH-impédancemétrie.")
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_stay_told_after_the_visit_is_still_a_stay():
    text = VISIT.format(earlier=EARLIER, after=(
        "Elle a été hospitalisée en chirurgie digestive et une fundoplicature selon Nissen a été réalisée par "
        "cœlioscopie. Les suites ont été simples et elle a regagné son domicile au deuxième jour."))
    assert _type(text) == DocType.DISCHARGE_SUMMARY
