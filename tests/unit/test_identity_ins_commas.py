"""A fax read in gray prints an INS's dots as commas (`INS : 2,71,02,22,278,816,89`): behind an INS label it is read
— unseen, a twin's INS printed on the page could no longer contradict (own corpus, smoothed fax first reading). Lab
values with decimal commas are no INS. Pure, no I/O."""
from datetime import date

from docpipe.identity import read_document

TODAY = date(2026, 12, 1)


def ins_read(text: str) -> list[str]:
    return [m.number for m in read_document([text], today=TODAY)[0].ins]


def test_a_labelled_ins_with_commas_is_read():
    assert ins_read("INS : 2,71,02,22,278,816,89") == ["271022227881689"]
    assert ins_read("N° INS 1.42.08,25,056.549.63") == ["142082505654963"]


def test_commas_without_an_ins_label_make_no_ins():
    assert ins_read("Résultats : 1,42 08,25 056,549 63") == []
    assert ins_read("TSH 2,71,02,22,278,816,89 mUI/L") == []
