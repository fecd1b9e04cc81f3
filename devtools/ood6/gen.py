#!/usr/bin/env python3
"""ood6 corpus generator (written blind to docpipe's code, tests and docs).

    python devtools/ood6/gen.py --seed S --docs N --out DIR

Writes DIR/registry.csv, DIR/corpus/<files>, DIR/manifest.json.  Deterministic per seed.
Seeds 1 and 2 were used to debug the generator; measure on seeds >= 3.
"""
import argparse
import datetime as dt
import json
import os
import random
import sys
from multiprocessing import Pool

import numpy as np

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from names import SPECIALTIES, CITIES, STREETS, ESTABLISHMENTS, SERVICES, LABS, IMAGING  # noqa: E402
from registry import Registry, norm, make_ins, ins_valid, strip_accents, _rand_date  # noqa: E402
from ident import Ident, ident_from_patient, DOB_STYLES, INS_STYLES  # noqa: E402
import docs as D  # noqa: E402
import render as R  # noqa: E402

# ---------------------------------------------------------------------------------------------------------------
# cases: (tag, fileable, weight)
CASES = [
    ("std_full", True, 8), ("homonym_sep_by_dob", True, 4), ("twin_sep_by_firstname", True, 2),
    ("married_both_names", True, 3), ("ins_plus_traits", True, 3), ("ins_name_no_dob", True, 1.5),
    ("doctor_namesake", True, 2.5), ("relative_registered_printed", True, 2.5), ("assure_is_relative", True, 1.5),
    ("accent_variant", True, 2), ("all_firstnames", True, 1.5), ("debatable_used_name_only", True, 1.5),
    ("absent", False, 2), ("near_miss_dob", False, 2.5), ("twins_inseparable", False, 1),
    ("name_only_unique", False, 1.2), ("homonym_no_dob", False, 1), ("surname_dob_no_firstname", False, 0.7),
    ("contradiction_ins", False, 0.8), ("contradiction_sex", False, 0.5), ("mixed_two_patients", False, 0.8),
    ("absent_relative_registered", False, 0.8), ("absent_doctor_namesake", False, 0.6),
    ("debatable_ins_bad_key", False, 0.5),
]
FILEABLE = {c: f for c, f, _ in CASES}

ALL_LAYOUTS = ["letter_sidecol", "identity_table", "sticker_form", "sticker_sheet", "discharge_summary",
               "operative_report", "lab_results", "imaging_report", "prescription", "certificate", "care_form",
               "dictation_txt", "docx_letter", "fax_cover"]
LAYOUT_W = dict(letter_sidecol=3, identity_table=2, sticker_form=2, sticker_sheet=0.5, discharge_summary=2.5,
                operative_report=1.2, lab_results=2.5, imaging_report=2, prescription=2, certificate=1.5,
                care_form=0.8, dictation_txt=2, docx_letter=2, fax_cover=1.5)
INS_OK = {"letter_sidecol", "identity_table", "sticker_form", "sticker_sheet", "discharge_summary", "operative_report",
          "lab_results", "imaging_report", "prescription", "certificate", "care_form", "docx_letter", "fax_cover"}
SEX_OK = {"identity_table", "sticker_form", "sticker_sheet", "lab_results"}
OTHERS_OK = {"letter_sidecol", "identity_table", "sticker_form", "discharge_summary", "imaging_report", "certificate",
             "dictation_txt", "docx_letter"}
NODOB_OK = {"letter_sidecol", "imaging_report", "prescription", "certificate", "dictation_txt", "docx_letter",
            "identity_table", "operative_report", "discharge_summary"}
CASE_LAYOUTS = {
    "ins_plus_traits": INS_OK, "ins_name_no_dob": INS_OK & NODOB_OK - {"identity_table"},
    "contradiction_ins": INS_OK, "debatable_ins_bad_key": INS_OK,
    "contradiction_sex": SEX_OK, "relative_registered_printed": OTHERS_OK,
    "absent_relative_registered": OTHERS_OK, "assure_is_relative": {"care_form"},
    "mixed_two_patients": {"discharge_summary", "lab_results", "letter_sidecol", "certificate", "dictation_txt",
                           "docx_letter"},
    "twins_inseparable": {"imaging_report", "prescription", "lab_results", "letter_sidecol", "dictation_txt",
                          "sticker_form"},
    "name_only_unique": NODOB_OK, "homonym_no_dob": NODOB_OK, "surname_dob_no_firstname": ALL_LAYOUTS,
}
RENDERINGS = dict(pdf_text=3, scan300_pdf=2, scan300_tiff=1, scan300_png=1, fax200_pdf=1.5, fax200_tiff=1,
                  fax150_tiff=1, fax150_pdf=0.5, grey_pdf=1, grey_png=0.7, skew_pdf=1, skew_tiff=0.7, photo_jpg=1.2)
SINGLE_PAGE_ONLY = {"scan300_png", "grey_png", "photo_jpg"}


def balanced_pick(rng, options, weights, counts):
    best = min(counts.get(o, 0) / weights.get(o, 1) for o in options)
    cands = [o for o in options if counts.get(o, 0) / weights.get(o, 1) <= best + 1e-9]
    o = rng.choice(sorted(cands))
    counts[o] = counts.get(o, 0) + 1
    return o


def apportion(rng, n):
    tot = sum(w for _, _, w in CASES)
    raw = [(c, n * w / tot) for c, _, w in CASES]
    out = {c: int(x) for c, x in raw}
    rest = sorted(raw, key=lambda cx: -(cx[1] - int(cx[1])) + rng.random() * 1e-6)
    for c, _ in rest[: n - sum(out.values())]:
        out[c] += 1
    lst = [c for c, k in out.items() for _ in range(k)]
    rng.shuffle(lst)
    return lst


# ---------------------------------------------------------------------------------------------------------------
class World:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed * 7919 + 17)
        self.reg = Registry(self.rng)
        self.used_subjects = set()
        self._doctors()

    def _doctors(self):
        rng, reg = self.rng, self.reg
        self.doctors = []
        rpps_used = set()

        def mk(name, first, sex, spec, key):
            while True:
                rpps = "10" + f"{rng.randint(0, 10 ** 9 - 1):09d}"
                if rpps not in rpps_used:
                    rpps_used.add(rpps)
                    break
            d = dict(title="Pr" if rng.random() < 0.08 and key not in ("mg",) else "Dr", name=name, first=first,
                     sex=sex, spec=spec if sex == "M" or not spec.startswith("Chirurgien") else
                     spec.replace("Chirurgien", "Chirurgienne"), key=key, rpps=rpps,
                     am=f"29{rng.randint(1, 9)}{rng.randint(10000, 99999)}{rng.randint(0, 9)}",
                     city=rng.choice(CITIES), street=f"{rng.randint(1, 120)} {rng.choice(STREETS)}",
                     namesake=None)
            self.doctors.append(d)
            return d

        for spec, key in SPECIALTIES:
            for _ in range(6 if key == "mg" else 4):
                sex = rng.choice("MF")
                first = (reg.male if sex == "M" else reg.female).draw()
                mk(reg.surnames.draw(), first, sex, spec, key)
        # doctors who share birth name + first given name with a registered patient
        adults = [p for p in reg.patients if p["dob"].year < 1995]
        for p in rng.sample(adults, 24):
            spec, key = rng.choice(SPECIALTIES)
            d = mk(p["birth"], p["firsts"][0], p["sex"], spec, key)
            d["namesake"] = p["ipp"]
            p["tags"].add("doctor_namesake")
        self.by_key = {}
        for d in self.doctors:
            self.by_key.setdefault(d["key"], []).append(d)

    def pick(self, rng, pred, tries=20000):
        pts = self.reg.patients
        for _ in range(tries):
            p = rng.choice(pts)
            if p["ipp"] in self.used_subjects or not pred(p):
                continue
            self.used_subjects.add(p["ipp"])
            return p
        raise RuntimeError("no patient fits")

    def unique_strict(self, p):
        return self.reg.matches(p["birth"], p["firsts"][0], p["dob"]) == [p]


# ---------------------------------------------------------------------------------------------------------------
def oracle(reg, P):
    """Strict identitovigilance oracle on what is printed: returns the IPP or None."""
    if P.ins:
        if not ins_valid(P.ins):
            return None
        p = reg.by_ins.get(P.ins)
        if p is None:
            return None
        if P.birth and norm(P.birth) != norm(p["birth"]):
            return None
        if P.used and norm(P.used) != norm(p["used"]):
            return None
        if P.firsts and not _firsts_ok(P.firsts, p):
            return None
        if P.dob and P.dob != p["dob"]:
            return None
        if P.sex_printed and P.sex_printed != p["sex"]:
            return None
        if not (P.birth or P.used):
            return None
        return p["ipp"]
    if not (P.birth and P.firsts and P.dob):
        return None
    c = [p for p in reg.patients if norm(p["birth"]) == norm(P.birth) and p["dob"] == P.dob
         and _firsts_ok(P.firsts, p) and (not P.used or norm(P.used) == norm(p["used"]))
         and (not P.sex_printed or P.sex_printed == p["sex"])]
    return c[0]["ipp"] if len(c) == 1 else None


def _firsts_ok(printed, p):
    reg_f = [norm(f) for f in p["firsts"]]
    pr = [norm(f) for f in printed]
    return pr[0] == reg_f[0] and all(f in reg_f for f in pr)


def person_ident(rng, p, when, dob=True, lien=None, ins=False):
    I = ident_from_patient(p, rng, when, dob=dob, firsts="first", ins=ins)
    return I


def family_role(rel):
    return {"époux": ("Personne de confiance", "époux", "son époux"),
            "épouse": ("Personne de confiance", "épouse", "son épouse"),
            "mère": ("Mère", "mère", "sa mère"), "père": ("Père", "père", "son père"),
            "fils": ("Personne à prévenir", "fils", "son fils"), "fille": ("Personne à prévenir", "fille", "sa fille"),
            "jumeau": ("Personne à prévenir", "frère/sœur", "son frère/sa sœur")}[rel]


def phone(rng):
    return f"0{rng.choice([2, 6, 7])} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def invented_person(W, rng, sex=None, surname=None, dob=None, married=None):
    reg = W.reg
    for _ in range(1000):
        sex = sex or rng.choice("MF")
        birth = surname or reg.surnames.draw()
        firsts = reg.first_names(sex)
        d = dob or _rand_date(rng, 1935, 2020)
        if surname is None and reg.matches(birth, firsts[0]):
            continue
        if surname is not None and reg.matches(birth, firsts[0], d):
            continue
        used = ""
        if married if married is not None else (sex == "F" and d.year < 1995 and rng.random() < 0.4):
            used = reg.surnames.draw()
        dept, com, place = reg.place()
        ins = make_ins(sex, d, dept, com, rng.randint(1, 999)) if rng.random() < 0.5 else ""
        if ins in reg.by_ins:
            ins = ""
        return dict(ipp=None, birth=birth, used=used, firsts=firsts, dob=d, sex=sex, ins=ins, place=place, rel={},
                    tags=set())
    raise RuntimeError("cannot invent person")


# ---------------------------------------------------------------------------------------------------------------
def build_case(W, rng, case, layout, when):
    """Return dict(P, others, expected, subject, note, mix, doctor_namesake)."""
    reg = W.reg
    out = dict(others=[], mix=None, namesake_doctor=False)
    fi = lambda p, **kw: ident_from_patient(p, rng, when, **kw)
    allow_ins = layout in INS_OK
    sexp = layout in SEX_OK and rng.random() < 0.6
    opt_ins = lambda p: bool(p["ins"]) and allow_ins and rng.random() < 0.3
    if case == "std_full":
        p = W.pick(rng, W.unique_strict)
        P = fi(p, firsts=rng.choice(["first", "first", "all"]), ins=opt_ins(p), sex_printed=sexp)
        out.update(expected=p["ipp"], subject=p["ipp"], note="birth name + first name + birth date printed")
    elif case == "homonym_sep_by_dob":
        p = W.pick(rng, lambda p: len(reg.by_name_first[(norm(p["birth"]), norm(p["firsts"][0]))]) >= 2
                   and W.unique_strict(p))
        P = fi(p, firsts="first", sex_printed=sexp)
        n = len(reg.by_name_first[(norm(p["birth"]), norm(p["firsts"][0]))])
        out.update(expected=p["ipp"], subject=p["ipp"],
                   note=f"{n} registry patients share birth name + first name; birth date separates")
    elif case == "twin_sep_by_firstname":
        p = W.pick(rng, lambda p: "twin" in p["tags"] and W.unique_strict(p))
        P = fi(p, firsts="first", sex_printed=sexp)
        out.update(expected=p["ipp"], subject=p["ipp"], note="twin (same birth name and date); first name separates")
    elif case == "married_both_names":
        p = W.pick(rng, lambda p: p["used"] and W.unique_strict(p))
        P = fi(p, used=True, firsts=rng.choice(["first", "all"]), sex_printed=sexp)
        out.update(expected=p["ipp"], subject=p["ipp"], note="married woman: used + birth name, first name, birth date")
    elif case == "ins_plus_traits":
        p = W.pick(rng, lambda p: p["ins"] and W.unique_strict(p))
        P = fi(p, ins=True, sex_printed=sexp)
        out.update(expected=p["ipp"], subject=p["ipp"], note="valid INS of the patient + traits")
    elif case == "ins_name_no_dob":
        p = W.pick(rng, lambda p: p["ins"] and W.unique_strict(p))
        P = fi(p, ins=True, dob=False)
        out.update(expected=p["ipp"], subject=p["ipp"], note="valid INS of the patient + name, no birth date")
    elif case == "doctor_namesake" or case == "absent_doctor_namesake":
        if case == "doctor_namesake":
            p = W.pick(rng, W.unique_strict)
            P = fi(p, ins=opt_ins(p), sex_printed=sexp)
            out.update(expected=p["ipp"], subject=p["ipp"])
        else:
            p = invented_person(W, rng)
            P = fi(p, ins=allow_ins and bool(p["ins"]) and rng.random() < 0.4, sex_printed=sexp)
            out.update(expected=None, subject=None)
        out["namesake_doctor"] = True
        out["note"] = ("a doctor printed on the paper has the name of a registered patient; " +
                       ("subject registered" if out["expected"] else "subject NOT in registry"))
    elif case == "relative_registered_printed":
        p = W.pick(rng, lambda p: W.unique_strict(p) and any(k in p["rel"] for k in
                                                               ("époux", "épouse", "mère", "père", "fils", "fille")))
        P = fi(p, ins=opt_ins(p), sex_printed=sexp)
        rels = [k for k in ("époux", "épouse", "mère", "père", "fils", "fille") if k in p["rel"]]
        k = rng.choice(rels)
        q = reg.by_ipp[rng.choice(p["rel"][k])]
        role, lien, art = family_role(k)
        I = fi(q, dob=True, firsts="first", used=None)
        out["others"].append(dict(role=role, lien=lien, lien_art=art, I=I, phone=phone(rng), ipp=q["ipp"],
                                  in_body=layout in ("letter_sidecol", "docx_letter") and rng.random() < 0.5))
        out.update(expected=p["ipp"], subject=p["ipp"],
                   note=f"registered relative ({lien}, IPP {q['ipp']}) printed with own birth date")
    elif case == "assure_is_relative":
        p = W.pick(rng, lambda p: W.unique_strict(p) and any(reg.by_ipp[i]["ins"] for k in ("père", "époux")
                                                              for i in p["rel"].get(k, [])))
        q = next(reg.by_ipp[i] for k in ("père", "époux") for i in p["rel"].get(k, []) if reg.by_ipp[i]["ins"])
        P = fi(p, used=rng.random() < 0.5)
        I = fi(q, ins=True, firsts="first")
        I.dob = q["dob"] if rng.random() < 0.5 else None
        out["others"].append(dict(role="Assuré", lien="", I=I, ipp=q["ipp"]))
        out.update(expected=p["ipp"], subject=p["ipp"],
                   note=f"care form: the assuré (registered, IPP {q['ipp']}) is printed with his NIR/INS; patient is "
                        f"the beneficiary")
    elif case == "accent_variant":
        def has_acc(p):
            s = p["birth"] + p["used"] + " ".join(p["firsts"])
            return strip_accents(s) != s
        p = W.pick(rng, lambda p: has_acc(p) and W.unique_strict(p))
        P = fi(p, accents=p["reg_plain"], sex_printed=sexp)
        if not p["reg_plain"]:
            P.firsts = [strip_accents(f) for f in P.firsts]
            P.upper_first = True
        out.update(expected=p["ipp"], subject=p["ipp"],
                   note="accents differ between paper and registry" + (" (registry unaccented)" if p["reg_plain"]
                                                                        else " (paper unaccented)"))
    elif case == "all_firstnames":
        p = W.pick(rng, lambda p: len(p["firsts"]) >= 2 and W.unique_strict(p))
        P = fi(p, firsts="all", sex_printed=sexp)
        out.update(expected=p["ipp"], subject=p["ipp"], note="all registered first names printed")
    elif case == "debatable_used_name_only":
        p = W.pick(rng, lambda p: p["used"] and reg.matches(p["used"], p["firsts"][0], p["dob"]) == [p]
                   and W.unique_strict(p))
        P = fi(p, birth=False, used=True)
        P.joiner = "née"
        out.update(expected=p["ipp"], subject=p["ipp"],
                   note="DEBATABLE: only the used (married) name + first name + birth date; unique in registry")
    elif case == "absent":
        p = invented_person(W, rng)
        P = fi(p, ins=allow_ins and bool(p["ins"]) and rng.random() < 0.3, sex_printed=sexp)
        out.update(expected=None, subject=None, note="patient not in registry (no registry patient with this name + "
                                                     "first name)")
    elif case == "near_miss_dob":
        q = W.pick(rng, lambda p: len(reg.matches(p["birth"], p["firsts"][0])) == 1)
        d0 = q["dob"]
        kind = rng.choice(["swap", "year", "day", "other"])
        for _ in range(50):
            if kind == "swap" and d0.day <= 12 and d0.day != d0.month:
                d = dt.date(d0.year, d0.day, d0.month)
            elif kind == "year":
                d = dt.date(d0.year + rng.choice([-1, 1]), d0.month, min(d0.day, 28))
            elif kind == "day":
                d = d0 + dt.timedelta(days=rng.choice([-1, 1, 10]))
            else:
                d = _rand_date(rng, 1935, 2015)
            if d != d0 and not reg.matches(q["birth"], q["firsts"][0], d):
                break
            kind = "other"
        p = dict(q, dob=d, ipp=None, ins="", used=q["used"])
        P = fi(p, sex_printed=sexp)
        out.update(expected=None, subject=None,
                   note=f"near miss: registry has {q['birth']} {q['firsts'][0]} (IPP {q['ipp']}) born "
                        f"{d0.strftime('%d/%m/%Y')}, paper says {d.strftime('%d/%m/%Y')} ({kind})")
    elif case == "twins_inseparable":
        p = W.pick(rng, lambda p: "twin" in p["tags"])
        t = reg.by_ipp[p["rel"]["jumeau"][0]]
        same_init = norm(t["firsts"][0])[:1] == norm(p["firsts"][0])[:1]
        P = fi(p, firsts="none")
        if same_init and rng.random() < 0.7:
            P.initial = p["firsts"][0][0]
        P.sex = None  # no civility, "né(e)": nothing that would separate twins of different sex
        out.update(expected=None, subject=p["ipp"],
                   note=f"twins {p['ipp']}/{t['ipp']}: surname + birth date" +
                        (" + shared initial" if P.initial else " without first name"))
    elif case in ("name_only_unique", "homonym_no_dob"):
        if case == "name_only_unique":
            p = W.pick(rng, lambda p: len(reg.matches(p["birth"], p["firsts"][0])) == 1)
        else:
            p = W.pick(rng, lambda p: len(reg.matches(p["birth"], p["firsts"][0])) >= 2)
        P = fi(p, dob=False)
        n = len(reg.matches(p["birth"], p["firsts"][0]))
        out.update(expected=None, subject=p["ipp"], note=f"name + first name only, no birth date ({n} registry match)")
    elif case == "surname_dob_no_firstname":
        p = W.pick(rng, lambda p: True)
        P = fi(p, firsts="none")
        n = len(reg.by_name_dob[(norm(p["birth"]), p["dob"])])
        out.update(expected=None, subject=p["ipp"], note=f"surname + birth date, no first name ({n} registry match)")
    elif case == "contradiction_ins":
        p = W.pick(rng, W.unique_strict)
        q = W.pick(rng, lambda q: q["ins"] and q["sex"] == p["sex"] and q is not p)
        P = fi(p, ins=False)
        P.ins, P.ins_style = q["ins"], rng.choice(INS_STYLES)
        out.update(expected=None, subject=p["ipp"],
                   note=f"traits of {p['ipp']} but printed INS belongs to {q['ipp']}")
    elif case == "contradiction_sex":
        p = W.pick(rng, W.unique_strict)
        P = fi(p, sex_printed=True)
        P.sex_printed = "M" if p["sex"] == "F" else "F"
        out.update(expected=None, subject=p["ipp"], note="printed sex contradicts the registry")
    elif case == "mixed_two_patients":
        p = W.pick(rng, W.unique_strict)
        q = W.pick(rng, W.unique_strict)
        P = fi(p)
        P2 = fi(q)
        where = "page2" if layout in ("discharge_summary", "lab_results") else "body"
        out["mix"] = dict(P2=P2, where=where, ipp=q["ipp"])
        out.update(expected=None, subject=None,
                   note=f"mixes two registered patients: {p['ipp']} (identity block) and {q['ipp']} ({where})")
    elif case == "absent_relative_registered":
        q = W.pick(rng, lambda q: q["sex"] == "F" and q["dob"].year > 1960 and q["dob"].year < 1998)
        surname = q["used"] or q["birth"]
        cd = _rand_date(rng, max(q["dob"].year + 20, 2005), 2023)
        p = None
        for _ in range(100):
            cand = invented_person(W, rng, surname=surname, dob=cd, married=False)
            if not reg.matches(cand["birth"], cand["firsts"][0], cand["dob"]):
                p = cand
                break
        P = fi(p, sex_printed=sexp)
        role, lien, art = family_role("mère")
        I = fi(q, dob=True, firsts="first", used=None)
        out["others"].append(dict(role=role, lien=lien, lien_art=art, I=I, phone=phone(rng), ipp=q["ipp"],
                                  in_body=layout in ("letter_sidecol", "docx_letter") and rng.random() < 0.5))
        out.update(expected=None, subject=None,
                   note=f"child not in registry; registered mother (IPP {q['ipp']}) printed with her birth date")
    elif case == "debatable_ins_bad_key":
        p = W.pick(rng, lambda p: p["ins"] and W.unique_strict(p))
        P = fi(p)
        ins = p["ins"]
        i = rng.randint(7, 12)
        bad = ins[:i] + str((int(ins[i]) + rng.randint(1, 8)) % 10) + ins[i + 1:]
        if ins_valid(bad):
            bad = bad[:13] + f"{(int(bad[13:]) + 1) % 97:02d}"
        P.ins, P.ins_style = bad, rng.choice(INS_STYLES)
        out.update(expected=None, subject=p["ipp"],
                   note="DEBATABLE: traits match but printed INS has one wrong digit (invalid key)")
    else:
        raise ValueError(case)
    out["P"] = P
    return out


# ---------------------------------------------------------------------------------------------------------------
def make_ctx(W, rng, layout, case_out, when):
    spec_key = {"imaging_report": "radio", "lab_results": "bio", "operative_report": rng.choice(["ortho", "visc", "uro"]),
                "care_form": "mg"}.get(layout)
    if spec_key is None:
        spec_key = rng.choice(["cardio", "gastro", "pneumo", "rhumato", "endoc", "nephro", "neuro", "ortho", "mg",
                               "pedia", "uro"])
    pool = W.by_key[spec_key]
    author = rng.choice(pool)
    group = [author] + rng.sample([d for d in pool if d is not author], min(len(pool) - 1, rng.randint(1, 3)))
    rng.shuffle(group)
    recipient = rng.choice(W.by_key["mg"])
    copies = rng.sample([d for d in W.doctors if d not in group and d is not recipient], rng.randint(0, 2))
    if case_out.get("namesake_doctor"):
        nd = rng.choice([d for d in W.doctors if d["namesake"] and d["namesake"] != case_out.get("expected")])
        slot = rng.choice(["author", "recipient", "copy", "group"])
        if layout in ("sticker_sheet", "care_form"):
            slot = "author"
        if slot == "author":
            author = nd
            group = [nd] + group[1:]
        elif slot == "recipient":
            recipient = nd
        elif slot == "copy":
            copies = [nd] + copies
        else:
            group = group + [nd]
        case_out["note"] += f" (namesake doctor {nd['first']} {nd['name']} = IPP {nd['namesake']}, as {slot})"
        case_out["others_docs"] = [f"{nd['title']} {nd['first']} {nd['name']} ({slot}; namesake IPP {nd['namesake']})"]
    est, _ = rng.choice(ESTABLISHMENTS)
    svc = SERVICES.get(spec_key if spec_key in SERVICES else rng.choice(["mi", "geria", "cardio", "pneumo"]),
                       "Service de Médecine Polyvalente")
    city = author["city"]
    practice = rng.choice([f"Cabinet médical {rng.choice(['du Parc', 'des Capucins', 'de Kerinou', 'Saint-Martin', 'de la Gare'])}",
                           f"Centre médical {rng.choice(['Iroise', 'Armorique', 'Ponant', 'des Abers'])}",
                           f"Maison de santé pluriprofessionnelle de {city}"])
    P = case_out["P"]
    ctx = D.Ctx(rng=rng, when=when, P=P, others=case_out["others"], mix=case_out["mix"], author=author,
                recipient=recipient, copies=copies, group=group, est=est, service=svc, spec=spec_key,
                practice=practice, address=(f"{rng.randint(1, 90)} {rng.choice(STREETS)}", f"29{rng.randint(0, 9)}00 {city}"),
                phone=phone(rng), hdr=rng.choice(["full", "name", "initials", "page"]),
                ext_ipp=f"{rng.randint(10 ** 8, 10 ** 10 - 1)}", nda=f"{rng.randint(10 ** 7, 10 ** 9 - 1)}",
                uf=f"UF {rng.randint(1000, 9999)} {svc.split(' de ')[-1].split(' d')[0].upper()[:12]}",
                sticker_ep=rng.random() < 0.5, lab=rng.choice(LABS), imaging=rng.choice(IMAGING),
                finess=f"29{rng.randint(10 ** 6, 10 ** 7 - 1)}", place_printed=None,
                patient_street=rng.choice(STREETS), patient_phone=phone(rng))
    return ctx


def paper_desc(ctx, layout):
    P = ctx.P
    s = P.describe()
    if layout in D.MULTIPAGE:
        s += f" | continuation header: {ctx.hdr}"
    if ctx.mix:
        s += f" | second patient ({ctx.mix['where']}): {ctx.mix['P2'].describe()}"
    return s


def others_desc(ctx, case_out):
    out = []
    for o in ctx.others:
        out.append(f"{o['role']}: {o['I'].describe()}" + (f" [registered IPP {o['ipp']}]" if o.get("ipp") else ""))
    out += case_out.get("others_docs", [])
    return out


# ---------------------------------------------------------------------------------------------------------------
def fax_header(page, rng, org, fax_no, i, n, when, t):
    page.text(8, 5.5, f"{when.strftime('%d/%m/%Y')} {t}   DE: {fax_no}   {strip_accents(org.upper())[:34]}"
                      f"        P.{i:03d}/{n:03d}", 7.5, face="mono")


def render_job(job):
    """Runs in a worker: rasterise + degrade + write one file."""
    kind, path, pages, seed = job["rendering"], job["path"], job["pages"], job["seed"]
    rs = np.random.RandomState(seed)
    if kind == "pdf_text":
        R.write_text_pdf(pages, path)
        return path
    if kind.startswith("scan300"):
        ims = [R.scan_clean(R.rasterize(p, 300), rs) for p in pages]
        dpi = 300
    elif kind.startswith("fax200"):
        ims = [R.fax(R.rasterize(p, 200), rs, 1) for p in pages]
        dpi = 200
    elif kind.startswith("fax150"):
        ims = [R.fax(R.rasterize(p, 150), rs, 2) for p in pages]
        dpi = 150
    elif kind.startswith("grey"):
        ims = [R.grey_paper(R.rasterize(p, 300), rs) for p in pages]
        dpi = 300
    elif kind.startswith("skew"):
        ims = []
        for p in pages:
            a = (0.5 + rs.random_sample() * 1.5) * (1 if rs.random_sample() < 0.5 else -1)
            ims.append(R.skew(R.rasterize(p, 300), rs, a))
        dpi = 300
    elif kind == "photo_jpg":
        im = R.phone_photo(R.rasterize(pages[0], 230), rs)
        im.save(path, "JPEG", quality=78)
        return path
    else:
        raise ValueError(kind)
    if path.endswith(".pdf"):
        R.save_image_pdf(ims, path, dpi)
    elif path.endswith(".tif"):
        R.save_tiff(ims, path, dpi)
    elif path.endswith(".png"):
        ims[0].save(path, "PNG", dpi=(dpi, dpi))
    return path


def file_name(rng, i, rendering, layout, when):
    stamp = when.strftime("%Y%m%d")
    if rendering == "txt":
        return f"dictee_{stamp}_{i:03d}.txt"
    if rendering == "docx":
        return f"Courrier_{i:03d}_{rng.randint(1, 9)}.docx"
    ext = {"pdf": ".pdf", "tiff": ".tif", "png": ".png", "jpg": ".jpg", "text": ".pdf"}[rendering.split("_")[-1]]
    if rendering.startswith("fax"):
        return f"FAX_{stamp}_{rng.randint(80000, 175959):06d}_{i:03d}{ext}"
    if rendering == "photo_jpg":
        return f"IMG_{stamp}_{i:03d}{rng.randint(100, 999)}{ext}"
    if rendering == "pdf_text":
        return f"document_{i:03d}{ext}"
    return f"SCAN_{stamp}_{rng.randint(80000, 175959):06d}_{i:03d}{ext}"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--out", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    out = os.path.abspath(a.out)
    corpus = os.path.join(out, "corpus")
    os.makedirs(corpus, exist_ok=True)
    for f in os.listdir(corpus):
        os.remove(os.path.join(corpus, f))
    W = World(a.seed)
    W.reg.write_csv(os.path.join(out, "registry.csv"))
    rng = random.Random(a.seed * 104729 + 3)
    cases = apportion(rng, a.docs)
    n_multi = a.docs // 25  # <= 1 file in 20
    multi_at = set(rng.sample(range(a.docs), n_multi)) if n_multi else set()
    lay_counts, ren_counts = {}, {}
    files, jobs = [], []
    for i, case in enumerate(cases):
        drng = random.Random(a.seed * 1000003 + i * 7907)
        when = dt.date(2024, 1, 8) + dt.timedelta(days=drng.randint(0, 540))
        if i in multi_at:
            entry, job = build_multipart(W, drng, i, when, a.seed, ren_counts)
        else:
            entry, job = build_single(W, drng, i, case, when, a.seed, lay_counts, ren_counts, corpus)
        files.append(entry)
        if job:
            job["path"] = os.path.join(corpus, entry["file"])
            jobs.append(job)
    if a.jobs > 1:
        with Pool(a.jobs) as pool:
            list(pool.imap(render_job, jobs))
    else:
        for j in jobs:
            render_job(j)
    man = dict(seed=a.seed, docs=a.docs, patients=len(W.reg.patients), generator="ood6", files=files)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(man, fh, ensure_ascii=False, indent=1)
    nparts = sum(len(f["parts"]) for f in files)
    nrev = sum(1 for f in files for p in f["parts"] if p["expected_patient"] is None)
    print(f"ood6 seed {a.seed}: {len(W.reg.patients)} registry patients, {len(files)} files, {nparts} parts, "
          f"{nrev} expected review -> {out}")
    return 0


def choose_layout(drng, case, lay_counts):
    opts = sorted(CASE_LAYOUTS.get(case, ALL_LAYOUTS))
    if case in ("name_only_unique", "homonym_no_dob", "ins_name_no_dob"):
        opts = [o for o in opts if o in NODOB_OK]
    return balanced_pick(drng, opts, LAYOUT_W, lay_counts)


def choose_rendering(drng, layout, npages, ren_counts, fax_only=False):
    if layout == "dictation_txt":
        return "txt"
    if layout == "docx_letter":
        return "docx"
    opts = [r for r in RENDERINGS if not (npages > 1 and r in SINGLE_PAGE_ONLY)]
    if fax_only:
        opts = [r for r in opts if r.startswith("fax") or r.startswith("scan")]
    return balanced_pick(drng, opts, RENDERINGS, ren_counts)


def check_truth(W, case, co):
    """Guard against generator bugs: the strict oracle must agree with the intended truth (except debatable/mixed)."""
    if case.startswith("debatable") or case == "mixed_two_patients":
        return
    got = oracle(W.reg, co["P"])
    if got != co["expected"]:
        raise AssertionError(f"oracle mismatch for {case}: intended {co['expected']} oracle {got}: "
                             f"{co['P'].describe()}")


def build_pages(ctx, layout):
    pages = D.LAYOUTS[layout](ctx)
    if ctx.mix and ctx.mix["where"] == "page2" and len(pages) < 2:
        raise AssertionError("mixed page2 needs 2 pages")
    return pages


def build_single(W, drng, i, case, when, seed, lay_counts, ren_counts, corpus):
    layout = choose_layout(drng, case, lay_counts)
    inner = None
    if layout == "fax_cover":
        inner_opts = sorted(set(CASE_LAYOUTS.get(case, ALL_LAYOUTS)) - {"fax_cover", "dictation_txt", "docx_letter",
                                                                         "sticker_sheet"})
        if case in ("name_only_unique", "homonym_no_dob", "ins_name_no_dob"):
            inner_opts = [o for o in inner_opts if o in NODOB_OK]
        inner = drng.choice(inner_opts)
    co = build_case(W, drng, case, inner or layout, when)
    check_truth(W, case, co)
    ctx = make_ctx(W, drng, inner or layout, co, when)
    if co["P"].sex is None:
        pass
    part = dict(index=1, layout=layout, inner_layout=inner, case=case, expected_patient=co["expected"],
                subject=co["subject"], note=co["note"], debatable=case.startswith("debatable"))
    if layout == "dictation_txt":
        rendering = "txt"
        name = file_name(drng, i, rendering, layout, when)
        txt = D.dictation_text(ctx)
        with open(os.path.join(corpus, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(txt.replace("\n", "\r\n") if drng.random() < 0.3 else txt)
        job = None
        npages = 1
    elif layout == "docx_letter":
        rendering = "docx"
        name = file_name(drng, i, rendering, layout, when)
        D.docx_letter(ctx, os.path.join(corpus, name))
        job = None
        npages = 1
    else:
        pages = build_pages(ctx, inner or layout)
        if layout == "fax_cover":
            org = ctx.est if inner in D.MULTIPAGE else ctx.practice
            cover_objet = drng.choice(["Compte rendu", "Résultats", "Documents médicaux", "Transmission dossier",
                                       f"Concerne {ctx.P.civ()} {ctx.P.surname_for_body()}".replace("  ", " ")])
            cover = D.fax_cover(ctx, dict(org=org, addr=f"{ctx.address[0]} – {ctx.address[1]}",
                                          who=f"Secrétariat {D.drn(ctx.author)}", fax=ctx.phone),
                                dict(who=f"{D.drn(ctx.recipient)}", fax=phone(drng)), len(pages) + 1, cover_objet)
            pages = [cover] + pages
        rendering = choose_rendering(drng, layout, len(pages), ren_counts, fax_only=layout == "fax_cover")
        if rendering.startswith("fax"):
            t = f"{drng.randint(8, 18):02d}:{drng.randint(0, 59):02d}"
            fno = phone(drng)
            org = ctx.est if (inner or layout) in D.MULTIPAGE else ctx.practice
            for k, p in enumerate(pages, 1):
                fax_header(p, drng, org, fno, k, len(pages), when, t)
        name = file_name(drng, i, rendering, layout, when)
        job = dict(rendering=rendering, pages=pages, seed=seed * 100003 + i)
        npages = len(pages)
    part.update(rendering=rendering, pages=[1, npages], paper=paper_desc(ctx, inner or layout),
                others=others_desc(ctx, co))
    if layout == "fax_cover":
        part["pages"] = [2, npages]
    entry = dict(file=name, layout=layout, rendering=rendering, n_pages=npages, parts=[part])
    return entry, job


def build_multipart(W, drng, i, when, seed, ren_counts):
    """A fax holding two patients' documents behind one cover sheet."""
    pages = []
    parts = []
    lays = drng.sample(["lab_results", "imaging_report", "letter_sidecol", "prescription", "identity_table"], 2)
    case_pool = ["std_full", "std_full", "ins_plus_traits", "married_both_names", "near_miss_dob", "homonym_sep_by_dob"]
    ctxs = []
    for k, lay in enumerate(lays, 1):
        case = drng.choice(case_pool)
        co = build_case(W, drng, case, lay, when)
        check_truth(W, case, co)
        ctx = make_ctx(W, drng, lay, co, when)
        pp = D.LAYOUTS[lay](ctx)
        start = len(pages) + 2
        pages += pp
        parts.append(dict(index=k, layout="fax_multi", inner_layout=lay, case=case, expected_patient=co["expected"],
                          subject=co["subject"], note=co["note"] + " (part of a 2-patient fax)",
                          debatable=False, pages=[start, start + len(pp) - 1], paper=paper_desc(ctx, lay),
                          others=others_desc(ctx, co)))
        ctxs.append(ctx)
    c0 = ctxs[0]
    cover = D.fax_cover(c0, dict(org=c0.lab if lays[0] == "lab_results" else c0.practice,
                                 addr=f"{c0.address[0]} – {c0.address[1]}", who="Secrétariat médical", fax=c0.phone),
                        dict(who=D.drn(c0.recipient), fax=phone(drng)), len(pages) + 1,
                        "Documents concernant 2 patients")
    pages = [cover] + pages
    rendering = drng.choice(["fax200_tiff", "fax200_pdf", "fax150_tiff"])
    ren_counts[rendering] = ren_counts.get(rendering, 0) + 1
    t = f"{drng.randint(8, 18):02d}:{drng.randint(0, 59):02d}"
    fno = phone(drng)
    for k, p in enumerate(pages, 1):
        fax_header(p, drng, "SECRETARIAT MEDICAL", fno, k, len(pages), when, t)
    name = file_name(drng, i, rendering, "fax_multi", when)
    for p in parts:
        p["rendering"] = rendering
    entry = dict(file=name, layout="fax_multi", rendering=rendering, n_pages=len(pages), parts=parts)
    return entry, dict(rendering=rendering, pages=pages, seed=seed * 100003 + i)


if __name__ == "__main__":
    sys.exit(main())
