"""python compare_text.py CORPUS BASE.json NEW.json : per-family tallies and the changed / wrong pages (text pages)."""
import json, sys
from collections import defaultdict
from pathlib import Path
corpus = Path(sys.argv[1])
truth = json.loads((corpus / "truth.json").read_text())
b, n = json.loads(Path(sys.argv[2]).read_text()), json.loads(Path(sys.argv[3]).read_text())
def verdict(r, t):
    if not r["files"]: return "review"
    return "right" if r["ipp"] == t else "wrong"
tab = defaultdict(lambda: defaultdict(int))
losses, wrongs_new, wrongs_base, gains = [], [], [], []
for name, t in sorted(truth.items()):
    vb, vn = verdict(b[name], t["truth"]), verdict(n[name], t["truth"])
    tab[t["family"]]["B" + vb] += 1; tab[t["family"]]["N" + vn] += 1; tab[t["family"]]["n"] += 1
    if vb == "right" and vn == "review": losses.append(name)
    if vn == "wrong": wrongs_new.append(name)
    if vb == "wrong": wrongs_base.append(name)
    if vb == "wrong" and vn != "wrong": gains.append(name)
print(f"{'family':40} pages | BASE right/wrong/review | NEW right/wrong/review")
tot = defaultdict(int)
for fam in sorted(tab):
    r = tab[fam]
    for k, v in r.items(): tot[k] += v
    print(f"{fam:40} {r['n']:5} | {r['Bright']:3}/{r['Bwrong']:3}/{r['Breview']:3} | {r['Nright']:3}/{r['Nwrong']:3}/{r['Nreview']:3}")
print(f"{'TOTAL':40} {tot['n']:5} | {tot['Bright']:3}/{tot['Bwrong']:3}/{tot['Breview']:3} | {tot['Nright']:3}/{tot['Nwrong']:3}/{tot['Nreview']:3}")
for title, lst in (("LOSSES (BASE right, NEW review)", losses), ("NEW WRONG", wrongs_new), ("BASE WRONG", wrongs_base), ("GAINS (BASE wrong, NEW not)", gains)):
    print(f"\n== {title}: {len(lst)}")
    for name in lst:
        first = " / ".join(l for l in (corpus / f"{name}.txt").read_text().split("\n")[:7] if l.strip())
        print(f"{name}: truth={truth[name]['truth']} base={b[name]['ipp'] if b[name]['files'] else 'review'} new={n[name]['ipp'] if n[name]['files'] else 'review'} | {first[:230]}")
