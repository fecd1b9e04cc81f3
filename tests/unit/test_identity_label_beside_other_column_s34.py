"""A birth-name label abbreviated with dots (`Nom de naiss...` / `ROUSSEL`, independent corpus s688-028) takes the line
below as its value; it went to review as « aucun patient ». A first-name label beside a sentence OCR joined from the other
column (`PRÉNOM : est prévu dans huit jours.` / `RENÉ`, s713-030) does not: read from below, that first name alone would
tell twins apart on a guess about the page's layout (review51). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
RENE = Patient("R1", "ROUSSEL", "René", date(1980, 5, 3), "M")
INDEX = RegistryIndex.build([RENE, Patient("R2", "ROUSSEL", "Paul", date(1950, 1, 1), "M")])


def fields_of(text: str) -> dict[str, str]:
    return {f.kind: f.value for f in read_page(text, today=TODAY).fields}


def decision(text: str, index: RegistryIndex = INDEX):
    return decide(read_document([text], today=TODAY), index)


@pytest.mark.parametrize("label", ["Nom de naiss...", "Nom de naiss. ‘", "Nom naiss.."])
def test_a_birth_name_label_closed_by_dots_or_dust_takes_the_line_below(label):
    text = f"PATIENT\n{label}\nRoussel\nPrénom\nRENÉ\nDDN\n3 mai 1980"
    assert fields_of(text)["birth_name"] == "ROUSSEL"
    d = decision(text)
    assert d.files and d.patient_ipp == "R1"


def test_a_first_name_label_beside_another_columns_sentence_does_not_tell_twins_apart():
    twins = RegistryIndex.build([Patient("D1", "DUPONT", "Jean", date(1957, 3, 12), "M"),
                                 Patient("D3", "DUPONT", "Paul", date(1957, 3, 12), "M")])
    d = decision("Nom : DUPONT\nPrénom : est prévu dans huit jours.\nPaul\nDDN : 12/03/1957", twins)
    assert not d.files


def test_the_practices_ipp_below_a_dusty_label_is_read():
    """Independent corpus s724-034: `N° IPP : .` / `31005093` — the cabinet's IPP, which tells one-digit-apart homonyms
    apart, went unread."""
    assert fields_of("N° IPP : .\n31005093\nNOM DE NAISSANCE : ROUSSEL")["ipp"] == "31005093"


def test_an_insureds_label_over_dust_takes_nothing_from_below():
    """The insured's value is never read over dust (review7, review15): `Assuré(e) : .` / `KLEIN Thérèse — <NIR>`."""
    fields = read_page("Assuré(e) : .\nKLEIN Thérèse — 2 71 09 67 123 171 13", today=TODAY).fields
    assert all("KLEIN" not in f.value for f in fields)
