"""`Née le …` right below an EMPTY relation or person field (`Époux :`, `Épx :`, `Conjoint :`, `Personne à prévenir :`
with nothing after) goes on with no one's identity: its `née` still speaks against a man of that name and birth date.
On main such a line was exempted as if it went on with the field's person (review12's sp1_1282 exemption), so
`Nom : GARNIER` / `Époux :` / `Née le 05/05/1975` / his INS filed the husband, and `Nom : LAMBERT` / `Époux :` / `Née le
03/12/1983` / `Prénom : Claude` filed Claude, whose twin sister Claire is registered (review13's q_epx2: 4 wrong on main;
5586153's `Épx :` reached the same hole). A field that names someone (`Conjoint(e) : Mme LAMBERT Claire` / `née le …`)
keeps its exemption. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, below_a_third_partys_line, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
JULIEN_INS = "175057511205434"
INDEX = RegistryIndex.build([
    Patient("U2", "GARNIER", "Julien", date(1975, 5, 5), "M", ins=JULIEN_INS),
    Patient("U3", "GARNIER", "Julie", date(1975, 5, 5), "F"),
    Patient("W1", "LAMBERT", "Claire", date(1983, 12, 3), "F"),
    Patient("W2", "LAMBERT", "Claude", date(1983, 12, 3), "M"),
])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("label", ["Époux :", "Épx :", "Conjoint :", "Épouse :", "Conjoint(e) :"])
def test_nee_le_below_an_empty_field_still_speaks_against_the_man(label):
    assert not decision(f"Nom : LAMBERT\n{label}\nNée le 03/12/1983\nPrénom : Claude").files
    assert not decision(f"Nom : GARNIER\n{label}\nNée le 05/05/1975\nINS : 1 75 05 75 112 054 34").files


@pytest.mark.parametrize("above, exempt", [
    ("Conjoint(e) : Mme LAMBERT Claire", True),  # the date below goes on with her identity
    ("Épx : Mme LAMBERT Claire", True),
    ("Ouvrant droit : M. GARNIER Julien", True),
    ("Conjoint(e) :", False),  # nothing named: the date is no one's but the page's subject
    ("Épx :", False),
    ("Ouvrant droit :", False),
])
def test_only_a_field_that_names_someone_exempts_the_line_below(above, exempt):
    text = f"Nom : LAMBERT\n{above}\nNée le 03/12/1983"
    assert below_a_third_partys_line(read_page(text, today=TODAY), text.index("Née")) is exempt
