"""The patient's valid INS, on a page that prints all the rest of his identity as his but a surname OCR cut to its first
letters (`Nom du Ro` for ROUX, `Premier : Louise`, `Né(e) le : 04/08/1958`, `Sexe : F`: own corpus seed 313's
FAX0063, « INS lu sans le nom du patient à côté » on main), files him by his INS with a note. Every other piece must
be there and his, and the page must name no one else (doctors aside) and speak of no relative, close one or insured:
otherwise the block may be a third party's and the INS still designates no one without the name. The layout is
synthetic (OCR of a generated fax, rewritten). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
LOUISE = Patient("R1", "ROUX", "Louise", date(1958, 8, 4), "F", ins="258085145494661")
INDEX = RegistryIndex.build([
    LOUISE,
    Patient("R2", "ROUSSEAU", "Louise", date(1958, 8, 4), "F"),
    Patient("R3", "ROUX", "Lucie", date(1958, 8, 4), "F"),
    Patient("M1", "MARTIN", "Léo", date(2015, 5, 5), "M"),
])
PAGE = ("Centre hospitalier de Valmont\n\ns\nNom du Ro\n|\nBloc opératoire central\npatient\n:\n71 quai des Célestins\n"
        "33000 Bordeaux\nPremier : Louise\nTél 03 00 16 40 43\n[prénom Lt ___ _1\nNé(e) le : 04/08/1958\n[Sexe : F\n"
        "Matricule INS |2580851454946 61\n\nCOMPTE RENDU OPÉRATOIRE\n\nOpérateur : Dr HÉBERT Thomas\n"
        "Aide opératoire : Dr DESMARAIS Gabriel\n")


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


def test_the_ins_holder_with_a_cut_surname_files_with_a_note():
    d = decision(PAGE)
    assert d.files and d.patient_ipp == "R1" and d.rule == "ins"
    assert any("nom du patient coupé" in note for note in d.evidence["notes"])


@pytest.mark.parametrize("old, new", [
    ("[Sexe : F\n", "[\n"),  # no sex read
    ("[Sexe : F", "Sexe : M"),  # the other sex
    ("Premier : Louise", "Premier : Lucie"),  # another first name (her registered twin's)
    ("Premier : Louise", "Premier Louise"),  # the first name no field's value
    ("Né(e) le : 04/08/1958", "Date : 04/08/1958"),  # no birth label
    ("Nom du Ro", "Nom du R"),  # one letter is no surname
    ("Nom du Ro", "Nom du Ba"),  # not the start of his surname
    ("Nom du Ro", "Nom du Ro ger"),  # the line goes on: no cut surname
    ("Nom du Ro", "Ro"),  # no name label
    ("Bloc opératoire central", "Mère de l'enfant"),  # a relative's block, maybe
    ("Bloc opératoire central", "Assurée"),
    ("Bloc opératoire central", "Ouvrant droit"),
    ("Bloc opératoire central", "MARTIN Léo"),  # someone else named: the subject, maybe
    ("Bloc opératoire central", "DURAND Paul"),  # someone else named, not registered
    ("Centre hospitalier de Valmont", "Enfant : MARTIN Léo"),
    ("Centre hospitalier de Valmont", "Personne à prévenir"),
])
def test_anything_missing_or_someone_else_on_the_page_keeps_it_in_review(old, new):
    assert old in PAGE
    assert not decision(PAGE.replace(old, new)).files


def test_a_wrong_key_designates_no_one():
    assert not decision(PAGE.replace("|2580851454946 61", "|2580851454946 62")).files


def test_the_whole_surname_files_as_on_main_without_a_note():
    d = decision(PAGE.replace("Nom du Ro", "Nom du ROUX"))
    assert d.files and d.patient_ipp == "R1" and not d.evidence["notes"]
