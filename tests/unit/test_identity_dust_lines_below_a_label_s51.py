"""A fax leaves dots and commas alone on the lines between a form's label and its value (`Prénom` / `.` / `.` /
`Dominique`, fourth corpus s14 fax_015: the first name was read as « . » and the operative report went to review).
Such a line is as blank as an empty one below the patient's own label, so the value below is read — another first name
there still sends the page to review; a third party's label takes no value across it. Pure, no I/O."""
from datetime import date

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("O1", "OLIVIER", "Dominique, Patrick", date(1936, 11, 17), "M"),
    Patient("O2", "OLIVIER", "Laurence", date(2002, 9, 20), "F"),
])


def fields_of(text: str) -> dict[str, str]:
    return {field.kind: field.value for reading in read_document([text], TODAY) for field in reading.fields}


def form(between: str) -> str:
    return (f"COMPTE RENDU OPÉRATOIRE\n| Nom de naissance |\nOLIVIER\n,\nPrenom\n{between}Dominique\n"
            "Date de naissance\n17/11/1936\nIntervention : pose de prothèse totale de hanche droite.")


def test_dots_alone_on_their_lines_below_the_first_names_label_are_skipped():
    assert fields_of(form(".\n.\n"))["first_names"] == "DOMINIQUE"
    decision = decide(read_document([form(".\n.\n")], TODAY), INDEX)
    assert decision.files and decision.patient_ipp == "O1"


def test_a_comma_and_a_quote_mark_are_dust_too():
    assert fields_of(form(",\n'\n"))["first_names"] == "DOMINIQUE"


def test_another_first_name_below_the_dust_is_read_and_sends_to_review():
    text = form(".\n.\n").replace("Dominique", "Laurence")
    assert fields_of(text)["first_names"] == "LAURENCE"
    assert not decide(read_document([text], TODAY), INDEX).files


def test_a_third_party_label_takes_no_value_across_a_dust_line():
    text = ("Médecin traitant :\n.\nDr Paul MOREAU\nNom de naissance : OLIVIER\nPrénom : Dominique\n"
            "Date de naissance : 17/11/1936")
    values = [field.value for reading in read_document([text], TODAY) for field in reading.fields
              if field.kind == "third_party"]
    assert all("MOREAU" not in value for value in values)
