"""The cut proposed for a scan that holds several patients' documents one after the other: every page says alone whose
it is, no page number ties two parts, no part names another's patient. Pure, no I/O. The cut is proposed in review,
never applied at ingest: a page read alone may be a parent's consent or a relative's result annexed to a letter
(session 63's review: 44 of 80 probes filed under the wrong person by an automatic cut)."""
from datetime import date

from docpipe.batches import (ATTACHMENT_WORD_RE, CIRCLE_WORD_RE, FAX_COVER_RE, BatchPart, continues, found_words,
                             page_numbers, proposed_parts, ranges_text)
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
CONTINUATION = "Suite de l'ordonnance\nAMOXICILLINE 1 g : 1 comprimé matin et soir pendant 6 jours\n"


def parts(*pages: str):
    return proposed_parts(read_document(list(pages), TODAY), INDEX)


def test_two_patients_documents_one_after_the_other_get_a_proposed_cut():
    readings = read_document([CLAUDE, QUENTIN], TODAY)
    assert decide(readings, INDEX).rule == "several_patients"  # read whole, the file names two patients
    assert proposed_parts(readings, INDEX) == [BatchPart(1, 1, "A1"), BatchPart(2, 2, "B2")]


def test_a_patients_pages_in_a_row_make_one_part_and_a_patient_may_come_back():
    proposal = parts(CLAUDE, CLAUDE, QUENTIN, CLAUDE)
    assert [(p.first_page, p.last_page, p.patient_ipp) for p in proposal] == [(1, 2, "A1"), (3, 3, "B2"), (4, 4, "A1")]
    assert ranges_text([(p.first_page, p.last_page) for p in proposal]) == "1-2, 3, 4"
    # a page of someone else inside one patient's pages is where an annex sits
    assert proposal[1].cautions == ("entre deux parties du patient des pages 1 à 2 : une annexe de son document ?",)
    assert proposal[0].cautions == proposal[2].cautions == ()


def test_one_patients_pages_are_no_batch():
    assert parts(CLAUDE, CLAUDE) is None
    assert parts(CLAUDE) is None


def test_a_page_that_files_no_one_alone_gets_no_proposal():
    # the continuation may end Claude's prescription or begin the next patient's: nothing on it says which
    assert parts(CLAUDE, CONTINUATION, QUENTIN) is None
    assert parts(CLAUDE, QUENTIN, CONTINUATION) is None


def test_a_blank_page_goes_with_the_part_before_it():
    # the backs of pages scanned on both sides, OCR dust at most
    proposal = parts(CLAUDE, "", QUENTIN, " . - ,\n", CLAUDE)
    assert [(p.first_page, p.last_page, p.patient_ipp) for p in proposal] == [(1, 2, "A1"), (3, 4, "B2"), (5, 5, "A1")]
    assert [(p.first_page, p.last_page) for p in parts("", CLAUDE, QUENTIN)] == [(1, 2), (3, 3)]
    assert parts(CLAUDE + "Page 1/2\n", "", QUENTIN) is None  # the count read on the last written page
    assert parts("", "") is None


def test_a_page_whose_identity_fits_two_namesakes_gets_no_proposal():
    no_date = "Dr Jacques BOULIN\nNom de naissance : LEGRAND\nPrénom : Claude\n\nORDONNANCE\nIBUPROFÈNE 400 mg\n"
    assert parts(no_date, QUENTIN) is None


def test_a_part_naming_another_parts_patient_gets_no_proposal():
    naming = MARTINE + "Consultation de contrôle avec le Dr Quentin PERRIN.\n"
    assert decide(read_document([naming], TODAY), INDEX).patient_ipp == "C3"
    assert parts(naming, QUENTIN) is None
    martine_then_her_son = parts(MARTINE, QUENTIN)
    assert [(p.first_page, p.patient_ipp) for p in martine_then_her_son] == [(1, "C3"), (2, "B2")]
    assert martine_then_her_son[0].cautions == ("même nom de famille que le patient de la page 2",)


def test_a_page_whose_own_traits_disagree_gets_no_proposal():
    other_birth_date = CLAUDE + "Né le 09/03/1971\n"
    assert parts(CLAUDE, other_birth_date, QUENTIN) is None


def test_page_numbers_that_tie_two_pages_get_no_proposal():
    for footer in ("Page 1/2", "Page : 1/2", "page 1 sur 2", "Page 1 de 2", "p. 1/2", "Feuillet 1/2",
                   "P.001/002", "Édité le 12/11/2026 par DxCare   1/2"):
        assert continues(CLAUDE + footer + "\n", QUENTIN), footer
        assert parts(CLAUDE + footer + "\n", QUENTIN) is None, footer
    assert continues(CLAUDE, QUENTIN + "P.002/002\n")
    # a fax's transmission line counts the pages sent together, several documents among them
    assert not continues("De : CLINIQUE PASTEUR  12/11/2026 10:42  P.001/002\n" + CLAUDE,
                         "De : CLINIQUE PASTEUR  12/11/2026 10:42  P.002/002\n" + QUENTIN)
    assert not continues("17/03/2025 15h16 DE : +33 5 00 50 43 28 Page 1/2\n" + CLAUDE, QUENTIN)
    # a footer's printing date and time is no transmission line: its count is the document's
    assert continues(CLAUDE + "Imprimé le 12/11/2026 10:42 - Page 1/2\n", QUENTIN)
    assert continues(CLAUDE, QUENTIN + "Page 2 sur 2 - édité le 12/11/2026 10:42\n")
    assert not continues(CLAUDE + "Page 1/1\n", QUENTIN + "Page 1/2\n")


def test_dates_doses_and_pressures_are_no_page_numbers():
    assert page_numbers("Hospitalisé du 03/10 au 08/10/2026 pour une pneumopathie.\n") == []
    assert page_numbers("Née le 05/12/1969\nDOLIPRANE 1/2 comprimé le soir\n") == []
    assert not continues(CLAUDE + "PA 13/8\n", QUENTIN)  # a count of 13 pages on 8: no tie
    assert parts(CLAUDE + "Page 1/1\n", QUENTIN + "Page 1/1\n") == [BatchPart(1, 1, "A1"), BatchPart(2, 2, "B2")]


def test_a_page_counted_beyond_the_first_without_its_total_gets_no_proposal():
    for mark in ("Page 2", "Feuillet 2", "- 2 -", "FOLIO : 2"):
        assert continues(CLAUDE, QUENTIN + mark + "\n"), mark
    assert not continues(CLAUDE, QUENTIN + "Page 1\n")
    assert not continues(CLAUDE, QUENTIN + "Glycémie - 2 - 3 mmol/L\n")


def test_twins_or_namesakes_in_two_parts_get_no_proposal():
    # a twin's continuation header misread by one or two letters names the other twin: the page is the first one's
    twins = RegistryIndex.build([Patient("T1", "LEROY", "Manon", date(1993, 5, 12), "F"),
                                 Patient("T2", "LEROY", "Marion", date(1993, 5, 12), "F"), *INDEX.patients.values()])
    manon = PRESCRIPTION.format(name="LEROY", first="Manon", born="12/05/1993")
    marion = PRESCRIPTION.format(name="LEROY", first="Marion", born="12/05/1993")
    assert proposed_parts(read_document([manon, QUENTIN], TODAY), twins) == [BatchPart(1, 1, "T1"),
                                                                             BatchPart(2, 2, "B2")]
    assert proposed_parts(read_document([manon, marion], TODAY), twins) is None
    assert parts(CLAUDE, PRESCRIPTION.format(name="LEGRAND", first="Claude", born="09/03/1971")) is None


def test_each_part_carries_what_hints_at_one_document_about_several_people():
    # a mother's consent behind her child's letter: read alone, page 2 names the mother; the person must see why the
    # cut may be wrong
    index = RegistryIndex.build([Patient("E5", "GARNIER", "Hugo", date(2019, 3, 11), "M"),
                                 Patient("F6", "GARNIER", "Élodie", date(1988, 7, 22), "F"), *INDEX.patients.values()])
    child = ("Dr Yann LE FLOCH\nORL\nCOMPTE RENDU DE CONSULTATION\nGARNIER Hugo, né le 11/03/2019\n"
             "Indication : aérateurs transtympaniques. Fiche de consentement ci-jointe.\n")
    consent = ("CLINIQUE SAINT-MICHEL\nFICHE DE CONSENTEMENT ÉCLAIRÉ\nJe soussignée Mme GARNIER Élodie, née le "
               "22/07/1988,\nreconnais avoir reçu une information sur l'intervention proposée pour Hugo, en qualité "
               "de Mère.\n")
    proposal = proposed_parts(read_document([child, consent], TODAY), index)
    assert [(p.first_page, p.patient_ipp) for p in proposal] == [(1, "E5"), (2, "F6")]
    assert proposal[0].cautions == ("annonce une pièce jointe (« ci-jointe »)",
                                    "même nom de famille que le patient de la page 2")
    assert proposal[1].cautions == ("parle de « mère »", "même nom de famille que le patient de la page 1",
                                    "nomme « Hugo », prénom du patient de la page 1")
    cardiology = ("Dr Hervé POSTEC\nCardiologue\nM. TANGUY Roger, né le 03/10/1948, est stable.\n"
                  "Le dépistage de Quentin a été fait le même jour.\n")
    roger = RegistryIndex.build([Patient("R1", "TANGUY", "Roger", date(1948, 10, 3), "M"), *INDEX.patients.values()])
    proposal = proposed_parts(read_document([cardiology, QUENTIN], TODAY), roger)
    assert proposal[0].cautions == ("nomme « Quentin », prénom du patient de la page 2",) and proposal[1].cautions == ()
    assert parts(CLAUDE, QUENTIN) == [BatchPart(1, 1, "A1", ()), BatchPart(2, 2, "B2", ())]


def test_a_delivery_report_with_the_newborns_block_shows_the_birth_and_the_other_persons_traits():
    # the newborn's block on page 2 of his mother's delivery report, faxed with a transmission line on each page
    index = RegistryIndex.build([Patient("M1", "ROUSSEL", "Camille", date(1991, 5, 14), "F"),
                                 Patient("N1", "GAUTIER", "Nathan", date(2026, 11, 3), "M"), *INDEX.patients.values()])
    delivery = ("06/11/2026 11:05 CHU RENNES P.001/002\nCOMPTE RENDU D'ACCOUCHEMENT\nPatiente : ROUSSEL Camille\n"
                "Née le : 14/05/1991\nExtraction instrumentale le 03/11/2026.\n")
    newborn = ("06/11/2026 11:05 CHU RENNES P.002/002\nNAISSANCE\nNom : GAUTIER\nPrénom : Nathan\n"
               "Né le : 03/11/2026 Sexe : M\nApgar 7/9/10. Suivi par Mme ROUSSEL.\n")
    assert proposed_parts(read_document([delivery + "Page 1/2\n", newborn + "Page 2/2\n"], TODAY), index) is None
    first, second = proposed_parts(read_document([delivery, newborn], TODAY), index)
    assert (first.patient_ipp, second.patient_ipp) == ("M1", "N1")
    assert first.cautions == ("parle de naissance ou de procréation (« accouchement ») : deux personnes sur un même "
                              "papier ?",
                              "porte la date de naissance du patient de la page 2 (03/11/2026)")
    assert second.cautions == ("parle de naissance ou de procréation (« apgar ») : deux personnes sur un même papier ?",
                               "nomme « ROUSSEL », nom du patient de la page 1")


def test_circle_words_are_read_through_hyphens_and_third_parties_roles():
    def circle(*texts: str) -> list[str]:
        return found_words(CIRCLE_WORD_RE, list(texts))
    assert circle("Référente : sa belle-fille, Mme ROUX.\nBilan du patient source de l'AES.") == [
        "belle-fille", "patient source"]
    assert circle("Examen du nouveau né. Résultat du cas index (sa Mère).", "sa mère") == [
        "nouveau né", "cas index", "mère"]
    assert circle("Dépistage des apparentés au premier degré.") == ["des apparentés"]
    assert circle("Sorties autorisées. Contre-indication apparente.") == []
    # a married name's marker, sutures, family history, an adjective, the uterine annexes name no one
    assert circle("Mme DUPONT épouse MARTIN. Ablation des fils à J10. Antécédents familiaux : néant. Contrôle proche.",
                  "Annexes libres.") == []
    assert found_words(ATTACHMENT_WORD_RE, ["Annexes libres. Résultats en annexe."]) == ["en annexe"]
    assert found_words(FAX_COVER_RE, ["Tél. 02 99 00 00 00 - Télécopie : 02 99 00 00 01"]) == []
    assert found_words(FAX_COVER_RE, ["TÉLÉCOPIE\nDestinataire : Dr ROY"]) == ["télécopie"]


def test_another_parts_patient_is_seen_by_every_word_of_a_compound_or_married_name():
    index = RegistryIndex.build([Patient("J1", "LE GOFF", "Jean-Pierre", date(1950, 2, 1), "M"),
                                 Patient("M1", "PERRIN", "Anne", date(1960, 5, 6), "F", used_name="MARTINEZ"),
                                 *INDEX.patients.values()])
    jean_pierre = PRESCRIPTION.format(name="LE GOFF", first="Jean-Pierre", born="01/02/1950")
    anne = PRESCRIPTION.format(name="PERRIN", first="Anne", born="06/05/1960")
    mention = CLAUDE + "Vu avec Jean-Pierre, en présence de Mme MARTINEZ.\n"
    first, *_ = proposed_parts(read_document([mention, jean_pierre, anne], TODAY), index)
    assert "nomme « Jean-Pierre », prénom du patient de la page 2" in first.cautions
    assert "nomme « MARTINEZ », nom du patient de la page 3" in first.cautions
