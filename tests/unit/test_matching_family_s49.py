"""Session 49: a page that prints a child's INS beside someone else of the child's name — the mother's post-natal
consultation, her delivery report listing the newborn — is not the child's; the near-misses keep their filing.

- A grown-up's civility on a young holder's surname alone (`Patiente : Mme GARNIER` for a newborn), or an age printed
  after the surname that the holder has not reached (`Mme RENAUD, 32 ans`), names someone else of the holder's name.
- A first name opening the subject's label (`Patiente : Hélène RENAUD`) beside the surname in capitals is the subject's.
"""
from __future__ import annotations

from datetime import date

import pytest

from docpipe import identity, matching
from docpipe.models import Patient

TODAY = date(2026, 3, 2)


def with_key(nir13: str) -> str:
    return nir13 + f"{97 - int(nir13) % 97:02d}"


EMMA = Patient("P1", "RENAUD", "Emma", date(2026, 1, 25), "F", ins=with_key("2260114672398"))
STEPHANE = Patient("P2", "RENAUD", "Stéphane", date(2012, 3, 6), "M", ins=with_key("1120375112345"))
SOPHIE = Patient("P3", "RENAUD", "Sophie", date(1986, 5, 2), "F", ins=with_key("2860575112345"))
INDEX = matching.RegistryIndex.build([EMMA, STEPHANE, SOPHIE])


def decide(text: str) -> matching.MatchDecision:
    return matching.decide(identity.read_document([text], TODAY), INDEX)


@pytest.mark.parametrize("mother", ["Mme RENAUD, 32 ans, revue à J8 de son accouchement.",
                                    "Madame RENAUD (29 ans) revue à J24 de son accouchement.",
                                    "Patiente : Mme RENAUD"])
@pytest.mark.parametrize("child", ["Enfant Emma RENAUD née le 25/01/2026",
                                   "Patient(e) : Enfant Emma RENAUD — née le 25/01/2026"])
def test_the_mothers_page_printing_her_newborns_ins_goes_to_review(mother, child):
    decision = decide(f"Consultation post-natale\n{mother}\n{child}\nINS : {EMMA.ins}\nAllaitement maternel.\n")
    assert not decision.files
    assert "ne peut pas être le titulaire" in decision.reason_fr or "sans le nom du patient" in decision.reason_fr


def test_the_mother_named_by_her_first_name_on_her_delivery_report_goes_to_review():
    text = f"COMPTE RENDU D'ACCOUCHEMENT\nPatiente : Hélène RENAUD\nNouveau-né :\n" \
           f"Patient(e) : Enfant RENAUD Emma — née le 25/01/2026\nINS : {EMMA.ins}\n"
    decision = decide(text)
    assert not decision.files
    assert "HELENE RENAUD" in decision.reason_fr


@pytest.mark.parametrize("mother", ["Vu avec sa mère, Mme RENAUD.", "Accompagné de Mme RENAUD, sa mère."])
def test_a_childs_own_page_naming_his_mother_as_a_relative_is_filed(mother):
    text = f"Consultation pédiatrique\nPatient(e) : Enfant RENAUD Stéphane — né le 06/03/2012\n" \
           f"INS : {STEPHANE.ins}\n{mother}\n"
    decision = decide(text)
    assert decision.files and decision.patient_ipp == STEPHANE.ipp


@pytest.mark.parametrize("line", ["Mme RENAUD, 39 ans, revue ce jour.", "Mme RENAUD, 36 ans, revue ce jour.",
                                  "Patiente : Mme RENAUD"])
def test_a_grown_up_holder_of_her_age_or_younger_on_an_older_paper_is_filed(line):
    decision = decide(f"Consultation\n{line}\nINS : {SOPHIE.ins}\n")
    assert decision.files and decision.patient_ipp == SOPHIE.ipp


def test_an_age_the_holder_has_not_reached_goes_to_review():
    decision = decide(f"Consultation\nMme RENAUD, 42 ans, revue ce jour.\nINS : {SOPHIE.ins}\n")
    assert not decision.files
    assert "« mme renaud, 42 ans » ne peut pas être le titulaire" in decision.reason_fr
