"""A case told through one exam only — the patient presented, then an imaging exam's findings and their conclusion, or
a specimen's macroscopic and microscopic examination — is that exam's report (`imaging_report`, `lab_result`), as a
published case may tell it. The same exam inside a told stay, a treatment or a course stays a stay: imaging vocabulary
inside a clinical narrative does not make an imaging report. Pure, no I/O."""
import pytest

from docpipe.classify import classify
from docpipe.models import DocType

IMAGING_CASE = (
    "Observation\n\n"
    "Un homme de 61 ans, ancien fumeur, a été adressé pour l'exploration d'une opacité pulmonaire découverte sur une "
    "radiographie de contrôle. Une tomodensitométrie thoracique a été réalisée sans puis avec injection de produit de "
    "contraste, avec reconstructions multiplanaires.\n\n"
    "L'examen objectivait dans le lobe inférieur gauche une masse tissulaire spiculée de 38 mm, rehaussée de façon "
    "hétérogène, au contact de la plèvre sans envahissement pariétal. Il existait deux adénopathies médiastinales "
    "infracentimétriques. Il n'y avait pas d'épanchement pleural. Les surrénales étaient fines.\n\n"
    "Conclusion : masse pulmonaire lobaire inférieure gauche suspecte, classée T2aN0 sur l'imagerie.{tail}")

PATHOLOGY_CASE = (
    "Une femme de 52 ans a bénéficié d'une hystérectomie totale pour un utérus polymyomateux. La pièce a été adressée "
    "au laboratoire d'anatomie pathologique.\n\n"
    "À l'examen macroscopique, l'utérus pesait 410 g et comportait quatre nodules blanchâtres fasciculés, le plus "
    "volumineux de 7 cm.\n\n"
    "L'examen microscopique montrait une prolifération de cellules musculaires lisses sans atypie, sans nécrose "
    "tumorale, avec moins de deux mitoses pour dix champs. L'étude immunohistochimique montrait une expression de "
    "l'actine muscle lisse et de la desmine.\n\n"
    "Conclusion : léiomyomes utérins, sans signe de malignité.{tail}")


def test_an_imaging_exam_told_as_a_case_is_an_imaging_report():
    result = classify(IMAGING_CASE.format(tail=""))
    assert result.doc_type == DocType.IMAGING_REPORT
    assert "imagerie raconte comme un cas" in result.matched_terms["imaging_report"][0]


def test_a_specimen_examined_and_told_as_a_case_is_a_lab_result():
    result = classify(PATHOLOGY_CASE.format(tail=""))
    assert result.doc_type == DocType.LAB_RESULT
    assert "anatomopathologique raconte comme un cas" in result.matched_terms["lab_result"][0]


@pytest.mark.parametrize("tail", [
    " Le patient a été opéré par lobectomie inférieure gauche ; les suites opératoires étaient simples.",
    " Il a reçu une chimiothérapie néoadjuvante et l'évolution était favorable.",
    " Il a été hospitalisé en pneumologie pour une fibroscopie bronchique.",
])
def test_the_same_exam_followed_by_care_or_a_stay_stays_a_stay(tail):
    assert classify(IMAGING_CASE.format(tail=tail)).doc_type == DocType.DISCHARGE_SUMMARY


def test_an_exam_told_in_a_stay_from_its_admission_stays_a_stay():
    # session 43: an arrival at the emergency department is the exam's setting, not a stay (the written corpus's
    # imaging cases from the emergency department); a hospitalisation is a stay
    text = IMAGING_CASE.format(tail="").replace("a été adressé pour l'exploration",
                                                "a été hospitalisé en pneumologie pour l'exploration")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_specimen_followed_by_the_patients_treatment_stays_a_stay():
    text = PATHOLOGY_CASE.format(tail=" Une chimiothérapie adjuvante a été débutée en oncologie.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_the_writer_who_saw_the_patient_makes_a_consultation():
    text = IMAGING_CASE.format(tail=" Je la reverrai dans un mois avec le résultat de la biopsie.")
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_an_imaging_case_closed_by_its_diagnosis_in_prose_is_an_exam_report():
    # session 43 (classify._imaging_told_through_its_images): the images told sentence by sentence to the end make the
    # exam's report without a « Conclusion : » line; session 37 asked for one
    text = IMAGING_CASE.format(tail="").replace("Conclusion : m", "Il s'agissait d'une m")
    assert classify(text).doc_type == DocType.IMAGING_REPORT


CONSULTATION_NOTE = (
    "Patiente de 47 ans, vue pour des lombalgies avec radiculalgie L5 gauche depuis deux mois.\n\n"
    "Examen : Lasègue positif à 40° à gauche, pas de déficit moteur, réflexes présents.\n\n"
    "IRM lombaire du 02/05 : hernie discale L4-L5 postéro-latérale gauche au contact de la racine L5.\n\n"
    "Conclusion : radiculalgie L5 gauche sur hernie discale L4-L5.\n\n"
    "Une infiltration foraminale sous scanner est proposée ; kinésithérapie et antalgiques en attendant. Elle sera "
    "revue après l'infiltration.")


def test_a_consultation_note_with_its_plan_after_the_conclusion_is_not_an_imaging_report():
    assert classify(CONSULTATION_NOTE).doc_type != DocType.IMAGING_REPORT


@pytest.mark.parametrize("treatment", [
    "Une antibiothérapie par amoxicilline-acide clavulanique a été instituée, relayée par voie orale.",
    "Une anticoagulation curative a été entreprise ; la patiente a été orientée vers la médecine vasculaire.",
    "Elle a été perdue de vue après la première cure.",
])
def test_a_case_whose_course_follows_the_conclusion_stays_a_stay(treatment):
    text = IMAGING_CASE.format(tail="\n\n" + treatment)
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_symptoms_adjectives_are_no_specimens_examination():
    text = ("Un homme de 58 ans a consulté pour une hématurie macroscopique intermittente. Une hématurie "
            "microscopique persistait entre les épisodes. L'échographie rénale était normale et la cystoscopie "
            "retrouvait une tumeur de vessie de 2 cm. Une résection endoscopique a été programmée.")
    assert classify(text).doc_type != DocType.LAB_RESULT


def test_a_biopsys_result_given_at_a_visit_is_that_visit():
    text = ("Patient de 68 ans, revu pour le résultat de la biopsie d'une lésion pigmentée du dos.\n\n"
            "Résultat : à l'examen macroscopique, fragment cutané de 14 x 8 mm ; à l'examen microscopique, "
            "prolifération mélanocytaire jonctionnelle et dermique, indice de Breslow à 0,6 mm.\n\n"
            "Conclusion : mélanome à extension superficielle, pT1a.\n\n"
            "Une reprise d'exérèse avec marges de 1 cm est programmée en ambulatoire.")
    assert classify(text).doc_type != DocType.LAB_RESULT


@pytest.mark.parametrize("opening", [
    "Une femme de 31 ans, en post-partum immédiat d'une césarienne, présentait une hypotension à 85/50 mmHg.",
    "Un enfant de 4 ans, amené au service d'accueil pédiatrique après une chute, était somnolent.",
    "Un homme de 61 ans nous était transféré d'un hôpital périphérique ; à son arrivée, il était dyspnéique.",
    "Un homme de 61 ans est vu en consultation de pneumologie pour une toux persistante.",
    "Un homme de 61 ans consulte pour une toux persistante depuis deux mois.",
])
def test_a_stay_or_a_visit_told_in_other_words_keeps_the_exam_inside_it(opening):
    text = IMAGING_CASE.format(tail="").replace(
        "Un homme de 61 ans, ancien fumeur, a été adressé pour l'exploration d'une opacité pulmonaire découverte sur "
        "une radiographie de contrôle.", opening)
    assert classify(text).doc_type != DocType.IMAGING_REPORT


def test_a_patient_sent_for_the_exam_itself_is_still_that_exams_report():
    text = IMAGING_CASE.format(tail="").replace("a été adressé pour l'exploration",
                                                "a été adressé par son médecin pour une tomodensitométrie, à la "
                                                "recherche")
    assert classify(text).doc_type == DocType.IMAGING_REPORT


OPERATION_CASE = (
    "Observation\n\n"
    "Un homme de 42 ans a été opéré pour une hernie inguinale droite étranglée évoluant depuis huit heures.\n\n"
    "Sous rachianesthésie, en décubitus dorsal, une incision inguinale droite a été pratiquée. L'ouverture du sac "
    "herniaire a retrouvé une anse grêle violacée, qui s'est recolorée après réchauffement. Le collet a été débridé. "
    "Une cure selon Shouldice a été réalisée, avec hémostase soigneuse, puis fermeture plan par plan au fil "
    "résorbable.{tail}")


def test_an_operation_told_as_a_case_stays_a_stay():
    # An « operation told as a case » rule was written, then refused (review64, review65): real published cases end on
    # their operation as often as stays do, and the words of a stay around it are too many to list. Session 42 ships a
    # narrow form (classify._operation_told_as_a_case: three gesture sentences at least, most of the words, no stay's
    # frame anywhere); this short case, two gestures, stays a stay.
    assert classify(OPERATION_CASE.format(tail="")).doc_type == DocType.DISCHARGE_SUMMARY


def test_an_imaging_case_may_close_on_a_short_diagnosis_without_a_conclusion_line():
    text = IMAGING_CASE.format(tail="").replace(
        "Conclusion : masse pulmonaire lobaire inférieure gauche suspecte, classée T2aN0 sur l'imagerie.",
        "L'ensemble de ces éléments faisait retenir le diagnostic de masse pulmonaire suspecte.")
    assert classify(text).doc_type == DocType.IMAGING_REPORT


def test_the_imaging_department_and_the_contrast_injection_are_no_stay():
    text = IMAGING_CASE.format(tail="").replace(
        "a été adressé pour l'exploration", "a été reçu au service d'imagerie médicale pour l'exploration").replace(
        "sans puis avec injection de produit de contraste", "après injection intraveineuse de produit de contraste")
    assert classify(text).doc_type == DocType.IMAGING_REPORT


def test_a_biopsy_read_through_histology_and_immunohistochemistry_is_a_lab_result():
    text = ("Des biopsies duodénales réalisées chez une femme de 35 ans ont été adressées au laboratoire d'anatomie "
            "pathologique.\n\nÀ l'examen histologique, la muqueuse présentait une atrophie villositaire totale avec "
            "une hyperplasie des cryptes et une lymphocytose intra-épithéliale.\n\nEn immunohistochimie, les "
            "lymphocytes intra-épithéliaux exprimaient le CD3 et le CD8.\n\nConclusion : atrophie villositaire "
            "totale, Marsh 3c, compatible avec une maladie cœliaque.")
    assert classify(text).doc_type == DocType.LAB_RESULT


@pytest.mark.parametrize("tail", [
    "\n\nUne résection du dôme saillant a été faite.",
    "\n\nUne biopsie scanno-guidée confirmait le diagnostic.",
])
def test_an_imaging_case_that_goes_on_to_a_gesture_stays_a_stay(tail):
    assert classify(IMAGING_CASE.format(tail=tail)).doc_type != DocType.IMAGING_REPORT


@pytest.mark.parametrize("printed, told", [
    # three techniques: a work-up, not one exam
    ("Il n'y avait pas d'épanchement pleural.",
     "L'échographie pleurale ne montrait pas d'épanchement. L'IRM thoracique confirmait l'absence d'envahissement."),
    # a treatment, then a control scan: a course
    ("Conclusion : masse pulmonaire lobaire inférieure gauche suspecte, classée T2aN0 sur l'imagerie.",
     "Une anticoagulation curative a été introduite.\n\nL'angioscanner de contrôle à trois mois était normal."),
])
def test_an_imaging_case_that_tells_more_than_one_exam_is_no_exam_report(printed, told):
    assert classify(IMAGING_CASE.format(tail="").replace(printed, told)).doc_type != DocType.IMAGING_REPORT


def test_an_oncology_case_told_up_to_its_specimen_stays_a_stay():
    text = ("Une femme de 47 ans a consulté pour un nodule du sein droit.\n\nL'examen clinique retrouvait un nodule "
            "de 3 cm. La mammographie montrait une opacité spiculée classée ACR 5.\n\nUne mastectomie avec curage "
            "axillaire a été réalisée.\n\nÀ l'examen macroscopique, la tumeur mesurait 28 mm. L'examen microscopique "
            "montrait un carcinome infiltrant de type non spécifique, grade II.")
    assert classify(text).doc_type != DocType.LAB_RESULT


def test_a_consultation_note_with_a_short_mri_is_not_an_imaging_report():
    text = ("Patient de 34 ans, footballeur amateur, qui présente depuis une entorse du genou droit il y a deux mois "
            "des épisodes de dérobement et de blocage, avec une gêne à la course et à la montée des escaliers.\n\n"
            "Lachman positif, tiroir antérieur positif, ménisque interne douloureux, pas d'épanchement.\n\n"
            "L'IRM du genou droit montre une rupture complète du ligament croisé antérieur.\n\n"
            "Conclusion : rupture du LCA. Indication de ligamentoplastie, patient d'accord.")
    assert classify(text).doc_type != DocType.IMAGING_REPORT


@pytest.mark.parametrize("stay", ["Il a été mis en observation dans le service.", "Il séjournait en pneumologie.",
                                  "Il a été gardé en surveillance 48 heures."])
def test_an_imaging_case_with_a_stay_in_other_words_stays_a_stay(stay):
    text = IMAGING_CASE.format(tail="").replace(
        "a été adressé pour l'exploration d'une opacité pulmonaire découverte sur une radiographie de contrôle.",
        "présentait une opacité pulmonaire découverte sur une radiographie de contrôle. " + stay)
    assert classify(text).doc_type != DocType.IMAGING_REPORT


@pytest.mark.parametrize("opening", ["présentait une", "a consulté pour une toux ; il présentait une"])
def test_an_imaging_case_that_does_not_say_the_patient_was_sent_for_the_exam_is_still_an_exam_report(opening):
    # session 43: a past visit or a symptom, then nothing but the exam's images to the end, is told through the exam
    # (the written corpus's imaging cases); session 37 asked that the patient be said sent to the exam
    text = IMAGING_CASE.format(tail="").replace("a été adressé pour l'exploration d'une", opening)
    assert classify(text).doc_type == DocType.IMAGING_REPORT
