"""A patient telling her own stay in her words (« je suis restée 9 jours hospitalisée », « depuis ma sortie de
l'hôpital », « ils m'ont fait une prise de sang ») writes no hospital document: `other`. A hospital's page that
speaks to the public (« Votre avis nous intéresse ») names no patient for its « nous ». The writer's own « nous » and
a doctor telling what the patient told him stay what they are. Pure, no I/O."""
import pytest

from docpipe.classify import classify
from docpipe.models import DocType

FORUM_POST = (
    "Bonjour à tous,\n\n"
    "J'ai 51 ans et je sors d'une grosse crise de colique néphrétique. Mon fils m'a emmenée aux urgences en pleine "
    "nuit, ils m'ont fait une prise de sang et un scanner. Je suis restée quatre jours hospitalisée avec de la "
    "morphine, puis l'urologue a posé une sonde. Depuis ma sortie de l'hôpital j'ai encore des douleurs le soir.\n\n"
    "Est-ce que quelqu'un a vécu ça ? Merci d'avance pour vos réponses.\n\nSylvie")

PUBLIC_PAGE = (
    "Votre séjour en chirurgie ambulatoire\n\n"
    "Le jour de l'intervention, présentez-vous à l'accueil du service à l'heure indiquée par la secrétaire.\n"
    "Vous devez être à jeun depuis minuit. L'équipe soignante vérifie votre identité et votre dossier avant le "
    "passage au bloc opératoire.\nLa sortie est autorisée par le chirurgien et l'anesthésiste après une période de "
    "surveillance.\nUne personne doit vous raccompagner et rester auprès de vous la nuit suivante. La lettre de "
    "liaison et vos ordonnances vous sont remises avant de quitter le service.\n\n"
    "Votre avis nous intéresse : répondez au questionnaire de satisfaction que vous recevrez par courriel.")


def test_a_patients_own_account_of_her_stay_is_other():
    result = classify(FORUM_POST)
    assert result.doc_type == DocType.OTHER
    assert any(term.startswith("recit du patient") for term in result.matched_terms["other"])


def test_the_same_stay_told_by_the_ward_stays_a_stay():
    text = ("Madame Sylvie R., 51 ans, a été admise aux urgences pour une colique néphrétique droite. Le scanner "
            "montrait un calcul urétéral de 6 mm. Elle est restée quatre jours hospitalisée sous morphine ; une sonde "
            "JJ a été posée. Elle est sortie le 12/03 avec un traitement antalgique.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_doctor_quoting_what_was_done_to_him_by_a_colleague_is_not_a_patients_account():
    text = ("Cher confrère,\n\nJ'ai vu en consultation ce jour M. Paul D., 63 ans, pour le suivi de son diabète. "
            "Ils m'ont fait parvenir les résultats du bilan de l'hôpital. L'HbA1c est à 7,2 %. L'examen clinique est "
            "normal. Je le reverrai dans trois mois.\n\nBien confraternellement,\nDr Martin")
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_hospital_page_to_the_public_is_other():
    result = classify(PUBLIC_PAGE)
    assert result.doc_type == DocType.OTHER


def test_the_wards_own_nous_still_names_a_patient():
    text = PUBLIC_PAGE.replace("Votre avis nous intéresse : répondez au questionnaire de satisfaction que vous "
                               "recevrez par courriel.",
                               "Nous avons revu la patiente avant sa sortie ; la cicatrice était propre.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_clinicians_note_reporting_the_patients_words_is_not_her_account():
    text = ("Mme T., 63 ans, revue ce jour à trois mois de sa colectomie droite.\n\n"
            "Elle raconte - je suis restée 8 jours hospitalisée, depuis ma sortie de l'hôpital j'ai repris 3 kg - et "
            "se dit en forme.\n\nTransit normal, cicatrices propres. ACE à 2,1 ng/ml.\n\n"
            "Prochaine consultation dans six mois avec scanner.")
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_letter_to_a_colleague_quoting_the_patient_is_not_her_account():
    text = ("Cher confrère,\n\nJe vous adresse Mme L., 71 ans, qui me rapporte ceci : je suis restée 6 jours "
            "hospitalisée en janvier, depuis ma sortie de l'hôpital je m'essouffle au moindre effort. Merci de bien "
            "vouloir la recevoir pour un avis cardiologique.\n\nBien confraternellement,\nDr P.")
    assert classify(text).doc_type != DocType.OTHER


def test_a_clinics_note_on_a_visit_quoting_the_patient_is_not_her_account():
    text = ("Reçue ce jour au CMP.\n\nElle dit : je suis restée trois semaines hospitalisée en psychiatrie, ils m'ont "
            "mis sous traitement et depuis ma sortie de l'hôpital je dors mieux.\n\nHumeur stable, pas d'idée "
            "suicidaire.\n\nConduite à tenir : poursuite du traitement, prochain rendez-vous dans un mois.")
    assert classify(text).doc_type != DocType.OTHER


def test_a_summons_to_the_day_hospital_is_no_day_in_it():
    text = ("Madame,\n\nVous serez accueillie le 08/02 en hôpital de jour de rhumatologie pour votre perfusion. "
            "Merci de vous présenter à 8 h 30 au bureau des admissions, munie de votre carte Vitale.\n\n"
            "Le secrétariat")
    assert classify(text).doc_type != DocType.DISCHARGE_SUMMARY


@pytest.mark.parametrize("told", ["Votre patiente a été reçue ce jour en hôpital de jour pour sa perfusion.",
                                  "Elle a été accueillie le 08/02 en hôpital de jour pour sa cure."])
def test_a_day_in_the_day_hospital_counts_for_a_stay(told):
    text = ("Cher confrère,\n\nMme R., 58 ans.\n" + told + "\nLa tolérance a été bonne. Le bilan biologique du jour "
            "est normal.\n\nBien confraternellement,\nDr L.")
    evidence = classify(text).matched_terms.get("discharge_summary", [])
    assert any(term.endswith(" en hopital de jour") for term in evidence)


def test_a_visit_planned_in_the_day_hospital_is_no_day_in_it():
    text = ("Cher confrère,\n\nMerci de m'avoir adressé Mme V., 62 ans, que j'ai vue ce jour pour une polyarthrite. "
            "Je prévois sa venue en HDJ le 20/06 pour un bilan, et je souhaite qu'elle soit vue le 14/06 en HDJ de "
            "rhumatologie.\n\nBien confraternellement,\nDr S.")
    evidence = classify(text).matched_terms.get("discharge_summary", [])
    assert not any(term.endswith(" en hdj") or term.endswith(" en hopital de jour") for term in evidence)


def test_a_referral_quoting_the_patient_is_not_her_account():
    text = ("Docteur,\n\nJe me permets de vous adresser Mme B., 54 ans, qui me dit : je suis restée six jours "
            "hospitalisée en mars, depuis ma sortie de la clinique je suis essoufflée. Merci de la recevoir pour un "
            "avis.\n\nDr G.")
    assert not any(term.startswith("recit du patient") for term in classify(text).matched_terms.get("other", []))
