"""Desk benchmark (not a timed test): the review page of a 3-page scan, previews cached, and a queue of
2 000 waiting documents, over real HTTP to the server on 127.0.0.1 (in a thread of this process).

    .venv/bin/python benchmarks/desk.py [--items 2000] [--runs 60]

The 3-page scan is ingested by the real pipeline; the rest of the queue is made of copies of its row
(store.insert_document_with_text, distinct hashes), which is what the queue pages read.
"""
from __future__ import annotations

import argparse
import http.cookiejar
import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "support"))

from desk_kit import PASSWORD, SCAN_DUPONT_NO_DATE, make_home, pdf_bytes, three_pages  # noqa: E402

from docpipe.desk import create_app  # noqa: E402
from docpipe.store import Store  # noqa: E402

TARGET_P95_MS = 300


def fill_queue(home, items: int) -> int:
    """Copies of the ingested scan's row until `items` documents wait; returns the scan's id."""
    store = Store(home.database)
    try:
        scan = store.review_queue()[0]
        text = store.text(scan.id)
        columns = {k: v for k, v in asdict(scan).items() if k not in ("id", "filing")}
        with store.transaction():
            for n in range(items - 1):
                columns["sha256"] = f"{n:064x}"
                columns["received_at"] = scan.received_at
                store.db.execute("SAVEPOINT copy")
                document_id = store.insert_document(**columns)
                store.db.execute("INSERT INTO document_text (document_id, text) VALUES (?, ?)", (document_id, text))
                store.db.execute("RELEASE copy")
        return scan.id
    finally:
        store.close()


def opener_logged_in(base: str):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/connexion").read().decode()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({"csrf": token, "identifiant": "secretaire", "mot_de_passe": PASSWORD}).encode()
    opener.open(base + "/connexion", data)
    return opener


def timed(opener, urls: list[str], runs: int) -> list[float]:
    """Milliseconds per run, every URL of the list fetched in turn (a page and its images)."""
    figures = []
    for _ in range(runs):
        start = time.perf_counter()
        for url in urls:
            with opener.open(url) as response:
                response.read()
                assert response.status == 200, url
        figures.append((time.perf_counter() - start) * 1000)
    return figures


def p95(figures: list[float]) -> float:
    return statistics.quantiles(figures, n=20)[-1]


def report(name: str, figures: list[float]) -> float:
    value = p95(figures)
    print(f"  {name:<58} médiane {statistics.median(figures):6.1f} ms   p95 {value:6.1f} ms")
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    from werkzeug.serving import WSGIRequestHandler, make_server
    WSGIRequestHandler.log_request = lambda *a, **k: None

    with tempfile.TemporaryDirectory(prefix="desk-bench-") as folder:
        home = make_home(Path(folder), {"scan.pdf": pdf_bytes(three_pages(SCAN_DUPONT_NO_DATE))})
        scan = fill_queue(home, args.items)
        server = make_server("127.0.0.1", 0, create_app(home), threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}"
        opener = opener_logged_in(base)
        images = [f"{base}/documents/{scan}/pages/{n}.png" for n in (1, 2, 3)]
        cold = timed(opener, images, 1)[0]  # renders and caches the previews
        last_page = (args.items + 49) // 50
        print(f"docpipe desk — {args.items} documents à revoir, {args.runs} passages, serveur http://127.0.0.1")
        print(f"  aperçus des 3 pages, premier rendu (mis en cache) : {cold:.0f} ms")
        worst = report("page de revue (scan de 3 pages), HTML seul", timed(opener, [f"{base}/revue/{scan}"], args.runs))
        worst = max(worst, report("page de revue + ses 3 images (aperçus en cache)",
                                  timed(opener, [f"{base}/revue/{scan}", *images], args.runs)))
        report("file d'attente, page 1 (50 par page)", timed(opener, [f"{base}/revue"], args.runs))
        report(f"file d'attente, page {last_page}", timed(opener, [f"{base}/revue?page={last_page}"], args.runs))
        report("élément suivant (touche « s »), en fin de file",
               timed(opener, [f"{base}/revue/{scan + args.items - 10}/suivant?rang={args.items - 10}"], args.runs))
        report("Aujourd'hui (activité, rafraîchie toutes les 5 s)",
               timed(opener, [f"{base}/aujourdhui/activite"], args.runs))
        server.shutdown()
    verdict = "OK" if worst < TARGET_P95_MS else "AU-DESSUS DE L'OBJECTIF"
    print(f"Objectif page de revue p95 < {TARGET_P95_MS} ms : {verdict} ({worst:.1f} ms)")
    print("Commande : .venv/bin/python benchmarks/desk.py " + " ".join(sys.argv[1:]))
    return 0 if worst < TARGET_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
