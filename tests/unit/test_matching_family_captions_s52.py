"""`Famille :`, `Entourage :`, `Proche(s) :` name the patient's circle as `Contact :` or `Aidant :` do (an assistant's
trap pages, session 52: `SOTUGOT Maxime` / `IPP : …` — no birth date, not registered — then `Famille :` / `Stéphanie
FEGUCAT` / `Née le 02/09/1980`, a registered relative: filed under her on a4277d5). The name in such a field, on the
caption's line, designates no one; below a caption alone on its line, between the sticker and the name, since
session 53 neither. A social history line (`Famille : marié, deux enfants.`) and the patient's own `Nom de famille :`
read as before. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 1, 15)
RELATIVE = Patient("R1", "FEGUCAT", "Stéphanie", date(1980, 9, 2), "F")
PATIENT = Patient("P1", "SOTUGOT", "Maxime", date(1970, 1, 1), "M")
STICKER = "CENTRE HOSPITALIER DE CAEN\nService d'endocrinologie\n\nSOTUGOT Maxime\nIPP : 9954950861\n\n"
LETTER = "\n\nCaen, le 30 août 2025\nJ'ai revu en consultation ce jour votre patient."


def decision(text: str, registry: list[Patient]):
    return decide(read_document([text], TODAY), RegistryIndex.build(registry))


@pytest.mark.parametrize("caption", ["Famille :", "Entourage :", "Proche :", "Proches :"])
def test_a_relative_in_a_circles_field_designates_no_one(caption):
    text = STICKER + f"{caption} Stéphanie FEGUCAT\nNée le 02/09/1980" + LETTER
    assert not decision(text, [RELATIVE]).files


@pytest.mark.parametrize("caption", ["Famille :", "Proche :"])
def test_a_close_ones_label_alone_between_the_sticker_and_a_name_holds_it(caption):
    """Alone on its line above a name, such a label is still no field; since session 53, between the patient's sticker
    and that name, the name designates no one (matching's `orphan_person_caption_near`): it filed the relative here
    before. `Maxime` is a given name of the registry (another patient's), as in any registry of a real size."""
    text = STICKER + f"{caption}\nStéphanie FEGUCAT\nNée le 02/09/1980" + LETTER
    assert not decision(text, [RELATIVE, Patient("X1", "LAMBERT", "Maxime", date(1990, 4, 4), "M")]).files


@pytest.mark.parametrize("page", [
    "Nom : SOTUGOT\nPrénom : Maxime\nNé le 01/01/1970\nFamille : marié, deux enfants.\nConsultation de suivi.",
    "SOTUGOT Maxime, né le 01/01/1970\nAntécédents :\nFamille : mère diabétique.\nExamen normal.",
    "Nom de famille : SOTUGOT\nPrénom : Maxime\nNé le 01/01/1970\nConsultation de suivi.",
])
def test_the_patients_own_page_still_files(page):
    d = decision(page, [PATIENT, RELATIVE])
    assert d.files and d.patient_ipp == "P1"
