"""Structure cues of session 14, each with its near miss:
- a salutation alone on its line, whoever it greets (« Cher Nicolas, », « Chers parents, »), and a writer who speaks to
  the reader (« je vous », « je t'… ») make a letter; a visit written as a letter stays a consultation;
- a stay told in running sentences keeps the exams it quotes (a scanner's sequences, a lab's values) out of the vote;
  an untitled exam told of a patient with no stay stays an imaging report;
- a page that says what a kind of document is for (« la lettre de liaison est un document … », « … a pour
  objectif … ») is `other`, whatever its title; a stay's letter that speaks of itself or of an attached report is not.

Every text was written for these tests."""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def test_a_salutation_to_anyone_and_a_writer_speaking_to_the_reader_make_a_letter():
    text = """Cher Antoine,

J'ai appris par un collègue ton arrivée dans le service de pédiatrie et je t'écris pour te souhaiter bon courage.
Je t'avais promis de te donner des nouvelles du cabinet : tout le monde se souvient de ton passage parmi nous.
Je vous embrasse, toi et ta famille, et j'espère te revoir bientôt à la maison médicale."""
    result = classify(text)
    assert result.doc_type == DocType.LETTER
    assert "salutation" in result.matched_terms["letter"]


def test_a_salutation_to_a_group_of_readers_makes_a_letter_too():
    text = """Chers parents,

Je vous écris après une nuit de garde aux urgences pédiatriques. Une fièvre bien tolérée depuis un jour n'est pas
une urgence vitale, et un enfant qui dort paisiblement dans sa poussette peut attendre son tour.
Merci de nous laisser travailler sereinement : je vous promets que nous voyons chaque enfant."""
    assert classify(text).doc_type == DocType.LETTER


def test_a_visit_written_as_a_letter_to_a_friend_stays_a_consultation():
    text = """Cher Antoine,

J'ai vu ce jour en consultation ton patient M. Durand, 58 ans, pour une dyspnée d'effort.
L'examen clinique retrouve un souffle systolique aortique 3/6. L'ECG est en rythme sinusal.
Je te propose une échographie cardiaque et je le reverrai dans un mois avec le résultat.
Amitiés."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_writer_speaking_to_the_reader_without_any_letter_shape_is_no_letter():
    text = """Les gestes qui sauvent

Je vous propose de revoir les gestes de premiers secours. Face à une personne inconsciente qui respire, on la place
en position latérale de sécurité. Face à une personne qui ne respire pas, on appelle le 15 et on commence le massage
cardiaque. Ces gestes simples s'apprennent en quelques heures dans les associations agréées."""
    assert classify(text).doc_type != DocType.LETTER


STAY_QUOTING_A_SCANNER = """Cas clinique

Rupture d'une tumeur du foie

La rupture d'une tumeur hépatique doit être évoquée devant une douleur abdominale brutale avec une hypotension, chez
un patient atteint d'une cirrhose. L'embolisation en urgence est le traitement de référence.

Un patient, âgé de 71 ans, sans antécédent notable, se présente aux urgences pour des douleurs abdominales brutales.
Un scanner abdominopelvien met en évidence, sur la séquence sans injection, un hémopéritoine modéré, et les séquences
après injection de produit de contraste montrent une extravasation au temps artériel, majorée au temps portal,
témoignant d'un saignement actif au pôle inférieur de la lésion."""


def test_a_stay_told_keeps_the_scanner_it_quotes_out_of_the_vote():
    result = classify(STAY_QUOTING_A_SCANNER)
    assert result.doc_type == DocType.DISCHARGE_SUMMARY


def test_an_untitled_exam_told_of_a_patient_with_no_stay_stays_an_imaging_report():
    text = """Patient de 42 ans, douleurs du genou droit.

L'IRM réalisée met en évidence un hypersignal linéaire de la corne postérieure du ménisque interne en coupe
sagittale, atteignant la surface articulaire, et un kyste périméniscal en séquence pondérée T2.

Il s'agit d'une fissure méniscale horizontale."""
    assert classify(text).doc_type == DocType.IMAGING_REPORT


def test_a_page_that_says_what_a_kind_of_document_is_for_is_other_whatever_its_title():
    text = """Lettre de liaison
La lettre de liaison est un document clé entre l'hôpital et le médecin traitant, obligatoire depuis 2017.
Elle est remise au patient le jour de sa sortie d'hospitalisation. Elle comprend :
- le motif d'hospitalisation ;
- les traitements de sortie ;
- les suites à donner."""
    result = classify(text)
    assert result.doc_type == DocType.OTHER
    assert "a quoi sert un document" in result.matched_terms["other"][0]


def test_a_stays_letter_that_speaks_of_itself_or_of_the_attached_report_stays_a_stay():
    text = """Lettre de liaison de sortie

Madame Roux, 67 ans, a été hospitalisée du 3 au 9 mars pour une pneumopathie.
Ce courrier a pour but de vous informer de son évolution, favorable sous amoxicilline.
Le compte rendu opératoire est joint. Les prescriptions doivent être renouvelées par son médecin traitant.
Traitement de sortie : amoxicilline 1 g trois fois par jour pendant 5 jours."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_title_saying_who_writes_to_whom_and_a_mon_ami_salutation_make_a_letter():
    text = """Lettre du docteur Paul Morel à son ami Louis Vidal

Lyon, le 3 mai 1822

Mon ami,

J'ai reçu hier votre lettre et je vous remercie des nouvelles de votre famille. Les fièvres de la saison remplissent
notre hôpital, et les observations que j'y fais me rendent plus prudent sur la saignée que je ne l'étais autrefois."""
    result = classify(text)
    assert result.doc_type == DocType.LETTER
    assert {"lettre de l'un a l'autre", "salutation"} <= set(result.matched_terms["letter"])


def test_an_information_letter_to_patients_is_no_letter_from_one_to_another():
    text = """Lettre d'information à nos patients

Le centre de vaccination sera fermé pendant les congés d'été. Les rendez-vous de rappel sont reportés en septembre.
Les personnes qui ont besoin d'un certificat peuvent s'adresser à l'accueil aux heures d'ouverture habituelles."""
    result = classify(text)
    assert "lettre de l'un a l'autre" not in result.matched_terms.get("letter", [])
    assert result.doc_type == DocType.OTHER


def test_a_salutation_naming_the_patient_makes_a_letter_to_the_patient():
    text = """Madame Roux,

Nous avons bien reçu les résultats de votre bilan sanguin. Ils sont normaux et ne demandent aucune modification de
votre traitement. Nous vous reverrons comme prévu le 3 juin.

Veuillez agréer, Madame, nos salutations distinguées."""
    result = classify(text)
    assert result.doc_type == DocType.LETTER
    assert "salutation" in result.matched_terms["letter"]


EXAM_REPORT = """Scanner thoraco-abdomino-pelvien injecté

Patient de 66 ans suivi pour un adénocarcinome colique opéré en 2022, hospitalisé pour altération de l'état général.

Résultats :
Thorax : plusieurs nodules pulmonaires bilatéraux, le plus volumineux de 14 mm au lobe inférieur droit.
Abdomen : foie multinodulaire avec au moins cinq lésions hypodenses, la plus grande de 32 mm au segment VII.

Conclusion : progression métastatique hépatique et pulmonaire."""


def test_an_exams_name_on_the_first_line_and_a_conclusion_title_a_report_whatever_stay_its_indication_tells():
    result = classify(EXAM_REPORT)
    assert result.doc_type == DocType.IMAGING_REPORT
    assert "titre d'examen et conclusion" in result.matched_terms["imaging_report"]


def test_a_stay_whose_first_line_is_an_exams_result_field_is_still_a_stay():
    text = EXAM_REPORT.replace("Scanner thoraco-abdomino-pelvien injecté",
                               "Scanner thoraco-abdomino-pelvien : voir ci-dessous").replace(
        "Patient de 66 ans suivi", "Patient de 66 ans, hospitalisé du 3 au 12 mai dans le service, suivi")
    result = classify(text)
    assert "titre d'examen et conclusion" not in result.matched_terms.get("imaging_report", [])
    assert result.doc_type == DocType.DISCHARGE_SUMMARY


CASE_REPORT_PAPER = """Introduction : la tuberculose péritonéale est une forme rare de tuberculose extrapulmonaire.
Observation : un patient de 45 ans, sans antécédent, a été hospitalisé pour une ascite fébrile. Le scanner montrait un
épaississement péritonéal. La laparoscopie a permis le diagnostic histologique. L'évolution a été favorable sous
quadrithérapie.
Discussion : le diagnostic repose sur l'histologie ; la laparoscopie est l'examen clé.
Conclusion : il faut évoquer la tuberculose devant toute ascite fébrile en zone d'endémie."""


def test_a_case_told_between_an_introduction_and_a_discussion_is_a_paper():
    result = classify(CASE_REPORT_PAPER)
    assert result.doc_type == DocType.OTHER
    assert "introduction et discussion (un article)" in result.matched_terms["other"]


def test_a_stay_with_a_discussion_section_but_no_introduction_stays_a_stay():
    text = CASE_REPORT_PAPER.replace("Introduction : la tuberculose péritonéale est une forme rare de tuberculose "
                                     "extrapulmonaire.\n", "")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_drugs_package_leaflet_is_other_whatever_dosage_it_gives():
    text = """Notice : information de l'utilisateur
Amoxicilline 500 mg, gélule

Veuillez lire attentivement cette notice avant de prendre ce médicament.
L'amoxicilline est un antibiotique de la famille des pénicillines.
Posologie : chez l'adulte, 1 g trois fois par jour pendant 7 jours."""
    assert classify(text).doc_type == DocType.OTHER


def test_an_order_that_refers_to_the_leaflet_stays_an_order():
    text = """Ordonnance

Amoxicilline 500 mg : 2 gélules trois fois par jour pendant 7 jours (voir la notice).
Paracétamol 1 g : 1 comprimé si douleurs, maximum 3 par jour."""
    assert classify(text).doc_type == DocType.PRESCRIPTION


def test_a_follow_up_note_titled_by_its_specialty_is_a_consultation():
    text = """Suivi diabétologique

HbA1c 7,8 % (8,4 % il y a 3 mois). Poids stable à 92 kg. Pas d'hypoglycémie. Pieds : pas de plaie, monofilament
perçu. Poursuite de la metformine, ajout d'un analogue du GLP-1. Prochain rendez-vous dans 3 mois."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_stays_follow_up_section_does_not_title_it_a_consultation():
    text = """Madame Petit, 67 ans, a été hospitalisée du 3 au 9 mars pour un diabète déséquilibré.
L'insuline basale a été introduite et l'évolution a été favorable.
Suivi diabétologique : à organiser dans trois mois."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


WARD_PROTOCOL = """Protocole de service : prise en charge de l'hyperkaliémie

Définition : kaliémie supérieure à 5,5 mmol/l.
ECG systématique. Si signes ECG : gluconate de calcium 10 % 10 ml IV en 3 minutes, à renouveler.
Insuline rapide 10 UI dans 250 ml de G10 % en 30 minutes. Salbutamol en aérosol 10 mg.
Contrôle de la kaliémie à 1 heure puis toutes les 4 heures."""


def test_a_wards_protocol_is_other_whatever_doses_it_gives():
    assert classify(WARD_PROTOCOL).doc_type == DocType.OTHER


def test_an_order_given_by_the_wards_protocol_stays_an_order():
    text = """Ordonnance

Insuline rapide 10 UI dans 250 ml de G10 % en 30 minutes, selon le protocole de service.
Contrôle de la kaliémie à 1 heure puis toutes les 4 heures."""
    assert classify(text).doc_type == DocType.PRESCRIPTION


ADMISSION_NOTE = """Observation médicale d'entrée

Mme Meunier, 69 ans, adressée par son médecin traitant pour une dyspnée progressive.
Antécédents : cardiopathie ischémique, BPCO.
Histoire de la maladie : dyspnée stade III depuis 10 jours, orthopnée, prise de poids de 4 kg.
Examen : crépitants bilatéraux, œdèmes des membres inférieurs, TA 150/90.
Conduite : furosémide IV, échographie cardiaque demain, ionogramme quotidien."""


def test_an_admission_note_titled_as_such_is_a_stays_record_whoever_sent_the_patient():
    assert classify(ADMISSION_NOTE).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_visit_that_cites_an_admission_note_in_a_sentence_stays_a_consultation():
    text = """Je revois ce jour en consultation Mme Meunier, 69 ans, un mois après sa sortie de cardiologie.
Comme le notait l'observation médicale d'entrée, la dyspnée était apparue en dix jours. Elle n'a plus d'œdème.
Examen : auscultation normale, TA 130/80. Je la reverrai dans trois mois."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_visit_that_says_what_its_exams_and_orders_are_for_is_no_guide():
    text = """Je revois ce jour en consultation M. Lucas, 61 ans, pour des lombalgies.
Le compte rendu de l'IRM permet d'éliminer une compression radiculaire. La prescription d'une statine permet de
réduire son risque cardiovasculaire, je l'ai expliqué au patient.
Examen : Lasègue négatif. Je le reverrai dans trois mois."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT
