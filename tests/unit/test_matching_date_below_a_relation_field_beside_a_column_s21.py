"""The date on the line below a relation's field whose line holds, beyond a column's gap, only another column's field
(`Père :   Tél : 04 74 …`, `Son mari :<TAB>Adresse : …`) is that relative's value and designates no one — as below the
label alone (`Père :` / `LEGRAND, né le …`, identity's field). review20: f27b8e3 silenced the contrary `né` after the
surname opening that line while the date still designated, and `Patiente : LEGRAND Jeanne` / `Père :   Tél : …` /
`LEGRAND, né le 02/02/1940` filed the father's twin sister (the aunt). A label opening that line or standing before the
date (`DDN : …`, `Patiente née le : …`) keeps the date out of the field; the contrary `née le` opening it still speaks
(review18's coli428). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import below_a_bare_relation_label
from docpipe.models import Patient
from tests.support.legrand_kit import AUNT, HENRI, HOMONYM, KID, TODAY, decision

FATHER = Patient("F1", "LEGRAND", "Henri", date(1940, 2, 2), "M")  # the aunt's twin brother, the patient's father


REGISTRIES = [[AUNT], [AUNT, FATHER], [AUNT, KID], [AUNT, KID, FATHER]]
RELATIVES_DATE_PAGES = [
    "Patiente : LEGRAND Jeanne\nPère :   Tél : 04 74 00 00 00\nLEGRAND, né le 02/02/1940",
    "Patiente : LEGRAND Jeanne\tMédecin : Dr ROLLAND\nSon mari :\tAdresse : 3 rue des Lilas\nLEGRAND, né le 02/02/1940",
    "Patiente : LEGRAND Jeanne\tMédecin : Dr ROLLAND\nÉpoux :\tTél : 04 74 00 00 00\nLEGRAND, né le 02/02/1940",
    "Patiente : LEGRAND Jeanne\tMédecin : Dr ROLLAND\nÉpoux :   Tél : 04 74 00 00 00\nLEGRAND, né le 02/02/1940",
    "Patiente : LEGRAND Jeanne\nSon mari :   Adresse : 3 rue des Lilas\nLEGRAND, né le 02/02/1940\nVue ce jour.",
    "Patiente : LEGRAND Jeanne\nMère :   Tél : 04 74 00 00 00\nLEGRAND, née le 02/02/1940",
    "Patiente : LEGRAND Jeanne\nFEMME :   69003 LYON\nLEGRAND, né le 02/02/1940",
    "Patiente : LEGRAND Jeanne\nPère :   Tél : 04 74 00 00 00\nLEGRAND   né le 02/02/1940",
    "Patiente : LEGRAND Jeanne\nPère :   Tél : 04 74 00 00 00\n02/02/1940",
]


@pytest.mark.parametrize("page", RELATIVES_DATE_PAGES)
@pytest.mark.parametrize("patients", REGISTRIES, ids=lambda reg: "+".join(p.ipp for p in reg))
def test_the_relatives_date_below_the_field_beside_a_column_files_no_one(page, patients):
    d = decision(page, patients)
    assert not d.files and d.patient_ipp is None


@pytest.mark.parametrize("page, alone", [
    ("Patiente : LEGRAND Jeanne\nPère :   Tél : 04 74 00 00 00\nLEGRAND, né le 02/02/1940",
     "Patiente : LEGRAND Jeanne\nPère :\nLEGRAND, né le 02/02/1940"),
    ("Patiente : LEGRAND Jeanne\tMédecin : Dr ROLLAND\nÉpoux :\tTél : 04 74 00 00 00\nLEGRAND, né le 02/02/1940",
     "Patiente : LEGRAND Jeanne\tMédecin : Dr ROLLAND\nÉpoux :\nLEGRAND, né le 02/02/1940"),
    ("Patiente : LEGRAND Jeanne\nMère :   Tél : 04 74 00 00 00\nLEGRAND, née le 02/02/1940",
     "Patiente : LEGRAND Jeanne\nMère :\nLEGRAND, née le 02/02/1940"),
])
@pytest.mark.parametrize("patients", REGISTRIES, ids=lambda reg: "+".join(p.ipp for p in reg))
def test_decided_as_below_the_label_alone(page, alone, patients):
    beside, below = decision(page, patients), decision(alone, patients)
    assert (beside.files, beside.rule) == (below.files, below.rule) and not beside.files


@pytest.mark.parametrize("patients", [[HENRI, HOMONYM], [HENRI]], ids=["H1+H2", "H1"])
def test_a_nee_date_in_the_spouses_field_beside_a_column_files_no_husband(patients):
    d = decision("Nom : LEGRAND   Prénom : Henri\nÉpoux :\t69003 LYON\nLEGRAND, née le 02/02/1940", patients)
    assert not d.files


def test_a_label_before_the_date_on_the_line_below_keeps_it_the_patients():
    page = "Patiente : LEGRAND Jeanne\nPère :   Tél : 04 74 00 00 00\nPatiente née le : 09/06/2012"
    d = decision(page, [KID, FATHER])
    assert d.files and d.patient_ipp == "K1"


@pytest.mark.parametrize("page", [
    "Patient : MOREAU Pierre          Date : 01/12/2026\n        Son épouse :   Adresse : 3 rue des Lilas\n"
    "        née le 15.04.1949\n",
    "Patient : MOREAU Pierre          Date : 01/12/2026\n        Son épouse :\tTél : 04 74 00 00 00\n"
    "        née le 15.04.1949\n",
])
def test_the_contrary_nee_opening_that_line_still_speaks(page):
    d = decision(page, [Patient("P1", "MOREAU", "Pierre", date(1949, 4, 15), "M")])
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("page, expected", [
    ("Patiente : LEGRAND Jeanne\nPère :   Tél : 04 74 00 00 00\nLEGRAND, né le 02/02/1940", True),
    ("Patiente : LEGRAND Jeanne\nSon mari :\tAdresse : 3 rue des Lilas\n02/02/1940", True),
    ("Patiente : LEGRAND Jeanne\nPère :\nLEGRAND, né le 02/02/1940", False),  # alone: identity's field
    ("Patiente : LEGRAND Jeanne\nPère : LEGRAND Henri\nné le 02/02/1940", False),  # names someone on its line
    ("Patiente : LEGRAND Jeanne\nPère :   LEGRAND Henri\nné le 02/02/1940", False),
    ("Patiente : LEGRAND Jeanne\nPère :   Tél : 04 74 00 00 00\nDDN : 02/02/1940", False),
    ("Patiente : LEGRAND Jeanne\nPère :   Tél : 04 74 00 00 00\nLEGRAND Henri   DDN : 02/02/1940", False),
    ("Patiente : LEGRAND Jeanne\nService :   Tél : 04 74 00 00 00\nLEGRAND, né le 02/02/1940", False),
    ("Patiente : LEGRAND Jeanne\nPère :   Tél : 04 74 00 00 00\n\nLEGRAND, né le 02/02/1940", False),
])
def test_which_dates_stand_in_such_a_field(page, expected):
    reading = read_document([page], today=TODAY)[0]
    assert [below_a_bare_relation_label(m, reading) for m in reading.dates] == [expected]


SPOUSE = Patient("W1", "LEGRAND", "Marie", date(1945, 5, 5), "F")


@pytest.mark.parametrize("label", ["Epouse :", "Conjoint :", "Frère :", "FEMME :", "Son épouse :"])
@pytest.mark.parametrize("gap, other", [("   ", "Tél : 04 74 00 00 00"), ("\t", "Adresse : 3 rue des Lilas"),
                                        ("   ", "69003 LYON")])
def test_a_contrary_nee_after_his_surname_below_such_a_field_still_speaks(label, gap, other):
    """The date designates no one there, but a woman of his name born his day stays against him — as below the label
    alone (designated and contrary, or another dated identity in identity's field): review20's probe20b pages f27b8e3
    filed."""
    page = (f"Nom : LEGRAND   Prénom : Henri\nDDN : 02/02/1940\n{label}{gap}{other}\nLEGRAND, née le 02/02/1940\n"
            "LEGRAND Henri, né le 02/02/1940, vu ce jour.")
    alone = page.replace(f"{label}{gap}{other}", label)
    for patients in ([HENRI, SPOUSE], [HENRI, HOMONYM], [HENRI]):
        beside, below = decision(page, patients), decision(alone, patients)
        assert not beside.files and beside.rule == "contradiction"
        assert not below.files


def test_the_relatives_own_identity_below_such_a_field_files_no_relative():
    page = "Patient : LEGRAND\tMédecin : Dr ROLLAND\nConjoint :\tAdresse : 3 rue des Lilas\nLEGRAND Marie   née le 05/05/1945"
    assert not decision(page, [HENRI, SPOUSE]).files


@pytest.mark.parametrize("label, other, date_below, own", [
    ("FEMME :", "Lit 12", "03/03/1950", "02/02/1940"),
    ("Epouse :", "Tél : 04 74 00 00 00", "02/02/1940", "03/03/1950"),
    ("FEMME :", "69003 LYON", "03/03/1950", "02/02/1940"),
])
def test_a_homonyms_date_in_such_a_field_still_stands_against_the_patient(label, other, date_below, own):
    """The date designates no one there, but stays a candidate against any other, as a name in a relation's field
    (probe20's `FEMME :   Lit 12` / `03/03/1950` / `DDN : 02/02/1940`, homonyms born 1940 and 1950: filed on Mend A
    alone, several patients on main)."""
    page = f"Patient : LEGRAND Henri   Médecin : Dr ROLLAND\n{label}   {other}\n{date_below}\nDDN : {own}"
    assert not decision(page, [HENRI, HOMONYM]).files
    d = decision(page, [HENRI] if own == "02/02/1940" else [HOMONYM])
    assert d.files and d.patient_ipp == ("H1" if own == "02/02/1940" else "H2")
