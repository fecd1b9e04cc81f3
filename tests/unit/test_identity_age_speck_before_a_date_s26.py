"""A fax's speck after an age (`34 ans.— 24 novembre 1992`, independent corpus s625-013, a prescription's header): the
age beside the date says it is a birth date, but the full stop hid the age and the page went to review « aucun
patient ». A full stop right before the dash is now read as that speck; a full stop alone still ends a sentence
(`il y a 34 ans. 24 novembre 1992 : …`), and an age that does not fit the date still gives no birth date. Pure, no
I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
HER = Patient("F1", "DE LA FONTAINE", "Lucile Gaëlle", date(1992, 11, 24), "F")


def labels(text: str) -> list[tuple[date, str]]:
    return [(d.value, d.label) for d in read_page(text, today=TODAY).dates]


@pytest.mark.parametrize("text, label", [
    ("Madame Lucile de la Fontaine\n34 ans.— 24 novembre 1992", "birth"),
    ("Madame Lucile de la Fontaine\n34 ans. - 24/11/1992", "birth"),
    ("Madame Lucile de la Fontaine\n34 ans. 24 novembre 1992", "none"),
    ("Madame Lucile de la Fontaine\n31 ans.— 24 novembre 1992", "none"),
])
def test_a_speck_after_the_age(text, label):
    assert labels(text)[0][1] == label


def test_the_prescription_files_her():
    page = ("Docteur Jules Gaillard\nDermatologue\nColmar, le 01/11/2026\nMadame Lucile de la Fontaine\n"
            "34 ans.— 24 novembre 1992\nORDONNANCE\nRAMIPRIL 5 mg : 1 gélule le matin, 3 mois\n")
    d = decide([read_page(page, today=TODAY)], RegistryIndex.build([HER]))
    assert d.files and d.patient_ipp == "F1"
