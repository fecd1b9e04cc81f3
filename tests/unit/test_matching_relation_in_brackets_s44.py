"""A close one's field whose label a fax misread (`Personne de contanse : HAMON THIERRY (frère)`, ood-s761-011: three
registered Thierry HAMON and the brother's first name beside the patient's surname sent the patient's own paper to
review) still names a relative when a relation in brackets follows the name. A bracket alone does not: the one it names
may be the subject (review86: a family's genetic screening, a couple's fertility sheet, twins on one sheet). `(fils)`
and `(père)` stay out — after a name they may tell a father and his son of one name apart — and a twin brother, born
the same day, keeps the doubt. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
JEROME = Patient("H1", "HAMON", "Jérôme Antoine", date(1979, 6, 21), "M")
THIERRYS = [Patient("H2", "HAMON", "Thierry", date(1977, 5, 4), "M"),
            Patient("H3", "HAMON", "Thierry", date(1972, 5, 27), "M")]
FORM = ("DEMANDE D'EXAMEN\n\nNom de famille : HAMON\n\nPremier prénom : JEROME\n\nDDN : 21 / 06 / 1979\nSexe : M\n\n"
        "Prescripteur : Dr ORTEGA Jean\n{line}\n\nCompte rendu de consultation\nExamen clinique sans particularité.")


def decision(line: str, registry=(JEROME, *THIERRYS)):
    return decide(read_document([FORM.format(line=line)], today=TODAY, typed=[False]), RegistryIndex.build(registry))


@pytest.mark.parametrize("line", [
    "Personne de contanse : HAMON THIERRY (frère) — 06 61 67 26 82",
    "Personne de confiance : HAMON THIERRY (frère) — 06 61 67 26 82",
    "Contact : Thierry HAMON ( frère )",
    "Pers. à contacter : HAMON Sylvie (épouse)",
])
def test_a_relative_told_by_the_bracket_after_his_name_lets_the_paper_file(line):
    d = decision(line)
    assert d.files and d.patient_ipp == "H1"


@pytest.mark.parametrize("line", [
    "Personne de contanse : HAMON THIERRY — 06 61 67 26 82",  # nothing says who he is
    "Vu avec HAMON THIERRY (médecin) — 06 61 67 26 82",  # no relation in the brackets
    "Personne de contanse : HAMON THIERRY (fils)",  # a son, or the patient's own name told from his father's
    "Prélèvement de : HAMON THIERRY (frère)",  # a family's screening: the brother may be the one sampled
    "Personne examinée : HAMON THIERRY (frère)",  # a label naming the subject (review87)
    "Personne prélevée : HAMON THIERRY (sœur)",
    "Mme HAMON Sylvie (épouse)",  # a couple's sheet: no close one's field says she is only a relative
    "HAMON Thierry (frère) : otite moyenne aiguë droite",  # two brothers seen on one sheet
])
def test_without_a_relation_in_brackets_the_other_first_name_keeps_the_doubt(line):
    assert not decision(line).files


def test_a_twin_brother_in_brackets_keeps_the_doubt():
    twin = Patient("H4", "HAMON", "Thierry", date(1979, 6, 21), "M")
    assert not decision("Personne de contanse : HAMON THIERRY (frère), né le 21/06/1979", (JEROME, twin)).files
