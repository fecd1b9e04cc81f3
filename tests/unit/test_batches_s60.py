"""A batch scan — several patients' documents fed one after the other into one file — is cut into its parts when
every page says alone whose it is; anything less leaves the whole file in review. Pure, no I/O. Independent corpus
ood5 (session 60): two one-page prescriptions of two patients in one PDF went to review whole."""
from datetime import date

from docpipe.batches import BatchPart, batch_parts
from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([
    Patient("A1", "LEGRAND", "Claude", date(1969, 12, 5), "M"),
    Patient("B2", "PERRIN", "Quentin", date(1995, 1, 28), "M"),
    Patient("C3", "PERRIN", "Martine", date(1966, 4, 2), "F"),
    Patient("D4", "LEGRAND", "Claude", date(1971, 3, 9), "M"),
])
PRESCRIPTION = ("Dr Jacques BOULIN\nMédecine générale\n\nNom de naissance : {name}\nPrénom : {first}\n"
                "Date de naissance : {born}\n\nORDONNANCE\nPARACÉTAMOL 1 g : 1 comprimé trois fois par jour\n")
CLAUDE = PRESCRIPTION.format(name="LEGRAND", first="Claude", born="05/12/1969")
QUENTIN = PRESCRIPTION.format(name="PERRIN", first="Quentin", born="28/01/1995")
MARTINE = PRESCRIPTION.format(name="PERRIN", first="Martine", born="02/04/1966")
CONTINUATION = "Suite de l'ordonnance\nAMOXICILLINE 1 g : 1 comprimé matin et soir pendant 6 jours\nPage 2/2\n"


def parts(*pages: str):
    return batch_parts(read_document(list(pages), TODAY), INDEX)


def test_two_patients_documents_one_after_the_other_are_cut_into_their_parts():
    readings = read_document([CLAUDE, QUENTIN], TODAY)
    assert not decide(readings, INDEX).files  # read whole, the file names two patients
    assert batch_parts(readings, INDEX) == [BatchPart(1, 1, "A1"), BatchPart(2, 2, "B2")]


def test_a_patients_pages_in_a_row_make_one_part_and_a_patient_may_come_back():
    assert parts(CLAUDE, CLAUDE, QUENTIN, CLAUDE) == [BatchPart(1, 2, "A1"), BatchPart(3, 3, "B2"),
                                                      BatchPart(4, 4, "A1")]


def test_one_patients_pages_are_no_batch():
    assert parts(CLAUDE, CLAUDE) is None
    assert parts(CLAUDE) is None


def test_a_page_that_files_no_one_alone_leaves_the_whole_file_in_review():
    # `Page 2/2` may end Claude's prescription or begin the next patient's: nothing on it says which
    assert parts(CLAUDE, CONTINUATION, QUENTIN) is None
    assert parts(CLAUDE, QUENTIN, CONTINUATION) is None
    assert parts(CONTINUATION, CLAUDE, QUENTIN) is None


def test_a_page_whose_identity_fits_two_namesakes_leaves_the_whole_file_in_review():
    no_date = "Nom de naissance : LEGRAND\nPrénom : Claude\n\nORDONNANCE\nIBUPROFÈNE 400 mg\n"
    assert parts(no_date, QUENTIN) is None


def test_a_part_naming_another_parts_patient_leaves_the_whole_file_in_review():
    # Martine's page names her son Quentin: one document about both is possible, not two documents
    naming = MARTINE + "Accompagnée de son fils Quentin PERRIN.\n"
    assert decide(read_document([naming], TODAY), INDEX).patient_ipp == "C3"
    assert parts(naming, QUENTIN) is None
    assert parts(MARTINE, QUENTIN) == [BatchPart(1, 1, "C3"), BatchPart(2, 2, "B2")]


def test_a_page_whose_own_traits_disagree_leaves_the_whole_file_in_review():
    other_birth_date = CLAUDE + "Né le 09/03/1971\n"
    assert parts(CLAUDE, other_birth_date, QUENTIN) is None
