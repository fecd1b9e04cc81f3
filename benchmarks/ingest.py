"""Extract throughput: docpipe's Extractor against bare Tesseract run in parallel on the same scans.

    .venv/bin/python benchmarks/ingest.py [--light 16] [--heavy 8] [--rounds 2] [--workers 2]
                                          [--languages fra] [--compare-languages] [--out benchmarks/out]

Generates noisy scans at 300 dpi (JPEG, skew, specks, grain) of two kinds:
- light pages, as a secretariat mostly receives them: one-third-page lab sheets (identity block and
  a results table) and short letters (half a page);
- heavy pages: a full A4 page of dense text.
Then times, on the same files, (a) the bare command line, `tesseract PAGE - -l fra`, with
OMP_THREAD_LIMIT=1, as many in parallel as workers (xargs -P), and (b) `Extractor.extract_many`.
Rounds alternate (a) and (b) so that a busy machine penalises both alike; the best round of each is
kept. Prints the ratio (target ≥ 1.3×), the engine docpipe used, the identity values found (surname,
birth date, INS) and the character error rate, and with --compare-languages the same for fra+eng.
Born-digital PDFs (text layer) are timed too: they must stay in milliseconds. Last, the cost of a second
reading per page (each preparation ingest tries when a scan's identity is not conclusive), and what confirming a
page a second reading rescues costs (the next preparation's reading of it), and what levelling a page scanned askew
costs (finding its tilt, turning it), part of docpipe's time above.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shlex
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docpipe.config import Settings  # noqa: E402
from docpipe.extract import Extractor  # noqa: E402
from docpipe.ingest import SECOND_PREPARATIONS  # noqa: E402
from docpipe import ocr  # noqa: E402
from docpipe.ocr import usable_cores  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
A4_300DPI = (2480, 3508)
LETTER = [
    "Madame, Monsieur, cher confrère,",
    "J'ai revu en consultation votre patiente pour le suivi de son hypertension",
    "artérielle. L'électrocardiogramme est normal, la tension est à 135/85 mmHg.",
    "Créatinine : 78 µmol/L le 03/01/2024, kaliémie à 4,2 mmol/L. Pas d'œdème,",
    "auscultation cardio-pulmonaire sans particularité. Poids stable à 68 kg.",
    "Traitement : ramipril 5 mg, un comprimé le matin ; atorvastatine 10 mg le soir.",
    "Prochain rendez-vous dans six mois avec un bilan biologique complet.",
]


# --- synthetic documents -------------------------------------------------------------------------

LAB_RESULTS = [("Hémoglobine", "13,2 g/dL", "12,0 - 16,0"), ("Leucocytes", "6,8 G/L", "4,0 - 10,0"),
               ("Plaquettes", "245 G/L", "150 - 400"), ("Créatinine", "78 µmol/L", "45 - 90"),
               ("Glycémie à jeun", "5,1 mmol/L", "3,9 - 5,8"), ("Potassium", "4,2 mmol/L", "3,5 - 5,0")]


@dataclass(frozen=True)
class Truth:
    """What a page says: its lines, and the identity values a reader must find in them."""

    lines: tuple[str, ...]
    identity: tuple[str, ...]  # surname, birth date, INS


def identity(index: int, rnd: random.Random) -> tuple[str, str, str]:
    birth = f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{rnd.randint(1930, 2010)}"
    return f"MARTIN{chr(65 + index % 26)}", birth, "".join(rnd.choice("0123456789") for _ in range(15))


def drawn(size: tuple[int, int], rows: list[str], rnd: random.Random) -> Image.Image:
    """Lines from the top at 10.5 pt on paper of the given size, then scanned."""
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 44)  # 10.5 pt at 300 dpi
    for row, line in enumerate(rows):
        draw.text((220, 150 + row * 74), line, fill=15, font=font)
    return scanner_noise(page, rnd)


def lab_sheet(index: int) -> tuple[Image.Image, "Truth"]:
    """One third of an A4 page: laboratory name, identity block, six results."""
    rnd = random.Random(index)
    surname, birth, ins = identity(index, rnd)
    rows = ["LABORATOIRE DE BIOLOGIE MÉDICALE DES TILLEULS", f"Patient : {surname} Marie   Née le : {birth}",
            f"INS : {ins}", *(f"{name}   {value}   ({norms})" for name, value, norms in LAB_RESULTS)]
    return drawn((A4_300DPI[0], A4_300DPI[1] // 3), rows, rnd), Truth(tuple(rows), (surname, birth, ins))


def short_letter(index: int) -> tuple[Image.Image, "Truth"]:
    """Half an A4 page: a letterhead, the patient, five lines of letter."""
    rnd = random.Random(1000 + index)
    surname, birth, ins = identity(index, rnd)
    rows = ["Dr Claire EXEMPLE — Cardiologie", "Lyon, le 14/02/2024",
            f"Concerne : Mme {surname} Hélène, née le {birth}", f"INS : {ins}", *LETTER[:5]]
    return drawn((A4_300DPI[0], A4_300DPI[1] // 2), rows, rnd), Truth(tuple(rows), (surname, birth, ins))


def heavy_page(index: int) -> tuple[Image.Image, "Truth"]:
    """A full A4 page of dense text (a hospital report)."""
    rnd = random.Random(2000 + index)
    surname, birth, ins = identity(index, rnd)
    rows = ["CENTRE HOSPITALIER DE LYON SUD — Service de cardiologie", "Compte rendu de consultation du 14/02/2024",
            f"Nom de naissance : {surname}   Prénom(s) : Marie-Hélène",
            f"Née le : {birth}   Sexe : F   IPP : {rnd.randint(10**7, 10**8 - 1)}",
            f"INS : {ins}", "Adresse : 12 rue des Tilleuls, 69003 Lyon", *LETTER * 5]
    return drawn(A4_300DPI, rows, rnd), Truth(tuple(rows), (surname, birth, ins))


def scanner_noise(page: Image.Image, rnd: random.Random) -> Image.Image:
    page = page.filter(ImageFilter.GaussianBlur(0.8)).point(lambda v: 35 + v * 200 // 255)
    grain = Image.frombytes("L", page.size, rnd.randbytes(page.width * page.height))
    page = ImageChops.add(page, grain.point(lambda v: v * 30 // 255), scale=1.0, offset=-15)
    speck = [Image.frombytes("L", page.size, rnd.randbytes(page.width * page.height)).point(
        lambda v: 0 if v == 0 else 255) for _ in range(2)]
    page = ImageChops.darker(page, ImageChops.lighter(*speck).filter(ImageFilter.MinFilter(3)))
    return page.rotate(rnd.uniform(-2, 2), resample=Image.Resampling.BICUBIC, fillcolor=230)


def generate_scans(folder: Path, light: int, heavy: int) -> dict[str, dict[Path, Truth]]:
    """The light set (lab sheets and letters alternating) and the heavy set, written once."""
    makers = {"light": [(lab_sheet if i % 2 == 0 else short_letter, i) for i in range(light)],
              "heavy": [(heavy_page, i) for i in range(heavy)]}
    sets: dict[str, dict[Path, Truth]] = {}
    for kind, pages in makers.items():
        (folder / kind).mkdir(parents=True, exist_ok=True)
        sets[kind] = {}
        for make, index in pages:
            path = folder / kind / f"{make.__name__}{index:03d}.jpg"
            page, truth = make(index)
            if not path.exists():
                page.save(path, "JPEG", quality=75, dpi=(300, 300))
            sets[kind][path] = truth
    return sets


def generate_born_digital(folder: Path, count: int) -> list[Path]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"cr{index:03d}.pdf"
        pdf = canvas.Canvas(str(path), pagesize=A4)
        for _ in range(2):
            pdf.setFont("DejaVu", 10)
            for row, line in enumerate([f"Nom de naissance : MARTIN{index}", "Née le : 12/03/1957"] + LETTER * 4):
                pdf.drawString(50, 790 - 14 * row, line)
            pdf.showPage()
        pdf.save()
        paths.append(path)
    return paths


# --- measures -----------------------------------------------------------------------------------

def bare_command(folder: Path, workers: int, languages: str) -> str:
    return (f"ls {shlex.quote(str(folder))}/*.jpg | OMP_THREAD_LIMIT=1 xargs -P {workers} -I{{}} "
            f"sh -c 'tesseract \"$1\" - -l {languages} > \"$1.txt\" 2>/dev/null' _ {{}}")


def cpu_seconds() -> float:
    """CPU used by this process and the processes it waited for (tesseract runs included)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def time_bare(folder: Path, workers: int, languages: str) -> tuple[float, float]:
    started, cpu = time.perf_counter(), cpu_seconds()
    subprocess.run(["bash", "-c", bare_command(folder, workers, languages)], check=True)
    return time.perf_counter() - started, cpu_seconds() - cpu


def time_docpipe(extractor: Extractor, paths: list[Path]) -> tuple[float, float, dict[Path, str]]:
    extractor.pool.forget_readings()  # every round reads every page: none answered from the previous round
    started, cpu = time.perf_counter(), cpu_seconds()
    texts = {}
    for path, result in extractor.extract_many(paths):
        texts[path] = getattr(result, "text", "")
    return time.perf_counter() - started, cpu_seconds() - cpu, texts


def identity_recall(texts: dict[Path, str], truths: dict[Path, Truth]) -> float:
    """Share of the identity values (surname, birth date, INS) found verbatim in the page's text."""
    found = sum(value in texts.get(path, "") for path, truth in truths.items() for value in truth.identity)
    return found / sum(len(truth.identity) for truth in truths.values())


def comparable(text: str) -> str:
    # Spaces and the « : » docpipe adds between a table's label and value are layout, not characters read.
    return re.sub(r"[\s:]+", "", text)


def character_error_rate(texts: dict[Path, str], truths: dict[Path, Truth]) -> float:
    errors = sum(Levenshtein.distance(comparable(texts.get(path, "")), comparable("".join(truth.lines)))
                 for path, truth in truths.items())
    return errors / sum(len(comparable("".join(truth.lines))) for truth in truths.values())


def bare_texts(paths: list[Path]) -> dict[Path, str]:
    return {path: Path(f"{path}.txt").read_text(encoding="utf-8") for path in paths}


def time_born_digital(extractor: Extractor, paths: list[Path]) -> list[float]:
    timings = []
    for path in paths:
        started = time.perf_counter()
        document = extractor.extract(path)
        timings.append(time.perf_counter() - started)
        assert all(page.method == "text" for page in document.pages)
    return timings


def per_minute(pages: int, seconds: float) -> float:
    return pages * 60 / seconds


def compare(kind: str, folder: Path, truths: dict[Path, Truth], extractor: Extractor, args) -> float:
    """Best of the rounds for both sides; prints one block per set of pages and returns the ratio."""
    paths = sorted(truths)
    bare, ours, texts = [], [], {}
    for _ in range(args.rounds):
        bare.append(time_bare(folder, args.workers, args.languages))
        *measure, texts = time_docpipe(extractor, paths)
        ours.append(tuple(measure))
    bare_wall, our_wall = (min(wall for wall, _ in runs) for runs in (bare, ours))
    bare_cpu, our_cpu = (min(cpu for _, cpu in runs) / len(paths) for runs in (bare, ours))
    bare_read = bare_texts(paths)
    ratio = bare_wall / our_wall
    print(f"[{kind}] {len(paths)} pages")
    print(f"  (a) tesseract nu   : {bare_wall:6.2f} s ({per_minute(len(paths), bare_wall):5.1f} pages/min), "
          f"{bare_cpu:.2f} s CPU/page, identité {identity_recall(bare_read, truths):.1%}, "
          f"CER {character_error_rate(bare_read, truths):.2%}")
    print(f"  (b) docpipe        : {our_wall:6.2f} s ({per_minute(len(paths), our_wall):5.1f} pages/min), "
          f"{our_cpu:.2f} s CPU/page, identité {identity_recall(texts, truths):.1%}, "
          f"CER {character_error_rate(texts, truths):.2%}")
    verdict = "OK" if ratio >= 1.3 else "SOUS L'OBJECTIF"
    print(f"  docpipe / nu : {ratio:.2f}× (objectif ≥ 1.30× : {verdict}); CPU par page : {bare_cpu / our_cpu:.2f}×")
    print(f"  commande (a) : {bare_command(folder, args.workers, args.languages)}")
    return ratio


def quality_only(extractor: Extractor, sets: dict[str, dict[Path, Truth]]) -> None:
    for kind, truths in sets.items():
        if not truths:
            continue
        _, _, texts = time_docpipe(extractor, sorted(truths))
        print(f"  [{kind}] identité {identity_recall(texts, truths):.1%}, CER {character_error_rate(texts, truths):.2%}")


def second_reading_cost(extractor: Extractor, sets: dict[str, dict[Path, Truth]]) -> None:
    """What a second reading costs a page (ingest re-reads, one document at a time, only the scanned pages
    of a document whose identity was not conclusive): each preparation in ingest's order, per page."""
    print("seconde lecture (payée seulement par les pages dont l'identité n'est pas concluante) :")
    for kind, truths in sets.items():
        if not truths:
            continue
        costs = []
        for preparation in SECOND_PREPARATIONS:
            extractor.pool.forget_readings()
            started = time.perf_counter()
            pages = sum(len(extractor.reread(path, [1], preparation).pages) for path in sorted(truths))
            costs.append((preparation.value, (time.perf_counter() - started) / max(1, pages)))
        detail = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in costs)
        print(f"  [{kind}] par page relue : {detail} ; toutes : {sum(s for _, s in costs):.2f} s")
        # A reading that would be kept is confirmed by every chance after it (ingest.confirmed_second_reading): the
        # page it rescues pays those readings too; the last chance has none after it (and is never kept).
        confirming = ", ".join(f"{name} → + {sum(s for _, s in costs[i + 1:]):.2f} s"
                               for i, (name, _) in enumerate(costs[:-1]))
        print(f"  [{kind}] confirmation d'une page sauvée (lue par toutes les chances suivantes) : {confirming}")


def levelling_cost(sets: dict[str, dict[Path, Truth]]) -> None:
    """What levelling costs a page, inside docpipe's time above: finding its tilt (every scanned page, once) and
    turning it (a page tilted by 0.2° or more: all of these, scanned askew by up to 2°)."""
    for kind, truths in sets.items():
        if not truths:
            continue
        finding, turning = [], []
        for path in sorted(truths):
            with Image.open(path) as image:
                gray = ocr.grayscale(image)
            started = time.perf_counter()
            angle = ocr.skew_angle(gray)
            found = time.perf_counter()
            ocr.turned_by(gray, angle)
            turned = time.perf_counter()
            finding.append(found - started)
            if abs(angle) >= ocr.SKEW_MIN_DEG:
                turning.append(turned - found)
        print(f"  [{kind}] redressement : angle {statistics.mean(finding) * 1000:.0f} ms par page, rotation "
              f"{statistics.mean(turning or [0.0]) * 1000:.0f} ms par page penchée ({len(turning)}/{len(finding)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--light", type=int, default=16)
    parser.add_argument("--heavy", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--languages", default="fra")
    parser.add_argument("--engine", choices=["tesserocr", "cli"], default=None)
    parser.add_argument("--compare-languages", action="store_true",
                        help="mesure aussi identité et CER de docpipe avec fra+eng")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    args = parser.parse_args()

    sets = generate_scans(args.out / "scans", args.light, args.heavy)
    born = generate_born_digital(args.out / "born", 20)
    print(f"{args.workers} workers, OMP_THREAD_LIMIT=1, langues {args.languages}, cœurs utilisables "
          f"{usable_cores()}, charge machine au départ {os.getloadavg()[0]:.2f}")
    settings = Settings(ocr_workers=args.workers, ocr_languages=args.languages)
    with Extractor(settings, engine=args.engine) as extractor:
        print(f"moteur docpipe : {extractor.engine_name}")
        ratios = {kind: compare(kind, args.out / "scans" / kind, truths, extractor, args)
                  for kind, truths in sets.items() if truths}
        born_timings = time_born_digital(extractor, born)
        second_reading_cost(extractor, sets)
    levelling_cost(sets)
    if args.compare_languages:
        for languages in ("fra", "fra+eng"):
            print(f"qualité docpipe, langues {languages} :")
            with Extractor(Settings(ocr_workers=args.workers, ocr_languages=languages), engine=args.engine) as ex:
                quality_only(ex, sets)
    print(f"PDF nés numériques (2 pages, couche texte) : médiane {statistics.median(born_timings) * 1000:.1f} ms, "
          f"max {max(born_timings) * 1000:.1f} ms par document")
    print("rapports : " + ", ".join(f"{kind} {ratio:.2f}×" for kind, ratio in ratios.items()))
    print(f"reproduire : .venv/bin/python benchmarks/ingest.py --light {args.light} --heavy {args.heavy} "
          f"--rounds {args.rounds} --workers {args.workers} --languages {args.languages}"
          + (" --compare-languages" if args.compare_languages else ""))


if __name__ == "__main__":
    main()
