"""Extract throughput: docpipe's Extractor against bare Tesseract run in parallel on the same scans.

    .venv/bin/python benchmarks/ingest.py [--pages 24] [--rounds 2] [--workers 0] [--out benchmarks/out]

Generates noisy A4 scans at 300 dpi (French text, identity block, skew, specks, JPEG), then times
(a) `tesseract` alone, one process per core (OMP_THREAD_LIMIT=1, -l fra+eng), through xargs, and
(b) `Extractor.extract_many` on the same files. Rounds alternate (a) and (b) so that a busy machine
penalises both alike; the best round of each is kept. Also times born-digital PDFs (text layer).
Target: docpipe ≥ 0.9 × bare throughput. CPU seconds per page are printed too: on a shared machine
they compare the two sides where wall-clock rates mostly measure the neighbours.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docpipe.config import Settings  # noqa: E402
from docpipe.extract import Extractor  # noqa: E402
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


# --- synthetic documents ------------------------------------------------------------------------

def identity(index: int, rnd: random.Random) -> tuple[str, str]:
    birth = f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{rnd.randint(1930, 2010)}"
    return birth, "".join(rnd.choice("0123456789") for _ in range(15))


def scan_page(index: int) -> tuple[Image.Image, tuple[str, str]]:
    rnd = random.Random(index)
    birth, ins = identity(index, rnd)
    lines = ["CENTRE HOSPITALIER DE LYON SUD — Service de cardiologie",
             "Compte rendu de consultation du 14/02/2024",
             f"Nom de naissance : MARTIN{index}   Prénom(s) : Marie-Hélène",
             f"Née le : {birth}   Sexe : F   IPP : {rnd.randint(10**7, 10**8 - 1)}",
             f"INS : {ins}", "Adresse : 12 rue des Tilleuls, 69003 Lyon", ""] + LETTER * 5
    page = Image.new("L", A4_300DPI, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 44)  # 10.5 pt at 300 dpi
    for row, line in enumerate(lines):
        draw.text((220, 260 + row * 74), line, fill=15, font=font)
    return scanner_noise(page, rnd), (birth, ins)


def scanner_noise(page: Image.Image, rnd: random.Random) -> Image.Image:
    page = page.filter(ImageFilter.GaussianBlur(0.8)).point(lambda v: 35 + v * 200 // 255)
    grain = Image.frombytes("L", page.size, rnd.randbytes(page.width * page.height))
    page = ImageChops.add(page, grain.point(lambda v: v * 30 // 255), scale=1.0, offset=-15)
    speck = [Image.frombytes("L", page.size, rnd.randbytes(page.width * page.height)).point(
        lambda v: 0 if v == 0 else 255) for _ in range(2)]
    page = ImageChops.darker(page, ImageChops.lighter(*speck).filter(ImageFilter.MinFilter(3)))
    return page.rotate(rnd.uniform(-2, 2), resample=Image.Resampling.BICUBIC, fillcolor=230)


def generate_scans(folder: Path, count: int) -> dict[Path, tuple[str, str]]:
    folder.mkdir(parents=True, exist_ok=True)
    truths = {}
    for index in range(count):
        path = folder / f"scan{index:03d}.jpg"
        page, truth = scan_page(index)
        if not path.exists():
            page.save(path, "JPEG", quality=75, dpi=(300, 300))
        truths[path] = truth
    return truths


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

def bare_command(folder: Path, workers: int) -> str:
    return (f"ls {shlex.quote(str(folder))}/*.jpg | OMP_THREAD_LIMIT=1 xargs -P {workers} -I{{}} "
            f"tesseract {{}} {{}} -l fra+eng --dpi 300 quiet")


def cpu_seconds() -> float:
    """CPU used by this process and the processes it waited for (tesseract runs included)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def time_bare(folder: Path, workers: int) -> tuple[float, float]:
    started, cpu = time.perf_counter(), cpu_seconds()
    subprocess.run(["bash", "-c", bare_command(folder, workers)], check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, cpu_seconds() - cpu


def time_docpipe(extractor: Extractor, paths: list[Path]) -> tuple[float, float, dict[Path, str]]:
    started, cpu = time.perf_counter(), cpu_seconds()
    texts = {}
    for path, result in extractor.extract_many(paths):
        texts[path] = getattr(result, "text", "")
    return time.perf_counter() - started, cpu_seconds() - cpu, texts


def recall(texts: dict[Path, str], truths: dict[Path, tuple[str, str]]) -> float:
    found = sum(value in texts.get(path, "") for path, truth in truths.items() for value in truth)
    return found / (2 * len(truths))


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=0, help="0 = un par cœur")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    args = parser.parse_args()
    workers = args.workers or usable_cores()

    truths = generate_scans(args.out / "scans", args.pages)
    paths = sorted(truths)
    born = generate_born_digital(args.out / "born", 20)
    print(f"{len(paths)} pages A4 300 dpi bruitées, {workers} workers, charge machine au départ : "
          f"{os.getloadavg()[0]:.2f}")

    bare, ours, texts = [], [], {}
    settings = Settings(ocr_workers=workers)
    with Extractor(settings) as extractor:
        for round_number in range(1, args.rounds + 1):
            bare.append(time_bare(args.out / "scans", workers))
            *measure, texts = time_docpipe(extractor, paths)
            ours.append(tuple(measure))
            print(f"  manche {round_number} : tesseract nu {per_minute(len(paths), bare[-1][0]):.1f} pages/min, "
                  f"docpipe {per_minute(len(paths), ours[-1][0]):.1f} pages/min "
                  f"(charge machine {os.getloadavg()[0]:.2f})")
        born_timings = time_born_digital(extractor, born)

    bare_rate, our_rate = (per_minute(len(paths), min(wall for wall, _ in runs)) for runs in (bare, ours))
    bare_cpu, our_cpu = (min(cpu for _, cpu in runs) / len(paths) for runs in (bare, ours))
    print(f"(a) tesseract nu en parallèle : {bare_rate:.1f} pages/min, {bare_cpu:.2f} s CPU/page "
          f"(INS et dates de naissance retrouvés : {recall(bare_texts(paths), truths):.1%})")
    print(f"(b) docpipe Extractor         : {our_rate:.1f} pages/min, {our_cpu:.2f} s CPU/page "
          f"(INS et dates de naissance retrouvés : {recall(texts, truths):.1%})")
    verdict = "OK" if our_rate >= 0.9 * bare_rate else "SOUS L'OBJECTIF"
    print(f"rapport docpipe / nu : {our_rate / bare_rate:.2f} en pages/min (objectif ≥ 0.90 : {verdict}), "
          f"{bare_cpu / our_cpu:.2f} en CPU par page (insensible à la charge des autres processus)")
    print(f"PDF nés numériques (2 pages, couche texte) : médiane {statistics.median(born_timings) * 1000:.1f} ms, "
          f"max {max(born_timings) * 1000:.1f} ms par document")
    print(f"reproduire (a) : {bare_command(args.out / 'scans', workers)}")
    print(f"reproduire tout : .venv/bin/python benchmarks/ingest.py --pages {args.pages} --rounds {args.rounds}")


if __name__ == "__main__":
    main()
