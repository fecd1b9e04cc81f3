"""A relation word, a bare spouse or a sex word against the patient alone in the first column segment of the line above
a birth label heads it as if alone on its line (review17: multi-column OCR `Patient : LEGRAND Henri        Médecin : Dr
ROLLAND` / `Epouse                         Tél : 04 74 00 00 00` / `né le 02/02/1940` filed the husband born that day
on main). Segments split by a gap of 3 spaces or more, or a tab; the label opens its line, so the first segment is the
one over it. Near misses keep filing: `Epouse DURAND` opening a married-name segment, the patient's own-sex `Femme`,
a relation word in a later column, not over the label, `Nom d'épouse :   DURAND`. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient
from ins_kit import twin_ins

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("B2", "LEGRAND", "Henri", date(1940, 2, 2), "M", ins="140027511205452"),
    Patient("B1", "DUBOIS", "Marie", date(1950, 1, 1), "F"),
    Patient("S1", "LEFEBVRE", "Marie", date(1962, 3, 3), "F", used_name="DURAND"),
])
HENRI = "Patient : LEGRAND Henri        Médecin : Dr ROLLAND\n"
PHONE = "Tél : 04 74 00 00 00"


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    HENRI + f"Epouse                         {PHONE}\nné le 02/02/1940",
    HENRI + f"Epouse                         {PHONE}\nné le\n02/02/1940",
    HENRI + f"Epouse                         {PHONE}\nné le :\n02/02/1940",
    HENRI + f"Epouse :   {PHONE}\nDate de naissance : 02/02/1940",
    HENRI + f"Epouse\t{PHONE}\nné le 02/02/1940",
    HENRI + f"Epouse                         {PHONE}\n\nné le 02/02/1940",
    HENRI + f"Sa mère                        {PHONE}\nné le 02/02/1940",
    HENRI + f"Sa mère                        {PHONE}\nné le\n02/02/1940",
    HENRI + f"Femme                          {PHONE}\nné le 02/02/1940",
    HENRI + f"Femme                          {PHONE}\nné le\n02/02/1940",
    HENRI + f"Mme                            {PHONE}\nné le 02/02/1940",
    HENRI + f"Mme                            {PHONE}\nNé(e) le :\n02/02/1940",
    HENRI + f"La femme      {PHONE}\nné le 02/02/1940",
    HENRI + f"Ep0use        {PHONE}\nné le 02/02/1940",
    "Patiente : DUBOIS Marie        Médecin : Dr ROLLAND\n" + f"Homme        {PHONE}\nnée le 01/01/1950",
])
def test_a_relation_word_alone_in_the_column_over_the_birth_label_owns_the_date(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    (HENRI + f"{PHONE}\nné le 02/02/1940", "B2"),
    (HENRI + f"{PHONE}           Epouse\nné le 02/02/1940", "B2"),
    (HENRI + f"Adresse : 1 rue des Lilas           Epouse\nné le 02/02/1940", "B2"),
    (HENRI + f"Homme                          {PHONE}\nné le 02/02/1940", "B2"),
    (HENRI + f"Monsieur                       {PHONE}\nné le 02/02/1940", "B2"),
    ("Mme DUBOIS Marie        Médecin : Dr ROLLAND\n" + f"Femme                   {PHONE}\nnée le 01/01/1950", "B1"),
    ("Mme DUBOIS Marie        Médecin : Dr ROLLAND\n" + f"Femme                   {PHONE}\nnée le\n01/01/1950", "B1"),
    ("Patiente : LEFEBVRE Marie        Médecin : Dr ROLLAND\n" + f"Epouse DURAND             {PHONE}\n"
     "née le 03/03/1962", "S1"),
    ("Mme LEFEBVRE Marie\n" + f"Epouse DURAND             {PHONE}\nnée le 03/03/1962", "S1"),
    ("Mme LEFEBVRE Marie\nNom d'épouse :   DURAND\nnée le 03/03/1962", "S1"),
    ("Mme LEFEBVRE Marie\n" + f"Nom d'épouse :   DURAND      {PHONE}\nnée le 03/03/1962", "S1"),
    ("M. LEGRAND Henri et son épouse        Médecin : Dr ROLLAND\nné le 02/02/1940", "B2"),
])
def test_near_misses_keep_filing(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


# Twins of both sexes born the same day: a civility of the other sex alone in the column over the birth label
# contradicts the INS holder, as alone on its line (b703b8f) — on main her valid INS filed her.
TWIN_BORN = date(1962, 3, 3)


MARIE = Patient("F1", "LEFEBVRE", "Marie", TWIN_BORN, "F", ins=twin_ins("F", "123"))
PAUL = Patient("M1", "LEFEBVRE", "Paul", TWIN_BORN, "M", ins=twin_ins("M", "456"))
MARIE_INS = "INS : " + " ".join([MARIE.ins[0], MARIE.ins[1:3], MARIE.ins[3:5], MARIE.ins[5:7], MARIE.ins[7:10],
                                  MARIE.ins[10:13], MARIE.ins[13:]])


def twins_decision(page: str):
    return decide(read_document([page], today=TODAY), RegistryIndex.build([MARIE, PAUL]))


@pytest.mark.parametrize("page", [
    f"LEFEBVRE\nMonsieur            {PHONE}\nNé(e) le 03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE              Médecin : Dr ROLLAND\nMonsieur            {PHONE}\nNé(e) le 03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE\nMonsieur\t{PHONE}\nNé(e) le :\n03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE\nM.            {PHONE}\nNé(e) le 03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE\nHomme            {PHONE}\nNé(e) le 03/03/1962\n{MARIE_INS}",
])
def test_an_other_sex_civility_in_the_column_over_the_label_contradicts_the_ins_holder(page):
    d = twins_decision(page)
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("page", [
    f"LEFEBVRE\n{PHONE}            Monsieur\nNé(e) le 03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE Marie\nMadame            {PHONE}\nNée le 03/03/1962\n{MARIE_INS}",
    f"LEFEBVRE Marie\nMadame, Monsieur,        {PHONE}\nNée le 03/03/1962\n{MARIE_INS}",
])
def test_a_civility_in_a_later_column_or_her_own_leaves_her_ins_filing(page):
    d = twins_decision(page)
    assert d.files and d.patient_ipp == "F1"


@pytest.mark.parametrize("page, ipp", [
    (HENRI + f"                   Epouse        Secteur B\nné le 02/02/1940", "B2"),
    (HENRI + f"\t\t\tEpouse\t{PHONE}\nné le 02/02/1940", "B2"),
    (HENRI + f"          Epouse        Secteur B\nDDN :\n02/02/1940", "B2"),
    (HENRI + f"Epouse        {PHONE}\n                    né le 02/02/1940", "B2"),
    (HENRI + f"Femme   {PHONE}\n                    Date de naissance : 02/02/1940", "B2"),
    (HENRI + f"Epouse\t{PHONE}\n\tné le 02/02/1940", "B2"),
    (HENRI + f"Epouse\t{PHONE}\n\t\tné le\n\t\t02/02/1940", "B2"),
    (HENRI + f"                   Mme        {PHONE}\nné le 02/02/1940", "B2"),
])
def test_a_first_column_not_over_the_label_s_segment_heads_nothing(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("page", [
    HENRI + f"    Epouse                     {PHONE}\n    né le 02/02/1940",
    HENRI + f"\tEpouse\t{PHONE}\n\tné le 02/02/1940",
    HENRI + "                   Epouse\nné le 02/02/1940",
    HENRI + "                        Epouse\nDDN :\n02/02/1940",
    HENRI + f"\tEpouse\t{PHONE}\nné le 02/02/1940",
    HENRI + f"          Epouse        {PHONE}\nné le 02/02/1940",
    HENRI + f"Epouse          {PHONE}\n    né le 02/02/1940",
])
def test_an_indented_column_over_the_label_or_a_word_alone_on_its_line_still_heads(page):
    assert not decision(page).files
