"""The learned model only moves a vote of the rules that no structure decided (no title, no decisive rule), to any type
it is fairly sure of and that leads the rules' type, on a text whose words it knows; when it does, the evidence names
its probabilities and the words that weighed most."""
from __future__ import annotations

import pytest

from docpipe import classify as classify_module
from docpipe.classify import (MODEL_MIN_KNOWN_TERMS, MODEL_MIN_LEAD, MODEL_MIN_PROBABILITY, Decision, classify,
                              normalize, read_type, second_opinion)
from docpipe.classify_model import CaseModel
from docpipe.models import DocType

UNTITLED_VISIT = ("Tension artérielle 13/8, auscultation cardiaque normale, abdomen souple, pas d'oedème des membres "
                  "inférieurs. Glycémie à jeun correcte sur le dernier bilan. Poids stable. Poursuite du traitement "
                  "habituel sans modification, régime pauvre en sel, activité physique régulière conseillée. Revoir "
                  "dans trois mois avec un bilan lipidique.\n")
TITLED_VISIT = ("COMPTE RENDU DE CONSULTATION\n\nMme D., 54 ans, vient pour des douleurs du genou droit. Examen : "
                "épanchement modéré.\n")
TOLD_VISIT = ("Mme D., 54 ans, vient pour des douleurs du genou droit depuis trois semaines, sans traumatisme ni "
              "fièvre. Examen : épanchement modéré, pas de laxité, marche possible sans boiterie. Je propose une "
              "radiographie du genou et du repos relatif.\n")
UNTITLED_ORDER = ("Doliprane 1 g\n1 comprimé 3 fois par jour pendant 5 jours\nIbuprofène 400 mg\n"
                  "1 comprimé matin et soir si douleurs\n")


# Common words a hand-built model knows, weighing for no type: the texts below hold ten of them or more.
COMMON = ["de", "du", "des", "la", "le", "les", "et", "en", "pas", "sans", "un", "une", "avec", "pour", "dans", "ce",
          "sur", "par", "au", "est"]


def model_favouring(favoured: str, word: str = "auscultation", strength: float = 6.0,
                    common: list[str] = COMMON) -> CaseModel:
    """A hand-built model whose `word` pushes towards `favoured` (hard by default); it knows `common` words too."""
    types = ["consultation_report", "discharge_summary", "imaging_report", "letter", "other", "prescription"]
    return CaseModel.from_data({
        "terms": [word, "traitement", *common], "idf": [2.0, 1.0] + [0.1] * len(common), "types": types,
        "coefficients": [[strength if t == favoured else 0.0, 0.1 if t == "consultation_report" else 0.0]
                         + [0.0] * len(common) for t in types],
        "intercepts": [0.0] * len(types),
    })


def opinion(text: str, model: CaseModel) -> Decision:
    return second_opinion(*read_type(text), text, model)


def test_the_model_moves_an_untitled_vote_of_the_rules_and_says_why():
    rules, _ = read_type(UNTITLED_VISIT)
    assert rules == Decision(DocType.CONSULTATION_REPORT)  # a vote, no structure
    decision = opinion(UNTITLED_VISIT, model_favouring("other"))
    assert decision.doc_type == DocType.OTHER
    assert decision.reason.startswith("decide par : modele appris")
    assert "compte rendu de consultation" in decision.reason  # the rules' vote it moved
    assert "probabilites : autre 0,9" in decision.reason  # the model's scores, best first
    assert decision.reason.endswith("mots qui ont pese : auscultation")


def test_a_text_of_too_few_words_for_the_model_to_weigh_is_left_to_the_rules():
    short = "Tension artérielle 13/8, auscultation cardiaque normale. Poursuite du traitement.\n"
    rules, _ = read_type(short)
    assert rules == Decision(DocType.CONSULTATION_REPORT)
    assert model_favouring("other").read(normalize(short)).probabilities[DocType.OTHER] > MODEL_MIN_PROBABILITY
    assert opinion(short, model_favouring("other")) == rules


def test_a_model_not_sure_enough_of_its_type_leaves_the_rules_vote():
    unsure = model_favouring("other", strength=0.3)
    reading = unsure.read(normalize(UNTITLED_VISIT))
    assert reading.best == DocType.OTHER and reading.probabilities[DocType.OTHER] < MODEL_MIN_PROBABILITY
    assert opinion(UNTITLED_VISIT, unsure) == Decision(DocType.CONSULTATION_REPORT)
    assert classify("Conclusion : voir ci-dessus.").doc_type == DocType.OTHER  # nothing read: the rules' « other »


def test_the_models_agreement_leaves_the_rules_decision_as_it_was():
    assert opinion(UNTITLED_VISIT, model_favouring("consultation_report")) == Decision(DocType.CONSULTATION_REPORT)


def test_a_model_whose_best_type_the_rules_read_no_word_of_leaves_the_rules_vote():
    assert read_type(UNTITLED_VISIT)[1][DocType.LETTER].points == 0
    assert opinion(UNTITLED_VISIT, model_favouring("letter")) == Decision(DocType.CONSULTATION_REPORT)


def test_the_model_may_move_a_vote_to_any_type_the_rules_read_some_word_of():
    rules, scores = read_type(UNTITLED_VISIT)
    assert scores[DocType.PRESCRIPTION].points > 0  # « poursuite du traitement »: a word of an order
    decision = opinion(UNTITLED_VISIT, model_favouring("prescription"))
    assert decision.doc_type == DocType.PRESCRIPTION
    assert "le vote des regles (compte rendu de consultation) n'etait pas structure" in decision.reason


def test_a_model_that_does_not_lead_the_rules_type_enough_leaves_the_vote():
    """An old or a model letter the model reads as « other » at 0.48 against 0.38 for a letter stays a letter."""
    close = CaseModel.from_data({
        "terms": ["auscultation", *COMMON], "idf": [1.0] + [0.01] * len(COMMON),
        "types": ["consultation_report", "other", "letter"],
        "coefficients": [[1.0] + [0.0] * len(COMMON), [1.25] + [0.0] * len(COMMON), [0.0] * (1 + len(COMMON))],
        "intercepts": [0.0, 0.0, -3.0]})
    assert close.read(normalize(UNTITLED_VISIT)).known_terms >= MODEL_MIN_KNOWN_TERMS
    reading = close.read(normalize(UNTITLED_VISIT))
    other, visit = reading.probabilities[DocType.OTHER], reading.probabilities[DocType.CONSULTATION_REPORT]
    assert reading.best == DocType.OTHER and other >= MODEL_MIN_PROBABILITY and other - visit < MODEL_MIN_LEAD
    assert opinion(UNTITLED_VISIT, close) == Decision(DocType.CONSULTATION_REPORT)


@pytest.mark.parametrize("text", [TITLED_VISIT, TOLD_VISIT])
def test_a_document_whose_title_or_a_decisive_rule_decided_is_left_to_the_rules(text):
    rules, scores = read_type(text)
    assert rules.doc_type == DocType.CONSULTATION_REPORT
    assert scores[DocType.IMAGING_REPORT].points > 0  # « radiographie »: the model could be given imaging
    sure = model_favouring("imaging_report", word="genou")
    assert sure.read(normalize(text)).probabilities[DocType.IMAGING_REPORT] > 0.9
    assert opinion(text, sure) == rules


def test_a_text_whose_words_the_model_mostly_does_not_know_is_left_to_the_rules():
    """A few known words among noise (an OCR's garbage) are no text the model weighed."""
    knows_little = model_favouring("other", common=COMMON[:3])
    reading = knows_little.read(normalize(UNTITLED_VISIT))
    assert reading.best == DocType.OTHER and reading.probabilities[DocType.OTHER] > 0.9
    assert reading.known_terms < MODEL_MIN_KNOWN_TERMS
    assert opinion(UNTITLED_VISIT, knows_little) == Decision(DocType.CONSULTATION_REPORT)
    assert opinion(UNTITLED_VISIT, model_favouring("other")).doc_type == DocType.OTHER


def test_a_short_order_is_left_to_the_rules():
    rules, _ = read_type(UNTITLED_ORDER)
    assert rules.doc_type == DocType.PRESCRIPTION
    assert opinion(UNTITLED_ORDER, model_favouring("other", word="comprime")) == rules


def test_classify_asks_the_shipped_model_and_shows_its_reason_first_among_the_winners_terms(monkeypatch):
    monkeypatch.setattr(classify_module, "shipped_model", lambda: model_favouring("other"))
    result = classify(UNTITLED_VISIT)
    assert result.doc_type == DocType.OTHER
    assert result.matched_terms["other"][0].startswith("decide par : modele appris")
    assert result.matched_terms["consultation_report"]  # the rules' own words stay shown


def test_classify_without_the_learned_model_is_the_rules_alone(monkeypatch):
    monkeypatch.setattr(classify_module, "shipped_model", lambda: model_favouring("other"))
    assert classify(UNTITLED_VISIT, learned=False).doc_type == DocType.CONSULTATION_REPORT


def test_classify_leaves_a_titled_document_to_the_rules_with_the_shipped_model():
    result = classify(TITLED_VISIT)
    assert result.doc_type == read_type(TITLED_VISIT)[0].doc_type == DocType.CONSULTATION_REPORT
    assert not any("modele appris" in term for terms in result.matched_terms.values() for term in terms)


def test_the_model_does_not_move_a_vote_to_a_stay_the_rules_read_no_word_of():
    rules, scores = read_type(UNTITLED_VISIT)
    assert rules == Decision(DocType.CONSULTATION_REPORT)
    assert scores[DocType.DISCHARGE_SUMMARY].points == 0
    assert opinion(UNTITLED_VISIT, model_favouring("discharge_summary")) == rules


def test_the_model_may_move_a_vote_to_a_stay_the_rules_read_some_word_of():
    visit_recalling_a_stay = UNTITLED_VISIT + "Une hospitalisation de quelques jours reste possible si la dyspnée revient.\n"
    rules, scores = read_type(visit_recalling_a_stay)
    assert rules == Decision(DocType.CONSULTATION_REPORT)
    assert scores[DocType.DISCHARGE_SUMMARY].points > 0
    decision = opinion(visit_recalling_a_stay, model_favouring("discharge_summary"))
    assert decision.doc_type == DocType.DISCHARGE_SUMMARY
    assert decision.reason.startswith("decide par : modele appris")
