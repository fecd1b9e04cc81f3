"""Session 62: a child's paper that prints only a parent's identity is not the parent's.

- A parent who signs for a child (`Je soussigné M. DURAND Paul, INS : …, agissant en qualité de père,`, `…, en qualité
  de titulaire de l'autorité parentale,`) is found by his INS, when the role follows it at once, as by his name and
  birth date: the paper goes to review. Signing for oneself — a parent describing himself
  (`père de trois enfants, demande ma sortie`, `père de l'enfant Louis, consens au prélèvement de mon rein`), a form
  offering the roles in brackets, a role that is someone else's further on (`désigne Mme LE GALL Monique, sa mère`,
  `assisté de Mme PICARD Anne, sa curatrice`) — or a doctor certifying the parent's own state, still files.
- A line holding only a first name and an age right above the first line that names the patient (`Lucas, 16 ans`
  over `Titulaire : DURAND Paul  N° SS : …`) is the paper's subject: an age the patient did not have sends it to
  review. The same line below his name, under a heading of his circle (`Fratrie :`), among others like it, bearing
  his own first name (an age misread), a continuation page's, or an age that fits, keeps the filing.
- A numbered parent's heading (`Représentant légal 1`) heads a parent's block as the bare heading does; the same label
  with a person after it on its line is a field, and the patient's block below it files.
"""
from __future__ import annotations

from datetime import date

import pytest

from docpipe import identity, matching
from docpipe.models import Patient

TODAY = date(2026, 12, 7)


def with_key(nir13: str) -> str:
    return nir13 + f"{97 - int(nir13) % 97:02d}"


PAUL = Patient("P1", "DURAND", "Paul", date(1980, 5, 14), "M", ins=with_key("1800575056123"))
# Other registry patients, whose given names are the children's here.
LUCAS = Patient("P2", "MOREAU", "Lucas", date(2010, 2, 3), "M")
LOUIS = Patient("P3", "GIRARD", "Louis", date(2021, 6, 30), "M")
INDEX = matching.RegistryIndex.build([PAUL, LUCAS, LOUIS])


def decide(text: str) -> matching.MatchDecision:
    return matching.decide(identity.read_document([text], TODAY), INDEX)


HEAD = "Cabinet du Dr Hélène ROUSSEAU\nPédiatrie - 12 rue des Lilas 44000 Nantes\nNantes, le 03/12/2026\n\n"


@pytest.mark.parametrize("signer", [
    f"Je soussigné M. DURAND Paul, INS : {PAUL.ins}, agissant en qualité de père,",
    f"Je soussigné DURAND Paul (INS {PAUL.ins}), en qualité de titulaire de l'autorité parentale,",
    f"Je soussigné M. DURAND Paul, INS : {PAUL.ins}, en ma qualité de père,",
    "Je soussigné M. DURAND Paul, né le 14/05/1980, titulaire de l'autorité parentale sur Louis,",
])
def test_a_parent_signing_for_a_child_sends_the_paper_to_review(signer):
    decision = decide(HEAD + "AUTORISATION D'OPÉRER UN MINEUR\n\n" + signer +
                      "\nautorise l'équipe chirurgicale à pratiquer l'amygdalectomie prévue.\n\nSignature\n")
    assert not decision.files
    assert "attestation signée pour un autre" in decision.reason_fr


@pytest.mark.parametrize("body", [
    f"Je soussigné M. DURAND Paul, INS : {PAUL.ins}, demande ma sortie contre avis médical.",
    "Je soussigné Dr ROUSSEAU certifie avoir examiné M. DURAND Paul, né le 14/05/1980, père de deux enfants.",
    f"Je soussigné M. DURAND Paul, INS : {PAUL.ins}, accepte l'intervention qui m'a été proposée.",
    f"Je soussigné M. DURAND Paul, INS : {PAUL.ins}, père de trois enfants, demande ma sortie contre avis médical.",
    "Je soussigné M. DURAND Paul, né le 14/05/1980, père de famille, demande ma sortie contre avis médical.",
    f"Je soussigné M. DURAND Paul, INS : {PAUL.ins}, père de l'enfant à naître, consens au prélèvement.",
    f"Je soussigné(e) M. DURAND Paul, INS : {PAUL.ins}, patient ou représentant légal (père, mère, tuteur), "
    "reconnais avoir été informé.",
    f"Je soussigné M. DURAND Paul, INS : {PAUL.ins}, et Mme PICARD Anne, sa curatrice, autorisons la sortie.",
    f"Je soussigné M. DURAND Paul, INS : {PAUL.ins}, autorise la présence de Claire, ma compagne.",
    f"Je soussigné M. DURAND Paul, INS : {PAUL.ins}, désigne Mme LE GALL Monique, sa mère, personne de confiance.",
    f"Je soussigné M. DURAND Paul, INS : {PAUL.ins}, assisté de Mme PICARD Anne, sa curatrice, consens aux soins.",
    f"Je soussigné M. DURAND Paul, INS : {PAUL.ins}, père de l'enfant Louis, consens au prélèvement de mon rein.",
])
def test_a_signer_speaking_for_himself_is_filed(body):
    decision = decide(HEAD + body + "\n")
    assert decision.files and decision.patient_ipp == PAUL.ipp


PRESCRIPTION = "Dr Marc BLANCHARD - Médecine générale\n15 avenue Foch 44000 Nantes\nLe 01/12/2026\n{lines}\n" \
               "ORDONNANCE\nParacétamol 1000 mg : 1 cp x 3/j pendant 5 jours\n"


@pytest.mark.parametrize("subject", ["Lucas, 16 ans", "Louis (4 ans)", "LUCAS - 16 ans"])
def test_a_lone_first_name_and_age_above_the_holders_name_sends_to_review(subject):
    decision = decide(PRESCRIPTION.format(lines=f"{subject}\nTitulaire : DURAND Paul   N° SS : {PAUL.ins}"))
    assert not decision.files
    assert "incompatible avec le patient" in decision.reason_fr


@pytest.mark.parametrize("lines", [
    # his own age
    f"Paul, 46 ans\nTitulaire : DURAND Paul   N° SS : {PAUL.ins}",
    # his children, listed below his name
    f"Titulaire : DURAND Paul   N° SS : {PAUL.ins}\nEnfants :\nLucas, 16 ans\nLouis (4 ans)",
    # a first name no one in the registry bears
    f"Zéphyrin, 16 ans\nTitulaire : DURAND Paul   N° SS : {PAUL.ins}",
    # under a heading of his circle, or among others like it
    f"Fratrie :\nLucas, 16 ans\nTitulaire : DURAND Paul   N° SS : {PAUL.ins}",
    f"Aidante principale\nLucas, 16 ans\nTitulaire : DURAND Paul   N° SS : {PAUL.ins}",
    f"Enfants\nLucas, 16 ans\nTitulaire : DURAND Paul   N° SS : {PAUL.ins}",
    f"Lucas, 16 ans\nLouis, 4 ans\nTitulaire : DURAND Paul   N° SS : {PAUL.ins}",
    # his own first name: an age misread
    f"Paul, 16 ans\nTitulaire : DURAND Paul   N° SS : {PAUL.ins}",
    # not right above his name
    f"Lucas, 16 ans\nRenouvellement\nTitulaire : DURAND Paul   N° SS : {PAUL.ins}",
])
def test_the_near_misses_keep_the_holders_filing(lines):
    decision = decide(PRESCRIPTION.format(lines=lines))
    assert decision.files and decision.patient_ipp == PAUL.ipp


def test_the_child_whose_age_fits_is_filed():
    decision = decide(PRESCRIPTION.format(lines="Lucas, 16 ans\nNom : MOREAU   Prénom : Lucas   Né le 03/02/2010"))
    assert decision.files and decision.patient_ipp == LUCAS.ipp


def test_a_continuation_pages_lone_line_keeps_the_filing():
    first = PRESCRIPTION.format(lines=f"Titulaire : DURAND Paul   N° SS : {PAUL.ins}")
    second = "Suite\nExamen normal.\nLucas, 16 ans\nDURAND Paul - page 2/2\n"
    decision = matching.decide(identity.read_document([first, second], TODAY), INDEX)
    assert decision.files and decision.patient_ipp == PAUL.ipp


PARENTS_BLOCK = "Nom : DURAND   Prénom : Paul   Né le : 14/05/1980\nQualité : père\n" \
                "autorise l'intervention chirurgicale sur l'enfant Louis.\n"


@pytest.mark.parametrize("heading", ["Représentant légal 1", "Parent n° 2", "Représentant légal"])
def test_a_numbered_parents_heading_heads_a_parents_block(heading):
    assert not decide(f"AUTORISATION D'OPÉRER\n\n{heading}\n" + PARENTS_BLOCK).files


def test_a_numbered_parents_field_with_its_value_leaves_the_patients_block_below():
    text = "FICHE D'ADMISSION\n\nReprésentant légal 1 : Mme PICARD Anne\n\n" \
           "Nom : DURAND   Prénom : Paul   Né le : 14/05/1980\nMotif : bilan\n"
    decision = decide(text)
    assert decision.files and decision.patient_ipp == PAUL.ipp
