"""Requests for exams are prescriptions; reports show results. Written for these tests.

An exam named with no result — ticked on a form, asked for « merci de réaliser », listed on an order — is a
request (`prescription`), whatever the exam's vocabulary; a report shows values, findings or a conclusion.
Beside them, documents of every type written the way French practices and wards write them keep their types.
"""
from __future__ import annotations

import pytest

from docpipe.classify import classify
from docpipe.models import DocType

REQUESTS = {
    'imaging order': """Dr A. Bernard
Le 12/02/2024
Mme PETIT
Radiographie du genou droit face + profil + défilé fémoro-patellaire.
Échographie de l'épaule gauche.
Motif : gonalgies et douleurs de l'épaule.""",
    'lab order checkboxes': """Laboratoire d'analyses médicales — demande d'examens
Médecin prescripteur : Dr X
Patient : Mme Y
[x] NFS plaquettes   [x] CRP   [ ] VS
[x] Ionogramme sanguin, urée, créatinine
[x] Bilan hépatique : ASAT, ALAT, GGT, PAL, bilirubine
[ ] TSH
Prélèvement à domicile par IDE""",
    'lab order prose': """Dr Martin
Le 05/05/2024
Prière de faire pratiquer à Mme Durand :
Hémogramme, ferritine, coefficient de saturation de la transferrine, vitamine B12 et folates.
Résultats à me transmettre.""",
    'lab order bilan': """Dr Leroy
Ordonnance
Bilan sanguin à jeun :
Glycémie, HbA1c, cholestérol total, HDL, LDL, triglycérides
Créatinine avec DFG, microalbuminurie
À faire dans 3 mois""",
    'imaging order 2': """Dr Simon
Le 10/01/2024
M. Lambert
Merci de réaliser une IRM lombaire sans injection.
Renseignements cliniques : lombosciatique L5 droite rebelle.""",
}

DOCUMENTS = {
    'cr imagerie irm genou': (DocType.IMAGING_REPORT, """Centre d'imagerie du Parc
IRM DU GENOU DROIT
Indication : gonalgie après entorse.
Technique : séquences DP FS dans les trois plans, T1 sagittal.
Résultats : fissure horizontale de la corne postérieure du ménisque interne. Ligament croisé antérieur continu. Épanchement articulaire modéré.
Conclusion : lésion méniscale interne."""),
    'bio resultats': (DocType.LAB_RESULT, """Laboratoire Bioclinic
Résultats d'analyses du 02/05/2024
Hémoglobine 13,2 g/dL (12,0-16,0)
Leucocytes 7,1 G/L (4,0-10,0)
Plaquettes 250 G/L (150-400)
Créatinine 72 µmol/L (45-90)"""),
    'ordonnance bilan': (DocType.PRESCRIPTION, """Docteur Claire MARTIN
Médecine générale
Le 04/06/2024
Mme DURAND Sylvie
Faire pratiquer par un laboratoire d'analyses médicales :
NFS, plaquettes, VS, CRP
Glycémie à jeun, HbA1c
Bilan lipidique
TSH"""),
    'ordonnance kine': (DocType.PRESCRIPTION, """Dr Paul Roux
Rhumatologie
Paris, le 3 mai 2024
M. LEROY Jean
15 séances de kinésithérapie pour rééducation du rachis lombaire
Renforcement musculaire, étirements, école du dos.
À domicile si nécessaire."""),
    'ordonnance medicaments sans titre': (DocType.PRESCRIPTION, """Dr Lefèvre
12/03/2024
M. Thomas
DOLIPRANE 1000 mg : 1 cp 3 fois/jour si douleur
IBUPROFENE 400 mg : 1 cp matin et soir au cours des repas pendant 5 jours
OMEPRAZOLE 20 mg : 1 gélule le soir pendant 5 jours"""),
    'cr op': (DocType.OPERATIVE_REPORT, """Clinique du Lac — Chirurgie orthopédique
Intervention du 12/03/2024
Opérateur : Dr Blanc. Aide : Dr Noir. Anesthésie : rachianesthésie.
Installation en décubitus dorsal, garrot à la racine du membre.
Arthroplastie totale du genou gauche par voie para-patellaire interne. Mise en place des implants cimentés.
Fermeture plan par plan sur drain de Redon. Pansement."""),
    'lettre de liaison': (DocType.DISCHARGE_SUMMARY, """CHU de Nantes — Service de Pneumologie
Lettre de liaison à la sortie
M. Durand, 71 ans, hospitalisé du 2 au 9 mai 2024 pour exacerbation de BPCO.
Traitement de sortie : amoxicilline 1 g x3/j 5 jours, prednisolone 40 mg/j 5 jours.
Suivi : consultation de pneumologie dans 1 mois."""),
    'lettre adressage': (DocType.LETTER, """Dr Martin
Cabinet médical
Le 15 mars 2024
Chère consœur,
Je te remercie de bien vouloir recevoir M. Dupont, 58 ans, pour une coloscopie de dépistage. Son père a eu un cancer colique à 60 ans.
Amicalement."""),
    'cr consultation cardio': (DocType.CONSULTATION_REPORT, """Dr Moreau — Cardiologie
Compte rendu de consultation du 10/04/2024
Patient : M. Garnier, 66 ans
Motif : bilan d'une dyspnée d'effort.
Examen : TA 145/85, FC 78, souffle systolique aortique 3/6.
ETT : rétrécissement aortique serré, surface 0,8 cm².
Conclusion : RA serré symptomatique, discussion d'un TAVI en réunion."""),
    'certificat': (DocType.OTHER, """Je soussigné, Docteur Martin, certifie avoir examiné ce jour Mlle X et n'avoir constaté aucune contre-indication à la pratique du football en compétition.
Certificat remis en main propre pour servir et valoir ce que de droit."""),
    'scanner with patient line': (DocType.IMAGING_REPORT, """SCANNER THORACO-ABDOMINO-PELVIEN
Patient de 67 ans suivi pour un adénocarcinome pulmonaire, traité par chimiothérapie. Bilan d'évaluation.
Comparaison avec l'examen de mars 2024 qui montrait une masse lobaire supérieure droite de 42 mm.
Technique : acquisition hélicoïdale après injection de produit de contraste iodé.
Résultats : la masse lobaire supérieure droite mesure 28 mm. Les adénopathies médiastinales ont régressé. Pas de lésion hépatique.
Conclusion : réponse partielle."""),
    'irm with patient line past': (DocType.IMAGING_REPORT, """IRM CÉRÉBRALE
Patiente de 34 ans, sclérose en plaques diagnostiquée en 2019, traitée par natalizumab.
L'IRM précédente montrait 12 lésions de la substance blanche sans prise de contraste.
Séquences T1, FLAIR, T2, diffusion, T1 après gadolinium.
On retrouve les lésions connues, sans nouvelle lésion ni prise de contraste.
Conclusion : stabilité."""),
    'consultation with patient line': (DocType.CONSULTATION_REPORT, """Consultation d'oncologie
Patient de 67 ans suivi pour un adénocarcinome pulmonaire. Il a reçu 4 cures de carboplatine-pemetrexed, bien tolérées.
Le scanner de réévaluation a montré une réponse partielle.
Examen clinique : bon état général, PS 1.
Décision : poursuite en maintenance par pemetrexed."""),
    'echo obstetricale': (DocType.IMAGING_REPORT, """Échographie obstétricale du 2e trimestre
Patiente de 29 ans, G2P1, 22 SA.
Biométries : BIP 54 mm, PC 200 mm, PA 180 mm, LF 38 mm, conformes au terme.
Placenta antérieur, normalement inséré. Liquide amniotique en quantité normale.
Morphologie fœtale sans anomalie décelable."""),
    'lab comment': (DocType.LAB_RESULT, """LABORATOIRE CENTRAL
Patient de 54 ans
Hémoglobine 9,8 g/dL (13-17)
Ferritine 8 µg/L (30-300)
Commentaire : anémie ferriprive. Le contrôle antérieur montrait une hémoglobine à 11,2 g/dL."""),
    'untitled operative': (DocType.OPERATIVE_REPORT, """Patient de 54 ans opéré ce jour d'une cholécystectomie pour lithiase vésiculaire symptomatique.
Installation en décubitus dorsal, sous anesthésie générale. Open cœlioscopie ombilicale, pneumopéritoine, trois trocarts.
Dissection du triangle de Calot, clips sur le canal et l'artère cystiques, section. Cholécystectomie rétrograde. Hémostase.
Exsufflation, fermeture des orifices. Pièce adressée en anatomopathologie."""),
    'ED record': (DocType.DISCHARGE_SUMMARY, """Patient de 45 ans amené par les pompiers aux urgences pour une chute d'échelle.
Glasgow 15, douleur du poignet droit. La radiographie montrait une fracture de l'extrémité distale du radius.
Une réduction sous anesthésie locale a été réalisée avec une immobilisation par plâtre. Retour à domicile."""),
    'endoscopy untitled': (DocType.OPERATIVE_REPORT, """Patiente de 61 ans, coloscopie de dépistage après test immunologique positif.
Préparation satisfaisante. Progression jusqu'au bas-fond caecal. Polype sessile de 8 mm du sigmoïde, réséqué à l'anse diathermique.
Conclusion : polypectomie, contrôle à 3 ans selon l'histologie."""),
    'consultation anesthesie': (DocType.CONSULTATION_REPORT, """Consultation d'anesthésie
Patient de 70 ans devant bénéficier d'une prothèse totale de hanche.
Antécédents : HTA, il a été opéré d'une hernie inguinale en 2015 sans complication.
Examen : Mallampati 2, ouverture de bouche normale. ASA 2.
Anesthésie générale proposée."""),
    'death certificate like': (DocType.OTHER, """Certificat de décès
Je soussigné, docteur en médecine, certifie que M. X, 84 ans, est décédé le 12/03/2024 à 14h."""),
}


@pytest.mark.parametrize("name", list(REQUESTS))
def test_a_request_for_exams_is_a_prescription(name):
    assert classify(REQUESTS[name]).doc_type == DocType.PRESCRIPTION


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_documents_of_every_type_keep_their_type(name):
    expected, text = DOCUMENTS[name]
    assert classify(text).doc_type == expected


def test_an_exam_that_shows_no_result_cannot_win_the_vote_but_keeps_its_score_for_review():
    result = classify(REQUESTS["imaging order 2"])
    assert result.scores["imaging_report"] > 0 and "irm" in result.matched_terms["imaging_report"]
    assert result.doc_type == DocType.PRESCRIPTION


def test_a_blank_result_form_still_shows_its_result_fields():
    text = """Examen cytobactériologique des urines
Aspect :
Leucocytes :
Hématies :
Gram :
Numération des germes :
Germe :
Sensibilité :
Amoxicilline
Gentamicine"""
    assert classify(text).doc_type == DocType.LAB_RESULT
