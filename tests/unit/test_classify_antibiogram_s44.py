"""A blood culture's report lists antibiotics, each with its susceptibility (`Oxacilline (céfoxitine) : S`), and speaks
of its culture bottles (`flacon aérobie`): those are results, not a drug ordered nor a drug's form — written corpus
p027 (path42) and review84's x03 were typed « other » and « prescription ». An order naming the same antibiotics with
their doses stays an order. Pure, no I/O."""
from docpipe.classify import classify
from docpipe.models import DocType

BLOOD_CULTURES = """Compte rendu de microbiologie – Hémocultures

Prélèvements : deux paires d'hémocultures (aérobie et anaérobie) le 12/11.
Délai de positivité : flacon aérobie du cathéter à 9 h ; flacon aérobie périphérique à 13 h.
Examen direct : cocci à Gram positif en amas dans les flacons aérobie et anaérobie.
Identification (MALDI-TOF) : Staphylococcus aureus.

Antibiogramme :
Pénicilline G : R
Oxacilline (céfoxitine) : S
Gentamicine : S
Érythromycine : R ; clindamycine : S
Lévofloxacine : S

Conclusion : bactériémie à Staphylococcus aureus sensible à la méticilline.
Commentaire : traitement de choix par céfazoline (posologie adaptée à l'hémodialyse) ou par cloxacilline. Le retrait du
cathéter et des hémocultures de contrôle sont recommandés.
Validation : Dr E., biologiste.
"""

ORDER = """Ordonnance

Amoxicilline 1 g : 1 comprimé matin, midi et soir pendant 7 jours.
Érythromycine 500 mg : 2 comprimés par jour pendant 5 jours.
Gentamicine 160 mg : 1 ampoule IM par jour pendant 3 jours.
"""


def test_an_antibiogram_is_a_lab_result():
    assert classify(BLOOD_CULTURES).doc_type is DocType.LAB_RESULT


def test_antibiotics_ordered_with_their_doses_stay_an_order():
    assert classify(ORDER).doc_type is DocType.PRESCRIPTION
