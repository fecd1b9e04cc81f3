"""Benchmark: `docpipe watch` on born-digital PDFs (FICTITIOUS patients) — not a timed test.

1. Latency: from the instant a PDF is complete in inbox/ (renamed in, or closed by its writer) to its
   outcome line, over --trials drops; target under 1 s beyond the stability delay.
2. Burst: --burst documents dropped at once (renamed in together), documents/min from the drop to the last
   outcome, compared with `docpipe ingest` on the same files in a fresh home.

    .venv/bin/python benchmarks/watch_latency.py [--stable 2.0] [--trials 20] [--burst 200] [--keep]

Each outcome is timed when its line reaches us (`docpipe watch --json` stdout, read as it comes).
"""
from __future__ import annotations

import argparse
import io
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from devtools import synth  # noqa: E402
from devtools.checkout import checkout_pythonpath  # noqa: E402
from docpipe.config import Home  # noqa: E402
from docpipe.store import Store  # noqa: E402

DOCPIPE = Path(sys.executable).with_name("docpipe")
os.environ["PYTHONPATH"] = checkout_pythonpath()  # the docpipe processes measured import this checkout


def born_digital_pdf(patient, serial: int) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    text = pdf.beginText(60, 780)
    text.setFont("Helvetica", 11)
    for line in ["LABORATOIRE DES TILLEULS — DOCUMENT FICTIF", "COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE",
                 f"Patient(e) : {patient.birth_name} {patient.first_given_name}, "
                 f"né(e) le {patient.birth_date:%d/%m/%Y}",
                 f"Hémoglobine {11 + serial % 5},{serial % 10} g/dL", f"Leucocytes {4 + serial % 6},2 G/L",
                 f"Dossier n° {serial:06d}"]:
        text.textLine(line)
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_home(root: Path, patients) -> Home:
    home = Home(root)
    home.init()
    store = Store(home.database)
    store.upsert_patients(patients)
    store.close()
    return home


class Watch:
    """A `docpipe watch --json`; each stdout line is queued with the instant it arrived."""

    def __init__(self, home: Home, stable: float):
        self.command = [str(DOCPIPE), "--home", str(home.root), "watch", "--json", "--stable", f"{stable:g}"]
        self.process = subprocess.Popen(self.command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self.started = threading.Event()
        threading.Thread(target=self.read, args=(self.process.stdout, True), daemon=True).start()
        threading.Thread(target=self.read, args=(self.process.stderr, False), daemon=True).start()
        if not self.started.wait(60):
            raise SystemExit("docpipe watch did not start")

    def read(self, stream, is_stdout: bool) -> None:
        for line in stream:
            if is_stdout:
                self.lines.put((time.monotonic(), line))
            elif "Surveillance de" in line:
                self.started.set()

    def next_outcome(self, timeout: float = 120) -> float:
        return self.lines.get(timeout=timeout)[0]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)


def latency(home: Home, patients, stable: float, trials: int) -> None:
    watch = Watch(home, stable)
    staging = home.root / "staging"
    staging.mkdir()
    renamed, closed = [], []
    try:
        for trial in range(trials):
            data = born_digital_pdf(patients[trial % len(patients)], 10_000 + trial)
            (staging / "scan.pdf").write_bytes(data)
            complete = time.monotonic()
            os.rename(staging / "scan.pdf", home.inbox / f"renomme-{trial}.pdf")
            renamed.append(watch.next_outcome() - complete)
            data = born_digital_pdf(patients[trial % len(patients)], 20_000 + trial)
            with open(home.inbox / f"ecrit-{trial}.pdf", "wb") as writer:
                writer.write(data)
            complete = time.monotonic()  # closed by its writer
            closed.append(watch.next_outcome() - complete)
    finally:
        watch.stop()
    print(f"\nLatence (stabilité {stable:g} s, {trials} essais), complet dans inbox/ → ligne du résultat :")
    for label, values in (("renommé dans inbox/", renamed), ("écrit puis fermé", closed)):
        beyond = [v - stable for v in values]
        print(f"  {label:22s} médiane {statistics.median(values):.3f} s, p95 {quantile(values, 0.95):.3f} s, "
              f"max {max(values):.3f} s  → au-delà du délai : médiane {statistics.median(beyond):.3f} s, "
              f"max {max(beyond):.3f} s")


def burst(root: Path, patients, stable: float, count: int) -> None:
    files = {f"rafale-{n:03d}.pdf": born_digital_pdf(patients[n % len(patients)], n) for n in range(count)}

    home = make_home(root / "ingest", patients)
    for name, data in files.items():
        (home.inbox / name).write_bytes(data)
    started = time.monotonic()
    subprocess.run([str(DOCPIPE), "--home", str(home.root), "ingest", "--json"], check=True, capture_output=True)
    ingest_seconds = time.monotonic() - started

    home = make_home(root / "watch", patients)
    staging = home.root / "staging"
    staging.mkdir()
    for name, data in files.items():
        (staging / name).write_bytes(data)
    watch = Watch(home, stable)
    try:
        started = time.monotonic()
        for name in files:
            os.rename(staging / name, home.inbox / name)
        last = max(watch.next_outcome() for _ in files)
    finally:
        watch.stop()
    watch_seconds = last - started
    print(f"\nRafale de {count} PDF natifs :")
    print(f"  docpipe ingest : {ingest_seconds:.1f} s (démarrage compris), "
          f"{60 * count / ingest_seconds:.0f} documents/min")
    print(f"  docpipe watch  : {watch_seconds:.1f} s du dépôt au dernier résultat (délai de stabilité compris), "
          f"{60 * count / watch_seconds:.0f} documents/min ; hors délai : "
          f"{60 * count / max(watch_seconds - stable, 1e-6):.0f} documents/min")


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stable", type=float, default=2.0, help="délai de stabilité (défaut : celui de docpipe)")
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--burst", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="garder les dossiers de travail")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="docpipe-watch-bench-"))
    patients = synth.make_registry(200, seed=7)
    print(f"{os.cpu_count()} cœurs ; dossiers dans {root}")
    try:
        latency(make_home(root / "latency", patients), patients, args.stable, args.trials)
        burst(root, patients, args.stable, args.burst)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
