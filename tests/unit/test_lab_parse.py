"""Recognition, decoding and parsing of the three laboratory formats (synthetic files, no real person)."""
from datetime import date, datetime

import pytest

from docpipe.labresults import Flag, LabFormat, detect, parse
from docpipe.labresults import samples as s

HELENE = s.SamplePatient("LEFÈVRE", "Hélène Marie", date(1957, 3, 12), "F", used_name="MOREAU",
                         ins=s.fictitious_ins("F", date(1957, 3, 12)), lab_id="L0001")
LOIC = s.SamplePatient("GARÇON", "Loïc", date(1980, 7, 1), "M", lab_id="L0002")
ZOE = s.SamplePatient("NGUYEN", "Zoé", date(2001, 12, 24), "F", lab_id="L0003")
REPORTS = [s.SampleReport(HELENE), s.SampleReport(LOIC), s.SampleReport(ZOE)]


def hl7_batch(reports=REPORTS, **options) -> bytes:
    return s.hl7_file([s.hl7_message(r, f"M{i}") for i, r in enumerate(reports)], **options)


# --- detection -----------------------------------------------------------------------------------

@pytest.mark.parametrize("data, expected", [
    (s.hprim_net_file(REPORTS), LabFormat.HPRIM_NET),
    (s.hprim_sante_file(REPORTS), LabFormat.HPRIM_SANTE),
    (hl7_batch(), LabFormat.HL7_V2),
    (hl7_batch(batch=False, line_end="\n"), LabFormat.HL7_V2),
    (b"\xef\xbb\xbf" + hl7_batch(batch=False), LabFormat.HL7_V2),
])
def test_each_format_is_recognised_by_its_content(data, expected):
    assert detect(data) == expected


@pytest.mark.parametrize("data", [
    "Compte rendu de consultation\nMadame MOREAU Hélène née le 12/03/1957\n".encode("cp1252"),
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    "Hôpital — H|orizon|2026\nPatient : DURAND\n".encode(),  # an H and a bar, but no records
    b"",
])
def test_ordinary_files_are_not_lab_files(data):
    assert detect(data) is None


def test_a_lab_file_named_like_a_letter_is_still_recognised(tmp_path):
    path = tmp_path / "courrier.pdf"
    path.write_bytes(s.hprim_net_file(REPORTS))
    assert detect(path.read_bytes()) == LabFormat.HPRIM_NET


# --- decoding ------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, prefix, expected", [
    ("cp1252", b"", "cp1252"), ("latin-1", b"", "cp1252"), ("utf-8", b"", "utf-8"), ("utf-8", b"\xef\xbb\xbf", "utf-8"),
])
def test_accents_survive_every_accepted_encoding(encoding, prefix, expected):
    lab_file = parse(prefix + s.hprim_sante_file(REPORTS, encoding=encoding))
    assert lab_file.encoding == expected
    first, second = lab_file.messages[:2]
    assert (first.identity.birth_name, first.identity.first_names) == ("LEFÈVRE", "Hélène Marie")
    assert second.identity.birth_name == "GARÇON" and second.identity.first_names == "Loïc"
    assert first.results[0].label == "Glycémie à jeun"


def test_cp1252_specific_characters_are_read():
    crp = s.SampleResult("CRP", "Protéine C réactive – “CRP”", "3", "mg/L", "", "5")
    report = s.SampleReport(LOIC, results=(crp,))
    lab_file = parse(s.hprim_net_file([report], encoding="cp1252"))
    assert lab_file.messages[0].results[0].label == "Protéine C réactive – “CRP”"


# --- HPRIM Net -----------------------------------------------------------------------------------

def test_hprim_net_reads_every_report_of_the_file():
    lab_file = parse(s.hprim_net_file(REPORTS))
    assert lab_file.format == LabFormat.HPRIM_NET and lab_file.notes == ()
    assert [m.identity.name for m in lab_file.messages] == ["MOREAU", "GARÇON", "NGUYEN"]
    assert [m.identity.birth_date for m in lab_file.messages] == [HELENE.birth_date, LOIC.birth_date, ZOE.birth_date]
    assert all(m.readable for m in lab_file.messages)
    first = lab_file.messages[0]
    assert first.lab == "LABORATOIRE FICTIF DES LILAS" and first.lab_code == "LAB01"
    assert first.collected_at == datetime(2026, 11, 30)
    assert "Bilan demandé par le Dr Exemple." in first.comments[0]
    potassium = first.results[1]
    assert (potassium.code, potassium.label, potassium.value, potassium.unit, potassium.low, potassium.high) == \
        ("K", "Potassium", "6,9", "mmol/L", "3,5", "5,0")
    assert potassium.flag == Flag.HH and potassium.is_critical and potassium.is_abnormal
    assert first.results[2].flag == Flag.L and first.results[2].is_abnormal and not first.results[2].is_critical
    assert first.results[0].flag == Flag.N and not first.results[0].is_abnormal


def test_hprim_net_raw_text_of_each_part_holds_only_its_report():
    lab_file = parse(s.hprim_net_file(REPORTS))
    assert "MOREAU" in lab_file.messages[0].raw_text and "GARÇON" not in lab_file.messages[0].raw_text
    assert "GARÇON" in lab_file.messages[1].raw_text and "NGUYEN" not in lab_file.messages[1].raw_text
    assert lab_file.messages[1].raw_text.rstrip().endswith("****FIN****")


def test_hprim_net_social_security_number_is_not_taken_as_an_ins():
    """Line 8 may be the insured parent's number: only an INS with its OID identifies the patient."""
    lab_file = parse(s.hprim_net_file([s.SampleReport(HELENE)]))
    assert lab_file.messages[0].identity.ins == ""


def test_hprim_net_tex_lines_comment_the_result_above():
    report = s.SampleReport(LOIC, extra_lines=("TEX|Hémolyse légère, à contrôler.",))
    result = parse(s.hprim_net_file([report])).messages[0].results[-1]
    assert result.comment == "Hémolyse légère, à contrôler."


def test_hprim_net_second_values_are_kept_as_a_comment():
    data = s.hprim_net_file([s.SampleReport(LOIC, results=())]).replace(
        b"****LAB****\r\n",
        b"****LAB****\r\nRES|Cholest\xe9rol|CHOL|N|2,10|g/L|1,50|2,00|H|F|5,43|mmol/L|3,88|5,17|\r\n")
    result = parse(data).messages[0].results[0]
    assert result.label == "Cholestérol" and result.flag == Flag.H and result.comment == "soit 5,43 mmol/L"


# --- HPRIM Santé ---------------------------------------------------------------------------------

def test_hprim_sante_one_part_per_patient_with_names_dates_sex():
    lab_file = parse(s.hprim_sante_file(REPORTS))
    assert lab_file.format == LabFormat.HPRIM_SANTE and len(lab_file.messages) == 3
    helene = lab_file.messages[0].identity
    assert (helene.birth_name, helene.used_name, helene.first_names, helene.birth_date, helene.sex) == \
        ("LEFÈVRE", "MOREAU", "Hélène Marie", date(1957, 3, 12), "F")
    assert helene.lab_ids == ("L0001",)
    assert lab_file.messages[0].lab == "LABORATOIRE FICTIF DES LILAS"
    assert lab_file.messages[0].collected_at == datetime(2026, 11, 30, 8, 15)
    assert [r.flag for r in lab_file.messages[2].results] == [Flag.N, Flag.HH, Flag.L]
    assert lab_file.messages[2].results[1].low == "3,5" and lab_file.messages[2].results[1].high == "5,0"


def test_hprim_sante_continuation_and_comment_records():
    long_label = "Temps de céphaline activée " + "x" * 10
    report = s.SampleReport(LOIC, results=(), extra_lines=(
        f"OBX|1|NM|TCA~{long_label[:15]}",
        f"A|{long_label[15:]}~L||42|s|30-40|H|||F",
        "C|1|L|Prélèvement coagulé, résultat sous réserve|G",
    ))
    result = parse(s.hprim_sante_file([report])).messages[0].results[0]
    assert result.label == long_label and result.value == "42" and result.flag == Flag.H
    assert result.comment == "Prélèvement coagulé, résultat sous réserve"


def test_hprim_sante_declared_separators_are_used():
    data = s.hprim_sante_file([s.SampleReport(LOIC)], header="H!~^\\&!RES.HPR!!LAB01~LABO FICTIF").replace(b"|", b"!")
    lab_file = parse(data)
    assert lab_file.messages[0].identity.birth_name == "GARÇON"
    assert lab_file.messages[0].results[1].flag == Flag.HH


# --- HL7 v2 --------------------------------------------------------------------------------------

@pytest.mark.parametrize("line_end", ["\r", "\n", "\r\n"])
@pytest.mark.parametrize("batch", [True, False])
def test_hl7_one_part_per_message_whatever_line_ends_and_batching(line_end, batch):
    lab_file = parse(hl7_batch(batch=batch, line_end=line_end))
    assert lab_file.format == LabFormat.HL7_V2
    assert [m.identity.birth_name for m in lab_file.messages] == ["LEFÈVRE", "GARÇON", "NGUYEN"]
    assert all(m.readable for m in lab_file.messages)
    assert all(m.raw_text.count("MSH|") == 1 for m in lab_file.messages)


def test_hl7_identity_names_ins_and_lab_ids():
    helene = parse(hl7_batch()).messages[0].identity
    assert (helene.birth_name, helene.used_name, helene.first_names) == ("LEFÈVRE", "MOREAU", "Hélène Marie")
    assert (helene.birth_date, helene.sex) == (date(1957, 3, 12), "F")
    assert helene.ins == HELENE.ins and helene.ins_kind == "NIR"
    assert helene.lab_ids == ("L0001",)


def test_hl7_nia_is_recognised_by_its_oid():
    nia = s.SamplePatient("NGUYEN", "Zoé", date(2001, 12, 24), "F", ins="8" + HELENE.ins[1:], ins_oid=s.NIA_OID)
    identity = parse(hl7_batch([s.SampleReport(nia)])).messages[0].identity
    assert identity.ins_kind == "NIA" and identity.ins.startswith("8")


def test_hl7_identifier_without_ins_oid_is_not_an_ins():
    message = s.hl7_message(s.SampleReport(LOIC)).replace(
        "L0002^^^LAB01^PI", f"L0002^^^LAB01^PI~{s.fictitious_ins('M', date(1980, 7, 1))}^^^CPAM&1.2.3.4&ISO^SS")
    identity = parse(s.hl7_file([message])).messages[0].identity
    assert identity.ins == "" and identity.lab_ids == ("L0002",)


def test_hl7_older_name_convention_with_maiden_name():
    message = s.hl7_message(s.SampleReport(LOIC)).replace(
        "GARÇON^Loïc^^^^^L", "MARTIN^Loïc^^^^^L~GARÇON^Loïc^^^^^M")
    identity = parse(s.hl7_file([message])).messages[0].identity
    assert (identity.birth_name, identity.used_name) == ("GARÇON", "MARTIN")


def test_hl7_results_units_ranges_flags_comments_and_escapes():
    report = s.SampleReport(LOIC, extra_lines=("NTE|1|L|Contr\\T\\le \\F\\ refait",))
    message = parse(hl7_batch([report])).messages[0]
    potassium = message.results[1]
    assert (potassium.code, potassium.label, potassium.value, potassium.unit) == ("K", "Potassium", "6.9", "mmol/L")
    assert (potassium.low, potassium.high, potassium.flag) == ("3.5", "5.0", Flag.HH)
    assert message.results[-1].comment == "Contr&le | refait"
    assert message.lab == "LABORATOIRE FICTIF DES LILAS"
    assert message.collected_at == datetime(2026, 11, 30, 8, 15)


def test_a_missing_flag_is_computed_from_the_range_but_never_as_critical():
    report = s.SampleReport(LOIC, results=(
        s.SampleResult("NA", "Sodium", "120", "mmol/L", "135", "145", ""),
        s.SampleResult("CL", "Chlore", "100", "mmol/L", "98", "107", ""),
        s.SampleResult("ASP", "Aspect", "trouble", "", "", "", ""),
    ))
    sodium, chlore, aspect = parse(hl7_batch([report])).messages[0].results
    assert sodium.flag == Flag.L and sodium.flag_computed and sodium.is_abnormal and not sodium.is_critical
    assert chlore.flag == Flag.N and chlore.flag_computed
    assert aspect.flag is None and not aspect.is_abnormal


def test_prose_about_hl7_segments_is_not_a_lab_file():
    text = ("Compte rendu : le segment OBX| porte le résultat, le PID| l'identité.\n"
            "Madame MOREAU Hélène, née le 12/03/1957.\n").encode()
    assert detect(text) is None
