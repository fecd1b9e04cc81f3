"""Laboratory result files: HPRIM Net (HPRIM Médecins), HPRIM Santé 2.x, HL7 v2 ORU^R01.

Each builder gets a list of "subjects" (who each report/message is about and how the
identity is printed) and returns (bytes, [part truth ...]).
"""
import datetime as dt

from people import strip_accents, norm, cap

LABS = [("LBM0042", "LABORATOIRE BIOLAB ATLANTIQUE", "750042311"),
        ("SIL13", "LABO DES ALPES - SITE GRENOBLE", "380012345"),
        ("BM213", "CERBALLIANCE ILE DE FRANCE", "920034567"),
        ("LX07", "LABORATOIRE DU CENTRE - BIOGROUP", "690078122"),
        ("EUR55", "EUROFINS BIOMNIS SITE BRETAGNE", "290011223")]

# label, code, loinc, unit, lo, hi, decimals
TESTS = {
    "NFS": [("Hématies", "GR", "789-8", "T/L", 4.2, 5.7, 2), ("Hémoglobine", "HB", "718-7", "g/dL", 12.0, 17.0, 1),
            ("Hématocrite", "HT", "4544-3", "%", 37, 50, 1), ("V.G.M.", "VGM", "787-2", "fL", 80, 100, 0),
            ("Leucocytes", "GB", "6690-2", "G/L", 4.0, 10.0, 2), ("Plaquettes", "PLQ", "777-3", "G/L", 150, 400, 0),
            ("Polynucléaires neutrophiles", "PNN", "751-8", "G/L", 1.8, 7.5, 2)],
    "IONO": [("Sodium", "NA", "2951-2", "mmol/L", 136, 145, 0), ("Potassium", "K", "2823-3", "mmol/L", 3.5, 5.1, 1),
             ("Chlorure", "CL", "2075-0", "mmol/L", 98, 107, 0), ("Créatinine", "CREA", "2160-0", "µmol/L", 59, 104, 0),
             ("DFG (CKD-EPI)", "DFG", "62238-1", "mL/min/1,73m²", 90, 200, 0)],
    "LIPID": [("Cholestérol total", "CHOL", "2093-3", "g/L", 1.5, 2.0, 2), ("HDL cholestérol", "HDL", "2085-9", "g/L", 0.4, 0.9, 2),
              ("Triglycérides", "TG", "2571-8", "g/L", 0.35, 1.5, 2), ("LDL cholestérol calculé", "LDL", "13457-7", "g/L", 0.5, 1.6, 2)],
    "GLY": [("Glycémie à jeun", "GLY", "1558-6", "g/L", 0.70, 1.10, 2), ("Hémoglobine glyquée (HbA1c)", "HBA1C", "4548-4", "%", 4.0, 6.0, 1)],
    "THY": [("TSH ultra-sensible", "TSH", "3016-3", "mUI/L", 0.27, 4.2, 2), ("T4 libre", "T4L", "3024-7", "pmol/L", 12, 22, 1)],
    "HEP": [("ASAT (TGO)", "ASAT", "1920-8", "UI/L", 5, 34, 0), ("ALAT (TGP)", "ALAT", "1742-6", "UI/L", 0, 55, 0),
            ("Gamma GT", "GGT", "2324-2", "UI/L", 12, 64, 0), ("Phosphatases alcalines", "PAL", "6768-6", "UI/L", 40, 150, 0)],
    "INFL": [("Protéine C réactive", "CRP", "1988-5", "mg/L", 0, 5, 1), ("Ferritine", "FERR", "2276-4", "µg/L", 22, 275, 0)],
    "COAG": [("Taux de prothrombine", "TP", "5894-1", "%", 70, 100, 0), ("INR", "INR", "6301-6", "", 0.8, 1.2, 2)],
    "PSA": [("PSA total", "PSA", "2857-1", "ng/mL", 0, 4, 2)],
    "VITD": [("25-OH vitamine D (D2+D3)", "VITD", "62292-8", "ng/mL", 30, 100, 1)],
}
PANEL_NAMES = {"NFS": "NUMERATION FORMULE SANGUINE", "IONO": "IONOGRAMME - FONCTION RENALE",
               "LIPID": "BILAN LIPIDIQUE", "GLY": "GLYCEMIE - HBA1C", "THY": "BILAN THYROIDIEN",
               "HEP": "BILAN HEPATIQUE", "INFL": "BILAN INFLAMMATOIRE", "COAG": "HEMOSTASE",
               "PSA": "ANTIGENE PROSTATIQUE SPECIFIQUE", "VITD": "VITAMINE D"}
COMMENTS = ["Prélèvement hémolysé, résultat du potassium à interpréter avec prudence.",
            "Résultat contrôlé sur un second passage.",
            "Patient sous AVK : INR cible entre 2 et 3.",
            "Valeurs de référence adaptées à l'âge et au sexe.",
            "Nouvelle technique de dosage depuis le 01/09/2026 : les résultats ne sont pas comparables aux antérieurs.",
            "A contrôler dans 3 mois.",
            "Sérologie toxoplasmose : IgG positives, IgM négatives. Immunité ancienne."]


def _val(rng, t):
    label, code, loinc, unit, lo, hi, dec = t
    span = hi - lo
    r = rng.random()
    if r < 0.75:
        v = lo + rng.random() * span
        flag = "N"
    elif r < 0.88:
        v = hi + rng.random() * span * 0.5
        flag = "H"
    else:
        v = max(0, lo - rng.random() * span * 0.3)
        flag = "L"
    if r > 0.97:
        flag = "HH" if flag == "H" else ("LL" if flag == "L" else flag)
    s = ("%." + str(dec) + "f") % v
    return s, flag


def pick_panels(rng):
    return rng.sample(list(TESTS), rng.randint(1, 3))


def doctor_str(d):
    return "%s %s" % (d["last"], d["first"])


def misspell(rng, s):
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    i = rng.choice(letters[1:] or letters)
    op = rng.random()
    if op < 0.4 and i + 1 < len(s) and s[i + 1].isalpha() and s[i] != s[i + 1]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < 0.7 and len(letters) > 4:
        return s[:i] + s[i + 1:]
    repl = {"A": "E", "E": "A", "I": "Y", "Y": "I", "O": "AU", "N": "NN", "L": "LL", "T": "TT", "S": "Z"}
    c = strip_accents(s[i]).upper()
    return s[:i] + repl.get(c, c + "E") + s[i + 1:]


# ------------------------------------------------------------------ HPRIM Net
def hprim_net(rng, subjects, meta, enc, broken=None):
    """subjects: list of dict(person, name_line, given_line, nir_line, prescriber, empty)."""
    lab = meta["lab"]
    out = []
    parts_ok = []
    for k, s in enumerate(subjects):
        p = s["person"]
        sample = meta["date"] - dt.timedelta(days=rng.randint(0, 3))
        lines = []
        if s.get("empty"):
            lines += ["%s%04d" % (lab[0][:3], rng.randint(1, 9999)), "", "", "", "", "", "", "",
                      "%09d" % rng.randint(1, 10 ** 9), sample.strftime("%d/%m/%Y"), "%s %s" % (lab[0], lab[1]), ""]
        else:
            lines += ["%s%04d" % (lab[0][:3], rng.randint(1, 9999)), s["name_line"], s["given_line"],
                      p.street.upper() if rng.random() < 0.7 else p.street, "" if rng.random() < 0.7 else "Bâtiment B",
                      "%s %s" % (p.town[0], p.town[1]), s["dob_line"], s["nir_line"],
                      "%s%06d" % (sample.strftime("%y%m%d"), rng.randint(1, 999999)),
                      sample.strftime("%d/%m/%Y"), "%s %s" % (lab[0], lab[1]), s["prescriber_code"]]
        body = []
        body.append("%s" % lab[1])
        body.append("Biologiste responsable : Dr %s" % doctor_str(meta["biologist"]))
        body.append("")
        if not s.get("empty"):
            body.append("Dossier de : %s %s" % (s["name_line"], s["given_line"]))
            if s.get("prescriber_text"):
                body.append("Prescripteur : Dr %s" % s["prescriber_text"])
        body.append("Prélevé le %s à %02dh%02d" % (sample.strftime("%d/%m/%Y"), rng.randint(7, 11), rng.randint(0, 59)))
        body.append("")
        res = []
        for pan in s["panels"]:
            body.append(PANEL_NAMES[pan])
            for t in TESTS[pan]:
                v, fl = _val(rng, t)
                s.setdefault("_results", []).append((t[0], v))
                body.append("  %-32s %8s %-10s (%s - %s)%s" % (t[0], v, t[3], t[4], t[5], " *" if fl != "N" else ""))
                res.append("RES|%s|%s|N|%s|%s|%s|%s|%s|F|||||" % (t[0], t[1], v, t[3], t[4], t[5], fl))
            body.append("")
        if rng.random() < 0.4:
            c = rng.choice(COMMENTS)
            body.append(c)
            res.append("RES|Commentaire|COM|A|%s||||N|F|||||" % c)
        body.append("Compte rendu validé par Dr %s" % doctor_str(meta["biologist"]))
        chunk = lines + body + ["****LAB****"] + res
        if broken == ("missing_fin", k):
            pass
        else:
            chunk.append("****FIN****")
        out.extend(chunk)
    if broken and broken[0] == "cut":
        txt = "\r\n".join(out)
        # cut inside the last report's RES block
        idx = txt.rfind("RES|")
        txt = txt[:idx + rng.randint(5, 20)]
        return _enc(txt, enc)
    out.append("****FINFICHIER****")
    txt = "\r\n".join(out) + "\r\n"
    data = _enc(txt, enc)
    if broken and broken[0] == "garbage":
        data += bytes(rng.randint(0, 255) for _ in range(rng.randint(40, 300)))
    return data


def _enc(txt, enc):
    if enc == "utf-8-sig":
        return b"\xef\xbb\xbf" + txt.encode("utf-8")
    return txt.encode(enc, errors="replace")


# ------------------------------------------------------------------ HPRIM Santé
def hprim_sante(rng, subjects, meta, enc, broken=None):
    lab = meta["lab"]
    ts = meta["date"].strftime("%Y%m%d") + "%02d%02d%02d" % (rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59))
    ver = rng.choice(["H2.1~C", "H2.2~C", "H2.4~C", "H2.0"])
    recs = ["H|~^\\&|%s||%s~%s||ORU|||%s~%s||P|%s|%s" % (meta["fname"], lab[0], lab[1],
                                                         meta["dest_code"], meta["dest_name"], ver, ts)]
    for k, s in enumerate(subjects):
        p = s["person"]
        if s.get("empty"):
            recs.append("P|%d||%08d||||||||||||||||||||||" % (k + 1, rng.randint(1, 10 ** 8)))
        else:
            addr = "%s~~%s~~%s" % (p.street.upper(), p.town[1], p.town[0])
            name = "%s~%s~%s~~%s" % (s["name_comp"], s["given_comp"], s.get("given_more", ""),
                                     "MME" if p.sex == "F" else "M")
            recs.append("P|%d|%s|%08d|%s|%s|%s|%s|%s||%s||%s|%s|||||||||||" % (
                k + 1, s.get("req_id", ""), rng.randint(1, 10 ** 8), s.get("nir_field", ""), name,
                s.get("birth_comp", ""), s["dob_comp"], p.sex if rng.random() < 0.9 else "U", addr,
                "0%d%08d" % (rng.randint(1, 6), rng.randint(0, 10 ** 8 - 1)),
                "%s~%s~%s" % (s["prescriber_code"], s.get("prescriber_last", ""), s.get("prescriber_first", ""))))
        for j, pan in enumerate(s["panels"]):
            recs.append("OBR|%d|%s|%s|%s~%s~L|||%s||||||||%s~%s~%s||||||||||F" % (
                j + 1, "%07d" % rng.randint(1, 10 ** 7), "%07d" % rng.randint(1, 10 ** 7), pan,
                PANEL_NAMES[pan], ts[:12], s["prescriber_code"], s.get("prescriber_last", ""),
                s.get("prescriber_first", "")))
            for i, t in enumerate(TESTS[pan]):
                v, fl = _val(rng, t)
                s.setdefault("_results", []).append((t[0], v))
                recs.append("OBX|%d|NM|%s~%s~L||%s|%s|%s-%s|%s|||F" % (i + 1, t[1], t[0], v, t[3], t[4], t[5], fl))
            if rng.random() < 0.35:
                c = rng.choice(COMMENTS)
                if rng.random() < 0.5:
                    c = (c + " ") * 6   # long comment -> continuation records
                recs.append("C|1|L|%s|G" % c.strip())
    if broken and broken[0] == "cut":
        txt = "\r".join(recs)
        idx = txt.rfind("OBX|")
        txt = txt[:idx + rng.randint(6, 25)]
        return _enc(txt.replace("\r", meta["eol"]), enc)
    recs.append("L|1||%d|%d" % (len(subjects), len(recs) + 1))
    # lines longer than 220 characters continue on A records
    final = []
    for r in recs:
        while len(r) > 220:
            final.append(r[:220])
            r = "A|" + r[220:]
        final.append(r)
    data = _enc(meta["eol"].join(final) + meta["eol"], enc)
    if broken and broken[0] == "garbage":
        data += bytes(rng.randint(0, 255) for _ in range(rng.randint(40, 300)))
    return data


# ------------------------------------------------------------------ HL7 v2
def hl7_escape(s):
    return (s.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\")
            .replace("&", "\\T\\").replace("~", "\\R\\"))


def hl7_oru(rng, subjects, meta, enc, broken=None):
    lab = meta["lab"]
    ver = meta["hl7ver"]
    charset = {"utf-8": "UNICODE UTF-8", "utf-8-sig": "UNICODE UTF-8", "latin-1": "8859/1", "cp1252": "8859/1"}[enc]
    msgs = []
    for k, s in enumerate(subjects):
        p = s["person"]
        ts = meta["date"].strftime("%Y%m%d") + "%02d%02d%02d" % (rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59))
        segs = ["MSH|^~\\&|%s|%s^%s^FINESS|DOCPIPE|CABINET|%s||ORU^R01%s|%s%03d|P|%s|||AL|NE|FRA|%s" % (
            rng.choice(["GLIMS", "KALISIL", "SIL-LAB", "MOLIS", "HEXALIS"]), lab[1], lab[2], ts,
            "^ORU_R01" if ver.startswith("2.5") else "", ts, k, ver, charset)]
        if s.get("empty") == "missing":
            pass
        elif s.get("empty"):
            segs.append("PID|1||||||||||||||||||||||")
        else:
            segs.append(s["pid"])
            if s.get("nk1"):
                segs.append(s["nk1"])
        segs.append("PV1|1|O|||||%s^%s^%s^^^DR||||||||||||%s" % (
            s["prescriber_code"], s.get("prescriber_last", ""), s.get("prescriber_first", ""), "%09d" % rng.randint(1, 10 ** 9)))
        if s.get("in1"):
            segs.append(s["in1"])
        for j, pan in enumerate(s["panels"]):
            order = "%08d" % rng.randint(1, 10 ** 8)
            doc = "%s^%s^%s^^^DR^^^RPPS&1.2.250.1.71.4.2.1&ISO^L^^^RPPS" % (
                s["prescriber_code"], s.get("prescriber_last", ""), s.get("prescriber_first", ""))
            segs.append("ORC|RE|%s|%s||CM||||%s|||%s" % (order, order + "L", ts, doc))
            segs.append("OBR|%d|%s|%s|%s^%s^L||%s|%s|||||||%s||%s||||||%s||%s|F" % (
                j + 1, order, order + "L", pan, PANEL_NAMES[pan], ts, ts[:12], ts, doc, ts,
                rng.choice(["HM", "CH", "IMM"])))
            n = 0
            for t in TESTS[pan]:
                n += 1
                v, fl = _val(rng, t)
                s.setdefault("_results", []).append((t[0], v))
                unit = hl7_escape(t[3])
                segs.append("OBX|%d|NM|%s^%s^LN^%s^%s^L||%s|%s|%s-%s|%s|||F|||%s" % (
                    n, t[2], hl7_escape(t[0]), t[1], hl7_escape(t[0]), v, unit, t[4], t[5], fl, ts))
            if rng.random() < 0.4:
                n += 1
                c = rng.choice(COMMENTS)
                typ = rng.choice(["ST", "TX", "FT"])
                txt = hl7_escape(c)
                if typ == "FT":
                    txt = "Commentaire du biologiste :\\.br\\" + txt + "\\.br\\Validé par Dr %s" % doctor_str(meta["biologist"])
                segs.append("OBX|%d|%s|COM^Commentaire^L||%s||||||F" % (n, typ, txt))
            if s.get("pdf_ed") and j == len(s["panels"]) - 1:
                n += 1
                segs.append("OBX|%d|ED|PDF^Compte rendu PDF^L||^AP^PDF^Base64^%s||||||F" % (n, small_pdf_b64(s, meta)))
            if rng.random() < 0.3:
                segs.append("NTE|1|L|Résultats validés par Dr %s \\T\\ Dr %s" % (
                    doctor_str(meta["biologist"]), doctor_str(meta["biologist2"])))
        msgs.append(segs)
    sep = meta["eol"]
    texts = [sep.join(m) + sep for m in msgs]
    if broken and broken[0] == "cut":
        last = texts[-1]
        idx = last.rfind("OBX|") if broken[1] == "obx" else last.find("PID|")
        texts[-1] = last[:idx + rng.randint(8, 30)]
    if meta["mllp"]:
        body = "".join("\x0b" + t + "\x1c\r" for t in texts)
        if broken and broken[0] == "cut":
            body = body[:-2]
    elif meta["batch"]:
        ts = meta["date"].strftime("%Y%m%d%H%M")
        head = "FHS|^~\\&|%s|%s|||%s%s" % ("SIL", lab[1], ts, sep) + "BHS|^~\\&|SIL|%s|||%s%s" % (lab[1], ts, sep)
        tail = "" if (broken and broken[0] == "cut") else "BTS|%d%sFTS|1%s" % (len(texts), sep, sep)
        body = head + "".join(texts) + tail
    else:
        body = "".join(texts)
    data = _enc(body, enc)
    if broken and broken[0] == "garbage":
        data += bytes(rng.randint(0, 255) for _ in range(rng.randint(40, 300)))
    return data


def pid_segment(rng, s, ver):
    """Build PID from the printing decisions in s."""
    p = s["person"]
    ids = ["%s^^^%s^PI" % (s["lab_pid"], s["lab_ns"])]
    if s.get("ins_field"):
        ids.append("%s^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&ISO^%s" % (s["ins_field"], rng.choice(["INS", "NH"])))
    if s.get("insc"):
        ids.append("%s^^^ASIP-SANTE-INS-C&1.2.250.1.213.1.4.2&ISO^INS-C" % s["insc"])
    if s.get("old_oid_nir"):
        ids.append("%s^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.2&ISO^INS" % s["old_oid_nir"])
    names = []
    for (last, first, more, typ) in s["pid_names"]:
        names.append("%s^%s^%s^^%s^^%s" % (last, first, more, "MME" if p.sex == "F" else "M.", typ))
    pid6 = s.get("pid6", "")
    addr = "%s^^%s^^%s^FRA^H" % (p.street, p.town[1], p.town[0])
    return "PID|1||%s||%s|%s|%s|%s|||%s||%s|||||%s" % (
        "~".join(ids), "~".join(names), pid6, s["dob_comp"], p.sex, addr,
        "^PRN^PH^^^^^^^^^0%d%08d" % (rng.randint(1, 6), rng.randint(0, 10 ** 8 - 1)), s["lab_pid"])


def small_pdf_b64(s, meta):
    """A one-page PDF of the report (same patient as the PID), base64 for an ED OBX."""
    import base64
    import io
    from reportlab.pdfgen import canvas
    p = s["person"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, 800, meta["lab"][1])
    c.setFont("Helvetica", 10)
    last = s["pid_names"][0][0]
    c.drawString(50, 770, "Patient : %s %s" % (last, s["pid_names"][0][1]))
    c.drawString(50, 756, "Né(e) le : %s" % p.dob.strftime("%d/%m/%Y"))
    y = 730
    for pan in s["panels"]:
        c.drawString(50, y, PANEL_NAMES[pan])
        y -= 14
    c.drawString(50, y - 10, "Biologiste : Dr %s" % doctor_str(meta["biologist"]))
    c.showPage()
    c.save()
    return base64.b64encode(buf.getvalue()).decode("ascii")
