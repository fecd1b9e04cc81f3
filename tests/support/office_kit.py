"""A stand-in `soffice` first on the PATH, for the tests of PDF conversion (no LibreOffice on these machines)."""
from __future__ import annotations

import os
from pathlib import Path

# Records its arguments, then the mode of its input's folder, and writes a PDF named like the input.
FAKE_SOFFICE = """#!/bin/sh
echo "$@" > "$FAKE_SOFFICE_LOG"
outdir=""; last=""
while [ $# -gt 0 ]; do
  if [ "$1" = "--outdir" ]; then outdir="$2"; fi
  last="$1"; shift
done
stat -c %a "$(dirname "$last")" >> "$FAKE_SOFFICE_LOG"
printf '%%PDF-1.4 fake\\n' > "$outdir/$(basename "$last" .docx).pdf"
"""


def install_program(folder: Path, name: str, script: str) -> None:
    folder.mkdir(exist_ok=True)
    program = folder / name
    program.write_text(script, encoding="utf-8")
    program.chmod(0o755)


def install_fake_soffice(tmp_path: Path, monkeypatch) -> Path:
    """The stand-in first on the PATH; returns the file where it logs (arguments, then the folder's mode)."""
    install_program(tmp_path / "bin", "soffice", FAKE_SOFFICE)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_SOFFICE_LOG", str(tmp_path / "soffice.log"))
    return tmp_path / "soffice.log"
