"""End to end: scans generated here (Pillow: rotation, noise, JPEG), real Tesseract, the real `docpipe`
command; every identity case of issue 2, and the rule above all: never the wrong patient, never lost."""
from __future__ import annotations

import hashlib
import io
import json
import random
import stat

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from stdnum.fr import nir
from inbox_kit import docpipe, practice_with_registry

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 300
JEAN_INS = "1570375112048" + nir.calc_check_digits("1570375112048")

REGISTRY = f"""ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place
P01,DUPONT,,Jean Pierre,1957-03-12,M,{JEAN_INS},Lyon
P02,DUPONT,,Paul,1957-03-12,M,,Lyon
P03,LEFEBVRE,DURAND,Marie Hélène,1962-03-03,F,,
P04,N'DIAYE,,Hélène,1948-07-04,F,,Dakar
P05,MARTIN,,Paul,1950-01-01,M,,
P06,BERNARD,,Luc,1980-02-02,M,,
P07,BERNARD,,Luc,1985-06-06,M,,
P08,DE LA FONTAINE,,Jean-Baptiste,1971-11-30,M,,
P09,ROUX,,Zoé,1990-09-09,F,,
P10,MOREAU,,Zoé,1990-09-09,F,,
"""

LAB_BODY = ["LABORATOIRE DE BIOLOGIE MÉDICALE DES ALPES", "Prélevé le 04/03/2024",
            "Hémoglobine 13,2 g/dL (12,0 - 16,0)", "Leucocytes 6,4 G/L (4,0 - 10,0)",
            "Créatinine 78 µmol/L (60 - 110)", "Valeurs de référence entre parenthèses"]
IMAGING_BODY = ["COMPTE RENDU D'ÉCHOGRAPHIE ABDOMINALE", "Technique : sonde convexe.",
                "Foie de taille normale, d'échostructure homogène.", "Conclusion : pas d'anomalie décelable."]
LETTER_BODY = ["Cher confrère,", "Je vous remercie de bien vouloir recevoir cette patiente pour avis.",
               "Bien confraternellement,"]
DISCHARGE_BODY = ["COMPTE RENDU D'HOSPITALISATION", "Date d'entrée : 02/02/2024  Date de sortie : 06/02/2024",
                  "Hospitalisé dans le service de cardiologie pour douleur thoracique."]


def page_image(lines: list[str], right_column: list[str] | None = None, seed: int = 0) -> Image.Image:
    """A half A4 page at 300 dpi, with a little rotation and scanner noise."""
    rng = random.Random(seed)
    page = Image.new("L", (2480, 1754), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 40)
    for row, line in enumerate(lines):
        draw.text((150, 120 + row * 70), line, font=font, fill=0)
    for row, line in enumerate(right_column or []):
        draw.text((1450, 120 + row * 70), line, font=font, fill=0)
    for _ in range(1500):
        page.putpixel((rng.randrange(2480), rng.randrange(1754)), rng.choice((0, 90, 160)))
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    return page.rotate(rng.uniform(-1.2, 1.2), fillcolor=255, resample=Image.BICUBIC)


def encoded(images: list[Image.Image], fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "JPEG":
        images[0].save(out, "JPEG", quality=70, dpi=(DPI, DPI))
    elif fmt in ("TIFF", "PDF"):
        images[0].save(out, fmt, save_all=True, append_images=images[1:], resolution=DPI, dpi=(DPI, DPI))
    else:
        images[0].save(out, fmt, dpi=(DPI, DPI))
    return out.getvalue()


def spaced(ins: str) -> str:
    return " ".join([ins[0], ins[1:3], ins[3:5], ins[5:7], ins[7:10], ins[10:13], ins[13:]])


# name → (bytes, expected status, expected patient, expected type or None)
def corpus() -> dict[str, tuple[bytes, str, str | None, str | None]]:
    docs = {
        "bio_dupont.png": ([page_image(["Patient : DUPONT Jean     Né le 12/03/1957", *LAB_BODY], seed=1)], "PNG",
                           "filed", "P01", "lab_result"),
        "echo_colonne.jpg": ([page_image(["CENTRE D'IMAGERIE DU PARC", "Dr Paul MARTIN, radiologue",
                                          "12 avenue du Lac, Lyon", "", *IMAGING_BODY],
                                         ["Nom de naissance : LEFEBVRE", "Nom d'usage : DURAND",
                                          "Prénom(s) : Marie Hélène", "Date de naissance : 03/03/1962"], seed=2)],
                             "JPEG", "filed", "P03", "imaging_report"),
        "courrier_tiers.pdf": ([page_image(["Docteur Paul MARTIN", "Lyon, le 5 mars 2024", *LETTER_BODY[:1],
                                            "Je vous adresse Mme Hélène N'DIAYE, née le 4 juillet 1948,",
                                            "accompagnée de son fils, M. Luc BERNARD.", *LETTER_BODY[1:]], seed=3)],
                               "PDF", "filed", "P04", "letter"),
        "crh_deux_pages.tiff": ([page_image(["M. Jean-Baptiste DE LA FONTAINE, né le 30/11/1971", *DISCHARGE_BODY],
                                            seed=4),
                                 page_image(["DE LA FONTAINE Jean-Baptiste - 30/11/1971 - page 2/2",
                                             "Traitement de sortie : aspirine 75 mg."], seed=5)],
                                "TIFF", "filed", "P08", "discharge_summary"),
        "jumeaux_sans_prenom.png": ([page_image(["Patient : DUPONT, né le 12/03/1957", *LAB_BODY], seed=6)], "PNG",
                                    "review", None, None),
        "homonyme_sans_date.png": ([page_image(["Patient : BERNARD Luc", *LAB_BODY], seed=7)], "PNG",
                                   "review", None, None),
        "homonyme_date.png": ([page_image(["Patient : BERNARD Luc, né le 06/06/1985", *LAB_BODY], seed=8)], "PNG",
                              "filed", "P07", "lab_result"),
        "date_partagee.png": ([page_image(["Patiente : ROUX Zoé, née le 09/09/1990", *IMAGING_BODY], seed=9)],
                              "PNG", "filed", "P09", "imaging_report"),
        "nom_approche.png": ([page_image(["Patient : DUPOND Jean, né le 12/03/1957", *LAB_BODY], seed=10)], "PNG",
                             "review", None, None),
        "inconnu.png": ([page_image(["Patiente : LEROY Sophie, née le 08/08/1970", *LAB_BODY], seed=11)], "PNG",
                        "review", None, None),
        "date_contraire.png": ([page_image(["Patient : DUPONT Jean, né le 13/03/1957", *LAB_BODY], seed=12)],
                               "PNG", "review", None, None),
        "deux_patients.pdf": ([page_image(["Patient : DUPONT Jean, né le 12/03/1957", *LAB_BODY], seed=13),
                               page_image(["Patiente : ROUX Zoé, née le 09/09/1990", *LAB_BODY], seed=14)],
                              "PDF", "review", None, None),
        "sans_identite.png": ([page_image(IMAGING_BODY, seed=15)], "PNG", "review", None, None),
        "nom_usage.jpg": ([page_image(["Mme DURAND Marie, née le 03/03/1962", *LETTER_BODY], seed=16)], "JPEG",
                          "filed", "P03", "letter"),
        "ins.png": ([page_image([f"INS : {spaced(JEAN_INS)}", "Nom : DUPONT   Prénom : Jean", *LAB_BODY],
                                seed=17)], "PNG", "filed", "P01", "lab_result"),
    }
    built = {name: (encoded(images, fmt), status, ipp, doc_type)
             for name, (images, fmt, status, ipp, doc_type) in docs.items()}
    built["dictee.txt"] = ("Compte rendu de consultation\nJe revois ce jour Madame Hélène N'DIAYE, née le "
                           "4 juillet 1948, pour le suivi de son diabète.\nExamen clinique : TA 13/8.\n"
                           "Conclusion : équilibre satisfaisant.\n".encode("cp1252"), "filed", "P04",
                           "consultation_report")
    built["tronque.pdf"] = (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "review", None, None)
    built["vide.png"] = (b"", "review", None, None)
    return built



@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    practice_with_registry(home, REGISTRY)
    documents = corpus()
    for name, (data, *_rest) in documents.items():
        (home / "inbox" / name).write_bytes(data)
    run = docpipe(home, "ingest", "--json")
    assert run.returncode == 0, run.stderr
    records = {r["source"]: r for r in map(json.loads, run.stdout.splitlines())}
    return home, documents, records


def test_every_dropped_file_has_exactly_one_record(ingested):
    _home, documents, records = ingested
    assert set(records) == set(documents)


def test_no_document_is_filed_under_a_wrong_patient(ingested):
    _home, documents, records = ingested
    wrong = {name: records[name]["patient"] for name, (_d, _s, ipp, _t) in documents.items()
             if records[name]["status"] == "filed" and records[name]["patient"] != ipp}
    assert wrong == {}


@pytest.mark.parametrize("name", sorted(corpus()))
def test_each_case_ends_where_it_should(ingested, name):
    _home, documents, records = ingested
    _data, status, ipp, doc_type = documents[name]
    record = records[name]
    assert (record["status"], record["patient"]) == (status, ipp), record["reason"]
    if status == "review":
        assert record["reason"]
    if doc_type:
        assert record["doc_type"] == doc_type


def test_original_bytes_are_at_their_stored_path_privately(ingested):
    home, documents, records = ingested
    for name, (data, *_rest) in documents.items():
        stored = home / records[name]["stored_path"]
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == hashlib.sha256(data).hexdigest()
        assert stat.S_IMODE(stored.stat().st_mode) == 0o600
        assert stat.S_IMODE(stored.parent.stat().st_mode) == 0o700
    assert [p for p in (home / "inbox").iterdir()] == []


def test_review_shows_the_evidence_and_candidates(ingested):
    home, _documents, records = ingested
    near_miss = records["nom_approche.png"]
    assert "P01" in [c["ipp"] for c in near_miss["evidence"]["candidates"]]
    shown = docpipe(home, "review", "show", str(near_miss["id"]), "--json")
    assert json.loads(shown.stdout)["evidence"]["candidates"]


def test_two_page_documents_keep_their_pages(ingested):
    _home, _documents, records = ingested
    assert records["crh_deux_pages.tiff"]["pages"] == [1, 2]
    assert records["deux_patients.pdf"]["pages"] == [1, 2]


def test_review_assign_files_and_refuses_a_contradiction(ingested):
    home, _documents, records = ingested
    refused = docpipe(home, "review", "assign", str(records["date_contraire.png"]["id"]), "P01")
    assert refused.returncode != 0 and "date de naissance" in refused.stderr
    no_reason = docpipe(home, "review", "assign", str(records["date_contraire.png"]["id"]), "P01", "--force")
    assert no_reason.returncode == 1 and "motif" in no_reason.stderr
    forced = docpipe(home, "review", "assign", str(records["date_contraire.png"]["id"]), "P01", "--force",
                     "--reason", "Date corrigée par le laboratoire", "--json")
    assert forced.returncode == 0, forced.stderr
    assert json.loads(forced.stdout)["evidence"]["assignment"]["forced_reason"] == "Date corrigée par le laboratoire"
    twins = records["jumeaux_sans_prenom.png"]
    unconfirmed = docpipe(home, "review", "assign", str(twins["id"]), "P02", "--by", "secrétaire", "--json")
    assert unconfirmed.returncode == 1 and "--confirm P01" in unconfirmed.stderr  # twins: P01 fits as well
    assigned = docpipe(home, "review", "assign", str(twins["id"]), "P02", "--confirm", "P01", "--by", "secrétaire",
                       "--json")
    assert assigned.returncode == 0, assigned.stderr
    record = json.loads(assigned.stdout)
    assert record["status"] == "filed" and record["patient"] == "P02"
    assert record["stored_path"].startswith("archive/P02_DUPONT_Paul/")
    assert record["evidence"]["assignment"]["by"] == "secrétaire"
    assert record["evidence"]["assignment"]["confirmed_against"] == ["P01"]


def test_the_same_bytes_again_are_a_duplicate(ingested):
    home, documents, records = ingested
    (home / "inbox" / "copie.png").write_bytes(documents["bio_dupont.png"][0])
    run = docpipe(home, "ingest", "--json")
    record = json.loads(run.stdout.splitlines()[0])
    assert record["status"] == "duplicate" and record["stored_path"] == records["bio_dupont.png"]["stored_path"]
    assert not (home / "inbox" / "copie.png").exists()


def test_log_lists_the_history_in_the_same_shape(ingested):
    home, _documents, _records = ingested
    logged = [json.loads(line) for line in docpipe(home, "log", "--json").stdout.splitlines()]
    assert {"source", "status", "patient", "doc_type", "pages", "stored_path", "reason", "evidence"} <= set(logged[0])
    assert len(logged) >= len(corpus())


def test_reject_keeps_the_file_and_leaves_the_queue(ingested):
    home, documents, records = ingested
    unknown = records["inconnu.png"]
    run = docpipe(home, "review", "reject", str(unknown["id"]), "--reason", "Patient d'un autre cabinet", "--json")
    assert run.returncode == 0, run.stderr
    record = json.loads(run.stdout)
    assert record["status"] == "rejected" and "autre cabinet" in record["reason"]
    stored = home / record["stored_path"]
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == hashlib.sha256(documents["inconnu.png"][0]).hexdigest()
    pending = [json.loads(line)["id"] for line in docpipe(home, "review", "list", "--json").stdout.splitlines()]
    assert unknown["id"] not in pending
