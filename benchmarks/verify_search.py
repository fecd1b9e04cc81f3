"""Benchmark: `docpipe verify` and `docpipe search` on a home of N synthetic documents (default 100 000).

Documents are generated straight into the archive and the database (no OCR, no matching): FICTITIOUS
patients, French medical text, an original padded with random bytes to about --file-kb, its .txt and .json
companions, and a row with its text (indexed for search by the store's triggers).

    .venv/bin/python benchmarks/verify_search.py [--documents 100000] [--file-kb 16] [--home DIR] [--keep]

Prints the set-up, then verify (page cache dropped for the archive files where the kernel allows it, then
warm) and search latency p50 / p95 / max over a set of queries. Target: search p95 under 50 ms.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docpipe import search, verify  # noqa: E402
from docpipe.archive import Archive, ensure_private_dir  # noqa: E402
from docpipe.config import FILE_MODE, Home  # noqa: E402
from docpipe.models import DocType, Patient  # noqa: E402
from docpipe.store import Store  # noqa: E402

BIRTH_NAMES = ["MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU",
               "LAURENT", "SIMON", "MICHEL", "LEFÈVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER",
               "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MÜLLER", "FAURE", "ANDRÉ",
               "MERCIER", "N'DIAYE", "NGUYEN", "BÉRANGER", "GAUTHIER", "PERRIN", "MATHIEU", "CLÉMENT", "MASSON",
               "CHEVALIER"]
FIRST_NAMES = {"F": ["Marie", "Hélène", "Zoé", "Anaïs", "Chloé", "Léa", "Inès", "Camille", "Éloïse", "Sophie"],
               "M": ["Jean", "Pierre", "Luc", "Noël", "Jérôme", "François", "Hugo", "Raphaël", "Mathéo", "Paul"]}
LAB_VALUES = ["Hémoglobine {:.1f} g/dL", "Hématocrite {:.0f} %", "Leucocytes {:.1f} G/L", "Plaquettes {:.0f} G/L",
              "Créatinine {:.0f} µmol/L", "Glycémie à jeun {:.2f} mmol/L", "Cholestérol total {:.2f} g/L",
              "TSH {:.2f} mUI/L", "Ferritine {:.0f} µg/L", "Protéine C réactive {:.1f} mg/L",
              "Hémoglobine glyquée (HbA1c) {:.1f} %", "Kaliémie {:.1f} mmol/L", "Natrémie {:.0f} mmol/L"]
SENTENCES = [
    "Pas d'anomalie décelée à l'examen clinique.", "Tension artérielle à {}/{} mmHg.",
    "Auscultation cardiaque normale.",
    "Œdème des membres inférieurs discret.", "Échographie abdominale sans particularité.",
    "Radiographie thoracique : pas d'opacité suspecte.", "IRM lombaire : discopathie L4-L5 modérée.",
    "Poursuite du traitement par metformine 1000 mg deux fois par jour.", "Contrôle biologique dans trois mois.",
    "Patient(e) revu(e) en consultation de suivi de son diabète de type 2.", "Douleur thoracique atypique.",
    "Bilan lipidique à recontrôler après régime.", "Fibrillation atriale paroxystique sous anticoagulant.",
    "Antécédents : appendicectomie, cholécystectomie.", "Allergie connue à la pénicilline.",
    "Sortie d'hospitalisation après pneumopathie communautaire.", "Intervention sous anesthésie générale.",
    "Kinésithérapie respiratoire prescrite.", "Vaccination antigrippale à jour.",
    "Insuffisance rénale chronique stade 3.",
]
TITLES = {DocType.LAB_RESULT: "COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE",
          DocType.IMAGING_REPORT: "COMPTE RENDU D'IMAGERIE",
          DocType.CONSULTATION_REPORT: "COMPTE RENDU DE CONSULTATION",
          DocType.LETTER: "COURRIER", DocType.DISCHARGE_SUMMARY: "COMPTE RENDU D'HOSPITALISATION",
          DocType.OPERATIVE_REPORT: "COMPTE RENDU OPÉRATOIRE", DocType.PRESCRIPTION: "ORDONNANCE"}
QUERIES = [
    ("hémoglobine", {}), ("hemoglobine", {}), ("HÉMOGLOBINE glyquée", {}), ("oedeme", {}), ("créatinine", {}),
    ("metformine diabète", {}), ("fibrillation atriale", {}), ("pénicilline", {}), ("discopathie", {}),
    ("hémo*", {}), ("insuffisance rénale", {}), ("zzz introuvable", {}), ('"NEAR( *', {}),
    ("hémoglobine", {"doc_type": "lab_result"}), ("tension", {"since": date(2025, 9, 1)}),
    ("patient", {}),  # in every document: the worst case
    ("hémoglobine", {"patient_ipp": "B000042"}), ("examen clinique", {"patient_ipp": "B001234"}),
]


def make_patients(count: int, rng: random.Random) -> list[Patient]:
    patients = []
    for number in range(count):
        sex = rng.choice("MF")
        born = date(1930, 1, 1) + timedelta(days=rng.randrange(30_000))
        patients.append(Patient(f"B{number:06d}", rng.choice(BIRTH_NAMES), rng.choice(FIRST_NAMES[sex]), born, sex))
    return patients


def document_text(patient: Patient, doc_type: DocType, rng: random.Random) -> str:
    lines = [TITLES.get(doc_type, "DOCUMENT"), f"Patient : {patient.birth_name} {patient.first_names}",
             f"Né(e) le {patient.birth_date:%d/%m/%Y}"]
    if doc_type == DocType.LAB_RESULT:
        lines += [value.format(rng.uniform(1, 300)) for value in rng.sample(LAB_VALUES, 8)]
    lines += [rng.choice(SENTENCES).format(rng.randint(10, 16), rng.randint(6, 9)) for _ in range(rng.randint(8, 30))]
    return "\n".join(lines)


def generate(home: Home, store: Store, count: int, file_kb: int, seed: int) -> int:
    """Write `count` documents; returns the bytes of the originals."""
    rng = random.Random(seed)
    patients = make_patients(max(10, count // 50), rng)
    store.upsert_patients(patients)
    store.db.execute("PRAGMA synchronous=OFF")  # set-up only: the store under test keeps FULL
    archive, made_dirs, total = Archive(home), set(), 0
    types = list(DocType)
    start = datetime(2025, 1, 1, 8, 0).astimezone()
    for number in range(count):
        patient, doc_type = rng.choice(patients), rng.choice(types)
        text = document_text(patient, doc_type, rng)
        original = text.encode("utf-8") + rng.randbytes(max(0, int(rng.uniform(0.5, 1.5) * file_kb * 1024)))
        received = start + timedelta(minutes=7 * number)
        digest = hashlib.sha256(original).hexdigest()
        path = archive.filed_path(patient, doc_type.value, digest, received, "pdf")
        if path.parent not in made_dirs:
            ensure_private_dir(path.parent)
            made_dirs.add(path.parent)
        relative = str(path.relative_to(home.root))
        document_id = store.insert_document_with_text(
            text, origin="ingest", state="done", status="filed", source_name=f"scan_{number:06d}.pdf",
            sha256=digest, size=len(original), media_type="pdf", patient_ipp=patient.ipp, doc_type=doc_type.value,
            pages="[1]", stored_path=relative, received_at=received.isoformat(timespec="seconds"),
            decided_at=received.isoformat(timespec="seconds"), decided_by="docpipe")
        sidecar = {"id": document_id, "source": f"scan_{number:06d}.pdf", "sha256": digest, "size": len(original),
                   "status": "filed", "patient": patient.ipp, "doc_type": doc_type.value}
        for target, data in ((path, original), (path.with_name(path.name + ".txt"), text.encode("utf-8")),
                             (path.with_name(path.name + ".json"), json.dumps(sidecar).encode("utf-8"))):
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
            os.write(fd, data)
            os.close(fd)
        total += len(original)
        if number and number % 10_000 == 0:
            print(f"  … {number} documents", flush=True)
    store.db.execute("PRAGMA synchronous=FULL")
    return total


def drop_page_cache(home: Home) -> bool:
    """Ask the kernel to forget the archive's pages (no root needed); a VM host may still cache them."""
    os.sync()
    if not hasattr(os, "posix_fadvise"):
        return False
    for folder, _dirs, files in os.walk(home.archive):
        for name in files:
            fd = os.open(os.path.join(folder, name), os.O_RDONLY)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            os.close(fd)
    return True


def time_verify(home: Home, store: Store, label: str) -> None:
    result = verify.verify_home(home, store)
    rate = result.bytes_hashed / result.seconds / 2**20
    print(f"verify ({label}) : {result.seconds:.2f} s — {result.checked} documents, {result.files_scanned} fichiers,"
          f" {result.bytes_hashed / 2**20:.0f} Mio hachés ({rate:.0f} Mio/s), problèmes : {len(result.problems)}")
    if result.problems:
        raise SystemExit(f"problèmes inattendus : {result.problems[:5]}")


def timed_search(store: Store, text: str, filters: dict) -> tuple[float, float, int]:
    """Wall and CPU milliseconds (CPU time is what a busy machine does not inflate), and the hit count."""
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        hits = len(search.search(store, text, **filters).hits)
    except search.SearchError:
        hits = 0
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, hits


def percentiles(values: list[float]) -> str:
    cuts = statistics.quantiles(values, n=100)
    return f"p50 {cuts[49]:.1f} ms, p95 {cuts[94]:.1f} ms, max {max(values):.1f} ms"


def time_search(store: Store, rounds: int) -> None:
    first = [timed_search(store, text, filters)[0] for text, filters in QUERIES]  # cold page cache
    per_query = {f"{text} {filters or ''}".strip(): [timed_search(store, text, filters) for _ in range(rounds)]
                 for text, filters in QUERIES}
    runs = [run for query_runs in per_query.values() for run in query_runs]
    print(f"search : {len(runs)} requêtes — temps réel {percentiles([r[0] for r in runs])} ;"
          f" temps CPU {percentiles([r[1] for r in runs])}")
    print(f"         premier passage : médiane {statistics.median(first):.1f} ms, max {max(first):.1f} ms")
    for query, query_runs in per_query.items():
        print(f"    {query[:50]:<52} médiane {statistics.median(r[0] for r in query_runs):6.1f} ms"
              f" (CPU {statistics.median(r[1] for r in query_runs):5.1f} ms), {query_runs[0][2]} résultat(s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--file-kb", type=int, default=16, help="taille moyenne d'un original (Kio)")
    parser.add_argument("--rounds", type=int, default=20, help="passages sur la liste de requêtes")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--home", help="dossier de travail (défaut : temporaire) ; déjà rempli, il est réutilisé")
    parser.add_argument("--keep", action="store_true", help="garder le dossier de travail")
    args = parser.parse_args()
    root = Path(args.home) if args.home else Path(tempfile.mkdtemp(prefix="docpipe-bench-"))
    home = Home(root.resolve())
    home.init()
    print(f"commande : {' '.join([Path(sys.executable).name, *sys.argv])}")
    print(f"machine : {os.cpu_count()} cœur(s), Python {sys.version.split()[0]}, dossier {home.root}")
    store = Store(home.database)
    try:
        existing = store.documents("id IN (SELECT id FROM documents LIMIT 1)")
        if existing:
            print(f"dossier déjà rempli : réutilisé tel quel ({len(store.documents())} documents)")
        else:
            began = time.perf_counter()
            total = generate(home, store, args.documents, args.file_kb, args.seed)
            print(f"génération : {args.documents} documents, {total / 2**20:.0f} Mio d'originaux, "
                  f"{time.perf_counter() - began:.0f} s ; base {home.database.stat().st_size / 2**20:.0f} Mio")
        cold = drop_page_cache(home)
        time_verify(home, store, "cache vidé" if cold else "cache chaud")
        time_verify(home, store, "cache chaud")
        time_search(store, args.rounds)
        if args.keep or args.home:
            print(f"reproduire : docpipe --home {home.root} verify ; docpipe --home {home.root} search hémoglobine")
    finally:
        store.close()
        if not args.keep and not args.home:
            shutil.rmtree(home.root, ignore_errors=True)


if __name__ == "__main__":
    main()
