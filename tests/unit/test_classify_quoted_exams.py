"""A consultation's own record — its motive and what was decided, as sections — makes a note a
consultation report even when it quotes the exams it reviewed line by line; the exam's own report keeps its type.

Every text was written for these tests."""
from __future__ import annotations

import pytest

from docpipe.classify import classify
from docpipe.models import DocType

REVIEWED_EXAMS = """Dr Martin
Endocrinologie

Patiente : Mme Robert, 45 ans
Échographie thyroïdienne : nodule lobaire droit de 18 mm, isoéchogène, EU-TIRADS 3.
Biologie : TSH 1,2 mUI/L, T4L 14 pmol/L.
"""


@pytest.mark.parametrize("section", [
    "Motif de consultation : nodule thyroïdien.",
    "Plan de soins : surveillance.",
])
def test_a_note_with_a_consultations_section_is_a_consultation_whatever_exams_it_quotes(section):
    assert classify(REVIEWED_EXAMS + section).doc_type == DocType.CONSULTATION_REPORT


def test_the_ultrasound_report_itself_stays_an_imaging_report():
    text = """Échographie thyroïdienne
Indication : nodule thyroïdien palpable.
Technique : sonde linéaire, mode B et doppler couleur.
Nodule lobaire droit de 18 x 12 x 10 mm, isoéchogène, à contours réguliers, sans microcalcification.
Conclusion : nodule thyroïdien droit EU-TIRADS 3."""
    assert classify(text).doc_type == DocType.IMAGING_REPORT


def test_a_lab_report_whose_comment_names_the_consultation_stays_a_lab_result():
    text = """Laboratoire de biologie médicale
TSH : 1,20 mUI/L (0,40 - 4,00)
T4 libre : 14 pmol/L (9 - 19)
Commentaire : résultats à interpréter lors de la prochaine consultation."""
    assert classify(text).doc_type == DocType.LAB_RESULT


def test_a_breast_imaging_report_with_its_clinical_examination_stays_an_imaging_report():
    text = """Cabinet de radiologie du Parc
Mammographie bilatérale et échographie mammaire
Indication : dépistage organisé.
Examen clinique : seins souples, pas de masse palpable, pas d'adénopathie axillaire.
Technique : deux incidences par sein.
Seins de densité de type B. Pas de masse, pas de microcalcification suspecte.
Échographie complémentaire : pas d'image kystique ni solide.
Conclusion : ACR 1 bilatéral. Prochain contrôle dans deux ans."""
    assert classify(text).doc_type == DocType.IMAGING_REPORT


def test_a_thyroid_ultrasound_report_with_its_course_of_action_stays_an_imaging_report():
    text = """Échographie thyroïdienne
Nodule lobaire droit de 18 x 12 x 10 mm, hypoéchogène, à contours irréguliers, avec microcalcifications.
Conclusion : nodule EU-TIRADS 5.
Conduite à tenir : cytoponction échoguidée."""
    assert classify(text).doc_type == DocType.IMAGING_REPORT


def test_an_ultrasound_report_with_a_patient_line_and_a_plan_stays_an_imaging_report():
    # a patient's line and a plan read as a told consultation, but too weakly to overrule the exam's own report
    text = """Échographie thyroïdienne
Patiente de 45 ans, nodule palpable.
Nodule lobaire droit de 18 x 12 x 10 mm, hypoéchogène, à contours irréguliers, avec microcalcifications.
Conclusion : nodule EU-TIRADS 5.
Conduite à tenir : cytoponction échoguidée."""
    assert classify(text).doc_type == DocType.IMAGING_REPORT
