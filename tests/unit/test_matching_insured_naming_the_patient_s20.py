"""An insured's field that names the patient herself (`Assurée : KONE Yasmine — <NIR>`, `Assurée : KONE Yasmine` /
`NIR : <NIR>`) prints her own number, or one no one else's the page may print beside her: a different valid NIR there
contradicts (review) — another registered patient's, or one that does not fit her when the registry has none for her
(NOTE_s19, the lead's finding: the NIR was excused as an insured's and she was filed). Her own NIR there stays
consistent, and an insured's field naming someone else keeps its excuse (independent corpus s3-039: the mother's NIR on
the child's sheet). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient
from tests.support.ins_kit import with_key

TODAY = date(2026, 12, 1)
HER_NIR = with_key("2700675008320")  # F, June 1970
OTHERS_NIR = with_key("1550675008321")  # M, June 1955
SISTERS_NIR = with_key("2720375008322")  # F, March 1972
UNREGISTERED_NIR = with_key("1620375008323")  # M, March 1962
KONE = Patient("K1", "KONE", "Yasmine", date(1970, 6, 10), "F")
KONE_WITH_INS = Patient("K1", "KONE", "Yasmine", date(1970, 6, 10), "F", ins=HER_NIR)
OTHER = Patient("O1", "MARCHAND", "Paul", date(1955, 6, 2), "M", ins=OTHERS_NIR)
SISTER = Patient("S1", "KONE", "Awa", date(1972, 3, 4), "F", ins=SISTERS_NIR)
CHILD = Patient("C1", "BOULANGER", "Nathalie Lucile", date(2017, 1, 1), "F")
BLOCKS = ["Nom : KONE\nPrénom(s) : Yasmine\nNée le : 10/06/1970\n", "Patiente : KONE Yasmine, née le 10/06/1970\n",
          "Bénéficiaire : KONE Yasmine\nDate de naissance : 10/06/1970\n", "KONE Yasmine, née le 10/06/1970\n"]
INSURED_LINES = ["Assurée : KONE Yasmine — {nir}\n", "Assurée : KONE Yasmine {nir}\n",
                 "Assurée : KONE Yasmine\nNIR : {nir}\n", "Assuré(e) : KONE Yasmine — N° SS {nir}\n",
                 "Assurée : Mme KONE Yasmine — {nir}\n"]


def decision(page: str, patients: list[Patient]):
    return decide(read_document([page], today=TODAY), RegistryIndex.build(patients))


@pytest.mark.parametrize("block", BLOCKS)
@pytest.mark.parametrize("line", INSURED_LINES)
@pytest.mark.parametrize("nir, registry", [
    (OTHERS_NIR, [KONE_WITH_INS, OTHER, SISTER]), (OTHERS_NIR, [KONE]), (SISTERS_NIR, [KONE_WITH_INS, OTHER, SISTER]),
    (SISTERS_NIR, [KONE]), (UNREGISTERED_NIR, [KONE, OTHER]), (UNREGISTERED_NIR, [KONE_WITH_INS]),
], ids=["other_registered", "other_alone", "sister_registered", "sister_alone", "unregistered", "unregistered_hers_known"])
def test_another_nir_in_the_insureds_field_naming_her_contradicts(block, line, nir, registry):
    d = decision(block + line.format(nir=nir), registry)
    assert not d.files and d.patient_ipp is None


@pytest.mark.parametrize("block", BLOCKS)
@pytest.mark.parametrize("line", INSURED_LINES)
@pytest.mark.parametrize("registry", [[KONE_WITH_INS, OTHER, SISTER], [KONE]], ids=["registered", "no_ins"])
def test_her_own_nir_there_stays_consistent(block, line, registry):
    d = decision(block + line.format(nir=HER_NIR), registry)
    assert d.files and d.patient_ipp == "K1"


@pytest.mark.parametrize("registry", [[CHILD], [CHILD, KONE_WITH_INS]])
def test_an_insured_naming_someone_else_keeps_the_excuse(registry):
    page = f"Nom : BOULANGER\n\nPrénom(s) : Nathalie Lucile\n\nNaissance : 01/01/2017\n\nAssurée : KONE Yasmine — {HER_NIR}\n"
    d = decision(page, registry)
    assert d.files and d.patient_ipp == "C1"
