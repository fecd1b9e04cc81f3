"""A raw speech-recognition transcript keeps the dictated punctuation as words (`Madame DUMAS virgule née le …
point à la ligne`): the page is read with the marks written, so that its clauses and sentences read as a typed
letter's — the relative's dated clause among them (test_matching_relative_in_a_letter_s38.py). `point` the noun
(`mise au point`, `point de suture`) stays a word; a text without a transcript's words is left as it is. Pure, no
I/O."""
from datetime import date

from docpipe.identity import dictated_punctuation_written, read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
MARIE = Patient("P1", "DUPONT", "Marie", date(1950, 3, 12), "F")
JEAN = Patient("R1", "DUPONT", "Jean", date(1948, 2, 2), "M")
HEADER = "DICTÉE N° 2026-41207\nAuteur : Dr Paul LAMBERT\nStatut : à relire\n\n"


def decision(text: str):
    return decide(read_document([text], today=TODAY, typed=[True]), RegistryIndex.build([MARIE, JEAN]))


def test_spoken_marks_are_written():
    spoken = ("Je revois ce jour Madame Marie DUPONT virgule née le 12/03/1950 point à la ligne Dans ses antécédents "
              "deux points HTA point virgule diabète point Pas de fièvre point à la ligne")
    assert dictated_punctuation_written(spoken) == ("Je revois ce jour Madame Marie DUPONT, née le 12/03/1950.\n"
                                                    "Dans ses antécédents: HTA; diabète. Pas de fièvre.\n")


def test_point_the_noun_stays_a_word():
    spoken = "Mise au point virgule trois points de suture virgule un point d'appel infectieux point à la ligne"
    written = "Mise au point, trois points de suture, un point d'appel infectieux.\n"
    assert dictated_punctuation_written(spoken) == written


def test_a_typed_letter_is_left_as_it_is():
    typed = "Le point sur le traitement : la virgule du résultat était mal placée. Point à revoir."
    assert dictated_punctuation_written(typed) == typed


def test_a_transcript_naming_the_companion_with_his_birth_date_is_filed_under_the_patient():
    spoken = (HEADER + "cher confrère virgule je revois ce jour madame Marie DUPONT virgule née le 12/03/1950 virgule "
              "pour une dyspnée point à la ligne elle était accompagnée de son époux virgule M point Jean DUPONT "
              "virgule né le 02/02/1948 point à la ligne auscultation normale point je la reverrai dans trois mois "
              "point à la ligne")
    d = decision(spoken)
    assert d.files and d.patient_ipp == "P1"


def test_a_transcript_where_the_companion_may_be_the_one_seen_keeps_the_review():
    spoken = (HEADER + "je revois ce jour madame Marie DUPONT virgule née le 12/03/1950 point à la ligne elle était "
              "accompagnée de son époux virgule M point Jean DUPONT virgule né le 02/02/1948 point à la ligne "
              "je propose de le revoir dans trois mois point à la ligne")
    assert not decision(spoken).files


def test_a_letter_presenting_the_patient_for_the_first_time():
    typed = ("Dr Paul LAMBERT\nCardiologue\n\nJe vois pour la première fois Mme Marie DUPONT, née le 12/03/1950, qui "
             "m'est adressée pour une dyspnée.\nElle vit avec son époux (M. Jean DUPONT, né le 02/02/1948), qui assure "
             "l'aide au quotidien.\nAuscultation normale. Je la reverrai dans trois mois.\n")
    d = decision(typed)
    assert d.files and d.patient_ipp == "P1"
