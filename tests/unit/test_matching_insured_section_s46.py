"""A care sheet or a voucher printing the insured's block under its own heading (`ASSURÉ(E)`), then the beneficiary's
under another (`BÉNÉFICIAIRE DES SOINS (si différent de l'assuré)`): the lines between the two headings are the
insured's — her name and her number are no evidence about the beneficiary the page is for (independent corpus ood4,
seeds 1–4: every such form went to review). Left blank, the beneficiary's block says the insured is the patient."""
from __future__ import annotations

from datetime import date

import pytest

from docpipe import identity, matching
from docpipe.models import Patient

TODAY = date(2024, 3, 28)


def nir(sex: int, year: int, month: int, department: str, commune: int, order: int) -> str:
    number = f"{sex}{year:02d}{month:02d}{department}{commune:03d}{order:03d}"
    return number + f"{97 - int(number) % 97:02d}"


MOTHER = Patient("9132148", "BARTHELEMY", "Anne-Sophie Nathalie", date(1978, 11, 14), "F", used_name="LE BRAS",
                 ins=nir(2, 78, 11, "31", 563, 74))
CHILD = Patient("4080021", "LE BRAS", "Maxime Michel", date(2010, 1, 5), "M")
SISTER = Patient("6706301", "LE BRAS", "Catherine Marie", date(2013, 1, 27), "F", ins=nir(2, 13, 1, "94", 417, 941))
INDEX = matching.RegistryIndex.build([MOTHER, CHILD, SISTER])


def grouped(number: str) -> str:
    return " ".join([number[0], number[1:3], number[3:5], number[5:7], number[7:10], number[10:13], number[13:]])


def care_sheet(beneficiary: str, insured_heading: str = "ASSURÉ(E)",
               beneficiary_heading: str = "BÉNÉFICIAIRE DES SOINS (si différent de l'assuré)") -> str:
    return f"""PRESCRIPTION MÉDICALE DE TRANSPORT

Pôle de santé Saint-Jacques

{insured_heading}
Nom et prénom : N° d'immatriculation |
.[ LE BRAS Anne-Sophie

{grouped(MOTHER.ins)}

{beneficiary_heading}
{beneficiary}
Motif / renseignements cliniques
Une toux persistante depuis six semaines.
Médecin prescripteur
Date

Dr Pierre BARRÉ — RPPS 10646073648
27/03/2024
"""


CHILDS_BLOCK = "Nom de naissance : LE BRAS\nNom d'usage\nPrénom : Maxime\nDate de naissance : 05/01/2010"


def decide(text: str) -> matching.MatchDecision:
    return matching.decide(identity.read_document([text], TODAY), INDEX)


def test_the_insureds_section_is_one_third_partys_field():
    text = care_sheet(CHILDS_BLOCK)
    fields = identity.find_fields(text, identity.fold(text))
    insured = [f for f in fields if f.kind == "third_party"]
    assert [(f.label, f.value) for f in insured][:1] == [("ASSURE", "[ LE BRAS ANNE-SOPHIE")]
    assert not [f for f in fields if f.kind == "name" and "SOINS" in f.value]  # the beneficiary's heading is no name
    assert ("birth_name", "LE BRAS") in [(f.kind, f.value) for f in fields]


@pytest.mark.parametrize("insured_heading, beneficiary_heading", [
    ("ASSURÉ(E)", "BÉNÉFICIAIRE DES SOINS (si différent de l'assuré)"),
    ("| ASSURÉ(E)", "BÉNÉFICIAIRE"),
    ("L'ASSURÉ(E) (à remplir dans tous les cas)", "PATIENT(E)"),
    ("OUVRANT DROIT", "PERSONNE RECEVANT LES SOINS"),
])
def test_the_beneficiary_named_below_the_insured_is_filed(insured_heading, beneficiary_heading):
    decision = decide(care_sheet(CHILDS_BLOCK, insured_heading, beneficiary_heading))
    assert decision.files and decision.patient_ipp == CHILD.ipp


def test_a_blank_beneficiarys_block_leaves_the_insured_as_the_patient():
    decision = decide(care_sheet("Nom de naissance\nNom d'usage\nPrénom\nDate de naissance"))
    assert decision.files and decision.patient_ipp == MOTHER.ipp


@pytest.mark.parametrize("block", [
    "Nom de naissance : LE BRAS\nNom d'usage\nPrénom : Maxime\nDate de naissance : 05/01/2011",  # a date not his
    "Nom de naissance : LE BRAS\nNom d'usage\nPrénom : Catherine\nDate de naissance",  # the sister, undated
    "Nom de naissance : LE BRAS\nNom d'usage\nPrénom\nDate de naissance : 05/01/2010",  # no first name
])
def test_a_beneficiary_not_conclusively_read_goes_to_review(block):
    assert not decide(care_sheet(block)).files


def test_without_the_beneficiarys_heading_the_insureds_number_still_speaks():
    """No heading below: nothing says the lines are the insured's — her INS designates her, the child's traits
    contradict, as before."""
    text = care_sheet(CHILDS_BLOCK, beneficiary_heading="").replace("\n\n\n", "\n\n")
    assert not decide(text).files


def test_a_prescribers_line_and_its_date_are_no_other_identity():
    """`Dr Pierre BARRÉ — RPPS …` / `27/03/2024` on a paper read two years later: a doctor carries no birth date."""
    decision = matching.decide(identity.read_document([care_sheet(CHILDS_BLOCK)], date(2026, 12, 5)), INDEX)
    assert decision.files and decision.patient_ipp == CHILD.ipp


def test_another_persons_name_and_date_still_contradict():
    text = care_sheet(CHILDS_BLOCK).replace("Dr Pierre BARRÉ — RPPS 10646073648\n27/03/2024",
                                            "Pierre BARRÉ — 10646073648\n14/06/1964")
    assert not matching.decide(identity.read_document([text], date(2026, 12, 5)), INDEX).files


DAUGHTER = Patient("794193", "DUBOIS", "Sophie", date(2023, 8, 25), "F")
FATHER = Patient("965272", "DUBOIS", "Pierre", date(1974, 9, 5), "M", ins=nir(1, 74, 9, "69", 299, 997))
SISTER_TWIN = Patient("794194", "DUBOIS", "Léa", date(2023, 8, 25), "F")
FAMILY = matching.RegistryIndex.build([DAUGHTER, FATHER, SISTER_TWIN])


def childs_letter(insured: str, staff: str = "Mme BERNARD") -> str:
    return f"""CLINIQUE SAINT-AUGUSTIN
Consultation de Dermatologie
CADRE DE SANTÉ — {staff}
COMPTE RENDU DE CONSULTATION
IDENTITÉ DU PATIENT
Nom de naissance : DUBOIS
Prénom(s) : Sophie
Date de naissance : 25/08/2023
Sexe : Féminin
{insured}
Motif de consultation : eczéma.
Dr Stéphanie THOMAS
"""


def test_the_insured_parents_own_date_in_his_field_does_not_contradict_the_child():
    """Third independent corpus s49: `Assuré : M. DUBOIS Pierre, né le …` on his daughter's paper, her own fields
    naming her with her date: the insured is her parent, as `Père :` would say."""
    text = childs_letter(f"Assuré : M. DUBOIS Pierre, né le 05/09/1974 — N° SS : {grouped(FATHER.ins)}")
    decision = matching.decide(identity.read_document([text], TODAY), FAMILY)
    assert decision.files and decision.patient_ipp == DAUGHTER.ipp


@pytest.mark.parametrize("insured", [
    "Assuré : Mme DUBOIS Sophie, née le 12/02/1990",  # the patient's own first name: whose date, nobody can tell
    "Assuré : DUBOIS Léa, née le 25/08/2023",  # her twin's date is hers: a twin
    "Assuré : DUBOIS Léa, née le 25/08/2024",  # born after her: a twin's date misread, no parent
    "Assuré : DUBOIS, né le 05/09/1974",  # no first name
])
def test_an_insured_not_told_apart_still_contradicts(insured):
    assert not matching.decide(identity.read_document([childs_letter(insured)], TODAY), FAMILY).files


def test_an_insured_printed_above_the_patient_still_contradicts():
    """`ATTESTATION DE DROITS` / `Assuré : …` / `Ayant(s) droit : …`: the paper may be the insured's (review93)."""
    text = f"""ATTESTATION DE DROITS À L'ASSURANCE MALADIE
Assuré : M. DUBOIS Pierre, né le 05/09/1974 — N° SS : {grouped(FATHER.ins)}
Ayant(s) droit rattaché(s) :
Nom : DUBOIS
Prénom : Sophie
Né(e) le : 25/08/2023
"""
    assert not matching.decide(identity.read_document([text], TODAY), FAMILY).files


def test_a_word_hyphen_joined_to_the_surname_still_counts():
    """`MARTIN-DUBOIS` read as another DUBOIS, first name Martin, keeps a staff line's compound surname in review: a
    twin's first name glued by a hyphen (`DUBOIS-Léa née le …`) looks the same (review93 refused excusing it)."""
    assert not matching.decide(identity.read_document([childs_letter("", staff="DUBOIS-Léa née le 25/08/2023")],
                                                      TODAY), FAMILY).files


def test_another_first_name_beside_the_surname_still_counts():
    text = childs_letter("", staff="Mme Martine DUBOIS")
    assert not matching.decide(identity.read_document([text], TODAY), FAMILY).files
