"""A typed form's row of captions and its row of values, each cell on a line of its own as a PDF's text layer gives them
(`Nom de naissance` / `Nom d'usage` / `Prénom` / `Date de naissance` / `FONTCHAMP` / `PONTERRE` / `Véronique` /
`04/08/79`), are read caption by caption — only when as many values as captions follow, each of its caption's shape:
an empty cell leaves the lines as printed. And a rights sheet's `Bénéficiaire . Chérif Marie-Hélène`, a fax's dot for
its colon, names the beneficiary. Pure, no I/O."""
from __future__ import annotations

from datetime import date

import pytest

from docpipe import identity, matching
from docpipe.models import Patient

TODAY = date(2024, 5, 2)
PATIENT = Patient("9268170", "FONTCHAMP", "Véronique", date(1979, 8, 4), "F", used_name="PONTERRE")
NAMESAKE = Patient("9268171", "FONTCHAMP", "Véronique", date(1951, 12, 22), "F")
INDEX = matching.RegistryIndex.build([PATIENT, NAMESAKE])


def form(values: list[str], after: str = "Matricule INS\n2790852132400 93\n") -> str:
    """Independent corpus ood4's admission request, her son and his date in the trusted person's line below."""
    captions = ["Nom de naissance", "Nom d'usage", "Prénom", "Date de naissance"]
    return "DEMANDE D'ADMISSION\n Centre médical des Tilleuls\n" + "\n".join(captions + values) + "\n" + after + \
        "Motif / renseignements cliniques\nUne lésion cutanée pigmentée suspecte.\n" \
        "Personne de confiance : M. Jean PONTERRE (fils), né le 16/08/2002, tél. 07 20 59 27 85.\n"


def decide(text: str, typed: bool = True) -> matching.MatchDecision:
    return matching.decide(identity.read_document([text], TODAY, typed=[typed]), INDEX)


def test_a_typed_forms_cells_read_caption_by_caption_file_the_patient():
    decision = decide(form(["FONTCHAMP", "PONTERRE", "Véronique", "04/08/79"]))
    assert decision.files and decision.patient_ipp == PATIENT.ipp


def test_the_cells_are_joined_in_order():
    text = identity.stacked_cells_joined(form(["FONTCHAMP", "PONTERRE", "Véronique", "04/08/79"]))
    assert "Nom de naissance : FONTCHAMP\nNom d'usage : PONTERRE\nPrénom : Véronique\nDate de naissance : 04/08/79" \
        in text


@pytest.mark.parametrize("values", [
    ["FONTCHAMP", "Véronique", "04/08/79"],  # the used name's cell left empty: which caption lost its value?
    ["FONTCHAMP", "PONTERRE", "04/08/79", "Véronique"],  # a date under the first name's caption
    ["FONTCHAMP", "PONTERRE", "Véronique", "Lyon"],  # no date under the birth date's caption
])
def test_cells_that_do_not_fit_their_captions_stay_as_printed(values):
    assert identity.stacked_cells_joined(form(values)) == form(values)


def test_a_row_of_values_going_on_past_the_captions_stays_as_printed():
    text = form(["FONTCHAMP", "PONTERRE", "Véronique", "04/08/79"], after="Urgent\n")
    assert identity.stacked_cells_joined(text) == text


def test_an_ocr_page_is_left_as_read():
    decision = decide(form(["FONTCHAMP", "PONTERRE", "Véronique", "04/08/79"]), typed=False)
    assert not decision.files


def test_a_fax_dot_for_the_beneficiarys_colon_names_her():
    child = Patient("31010047", "CHÉRIF", "Marie-Hélène", date(2020, 5, 10), "F")
    mother = Patient("31006918", "LEROUX", "Océane", date(1951, 2, 13), "F", used_name="CHÉRIF",
                     ins="251021331431356")
    index = matching.RegistryIndex.build([child, mother])
    text = ("ATTESTATION DE DROITS\nCPAM de Pau\n\nAssurée : Leroux Océane\n.\n"
            "N° de sécurité sociale : 2510213314313 56\nBénéficiaire . Chérif Marie-Hélène\n\n"
            "Date de naissance ‘10.05.2020\n\nCompte rendu d'hospitalisation\n")
    decision = matching.decide(identity.read_document([text], TODAY), index)
    assert decision.files and decision.patient_ipp == child.ipp
