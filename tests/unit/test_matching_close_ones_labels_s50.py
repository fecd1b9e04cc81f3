"""What forms, mutual papers and birth papers call a close one, a carer or a payer (`Maman :`, `Aidant(e)
principal(e) :`, `Personne à contacter :`; `Titulaire du contrat :` when the page says apart who was cared for) is a
relation's field: the person fully identified there designates no one but stays a candidate against any other, as
behind `Épouse :` (review101: on a newborn's discharge sheet, an elder's liaison sheet, a child's mutual statement, the
one person fully identified was the relative, filed). Unlike session 49's withdrawn third party's labels, the name stays
a candidate: the patient's own name behind `Maman :` still competes with a relative fully identified elsewhere
(review103). The payer alone, or cared for himself, is the patient; so is the one behind `Parturiente :`; a close
one's label counts only on the name's own line (review104). A table's row whose first cell is a relation's holds its
person too. Pure, no I/O."""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 3, 2)
JEAN_INS = "1780275112041" + nir.calc_check_digits("1780275112041")
INDEX = RegistryIndex.build([
    Patient("S1", "GARCIA", "Sophie", date(1982, 8, 17), "F"),
    Patient("L1", "GARCIA", "Léa", date(2026, 2, 24), "F"),
    Patient("J1", "MARTIN", "Jean", date(1978, 2, 2), "M", ins=JEAN_INS),
    Patient("P1", "MARTIN", "Paul", date(2015, 6, 1), "M"),
])


def decide_page(page: str):
    return decide(read_document([page], TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Fiche de sortie néonatale\nMaman : Madame GARCIA Sophie, 17/08/1982\nFille de J3, ictère simple.",
    "Fiche de liaison EHPAD\nAidante principale : Mme GARCIA Sophie, née le 17/08/1982\nRésidente : Mme BLANC",
    "Aidant(e) principal(e) : Mme GARCIA Sophie, née le 17/08/1982\nFiche de liaison EHPAD",
    "Personne à contacter : Mme GARCIA Sophie, née le 17/08/1982\nFiche de liaison",
    "Décompte de remboursement\nTitulaire du contrat : Jean MARTIN, né le 02/02/1978\nPatient : son enfant",
    "Décompte de remboursement\nAdhérent : Jean MARTIN, né le 02/02/1978\nBénéficiaire : l'enfant",
    "Attestation de prise en charge\nCotisant : M. MARTIN Jean (02/02/1978)\nPersonne soignée : Paul (fils)",
    "Décompte\nSouscripteur : MARTIN Jean (02/02/1978)\nBénéficiaire des soins : l'enfant de l'adhérent",
    "Décompte\nSouscripteur : MARTIN Jean (02/02/1978)\nBénéficiaire des soins : MARTIN Jean, 11 ans",
    "Pédiatrie\nLien\tNom\tPrénom\tNé(e) le\nPapa\tMARTIN\tJean\t02/02/1978\nFils\tMARTIN\tPaul\t—",
    "| Qualité | Nom et prénom | Né(e) le |\n| Papa | MARTIN Jean | 02/02/1978 |\n| Fils | Paul | ? |",
    "Pédiatrie\nResponsable         MARTIN Jean             02/02/1978\nEnfant              Paul      ?",
    "Certificat\nPapa : MARTIN Jean (02/02/1978)\nL'enfant peut pratiquer le football.",
])
def test_a_close_one_fully_identified_behind_such_a_label_designates_no_one(page):
    assert not decide_page(page).files


@pytest.mark.parametrize("page, ipp", [
    # the close one, no registry patient, undated: the child's own fields file the page
    ("Nom : MARTIN\nPrénom : Paul\nNé le : 01/06/2015\nMaman : Mme DUPONT Claire — 06 12 34 56 78\nCertificat.", "P1"),
    # the words in running text, no label's colon
    ("Nom : MARTIN\nPrénom : Paul\nNé le : 01/06/2015\nPapa présent à la consultation, tiers payant accordé.", "P1"),
    ("Consultation\nPatient : MARTIN Jean, né le 02/02/1978\nTiers payant : oui", "J1"),
])
def test_the_patient_designated_beside_them_still_files(page, ipp):
    decision = decide_page(page)
    assert decision.files and decision.patient_ipp == ipp


@pytest.mark.parametrize("page", [
    "Attestation de droits\nAdhérent : MARTIN Jean\nDate de naissance : 02/02/1978\nRégime général",
    "Attestation de droits\nSouscripteur : Monsieur Jean MARTIN, né le 02/02/1978",
    "Décompte de remboursement\nCotisant : Jean MARTIN, né le 02/02/1978\nActe : consultation G",
    # review104: the cared-for field says it is the payer himself
    "Prise en charge\nPersonne soignée : lui-même\nADHÉRENT : Monsieur MARTIN Jean (02/02/1978)",
    "Décompte\nCotisant : Monsieur Jean MARTIN — 02/02/1978\nPatient : titulaire",
    "Décompte\nSouscripteur : MARTIN Jean (02/02/1978)\nBénéficiaire des soins : MARTIN Jean",
    # review104: no close one's field — a reference, a label alone above the patient's sticker
    "Courrier de la CPAM\nRéférence : M. MARTIN Jean, né le 02/02/1978\nDossier en cours.",
    "Feuille de surveillance\nRéférent :\nMARTIN Jean   né le 02/02/1978   IPP 3632441",
])
def test_a_payer_alone_or_cared_for_himself_and_a_label_no_close_ones_file_the_patient(page):
    """review103, review104: the mutual's paper of the one who pays and was cared for; no close one's label."""
    decision = decide_page(page)
    assert decision.files and decision.patient_ipp == "J1"


def test_a_parturiente_is_the_patient_of_her_delivery_report():
    """review104: 86 delivery reports that name only the mother would be lost."""
    decision = decide_page("Compte rendu d'accouchement\nParturiente : Mme GARCIA Sophie, née le 17/08/1982\nAPD.")
    assert decision.files and decision.patient_ipp == "S1"


def test_a_patients_own_row_in_a_table_still_files():
    page = "Lien\tNom\tPrénom\tNé(e) le\nPatient\tMARTIN\tPaul\t01/06/2015\nPère\tDUPONT\tMarc\t—"
    decision = decide_page(page)
    assert decision.files and decision.patient_ipp == "P1"


def test_a_close_ones_surname_above_a_dependants_list_still_holds_its_ins():
    """review104's F17: the INS of a dependant listed below a carer's line of that surname goes to review, as below
    `Aidant :` before."""
    page = ("Fiche sociale\nAidant principal : M. MARTIN\nEnfants à charge :\nJean MARTIN, né le 02/02/1978\n"
            f"INS : {JEAN_INS}")
    assert not decide_page(page).files


@pytest.mark.parametrize("page", [
    "Consultation de contraception du post-partum\nNouveau-né : GARCIA Léa (24/02/2026)\nMaman : GARCIA, 17/08/1982\n"
    "Fer 80 mg/j pendant 3 mois pour la maman.",
    "Bilan de santé de l'aidant\nPersonne ressource: MARTIN 02/02/1978\nPersonne aidée : MARTIN Paul, né le "
    "01/06/2015\nHTA mal équilibrée chez l'aidant.",
    "Ordonnance\nHEBERGEANT: MARTIN 02/02/1978\nPersonne aidée : MARTIN Paul, né le 01/06/2015\nSertraline 50 mg.",
])
def test_a_surname_and_date_behind_such_a_label_still_objects(page):
    """review105: the mother's or the carer's own paper names her by surname and date behind the label, the registered
    baby or aided person in full; the label keeps her from designating, never from objecting — the other is not
    filed."""
    assert not decide_page(page).files


def test_the_patients_own_name_behind_such_a_label_still_competes():
    """review103: the mother's own breastfeeding consultation names her behind `Maman :` without her date; the baby,
    registered, is fully identified below. Neither may be filed."""
    page = ("Consultation d'allaitement\nMaman : Madame GARCIA Sophie\nBébé : GARCIA Léa, née le 24/02/2026\n"
            "Allaitement exclusif.")
    assert not decide_page(page).files
