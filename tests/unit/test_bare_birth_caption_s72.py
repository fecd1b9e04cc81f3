"""Session 72: a typed form's column captioned with the bare word `Naissance` (`Nom de naissance` / `Prénom(s)` /
`Naissance` over `LECOMTE` / `Hélène` / `29-03-1958`, seventh corpus s18 o7_030) is a birth date's caption: the row
of values is joined to its captions, and the trusted person's date below no longer stands alone. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import cell_caption, read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
HELENE = Patient("A01", "LECOMTE", "Hélène Andrée Colette", date(1958, 3, 29), "F", used_name="THOMAS")
FORM = ("COMPTE RENDU OPÉRATOIRE\nNom de naissance\nPrénom(s)\n{caption}\nLECOMTE\nHélène\n{value}\n"
        "Date d'intervention :\n08/02/2025\nIntervention : Prothèse totale de genou gauche\n"
        "Personne de confiance : Monsieur THOMAS Pierre (conjoint), né le 1er avril 1958\n")


def decision(caption: str, value: str = "29-03-1958", typed: bool = True):
    page = FORM.format(caption=caption, value=value)
    return decide(read_document([page], TODAY, [typed]), RegistryIndex.build([HELENE]))


@pytest.mark.parametrize("caption", ["Naissance", "Naissance :", "NAISSANCE", "Date naissance", "Date de naiss.",
                                     "Naiss."])
def test_a_bare_birth_caption_is_a_birth_dates(caption):
    assert cell_caption(caption) == "birth"


@pytest.mark.parametrize("line", ["Naissances", "Connaissance", "Naissance à terme", "Lieu de naissance : Nancy"])
def test_other_lines_are_no_birth_caption(line):
    assert cell_caption(line) != "birth"


@pytest.mark.parametrize("caption", ["Naissance", "Date naissance", "Date de naiss."])
def test_the_typed_forms_row_is_read_under_its_captions(caption):
    verdict = decision(caption)
    assert verdict.status == "filed" and verdict.patient_ipp == "A01"


def test_a_value_that_is_no_date_leaves_the_row_unjoined():
    verdict = decision("Naissance", value="Nancy")
    assert verdict.status == "review" and verdict.patient_ipp is None


def test_a_scans_lines_are_not_joined():
    verdict = decision("Naissance", typed=False)
    assert verdict.status == "review" and verdict.patient_ipp is None
