"""The environment of the docpipe processes a benchmark starts: they import the checkout being measured, even through a
virtual environment installed (editable) from another checkout of the repository."""
from __future__ import annotations

import os
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent


def checkout_pythonpath(environ=os.environ) -> str:
    return os.pathsep.join(filter(None, [str(CHECKOUT), environ.get("PYTHONPATH")]))


def checkout_environ() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=checkout_pythonpath())
