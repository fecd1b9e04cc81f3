#!/usr/bin/env python3
"""Can Tesseract tell a digit it misread? Measured for the namesakes born one digit apart (13/03/1958 and 13/08/1958),
whom only that digit tells apart on a scan: docpipe sends such scans to review (README, « Deux homonymes du registre »).

Pages of labelled birth dates (fonts, sizes, labels and separators varied) are drawn, then faxed (150 and 200 dpi),
grayed (200 dpi) or photocopied (300 dpi) by the independent corpus's renderer (devtools/ood), prepared as docpipe
prepares a page (ocr.prepare: the page's first preparation, then Otsu, adaptive and median; an image equal to one
already read is not read again) and read by Tesseract with its LSTM choices (`lstm_choice_mode=2`): each glyph's
confidence and the other characters it weighed.

    .venv/bin/python benchmarks/digit_confidence.py --pages 100 --seed 31

For each printed date, the readings that spell a date one digit from it at most. A rule « the deciding digit is sure
when K readings or more spell the date alike, none spells it otherwise, the digit has a confidence of C or more and
the other digit is weighed below 1 % » would take a date read alike but one digit wrong for sure: each such date is a
document filed under the other namesake (« mal lues prises pour sûres »). « Justes prises pour sûres »: the share of
(date, position, other digit) pairs the rule would take, what it would file. Session 39: K = 1 and K = 2 took misread
digits for sure; K = 3 took none of the few misreads that three readings agreed on — too few to call it safe.
"""
import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import tesserocr  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402
from tesserocr import RIL, iterate_level  # noqa: E402

from devtools.ood import render  # noqa: E402
from docpipe import ocr  # noqa: E402

LABELS = ["Date de naissance :", "Né le", "Née le", "DDN :", "Date de naiss. :", "Né(e) le :", "Naissance :"]
HOLDERS = ["DUPONT Jean", "MARTIN Claire", "NGUYEN Minh", "LEFEBVRE Anaïs", "Patient :", ""]
SEPARATORS = ["/", "/", ".", "-", " / "]
CONDITIONS = ["fax_150", "fax_150", "fax_200", "fax_200", "scan_gris_200", "photocopie_300"]
PREPARATIONS = (ocr.Preparation.OTSU, ocr.Preparation.ADAPTIVE, ocr.Preparation.MEDIAN)
DATE_RE = re.compile(r"(?<![\d/])(\d\d) ?([/.\-]) ?(\d\d) ?\2 ?(\d{4})(?!/?\d)")
RULES = [(1, 95.0), (1, 99.0), (2, 98.0), (3, 95.0), (3, 98.0)]  # (readings that agree at least, confidence at least)
OTHER_DIGIT_UNWEIGHED = 1.0


def draw_page(rng: random.Random) -> tuple[ocr.PageScan, str, list[str]]:
    face = render.Typeface(rng.choice(render.available_families()), rng.uniform(9, 12))
    font = face.font(1.0)
    page = Image.new("L", (render.mm(210), render.mm(297)), 255)
    draw = ImageDraw.Draw(page)
    y, printed = render.mm(15), []
    while y < render.mm(280):
        digits = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(1925, 2024)}"
        date = rng.choice(SEPARATORS).join((digits[:2], digits[2:4], digits[4:]))
        draw.text((render.mm(18), y), f"{rng.choice(HOLDERS)}  {rng.choice(LABELS)} {date}".strip(), font=font, fill=0)
        printed.append(digits)
        y += round(font.size * rng.uniform(1.6, 2.4))
    condition = rng.choice(CONDITIONS)
    sent, _ = render.degrade(page, condition, rng)
    return ocr.PageScan(sent, float(condition.split("_")[-1]), sent.mode == "1"), condition, printed


def spelled_dates(api, image: Image.Image, dpi: float) -> list[list[tuple[str, float, dict[str, float]]]]:
    """The eight digit glyphs (character, confidence, other digits weighed) of each date the page spells."""
    api.SetImage(image)
    api.SetSourceResolution(round(dpi))
    api.Recognize()
    lines, line = [], []
    for symbol in iterate_level(api.GetIterator(), RIL.SYMBOL):
        if symbol.IsAtBeginningOf(RIL.TEXTLINE) and line:
            lines.append(line)
            line = []
        char = symbol.GetUTF8Text(RIL.SYMBOL) or ""
        weighed: dict[str, float] = {}
        for choice in symbol.GetChoiceIterator():
            other = choice.GetUTF8Text() or ""
            if other.isdigit() and other != char:
                weighed[other] = max(weighed.get(other, 0.0), choice.Confidence())
        line.append((char if len(char) == 1 else "?", symbol.Confidence(RIL.SYMBOL), weighed))
    lines.append(line)
    dates = []
    for glyphs in lines:
        text = "".join(g[0] for g in glyphs)
        dates += [[g for g in glyphs[m.start():m.end()] if g[0].isdigit()] for m in DATE_RE.finditer(text)]
    return dates


def read_page(api, scan: ocr.PageScan, printed: list[str]) -> dict[str, list[tuple]]:
    """Per printed date, each reading (one per distinct prepared image) that spells it within a digit:
    (preparation, glyphs)."""
    found: dict[str, list[tuple]] = {digits: [] for digits in printed}
    seen = set()
    for preparation in dict.fromkeys([ocr.first_preparation(scan), *PREPARATIONS]):
        prepared = ocr.prepare(scan, preparation)
        image = (prepared.image.tobytes(), prepared.image.size)
        if image in seen:
            continue
        seen.add(image)
        for glyphs in spelled_dates(api, prepared.image, prepared.dpi):
            spelled = "".join(g[0] for g in glyphs)
            near = [d for d in printed if sum(a != b for a, b in zip(d, spelled)) <= 1]
            if near:
                found[near[0]].append((preparation, glyphs))
    return found


def judge(printed: str, readings: list[list], agreeing: int, least: float, tally: Counter) -> None:
    spellings = {"".join(g[0] for g in glyphs) for glyphs in readings}
    if len(readings) < agreeing or len(spellings) != 1:
        return
    spelled = spellings.pop()

    def sure(position: int, other: str) -> bool:
        return all(glyphs[position][1] >= least and glyphs[position][2].get(other, 0.0) < OTHER_DIGIT_UNWEIGHED
                   for glyphs in readings)

    if spelled != printed:
        position = next(i for i in range(8) if spelled[i] != printed[i])
        tally["agreed_misread"] += 1
        tally["misread_taken"] += sure(position, printed[position])
        return
    tally["right_taken"] += sum(sure(p, other) for p in range(8) for other in "0123456789" if other != spelled[p])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--seed", type=int, default=31)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    api = tesserocr.PyTessBaseAPI(path=ocr.tessdata_dir(), lang="fra", psm=tesserocr.PSM.AUTO,
                                  oem=tesserocr.OEM.LSTM_ONLY)
    api.SetVariable("lstm_choice_mode", "2")
    started, dates, conditions = time.monotonic(), 0, Counter()
    tallies = {rule: Counter() for rule in RULES}
    try:
        for _ in range(args.pages):
            scan, condition, printed = draw_page(rng)
            conditions[condition] += 1
            first = ocr.first_preparation(scan)
            for digits, readings in read_page(api, scan, printed).items():
                dates += 1
                for (agreeing, least), tally in tallies.items():
                    # one reading: the page's first, as docpipe reads it
                    chosen = [g for p, g in readings if p is first or agreeing > 1]
                    judge(digits, chosen, agreeing, least, tally)
    finally:
        api.End()
    print(f"pages {args.pages} ({', '.join(f'{c} {n}' for c, n in sorted(conditions.items()))}), "
          f"dates imprimées {dates} ({time.monotonic() - started:.0f} s)")
    for (agreeing, least), tally in tallies.items():
        print(f"{agreeing} lecture(s) d'accord au moins, confiance ≥ {least:g} : dates lues d'accord mais fausses d'un "
              f"chiffre {tally['agreed_misread']}, prises pour sûres {tally['misread_taken']} ; "
              f"justes prises pour sûres {tally['right_taken'] / max(dates * 72, 1):.1%}")
    print(f"commande : .venv/bin/python benchmarks/digit_confidence.py --pages {args.pages} --seed {args.seed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
