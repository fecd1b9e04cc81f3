"""`Il vit avec sa mère (Mme Corinne BARON née LEBON, née le 12/04/1953)` / `qui assure l'aide au quotidien.`: the
clause that says the relative is the one who helps may follow her bracket without a comma (second corpus seed 126
s126_028: her birth date contradicted her son, the letter's subject). The relative seen, or followed here too, still
keeps the letter in review. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([Patient("S1", "BARON", "Stéphane", date(1975, 12, 29), "M"),
                             Patient("C1", "LEBON", "Corinne", date(1953, 4, 12), "F", used_name="BARON")])
LETTER = ("Nantes, le 6 août 2024\nDr M. PELTIER\n\nMon cher confrère,\n\nJe revois ce jour M. Baron Stéphane, né le "
          "29/12/1975 pour un nodule\nthyroïdien.\n\nIl vit avec sa mère (Mme Corinne BARON née LEBON, née le "
          "12/04/1953){after}\n\nLa thyroïde est palpable, souple. Je le reverrai dans trois mois.\n"
          "Bien confraternellement.")


@pytest.mark.parametrize("after", ["\nqui assure l'aide au quotidien.", " qui assure l'aide au quotidien.",
                                   ", qui assure l'aide au quotidien."])
def test_the_helper_clause_after_the_bracket_keeps_the_date_the_relatives(after):
    d = decide(read_document([LETTER.format(after=after)], today=TODAY), INDEX)
    assert d.files and d.patient_ipp == "S1"


@pytest.mark.parametrize("after", ["\nque nous suivons également.", "\nqui consulte ce jour pour une toux.",
                                   "\nqui est vue ce jour."])
def test_a_relative_followed_or_seen_still_sends_the_letter_to_review(after):
    assert not decide(read_document([LETTER.format(after=after)], today=TODAY), INDEX).files
