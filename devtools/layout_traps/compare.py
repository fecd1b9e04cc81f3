import json, sys
c = sys.argv[3] if len(sys.argv) > 3 else "corpus"
truth = json.load(open(f"{c}/truth.json"))
o = json.load(open(sys.argv[1])); n = json.load(open(sys.argv[2]))
def dec(r): return r["ipp"] if r["files"] else "review"
counts = {"old_right": 0, "old_wrong": 0, "new_right": 0, "new_wrong": 0}
for name in sorted(o):
    t = truth[name]["truth"]
    a, b = dec(o[name]), dec(n[name])
    for tag, x in (("old", a), ("new", b)):
        if x != "review": counts[f"{tag}_{'right' if x == t else 'wrong'}"] += 1
    if a != b or (b != "review" and b != t):
        flag = ("NEW-WRONG " if b != "review" and b != t else "") + ("OLD-WRONG" if a != "review" and a != t else "")
        print(f"{name:32s} truth={t} old={a} new={b} {flag}")
print(counts)
