"""The learned model is trained without a person's name: a public sample document's author or patient (« Dr Stephen
Strange », « Pierre-Marie.DESOMBRE ») is no evidence of a type. Common words that happen to be names (« pierre »,
« blanc ») and civilities stay terms."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from devtools.train_case_model import names_a_person, person_name_words  # noqa: E402


def test_a_capitalised_word_after_a_civility_or_a_title_is_a_name():
    words = person_name_words(["Je soussigné, Dr Stephen Strange, certifie avoir examiné Mme Truc ce jour."])
    assert {"stephen", "strange", "truc"} <= words


def test_a_capitalised_word_beside_a_given_name_is_a_name_even_written_in_capitals():
    words = person_name_words(["Prescripteur :\n.          Pierre-Marie.DESOMBRE\n",
                               "La lettre d'André Marie Constant Duméril (Paris)."])
    assert {"desombre", "constant", "dumeril"} <= words


def test_a_word_the_texts_also_write_in_lower_case_is_a_common_word_not_a_name():
    words = person_name_words(["Mme Blanc a un calcul.", "Une pierre de 8 mm, un aspect blanc.", "M. Pierre Roche."])
    assert not {"blanc", "pierre"} & words
    assert "roche" in words


def test_civilities_and_titles_are_no_names_and_a_capitalised_noun_alone_is_no_name():
    words = person_name_words(["Madame, Monsieur,\nMme Jeanne DUPOND est suivie pour une IRM Lombaire."])
    assert not {"madame", "monsieur", "mme", "irm", "lombaire"} & words
    assert {"jeanne", "dupond"} <= words


def test_a_term_holding_a_name_word_is_left_out_and_the_others_kept():
    words = frozenset({"strange", "stephen"})
    assert names_a_person("dr stephen", words) and names_a_person("strange certifie", words)
    assert not names_a_person("certifie avoir", words)
