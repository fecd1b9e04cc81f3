"""The reading worker's fork server listens on a Unix socket under the temporary folder; a socket path
holds 107 bytes. A deep TMPDIR must not stop PDF reading."""
from __future__ import annotations

import json

from docpipe.extract import socket_fits_under
from inbox_kit import drop, lab_pdf, make_home, run_docpipe


def test_a_pdf_is_read_and_filed_under_a_temporary_folder_too_deep_for_a_socket(tmp_path):
    home = make_home(tmp_path / "home")
    deep = tmp_path / ("tres-long-dossier-temporaire-" * 3)
    deep.mkdir()
    assert not socket_fits_under(str(deep))
    drop(home, "a.pdf", lab_pdf(1))
    done = run_docpipe(home, "ingest", "--json", env={"TMPDIR": str(deep)})
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["status"] for line in done.stdout.splitlines()] == ["filed"]
    assert list(deep.iterdir()) == []  # the socket's folder went to /tmp and was removed at exit


def test_a_short_temporary_folder_keeps_its_socket():
    assert socket_fits_under("/tmp")
    assert not socket_fits_under("/" + "x" * 75)
