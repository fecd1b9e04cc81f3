"""An endoscopic extraction told as a case names its gestures with the endoscopist's words — the foreign body `saisi
dans un filet`, `mobilisé puis saisi`, its `extraction`, an `irrigation` of the wound — which the operative vocabulary
did not count: written corpus d016 (a button battery taken out of a child's oesophagus) was typed a stay, review80's
op08 a consultation. The same gestures inside a stay, with its admission and its discharge, keep the stay. Pure, no I/O.
"""
from docpipe.classify import classify
from docpipe.models import DocType

EXTRACTION = """Observation

Un homme de 58 ans a été pris en charge au bloc d'endoscopie quatre heures après l'ingestion d'un os de poulet ; la
radiographie cervicale montrait une image linéaire en regard de la sixième vertèbre cervicale.

La fibroscopie œso-gastro-duodénale a été réalisée sous anesthésie générale avec intubation, en décubitus latéral
gauche. À 20 cm des arcades dentaires, le fragment osseux était enclavé transversalement dans l'œsophage.
Il a été mobilisé puis saisi dans un filet à polypes et retiré en même temps que l'endoscope, sans difficulté.
Une seconde introduction a permis d'explorer la zone d'impaction : il existait deux érosions superficielles de la paroi
droite, sans perforation visible, sans saignement actif, avec une muqueuse œdématiée sur trois centimètres environ.
Une irrigation de la zone au sérum physiologique a été réalisée.
Le reste de l'œsophage, l'estomac et le duodénum étaient normaux.

Conclusion : extraction endoscopique d'un corps étranger œsophagien, érosions superficielles.
"""

STAY = """Compte rendu d'hospitalisation

Monsieur D., 58 ans, a été hospitalisé du 03/11 au 06/11 pour l'ingestion d'un os de poulet.
La fibroscopie a été réalisée sous anesthésie générale le jour de l'admission ; le fragment a été mobilisé puis saisi dans
un filet et retiré. Une irrigation de la zone a été réalisée. Extraction sans complication.
Les suites ont été simples : réalimentation progressive à J1, apyrexie.
Sortie le 06/11 avec un inhibiteur de la pompe à protons pour quatre semaines.
"""


def test_an_endoscopic_extraction_told_as_a_case_is_its_operative_report():
    assert classify(EXTRACTION).doc_type is DocType.OPERATIVE_REPORT


def test_the_same_gestures_inside_a_stay_keep_the_stay():
    assert classify(STAY).doc_type is DocType.DISCHARGE_SUMMARY
