"""Hospital reports whose title stands below the department's letterhead and the patient's identity block, and whose
first paragraph tells the stay around them (session 54, written corpus part j): an exam titled by its name alone and
closed by its conclusion is an imaging report, an operation's record naming its operator in the head is an operative
report (a coronary angioplasty too), a day hospital's session report is a stay. The near misses keep their type: a stay told before the exam's name, a stay
summary that quotes its coronary angiography, a plan for a day-hospital visit. Pure, no I/O."""
import pytest

from docpipe.classify import classify
from docpipe.models import DocType

HEAD = (
    "CENTRE HOSPITALIER DE VAL-DE-LISE\n"
    "Pôle Imagerie - Site Nord\n"
    "Dr A. MARTEL - Dr S. OULED\n"
    "Tél secrétariat : 03 00 00 00 10\n\n"
    "Patient(e) : Mme DURAND Odile    Née le : 17/09/1954    IPP : 7700012\n"
    "Examen du : 22/01/2025\n"
    "Service demandeur : Chirurgie digestive\n\n"
)
INDICATION = (
    "Indication :\n"
    "Patiente de 70 ans opérée le 12/01/2025 d'une colectomie gauche par laparotomie, hospitalisée depuis en chirurgie "
    "digestive. Reprise du transit à J4, puis à J8 fièvre à 38,9 °C avec douleurs pelviennes, CRP 212 mg/L. Mise sous "
    "pipéracilline-tazobactam le 20/01. Recherche de collection profonde.\n\n"
)
FINDINGS = (
    "Technique :\n"
    "Acquisition hélicoïdale abdomino-pelvienne au temps portal après injection de produit de contraste.\n\n"
    "Résultats :\n"
    "Collection pelvienne du cul-de-sac de Douglas, à paroi rehaussée, mesurant 62 x 48 x 55 mm, au contact du moignon "
    "rectal. Petite lame d'épanchement sous-hépatique. Foie, rate, pancréas sans particularité.\n\n"
    "Conclusion :\n"
    "Collection pelvienne abcédée du Douglas de 6 cm, accessible à un drainage percutané.\n\n"
    "Dr S. OULED\n"
)


@pytest.mark.parametrize("title", ["TDM ABDOMINO-PELVIENNE AVEC INJECTION",
                                   "ÉCHO-DOPPLER VEINEUX DES MEMBRES INFÉRIEURS", "ÉCHOCARDIOGRAPHIE TRANSTHORACIQUE"])
def test_an_exam_titled_below_the_identity_block_is_an_imaging_report_whatever_stay_its_indication_tells(title):
    result = classify(HEAD + title + "\n\n" + INDICATION + FINDINGS)
    assert result.doc_type == DocType.IMAGING_REPORT
    assert "titre d'examen et conclusion" in result.matched_terms["imaging_report"]


def test_without_the_exams_title_the_stay_its_indication_tells_still_decides():
    assert classify(HEAD + INDICATION + FINDINGS).doc_type == DocType.DISCHARGE_SUMMARY


def test_an_exams_name_below_a_stay_told_in_prose_is_no_title():
    stay = ("Madame Durand, 70 ans, a été hospitalisée du 12/01/2025 au 30/01/2025 en chirurgie digestive pour une "
            "sigmoïdite perforée, opérée d'une colectomie gauche par laparotomie.\n")
    text = HEAD + stay + "TDM abdomino-pelvienne\n" + INDICATION + FINDINGS
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_the_referral_above_the_exams_title_and_its_sections_asked_for_the_exam_and_tells_no_visit():
    text = ("Cabinet de radiologie Dr G. MORVAN\n21 rue de Siam, 29000 LESCONIL\n\nLe 16/01/2024\n\n"
            "Mme PENNEC Aurélie, 38 ans\n"
            "Adressée par le Dr Kerhervé pour : douleurs de l'hypochondre droit post-prandiales.\n\n"
            "ÉCHOGRAPHIE ABDOMINALE\n\n"
            "Technique : examen réalisé à jeun, bonnes conditions d'échogénicité.\n"
            "Foie de taille normale, échostructure hyperéchogène homogène. Pas de lésion focale.\n"
            "Vésicule biliaire à paroi fine contenant de multiples calculs mobiles avec cône d'ombre postérieur.\n\n"
            "CONCLUSION :\nLithiase vésiculaire multiple non compliquée.\n")
    assert classify(text).doc_type == DocType.IMAGING_REPORT


CATHETER = (
    "Institut Cardiovasculaire du Littoral\n"
    "Salle de cathétérisme cardiaque n°2\n"
    "Dr F. VANDIER - Dr I. CARO - Cardiologues interventionnels\n\n"
    "Patient : M. DELMAS Jean   Né le : 05/05/1958   IPP : 62-0098815\n"
    "Opérateur : Dr F. VANDIER\n"
    "Indication : angor d'effort avec scintigraphie myocardique positive malgré traitement médical.\n\n"
    "{title}\n\n"
    "Abord : artère radiale droite, désilet 6F. Héparine 5000 UI.\n"
    "Produit de contraste : iodixanol 140 mL. Durée de scopie 9 min.\n"
    "Réseau droit dominant. Tronc commun sans lésion. IVA : sténose serrée à 85 % de l'IVA proximale.\n"
    "Prédilatation au ballon 2,5 x 15 mm. Implantation d'un stent actif 3,0 x 26 mm. Post-dilatation au ballon non "
    "compliant. Résultat optimal, flux TIMI 3, pas de dissection.\n"
    "Compression radiale par TR Band.\n\n"
    "Conclusion : angioplastie de l'IVA proximale avec 1 stent actif.\n"
)


def test_a_coronary_angiography_naming_its_operator_is_filed_with_operations():
    assert classify(CATHETER.format(title="CORONAROGRAPHIE ET ANGIOPLASTIE CORONAIRE")).doc_type == \
        DocType.OPERATIVE_REPORT


def test_a_stay_summary_that_quotes_its_coronary_angiography_stays_a_stay():
    text = ("COMPTE RENDU D'HOSPITALISATION\n\nService de cardiologie\n\n"
            "Patient de 66 ans hospitalisé du 03/02 au 07/02/2025 pour un syndrome coronarien aigu.\n\n"
            "Coronarographie : sténose serrée de l'IVA proximale, angioplastie avec un stent actif par voie "
            "radiale.\n\n"
            "Évolution favorable. Sortie le 07/02 sous double antiagrégation plaquettaire.\n")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


DAY_HOSPITAL_HEAD = (
    "Institut de Cancérologie du Val\nHôpital de Jour d'Oncologie Médicale\nDr E. PEYRAT - Dr A. KOWAL\n\n"
)
SESSION = (
    "Patient : M. FONTAINE Gérard - né le 30/11/1949\n\n"
    "Protocole : chimiothérapie adjuvante CAPOX, cycle 3 J1.\n"
    "Biologie du 11/05 :\nLeucocytes 4,1 G/L - PNN 2,2 G/L - Hb 11,6 g/dL - plaquettes 142 G/L\n"
    "Créatinine 84 µmol/L (clairance 68 mL/min)\nASAT 28, ALAT 31 UI/L, bilirubine 11 µmol/L\n\n"
    "Décision : feu vert pour cycle 3 à pleine dose.\n"
    "Administré ce jour : oxaliplatine 240 mg dans 500 mL G5 % sur 2 h, bien toléré.\n"
)


@pytest.mark.parametrize("title", ["Compte rendu de séance - Hôpital de jour du 12/05/2025",
                                   "Compte rendu d'hôpital de jour"])
def test_a_day_hospitals_session_report_is_a_stay(title):
    assert classify(DAY_HOSPITAL_HEAD + title + "\n\n" + SESSION).doc_type == DocType.DISCHARGE_SUMMARY


def test_an_order_on_the_day_hospitals_letterhead_stays_an_order():
    text = (DAY_HOSPITAL_HEAD + "ORDONNANCE\n\nM. FONTAINE Gérard\n\n"
            "Ondansétron 8 mg : 1 comprimé matin et soir pendant 3 jours.\n"
            "Prise de sang : NFS, plaquettes, créatinine, à faire la veille de la prochaine séance.\n")
    assert classify(text).doc_type == DocType.PRESCRIPTION


def test_a_patient_come_to_the_day_hospital_tells_a_day_in_it():
    text = DAY_HOSPITAL_HEAD + "Venue en hôpital de jour le 05/06/2025 (entrée 8h30 - sortie 13h15).\n\n" + SESSION
    assert "venue en hopital de jour" in classify(text).matched_terms["discharge_summary"]


def test_a_summons_to_the_day_hospital_tells_no_day_in_it():
    text = DAY_HOSPITAL_HEAD + "Vous serez accueillie le 08/02 en hôpital de jour pour la prochaine cure.\n\n" + SESSION
    assert not any("accueillie" in term for term in classify(text).matched_terms.get("discharge_summary", []))


PATHOLOGY = (
    "CHU DE VAL-DE-LISE - Département de Pathologie\n"
    "Pr H. LAROUX - Dr E. MARTIN\n\n"
    "Patient(e) : Mme GAUTIER Élodie      Né(e) le : 27/10/1984\n"
    "Service : Chirurgie ORL et cervico-faciale\n\n"
    "Renseignements cliniques :\n"
    "Patiente de 40 ans. Nodule thyroïdien droit de 28 mm, EU-TIRADS 5. Cytoponction : Bethesda V. Thyroïdectomie "
    "totale le 14/05/2025 sans curage, nerfs récurrents monitorés.\n\n"
    "{sections}"
    "Conclusion :\n"
    "Carcinome papillaire classique du lobe droit, 27 mm, intrathyroïdien, limites saines.\n"
)
MACROSCOPY = ("Macroscopie :\nPièce de thyroïdectomie totale orientée, pesant 22 g. Lobe droit : nodule blanchâtre, "
              "ferme, de 27 mm.\n\n")
MICROSCOPY = ("Microscopie :\nCarcinome papillaire de la thyroïde, variant classique. Noyaux clarifiés, rainurés. "
              "Pas d'extension extrathyroïdienne. Limites d'exérèse saines.\n\n")


def test_a_pathology_report_with_its_sections_is_a_lab_result_whatever_operation_it_recalls():
    result = classify(PATHOLOGY.format(sections=MACROSCOPY + MICROSCOPY))
    assert result.doc_type == DocType.LAB_RESULT
    assert "decide par : sections de l'examen d'une piece et conclusion" in result.matched_terms["lab_result"]


def test_one_pathology_section_alone_does_not_make_the_skeleton_and_the_learned_model_reads_the_report():
    text = PATHOLOGY.format(sections=MICROSCOPY)
    assert classify(text, learned=False).doc_type != DocType.LAB_RESULT  # the rules only vote
    result = classify(text)  # the department of pathology's report, read by the second opinion (session 57)
    assert result.doc_type == DocType.LAB_RESULT
    assert result.matched_terms["lab_result"][0].startswith("decide par : modele appris")


FOLLOW_UP = (
    "Centre Hospitalier de Lornac\nNeurologie - Unité Neurovasculaire\nDr Pauline CHEVAL\n\n"
    "Lornac, le 15/09/2025\n\nMme AUBIN Jacqueline, née le 30/01/1947\n\nCher Confrère,\n\n"
    "{visit}\n\n"
    "Rappel : hospitalisée en UNV du 2 au 10 août 2025 pour un infarctus sylvien gauche, thrombolysée à H2 avec "
    "amélioration rapide. Apixaban débuté à J4. Sortie au domicile avec orthophonie.\n\n"
    "Examen : PA 136/78 mmHg. NIHSS 1. Force normale aux 4 membres.\n\n"
    "Conclusion : évolution favorable. Poursuite de l'apixaban.\n\nBien confraternellement,\nDr Pauline CHEVAL\n"
)


def test_a_follow_up_visit_told_by_its_writer_makes_the_stay_it_recalls_history():
    visit = "J'ai revu Mme AUBIN en consultation de suivi à 6 semaines de son accident vasculaire cérébral."
    assert classify(FOLLOW_UP.format(visit=visit)).doc_type == DocType.CONSULTATION_REPORT


def test_a_visit_dated_back_before_the_stay_is_no_visit_today():
    visit = "J'ai vu Mme AUBIN en consultation le 28 juillet pour des céphalées ; elle a été hospitalisée ensuite."
    assert classify(FOLLOW_UP.format(visit=visit)).doc_type == DocType.DISCHARGE_SUMMARY


LEAFLET = (
    "CENTRE D'IMAGERIE MÉDICALE DES REMPARTS\nScanner - IRM - Radiologie\n\n"
    "Vous allez passer un examen de scanner\nInformations à lire avant l'examen\n\n"
    "Qu'est-ce qu'un scanner ?\n"
    "Le scanner est un examen d'imagerie qui utilise des rayons X. Il permet d'obtenir des images en coupes.\n\n"
    "Faut-il être à jeun ?\n"
    "Si une injection de produit de contraste iodé est prévue, ne mangez pas dans les 3 heures qui précèdent.\n\n"
    "{warning}\n- une allergie au produit de contraste iodé\n- une grossesse possible\n"
)


def test_an_exams_leaflet_asking_its_own_questions_is_other_though_it_says_signal_it_to_us():
    assert classify(LEAFLET.format(warning="Signalez-nous IMPÉRATIVEMENT avant l'examen :")).doc_type == DocType.OTHER


def test_a_consultants_note_ordered_by_its_questions_names_its_patient():
    text = ("Service de chirurgie digestive\n\nMme BERTIN Odile, 71 ans, revue ce jour.\n\n"
            "Faut-il opérer ?\nLa cholécystite est refroidie ; je propose une cholécystectomie à distance.\n\n"
            "Peut-on arrêter l'antibiothérapie ?\nOui, CRP normalisée, apyrétique depuis 48 h.\n")
    assert classify(text).doc_type != DocType.OTHER


CAESAREAN = (
    "Maternité du Centre Hospitalier de Castelroc - Pôle Femme-Enfant - Bloc obstétrical\n\n"
    "Patiente : Mme DA COSTA Inès, née le 06/02/1993 - Intervention du 28/08/2025 - {operator}\n\n"
    "Deuxième pare de 32 ans, entrée le 28/08 à 38 SA en travail spontané ; la dilatation a stagné à 6 cm malgré "
    "l'ocytocine, décision de césarienne. Patiente installée en décubitus dorsal, antibioprophylaxie par céfazoline. "
    "Incision de Pfannenstiel, hystérotomie segmentaire transversale, extraction d'un garçon, Apgar 7-9-10. "
    "Hystérorraphie en un plan par surjet, hémostase satisfaisante, fermeture de l'aponévrose, intradermique. Pertes "
    "sanguines estimées à 550 mL. Pansement à retirer à J2.\n\nDr Laure VINCENT\n"
)


def test_an_operations_record_naming_its_operator_in_the_head_is_an_operative_report_whatever_admission_it_recalls():
    result = classify(CAESAREAN.format(operator="Opérateur Dr Laure VINCENT, anesthésie Dr P. HUET"))
    assert result.doc_type == DocType.OPERATIVE_REPORT
    assert "operateur nomme en tete" in result.matched_terms["operative_report"]


def test_without_its_operator_the_admission_it_recalls_still_tells_a_stay():
    assert classify(CAESAREAN.format(operator="Dr Laure VINCENT")).doc_type == DocType.DISCHARGE_SUMMARY


def test_an_echographys_operator_leaves_the_exams_title_to_name_it():
    text = HEAD.replace("Examen du : 22/01/2025\n", "Examen du : 22/01/2025\nOpérateur : Dr Yves ROLAND\n") + \
        "ÉCHOCARDIOGRAPHIE TRANSTHORACIQUE\n\n" + INDICATION + FINDINGS
    assert classify(text).doc_type == DocType.IMAGING_REPORT


@pytest.mark.parametrize("title", ["DRAINAGE PERCUTANÉ SOUS GUIDAGE SCANNER D'UNE COLLECTION PELVIENNE",
                                   "Biopsie hépatique sous contrôle échographique"])
def test_an_image_guided_act_titled_as_such_is_an_imaging_report(title):
    assert classify(HEAD + title + "\n\n" + INDICATION + FINDINGS).doc_type == DocType.IMAGING_REPORT


def test_a_drainage_titled_without_its_guiding_images_names_no_exam():
    assert classify(HEAD + "DRAINAGE D'UNE COLLECTION PELVIENNE\n\n" + INDICATION + FINDINGS).doc_type != \
        DocType.IMAGING_REPORT


INFUSION = (
    "CHU DE VAL-DE-LISE\nHôpital de Jour de Médecine - Gastro-entérologie\nDr L. CHAMBOUX\n\n"
    "Patient : Mme FAURE Manon   née le 02/12/1997\n{day}\n\n"
    "Motif : 6e perfusion d'infliximab pour maladie de Crohn.\n"
    "Évaluation ce jour : 2 selles moulées par jour, pas de douleur. Poids 57 kg. Examen : abdomen souple.\n"
    "Biologie du jour : Hb 12,8 g/dL - leucocytes 5,1 G/L - plaquettes 287 G/L - CRP < 3 mg/L - ASAT 22 - "
    "ALAT 25 UI/L\n"
    "Perfusion : infliximab 300 mg dans 250 mL NaCl 0,9 % sur 2 h. Aucune réaction.\n"
    "Conclusion : maladie en rémission. Prochaine perfusion dans 8 semaines.\n"
)


def test_a_day_hospital_venue_with_its_hours_of_entry_and_exit_is_a_stay():
    day = "Venue en hôpital de jour le 05/06/2025 (entrée 8h30 - sortie 13h15)"
    assert classify(INFUSION.format(day=day)).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_summons_with_its_hours_is_no_stay_told():
    day = "Vous serez accueillie en hôpital de jour le 05/08/2025 à 8h30."
    # the rules' reading of the summons line; the learned second opinion (session 57) reads the session the rest of
    # this page tells as done (« Perfusion : … Aucune réaction. ») and makes it a stay
    assert classify(INFUSION.format(day=day), learned=False).doc_type != DocType.DISCHARGE_SUMMARY


def test_an_exam_named_in_a_letters_head_is_cited_not_reported():
    text = ("Dr Nadine ROUVEL\nMédecine générale\n\nLe 6 mai 2024\n\nMme TESSON Colette, née le 30/11/1958\n\n"
            "TDM ABDOMINO-PELVIENNE du 02/05/2024\n\nChère Consœur,\n\n"
            "Je vous adresse Mme Tesson pour avis chirurgical sur une masse kystique du pancréas.\n"
            "Le compte rendu du radiologue conclut : lésion kystique de la tête du pancréas de 34 mm.\n"
            "Conclusion : IRM pancréatique prévue le 21/05.\n\nBien confraternellement,\nDr N. ROUVEL\n")
    assert classify(text).doc_type == DocType.LETTER


def test_an_exam_done_on_the_spot_heads_a_visit_not_an_exam_report():
    text = ("Dr Solène BARTHE\nRhumatologue\n\nConcerne : Mme PERRIN Monique, née le 02/03/1961\n"
            "Échographie réalisée ce jour\n\n"
            "Vue en consultation ce jour pour une épaule droite douloureuse depuis quatre mois. Examen : arc "
            "douloureux, Hawkins et Neer positifs. L'échographie montre une calcification du sus-épineux de 14 mm.\n\n"
            "Conclusion : tendinopathie calcifiante ; infiltration proposée.\n")
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


@pytest.mark.parametrize("sample", [
    "Nature du prélèvement : liquide de collection sous-hépatique\n",
    "Prélevé le 26/04/2024 14:40   Reçu le 26/04/2024 15:55\n",
])
def test_the_sample_an_image_guided_act_gave_heads_a_lab_report(sample):
    text = ("CHU de Rochebrune - Laboratoire de Bactériologie\nBiologiste responsable : Dr N. OLLIVE\n\n"
            "Patient : DELAGE Roger     Né le 22/01/1948\n" + sample +
            "Drainage percutané sous guidage scanner\n\nEXAMEN DIRECT\nColoration de Gram : nombreux bacilles à Gram "
            "négatif\n\nCULTURE\nAérobie : Escherichia coli > 10^7 UFC/mL\n\nANTIBIOGRAMME - Escherichia coli\n"
            "Amoxicilline R\nCéfotaxime S\nCiprofloxacine R\n\nConclusion : infection à E. coli.\n")
    assert classify(text).doc_type == DocType.LAB_RESULT


def test_a_post_operative_visit_under_the_operations_line_is_no_operations_record():
    text = ("Clinique Saint-Roch\nDr Frédéric ZIMMA - Chirurgie orthopédique\n\nLe 26/03/2024\n\n"
            "M. KIEFER Bernard, né le 28/02/1955\n"
            "Intervention du 12/02/2024 - Opérateur Dr F. Zimma - PTG droite cimentée\n\nChère Consœur,\n\n"
            "J'ai revu M. Kiefer en consultation ce jour, six semaines après sa prothèse totale de genou. Il se "
            "déclare satisfait et marche sans canne ; il poursuit la kinésithérapie trois fois par semaine.\n"
            "Pour mémoire, l'intervention s'était déroulée sous rachianesthésie ; retour à domicile à J4.\n"
            "Examen : cicatrice fermée, mobilité 0-110°, genou stable.\nConclusion : évolution favorable. Je le "
            "reverrai à un an avec des radiographies.\n\nBien confraternellement,\nDr F. ZIMMA\n")
    result = classify(text)
    assert result.doc_type == DocType.CONSULTATION_REPORT
    assert "operateur nomme en tete" not in result.matched_terms.get("operative_report", [])


def test_a_tumour_boards_record_is_not_decided_by_the_specimens_sections():
    text = ("Réunion de concertation pluridisciplinaire - Thyroïde\n"
            + PATHOLOGY.format(sections=MACROSCOPY + MICROSCOPY))
    evidence = classify(text).matched_terms.get("lab_result", [])
    assert not any("sections de l'examen d'une piece" in term for term in evidence)


def test_a_pathology_report_advising_a_tumour_board_is_still_one():
    result = classify(PATHOLOGY.format(sections=MACROSCOPY + MICROSCOPY) + "Dossier à présenter en RCP thyroïde.\n")
    assert "decide par : sections de l'examen d'une piece et conclusion" in result.matched_terms["lab_result"]


def test_a_pathology_report_naming_the_endoscopist_operator_stays_a_lab_result():
    text = ("CABINET D'ANATOMIE ET CYTOLOGIE PATHOLOGIQUES DU VAL\nDr Élodie FRANCHE\n\n"
            "Patient : DELCOUR Jean-Marc        Né le 17/08/1970\nDate de prélèvement : 03/04/2025\n"
            "Opérateur : Dr K. OUARET (gastro-entérologue)\nRenseignements : épigastralgies, anémie ferriprive.\n\n"
            "Macroscopie :\nFlacon 1 : 3 fragments biopsiques antraux de 2 à 3 mm, inclus en totalité.\n\n"
            "Microscopie :\nMuqueuse antrale siège d'un infiltrat lympho-plasmocytaire dense du chorion, avec "
            "polynucléaires neutrophiles. Bacilles spiralés de type Helicobacter pylori.\n\n"
            "Conclusion :\nGastrite chronique active à Helicobacter pylori.\n")
    result = classify(text)
    assert result.doc_type == DocType.LAB_RESULT
    assert "operateur nomme en tete" not in result.matched_terms.get("operative_report", [])


def test_an_interventional_radiologists_operator_titles_no_operation():
    text = ("CHU DE BEAUMONT\nService de Radiologie et Imagerie Interventionnelle\n\n"
            "Patiente : BERTIN Nathalie – née le 11/06/1977\nOpérateur : Dr Vincent LAFARGE\n\n"
            "Embolisation bilatérale des artères utérines\n\n"
            "Indication : ménométrorragies sur utérus polymyomateux. Patiente hospitalisée la veille en gynécologie.\n"
            "Technique : ponction fémorale droite, cathétérisme sélectif des artères utérines, embolisation par "
            "microsphères jusqu'à stase. Artériographie de contrôle satisfaisante.\n"
            "Conclusion : embolisation bilatérale réussie.\n")
    assert "operateur nomme en tete" not in classify(text).matched_terms.get("operative_report", [])


def test_an_information_document_about_a_coronarography_is_other():
    text = ("INSTITUT CARDIOVASCULAIRE DU PAYS\nPlateau de cardiologie interventionnelle\n"
            "Document d'information remis au patient\n\nLa coronarographie et l'angioplastie coronaire\n\n"
            "Votre cardiologue vous a proposé une coronarographie. Le médecin ponctionne l'artère radiale au poignet, "
            "monte une sonde guide jusqu'au cœur ; un ballon puis un stent actif peuvent être posés. Une compression "
            "radiale par TR Band est laissée quelques heures.\n\nAvant l'examen\nVous serez hospitalisé la veille ou "
            "le matin même. Signalez une allergie ou un diabète traité par metformine. Vous devez être à jeun depuis "
            "6 heures.\n\nAprès l'examen\nN'hésitez pas à poser vos questions à l'équipe soignante.\n")
    assert classify(text).doc_type == DocType.OTHER


@pytest.mark.parametrize("venue", ["Venue en hôpital de jour le mardi 17 juin 2025 à 8h00",
                                   "Venue en hôpital de jour le mardi 17 juin 2025"])
def test_a_summons_to_the_day_hospital_with_its_hours_is_no_stay(venue):
    text = ("CENTRE HOSPITALIER DU LOING\nHôpital de jour de Médecine\n\nMadame LEGRAND Colette\n\nLe 28/05/2025\n\n"
            + venue + "\n\nMadame,\n\n"
            "Vous êtes attendue à l'hôpital de jour pour la perfusion de fer injectable.\n"
            "Horaires prévus : entrée 8h00 - sortie 11h30 environ.\n"
            "Merci d'apporter votre carte Vitale et le résultat de la prise de sang.\n")
    assert classify(text).doc_type != DocType.DISCHARGE_SUMMARY


def test_the_visit_that_led_to_the_stay_is_no_visit_today():
    text = ("Service de Pédiatrie\n\nLéa MARTINOT, 6 ans\n\n"
            "J'ai vu Léa en consultation pour une fièvre à 40 °C depuis 5 jours avec altération de l'état général. "
            "Je l'ai hospitalisée le jour même. Elle a reçu de la ceftriaxone par voie intraveineuse pendant 3 jours, "
            "l'évolution a été favorable et elle est sortie le 14/03.\n")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_visits_record_headed_as_given_to_the_patient_stays_a_visit():
    text = ("Dr Stéphane OUARDA\nChirurgie orthopédique\n\nLizeray, le 05/03/2024\nM. LAUNOY Quentin, né le 12/12/1996\n\n"
            "Document d'information remis au patient\nLigamentoplastie du LCA\n\n"
            "M. Launoy, 27 ans, handballeur, s'est blessé le 14 janvier : torsion du genou droit, épanchement immédiat. "
            "Il décrit depuis deux épisodes de dérobement.\nExamen : Lachman positif arrêt mou, tiroir antérieur "
            "positif, ressaut rotatoire franc.\nL'IRM confirme une rupture complète du LCA.\n"
            "Conclusion : ligamentoplastie proposée, programmée le 12 avril. Je le reverrai à six semaines.\n")
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_below_the_first_line_an_exams_name_without_a_reports_sections_is_no_title():
    """A stay's summary lists its exams by name (« Examens complémentaires » / « Radiographie thoracique de face »)."""
    text = ("Service de Pneumologie\nDr A. MARTEL\n\nPatient : M. DUVAL Pierre, né le 03/04/1950\n\n"
            "Radiographie thoracique de face\n\nPneumopathie franche lobaire inférieure droite, traitée par "
            "amoxicilline intraveineuse puis per os.\nÉvolution favorable.\n\nConclusion : pneumopathie guérie.\n")
    assert "titre d'examen et conclusion" not in classify(text).matched_terms.get("imaging_report", [])
