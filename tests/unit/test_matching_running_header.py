"""A continuation page that opens with someone else's name is another person's page. Pure, no I/O.

`MOREL Paul` / `Suite du compte rendu.` as page 2 of DUPONT Jean's letter: no date, no registry patient, yet the
page says whose it is (review6's p22.py, coordinator's note of 02:33).
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)
INDEX = RegistryIndex.build([Patient("P01", "DUPONT", "Jean", date(1957, 3, 12), "M"),
                             Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M")])
PAGE_1 = "Patient : DUPONT Jean, né le 12/03/1957\nBilan."


def decision(pages: list[str]):
    return decide(read_document(pages, today=TODAY), INDEX)


@pytest.mark.parametrize("header", ["MOREL Paul", "Mme MOREL Sophie", "LER0Y Louis", "MOREL Paul — page 2/2"])
def test_a_continuation_page_headed_by_another_name_goes_to_review(header):
    d = decision([PAGE_1, f"{header}\nSuite du compte rendu."])
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("page_2", [
    "DUPONT Jean — 12/03/1957 — Page 2 sur 2\nSuite du compte rendu.",  # the patient's own running header
    "DUPQNT Jean — page 2/2\nSuite du compte rendu.",  # the same, its surname garbled by OCR
    "Dr Paul MOREL\nSuite du compte rendu.",  # a letterhead's doctor
    "Suite du compte rendu.\nVu avec MOREL Paul.",  # not the page's opening line
    "Centre Hospitalier de Valmont\nSuite du compte rendu.",
])
def test_the_patients_header_or_a_letterhead_still_files(page_2):
    d = decision([PAGE_1, page_2])
    assert d.files and d.patient_ipp == "P01"


@pytest.mark.parametrize("pages", [
    # review6's p29.py: a hospital label printed vertically, the unregistered twin's page
    ["DUPONT\nJean\n12/03/1957 M\nIPP 0009\nCompte rendu.", "DUPONT\nPaul\n12/03/1957 M\nIPP 0007\nCompte rendu."],
    ["DUPONT\nPaul\n12/03/1957 M\nIPP 0007\nCompte rendu.", "DUPONT\nJean\n12/03/1957 M\nIPP 0009\nCompte rendu."],
    [PAGE_1, "MOREL\nEmma\n14/07/2020 F\nIPP 0005\nSuite."],  # another person's vertical label
])
def test_a_vertical_label_with_another_first_name_goes_to_review(pages):
    d = decision(pages)
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("pages", [
    ["DUPONT\nJean\n12/03/1957 M\nIPP 0009\nCompte rendu.", "DUPONT\nJean\nSuite."],
    ["M. DUPONT Jean, né le 12/03/1957\nDUPONT\nConclusion : normal."],
])
def test_the_patients_own_vertical_label_files(pages):
    d = decision(pages)
    assert d.files and d.patient_ipp == "P01"


def test_another_persons_vertical_label_on_the_first_page_contradicts():
    # review6's p31.py: two label documents merged; the first person's page must not go to the second.
    index = RegistryIndex.build([Patient("A4", "DUPONT", "Lucas", date(2015, 4, 4), "M")])
    pages = ["MOREL\nEmma\n14/07/2019 F\nIPP 0001\nCompte rendu.", "DUPONT\nLucas\n04/04/2015 M\nIPP 0002\nCompte rendu."]
    assert not decide(read_document(pages, today=TODAY), index).files
    own = ["DUPONT\nLucas\n04/04/2015 M\nIPP 0002\nCompte rendu.", "Suite du compte rendu."]
    assert decide(read_document(own, today=TODAY), index).patient_ipp == "A4"


@pytest.mark.parametrize("header", ["Madame NGUYEN", "Mme NGUYEN — page 2/2", "M. MOREL", "Monsieur Morel", "Mme DURAND"])
def test_a_continuation_page_headed_by_a_civility_and_another_surname_goes_to_review(header):
    # review6's note on 73e0391: `Madame NGUYEN` (no first name) opening page 2 of DUPONT Jean's letter filed on main.
    d = decision([PAGE_1, f"{header}\nSuite du compte rendu."])
    assert not d.files and d.status == "review"
    assert "en tête de page 2" in d.reason_fr


@pytest.mark.parametrize("page_2", [
    "M. DUPONT\nSuite du compte rendu.",  # the patient's own surname
    "Madame, Monsieur,\nSuite du compte rendu.",  # a salutation
    "Monsieur le Docteur\nSuite du compte rendu.",
    "Suite.\nMadame NGUYEN\nSuite du compte rendu.",  # not the opening line
])
def test_a_civility_with_the_patients_surname_or_no_surname_still_files(page_2):
    d = decision([PAGE_1, page_2])
    assert d.files and d.patient_ipp == "P01"


def test_a_civility_and_another_surname_on_the_first_page_is_not_a_running_header():
    # Page 1 may open with the letter's addressee (`Madame NGUYEN` / adresse): only a continuation page is checked.
    d = decision(["Madame NGUYEN\n3 rue des Lilas\nPatient : DUPONT Jean, né le 12/03/1957\nBilan."])
    assert d.files and d.patient_ipp == "P01"


@pytest.mark.parametrize("opening", ["HÉMOSTASE\n Analyse\nRésultat\nUnité", "SÉROLOGIES\nExamen\nRésultat",
                                     "Hématologie\nANALYSES"])
def test_a_results_table_continued_on_the_next_page_is_no_one_s_header(opening):
    """Session 33, second independent corpus s45_007: a discharge summary's biology table went on to page 2 under its
    section and column headings, one per line, read as the vertical label `HÉMOSTASE Analyse` of another person."""
    d = decision([PAGE_1, f"{opening}\nTemps de Quick 12,5 s\nFin du compte rendu."])
    assert d.files and d.patient_ipp == "P01"


@pytest.mark.parametrize("opening", ["BIOCHIMIE — Glycémie", "INFLAMMATION — Protéines", "HÉMATOLOGIE\nNumération"])
def test_a_section_and_its_panel_opening_the_next_page_are_no_one_s_header(opening):
    """Session 34, second independent corpus s49_030 and s53_030: `BIOCHIMIE — Glycémie` opening page 2 of a discharge
    summary was read as another person's running header. A panel's word beside the section's names no one; a word
    that may be a name (`Martial`, `Lucas`: tests above) still makes the header someone's."""
    d = decision([PAGE_1, f"{opening}\nGlycémie à jeun 0,95 g/L\nFin du compte rendu."])
    assert d.files and d.patient_ipp == "P01"



@pytest.mark.parametrize("header", ["MOREL — Résultats", "Mme MOREL Examens", "Analyses MOREL",
                                    "Biochimie\nMOREL\nPaul", "BIOCHIMIE\nMartial", "BIOCHIMIE\nLucas"])
def test_a_name_beside_a_lab_word_is_still_another_persons_header(header):
    """review50: a lab word beside a name excused the page of another patient when any one word sufficed."""
    d = decision([PAGE_1, f"{header}\nGlycémie 0,95 g/L\nCréatinine 78 µmol/L"])
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("page_2", [
    "Leucocytes : 7.13 / 12.97 GA\nPlaquettes : 102 / 293 G/L",  # third corpus s15: `G/L` read `GA` on a grey scan
    "Potassium : 3.5 / 4.1 mmol/L\nChlorure : 109 / 102 mmol/L",
])
def test_a_page_opening_on_a_result_line_goes_on_with_the_results(page_2):
    d = decision([PAGE_1, page_2])
    assert d.files and d.patient_ipp == "P01"


@pytest.mark.parametrize("page_2", [
    "Leucocytes GA\nSuite.",  # no colon and value: as any two words written as a name
    "MOREL Paul : 12/03/1957\nSuite du compte rendu.",  # a name, not an analyte, before the colon
])
def test_without_an_analyte_its_colon_and_value_the_opening_line_still_names_someone(page_2):
    assert not decision([PAGE_1, page_2]).files
