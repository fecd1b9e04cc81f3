"""Replay one tree on cached words: page_text, read_document, decide. Run with PYTHONPATH=<tree>.
python screen.py CORPUS OUT.json"""
import json, sys
from datetime import date
from pathlib import Path
from docpipe import ocr, identity, matching
from docpipe.registry import parse_registry_file

corpus = Path(sys.argv[1])
cache = json.loads((corpus / "words.json").read_text())
index = matching.RegistryIndex.build(parse_registry_file((corpus / "registry.csv").read_bytes()))
res = {}
for name, entry in sorted(cache.items()):
    words = [ocr.Word(t, c, tuple(p), tuple(l), *rest) for t, c, p, l, *rest in entry["words"]]
    text = ocr.page_text(words)
    readings = identity.read_document([text], date(2026, 1, 15), [False])
    d = matching.decide(readings, index)
    res[name] = {"files": d.files, "ipp": d.patient_ipp, "rule": d.rule, "reason": d.reason_fr, "text": text}
Path(sys.argv[2]).write_text(json.dumps(res, ensure_ascii=False))
