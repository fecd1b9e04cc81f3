"""Out-of-distribution corpus for docpipe's identity reading, written independently of devtools/synth.

    .venv/bin/python -m devtools.ood OUT --docs 50 --seed 1 --patients 1500

writes OUT/registry.csv, OUT/corpus/<doc>.{pdf,png,tif} and OUT/manifest.json (truth: the patient's IPP
or none, whether the printed identity is conclusive, the layout features and the text of every page)."""
from .corpus import make_corpus

__all__ = ["make_corpus"]
