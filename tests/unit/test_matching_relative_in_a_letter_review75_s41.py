"""The relative's dated sentence of a letter (test_matching_relative_in_a_letter_s38.py) excused the relative's date
while the letter went on about someone of the relative's sex in ways its closed list did not know — review75 found main
filing typed letters so, and dictations once their punctuation was written: a bare civility of his (`Monsieur va
mieux`, `côté monsieur :`), a pronoun of his sex anywhere (`par ailleurs il tousse`, `je le trouve amaigri`), a
participle agreeing with him (`je l'ai revu`), `le patient` or `patient essoufflé` in a woman's letter, care only his
sex receives (`prostatite`, `ménopausée`), the patient named by her kinship to him (`avec son épouse`), both spoken of
(`le couple`, `l'un comme l'autre`). They now keep the contradiction. A letter's formulas (`Veuillez agréer, Monsieur`),
an impersonal `il` (`il existe`), a template's `dossier du patient` and the patient's own pronoun still file. And the
mother named with her birth date « pour sa fille » is no longer filed as the page's subject. review76 then found
telegraphic bodies (`Ancien fumeur, essoufflé au moindre effort.`) and relatives of the patient's own sex (`La plus
jeune se plaint de migraines.`) filed: a relative of her sex is no longer excused, and a letter must go on about her by
a word of her sex. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
MARIE = Patient("P1", "DUPONT", "Marie", date(1950, 3, 12), "F")
JEAN = Patient("R1", "DUPONT", "Jean", date(1948, 2, 2), "M")
PIERRE = Patient("P2", "MOREAU", "Pierre", date(1945, 5, 5), "M")
JEANNE = Patient("R2", "MOREAU", "Jeanne", date(1947, 8, 8), "F")
JULIE = Patient("P3", "KLEIN", "Julie", date(1990, 4, 4), "F")
HEAD = "Dr Paul LAMBERT\nCardiologue\n\nCher confrère,\n\n"
HERS = HEAD + ("Je revois ce jour Mme Marie DUPONT, née le 12/03/1950, pour une dyspnée.\n"
               "Elle était accompagnée de son époux, M. Jean DUPONT, né le 02/02/1948.\n")
HIS = HEAD + ("Je revois ce jour M. Pierre MOREAU, né le 05/05/1945, pour une dyspnée.\n"
              "Il était accompagné de son épouse, Mme Jeanne MOREAU, née le 08/08/1947.\n")
DICTATED = ("DICTÉE N° 2026-41207\nAuteur : Dr Paul LAMBERT\nStatut : à relire\n\n"
            "je revois ce jour madame Marie DUPONT virgule née le 12/03/1950 point à la ligne elle était accompagnée "
            "de son époux virgule M point Jean DUPONT virgule né le 02/02/1948 point à la ligne ")


def decision(text: str):
    return decide(read_document([text], today=TODAY, typed=[True]),
                  RegistryIndex.build([MARIE, JEAN, PIERRE, JEANNE, JULIE]))


@pytest.mark.parametrize("text", [
    # review76: nothing of her sex after his sentence — a telegraphic body may be his
    HERS + "Ancien fumeur, essoufflé au moindre effort.\n",
    HIS + "Stérilet retiré, dysménorrhée ancienne. Il va bien.\n",
    # a relative of her own sex: `elle`, `la plus jeune` may be either
    HEAD + "Je revois ce jour Mme Marie DUPONT, née le 12/03/1950.\nElle était accompagnée de sa fille, Mme Claire "
           "DUPONT, née le 09/09/1978.\nLa plus jeune se plaint de migraines. Je la reverrai.\n",
    HERS + "Mari et femme présentent une gale. Elle se gratte la nuit.\n",
    HERS + "Monsieur va mieux depuis l'introduction des bêtabloquants.\n",
    HERS + "Côté monsieur : TA 16/9, pas d'œdème.\n",
    HERS + "L'auscultation est normale, par ailleurs il tousse depuis un mois.\n",
    HERS + "Je le trouve amaigri.\n",
    HERS + "Je l'ai revu le 3 mars, l'ECG était normal.\n",
    HERS + "Examen : patient essoufflé au moindre effort.\n",
    HERS + "L'état du patient est stable.\n",
    HERS + "Prostatite traitée en janvier.\n",
    HERS + "À revoir dans trois mois avec son épouse.\n",
    HERS + "Le couple est suivi pour un diabète.\n",
    HERS + "L'un comme l'autre vont bien.\n",
    HIS + "Madame va mieux.\n",
    HIS + "Ménopausée depuis 2005, sans traitement.\n",
    HIS + "Je l'ai revue en mars, l'ECG était normal.\n",
    HIS + "Cette dame se plaint de vertiges.\n",
    DICTATED + "le moral est bon point il a repris le vélo point à la ligne",
    DICTATED + "examen clinique deux points patient essoufflé au moindre effort point à la ligne",
])
def test_a_letter_going_on_about_someone_of_the_relatives_sex_keeps_the_review(text):
    assert not decision(text).files


@pytest.mark.parametrize("text", [
    HERS + "Elle présente une dyspnée d'effort. Je la reverrai dans trois mois.\n"
           "Veuillez agréer, Monsieur et cher confrère, l'expression de mes sentiments distingués.\n",
    HERS + "Auscultation : il existe un discret souffle systolique, et il n'y a pas de signe d'insuffisance "
           "cardiaque. Elle reste essoufflée.\n",
    HERS + "Auscultation normale. Dossier du patient mis à jour. Je la reverrai dans trois mois.\n",
    DICTATED + "mise au point virgule auscultation normale point je la reverrai dans trois mois point à la ligne",
])
def test_a_letter_going_on_about_the_patient_still_files(text):
    d = decision(text)
    assert d.files and d.patient_ipp == "P1"


def test_someone_elses_patient_is_not_presented():
    text = HEAD + ("Je vois ce jour le patient de Mme Marie DUPONT, née le 12/03/1950.\n"
                   "Elle était accompagnée de son époux, M. Jean DUPONT, né le 02/02/1948.\nECG normal.\n")
    assert not decision(text).files


@pytest.mark.parametrize("body, quoted", [
    ("Je vois ce jour Mme Julie KLEIN, née le 04/04/1990, pour sa fille Lina.\nOtite moyenne aiguë.\n",
     "pour sa fille"),
    ("Je vois ce jour Mme Julie KLEIN, née le 04/04/1990, avec sa fille Lina.\nOtite moyenne aiguë droite chez "
     "l'enfant.\n", "avec sa fille"),
    ("Je vois ce jour Mme Julie KLEIN, née le 04/04/1990.\nElle m'amène sa fille Lina, 5 ans, pour une fièvre.\n"
     "Otite moyenne aiguë droite.\n", "m'amène sa fille"),
])
def test_a_parent_named_for_her_child_keeps_the_review(body, quoted):
    d = decision(HEAD + body)
    assert not d.files and quoted in d.reason_fr


@pytest.mark.parametrize("body", [
    "Je vois ce jour Mme Julie KLEIN, née le 04/04/1990, pour une otite.\nOtite moyenne aiguë.\n",
    "Je vois ce jour Mme Julie KLEIN, née le 04/04/1990, accompagnée de sa fille.\nElle se plaint de vertiges.\n",
    "Je revois ce jour Mme Julie KLEIN, née le 04/04/1990.\nElle vit chez son fils depuis sa chute.\nMarche avec une "
    "canne. Je la reverrai dans trois mois.\n",
])
def test_a_parent_seen_for_herself_files(body):
    d = decision(HEAD + body)
    assert d.files and d.patient_ipp == "P3"
