"""A relative's history in a case told through a visit (« Sa mère a été opérée d'un mélanome à 62 ans ») tells no stay
of the patient's. Pure, no I/O. Session 59: a dermatology visit told as a case (dev59b ad008) was read as a stay."""
from docpipe.classify import classify
from docpipe.models import DocType

VISIT = """Cas clinique

Une femme de 45 ans, enseignante, consulte en dermatologie à la demande de son médecin traitant pour une lésion \
pigmentée du dos apparue il y a environ un an, qui se serait modifiée récemment. Elle ne rapporte ni prurit ni \
saignement. {history} Pas de traitement en cours.

L'examen retrouve, dans la région scapulaire gauche, une lésion pigmentée de 9 x 7 mm, asymétrique, à bords \
irréguliers, polychrome. L'examen dermoscopique montre un réseau pigmentaire atypique et un voile bleu-blanc central. \
Il n'existe pas d'adénopathie palpable.

Devant cette lésion suspecte, une exérèse complète avec marge de 2 mm est proposée sous anesthésie locale. La patiente \
est informée de la nécessité probable d'une reprise chirurgicale selon l'épaisseur de Breslow."""


def test_a_visit_told_as_a_case_with_a_relatives_operation_is_a_consultation():
    text = VISIT.format(history="Sa mère a été opérée d'un mélanome à 62 ans.")
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_the_patients_own_stay_told_after_the_visit_is_still_a_stay():
    text = VISIT.format(history="Sa mère a été opérée d'un mélanome à 62 ans.") + """

Elle a été hospitalisée le lendemain dans le service pour une reprise chirurgicale sous anesthésie générale avec \
recherche du ganglion sentinelle. Les suites ont été simples et elle est sortie à J2."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_relative_told_beside_the_patients_own_admission_keeps_the_stay():
    """Session 59 review: « Ses parents ont été informés et l'enfant a été hospitalisé … » tells the child's stay."""
    text = """Observation

Un garçon de 6 ans consulte aux urgences pédiatriques pour une douleur abdominale fébrile depuis la veille. L'examen \
retrouve une défense de la fosse iliaque droite. L'échographie montre un appendice de 9 mm. Ses parents ont été \
informés et l'enfant a été hospitalisé en chirurgie pédiatrique, opéré le soir même par cœlioscopie. Les suites ont \
été simples, avec une sortie à J2."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY
