"""A civility alone on its line right above a form's identity block (`MADAME` / `Nom de naissance :` / `DUBOIS` /
`Prénom : Claude` / `Né le :` / `27/07/2005`) is the block's sex, read as the birth date's sex letter: it contradicts a
patient of the other sex (review21's residual 2: filed DUBOIS Claude, a man, on main) and files the patient of its sex.
Never a letter's salutation (`Madame,`), a recipient (`Madame le Docteur …`), a bare `M` (an initial), a civility above
another field or a paragraph, nor `Madame :`. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
HIM = Patient("D1", "DUBOIS", "Claude", date(2005, 7, 27), "M")
HER = Patient("F1", "DUBOIS", "Claude", date(2005, 7, 27), "F")


def decision(page: str, patient: Patient):
    return decide(read_document([page], today=TODAY), RegistryIndex.build([patient]))


HEADED = [
    ("MADAME\nNom de naissance :\nDUBOIS\nPrénom : Claude\nNé le :\n27/07/2005", "F"),
    ("Madame\nNom : DUBOIS\nPrénom : Claude\nDate de naissance : 27/07/2005", "F"),
    ("MME.\n\nNOM : DUBOIS   Prénom : Claude\nSexe :\nDDN : 27/07/2005", "F"),
    ("  Mademoiselle\nNom de naissance : DUBOIS\nNom d'usage :\nPrénom(s) : Claude\nINS :\nDate de naiss. : 27/07/2005",
     "F"),
    ("Monsieur\nNom : DUBOIS\nPrénom : Claude\nNé(e) le : 27/07/2005", "M"),
    ("M.\nNom : DUBOIS\nPrénom : Claude\nNé(e) le : 27/07/2005", "M"),
    ("Madame\nNom : DUBOIS\nAdresse : 3 rue des Lilas\nPrénom : Claude\nTél : 04 74 00 00 00\nNé le : 27/07/2005", "F"),
    # a form's other fields inside the block (rel22, session 20: main filed the man on these)
    ("Madame\nNom : DUBOIS\nMotif : bilan\nPrénom : Claude\nNé(e) le : 27/07/2005", "F"),
    ("MADAME\nNom : DUBOIS\nPrénom : Claude\nMédecin traitant : Dr MARTIN\nDate de naissance : 27/07/2005", "F"),
    ("Monsieur\nNom : DUBOIS\nService : cardiologie\nPrénom : Claude\nObjet : bilan\nNé(e) le : 27/07/2005", "M"),
]


@pytest.mark.parametrize("page, sex", HEADED)
def test_the_heading_civility_is_the_birth_dates_sex(page, sex):
    assert [m.sex_letter for m in read_page(page, today=TODAY).birth_dates] == [sex]


@pytest.mark.parametrize("page, sex", HEADED)
def test_it_contradicts_the_other_sex(page, sex):
    d = decision(page, HIM if sex == "F" else HER)
    assert not d.files and d.patient_ipp is None and d.rule == "contradiction"


@pytest.mark.parametrize("page, sex", HEADED)
def test_it_files_the_patient_of_its_sex(page, sex):
    d = decision(page.replace("Né le", "Né(e) le"), HER if sex == "F" else HIM)  # `Né le` speaks for a man itself
    assert d.files and d.patient_ipp == ("F1" if sex == "F" else "D1")


@pytest.mark.parametrize("page", [
    "Madame,\nNom de naissance :\nDUBOIS\nPrénom : Claude\nNé le :\n27/07/2005",
    "MADAME\nJe vous adresse ce patient.\nNom : DUBOIS\nPrénom : Claude\nNé le : 27/07/2005",
    "Madame :\nNom : DUBOIS\nPrénom : Claude\nNé le : 27/07/2005",
    "Madame\n\n\n\nNom : DUBOIS\nPrénom : Claude\nNé le : 27/07/2005",
])
def test_no_heading_civility_the_man_still_files(page):
    assert [m.sex_letter for m in read_page(page, today=TODAY).birth_dates] == [None]
    d = decision(page, HIM)
    assert d.files and d.patient_ipp == "D1"


@pytest.mark.parametrize("page", [
    "Madame le Docteur MARTIN\nNom : DUBOIS\nPrénom : Claude\nNé le : 27/07/2005",
    "MADAME\nMédecin : Dr MARTIN\nNom : DUBOIS\nPrénom : Claude\nNé le : 27/07/2005",
    "M\nNom : DUBOIS\nPrénom : Claude\nNé(e) le : 27/07/2005",
])
def test_a_recipient_another_field_or_an_initial_heads_no_block(page):
    assert [m.sex_letter for m in read_page(page, today=TODAY).birth_dates] == [None]


@pytest.mark.parametrize("page, sex", HEADED)
def test_the_reason_names_the_civility_as_printed(page, sex):
    printed = page.split("\n")[0].strip().rstrip(".")
    reason = decision(page, HIM if sex == "F" else HER).reason_fr
    assert f"civilité « {printed} » en tête du bloc d'identité page 1" in reason
    assert "imprimé après la date de naissance" not in reason


def test_a_sex_letter_after_the_date_keeps_its_own_reason():
    reason = decision("MADAME\nNom : DUBOIS\nPrénom : Claude\nNé(e) le : 27/07/2005 M", HER).reason_fr
    assert "sexe « M » imprimé après la date de naissance page 1" in reason
    assert "civilité" not in reason


def test_a_relatives_field_inside_the_block_leaves_the_man_to_review():
    page = "Madame\nNom : DUBOIS\nPrénom : Claude\nPère : DUBOIS Henri\nNé le : 27/07/2005"
    assert [m.sex_letter for m in read_page(page, today=TODAY).birth_dates] == ["F"]
    assert not decision(page, HIM).files
