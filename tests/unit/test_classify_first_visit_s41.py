"""« Je vois pour la première fois Mme G. » is the writer's examination of the patient, as « je revois ce jour Mme G. »
is: a consultation's letter (its report), not a tie between a letter and a consultation left as other. A first visit
to come (« je la verrai pour la première fois le 3 mars ») is no visit told. Every text was written for these tests."""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def _type(text: str) -> DocType:
    return classify(text).doc_type


def test_a_letter_telling_the_first_visit_is_a_consultation():
    text = """Cher confrère,
Je vois pour la première fois Mme Odette GUILLOT, âgée de 97 ans, qui m'est adressée pour une perte d'autonomie.
Antécédents : insuffisance rénale chronique; dénutrition.
MMSE à 21/30. Marche possible avec déambulateur.
L'albuminémie est à 31 g/L.
En conclusion : dénutrition modérée.
Je propose de poursuivre le traitement actuel et de la revoir dans six mois.
Bien amicalement."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_letter_having_seen_the_patient_for_the_first_time_is_a_consultation():
    text = """Chère consœur,
J'ai vu pour la première fois votre patient M. Fabrice VALLÉE pour une ostéoporose fracturaire.
Antécédents : fracture du poignet en 2020. Épanchement modéré du genou droit.
En conclusion : gonarthrose droite symptomatique.
Bien confraternellement."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_letter_announcing_a_first_visit_to_come_stays_a_letter():
    text = """Chère consœur,
Je vous remercie de m'avoir adressé Mme Odette GUILLOT. Je la verrai pour la première fois le 3 mars prochain et ne
manquerai pas de vous tenir informée.
Bien confraternellement."""
    assert _type(text) == DocType.LETTER
