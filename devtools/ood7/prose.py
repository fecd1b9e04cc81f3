"""Sentence banks for French medical mail (written from general knowledge, no real patient)."""

MOTIFS = ["douleurs thoraciques atypiques", "dyspnée d'effort d'aggravation progressive", "chute à domicile",
          "bilan d'une anémie ferriprive", "suivi d'un diabète de type 2", "lombalgies chroniques",
          "fibrillation atriale de découverte récente", "altération de l'état général", "pneumopathie communautaire",
          "bilan préopératoire", "douleurs abdominales de la fosse iliaque droite", "céphalées inhabituelles",
          "malaise avec perte de connaissance brève", "suivi post-opératoire", "toux persistante depuis six semaines"]
ATCD = ["HTA traitée depuis 2011", "diabète de type 2 sous metformine", "cholécystectomie en 2006",
        "tabagisme sevré (30 PA)", "fracture du poignet droit en 2019", "hypothyroïdie substituée",
        "syndrome d'apnées du sommeil appareillé", "appendicectomie dans l'enfance", "dyslipidémie",
        "insuffisance rénale chronique stade 3a", "asthme dans l'enfance", "prothèse totale de hanche gauche (2018)"]
EXAM = ["L'examen clinique retrouve un patient eupnéique, apyrétique, TA 138/82 mmHg, FC 76/min.",
        "Auscultation cardio-pulmonaire sans particularité. Pas de signe d'insuffisance cardiaque.",
        "Abdomen souple, dépressible, sensible en fosse iliaque droite, sans défense.",
        "Examen neurologique sans déficit sensitivo-moteur. Pas de syndrome méningé.",
        "Mollets souples, indolores. Pas d'œdème des membres inférieurs.",
        "Saturation 96 % en air ambiant, fréquence respiratoire 18/min."]
CONCL = ["Au total, évolution favorable. Pas de modification thérapeutique.",
         "Nous proposons une réévaluation dans trois mois avec un bilan biologique préalable.",
         "Le traitement anticoagulant est poursuivi, INR cible entre 2 et 3.",
         "Retour à domicile autorisé avec passage infirmier quotidien.",
         "Une coloscopie sera programmée en ambulatoire.",
         "Je reste à votre disposition pour tout renseignement complémentaire."]
TTT = ["Bisoprolol 2,5 mg : 1 cp le matin", "Apixaban 5 mg : 1 cp matin et soir", "Paracétamol 1 g : 1 cp jusqu'à 3 fois par jour",
       "Atorvastatine 20 mg : 1 cp le soir", "Metformine 1000 mg : 1 cp matin et soir", "Furosémide 40 mg : 1 cp le matin",
       "Lévothyrox 75 µg : 1 cp à jeun", "Oméprazole 20 mg : 1 gél. le matin", "Ramipril 5 mg : 1 cp le matin",
       "Amoxicilline 1 g : 1 cp matin, midi et soir pendant 7 jours", "Kardégic 75 mg : 1 sachet le midi"]
IMAGING = [("SCANNER THORACIQUE SANS ET AVEC INJECTION", "Acquisition hélicoïdale thoracique avant et après injection de 80 ml de produit de contraste iodé.",
            "Pas d'embolie pulmonaire jusqu'en segmentaire. Micronodule de 4 mm du lobe supérieur droit. Pas d'épanchement pleural.",
            "Micronodule infracentimétrique non spécifique, contrôle selon les recommandations de la Fleischner Society."),
           ("ÉCHOGRAPHIE ABDOMINALE", "Examen réalisé à jeun, sonde convexe.",
            "Foie de taille normale, d'échostructure homogène. Vésicule alithiasique. Pas de dilatation des voies biliaires.",
            "Échographie abdominale sans anomalie."),
           ("IRM DU GENOU DROIT", "Séquences DP FAT SAT dans les trois plans, T1 sagittale.",
            "Fissure horizontale de la corne postérieure du ménisque médial. LCA continu. Épanchement articulaire modéré.",
            "Lésion méniscale médiale horizontale. Pas de lésion ligamentaire."),
           ("RADIOGRAPHIE DU THORAX DE FACE", "Cliché debout de face.",
            "Pas de foyer parenchymateux. Culs-de-sac libres. Index cardio-thoracique normal.",
            "Radiographie thoracique normale.")]
OPS = [("Cholécystectomie par cœlioscopie", "Open cœlioscopie ombilicale, 3 trocarts. Dissection du triangle de Calot, "
        "contrôle du canal et de l'artère cystiques par clips. Cholécystectomie rétrograde. Extraction en sac."),
       ("Prothèse totale de genou gauche", "Voie d'abord para-patellaire médiale. Coupes tibiale et fémorale guidées. "
        "Mise en place d'implants cimentés. Fermeture plan par plan sur drain de Redon."),
       ("Cure de hernie inguinale droite selon Lichtenstein", "Incision inguinale. Dissection du cordon. "
        "Réduction du sac herniaire. Mise en place d'une prothèse polypropylène fixée par surjet.")]
LAB = [("HÉMATOLOGIE", [("Hématies", "T/L", (3.9, 5.6), 2), ("Hémoglobine", "g/dL", (11.5, 17.0), 1),
                        ("Hématocrite", "%", (36, 50), 1), ("VGM", "fL", (80, 98), 0), ("Leucocytes", "G/L", (4.0, 10.0), 2),
                        ("Plaquettes", "G/L", (150, 400), 0)]),
       ("BIOCHIMIE", [("Sodium", "mmol/L", (136, 145), 0), ("Potassium", "mmol/L", (3.5, 5.1), 1),
                      ("Créatinine", "µmol/L", (59, 104), 0), ("DFG (CKD-EPI)", "mL/min/1,73m²", (60, 120), 0),
                      ("Glycémie à jeun", "mmol/L", (4.1, 5.9), 2), ("CRP", "mg/L", (0, 5), 1)]),
       ("BILAN LIPIDIQUE", [("Cholestérol total", "g/L", (1.5, 2.0), 2), ("HDL cholestérol", "g/L", (0.4, 0.8), 2),
                            ("LDL cholestérol calculé", "g/L", (0.7, 1.6), 2), ("Triglycérides", "g/L", (0.5, 1.5), 2)]),
       ("HÉMOSTASE", [("Taux de prothrombine", "%", (70, 100), 0), ("INR", "", (0.9, 1.2), 2), ("TCA (ratio)", "", (0.8, 1.2), 2)]),
       ("ENDOCRINOLOGIE", [("TSH", "mUI/L", (0.4, 4.0), 2), ("HbA1c", "%", (4.0, 6.0), 1), ("Ferritine", "µg/L", (30, 300), 0)])]
