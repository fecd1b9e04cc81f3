"""How well the first reading of a fax page reads the patient's identity, for several blurs of the `smooth`
preparation (a 1-bit page below 250 dpi is read slightly blurred in gray, ×2). Fax documents of the independent
corpus (devtools/ood, fax_150 and fax_200 renderings) are generated for each seed; every document whose patient is
in the registry is read page by page with docpipe's own first reading, and the birth name, first given name and birth
date printed on it are looked for in the text (accents and case aside; a date with its separators dropped, or in
words). Prints, per radius: documents where each value was read, where all three were, and Tesseract's time.

    .venv/bin/python benchmarks/fax_reading.py --seeds 709 710 711 712 --radii 1.0 0.85
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devtools.ood import make_corpus  # noqa: E402
from docpipe import extract, ocr  # noqa: E402
from docpipe.config import Settings  # noqa: E402

MONTHS = ["JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOUT", "SEPTEMBRE", "OCTOBRE", "NOVEMBRE",
          "DECEMBRE"]
DIGIT_SEPARATORS_RE = re.compile(r"(?<=\d)[ ./\-]+(?=\d)")


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.upper()) if unicodedata.category(c) != "Mn")


def date_read(text: str, printed: str) -> bool:
    """`printed` is JJ/MM/AAAA: its eight digits in a row once separators between digits are dropped, or the date in
    words (`3 MARS 1957`, `03 MARS 1957`)."""
    day, month, year = printed.split("/")
    folded = re.sub(r"\s+", " ", fold(text))
    digits = re.sub(r"\D", "", DIGIT_SEPARATORS_RE.sub("", folded))
    in_words = {f"{int(day)} {MONTHS[int(month) - 1]} {year}", f"{day} {MONTHS[int(month) - 1]} {year}"}
    return day + month + year in digits or any(words in folded for words in in_words)


def fax_documents(seeds: list[int], docs: int, folder: Path) -> list[tuple[Path, dict]]:
    found = []
    for seed in seeds:
        run = folder / f"ood_{seed}"
        manifest = make_corpus(run, docs, seed, conditions=["fax_150", "fax_200"])
        for name, truth in manifest["documents"].items():
            if truth.get("expected_patient"):
                found.append((run / "corpus" / name, truth["person"]))
    return found


def read_all(documents: list[tuple[Path, dict]], radius: float) -> dict:
    ocr.SMOOTH_RADIUS_PX = radius
    counts = {"name": 0, "first": 0, "date": 0, "all": 0, "seconds": 0.0}
    with extract.Extractor(Settings()) as extractor:
        for path, person in documents:
            loaders, release = extractor.page_loaders(path)
            started = time.monotonic()
            text = "\n".join(extractor.pool.read_page(load).text for load in loaders)
            counts["seconds"] += time.monotonic() - started
            release()
            folded = fold(text)
            read = {"name": fold(person["nom_naissance"]) in folded,
                    "first": fold(person["prenoms"].split()[0]) in folded,
                    "date": date_read(text, person["ddn"])}
            for value, ok in read.items():
                counts[value] += ok
            counts["all"] += all(read.values())
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[709, 710, 711, 712])
    parser.add_argument("--docs", type=int, default=40, help="documents generated per seed (faxes only)")
    parser.add_argument("--radii", type=float, nargs="+", default=[1.0, ocr.SMOOTH_RADIUS_PX])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fax-reading-") as folder:
        documents = fax_documents(args.seeds, args.docs, Path(folder))
        print(f"{len(documents)} documents de fax (patient au registre), graines {' '.join(map(str, args.seeds))}")
        print("rayon   nom   prénom   date   les trois   Tesseract (s)")
        for radius in dict.fromkeys(args.radii):
            c = read_all(documents, radius)
            print(f"{radius:5.2f}  {c['name']:4d}  {c['first']:6d}  {c['date']:5d}  {c['all']:10d}"
                  f"  {c['seconds']:12.1f}")
    print("Pour reproduire : .venv/bin/python benchmarks/fax_reading.py --seeds "
          f"{' '.join(map(str, args.seeds))} --docs {args.docs} --radii {' '.join(map(str, args.radii))}")


if __name__ == "__main__":
    main()
