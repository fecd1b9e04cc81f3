"""A stay still going on (« hospitalisé dans notre service depuis le 12/06 ») is the context of a ward's letter asking
for an opinion or an admission elsewhere, not the report of a stay: that tells the stay's end (a discharge, a transfer
told, a death, its dates from … to …). Pure, no I/O. Session 59: three such letters of the written corpus (dev59 ac053,
dev59b ad036, cases59 ae048) were read as stays."""
import pytest

from docpipe.classify import classify
from docpipe.models import DocType

HEAD = """CENTRE HOSPITALIER DE VALMONT
Service de Médecine Interne
Dr Paul ESTRADE - Dr Lina MOREAU

Valmont, le 17 juin 2025

Docteur Hélène CORDIER
Service de Néphrologie

Cher Confrère,

"""
REQUEST = """Je me permets de vous solliciter pour un avis concernant M. Duval, 67 ans, hospitalisé dans notre service \
depuis le 12/06/2025 pour une altération de l'état général avec arthralgies et purpura des membres inférieurs.

Depuis l'entrée, la fonction rénale se dégrade : créatinine 142 puis 231 µmol/L, protéinurie 2,3 g/g, hématurie \
80 hématies/mm3. Le complément est abaissé, la cryoglobulinémie positive.

Nous évoquons une vasculite cryoglobulinémique avec atteinte rénale et nous interrogeons sur l'indication d'une \
ponction-biopsie rénale. Pourriez-vous passer le voir ?

{end}Je vous remercie par avance.

Bien confraternellement,

Dr Paul ESTRADE
"""


def test_a_wards_request_about_a_patient_still_hospitalised_is_a_letter():
    assert classify(HEAD + REQUEST.format(end="")).doc_type == DocType.LETTER


def test_a_transfer_only_wished_still_leaves_the_stay_going_on():
    wished = "Son état est stable ; il pourrait être transféré à partir du 20/06 si vous l'acceptez. "
    assert classify(HEAD + REQUEST.format(end=wished)).doc_type == DocType.LETTER


TRANSFER = """Je vous confie ce jour Mme Lemaire, 87 ans, hospitalisée dans notre unité depuis le 6 mai 2025 pour une \
chute avec fracture du col fémoral droit.

Elle a été opérée le 7 mai d'une prothèse intermédiaire. Les suites ont été marquées par une anémie postopératoire \
transfusée de deux culots et un syndrome confusionnel résolutif. Elle est transférée ce jour dans votre service de \
soins de suite pour la rééducation.

Traitement de sortie : paracétamol 1 g x 3/j, enoxaparine 4 000 UI/j pendant 35 jours.

Bien confraternellement,

Dr Paul ESTRADE
"""


def test_a_stay_going_on_until_a_transfer_told_is_still_a_stay():
    assert classify(HEAD + TRANSFER).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_request_between_friends_closed_by_amities_is_a_letter_too():
    friendly = (HEAD + REQUEST.format(end="")).replace("Cher Confrère,", "Cher ami,").replace(
        "Bien confraternellement,", "Amitiés,")
    assert classify(friendly).doc_type == DocType.LETTER


def test_a_progress_note_without_a_letters_frame_stays_the_stays_record():
    note = REQUEST.format(end="").split("Je vous remercie")[0].replace("Je me permets de vous solliciter pour un avis "
                                                                        "concernant", "Note d'évolution :")
    assert classify(note).doc_type == DocType.DISCHARGE_SUMMARY


@pytest.mark.parametrize("end", [
    "Il est transféré au CHU ce jour pour la suite de la prise en charge.",
    "Elle rentre ce jour chez elle, avec un kinésithérapeute à domicile trois fois par semaine.",
    "Il regagnera son EHPAD demain.",
    "Elle fait son retour en EHPAD ce jour.",
    "Elle s'est éteinte le 18 septembre, entourée des siens.",
    "Il nous a quittés paisiblement dans la nuit, entouré de sa fille.",  # the second review's
    "Il a succombé le 19 janvier au soir.",
    "Il quittera l'unité demain matin.",
    "Il est resté dans le service du 07/03/2025 au 16/03/2025.",
])
def test_a_stay_going_on_until_its_end_in_other_words_is_still_a_stay(end):
    """The session 59 review's transfer and discharge letters, each telling the end in words of its own."""
    letter = (HEAD + "Votre patient, 76 ans, hospitalisé dans notre service depuis le 7 mars 2025 pour une "
              "exacerbation de BPCO, a reçu une antibiothérapie intraveineuse et une kinésithérapie respiratoire quotidienne. "
              f"L'évolution a été lentement favorable. {end}\n\nBien confraternellement,\n\nDr Paul ESTRADE\n")
    assert classify(letter).doc_type == DocType.DISCHARGE_SUMMARY


@pytest.mark.parametrize("end", [
    "Il monte chez vous cet après-midi ; je vous remercie de l'accueillir.",
    "Mme Berthier intègre votre établissement le lundi 17 mars. Merci de l'accueillir.",
    "Son séjour chez nous s'achève ce vendredi. Je vous remercie d'accepter de la reprendre en charge.",
])
def test_a_transfer_letter_that_only_thanks_the_recipient_is_still_a_stay(end):
    """The session 59 third review: a transfer or liaison letter thanks the recipient (« je vous remercie de
    l'accueillir ») and tells the end in words no list holds; only an opinion or a place asked for makes the letter's
    stay its context."""
    letter = (HEAD + "Votre patient, 84 ans, hospitalisé dans notre service depuis le 2 mars 2025 pour une chute avec "
              "fracture du poignet droit, a bénéficié d'une ostéosynthèse et d'une rééducation quotidienne. "
              f"L'évolution a été favorable. {end}\n\nBien confraternellement,\n\nDr Paul ESTRADE\n")
    assert classify(letter).doc_type == DocType.DISCHARGE_SUMMARY


@pytest.mark.parametrize("middle, end", [
    ("Son épouse sollicite un entretien avec l'équipe.", "Il est parti paisiblement dans la nuit du 14 mars."),
    ("Un avis ORL a été demandé pour une dysphonie.", "Mutation effective le 14/03 dans votre unité de soins de suite."),
    ("Pourriez-vous le revoir en consultation dans un mois ?", "Il a retrouvé sa famille ce jour."),
])
def test_an_opinion_asked_elsewhere_than_the_letters_object_or_opening_leaves_the_stay(middle, end):
    """The session 59 fourth review: an opinion asked during the stay, a relative's wish or a follow-up asked at the end
    is not what the letter is for; its stay ends in words no list holds."""
    letter = (HEAD + "Votre patient, 79 ans, hospitalisé dans notre service depuis le 2 mars 2025 pour une pneumopathie "
              f"d'inhalation, a reçu une antibiothérapie intraveineuse. {middle} L'évolution a été lentement "
              f"favorable. {end}\n\nBien confraternellement,\n\nDr Paul ESTRADE\n")
    assert classify(letter).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_letter_whose_object_asks_an_opinion_about_a_patient_still_in_the_ward_is_a_letter():
    text = (HEAD.replace("Cher Confrère,", "Objet : demande d'avis néphrologique\n\nCher Confrère,")
            + REQUEST.format(end="").replace("Je me permets de vous solliciter pour un avis concernant",
                                             "Je vous écris au sujet de"))
    assert classify(text).doc_type == DocType.LETTER
