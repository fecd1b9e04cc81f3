"""Screen captions_text.py's pages with one checkout. Run: PYTHONPATH=<checkout> python screen_text.py CORPUS OUT.json"""
import json, sys
from datetime import date
from pathlib import Path
from docpipe import identity, matching
from docpipe.registry import parse_registry_file

corpus = Path(sys.argv[1])
index = matching.RegistryIndex.build(parse_registry_file((corpus / "registry.csv").read_bytes()))
res = {}
for p in sorted(corpus.glob("*.txt")):
    text = p.read_text()
    readings = identity.read_document([text], date(2026, 1, 15), [False])
    d = matching.decide(readings, index)
    res[p.stem] = {"files": d.files, "ipp": d.patient_ipp, "rule": d.rule, "reason": d.reason_fr}
Path(sys.argv[2]).write_text(json.dumps(res, ensure_ascii=False, indent=0))
