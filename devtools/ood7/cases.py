"""Cases: who the document is about, what is printed about them, who else is printed, and the intended truth.
The intended truth is re-checked by oracle.Oracle on the final registry (gen.py refuses on disagreement)."""
import datetime as dt

from fmt import civ, date_str, ins_str
from people import TODAY

# case -> (weight, intended fileable?)
CASES = {
    "full_identity": (13, True), "married_birth_and_used": (5, True), "ins_with_used_name": (4, True),
    "homonym_other_date_registered": (4, True), "near_date_homonym_registered": (3, True),
    "twin_with_first_name": (2, True), "child_with_registered_parent": (3, True), "doctor_namesake_present": (3, True),
    "two_patients_one_file": (3, True), "compound_name_variant": (2, True),
    "absent_patient": (3, False), "absent_homonym_other_date": (4, False), "near_miss_date": (4, False),
    "twins_without_first_name": (2, False), "no_first_name": (3, False), "ins_of_other_patient": (2, False),
    "sex_contradiction": (2, False), "child_absent_parent_registered": (3, False),
    "spouse_registered_subject_absent": (2, False), "doctor_namesake_absent": (2, False),
    "usual_first_name_only": (2, False), "debatable_used_name_only": (3, True), "name_without_birth_date": (2, False),
}


def near_date(rng, d):
    s = f"{d.day:02d}{d.month:02d}{d.year}"
    for _ in range(200):
        i = rng.choice([1, 1, 3, 7, 7, 6, 0])
        c = rng.choice([x for x in "0123456789" if x != s[i]])
        t = s[:i] + c + s[i + 1:]
        try:
            nd = dt.date(int(t[4:]), int(t[2:4]), int(t[:2]))
        except ValueError:
            continue
        if nd < TODAY and abs(nd.year - d.year) < 40:
            return nd
    return d + dt.timedelta(days=1)


def other_date(pop, d):
    return pop.date_in(max(1920, d.year - 30), min(TODAY.year - 1, d.year + 30))


class Planner:
    def __init__(self, rng, pop):
        self.rng, self.pop = rng, pop
        self.used = set()

    def pick(self, pred=lambda p: True, adult=True):
        rng = self.rng
        for _ in range(5000):
            p = rng.choice(self.pop.registry)
            if p.ipp in self.used or "twin" in p.tags:
                continue
            if adult and p.age < 18:
                continue
            if pred(p):
                self.used.add(p.ipp)
                return p
        raise RuntimeError("no registry patient fits")

    # ----- printed relatives
    def rel_line(self, q, relation, with_dob):
        rng = self.rng
        nm = q.used or q.birth
        s = f"{civ(q.sex, rng)} {nm.upper()}"
        if q.used and rng.random() < 0.6:
            s += f" {'née' if q.sex == 'F' else 'né'} {q.birth.upper()}"
        s += f" {q.first} ({relation})"
        if with_dob:
            s += f", {'née' if q.sex == 'F' else 'né'} le {date_str(q.dob, rng.choice(['slash', 'long', 'dot']))}"
        s += f" — Tél. {q.phone}"
        return s

    def assure(self, q):
        return (f"{q.birth.upper()} {q.first.upper()}", f"N° {ins_str(q.nir, 'grouped')}    né(e) le {date_str(q.dob, 'slash')}")

    def ambient_others(self, p, part):
        """Relatives that appear on real mail (personne de confiance, à prévenir), sometimes registered."""
        rng = self.rng
        if p.spouse is not None and rng.random() < 0.35:
            part["others"].append(("Personne de confiance", self.rel_line(p.spouse, "conjoint" if p.spouse.sex == "M" else "conjointe", rng.random() < 0.5), p.spouse))
        if p.age < 16 and p.parents:
            for q in p.parents:
                part["others"].append(("Père" if q.sex == "M" else "Mère", self.rel_line(q, "parent", rng.random() < 0.5), q))
            part["assure"] = self.assure(p.parents[0])

    # ----- the cases
    def build(self, case):
        rng, pop = self.rng, self.pop
        part = dict(case=case, kw={}, others=[], assure=None, namesake_doctor=None, debatable=None, subject=None)
        kw = part["kw"]
        exp = None
        if case == "full_identity":
            p = self.pick(adult=rng.random() < 0.85)
            kw.update(first=rng.choice(["first", "first", "all"]), ins=rng.random() < 0.35)
            exp = p
        elif case == "married_birth_and_used":
            p = self.pick(lambda p: p.used and p.sex == "F")
            kw.update(used=True, birth=True)
            exp = p
        elif case == "ins_with_used_name":
            p = self.pick(lambda p: p.ins and p.used)
            kw.update(birth=False, used=True, dob=rng.random() < 0.5, ins=True)
            exp = p
        elif case == "homonym_other_date_registered":
            p = self.pick()
            pop.person(sex=p.sex, birth=p.birth, firsts=[p.first] + p.firsts[1:2], dob=other_date(pop, p.dob))
            kw.update(ins=rng.random() < 0.2)
            exp = p
        elif case == "near_date_homonym_registered":
            p = self.pick()
            pop.person(sex=p.sex, birth=p.birth, firsts=[p.first], dob=near_date(rng, p.dob))
            exp = p
        elif case == "twin_with_first_name":
            mother = self.pick(lambda q: q.sex == "F" and 1975 <= q.dob.year <= 1995)
            tw = pop.twins(mother.used or mother.birth, pop.date_in(mother.dob.year + 22, min(2023, mother.dob.year + 40)), [mother])
            p = tw[rng.randint(0, 1)]
            self.used.add(p.ipp)
            kw.update(first="first")
            exp = p
        elif case == "child_with_registered_parent":
            p = self.pick(lambda q: q.age < 16 and any(x.ipp for x in q.parents), adult=False)
            kw.update(first="first")
            exp = p
        elif case == "doctor_namesake_present":
            p = self.pick()
            part["namesake_doctor"] = True
            exp = p
        elif case == "compound_name_variant":
            p = self.pick(lambda q: ("-" in q.birth or " " in q.birth), adult=False)
            kw.update(birth_value=p.birth.replace("-", " ") if "-" in p.birth else p.birth.replace(" ", "-"))
            exp = p
        elif case == "absent_patient":
            p = pop.person(registered=False)
            kw.update(ins=rng.random() < 0.3)
        elif case == "absent_homonym_other_date":
            h = self.pick()
            p = pop.person(sex=h.sex, birth=h.birth, firsts=[h.first], dob=other_date(pop, h.dob), registered=False)
            part["homonym"] = h.ipp
        elif case == "near_miss_date":
            h = self.pick()
            if rng.random() < 0.5:      # a typo on h's own document
                p = h
                kw.update(dob_value=near_date(rng, h.dob), ins=False)
            else:                       # another, unregistered person whose date is one digit away
                p = pop.person(sex=h.sex, birth=h.birth, firsts=[h.first], dob=near_date(rng, h.dob), registered=False)
            part["homonym"] = h.ipp
        elif case == "twins_without_first_name":
            mother = self.pick(lambda q: q.sex == "F" and 1970 <= q.dob.year <= 1995)
            tw = pop.twins(mother.used or mother.birth, pop.date_in(mother.dob.year + 22, min(2023, mother.dob.year + 40)), [mother])
            p = tw[0]
            self.used.add(p.ipp)
            kw.update(first=None, ins=False, civil=False)
        elif case == "no_first_name":
            p = self.pick()
            kw.update(first=None, civil=True, ins=False)
        elif case == "ins_of_other_patient":
            p = self.pick(lambda q: q.spouse is not None and q.spouse.ins and q.spouse.ipp)
            kw.update(ins_value=p.spouse.ins)
        elif case == "sex_contradiction":
            p = self.pick()
            kw.update(sex=True, civil=True, sex_value="M" if p.sex == "F" else "F", ins=False)
        elif case == "child_absent_parent_registered":
            par = self.pick(lambda q: 1975 <= q.dob.year <= 1998)
            p = pop.person(birth=par.birth if par.sex == "M" or not par.used else par.used,
                           dob=pop.date_in(max(par.dob.year + 20, 2010), 2024), registered=False)
            part["others"].append(("Mère" if par.sex == "F" else "Père", self.rel_line(par, "parent", True), par))
            part["assure"] = self.assure(par)
            kw.update(ins=False)
        elif case == "spouse_registered_subject_absent":
            q = self.pick(lambda q: q.sex == "F" and q.used)
            p = pop.person(sex="M", birth=q.used, dob=pop.date_in(q.dob.year - 4, q.dob.year + 3), registered=False)
            part["others"].append(("Personne de confiance", self.rel_line(q, "épouse", True), q))
            kw.update(ins=False)
        elif case == "doctor_namesake_absent":
            p = pop.person(registered=False)
            part["namesake_doctor"] = True
            kw.update(ins=False)
        elif case == "usual_first_name_only":
            p = self.pick(lambda q: len(q.firsts) >= 2 and q.firsts[1] != q.firsts[0] and not q.used)
            kw.update(first="usual", ins=False)
            part["debatable"] = "usual_first_name"
        elif case == "debatable_used_name_only":
            p = self.pick(lambda q: q.used and q.sex == "F")
            kw.update(birth=False, used=True, ins=False)
            part["debatable"] = "debatable_used_name"
            exp = p
        elif case == "name_without_birth_date":
            p = self.pick()
            kw.update(dob=False, ins=False)
        else:
            raise ValueError(case)
        part["person"] = p
        part["subject"] = p.ipp
        part["intended"] = exp.ipp if exp else None
        if case not in ("child_absent_parent_registered", "spouse_registered_subject_absent"):
            self.ambient_others(p, part)
        return part
