"""Session 65: what the fifth and sixth corpora showed read wrong, each with the near miss that still goes to review
(adversarial reviews A to F of the session). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import hyphen_dust_blanked, read_document, spell_misread_own_labels
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)


def verdict(pages: list[str], patients: list[Patient]):
    return decide(read_document(pages, today=TODAY), RegistryIndex.build(patients))


MARTIN = Patient("M01", "MARTIN", "Jean-Luc", date(1954, 4, 8), "M")
MARTIN_NAMESAKE = Patient("M02", "MARTIN", "Jean-Luc", date(1961, 3, 2), "M")
TABLE = ("Objet : compte rendu de consultation\n\nNom de naissance : MARTIN\n\nNom d'usage\n|\n{label} : JEAN-LUC\n\n"
         "Date de naissance : 08.04.1954\n\nSexe : M\n\nCher Confrère,\n")


@pytest.mark.parametrize("label", ["Prénon(s)", "Prenon(s)", "Prénom(s)"])
def test_a_bracketed_first_name_label_misread_by_one_glyph_is_the_label(label):
    """Fifth corpus s23_016: `Prénon(s) :` was not read as the label; the used-name field took its line as a name."""
    decision = verdict([TABLE.format(label=label)], [MARTIN, MARTIN_NAMESAKE])
    assert (decision.status, decision.patient_ipp) == ("filed", "M01"), decision.reason_fr


def test_the_bracketed_label_is_spelled_only_when_one_label_is_that_near():
    assert spell_misread_own_labels("Prénon(s) : JEAN-LUC\n") == "Prénom(s) : JEAN-LUC\n"
    assert spell_misread_own_labels("Prénan(s) : JEAN-LUC\n") == "Prénan(s) : JEAN-LUC\n"  # two glyphs off: as printed


@pytest.mark.parametrize("printed", ["Néte) le", "Né{e) le", "Né(e} le", "Néle) le", "NéIe) le"])
def test_a_misread_bracket_of_the_birth_label_is_rewritten_as_printed(printed):
    assert hyphen_dust_blanked(f"{printed} : 20/07/1945") == "Né(e) le : 20/07/1945"


def test_a_word_that_only_looks_like_it_is_left_alone():
    assert hyphen_dust_blanked("Nete) 20/07/1945 et Nette le 12") == "Nete) 20/07/1945 et Nette le 12"


ROBERT = Patient("R01", "N'GUESSAN", "Jeanne", date(1945, 7, 20), "F", used_name="ROBERT")
FAURE_LOUISE = Patient("F01", "FAURE", "Louise", date(2019, 5, 4), "F")
FAURE_PAUL = Patient("F02", "FAURE", "Paul", date(2019, 5, 4), "M")


def test_the_misread_birth_label_reads_the_patients_date():
    """Fifth corpus s23_033: `Néte) le : 20/07/1945` was no birth label, and the sticker named no one."""
    page = "Etiquette patient\nNOM : ROBERT\nNom naiss. : N'GUESSAN\nPrénom : JEANNE\nNéte) le : 20/07/1945 Sexe : F\n"
    decision = verdict([page], [ROBERT])
    assert (decision.status, decision.patient_ipp) == ("filed", "R01"), decision.reason_fr


@pytest.mark.parametrize("joined", [" - ", " + ", "\n"])
def test_twins_named_together_before_the_misread_label_stay_in_review(joined):
    """Review A: read as a birth label only, `Paul Néte)` was someone else's name and Louise was filed."""
    decision = verdict([f"Jumeaux FAURE Louise{joined}Paul Néte) le 04/05/2019\nBilan d'asthme.\n"],
                       [FAURE_LOUISE, FAURE_PAUL])
    assert decision.status == "review", decision.patient_ipp


BERNARD = Patient("B01", "BERNARD", "Jean Bernard", date(1968, 2, 13), "M")
BERNARD_TWIN = Patient("B02", "BERNARD", "Paul", date(1968, 2, 13), "M")
STAY = "COMPTE RENDU D'HOSPITALISATION\n\n{line}\nNé(e) le : 13/02/1968\n\nSéjour du 13/11/2024 au 17/11/2024\n"


@pytest.mark.parametrize("line", ["M. BERNARD JEAN, BERNARD", "M. BERNARD Jean, Bernard", "BERNARD Jean Bernard"])
def test_his_later_given_name_equal_to_his_surname_is_no_surname_alone(line):
    """Fifth corpus s23_020: the last `BERNARD`, read as the surname printed alone, took his birth date."""
    decision = verdict([STAY.format(line=line)], [BERNARD])
    assert (decision.status, decision.patient_ipp) == ("filed", "B01"), decision.reason_fr


def test_after_a_compound_first_given_name_too():
    nicolas = Patient("N01", "NICOLAS", "Pierre-Alain Nicolas", date(1968, 2, 13), "M")
    decision = verdict([STAY.format(line="M. NICOLAS Pierre-Alain Nicolas")], [nicolas])
    assert (decision.status, decision.patient_ipp) == ("filed", "N01"), decision.reason_fr


def test_his_twin_named_after_him_still_stops_the_filing():
    decision = verdict([STAY.format(line="Patients : BERNARD Jean BERNARD Paul")], [BERNARD, BERNARD_TWIN])
    assert decision.status == "review"


LEFEBVRE = Patient("L01", "LEFEBVRE", "Catherine Nicole", date(1959, 11, 13), "F", used_name="MOULOT")
MOULOT = Patient("L02", "MOULOT", "Jean-Pierre", date(1962, 1, 27), "M")
FORM = ("COMPTE RENDU D'HOSPITALISATION\nNom : MOULOT (née LEFEBVRE)\nPrénom(s) : Catherine Nicole\n"
        "Date de naissance : 13/11/1959\nSexe : F\nCher confrère,\nVotre patiente Mme Catherine MOULOT née LEFEBVRE a "
        "été hospitalisée pour des douleurs articulaires.\nLa personne de confiance désignée est son époux, M. "
        "Jean-Pierre MOULOT, né le 27/01/1962. Vit à domicile.\n{after}")


def test_a_hyphenated_relative_named_once_is_excused_under_a_form_naming_her_with_her_birth_name_in_brackets():
    """Second corpus doc_139_019: the `(née …)` in the surname field hid her first name from the pair of fields, and
    the count of the relative's words looked for `JEANPIERRE`, which no text prints."""
    decision = verdict([FORM.format(after="Examen clinique : genou droit douloureux.\n")], [LEFEBVRE, MOULOT])
    assert (decision.status, decision.patient_ipp) == ("filed", "L01"), decision.reason_fr


@pytest.mark.parametrize("after", ["Jean Pierre présente également des douleurs depuis un mois.\n",
                                   "Jean sera revu en consultation.\n"])
def test_the_relative_named_again_by_a_part_of_his_name_keeps_the_page_in_review(after):
    """Review B: the whole printed word was found once, but `Jean Pierre` names him again."""
    decision = verdict([FORM.format(after=after)], [LEFEBVRE, MOULOT])
    assert decision.status == "review"


ROSE = Patient("C01", "MARTIN-BENOIT", "Rose-Marie", date(2016, 10, 13), "F")
ROSE_MOTHER = Patient("C02", "BONNET", "Danielle", date(1985, 1, 5), "F", used_name="MARTIN-BENOIT")


@pytest.mark.parametrize("where", ["à votre demande", "à sa demande", "dans votre service"])
def test_the_child_examined_after_a_request_or_a_place_is_the_subject(where):
    """Fifth corpus s24_015: any possessive before `l'enfant` made the child a relative."""
    page = (f"Cher Confrère,\nJ'ai reçu {where} l'enfant Rose-Marie MARTIN-BENOIT, née le 13.10.2016, pour bilan "
            "d'une insuffisance rénale.\nMère : Mme Danielle MARTIN-BENOÎT née BONNET\n")
    decision = verdict([page], [ROSE, ROSE_MOTHER])
    assert (decision.status, decision.patient_ipp) == ("filed", "C01"), decision.reason_fr


@pytest.mark.parametrize("sentence", [
    "J'ai vu dans votre service la maman de l'enfant Rose-Marie MARTIN-BENOIT née le 13/10/2016.",
    "J'ai vu à votre cabinet Mme MARTIN-BENOIT avec l'enfant Rose-Marie MARTIN-BENOIT (13/10/2016).",
])
def test_a_parent_seen_about_the_child_is_not_the_childs_paper(sentence):
    """Review C: `de l'enfant`, `avec l'enfant` name someone's child, not the one examined."""
    decision = verdict([sentence + "\nElle présente une anxiété importante.\n"], [ROSE, ROSE_MOTHER])
    assert decision.status == "review", decision.patient_ipp


JEANNE = Patient("J01", "BERNARD", "Jeanne", date(1984, 5, 12), "F", used_name="LEFEVRE")
JEANNE_HUSBAND = Patient("J02", "LEFEVRE", "André", date(1984, 7, 30), "M")
TITLED = "{above}\nLEFEVRE née BERNARD\nJEANNE\nNée le 12 mai 1984\nIPP 2776230348\nMotif d'hospitalisation\n"


@pytest.mark.parametrize("title", ["COMPTE RENDU D'HOSPITALISATION", "COMPTE RENDU OPÉRATOIRE",
                                   "RÉSULTATS D'ANALYSES"])
def test_a_title_ending_the_line_above_her_registered_used_name_is_no_used_name(title):
    """Sixth corpus s13 document_015 (and s4, s6): `HOSPITALISATION` was read as her used name before `LEFEVRE née`."""
    decision = verdict([TITLED.format(above=title)], [JEANNE, JEANNE_HUSBAND])
    assert (decision.status, decision.patient_ipp) == ("filed", "J01"), decision.reason_fr


@pytest.mark.parametrize("above", ["Madame HOARAU", "Mme DOS", "MAMAN", "COMPTE RENDU HOARAU-", "Patiente HOARAU"])
def test_another_used_name_on_the_line_above_still_speaks(above):
    """Review D: an unregistered namesake married HOARAU (a double used name cut by the line, a particle, a relative's
    caption) is not the registered woman married LEFEVRE."""
    decision = verdict([TITLED.format(above=above)], [JEANNE, JEANNE_HUSBAND])
    assert decision.status == "review", decision.patient_ipp


COLLET_FATHER = Patient("P01", "COLLET", "Jean", date(1950, 2, 13), "M")


@pytest.mark.parametrize("heading", ["PÈRE", "Père :", "MÈRE", "Conjoint :"])
def test_a_relatives_date_above_the_patients_heading_is_not_the_patients(heading):
    """Review A: the son bearing his father's name, his own birth date left blank below `PATIENT`, took the date of
    the father's block above it and was filed under the father."""
    page = (f"FICHE DE RENSEIGNEMENTS\n{heading}\nNom : COLLET\nPrénom(s) : Jean\nNé le 13/02/1950\n\nPATIENT\n"
            "Nom : COLLET\nPrénom(s) : Jean\nNé(e) le :\nMotif : consultation.\n")
    decision = verdict([page], [COLLET_FATHER])
    assert decision.status == "review", decision.patient_ipp


def test_the_patients_own_block_under_its_heading_still_files():
    page = "FICHE DE RENSEIGNEMENTS\nPATIENT\nNom : COLLET\nPrénom(s) : Jean\nNé le 13/02/1950\nMotif : consultation.\n"
    decision = verdict([page], [COLLET_FATHER])
    assert (decision.status, decision.patient_ipp) == ("filed", "P01"), decision.reason_fr
