"""A document's title right above the line `X née Y Prénom` (ood6 seeds 4 and 6: `COMPTE RENDU OPÉRATOIRE` /
`DUMAS-FERRAND née POUET Jade Élodie`, `COMPTE RENDU D'HOSPITALISATION` / `ROUX née SALON` / `Françoise`): the guard of
session 28 reads the word before the name as her used name even when it ends the line above, which protects against an
unregistered namesake married under another name whose used name ends a line of prose (review D, session 63). The
title's last word is no one's name: it no longer contradicts. A real surname ending the line above still does. Pure."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
POUET = Patient("P01", "POUET", "Jade Élodie", date(1953, 1, 6), "F", used_name="DUMAS-FERRAND")
GILLET = Patient("G01", "GILLET", "Camille", date(1960, 3, 4), "F", used_name="LEFEBVRE")
INDEX = RegistryIndex.build([POUET, GILLET])


def verdict(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("title", ["COMPTE RENDU OPÉRATOIRE", "COMPTE RENDU D'HOSPITALISATION",
                                   "RÉSULTATS D'ANALYSES", "FICHE ADMINISTRATIVE"])
def test_a_title_above_the_name_is_no_used_name(title):
    decision = verdict(f"Hôpital du Val\n{title}\nDUMAS-FERRAND née POUET Jade Élodie\nNée le 06/01/53\nTexte.\n")
    assert (decision.status, decision.patient_ipp) == ("filed", "P01"), decision.reason_fr


@pytest.mark.parametrize("above", ["Objet : consultation de Mme HOARAU", "Merci de recevoir Mme HOARAU",
                                   "Dossier 2024-118 HOARAU"])
def test_a_surname_ending_the_line_above_still_contradicts(above):
    """The unregistered namesake, married HOARAU, of the registered GILLET Camille married LEFEBVRE."""
    decision = verdict(f"Cabinet médical\n{above}\nCamille née GILLET, le 04/03/1960\nTexte.\n")
    assert decision.status == "review", decision.reason_fr
