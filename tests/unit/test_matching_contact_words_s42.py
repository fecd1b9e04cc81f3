"""An address's contact words are no first name: a footer `… — Paris — Standard 01 26 00 52 29` read a person PARIS
« Standard » beside the patient Gabrielle PARIS and sent her letter to review (second corpus s90_019). Another person of
her name on the page still does. Pure, no I/O."""
from datetime import date

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
GABRIELLE = Patient("P1", "PARIS", "Gabrielle Catherine", date(1984, 5, 8), "F")
LETTER = ("Cher confrère,\n\nJ'ai revu ce jour Mme Gabrielle PARIS, née le 08/05/1984, pour ses céphalées.\n"
          "L'examen neurologique est normal.\n{extra}\nPr Stéphane FOURET\nNeurologue\n"
          "Groupe Hospitalier Nord — 8 chemin des Vignes — Paris — {contact} 01 26 00 52 29\n")


def decision(text: str):
    return decide(read_document([text], today=TODAY, typed=[True]), RegistryIndex.build([GABRIELLE]))


def test_a_footers_contact_word_beside_the_city_is_no_person():
    for contact in ("Standard", "Fax", "Secrétariat"):
        d = decision(LETTER.format(extra="", contact=contact))
        assert d.files and d.patient_ipp == "P1", contact


def test_another_person_of_her_name_still_keeps_the_review():
    d = decision(LETTER.format(extra="Mme Jeanne PARIS présente les mêmes symptômes.\n", contact="Standard"))
    assert not d.files
