"""python -m devtools.ood OUT [--docs N] [--seed S] [--patients P]"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .corpus import make_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.ood",
                                     description="Corpus hors distribution : registre, documents, vérité terrain.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--patients", type=int, default=1500)
    parser.add_argument("--rendus", help="rendus permis, séparés par des virgules (défaut : tous)")
    args = parser.parse_args(argv)
    manifest = make_corpus(args.out, args.docs, args.seed, args.patients,
                           [c for c in (args.rendus or "").split(",") if c] or None)
    print(f"{len(manifest['documents'])} documents et registre de {args.patients} patients dans {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
