"""A second reading that read the patient's birth date behind its label is kept when the first reading printed that
date with one glyph misread into a day, month or year no calendar holds (`né le 67/12/1968`, `10/67/1960`,
`22/02/1081` for 07/12/1968, 10/07/1960, 22/02/1981; fresh independent seeds 626 and 630 sent such fax pages to review).
A date a calendar holds, two glyphs off, a group cut short, or a second reading that did not read the date behind a
birth label still refuse. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
LAYOUTS = ["Concerne : M. VIDAL Gabriel, né le {}\nCher confrère,",
           "Nom : VIDAL\nPrénom : Gabriel\nDate de naissance : {}\nCompte rendu de consultation.",
           "Patient : VIDAL Gabriel\nDDN : {}\nJe revois ce jour le patient."]
BORN = date(1968, 12, 7)


def kept(first: str, second: str, registry: list[Patient] | None = None):
    index = RegistryIndex.build(registry or [Patient("X1", "VIDAL", "Gabriel", BORN, "M")])
    r1, r2 = read_document([first], today=TODAY), read_document([second], today=TODAY)
    return accept_second_reading(decide(r1, index), decide(r2, index), [r1], index)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("misread", ["67/12/1968", "07/92/1968", "07/12/1068", "07 / 62 / 1968", "67/12/68"])
def test_own_birth_date_with_one_glyph_no_calendar_holds_keeps_the_second_reading(layout, misread):
    decision = kept(layout.format(misread), layout.format("07/12/1968"))
    assert decision.files and decision.patient_ipp == "X1"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("misread", ["17/12/1968", "07/12/1966", "07121966", "67/12/1963", "07 / 12 / 196",
                                     "67/92/1968"])
def test_another_date_two_glyphs_off_or_a_group_cut_short_still_refuses(layout, misread):
    decision = kept(layout.format(misread), layout.format("07/12/1968"))
    assert not decision.files and decision.evidence["second_reading"]["patient"] == "X1"


@pytest.mark.parametrize("second", ["M. VIDAL Gabriel (07/12/1968)\nJe revois ce jour le patient.",
                                    "Patient : VIDAL Gabriel\nINS : 168125932227328\nCompte rendu."])
def test_a_second_reading_without_the_birth_date_behind_its_label_still_refuses(second):
    """The second reading files on a date printed without its label or on the INS: nothing says it read the print
    the first reading misread, so the misread still stands against it."""
    registry = [Patient("X1", "VIDAL", "Gabriel", BORN, "M", ins="168125932227328")]
    assert decide(read_document([second], today=TODAY), RegistryIndex.build(registry)).files
    decision = kept("Concerne : M. VIDAL Gabriel, né le 67/12/1968\nCher confrère,", second, registry)
    assert not decision.files and decision.evidence["second_reading"]["patient"] == "X1"


def test_the_misread_date_of_a_namesake_one_digit_away_still_goes_to_review():
    """The misread is tolerated, never the namesake's doubt: a registered Gabriel VIDAL born 17/12/1968 is one digit
    from the date the second reading read, and keeps the page in review."""
    registry = [Patient("X1", "VIDAL", "Gabriel", BORN, "M"), Patient("X2", "VIDAL", "Gabriel", date(1968, 12, 17), "M")]
    decision = kept(LAYOUTS[0].format("67/12/1968"), LAYOUTS[0].format("07/12/1968"), registry)
    assert not decision.files


# The same misread on a page whose other lines print the patient's names beside his birth date, read right: a running
# header `— 23.91 1978 —` on a continuation page (ood-s630-014), `Date naiss. 20/14/2010` in a table whose own IPP and
# a later line read the date (ood-s631-016).
HEADER_AND_BODY = ["Patient : VIDAL Gabriel\nDate de naissance : 07/12/1968\nCompte rendu.",
                   "VIDAL Gabriel — né le {} — page 2\nSuite du compte rendu."]


def decided(pages: list[str], registry: list[Patient] | None = None):
    index = RegistryIndex.build(registry or [Patient("X1", "VIDAL", "Gabriel", BORN, "M")])
    return decide(read_document(pages, today=TODAY), index)


@pytest.mark.parametrize("misread", ["67/12/1968", "07/92/1968", "07/12/1068"])
def test_own_birth_date_one_glyph_off_beside_it_read_right_files(misread):
    decision = decided([HEADER_AND_BODY[0], HEADER_AND_BODY[1].format(misread)])
    assert decision.files and decision.patient_ipp == "X1"


@pytest.mark.parametrize("misread", ["17/12/1968", "67/12/1963", "67/92/1968", "07 / 12 / 196"])
def test_another_date_or_two_glyphs_off_beside_it_read_right_still_goes_to_review(misread):
    decision = decided([HEADER_AND_BODY[0], HEADER_AND_BODY[1].format(misread)])
    assert not decision.files


def test_the_misread_date_on_a_page_that_does_not_read_the_birth_date_still_goes_to_review():
    """The names without a date read right designate no one: a misread date is never read as the patient's."""
    assert not decided(["Patient : VIDAL Gabriel\nDate de naissance : 67/12/1968\nCompte rendu."]).files
