"""The browser tests share tests/desk_kit.py with the route tests."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
