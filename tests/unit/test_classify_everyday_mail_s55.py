"""A practice's everyday mail (session 55, benchmarks/written_types part o): referral letters that tell the writer's
examination, an entry letter for a nursing home, orders that open on « Faire pratiquer : », letters that quote a
treatment, a nurse's and a pharmacist's letters, a request for admission, a hospital's web page and summons — each
beside the near miss that keeps its type. Fictitious text. Pure, no I/O."""
from docpipe.classify import classify
from docpipe.models import DocType

REFERRAL_AFTER_AN_EXAMINATION = """Docteur Hélène MARCHE
Médecine générale

Cher Confrère,

Je me permets de vous adresser Monsieur GRAND Roger, né le 17/06/1951, que je suis pour une hypertension.
Il me signale depuis trois semaines une dyspnée d'effort. L'examen de ce jour retrouve une TA à 152/88, un pouls
irrégulier à 96/min, des œdèmes discrets des chevilles. L'ECG réalisé au cabinet évoque une fibrillation atriale.
Son traitement : RAMIPRIL 5 mg 1 cp le matin.
Je vous serais reconnaissante de bien vouloir le recevoir rapidement pour une échographie cardiaque.

Je vous prie de croire, cher Confrère, à l'expression de mes sentiments les meilleurs.
Dr H. Marche
"""

CONSULTANTS_REPLY = """Docteur Antoine LEBRET
Cardiologue

Cher Confrère,

Je vous remercie de m'avoir adressé Monsieur GRAND Roger, né le 17/06/1951, pour une dyspnée d'effort.
Je l'ai examiné ce jour : TA à 148/86, pouls irrégulier à 92/min, pas de souffle, pas d'œdème.
L'échographie cardiaque que j'ai réalisée montre une FEVG à 60 %. Il s'agit d'une fibrillation atriale.
Je le reverrai dans trois mois.

Bien confraternellement,
Dr A. Lebret
"""


def test_a_referral_that_tells_the_writers_examination_is_a_letter():
    assert classify(REFERRAL_AFTER_AN_EXAMINATION).doc_type == DocType.LETTER


def test_the_consultants_reply_after_seeing_the_patient_stays_a_consultation():
    assert classify(CONSULTANTS_REPLY).doc_type == DocType.CONSULTATION_REPORT


ENTRY_LETTER = """Dr Olivier PERRAUD
MSP des Glycines

À l'attention du Médecin coordonnateur, EHPAD Les Tilleuls

Courrier de liaison – entrée en établissement

Mme PASQUE Marcelle, née le 14/02/1934, doit entrer dans votre établissement le 13 mai.
Antécédents : maladie d'Alzheimer, fibrillation atriale.
Traitement en cours :
- APIXABAN 2,5 mg : 1 cp matin et soir
- FUROSÉMIDE 20 mg : 1 cp le matin
- MOVICOL : 1 sachet le matin
Derniers résultats biologiques : Hb 12,0 g/dL ; créatinine 98 µmol/L.
Autonomie : GIR 3, marche avec un déambulateur.
"""

DISCHARGE_LIAISON_LETTER = """Service de Médecine Gériatrique

Lettre de liaison

Mme PASQUE Marcelle, née le 14/02/1934, a été hospitalisée du 02/05 au 12/05 pour une chute avec confusion.
Évolution favorable après correction d'une hyponatrémie. Sortie le 12/05 vers l'EHPAD Les Tilleuls.
Traitement de sortie :
- APIXABAN 2,5 mg : 1 cp matin et soir
- FUROSÉMIDE 20 mg : 1 cp le matin
"""


def test_a_liaison_letter_for_the_entry_into_a_nursing_home_is_a_letter():
    assert classify(ENTRY_LETTER).doc_type == DocType.LETTER


def test_the_liaison_letter_written_at_discharge_tells_the_stay():
    assert classify(DISCHARGE_LIAISON_LETTER).doc_type == DocType.DISCHARGE_SUMMARY


NURSING_ORDER_AFTER_A_STAY = """Docteur Julien ROUSSE
Médecin généraliste
Le 2 juillet 2024
M. LAMBERT Gilles, 71 ans
Patient opéré le 26/06/2024 d'une prothèse totale de genou droit, sorti ce jour à domicile. Diabète de type 2.
Faire pratiquer par IDE à domicile, y compris dimanches et jours fériés :
1) ÉNOXAPARINE 4000 UI, 1 injection sous-cutanée par jour, pendant 28 jours.
2) Soins de plaie : pansement simple un jour sur deux. Ablation des agrafes à J15.
Dr J. Rousse
"""

IMAGING_REQUEST = """Dr Bertrand CAZE
Médecine générale
Le 03/07/2024
Mme MARTIN Carla, née le 16/10/1984

Faire pratiquer :

ÉCHOGRAPHIE PELVIENNE par voie sus-pubienne et endovaginale

Motif : métrorragies intermenstruelles depuis 2 mois chez une patiente porteuse d'un DIU.
Merci de me transmettre le compte rendu.
"""

STAY_ABOVE_ITS_DISCHARGE_ORDER = """Mme Petit, 78 ans, hospitalisée du 1er au 4 mars pour une pneumopathie.
Radiographie du thorax : opacité basale droite.
Évolution favorable sous antibiotiques.
ORDONNANCE DE SORTIE
Amoxicilline 1 g x 3/j pendant 4 jours."""


def test_an_order_that_opens_on_faire_pratiquer_is_a_prescription_whatever_stay_its_context_recalls():
    assert classify(NURSING_ORDER_AFTER_A_STAY).doc_type == DocType.PRESCRIPTION
    assert classify(IMAGING_REQUEST).doc_type == DocType.PRESCRIPTION


def test_a_stay_told_above_its_discharge_order_stays_a_discharge_summary():
    assert classify(STAY_ABOVE_ITS_DISCHARGE_ORDER).doc_type == DocType.DISCHARGE_SUMMARY


HANDOVER_TO_NURSES = """Dr Julien ROUSSE

À l'équipe du SSIAD du Pays de Bréval

Objet : M. VIDAL Henri, 88 ans

Mesdames, Messieurs,

Je m'absente du cabinet du 20 décembre au 6 janvier ; le Dr Amandine PRÉVOST assurera le suivi de M. Vidal.
Points de vigilance :
- Douleurs : oxycodone LP 20 mg x 2/j et interdoses d'oxycodone LI 5 mg (jusqu'à 6 par jour).
- Constipation : macrogol 2 sachets/j.
- Escarre talon gauche : pansement hydrocolloïde tous les 3 jours.

Bien cordialement,
Dr J. Rousse
"""

PHARMACISTS_LETTER = """PHARMACIE DU MARCHÉ
Le 25/09/2024
À l'attention du Dr Olivier PERRAUD

Docteur,

Mme BOUVET Josiane s'est présentée ce jour avec une ordonnance de CLARITHROMYCINE 500 mg matin et soir pendant
7 jours. Elle prend aussi de la SIMVASTATINE 40 mg : l'association est contre-indiquée. Je lui ai conseillé de
suspendre la simvastatine pendant le traitement, dans l'attente de votre avis.

Je vous prie de croire, Docteur, à mes salutations confraternelles.
Laure BIDE, pharmacienne
"""

ORDER_WITHOUT_A_GREETING = """Dr Julien ROUSSE
Le 16 décembre 2024
M. VIDAL Henri
OXYCODONE LP 20 mg : 1 cp matin et soir pendant 14 jours
OXYCODONE LI 5 mg : 1 gélule si douleurs, jusqu'à 6 par jour
MACROGOL : 2 sachets par jour
"""


def test_a_treatment_quoted_between_a_greeting_and_a_closing_formula_is_a_letters():
    assert classify(HANDOVER_TO_NURSES).doc_type == DocType.LETTER
    assert classify(PHARMACISTS_LETTER).doc_type == DocType.LETTER


def test_an_order_that_greets_no_one_stays_a_prescription():
    assert classify(ORDER_WITHOUT_A_GREETING).doc_type == DocType.PRESCRIPTION


NURSES_LETTER = """Cabinet infirmier LEBAS – MORIN
Le 12/07/2024

Docteur Rousse,

Je vous fais un point sur M. LAMBERT Gilles, chez qui nous passons tous les jours pour l'enoxaparine.
Ce matin, à la réfection du pansement, la cicatrice du genou est rouge et chaude, avec un écoulement louche.
Température 38,3 °C. Pourriez-vous le voir aujourd'hui ou nous dire s'il faut l'orienter vers les urgences ?

Merci,
Claire Lebas, IDE
"""


def test_a_nurses_letter_greeting_the_doctor_by_name_is_a_letter():
    assert classify(NURSES_LETTER).doc_type == DocType.LETTER


ADMISSION_REQUEST = """Clinique Saint-Ambroise – Service de Chirurgie Orthopédique
Le 4 novembre 2024
Au médecin responsable des admissions, Centre SSR « Les Bruyères »

Objet : demande d'admission en SSR locomoteur
Mme RENAUD Odette, née le 08/10/1938

Cher Confrère,

Je sollicite l'admission de Mme Renaud, 86 ans, hospitalisée dans notre service depuis le 31/10/2024 pour une
fracture du col fémoral gauche. Elle a été opérée le 01/11/2024 d'une arthroplastie de hanche. Suites : anémie à
9,4 g/dL non transfusée. Sortie de notre service envisageable à partir du 7 novembre.

Bien confraternellement,
Dr Xavier LEROUX
"""

TRANSFER_SUMMARY = """Clinique Saint-Ambroise – Service de Chirurgie Orthopédique

Compte rendu d'hospitalisation

Mme RENAUD Odette, née le 08/10/1938, a été hospitalisée du 31/10/2024 au 07/11/2024 pour une fracture du col
fémoral gauche. Elle a été opérée le 01/11/2024 d'une arthroplastie de hanche. Évolution : anémie à 9,4 g/dL non
transfusée. Sortie le 07/11/2024, transférée au centre SSR « Les Bruyères ».
"""


def test_a_request_for_admission_is_a_letter_whatever_stay_it_summarises():
    assert classify(ADMISSION_REQUEST).doc_type == DocType.LETTER


def test_the_stays_own_report_sent_with_the_transfer_stays_a_discharge_summary():
    assert classify(TRANSFER_SUMMARY).doc_type == DocType.DISCHARGE_SUMMARY


WEB_PAGE = """Accueil > Offre de soins > Rhumatologie
CENTRE HOSPITALIER DE NEVRE
Service de Rhumatologie
Le service prend en charge les rhumatismes inflammatoires, l'ostéoporose et les pathologies rachidiennes.
Nos activités : consultations spécialisées, hôpital de jour, infiltrations sous contrôle échographique, densitométrie
osseuse, radiographies et échographies articulaires, arthrose et fractures.
Secrétariat : 03 86 51 44 80, du lundi au vendredi de 8h30 à 17h00. Dernière mise à jour : 12/03/2024.
Partager cette page   Imprimer
Mentions légales | Plan du site
"""

LETTER_WITH_A_LEGAL_FOOTER = """Centre de Radiologie des Deux-Rives
Le 12/03/2024
Patiente : Mme DURAND Marie, née le 04/05/1960

DENSITOMÉTRIE OSSEUSE

Indication : ménopause, corticothérapie au long cours.
Rachis lombaire L1-L4 : T-score -2,7. Col fémoral : T-score -2,1.
Conclusion : ostéoporose rachidienne densitométrique.
Mentions légales : compte rendu transmis par messagerie sécurisée.
"""


def test_a_hospitals_web_page_is_other():
    assert classify(WEB_PAGE).doc_type == DocType.OTHER


def test_one_legal_notice_in_a_reports_footer_does_not_make_a_web_page():
    assert classify(LETTER_WITH_A_LEGAL_FOOTER).doc_type == DocType.IMAGING_REPORT


ENDOSCOPY_SUMMONS = """CENTRE HOSPITALIER DE VALLON
Plateau d'endoscopies digestives

Madame DELAGE Sylvie

CONVOCATION

Madame,

Vous êtes attendue le MARDI 23 AVRIL 2024 à 8 h 00 pour la réalisation d'une gastroscopie et d'une coloscopie sous
anesthésie générale. Opérateur : Dr Lucas FERRAND.
Préparation colique : régime sans résidus 3 jours avant, puis restez strictement à jeun.

Le secrétariat d'endoscopie
"""

APPOINTMENT_NOTICE = """CENTRE HOSPITALIER DE ROCHEVILLE
Bureau des rendez-vous - Consultations externes

Madame GIRAUD Isabelle

CONVOCATION

Madame,

Nous vous confirmons votre rendez-vous :
Date : mardi 22 avril 2025 - Heure : 14h15 - Lieu : Bâtiment B, porte 6 - Avec : Dr Éric MOREL
Merci de vous présenter 20 minutes avant, muni(e) de votre carte Vitale et d'une pièce d'identité.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.
"""

VISIT_WITH_ITS_NEXT_APPOINTMENT = """Service de Gastro-entérologie

COMPTE RENDU DE CONSULTATION

Madame DELAGE Sylvie, vue ce jour pour une anémie ferriprive. Examen : abdomen souple, pas de masse.
Une gastroscopie et une coloscopie sont programmées ; vous êtes attendue le 23 avril à 8 h 00.
"""


def test_a_summons_that_greets_the_patient_and_names_the_care_is_a_letter():
    assert classify(ENDOSCOPY_SUMMONS).doc_type == DocType.LETTER


def test_a_summons_that_gives_only_a_day_and_a_place_is_other():
    assert classify(APPOINTMENT_NOTICE).doc_type == DocType.OTHER


def test_a_visits_report_that_gives_the_next_appointment_stays_a_consultation():
    assert classify(VISIT_WITH_ITS_NEXT_APPOINTMENT).doc_type == DocType.CONSULTATION_REPORT


STAY_WITH_ITS_KEY_POINTS_FIRST = """CHU de MONTREAL-SUR-LEZ - Service d'Hépatologie
Patient : M. ANDRÉ Michel   Né le 08/01/1963
Séjour : du 20/02/2025 au 28/02/2025

POINTS CLÉS POUR LE MÉDECIN TRAITANT
Faire pratiquer : NFS-plaquettes, TP, ionogramme sanguin, créatinine le 07/03/2025.
Surveillance du poids quotidienne.

MOTIF D'HOSPITALISATION
Décompensation œdémato-ascitique d'une cirrhose.
HISTOIRE ET ÉVOLUTION
Ponction d'ascite évacuatrice à l'entrée. Introduction des diurétiques, perte de 7 kg sur le séjour.
TRAITEMENT DE SORTIE
SPIRONOLACTONE 75 mg le matin
FUROSEMIDE 20 mg le matin
"""


def test_faire_pratiquer_followed_by_its_exams_on_the_line_titles_no_order():
    assert classify(STAY_WITH_ITS_KEY_POINTS_FIRST).doc_type == DocType.DISCHARGE_SUMMARY


LAB_PORTAL_PRINTOUT = """BioSud Laboratoires - Mon espace patient
Accueil > Mes résultats > Résultat du 18/11/2024
LABORATOIRE DE BIOLOGIE MÉDICALE BIOSUD
Patiente : CARRÈRE Sandrine   Née le 02/08/1981
Prélevé le 18/11/2024 à 07:52
Hémoglobine 11,0 g/dL (11,5 - 15,5)  *
Ferritine 11 µg/L (15 - 150)  *
TSH ultrasensible 3,9 mUI/L (0,40 - 4,00)
Commentaire du biologiste : carence martiale probable.
Mentions légales | Politique de confidentialité
"""


def test_a_result_printed_from_a_labs_patient_portal_stays_a_lab_result():
    assert classify(LAB_PORTAL_PRINTOUT).doc_type == DocType.LAB_RESULT


OPERATION_TOLD_IN_A_LETTER = """CENTRE OPHTALMOLOGIQUE DES CARMES
Dr Julien THIBAUT - Chirurgie de la cataracte

Cher Confrère,

J'ai opéré ce jour en ambulatoire votre patiente Mme PASCAL Lucienne, née le 30/09/1945, de la cataracte de son œil
droit. Anesthésie topique, sédation légère. Incision cornéenne claire 2,2 mm. Capsulorhexis, phacoémulsification,
implant dans le sac. Pas d'incident per-opératoire.
Traitement : TOBRADEX collyre 1 goutte 4 fois par jour pendant 1 semaine.
Je la reverrai à J8.

Bien confraternellement,
Dr J. Thibaut
"""


def test_an_operation_its_operator_tells_in_a_letter_is_an_operative_report():
    assert classify(OPERATION_TOLD_IN_A_LETTER).doc_type == DocType.OPERATIVE_REPORT


ORDER_FAXED_TO_A_PHARMACY = """Dr Paul ESCAL – Médecine générale
TÉLÉCOPIE – À : Pharmacie du Pont-Vieux
Le 14/11/2025

Madame, Monsieur,

Veuillez délivrer pour M. CABRE Henri, né le 05/05/1939, pour 1 mois, en piluliers préparés :
- Kardégic 75 mg : 1 sachet le midi
- Furosémide 40 mg : 1 cp le matin
- Paracétamol 500 mg : 2 gélules 3 fois par jour si douleur

Salutations distinguées,
Dr P. Escal
"""


def test_a_letter_that_orders_in_so_many_words_is_a_prescription():
    assert classify(ORDER_FAXED_TO_A_PHARMACY).doc_type == DocType.PRESCRIPTION


PORTAL_GREETING_ITS_PATIENT = """Espace patient – Laboratoire Armoricain de Biologie
Accueil › Mes dossiers › Détail du dossier
Bonjour Mme KERVRAN Yvonne (71 ans)
Dossier du 03/02/2025 – Prescripteur : Dr LE ROUX Gaël
INR : 3,4    Zone thérapeutique (AVK) : 2,0 - 3,0
Créatinine : 102 µmol/L (45 - 84)
Potassium : 4,7 mmol/L (3,5 - 5,1)
Commentaire : INR au-dessus de la zone thérapeutique.
Mentions légales | Politique de confidentialité | Plan du site
"""

CLINIC_WEB_ARTICLE = """Clinique des Ormes – Bréval
Vous êtes ici : Accueil / Patients et visiteurs / Préparer votre examen / Coloscopie
Coloscopie : bien préparer son examen
Temps de lecture : 4 min
La coloscopie est l'examen de référence pour explorer le côlon. Une bonne préparation est indispensable.
Trois jours avant, adoptez une alimentation pauvre en fibres. La veille, buvez la préparation prescrite.
Le jour de l'examen, restez à jeun. L'examen se fait sous anesthésie générale, puis en salle de réveil.
"""


def test_a_portal_page_that_greets_its_patient_is_her_result():
    assert classify(PORTAL_GREETING_ITS_PATIENT).doc_type == DocType.LAB_RESULT


def test_a_web_article_found_by_its_path_is_other():
    assert classify(CLINIC_WEB_ARTICLE).doc_type == DocType.OTHER


GASTROSCOPY_THEN_ITS_ORDER = """Clinique des Ormes – Plateau d'Endoscopie – Dr Nadia BELKA
GASTROSCOPIE du 09/10/2025 – Patient : M. ROYAL Didier, né le 14/02/1967
Indication : épigastralgies. Anesthésie : sédation au propofol. Endoscope Olympus GIF-H190.
Oesophage normal, ligne Z régulière. Estomac : gastrite antrale. Biopsies selon le protocole de Sydney.
Conclusion : gastrite antrale érythémateuse ; biopsies en cours.
Faire pratiquer :
Test respiratoire à l'urée marquée 4 semaines après la fin de l'éradication.
Dr N. Belka
"""


def test_faire_pratiquer_below_a_reports_conclusion_titles_no_order():
    assert classify(GASTROSCOPY_THEN_ITS_ORDER).doc_type == DocType.OPERATIVE_REPORT


MRI_IN_A_PATIENT_PORTAL = """Centre d'Imagerie du Parc – Espace patient
Vous êtes ici : Accueil > Mes examens > IRM du genou
IRM DU GENOU DROIT
Indication : gonalgie droite depuis 3 mois, blocages.
Technique : séquences sagittales, coronales et axiales DP FS et T1.
Résultats : fissure horizontale de la corne postérieure du ménisque médial atteignant la surface articulaire
inférieure. Ménisque latéral normal. Ligaments croisés et collatéraux continus. Épanchement articulaire modéré.
Chondropathie fémoro-patellaire de grade 2.
Conclusion : fissure horizontale de la corne postérieure du ménisque médial ; épanchement modéré.
Mentions légales | Politique de confidentialité | Plan du site
"""


def test_a_report_read_strongly_keeps_its_type_under_a_portals_frame():
    assert classify(MRI_IN_A_PATIENT_PORTAL).doc_type == DocType.IMAGING_REPORT


EXCISION_OPENING_ON_ITS_ORDER = """Cabinet de Dermatologie du Pont-Neuf
Patient : M. TESSON Alain, né le 14/01/1966
Le 21/05/2024 - Intervention au cabinet, sous anesthésie locale
Exérèse en fuseau d'une lésion pigmentée atypique de la région scapulaire gauche
Faire pratiquer :
- Pansement simple tous les 2 jours par IDE
- Ablation des fils à J14
Indication : lésion pigmentée asymétrique, polychrome, modifiée depuis janvier.
Déroulement : désinfection, anesthésie locale. Exérèse en fuseau avec une marge de 2 mm. Hémostase à la pince
bipolaire. Fermeture en deux plans, surjet intradermique. Pas d'incident. Pièce adressée en anatomopathologie.
Dr Agnès Prieul
"""


def test_faire_pratiquer_above_the_reports_own_sections_titles_no_order():
    assert classify(EXCISION_OPENING_ON_ITS_ORDER).doc_type == DocType.OPERATIVE_REPORT


DISCHARGE_LETTER_TO_THE_SSR = """CENTRE HOSPITALIER DE VALMONT – Chirurgie Orthopédique

LETTRE DE LIAISON - ENTREE EN SSR

Destinataire : Médecin coordonnateur, SSR Les Genêts
Patient(e) : Mme THIERS Odette
Née le : 17/12/1938
Entrée le : 02/04/2024 (via les urgences)
Sortie le : 11/04/2024 - transfert en SSR en ambulance
Motif : chute, fracture du col fémoral droit.
Intervention le 03/04/2024 : arthroplastie intermédiaire de hanche droite. Suites opératoires simples.
Anémie post-opératoire à 8,6 g/dL, transfusion de 1 CGR.
"""


def test_a_liaison_letter_for_the_entry_into_rehabilitation_that_gives_the_stays_dates_is_the_stays():
    assert classify(DISCHARGE_LETTER_TO_THE_SSR).doc_type == DocType.DISCHARGE_SUMMARY


RESULT_THAT_SUMMONS = """LABORATOIRE DE BIOLOGIE MÉDICALE DES ORMES
Madame LEROY Anne
Madame,
Vos résultats du 12/03/2025 :
Hémoglobine 9,1 g/dL (12,0 - 16,0)
Ferritine 6 µg/L (15 - 150)
Plaquettes 412 G/L (150 - 400)
Leucocytes 7,2 G/L (4,0 - 10,0)
CRP 3 mg/L (< 5)
Créatinine 68 µmol/L (45 - 84)
Merci de vous présenter au laboratoire, à jeun, pour un contrôle dans 15 jours.
Le biologiste : Dr Paul MARCHAND
"""


def test_a_result_that_asks_the_patient_to_come_back_stays_a_result():
    assert classify(RESULT_THAT_SUMMONS).doc_type == DocType.LAB_RESULT


GP_ENTRY_LETTER_WITH_ITS_REASON = """Dr Olivier PERRAUD – MSP des Glycines

LETTRE DE LIAISON - ENTRÉE EN EHPAD

Mme PASQUE Marcelle, née le 14/02/1934
Date d'entrée prévue : 13/05/2024
Motif d'entrée : perte d'autonomie, chutes répétées à domicile.
Antécédents : maladie d'Alzheimer, fibrillation atriale.
Traitement en cours : APIXABAN 2,5 mg matin et soir ; DONÉPÉZIL 10 mg le soir.
Autonomie : GIR 3.
"""


def test_a_gps_entry_letter_giving_the_reason_for_entry_stays_a_letter():
    assert classify(GP_ENTRY_LETTER_WITH_ITS_REASON).doc_type == DocType.LETTER
