"""Only `init` creates a home; every other command on a folder that is not one says so (in French) and exits
non-zero; without --home the home is $DOCPIPE_HOME or the nearest docpipe.toml upwards; hints are printed
as they must be typed to act on the same home."""
from __future__ import annotations

import json
import os
import shlex
from pathlib import Path

import pytest

from docpipe.cli.common import HomeChoice, program_name
from docpipe.errors import ExitCode

from cli_kit import DOCUMENTS, FILED, build_practice, invoke, run, working_in

COMMANDS = [("review", "list"), ("verify",), ("day", "close"), ("patients", "list"), ("ingest",), ("log",),
            ("audit",), ("audit", "verify"), ("search", "hémoglobine"), ("letter", "list"), ("demo",),
            ("watch", "--exit-when-idle"), ("export", "P001", "--out", "x.zip")]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_a_mistyped_home_is_never_created_and_the_command_fails(tmp_path, args):
    typo = tmp_path / "cabinte"
    result = invoke("--home", str(typo), *args, code=ExitCode.USAGE)
    assert "n'est pas un dossier de travail docpipe" in result.stderr and "rien n'a été créé" in result.stderr
    assert f"--home {typo} init" in result.stderr
    assert not typo.exists()
    assert "conforme" not in result.output and "Aucun document" not in result.output


def test_an_existing_folder_that_is_not_a_home_is_left_untouched(tmp_path):
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("rien", encoding="utf-8")
    invoke("--home", str(folder), "review", "list", code=ExitCode.USAGE)
    invoke("--home", str(folder), "verify", code=ExitCode.USAGE)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def test_init_creates_the_home_then_the_other_commands_work(tmp_path):
    home = tmp_path / "cabinet"
    assert "Dossier de travail prêt" in run(home, "init").output
    assert (home / "docpipe.toml").is_file() and (home / "docpipe.db").is_file()
    assert "Aucun document en attente" in run(home, "review", "list").output


def test_help_works_outside_any_home(tmp_path, monkeypatch):
    monkeypatch.delenv("DOCPIPE_HOME", raising=False)
    with working_in(tmp_path):
        assert "Documents en attente" in invoke("review", "list", "--help").output
        assert "Aucun dossier de travail docpipe ici" in invoke("review", "list", code=ExitCode.USAGE).stderr
    assert list(tmp_path.iterdir()) == []


def test_the_home_is_found_from_a_sub_folder_or_from_docpipe_home(tmp_path, monkeypatch):
    home = tmp_path / "cabinet"
    run(home, "init")
    (home / "inbox" / "dupont.txt").write_text(FILED, encoding="utf-8")
    monkeypatch.delenv("DOCPIPE_HOME", raising=False)
    with working_in(home / "inbox"):
        assert "1 à revoir" in invoke("ingest").output
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    with working_in(elsewhere):
        invoke("log", code=ExitCode.USAGE)
        logged = invoke("log", "--json", env={"DOCPIPE_HOME": str(home)}).output
    assert json.loads(logged.splitlines()[0])["status"] == "review"


def test_the_review_hint_is_the_command_to_type_for_the_same_home(tmp_path, monkeypatch):
    """Typed exactly as printed, from where the person is, it shows the very document it names."""
    monkeypatch.delenv("DOCPIPE_HOME", raising=False)
    home = tmp_path / "cabinet"
    run(home, "init")
    (home / "inbox" / "inconnu.txt").write_text(DOCUMENTS["inconnu.txt"], encoding="utf-8")
    other = tmp_path / "autre"  # another practice, where document n° 1 exists too
    build_practice(other)
    with working_in(other):
        output = invoke("--home", str(home), "ingest").output
        hint = output.split("(")[-1].split(")")[0]
        words = shlex.split(hint)
        assert words[:3] == ["docpipe", "--home", str(home.resolve())] and words[3:] == ["review", "show", "1"]
        shown = invoke(*words[1:]).output
    assert "inconnu.txt" in shown


def test_the_hint_omits_home_when_the_home_would_be_found_anyway(tmp_path, monkeypatch):
    monkeypatch.delenv("DOCPIPE_HOME", raising=False)
    home = tmp_path / "cabinet"
    run(home, "init")
    (home / "inbox" / "inconnu.txt").write_text(DOCUMENTS["inconnu.txt"], encoding="utf-8")
    with working_in(home):
        output = invoke("--home", str(home), "ingest").output
    assert "(docpipe review show 1)" in output


def test_the_program_is_named_as_it_was_called():
    assert program_name("/usr/local/bin/docpipe", "/usr/local/bin/docpipe") == "docpipe"
    assert program_name(".venv/bin/docpipe", None) == ".venv/bin/docpipe"
    assert program_name("/opt/x y/bin/docpipe", "/usr/bin/docpipe") == "'/opt/x y/bin/docpipe'"


def test_home_choice_prefers_option_then_environment_then_the_nearest_toml(tmp_path):
    home = tmp_path / "cabinet"
    (home / "inbox").mkdir(parents=True)
    (home / "docpipe.toml").write_text("", encoding="utf-8")
    assert HomeChoice.of(None, {}, home / "inbox").root == home
    assert HomeChoice.of(None, {"DOCPIPE_HOME": str(tmp_path / "x")}, home).root == tmp_path / "x"
    chosen = HomeChoice.of(str(tmp_path / "y"), {"DOCPIPE_HOME": str(home)}, home)
    assert chosen.root == tmp_path / "y" and chosen.explicit
    assert not HomeChoice.of(None, {}, tmp_path).found


def test_ingest_of_a_file_that_does_not_exist_is_an_error(tmp_path):
    home = tmp_path / "cabinet"
    run(home, "init")
    (home / "inbox" / "dupont.txt").write_text(FILED, encoding="utf-8")
    result = run(home, "ingest", str(tmp_path / "absent.pdf"), code=ExitCode.USAGE)
    assert "Fichier introuvable" in result.stderr and "absent.pdf" in result.stderr
    assert "Boîte de dépôt vide" not in result.output
    assert (home / "inbox" / "dupont.txt").is_file()  # nothing was processed
    assert run(home, "log", "--json").output == ""


def test_ctrl_c_during_a_command_exits_130_in_french(tmp_path, monkeypatch):
    from docpipe.cli import inbox

    def interrupted(*_args):
        raise KeyboardInterrupt
    home = tmp_path / "cabinet"
    run(home, "init")
    (home / "inbox" / "dupont.txt").write_text(FILED, encoding="utf-8")
    monkeypatch.setattr(inbox, "run_with_progress", interrupted)
    result = run(home, "ingest", code=ExitCode.INTERRUPTED)
    assert "Interrompu (Ctrl-C)" in result.stderr and "Traceback" not in result.output


def test_a_command_named_by_a_library_message_is_printed_as_it_must_be_typed(tmp_path, monkeypatch):
    monkeypatch.delenv("DOCPIPE_HOME", raising=False)
    home = tmp_path / "cabinet"
    run(home, "init")
    run(home, "patients", "import", str(_registry(tmp_path)))
    with working_in(tmp_path):
        refused = invoke("--home", str(home), "letter", "lettre-inconnue", "--patient", "P001", code=ExitCode.ERROR)
    assert f"(docpipe --home {home.resolve()} letter --list)" in refused.stderr
    with working_in(home):
        refused = invoke("letter", "lettre-inconnue", "--patient", "P001", code=ExitCode.ERROR)
    assert "(docpipe letter --list)" in refused.stderr


def _registry(folder: Path) -> Path:
    from cli_kit import REGISTRY
    path = folder / "registre.csv"
    path.write_text(REGISTRY, encoding="utf-8")
    return path


def test_the_installed_command_seeds_the_demo_from_outside_the_repository(tmp_path):
    """`make run` calls `.venv/bin/docpipe demo`: the synthetic corpus is not in the package (devtools/),
    so the command must find it beside the package of a source checkout, whatever the current folder."""
    import subprocess
    import sys
    program = Path(sys.executable).with_name("docpipe")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    home = tmp_path / "h"
    for args in (["init"], ["demo", "--patients", "12"]):
        done = subprocess.run([str(program), "--home", str(home), *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    assert "patients fictifs importés" in done.stdout
    assert any((home / "inbox").iterdir())
