"""A fax reads the dust of a table's rules around a caption (`Nom de naissance : . ‘ Sexe`): the caption beside it is a
header row's, not the patient's name — read as her name it contradicted the registry (second corpus s89-028, a form
filed by its traits and INS otherwise). Pure, no I/O."""
from datetime import date

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
DIDIER = Patient("P1", "NICOLAS", "Didier Marcel", date(1960, 10, 25), "M")
FORM = ("DEMANDE DE TRANSPORT SANITAIRE\nIDENTITÉ DU PATIENT\nNom de naissance : {dust} Sexe\nNICOLAS : M\n"
        "Prénom(s) :\nDidier Marcel\nDate de naissance\n25 octobre 1960\n")


def test_a_caption_in_dust_is_no_name():
    page = read_document([FORM.format(dust=". ‘")], today=TODAY, typed=[False])[0]
    assert [field.value for field in page.fields if field.kind == "birth_name"] == [""]


def test_the_form_files_by_the_traits_below_its_captions():
    d = decide(read_document([FORM.format(dust=". ‘")], today=TODAY, typed=[False]), RegistryIndex.build([DIDIER]))
    assert d.files and d.patient_ipp == "P1"


def test_a_name_beside_dust_is_still_read():
    page = read_document([FORM.format(dust=". ‘ LACROIX").replace(" Sexe", "")], today=TODAY, typed=[False])[0]
    assert [field.value.strip(".' ") for field in page.fields if field.kind == "birth_name"] == ["LACROIX"]


def test_a_grids_other_captions_beside_hers_are_no_values():
    # second corpus s90_004: `Nom d'usage : Lieu de naissance` / `Premier prénom : Adresse` read as her used name and
    # her first name
    text = ("FICHE DE LIAISON\nIDENTITÉ DU PATIENT\nNom de naissance : BARIER |\nSexe : Féminin\n\nNom d'usage : Lieu "
            "de naissance\n\nPremier prénom : Adresse\n\nJustine : 71 rue des Écoles, Toulon\n")
    page = read_document([text], today=TODAY, typed=[False])[0]
    values = {field.kind: field.value for field in page.fields}
    assert values["used_name"] == "" and values["first_names"] == "" and values["birth_name"] == "BARIER"
