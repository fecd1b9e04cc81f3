"""A batch scan — several patients' documents fed one after the other into one file — is cut into its parts when
every page says alone whose it is and each part opens a document of its own; anything less leaves the whole file in
review. Pure, no I/O. Fifth independent corpus (ood5): two one-page documents of two patients in one PDF went to
review whole. Session 60's cut, without the opening and the circle, filed under the person it named a parent's
signature page, a newborn's mother page, a trusted person's page (« Essayé et refusé »): those stay in review."""
from datetime import date

from docpipe.batches import BatchPart, batch_parts, continues, opens_a_document
from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([
    Patient("A1", "LEGRAND", "Claude", date(1969, 12, 5), "M"),
    Patient("B2", "PERRIN", "Quentin", date(1995, 1, 28), "M"),
    Patient("C3", "PERRIN", "Martine", date(1966, 4, 2), "F"),
    Patient("D4", "LEGRAND", "Claude", date(1971, 3, 9), "M"),
    Patient("E5", "DURAND", "Léo", date(2015, 6, 1), "M"),
    Patient("F6", "LEGRAND", "Julie", date(1985, 4, 3), "F"),
])
PRESCRIPTION = ("Dr Jacques BOULIN\nMédecine générale\n\nNom de naissance : {name}\nPrénom : {first}\n"
                "Date de naissance : {born}\n\nORDONNANCE\nPARACÉTAMOL 1 g : 1 comprimé trois fois par jour\n")
CLAUDE = PRESCRIPTION.format(name="LEGRAND", first="Claude", born="05/12/1969")
QUENTIN = PRESCRIPTION.format(name="PERRIN", first="Quentin", born="28/01/1995")
MARTINE = PRESCRIPTION.format(name="PERRIN", first="Martine", born="02/04/1966")
CERTIFICATE = ("CERTIFICAT MÉDICAL\n\nJe soussigné, Dr Anne ROY, certifie avoir examiné ce jour Monsieur Quentin "
               "PERRIN, né le 28/01/1995, et n'avoir constaté aucune contre-indication à la pratique du football.\n")
CONTINUATION = "Suite de l'ordonnance\nAMOXICILLINE 1 g : 1 comprimé matin et soir pendant 6 jours\nPage 2/2\n"


def parts(*pages: str):
    readings = read_document(list(pages), TODAY)
    return batch_parts(readings, INDEX, decide(readings, INDEX))


def test_two_patients_documents_one_after_the_other_are_cut_into_their_parts():
    readings = read_document([CLAUDE, QUENTIN], TODAY)
    whole = decide(readings, INDEX)
    assert not whole.files and whole.rule == "several_patients"
    assert batch_parts(readings, INDEX, whole) == [BatchPart(1, 1, "A1"), BatchPart(2, 2, "B2")]
    assert parts(CLAUDE, CERTIFICATE) == [BatchPart(1, 1, "A1"), BatchPart(2, 2, "B2")]


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
    no_date = "Dr Jacques BOULIN\nNom de naissance : LEGRAND\nPrénom : Claude\n\nORDONNANCE\nIBUPROFÈNE 400 mg\n"
    assert parts(no_date, QUENTIN) is None


def test_a_part_naming_another_parts_patient_leaves_the_whole_file_in_review():
    naming = MARTINE + "Consultation de contrôle avec le Dr Quentin PERRIN.\n"
    assert decide(read_document([naming], TODAY), INDEX).patient_ipp == "C3"
    assert parts(naming, QUENTIN) is None
    assert parts(MARTINE, QUENTIN) == [BatchPart(1, 1, "C3"), BatchPart(2, 2, "B2")]


def test_a_page_whose_own_traits_disagree_leaves_the_whole_file_in_review():
    other_birth_date = CLAUDE + "Né le 09/03/1971\n"
    assert parts(CLAUDE, other_birth_date, QUENTIN) is None


def test_a_page_of_the_patients_circle_leaves_the_whole_file_in_review():
    # read alone, each of these pages files the mother who signs or gave birth; in the file, it is the child's
    child = ("Dr Anne ROY\nCHIRURGIE PÉDIATRIQUE\nNom de naissance : DURAND\nPrénom : Léo\n"
             "Date de naissance : 01/06/2015\nIntervention prévue le 12/12/2026.\n")
    parent = ("AUTORISATION D'OPÉRER\nNom de naissance : LEGRAND\nPrénom : Julie\nDate de naissance : 03/04/1985\n"
              "Autorise l'intervention chirurgicale prévue.\nSignature :\n")
    mother = ("MATERNITÉ DU CENTRE HOSPITALIER\nNom de naissance : LEGRAND\nPrénom : Julie\n"
              "Date de naissance : 03/04/1985\nAccouchement par voie basse le 02/12/2026.\n")
    for page in (parent, mother):
        assert decide(read_document([page], TODAY), INDEX).patient_ipp == "F6"
        assert parts(child, page) is None
    assert parts(CLAUDE, QUENTIN + "Antécédents familiaux : père diabétique.\n") is None
    assert parts(CLAUDE + "Il est accompagné de son épouse.\n", QUENTIN) is None


def test_each_part_must_open_a_document():
    # a page that starts inside a text, whose identity is only a running line: a second page, perhaps someone's
    running = "LEGRAND Claude — 05/12/1969\nla suite du traitement est inchangée, contrôle dans trois mois.\n"
    assert decide(read_document([running], TODAY), INDEX).patient_ipp == "A1"
    assert parts(QUENTIN, running) is None
    assert not opens_a_document(running)
    assert opens_a_document("CENTRE HOSPITALIER DE QUIMPER\nNOM : GARCIA\n")
    assert opens_a_document("\n  Dr. Gabriel BOYER\nORL\n")
    assert opens_a_document("PRESCRIPTION MÉDICALE DE TRANSPORT\nAssurance Maladie\n")
    assert not opens_a_document("SUITE DU COMPTE RENDU\nNom : LEGRAND\n")
    assert not opens_a_document("M. LEGRAND CLAUDE\nNé le 05/12/1969\n")


def test_page_numbers_that_tie_two_pages_leave_the_whole_file_in_review():
    assert continues(CLAUDE + "Page 1/2\n", QUENTIN)
    assert continues(CLAUDE, QUENTIN + "page 2 sur 3\n")
    assert continues(CLAUDE + "\n- 1/2 -\n", QUENTIN)
    assert not continues(CLAUDE + "Page 1/1\n", QUENTIN + "Page 1/2\n")
    assert not continues(CLAUDE + "Hospitalisé du 03/10 au 08/10.\n", QUENTIN)  # a date is no page number
    assert parts(CLAUDE + "Page 1/2\n", QUENTIN) is None
    assert parts(CLAUDE + "Page 1/1\n", QUENTIN + "Page 1/1\n") == [BatchPart(1, 1, "A1"), BatchPart(2, 2, "B2")]


def test_only_a_file_that_designates_several_patients_is_cut():
    readings = read_document([CLAUDE, QUENTIN], TODAY)
    contradicted = decide(read_document([QUENTIN + "Né le 09/03/1971\n"], TODAY), INDEX)
    assert contradicted.rule == "contradiction"
    assert batch_parts(readings, INDEX, contradicted) is None
