"""A lab result printing one identity — `Nom de naissance : REYNAUD`, `Prénom(s) : MARIE HELENE LOUISE`, the birth date,
and the INS of REYNAUD Marie Hélène Louise — also fits ROUX épouse REYNAUD Marie, born the same day, through her used
name. The valid INS says whose identity it is (third corpus seed 79 resultats_004: « plusieurs patients »). Without the
INS, with the other patient named elsewhere in the document, or with another name field on the page, it stays in
review. Pure, no I/O."""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
HOLDER_INS = "259082A347466" + nir.calc_check_digits("259082A347466")
OTHER_INS = "2590833109741" + nir.calc_check_digits("2590833109741")
INDEX = RegistryIndex.build([
    Patient("R1", "REYNAUD", "Marie Hélène Louise", date(1959, 8, 21), "F", ins=HOLDER_INS),
    Patient("R2", "ROUX", "Marie", date(1959, 8, 21), "F", used_name="REYNAUD", ins=OTHER_INS)])
RESULT = ("Résultats de biologie — 750042311\nPrélèvement : 24/11/2026 18:11\nNom de naissance : REYNAUD\n"
          "Prénom(s) : MARIE HELENE LOUISE\nDate de naissance : 21/08/1959\nSexe : F\n{ins}"
          "Hémoglobine : 11.9 g/dL (normes 12.0 – 17.0) [L bas]\nPlaquettes : 177 G/L (normes 150 – 400)\n{more}")


def decision(ins: str = f"INS : {HOLDER_INS}\n", more: str = ""):
    return decide(read_document([RESULT.format(ins=ins, more=more)], today=TODAY, typed=[True]), INDEX)


def test_the_ins_says_whose_the_one_printed_identity_is():
    d = decision()
    assert d.files and d.patient_ipp == "R1"


@pytest.mark.parametrize("ins, more", [
    ("", ""),  # no INS: the used name fits the other patient as well
    (f"INS : {HOLDER_INS}\n", "Commentaire : contrôle demandé pour Mme REYNAUD Marie, née le 21/08/1959.\n"),
    (f"INS : {HOLDER_INS}\n", "Nom d'usage : REYNAUD\n"),  # another name field
    (f"INS : {OTHER_INS}\n", ""),  # the other patient's INS
])
def test_without_one_identity_and_its_holders_ins_it_stays_in_review(ins, more):
    assert not decision(ins, more).files
