"""« J'ai vu » is the writer's examination only when what was seen is the patient or the visit (« j'ai vu ce jour
Mme B. », « j'ai examiné votre patiente », « je l'ai vue »), not a thing (« j'ai vu l'écran », « j'ai vu le
courrier »); and a teaching case that tells its reader what he notes or finds (« vous notez », « vous en retrouvez
les résultats ») speaks to a student, not to a colleague.

Every text was written for these tests; each rule is shown from both sides.
"""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def _type(text: str) -> DocType:
    return classify(text).doc_type


def test_a_letter_in_which_the_writer_saw_a_document_stays_a_letter():
    text = """Cher confrère,
Suite à votre demande, je vous transmets le compte rendu de l'échographie de votre patiente. J'ai vu le courrier du \
radiologue, il est joint.
Bien confraternellement."""
    assert _type(text) == DocType.LETTER


def test_a_letter_in_which_the_writer_saw_the_patient_is_a_consultation():
    text = """Cher confrère,
J'ai vu ce jour votre patiente Mme B. pour des lombalgies. L'examen retrouve une raideur lombaire sans déficit.
Bien confraternellement."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_letter_in_which_the_writer_examined_the_child_is_a_consultation():
    text = """Chère consœur,
Nous avons examiné l'enfant pour une otalgie droite. Le tympan est congestif.
Bien confraternellement."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_teaching_case_telling_the_reader_what_he_notes_is_teaching():
    text = """Mademoiselle L., âgée de vingt-deux ans, se présente aux urgences pour une toux sèche. Elle a consulté \
en rhumatologie huit jours plus tôt. Vous en retrouvez les principaux résultats sur l'ordinateur de l'hôpital.
Dans ses antécédents, vous notez un psoriasis.
Biologie : VS 42 mm ; CRP 12 mg/L ; GB 3 400/mm3 ; plaquettes 132 000/mm3 ; créatinine 78 µmol/L."""
    assert _type(text) == DocType.OTHER


def test_a_letter_whose_writer_speaks_is_no_teaching_case_whatever_the_reader_notes():
    text = """Cher confrère,
Je vous adresse Mme L. pour une toux sèche. Vous en retrouvez les résultats ci-dessous, et vous notez une CRP à 12.
Biologie : VS 42 mm ; CRP 12 mg/L ; GB 3 400/mm3 ; plaquettes 132 000/mm3.
Bien confraternellement."""
    assert _type(text) == DocType.LETTER


def test_writers_who_see_a_patient_in_consultation_in_the_plural_make_a_consultation():
    text = """À la demande d'une consœur, nous voyons en consultation Irène, 79 ans, qui présente depuis quelques mois \
des placards érythémato-squameux sous-mammaires. Les traitements antérieurs ont été inefficaces. Une biopsie a été \
effectuée : parapsoriasis en grandes plaques."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_writers_who_receive_a_patient_at_the_emergency_department_make_a_stay():
    text = """Nous recevons aux urgences Irène, 79 ans, pour une chute avec douleur de hanche. La radiographie \
montre une fracture du col fémoral. Elle est hospitalisée en orthopédie et opérée le lendemain."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_case_followed_by_numbered_questions_to_the_reader_is_teaching_whatever_stay_it_tells():
    text = """Une femme de 25 ans est hospitalisée pour une dermatose érythémato-squameuse faite de plaques bien \
limitées des coudes et des genoux. L'examen retrouve une atteinte des ongles. L'état général est conservé.
1. Quel est le diagnostic ?
2. Que recherchez-vous comme atteinte unguéale ?
3. Comment la traiteriez-vous ?"""
    assert _type(text) == DocType.OTHER


def test_a_letter_that_asks_its_colleague_questions_is_no_teaching_case():
    text = """Cher confrère,
Je vous adresse Mme R., 25 ans, pour une dermatose érythémato-squameuse des coudes et des genoux.
1. Quel traitement général lui proposer ?
Pourriez-vous me donner votre avis sur un traitement systémique ?
Bien confraternellement."""
    assert _type(text) == DocType.LETTER


def test_a_patient_who_speaks_to_the_writer_makes_a_consultation():
    text = """Monsieur S, 56 ans, que je connais depuis mon installation, a une angine. Il me lance, rigolard : « Les \
antibiotiques, docteur, c'est pas automatique. » Le test rapide est négatif."""
    result = classify(text)
    assert result.doc_type == DocType.CONSULTATION_REPORT
    assert "le patient parle a l'auteur" in result.matched_terms["consultation_report"]


def test_a_patient_who_told_the_writer_something_in_a_referral_letter_keeps_it_a_letter():
    text = """Cher confrère,
Je vous adresse Mme L., 58 ans, pour une dyspnée d'effort. Elle me dit être essoufflée depuis trois mois. Merci de \
bien vouloir la recevoir pour avis cardiologique.
Bien confraternellement."""
    assert _type(text) == DocType.LETTER


def test_a_patient_who_speaks_to_the_reader_of_a_teaching_case_makes_no_consultation():
    text = """Madame T., 45 ans, vous consulte pour une fatigue. Elle vous dit : « Docteur, je dors mal depuis des \
mois. »
Question 1 : quels examens demandez-vous ?"""
    assert _type(text) == DocType.OTHER


def test_a_letter_quoting_the_patient_is_still_written_by_its_writer():
    text = """Cher confrère,
Je vous adresse Mme T., 45 ans, qui vous consulte pour une fatigue : « je dors mal depuis des mois ».
Quels examens demandez-vous ? Je reste à votre disposition.
Bien confraternellement."""
    assert _type(text) == DocType.LETTER
