"""Medical filler text (French) for the ood5 documents.  All invented."""

REASONS = ["bilan d'une dyspnée d'effort", "suivi d'une hypertension artérielle", "douleurs thoraciques atypiques",
           "bilan de palpitations", "suivi d'un diabète de type 2", "lombalgies chroniques",
           "douleurs abdominales récidivantes", "bilan d'une anémie ferriprive", "toux persistante",
           "suivi d'une fibrillation atriale", "gonalgie droite", "bilan d'une thyroïde nodulaire",
           "céphalées inhabituelles", "vertiges positionnels", "éruption cutanée prurigineuse",
           "suivi post-opératoire", "bilan d'une insuffisance rénale chronique", "asthme mal contrôlé"]

SENTENCES = [
    "L'examen clinique retrouve un état général conservé, une tension artérielle à {ta} mmHg et une fréquence "
    "cardiaque à {fc}/min.",
    "Les antécédents sont marqués par une appendicectomie dans l'enfance et une fracture du poignet en {y1}.",
    "Le patient ne présente pas d'allergie médicamenteuse connue.",
    "L'auscultation cardio-pulmonaire est normale, sans souffle ni râle.",
    "L'électrocardiogramme inscrit un rythme sinusal régulier sans trouble de la repolarisation.",
    "Le bilan biologique du {d1} montre une créatininémie à {creat} µmol/L et une hémoglobine à {hb} g/dL.",
    "Je propose de poursuivre le traitement actuel sans modification et de revoir la situation dans {m} mois.",
    "Une échographie de contrôle est programmée, ainsi qu'un bilan sanguin à réaliser une semaine avant.",
    "La symptomatologie s'est nettement améliorée depuis l'introduction du traitement.",
    "Il n'y a pas de signe de gravité à ce jour ; les consignes de surveillance ont été expliquées.",
    "Le poids est stable à {kg} kg pour une taille de {cm} cm.",
    "Au total, l'évolution est favorable et je reste à votre disposition pour tout renseignement complémentaire.",
    "Une consultation de contrôle est prévue le {d2} à {h}h{mn}.",
    "Le traitement par {drug} est bien toléré, sans effet indésirable rapporté.",
    "La fonction rénale reste stable et le ionogramme est normal.",
    "Je vous remercie de m'avoir adressé ce patient et vous prie de croire à mes sentiments confraternels.",
    "Les examens complémentaires réalisés le {d1} ne montrent pas d'anomalie significative.",
    "Il a été conseillé une reprise progressive de l'activité physique et un régime pauvre en sel.",
]

DRUGS = ["AMLODIPINE 5 mg", "METFORMINE 1000 mg", "BISOPROLOL 2,5 mg", "ATORVASTATINE 20 mg", "RAMIPRIL 5 mg",
         "LÉVOTHYROXINE 75 µg", "PARACÉTAMOL 1 g", "APIXABAN 5 mg", "OMÉPRAZOLE 20 mg", "FUROSÉMIDE 40 mg",
         "SALBUTAMOL 100 µg", "PRÉGABALINE 75 mg", "AMOXICILLINE 1 g", "KÉTOPROFÈNE 100 mg", "CHOLÉCALCIFÉROL"]
POSOLOGY = ["1 comprimé le matin", "1 comprimé matin et soir", "1 gélule le soir au coucher",
            "2 bouffées si besoin", "1 comprimé 3 fois par jour pendant 7 jours", "1 ampoule par mois"]

LAB_TESTS = [("Hémoglobine", "g/dL", 11.0, 17.0, "12,0 - 16,0"), ("Leucocytes", "G/L", 3.5, 12.0, "4,0 - 10,0"),
             ("Plaquettes", "G/L", 120, 450, "150 - 400"), ("Créatinine", "µmol/L", 45, 160, "45 - 104"),
             ("DFG (CKD-EPI)", "mL/min/1,73m²", 35, 110, "> 90"), ("Glycémie à jeun", "mmol/L", 4.0, 9.5, "3,9 - 5,8"),
             ("HbA1c", "%", 5.0, 9.0, "4,0 - 6,0"), ("TSH", "mUI/L", 0.3, 6.0, "0,40 - 4,00"),
             ("Cholestérol total", "g/L", 1.4, 2.8, "< 2,00"), ("LDL-cholestérol", "g/L", 0.6, 1.9, "< 1,60"),
             ("CRP", "mg/L", 0.5, 40, "< 5"), ("Ferritine", "µg/L", 8, 400, "20 - 300"),
             ("Sodium", "mmol/L", 132, 146, "136 - 145"), ("Potassium", "mmol/L", 3.3, 5.4, "3,5 - 5,1"),
             ("ASAT", "UI/L", 12, 80, "< 35"), ("ALAT", "UI/L", 10, 90, "< 45"), ("Gamma-GT", "UI/L", 10, 150, "< 55")]

IMAGING = [("ÉCHOGRAPHIE ABDOMINALE", "Foie de taille normale, d'échostructure homogène. Vésicule alithiasique. "
            "Voies biliaires non dilatées. Reins de taille normale sans dilatation des cavités.",
            "Échographie abdominale sans anomalie."),
           ("RADIOGRAPHIE THORACIQUE DE FACE", "Silhouette cardiaque de taille normale. Pas d'épanchement pleural. "
            "Pas de foyer parenchymateux visible.", "Radiographie thoracique normale."),
           ("IRM DU GENOU DROIT", "Fissure horizontale de la corne postérieure du ménisque médial. Ligaments croisés "
            "continus. Épanchement articulaire de faible abondance.", "Lésion méniscale médiale de grade 2."),
           ("SCANNER CÉRÉBRAL SANS INJECTION", "Pas de lésion hémorragique ni d'effet de masse. Système ventriculaire"
            " de taille normale. Discrète leucopathie périventriculaire.", "Pas d'anomalie aiguë."),
           ("MAMMOGRAPHIE BILATÉRALE", "Seins de densité de type B. Pas de masse ni de foyer de microcalcifications "
            "suspectes.", "ACR 1 bilatéral.")]

HOSP_SECTIONS = [
    ("Motif d'hospitalisation", 1), ("Antécédents", 2), ("Histoire de la maladie", 3), ("Examen clinique d'entrée", 2),
    ("Examens complémentaires", 3), ("Évolution dans le service", 4), ("Traitement de sortie", 1),
    ("Suivi proposé", 2)]

OPERATIONS = ["Cholécystectomie par cœlioscopie", "Cure de hernie inguinale droite selon Lichtenstein",
              "Prothèse totale de hanche gauche par voie postérieure", "Arthroscopie du genou droit, méniscectomie",
              "Appendicectomie par cœlioscopie", "Exérèse d'un lipome dorsal"]
