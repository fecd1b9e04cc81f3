"""A patient-information page asks the patient's own questions as its headings (« À quoi sert … ? », « Comment dois-je
me préparer ? », « Quels sont les risques ? »): whatever exam titles it, it reports none, and is `other`. A report
asks at most a question of its own (« Indication : ulcère ? »).

Every text was written for these tests; the rule is shown from both sides.
"""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def _type(text: str) -> DocType:
    return classify(text).doc_type


def test_an_endoscopy_leaflet_under_the_exams_name_is_information():
    text = """Fibroscopie
Je dois effectuer une fibroscopie œso-gastro-duodénale
À quoi sert une fibroscopie ?
Elle permet d'examiner la muqueuse de l'œsophage, de l'estomac et du duodénum, et d'effectuer des biopsies.
Comment dois-je me préparer à passer une fibroscopie ?
Il faut être à jeun depuis six heures."""
    result = classify(text)
    assert result.doc_type == DocType.OTHER
    assert result.matched_terms["other"][0].startswith("decide par : information du patient")


def test_an_mri_leaflet_with_the_patients_questions_is_information():
    text = """IRM du genou
Comment se déroule l'examen ?
Vous êtes allongé sur une table qui glisse dans l'appareil. L'examen dure vingt minutes.
Quels sont les risques ?
Aucun, en dehors des contre-indications liées aux objets métalliques."""
    assert _type(text) == DocType.OTHER


def test_an_endoscopy_report_asking_its_own_question_stays_an_operative_report():
    text = """Fibroscopie œso-gastro-duodénale
Indication : épigastralgies, ulcère ?
Examen réalisé sous anesthésie locale. Œsophage normal. Estomac : ulcère antral de 8 mm, biopsies.
Duodénum normal.
Conclusion : ulcère antral, recherche d'Helicobacter pylori sur les biopsies."""
    assert _type(text) == DocType.OPERATIVE_REPORT


def test_a_consultation_quoting_one_question_of_the_patient_stays_a_consultation():
    text = """Motif de consultation : douleurs du genou droit.
La patiente demande : « Est-ce douloureux, une infiltration ? »
Examen clinique : épanchement modéré, pas de laxité.
Conduite à tenir : infiltration de corticoïdes proposée, à revoir dans un mois."""
    assert _type(text) == DocType.CONSULTATION_REPORT
