"""Frames of teaching and publication found on dev18 (session 18), each shown from both sides:
- a case set as an exercise under its heading (« Vignette clinique : », « Scénario clinique ») is teaching, `other`,
  whatever emergency visit it tells; the same words inside a sentence head nothing;
- a page that tells how to cite it (« Citer cet article : … ») is a publication, `other`, whatever results it quotes;
- a press article's dateline (« publié le vendredi 10 novembre 2017 à 07h50 ») makes an untitled text news, `other`,
  whatever stay it tells; the same story without it is read as told, a lab's « validé le … à … » is no dateline, and a
  portal's « Publié le … à … » above a document's own title leaves the title to name it;
- numbered citations in running text (« … dans 85 % des cas [25]. ») decide nothing: a published case report tells
  its patient's stay with them (no rule reads them since the lead's review of session 18), a consultant cites the
  criteria he applied, a lab prints its reference ranges in brackets;
- « Sommaire » on a line of its own is a table of contents: a course's notes or a booklet, `other`; « sommaire » in a
  sentence (« un examen sommaire ») is no such thing.

Every text was written for these tests."""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def _type(text: str) -> DocType:
    return classify(text).doc_type


EMERGENCY_CASE = """Un patient âgé de 71 ans se présente aux urgences pour une oppression thoracique apparue quatre heures
avant son arrivée. Il est diabétique de type 2 sous metformine et hypertendu. À l'examen, il est pâle, en sueurs, la
pression artérielle est à 150/90 mmHg, la fréquence cardiaque à 98/min. Un électrocardiogramme est réalisé à
l'arrivée aux urgences."""


def test_a_clinical_vignette_is_teaching():
    result = classify("Vignette clinique :\n" + EMERGENCY_CASE)
    assert result.doc_type == DocType.OTHER
    assert result.matched_terms["other"][0].startswith("decide par : publication")


def test_the_same_emergency_case_without_its_exercise_heading_is_a_stay():
    assert _type(EMERGENCY_CASE) == DocType.DISCHARGE_SUMMARY


def test_a_stay_mentioning_a_vignette_in_a_sentence_is_still_a_stay():
    text = EMERGENCY_CASE + """
Il a été hospitalisé en cardiologie ; son cas a servi de vignette clinique pour l'enseignement des internes.
L'évolution a été favorable et il est sorti à J5."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_case_page_telling_how_to_cite_it_is_a_publication():
    text = """Examens biologique et imagerie
L'examen biologique du patient est le suivant :
NFS : Gb = 9600 leucocytes par mm3, dont 7380 PNN, lymphocytes 1220/mm3, Hb = 14 g/dL, plaquettes 162 000/mm3, CRP à
243 mg/L, ASAT = 140 UI, ALAT = 110 UI, créatinine = 80 µmol/L.
Citer cet article : Cas clinique : fièvre au retour de voyage - 16 août 2022."""
    assert _type(text) == DocType.OTHER


def test_lab_results_without_a_citation_stay_lab_results():
    text = """LABORATOIRE DE BIOLOGIE MÉDICALE
Patient : M. Paul ROBIN, né le 03/04/1961 — prélevé le 14/11/2026
NFS : leucocytes 9,6 G/l, PNN 7,38 G/l, lymphocytes 1,22 G/l, hémoglobine 14 g/dL, plaquettes 162 G/l
CRP 243 mg/L, ASAT 140 UI/L, ALAT 110 UI/L, créatinine 80 µmol/L"""
    assert _type(text) == DocType.LAB_RESULT


def test_course_notes_with_a_table_of_contents_are_other():
    text = """ED n°3 : Imagerie des urgences abdominales de l'adulte
Sommaire :
I. Cas clinique n°1
II. Cas clinique n°2
I. Cas clinique n°1
Femme de 50 ans, consulte aux urgences pour des douleurs abdominales de début brutal depuis 8 h, irradiant en
bretelle. Elle est fébrile à 38,5 °C. La biologie retrouve une augmentation de la CRP. Elle est hospitalisée en
chirurgie."""
    assert _type(text) == DocType.OTHER


def test_a_stay_with_a_brief_examination_is_still_a_stay():
    text = """Femme de 50 ans, admise aux urgences pour des douleurs abdominales de début brutal, fébrile à 38,5 °C.
Après un examen sommaire, elle est hospitalisée en chirurgie ; l'échographie montre une cholécystite.
Cholécystectomie le lendemain, suites simples, sortie à J3."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


NEWS_STORY = """À 80 ans, elle doit quitter l'hôpital en pleine nuit
{dateline}
Une femme de 80 ans, hospitalisée fin octobre pour des vomissements, a été mise sous perfusion et placée dans une
chambre. À minuit, un médecin lui a demandé de partir ; elle a dû rentrer chez elle en taxi, toujours affaiblie.
L'hôpital n'a pas souhaité faire de commentaire."""


def test_a_news_story_with_its_dateline_is_other():
    result = classify(NEWS_STORY.format(dateline="Rédaction, publié le vendredi 10 novembre 2017 à 07h50"))
    assert result.doc_type == DocType.OTHER
    assert result.matched_terms["other"][0].startswith("decide par : un article de presse")


def test_the_same_story_without_a_dateline_is_read_as_a_stay():
    assert _type(NEWS_STORY.format(dateline="")) == DocType.DISCHARGE_SUMMARY


def test_a_lab_result_validated_at_an_hour_stays_a_lab_result():
    text = """LABORATOIRE DE BIOLOGIE MÉDICALE
Patient : Mme Jeanne DURAND, née le 02/03/1950
Prélevé le 12/11/2026 à 08h10 — validé le 12/11/2026 à 10h30, résultats mis en ligne le 12/11/2026 à 10h35
Potassium : 4,1 mmol/L (3,5 - 5,0)
Créatinine : 78 µmol/L (45 - 90)"""
    assert _type(text) == DocType.LAB_RESULT


def test_a_published_case_citing_its_literature_is_still_a_stay():
    text = """Un homme de 54 ans, sans antécédent, a été admis pour une douleur thoracique brutale. Le scanner a montré une
dissection aortique de type B, classée selon Stanford [4]. Un traitement antihypertenseur intraveineux a été débuté en
soins intensifs ; l'évolution a été favorable et le patient est sorti au dixième jour, comme dans la série de Tsai [7].
Un contrôle par scanner à trois mois a été programmé."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_lab_results_with_reference_ranges_in_brackets_stay_lab_results():
    text = """LABORATOIRE DE BIOLOGIE MÉDICALE
Patient : M. Paul ROBIN, né le 03/04/1961 — prélevé le 14/11/2026
Potassium : 4,1 mmol/L [3,5 - 5,0]
Sodium : 139 mmol/L [136 - 145]
Créatinine : 80 µmol/L [59 - 104]"""
    assert _type(text) == DocType.LAB_RESULT


def test_a_portal_dateline_above_a_stays_title_leaves_the_title_to_name_it():
    text = """Publié le 12/11/2026 à 10:35
COMPTE RENDU D'HOSPITALISATION
Madame Jeanne DURAND, 67 ans, a été hospitalisée du 3 au 12 novembre 2026 pour une pneumopathie.
Traitement par amoxicilline, évolution favorable ; sortie à domicile le 12 novembre."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_consultants_letter_citing_two_references_stays_a_consultation():
    text = """Chère Consœur,
J'ai revu en consultation de génétique Madame Jeanne DURAND, 34 ans, pour le résultat de l'analyse du gène BRCA2.
Le variant identifié est classé pathogène selon les critères de l'ACMG [1] ; le risque cumulé de cancer du sein est
estimé à 60 % à 70 ans [2]. Je lui ai proposé une IRM mammaire annuelle et je la reverrai dans un an.
Bien confraternellement."""
    assert _type(text) == DocType.CONSULTATION_REPORT
