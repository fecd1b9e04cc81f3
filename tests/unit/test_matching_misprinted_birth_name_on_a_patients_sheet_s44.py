"""A birth name one letter off the INS holder's, on a page whose identity block is headed as the patient's and is the
only person's on it (third independent corpus, seeds 43 to 45: `GAUTIE`, `DUBOSI`, `DUOUR`, `PETI` printed beside the
patient's own INS, birth date and first name, in an `Identité du patient` box): his name misprinted, filed with a note,
as a lab's record already was (session 35). Any other person on the page — a guardian's or a kin's block, a second
birth date, a close one's field — keeps the contradiction (review53, review54). Pure, no I/O."""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
JEAN_INS = "1281197413113" + nir.calc_check_digits("1281197413113")
SPACED_INS = f"{JEAN_INS[0]} {JEAN_INS[1:3]} {JEAN_INS[3:5]} {JEAN_INS[5:7]} {JEAN_INS[7:10]} {JEAN_INS[10:13]} " \
             f"{JEAN_INS[13:]}"
JEAN = Patient("J1", "MOREAU", "Jean", date(1928, 11, 12), "M", ins=JEAN_INS)
INDEX = RegistryIndex.build([JEAN, Patient("J2", "MOREAU", "Luc", date(1950, 1, 1), "M")])

SHEET = ("IDENTITÉ DU PATIENT\nNom de naissance : {name}\nPrénom(s) : Jean\nDate de naissance : 12/11/1928\n"
         "Sexe : Masculin\nINS (NIR) : {ins}\n")
BODY = "\nMOTIF D'HOSPITALISATION : chute.\nRetrouvé au sol par sa fille, hospitalisé du 02/11/2026 au 06/11/2026.\n"


def decision(pages: list[str], index: RegistryIndex = INDEX):
    return decide(read_document(pages, today=TODAY, typed=[False] * len(pages)), index)


@pytest.mark.parametrize("page", [
    SHEET.format(name="MOREU", ins=SPACED_INS),
    SHEET.format(name="MOREAUX", ins=JEAN_INS) + BODY,  # the narrative below may speak of a relative
    "Compte rendu d'hospitalisation\n______ Identification du patient\nNom de naissance :\nMORAEU\nPrénom(s) :\nJean\n"
    f"Date de naissance :\n12/11/1928\nSexe :\nMasculin\nINS (NIR) :\n{SPACED_INS}\nLieu de naissance :\nNICE\n" + BODY,
])
def test_a_misprinted_birth_name_in_the_patients_own_box_files_with_a_note(page):
    d = decision([page])
    assert d.files and d.patient_ipp == "J1" and d.rule == "ins"
    assert any("à une lettre du registre" in note for note in d.evidence["notes"])


@pytest.mark.parametrize("page", [
    # no heading says the block is the patient's
    "Nom de naissance : MOREU\nPrénom(s) : Jean\nDate de naissance : 12/11/1928\nINS : " + SPACED_INS,
    # the heading is an insured's
    "IDENTITÉ DE L'ASSURÉ\nNom de naissance : MOREU\nPrénom(s) : Jean\nDate de naissance : 12/11/1928\nINS : "
    + SPACED_INS,
    # two letters off
    SHEET.format(name="MOREL", ins=SPACED_INS),
    # another first name
    SHEET.format(name="MOREU", ins=SPACED_INS).replace("Prénom(s) : Jean", "Prénom(s) : Paul"),
    # no INS, or one that is not his
    SHEET.format(name="MOREU", ins=""),
    SHEET.format(name="MOREU", ins="2" + JEAN_INS[1:13] + nir.calc_check_digits("2" + JEAN_INS[1:13])),
    # the child's box above his guardian's, the child's date printed or not
    "IDENTITÉ DU PATIENT\nNom : MOREAU\nPrénom : Lucas\nDate de naissance : 01/02/2019\n\nResponsable légal\n"
    "Nom de naissance : MOREU\nPrénom : Jean\nDate de naissance : 12/11/1928\nINS : " + SPACED_INS,
    "IDENTITÉ DU PATIENT\nPrénom : Lucas\n\nResponsable légal\nNom de naissance : MOREU\nPrénom : Jean\n"
    "Date de naissance : 12/11/1928\nINS : " + SPACED_INS,
    # a close one's field on the page
    SHEET.format(name="MOREU", ins=SPACED_INS) + "Personne de confiance : Mme Anne MOREAU",
    # another person's birth date on the page, labelled or not
    SHEET.format(name="MOREU", ins=SPACED_INS) + "\nNée le 05/05/1960\n",
    SHEET.format(name="MOREU", ins=SPACED_INS) + "\nMme Anne MOREAU, 05/05/1960\n",
])
def test_anything_else_keeps_the_misprint_a_contradiction(page):
    assert not decision([page]).files


def test_a_namesake_born_that_day_near_the_misprint_keeps_the_doubt():
    index = RegistryIndex.build([JEAN, Patient("J4", "MOREAUX", "Jean", date(1928, 11, 12), "M")])
    assert not decision([SHEET.format(name="MOREAX", ins=SPACED_INS)], index).files
