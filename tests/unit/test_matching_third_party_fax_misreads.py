"""A third party a fax misread is still one (independent corpus, dev seeds 201, 202, 204; on main each went to review
as « un autre patient du registre est nommé » or « plusieurs patients »):
- `Ouvrant drait . LE FLOCH Clémence`: the mark read for the colon after an insured's or a long third party's
  label opening its line;
- not the insured's value below a line of dust (`Ouvrant droit:` / `;` / `OCÉANE CLAIRE LABORDE — 2 69 …`, dev s201-015):
  review15 showed the subject printed there hidden as the insured (`Ouvrant droit :` / `|` / `Mme MARTIN Renée` /
  `Date de naissance : …`), and the page filed under the one named below her; such a page stays in review;
- `Or BEN AMARA Mai` in a column of `Dr` lines and specialities: `Dr` read `Or`.
The near-misses stay in review: the French `Or` opening a sentence, an `Or` line with more after the name, an `Or`
line with a birth date below it, an `Or` line with no `Dr` column around. Pure, no I/O."""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)


def ins(first13: str) -> str:
    return first13 + nir.calc_check_digits(first13)


FLOCH_INS, LABORDE_INS, MOAL_INS = ins("2500956322502"), ins("2691267181645"), ins("2100775290253")
INDEX = RegistryIndex.build([
    Patient("C1", "COLLET", "Pierre-Yves", date(2017, 10, 6), "M"),
    Patient("F1", "LE FLOCH", "Clémence", date(1995, 9, 9), "F", ins=FLOCH_INS),
    Patient("T1", "LE MOAL", "Thérèse", date(2010, 7, 5), "F", ins=MOAL_INS),
    Patient("T2", "LE MOAL", "Loïc", date(2010, 7, 5), "M"),  # her twin
    Patient("O1", "LABORDE", "Océane Claire", date(1969, 12, 26), "F", ins=LABORDE_INS),
    Patient("S1", "CASTEL", "Stéphane Théo", date(1978, 7, 3), "M"),
    Patient("S2", "CASTEL", "Stéphane Théo", date(2003, 2, 5), "M"),  # a namesake
    Patient("B1", "BEN AMARA", "Mai", date(1941, 9, 17), "F"),  # a doctor who is a patient too
])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


COLLET = "Nom de naissance : COLLET\nPrénom(s) : Pierre-Yves\nDate de naissance : 06/10/2017\n"


@pytest.mark.parametrize("label", ["Ouvrant drait .", "Ouvrant droit .", "Personne de confance .",
                                   "Personne de confiance _", "Ouvrant droit _"])
def test_the_insured_after_a_mark_read_for_the_colon_is_a_third_party(label):
    d = decision(f"{COLLET}{label} LE FLOCH Clémence\nCompte rendu.")
    assert d.files and d.patient_ipp == "C1"


MOAL = "Nom de naiss. : LE MOAL\nPRÉNOM : THÉRÈSE\nNé(e) le : 05/07/2010\nSexe : F\nN° INS :\n" + MOAL_INS + "\n"


@pytest.mark.parametrize("between", ["\n;\n", "\n.\n", "\n|\n", "\n;\n.\n"])
def test_the_insured_below_a_dust_line_still_goes_to_review(between):
    """The value below the dust may be the subject herself, read as the insured (review15 on 830ec8d)."""
    d = decision(f"{MOAL}\nOuvrant droit:{between}OCÉANE CLAIRE LABORDE — {LABORDE_INS}\n\nCompte rendu.")
    assert not d.files


@pytest.mark.parametrize("below", [
    "\n\nOCÉANE CLAIRE LABORDE — " + LABORDE_INS,  # over a blank line: as on main (review7's q10.py)
    "\n;\nLE MOAL Loïc, né le 05/07/2010",  # a dated identity below the dust: maybe a second patient
])
def test_the_insured_field_takes_no_value_over_a_blank_line_nor_a_dated_identity(below):
    assert not decision(f"{MOAL}\nOuvrant droit:{below}\n\nCompte rendu.").files


def test_a_doctors_empty_field_still_takes_nothing_over_a_blank_or_dust_line():
    for text in ("Médecin traitant :\n\nDUPONT Jean", "Médecin traitant :\n;\nDUPONT Jean"):
        assert [(f.kind, f.value) for f in read_page(text, today=TODAY).fields] == [("third_party", "")]


def test_a_mark_after_a_relation_word_in_a_sentence_is_no_label():
    assert read_page("Accompagnée de sa mère . Mme DUPONT Marie est vue.", today=TODAY).fields == ()
    assert read_page("Accompagnée de sa mère _ Mme DUPONT Marie est vue.", today=TODAY).fields == ()


@pytest.mark.parametrize("mark", [".", "_", ";"])
def test_the_patients_own_name_fields_take_the_mark_too(mark):
    # `Nom de naissance . COLLET`: the field was lost on main, and with it the page's identity (independent corpus).
    page = (f"Nom de naissance {mark} COLLET\nPrénom(s) {mark} Pierre-Yves\nSexe {mark} M\n"
            "Date de naissance : 06/10/2017\nCompte rendu.")
    assert [(f.kind, f.value) for f in read_page(page, today=TODAY).fields][:3] == \
        [("birth_name", "COLLET"), ("first_names", "PIERRE-YVES"), ("sex", "M")]
    d = decision(page)
    assert d.files and d.patient_ipp == "C1"


@pytest.mark.parametrize("page", ["Patient . Il est vu ce jour.", "Patiente . Elle est vue ce jour.",
                                  "Vue ce jour . Nom . Prénom inconnus."])
def test_a_mark_after_a_word_of_sentences_is_no_field(page):
    assert [f.value for f in read_page(page, today=TODAY).fields if f.value] == []


def test_a_misread_name_behind_the_mark_is_read_as_printed_and_contradicts():
    d = decision("Nom de naissance . C0LLET\nPrénom(s) . Pierre-Yves\nDate de naissance : 06/10/2017\nCompte rendu.")
    assert not d.files


DOCTORS = "Dr HOARAU Maëlle\nBiologiste\n\nOr FAURE René\n\nGastro-entérologue\n\n"
CASTEL = "\nPATIENT\n\nNom de naissance :\nCASTEL\nPrénom(s) :\nStéphane Théo\nDate de naissance :\n03/07/1978\n"


@pytest.mark.parametrize("title", ["Or", "Ur"])
def test_a_misread_dr_in_a_column_of_doctors_is_a_doctor(title):
    d = decision(f"{DOCTORS}{title} BEN AMARA Mai\nRhumatologue\n{CASTEL}Courrier.")
    assert d.files and d.patient_ipp == "S1"


@pytest.mark.parametrize("line", [
    "Or BEN AMARA Mai est revue ce jour",  # more than the name on the line
    "Or BEN AMARA Mai\nnée le 17/09/1941",  # a birth date right below
    "Or BEN AMARA Mai, rhumatologue",  # a speciality after `Or`: only a long title allows one
])
def test_an_or_line_that_is_more_than_a_doctors_name_keeps_her_named(line):
    assert not decision(f"{DOCTORS}{line}\n{CASTEL}Courrier.").files


def test_the_french_or_in_prose_keeps_her_named():
    page = (f"{CASTEL}Le patient a été adressé pour un bilan respiratoire complet et une spirométrie.\n"
            "Or BEN AMARA Mai\nrapporte des symptômes identiques chez plusieurs membres de sa famille proche.")
    assert not decision(page).files
