"""Issue 8, the home itself: a read-only archive (9), the process list (11), the umask (12), a template
that asks for too much (« opération interdite »)."""
from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from docpipe import office
from docpipe.cli import main
from docpipe.config import Home
from inbox_kit import drop, lab_pdf, make_home, run_docpipe, tmpfs
from office_kit import install_fake_soffice


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


# --- 12. modes whatever the umask ------------------------------------------------------------------

def test_init_under_umask_000_makes_nothing_writable_by_others(tmp_path):
    home = Home(tmp_path / "home")
    done = run_docpipe(home, "init", umask=0)
    assert done.returncode == 0, done.stderr
    for folder in (home.root, home.inbox, home.templates, home.archive, home.review, home.reports, home.state):
        assert mode(folder) == 0o700, folder
    assert mode(home.settings_file) == 0o600
    assert mode(home.database) == 0o600
    assert "modifiable par tous" not in done.stderr


def test_an_existing_home_writable_by_others_is_warned_about_in_french(tmp_path):
    home = make_home(tmp_path / "home")
    planted = home.templates / "certificat-medical.docx"
    planted.write_bytes(b"x")
    planted.chmod(0o666)
    home.settings_file.chmod(0o666)
    done = run_docpipe(home, "patients", "list")
    assert done.returncode == 0
    assert done.stderr.count("modifiable par tous les utilisateurs") == 2, done.stderr
    assert str(planted) in done.stderr and "chmod o-w" in done.stderr
    assert mode(planted) == 0o666  # an admin's file is warned about, never changed behind their back



def test_templates_linked_to_a_private_folder_are_no_warning_but_a_shared_target_is(tmp_path):
    """The repository's own templates/ is a link to the package's folder: a link's mode (always rwx for
    all) says nothing; the folder it points to does."""
    home = Home(tmp_path / "home")
    home.init()
    target = tmp_path / "modeles"
    target.mkdir(mode=0o755)
    home.templates.rmdir()
    home.templates.symlink_to(target)
    assert home.permission_warnings() == []
    target.chmod(0o777)
    warnings = home.permission_warnings()
    assert len(warnings) == 1 and "modifiable par tous" in warnings[0] and str(home.templates) in warnings[0]

# --- 9. a read-only archive --------------------------------------------------------------------------

@pytest.fixture
def read_only_home(tmp_path):
    with tmpfs(tmp_path / "montage", "20m") as mount:
        home = make_home(mount / "home")
        drop(home, "a.pdf", lab_pdf(4))
        assert run_docpipe(home, "ingest").returncode == 0
        assert subprocess.run(["mount", "-o", "remount,ro", str(mount)]).returncode == 0
        yield home


def test_read_only_commands_work_on_a_read_only_archive_and_writers_say_why(read_only_home):
    home = read_only_home
    for args in (["verify"], ["search", "glycémie"], ["patients", "list"], ["audit", "verify"], ["log"],
                 ["review", "list"], ["patients", "show", "P01"], ["audit"]):
        done = run_docpipe(home, *args)
        assert done.returncode == 0 and "Traceback" not in done.stderr, (args, done.stderr)
    drop_failed = home.inbox / "nouveau.pdf"
    with pytest.raises(OSError):
        drop_failed.write_bytes(b"x")
    exported = home.root.parent.parent / "export.zip"  # outside the read-only mount
    for args in (["ingest"], ["day", "close"], ["export", "P01", "--out", str(exported)]):
        done = run_docpipe(home, *args)
        assert done.returncode != 0 and "Traceback" not in done.stderr, (args, done.stderr)
        assert "lecture seule" in done.stderr, (args, done.stderr)
    assert not exported.exists()  # an export that could not be audited is not written


# --- 11. soffice on a neutral name ---------------------------------------------------------------

def test_libreoffice_never_sees_the_patient_in_its_command_line(tmp_path, monkeypatch):
    log = install_fake_soffice(tmp_path, monkeypatch)
    folder = tmp_path / "archive" / "P003118_PERROT_Jeannine" / "2026"
    folder.mkdir(parents=True)
    docx = folder / "2026-11-30_courrier_P003118_PERROT.docx"
    Document().save(str(docx))
    assert office.convert_to_pdf(docx).startswith(b"%PDF")
    arguments, folder_mode = log.read_text().splitlines()
    assert "PERROT" not in arguments and "P003118" not in arguments and "Jeannine" not in arguments
    assert arguments.split()[-1].endswith("/document.docx") and folder_mode == "700"
    assert sorted(p.name for p in folder.iterdir()) == [docx.name]  # nothing written beside it


# --- also seen: range(10**8) in a home template ----------------------------------------------------

def test_a_huge_range_in_a_home_template_is_an_operation_interdite(tmp_path):
    root = tmp_path / "cabinet"
    root.mkdir()
    registry = tmp_path / "registre.csv"
    registry.write_text("ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place\n"
                        "P100,DURAND,,Paul,1980-02-02,M,,Paris\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["--home", str(root), "init"]).exit_code == 0  # only init creates a home (issue 9)
    assert runner.invoke(main, ["--home", str(root), "patients", "import", str(registry)]).exit_code == 0
    template = root / "templates" / "boucle.docx"
    document = Document()
    document.add_paragraph("{% for i in range(10**8) %}x{% endfor %}")
    document.save(str(template))
    result = runner.invoke(main, ["--home", str(root), "letter", "boucle", "--patient", "P100"])
    assert result.exit_code != 0 and "opération interdite" in result.output, result.output
    assert not isinstance(result.exception, OverflowError)
