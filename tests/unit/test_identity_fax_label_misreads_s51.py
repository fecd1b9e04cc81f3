"""Three misreads of a fax that hid the patient's own fields (first corpus s776-014 and s776-015, both in review on
main): a speck read as a colon inside a label (`NOM DE: NAISSANCÉ: :` was read `Nom :` with the name « DE: NAISSANCE »),
`m` read as two glyphs (`Noin de famille :`) and a star between a birth label and its date (`Date naiss. : *
11/05/1947`). Near-misses: a colon before a word that opens a field of its own keeps two fields (`Nom : Prénom :`), a
bare `Noin` is no label, a star before a date with another date's label stays that label's. Pure, no I/O."""
from datetime import date

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("G1", "GUILLOU", "Mathieu", date(1935, 12, 17), "M"),
    Patient("J1", "JOUBERT", "Éric, Gabriel", date(1947, 5, 11), "M"),
])


def fields_of(text: str) -> dict[str, str]:
    return {field.kind: field.value for field in read_page(text, today=TODAY).fields}


def files_under(text: str) -> str | None:
    decision = decide(read_document([text], TODAY), INDEX)
    return decision.patient_ipp if decision.files else None


def test_a_colon_inside_the_birth_name_label_keeps_the_label_whole():
    text = "PATIENT\n\nNOM DE: NAISSANCÉ: :\nGUILLOU\n\nPrénoms :\n\nMathieu\n\nDate naiss, :\n17/12/1935\n"
    assert fields_of(text)["birth_name"] == "GUILLOU"
    assert files_under(text) == "G1"


def test_a_colon_before_a_word_that_opens_a_field_keeps_two_fields():
    fields = read_page("Nom : Prénom :\nGUILLOU Mathieu", today=TODAY).fields
    assert [field.label for field in fields][:2] == ["NOM", "PRENOM"]


def test_a_family_name_label_with_m_read_as_two_glyphs_is_still_a_label():
    for misread in ("Noin", "Norn"):
        text = f"BON DE TRANSPORT\n{misread} de famille : JOUBERT\nPrénom(s) : Éric Gabriel\nDate naiss. : 11/05/1947"
        assert fields_of(text)["name"] == "JOUBERT"
        assert files_under(text) == "J1"


def test_a_bare_noin_is_no_label():
    assert "name" not in fields_of("Noin : JOUBERT")


def test_a_star_between_the_birth_label_and_the_date_is_a_speck():
    text = "Nom de famille : JOUBERT\nPrénom(s) : Éric Gabriel\nDate naiss. : * 11/05/1947."
    assert [mention.label for mention in read_page(text, today=TODAY).dates] == ["birth"]
    assert files_under(text) == "J1"


def test_a_star_before_an_event_date_stays_that_dates():
    text = "Nom de famille : JOUBERT\nPrénom(s) : Éric Gabriel\nDate d'entrée : * 11/05/1947."
    assert [mention.label for mention in read_page(text, today=TODAY).dates] != ["birth"]
