"""A civility of the other sex heading the birth label that gives the patient's birth date — opening the label's line
(`Monsieur née le …`, `Mme, né le …`) or alone on the line above it (`LEFEBVRE` / `Monsieur` / `Né(e) le 03/03/1962`)
— contradicts the patient: the person born that day may be the twin of the other sex, or the sex is misprinted, and
the secretary reads it. On main and cf43bf7 the patient's valid INS (or, with `M.`, the traits) filed the patient: twins
LEFEBVRE Marie (F) and Paul (M) born 03/03/1962, Marie's INS under `LEFEBVRE` / `Monsieur` / `Né(e) le …` filed Marie.
A sex written as a word (`Homme` / `Né(e) le …` on her page) does so only where the page dates the patient under no
other heading. Letter salutations (`Madame, Monsieur,`, `Cher Monsieur,`, `Monsieur le Docteur X`) and the patient's own
civility head nothing. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient
from ins_kit import twin_ins

TODAY = date(2026, 12, 1)
BORN = date(1962, 3, 3)


MARIE = Patient("F1", "LEFEBVRE", "Marie", BORN, "F", ins=twin_ins("F", "123"))
PAUL = Patient("M1", "LEFEBVRE", "Paul", BORN, "M", ins=twin_ins("M", "456"))
CLAUDE = Patient("L1", "LAMBERT", "Claude", date(1948, 10, 13), "M", ins="148108641795909")


def printed(number: str) -> str:
    return " ".join([number[0], number[1:3], number[3:5], number[5:7], number[7:10], number[10:13], number[13:]])


def decision(page: str, *patients: Patient):
    return decide(read_document([page], today=TODAY), RegistryIndex.build(list(patients)))


MARIE_INS = f"INS : {printed(MARIE.ins)}"
PAUL_INS = f"INS : {printed(PAUL.ins)}"


@pytest.mark.parametrize("page", [
    f"LEFEBVRE\nMonsieur\nNé(e) le 03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE Marie\nMonsieur\nnée le 03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE Marie\nMonsieur née le 03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE Marie\nMr., NÉE LE 03.03.1962\n{MARIE_INS}",
    f"LEFEBVRE Marie\nM.\nnée le 03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE Marie\nMonsieur\nNée le :\n03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE Marie\nHomme\nNé(e) le 03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE Marie, née le 03/03/1962\nMonsieur\nné le 03/03/1962\n{MARIE_INS}",
    "LEFEBVRE Marie\nM. Né(e) le 03/03/1962",
])
@pytest.mark.parametrize("registry", [(MARIE, PAUL), (MARIE,)])
def test_a_civility_of_the_other_sex_heading_her_birth_label_makes_it_review(page, registry):
    d = decision(page, *registry)
    assert not d.files


@pytest.mark.parametrize("page", [
    f"LEFEBVRE Paul\nMadame\nné le 03/03/1962\n{PAUL_INS}",
    f"LEFEBVRE Paul\nMme, né le 03/03/1962\n{PAUL_INS}",
    f"Nom : LEFEBVRE\nPrénom : Paul\nMADAME\nNé(e) le 03.03.1962\n{PAUL_INS}",
])
def test_and_hers_heading_his(page):
    d = decision(page, MARIE, PAUL)
    assert not d.files and d.rule == "contradiction"


def test_the_contradiction_is_told_to_the_secretary():
    d = decision(f"Certificat\nNom : LAMBERT\nPrénom : Claude\nMadame\nné le 13/10/1948\nINS : "
                 f"{printed(CLAUDE.ins)}", CLAUDE)
    assert not d.files and d.rule == "contradiction" and "Madame" in d.reason_fr


@pytest.mark.parametrize("page", [
    f"LEFEBVRE Marie\nMadame\nnée le 03/03/1962\n{MARIE_INS}",
    f"Madame\nLEFEBVRE Marie\nnée le 03/03/1962\n{MARIE_INS}",
    f"Cher Monsieur,\nJe vous adresse Mme LEFEBVRE Marie\nnée le 03/03/1962\n{MARIE_INS}",
    f"Cher Confrère,\nMme LEFEBVRE Marie, née le 03/03/1962, {MARIE_INS}\nMonsieur le Docteur MARTIN",
    f"Monsieur le Docteur,\nNée le 03/03/1962, Mme LEFEBVRE Marie\n{MARIE_INS}",
    f"Mme LEFEBVRE Marie\nMonsieur\nAdresse : 3 rue des Lilas\nnée le 03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE Marie, née le 03/03/1962\nHomme\nDate de naissance : 03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE Marie, née le 03/03/1962\nHomme,\nnée le 03/03/1962\n{MARIE_INS}",
])
def test_her_own_civility_a_salutation_a_line_between_or_a_sex_word_below_her_dated_line_still_file(page):
    d = decision(page, MARIE, PAUL)
    assert d.files and d.patient_ipp == "F1"
