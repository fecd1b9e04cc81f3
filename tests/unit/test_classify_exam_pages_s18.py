"""Pages about an exam, not an exam's report, found on dev18 (session 18), each rule shown from both sides:
- a page that asks its own questions as headings — whole lines opened by a question word (« Quelles sont les valeurs
  normales ? », « Qu'est-ce que la coloscopie ? », « Quand doit-on faire une coloscopie ? ») — answers questions about
  an exam: `other`, whatever exam it names, when it names no one and no writer speaks; a report asks at most one
  question of its own, a consultant's letter or report ordered by its own questions names its patient, and a letter's
  list of questions to a colleague, one after the other, is neither headed nor answered there;
- a page that explains an exam in general — what it is, what it is for, how it goes (« L'hémogramme étudie … »,
  « L'examen anatomopathologique consiste à … », « Cet examen se déroule … ») — is `other`, whatever findings or values
  it names: two such sentences, or one that defines the exam in a text naming no patient and having no conclusion of
  its own. A report that says once what its exam allowed (« L'échographie permet d'éliminer une cholécystite ») or how
  it went (« L'examen se déroule sous anesthésie générale », even with no patient named and no conclusion) stays a
  report.

Every text was written for these tests."""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def _type(text: str) -> DocType:
    return classify(text).doc_type


BLOOD_COUNT_PAGE = """NFS (numération formule sanguine)
Quelles sont les valeurs normales ?
Hémoglobine : 13 à 17 g/dl chez l'homme ; 12 à 15 g/dl chez la femme
Leucocytes : 4 à 10 G/l
Plaquettes : 150 à 400 G/l
Comment est interprété le résultat ?
Une anémie est définie par un taux bas d'hémoglobine. Une baisse des plaquettes traduit un risque hémorragique."""


def test_a_blood_count_page_asking_its_questions_is_other():
    result = classify(BLOOD_COUNT_PAGE)
    assert result.doc_type == DocType.OTHER
    assert result.matched_terms["other"][0].startswith("decide par : information du patient")


def test_a_colonoscopy_page_asking_what_it_is_and_when_is_other():
    text = """Coloscopie : préparation et déroulement
Qu'est-ce que la coloscopie ?
Elle se déroule sous anesthésie générale ; le gastro-entérologue introduit le coloscope et peut retirer des polypes.
Quand doit-on faire une coloscopie ?
En cas de saignement dans les selles ou pour un dépistage."""
    assert _type(text) == DocType.OTHER


def test_a_blood_count_report_with_one_question_of_its_own_stays_a_lab_result():
    text = """LABORATOIRE DE BIOLOGIE MÉDICALE
Patient : DURAND Jeanne, née le 02/03/1950
Prélevé le 12/11/2026 à 08h10
HÉMATOLOGIE — Numération formule sanguine
Hémoglobine : 9,8 g/dl (12,0 - 16,0)
Leucocytes : 6,2 G/l (4,0 - 10,0)
Plaquettes : 245 G/l (150 - 400)
Commentaire : anémie, carence martiale ?"""
    assert _type(text) == DocType.LAB_RESULT


def test_a_consultation_with_a_question_inside_a_sentence_stays_a_consultation():
    text = """Motif de consultation : douleurs abdominales.
Examen clinique : abdomen souple, sensible en fosse iliaque gauche.
La patiente se demande quand elle doit faire une coloscopie ? Je la lui prescris.
Conclusion : probable diverticulite, coloscopie à distance ; je la reverrai avec les résultats."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_lab_page_explaining_the_blood_count_is_other():
    text = """L'hémogramme
L'hémogramme étudie les éléments figurés du sang, globules rouges, globules blancs et plaquettes.
Pour les globules rouges, sont indiqués leur nombre, le taux d'hémoglobine en g/dL, l'hématocrite, le volume globulaire moyen (VGM), la CCMH et la TCMH.
Le nombre de leucocytes total est accompagné de la formule leucocytaire, polynucléaires neutrophiles, éosinophiles, basophiles, lymphocytes et monocytes par mm3.
Le nombre de plaquettes par mm3 est souvent accompagné du volume plaquettaire moyen."""
    result = classify(text)
    assert result.doc_type == DocType.OTHER
    assert result.matched_terms["other"][0].startswith("decide par : un examen explique")


def test_an_ultrasound_teaching_page_is_other():
    text = """Échographie du foie
Un examen échographique du foie doit répondre à plusieurs questions : la taille, les contours, les angles, l'échostructure (hypoéchogène, hyperéchogène, homogène, hétérogène, lésion focale).
Les coupes recommandées sont données à titre indicatif ; idéalement l'examen doit avoir lieu plusieurs heures après la dernière prise alimentaire.
Les veines sus-hépatiques délimitent les secteurs du foie, la veine porte ses huit segments."""
    assert _type(text) == DocType.OTHER


def test_an_ultrasound_report_saying_once_what_the_exam_allowed_stays_an_imaging_report():
    text = """ÉCHOGRAPHIE ABDOMINALE
Indication : douleurs de l'hypocondre droit.
Foie de taille normale, d'échostructure homogène, sans lésion focale. Pas de dilatation des voies biliaires.
Vésicule biliaire alithiasique, à paroi fine. L'échographie permet d'éliminer une cholécystite aiguë.
Conclusion : examen normal."""
    assert _type(text) == DocType.IMAGING_REPORT


def test_an_endoscopy_report_telling_how_its_exam_went_stays_an_operative_report():
    text = """Compte rendu de coloscopie
Patient : M. Bernard LEROY, né le 04/05/1958
Indication : dépistage, antécédent familial de cancer colique.
L'examen se déroule sous anesthésie générale. Préparation satisfaisante, caecum atteint.
Polype sessile de 6 mm du sigmoïde, réséqué à l'anse froide.
Conclusion : un polype réséqué, résultat anatomopathologique à suivre."""
    assert _type(text) == DocType.OPERATIVE_REPORT


def test_an_endoscopy_report_naming_no_one_and_telling_how_it_went_stays_an_operative_report():
    text = """Coloscopie totale
L'examen se déroule sous anesthésie générale. Préparation colique satisfaisante, caecum atteint, iléon terminal vu.
Polype sessile de 6 mm du sigmoïde, réséqué à l'anse froide et récupéré.
Diverticulose sigmoïdienne non compliquée. Pas d'autre lésion."""
    assert _type(text) == DocType.OPERATIVE_REPORT


REFERRAL_WITH_QUESTIONS = """Cher Confrère,
Je vous adresse Madame Jeanne DURAND, 67 ans, pour avis concernant une fibrillation atriale découverte ce mois-ci.
Elle est hypertendue, traitée par ramipril ; l'ECG retrouve une FA à 110/min.
Mes questions :
{bullet}Quel traitement anticoagulant proposer ?
{bullet}Comment adapter le traitement avant sa prothèse de hanche prévue en mars ?
Je vous remercie de votre avis. Bien confraternellement."""


def test_a_referral_listing_its_questions_stays_a_letter():
    assert _type(REFERRAL_WITH_QUESTIONS.format(bullet="- ")) == DocType.LETTER
    assert _type(REFERRAL_WITH_QUESTIONS.format(bullet="")) == DocType.LETTER


def test_a_titled_endoscopy_report_explaining_its_exam_stays_an_operative_report():
    text = """COMPTE RENDU DE COLOSCOPIE
Patient : M. Bernard LEROY, né le 04/05/1958
La coloscopie est un examen qui explore tout le côlon ; l'examen se déroule sous anesthésie générale.
Préparation satisfaisante, caecum atteint. Polype sessile de 6 mm du sigmoïde, réséqué à l'anse froide.
Conclusion : un polype réséqué, histologie à suivre."""
    assert _type(text) == DocType.OPERATIVE_REPORT


def test_a_consultants_letter_ordered_by_its_questions_stays_a_consultation():
    text = """Cher Confrère,
J'ai vu en consultation Madame Jeanne DURAND, 67 ans, que vous m'avez adressée pour une anémie.
Pourquoi cette anémie ?
Le bilan retrouve une carence martiale, ferritine à 8 µg/L ; la coloscopie est à faire.
Quel traitement proposer ?
Fer injectable en hôpital de jour, puis contrôle de la NFS dans un mois.
Bien confraternellement."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_titled_consultation_report_ordered_by_its_questions_stays_a_consultation():
    text = """Compte rendu de consultation de rhumatologie
M. Paul ROBIN, 58 ans.
Quel diagnostic ?
Polyarthrite rhumatoïde séropositive, active (DAS28 à 5,1).
Quelle prise en charge ?
Méthotrexate 15 mg par semaine, acide folique ; je le reverrai dans trois mois."""
    assert _type(text) == DocType.CONSULTATION_REPORT
