"""The second reading stops once another preparation reads the very identity the first reading read, a name (or
first names) and a birth date among it (the page reads the same however it is prepared); it goes on when the first reading lacked the
name (a line the layout analysis missed is what the sparse reading finds) or when the identity read changed. Pure."""
from __future__ import annotations

from docpipe.ingest import read_as_before
from docpipe.models import MatchDecision


def decision(**traits) -> MatchDecision:
    read = {"names": [], "first_names": [], "birth_dates": [], "unlabelled_dates": [], "ins": [], "sex": [], "ipp": [],
            "pages_with_identity": [1], **traits}
    return MatchDecision("review", None, "no_match", "Aucun patient…", {"traits_read": read, "rule": "no_match"}, ())


TEXIER = dict(names=["TEXIER"], first_names=["LOUIS"], birth_dates=["1936-07-18"])


def test_the_same_name_and_birth_date_read_again_stops_the_second_reading():
    assert read_as_before(decision(**TEXIER), decision(**TEXIER))


def test_a_different_birth_date_read_goes_on():
    assert not read_as_before(decision(**{**TEXIER, "birth_dates": ["1936-07-19"]}), decision(**TEXIER))


def test_a_name_found_by_the_new_preparation_goes_on():
    assert not read_as_before(decision(**{**TEXIER, "names": ["TEXIER", "TEXIER LOUIS"]}), decision(**TEXIER))


def test_a_first_reading_without_a_name_goes_on_even_if_read_the_same():
    only_date = dict(birth_dates=["1936-07-18"], unlabelled_dates=["2026-05-13"])
    assert not read_as_before(decision(**only_date), decision(**only_date))


def test_a_first_reading_without_a_birth_date_goes_on_even_if_read_the_same():
    only_name = dict(names=["TEXIER"], first_names=["LOUIS"])
    assert not read_as_before(decision(**only_name), decision(**only_name))


def test_a_first_name_and_a_birth_date_read_again_stop_it_too():
    first_name_and_date = dict(first_names=["SAINT-JUST"], birth_dates=["1958-06-11"])
    assert read_as_before(decision(**first_name_and_date), decision(**first_name_and_date))


def test_what_is_not_the_person_may_be_read_otherwise():
    """A sex box, a date without a birth label elsewhere on the page: not the identity the preparations disagree on."""
    again = decision(**TEXIER, sex=["MASCULIN"], unlabelled_dates=["2026-05-13"], pages_with_identity=[1, 2])
    assert read_as_before(again, decision(**TEXIER))
