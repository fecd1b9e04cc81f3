"""Malformed laboratory files. Policy: a file that cannot be trusted as a whole raises
`MalformedLabFile` (French reason, the file goes to review as received); a single damaged part is
returned with `problem` set so it goes to review while the other parts are filed."""
from datetime import date

import pytest

from docpipe.errors import UnreadableDocument
from docpipe.labresults import LabFormat, MalformedLabFile, detect, parse
from docpipe.labresults import samples as s

ANNE = s.SamplePatient("ROUSSEL", "Anne", date(1990, 5, 4), "F", lab_id="L0010")
BRUNO = s.SamplePatient("PÉRIER", "Bruno", date(1975, 1, 30), "M", lab_id="L0011")
REPORTS = [s.SampleReport(ANNE), s.SampleReport(BRUNO)]


def readable_names(lab_file):
    return [m.identity.birth_name or m.identity.name for m in lab_file.messages if m.readable]


def test_malformed_lab_file_is_an_unreadable_document_with_a_french_reason():
    with pytest.raises(MalformedLabFile) as raised:
        parse(b"MSH|^~\\&|x\x00\x00|y")
    assert isinstance(raised.value, UnreadableDocument)
    assert "encodage" in raised.value.message_fr


# --- the whole file --------------------------------------------------------------------------------

@pytest.mark.parametrize("data, words", [
    (s.hprim_sante_file(REPORTS, encoding="utf-16"), "UTF-16"),
    (s.hprim_net_file(REPORTS).replace(b"PARIS", b"PAR\x81S"), "0x81"),
    (s.hprim_net_file(REPORTS).replace(b"PARIS", b"PAR\x07S"), "contrôle"),
])
def test_wrong_encoding_is_refused_not_guessed(data, words):
    assert detect(data) is not None  # still known as a lab file, so it reaches review as one
    with pytest.raises(MalformedLabFile, match=words):
        parse(data)


@pytest.mark.parametrize("header", ["H|~~\\&|RES.HPR", "H|a^\\&|RES.HPR", "H|~^ &|RES.HPR"])
def test_hprim_sante_unknown_separators(header):
    data = s.hprim_sante_file(REPORTS, header=header)
    assert detect(data) == LabFormat.HPRIM_SANTE
    with pytest.raises(MalformedLabFile, match="séparateurs inconnus"):
        parse(data)


def test_hprim_sante_records_not_using_the_declared_separator():
    data = s.hprim_sante_file(REPORTS, header="H#~^\\&#RES.HPR")
    with pytest.raises(MalformedLabFile, match="séparateur"):
        parse(data)


def test_hl7_segment_before_any_msh():
    data = b"PID|1||X^^^LAB^PI||DOE^JOHN||19700101|M\r" + s.hl7_file([s.hl7_message(REPORTS[0])], batch=False)
    with pytest.raises(MalformedLabFile, match="avant tout en-tête de message MSH"):
        parse(data)


def test_hprim_net_without_any_end_marker_is_one_truncated_part():
    lab_file = parse(s.hprim_net_file(REPORTS[:1], truncate_last=True))
    assert len(lab_file.messages) == 1
    assert "****FIN****" in lab_file.messages[0].problem


def test_not_a_lab_file():
    with pytest.raises(MalformedLabFile, match="non reconnu"):
        parse(b"Bonjour,\nvoici le courrier.\n")


# --- one part --------------------------------------------------------------------------------------

def test_hl7_second_message_without_pid_is_never_merged_into_the_first():
    """Last round's bug: a message without PID was filed with the previous patient."""
    data = s.hl7_file([s.hl7_message(REPORTS[0], "M1"), s.hl7_message(REPORTS[1], "M2", with_pid=False)])
    first, second = parse(data).messages
    assert first.readable and first.identity.birth_name == "ROUSSEL"
    assert "PÉRIER" not in first.raw_text and "M2" not in first.raw_text and len(first.results) == 3
    assert not second.readable and "sans segment PID" in second.problem
    assert second.identity.birth_name == "" and second.identity.birth_date is None


def test_hl7_obx_before_pid_marks_that_message_only():
    data = s.hl7_file([s.hl7_message(REPORTS[0], "M1", obx_before_pid=True), s.hl7_message(REPORTS[1], "M2")])
    first, second = parse(data).messages
    assert not first.readable and "avant le segment PID" in first.problem
    assert second.readable and second.identity.birth_name == "PÉRIER"


def test_hl7_two_pids_in_one_message():
    two = s.hl7_message(REPORTS[0]) + s.hl7_message(REPORTS[1]).split("\r", 1)[1]  # the second MSH dropped
    (message,) = parse(s.hl7_file([two])).messages
    assert not message.readable and "plusieurs segments PID" in message.problem


def test_hl7_other_message_types_are_not_results():
    adt = s.hl7_message(REPORTS[0]).replace("ORU^R01^ORU_R01", "ADT^A08")
    (message,) = parse(s.hl7_file([adt])).messages
    assert not message.readable and "ADT^A08" in message.problem


def test_hl7_batch_cut_before_its_end_marks_the_last_message():
    data = s.hl7_file([s.hl7_message(r, f"M{i}") for i, r in enumerate(REPORTS)], close_batch=False)
    first, last = parse(data).messages
    assert first.readable and not last.readable and "BTS/FTS" in last.problem


def test_hprim_net_truncated_last_report_leaves_the_others_readable():
    lab_file = parse(s.hprim_net_file(REPORTS, truncate_last=True))
    assert readable_names(lab_file) == ["ROUSSEL"]
    assert "tronqué" in lab_file.messages[1].problem and "PÉRIER" in lab_file.messages[1].raw_text


CLAIRE = s.SamplePatient("FONTAINE", "Claire", date(2005, 9, 26), "F", lab_id="L0012")


def results_of(message):
    return [r.code for r in message.results]


def test_hprim_net_report_without_its_end_does_not_take_the_next_patients_results():
    """ood3 s3 (session 34): report 2's `****FIN****` was missing; report 3 (another patient) was read as the rest of
    report 2 and its results filed under report 2's patient. Both now go to review, each with its own results: report
    3's header might have been a copy quoted in report 2 (review52)."""
    reports = REPORTS + [s.SampleReport(CLAIRE, results=(s.SampleResult("TSH", "TSH", "5,31", "mUI/L", "0,27", "4,2",
                                                                        "H"),))]
    data = s.hprim_net_file(reports)
    first_end = data.index(b"****FIN****\r\n")
    second_end = data.index(b"****FIN****\r\n", first_end + 1)
    data = data[:second_end] + data[second_end + len(b"****FIN****\r\n"):]
    lab_file = parse(data)
    assert [m.identity.name for m in lab_file.messages] == ["ROUSSEL", "PÉRIER", "FONTAINE"]
    anne, bruno, claire = lab_file.messages
    assert anne.readable and results_of(claire) == ["TSH"]
    assert not bruno.readable and "****FIN****" in bruno.problem
    assert not claire.readable and "sans ****FIN****" in claire.problem
    assert "FONTAINE" not in bruno.raw_text and "TSH" not in bruno.raw_text


def test_hprim_net_a_header_quoted_in_a_reports_text_never_makes_a_part_that_files():
    """review52: `Antériorité :` then another patient's whole header in report 1's free text, then report 1's results:
    the split made a clean part of that other patient carrying report 1's results."""
    quoted = "Antériorité :\r\n  L0099\r\nLEROY\r\nFelix\r\n1 rue X\r\n\r\n75000 PARIS\r\n06/07/1955\r\n\r\n" \
             "DL0099\r\n01/10/2026\r\nLAB01 LABO\r\nDR0001\r\n"
    data = s.hprim_net_file(REPORTS).replace(b"Bilan demand", quoted.encode("cp1252") + b"Bilan demand", 1)
    lab_file = parse(data)
    assert all(m.identity.name in ("ROUSSEL", "PÉRIER") for m in lab_file.messages if m.readable)
    assert "PÉRIER" in readable_names(lab_file)


def test_hprim_net_results_followed_by_a_line_of_no_result_are_not_read():
    """Another report running into this one's results with a header that cannot be read as one (shifted lines): the
    part goes to review rather than take results that may be someone else's."""
    data = s.hprim_net_file(REPORTS)
    first_end = data.index(b"****FIN****\r\n")
    data = data[:first_end] + b"PERIER\r\n****LAB****\r\nRES|TSH|TSH|N|5|mUI/L|0,27|4,2|H|F||||||\r\n" + data[first_end:]
    anne = parse(data).messages[0]
    assert not anne.readable and "RES ni TEX" in anne.problem


def test_hprim_net_a_footer_after_the_last_result_keeps_the_report_readable():
    data = s.hprim_net_file(REPORTS)
    first_end = data.index(b"****FIN****\r\n")
    data = data[:first_end] + b"Compte rendu valide par le Dr BIOLOGISTE\r\n" + data[first_end:]
    assert readable_names(parse(data)) == ["ROUSSEL", "PÉRIER"]


def test_hprim_net_a_shifted_header_after_a_stray_line_is_never_read_as_an_identity():
    """review51: `*****FIN*****` (no end mark) then the next header with an address line missing — a split chosen past
    the stray line put the shifted header's 7th and 10th lines on dates and read `L0011` as a name."""
    data = s.hprim_net_file(REPORTS)
    first_end = data.index(b"****FIN****\r\n")
    data = data[:first_end] + b"*" + data[first_end:].replace(b"****FIN****", b"****FIN*****", 1)
    second_address = data.index(b"12 rue des Exemples\r\n", data.index(b"PERIER".replace(b"E", b"\xc9", 1)))
    data = data[:second_address] + data[second_address + len(b"12 rue des Exemples\r\n"):]
    lab_file = parse(data)
    assert len(lab_file.messages) == 1 and not lab_file.messages[0].readable  # the two reports mixed: in review
    assert all(m.identity.name in ("", "ROUSSEL", "PÉRIER") for m in lab_file.messages)
    assert all(not m.readable for m in lab_file.messages if "PÉRIER" in m.raw_text)


def test_hprim_net_report_without_its_lab_and_end_marks_does_not_take_the_next_results():
    """review51 (main too): a report missing both ****LAB**** and ****FIN**** took the next report's header as free
    text and its results as its own."""
    data = s.hprim_net_file(REPORTS + [s.SampleReport(CLAIRE)])
    first_end = data.index(b"****FIN****\r\n")
    first_lab = data.index(b"****LAB****\r\n")
    data = data[:first_lab] + data[first_end + len(b"****FIN****\r\n"):]  # Anne's results and end gone
    lab_file = parse(data)
    assert [m.identity.name for m in lab_file.messages] == ["ROUSSEL", "PÉRIER", "FONTAINE"]
    anne = lab_file.messages[0]
    assert not anne.readable and anne.results == ()


def test_hprim_net_without_file_end_is_noted():
    lab_file = parse(s.hprim_net_file(REPORTS, file_end=False))
    assert readable_names(lab_file) == ["ROUSSEL", "PÉRIER"]
    assert "FINFICHIER" in lab_file.notes[0]


def test_hprim_net_shifted_header_is_not_read_as_an_identity():
    """A missing address line moves the birth date: names could shift too, so the part is unreadable."""
    data = s.hprim_net_file(REPORTS).replace(b"12 rue des Exemples\r\n", b"", 1)
    lab_file = parse(data)
    assert not lab_file.messages[0].readable and "décalées" in lab_file.messages[0].problem
    assert lab_file.messages[1].readable


def test_hprim_net_short_header():
    data = b"  L0001\r\nROUSSEL\r\nAnne\r\n****LAB****\r\nRES|Glyc|GLY|N|5|mmol/L|4|6|N|F||||||\r\n****FIN****\r\n" \
           + s.hprim_net_file(REPORTS[1:])
    lab_file = parse(data)
    assert "incomplet" in lab_file.messages[0].problem and lab_file.messages[1].readable


def test_hprim_sante_results_before_any_patient_are_a_part_of_their_own():
    data = s.hprim_sante_file(REPORTS, before_first_patient=("OBX|1|NM|K~Potassium||7,2|mmol/L|3,5-5,0|HH|||F",))
    orphan, anne, bruno = parse(data).messages
    assert not orphan.readable and "avant tout patient" in orphan.problem and "Potassium" in orphan.raw_text
    assert anne.readable and bruno.readable
    assert all(r.value != "7,2" for r in anne.results)


def test_hprim_sante_without_end_record_marks_the_last_patient():
    anne, bruno = parse(s.hprim_sante_file(REPORTS, end_record=False)).messages
    assert anne.readable and not bruno.readable and "enregistrement de fin L" in bruno.problem


def test_hprim_sante_unreadable_birth_date_marks_that_patient():
    data = s.hprim_sante_file(REPORTS).replace(b"19900504", b"1990-5-4")
    anne, bruno = parse(data).messages
    assert not anne.readable and "date de naissance" in anne.problem and bruno.readable


def test_results_of_an_unidentified_part_are_still_read_so_a_critical_value_is_seen():
    data = s.hl7_file([s.hl7_message(REPORTS[0], "M1"), s.hl7_message(REPORTS[1], "M2", with_pid=False)])
    second = parse(data).messages[1]
    assert [r.flag.value for r in second.results] == ["N", "HH", "L"] and second.critical_results
    orphan = parse(s.hprim_sante_file(REPORTS, before_first_patient=(
        "OBX|1|NM|K~Potassium||7,2|mmol/L|3,5-5,0|HH|||F",))).messages[0]
    assert orphan.identity.birth_name == "" and orphan.critical_results[0].value == "7,2"


@pytest.mark.parametrize("data, fmt, words", [
    (b"Envoi du laboratoire\r\n" + s.hl7_file([s.hl7_message(REPORTS[0])], batch=False),
     LabFormat.HL7_V2, "avant tout en-tête de message MSH"),
    (s.hl7_message(REPORTS[0]).split("\r", 1)[1].encode("cp1252"), LabFormat.HL7_V2, "avant tout en-tête"),
    (b"Envoi du laboratoire\r\n" + s.hprim_sante_file(REPORTS), LabFormat.HPRIM_SANTE, "en première ligne"),
    (s.hprim_sante_file(REPORTS).split(b"\r\n", 1)[1], LabFormat.HPRIM_SANTE, "en première ligne"),
])
def test_a_lab_file_with_junk_before_or_without_its_header_is_refused_whole_not_read_as_text(data, fmt, words):
    """Read as a plain text, its several patients would be judged as one document."""
    assert detect(data) == fmt
    with pytest.raises(MalformedLabFile, match=words):
        parse(data)


# --- what follows a file's end -----------------------------------------------------------------------

HL7_ONE = s.hl7_file([s.hl7_message(s.SampleReport(ANNE), "M1")])


@pytest.mark.parametrize("data", [
    s.hprim_net_file(REPORTS) + b"\x1a",  # a DOS program's end-of-file mark (Ctrl-Z)
    s.hprim_net_file(REPORTS) + b"\x00" * 64,  # a block transfer's padding
    s.hprim_net_file(REPORTS) + bytes(range(128, 200)),  # debris after ****FINFICHIER**** (ood3, session 34)
    s.hprim_sante_file(REPORTS) + b"\r\n\x1a",
])
def test_padding_or_debris_after_the_files_end_is_not_read_and_noted(data):
    lab_file = parse(data)
    assert readable_names(lab_file) == ["ROUSSEL", "PÉRIER"]
    assert "après la fin du fichier ignorés" in lab_file.notes[-1]


@pytest.mark.parametrize("batch", [True, False])
def test_a_dos_end_of_file_after_hl7_leaves_every_message_readable(batch):
    data = s.hl7_file([s.hl7_message(r, f"M{i}") for i, r in enumerate(REPORTS)], batch=batch)
    assert readable_names(parse(data + b"\x1a")) == ["ROUSSEL", "PÉRIER"]


def test_debris_after_an_hl7_batch_trailer_is_not_read():
    lab_file = parse(HL7_ONE + bytes(range(128, 256)))
    assert readable_names(lab_file) == ["ROUSSEL"] and "ignorés" in lab_file.notes[-1]


def mllp(messages: list[str]) -> bytes:
    return b"".join(b"\x0b" + m.encode("cp1252") + b"\x1c\r" for m in messages)


MLLP_TWO = mllp([s.hl7_message(r, f"M{i}") for i, r in enumerate(REPORTS)])


def test_debris_after_the_last_mllp_frame_is_not_read():
    """Third corpus s14: random bytes (a NUL among them) after the last frame's end block sent the whole file to
    review as « encodage non pris en charge »; both messages were whole."""
    lab_file = parse(MLLP_TWO + b"\\\xdb\xef\x9f\x00\xb9 D\xa7\xb0")
    assert readable_names(lab_file) == ["ROUSSEL", "PÉRIER"] and "ignorés" in lab_file.notes[-1]


@pytest.mark.parametrize("where", ["OBX|2|", "OBR|1|"])
def test_a_stray_end_block_inside_the_last_message_cuts_nothing(where):
    """review53: a `\x1c` inside the last message, followed by its own segments, cut them off silently."""
    at = MLLP_TWO.rindex(where.encode()) + 3
    damaged = MLLP_TWO[:at] + b"\x1c\r" + MLLP_TWO[at:]
    assert [len(m.results) for m in parse(damaged).messages] == [len(m.results) for m in parse(MLLP_TWO).messages]


def test_an_empty_pid_makes_its_message_unreadable_not_the_batch_crash():
    """review53's probe: `PID` split from its fields by a stray end block raised KeyError out of the hl7 package and
    stopped the whole ingest (main too); now that message goes to review, the other is read."""
    at = MLLP_TWO.rindex(b"PID|1|") + 3
    first, second = parse(MLLP_TWO[:at] + b"\x1c\r" + MLLP_TWO[at:]).messages
    assert first.readable and not second.readable and "PID vide" in second.problem
    assert len(second.results) == len(parse(MLLP_TWO).messages[1].results)  # as without a PID, results still read


def test_a_reader_failing_unforeseen_makes_the_file_malformed_not_a_crash(monkeypatch):
    from docpipe.labresults import parsing

    def broken(text, encoding):
        raise ZeroDivisionError
    monkeypatch.setitem(parsing.READERS, LabFormat.HL7_V2, broken)
    with pytest.raises(MalformedLabFile, match="a échoué"):
        parse(HL7_ONE)


def test_orphan_segments_after_a_batch_trailer_join_no_patient():
    """review54: a third patient's OBX lines after `FTS` were read into the last message, filed under its patient."""
    data = s.hl7_file([s.hl7_message(r, f"M{i}") for i, r in enumerate(REPORTS)])
    orphans = b"OBX|1|NM|GLY^Glyc\xe9mie^L||5.33|mmol/L|3.9-5.8|N|||F\rOBX|2|NM|GLY^Glyc\xe9mie^L||10.33|mmol/L|||||F\r"
    lab_file = parse(data + orphans)
    assert [len(m.results) for m in lab_file.messages] == [len(m.results) for m in parse(data).messages]
    assert "ignorés" in lab_file.notes[-1]


@pytest.mark.parametrize("tail", [b"\x0bMSH", b"\x0bMS", b"\x0bM", b"\x0b"])
def test_a_file_cut_right_after_a_frames_start_block_marks_a_message_cut(tail):
    """review54: the begun frame was dropped as padding; the message it opened was lost without a word."""
    lab_file = parse(MLLP_TWO + tail)
    assert lab_file.messages[0].readable and not lab_file.messages[-1].readable and lab_file.notes == ()


def test_mllp_frames_that_end_normally_have_no_note():
    assert parse(MLLP_TWO).notes == () and parse(MLLP_TWO + b"\n").notes == ()


def test_a_file_that_ends_normally_has_no_note():
    assert parse(s.hprim_net_file(REPORTS)).notes == () and parse(HL7_ONE).notes == ()


@pytest.mark.parametrize("data", [
    s.hprim_net_file(REPORTS)[:300] + b"\x00" + s.hprim_net_file(REPORTS)[300:],  # inside the file: damaged
    HL7_ONE + b"\x81\x82MSH|^~\\&|LAB",  # after the end, bytes that may begin another message: read, and judged
    MLLP_TWO + b"\x81\x0bMSH|^~\\&|LAB",  # after the last frame, one that begins
])
def test_bad_bytes_inside_or_before_a_record_still_make_the_file_unreadable(data):
    with pytest.raises(MalformedLabFile):
        parse(data)


def test_hprim_net_a_doubled_lab_mark_is_no_stray_line():
    """review52: `****LAB****` written twice before the results made the report unreadable."""
    data = s.hprim_net_file(REPORTS).replace(b"****LAB****\r\n", b"****LAB****\r\n****LAB****\r\n", 1)
    assert readable_names(parse(data)) == ["ROUSSEL", "PÉRIER"]


def test_hl7_file_cut_inside_its_last_segment_marks_the_last_message():
    """Third independent corpus (session 34): messages one after another, no batch, the file cut inside an OBX — the last
    message was filed as if whole."""
    data = s.hl7_file([s.hl7_message(r, f"M{i}") for i, r in enumerate(REPORTS)], batch=False)
    first, last = parse(data[:-12]).messages
    assert first.readable and not last.readable and "coupé" in last.problem


def test_hl7_mllp_message_without_its_end_block_marks_the_last_message():
    framed = [b"\x0b" + s.hl7_file([s.hl7_message(r, f"M{i}")], batch=False) + b"\x1c\r" for i, r in enumerate(REPORTS)]
    assert readable_names(parse(b"".join(framed))) == ["ROUSSEL", "PÉRIER"]
    first, last = parse(b"".join(framed)[:-2]).messages
    assert first.readable and not last.readable and "MLLP" in last.problem


HL7_PLAIN_TWO = s.hl7_file([s.hl7_message(r, f"M{i}") for i, r in enumerate(REPORTS)], batch=False)
BINARY_DEBRIS = b"\xf16\t\x183\xdb\x14bu~\xf5[\x08\xd2\x00\xea\x81\x03\x1e\x87\xfb\xea\r\x9f\xddF\x1ckA\x0b\xd4"


@pytest.mark.parametrize("line_end", ["\r", "\r\n"])
def test_binary_debris_after_hl7_messages_without_end_mark_leaves_the_first_ones_readable(line_end):
    """Third corpus s70: messages one after another, then random bytes (a NUL among them) — the whole file went to
    review unread. Nothing closed the last message: it goes to review alone, the others are filed."""
    data = HL7_PLAIN_TWO.replace(b"\r", line_end.encode()) + BINARY_DEBRIS
    lab_file = parse(data)
    first, last = lab_file.messages
    assert first.readable and first.identity.birth_name == "ROUSSEL"
    assert not last.readable and "peut être incomplet" in last.problem
    assert "ignorés" in lab_file.notes[-1]


def test_binary_debris_after_hprim_santes_end_record_is_not_read():
    lab_file = parse(s.hprim_sante_file(REPORTS) + BINARY_DEBRIS)
    assert readable_names(lab_file) == ["ROUSSEL", "PÉRIER"] and "ignorés" in lab_file.notes[-1]


@pytest.mark.parametrize("data", [
    HL7_PLAIN_TWO + BINARY_DEBRIS + b"\rOBX|3|NM|K^Potassium^L||6.9|mmol/L|3.5-5.0|HH|||F\r",  # a segment follows
    HL7_PLAIN_TWO + BINARY_DEBRIS + b"MSH|^~\\&|LAB",  # a message may begin after the debris
    HL7_PLAIN_TWO.replace(b"OBX|2|", b"OBX|2|\x00", 1),  # a NUL inside a segment: the file is damaged
    HL7_PLAIN_TWO[:200] + BINARY_DEBRIS + HL7_PLAIN_TWO[200:],  # debris between segments
])
def test_binary_bytes_before_a_segment_or_inside_one_still_make_an_hl7_file_unreadable(data):
    with pytest.raises(MalformedLabFile):
        parse(data)
