"""A second reading is refused when another reading prints, beside the patient's surname, a first name one letter in
place from the patient's that is another first name all the same: a vowel changed for another vowel (`Léo` for Léa,
`Line` for Lina, `Héléna` for Hélène) or a given name the registry knows (REVIEW_s19's residual: the twin brother's page
`Je reçois ce jour son fils Léo DURAND` whose block a second reading misread `DURAND Léa` filed his sister). A glyph
misread for a consonant (`Lcuis`, `Louls`) stays the patient's own name misread, and the second reading is kept.
Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, another_first_name, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
HEAD = "Centre hospitalier de Valmont\nService de médecine\n"
TAIL = "\nExamen clinique sans particularité.\nDr BLANC Anne"
GARBLED = "Pat1en/ : ~~ ^^^ \nD@te de n.. : ##/##/####"


def decision(block: str, body: str, patients: list[Patient], read: str = ""):
    """The first reading lost the identity block but read the body's first name as printed; the second reading read
    the block, and `read` in the body where the first reading has the name printed (`Léo` → `Léa`)."""
    index = RegistryIndex.build(patients)
    first = read_document([HEAD + GARBLED + "\n\n" + body + TAIL], today=TODAY)
    second_body = body if not read else body.replace(read.split(">")[0], read.split(">")[1])
    second = read_document([HEAD + block + "\n\n" + second_body + TAIL], today=TODAY)
    return accept_second_reading(decide(first, index), decide(second, index), [first], index)


LEA = Patient("L1", "DURAND", "Léa", date(2015, 2, 2), "F")
LINA = Patient("N1", "MARTIN", "Lina", date(1990, 5, 5), "F")
HELENE = Patient("E1", "GARNIER", "Hélène", date(1972, 7, 14), "F")
LOUIS = Patient("P1", "LEROY", "Louis", date(1950, 3, 12), "M")
LORIS = Patient("Z1", "ROUSSEL", "Loris", date(1988, 1, 9), "M")


@pytest.mark.parametrize("patient, block, body, read", [
    (LEA, "Patient(e) : DURAND Léa\nDate de naissance : 02/02/2015",
     "Je reçois ce jour son fils Léo DURAND, âgé de 11 ans, pour une angine.", ""),
    (LEA, "Nom : DURAND\nPrénom : Léa\nNé(e) le : 02/02/2015", "Je vois ce jour Léo DURAND pour suivi.", "Léo>Léa"),
    (LINA, "Patient(e) : MARTIN Lina\nDate de naissance : 05/05/1990", "Je vois ce jour Mme Line MARTIN pour suivi.",
     "Line>Lina"),
    (HELENE, "Objet : GARNIER Hélène, 14/07/1972", "Je vois ce jour Mme Héléna GARNIER pour suivi.", "Héléna>Hélène"),
])
def test_another_first_name_one_vowel_apart_refuses_the_second_reading(patient, block, body, read):
    d = decision(block, body, [patient], read)
    assert not d.files and d.evidence["second_reading"]["patient"] == patient.ipp


def test_a_registry_given_name_one_letter_apart_refuses_the_second_reading():
    block = "Patient(e) : LEROY Louis\nDate de naissance : 12/03/1950"
    body = "Je reçois ce jour son fils Loris LEROY, âgé de 8 ans."
    assert not decision(block, body, [LOUIS, LORIS]).files
    d = decision(block, body, [LOUIS])  # no registry name, R for U no vowel's change: a misread
    assert d.files and d.patient_ipp == "P1"


@pytest.mark.parametrize("read", ["Lcuis", "Louls", "Louis"])
def test_a_glyph_misread_in_the_other_reading_keeps_the_second_reading(read):
    d = decision("Patient(e) : LEROY Louis\nDate de naissance : 12/03/1950",
                 f"Je reçois ce jour son fils {read} LEROY, âgé de 8 ans.", [LOUIS])
    assert d.files and d.patient_ipp == "P1"


@pytest.mark.parametrize("key, patient, expected", [
    ("LEO", LEA, True), ("LINE", LINA, True), ("HELENA", HELENE, True), ("LEA", LEA, False), ("LCUIS", LOUIS, False),
    ("LOULS", LOUIS, False), ("LOUIE", LOUIS, False), ("LORIS", LOUIS, False), ("DURAND", LEA, False),
])
def test_another_first_name(key, patient, expected):
    assert another_first_name(key, patient, RegistryIndex.build([patient])) is expected
