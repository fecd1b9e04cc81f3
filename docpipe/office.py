"""LibreOffice, the only place that knows it: finding `soffice` and converting a .docx to PDF.

Each conversion runs headless with a throw-away user profile (so it neither touches nor waits for the
profile of a LibreOffice the secretary has open) and under a timeout; the whole process group is killed
when it expires, since `soffice` hands the work to a child `soffice.bin`.

The process list is readable by every local user: the document is converted from a neutral name
(`document.docx`) in a private scratch folder (0700, under the home's private state when given), so no
patient's name or IPP from an archive path ever appears in `ps`.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from .errors import DocpipeError, MissingDependency

PROGRAM_NAMES = ("soffice", "libreoffice")
CONVERSION_TIMEOUT_S = 120


class ConversionFailed(DocpipeError):
    exit_code = 1


def find_soffice() -> str | None:
    return next((found for name in PROGRAM_NAMES if (found := shutil.which(name))), None)


def require_soffice() -> str:
    program = find_soffice()
    if program is None:
        raise MissingDependency(
            "LibreOffice est introuvable (commande « soffice ») : le PDF ne peut pas être produit. "
            "Installez LibreOffice (paquet libreoffice-writer) ou relancez sans --pdf.")
    return program


NEUTRAL_NAME = "document"


def convert_to_pdf(docx: Path, timeout_s: int | None = None, scratch_parent: Path | None = None) -> bytes:
    """The PDF bytes of `docx`. Nothing is written beside `docx`: the caller files the result."""
    program = require_soffice()
    timeout_s = timeout_s or CONVERSION_TIMEOUT_S
    if scratch_parent is not None:
        scratch_parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # mkdtemp makes the folder 0700: neither the copy nor the profile can be read by another user.
    with tempfile.TemporaryDirectory(prefix="soffice-", dir=scratch_parent) as scratch:
        profile, outdir = Path(scratch) / "profile", Path(scratch) / "out"
        outdir.mkdir(mode=0o700)
        neutral = Path(scratch) / f"{NEUTRAL_NAME}.docx"
        shutil.copyfile(docx, neutral)
        os.chmod(neutral, 0o600)
        command = [program, "--headless", "--norestore", "--nolockcheck", "--nodefault",
                   f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf", "--outdir", str(outdir),
                   str(neutral)]
        completed = run_with_timeout(command, timeout_s, env={**os.environ, "HOME": scratch}, cwd=scratch)
        produced = outdir / f"{NEUTRAL_NAME}.pdf"
        if completed.returncode != 0 or not produced.is_file():
            detail = (completed.stderr or completed.stdout or "").strip().splitlines()[-1:] or ["sans message"]
            raise ConversionFailed(f"LibreOffice n'a pas produit le PDF (code {completed.returncode} : {detail[0]}).")
        return produced.read_bytes()


def run_with_timeout(command: list[str], timeout_s: int, env: dict, cwd: str | None = None
                     ) -> subprocess.CompletedProcess:
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                               stdin=subprocess.DEVNULL, start_new_session=True, cwd=cwd)
    try:
        stdout, stderr = process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise ConversionFailed(f"LibreOffice n'a pas terminé la conversion en PDF en {timeout_s} s : abandon.")
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
