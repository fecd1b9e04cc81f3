"""A caption of the patient's circle left without its value on its line (`Personne de confiance :`, `Famille :`,
`Représentant légal (le cas échéant) :`, `PERSONNE À PRÉVENIR`), between two people's lines: its value may be printed
beside it in another column, which OCR read as a block of its own — session 52's trap pages filed the registered
relative named and dated below the patient's sticker (`Personne de confiance :` / `BEBOSET Sébastien` / `IPP : …` /
`Mme PUNIRIT Solène` / `née le …`). That name designates no one, but stays a candidate: the page goes to review, its
reason naming the caption. The patient's own sticker right below an empty caption, the caption below the block, far
above it, `Contact :` alone, `Référent :`, a caption whose next line is its value or a blank form's next field, a
sentence's last word and a name behind its own label file as before (an assistant's scans of unfilled forms: 47 of
148 right filings lost by a first form of the rule that held any name below such a caption). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 1, 15)
RELATIVE = Patient("R1", "PUNIRIT", "Solène", date(1968, 2, 16), "F")
PATIENT = Patient("P1", "BEBOSET", "Sébastien", date(1990, 6, 7), "M")
NAMESAKE = Patient("N1", "BEBOSET", "Sébastien", date(1952, 3, 5), "M")
# Another patient bearing the sticker's first name: a registry of a real size knows every common given name.
OTHER = Patient("O1", "LAMBERT", "Sébastien", date(1971, 9, 9), "M")
HEAD = "CENTRE HOSPITALIER DE DIJON\nService de Chirurgie Ambulatoire\n"
END = "\n\nDijon, le 6 novembre 2025\nObjet : consultation\n\nCher Confrère,\nJ'ai revu votre patient ce jour."
STICKER = "BEBOSET Sébastien\nIPP : 8954918053\n"


def decision(text: str, registry: list[Patient]):
    return decide(read_document([text], TODAY), RegistryIndex.build(registry))


@pytest.mark.parametrize("caption", ["Personne de confiance :", "Personne à prévenir :", "Famille :",
                                     "Accompagnant(e) :", "Représentant légal :", "Mère :",
                                     "Contact d'urgence :", "Représentant légal (le cas échéant) :", "Parent 1 :"])
def test_a_relative_below_the_sticker_under_a_caption_left_without_its_value_designates_no_one(caption):
    text = HEAD + f"{caption}\n\n{STICKER}Mme PUNIRIT Solène\nnée le 16/02/1968" + END
    d = decision(text, [RELATIVE, OTHER])
    assert not d.files and d.candidates[0]["ipp"] == "R1"
    assert f"IPP R1 lue près du libellé « {caption.rstrip(' :')} »" in d.reason_fr


def test_a_relative_in_the_right_column_read_after_the_letters_opening_designates_no_one():
    """Tesseract read the right-hand column (the sticker, then the relative) after the left one's `Objet` and
    salutation: the caption stands five lines above her (a second assistant's scans, session 53)."""
    text = HEAD + "Personne à prévenir :\nObjet : compte rendu de consultation\n\nCher Confrère,\n\n" + STICKER + \
        "\nMme PUNIRIT Solène\nnée le 16/02/1968\n\nJ'ai revu ce jour votre patient."
    assert not decision(text, [RELATIVE, OTHER]).files


def test_a_namesake_dated_below_a_heading_under_the_sticker_designates_no_one():
    """`BEBOSET` / `Sébastien` / `IPP` / `PERSONNE DE CONFIANCE` / `M. BEBOSET Sébastien` / `né le …`: the namesake
    right below the heading, the sticker just above it; the sticker's name reaches his date across the heading."""
    text = HEAD + "\nBEBOSET\nSébastien\nIPP : 8954918053\nPERSONNE DE CONFIANCE\n\nM. BEBOSET Sébastien\n" \
                  "né le 05/03/1952" + END
    assert not decision(text, [PATIENT, NAMESAKE]).files


def test_a_namesake_below_a_caption_under_a_stickers_number_a_fax_misread_designates_no_one():
    text = HEAD + "BEBOSET Sébastien\n[PP : 3818485832\nReprésentant légal :\nM. BEBOSET Sébastien\nné le 05/03/1952" + END
    assert not decision(text, [PATIENT, NAMESAKE]).files


UNDATED_STICKER_THEN_BLOCK = HEAD + "BEBOSET Sébastien\nIPP : 8954918053\nPersonne de confiance :\nFICHE D'ADMISSION\n" \
    "M. BEBOSET Sébastien\nné le {}" + END


def test_the_patients_undated_sticker_above_her_dated_identity_files_without_a_registered_namesake():
    """A fourth assistant's forms (session 53): her sticker without a date, an empty caption, then her identity."""
    d = decision(UNDATED_STICKER_THEN_BLOCK.format("07/06/1990"), [PATIENT, RELATIVE, OTHER])
    assert d.files and d.patient_ipp == "P1"


def test_the_same_page_beside_a_registered_namesake_goes_to_review():
    """The same text when the registry holds a namesake: the undated sticker may be the son's, the dated block the
    father's beside `Personne de confiance :` — the text cannot tell them apart."""
    d = decision(UNDATED_STICKER_THEN_BLOCK.format("05/03/1952"), [PATIENT, NAMESAKE, OTHER])
    assert not d.files


@pytest.mark.parametrize("number", ["Venue : 2401187733", "IEP 88123456", "N° de dossier : 7733", "Séjour N° 4412"])
def test_a_sticker_numbered_by_its_stay_is_a_sticker(number):
    """A fourth assistant's scans (session 53): stickers numbered by the stay filed the relative beside `Famille :`."""
    text = HEAD + f"Famille :\n\nBEBOSET Sébastien\n{number}\nMme PUNIRIT Solène\nnée le 16/02/1968" + END
    assert not decision(text, [RELATIVE, OTHER]).files


def test_a_stays_dates_are_no_number():
    """`Séjour du … au …` under a name is no sticker's number: the patient's own identity below still files."""
    text = HEAD + "GARNIER Sébastien\nSéjour du 12/03/2025 au 15/03/2025\nPersonne de confiance :\n\n" \
                  "BEBOSET Sébastien\nné le 07/06/1990" + END
    d = decision(text, [PATIENT, RELATIVE, OTHER])
    assert d.files and d.patient_ipp == "P1"


def test_a_fax_caption_that_lost_its_colon_after_a_blank_line_still_counts():
    text = HEAD + "._.\n\nConjoint\n\nBEBOSET Sébastien\nIPP : 8954918053\nM BEBOSET Sébastien\n\nné le 05/03/1952" + END
    assert not decision(text, [PATIENT, NAMESAKE]).files


@pytest.mark.parametrize("page", [
    HEAD + "Personne de confiance :\n\nBEBOSET Sébastien\nné le 07/06/1990\nIPP : 8954918053" + END,
    HEAD + "Représentant légal (le cas échéant) :\nBEBOSET Sébastien\nné le 07/06/1990" + END,
    HEAD + "\nBEBOSET Sébastien\nné le 07/06/1990\nIPP : 8954918053\nPersonne de confiance :" + END,
    HEAD + "Personne de confiance :\n\nNom : BEBOSET\nPrénom : Sébastien\nNé le : 07/06/1990" + END,
    HEAD + "Référent :\nBEBOSET Sébastien\nné le 07/06/1990" + END,
    HEAD + "Personne de confiance :\nTéléphone :\nAdresse :\nLien :\nService : cardiologie\n\nBEBOSET Sébastien\n"
           "né le 07/06/1990" + END,
    HEAD + "Antécédents familiaux : diabète de type 2 chez le\nPère\n\nBEBOSET Sébastien\nné le 07/06/1990" + END,
])
def test_the_patients_own_identity_still_files(page):
    """The patient's own sticker right below an empty caption (forms left unfilled), below the block, far above it,
    `Référent :` (review104), a sentence's last word (review94), or above the patient's own labelled fields."""
    d = decision(page, [PATIENT, RELATIVE, OTHER])
    assert d.files and d.patient_ipp == "P1"


# Unregistered people whose given name the registry knows (another patient's).
CREW_MEMBER = Patient("O2", "MOREAU", "Lucas", date(1980, 1, 1), "M")


@pytest.mark.parametrize("block", [
    "Monsieur Lucas LEROY\nCabinet infirmier\n21000 DIJON\nPersonne de confiance :\n\nBEBOSET Sébastien\n"
    "né le 07/06/1990\nIPP : 8954918053",
    "Équipage\nLucas CHEVALIER\nDate : 08/03/2025 Aller simple\nPersonne à prévenir :\nIPP : 5499844775\n"
    "M. BEBOSET Sébastien\nné le 07/06/1990",
    "Personne de confiance :\nBEBOSET Sébastien\nné le 07/06/1990\nNDA : 85217332\nAntécédents : HTA.\n"
    "BEBOSET Sébastien\nné le 07/06/1990\nIPP : 1734493645",
])
def test_a_second_person_that_is_no_sticker_or_the_patient_again_holds_nothing(block):
    """A third assistant's scans (session 53): a recipient or a crew member named without a number, or the patient's
    own sticker printed twice, is no second person the caption stands between."""
    d = decision(HEAD + block + END, [PATIENT, RELATIVE, OTHER, CREW_MEMBER])
    assert d.files and d.patient_ipp == "P1"


@pytest.mark.parametrize("block", [
    "Contact :\n\nGARNIER Sébastien\nTél. 03 80 00 00 00\nM. BEBOSET Sébastien, né le 07/06/1990",
    "Accompagnant :\nAller simple\nGARNIER Sébastien\nM. BEBOSET Sébastien\nné le 07/06/1990",
    "Aidant :\nPas d'aide à domicile actuellement.\nGARNIER Sébastien\nBEBOSET Sébastien - né le 07/06/1990",
    "Tuteur :\nAdresse :\nGARNIER Sébastien\nBEBOSET Sébastien   né le 07/06/1990",
    "Aidant principal :\nFamille :\nGARNIER Sébastien\nPersonne évaluée : M. BEBOSET Sébastien, né le 07/06/1990",
])
def test_a_caption_whose_value_or_form_goes_on_below_holds_nothing(block):
    """An assistant's forms (session 53), another person (not registered) named in between: `Contact :` alone is a letterhead's or a
    fax cover's; the line below an `Accompagnant :` or an `Aidant :` in small letters is its value; an empty field
    above another is a blank form's; a name behind its own label is the one that label names."""
    d = decision(HEAD + block + END, [PATIENT, RELATIVE, OTHER])
    assert d.files and d.patient_ipp == "P1"
