"""A case told through one operation — the patient and the indication, then the operation from its anaesthesia through
its gestures, and at most a sentence after — is that operation's report. A stay that includes the same operation tells
the work-up before it, the course after it or its frame (entry, discharge, transfer: review79, review80) and stays a
discharge summary; an operation proposed, or a gesture done at a visit told before it (review81), is none. A case that
« a bénéficié d'une IRM » and is told through that exam's images and conclusion is the exam's report. Every text was
written for these tests. Pure, no I/O."""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType

OPERATION = (
    "Sous anesthésie générale, en décubitus dorsal, après antibioprophylaxie, une open cœlioscopie a été réalisée par "
    "un trocart ombilical de 10 mm, complétée de deux trocarts de 5 mm en fosses iliaques. L'exploration a retrouvé un "
    "appendice inflammatoire, épaissi, sans perforation, avec un épanchement louche du cul-de-sac de Douglas. Le "
    "méso-appendice a été coagulé à la pince bipolaire, puis la base appendiculaire a été liée par deux endoloops et "
    "sectionnée. La pièce a été extraite dans un sac et adressée en anatomie pathologique. Un lavage au sérum tiède a été "
    "réalisé jusqu'à l'obtention d'un liquide clair. Fermeture de l'aponévrose ombilicale au fil résorbable et des "
    "orifices cutanés par des points séparés. Durée opératoire : 40 minutes.")


def _type(text: str) -> DocType:
    return classify(text).doc_type


def test_a_case_told_through_its_operation_is_an_operative_report():
    text = ("Observation\n\nUn jeune homme de 19 ans, sans antécédent, a été opéré en urgence pour une douleur de la "
            "fosse iliaque droite évoluant depuis 24 heures.\n\n" + OPERATION + "\n")
    result = classify(text)
    assert result.doc_type == DocType.OPERATIVE_REPORT
    assert any("intervention racontee comme un cas" in term for term in result.matched_terms["operative_report"])


def test_one_sentence_of_course_after_the_operation_keeps_the_operative_report():
    text = ("Un homme de 19 ans a été opéré pour une appendicite aiguë.\n\n" + OPERATION
            + " Les suites ont été simples.\n")
    assert _type(text) == DocType.OPERATIVE_REPORT


def test_a_stay_around_the_same_operation_stays_a_discharge_summary():
    text = ("Un homme de 19 ans a été admis aux urgences pour une douleur de la fosse iliaque droite avec une fièvre à "
            "38,6 °C. L'examen retrouvait une défense en fosse iliaque droite. La CRP était à 85 mg/L et les leucocytes "
            "à 14 000/mm3. L'échographie montrait un appendice de 9 mm, non compressible. Il a été hospitalisé en "
            "chirurgie viscérale.\n\n" + OPERATION + "\n\nLes suites opératoires ont été marquées par un iléus réflexe "
            "résolutif en 48 heures. L'alimentation a été reprise au deuxième jour. Le patient est sorti au quatrième "
            "jour, apyrétique, avec une consultation de contrôle à un mois.\n")
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_an_operation_without_its_anaesthesia_named_is_not_read_as_its_report():
    text = ("Un homme de 52 ans a été admis pour une occlusion. Une laparotomie a été réalisée et a découvert une bride, "
            "qui a été sectionnée. Les suites ont été marquées par un abcès de paroi drainé. Il est sorti au dixième "
            "jour.\n")
    assert _type(text) != DocType.OPERATIVE_REPORT


def test_a_case_that_had_an_mri_told_through_its_images_is_an_imaging_report():
    text = ("Une femme de 58 ans a bénéficié d'une IRM de l'épaule droite pour une douleur apparue après un effort de "
            "soulèvement.\n\nL'examen a été réalisé sur un appareil de 1,5 Tesla, avec des séquences en densité de "
            "protons avec saturation de la graisse dans les trois plans et une séquence T1 coronale. Il existait une "
            "rupture transfixiante du tendon supra-épineux, rétractée de 2 cm, avec une infiltration graisseuse de "
            "stade 2 du muscle. Le tendon infra-épineux était intact. On notait un épanchement de la bourse "
            "sous-acromio-deltoïdienne et une arthrose acromio-claviculaire modérée.\n\nConclusion : rupture "
            "transfixiante rétractée du supra-épineux, infiltration graisseuse de stade 2.\n")
    assert _type(text) == DocType.IMAGING_REPORT


def test_an_ambulatory_stay_told_around_its_operation_stays_a_discharge_summary():
    # review79: an admission before the operation and a discharge after it frame a stay, however short
    text = ("Madame Odile PERRET, 52 ans, a été hospitalisée en ambulatoire le 3 février pour une arthroscopie du genou "
            "gauche.\nSous anesthésie générale au masque laryngé, garrot pneumatique à la racine de la cuisse.\n"
            "Voies d'abord antéro-latérale et antéro-médiale. Exploration de l'articulation.\nLésion en anse de seau du "
            "ménisque interne. Méniscectomie partielle à la pince et au shaver.\nLavage articulaire abondant. Fermeture "
            "cutanée par points séparés.\nSortie le jour même. Consultation de contrôle à six semaines.\n")
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_an_intensive_care_stay_opened_by_an_intubation_is_no_operation():
    text = ("M. Kevin MARCHAND, 24 ans, admis en déchocage après un accident de la voie publique.\nIntubation "
            "orotrachéale sur place par le SMUR pour un score de Glasgow à 6.\nDrain thoracique droit posé pour un "
            "hémopneumothorax. Un cathéter artériel a été mis en place.\nUne sonde gastrique a été mise en place.\n"
            "Sevrage ventilatoire à J9, transfert en neurochirurgie à J12.\n")
    assert _type(text) != DocType.OPERATIVE_REPORT


def test_a_stay_whose_dates_frame_the_operation_stays_a_discharge_summary():
    # review80: a telegraphic stay summary — its entry and discharge dated in its first line
    text = ("Entrée le 05/05, sortie le 08/05.\nMme Hélène ROCHE, 61 ans, hallux valgus gauche invalidant.\n"
            + OPERATION.replace("Sous anesthésie générale", "Sous rachianesthésie") + "\n")
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_an_operation_proposed_at_a_visit_is_no_operation_told():
    text = ("Un homme de 19 ans consulte pour une douleur de la fosse iliaque droite.\n\nIntervention proposée sous "
            "anesthésie générale. " + OPERATION.split(". ", 1)[1] + "\n")
    result = classify(text)
    assert not any("intervention racontee comme un cas" in term
                   for term in result.matched_terms.get("operative_report", []))


def test_a_gesture_done_at_a_visit_is_no_operation_told():
    # review81: an excision under local anaesthesia during a dermatology visit
    text = ("Mme Sandrine COLIN, 46 ans, est vue en consultation de dermatologie pour un nævus atypique du dos.\n"
            "Exérèse sous anesthésie locale à la lidocaïne adrénalinée.\nIncision fusiforme avec marges de 2 mm. "
            "Exérèse jusqu'au fascia.\nHémostase à la bipolaire. Fermeture par points séparés de fil non résorbable "
            "4/0.\nPièce adressée en anatomopathologie.\n")
    result = classify(text)
    assert not any("intervention racontee comme un cas" in term
                   for term in result.matched_terms.get("operative_report", []))


def test_a_nails_exit_through_the_trochanter_is_no_discharge():
    # session 43: « sa sortie au niveau du grand trochanter » is the nail's way out, not the patient leaving (d031)
    text = ("Un homme de 23 ans a été opéré pour une fracture diaphysaire fermée du fémur droit.\n\nSous anesthésie "
            "générale, en décubitus latéral gauche, le foyer a été abordé par voie postéro-latérale. L'alésage du canal "
            "médullaire a été effectué jusqu'à 11 mm ; le clou a été introduit de façon rétrograde par le foyer jusqu'à "
            "sa sortie au niveau du grand trochanter, où une contre-incision a été pratiquée. La fracture a été réduite "
            "sous contrôle de la vue, puis le clou a été impacté de façon antérograde. Un verrouillage distal a été mis "
            "en place. Fermeture plan par plan sur un drain aspiratif.\n")
    assert _type(text) == DocType.OPERATIVE_REPORT
