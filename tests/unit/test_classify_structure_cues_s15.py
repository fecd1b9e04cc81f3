"""Structure cues of session 15, each with its near miss:
- a letter's words read outside quotation marks: a dialogue quoted in a story (« "je vous rappelle" ») is someone
  speaking, not the writer writing to the reader; a letter that quotes its patient stays a letter;
- a page titled « Questions fréquentes », « Foire aux questions » or « FAQ » is patient information; an order that
  mentions the questions asked at the visit is still an order;
- a page that asks what a kind of document is (« Qu'est-ce qu'un compte rendu médical ? ») or says what
  « l'ordonnance doit préciser » is a guide; a discharge letter that asks a question about its patient is not;
- the writer seeing the patient at home (« une patiente que nous avons vue à domicile ») or at the time of the visit
  (« lorsque nous la voyons, elle présente … ») makes the writer's own visit; the writer seeing a thing (« lorsque je le
  vois à l'écran ») or someone else's visit does not.

Every text was written for these tests."""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def test_a_dialogue_quoted_in_an_on_call_story_is_no_letter():
    text = """Une nuit comme les autres

Trois heures du matin, le téléphone de garde sonne dans la chambre de l'interne.
- Infirmière : "Bonsoir docteur, c'est le deuxième étage, je vous rappelle pour le monsieur de la chambre 12"
- Interne : "J'arrive, je vous rappelle si besoin"
Le patient allait bien, le brassard était mal placé. On se recouche, en se disant que la nuit sera longue."""
    result = classify(text, learned=False)
    assert result.doc_type != DocType.LETTER
    assert "letter" not in result.matched_terms


def test_a_letter_that_quotes_its_patient_stays_a_letter():
    text = """Cher confrère,

Je vous adresse Mme Girard, 67 ans, pour avis sur une dyspnée d'effort.
Elle me dit « je suis essoufflée au premier étage depuis l'été ».
Je vous remercie de bien vouloir la recevoir et vous prie de croire à mes salutations confraternelles."""
    assert classify(text, learned=False).doc_type == DocType.LETTER


FAQ_PAGE = """Questions fréquentes

Quand prendre la douche antiseptique avant l'opération ?
La douche se prend la veille et le matin de l'intervention.

Dois-je prendre les antalgiques prescrits tous les jours pendant un mois ?
Au début, prenez-les le matin, le midi et le soir, même sans douleur ; ensuite selon la douleur."""


def test_a_page_titled_frequent_questions_is_patient_information():
    result = classify(FAQ_PAGE, learned=False)
    assert result.doc_type == DocType.OTHER


def test_an_order_that_mentions_the_questions_asked_is_still_an_order():
    text = """Ordonnance

Le 12 mars 2024
Mme Leroy Jeanne

1) Paracétamol 1 g : un comprimé matin, midi et soir pendant 5 jours
2) Ibuprofène 400 mg : un comprimé le soir si besoin, pendant 3 jours

Réponse aux questions fréquentes de la patiente donnée oralement."""
    assert classify(text, learned=False).doc_type == DocType.PRESCRIPTION


def test_a_page_that_asks_what_a_report_is_is_a_guide():
    text = """Qu'est-ce qu'un CR d'imagerie ?

Le radiologue rédige un compte rendu pour chaque examen : indication, technique, résultats et conclusion.
Il est le principal vecteur de communication des résultats vers le médecin demandeur.
Sa forme compte autant que son contenu pour bien faire passer les informations."""
    result = classify(text, learned=False)
    assert result.doc_type == DocType.OTHER
    assert any("a quoi sert un document" in term for term in result.matched_terms["other"])


def test_what_the_prescription_must_state_is_a_guide():
    text = """Bien lire une ordonnance de médicaments

Pour chaque médicament, l'auteur de l'ordonnance doit préciser la dose, le moment des prises (ex. : matin et soir)
et la durée du traitement. Le médecin indique si le traitement est renouvelable."""
    assert classify(text, learned=False).doc_type == DocType.OTHER


def test_a_discharge_letter_that_asks_a_question_about_its_patient_is_no_guide():
    text = """Compte rendu d'hospitalisation

Mme Petit, 81 ans, a été hospitalisée du 3 au 9 mars pour une pneumopathie, traitée par amoxicilline.
Qu'est-ce qu'une confusion à J2 nous a appris ? Probablement une déshydratation, corrigée en 48 heures.
Elle est sortie à J6 à domicile. L'ordonnance de sortie est jointe."""
    assert classify(text, learned=False).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_patient_the_writer_saw_at_home_makes_the_writer_s_visit():
    text = """Maison ou hôpital ?

Faut-il hospitaliser ou soigner à la maison ? La question se pose souvent en médecine générale.

Elle s'est posée pour une patiente de 84 ans que nous avons vue à domicile avec mon maître de stage.
Sa fille nous a appelés pour une fatigue apparue la veille. Lorsque nous la voyons, elle est pâle et hypotendue.
Le reste de l'examen clinique est normal. Nous retenons un effet indésirable du nouvel antihypertenseur et
conseillons de l'arrêter."""
    result = classify(text, learned=False)
    assert result.doc_type == DocType.CONSULTATION_REPORT


def test_seeing_a_thing_or_someone_else_s_visit_is_no_visit_of_the_writer():
    text = """Les visites à domicile

Les visites à domicile représentent une part décroissante de l'activité des généralistes. Lorsque je le vois sur
les statistiques de la caisse, le recul est net depuis dix ans. Les patients que les infirmières ont vus à domicile
sont souvent les plus âgés ; la question de l'hospitalisation s'y pose plus souvent qu'au cabinet."""
    assert classify(text, learned=False).doc_type != DocType.CONSULTATION_REPORT


def test_a_ward_s_letter_telling_an_admission_on_the_first_of_the_month_and_a_death_in_the_ward_is_a_stay():
    text = """Chers confrères,

Je vous informe que votre patient M. Garnier, né le 3 août 1945, est décédé le 8 février 2024 dans notre service de
réanimation, où il avait été admis le 1er février pour un choc septique d'origine urinaire.
Malgré l'antibiothérapie et la noradrénaline, l'évolution a été marquée par une défaillance multiviscérale.

Avec mes salutations confraternelles,
Dr Lemaire, réanimation médicale"""
    result = classify(text, learned=False)
    assert result.doc_type == DocType.DISCHARGE_SUMMARY
    assert "admis le 1er" in result.matched_terms["discharge_summary"]


def test_a_letter_telling_a_relative_s_death_and_a_visit_stays_a_letter():
    text = """Cher confrère,

Je vous adresse Mme Garnier, 74 ans, dont le mari est décédé le 8 février à son domicile.
Elle dort mal depuis et a perdu quatre kilos. Je vous remercie de bien vouloir la recevoir pour avis.

Bien confraternellement,
Dr Roux"""
    assert classify(text, learned=False).doc_type == DocType.LETTER


def test_a_dictated_note_on_a_patient_the_writers_received_is_their_visit():
    text = """Transcription de dictée
Roubaix, le 19/09/2026

Nous avons reçu ce matin Madame Tran, née le 13.10.1957, orientée par le Dr Dufour pour une gonalgie droite.
Les douleurs ont nettement régressé depuis l'introduction du paracétamol. Le scanner du genou du mois dernier ne
retrouvait pas de lésion méniscale. Je ne retiens pas d'indication opératoire pour le moment."""
    result = classify(text)
    assert result.doc_type == DocType.CONSULTATION_REPORT
    assert "decide par : examen du patient par l'auteur" in result.matched_terms["consultation_report"]


def test_results_the_writer_received_are_no_visit():
    text = """Cher confrère,

Nous avons reçu ce matin les résultats du scanner thoracique de votre patiente, Mme Tran : pas de nodule suspect.
Je vous les transmets et reste à votre disposition.

Bien confraternellement"""
    assert classify(text, learned=False).doc_type == DocType.LETTER
