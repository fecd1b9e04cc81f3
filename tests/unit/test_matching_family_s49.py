"""Session 49: a child's identity read beside another member of the family — the mother's post-natal consultation or
delivery report that prints her newborn's INS, the holder's INS in a list of the subject's dependants, a parent's
identity on a paper about a named child — goes to review; the near-misses keep their filing.

- A grown-up's civility on a young holder's surname alone (`Patiente : Mme GARNIER` for a newborn), or an age printed
  after the surname that the holder has not reached (`Mme RENAUD, 32 ans`), names someone else of the holder's name.
- A first name opening the subject's label (`Patiente : Hélène RENAUD`) beside the surname in capitals is the subject's.
- The holder's INS listed under a relatives' list heading (`Personne à charge déclarée :`, `Fratrie :`)
  below the holder's surname is a relative's of the same name.
- An adult's identity on a paper about a child named by first name (`Bilan de l'enfant Maël`, `Consultation de votre
  fils Maël`, `Enfant : Chloé`) may be the parent's only.
"""
from __future__ import annotations

from datetime import date

import pytest

from docpipe import identity, matching
from docpipe.models import Patient

TODAY = date(2026, 3, 2)


def with_key(nir13: str) -> str:
    return nir13 + f"{97 - int(nir13) % 97:02d}"


EMMA = Patient("P1", "RENAUD", "Emma", date(2026, 1, 25), "F", ins=with_key("2260114672398"))
STEPHANE = Patient("P2", "RENAUD", "Stéphane", date(2012, 3, 6), "M", ins=with_key("1120375112345"))
SOPHIE = Patient("P3", "RENAUD", "Sophie", date(1986, 5, 2), "F", ins=with_key("2860575112345"))
INDEX = matching.RegistryIndex.build([EMMA, STEPHANE, SOPHIE])


def decide(index: matching.RegistryIndex, *pages: str) -> matching.MatchDecision:
    return matching.decide(identity.read_document(list(pages), TODAY), index)


@pytest.mark.parametrize("mother", ["Mme RENAUD, 32 ans, revue à J8 de son accouchement.",
                                    "Madame RENAUD (29 ans) revue à J24 de son accouchement.",
                                    "Patiente : Mme RENAUD"])
@pytest.mark.parametrize("child", ["Enfant Emma RENAUD née le 25/01/2026",
                                   "Patient(e) : Enfant Emma RENAUD — née le 25/01/2026"])
def test_the_mothers_page_printing_her_newborns_ins_goes_to_review(mother, child):
    decision = decide(INDEX, f"Consultation post-natale\n{mother}\n{child}\nINS : {EMMA.ins}\nAllaitement maternel.\n")
    assert not decision.files
    assert "ne peut pas être le titulaire" in decision.reason_fr or "sans le nom du patient" in decision.reason_fr


def test_the_mother_named_by_her_first_name_on_her_delivery_report_goes_to_review():
    text = f"COMPTE RENDU D'ACCOUCHEMENT\nPatiente : Hélène RENAUD\nNouveau-né :\n" \
           f"Patient(e) : Enfant RENAUD Emma — née le 25/01/2026\nINS : {EMMA.ins}\n"
    decision = decide(INDEX, text)
    assert not decision.files
    assert "HELENE RENAUD" in decision.reason_fr


@pytest.mark.parametrize("mother", ["Vu avec sa mère, Mme RENAUD.", "Accompagné de Mme RENAUD, sa mère."])
def test_a_childs_own_page_naming_his_mother_as_a_relative_is_filed(mother):
    text = f"Consultation pédiatrique\nPatient(e) : Enfant RENAUD Stéphane — né le 06/03/2012\n" \
           f"INS : {STEPHANE.ins}\n{mother}\n"
    decision = decide(INDEX, text)
    assert decision.files and decision.patient_ipp == STEPHANE.ipp


@pytest.mark.parametrize("line", ["Mme RENAUD, 39 ans, revue ce jour.", "Mme RENAUD, 36 ans, revue ce jour.",
                                  "Patiente : Mme RENAUD"])
def test_a_grown_up_holder_of_her_age_or_younger_on_an_older_paper_is_filed(line):
    decision = decide(INDEX, f"Consultation\n{line}\nINS : {SOPHIE.ins}\n")
    assert decision.files and decision.patient_ipp == SOPHIE.ipp


def test_an_age_the_holder_has_not_reached_goes_to_review():
    decision = decide(INDEX, f"Consultation\nMme RENAUD, 42 ans, revue ce jour.\nINS : {SOPHIE.ins}\n")
    assert not decision.files
    assert "« mme renaud, 42 ans » ne peut pas être le titulaire" in decision.reason_fr


JEAN = Patient("P4", "MARTIN", "Jean", date(2011, 12, 5), "M", ins=with_key("1111226627069"))
MARTINS = matching.RegistryIndex.build([JEAN])



@pytest.mark.parametrize("subject, heading, entry", [
    ("M. MARTIN Jean", "Personne à charge déclarée :", "Enfant Jean MARTIN, né le 05/12/2011"),
    ("M. MARTIN Jean", "Personnes à charge :", "MARTIN Jean (né le 05/12/2011)"),
    ("M. MARTIN, hospitalisé du 02/02/2026 au 10/02/2026.", "Enfants à charge :",
     "Enfant MARTIN Jean né le 05/12/2011"),
])
def test_the_holders_ins_listed_under_the_subjects_relatives_goes_to_review(subject, heading, entry):
    decision = decide(MARTINS, f"Médecine du travail — visite\n{subject}\n{heading}\n{entry}\n"
                               f"INS : {JEAN.ins}\nApte.\n")
    assert not decision.files
    assert f"dans la liste « {heading} »" in decision.reason_fr


@pytest.mark.parametrize("siblings", ["Fratrie :\nPaul, 8 ans, et Léa, 5 ans", "Frères et sœurs :\nPaul, 8 ans"])
def test_a_childs_own_ins_above_his_siblings_list_is_filed(siblings):
    text = f"Consultation pédiatrique\nPatient(e) : Enfant MARTIN Jean — né le 05/12/2011\nINS : {JEAN.ins}\n" \
           f"{siblings}\nOtite droite.\n"
    decision = decide(MARTINS, text)
    assert decision.files and decision.patient_ipp == JEAN.ipp


MARIE = Patient("P5", "DUPONT", "Marie", date(1975, 4, 8), "F")
LEO = Patient("P6", "DUPONT", "Léo", date(2019, 6, 12), "M")
DUPONTS = matching.RegistryIndex.build([MARIE, LEO])
PARENTS_FIELDS = "Nom : DUPONT\nPrénom : Marie\nNée le 08/04/1975\nTél : 06 67 45 12 19\n"



@pytest.mark.parametrize("about", ["Bilan de l'enfant Maël", "Vu ce jour l'enfant Chloé pour otite.",
                                   "Consultation de votre fils Maël, 4 ans.",
                                   "Certificat de vaccination\nEnfant : Chloé",
                                   "Motif : bilan de l'enfant Lina (6 ans)"])
def test_an_adults_identity_on_a_paper_about_a_named_child_goes_to_review(about):
    decision = decide(DUPONTS, f"{about}\n\n{PARENTS_FIELDS}")
    assert not decision.files
    assert "un enfant est nommé" in decision.reason_fr


@pytest.mark.parametrize("line", ["Antécédents : l'enfant est né à terme.", "Elle vit avec son fils Pierre.",
                                  "Bilan de l'enfant Marie"])
def test_an_adults_paper_that_names_no_other_child_keeps_its_filing(line):
    decision = decide(DUPONTS, f"Consultation\n{PARENTS_FIELDS}\n{line}\n")
    assert decision.files and decision.patient_ipp == MARIE.ipp


def test_the_named_childs_own_paper_is_filed():
    decision = decide(DUPONTS, "Bilan pédiatrique\nNom : DUPONT\nPrénom : Léo\nNé le 12/06/2019\n"
                               "L'enfant Léo va bien.\n")
    assert decision.files and decision.patient_ipp == LEO.ipp


EMPTY_CONSENT = "Autorisation d'opérer\nNom de famille :\n\nPrénom :\n\nDate de naissance :\n\n{identity}\n"


@pytest.mark.parametrize("identity", [
    "DUPONT Marie\nNée le 08/04/1975\nSignature du représentant légal",
    "Signature du tuteur\n\nDUPONT Marie\nNée le 08/04/1975",
    "DUPONT Marie\nNée le 08/04/1975\n\nSignature de la mère"])
def test_an_identity_at_a_guardians_signature_goes_to_review(identity):
    decision = decide(DUPONTS, EMPTY_CONSENT.format(identity=identity))
    assert not decision.files
    assert "à la signature d'un tiers" in decision.reason_fr


@pytest.mark.parametrize("identity", [
    "DUPONT Marie\nNée le 08/04/1975\nSignature du patient ou de son représentant légal",
    "DUPONT Marie\nNée le 08/04/1975\nSignature de la patiente",
    "DUPONT Marie\nNée le 08/04/1975\nLu et approuvé.\nFait à Lyon.\nPour les mineurs : signature des parents"])
def test_an_identity_at_her_own_signature_or_far_from_a_guardians_is_filed(identity):
    decision = decide(DUPONTS, EMPTY_CONSENT.format(identity=identity))
    assert decision.files and decision.patient_ipp == MARIE.ipp


@pytest.mark.parametrize("line", ["Enfants : Paul et Léa", "Enfant : Non", "Enfant : Aucun"])
def test_an_adults_children_listed_or_a_forms_answer_keep_the_filing(line):
    decision = decide(DUPONTS, f"Consultation\n{PARENTS_FIELDS}\nSituation familiale : mariée.\n{line}\n")
    assert decision.files and decision.patient_ipp == MARIE.ipp


# Near-misses of review100, a trap written to make these rules lose filings: the page is the patient's own.
LOUISE = Patient("P7", "BONNET", "Louise", date(2026, 1, 1), "F", ins=with_key("2260175112345"))
EMMA_GIRARD = Patient("P8", "GIRARD", "Emma", date(2021, 6, 13), "F", ins=with_key("2210675112345"))
HUGO = Patient("P9", "BARBIER", "Hugo", date(2012, 10, 2), "M", ins=with_key("1121075112345"))
OWN_PAPERS = matching.RegistryIndex.build([LOUISE, EMMA_GIRARD, HUGO, MARIE])


@pytest.mark.parametrize("text, patient", [
    (f"Consultation de pédiatrie\nEnfant : Emma GIRARD\nNIR : {EMMA_GIRARD.ins}\nMotif : eczéma.\n"
     "Antécédents familiaux : Mme GIRARD, 41 ans, allergique aux pollens.\n", EMMA_GIRARD),
    (f"Consultation\nMr BARBIER, 13 ans, vu ce jour pour une entorse.\nINS : {HUGO.ins}\n", HUGO),
    (f"Maternité\nMère : Mme BONNET Laetitia (née HAMON)\nNouveau-né :\nBONNET Louise, née le 01/01/2026\n"
     f"N° INS : {LOUISE.ins}\n", LOUISE),
    (f"RECUEIL DE DONNÉES INFIRMIER\n{PARENTS_FIELDS}\nSituation familiale : mariée\nEnfant : Emma, 10 ans\n", MARIE),
    (f"CONSENTEMENT ÉCLAIRÉ\nÉtiquette patient : DUPONT Marie\nNée le 08/04/1975\nSignature du patient :\n"
     "Signature du représentant légal (pour les mineurs) :\n", MARIE),
])
def test_the_patients_own_paper_naming_a_relative_elsewhere_is_filed(text, patient):
    decision = decide(OWN_PAPERS, text)
    assert decision.files and decision.patient_ipp == patient.ipp


# review101: the one relative fully identified on a page whose subject, named by a role or a first name, has an age
# the relative did not have. A name before an age counts only as a registry given name (review102's durations and
# relatives: `lombalgies, 3 ans d'évolution`, `Mère, 88 ans, hospitalisée`).
JEAN_FATHER = Patient("P10", "MARTIN", "Jean", date(1978, 2, 1), "M")
SOPHIE_GARCIA = Patient("P11", "ROUX", "Sophie", date(1982, 8, 17), "F", used_name="GARCIA")
# A practice's registry of thousands holds the common given names: here, two unrelated patients bring Minh and Hugo.
RELATIVES = matching.RegistryIndex.build([JEAN_FATHER, SOPHIE_GARCIA,
                                          Patient("P12", "NGUYEN", "Minh", date(1960, 1, 1), "M"),
                                          Patient("P13", "LEROY", "Hugo", date(1961, 1, 1), "M")])



@pytest.mark.parametrize("pages", [
    ["Compte rendu de consultation\nChauffeur VSL : Monsieur Jean MARTIN né le 01/02/1978\n"
     "Le patient, 77 ans, est vu pour une rétention urinaire.\n"],
    ["Gardienne : Mme GARCIA Sophie, née le 17/08/1982\nLa résidente, 67 ans, est vue pour une escarre.\n"],
    ["Pédiatrie\nJean, 14 ans, est vu pour une entorse.\n\nSignataire : MARTIN Jean (né le 01/02/1978)\n"],
    ["Madame GARCIA Sophie\nNée le 17/08/1982\n12 rue des Lilas\n\nObjet : rendez-vous de Minh (6 ans) en ORL.\n"],
    ["M. MARTIN Jean\nNé le 01/02/1978\n\nJe vous adresse le compte rendu de la consultation de votre fils Jean, "
     "14 ans.\n"],
    ["Je soussigné M. MARTIN Jean, né le 01/02/1978, autorise l'équipe à opérer Hugo (14 ans).\n"],
    ["Page 1/2\nMARTIN Jean, 14 ans\nAppendicectomie sans complication.\n",
     "AUTORISATION DE SOINS\nAutorisé par : M. MARTIN Jean, né le 01/02/1978\nSignature :\n"],
    ["Compte rendu\nTransport : MARTIN Jean (01/02/1978)\n\nLa patiente, 48 ans, est revue pour un suivi.\n"],
])
def test_a_relatives_identity_beside_a_subject_of_another_age_goes_to_review(pages):
    decision = decide(RELATIVES, *pages)
    assert not decision.files
    assert "incompatible avec le patient" in decision.reason_fr


@pytest.mark.parametrize("pages", [
    ["Compte rendu de consultation\nNom : MARTIN\nPrénom : Jean\nNé le 01/02/1978\n"
     "Le patient, 48 ans, est vu pour une lombalgie. Son fils Hugo, 14 ans, l'accompagne.\n"],
    ["Consultation du 12/03/2021\nNom : MARTIN\nPrénom : Jean\nNé le 01/02/1978\nLe patient, 43 ans, est revu.\n"],
    ["RECUEIL DE DONNÉES INFIRMIER\nPatiente : Mme GARCIA Sophie, née le 17/08/1982\nSituation familiale : mariée\n"
     "Enfant : Emma, 10 ans\n"],
    ["Consultation\nMme GARCIA Sophie, née le 17/08/1982\nSa mère, 75 ans, est diabétique.\n"],
])
def test_the_patients_own_age_or_a_relatives_beside_her_identity_keeps_the_filing(pages):
    decision = decide(RELATIVES, *pages)
    assert decision.files


@pytest.mark.parametrize("right", ["Représentant légal : M. MARTIN", "Parent : Monsieur MARTIN"])
def test_a_birth_date_in_a_third_partys_column_goes_to_review(right):
    text = f"Compte rendu de consultation\nPatient : MARTIN Jean               {right}\n" \
           "Classe : CM2                        Né le 01/02/1978\nCertificat de sport.\n"
    decision = decide(RELATIVES, text)
    assert not decision.files



@pytest.mark.parametrize("line", ["Motif : lombalgies, 3 ans d'évolution.", "Mère, 88 ans, hospitalisée pour un AVC.",
                                  "Contrôle de la prothèse, 11 ans après la pose.",
                                  "Le patient, 5 ans après sa chirurgie, va bien.",
                                  "Indication : patient de 43 ans, bilan de chute. Examen du 12/03/2021."])
def test_a_duration_a_relatives_age_or_the_patients_age_on_an_older_exam_keep_the_filing(line):
    decision = decide(RELATIVES, f"Compte rendu\nNom : MARTIN\nPrénom : Jean\nNé le 01/02/1978\n{line}\n"
                                "Document édité le 15/02/2026.\n")
    assert decision.files and decision.patient_ipp == JEAN_FATHER.ipp


@pytest.mark.parametrize("text", [
    "Je soussignée Mme GARCIA Sophie, née le 17/08/1982, mère, autorise la sortie de Minh avec sa grand-mère.",
    "Je soussigné M. MARTIN Jean, né(e) le 01/02/1978, père, autorise la sortie de Jean.",
    "Décharge\nJe soussigné Martin Jean (01/02/1978), demande la sortie contre avis médical de Hugo.",
    "FAX — 1 page\nGardienne : Mme GARCIA Sophie, née le 17/08/1982\n\nBilan orthophonique de Minh, 6 ans.\n",
])
def test_a_parents_attestation_or_a_bilan_of_a_named_child_goes_to_review(text):
    assert not decide(RELATIVES, text).files


@pytest.mark.parametrize("text", [
    "Je soussigné M. MARTIN Jean, né le 01/02/1978, demande ma sortie contre avis médical.",
    "Je soussigné Dr PERROT certifie avoir examiné M. MARTIN Jean, né le 01/02/1978, père de deux enfants.",
    "Bilan de M. MARTIN, 48 ans.\nNom : MARTIN\nPrénom : Jean\nNé le 01/02/1978\n",
])
def test_a_patients_own_attestation_or_bilan_is_filed(text):
    decision = decide(RELATIVES, text)
    assert decision.files and decision.patient_ipp == JEAN_FATHER.ipp


PARENTS_LETTER = "CHU — Pédiatrie\n\nMonsieur MARTIN Jean\nNé(e) le 01/02/1978\n15 bd Voltaire\n35000 RENNES\n\n" \
                 "Rennes, le 4/02/2026\n{body}\n"


@pytest.mark.parametrize("body", ["Suite à l'hospitalisation de votre fils, veuillez trouver ci-joint l'ordonnance.",
                                  "Objet : résultats d'analyses de votre fille.", "Le dossier de votre enfant est prêt.",
                                  "Suite à l'hospitalisation de votre petit-fils, veuillez trouver l'ordonnance."])
def test_a_letter_to_a_parent_about_the_care_of_the_child_goes_to_review(body):
    decision = decide(RELATIVES, PARENTS_LETTER.format(body=body))
    assert not decision.files
    assert "un enfant est nommé" in decision.reason_fr


@pytest.mark.parametrize("body", ["Vous étiez venu en présence de votre fils Romain.",
                                  "Votre fils peut vous accompagner à la consultation.",
                                  "Suite à votre hospitalisation, veuillez trouver ci-joint l'ordonnance."])
def test_a_letter_to_a_patient_naming_the_child_beside_him_is_filed(body):
    decision = decide(RELATIVES, PARENTS_LETTER.format(body=body))
    assert decision.files and decision.patient_ipp == JEAN_FATHER.ipp
