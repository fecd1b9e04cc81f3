"""Test layout: unit/ (pure decisions and parsers, no I/O), e2e/ (the program on real files, real Tesseract,
real processes), browser/ (the desk in Chromium); support/ holds the kits they share."""
import os
import sys
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent / "support"))
# The `docpipe` processes the tests start import this checkout, even through a virtual environment installed
# (editable) from another checkout of the repository.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(CHECKOUT), os.environ.get("PYTHONPATH")]))
