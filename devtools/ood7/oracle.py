"""Strict identity oracle (independent of docpipe).  Works on what is PRINTED for the subject of a part.

paper = dict(names=[(label, value)], firsts=[...]|None, dob=date|None, sex="M"/"F"/None, ins="15 chars"|None)
label: "birth" (née / nom de naissance), "used" (nom d'usage / épouse), "plain" (unlabelled NOM).

Fileable (returns the IPP) only when
  * birth name + FIRST given name + exact birth date match exactly one registry patient, nothing printed contradicts
    (sex, a labelled used/birth name, an INS) ; or
  * a valid INS (key = 97 - n mod 97, 2A->19, 2B->18) of a registry patient is printed and everything else printed
    is consistent with that patient.
Debatable (IPP returned with a tag): used name + first given name + date unique in the registry.
Otherwise None (human review).
"""
import re
import unicodedata


def norm(s):
    s = unicodedata.normalize("NFKD", (s or "").replace("Œ", "OE").replace("œ", "oe"))
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    s = re.sub(r"[-'’\s]+", " ", s)
    return s.strip()


def valid_ins(s):
    s = (s or "").replace(" ", "")
    if len(s) != 15:
        return False
    body = s[:13].replace("2A", "19").replace("2B", "18")
    if not body.isdigit() or not s[13:].isdigit():
        return False
    return 97 - int(body) % 97 == int(s[13:])


class Oracle:
    def __init__(self, registry):
        self.reg = registry
        self.by_ins = {}
        for p in registry:
            if p.ins:
                self.by_ins[p.ins] = p

    def consistent(self, p, paper):
        if paper.get("sex") and paper["sex"] != p.sex:
            return False, "printed sex contradicts"
        if paper.get("dob") and paper["dob"] != p.dob:
            return False, "printed date contradicts"
        if paper.get("firsts") and norm(paper["firsts"][0]) != norm(p.first):
            return False, "printed first given name differs"
        for lab, v in paper.get("names", []):
            if lab == "birth" and norm(v) != norm(p.birth):
                return False, "printed birth name differs"
            if lab == "used" and norm(v) not in (norm(p.used), norm(p.birth)):
                return False, "printed used name differs"
            if lab == "plain" and norm(v) not in (norm(p.used), norm(p.birth)):
                return False, "printed name differs"
        if paper.get("ins") and p.ins and paper["ins"].replace(" ", "") != p.ins:
            return False, "printed INS is not this patient's"
        return True, ""

    def decide(self, paper):
        ins = (paper.get("ins") or "").replace(" ", "")
        if ins:
            if not valid_ins(ins):
                return None, None, "printed INS has an invalid key"
            p = self.by_ins.get(ins)
            if p is not None:
                ok, why = self.consistent(p, paper)
                if ok:
                    return p.ipp, None, "valid INS of this patient, consistent with the rest of the paper"
                return None, None, f"INS of {p.ipp} but {why}"
            # a valid NIR the registry does not know: decided on the strict traits below
        firsts, dob = paper.get("firsts"), paper.get("dob")
        if not firsts:
            return None, None, "no first name printed"
        if not dob:
            return None, None, "no birth date printed"
        names = [norm(v) for lab, v in paper.get("names", []) if lab in ("birth", "plain")]
        hits = [p for p in self.reg if norm(p.birth) in names and norm(p.first) == norm(firsts[0]) and p.dob == dob]
        if len(hits) == 1:
            ok, why = self.consistent(hits[0], paper)
            if ok:
                return hits[0].ipp, None, "birth name + first given name + birth date match exactly one patient"
            return None, None, f"unique strict match {hits[0].ipp} but {why}"
        if len(hits) > 1:
            return None, None, f"{len(hits)} patients share birth name + first name + date"
        used = [norm(v) for lab, v in paper.get("names", []) if lab in ("used", "plain")]
        uh = [p for p in self.reg if p.used and norm(p.used) in used and norm(p.first) == norm(firsts[0]) and p.dob == dob]
        if len(uh) == 1 and self.consistent(uh[0], paper)[0]:
            return uh[0].ipp, "debatable_used_name", "only used name + first name + date printed; unique in registry"
        return None, None, "no registry patient matches birth name + first name + date"
