"""Session 68, the holes review T of session 67 found in the base: a page whose only identity was a third party's,
under a caption identity did not know, was filed under that person. The one to call in an emergency (`Contact
d'urgence :`, `Personne à contacter :`…) is a close one, as `Personne à prévenir :` is; a close one's caption alone on
its line (`Famille :`, `Tiers :`) holds the identity below it from designating. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.matching import RegistryIndex, decide
from docpipe.identity import read_document
from docpipe.models import Patient

TODAY = date(2026, 12, 7)

HENRY = Patient("H01", "HENRY", "Frédérique", date(1980, 8, 15), "F", used_name="BERTRAND")
HUSBAND = Patient("B01", "BERTRAND", "Marc", date(1975, 3, 12), "M")
TWIN = Patient("H02", "HENRY", "Julie", date(1980, 8, 15), "F")
REGISTRY = [HENRY, HUSBAND, TWIN]

LABELS = ["Contact d'urgence", "Contact d’urgence", "Contact en cas d'urgence", "Contact urgence", "CONTACT URGENCE",
          "En cas d'urgence", "Personne à contacter", "Personne à contacter en cas d'urgence", "Personne à joindre"]
HEAD = "Centre Hospitalier de Vendôme\nService des urgences\n\nFICHE DE LIAISON\n\n"
CONTACT_SHAPES = {
    "on its line": "{label} : BERTRAND Marc\nNé le 12/03/1975\nTél 06 12 34 56 78\n",
    "with a civility": "{label} : M. BERTRAND Marc, né le 12/03/1975\n",
    "below its caption": "{label} :\nBERTRAND Marc\nNé le 12/03/1975\n",
    "below its caption without a colon": "{label}\nBERTRAND Marc\nNé le 12/03/1975\n",
    "his own fields below": "{label} :\nNom : BERTRAND\nPrénom : Marc\nDate de naissance : 12/03/1975\n",
}


def verdict(body: str, patients=REGISTRY):
    return decide(read_document([HEAD + body + "\nMotif : chute de sa hauteur.\n"], today=TODAY),
                  RegistryIndex.build(patients))


# A close one's caption alone on its line, the person's identity below it: on a page where nothing else names the
# patient, that identity is the close one's as much as the patient's left under an empty field — the page waits.
CLOSE_ONES_CAPTIONS = ["Famille", "Entourage", "Tiers", "Maman", "Aidant principal", "Interlocuteur", "Responsable"]
BELOW_A_CAPTION = {
    "his name and date below": "{label} :\nBERTRAND Marc\nNé le 12/03/1975\n",
    "his own fields below": "{label} :\nNom : BERTRAND\nPrénom : Marc\nDate de naissance : 12/03/1975\n",
}
ONLY_A_CLOSE_ONES_IDENTITY = [(label, CONTACT_SHAPES[shape]) for label in LABELS for shape in CONTACT_SHAPES] \
    + [(caption, BELOW_A_CAPTION[shape]) for caption in CLOSE_ONES_CAPTIONS for shape in BELOW_A_CAPTION]


@pytest.mark.parametrize("label, shape", ONLY_A_CLOSE_ONES_IDENTITY)
def test_a_page_whose_only_identity_is_a_close_ones_goes_to_review(label, shape):
    """The patient's sticker was not read: the husband, registered, is named with his birth date under the label of
    the one to call in an emergency or of a close one (review T of session 67: the base filed him)."""
    decision = verdict(shape.format(label=label))
    assert decision.status == "review", (decision.patient_ipp, decision.rule)


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("own", ["Patiente : Mme HENRY Frédérique, née le 15/08/1980\n",
                                 "Nom : HENRY\nPrénom : Frédérique\nDate de naissance : 15/08/1980\n"])
def test_the_patient_named_beside_her_emergency_contact_is_filed(label, own):
    """Her husband bears her used name and his own birth date: a close one's, not a contradiction of hers — as beside
    `Personne à prévenir :`, which the base filed already."""
    decision = verdict(own + "\n" + f"{label} : BERTRAND Marc, né le 12/03/1975 (époux)\n")
    assert (decision.status, decision.patient_ipp) == ("filed", "H01"), decision.reason_fr


@pytest.mark.parametrize("label", ["Personne à prévenir", "Contact d'urgence", "Personne à contacter"])
def test_a_twin_named_as_the_emergency_contact_still_holds_the_page(label):
    """Born the same day, her twin sister is no mere close one: the page waits for a person to look."""
    page = (f"Nom : HENRY\nPrénom : Frédérique\nDate de naissance : 15/08/1980\n\n"
            f"{label} : HENRY Julie, née le 15/08/1980 (sœur)\n")
    decision = verdict(page)
    assert decision.status == "review" and decision.patient_ipp is None, decision.patient_ipp


def test_an_emergency_number_on_the_letterhead_names_no_one():
    decision = verdict("En cas d'urgence : appeler le 15\n\nNom : HENRY\nPrénom : Frédérique\n"
                       "Date de naissance : 15/08/1980\n")
    assert (decision.status, decision.patient_ipp) == ("filed", "H01"), decision.reason_fr


@pytest.mark.parametrize("caption", CLOSE_ONES_CAPTIONS)
def test_the_patients_own_labelled_field_below_an_empty_caption_is_still_hers(caption):
    decision = verdict(f"{caption} :\nPatiente : Mme HENRY Frédérique, née le 15/08/1980\n")
    assert (decision.status, decision.patient_ipp) == ("filed", "H01"), decision.reason_fr


@pytest.mark.parametrize("caption", ["Référent", "Référente", "Référent(e)"])
def test_the_patients_sticker_below_an_empty_referent_caption_is_still_filed(caption):
    """Review104: `Référent :` left blank above the patient's sticker, a form's common shape."""
    decision = verdict(f"{caption} :\nHENRY Frédérique\nNée le 15/08/1980 F\n")
    assert (decision.status, decision.patient_ipp) == ("filed", "H01"), decision.reason_fr


@pytest.mark.parametrize("label", ["Contacts en cas d'urgence", "Contacts urgence", "Contact urgences"])
def test_every_emergency_label_identity_reads_is_a_close_ones_label_with_its_remark(label):
    """The nouns matching reads are identity's labels: the plural with its remark was missing (review W)."""
    decision = verdict(f"{label} (nom, tél.) : BERTRAND Marc, né le 12/03/1975\n")
    assert decision.status == "review", (decision.patient_ipp, decision.rule)



@pytest.mark.parametrize("label", ["Personne à prévenir (en cas d'urgence)", "Personne de confiance (si désignée)",
                                   "Contact d'urgence (nom, prénom, tél.)", "Contact d'urgence n°1",
                                   "Contact d urgence", "Contact durgence"])
@pytest.mark.parametrize("shape", ["on its line", "below its caption", "his own fields below"])
def test_a_remark_a_rank_or_a_faxed_elision_leaves_the_label_a_close_ones(label, shape):
    """Review U of session 68: the remark before the colon made the label's value `(en cas d'urgence) : BERTRAND…`."""
    decision = verdict(CONTACT_SHAPES[shape].format(label=label))
    assert decision.status == "review", (decision.patient_ipp, decision.rule)


def test_the_patient_beside_her_contact_named_with_a_remark_waits_for_a_person():
    """Read as a close one's label, not as identity's field: the husband stays a candidate, where the field without
    its remark is excused (`a_close_ones_identity`) — a page to look at, never his."""
    decision = verdict("Nom : HENRY\nPrénom : Frédérique\nDate de naissance : 15/08/1980\n\n"
                       "Personne à prévenir (en cas d'urgence) : BERTRAND Marc, né le 12/03/1975 (époux)\n")
    assert (decision.status, decision.rule) == ("review", "several_patients"), decision.reason_fr


GRANDSON = Patient("L01", "BERTRAND", "Lucas", date(2016, 5, 4), "M")
GRANDFATHER = Patient("G01", "BERTRAND", "Lucas", date(1950, 9, 9), "M")
THE_FAMILYS_BLOCK = {
    "below its caption": "Famille :\nBERTRAND Lucas, né le 09/09/1950\n",
    "on its line": "Famille : BERTRAND Lucas, né le 09/09/1950\n",
    "his own fields below": "Entourage :\nNom : BERTRAND\nPrénom : Lucas\nDate de naissance : 09/09/1950\n",
}


@pytest.mark.parametrize("shape", THE_FAMILYS_BLOCK)
def test_a_date_in_a_close_ones_block_is_never_the_date_of_a_name_outside_it(shape):
    """Review V of session 68: the child's name without a date, his namesake grandfather dated under `Famille :` —
    the base filed the grandfather."""
    page = "FICHE DE LIAISON\nPatient : M. BERTRAND Lucas\n\n" + THE_FAMILYS_BLOCK[shape]
    decision = verdict(page, [GRANDSON, GRANDFATHER])
    assert decision.status == "review", (decision.patient_ipp, decision.rule)


def test_the_patients_own_dated_field_below_an_empty_family_caption_is_filed():
    decision = verdict("Famille :\nPatient : M. BERTRAND Lucas, né le 04/05/2016\n", [GRANDSON, GRANDFATHER])
    assert (decision.status, decision.patient_ipp) == ("filed", "L01"), decision.reason_fr



@pytest.mark.parametrize("blank", ["________", "......", "…", "-", "____ ____"])
def test_a_caption_left_as_a_blank_to_fill_is_a_caption_alone(blank):
    """Review V of session 68: `Famille : ____` / the husband's name and date filed him."""
    decision = verdict(f"Famille : {blank}\nBERTRAND Marc\nNé le 12/03/1975\n")
    assert decision.status == "review", (decision.patient_ipp, decision.rule)
