"""Everyday documents a reviewer wrote against session 55's type rules (a referral's wording, an entry letter, « Faire
pratiquer : », a letter's frame around a treatment, « Objet : demande de … », a web page's frame, summons): the
near misses each rule must leave alone and the genuine cases it must read, as the mended rules read them. Five the
rules still misread are not kept (a reply that « adresse le compte rendu », a teleconsultation's order sent by
mail, an emergency visit ordering nursing, a lab order greeting the patient, a reply whose tests follow « Merci de
faire pratiquer : »). Fictitious text. Pure, no I/O."""
import pytest

from docpipe.classify import classify
from docpipe.models import DocType

CASES = {
    # endocrino follow-up reply; asks GP "Pourriez-vous la voir" for kaliemia (R1 near miss)
    'r1a_consult_followup_pourriez': (DocType.CONSULTATION_REPORT, (
        'CENTRE HOSPITALIER DE SAINT-AUBIN-LES-PRÉS\n'
        "Service d'Endocrinologie – Diabétologie\n"
        'Dr Nathalie VERDIER – Dr Karim BENSAÏD\n'
        'Secrétariat : 02 41 77 30 12\n'
        '\n'
        'Saint-Aubin, le 14 mars 2024\n'
        '\n'
        'Docteur Élise RAMONET\n'
        '12 place du Marché\n'
        '49310 VIHIERS\n'
        '\n'
        'Chère Consœur,\n'
        '\n'
        "J'ai revu ce jour en consultation de suivi Madame FOUCHER Ginette, née le 03/09/"
        '1947, pour son hyperaldostéronisme primaire sur adénome surrénalien gauche, opér'
        'é en octobre dernier.\n'
        'Elle va bien. Elle ne signale ni crampe ni asthénie. La tension au cabinet est à'
        ' 128/76 mmHg sous amlodipine 5 mg seule, poids stable à 71 kg.\n'
        'Le bilan du 05/03 retrouve une kaliémie à 4,6 mmol/L, une créatinine à 82 µmol/L'
        ', une rénine et une aldostérone normalisées.\n'
        "Au total, guérison biologique de l'hyperaldostéronisme. L'amlodipine pourra prob"
        'ablement être arrêtée dans quelques mois si les chiffres tensionnels restent bas.\n'
        "Pourriez-vous la voir d'ici un mois pour un contrôle de la kaliémie et une autom"
        'esure tensionnelle ? Je la reverrai dans un an.\n'
        '\n'
        'Je vous prie de croire, chère Consœur, en mes sentiments confraternels.\n'
        '\n'
        'Dr Nathalie VERDIER\n'
    )),
    # GP referral after own exam "Pourriez-vous la recevoir" (R1 target)
    'r1c_gp_referral_pourriez_control': (DocType.LETTER, (
        'Docteur Mathilde GARNIER\n'
        'Médecine générale\n'
        '8 allée des Tilleuls 21000 DIJON\n'
        'Tél 03 80 41 22 19 – RPPS 10101234567\n'
        '\n'
        'Dijon, le 04/06/2024\n'
        '\n'
        'Cher Confrère,\n'
        '\n'
        'Madame LACOUR Véronique, 54 ans, me consulte ce jour pour un nodule du sein droi'
        "t qu'elle a découvert il y a dix jours.\n"
        "À l'examen, nodule de 15 mm du quadrant supéro-externe droit, mobile, indolore, "
        'sans adénopathie axillaire palpable.\n'
        "La mammographie et l'échographie réalisées le 31/05 concluent à une lésion classée ACR 4.\n"
        "Pas d'antécédent familial de cancer du sein. Traitement : lévothyrox 75 µg.\n"
        'Pourriez-vous la recevoir rapidement pour la suite de la prise en charge et une éventuelle biopsie ?\n'
        '\n'
        'Avec mes remerciements, bien confraternellement.\n'
        '\n'
        'Dr M. Garnier\n'
    )),
    # dermatologist saw patient and refers to surgeon "je me permets de vous l'adresser"; ambiguous consultation_repor
    'r1d_derm_consult_refers_surgeon': (DocType.LETTER, (
        'Dr Hélène CASTAING\n'
        'Dermatologie – Vénéréologie\n'
        'Centre médical Pasteur, 15 bd Pasteur 64000 PAU\n'
        '\n'
        'Pau, le 11 avril 2024\n'
        '\n'
        'Docteur Olivier LARRIEU\n'
        'Chirurgie plastique\n'
        'Clinique des Pyrénées\n'
        '\n'
        'Copie : Dr Marc ETCHEVERRY, médecin traitant\n'
        '\n'
        'Cher Ami,\n'
        '\n'
        "J'ai vu ce jour Monsieur SALLES Bernard, 72 ans, pour une lésion de l'aile nasal"
        'e gauche évoluant depuis un an.\n'
        "À l'examen dermoscopique, lésion perlée de 9 mm avec télangiectasies arborescent"
        "es, évocatrice d'un carcinome basocellulaire nodulaire.\n"
        'La biopsie du 28/03 confirme un carcinome basocellulaire nodulaire, sans contingent infiltrant.\n'
        "Compte tenu de la localisation, je me permets de vous l'adresser pour une exérès"
        'e avec reconstruction.\n'
        'Il est sous kardégic 75 mg.\n'
        '\n'
        'Bien amicalement,\n'
        'Dr H. Castaing\n'
    )),
    # acute ward liaison letter titled LETTRE DE LIAISON – ENTRÉE EN SSR telling the stay (R2 near miss)
    'r2a_liaison_entree_ssr_from_ward': (DocType.DISCHARGE_SUMMARY, (
        "CHU DE LA CÔTE D'OPALE – Site de Boulogne\n"
        'Pôle de Gériatrie – Unité de Court Séjour Gériatrique\n'
        'Chef de service : Pr Anne DELACROIX\n'
        'Tél. secrétariat : 03 21 99 41 00\n'
        '\n'
        'LETTRE DE LIAISON – ENTRÉE EN SSR\n'
        'Destinataires : Dr COUVREUR (SSR Les Oyats) ; Dr MASSET, médecin traitant\n'
        '\n'
        'Patient : M. DUHAMEL Roger   Né le : 11/01/1936   IPP : 7730219\n'
        'Hospitalisé du 02/04/2024 au 15/04/2024\n'
        '\n'
        "Motif d'hospitalisation : chute à domicile avec station au sol prolongée.\n"
        'Antécédents : cardiopathie ischémique stentée en 2015, insuffisance rénale chron'
        'ique stade 3b, cataracte opérée.\n'
        'Histoire : retrouvé au sol par sa fille après une nuit entière, CPK à 4 200 UI/L'
        ", créatinine à 190 µmol/L à l'entrée.\n"
        'Évolution : rhabdomyolyse et insuffisance rénale aiguë corrigées par hydratation'
        ' intraveineuse, créatinine à 128 µmol/L le 14/04. Scanner cérébral sans lésion t'
        'raumatique. Pas de fracture à la radiographie du bassin. Syndrome post-chute ave'
        "c peur de marcher, d'où la demande de rééducation.\n"
        "Autonomie à la sortie : transferts avec aide d'une personne, marche 10 mètres avec déambulateur.\n"
        'Traitement de sortie :\n'
        '- Kardégic 75 mg 1 sachet le midi\n'
        '- Bisoprolol 2,5 mg 1 cp le matin\n'
        '- Atorvastatine 20 mg 1 cp le soir\n'
        '- Paracétamol 1 g si douleurs, maximum 3 g par jour\n'
        'Rendez-vous : consultation de gériatrie le 20/05 à 14 h.\n'
        '\n'
        'Dr Pauline LEFEBVRE, interne – Pr A. DELACROIX\n'
    )),
    # hospital 'Courrier de liaison, entrée à l'EHPAD' telling the stay (R2 near miss)
    'r2b_courrier_liaison_entree_ehpad_stay': (DocType.DISCHARGE_SUMMARY, (
        'Centre Hospitalier Intercommunal du Val de Loue\n'
        'Service de Médecine Polyvalente – 3e étage\n'
        'Dr Th. GIRARDOT – Dr S. FAIVRE\n'
        'Tél : 03 81 40 12 40 – Fax : 03 81 40 12 41\n'
        '\n'
        "Courrier de liaison, entrée à l'EHPAD Les Glycines le 28/06/2024\n"
        '\n'
        'Madame VUILLEMIN Odette née le 08/12/1931\n'
        'Séjour du 12/06/2024 au 28/06/2024\n'
        '\n'
        'Cher Confrère,\n'
        '\n'
        'Votre patiente a été hospitalisée dans notre service pour une décompensation car'
        "diaque globale sur fibrillation atriale rapide, survenue dans un contexte d'isolement à domicile.\n"
        'Elle a été traitée par furosémide intraveineux puis per os, avec une perte de 6 '
        "kg. L'échographie cardiaque retrouve une FEVG à 45 %. Anticoagulation par apixaban introduite.\n"
        "Devant la perte d'autonomie et l'épuisement de l'aidant, une entrée en EHPAD a é"
        'té organisée avec la famille.\n'
        'Traitement de sortie :\n'
        'Apixaban 2,5 mg : 1 cp matin et soir\n'
        'Furosémide 40 mg : 1 cp le matin\n'
        'Bisoprolol 1,25 mg : 1 cp le matin\n'
        'Contrôle ionogramme et créatinine à J8.\n'
        '\n'
        'Bien confraternellement,\n'
        'Dr Thierry GIRARDOT\n'
    )),
    # GP liaison letter for entry into EHPAD (R2 target)
    'r2c_gp_liaison_pour_entree_ehpad': (DocType.LETTER, (
        'Dr Laurent CHAPUIS\n'
        'Médecine générale – Maison de santé du Bocage\n'
        '3 rue de la Poste 61100 FLERS – 02 33 64 18 90\n'
        '\n'
        'Le 03/09/2024\n'
        '\n'
        "À l'attention du médecin coordonnateur\n"
        'EHPAD Le Clos Fleuri – 61100 FLERS\n'
        '\n'
        "COURRIER DE LIAISON POUR L'ENTRÉE EN EHPAD\n"
        '\n'
        'Mme ROUSSEL Yvette, née le 21/07/1933, entre dans votre établissement le 09/09/2024.\n'
        "Antécédents : maladie d'Alzheimer au stade modéré (MMS 16/30 en mai), HTA, fract"
        'ure du poignet droit en 2021.\n'
        'Allergie : pénicilline (urticaire).\n'
        'Traitement actuel :\n'
        '- Donépézil 10 mg : 1 cp le soir\n'
        '- Amlodipine 5 mg : 1 cp le matin\n'
        '- Calcium vitamine D3 : 1 sachet par jour\n'
        '- Mirtazapine 15 mg : 1 cp au coucher\n'
        'Dernier bilan (juillet) : Hb 12,4 g/dL, créatinine 76 µmol/L, TSH 1,8 mUI/L.\n'
        "GIR 3. Tuteur : UDAF de l'Orne.\n"
        '\n'
        'Dr L. Chapuis\n'
    )),
    # short-line synthese de sejour with 'Faire pratiquer par IDE à domicile :' section (R3 near miss)
    'r3a_discharge_short_faire_pratiquer': (DocType.DISCHARGE_SUMMARY, (
        'CLINIQUE DU PARC – ORTHOPÉDIE\n'
        'Dr Benoît MARCHAL – Chirurgien orthopédiste\n'
        'Tél 04 72 38 90 00\n'
        '\n'
        'Synthèse de séjour\n'
        'M. RIVOIRE Jean-Paul, né le 02/02/1958\n'
        'Entrée le 10/09/2024 – Sortie le 14/09/2024\n'
        'Motif : gonarthrose droite évoluée\n'
        'Intervention le 10/09 : prothèse totale de genou droit\n'
        'Suites simples\n'
        'Pas de transfusion\n'
        'Radio de contrôle : implants en place\n'
        'Sortie à domicile\n'
        'Faire pratiquer par IDE à domicile :\n'
        '- Lovenox 4000 UI SC 1/j pendant 35 jours\n'
        '- Pansement sec tous les 3 jours\n'
        '- Ablation des agrafes à J15\n'
        '- NFS plaquettes 1 fois par semaine\n'
        'Kinésithérapie : 20 séances\n'
        'RDV consultation le 24/10/2024\n'
        'Dr B. Marchal\n'
    )),
    # untitled cardio consult ending 'A faire pratiquer :' (R3 near miss)
    'r3b_consult_a_faire_pratiquer': (DocType.CONSULTATION_REPORT, (
        'Dr Sébastien ROCHE\n'
        'Cardiologue – 22 avenue Foch 69006 LYON\n'
        'Tél : 04 78 24 51 51\n'
        '\n'
        'Lyon, le 07/10/2024\n'
        '\n'
        'Mme PEYRON Annie, 58 ans\n'
        'Adressée par le Dr Claire BOUVIER\n'
        '\n'
        "Douleurs thoraciques atypiques depuis deux mois, non liées à l'effort, de quelqu"
        'es minutes, sans irradiation.\n'
        'Facteurs de risque : tabagisme sevré, dyslipidémie non traitée, mère coronarienne.\n'
        'Examen : TA 138/84, FC 72, auscultation normale, pas de souffle carotidien.\n'
        'ECG de repos : rythme sinusal, pas de trouble de repolarisation.\n'
        'Échographie cardiaque : FEVG 65 %, pas de valvulopathie, pas de trouble de cinétique.\n'
        'Conclusion : douleurs thoraciques probablement pariétales. Risque cardiovasculaire intermédiaire.\n'
        'A faire pratiquer :\n'
        "- test d'effort sur bicyclette\n"
        '- bilan lipidique, glycémie à jeun, HbA1c\n'
        'Je la reverrai avec les résultats.\n'
        '\n'
        'Dr S. Roche\n'
    )),
    # real lab ordonnance 'Faire pratiquer par un laboratoire ... :' (R3 target)
    'r3e_ordonnance_bio_faire_pratiquer': (DocType.PRESCRIPTION, (
        'Docteur Marie-Claude ESTÈVE\n'
        'Médecin généraliste\n'
        'Conventionnée secteur 1\n'
        '14 rue Jean Jaurès 81100 CASTRES\n'
        'Tél. 05 63 59 40 12\n'
        'N° RPPS 10001987654\n'
        '\n'
        'Castres, le 12/02/2024\n'
        '\n'
        'Mme BOUSQUET Simone\n'
        '\n'
        "Faire pratiquer par un laboratoire d'analyses médicales, à jeun :\n"
        'NFS, plaquettes\n'
        'Ionogramme sanguin, créatinine avec DFG\n'
        'Bilan lipidique\n'
        'HbA1c\n'
        'TSH\n'
        'Microalbuminurie sur échantillon\n'
        '\n'
        'Dr M.-C. Estève\n'
    )),
    # untitled carpal tunnel CRO (Opérateur line) ending with IDE order (R3 near miss)
    'r3f_operative_untitled_faire_pratiquer': (DocType.OPERATIVE_REPORT, (
        'Clinique Saint-Roch – Chirurgie de la main\n'
        'Dr Arnaud VIGNAL\n'
        'Tél 04 67 61 55 00\n'
        '\n'
        'Date : 16/05/2024\n'
        'Patient : Mme COSTE Michèle, 61 ans\n'
        'Opérateur : Dr A. VIGNAL\n'
        'Anesthésiste : Dr P. ROUX\n'
        'Anesthésie : bloc axillaire\n'
        'Indication : syndrome du canal carpien droit\n'
        'Garrot pneumatique 250 mmHg\n'
        'Incision palmaire de 3 cm\n'
        'Ouverture du ligament annulaire antérieur du carpe\n'
        'Nerf médian aplati, sans lésion\n'
        'Fermeture par points séparés\n'
        'Pansement\n'
        'Faire pratiquer par IDE à domicile :\n'
        '- pansement tous les 3 jours\n'
        '- ablation des fils à J14\n'
        'Dr A. Vignal\n'
    )),
    # nursing-care order greeting nurses + Cordialement; ambiguous letter
    'r4a_ide_order_letter_shaped': (DocType.PRESCRIPTION, (
        'Docteur Vincent ARNAUD\n'
        'Médecin généraliste\n'
        "5 place de l'Église – 26110 NYONS\n"
        'Tél. 04 75 26 01 33 – RPPS 10003344556\n'
        '\n'
        'Nyons, le 18/11/2024\n'
        '\n'
        'Mme BLANC Germaine, née le 14/06/1938\n'
        '\n'
        'Mesdames, Messieurs les infirmiers,\n'
        '\n'
        'Merci de bien vouloir assurer à domicile, y compris dimanches et jours fériés, pendant 1 mois :\n'
        '- préparation du pilulier une fois par semaine et surveillance de la prise des traitements\n'
        "- injection sous-cutanée d'insuline Lantus 14 UI le soir\n"
        '- glycémie capillaire matin et soir\n'
        '- surveillance du poids et de la tension artérielle 2 fois par semaine\n'
        '- bas de contention classe 2 : pose le matin, retrait le soir\n'
        '\n'
        'Cordialement,\n'
        'Dr V. Arnaud\n'
    )),
    # drug ordonnance whose letterhead reads 'Docteur Paul LEGRAND
    'r4b_ordonnance_docteur_comma_letterhead': (DocType.PRESCRIPTION, (
        'Docteur Paul LEGRAND,\n'
        'Médecin généraliste – Ancien interne des hôpitaux\n'
        '17 rue Victor Hugo 59800 LILLE\n'
        'Tél 03 20 55 12 34\n'
        'Consultations sur rendez-vous\n'
        '\n'
        'Lille, le 05/03/2024\n'
        '\n'
        'Monsieur DURAND Jacques,\n'
        '45 ans – 82 kg\n'
        '\n'
        'AMOXICILLINE 1 g\n'
        '1 comprimé matin, midi et soir pendant 7 jours\n'
        '\n'
        'PARACÉTAMOL 1 g\n'
        '1 comprimé toutes les 6 heures si douleur ou fièvre, maximum 4 par jour\n'
        '\n'
        'BIAFINE\n'
        'application 2 fois par jour\n'
        '\n'
        'Dr P. Legrand\n'
    )),
    # physio order on ordonnance paper in letter shape; ambiguous letter
    'r4c_kine_order_letter_shaped': (DocType.PRESCRIPTION, (
        'Dr Sandrine HAMON\n'
        'Médecin généraliste\n'
        'Cabinet médical des Roches – 29200 BREST\n'
        '02 98 44 21 67\n'
        '\n'
        'Brest, le 27/09/2024\n'
        '\n'
        'M. LE GALL Yannick, 52 ans\n'
        '\n'
        'Cher Confrère kinésithérapeute,\n'
        '\n'
        "Merci de pratiquer 15 séances de rééducation de l'épaule droite pour tendinopath"
        'ie de la coiffe des rotateurs (supra-épineux), à domicile si besoin.\n'
        'Physiothérapie antalgique, travail de recentrage de la tête humérale, renforcement des abaisseurs.\n'
        'Kétoprofène gel 2 fois par jour pendant 10 jours.\n'
        '\n'
        'Confraternellement,\n'
        'Dr S. Hamon\n'
    )),
    # nephro follow-up reply Monsieur le Docteur with treatment list (R4 target)
    'r4d_consult_reply_letter_treatment': (DocType.CONSULTATION_REPORT, (
        'SERVICE DE NÉPHROLOGIE – CH DE BOURG-EN-BRESSE\n'
        'Consultations externes – Dr Isabelle FAVRE\n'
        '\n'
        'Bourg-en-Bresse, le 10/10/2024\n'
        '\n'
        'Monsieur le Docteur,\n'
        '\n'
        "J'ai revu ce jour M. CHANEL Lucien, 76 ans, pour le suivi de sa maladie rénale c"
        "hronique stade 4 d'origine vasculaire.\n"
        "Il va bien, pas d'œdème, TA 136/72. Créatinine 248 µmol/L, DFG 21 mL/min, kaliém"
        'ie 5,3, bicarbonates 20, Hb 10,6 g/dL.\n'
        "Je majore le bicarbonate et je débute l'érythropoïétine. Son traitement est désormais le suivant :\n"
        '- Ramipril 2,5 mg : 1 cp le matin\n'
        '- Furosémide 40 mg : 1 cp le matin\n'
        '- Bicarbonate de sodium 1 g : 2 gélules matin, midi et soir\n'
        '- Aranesp 30 µg : 1 injection tous les 15 jours\n'
        '- Kayexalate : 1 cuillère mesure le midi\n'
        'Je le reverrai dans trois mois avec un bilan. Nous avons évoqué la préparation à la dialyse.\n'
        '\n'
        "Je vous prie de croire, Monsieur le Docteur, à l'expression de mes sentiments les meilleurs.\n"
        '\n'
        'Dr I. Favre\n'
    )),
    # pharmacist warning letter 'Docteur
    'r4e_pharmacist_letter_treatment': (DocType.LETTER, (
        'PHARMACIE DU CENTRE\n'
        'M. Hugo CAILLAUD, pharmacien titulaire\n'
        '2 Grande Rue – 86000 POITIERS – Tél 05 49 41 07 07\n'
        '\n'
        'Poitiers, le 14/02/2024\n'
        '\n'
        'Docteur,\n'
        '\n'
        'Madame MERCIER Lucette est venue ce jour chercher son traitement. En lisant ses '
        "ordonnances, je constate qu'elle reçoit à la fois :\n"
        '- Kardégic 160 mg : 1 sachet par jour (ordonnance du Dr Pons, cardiologue)\n'
        '- Ibuprofène 400 mg : 1 comprimé 3 fois par jour pendant 10 jours (votre ordonnance du 12/02)\n'
        '- Éliquis 5 mg : 1 comprimé matin et soir\n'
        "Cette association expose à un risque hémorragique important. Je n'ai pas délivré"
        " l'ibuprofène et lui ai conseillé du paracétamol en attendant votre avis.\n"
        '\n'
        'Je reste à votre disposition. Bien cordialement,\n'
        'H. Caillaud\n'
    )),
    # ORL reply with 'Objet : demande de consultation pour nodule' (R5 near miss)
    'r5a_consult_reply_objet_demande_consult': (DocType.CONSULTATION_REPORT, (
        'Dr Romain FABRE\n'
        'ORL et chirurgie cervico-faciale\n'
        'Clinique Bretéché – 44000 NANTES\n'
        'Tél 02 51 83 40 40\n'
        '\n'
        'Nantes, le 16/04/2024\n'
        '\n'
        'Docteur Anne-Sophie LERAY\n'
        '44240 LA CHAPELLE-SUR-ERDRE\n'
        '\n'
        'Objet : demande de consultation pour nodule thyroïdien – Mme GUILLOU Martine, née le 30/01/1969\n'
        '\n'
        'Chère Consœur,\n'
        '\n'
        "Je vous remercie de m'avoir adressé Madame GUILLOU, que j'ai vue ce jour.\n"
        "Découverte fortuite d'un nodule thyroïdien droit sur un écho-doppler des troncs supra-aortiques.\n"
        "Pas de dysphonie, pas de dysphagie, pas d'antécédent d'irradiation cervicale.\n"
        "Examen : nodule lobaire droit de 2 cm, mobile à la déglutition, pas d'adénopathi"
        'e. Nasofibroscopie : mobilité laryngée normale.\n'
        "L'échographie thyroïdienne apportée classe le nodule EU-TIRADS 4, 22 mm. TSH 1,2 mUI/L.\n"
        "Je propose une cytoponction échoguidée, que j'ai programmée le 29/04. Je la reve"
        'rrai avec le résultat.\n'
        '\n'
        'Bien confraternellement,\n'
        'Dr R. Fabre\n'
    )),
    # CMP reply with 'Objet : demande de rendez-vous du 01/03' (R5 near miss)
    'r5b_psy_consult_objet_demande_rdv': (DocType.CONSULTATION_REPORT, (
        'CENTRE MÉDICO-PSYCHOLOGIQUE ADULTES DE VERNON\n'
        'Secteur 27G03 – Dr Claire POULAIN, psychiatre\n'
        'Tél : 02 32 71 44 00\n'
        '\n'
        'Le 21/03/2024\n'
        '\n'
        "À l'attention du Dr Benoît HÉBERT, médecin traitant\n"
        '\n'
        'Objet : demande de rendez-vous du 01/03/2024 – M. LEMAÎTRE Kévin, 27 ans\n'
        '\n'
        'Cher Confrère,\n'
        '\n'
        "J'ai reçu M. LEMAÎTRE ce jour au CMP, accompagné de sa mère.\n"
        "Il décrit depuis l'automne un repli, une perte d'intérêt, une insomnie d'endormi"
        "ssement et des idées de dévalorisation, sans idée suicidaire actuelle. Pas d'élé"
        'ment délirant, pas de consommation de toxiques en dehors du cannabis, occasionnel.\n'
        'Contact correct, humeur triste, discours cohérent.\n'
        "Il s'agit d'un épisode dépressif caractérisé d'intensité moyenne.\n"
        "J'ai introduit sertraline 50 mg le matin et propose un suivi infirmier hebdomada"
        'ire au CMP. Je le reverrai dans trois semaines.\n'
        '\n'
        'Confraternellement,\n'
        'Dr C. Poulain\n'
    )),
    # ICU request for SSR admission (R5 target)
    'r5c_icu_letter_objet_demande_admission_ssr': (DocType.LETTER, (
        'CHU de Rennes – Réanimation médicale\n'
        'Dr Erwan LE BIHAN – Tél 02 99 28 43 21\n'
        '\n'
        'Rennes, le 08/01/2025\n'
        '\n'
        "À l'attention du Dr Morgane COLLET\n"
        'Médecin coordonnateur – SSR neurologique de Pontchaillou\n'
        '\n'
        "Objet : demande d'admission en SSR – M. BERTHO Alain, 59 ans\n"
        '\n'
        'Chère Consœur,\n'
        '\n'
        "Je sollicite l'admission dans votre structure de M. Bertho, hospitalisé dans not"
        "re service depuis le 12/12 pour un état de mal épileptique compliqué d'une pneum"
        "opathie d'inhalation, ventilé 9 jours.\n"
        "Il est sevré de la ventilation depuis le 22/12, l'IRM cérébrale retrouve des séq"
        "uelles d'un AVC ancien. Il présente une neuromyopathie de réanimation : il tient"
        ' assis, ne marche pas. Alimentation orale mixée, pas de trachéotomie.\n'
        'Traitement actuel : lévétiracétam 1 g matin et soir, lacosamide 100 mg matin et '
        'soir, enoxaparine 4000 UI/j.\n'
        'Il serait transférable à partir du 15/01. Je vous remercie de votre réponse.\n'
        '\n'
        'Bien confraternellement,\n'
        'Dr E. Le Bihan\n'
    )),
    # medical certificate for daycare with 'Objet : demande de place en crèche' (R5 near miss)
    'r5d_certificate_objet_demande_place': (DocType.OTHER, (
        'Docteur Aurélie MONNIER\n'
        'Pédiatre\n'
        '11 cours Gambetta – 13100 AIX-EN-PROVENCE\n'
        'Tél 04 42 26 33 10\n'
        '\n'
        'Aix-en-Provence, le 04/06/2024\n'
        '\n'
        'Objet : demande de place en crèche – dossier prioritaire\n'
        '\n'
        'CERTIFICAT MÉDICAL\n'
        '\n'
        'Je soussignée, Docteur Aurélie MONNIER, pédiatre, certifie avoir examiné ce jour'
        " l'enfant MARTINEZ Inès, née le 12/01/2023.\n"
        'Son état de santé (prématurité à 31 SA, suivi en kinésithérapie respiratoire) ju'
        "stifie un accueil en collectivité adapté et une priorité d'attribution.\n"
        'Certificat établi à la demande des parents et remis en main propre pour servir e'
        't valoir ce que de droit.\n'
        '\n'
        'Dr A. Monnier\n'
    )),
    # lab result printed from patient portal (breadcrumb + legal links) (R6 near miss)
    'r6a_lab_portal_printout': (DocType.LAB_RESULT, (
        'Accueil > Mes résultats > Résultat du 18/06/2024\n'
        'BIOLAB OCCITANIE – Site de Béziers – Espace patient\n'
        'Connecté : Mme SERRE Nadine\n'
        'LABORATOIRE DE BIOLOGIE MÉDICALE BIOLAB OCCITANIE\n'
        'Site de Béziers – 10 avenue Clemenceau 34500 BÉZIERS\n'
        'Biologiste responsable : Dr Jérôme FABRE\n'
        'Patient : SERRE Nadine née le 22/08/1966\n'
        'Prescripteur : Dr Cécile MARTY\n'
        'Prélevé le 18/06/2024 à 08:12 – Validé le 18/06/2024 à 15:40\n'
        'HÉMATOLOGIE\n'
        'Hémoglobine 11,2 g/dL (12,0 - 16,0)\n'
        'Hématocrite 34,8 % (37,0 - 47,0)\n'
        'VGM 76 fL (80 - 100)\n'
        'Leucocytes 6,4 G/L (4,0 - 10,0)\n'
        'Plaquettes 312 G/L (150 - 400)\n'
        'BIOCHIMIE\n'
        'Ferritine 8 µg/L (15 - 150)\n'
        'Créatinine 64 µmol/L (45 - 90)\n'
        'DFG (CKD-EPI) > 90 mL/min/1,73 m²\n'
        'Commentaire du biologiste : anémie microcytaire avec carence martiale.\n'
        'Télécharger le PDF | Imprimer cette page\n'
        'Mentions légales | Politique de confidentialité | Gestion des cookies\n'
        '© 2024 Biolab Occitanie\n'
    )),
    # lumbar MRI report printed from portal (R6 near miss)
    'r6b_imaging_portal_printout': (DocType.IMAGING_REPORT, (
        'Accueil › Mes examens › Compte rendu\n'
        'Imagerie Médicale du Lauragais – Portail patient\n'
        'M. ESCANDE Thierry – déconnexion\n'
        "Centre d'Imagerie du Lauragais\n"
        'Dr Pierre-Yves ALBERT – Dr Lucie NAVARRO\n'
        '31290 VILLEFRANCHE-DE-LAURAGAIS\n'
        'Examen du 03/07/2024\n'
        'M. ESCANDE Thierry, 55 ans\n'
        'Indication : lombosciatique gauche L5 résistant au traitement médical depuis 6 semaines.\n'
        'Technique : séquences sagittales T1, T2, STIR, axiales T2 de L3 à S1.\n'
        'Résultats :\n'
        'Discopathie L4-L5 avec hernie discale postéro-latérale gauche sous-ligamentaire,'
        ' au contact de la racine L5 gauche dans le récessus latéral.\n'
        "Canal lombaire de dimensions normales. Pas d'anomalie du signal osseux.\n"
        'Conclusion :\n'
        'Hernie discale L4-L5 postéro-latérale gauche en conflit avec la racine L5 gauche.\n'
        'Dr L. Navarro\n'
        'Partager cette page\n'
        'Plan du site | Mentions légales | Contact\n'
    )),
    # hospital web page on colonoscopy prep (R6 target)
    'r6c_hospital_webpage_prep': (DocType.OTHER, (
        'Accueil > Patients et visiteurs > Préparer votre hospitalisation > Coloscopie\n'
        'Centre Hospitalier de Haute-Saintonge\n'
        'Préparer votre coloscopie\n'
        "La coloscopie est un examen qui permet d'explorer l'intérieur du côlon. Pour qu'"
        "elle soit de bonne qualité, l'intestin doit être parfaitement propre.\n"
        "Les jours précédant l'examen\n"
        "Suivez un régime sans résidus pendant les 3 jours qui précèdent l'examen : pas d"
        'e fruits, de légumes, de céréales complètes.\n'
        "La veille et le jour de l'examen\n"
        'Prenez la préparation prescrite par votre médecin en deux prises, selon les cons'
        'ignes remises lors de la consultation.\n'
        'Restez à jeun à partir de minuit.\n'
        "Le jour de l'examen\n"
        'Présentez-vous au bureau des entrées avec votre carte Vitale et votre convocation.\n'
        'Partager cette page | Imprimer cette page\n'
        'Mentions légales | Plan du site | Accessibilité\n'
    )),
    # untitled gastro reply 'Madame le Docteur
    'r7a_consult_reply_confirme_rdv_colo': (DocType.CONSULTATION_REPORT, (
        'Dr Guillaume PERRIN\n'
        'Gastro-entérologie et hépatologie\n'
        'Centre médical Les Arcades – 68100 MULHOUSE\n'
        'Tél 03 89 45 61 20\n'
        '\n'
        'Mulhouse, le 09/09/2024\n'
        '\n'
        'Docteur Sophie KLEIN\n'
        '68200 MULHOUSE\n'
        '\n'
        'Madame le Docteur,\n'
        '\n'
        "J'ai vu ce jour en consultation Monsieur MEYER Didier, 61 ans, pour des rectorra"
        'gies intermittentes depuis trois mois, sans trouble du transit ni amaigrissement.\n'
        "Antécédents : polypectomie colique en 2016 (adénome tubuleux), père opéré d'un c"
        'ancer du côlon à 70 ans.\n'
        "L'examen abdominal est normal. Le toucher rectal retrouve des hémorroïdes intern"
        'es non thrombosées, sans masse palpable.\n'
        'Hb 14,2 g/dL.\n'
        "Les rectorragies sont probablement d'origine hémorroïdaire mais une coloscopie e"
        'st indiquée compte tenu des antécédents. Je vous confirme le rendez-vous de colo'
        'scopie sous anesthésie générale fixé au 14/10 à la Clinique du Diaconat ; la pré'
        'paration lui a été expliquée et prescrite.\n'
        '\n'
        'Je vous prie de croire, Madame le Docteur, à mes sentiments confraternels.\n'
        '\n'
        'Dr G. Perrin\n'
    )),
    # untitled surgical stay letter 'Monsieur le Docteur
    'r7b_discharge_untitled_confirmons_rdv': (DocType.DISCHARGE_SUMMARY, (
        "HÔPITAL PRIVÉ DU VAL D'OISE – Service de Chirurgie Viscérale et Digestive\n"
        'Dr Olivier DESMARETS – Dr Nadia KHELIF\n'
        'Tél : 01 34 40 22 00 – Fax : 01 34 40 22 01\n'
        '\n'
        'Le 26/02/2024\n'
        '\n'
        'Monsieur le Docteur,\n'
        '\n'
        'Votre patiente, Madame ROLLAND Christine, née le 04/05/1971, a été hospitalisée '
        'dans notre service du 21/02/2024 au 24/02/2024 pour une cholécystite aiguë lithiasique.\n'
        "À l'admission : douleur de l'hypochondre droit, fièvre à 38,6 °C, CRP à 145 mg/L"
        ", leucocytes à 14,2 G/L. L'échographie abdominale confirmait une vésicule lithia"
        'sique à paroi épaissie, sans dilatation des voies biliaires.\n'
        "Elle a été opérée le 22/02 d'une cholécystectomie par cœlioscopie, sans difficul"
        'té. Les suites ont été simples, apyrexie dès J1, reprise alimentaire à J1.\n'
        'Sortie le 24/02 avec paracétamol 1 g si douleurs et un arrêt de travail de 15 jours.\n'
        'Nous vous confirmons le rendez-vous de consultation post-opératoire le 18/03 à 1'
        "0 h 30 avec le Dr Desmarets ; l'examen anatomopathologique de la vésicule vous sera transmis.\n"
        '\n'
        "Nous vous prions d'agréer, Monsieur le Docteur, l'expression de nos sentiments confraternels.\n"
        '\n'
        'Dr N. Khelif\n'
    )),
    # pure consult appointment notice listing 'vos examens antérieurs' to bring; ambiguous letter
    'r7c_appointment_notice_bring_exams': (DocType.OTHER, (
        'CENTRE HOSPITALIER DE CHÂTEAUROUX-LE BLANC\n'
        'Consultations externes de Rhumatologie – Bâtiment B, 2e étage\n'
        'Tél. prise de rendez-vous : 02 54 29 60 60\n'
        '\n'
        'Châteauroux, le 12/08/2024\n'
        '\n'
        'Madame AUBERT Colette\n'
        '7 impasse des Lilas\n'
        '36000 CHÂTEAUROUX\n'
        '\n'
        'Madame,\n'
        '\n'
        'Nous vous confirmons votre rendez-vous de consultation avec le Docteur Arnaud GIRAUD, rhumatologue,\n'
        'le mardi 24 septembre 2024 à 9 h 15.\n'
        '\n'
        "Merci de vous présenter 15 minutes avant l'heure au bureau des admissions, muni(e) de :\n"
        '- votre carte Vitale et votre carte de mutuelle\n'
        "- une pièce d'identité\n"
        '- le courrier de votre médecin traitant\n'
        '- vos examens antérieurs (radiographies, bilans sanguins)\n'
        '\n'
        "En cas d'empêchement, merci de nous prévenir au moins 48 heures à l'avance.\n"
        '\n'
        'Le secrétariat de Rhumatologie\n'
    )),
    # pure appointment notice (R7 target)
    'r7d_summons_consult_only_control': (DocType.OTHER, (
        'GROUPE HOSPITALIER DU HAVRE – Hôpital Jacques Monod\n'
        'Service de Cardiologie – Consultations\n'
        'Tél : 02 32 73 32 00\n'
        '\n'
        'Le 02/04/2024\n'
        '\n'
        'Monsieur GOSSELIN Thierry\n'
        '14 rue des Mouettes\n'
        '76600 LE HAVRE\n'
        '\n'
        'Monsieur,\n'
        '\n'
        'Vous êtes attendu le jeudi 16 mai 2024 à 14 h 00 en consultation de cardiologie '
        'avec le Docteur Fabienne LECOQ.\n'
        'Lieu : Hôpital Jacques Monod, bâtiment des consultations, niveau 1, accueil C.\n'
        "Merci d'apporter votre carte Vitale, votre attestation de mutuelle et le présent courrier.\n"
        '\n'
        'Le secrétariat\n'
    )),
    # coronarography summons with fasting prep (R7 target; ambiguous other)
    'r7e_summons_coronaro_prep_control': (DocType.LETTER, (
        'CLINIQUE DU GRAND LARGE – Cardiologie interventionnelle\n'
        'Secrétariat : 02 98 33 71 00\n'
        '\n'
        'Brest, le 20/06/2024\n'
        '\n'
        'Madame KERBRAT Annick\n'
        '29200 BREST\n'
        '\n'
        'CONVOCATION\n'
        '\n'
        'Madame,\n'
        '\n'
        "Vous êtes attendue le lundi 8 juillet 2024 à 7 h 30 au service d'admission pour "
        "la réalisation d'une coronarographie, prescrite par le Docteur LE MEUR.\n"
        'Vous devez être à jeun depuis minuit (ni boire, ni manger, ni fumer).\n'
        "Prenez vos traitements habituels le matin avec un peu d'eau, sauf la metformine,"
        " à arrêter 48 heures avant l'examen.\n"
        "Apportez votre dernier bilan sanguin (créatinine de moins d'un mois) et votre ECG.\n"
        '\n'
        'Le secrétariat de cardiologie\n'
    )),
    # gyneco letter to patient giving smear result and colposcopy date
    'r7f_patient_letter_results_summons': (DocType.LETTER, (
        'Dr Caroline VIDAL\n'
        'Gynécologie-obstétrique\n'
        '8 rue Nationale 37000 TOURS\n'
        '\n'
        'Tours, le 15/05/2024\n'
        '\n'
        'Madame PICARD Julie,\n'
        '\n'
        'Votre frottis cervico-utérin du 02/05 retrouve des anomalies de type ASC-US, ave'
        'c un test HPV à haut risque positif.\n'
        "Ce résultat n'est pas un cancer, mais il nécessite un examen complémentaire : une colposcopie.\n"
        'Vous êtes attendue le mardi 4 juin à 10 h au cabinet pour cette colposcopie. Ell'
        "e dure une quinzaine de minutes et ne nécessite pas d'être à jeun.\n"
        '\n'
        'Bien cordialement,\n'
        'Dr C. Vidal\n'
    )),
    # pneumo stay in letter form with discharge treatment (R4 control)
    'x1_discharge_letter_form_treatment': (DocType.DISCHARGE_SUMMARY, (
        'Centre Hospitalier Général de Lons-le-Saunier\n'
        'Service de Pneumologie\n'
        'Dr Marc VUILLERMOZ – Dr Audrey JACQUOT\n'
        '\n'
        'Lons-le-Saunier, le 19/12/2024\n'
        '\n'
        'Chère Consœur,\n'
        '\n'
        'Madame BOURGEOIS Denise, 81 ans, a séjourné dans le service du 09/12 au 18/12 po'
        'ur une exacerbation de BPCO sur pneumopathie franche lobaire inférieure droite.\n'
        "Elle a reçu de la ceftriaxone puis de l'amoxicilline, une corticothérapie courte"
        " et des aérosols. Gaz du sang à l'entrée : pH 7,34, PaCO2 52 mmHg. Une ventilati"
        'on non invasive a été nécessaire 48 heures.\n'
        "Évolution favorable, sevrée de l'oxygène le 16/12.\n"
        'Traitement à la sortie :\n'
        "- Amoxicilline 1 g : 1 cp 3 fois par jour jusqu'au 21/12\n"
        '- Trimbow : 2 bouffées matin et soir\n'
        '- Ventoline : 2 bouffées si gêne\n'
        "- Prednisone 20 mg : 1 cp le matin jusqu'au 21/12\n"
        'Un contrôle radiologique est souhaitable à 6 semaines.\n'
        '\n'
        'Bien confraternellement,\n'
        'Dr A. Jacquot\n'
    )),
    # rheumato consult whose letterhead reads 'Docteur Sophie MARCHAND
    'x2_consult_docteur_comma_letterhead': (DocType.CONSULTATION_REPORT, (
        'Docteur Sophie MARCHAND,\n'
        'Rhumatologue – Ancienne cheffe de clinique\n'
        'Cabinet de Rhumatologie, 40 rue Nationale 59000 LILLE\n'
        'Tél. 03 20 30 40 50\n'
        '\n'
        'Lille, le 13/11/2024\n'
        '\n'
        'M. DEVOS Frédéric, 47 ans\n'
        'Adressé par le Dr Nicolas LEROY\n'
        '\n'
        'Gonalgies droites mécaniques depuis un an chez un ancien footballeur, méniscecto'
        'mie interne droite en 2004.\n'
        'Pas de gonflement récent, pas de blocage. Périmètre de marche non limité.\n'
        "Examen : flessum de 5°, flexion 120°, pas d'épanchement, douleur interligne interne.\n"
        'Radiographies en schuss : pincement fémoro-tibial interne de moitié, ostéophytes.\n'
        'Conclusion : gonarthrose fémoro-tibiale interne droite post-méniscectomie.\n'
        'Conduite à tenir : perte de poids, renforcement quadricipital, infiltration de c'
        'orticoïdes proposée si poussée. Je le reverrai dans 6 mois.\n'
        '\n'
        'Bien cordialement,\n'
        'Dr S. Marchand\n'
    )),
    # ECBU whose letterhead reads 'Docteur Jean-Luc PERRET
    'x3_lab_docteur_comma_letterhead': (DocType.LAB_RESULT, (
        'LABORATOIRE DES ALLÉES\n'
        'Docteur Jean-Luc PERRET,\n'
        'Biologiste médical\n'
        '2 allées Tourny 33000 BORDEAUX – Tél 05 56 44 10 10\n'
        '\n'
        'Dossier n° 240514-0187\n'
        'Patient : Mme DARRIEUX Claire, née le 09/03/1990\n'
        'Prescripteur : Dr Hugo LAFFITTE\n'
        'Prélèvement du 14/05/2024 à 07:55\n'
        '\n'
        'EXAMEN CYTOBACTÉRIOLOGIQUE DES URINES\n'
        'Aspect : trouble\n'
        'Leucocytes : 120 000 /mL (< 10 000)\n'
        'Hématies : 15 000 /mL (< 10 000)\n'
        'Culture : Escherichia coli 10^6 UFC/mL\n'
        'ANTIBIOGRAMME\n'
        'Amoxicilline : R\n'
        'Amoxicilline + acide clavulanique : S\n'
        'Céfixime : S\n'
        'Fosfomycine : S\n'
        'Nitrofurantoïne : S\n'
        'Ciprofloxacine : S\n'
        'Triméthoprime-sulfaméthoxazole : R\n'
        '\n'
        'Validé par Dr J.-L. Perret\n'
    )),
    # GP letter supporting temporary EHPAD stay (R5 target)
    'x4_request_objet_demande_hebergement': (DocType.LETTER, (
        'Dr Hervé LAMBERT\n'
        'Médecin généraliste\n'
        'Le Bourg – 15130 ARPAJON-SUR-CÈRE\n'
        '04 71 63 20 20\n'
        '\n'
        'Le 02/10/2024\n'
        '\n'
        "À l'attention de Mme la Directrice\n"
        'EHPAD Les Cantalous – 15000 AURILLAC\n'
        '\n'
        "Objet : demande d'hébergement temporaire – M. ROUQUETTE Émile, 89 ans\n"
        '\n'
        'Madame la Directrice,\n'
        '\n'
        "Je soutiens la demande d'hébergement temporaire de M. Rouquette pour la période "
        "du 4 au 25 novembre, pendant l'hospitalisation programmée de son épouse, qui est"
        ' son aidante principale.\n'
        'Il présente une insuffisance cardiaque stable et des troubles cognitifs débutant'
        's. Il se déplace avec une canne, nécessite une aide pour la toilette et la prépa'
        'ration des médicaments.\n'
        'Traitement : bisoprolol 2,5 mg le matin, furosémide 40 mg le matin, apixaban 2,5 mg matin et soir.\n'
        'Le dossier médical complet est joint.\n'
        '\n'
        'Veuillez agréer, Madame la Directrice, mes salutations distinguées.\n'
        'Dr H. Lambert\n'
    )),
    # cardio follow-up reply asking GP 'Je vous serais reconnaissant de bien vouloir la voir' (R1 near miss)
    'r1e_cardio_reply_reconnaissant_voir': (DocType.CONSULTATION_REPORT, (
        'Dr Jérôme ANTOINE\n'
        'Cardiologie – Rythmologie\n'
        'Clinique Saint-Vincent, 25000 BESANÇON\n'
        'Tél : 03 81 25 14 14\n'
        '\n'
        'Besançon, le 05/11/2024\n'
        '\n'
        'Docteur Marie PERRIN\n'
        '25480 ÉCOLE-VALENTIN\n'
        '\n'
        'Chère Consœur,\n'
        '\n'
        "J'ai vu ce jour en consultation Madame JEANNIN Paulette, 79 ans, que je suis pou"
        'r une fibrillation atriale permanente et une insuffisance mitrale modérée.\n'
        'Elle est gênée depuis trois semaines par une dyspnée au moindre effort et des œd'
        'èmes des membres inférieurs. Prise de poids de 3 kg.\n'
        'Examen : TA 142/80, FC 104/min irrégulière, crépitants aux deux bases, œdèmes pr'
        "enant le godet jusqu'aux genoux.\n"
        'ECG : fibrillation atriale à réponse ventriculaire rapide. Échographie : FEVG 50'
        ' %, IM grade 2, PAPs 48 mmHg.\n'
        "J'augmente le furosémide à 80 mg le matin et le bisoprolol à 5 mg.\n"
        'Je vous serais reconnaissant de bien vouloir la voir en fin de semaine pour cont'
        'rôler son poids et un ionogramme. Je la reverrai dans un mois.\n'
        '\n'
        'Bien confraternellement,\n'
        'Dr J. Antoine\n'
    )),
    # untitled short-line ortho stay summary with 'Faire pratiquer par IDE :' (R3 near miss)
    'r3g_discharge_untitled_short_faire_pratiquer': (DocType.DISCHARGE_SUMMARY, (
        "CENTRE HOSPITALIER DE DAX – CÔTE D'ARGENT\n"
        'Service de Chirurgie Orthopédique et Traumatologique\n'
        'Dr Julien LABORDE – Dr Maïté DUPRAT\n'
        'Secrétariat 05 58 91 48 48\n'
        'Mme LARRIEU Josette, née le 14/07/1941\n'
        'IPP 2210456\n'
        'Hospitalisée du 03/03/2024 au 09/03/2024\n'
        'Chute de sa hauteur à domicile le 03/03\n'
        'Fracture du col fémoral gauche Garden IV\n'
        'Opérée le 04/03 : prothèse intermédiaire de hanche gauche\n'
        'Suites : anémie à 8,9 g/dL, transfusion de 2 CGR\n'
        'Confusion post-opératoire résolutive\n'
        'Lever J1, marche avec déambulateur\n'
        'Sortie vers SSR Les Pins\n'
        'Faire pratiquer par IDE :\n'
        '- Lovenox 4000 UI SC 1/j pendant 35 jours\n'
        '- pansement tous les 2 jours, ablation des agrafes à J15\n'
        '- NFS plaquettes hebdomadaire\n'
        'Consultation de contrôle à 6 semaines avec radiographie\n'
        'Dr M. Duprat\n'
    )),
    # short-line gastroscopy report ending 'A faire pratiquer :' (R3 near miss)
    'r3h_gastroscopy_short_faire_pratiquer': (DocType.OPERATIVE_REPORT, (
        "Centre d'Endoscopie Digestive de l'Hôpital Privé d'Antony\n"
        'Dr Karim HADDAD – Hépato-gastro-entérologue\n'
        'Date : 12/06/2024\n'
        'Patient : M. NGUYEN Thanh, 44 ans\n'
        'Examen : œso-gastro-duodénoscopie\n'
        'Indication : épigastralgies, anémie ferriprive\n'
        'Anesthésie : sédation par propofol\n'
        'Endoscope : Olympus GIF-H190\n'
        'Œsophage : normal, cardia continent\n'
        'Estomac : gastrite érythémateuse antrale\n'
        'Biopsies : 2 antre, 2 fundus, 1 angulus (Sydney)\n'
        'Bulbe : ulcère de 8 mm de la face antérieure, fond propre, Forrest III\n'
        'Duodénum : normal, biopsies duodénales\n'
        'A faire pratiquer :\n'
        '- contrôle NFS ferritine dans 2 mois\n'
        '- recherche H. pylori selon biopsies\n'
        'Dr K. Haddad\n'
    )),
    # as r1b plus 'que j'ai revu ce jour en consultation' (R1 near miss)
    'r1f_consult_jemepermets_cr_revu': (DocType.CONSULTATION_REPORT, (
        'Cabinet de Pneumologie des Halles\n'
        'Dr François AUBRAC – Dr Lise MOREL\n'
        '4 rue des Halles – 37000 TOURS – Tél. 02 47 61 20 20\n'
        '\n'
        'Tours, le 22/05/2024\n'
        '\n'
        'Dr Julien PASQUIER\n'
        'Médecin généraliste\n'
        '37390 LA MEMBROLLE\n'
        '\n'
        'Cher Confrère,\n'
        '\n'
        'Je me permets de vous adresser le compte rendu de la consultation de ce jour de '
        "Monsieur BRUNEAU Patrick, 63 ans, que j'ai revu ce jour en consultation ; je le "
        'suis depuis 2019 pour une BPCO post-tabagique.\n'
        'Sevré depuis deux ans. Deux exacerbations cet hiver, dont une traitée en ville p'
        'ar amoxicilline-acide clavulanique.\n'
        'Dyspnée stade 2 mMRC. Examen : SpO2 94 % en air ambiant, quelques sibilants expi'
        "ratoires bilatéraux, pas de signe d'insuffisance cardiaque droite.\n"
        'EFR du jour : VEMS 1,42 L (51 % de la théorique), rapport VEMS/CVF 0,52, pas de '
        'réversibilité significative.\n'
        'Conclusion : BPCO stade GOLD 3, groupe E.\n'
        "Je remplace l'association actuelle par une trithérapie (Trimbow 2 bouffées matin"
        ' et soir) et je prescris un stage de réhabilitation respiratoire. Vaccination gr'
        'ippe et pneumocoque à jour.\n'
        'Je le reverrai dans six mois avec de nouvelles EFR.\n'
        '\n'
        'Bien confraternellement,\n'
        '\n'
        'Dr François AUBRAC\n'
    )),
    # ophtalmo reply after exam+laser with 'Objet : demande de rendez-vous en urgence' (R5 near miss)
    'r5e_ophtalmo_objet_demande_rdv_urgent': (DocType.CONSULTATION_REPORT, (
        'Centre Ophtalmologique de la Vallée\n'
        'Dr Thomas GAUTIER – Dr Inès BENALI\n'
        '12 avenue de la Gare – 38500 VOIRON – 04 76 05 12 12\n'
        '\n'
        'Voiron, le 30/10/2024\n'
        '\n'
        'Docteur Claude REY\n'
        '38340 VOREPPE\n'
        '\n'
        'Objet : demande de rendez-vous en urgence – M. VIAL Bernard, 66 ans\n'
        '\n'
        'Cher Confrère,\n'
        '\n'
        "J'ai examiné ce jour M. Vial, qui décrit depuis 48 heures des myodésopsies et de"
        "s éclairs de l'œil droit.\n"
        'Acuité visuelle 10/10 aux deux yeux. Tonus 16 mmHg ODG. Segment antérieur calme.\n'
        "Fond d'œil dilaté : décollement postérieur du vitré droit, déchirure à clapet en"
        ' temporal supérieur, rétine à plat.\n'
        "J'ai réalisé une photocoagulation laser de barrage au cours de la même séance.\n"
        "Il doit consulter sans délai en cas d'amputation du champ visuel. Je le reverrai dans 15 jours.\n"
        '\n'
        'Bien confraternellement,\n'
        'Dr T. Gautier\n'
    )),
    # as r2c with title 'Courrier de liaison – entrée en EHPAD' (R2 target)
    'r2d_gp_liaison_entree_en_ehpad': (DocType.LETTER, (
        'Dr Laurent CHAPUIS\n'
        'Médecine générale – Maison de santé du Bocage\n'
        '3 rue de la Poste 61100 FLERS – 02 33 64 18 90\n'
        '\n'
        'Le 03/09/2024\n'
        '\n'
        "À l'attention du médecin coordonnateur\n"
        'EHPAD Le Clos Fleuri – 61100 FLERS\n'
        '\n'
        'Courrier de liaison – entrée en EHPAD\n'
        '\n'
        'Mme ROUSSEL Yvette, née le 21/07/1933, entre dans votre établissement le 09/09/2024.\n'
        "Antécédents : maladie d'Alzheimer au stade modéré (MMS 16/30 en mai), HTA, fract"
        'ure du poignet droit en 2021.\n'
        'Allergie : pénicilline (urticaire).\n'
        'Traitement actuel :\n'
        '- Donépézil 10 mg : 1 cp le soir\n'
        '- Amlodipine 5 mg : 1 cp le matin\n'
        '- Calcium vitamine D3 : 1 sachet par jour\n'
        '- Mirtazapine 15 mg : 1 cp au coucher\n'
        'Dernier bilan (juillet) : Hb 12,4 g/dL, créatinine 76 µmol/L, TSH 1,8 mUI/L.\n'
        "GIR 3. Tuteur : UDAF de l'Orne.\n"
        '\n'
        'Dr L. Chapuis\n'
    )),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_everyday_document_keeps_its_type(name):
    expected, text = CASES[name]
    assert classify(text).doc_type == expected
