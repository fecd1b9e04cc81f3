"""The package installs whole: a wheel built from the repository carries the letter templates, and every one
of them renders from the unpacked wheel (not from the source tree)."""
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RENDER_EVERY_TEMPLATE = textwrap.dedent("""
    import json, sys
    from datetime import date
    from pathlib import Path
    import docpipe
    from docpipe import letters
    from docpipe.config import Home
    from docpipe.models import Patient
    from docpipe.store import Store

    assert Path(docpipe.__file__).resolve().is_relative_to(Path(sys.argv[1]).resolve()), docpipe.__file__
    home = Home.resolve(Path(sys.argv[2]))
    home.init()
    store = Store(home.database)
    store.upsert_patients([Patient("P1", "DURAND", "Alice", date(1961, 4, 2), "F")])
    rendered = {}
    for info in letters.describe_templates(home):
        assert info.problem is None, (info.template.name, info.problem)
        assert info.template.source == "shipped", info.template
        groups = info.fields.grouped()
        values = {name: f"Texte de {name}" for name in groups["dictation"] + groups["to_provide"]
                  if "." not in name}
        request = letters.LetterRequest(info.template.name, "P1", None, values, False, "test")
        record = letters.create_letter(home, store, request)
        rendered[info.template.name] = (home.root / record["path"]).stat().st_size
    print(json.dumps(rendered))
""")


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    source = out / "source"  # a copy: setuptools leaves build/ and *.egg-info/ where it builds
    source.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", source)
    shutil.copytree(ROOT / "docpipe", source / "docpipe", ignore=shutil.ignore_patterns("__pycache__"))
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "--no-build-isolation",
                            "-w", str(out)], capture_output=True, text=True, timeout=300, cwd=source)
    assert built.returncode == 0, built.stderr
    [wheel] = out.glob("docpipe-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(out / "site")
    return out / "site"


def test_the_wheel_carries_every_template(unpacked_wheel):
    shipped = sorted(p.name for p in (ROOT / "docpipe" / "templates").glob("*.docx"))
    assert len(shipped) >= 5
    assert sorted(p.name for p in (unpacked_wheel / "docpipe" / "templates").glob("*.docx")) == shipped
    assert (ROOT / "templates").resolve() == (ROOT / "docpipe" / "templates").resolve()  # the design card's path


def test_every_template_renders_from_the_unpacked_wheel(unpacked_wheel, tmp_path):
    run = subprocess.run([sys.executable, "-c", RENDER_EVERY_TEMPLATE, str(unpacked_wheel), str(tmp_path / "home")],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path,
                         env={"PYTHONPATH": str(unpacked_wheel), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert run.returncode == 0, run.stderr
    import json
    sizes = json.loads(run.stdout.splitlines()[-1])
    assert sorted(sizes) == sorted(p.stem for p in (ROOT / "docpipe" / "templates").glob("*.docx"))
    assert all(size > 1000 for size in sizes.values())
