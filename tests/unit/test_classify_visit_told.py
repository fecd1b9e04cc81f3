"""Session 9 (dev10): short published cases of a visit, and the near misses around them.

- A visit named as the patient's own (« c'est ce qui motive la consultation de ce jour », « lors de sa visite de
  contrôle ») sets a told case in a clinic; a patient presented later in the opening sentence with the age (« on
  découvre chez cette patiente de 64 ans … ») opens the case. A phototype's « aptitude moyenne au bronzage » is no
  certificate's aptitude.
- A visit to the emergency department (« consultent aux urgences pédiatriques ») is filed with stays.
- A reader consulted or learning, observing, deciding (« vous consulte », « Vous apprenez à l'interrogatoire … »)
  is a teaching case's reader.
- A service's opening hours (« de 8h30 à 18h30 ») are no patient's hour.
- A patient referred by any specialist (« adressé par son chirurgien dentiste ») comes for a visit.

Every text was written for these tests; each rule is shown from both sides.
"""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def _type(text: str) -> DocType:
    return classify(text).doc_type


def test_a_case_whose_visit_is_named_as_todays_consultation_is_a_consultation():
    text = """Il s'agit d'un homme de 41 ans, sans antécédent particulier. Il connaît depuis deux ans une lésion \
pigmentée du dos qui a grossi depuis quelques mois. C'est ce qui motive la consultation de ce jour. Le reste de \
l'examen cutané retrouve quelques nævus de petite taille."""
    result = classify(text)
    assert result.doc_type == DocType.CONSULTATION_REPORT
    assert "le patient a consulte" in result.matched_terms["consultation_report"]


def test_the_same_case_brought_to_the_emergency_department_and_operated_on_is_a_stay():
    text = """Il s'agit d'un homme de 41 ans, sans antécédent particulier. Une douleur de la fosse iliaque droite \
depuis la veille motive la consultation aux urgences. Il a été admis en chirurgie et opéré le soir même d'une \
appendicite aiguë. Les suites ont été simples."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_patient_presented_later_in_the_opening_sentence_at_a_check_up_is_a_consultation():
    text = """Lors de sa visite de contrôle annuelle, on découvre un souffle systolique chez cette patiente de 64 \
ans. Elle ne décrit ni dyspnée ni douleur thoracique. L'échocardiographie montrait un rétrécissement aortique \
modéré."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_patient_presented_later_in_the_opening_sentence_at_admission_is_a_stay():
    text = """Lors de son admission en cardiologie, on découvre un souffle systolique chez cette patiente de 64 \
ans. L'échocardiographie montrait un rétrécissement aortique serré. Un remplacement valvulaire a été réalisé et elle \
est sortie à J8."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_child_brought_to_the_emergency_department_is_filed_with_stays():
    text = """Les parents de Léo, 4 ans, consultent aux urgences pédiatriques pour une boiterie fébrile depuis la \
veille. À l'examen, la hanche droite est douloureuse à la mobilisation. L'échographie montre un épanchement \
articulaire."""
    result = classify(text)
    assert result.doc_type == DocType.DISCHARGE_SUMMARY
    assert any("urgences" in term for term in result.matched_terms["discharge_summary"])


def test_a_consultation_recalling_a_visit_to_the_emergency_department_stays_a_consultation():
    text = """Je revois ce jour en consultation M. B., 58 ans, qui a consulté aux urgences pour une colique \
néphrétique droite. Il n'a plus de douleur. L'examen est normal. Je lui propose une échographie rénale de contrôle et \
le reverrai dans un mois."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_patient_who_consults_the_reader_before_numbered_questions_is_teaching():
    text = """M. T., 70 ans, ancien fumeur, vous consulte pour une toux sèche depuis deux mois. Il a perdu 4 kg.
Question 1 - Quels examens demandez-vous en première intention ?
Une radiographie thoracique de face et de profil."""
    result = classify(text)
    assert result.doc_type == DocType.OTHER
    assert any(term.startswith("cas d'enseignement") for term in result.matched_terms["other"])


def test_a_reader_who_learns_observes_and_decides_is_a_teaching_cases_reader():
    text = """Mme L., 45 ans, consulte pour des céphalées. Vous apprenez à l'interrogatoire qu'elles sont \
quotidiennes depuis un mois. Vous observez un œdème papillaire bilatéral au fond d'œil. Vous décidez de demander une \
IRM cérébrale en urgence."""
    assert _type(text) == DocType.OTHER


def test_a_referral_letter_whose_patient_consults_its_reader_is_no_teaching_case():
    text = """Cher confrère,
Mme L., 45 ans, vous consulte de ma part pour des céphalées quotidiennes depuis un mois. Je l'ai examinée ce jour : \
l'examen neurologique est normal. Je vous remercie de bien vouloir lui faire pratiquer un fond d'œil.
Bien confraternellement."""
    assert _type(text) != DocType.OTHER


def test_a_phototypes_aptitude_to_tan_is_no_certificates_aptitude():
    text = """Il s'agit d'une femme de 35 ans, de phototype III avec une aptitude moyenne au bronzage. Elle consulte \
pour une lésion pigmentée de la cuisse apparue il y a un an. L'examen dermoscopique montre un réseau régulier."""
    result = classify(text)
    assert result.doc_type == DocType.CONSULTATION_REPORT
    assert "aptitude" not in result.matched_terms.get("other", [])


def test_a_certificates_aptitude_to_a_sport_is_still_read():
    text = """Certificat médical
Aptitude à la natation, après examen clinique de ce jour de Paul Durand, 15 ans."""
    result = classify(text)
    assert result.doc_type == DocType.OTHER
    assert "aptitude" in result.matched_terms["other"]


def test_a_services_opening_hours_name_no_patient():
    text = """L'hôpital de jour accueille les patients pour des traitements de quelques heures.
Avant chaque premier traitement, le patient est reçu en consultation par le médecin, qui prescrit la chimiothérapie.
L'unité est ouverte du lundi au vendredi de 8h30 à 18h30, au rez-de-chaussée du bâtiment principal.
Une collation est offerte selon la durée du traitement."""
    result = classify(text)
    assert result.doc_type == DocType.OTHER
    assert "aucun patient nomme" in result.matched_terms["other"][0]


def test_a_patients_own_hour_still_tells_of_someone():
    text = """Le patient arrive à 14h30 aux urgences, amené par les pompiers pour une douleur thoracique.
L'électrocardiogramme montre un sus-décalage du segment ST en territoire inférieur.
Il est hospitalisé en soins intensifs de cardiologie après une coronarographie en urgence."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_patient_referred_by_his_dental_surgeon_comes_for_a_visit():
    text = """Un patient de 65 ans a été adressé par son chirurgien dentiste car il présentait une lésion nodulaire de \
la lèvre inférieure. La lésion était apparue depuis plusieurs années. L'examen retrouvait un nodule de 2 cm, indolore. \
Le cliché intra-oral ne montrait aucun corps étranger."""
    result = classify(text)
    assert result.doc_type == DocType.CONSULTATION_REPORT
    assert "le patient a consulte" in result.matched_terms["consultation_report"]


def test_a_patient_referred_by_his_dental_surgeon_and_admitted_is_a_stay():
    text = """Un patient de 65 ans a été adressé par son chirurgien dentiste pour une cellulite cervicale. Il a été \
hospitalisé et traité par antibiothérapie intraveineuse. Un drainage chirurgical a été réalisé et l'évolution a été \
favorable."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_referral_letter_recalling_yesterdays_emergency_visit_stays_a_letter():
    text = """Cher confrère,
Je vous adresse Mme Martin, 70 ans, qui a consulté aux urgences hier pour une chute à domicile sans traumatisme grave.
Je vous remercie de bien vouloir la voir en consultation de gériatrie pour un bilan de chutes.
Bien confraternellement."""
    assert _type(text) == DocType.LETTER


def test_a_follow_up_note_after_an_emergency_visit_stays_a_consultation():
    text = """Consultation du 12/03/2024
Patiente de 45 ans, revue après avoir consulté aux urgences pour une crise d'asthme. Examen : auscultation libre, \
SpO2 98 %.
Conduite à tenir : majoration du traitement de fond, revoir dans un mois."""
    assert _type(text) == DocType.CONSULTATION_REPORT
