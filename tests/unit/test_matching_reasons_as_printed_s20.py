"""A contradiction's reason quotes the word as the page prints it (`« Féminin »`, `« Hélène »`), not folded
(`« Feminin »`): the secretary compares it with the scan beside it. Pure, no I/O."""
from datetime import date

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient
from ins_kit import twin_ins

TODAY = date(2026, 12, 1)
PAUL = Patient("M1", "LEFEBVRE", "Paul", date(1962, 3, 3), "M", ins=twin_ins("M", "456"))
PRINTED_INS = " ".join([PAUL.ins[0], PAUL.ins[1:3], PAUL.ins[3:5], PAUL.ins[5:7], PAUL.ins[7:10], PAUL.ins[10:13],
                        PAUL.ins[13:]])


def test_a_sex_word_heading_the_birth_label_is_quoted_with_its_accents():
    page = f"LEFEBVRE\nFéminin\nNé(e) le 03/03/1962\nINS : {PRINTED_INS}"
    decision = decide(read_document([page], today=TODAY), RegistryIndex.build([PAUL]))
    assert not decision.files
    assert "« Féminin » devant la date de naissance" in decision.reason_fr


def test_another_readings_first_name_is_quoted_with_its_accents():
    louis = Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M")
    index = RegistryIndex.build([louis])
    first = read_document(["Patient : LER0Y Hélène\nNé le 1?/05/2018"], today=TODAY)
    second = read_document(["Patient : LEROY Louis\nNé le 11/05/2018"], today=TODAY)
    refused = accept_second_reading(decide(first, index), decide(second, index), [first], index)
    assert not refused.files
    messages = [p["message"] for p in refused.evidence["second_reading"]["problems"] if isinstance(p, dict)]
    assert any("lit le prénom « Hélène » à côté du nom" in message for message in messages)
