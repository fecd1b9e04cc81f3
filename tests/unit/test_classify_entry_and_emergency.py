"""A stay told the way older and non-hospital writers tell it: the entry with its place before its date (« entrée à la
clinique le 7 octobre »), with a possessive (« à son entrée dans le service »), the days counted from it (« au neuvième
jour d'entrée », « après quelques jours d'hospitalisation »), the emergency department named as a room or a service
(« arrive à la salle d'urgence », « au service des urgences »); and the openings of such cases (a numbered case, a
labelled observation naming its patient by a first name, a little boy). Beside each, the near miss that keeps its type.

Every text was written for these tests (session 8, from the general causes of the dev9 errors).
"""
from __future__ import annotations

import pytest

from docpipe.classify import classify
from docpipe.models import DocType

STAYS = {
    "entry with the place before the date": """1. – R… est un homme de 58 ans, entré à l'hôpital le 3 mars pour une confusion fébrile.
Ses antécédents sont marqués par un éthylisme chronique. À son entrée dans le service, nous l'avons examiné : raideur de la nuque, température à 39 °C.
La ponction lombaire ramenait un liquide trouble. Il a reçu de la ceftriaxone.""",
    "days counted from the entry": """Le lendemain, j'observai chez le malade un abattement marqué et une langue sèche.
Au neuvième jour d'entrée, il présenta une toux douloureuse et une expectoration sanguinolente ; on trouvait un souffle à la base gauche.
L'issue fut funeste le vingt-troisième jour, à dater de son entrée.""",
    "labelled observation with a first name": """Observation 12 : Marcel. 81 ans.
Marcel refuse d'abord de nous parler. Il est veuf et vit seul depuis deux ans.
Après quelques jours d'hospitalisation, il devient agité la nuit et refuse ses repas.
Il décédera trois semaines plus tard d'une pneumopathie d'inhalation.""",
    "a little boy brought to the emergency room": """Présentation d'un cas
En janvier, un garçonnet de trois ans arrive à la salle d'urgence pour une fièvre à 40 °C et des vomissements depuis la veille.
Il est somnolent, la nuque est raide. Sa fréquence cardiaque est à 140/min, sa tension artérielle normale.
Ses vaccinations sont à jour.""",
    "told in a doctor's blog": """Monsieur P. est un quinquagénaire fébrile depuis une semaine, malgré le paracétamol.
Son médecin traitant lui fait un courrier et il arrive donc au service des urgences du centre hospitalier.
Examen clinique et radiographie pulmonaire font porter le diagnostic de pneumopathie.
Le médecin propose l'hospitalisation.""",
}

NEAR_MISSES = {
    # an entry into a nursing home is no hospital stay: a visit seen today stays a consultation
    "entry into a nursing home": ("""Madame R., 88 ans, entrée en EHPAD le 3 mars, est vue ce jour en consultation de gériatrie pour des chutes répétées.
À l'examen, l'appui unipodal est impossible, le test de lever de chaise est allongé.
Je propose une rééducation de la marche et la révision de son traitement ; je la reverrai dans trois mois.""",
                                  DocType.CONSULTATION_REPORT),
    # an emergency visit dated back in a consultation letter is the patient's history
    "an emergency visit weeks ago": ("""Je revois en consultation ce jour le petit Hugo, 4 ans, pour le suivi de son asthme.
Il avait consulté au service des urgences il y a trois semaines pour une crise modérée.
L'auscultation est normale ce jour. Je poursuis le traitement de fond et le reverrai dans trois mois.""",
                                     DocType.CONSULTATION_REPORT),
    # days of treatment are not days of a stay
    "days of treatment": ("""Je vois en consultation ce jour Monsieur D., 45 ans, pour une sinusite maxillaire droite.
Il a reçu quinze jours de traitement par amoxicilline sans amélioration.
Je prescris un scanner des sinus et le reverrai avec le résultat.""",
                          DocType.CONSULTATION_REPORT),
}


@pytest.mark.parametrize("name", STAYS)
def test_a_stay_told_by_its_entry_or_the_emergency_room_is_a_discharge_summary(name):
    result = classify(STAYS[name])
    assert result.doc_type == DocType.DISCHARGE_SUMMARY, (name, result.scores, result.matched_terms)


@pytest.mark.parametrize("name", NEAR_MISSES)
def test_near_misses_keep_their_type(name):
    text, expected = NEAR_MISSES[name]
    result = classify(text)
    assert result.doc_type == expected, (name, result.scores, result.matched_terms)


def test_the_deciding_words_name_the_entry():
    result = classify(STAYS["entry with the place before the date"])
    evidence = " | ".join(result.matched_terms[DocType.DISCHARGE_SUMMARY.value])
    assert "entre a l'hopital le 3" in evidence and "a son entree" in evidence
