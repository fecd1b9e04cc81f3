"""A fax reads the colon of a form's birth label as a semicolon, an equals sign or an exclamation mark (`Naissance ;` /
`17/01/1986`, independent corpus s686-008): the date is still the labelled birth date — when the label opens its line
and the date follows the mark (review46: words after the mark, a clause in running text are no such field). On main it
was read without its label, and a trusted person's dated field lower on the page (her mother's) became the only birth
date read — a contradiction sent the admission form to review. A semicolon between a birth name and `le` (`née
BERNARD ; le 12/03/2020`) still ends the birth mention. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
INDEX = RegistryIndex.build([
    Patient("C1", "NGUYEN", "Clémence", date(1986, 1, 17), "F", used_name="BENSAÏD"),
    Patient("G1", "NGUYEN", "Geneviève", date(1948, 4, 23), "F"),
])
ADMISSION = ("Dossier d'admission\n\nNom :\nNGUYEN\nNom utilisé :\nBENSAÏD\nPrénom(s) :\nCLEMENCE\n"
             "Naissance {mark}\n17/01/1986\nSexe :\nF\n\n"
             "Personne de confiance : GENEVIEVE NGUYEN, née le 23/04/1948 (mère) — 06 18 82 75 53\n")


def labels_of(text: str):
    return [(m.value, m.label) for m in read_page(text, today=TODAY).dates]


@pytest.mark.parametrize("text", ["Naissance ;\n17/01/1986", "Date de naissance ; 17/01/1986", "Née le ; 17/01/1986",
                                  "DDN ; 17/01/1986", "Né(e) le ;17/01/1986", "Date de naissance :; 17/01/1986",
                                  "Date de naissance = 17/01/1986", "Date de naissance ! 17/01/1986",
                                  "DDN= 17/01/1986",
                                  # a fax's speck before the mark (first corpus s773-007)
                                  "Date de naissance”; 17/01/1986", 'Date de naissance" ; 17/01/1986'])
def test_a_semicolon_for_the_colon_keeps_the_birth_label(text):
    assert labels_of(text) == [(date(1986, 1, 17), "birth")]


@pytest.mark.parametrize("text", ["Antécédents : née BERNARD ; le 12/03/2020 appendicectomie.",
                                  "Vue le ; 17/01/2026 en consultation.", "Vue le”; 17/01/2026 en consultation.",
                                  "Date de naissance ; Date d'entrée : 01/12/2026",
                                  "Date de naissance : __/__/____ 17/01/2026",
                                  # review46: a blank field, then another dated field; a clause in running text
                                  "Date de naissance : ______________ Vu le 12/03/2026",
                                  "Date de naissance ; Vu le 12/03/2026",
                                  "ATCD : prématurité à la naissance ; 04.04.2022 : bronchiolite",
                                  "Patient : Jean PICARD, né le ; 04.04.2022",
                                  # review49: a list's line
                                  "- Naissance ; 04.04.2022 : petit-fils", "Naissance ; 04.04.2022 : petit-fils"])
def test_a_semicolon_after_a_birth_name_or_another_label_is_no_birth_label(text):
    assert all(label != "birth" for _value, label in labels_of(text))


@pytest.mark.parametrize("mark", [":", ";"])
def test_the_admission_form_files_under_its_patient_whatever_its_colon(mark):
    decision = decide(read_document([ADMISSION.format(mark=mark)], today=TODAY), INDEX)
    assert (decision.status, decision.patient_ipp) == ("filed", "C1")


def test_the_near_miss_the_trusted_persons_date_under_the_semicolon_label_goes_to_review():
    """The page's own birth label holds the mother's date: no patient of the form, whatever the mark."""
    page = ADMISSION.format(mark=";").replace("17/01/1986", "23/04/1948", 1)
    decision = decide(read_document([page], today=TODAY), INDEX)
    assert decision.status == "review"
