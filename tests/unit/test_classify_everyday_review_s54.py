"""Everyday documents a reviewer wrote against session 54's type rules: each was misread by the rules' first forms
(an exam's name or an operator in the head, a day-hospital summons, a leaflet on a catheter procedure, questions about
a named patient, a visit dated back) and reads now as it did before them — and the day hospital's venue with its hours
(`h1`) as the stay it tells. Fictitious text. Pure, no I/O."""
import pytest

from docpipe.classify import classify
from docpipe.models import DocType

CASES = {
    # an echo-doppler's own title beats the operator named above it
    'e1_echo_operator': (DocType.IMAGING_REPORT, (
        "Cabinet d'angiologie du Parc\n"
        'Patient : M. ROCHE Alain, né le 14/09/1949\n'
        'Date : 03/06/2025 - Opérateur : Dr Yves ROLAND\n'
        'Médecin demandeur : Dr B. SALMON\n'
        '\n'
        "COMPTE RENDU D'ÉCHO-DOPPLER VEINEUX DES MEMBRES INFÉRIEURS\n"
        'Indication : œdème du mollet gauche depuis 5 jours.\n'
        'Veines fémorales, poplitées et jambières perméables et compressibles des deux côtés. Flux phasique.\n'
        'Kyste poplité gauche de 35 x 12 mm, non rompu.\n'
        'En conclusion, pas de thrombose veineuse profonde ; kyste poplité gauche.\n'
    )),
    # a surgical stay whose head names the operator tells its discharge
    'o3_discharge': (DocType.DISCHARGE_SUMMARY, (
        'Service de chirurgie orthopédique - Clinique Saint-Roch\n'
        'Dr F. ZIMMA\n'
        '\n'
        'M. KIEFER Bernard, né le 28/02/1955\n'
        'Intervention du 12/02/2024 - Opérateur Dr F. Zimma - PTG droite cimentée\n'
        'Entré le 11/02/2024 pour une gonarthrose droite invalidante.\n'
        'Suites opératoires simples, lever à J1, kinésithérapie quotidienne.\n'
        'Pansement propre, cicatrice sèche. Pas de complication thromboembolique.\n'
        'Sortie le 16/02/2024 vers un centre de rééducation. Lovenox 4000 UI 35 jours.\n'
    )),
    # a titled consultation organised by its questions names its patient
    'q2_rcp': (DocType.CONSULTATION_REPORT, (
        'COMPTE RENDU DE CONSULTATION\n'
        'Dr R. NOEL - Chirurgie digestive\n'
        'Patient : LEROUX Paul, né le 01/02/1950\n'
        '\n'
        'Est-ce une indication opératoire ?\n'
        'Hernie inguinale droite symptomatique, réductible ; cure par voie cœlioscopique proposée.\n'
        '\n'
        'Doit-on arrêter le clopidogrel ?\n'
        'Non, intervention réalisable sous clopidogrel après avis du cardiologue.\n'
    )),
    # an opinion's questions about a patient named in its identity field
    'q1_avis': (DocType.DISCHARGE_SUMMARY, (
        'AVIS CHIRURGICAL\n'
        'Service de chirurgie digestive - Dr R. NOEL\n'
        'Patiente : BERTIN Odile, 71 ans, hospitalisée en médecine B\n'
        '\n'
        'Faut-il opérer ?\n'
        'Cholécystite refroidie sous antibiotiques ; cholécystectomie par cœlioscopie à distance, dans 6 '
        'semaines.\n'
        '\n'
        "Peut-on arrêter l'antibiothérapie ?\n"
        'Oui, CRP normalisée, apyrétique depuis 48 h.\n'
    )),
    # an exam's name below a visit's opening sentence is cited
    'c4_consult_short': (DocType.CONSULTATION_REPORT, (
        'Dr Anne MOREAU - Rhumatologue\n'
        'Le 03/03/2025\n'
        'Mme GIRAUD Hélène, 64 ans\n'
        'Je reçois ce jour Mme Giraud pour une gonalgie droite mécanique depuis 3 mois.\n'
        'Radiographies des genoux\n'
        'Pincement fémoro-tibial interne droit, ostéophytes marginaux.\n'
        'Examen : épanchement modéré, pas de flessum.\n'
        'Conclusion : gonarthrose fémoro-tibiale interne droite. Infiltration proposée.\n'
    )),
    # an exam's name on a visit's report is cited
    'c1_consult_radio': (DocType.CONSULTATION_REPORT, (
        'Dr Anne MOREAU\n'
        'Rhumatologue\n'
        '14 avenue Foch, 69006 Lyon\n'
        '\n'
        'Le 03/03/2025\n'
        'Mme GIRAUD Hélène, 64 ans\n'
        '\n'
        'Vue en consultation ce jour pour une gonalgie droite mécanique depuis 3 mois, sans traumatisme.\n'
        'Radiographies des genoux face et profil en charge\n'
        'Pincement fémoro-tibial interne droit, ostéophytes marginaux.\n'
        'Examen : épanchement modéré, pas de flessum.\n'
        'Conclusion : gonarthrose fémoro-tibiale interne droite. Infiltration proposée, kinésithérapie.\n'
    )),
    # a biopsy's pathology report names the image-guided sampling
    'p1_path': (DocType.LAB_RESULT, (
        "CABINET D'ANATOMIE ET CYTOLOGIE PATHOLOGIQUES DU VAL\n"
        'Dr Élodie FRANCHE\n'
        'Patient : M. MARCHAND Yves, né le 17/08/1952\n'
        'Médecin préleveur : Dr K. OUARET (urologue)\n'
        'Reçu le 04/04/2025\n'
        'Biopsies prostatiques sous guidage échographique (12 carottes)\n'
        'Renseignements : PSA 9,2 ng/mL, nodule du lobe droit au toucher rectal.\n'
        'Examen histologique :\n'
        'Lobe droit : adénocarcinome prostatique acinaire sur 3 carottes sur 6, score de Gleason 7 (3+4), '
        'ISUP 2, longueur tumorale maximale 6 mm.\n'
        'Lobe gauche : tissu prostatique sans lésion tumorale.\n'
        'Conclusion :\n'
        'Adénocarcinome prostatique, Gleason 7 (3+4), ISUP 2, lobe droit.\n'
    )),
    # a radiologist's letter-form report titled on its first line
    'i1_radio_letter': (DocType.IMAGING_REPORT, (
        'ÉCHOGRAPHIE ABDOMINALE\n'
        '\n'
        'Cher Confrère,\n'
        "Je vous remercie de m'avoir adressé Mme PENNEC, 70 ans, hospitalisée depuis le 12/01 en chirurgie "
        'digestive pour une sigmoïdite, fébrile à J8 de sa colectomie.\n'
        'Foie de taille normale, homogène. Voies biliaires non dilatées. Collection pelvienne de 6 cm au '
        'contact du moignon rectal.\n'
        'Conclusion :\n'
        'Collection pelvienne abcédée de 6 cm, accessible à un drainage.\n'
        'Dr G. MORVAN\n'
    )),
    # a day-hospital venue with its hours of entry and exit
    'h1_hdj_told_hour': (DocType.DISCHARGE_SUMMARY, (
        'CHU DE VAL-DE-LISE\n'
        'Hôpital de Jour de Médecine - Gastro-entérologie\n'
        'Dr L. CHAMBOUX\n'
        '\n'
        'Patient : Mme FAURE Manon   née le 02/12/1997\n'
        'Venue en hôpital de jour le 05/06/2025 (entrée à 8h30 - sortie à 13h15)\n'
        '\n'
        "Motif : 6e perfusion d'infliximab pour maladie de Crohn.\n"
        'Évaluation ce jour : 2 selles moulées par jour, pas de douleur. Poids 57 kg. Examen : abdomen '
        'souple.\n'
        'Biologie du jour : Hb 12,8 g/dL - leucocytes 5,1 G/L - plaquettes 287 G/L - CRP < 3 mg/L\n'
        'Perfusion : infliximab 300 mg dans 250 mL NaCl 0,9 % sur 2 h. Aucune réaction.\n'
        'Conclusion : maladie en rémission. Prochaine perfusion dans 8 semaines.\n'
    )),
    # « Reçue ce jour en hôpital de jour à 8h30 » tells a day in it
    'h2_hdj_recue': (DocType.DISCHARGE_SUMMARY, (
        'CHU DE VAL-DE-LISE\n'
        'Hôpital de Jour de Médecine - Gastro-entérologie\n'
        'Dr L. CHAMBOUX\n'
        '\n'
        'Patient : Mme FAURE Manon   née le 02/12/1997\n'
        "Reçue ce jour en hôpital de jour à 8h30 pour sa 6e perfusion d'infliximab (maladie de Crohn).\n"
        'Évaluation : 2 selles moulées par jour, pas de douleur. Poids 57 kg. Examen : abdomen souple.\n'
        'Biologie du jour : Hb 12,8 g/dL - leucocytes 5,1 G/L - plaquettes 287 G/L - CRP < 3 mg/L\n'
        'Perfusion : infliximab 300 mg dans 250 mL NaCl 0,9 % sur 2 h. Aucune réaction.\n'
        'Conclusion : maladie en rémission. Prochaine perfusion dans 8 semaines.\n'
    )),
    # a summons' planned hours tell no stay
    'h3_summons': (DocType.OTHER, (
        'CENTRE HOSPITALIER DU LOING\n'
        'Hôpital de jour de Médecine\n'
        '\n'
        'Madame LEGRAND Colette\n'
        '\n'
        'Le 28/05/2025\n'
        '\n'
        'Madame,\n'
        '\n'
        "Vous êtes attendue à l'hôpital de jour le 17/06/2025 pour la perfusion de fer injectable.\n"
        'Horaires : entrée 8h00 - sortie 11h30.\n'
        "Merci d'apporter votre carte Vitale et le résultat de la prise de sang.\n"
        'Veuillez agréer, Madame, nos salutations distinguées.\n'
    )),
    # a summons titled by its procedure
    'k2_convoc': (DocType.OTHER, (
        'Institut Cardiovasculaire du Littoral\n'
        'Salle de cathétérisme\n'
        '\n'
        'M. DELMAS Jean\n'
        '\n'
        'CORONAROGRAPHIE - CONVOCATION\n'
        'Vous êtes attendu le 14/03/2025 à 7h30 en hôpital de jour de cardiologie.\n'
        "Être à jeun depuis minuit. Apporter l'ordonnance de vos traitements, votre créatinine récente.\n"
        "La sonde guide est introduite par l'artère radiale ; une compression par TR Band sera posée.\n"
    )),
    # a leaflet titled by its procedure
    'k3_leaflet': (DocType.OTHER, (
        'INSTITUT CARDIOVASCULAIRE DU PAYS\n'
        'CORONAROGRAPHIE ET ANGIOPLASTIE CORONAIRE\n'
        '\n'
        "Votre cardiologue vous a proposé une coronarographie. Le médecin ponctionne l'artère radiale au "
        "poignet, monte une sonde guide jusqu'au cœur ; un ballon puis un stent actif peuvent être posés.\n"
        "Une compression radiale par TR Band est laissée quelques heures après l'examen.\n"
        'Vous serez hospitalisé la veille ou le matin même. Vous devez être à jeun depuis 6 heures.\n'
        "N'hésitez pas à poser vos questions à l'équipe soignante.\n"
    )),
    # a summons with a bare procedure line
    'k4_convoc': (DocType.OTHER, (
        'Institut Cardiovasculaire du Littoral\n'
        'Secrétariat de cardiologie interventionnelle\n'
        '\n'
        'M. DELMAS Jean\n'
        '3 rue du Port, 17000 La Rochelle\n'
        '\n'
        'Coronarographie\n'
        'Vous êtes attendu le 14/03/2025 à 7h30 en hôpital de jour de cardiologie, 2e étage.\n'
        'Être à jeun depuis minuit. Apporter vos ordonnances et le résultat de la créatinine.\n'
        'Prévoir un accompagnant pour le retour à domicile.\n'
    )),
    # a leaflet naming the catheter's gestures
    'k5_leaflet': (DocType.OTHER, (
        'INSTITUT CARDIOVASCULAIRE DU PAYS\n'
        'La coronarographie\n'
        '\n'
        "Votre cardiologue vous a proposé une coronarographie. Le médecin ponctionne l'artère radiale au "
        "poignet et monte une sonde jusqu'au cœur.\n"
        'Si un rétrécissement est découvert, une angioplastie coronaire peut être réalisée : un ballon puis '
        'un stent actif sont posés.\n'
        "Une compression radiale par TR Band est laissée quelques heures après l'examen.\n"
        'Vous serez hospitalisé la veille ou le matin même. Vous devez être à jeun depuis 6 heures.\n'
    )),
    # a visit dated back, before the stay the summary tells
    'v2_discharge': (DocType.DISCHARGE_SUMMARY, (
        'Service de Pneumologie - CH de Lornac\n'
        'Dr Paul LEROY\n'
        '\n'
        'M. BERNARD Louis, né le 02/02/1958\n'
        '\n'
        "J'ai revu M. Bernard en consultation il y a trois semaines pour une toux fébrile ; devant une "
        'hypoxémie à 89 %, il a été hospitalisé dans le service du 10/02/2025 au 16/02/2025.\n'
        'Pneumopathie franche lobaire aiguë droite traitée par amoxicilline IV puis per os.\n'
        'Évolution favorable, apyrexie à J2, retour à domicile le 16/02.\n'
    )),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_everyday_document_keeps_its_type(name):
    expected, text = CASES[name]
    assert classify(text).doc_type == expected
