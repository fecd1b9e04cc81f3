#!/usr/bin/env python3
"""OOD3 corpus generator: python devtools/ood3/gen.py --seed S --docs N --out DIR"""
import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import content as C  # noqa: E402
import labs as L  # noqa: E402
import render as R  # noqa: E402
from people import (Registry, fake_person, one_digit_off, norm, strip_accents, cap, fmt_date,  # noqa: E402
                    short_title, title, rand_given, rand_surname, rand_dob, age_at, GIVEN_M, GIVEN_F)

DOC_TYPES = [("letter", 22), ("consultation_report", 18), ("discharge_summary", 14), ("imaging_report", 14),
             ("prescription", 12), ("operative_report", 8), ("lab_result", 6)]
DOC_CASES = [("ok", 44), ("not_registered", 6), ("namesake_not_registered", 7), ("age_only", 5),
             ("two_patients", 5), ("child_parent", 7), ("doctor_homonym", 9), ("trusted_person", 6),
             ("newborn_mother", 3), ("usage_only", 4), ("ins_only", 4), ("mixed_stack", 4), ("ipp_collision", 4),
             ("usage_namesake", 4)]
LAB_CASES = [("ok", 50), ("not_registered", 9), ("namesake_trap", 9), ("empty_pid", 8), ("ins_only", 6),
             ("child_parent", 8), ("usage_only", 5), ("doctor_homonym", 8), ("usage_namesake", 5)]


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


class Gen:
    def __init__(self, seed, ndocs, out):
        self.rng = random.Random(seed)
        self.seed, self.n, self.out = seed, ndocs, out
        self.reg = Registry(random.Random(seed * 7919 + 1))
        self.ref = dt.date(2026, 11, 30) - dt.timedelta(days=self.rng.randint(0, 20))
        rng = self.rng
        # the secretariat's own doctors (letters are addressed to them)
        self.cabinet = [{"first": rng.choice(GIVEN_F + GIVEN_M), "last": rand_surname(rng), "code": "10%09d" % rng.randint(0, 10 ** 9)}
                        for _ in range(3)]
        self.counter = {}
        self.names = set()
        self.docs = []

    # ------------------------------------------------------------ people helpers
    def doctor(self):
        rng = self.rng
        return {"first": rng.choice(GIVEN_F + GIVEN_M), "last": rand_surname(rng), "code": "10%09d" % rng.randint(0, 10 ** 9)}

    def homonym_doctor(self, exclude=()):
        p = self.pick_registered(exclude=exclude, adult=True)
        return {"first": p.first, "last": p.birth, "code": "10%09d" % self.rng.randint(0, 10 ** 9)}, p

    def pick_registered(self, exclude=(), adult=False, pool=None):
        rng = self.rng
        for _ in range(200):
            if pool is None and rng.random() < 0.5:
                k = rng.choice(["married", "parent_child", "twins", "namesake", "namesake_samedob", "special"])
                lst = self.reg.planted[k]
                if not lst:
                    continue
                it = rng.choice(lst)
                p = rng.choice([x for x in it if x is not None]) if isinstance(it, tuple) else it
            else:
                p = rng.choice(pool or self.reg.people)
            if p in exclude or (adult and age_at(p.dob, self.ref) < 18):
                continue
            return p
        return rng.choice(self.reg.people)

    def fake_unregistered(self, **kw):
        for _ in range(100):
            f = fake_person(self.rng, **kw)
            ipp, _, _ = self.reg.resolve({"birth": f.birth, "given": f.given, "dob": f.dob, "ins": f.nir})
            if ipp is None and not any(q.ins == f.nir for q in self.reg.people):
                return f
        raise RuntimeError("cannot make unregistered person")

    def namesake_of(self, y):
        for _ in range(50):
            d = one_digit_off(self.rng, y.dob)
            f = fake_person(self.rng, sex=y.sex, surname=y.birth, given=[y.first] + rand_given(self.rng, y.sex)[1:], dob=d)
            if self.reg.resolve({"birth": f.birth, "given": f.given, "dob": f.dob})[0] is None:
                return f
        return self.fake_unregistered()

    def fname(self, kind, ext):
        rng = self.rng
        i = self.counter[kind] = self.counter.get(kind, 0) + 1
        d = self.ref - dt.timedelta(days=rng.randint(0, 10))
        pat = {"hprim": ["RES_%s_%02d%02d.hpr" % (d.strftime("%Y%m%d"), rng.randint(7, 19), i % 60),
                         "HPRIM%05d.HPR" % (i * 37 % 99991), "res%04d.hpm" % i, "LAB_%s_%03d.txt" % (d.strftime("%y%m%d"), i)],
               "hl7": ["msg%04d.hl7" % i, "ORU_%s%04d.HL7" % (d.strftime("%Y%m%d"), i), "resultats_%03d.hl7" % i],
               "scan": ["scan_%04d" % i, "SCAN%s_%03d" % (d.strftime("%Y%m%d"), i), "numerisation_%04d" % i, "IMG_%04d" % (2000 + i * 3)],
               "docx": ["courrier_%03d" % i, "Document%d" % i, "CR_%04d" % i],
               "txt": ["dicta_%02d" % i, "dictee_%s_%02d" % (d.strftime("%d%m"), i), "transcription_%03d" % i]}[kind]
        base = rng.choice(pat)
        while base.lower() in self.names:
            base = "%s_%d" % (base, rng.randint(0, 9)) if "." not in base else base.replace(".", "_%d." % rng.randint(0, 9), 1)
        self.names.add(base.lower())
        if ext and not base.lower().endswith((".hpr", ".hpm", ".txt", ".hl7")):
            base += ext
        if kind == "hprim" and base.endswith(".txt"):
            pass
        return base

    # ------------------------------------------------------------ lab files
    def lab_subject(self, case, fmt, hl7ver, used, force=None):
        rng, reg = self.rng, self.reg
        s = {"case": case, "panels": L.pick_panels(rng)}
        presc = self.doctor() if rng.random() < 0.7 else self.cabinet[rng.randrange(3)]
        subject, person, note = None, None, ""
        printed_ins = None
        usage_only = False
        misspelled = None
        child_parent = None
        if case == "doctor_homonym":
            presc, hom = self.homonym_doctor()
            note = "prescriber named like registered patient %s" % hom.ipp
            person = subject = self.pick_registered(exclude=[hom] + used)
        elif case == "ok":
            person = subject = force or self.pick_registered(exclude=used)
        elif case == "usage_namesake":
            x, w = rng.choice(reg.planted["usage_namesake"])
            person = subject = x
            note = "birth name = used name of registered %s (same first name, same birth date)" % w.ipp
        elif case == "not_registered":
            person = self.fake_unregistered()
        elif case == "namesake_trap":
            y = self.pick_registered(exclude=used)
            person = self.namesake_of(y)
            note = "namesake of registered %s (other birth date)" % y.ipp
        elif case == "empty_pid":
            person = self.fake_unregistered()
            s["empty"] = "missing" if (fmt == "hl7" and rng.random() < 0.5) else True
        elif case == "ins_only":
            cand = [p for p in reg.people if p.ins]
            person = subject = self.pick_registered(pool=cand, exclude=used)
            for _ in range(20):
                misspelled = L.misspell(rng, person.birth)
                if reg.resolve({"birth": misspelled, "given": [person.first], "dob": person.dob})[0] is None and norm(misspelled) != norm(person.birth):
                    break
            note = "birth name misspelled (%s), INS exact" % misspelled
        elif case == "usage_only":
            cand = [w for (w, h) in reg.planted["married"]]
            person = subject = self.pick_registered(pool=cand, exclude=used)
            usage_only = True
            note = "only the used (married) name printed"
        elif case == "child_parent":
            par, ch = rng.choice(reg.planted["parent_child"])
            if rng.random() < 0.5:
                person = subject = ch
                note = "registered child; insured parent %s printed" % par.ipp
            else:
                person = self.fake_unregistered(surname=par.birth, lo=max(par.dob.year + 20, 2008), hi=2025)
                note = "unregistered child of registered %s (parent's NIR printed)" % par.ipp
            child_parent = par
        p = person
        s["person"] = p
        bname = misspelled or p.birth
        given = p.given if rng.random() < 0.5 else [p.first]
        up = rng.random() < 0.7
        gfmt = (lambda g: strip_accents(g).upper() if up else g)
        ident = {"given": given, "dob": p.dob, "all_given": len(given) > 1}
        if not usage_only:
            ident["birth"] = bname
        s["prescriber_code"] = presc["code"] if rng.random() < 0.6 else "%s %s" % (presc["last"], presc["first"])
        s["prescriber_last"], s["prescriber_first"] = presc["last"], presc["first"]
        s["prescriber_text"] = "%s %s" % (presc["first"], presc["last"])
        if fmt == "hprim_net":
            if usage_only:
                nl = p.usage
            elif p.usage and rng.random() < 0.6:
                nl = rng.choice(["%s NEE %s" % (p.usage, bname), "%s EP %s" % (bname, p.usage), "%s épouse %s" % (bname, p.usage)])
            else:
                nl = bname
            s["name_line"] = strip_accents(nl).upper() if up else nl
            s["given_line"] = " ".join(gfmt(g) for g in given)
            s["dob_line"] = p.dob.strftime("%d/%m/%Y")
            nir = child_parent.nir if child_parent else p.nir
            r = rng.random()
            s["nir_line"] = "" if (r < 0.3 or usage_only) else (nir[:13] if r < 0.75 else nir)
        elif fmt == "hprim_sante":
            if usage_only:
                s["name_comp"], s["birth_comp"] = p.usage, ""
            elif p.usage and rng.random() < 0.7:
                s["name_comp"], s["birth_comp"] = p.usage, bname
            else:
                s["name_comp"], s["birth_comp"] = bname, (bname if rng.random() < 0.3 else "")
            s["name_comp"] = strip_accents(s["name_comp"]).upper() if up else s["name_comp"]
            s["given_comp"] = gfmt(given[0])
            s["given_more"] = " ".join(gfmt(g) for g in given[1:])
            s["dob_comp"] = p.dob.strftime("%Y%m%d")
            nir = child_parent.nir if child_parent else p.nir
            s["nir_field"] = "" if (rng.random() < 0.5 or usage_only) else nir[:13]
            s["req_id"] = "%06d" % rng.randint(1, 999999)
        else:   # hl7
            s["lab_pid"] = "%09d" % rng.randint(1, 10 ** 9)
            s["lab_ns"] = rng.choice(["LABOSIL", "GLIMS", "LAB"])
            names = []
            if usage_only:
                names.append((p.usage, gfmt(given[0]), " ".join(gfmt(g) for g in given[1:]), rng.choice(["D", ""])))
            else:
                # PID-5.3: the other given names, or (a common French habit) the full list of given names
                more = given if (len(given) > 1 and rng.random() < 0.5) else given[1:]
                names.append((strip_accents(bname).upper() if up else bname, gfmt(given[0]),
                              " ".join(gfmt(g) for g in more), "L" if hl7ver.startswith("2.5") else ""))
                if p.usage and hl7ver.startswith("2.5") and rng.random() < 0.8:
                    names.append((p.usage, gfmt(given[0]), "", "D"))
                if p.usage and rng.random() < 0.5:
                    names.reverse()
            s["pid_names"] = names
            s["dob_comp"] = p.dob.strftime("%Y%m%d") + rng.choice(["", "", "", "0000", "000000"])
            if rng.random() < 0.15 and not s.get("empty"):
                s["pdf_ed"] = True      # the lab's PDF report embedded in an OBX of type ED
            if case == "ins_only":
                s["ins_field"] = p.ins
            elif hl7ver.startswith("2.5") and not usage_only and not s.get("empty") and rng.random() < 0.7:
                if subject is None:
                    s["ins_field"] = p.nir          # a valid NIR, but nobody registered has it
                elif subject.ins:
                    s["ins_field"] = subject.ins
            if s.get("ins_field") and hl7ver.startswith("2.5") and case == "ok" and rng.random() < 0.15:
                # the NIR sent under the obsolete INS-C OID: not an INS in its proper field, traits decide
                s["old_oid_nir"] = s.pop("ins_field")
            if s.get("ins_field"):
                ident["ins"] = s["ins_field"]
            if rng.random() < 0.1:
                s["insc"] = "%022d" % rng.randint(0, 10 ** 22 - 1)
            if child_parent:
                cp = child_parent
                s["nk1"] = "NK1|1|%s^%s^^^^^L|%s^%s^HL70063|||||||||||||%s|%s" % (
                    cp.birth, cp.first, "FTH" if cp.sex == "M" else "MTH", "Père" if cp.sex == "M" else "Mère",
                    cp.sex, cp.dob.strftime("%Y%m%d"))
                s["in1"] = "IN1|1|AMO^Assurance maladie obligatoire|%s|CPAM||||||||||||%s^%s|%s|%s||||||||||||||||||||||||||||%s" % (
                    "01751", cp.birth, cp.first, "01", cp.dob.strftime("%Y%m%d"), cp.nir)
        if s.get("empty"):
            ident = {}
        if case == "usage_only":
            ident.pop("ins", None)
        ipp, fileable, why = reg.resolve(ident)
        part = {"expected_patient": ipp, "fileable": fileable,
                "subject_ipp": subject.ipp if subject else None,
                "case": case, "note": (note + "; " if note else "") + why}
        if subject is not None and ipp is not None and ipp != subject.ipp:
            part["note"] += " (traits designate another registered person than the subject!)"
        if not s.get("empty"):
            printed = s.get("name_line") or s.get("name_comp") or (s.get("pid_names") or [("",)])[0][0]
            part["marker"] = {"name": printed, "dob": p.dob.strftime("%d/%m/%Y")}
        return s, part

    def make_lab(self, i):
        rng = self.rng
        fmt = rng.choice(["hprim_net", "hprim_net", "hprim_sante", "hl7", "hl7"])
        enc = rng.choice(["cp1252", "latin-1", "utf-8", "utf-8-sig"])
        hl7ver = rng.choice(["2.3", "2.3.1", "2.5", "2.5", "2.5.1"])
        if fmt == "hl7":
            nparts = rng.choice([1, 1, 2, 3, 4]) 
        else:
            nparts = rng.choice([1, 1, 2, 2, 3, 4])
        subs, parts, used = [], [], []
        for k in range(nparts):
            case = wchoice(rng, LAB_CASES)
            if case == "ins_only" and fmt != "hl7":
                case = "ok"
            if k > 0 and parts[-1]["case"] == "ok" and parts[-1]["fileable"] and rng.random() < 0.15:
                # the same patient again (second sampling of the day, or a late result sent apart)
                again = self.reg.by_ipp[parts[-1]["subject_ipp"]]
                s, part = self.lab_subject("ok", fmt, hl7ver, [], force=again)
                part["note"] = "same patient as the previous part; " + part["note"]
                subs.append(s)
                parts.append(part)
                continue
            s, part = self.lab_subject(case, fmt, hl7ver, used)
            if s["person"].ipp:
                used.append(s["person"])
            subs.append(s)
            parts.append(part)
        broken = None
        r = rng.random()
        if r < 0.06:
            broken = ("cut", rng.choice(["obx", "pid"]))
        elif r < 0.10:
            broken = ("garbage", None)
        elif r < 0.22 and fmt == "hprim_net" and nparts >= 2:
            broken = ("missing_fin", rng.randrange(nparts - 1))
        meta = {"lab": rng.choice(L.LABS), "date": self.ref - dt.timedelta(days=rng.randint(0, 15)),
                "biologist": self.doctor(), "biologist2": self.doctor(), "hl7ver": hl7ver,
                "eol": rng.choice(["\r", "\r\n", "\n"]) if fmt == "hl7" else rng.choice(["\r", "\r\n", "\r\n"]),
                "mllp": fmt == "hl7" and rng.random() < 0.2, "batch": fmt == "hl7" and nparts > 1 and rng.random() < 0.5,
                "dest_code": self.cabinet[0]["code"], "dest_name": self.cabinet[0]["last"]}
        if rng.random() < 0.15:   # a biologist named like a registered patient
            meta["biologist"], hp = self.homonym_doctor()
        kind = "hl7" if fmt == "hl7" else "hprim"
        name = self.fname(kind, ".hl7" if fmt == "hl7" else ".hpr")
        meta["fname"] = name
        if fmt == "hprim_net":
            data = L.hprim_net(rng, subs, meta, enc, broken)
        elif fmt == "hprim_sante":
            data = L.hprim_sante(rng, subs, meta, enc, broken)
        else:
            for s in subs:
                if not s.get("empty"):
                    s["pid"] = L.pid_segment(rng, s, hl7ver)
            data = L.hl7_oru(rng, subs, meta, enc, broken)
        for s_, p_ in zip(subs, parts):
            p_.setdefault("marker", {})["results"] = ["%s=%s" % rv for rv in s_.get("_results", [])]
        case = "lab_" + ("+".join(sorted(set(p["case"] for p in parts))))
        if broken:
            case = "lab_broken_" + broken[0]
            if broken[0] == "cut":
                parts[-1].update(expected_patient=None, fileable=False,
                                 note=parts[-1]["note"] + "; FILE CUT inside this part (%s) -> review" % (broken[1] if fmt == "hl7" else "results"))
            elif broken[0] == "missing_fin":
                k = broken[1]
                parts[k].update(expected_patient=None, fileable=False,
                                note=parts[k]["note"] + "; ****FIN**** missing after this report -> review")
            else:
                for p in parts:
                    p["note"] += "; binary garbage after the end of file (not a part)"
        with open(os.path.join(self.out, "corpus", name), "wb") as f:
            f.write(data)
        return {"file": name, "kind": "lab", "format": fmt + ("" if fmt != "hl7" else "_v" + hl7ver),
                "render": "raw_" + enc + ("_mllp" if meta.get("mllp") else "") + ("_batch" if meta.get("batch") else ""),
                "layout": "eol_" + {"\r": "CR", "\r\n": "CRLF", "\n": "LF"}[meta["eol"]],
                "doc_type": "lab_result", "case": case, "parts": parts}

    # ------------------------------------------------------------ documents
    def make_document(self, i):
        rng, reg = self.rng, self.reg
        dtype = wchoice(rng, DOC_TYPES)
        case = wchoice(rng, DOC_CASES)
        fmt = rng.choices(["pdf_text", "pdf_image", "tiff", "png", "jpeg", "docx", "txt"], [30, 20, 12, 7, 6, 12, 13])[0]
        if (dtype in ("lab_result", "prescription") or case == "ins_only") and fmt == "txt":
            fmt = "pdf_text"
        if dtype in ("discharge_summary",) and fmt in ("png", "jpeg"):
            fmt = "pdf_image"
        if case == "newborn_mother":
            dtype = "discharge_summary"
        layout = rng.choice(["concerne", "box1", "box2", "label", "sentence", "sidecol", "ref_line"])
        if fmt == "txt":
            layout = rng.choice(["sentence", "sentence", "concerne"])
        if case in ("ins_only",):
            layout = rng.choice(["box1", "box2"])
        if case == "ipp_collision":
            layout = rng.choice(["box1", "box2", "label", "ref_line"])
            if fmt == "txt":
                fmt = "pdf_text"
        if case == "mixed_stack" and fmt not in ("pdf_text", "pdf_image", "tiff"):
            fmt = rng.choice(["pdf_text", "pdf_image", "tiff"])
        if case in ("age_only", "two_patients") and layout in ("box1", "box2", "label", "sidecol"):
            layout = "concerne"
        ref = self.ref - dt.timedelta(days=rng.randint(0, 40))
        hosp = rng.choice(C.HOSPITALS)
        service = rng.choice(C.SERVICES[dtype])
        author = self.doctor()
        recipient = self.cabinet[rng.randrange(3)]
        copy_to = self.doctor() if rng.random() < 0.4 else None
        others = [self.doctor(), self.doctor()]
        notes = []
        subject = person = None
        extra_blocks = []
        show = {"all_given": rng.random() < 0.4, "date_style": None, "usage": True}
        if case == "doctor_homonym":
            hd, hom = self.homonym_doctor()
            where = rng.choice(["author", "recipient", "copy", "sidecol"])
            if where == "author":
                author = hd
            elif where == "recipient":
                recipient = hd
            elif where == "copy":
                copy_to = hd
            else:
                others[0] = hd
                layout = "sidecol"
            notes.append("doctor (%s) named like registered patient %s" % (where, hom.ipp))
            person = subject = self.pick_registered(exclude=[hom])
        elif case in ("ok", "age_only", "trusted_person", "ins_only", "two_patients", "mixed_stack", "ipp_collision"):
            cand = [p for p in reg.people if p.ins] if case == "ins_only" else None
            person = subject = self.pick_registered(pool=cand, adult=case == "trusted_person")
        elif case == "usage_only":
            person = subject = self.pick_registered(pool=[w for (w, h) in reg.planted["married"]])
            show["usage_only"] = True
        elif case == "usage_namesake":
            x, w = rng.choice(reg.planted["usage_namesake"])
            person = subject = x
            notes.append("birth name = used name of registered %s (same first name, same birth date)" % w.ipp)
        elif case == "not_registered":
            person = self.fake_unregistered()
        elif case == "namesake_not_registered":
            y = self.pick_registered()
            person = self.namesake_of(y)
            notes.append("namesake of registered %s" % y.ipp)
        elif case == "child_parent":
            par, ch = rng.choice(reg.planted["parent_child"])
            if rng.random() < 0.5:
                person = subject = ch
                notes.append("registered child, parent %s printed as insured" % par.ipp)
            else:
                person = self.fake_unregistered(surname=par.birth, lo=max(par.dob.year + 20, 2008), hi=2025)
                notes.append("unregistered child of registered %s" % par.ipp)
            nir = par.nir
            extra_blocks.append(("p", "Assuré%s : %s %s %s, né%s le %s — N° SS : %s" % (
                "e" if par.sex == "F" else "", short_title(par), par.birth, par.first, "e" if par.sex == "F" else "",
                fmt_date(rng, par.dob), "%s %s %s %s %s %s %s" % (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:])),
                {"size": 9}))
            if rng.random() < 0.5:
                extra_blocks.append(("p", "Représentant légal : %s %s %s (%s)" % (
                    short_title(par), cap(par.first), par.birth, "père" if par.sex == "M" else "mère"), {"size": 9}))
        elif case == "newborn_mother":
            married = [w for (w, h) in reg.planted["married"] if 1980 <= w.dob.year <= 2002] or [w for (w, h) in reg.planted["married"]]
            mother = rng.choice(married)
            sex = rng.choice("MF")
            bdate = ref - dt.timedelta(days=rng.randint(2, 10))
            person = self.fake_unregistered(sex=sex, surname=mother.usage or mother.birth, dob=bdate, lo=2026, hi=2026)
            extra_blocks.append(("p", "Mère : %s %s née %s %s, née le %s" % (
                short_title(mother), mother.usage or mother.birth, mother.birth, mother.first, fmt_date(rng, mother.dob)), {"size": 9.5}))
            notes.append("newborn (unregistered); registered mother %s printed with her birth date" % mother.ipp)
        p = person
        hosp_ipp = "%09d" % rng.randint(10 ** 8, 10 ** 9 - 1)
        if case == "ipp_collision":
            other = self.pick_registered(exclude=[p])
            hosp_ipp = other.ipp
            notes.append("the hospital's IPP printed (%s) is, by chance, the registry IPP of another patient %s" % (hosp_ipp, other.ipp))
        # ---------------- identity block
        ident = {}
        id_blocks = []
        label = None
        if case == "ins_only":
            show["ins"] = True
            for _ in range(20):
                ms = L.misspell(rng, p.birth)
                if norm(ms) != norm(p.birth) and reg.resolve({"birth": ms, "given": [p.first], "dob": p.dob})[0] is None:
                    break
            show["misspell"] = ms
            notes.append("birth name misspelled (%s), INS printed in the identity box" % ms)
        if case == "age_only":
            show["age_only"] = True
        if layout in ("box1", "box2") or (layout == "sidecol" and rng.random() < 0.5):
            if p.ins and rng.random() < 0.5 and case not in ("not_registered",):
                show["ins"] = True
            rows, ident = C.identity_box(rng, p, show, hosp_ipp)
            id_blocks.append(("p", rng.choice(["IDENTITÉ DU PATIENT", "Patient(e)", "Identification du patient"]), {"b": True, "size": 9.5}))
            id_blocks.append(("box", rows, 2 if layout == "box2" else 1))
        elif layout == "label":
            label, ident = C.label_lines(rng, p, show, hosp_ipp, ref)
            if show.get("usage_only"):
                ident.pop("birth", None)
        elif layout == "sentence":
            pass
        else:
            txt, ident = C.identity_text(rng, p, show, ref)
            lead = rng.choice(["Concerne : ", "Patient(e) : ", "Objet : ", "Réf. : ", "Nom du patient : "]) if layout != "ref_line" \
                else "Réf. dossier %s — " % hosp_ipp
            id_blocks.append(("p", lead + txt, {"b": rng.random() < 0.5}))
        two = None
        if case == "two_patients":
            two = self.pick_registered(exclude=[p])
            txt2, _ = C.identity_text(rng, two, {"usage": True}, ref)
            id_blocks.append(("p", rng.choice(["et ", "Second patient : ", "ainsi que "]) + txt2, {"b": True}))
            notes.append("two patients in one document: %s and %s" % (p.ipp, two.ipp))
        # ---------------- body
        ctx = {"author": author, "date": ref, "other_docs": others}
        if layout == "sentence" or (case == "age_only" and rng.random() < 0.5):
            txt, ident = C.identity_text(rng, p, show, ref)
            if case == "two_patients":
                txt2, _ = C.identity_text(rng, two, {"usage": True}, ref)
                txt = txt + ", accompagné(e) de " + txt2
            ctx["intro"] = C.intro_sentence(rng, txt, "letter" if dtype == "letter" else "x")
            intro_in_body = True
        else:
            ctx["intro"] = rng.choice(["Je revois ce jour votre patient(e) en consultation de suivi.",
                                       "Je vous remercie de m'avoir adressé ce(tte) patient(e) pour avis.",
                                       "Votre patient(e) a été hospitalisé(e) dans notre service."])
            intro_in_body = False
        paras = C.BODIES[dtype](rng, p, ctx)
        if intro_in_body and dtype != "letter":
            paras = [ctx["intro"]] + paras
        if case == "trusted_person":
            spouses = [h for (w, h) in reg.planted["married"] if h is not None and h is not p] + \
                      [w for (w, h) in reg.planted["married"] if h is not None and w is not p]
            tp = rng.choice(spouses)
            paras.insert(min(2, len(paras)), "Personne de confiance : %s %s %s, né%s le %s, tél. 06 %02d %02d %02d %02d." % (
                short_title(tp), tp.first, tp.usage or tp.birth, "e" if tp.sex == "F" else "", fmt_date(rng, tp.dob),
                rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 99)))
            notes.append("trusted person = registered %s printed with birth date" % tp.ipp)
        # ---------------- resolve truth
        if case in ("two_patients", "mixed_stack"):
            exp, fileable, why = None, False, "two patients in one document"
        else:
            exp, fileable, why = reg.resolve(ident)
        part = {"expected_patient": exp, "fileable": fileable, "subject_ipp": subject.ipp if subject else None,
                "case": case, "note": "; ".join(notes + [why])}
        if subject is not None and exp is not None and exp != subject.ipp:
            part["note"] += " (traits designate another registered person!)"
        # ---------------- assemble
        doc = {"letterhead": [hosp[0], service, hosp[1], "Tél. %s — Fax %s" % (hosp[2], hosp[2][:-2] + "%02d" % rng.randint(0, 99))]}
        if dtype in ("letter", "prescription") and rng.random() < 0.5:
            doc["letterhead"] = ["%s" % C.doc_name(author), "%s" % rng.choice(["Cardiologue", "Pneumologue", "Médecin généraliste", "Rhumatologue", "Gastro-entérologue"]),
                                 "Ancien chef de clinique des hôpitaux", "%d %s — %s %s" % (rng.randint(1, 90), rng.choice(["rue Pasteur", "avenue Foch", "place du Marché"]), p.town[0], p.town[1]),
                                 "RPPS %s — Tél. 0%d %02d %02d %02d %02d" % (author["code"], rng.randint(1, 5), rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99))]
        if layout == "sidecol":
            doc["sidecol"] = ["CHEF DE SERVICE", C.doc_name(others[0]), "", "PRATICIENS HOSPITALIERS", C.doc_name(author),
                              C.doc_name(others[1]), C.doc_name(self.doctor()), "", "CADRE DE SANTÉ", "Mme %s" % rand_surname(rng), "",
                              "SECRÉTARIAT", "Tél. %s" % hosp[2]]
        doc["label"] = label
        blocks = []
        place = hosp[1].split("—")[-1].strip().split(" ", 1)[-1].split(" Cedex")[0]
        blocks.append(("p", "%s, le %s" % (cap(place), fmt_date(rng, ref, rng.choice(["slash", "long"]))), {"align": "r"}))
        if dtype != "prescription" or rng.random() < 0.5:
            blocks.append(("p", "À l'attention du %s" % C.doc_name(recipient) if rng.random() < 0.6 else "%s — Médecin généraliste" % C.doc_name(recipient), {"align": "r" if rng.random() < 0.5 else "l"}))
        if copy_to:
            blocks.append(("p", "Copie à : %s" % C.doc_name(copy_to), {"size": 9}))
        if C.TITLES[dtype]:
            blocks.append(("p", C.TITLES[dtype], {"b": True, "size": 12, "align": "c", "after": 8}))
        blocks += id_blocks + extra_blocks
        blocks.append(("gap", 6))
        for para in paras:
            blocks.append(("p", para, {}))
        if dtype == "discharge_summary":
            # make it 2-3 pages: the service adds the full prescription and a nursing summary
            for _ in range(rng.randint(2, 6)):
                blocks.append(("p", rng.choice(C.BODIES["consultation_report"](rng, p, ctx)), {}))
        blocks.append(("gap", 10))
        blocks.append(("p", C.doc_name(author), {"align": "r", "b": True}))
        blocks.append(("p", "Document signé électroniquement" if rng.random() < 0.3 else C._spec(service).capitalize(), {"align": "r", "size": 8.5}))
        if case == "mixed_stack":
            # the secretary scanned a stack: the last page is another patient's prescription
            q = self.pick_registered(exclude=[p])
            qtxt, _ = C.identity_text(rng, q, {"usage": True}, ref)
            qd = self.doctor()
            blocks += [("break",), ("p", C.doc_name(qd), {"b": True}), ("p", "Médecine générale — %s %s" % (q.town[0], q.town[1]), {"size": 9}),
                       ("p", "%s, le %s" % (cap(q.town[1]), ref.strftime("%d/%m/%Y")), {"align": "r"}), ("p", qtxt, {"b": True}),
                       ("p", "ORDONNANCE", {"b": True, "align": "c"})]
            blocks += [("p", x, {}) for x in C.body_prescription(rng, q, ctx)[1:]]
            blocks.append(("p", C.doc_name(qd), {"align": "r"}))
            notes.append("last page is another registered patient's prescription (%s)" % q.ipp)
            part["note"] = "; ".join(notes + [why])
        doc["blocks"] = blocks
        running = rng.choice([None, "id", "page", "ipp"]) if case != "mixed_stack" else rng.choice([None, "page"])
        if running == "id" and ident.get("dob") and not show.get("age_only"):
            doc["running"] = "%s %s né%s le %s — page {p}/{n}" % (p.usage if show.get("usage_only") else p.birth, p.first, "e" if p.sex == "F" else "", p.dob.strftime("%d/%m/%Y"))
        elif running == "ipp":
            doc["running"] = "Patient : %s %s — IPP %s — {p}/{n}" % (p.birth if not show.get("usage_only") else p.usage, p.first, hosp_ipp)
        if running == "page" or rng.random() < 0.4:
            doc["footer"] = "Page {p}/{n}"
        fax_cover = fmt in ("pdf_image", "tiff") and rng.random() < 0.25
        if fax_cover:
            cov = [("p", "TÉLÉCOPIE", {"b": True, "size": 20, "align": "c", "after": 20}),
                   ("p", "De : %s — %s" % (hosp[0], service), {}), ("p", "Fax : %s" % hosp[2], {}),
                   ("p", "À : %s" % C.doc_name(recipient), {}), ("p", "Date : %s" % ref.strftime("%d/%m/%Y"), {}),
                   ("p", "Nombre de pages (y compris celle-ci) : voir en-tête", {}),
                   ("p", "Objet : transmission de compte rendu", {})]
            if rng.random() < 0.5 and not show.get("age_only"):
                cov.append(("p", "Concerne : %s %s" % (short_title(p), p.usage if show.get("usage_only") else p.birth), {}))
            cov.append(("p", "Ce document est strictement confidentiel et destiné exclusivement au destinataire. "
                             "Si vous l'avez reçu par erreur, merci de nous en avertir immédiatement et de le détruire.", {"size": 8.5}))
            cov.append(("break",))
            cover_doc = dict(doc)
            doc = dict(doc)
            doc["blocks"] = cov + doc["blocks"]
            layout_name = layout + "+faxcover"
        else:
            layout_name = layout
        # ---------------- render
        fam = rng.choice(R.FAMILIES)
        render = {"pdf_text": "born_digital", "docx": "docx", "txt": "dictation"}.get(fmt)
        if fmt in ("pdf_image", "tiff", "png", "jpeg"):
            render = rng.choice(["clean300", "grey_scan", "rotated", "fax200", "fax150", "photo"])
            if fax_cover and rng.random() < 0.7:
                render = rng.choice(["fax200", "fax150"])
            if fmt == "jpeg":
                render = rng.choice(["photo", "photo", "grey_scan"])
            if render == "photo" and fmt in ("tiff",):
                render = "grey_scan"
        ext = {"pdf_text": ".pdf", "pdf_image": ".pdf", "tiff": ".tif", "png": ".png", "jpeg": ".jpg", "docx": ".docx", "txt": ".txt"}[fmt]
        kind = {"docx": "docx", "txt": "txt"}.get(fmt, "scan")
        name = self.fname(kind, ext)
        if not name.endswith(ext):
            name += ext
        path = os.path.join(self.out, "corpus", name)
        if fmt == "pdf_text":
            R.to_pdf(R.layout(doc, fam, rng), path)
        elif fmt == "docx":
            R.to_docx(doc, path)
        elif fmt == "txt":
            raw = rng.random() < 0.4
            render = "dictation_raw" if raw else "dictation"
            lines = []
            for b in id_blocks + extra_blocks:
                if b[0] == "p":
                    lines.append(b[1])
                elif b[0] == "box":
                    lines += ["%s : %s" % (k, v) for k, v in b[1]]
            head = "Dictée du %s — %s\n\n" % (ref.strftime("%d/%m/%Y"), C.doc_name(author)) if rng.random() < 0.5 else ""
            with open(path, "w", encoding=rng.choice(["utf-8", "utf-8", "cp1252"]), newline="\r\n" if rng.random() < 0.3 else "\n") as f:
                f.write(head + ("\n".join(lines) + "\n\n" if lines else "") + C.dictation(rng, paras, raw))
        else:
            pages = R.layout(doc, fam, rng)
            dpi = {"clean300": 300, "grey_scan": 300, "rotated": 300, "fax200": 200, "fax150": 150, "photo": 200}[render]
            ims = R.to_images(pages, dpi)
            if fmt in ("png", "jpeg"):
                ims = ims[:1]
                if len(pages) > 1:
                    part["note"] += "; only page 1 of %d rendered" % len(pages)
            out = []
            for k, im in enumerate(ims):
                if render == "grey_scan":
                    im = R.grey_scan(rng, im)
                elif render == "rotated":
                    im = R.rotate_only(rng, im)
                elif render.startswith("fax"):
                    hdr = "DE: %s  %s %02d:%02d  %s  P.%03d/%03d" % (hosp[2].replace(" ", ""), ref.strftime("%d/%m/%Y"),
                                                                  rng.randint(8, 18), rng.randint(0, 59), hosp[0][:24], k + 1, len(ims))
                    im = R.fax(rng, im, dpi, hdr)
                elif render == "photo":
                    im = R.phone_photo(rng, im)
                out.append(im)
            R.save_images(out, path, fmt, dpi)
        return {"file": name, "kind": "document", "format": fmt, "render": render, "layout": layout_name,
                "doc_type": dtype, "case": case, "parts": [part]}

    # ------------------------------------------------------------ run
    def run(self):
        os.makedirs(os.path.join(self.out, "corpus"), exist_ok=True)
        self.reg.write_csv(os.path.join(self.out, "registry.csv"))
        n_lab = round(self.n * self.rng.uniform(0.35, 0.40))
        kinds = ["lab"] * n_lab + ["document"] * (self.n - n_lab)
        self.rng.shuffle(kinds)
        for i, k in enumerate(kinds):
            entry = self.make_lab(i) if k == "lab" else self.make_document(i)
            entry["doc_id"] = "d%04d" % i
            self.docs.append(entry)
        man = {"seed": self.seed, "n": self.n, "reference_date": self.ref.isoformat(),
               "registry_size": len(self.reg.people), "documents": self.docs}
        with open(os.path.join(self.out, "manifest.json"), "w", encoding="utf-8") as f:
            json.dump(man, f, ensure_ascii=False, indent=1)
        return man


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--docs", type=int, default=30)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    corpus = os.path.join(a.out, "corpus")
    if os.path.isdir(corpus):
        shutil.rmtree(corpus)
    man = Gen(a.seed, a.docs, a.out).run()
    nparts = sum(len(d["parts"]) for d in man["documents"])
    nfile = sum(p["fileable"] for d in man["documents"] for p in d["parts"])
    print("generated %d files (%d parts, %d fileable) in %s" % (len(man["documents"]), nparts, nfile, a.out))


if __name__ == "__main__":
    main()
