"""Each lab message's identity goes through the SAME matching rules as any document: the structured
fields become the labelled lines the identity reader understands (no special path, no looser rule)."""
from dataclasses import replace
from datetime import date

import pytest

from docpipe import identity, labfiling, matching
from docpipe.labresults import identity_text, parse
from docpipe.labresults import samples as s
from docpipe.models import Patient

BIRTH = date(1957, 3, 12)
HELENE = s.SamplePatient("LEFÈVRE", "Hélène Marie", BIRTH, "F", used_name="MOREAU",
                         ins=s.fictitious_ins("F", BIRTH), lab_id="L0001")
LOIC = s.SamplePatient("GARÇON", "Loïc", date(1980, 7, 1), "M", lab_id="L0002")
STRANGER = s.SamplePatient("INCONNU", "Paul", date(1966, 6, 6), "M", lab_id="L0099")

REGISTRY = [
    Patient("IPP001", "LEFEVRE", "Hélène, Marie", BIRTH, "F", used_name="MOREAU", ins=HELENE.ins),
    Patient("IPP002", "GARCON", "Loïc", date(1980, 7, 1), "M"),
]


def decide(message, registry=REGISTRY):
    readings = identity.read_document([identity_text(message)])
    return matching.decide(readings, matching.RegistryIndex.build(registry))


def files_of(data, registry=REGISTRY):
    return [(d.status, d.patient_ipp) for d in (decide(m, registry) for m in parse(data).messages)]


def hl7(*patients) -> bytes:
    return s.hl7_file([s.hl7_message(s.SampleReport(p), f"M{i}") for i, p in enumerate(patients)])


FORMATS = {
    "hprim_net": lambda *ps: s.hprim_net_file([s.SampleReport(p) for p in ps]),
    "hprim_sante": lambda *ps: s.hprim_sante_file([s.SampleReport(p) for p in ps]),
    "hl7": hl7,
}


@pytest.mark.parametrize("build", FORMATS.values(), ids=FORMATS.keys())
def test_each_part_is_filed_under_its_own_patient(build):
    assert files_of(build(HELENE, LOIC)) == [("filed", "IPP001"), ("filed", "IPP002")]


@pytest.mark.parametrize("build", FORMATS.values(), ids=FORMATS.keys())
def test_a_patient_not_in_the_registry_goes_to_review_alone(build):
    assert files_of(build(HELENE, STRANGER, LOIC)) == [("filed", "IPP001"), ("review", None), ("filed", "IPP002")]


def test_identity_lines_are_labelled_for_the_reader():
    message = parse(hl7(HELENE)).messages[0]
    assert identity_text(message) == ("Nom de naissance : LEFÈVRE\nNom d'usage : MOREAU\nPrénom(s) : Hélène Marie\n"
                                      f"Date de naissance : 12/03/1957\nSexe : F\nINS : {HELENE.ins}\n")


def test_ins_filed_by_the_ins_rule():
    decision = decide(parse(hl7(HELENE)).messages[0])
    assert decision.files and decision.rule == "ins"


def test_ins_with_a_bad_key_one_digit_from_the_registry_files_with_a_note():
    """A lab's typo in one digit of the patient's own INS (issue 11's rule): the traits decide, the
    evidence says the document's INS differs from the registry by one digit."""
    misprinted = replace(HELENE, ins=HELENE.ins[:-2] + f"{(int(HELENE.ins[-2:]) + 1) % 97:02d}")
    decision = decide(parse(hl7(misprinted)).messages[0])
    assert decision.files and decision.patient_ipp == "IPP001"
    assert any("un chiffre diffère du registre" in note for note in decision.evidence.get("notes", []))


def test_ins_with_a_bad_key_further_from_the_registry_sends_the_message_to_review():
    body = HELENE.ins[:13]
    changed = body[:5] + str((int(body[5]) + 1) % 10) + str((int(body[6]) + 1) % 10) + body[7:]
    broken = replace(HELENE, ins=changed + HELENE.ins[13:])
    decision = decide(parse(hl7(broken)).messages[0])
    assert decision.status == "review" and "clé invalide" in decision.reason_fr


def test_ins_of_another_registry_patient_sends_to_review():
    other_ins = s.fictitious_ins("F", BIRTH, serial="13055001")
    decision = decide(parse(hl7(replace(HELENE, ins=other_ins))).messages[0])
    assert decision.status == "review"


def test_homonyms_go_to_review():
    twin = Patient("IPP003", "GARCON", "Loïc", date(1980, 7, 1), "M")
    decision = decide(parse(FORMATS["hprim_sante"](LOIC)).messages[0], REGISTRY + [twin])
    assert decision.status == "review" and decision.patient_ipp is None


def test_same_name_other_birth_date_goes_to_review():
    born_later = replace(LOIC, birth_date=date(1981, 7, 1))
    assert files_of(FORMATS["hprim_net"](born_later)) == [("review", None)]


def test_other_first_name_goes_to_review():
    assert files_of(FORMATS["hl7"](replace(LOIC, first_names="Louis"))) == [("review", None)]


def test_registry_sex_contradicted_goes_to_review():
    assert files_of(FORMATS["hprim_sante"](replace(LOIC, sex="F"))) == [("review", None)]


def test_lab_ids_are_never_offered_as_the_practice_ipp():
    message = parse(FORMATS["hprim_sante"](replace(LOIC, lab_id="IPP001"))).messages[0]
    assert "IPP001" not in identity_text(message)
    assert decide(message).patient_ipp == "IPP002"


def test_hprim_net_social_security_number_is_not_printed_as_an_ins():
    """An insured parent's number on line 8 must neither file nor contradict."""
    parent_number = s.fictitious_ins("M", date(1950, 1, 1))
    message = parse(FORMATS["hprim_net"](replace(LOIC, ins=parent_number))).messages[0]
    assert parent_number not in identity_text(message)
    assert decide(message).patient_ipp == "IPP002"


def test_an_unreadable_part_carries_no_identity_and_is_never_filed():
    data = s.hl7_file([s.hl7_message(s.SampleReport(HELENE), "M1"),
                       s.hl7_message(s.SampleReport(LOIC), "M2", with_pid=False)])
    first, second = parse(data).messages
    assert identity_text(second) == ""
    assert decide(first).patient_ipp == "IPP001"
    assert decide(second).status == "review" and decide(second).rule == "no_identity"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_lab_file_is_typed_a_namesake_one_digit_away_does_not_stop_it(fmt):
    # The lab's own data, never OCR's: LOIC's exact traits file him beside GARÇON Loïc born 01/07/1986 (one digit).
    namesake = Patient("IPP003", "GARCON", "Loïc", date(1986, 7, 1), "M")
    index = matching.RegistryIndex.build([*REGISTRY, namesake])
    [message] = parse(FORMATS[fmt](LOIC)).messages
    decision = labfiling.decide(message, index, date(2026, 12, 1))
    assert (decision.status, decision.patient_ipp) == ("filed", "IPP002")
    scanned = matching.decide(identity.read_document([identity_text(message)]), index)
    assert not scanned.files and scanned.rule == "homonyms"  # the same lines read by OCR keep the doubt


# Third corpus s13: DUBOIS épouse THOMAS Isabelle's results, THOMAS Isabelle (born THOMAS) registered the same day.
ISABELLE = s.SamplePatient("DUBOIS", "Isabelle", date(1940, 8, 24), "F", used_name="THOMAS", lab_id="L0007")
NAMESAKES = [Patient("W1", "DUBOIS", "Isabelle", date(1940, 8, 24), "F", used_name="THOMAS"),
             Patient("W2", "THOMAS", "Isabelle Thérèse", date(1940, 8, 24), "F")]


@pytest.mark.parametrize("build, expected", [
    (hl7, ("filed", "W1")),  # PID-5 gives her legal (birth) and display (used) names
    (FORMATS["hprim_sante"], ("filed", "W1")),  # P segment: name and birth name
    (FORMATS["hprim_net"], ("review", None)),  # one name line, THOMAS: both namesakes bear it
])
def test_a_records_birth_name_rules_out_the_namesake_who_never_bore_it(build, expected):
    message = parse(build(ISABELLE)).messages[0]
    d = labfiling.decide(message, matching.RegistryIndex.build(NAMESAKES), date(2026, 12, 4))
    assert (d.status, d.patient_ipp) == expected


def test_a_records_birth_name_mistyped_one_letter_off_beside_the_holders_ins_is_his():
    """Third corpus s14: `DUVA^Christophe^^^M.^^L` with DUVAL Christophe's INS, birth date and sex."""
    duval = Patient("D1", "DUVAL", "Christophe", date(1975, 1, 9), "M", ins=s.fictitious_ins("M", date(1975, 1, 9)))
    mistyped = s.SamplePatient("DUVA", "Christophe", date(1975, 1, 9), "M", ins=duval.ins, lab_id="L0008")
    message = parse(hl7(mistyped)).messages[0]
    d = labfiling.decide(message, matching.RegistryIndex.build([duval]), date(2026, 12, 4))
    assert (d.status, d.patient_ipp) == ("filed", "D1")
    assert any("à une lettre du registre" in note for note in d.evidence["notes"])
