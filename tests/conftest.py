"""Test layout: unit/ (pure decisions and parsers, no I/O), e2e/ (the program on real files, real Tesseract,
real processes), browser/ (the desk in Chromium); support/ holds the kits they share."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "support"))
