"""OCR every page once (first reading, as docpipe's OcrPool does it) and keep Tesseract's words: screen.py then
replays page_text + identity + decision of each tree on the very same words. Run with PYTHONPATH=<a tree>."""
import dataclasses, json, sys, time
from pathlib import Path
from docpipe import ocr
from docpipe.extract import load_frame

corpus = Path(sys.argv[1])
out = corpus / "words.json"
cache = json.loads(out.read_text()) if out.exists() else {}
with ocr.OcrPool(workers=1) as pool:
    captured = []
    real = pool._words
    def spy(image, dpi, sparse=False):
        words = real(image, dpi, sparse)
        captured.append(words)
        return words
    pool._words = spy
    for png in sorted((corpus / "pages").glob("*.png")):
        if png.name in cache:
            continue
        t = time.time()
        captured.clear()
        reading = pool.read_page(lambda: load_frame(png, "PNG", 0))
        cache[png.name] = {"words": [dataclasses.astuple(w) for w in captured[-1]], "text": reading.text,
                           "preparation": str(reading.preparation)}
        print(png.name, round(time.time() - t, 1), flush=True)
out.write_text(json.dumps(cache))
