"""A fax misreads one glyph of a long third party's label (`Personne de canfiance :`, `Ouvrant drait :`, `Médecin
trartant :`; OOD dev seeds 201–205): opening its line, a colon after it, one glyph from exactly one third-party label of
eight letters or more, it is that label's field — the person in it is a third party, as with the label printed. On main
the line was read as plain text: OOD dev s201-012 (`Personne de canfiance : JEAN-BAPTISTE … GRONDIN (père)`) went to
review as « autre personne du même nom », and a page whose only identity stood in such a field was filed under that
person. Elsewhere — inside a line, without a colon, a word that is no label (`Chirurgie :`) or a patient's own label
misread — nothing changes. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INS_FLOCH = "250095632250282"
INDEX = RegistryIndex.build([
    Patient("C1", "COLLET", "Pierre-Yves", date(2017, 10, 6), "M", ins="117103505849277"),
    Patient("F1", "LE FLOCH", "Clémence", date(1950, 9, 9), "F", used_name="COLLET", ins=INS_FLOCH),
    Patient("G1", "GRONDIN", "Odile", date(1994, 1, 5), "F"),
    Patient("G2", "GRONDIN", "Loïc", date(1960, 4, 4), "M"),
    Patient("L1", "LEROY", "Louis", date(1990, 5, 12), "M"),
    Patient("L2", "LEROY", "Louise", date(1990, 5, 12), "F"),
])
CHILD = "Nom de naiss. : COLLET\nPrénom(s) : Pierre-Yves\nDate de naiss. : 06/10/2017\n"


def third_party_labels(text: str) -> list[str]:
    return [f.label for f in read_page(text, today=TODAY).fields if f.kind == "third_party"]


def decision(text: str):
    return decide([read_page(text, today=TODAY)], INDEX)


@pytest.mark.parametrize("line, label", [
    ("Ouvrant drait : LE FLOCH Clémence", "OUVRANT DROIT"),
    ("Personne de confance : LE FLOCH Clémence", "PERSONNE DE CONFIANCE"),
    ("Personne de canfiance : LE FLOCH Clémence", "PERSONNE DE CONFIANCE"),
    ("‘. Personne  de canfiance : LE FLOCH Clémence", "PERSONNE DE CONFIANCE"),  # dust, a doubled space
    ("Représentant iégal : LE FLOCH Clémence", "REPRESENTANT LEGAL"),
    ("Médecin trartant : Dr MARTIN Paul", "MEDECIN TRAITANT"),  # not `MEDECIN` with a value `trartant : …`
])
def test_a_long_third_party_label_misread_by_one_glyph_marks_its_field(line, label):
    assert third_party_labels(line) == [label]


@pytest.mark.parametrize("line", [
    "Vue avec la personne de canfiance : LE FLOCH Clémence",  # inside a line
    "Ouvrant drait LE FLOCH Clémence",  # no colon
    "Chirurgie : LE FLOCH Clémence",  # a word, no misread `Chirurgien`
    "Personne de canfiancx : LE FLOCH Clémence",  # two glyphs off
    "Nom de naissancc : LE FLOCH",  # a patient's own label misread
    "Prescriptrice : Dr LE FLOCH",  # no label of the list
])
def test_elsewhere_no_third_party_field_is_read(line):
    assert third_party_labels(line) == []


@pytest.mark.parametrize("line", ["Ouvrant drait : LE FLOCH Clémence — 2 50 09 56 322 502 82",
                                  "Personne de confance : LE FLOCH Clémence (grand-mère)"])
def test_the_child_files_beside_a_registered_third_party(line):
    d = decision(CHILD + line)
    assert d.files and d.patient_ipp == "C1"


def test_the_daughter_files_beside_her_fathers_misread_confidence_field():
    d = decision("Nom : GRONDIN\nPrénom(s) : Odile\nDate naiss. : 05/01/1994\n"
                 "Personne de canfiance : Loïc GRONDIN (père) — 06 15 80 91")
    assert d.files and d.patient_ipp == "G1"


@pytest.mark.parametrize("line", ["Personne de canfiance : GRONDIN Loïc, né le 04/04/1960",  # filed G2 on main
                                  "Ouvrant drait : GRONDIN Loïc, né le 04/04/1960",  # filed G2 on main
                                  "Personne de canfiance : LEROY Louis, né le 12/05/1990",
                                  "Ouvrant drait : LEROY Louis, né le 12/05/1990 — INS 1 90 05 75 112 048 27"])
def test_a_patient_named_only_inside_such_a_field_is_never_filed_from_it(line):
    d = decision(f"COMPTE RENDU\n{line}\nVu ce jour en consultation.")
    assert not d.files


@pytest.mark.parametrize("page", [
    "Patient : LEROY, né le 12/05/1990\n{label} : LEROY Louis",  # the twin brother in the field, the subject unnamed
    "Patiente : LEROY Louise, née le 12/05/1990\n{label} : LEROY Louis, né le 12/05/1990",
    "{label} : LEROY Louise\nPatient : LEROY Louis, né le 12/05/1990",
    "{label} : LEROY Louise, née le 12/05/1990\nLEROY Louis",
])
@pytest.mark.parametrize("printed, misread", [("Ouvrant droit", "Ouvrant drait"),
                                              ("Personne de confiance", "Personne de confance")])
def test_a_misread_label_decides_as_the_printed_one(page, printed, misread):
    as_printed, as_misread = decision(page.format(label=printed)), decision(page.format(label=misread))
    assert (as_misread.status, as_misread.patient_ipp, as_misread.rule) == \
        (as_printed.status, as_printed.patient_ipp, as_printed.rule)
