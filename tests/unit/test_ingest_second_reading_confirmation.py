"""A second reading that would be kept is kept only once every chance after it has read the pages too and none says
otherwise (ingest.confirmed_second_reading). review12's pre-existing #3: an unregistered BRIAND Sara, born the day
the registered BRIAND Sarah was; the first reading garbled the date, one preparation misreads `Sara` as `Sarah` —
whether a reading that says `Sara` vetoes it must not depend on which preparation comes first, nor on which comes
next. The last chance has none after it: nothing confirms it, review. Pure: identity and matching over texts, a stub
extractor for the loop."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from docpipe.errors import DocpipeError
from docpipe.extract import Rereading
from docpipe.identity import read_document
from docpipe.ingest import SECOND_PREPARATIONS, Pipeline, confirmed_second_reading
from docpipe.matching import RegistryIndex, decide
from docpipe.models import ExtractedDocument, Page, Patient
from docpipe.ocr import Preparation

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("B1", "BRIAND", "Sarah", date(1980, 4, 4), "F"),
                             Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")])
BODY = "\nBilan sanguin du 12/11/2026 : hémoglobine normale."
GARBLED_DATE = "Patient : BRIAND Sarah - 84/64/198O" + BODY
SARAH = "Patient : BRIAND Sarah - 04/04/1980" + BODY
SARA = "Patient : BRIAND Sara - 04/04/1980" + BODY
NO_NAME = "Pat1ent : 8R~@ND - O4/O4/" + BODY


def reading(text: str):
    return read_document([text], today=TODAY)


def confirmed(*confirming: str):
    first, second = reading(GARBLED_DATE), reading(SARAH)
    return confirmed_second_reading(decide(first, INDEX), decide(second, INDEX), [first],
                                    [reading(text) for text in confirming], INDEX)


def test_the_first_reading_files_no_one_and_the_second_would_file_sarah():
    assert decide(reading(GARBLED_DATE), INDEX).rule == "no_match"
    assert decide(reading(SARAH), INDEX).patient_ipp == "B1"


def test_a_next_reading_that_says_sara_refuses_it():
    decision = confirmed(SARA)
    assert not decision.files and decision.evidence["second_reading"]["patient"] == "B1"
    assert any("Sara" in str(problem) for problem in decision.evidence["second_reading"]["problems"])


def test_a_next_reading_one_digit_off_in_the_birth_date_refuses_it():
    assert not confirmed("Patient : BRIAND Sarah - 04/04/1986" + BODY).files


@pytest.mark.parametrize("confirming", [SARAH, NO_NAME, "Patient : BRlAND Sarah - 04/04/1980" + BODY])
def test_a_next_reading_that_says_the_same_or_nothing_else_confirms_it(confirming):
    decision = confirmed(confirming)
    assert decision.files and decision.patient_ipp == "B1"


GARBLED_INS = "\nINS : 2 80 04 75 116 023 45"  # its key (22) fails: OCR misread a digit


def test_a_next_reading_whose_ins_field_is_unreadable_still_confirms_it():
    assert any(not ins.valid_key for page in reading(SARAH + GARBLED_INS) for ins in page.ins)
    decision = confirmed(SARAH + GARBLED_INS)
    assert decision.files and decision.patient_ipp == "B1"


def test_a_next_reading_with_an_unreadable_ins_that_says_sara_still_refuses_it():
    decision = confirmed(SARA + GARBLED_INS)
    assert not decision.files
    assert any("Sara" in str(problem) for problem in decision.evidence["second_reading"]["problems"])


def test_an_unreadable_ins_in_a_reading_made_before_still_refuses_it():
    first, second = reading(GARBLED_DATE + GARBLED_INS), reading(SARAH)
    decision = confirmed_second_reading(decide(first, INDEX), decide(second, INDEX), [first], [reading(SARAH)],
                                        INDEX)
    assert not decision.files


def test_a_reading_two_chances_later_that_says_sara_refuses_it():
    decision = confirmed(NO_NAME, SARA)
    assert not decision.files and decision.evidence["second_reading"]["patient"] == "B1"
    assert any("Sara" in str(problem) for problem in decision.evidence["second_reading"]["problems"])


def test_every_later_reading_that_says_the_same_or_nothing_else_confirms_it():
    decision = confirmed(NO_NAME, SARAH, "Patient : BRlAND Sarah - 04/04/1980" + BODY)
    assert decision.files and decision.patient_ipp == "B1"


def test_without_a_next_reading_nothing_confirms_it():
    decision = confirmed()
    assert not decision.files and decision.rule == "no_match"
    assert decision.evidence["second_reading"] == {"patient": "B1", "problems": [], "unconfirmed": True}


# --- the loop: which chances are read, what is kept -----------------------------------------------------------

class StubExtractor:
    """Each chance reads the page as `texts` says (a missing chance, or `None`, fails as OCR can)."""

    def __init__(self, texts: dict[Preparation, str | None]):
        self.texts, self.asked = texts, []

    def reread(self, path, page_numbers, preparation):
        self.asked.append(preparation)
        text = self.texts.get(preparation)
        if text is None:
            raise DocpipeError("lecture impossible")
        return Rereading(preparation, (Page(1, text, "ocr", 80.0),), (preparation,))


def read_again(texts: dict[Preparation, str | None]):
    pipeline = Pipeline.__new__(Pipeline)  # no home, store nor archive: only the reading and matching steps
    pipeline.index, pipeline.extractor = INDEX, StubExtractor(texts)
    document = ExtractedDocument("image", (Page(1, GARBLED_DATE, "ocr", 60.0),))
    first = reading(GARBLED_DATE)
    decision, kept = pipeline.read_again(Path("scan.png"), document, first, decide(first, INDEX), [1], TODAY)
    return decision, kept, pipeline.extractor.asked


ADAPTIVE, MEDIAN, SPARSE, LINES, SMOOTH = SECOND_PREPARATIONS


def test_a_reading_every_later_chance_confirms_is_kept_and_stored():
    decision, kept, asked = read_again({ADAPTIVE: SARAH, MEDIAN: NO_NAME, SPARSE: NO_NAME,
                                        LINES: NO_NAME, SMOOTH: SARAH})
    assert (decision.status, decision.patient_ipp) == ("filed", "B1") and asked == list(SECOND_PREPARATIONS)
    made = decision.evidence["second_reading"]
    assert made["kept"] is True and made["confirmation"] == {"readings": ["median", "sparse", "lines", "smooth"],
                                                             "confirmed": True}
    assert made["preparations"] == ["adaptive", "median", "sparse", "lines", "smooth"]
    assert kept.pages[0].text == SARAH  # the text stored is the reading that filed it, not a confirming one


def test_a_rescue_by_the_median_reading_is_confirmed_by_the_two_chances_after_it():
    decision, _, asked = read_again({ADAPTIVE: NO_NAME, MEDIAN: SARAH, SPARSE: NO_NAME,
                                     LINES: NO_NAME, SMOOTH: NO_NAME})
    assert (decision.status, decision.patient_ipp) == ("filed", "B1") and asked == list(SECOND_PREPARATIONS)
    assert decision.evidence["second_reading"]["confirmation"] == {"readings": ["sparse", "lines", "smooth"],
                                                                   "confirmed": True}


def test_sarah_read_first_and_sara_next_goes_to_review_and_reads_no_further():
    decision, kept, asked = read_again({ADAPTIVE: SARAH, MEDIAN: SARA, SPARSE: SARAH, LINES: NO_NAME, SMOOTH: SARAH})
    assert not decision.files and asked == [ADAPTIVE, MEDIAN]
    assert decision.evidence["second_reading"]["confirmation"] == {"readings": ["median"], "confirmed": False}
    assert kept.pages[0].text == GARBLED_DATE


def test_sara_read_two_chances_later_refuses_what_the_next_chance_let_pass():
    """The next reading lost the name (it says nothing otherwise); the one after it reads `Sara`: two readings of the
    page name two people, review — main kept B1 here."""
    decision, kept, asked = read_again({ADAPTIVE: SARAH, MEDIAN: NO_NAME, SPARSE: SARA, LINES: NO_NAME, SMOOTH: SARAH})
    assert not decision.files and asked == [ADAPTIVE, MEDIAN, SPARSE]
    made = decision.evidence["second_reading"]
    assert made["confirmation"] == {"readings": ["median", "sparse"], "confirmed": False}
    assert made["patient"] == "B1" and any("Sara" in str(problem) for problem in made["problems"])
    assert kept.pages[0].text == GARBLED_DATE


def test_a_birth_date_one_digit_off_read_by_the_last_chance_refuses_a_median_rescue():
    decision, _, asked = read_again({ADAPTIVE: NO_NAME, MEDIAN: SARAH, SPARSE: NO_NAME, LINES: NO_NAME,
                                     SMOOTH: "Patient : BRIAND Sarah - 04/04/1986" + BODY})
    assert not decision.files and asked == list(SECOND_PREPARATIONS)


def test_sara_read_first_and_sarah_next_goes_to_review_as_before():
    decision, _, asked = read_again({ADAPTIVE: SARA, MEDIAN: SARAH, SPARSE: SARAH, LINES: NO_NAME, SMOOTH: SARAH})
    assert not decision.files and asked == [ADAPTIVE, MEDIAN]
    assert "confirmation" not in decision.evidence["second_reading"]


def test_a_rescue_by_the_last_chance_is_not_kept():
    decision, _, asked = read_again({ADAPTIVE: NO_NAME, MEDIAN: NO_NAME, SPARSE: NO_NAME,
                                     LINES: NO_NAME, SMOOTH: SARAH})
    assert not decision.files and asked == list(SECOND_PREPARATIONS)
    assert decision.evidence["second_reading"]["unconfirmed"] is True
    assert decision.evidence["second_reading"]["confirmation"] == {"readings": [], "confirmed": False}


def test_a_confirming_chance_that_fails_leaves_the_first_decision():
    decision, _, asked = read_again({ADAPTIVE: SARAH, MEDIAN: None})
    assert not decision.files and asked == [ADAPTIVE, MEDIAN]
    assert decision.evidence["second_reading"]["preparations"] == ["adaptive"]


def test_a_later_confirming_chance_that_fails_leaves_the_first_decision():
    """The median reading said nothing otherwise, but the sparse one could not be read: not every chance confirmed."""
    decision, _, asked = read_again({ADAPTIVE: SARAH, MEDIAN: NO_NAME, SPARSE: None, LINES: NO_NAME, SMOOTH: SARAH})
    assert not decision.files and asked == [ADAPTIVE, MEDIAN, SPARSE]
    made = decision.evidence["second_reading"]
    assert made["unconfirmed"] is True and made["preparations"] == ["adaptive", "median"]
    assert made["confirmation"] == {"readings": ["median"], "confirmed": False, "failed": "sparse"}


def test_pages_never_kept_read_each_chance_once():
    """The confirmation costs OCR only on pages a second reading rescues."""
    _, _, asked = read_again({ADAPTIVE: NO_NAME, MEDIAN: NO_NAME, SPARSE: NO_NAME, LINES: NO_NAME, SMOOTH: NO_NAME})
    assert asked == list(SECOND_PREPARATIONS)


# --- a first reading dated through a misread label is read on -------------------------------------------------

LOIC = RegistryIndex.build([Patient("T1", "LOIC", "Tanguy", date(1984, 1, 9), "M")])
LAB_BODY = "\nHémoglobine : 15,7 g/dL ; créatinine : 97 µmol/L."  # no word of a donation (`sanguin` would be one)


def read_on(label: str, texts: dict[Preparation, str]):
    first_text = f"Patient : M. Tanguy L0IC\n{label} : 09/01/1984" + LAB_BODY
    pipeline = Pipeline.__new__(Pipeline)
    pipeline.index, pipeline.extractor = LOIC, StubExtractor({p: t.replace("LABEL", label) for p, t in texts.items()})
    first = reading(first_text)
    document = ExtractedDocument("image", (Page(1, first_text, "ocr", 60.0),))
    decision, _ = pipeline.read_again(Path("fax.tif"), document, first, decide(first, LOIC), [1], TODAY)
    return decision, pipeline.extractor.asked


READINGS = {ADAPTIVE: "Patient : M. Tanguy L0IC\nLABEL : 09/01/1984" + LAB_BODY,
            MEDIAN: "Patient : M. Tanguy LOIC\nLABEL : 09/01/1984" + LAB_BODY,
            SPARSE: "Patient : M. Tanguy LOIC\nLABEL : 09/01/1984" + LAB_BODY,
            LINES: "Patient : M. Tanguy LOIC\nLABEL : 09/01/1984" + LAB_BODY,
            SMOOTH: "Patient : M. Tanguy LOIC\nLABEL : 09/01/1984" + LAB_BODY}


def test_a_first_reading_dated_through_a_misread_ddn_label_is_read_on_after_a_reading_that_repeats_it():
    decision, asked = read_on("DEN", READINGS)
    assert (decision.status, decision.patient_ipp) == ("filed", "T1") and asked == list(SECOND_PREPARATIONS)


def test_a_first_reading_dated_through_a_printed_label_stops_at_a_reading_that_repeats_it():
    decision, asked = read_on("DDN", READINGS)
    assert not decision.files and asked == [ADAPTIVE]


# --- the review reason names the patient a second reading proposed, and why it was not kept ---------------------

FIRST_REASON = decide(reading(GARBLED_DATE), INDEX).reason_fr


def test_a_refused_reading_is_named_in_the_reason_with_what_refused_it():
    decision, _, _ = read_again({ADAPTIVE: SARAH, MEDIAN: NO_NAME, SPARSE: SARA, LINES: NO_NAME, SMOOTH: SARAH})
    assert decision.reason_fr.startswith(FIRST_REASON + " Une seconde lecture proposait le patient IPP B1, mais une "
                                         "autre lecture la contredit : ")
    assert "prénom « Sara »" in decision.reason_fr
    assert decision.reason_fr.endswith(" — à vérifier sur le document avant de l'attribuer.")


def test_a_reading_refused_by_an_earlier_one_is_named_too():
    decision, _, _ = read_again({ADAPTIVE: SARA, MEDIAN: SARAH, SPARSE: SARAH, LINES: NO_NAME, SMOOTH: SARAH})
    assert decision.reason_fr.startswith(FIRST_REASON + " Une seconde lecture proposait le patient IPP B1, mais une "
                                         "autre lecture la contredit : ")
    assert decision.reason_fr.endswith("une autre lecture page 1 lit le prénom « Sara » à côté du nom — à vérifier "
                                       "sur le document avant de l'attribuer.")


def test_a_rescue_by_the_last_chance_says_nothing_was_left_to_confirm_it():
    decision, _, _ = read_again({ADAPTIVE: NO_NAME, MEDIAN: NO_NAME, SPARSE: NO_NAME, LINES: NO_NAME, SMOOTH: SARAH})
    assert decision.reason_fr == (FIRST_REASON + " Une seconde lecture proposait le patient IPP B1, mais aucune "
                                  "préparation de l'image ne restait pour la confirmer — à vérifier sur le document "
                                  "avant de l'attribuer.")


def test_a_confirming_reading_that_failed_is_said():
    decision, _, _ = read_again({ADAPTIVE: SARAH, MEDIAN: NO_NAME, SPARSE: None, LINES: NO_NAME, SMOOTH: SARAH})
    assert decision.reason_fr == (FIRST_REASON + " Une seconde lecture proposait le patient IPP B1, mais la lecture "
                                  "qui devait la confirmer a échoué — à vérifier sur le document avant de "
                                  "l'attribuer.")
    assert decision.evidence["second_reading"]["confirmation"]["failed"] == "sparse"


def test_second_readings_that_proposed_no_one_leave_the_reason_as_it_was():
    decision, _, _ = read_again({ADAPTIVE: NO_NAME, MEDIAN: NO_NAME, SPARSE: NO_NAME, LINES: NO_NAME, SMOOTH: NO_NAME})
    assert decision.reason_fr == FIRST_REASON and "proposait" not in FIRST_REASON


def test_a_kept_reading_has_no_review_reason():
    decision, _, _ = read_again({ADAPTIVE: SARAH, MEDIAN: NO_NAME, SPARSE: NO_NAME, LINES: NO_NAME, SMOOTH: SARAH})
    assert decision.files and decision.reason_fr == decide(reading(SARAH), INDEX).reason_fr


def test_a_birth_date_read_otherwise_is_said_with_both_dates():
    decision, _, _ = read_again({ADAPTIVE: NO_NAME, MEDIAN: SARAH, SPARSE: NO_NAME, LINES: NO_NAME,
                                 SMOOTH: "Patient : BRIAND Sarah - 04/04/1986" + BODY})
    assert decision.reason_fr.endswith(" Une seconde lecture proposait le patient IPP B1, mais une autre lecture la "
                                       "contredit : une autre lecture page 1 lit la date 04/04/1986, registre "
                                       "04/04/1980 — à vérifier sur le document avant de l'attribuer.")


def read_on_from(first_text: str, texts: dict[Preparation, str]):
    pipeline = Pipeline.__new__(Pipeline)
    pipeline.index, pipeline.extractor = LOIC, StubExtractor(texts)
    first = reading(first_text)
    document = ExtractedDocument("image", (Page(1, first_text, "ocr", 60.0),))
    decision, _ = pipeline.read_again(Path("fax.tif"), document, first, decide(first, LOIC), [1], TODAY)
    return decision, pipeline.extractor.asked


LOST_FIRST_NAMES = "Nom de naissance : LOIC\nPrénom(s) : | ——\n.\nDDN : 09/01/1984" + LAB_BODY
FOUND_FIRST_NAMES = "Nom de naissance : LOIC\nPrénom(s) : Tanguy\nDDN : 09/01/1984" + LAB_BODY


def test_a_first_reading_with_an_empty_first_names_field_is_read_on_after_a_reading_that_repeats_it():
    """Second corpus s108_004 (session 51): `Prénom(s) :` printed, its value lost by the first reading and by the
    adaptive one; the preparations after them are still tried, and the one that reads it files the page."""
    texts = {preparation: FOUND_FIRST_NAMES for preparation in SECOND_PREPARATIONS}
    decision, asked = read_on_from(LOST_FIRST_NAMES, {**texts, ADAPTIVE: LOST_FIRST_NAMES})
    assert len(asked) > 1 and (decision.status, decision.patient_ipp) == ("filed", "T1")


def test_a_first_reading_with_its_first_names_read_stops_at_a_reading_that_repeats_it():
    misread = "Nom de naissance : L0IC\nPrénom(s) : Tanguy\nDDN : 09/01/1984" + LAB_BODY
    texts = {preparation: FOUND_FIRST_NAMES for preparation in SECOND_PREPARATIONS}
    decision, asked = read_on_from(misread, {**texts, ADAPTIVE: misread})
    assert not decision.files and asked == [ADAPTIVE]
