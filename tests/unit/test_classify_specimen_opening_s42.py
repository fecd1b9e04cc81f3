"""A pathology case may open on its specimen rather than its patient (« Le produit de biopsie … d'une femme de 27 ans a
été reçu au service d'anatomie pathologique », « Nous avons reçu une pièce de … »): the specimen received for its
examination, then its macroscopy and microscopy to the end, is that exam's report. The same specimen sent during a stay
told before and after it stays the stay's. Every text was written for these tests. Pure, no I/O."""
from docpipe.classify import classify
from docpipe.models import DocType

EXAMINATION = (
    "À l'examen macroscopique, la pièce mesurait 6 x 4 x 3 cm et comportait un nodule blanchâtre, ferme, de 18 mm, à "
    "2 mm de la limite d'exérèse la plus proche.\n\n"
    "L'examen microscopique montrait une prolifération tumorale faite de cellules fusiformes agencées en faisceaux "
    "entrecroisés, sans atypie marquée, avec deux mitoses pour dix champs au fort grossissement. Il n'y avait pas de "
    "nécrose. En immunohistochimie, les cellules exprimaient la PS100 et n'exprimaient ni l'actine ni la desmine.\n\n"
    "Conclusion : schwannome bénin, exérèse complète.")


def test_a_specimen_received_then_examined_is_a_lab_result():
    text = ("Observation\n\nLa pièce d'exérèse d'une tuméfaction cervicale d'un homme de 44 ans a été adressée au "
            "laboratoire d'anatomie pathologique, fixée dans le formol.\n\n" + EXAMINATION)
    assert classify(text).doc_type == DocType.LAB_RESULT


def test_a_specimen_we_received_is_a_lab_result():
    text = ("Nous avons reçu une pièce d'exérèse d'une tuméfaction cervicale chez un homme de 44 ans.\n\n" + EXAMINATION)
    assert classify(text).doc_type == DocType.LAB_RESULT


def test_the_same_specimen_inside_a_told_stay_stays_a_stay():
    text = ("Un homme de 44 ans a été hospitalisé en chirurgie cervico-faciale pour une tuméfaction cervicale. Une "
            "exérèse a été réalisée sous anesthésie générale. La pièce a été adressée au laboratoire d'anatomie "
            "pathologique.\n\n" + EXAMINATION + "\n\nLes suites ont été marquées par une paralysie transitoire. Il est "
            "sorti au troisième jour et sera revu en consultation dans un mois.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_visit_that_quotes_the_pathology_and_plans_stays_a_consultation():
    text = ("Je revois ce jour M. R., 64 ans, pour le résultat de ses biopsies.\n\n" + EXAMINATION + "\n\nÀ l'examen "
            "clinique, pas d'adénopathie cervicale. Je lui ai expliqué le diagnostic ; une surveillance est proposée et "
            "je le reverrai dans un an.")
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT
