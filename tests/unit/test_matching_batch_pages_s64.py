"""Two findings of the sixth independent corpus (devtools/ood6, written blind in session 64), debug seeds 1 and 2:

- A two-patient fax (cover, one patient's admission request, another's imaging report) was filed whole under the
  patient of page 3: page 2's identity table, read by OCR cell by cell, had lost its labels (`LAFARGUE-CAZENAVE` /
  garbage / `JEAN-PAUL` / `19-04-1985` on lines of their own), so nothing on it was read as an identity. A page that
  prints nothing of the patient but another registry patient's surname, first given name and exact birth date,
  wherever they stand on it, is now that other patient's page: review.
- `INS 2510375118379 clé 41` (the key printed apart behind its word) was not read: the prescription was filed on its
  traits although the number was another registry patient's. Now read.

Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
ROBERT = Patient("R01", "ROUANDIER", "Jacqueline Martine", date(1980, 12, 14), "F", used_name="ROBERT")
LAFARGUE = Patient("L01", "LAFARGUE-CAZENAVE", "Jean-Paul", date(1985, 4, 19), "M")
DUVAL = Patient("D01", "DUVAL", "Françoise", date(1990, 9, 13), "F", used_name="LARENNE", ins="290097511800159")
OTHER_INS = Patient("O01", "MOREAU", "Lucie", date(1951, 3, 7), "F", ins="251037511837941")
INDEX = RegistryIndex.build([ROBERT, LAFARGUE, DUVAL, OTHER_INS])

COVER = "FAX\nDe : Secrétariat médical\nÀ : Dr Françoise DURAT\nNombre de pages (y compris celle-ci) : 3\n"
ADMISSION = ("Centre Hospitalier des Trois Rivières\nService d'Endocrinologie\nDEMANDE D'ADMISSION\n"
             "Date 27/09/2024\n?\nLAFARGUE-CAZENAVE\nEL : À .\nSuit € us sétret\nJEAN-PAUL\n19-04-1985\nsers\n"
             "Masculin\nMotif : Nodule thyroïdien.\n")
IMAGING = ("Centre de Radiologie Kerichen\nMme ROUANDIER épouse ROBERT JACQUELINE MARTINE — Née le 14/12/1980\n"
           "ÉCHOGRAPHIE DOPPLER DES MEMBRES INFÉRIEURS\nIndication : bilan annuel.\nPas de thrombose.\n")


def verdict(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


def test_a_page_of_another_patients_traits_alone_keeps_the_file_in_review():
    decision = verdict(COVER, ADMISSION, IMAGING)
    assert decision.status == "review"
    assert "la page 2 ne nomme pas le patient" in decision.reason_fr
    assert "IPP L01" in decision.reason_fr


def test_the_same_page_without_the_other_patients_birth_date_says_nothing():
    decision = verdict(COVER, ADMISSION.replace("19-04-1985", "27-09-2024"), IMAGING)
    assert (decision.status, decision.patient_ipp) == ("filed", "R01"), decision.reason_fr


def test_a_page_that_also_names_the_patient_is_left_to_the_other_rules():
    """The patient's surname on the page (a running header): who the others are is for the relatives' rules."""
    decision = verdict(COVER, "ROBERT J. — page 2\n" + ADMISSION.replace("DEMANDE D'ADMISSION", "SUITE"), IMAGING)
    assert "la page 2 ne nomme pas le patient" not in (decision.reason_fr or "")


def test_a_doctor_on_the_page_is_no_such_patient():
    page = "Compte rendu validé par Dr LAFARGUE-CAZENAVE Jean-Paul\nle 19-04-1985\n"
    decision = verdict(IMAGING, page)
    assert (decision.status, decision.patient_ipp) == ("filed", "R01"), decision.reason_fr


PRESCRIPTION = ("Dr Nathalie BERNARD — Neurologue\nRennes, le 05/04/2024\nMme Françoise LARENNE née DUVAL\n"
                "Née le 13/09/90 — INS {ins}\nTRAMADOL 50 mg : 1 gélule si besoin\n")


def test_an_ins_whose_key_is_printed_apart_is_read():
    reading = read_document([PRESCRIPTION.format(ins="2900975118001 clé 59")], today=TODAY)[0]
    assert [m.number for m in reading.ins] == ["290097511800159"]
    decision = verdict(PRESCRIPTION.format(ins="2900975118001 clé 59"))
    assert (decision.status, decision.patient_ipp) == ("filed", "D01"), decision.reason_fr


def test_another_patients_ins_with_its_key_apart_contradicts():
    decision = verdict(PRESCRIPTION.format(ins="2510375118379 clé 41"))
    assert decision.status == "review"


def test_the_key_apart_behind_clef_and_brackets():
    for printed in ("N° SS : 2 90 09 75 118 001 clef : 59", "NIR 2 90 09 75 118 001 (clé 59)"):
        reading = read_document([printed], today=TODAY)[0]
        assert [m.number for m in reading.ins] == ["290097511800159"], printed


def test_an_ins_whose_key_has_a_box_of_its_own_is_read():
    """ood6 seed 3: `1 84 02 29 019 255 | 78`, the key's box border read as a bar."""
    reading = read_document(["FICHE ADMINISTRATIVE PATIENT\nLE GUENNEC\n2 90 09 75 118 001 | 59\n"], today=TODAY)[0]
    assert [m.number for m in reading.ins] == ["290097511800159"]


ANNOUNCING_COVER = COVER.replace("Nombre de pages", "Objet : Documents concernant 2 patients\nNombre de pages")
UNREADABLE = "Centre Hospitalier\nDEMANDE D'ADMISSION\nEL : À .\nSuit € us sétret\nMotif : Nodule thyroïdien.\n"


def test_a_fax_cover_announcing_several_patients_keeps_the_file_in_review():
    """Nothing on page 2 is read (its identity lost to the fax), but the cover said so."""
    decision = verdict(ANNOUNCING_COVER, UNREADABLE, IMAGING)
    assert decision.status == "review"
    assert "annonce les documents de plusieurs patients" in decision.reason_fr


def test_a_cover_that_announces_nothing_leaves_the_decision_to_the_pages():
    decision = verdict(COVER, UNREADABLE, IMAGING)
    assert (decision.status, decision.patient_ipp) == ("filed", "R01"), decision.reason_fr


def test_several_patients_spoken_of_in_a_letter_is_no_cover():
    letter = IMAGING + "Comme chez deux patients de notre service, le doppler est normal.\n"
    decision = verdict(letter)
    assert (decision.status, decision.patient_ipp) == ("filed", "R01"), decision.reason_fr


BABY = Patient("B01", "BERTRAND", "Léo", date(2024, 11, 2), "M")
MOTHER = Patient("M01", "DURAND", "Camille", date(1993, 5, 12), "F")
PETIT = Patient("P01", "PETIT", "Blanche", date(2019, 3, 12), "F")
FAMILY = RegistryIndex.build([BABY, MOTHER, PETIT, ROBERT])


@pytest.mark.parametrize("heading", ["Renseignements maternels", "Personne de confiance", "Donneur vivant"])
def test_a_relatives_box_under_its_heading_on_another_page_is_no_other_document(heading):
    """Review C: the relative's identity box, read by OCR cell by cell, two lines or more under its heading, on page 2
    of the patient's own letter: the page is the relative's box, not another patient's document."""
    letter = "Service de néonatologie\nObjet : BERTRAND Léo, né le 02/11/2024\nCompte rendu de sortie.\n"
    box = f"{heading}\n?\nDURAND\nEL : À .\nSuit € us sétret\nCAMILLE\n12-05-1993\nGroupe O+.\n"
    decision = decide(read_document([letter, box], today=TODAY), FAMILY)
    assert (decision.status, decision.patient_ipp) == ("filed", "B01"), decision.reason_fr


def test_words_of_prose_are_no_name():
    """Review C: `Petit hypersignal … substance blanche … l'IRM du 12/03/2019` and a registered PETIT Blanche born that
    day."""
    report = IMAGING.replace("Pas de thrombose.", "Page 1/2")
    follow = ("Petit hypersignal millimétrique de la substance\nblanche, stable par rapport à l'IRM du 12/03/2019.\n"
              "Page 2/2\n")
    decision = decide(read_document([report, follow], today=TODAY), FAMILY)
    assert (decision.status, decision.patient_ipp) == ("filed", "R01"), decision.reason_fr


def test_an_empty_key_box_takes_no_key_from_the_next_line():
    """Review C: `N° SS : <13 digits> clé :` then `12 - rue …` on the next line: not an INS whose key is 12."""
    reading = read_document(["N° SS : 2 90 09 75 118 001 clé :\n12 - rue des Lilas\n"], today=TODAY)[0]
    assert [m.number for m in reading.ins] == []


@pytest.mark.parametrize("row", ["| KARDEGIC 75 mg | 3400936358756 | 30 |", "| BLANC Gérard | 1 49 11 75 056 123 | 12 |",
                                 "| BLANC Gérard | 1 49 11 75 056 123 | 02/11/1949 |"])
def test_a_number_and_the_next_cell_of_a_table_are_no_ins(row):
    """Review D: a drug's code, a NIR without its key, then another cell: no INS whose key is that cell."""
    assert read_document([row], today=TODAY)[0].ins == ()
