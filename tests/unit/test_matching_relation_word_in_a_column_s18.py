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
