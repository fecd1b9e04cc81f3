"""The CLI is a package: `common` imports no other CLI module, each command module imports only `common`
(never the package or a sibling), so there is no import cycle and each module loads on its own."""
from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import docpipe.cli as cli_package

PACKAGE = Path(cli_package.__file__).parent
MODULES = sorted(m.name for m in pkgutil.iter_modules([str(PACKAGE)]))


def cli_imports(module: str) -> set[str]:
    """The CLI modules a module imports (relative `.x` / `from . import x`, or absolute docpipe.cli…)."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:
                found |= {node.module} if node.module else {alias.name for alias in node.names}
            elif node.level == 0 and (node.module or "").startswith("docpipe.cli"):
                found.add(node.module.removeprefix("docpipe.cli").lstrip(".") or "__init__")
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("docpipe.cli").lstrip(".") or "__init__" for a in node.names
                      if a.name.startswith("docpipe.cli")}
    return {name.split(".")[0] for name in found}


def test_there_are_no_cli_modules_left_outside_the_package():
    assert not list(PACKAGE.parent.glob("cli_*.py")) and not (PACKAGE.parent / "cli.py").exists()


def test_common_imports_no_cli_module_and_commands_import_only_common():
    assert "common" in MODULES and len(MODULES) >= 6
    assert cli_imports("common") == set()
    for module in MODULES:
        if module != "common":
            assert cli_imports(module) <= {"common"}, module


def test_each_command_module_loads_first_on_its_own():
    for module in MODULES:
        code = f"import docpipe.cli.{module}"
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, (module, done.stderr)


def test_every_command_is_registered_and_helps_in_french():
    from click.testing import CliRunner
    names = set(cli_package.main.commands)
    assert {"init", "patients", "ingest", "review", "log", "demo", "letter", "day", "verify", "search", "audit",
            "export", "watch"} <= names
    for name in names:
        result = CliRunner().invoke(cli_package.main, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output, name
