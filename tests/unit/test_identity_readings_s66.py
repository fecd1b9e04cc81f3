"""Session 66: what new lots of the independent corpora showed read wrong, each with the near miss that still goes
to review. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, spell_hyphen_joined_labels
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)


def verdict(pages: list[str], patients: list[Patient]):
    return decide(read_document(pages, today=TODAY), RegistryIndex.build(patients))


GAUTHIER = Patient("G01", "GAUTHIER", "Anne", date(2012, 5, 13), "F")
PELLETIER = Patient("P01", "PELLETIER", "Louise", date(1955, 8, 10), "F")
FORM = ("Formulaire de consultation\nNom de naissance : Gauthier\nPrénom(s) : ANNE\nNé(e) le : 13/05/2012\nSexe : F\n\n"
        "Médecin traitant : Dr Duc QUÉMÉNER\n\n{label} : LOUISE Pelletier, née le 10/08/1955 (mère) — 06 48 76 21 13"
        "\n\nLe bilan biologique retrouve une fonction rénale stable.\n")


@pytest.mark.parametrize("label", ["Personne-de confiance", "Personne de-confiance", "Personne à-prévenir",
                                   "Personne- de confiance", "Personne de confiance"])
def test_a_third_partys_label_joined_by_a_fax_hyphen_is_the_label(label):
    """First corpus s810-019: `Personne-de confiance :` was no label, and the mother's date contradicted the child."""
    decision = verdict([FORM.format(label=label)], [GAUTHIER, PELLETIER])
    assert (decision.status, decision.patient_ipp) == ("filed", "G01"), decision.reason_fr


@pytest.mark.parametrize("label", ["Personne-de confiance", "Personne de confiance"])
def test_the_same_page_without_the_patients_own_date_still_goes_to_review(label):
    page = FORM.format(label=label).replace("Né(e) le : 13/05/2012", "Né(e) le : 13/05/2013")
    assert verdict([page], [GAUTHIER, PELLETIER]).status == "review"


def test_only_a_glued_hyphen_of_a_label_is_spelled_as_a_space():
    assert spell_hyphen_joined_labels("Personne-de confiance : X\n") == "Personne de confiance : X\n"
    assert spell_hyphen_joined_labels("Date-de naissance : 12/03/1950\n") == "Date de naissance : 12/03/1950\n"
    for printed in ("Nom - Prénom : DUPONT Jean\n", "Jean-Pierre : présent\n", "INS-NIR : 1 84 12\n",
                    "Compte-rendu : normal\n", "Dupont-Martin : vu\n"):
        assert spell_hyphen_joined_labels(printed) == printed


BERNARD = Patient("B01", "BERNARD", "Bernard, Serge", date(1939, 5, 29), "M", ins="139059566214986")
BERNARD_SERGE = Patient("B02", "BERNARD", "Serge, Lucien", date(1996, 8, 29), "M")
DICTATION = ("Dictée du 08/11/2024 — Dr Stéphane DUMAS (Neurologie)\n\nCher confrère,\n\nJ'ai vu en consultation "
             "{name} (INS 139059566214986), pour suivi d'une fibrillation atriale.\n\nBien confraternellement.\n")


@pytest.mark.parametrize("name", ["Monsieur Bernard, Serge BERNARD", "Monsieur Bernard Serge BERNARD",
                                  "M. BERNARD Bernard, Serge"])
def test_all_his_given_names_before_his_surname_name_no_namesake(name):
    """Fifth corpus s27_022: in `Bernard, Serge BERNARD`, `Serge BERNARD` was read as the registered SERGE BERNARD."""
    decision = verdict([DICTATION.format(name=name)], [BERNARD, BERNARD_SERGE])
    assert (decision.status, decision.patient_ipp) == ("filed", "B01"), decision.reason_fr


@pytest.mark.parametrize("name", ["Monsieur Serge BERNARD", "Monsieur Bernard, Lucien, Serge BERNARD",
                                  "Monsieur Bernard,\nSerge BERNARD"])
def test_his_later_given_name_alone_or_out_of_order_still_names_the_namesake(name):
    assert verdict([DICTATION.format(name=name)], [BERNARD, BERNARD_SERGE]).status == "review"


MARTIN_JF = Patient("J01", "MARTIN", "Jean-François", date(1930, 10, 30), "M")
DR_MARTIN = Patient("D01", "MARTIN", "Gisèle", date(1970, 2, 3), "F")
SMUDGED = ("Dr Gisèle MARTIN\nDr André BENOÎT\nDermatologie\nRPPS 10094705618\n\nCabinet médical — 56 rue Nationale — "
           "{town}\n\n{town}, le 06/11/2024\n\nORDONNANCE\n\n\n\nAMOXICILLINE 1g\n2 fois par jour — 6 jours\n\n"
           "Dr Gisèle MARTIN\n\nEn cas d'urgence, composez le 15\n")
HIS = ("Dr Marie GUÉRIN\nOncologie médicale\nRPPS 10314372979\n\nCabinet médical — 72 chemin du Moulin — Chartres\n\n"
       "Chartres, le 06/11/2024\n\nORDONNANCE\n\nMonsieur MARTIN Jean-François\nDDN : 30 octobre 1930\n\n"
       "KÉTOPROFÈNE 100 mg\n1 comprimé matin et soir — 3 mois\n\nDr Marie GUÉRIN\n")


@pytest.mark.parametrize("order", ["smudged first", "smudged last"])
def test_a_page_dated_from_another_town_that_names_no_patient_sends_the_file_to_review(order):
    """Fifth corpus s30_005: a prescription whose patient a smudge hid, scanned with his, was filed under him."""
    pages = [SMUDGED.format(town="Nancy"), HIS]
    decision = verdict(pages if order == "smudged first" else pages[::-1], [MARTIN_JF, DR_MARTIN])
    assert decision.status == "review" and "autre lieu" in decision.reason_fr


@pytest.mark.parametrize("town", ["Chartres", "Chartrcs", "CHARTRES"])
def test_a_second_page_from_the_same_town_is_still_his(town):
    decision = verdict([SMUDGED.format(town=town), HIS], [MARTIN_JF, DR_MARTIN])
    assert (decision.status, decision.patient_ipp) == ("filed", "J01"), decision.reason_fr


def test_a_page_that_names_him_may_come_from_another_town():
    """A letter from Nancy about him and his prescription from Chartres: both pages name him."""
    letter = SMUDGED.format(town="Nancy").replace("ORDONNANCE\n\n", "ORDONNANCE\n\nM. MARTIN Jean-François, né le "
                                                                  "30/10/1930\n")
    decision = verdict([letter, HIS], [MARTIN_JF, DR_MARTIN])
    assert (decision.status, decision.patient_ipp) == ("filed", "J01"), decision.reason_fr


BENOIT_COMPOUND = Patient("J10", "BENOÎT", "Jean-Pierre", date(1945, 1, 21), "M", ins="145013333328281")
BENOIT_TWO_NAMES = Patient("J11", "BENOÎT", "Jean Pierre", date(1945, 1, 21), "M", ins="145013327103059")
TABLE_INS = ("IDENTITÉ DU PATIENT\nNom de naissance :\nBENOÎT\nNom utilisé :\nPrénom(s) :\nJean-Pierre\n"
             "Premier prénom :\nJean-Pierre\nDate de naissance :\n21/01/1945\nSexe :\nM\nINS (NIR) :\n{ins}\nIPP :\n"
             "251455771\nORDONNANCE\n")


def test_the_ins_tells_apart_namesakes_whose_match_lies_within_the_holders():
    """Third corpus s95 numerisation_0001: `Jean Pierre` matched fewer words of the printed `Jean-Pierre` than the INS
    holder `Jean-Pierre`, and the INS no longer told them apart."""
    decision = verdict([TABLE_INS.format(ins="1 45 01 33 333 282 81")], [BENOIT_COMPOUND, BENOIT_TWO_NAMES])
    assert (decision.status, decision.patient_ipp) == ("filed", "J10"), decision.reason_fr


def test_the_ins_of_the_namesake_whose_match_is_the_shorter_one_still_goes_to_review():
    decision = verdict([TABLE_INS.format(ins="1 45 01 33 271 030 59")], [BENOIT_COMPOUND, BENOIT_TWO_NAMES])
    assert decision.status == "review"


DE_SOUSA = Patient("H01", "DE SOUSA", "Hugo", date(2016, 9, 10), "M")
MERCIER = Patient("N01", "MERCIER", "Nadia Jeanne", date(1997, 3, 11), "F", used_name="L'HÉRITIER")
LETTERHEAD = ("Service de Gériatrie\nDr Gérard MULLER\nNéphrologue\n\n{title} Hugo DE SOUSA\nBiologiste\n\n"
              "Dr Claire BERTHELOT\nRhumatologue\n\nPATIENT\nNom :\nMERCIER\nNom d'épouse :\nL'HÉRITIER\n"
              "Premier prénom :\nNadia\nDate de naiss.\n11.03.1997\n\nMorlaix, le 05/10/2026\n\nExamen normal.\n")


@pytest.mark.parametrize("title", ["Dr", "Br", "Or"])
def test_a_misread_dr_in_a_column_of_doctors_is_a_doctor(title):
    """First corpus s811-020: `Br Hugo DE SOUSA` / `Biologiste` in the letterhead named the registered child DE SOUSA."""
    decision = verdict([LETTERHEAD.format(title=title)], [DE_SOUSA, MERCIER])
    assert (decision.status, decision.patient_ipp) == ("filed", "N01"), decision.reason_fr


def test_br_in_a_sentence_still_names_the_patient():
    page = LETTERHEAD.format(title="Dr").replace("Examen normal.", "Vu avec Br Hugo DE SOUSA, né le 10/09/2016.")
    assert verdict([page], [DE_SOUSA, MERCIER]).status == "review"


GILON = Patient("G10", "GILON", "Nathalie", date(1953, 11, 17), "F", used_name="BERNARD")
STICKERS = "CABINET MEDICAL DU PARC\n\n{above}\n\nBERNARD née GILON\nNathalie\n\nNée le 17/11/1953\n\nIPP 8682985128\n"


@pytest.mark.parametrize("above", ["UF 3671 NEUROLOGIE", "NEUROLOGIE : UF 3671 NEUROLOGIE", "Service de PÉDIATRIE",
                                   "UF 2997 SERVICE",
                                   "COMPTE RENDU D'HOSPITALISATION"])
def test_a_wards_name_above_her_used_name_is_no_other_used_name(above):
    """Sixth corpus s17 FAX…012: `UF 3671 NEUROLOGIE` above `BERNARD née GILON` on a sheet of stickers was read as a
    used name `NEUROLOGIE BERNARD`."""
    decision = verdict([STICKERS.format(above=above)], [GILON])
    assert (decision.status, decision.patient_ipp) == ("filed", "G10"), decision.reason_fr


@pytest.mark.parametrize("above", ["Madame HOARAU", "Dossier 3671 MARTIN", "SERVICE MARTIN"])
def test_a_name_above_her_used_name_still_goes_to_review(above):
    assert verdict([STICKERS.format(above=above)], [GILON]).status == "review"


@pytest.mark.parametrize("line", ["Signé électroniquement, le 07/11/2024", "Validé par Dr PETIT, le 07/11/2024",
                                  "Secrétariat, le 07/11/2024", "Fait à Chartres Cedex, le 7 novembre 2024"])
def test_a_date_line_that_names_no_other_town_keeps_the_page_his(line):
    """Review B: `Signé électroniquement, le …` on an unnamed page 2 was read as another town."""
    page2 = f"Suite du traitement : repos.\n\n{line}\nDr Marie GUÉRIN\n"
    decision = verdict([HIS, page2], [MARTIN_JF, DR_MARTIN])
    assert (decision.status, decision.patient_ipp) == ("filed", "J01"), decision.reason_fr


def test_a_fax_cover_sheet_from_another_town_is_no_other_document():
    cover = "TÉLÉCOPIE\nDestinataire : Dr FABRE\nNombre de pages : 2\n\nNancy, le 06/11/2024\n"
    decision = verdict([cover, HIS], [MARTIN_JF, DR_MARTIN])
    assert (decision.status, decision.patient_ipp) == ("filed", "J01"), decision.reason_fr


LE_GOFF = Patient("E01", "LE-GOFF", "Élodie", date(1963, 3, 5), "F", used_name="DUBOIS")


@pytest.mark.parametrize("head", ["Biolab Provence — RÉSULTATS CUMULÉS", "RÉSULTATS CUMULÉS"])
def test_a_letterheads_title_above_her_used_name_is_no_other_used_name(head):
    """Seventh corpus s1 o7_034: `CUMULÉS`, the title's last word, was read as another used name."""
    page = f"{head}\nDUBOIS NÉE LE-GOFF ÉLODIE  |  NÉE LE 05-03-1963 (62 ANS)\nÉdition du 07/03/2025\nSodium 131\n"
    decision = verdict([page], [LE_GOFF])
    assert (decision.status, decision.patient_ipp) == ("filed", "E01"), decision.reason_fr


def test_a_name_after_the_letterheads_dash_still_goes_to_review():
    page = ("Biolab Provence — Mme MARTIN\nDUBOIS NÉE LE-GOFF ÉLODIE  |  NÉE LE 05-03-1963 (62 ANS)\n"
            "Édition du 07/03/2025\nSodium 131\n")
    assert verdict([page], [LE_GOFF]).status == "review"


MOULIN = Patient("M10", "MOULIN", "François", date(1987, 1, 4), "M", ins="187017511218725")
MOULIN_SON = Patient("M11", "MOULIN", "Michel", date(2013, 6, 1), "M")
NOTIFY = ("FICHE ADMINISTRATIVE PATIENT\nNom de naissance : MOULIN\nNom d'usage\nPrénom(s) : François\n"
          "Date de naissance : 04/01/1987\nSexe : Masculin\nAdresse : 56 route de Quimper\nPERSONNE À PRÉVENIR\n"
          "Nom : MOULIN\nPrénom : MICHEL\n{link}Date de naissance : 01/06/2013\nTél. : 02 86 20 18 65\nMotif :\n"
          "Gonalgies.\n")


@pytest.mark.parametrize("link", ["Lien : fils", "Lien de parenté : fils", "Lien avec le patient : fils"])
def test_the_link_of_a_close_one_keeps_his_block_together(link):
    """Sixth corpus s17 SCAN…032: `Lien : fils` ended the block, and the son's birth date contradicted his father."""
    decision = verdict([NOTIFY.format(link=f"{link}\n")], [MOULIN, MOULIN_SON])
    assert (decision.status, decision.patient_ipp) == ("filed", "M10"), decision.reason_fr


def test_without_the_link_the_registered_son_of_the_same_name_still_goes_to_review():
    assert verdict([NOTIFY.format(link="")], [MOULIN, MOULIN_SON]).status == "review"


@pytest.mark.parametrize("names", ["Jean, Pierre", "Jean / Pierre"])
def test_given_names_set_apart_fit_the_namesake_and_the_holders_ins_goes_to_review(names):
    """Review C: `Jean, Pierre` fits the registry's `Jean Pierre` exactly; the INS of `Jean-Pierre` does not decide."""
    page = TABLE_INS.format(ins="1 45 01 33 333 282 81").replace("Prénom(s) :\nJean-Pierre\nPremier prénom :\n"
                                                                   "Jean-Pierre", f"Prénom(s) :\n{names}")
    assert verdict([page], [BENOIT_COMPOUND, BENOIT_TWO_NAMES]).status == "review"


def test_a_ward_line_with_a_name_after_its_number_is_no_ward():
    """Review C: `UF 3671 Mme COLLIN` above `BERNARD née GILON` may be another woman's double used name."""
    assert verdict([STICKERS.format(above="UF 3671 Mme COLLIN")], [GILON]).status == "review"
