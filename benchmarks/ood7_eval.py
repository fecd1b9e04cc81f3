#!/usr/bin/env python3
"""ood7 black-box evaluation of docpipe (independent, blind corpus: devtools/ood7/gen.py).

    python benchmarks/ood7_eval.py --seed S --docs 40 --out DIR [--reuse] [--tree TREE]

Generates the corpus with devtools/ood7 of THIS checkout (unless --reuse), builds a fresh docpipe home in DIR/home,
imports DIR/registry.csv, ingests every corpus file in ONE call with --json (docpipe taken from TREE, default: this
checkout) and scores each manifest part:
  fileable part        -> filed to the expected patient (right) / filed under another patient (WRONG) / not filed
  expected-review part -> anything but a filing is correct; any filing is WRONG ("expected-review part filed";
                          the report says whether the patient filed is the document's real subject)
A file holding two patients' documents has one part per patient, each scored on its own (see devtools/ood7/README.md).
The manifest has ood6's shape: the scoring is benchmarks/ood6_eval.py's (harness and pairing: ood5_eval.py).
Seeds 1 and 2 were used to debug the generator; measure on seeds >= 3.
Writes DIR/result.json.  Always exits 0.
"""
import os
import sys

from ood5_eval import ROOT
from ood6_eval import main

GEN = os.path.join(ROOT, "devtools", "ood7", "gen.py")

if __name__ == "__main__":
    sys.exit(main(corpus="ood7", gen=GEN, doc=__doc__))
