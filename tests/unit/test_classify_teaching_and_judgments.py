"""Texts that tell a patient's care without being a patient's document: a teaching case that puts its reader in the
clinician's place (« Vous recevez aux urgences … », « Votre examen montre … », « Question n°1 : »), a court's judgment on
a hospital's liability (« Vu la procédure suivante », « demande au tribunal », « code de justice administrative »).
Beside them, the documents that use the same words in passing: a consultant's letter to a colleague (« vous avez réalisé
une échographie », its writer says « je »), a discharge letter that mentions a court once.

Every text was written for these tests (session 8, from the general causes of the dev9 errors).
"""
from __future__ import annotations

import pytest

from docpipe.classify import classify
from docpipe.models import DocType

OTHERS = {
    "emergency vignette with questions": """Vous recevez aux urgences un homme de 67 ans, fumeur, pour une douleur thoracique depuis deux heures.
Votre examen retrouve une pression artérielle à 160/95 mmHg et une fréquence cardiaque à 110/min.
L'ECG montre un sus-décalage du segment ST en inférieur. La troponine est à 850 ng/L.
QUESTION N°1 : Quel est le diagnostic le plus probable ?
QUESTION N°2 : Quelle est votre prise en charge immédiate ?""",
    "on-call vignette": """Interne de garde en médecine, vous êtes appelé auprès d'une femme de 84 ans hospitalisée pour une pneumopathie, car elle est confuse.
Elle a chuté deux fois la semaine dernière. Quand vous arrivez, elle est agitée et désorientée ; la saturation est à 91 %.
Son traitement comporte un diurétique et une benzodiazépine.""",
    "court judgment": """Vu la procédure suivante :
Mme B... a demandé au tribunal administratif de Lyon de condamner le centre hospitalier de V. à l'indemniser des préjudices résultant de sa prise en charge, hospitalisée du 2 au 20 mai 2015 pour une fracture du col fémoral.
Par un jugement du 3 juin 2019, le tribunal a rejeté sa demande.
Procédure devant la cour :
Mme B... demande à la cour d'annuler ce jugement et de mettre à la charge du centre hospitalier la somme de 2 000 euros au titre de l'article L. 761-1 du code de justice administrative.""",
}

NEAR_MISSES = {
    # a colleague is « vous »; the writer says « je »: a consultation
    "consultant's letter to the referring doctor": ("""Cher confrère,
Je vous remercie de m'avoir adressé Madame T., 52 ans, pour des palpitations.
Vous avez réalisé un Holter qui montrait de courts accès de tachycardie atriale ; votre examen était normal.
À l'examen ce jour, le cœur est régulier à 72/min, sans souffle. Je propose un bêtabloquant à faible dose et la reverrai dans trois mois.
Bien confraternellement.""", DocType.CONSULTATION_REPORT),
    # one court named in passing does not make a judgment
    "discharge letter naming a court once": ("""Cher confrère,
Votre patient, Monsieur G., 79 ans, a été hospitalisé dans notre service du 4 au 18 février pour une décompensation cardiaque.
Sous furosémide intraveineux, l'évolution a été favorable. Une mesure de protection a été demandée auprès du tribunal judiciaire.
Le traitement de sortie comporte furosémide 40 mg et bisoprolol 2,5 mg.
Bien confraternellement.""", DocType.DISCHARGE_SUMMARY),
    # a single sign addressed to the reader does not make teaching material
    "patient letter with one « votre examen »": ("""Madame,
Objet : convocation
Votre examen est prévu le 12 mars à 9 h au service de radiologie. Merci de venir à jeun, munie de votre carte Vitale et de votre ordonnance.
Veuillez agréer, Madame, l'expression de nos salutations distinguées.
Le secrétariat de radiologie""", DocType.LETTER),
}


@pytest.mark.parametrize("name", OTHERS)
def test_teaching_cases_and_judgments_are_other(name):
    result = classify(OTHERS[name])
    assert result.doc_type == DocType.OTHER, (name, result.scores, result.matched_terms)


@pytest.mark.parametrize("name", NEAR_MISSES)
def test_near_misses_keep_their_type(name):
    text, expected = NEAR_MISSES[name]
    result = classify(text)
    assert result.doc_type == expected, (name, result.scores, result.matched_terms)


def test_a_teaching_case_names_its_signs():
    evidence = classify(OTHERS["emergency vignette with questions"]).matched_terms[DocType.OTHER.value]
    assert any(sign.startswith("cas d'enseignement : vous recevez") for sign in evidence)


def test_a_writer_who_elides_je_is_still_a_writer():
    # « j'ai », « m'a » speak in the first person as « je » does: the letter's « vous » is a colleague
    text = """Cher confrère,
J'ai revu votre patient, M. B., 58 ans : vous avez réalisé une échographie qui m'a paru rassurante et votre examen était normal.
L'auscultation est normale ce jour. Pas de traitement ; à revoir dans six mois.
Bien confraternellement."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT
