"""A breast imaging work-up told as a case — mammography with a magnified view, ultrasound with colour doppler, a
conclusion classing the mass and advising a biopsy — is one exam's report: its techniques are one breast work-up, and
the biopsy its conclusion recommends is no work-up told (the written corpus's d032 was read as a stay). A biopsy done,
or a third technique, still keeps it a case. Pure, no I/O."""
import pytest

from docpipe.classify import classify
from docpipe.models import DocType

BREAST_CASE = (
    "Observation\n\n"
    "Une patiente de 51 ans, sans antécédent familial, a été adressée à notre centre d'imagerie pour l'exploration "
    "d'un nodule du sein droit découvert par autopalpation.\n\n"
    "La mammographie bilatérale, complétée par un cliché agrandi, montrait une opacité irrégulière à contours spiculés "
    "de 18 mm dans le quadrant supéro-externe droit, associée à des microcalcifications fines. Le sein gauche était "
    "sans anomalie.\n\n"
    "L'échographie mammaire objectivait une masse hypoéchogène irrégulière de 19 mm, à grand axe vertical, avec une "
    "atténuation postérieure. Le doppler couleur montrait une vascularisation pénétrante. Le creux axillaire était "
    "libre.\n\n"
    "Conclusion : lésion du sein droit classée ACR 5. {advice}")


@pytest.mark.parametrize("advice", [
    "Une microbiopsie échoguidée est recommandée.",
    "Une biopsie est à prévoir.",
    "",
])
def test_a_breast_work_up_told_as_a_case_is_an_imaging_report(advice):
    result = classify(BREAST_CASE.format(advice=advice))
    assert result.doc_type == DocType.IMAGING_REPORT
    assert "imagerie raconte comme un cas" in result.matched_terms["imaging_report"][0]


def test_a_biopsy_done_makes_a_work_up_not_one_exam():
    text = BREAST_CASE.format(advice="Une microbiopsie échoguidée a été réalisée le jour même.")
    assert classify(text).doc_type != DocType.IMAGING_REPORT


def test_a_third_technique_makes_more_than_one_exam():
    text = BREAST_CASE.format(advice="").replace(
        "Le creux axillaire était libre.",
        "Le creux axillaire était libre. Une IRM mammaire montrait un rehaussement de type 3.")
    assert classify(text).doc_type != DocType.IMAGING_REPORT
