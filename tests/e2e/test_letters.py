"""Letters and reports: every rendered .docx is opened with python-docx and its text checked (header, body,
tables). Synthetic patients with accents, apostrophes and particles; refusals leave nothing behind."""
import json
import os
import shutil
import stat
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from stdnum.fr import nir

from docpipe import audit, identity, letters, matching, office
from docpipe.cli import main
from docpipe.config import Home
from docpipe.store import Store
from office_kit import install_fake_soffice, install_program

INS_NDIAYE = "2570369123456" + nir.calc_check_digits("2570369123456")
REGISTRY = f"""ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place
P100,N'DIAYE,,Hélène Awa,1957-03-12,F,{INS_NDIAYE},Dakar
P200,de la FONTAINE,,Jean-Pierre,1948-07-04,M,,Lyon
P300,BÉRANGER,LEFÈVRE,Marie-Thérèse,1962-11-30,F,,Brest
P400,DURAND,,Paul,1980-02-02,M,,Paris
"""
PRACTICE = """[practice]
name = "Cabinet de cardiologie Saint-Éloi"
address = "3 place de l'Église, 42000 Saint-Étienne"
phone = "04 77 00 00 00"
doctor = "Dr Anne-Laure L'HÔTE"
specialty = "Cardiologie"
rpps = "10101010101"
city = "Saint-Étienne"
"""
DICTATION = """Patiente : Hélène N'DIAYE, née le 12/03/1957

Je revois ce jour Mme N'DIAYE en consultation de suivi cardiologique.
Elle va bien ; pas d'essoufflement.

Motif : bilan d'une dyspnée d'effort — « évolution favorable »
Antécédents :
- hypertension artérielle
- diabète de type 2 (« équilibré »)

EXAMEN CLINIQUE :
TA 13/8, FC 72/min. Auscultation : RAS.

Examens complémentaires : CRP < 5 mg/L & stable ; ECG : rythme sinusal.
Conclusion
Évolution favorable. Formule : {{ 7*7 }} et {% if x %}test{% endif %} restent tels quels.
Traitement : poursuite à l'identique.
"""
EXPECTED_BODY = [
    "Je revois ce jour Mme N'DIAYE en consultation de suivi cardiologique.\nElle va bien ; pas d'essoufflement.",
    "Motif de consultation", "bilan d'une dyspnée d'effort — « évolution favorable »",
    "Antécédents", "- hypertension artérielle\n- diabète de type 2 (« équilibré »)",
    "Examen clinique", "TA 13/8, FC 72/min. Auscultation : RAS.",
    "Examens complémentaires", "CRP < 5 mg/L & stable ; ECG : rythme sinusal.",
    "Conclusion", "Évolution favorable. Formule : {{ 7*7 }} et {% if x %}test{% endif %} restent tels quels.",
    "Traitement", "poursuite à l'identique.",
]
FRENCH_MONTHS = ("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")


# --- helpers -------------------------------------------------------------------------------------------

def run(home: Path, *args: str, code: int = 0):
    result = CliRunner().invoke(main, ["--home", str(home), *args], catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


@pytest.fixture
def home(tmp_path) -> Path:
    root = tmp_path / "cabinet"
    root.mkdir()
    (root / "docpipe.toml").write_text(PRACTICE, encoding="utf-8")
    registry = tmp_path / "registre.csv"
    registry.write_text(REGISTRY, encoding="utf-8")
    run(root, "patients", "import", str(registry))
    return root


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def render(home: Path, template: str, ipp: str, *args: str, code: int = 0):
    result = run(home, "letter", template, "--patient", ipp, *args, "--json", code=code)
    return json.loads(result.stdout) if code == 0 else result


class Rendered:
    """A rendered .docx read back with python-docx: header, body paragraphs, identity table."""

    def __init__(self, path: Path):
        document = Document(str(path))
        self.header = [p.text for p in document.sections[0].header.paragraphs]
        self.body = [p.text for p in document.paragraphs]
        self.headings = [p.text for p in document.paragraphs if p.style.name == "Rubrique"
                         and all(run.bold is None for run in p.runs)]  # bold from the style, not overridden
        self.tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]

    @property
    def identity(self) -> dict[str, str]:
        return {label: value for label, value in self.tables[0]}

    @property
    def text(self) -> str:
        rows = ["\t".join(row) for table in self.tables for row in table]
        return "\n".join(self.header + self.body + rows)


def stored_files(home: Path) -> list[Path]:
    return [p for p in (home / "archive").rglob("*") if p.is_file()]


def letter_actions(home: Path) -> list[str]:
    store = Store(home / "docpipe.db")
    try:
        return [e["action"] for e in audit.entries(store) if e["action"].startswith("letter")]
    finally:
        store.close()


def assert_nothing_written(home: Path) -> None:
    assert stored_files(home) == []
    assert letter_actions(home) == []
    store = Store(home / "docpipe.db")
    try:
        assert store.documents("origin = 'letter'") == []
    finally:
        store.close()


def edit_in_word(path: Path, added_paragraph: str) -> None:
    document = Document(str(path))
    document.add_paragraph(added_paragraph)
    document.save(str(path))


def make_template(path: Path, *paragraphs: str) -> Path:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


# --- the consultation report from a dictation ----------------------------------------------------------

def test_consultation_report_from_a_dictation_prints_identity_and_body_exactly(home, tmp_path):
    record = render(home, "compte-rendu-consultation", "P100", "--dictation",
                    str(write(tmp_path / "dictée N'DIAYE.txt", DICTATION)))

    assert set(record) == {"id", "path", "patient", "template", "status"}
    assert (record["patient"], record["template"], record["status"]) == ("P100", "compte-rendu-consultation", "draft")
    assert record["path"].startswith("archive/P100_N-DIAYE_Helene/") and record["path"].endswith(".docx")
    path = home / record["path"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    letter = Rendered(path)
    assert letter.header == ["Cabinet de cardiologie Saint-Éloi", "Dr Anne-Laure L'HÔTE — Cardiologie",
                             "3 place de l'Église, 42000 Saint-Étienne", "Tél. 04 77 00 00 00 — RPPS 10101010101"]
    assert letter.identity == {"Nom de naissance": "N'DIAYE", "Prénom(s)": "Hélène Awa",
                               "Date de naissance": "12/03/1957", "Sexe": "Féminin",
                               "INS (matricule)": "2 57 03 69 123 456 " + INS_NDIAYE[-2:]}
    start = letter.body.index(EXPECTED_BODY[0])
    assert letter.body[start:start + len(EXPECTED_BODY)] == EXPECTED_BODY
    assert letter.headings == ["Motif de consultation", "Antécédents", "Examen clinique", "Examens complémentaires",
                               "Conclusion", "Traitement"]
    assert not any("Patiente :" in p or "Allergies" == p for p in letter.body)  # identity never retyped
    assert "{%p" not in letter.text and "{{ patient" not in letter.text and "{{ practice" not in letter.text
    assert any(p.startswith("Saint-Étienne, le ") for p in letter.body)


def test_the_letter_is_filed_as_a_draft_with_its_text_companions_and_audit(home, tmp_path):
    record = render(home, "compte-rendu-consultation", "P100", "--dictation", str(write(tmp_path / "d.txt", DICTATION)))
    path = home / record["path"]
    store = Store(home / "docpipe.db")
    try:
        row = store.document(record["id"])
        assert (row.origin, row.status, row.letter_status, row.doc_type, row.template) == \
            ("letter", "filed", "draft", "consultation_report", "compte-rendu-consultation")
        assert "CRP < 5 mg/L & stable" in store.text(record["id"])
        assert letters.sha256_hex(path.read_bytes()) == row.sha256
    finally:
        store.close()
    sidecar = json.loads(Path(f"{path}.json").read_text(encoding="utf-8"))
    assert sidecar["letter_status"] == "draft" and sidecar["evidence"]["dictation"]["name"] == "d.txt"
    assert "N'DIAYE" in Path(f"{path}.txt").read_text(encoding="utf-8")
    assert letter_actions(home) == ["letter_rendered"]


def test_the_rendered_letter_reads_back_as_its_patient(home, tmp_path):
    """A letter scanned back into the inbox must file under the same patient: its identity block is enough."""
    record = render(home, "compte-rendu-consultation", "P200", "--set", "corps=Suivi sans particularité.")
    store = Store(home / "docpipe.db")
    try:
        index = matching.RegistryIndex.build(store.patients())
        decision = matching.decide(identity.read_document([store.text(record["id"])]), index)
    finally:
        store.close()
    assert (decision.status, decision.patient_ipp) == ("filed", "P200")


def test_particles_used_name_and_no_ins(home):
    letter = Rendered(home / render(home, "lettre-adressage", "P300", "--set", "destinataire=Dr Paul ROUX",
                                    "--set", "motif=avis rythmologique")["path"])
    assert letter.identity == {"Nom de naissance": "BÉRANGER", "Nom d'usage": "LEFÈVRE",
                               "Prénom(s)": "Marie-Thérèse", "Date de naissance": "30/11/1962", "Sexe": "Féminin"}
    assert any("Madame Marie-Thérèse LEFÈVRE, âgée de " in p for p in letter.body)

    letter = Rendered(home / render(home, "lettre-adressage", "P200", "--set", "destinataire=Dr Paul ROUX",
                                    "--set", "motif=avis")["path"])
    assert letter.identity == {"Nom de naissance": "de la FONTAINE", "Prénom(s)": "Jean-Pierre",
                               "Date de naissance": "04/07/1948", "Sexe": "Masculin"}
    assert any("Monsieur Jean-Pierre de la FONTAINE, âgé de " in p for p in letter.body)


SAMPLE_VALUES = {
    "destinataire": "Dr Paul ROUX\nCardiologue\n10 rue Neuve, 69002 Lyon",
    "motif": "bilan d'une dyspnée d'effort",
    "documents_joints": "Bilan biologique du 20/11/2026 (NFS, ionogramme, CRP < 5 mg/L)",
}


@pytest.mark.parametrize("name", ["compte-rendu-consultation", "lettre-adressage", "courrier-medecin-traitant",
                                  "transmission-resultats", "certificat-medical"])
def test_every_shipped_template_renders_with_a_sample_patient(home, tmp_path, name):
    info = next(i for i in letters.describe_templates(Home(home)) if i.template.name == name)
    assert info.template.source == "shipped"
    to_provide = info.fields.grouped()["to_provide"]
    sets = [arg for field in to_provide for arg in ("--set", f"{field}={SAMPLE_VALUES[field]}")]
    dictation = write(tmp_path / "dictée.txt", "Motif : contrôle annuel\nConclusion : état stable, ECG normal.")
    record = render(home, name, "P100", "--dictation", str(dictation), *sets)
    letter = Rendered(home / record["path"])
    assert letter.header[0] == "Cabinet de cardiologie Saint-Éloi"
    assert letter.identity["Nom de naissance"] == "N'DIAYE" and letter.identity["Date de naissance"] == "12/03/1957"
    assert "{{" not in letter.text and "{%" not in letter.text
    assert any(p.endswith("Saint-Étienne, le " + letters.french_date(date.today())) for p in letter.body)
    for field in to_provide:
        assert SAMPLE_VALUES[field].split("\n")[0] in letter.text
    expected_type = "consultation_report" if name == "compte-rendu-consultation" else "letter"
    assert f"_{expected_type}_" in record["path"]


def test_dates_are_french():
    assert letters.french_date(date(2026, 11, 25)) == "25 novembre 2026"
    assert letters.french_date(date(2026, 12, 1)) == "1er décembre 2026"
    assert letters.french_date(date(2027, 8, 15)) == "15 août 2027"
    assert letters.age_text(date(1957, 3, 12), date(2026, 3, 11)) == "68 ans"
    assert letters.age_text(date(2026, 1, 20), date(2026, 11, 25)) == "10 mois"


def test_library_dates_the_letter_with_the_given_day(home):
    with_store = Store(home / "docpipe.db")
    try:
        request = letters.LetterRequest("certificat-medical", "P100", values={"corps": "Apte au sport."})
        record = letters.create_letter(Home(home), with_store, request, now=datetime(2026, 11, 25, 10, 0).astimezone())
    finally:
        with_store.close()
    assert "Fait à Saint-Étienne, le 25 novembre 2026" in Rendered(home / record["path"]).body
    assert "/2026/2026-11-25_letter_" in record["path"]


# --- dictations ----------------------------------------------------------------------------------------

def test_dictation_sections_land_in_their_fields():
    dictation = letters.parse_dictation(
        "Nom : N'DIAYE\nNée le 12/03/1957\nPremier paragraphe,\nsur deux lignes.\n\nSecond paragraphe.\n"
        "## Motif de la consultation : palpitations\nATCD :\nappendicectomie\nTraitement inchangé.\n"
        "Au total : rassurant\nCAT\nrevoir dans 6 mois\nMotif : second motif\n")
    assert dictation.sections["corps"] == ("Premier paragraphe,\nsur deux lignes.", "Second paragraphe.")
    assert dictation.sections["motif"] == ("palpitations", "second motif")
    assert dictation.sections["antecedents"] == ("appendicectomie\nTraitement inchangé.",)  # not a heading
    assert dictation.sections["conclusion"] == ("rassurant",)
    assert dictation.sections["conduite_a_tenir"] == ("revoir dans 6 mois",)
    assert dictation.identity_lines == ("Nom : N'DIAYE", "Née le 12/03/1957")
    assert dictation.fields()["motif"] == "palpitations\asecond motif"  # \a: docxtpl's new paragraph


def test_dictation_without_sections_is_all_body_and_control_characters_are_dropped():
    dictation = letters.parse_dictation("Vu ce jour.\x0bTout va bien.\x07\r\n\r\nÀ revoir.\x00")
    assert dictation.sections == {"corps": ("Vu ce jour.\nTout va bien.", "À revoir.")}


def test_a_word_dictation_keeps_its_paragraphs_and_line_breaks(home, tmp_path):
    document = Document()
    document.add_paragraph("Examen : souffle systolique 2/6")
    document.add_paragraph("Conclusion :")
    document.add_paragraph("Premier point.").add_run().add_break()
    document.paragraphs[-1].add_run("Suite du premier point.")
    document.add_paragraph("Second point.")
    document.save(str(tmp_path / "dictée.docx"))
    letter = Rendered(home / render(home, "compte-rendu-consultation", "P100", "--dictation",
                                    str(tmp_path / "dictée.docx"))["path"])
    start = letter.body.index("Examen clinique")
    assert letter.body[start:start + 5] == ["Examen clinique", "souffle systolique 2/6", "Conclusion",
                                            "Premier point.\nSuite du premier point.", "Second point."]


def test_a_dictation_naming_no_one_is_accepted(home, tmp_path):
    record = render(home, "compte-rendu-consultation", "P400", "--dictation",
                    str(write(tmp_path / "d.txt", "Motif : contrôle.\nConclusion : RAS.")))
    assert record["status"] == "draft"


@pytest.mark.parametrize("ipp, text, name_in_table", [
    ("P200", "Patient : Jean-Pierre de la FONTAINE, né le 04/07/1948\nMotif : suivi.", "de la FONTAINE"),
    ("P300", "Patiente : Marie-Thérèse LEFÈVRE née BÉRANGER le 30/11/1962\nMotif : suivi.", "BÉRANGER"),
    ("P100", "Mme N’DIAYE Hélène, 12/03/1957, revue ce jour.\nMotif : suivi.", "N'DIAYE"),
])
def test_a_dictation_naming_its_own_patient_is_accepted(home, tmp_path, ipp, text, name_in_table):
    record = render(home, "compte-rendu-consultation", ipp, "--dictation", str(write(tmp_path / "d.txt", text)))
    letter = Rendered(home / record["path"])
    assert letter.identity["Nom de naissance"] == name_in_table and "suivi." in letter.body


@pytest.mark.parametrize("text", [
    "Patient : DURAND Paul, né le 02/02/1980\nMotif : contrôle.",  # another registry patient
    "Je revois ce jour Paul DURAND pour son contrôle annuel.",  # named in the prose
    "Patiente : N'DIAYE Hélène, née le 13/03/1957\nMotif : contrôle.",  # right name, other birth date
    "Patient : MARTIN Luc\nMotif : contrôle.",  # someone not in the registry
])
def test_a_dictation_about_another_patient_is_refused_and_nothing_is_written(home, tmp_path, text):
    result = render(home, "compte-rendu-consultation", "P100", "--dictation", str(write(tmp_path / "d.txt", text)),
                    code=1)
    assert "Dictée « d.txt » refusé" in result.stderr and "P100" in result.stderr
    assert "Rien n'a été écrit" in result.stderr
    assert_nothing_written(home)


def test_typed_values_are_checked_like_a_dictation(home):
    result = render(home, "lettre-adressage", "P100", "--set", "destinataire=Dr Paul ROUX",
                    "--set", "motif=bilan de DURAND Paul né le 02/02/1980", code=1)
    assert "P400" in result.stderr
    assert_nothing_written(home)


# --- strict and safe rendering --------------------------------------------------------------------------

def test_a_template_using_a_field_nobody_provides_is_refused_naming_it(home, tmp_path):
    make_template(home / "templates" / "fiche-chambre.docx", "Chambre {{ numero_de_chambre }}",
                  "{{ patient.birth_name }}")
    result = render(home, "fiche-chambre", "P100", code=1)
    assert "numero_de_chambre" in result.stderr and "--set numero_de_chambre=" in result.stderr
    assert_nothing_written(home)
    make_template(home / "templates" / "fax.docx", "Fax : {{ practice.fax }}")
    result = render(home, "fax", "P100", code=1)
    assert "practice.fax" in result.stderr and "docpipe.toml" in result.stderr
    assert_nothing_written(home)


def test_the_consultation_report_needs_a_dictation(home):
    result = render(home, "compte-rendu-consultation", "P100", code=1)
    assert "« corps »" in result.stderr and "--dictation" in result.stderr
    assert_nothing_written(home)


def test_the_sandbox_refuses_unsafe_templates(home):
    make_template(home / "templates" / "piege.docx", "{{ ''.__class__.__mro__ }}")
    result = render(home, "piege", "P100", code=1)
    assert "opération interdite" in result.stderr
    make_template(home / "templates" / "syntaxe.docx", "{% if %}")
    assert "balise invalide" in render(home, "syntaxe", "P100", code=1).stderr
    assert_nothing_written(home)


def test_typed_values_are_printed_literally_and_identity_cannot_be_typed(home):
    record = render(home, "transmission-resultats", "P100", "--set", "destinataire=Dr A & B <cabinet>",
                    "--set", "documents_joints={{ patient.ins }} {% raw %}", "--set", "salutation=Chère Consœur")
    letter = Rendered(home / record["path"])
    assert "Dr A & B <cabinet>" in letter.body and "{{ patient.ins }} {% raw %}" in letter.body
    assert "Chère Consœur," in letter.body
    result = render(home, "transmission-resultats", "P100", "--set", "patient=DURAND", code=1)
    assert "ne peut pas être saisi" in result.stderr


def test_unknown_patient_and_unknown_template_are_refused(home):
    assert "absent du registre" in render(home, "certificat-medical", "P999", code=1).stderr
    result = render(home, "lettre-inconnue", "P100", code=1)
    assert "introuvable" in result.stderr and "certificat-medical" in result.stderr
    assert_nothing_written(home)


# --- templates: listing and home override ---------------------------------------------------------------

def test_list_shows_every_template_and_the_fields_it_needs(home):
    listed = [json.loads(line) for line in run(home, "letter", "--list", "--json").stdout.splitlines()]
    by_name = {t["name"]: t for t in listed}
    assert set(by_name) == {"compte-rendu-consultation", "lettre-adressage", "courrier-medecin-traitant",
                            "transmission-resultats", "certificat-medical"}
    assert by_name["lettre-adressage"]["fields"]["to_provide"] == ["destinataire"]
    assert by_name["lettre-adressage"]["fields"]["dictation"] == ["motif"]
    assert by_name["transmission-resultats"]["fields"]["to_provide"] == ["destinataire", "documents_joints"]
    assert by_name["compte-rendu-consultation"]["doc_type"] == "consultation_report"
    assert "conclusion" in by_name["compte-rendu-consultation"]["fields"]["dictation_optional"]
    assert "patient.birth_name" in by_name["certificat-medical"]["fields"]["automatic"]
    assert {t["doc_type"] for n, t in by_name.items() if n != "compte-rendu-consultation"} == {"letter"}
    human = run(home, "letter", "--list").stdout
    assert "lettre-adressage" in human and "destinataire" in human


def test_a_home_template_overrides_the_shipped_one(home):
    (home / "templates").mkdir(exist_ok=True)
    override = home / "templates" / "certificat-medical.docx"
    shutil.copyfile(letters.SHIPPED_TEMPLATES / "certificat-medical.docx", override)
    edit_in_word(override, "Mention propre au cabinet : certificat délivré sur rendez-vous.")
    listed = {json.loads(line)["name"]: json.loads(line) for line in
              run(home, "letter", "--list", "--json").stdout.splitlines()}
    assert (listed["certificat-medical"]["source"], listed["certificat-medical"]["overrides"]) == ("home", True)
    record = render(home, "certificat-medical", "P100", "--set", "corps=Pas de contre-indication.")
    body = Rendered(home / record["path"]).body
    assert "Mention propre au cabinet : certificat délivré sur rendez-vous." in body
    assert "Pas de contre-indication." in body


def test_letter_without_arguments_shows_the_usage(home):
    assert "validate" in run(home, "letter").stdout


# --- validation ----------------------------------------------------------------------------------------

def test_validation_is_recorded_and_a_validated_letter_is_never_overwritten(home):
    first = render(home, "certificat-medical", "P100", "--set", "corps=Apte.")
    path = home / first["path"]
    validated = json.loads(run(home, "letter", "validate", str(first["id"]), "--by", "Dr L'HÔTE", "--json").stdout)
    assert validated == {**first, "status": "validated"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o400
    assert letter_actions(home) == ["letter_rendered", "letter_validated"]
    assert json.loads(Path(f"{path}.json").read_text(encoding="utf-8"))["letter_status"] == "validated"
    assert "déjà validé" in run(home, "letter", "validate", str(first["id"]), code=1).stderr

    before = path.read_bytes()
    second = render(home, "certificat-medical", "P100", "--set", "corps=Apte.")
    assert second["path"] != first["path"] and second["status"] == "draft"
    assert path.read_bytes() == before


def test_a_draft_edited_in_word_is_validated_as_edited(home):
    record = render(home, "certificat-medical", "P100", "--set", "corps=Apte.")
    path = home / record["path"]
    edit_in_word(path, "Ajout manuscrit du médecin.")
    run(home, "letter", "validate", str(record["id"]))
    store = Store(home / "docpipe.db")
    try:
        row = store.document(record["id"])
        assert row.sha256 == letters.sha256_hex(path.read_bytes())
        assert "Ajout manuscrit du médecin." in store.text(record["id"])
        assert row.evidence["validation"]["edited_after_rendering"] is True
    finally:
        store.close()


def test_validating_an_edit_that_names_another_patient_is_refused(home):
    record = render(home, "certificat-medical", "P100", "--set", "corps=Apte.")
    edit_in_word(home / record["path"], "Patient : DURAND Paul, né le 02/02/1980")
    assert "P400" in run(home, "letter", "validate", str(record["id"]), code=1).stderr
    assert letter_actions(home) == ["letter_rendered"]


def test_validate_refuses_what_is_not_a_letter(home):
    assert "introuvable" in run(home, "letter", "validate", "42", code=1).stderr


# --- PDF -------------------------------------------------------------------------------------------------

def test_pdf_without_libreoffice_gives_a_clear_message_and_writes_nothing(home, tmp_path, monkeypatch):
    (tmp_path / "empty-bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    result = render(home, "certificat-medical", "P100", "--set", "corps=Apte.", "--pdf", code=3)
    assert "LibreOffice est introuvable" in result.stderr and "sans --pdf" in result.stderr
    assert_nothing_written(home)


@pytest.fixture
def fake_soffice(tmp_path, monkeypatch) -> Path:
    return install_fake_soffice(tmp_path, monkeypatch)


def test_pdf_is_filed_beside_the_docx_with_a_private_profile(home, tmp_path, fake_soffice):
    result = run(home, "letter", "certificat-medical", "--patient", "P100", "--set", "corps=Apte.", "--pdf", "--json")
    record = json.loads(result.stdout)
    assert record["pdf"] == record["path"].removesuffix(".docx") + ".pdf"
    assert (home / record["pdf"]).read_bytes().startswith(b"%PDF")
    arguments = fake_soffice.read_text()
    assert "--headless" in arguments and "-env:UserInstallation=file:///" in arguments
    assert "--convert-to pdf" in arguments
    assert letter_actions(home) == ["letter_rendered", "letter_pdf"]


def test_a_stuck_libreoffice_is_stopped_and_the_draft_kept(home, tmp_path, monkeypatch):
    install_program(tmp_path / "bin", "soffice", "#!/bin/sh\nsleep 30\n")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(office, "CONVERSION_TIMEOUT_S", 1)
    result = render(home, "certificat-medical", "P100", "--set", "corps=Apte.", "--pdf", code=1)
    assert "n'a pas terminé la conversion en PDF en 1 s" in result.stderr
    assert "enregistré" in result.stderr
    assert [p.suffix for p in stored_files(home) if p.suffix in (".docx", ".pdf")] == [".docx"]


def test_pdf_with_the_installed_libreoffice_or_the_clear_message(home):
    """Real LibreOffice where it is installed; otherwise the message a secretary would read."""
    if office.find_soffice() is None:
        result = render(home, "certificat-medical", "P100", "--set", "corps=Apte.", "--pdf", code=3)
        assert "LibreOffice est introuvable" in result.stderr
        return
    record = render(home, "certificat-medical", "P100", "--set", "corps=Apte.", "--pdf")
    assert (home / record["pdf"]).read_bytes().startswith(b"%PDF")


def test_validate_with_pdf_makes_the_pdf_of_the_validated_version(home, fake_soffice):
    record = render(home, "certificat-medical", "P100", "--set", "corps=Apte.", "--pdf")
    path = home / record["path"]
    edit_in_word(path, "Correction du médecin.")
    result = run(home, "letter", "validate", str(record["id"]), "--json", code=1)
    assert "modifié depuis son PDF" in result.stderr and "--pdf" in result.stderr
    validated = json.loads(run(home, "letter", "validate", str(record["id"]), "--pdf", "--json").stdout)
    assert validated["status"] == "validated" and validated["pdf"] == record["pdf"]
    for kept in (path, home / validated["pdf"]):
        assert stat.S_IMODE(kept.stat().st_mode) == 0o400
    store = Store(home / "docpipe.db")
    try:
        evidence = store.document(record["id"]).evidence
    finally:
        store.close()
    assert evidence["pdf"]["from_sha256"] == evidence["validation"]["sha256"] == letters.sha256_hex(path.read_bytes())


def test_letters_pass_the_integrity_check(home, tmp_path):
    """Sidecars carry what `docpipe verify` compares; a validated letter keeps its recorded hash."""
    from docpipe import verify
    draft = render(home, "compte-rendu-consultation", "P100", "--dictation", str(write(tmp_path / "d.txt", DICTATION)))
    validated = render(home, "certificat-medical", "P300", "--set", "corps=Apte.")
    run(home, "letter", "validate", str(validated["id"]))
    store = Store(home / "docpipe.db")
    try:
        result = verify.verify_home(Home(home), store)
    finally:
        store.close()
    assert result.problems == [] and result.checked == 2 and draft["status"] == "draft"


def test_unreadable_template_and_unsupported_dictation_are_refused(home, tmp_path):
    (home / "templates").mkdir(exist_ok=True)
    (home / "templates" / "casse.docx").write_bytes(b"pas un document Word")
    assert "illisible" in render(home, "casse", "P100", code=1).stderr
    listed = {json.loads(line)["name"]: json.loads(line) for line in
              run(home, "letter", "--list", "--json").stdout.splitlines()}
    assert "illisible" in listed["casse"]["problem"] and listed["certificat-medical"]["problem"] is None
    result = render(home, "compte-rendu-consultation", "P100", "--dictation", str(write(tmp_path / "d.pdf", "x")),
                    code=1)
    assert "format non pris en charge" in result.stderr
    assert_nothing_written(home)
