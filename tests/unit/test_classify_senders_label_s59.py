"""The value of a label naming who asked for the document or sends it (« Demandeur : consultation de cardiologie »)
names a clinic, not the document: no title. Pure, no I/O. Session 59: an echocardiography's report (cases59 ae029) was
titled a consultation by its requester's line."""
from docpipe.classify import classify
from docpipe.models import DocType

ECHO = """CHU DE VALMONT
Explorations fonctionnelles cardiovasculaires

ÉCHOCARDIOGRAPHIE TRANSTHORACIQUE

Nom : DURAND      Prénom : Paul      DDN : 18/01/1953
Date : 24/09/2024      Opérateur : Dr Anaïs TOURNIER
{label} : consultation de cardiologie (Dr TOURNIER)
Rythme : fibrillation atriale, FC 88/min - PA 138/82

Indication : dyspnée d'effort, recherche de cardiopathie.

Ventricule gauche dilaté, DTD 62 mm, hypokinésie globale, FEVG (Simpson biplan) 32 %.
Oreillette gauche dilatée. Fuite mitrale fonctionnelle modérée. Péricarde sec.

Conclusion :
Cardiomyopathie dilatée hypokinétique, FEVG 32 %. Fuite mitrale fonctionnelle modérée.

Dr Anaïs TOURNIER
"""


def test_an_exams_report_whose_requester_is_a_clinic_stays_the_exams():
    assert classify(ECHO.format(label="Demandeur")).doc_type == DocType.IMAGING_REPORT


def test_a_consultation_named_as_the_object_still_titles_the_text():
    visit = """CHU DE VALMONT
Objet : consultation de cardiologie

Je revois ce jour M. Durand, 71 ans, pour une dyspnée d'effort. À l'examen, PA 138/82, FC 88, pas de souffle.
L'échocardiographie montre une FEVG à 32 %. Je majore le traitement diurétique et le revois dans trois mois.

Dr Anaïs TOURNIER
"""
    assert classify(visit).doc_type == DocType.CONSULTATION_REPORT
