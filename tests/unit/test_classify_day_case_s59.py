"""A day-case's « Sortie à J0 » under its operation's record tells no night spent in hospital: the record stays an
operative report. Pure, no I/O. Session 59: a cataract's record (dev59b ad048) was read as a stay told."""
from docpipe.classify import classify
from docpipe.models import DocType

CATARACT = """CLINIQUE DE LA VISION - Valmont
Bloc opératoire ambulatoire

CRO - PHAKO OD
Patient : DURAND René  né 07/07/1942   Date : 21/01/2025
Chirurgien : Dr Hugo MARCHAL   Anesthésie : topique, vigile
Implant : monofocal hydrophobe, +21,5 D, dans le sac

Indication : cataracte nucléaire OD, AV 3/10.

Déroulement : asepsie povidone iodée 5 %. Incision principale cornéenne 2,2 mm temporale. Viscoélastique.
Capsulorhexis continu circulaire. Hydrodissection. Phacoémulsification. Aspiration des masses. Injection de l'implant
dans le sac. Lavage du viscoélastique. Incisions étanches.
Pas d'incident, capsule postérieure intacte.

{end} Collyres : dexaméthasone + tobramycine 4x/j 3 semaines.
Contrôle J1 au cabinet.

Dr H. MARCHAL
"""


def test_a_day_cases_operation_record_discharged_at_j0_is_an_operative_report():
    assert classify(CATARACT.format(end="Sortie à J0.")).doc_type == DocType.OPERATIVE_REPORT


def test_a_stay_told_with_its_discharge_at_j4_is_still_a_stay():
    stay = """Patient de 64 ans admis dans le service le 3 mars pour une pneumopathie franche lobaire aiguë.
Mise sous amoxicilline intraveineuse, apyrexie à J2, relais per os à J3.
Sortie à J4 au domicile, fin de l'antibiothérapie prévue à J7."""
    assert classify(stay).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_published_case_back_home_at_j0_then_readmitted_is_still_a_stay():
    """Session 59 review: J0 leaves the days of a stay counted; only « sortie à J0 » tells no night spent."""
    text = """Observation

Une femme de 34 ans est prise en charge en chirurgie ambulatoire pour une cholécystectomie programmée. L'intervention, \
réalisée sous cœlioscopie, est simple. Elle rentre à J0. Au troisième jour, elle se présente pour des douleurs de \
l'hypochondre droit et un ictère. La bili-IRM montre un calcul du cholédoque, extrait par sphinctérotomie endoscopique \
le lendemain."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY
