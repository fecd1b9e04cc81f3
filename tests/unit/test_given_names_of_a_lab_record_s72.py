"""Session 72: a lab record's given names at birth tell apart two registered women born the same day, one whose birth
name and the other whose used name is the record's name (third corpus, `usage_namesake`: HPRIM Santé
`MARTIN~ISABELLE~MADELEINE ANNE~~MME` for MARTIN Isabelle Madeleine Anne while COLIN épouse MARTIN Isabelle Germaine is
registered too). Only from a record's own fields; a page keeps the review. Pure, no I/O."""
from datetime import date

import pytest

from docpipe import identity, labfiling, matching
from docpipe.labresults import parse
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
BORN = date(1963, 4, 13)
ISABELLE = Patient("X01", "MARTIN", "Isabelle Madeleine Anne", BORN, "F")
NAMESAKE = Patient("W02", "COLIN", "Isabelle, Germaine", BORN, "F", used_name="MARTIN")


def hprim_sante(name_field: str) -> bytes:
    return ("H|~^\\&|res.hpm||LX07~LABORATOIRE DU CENTRE||ORU|||||P|H2.0|20261114140650\r"
            f"P|1|960476|91179307||{name_field}||19630413|F\r"
            "OBR|1|1397065|8388459|INFL~BILAN INFLAMMATOIRE~L|||202611141406\r"
            "OBX|1|NM|CRP~Protéine C réactive~L||1.8|mg/L|0-5|N|||F\r"
            "L|1||1|2\r").encode("latin-1")


def hl7(name_field: str) -> bytes:
    return ("MSH|^~\\&|SIL|LAB01^LABORATOIRE FICTIF|DOCPIPE|CABINET|20261130120000||ORU^R01^ORU_R01|M1|P|2.5\r"
            f"PID|1||L0001^^^LAB01^PI||{name_field}||19630413|F\r"
            "OBR|1|E1||BILAN^Bilan biologique|||202611300815\r"
            "OBX|1|NM|CRP^Protéine C réactive^L||1.8|mg/L|0-5|N|||F\r").encode("latin-1")


def decision(data: bytes, registry=(ISABELLE, NAMESAKE)):
    message = parse(data).messages[0]
    return labfiling.decide(message, matching.RegistryIndex.build(list(registry)), TODAY)


def test_hprim_santes_further_given_names_are_read():
    assert parse(hprim_sante("MARTIN~ISABELLE~MADELEINE ANNE~~MME")).messages[0].identity.first_names \
        == "ISABELLE MADELEINE ANNE"


@pytest.mark.parametrize("name_field, names", [
    ("MARTIN^ISABELLE^MADELEINE ANNE^^^^L", "ISABELLE MADELEINE ANNE"),
    ("MARTIN^ISABELLE^ISABELLE MADELEINE ANNE^^^^L", "ISABELLE MADELEINE ANNE"),  # IHE PAM France's whole list
    ("MARTIN^ISABELLE^^^^^L", "ISABELLE"),
])
def test_hl7s_further_given_names_are_read_once(name_field, names):
    assert parse(hl7(name_field)).messages[0].identity.first_names == names


@pytest.mark.parametrize("data", [hprim_sante("MARTIN~ISABELLE~MADELEINE ANNE~~MME"),
                                  hprim_sante("MARTIN~ISABELLE~MADELEINE~~MME"),
                                  hl7("MARTIN^ISABELLE^MADELEINE ANNE^^^^L")])
def test_the_records_given_names_rule_out_the_namesake(data):
    verdict = decision(data)
    assert verdict.status == "filed" and verdict.patient_ipp == "X01"
    assert [entry["ipp"] for entry in verdict.evidence["ruled_out"]] == ["W02"]
    assert "prénoms" in verdict.evidence["ruled_out"][0]["message"]


def test_the_namesakes_own_given_names_name_her():
    verdict = decision(hprim_sante("MARTIN~ISABELLE~GERMAINE~~MME"))
    assert verdict.status == "filed" and verdict.patient_ipp == "W02"


@pytest.mark.parametrize("name_field", [
    "MARTIN~ISABELLE~~~MME",  # one given name: both fit
    "MARTIN~ISABELLE~M.~~MME",  # an initial says nothing
    "MARTIN~ISABELLE~MARIE~~MME",  # neither woman's names
    "MARTIN~ISABELLE~MADELEINE GERMAINE~~MME",  # the second name fits one, the third neither
])
def test_given_names_that_do_not_single_one_out_keep_the_review(name_field):
    verdict = decision(hprim_sante(name_field))
    assert verdict.status == "review" and verdict.patient_ipp is None


def test_a_namesake_registered_with_one_given_name_contradicts_nothing():
    one_name = Patient("W02", "COLIN", "Isabelle", BORN, "F", used_name="MARTIN")
    verdict = decision(hprim_sante("MARTIN~ISABELLE~MADELEINE ANNE~~MME"), registry=(ISABELLE, one_name))
    assert verdict.status == "review" and verdict.patient_ipp is None


def test_both_registered_lists_agreeing_keep_the_review():
    longer = Patient("W02", "COLIN", "Isabelle Madeleine Germaine", BORN, "F", used_name="MARTIN")
    verdict = decision(hprim_sante("MARTIN~ISABELLE~MADELEINE~~MME"), registry=(ISABELLE, longer))
    assert verdict.status == "review" and verdict.patient_ipp is None


def test_a_page_printing_the_same_names_keeps_the_review():
    page = "Résultats de biologie\nNom : MARTIN\nPrénom(s) : ISABELLE MADELEINE ANNE\nDate de naissance : 13/04/1963\n"
    verdict = matching.decide(identity.read_document([page], TODAY), matching.RegistryIndex.build([ISABELLE, NAMESAKE]))
    assert verdict.status == "review" and verdict.patient_ipp is None
