"""Synthetic French name and text banks for the ood4 corpus (all invented)."""

SURNAMES = """MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL
LEFÈVRE LEROY ROUX DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT FONTAINE ROUSSEAU
VINCENT MULLER LEFEBVRE FAURE ANDRÉ MERCIER BLANC GUÉRIN BOYER GARNIER CHEVALIER FRANÇOIS LEGRAND
GAUTHIER GARCIA PERRIN ROBIN CLÉMENT MORIN NICOLAS HENRY ROUSSEL MATHIEU GAUTIER MASSON MARCHAND
DUVAL DENIS DUMONT MARIE LEMAIRE NOËL MEYER DUFOUR MEUNIER BRUN BLANCHARD GIRAUD JOLY RIVIÈRE
LUCAS BRUNET GAILLARD BARBIER ARNAUD MARTINEZ GÉRARD ROCHE RENARD SCHMITT ROY LEROUX COLIN VIDAL
CARON PICARD ROGER FABRE AUBERT LEMOINE RENAUD DUMAS LACROIX OLIVIER PHILIPPE BOURGEOIS PIERRE
BENOÎT REY LECLERC PAYET ROLLAND LECLERCQ GUILLAUME LECOMTE LOPEZ JEAN DUPUY GUILLOT HUBERT
BERGER CARPENTIER SANCHEZ DUPUIS MOULIN LOUIS DESCHAMPS HUET VASSEUR PEREZ BOUCHER FLEURY ROYER
KLEIN JACQUET ADAM PARIS POIRIER MARTY AUBRY GUYOT CARRÉ CHARLES RENAULT CHARPENTIER MÉNARD
MAILLARD BARON BERTIN BAILLY HERVÉ SCHNEIDER FERNANDEZ LE_GALL COLLET LÉGER BOUVIER JULIEN
PRÉVOST MILLET PERROT DANIEL LE_ROUX COUSIN GERMAIN BRETON BESSON LANGLOIS RÉMY LE_GOFF PELLETIER
LÉVÊQUE PERRIER LEBLANC BARRÉ LEBRUN MARCHAL WEBER MALLET HAMON BOULANGER JACOB MONNIER MICHAUD
RODRIGUEZ GUICHARD GILLET ÉTIENNE GRONDIN POULAIN TESSIER CHEVALLIER COLLIN CHAUVIN DA_SILVA
BOUCHET GAY LEMAÎTRE BÉNARD MARÉCHAL HUMBERT REYNAUD ANTOINE HOARAU PERRET BARTHÉLEMY CORDIER
PICHON LEJEUNE GILBERT LAMY DELAUNAY PASQUIER CARLIER LAPORTE DE_LA_FONTAINE D'ALMEIDA
SAINT-MARTIN DOS_SANTOS N'DIAYE LE_BRAS DUPONT-MOREAU BEN_SAÏD NGUYEN TRAN DIALLO HADDAD
KOWALSKI DE_SOUSA VAN_DAMME LE_MOAL ABGRALL QUÉMÉNER ETCHEVERRY OLLIVIER DELMAS FERRAND CHAPUIS
TARDIEU BOURDON CHARRIER SABATIER VERDIER COULON PONS MARTEL GRAS LAVAL DUCHÊNE BRIAND VALLÉE
GODARD LEFORT HUGUET DE_KERGUELEN BOUDJEMAA MAZET CASTEL LABBÉ ROUQUETTE PÉRÈS TOURNIER
""".split()
SURNAMES = [s.replace("_", " ") for s in SURNAMES]

FEMALE = """Marie Nathalie Isabelle Sylvie Catherine Françoise Valérie Christine Sandrine Monique
Stéphanie Nicole Véronique Sophie Céline Chantal Patricia Anne Brigitte Julie Martine Aurélie
Émilie Camille Léa Manon Chloé Emma Inès Jade Louise Zoé Hélène Jacqueline Danielle Michèle
Laurence Élodie Audrey Marion Pauline Laura Sarah Noémie Anaïs Gaëlle Agnès Josiane Geneviève
Odette Yvette Marie-Claude Anne-Sophie Marie-Hélène Marie-Thérèse Lina Rose Alice Juliette
Maëlys Océane Clémence Bérénice Mathilde Fatima Aïcha Yasmine Linh Ginette Paulette Solène""".split()

MALE = """Jean Philippe Michel Alain Patrick Nicolas Christophe Pierre Christian Éric Frédéric
Laurent Stéphane David Pascal Daniel Julien Thierry Olivier Sébastien Bernard Thomas Alexandre
Gérard Dominique Didier Vincent Jacques François Guillaume Lucas Hugo Louis Gabriel Léo Raphaël
Jules Arthur Nathan Mathéo Maël Noé Antoine Maxime Romain Jérôme Benoît Yves Claude René André
Marcel Roger Henri Jean-Pierre Jean-Claude Jean-Luc Jean-François Pierre-Yves Mohamed Karim
Mehdi Yanis Théo Clément Gaël Loïc Hervé Joël Aurélien Killian Enzo Timéo Aymeric""".split()

CITIES = [("Lyon", "69003"), ("Villeurbanne", "69100"), ("Rennes", "35000"), ("Brest", "29200"),
          ("Tours", "37000"), ("Angers", "49100"), ("Nancy", "54000"), ("Dijon", "21000"),
          ("Limoges", "87000"), ("Pau", "64000"), ("Ajaccio", "20000"), ("Bastia", "20200"),
          ("Niort", "79000"), ("Quimper", "29000"), ("Valence", "26000"), ("Chambéry", "73000"),
          ("Bourges", "18000"), ("Saint-Étienne", "42000"), ("Montauban", "82000"),
          ("Laval", "53000"), ("Vannes", "56000"), ("Colmar", "68000"), ("Arras", "62000")]

STREETS = ["rue des Lilas", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta",
           "place de la République", "rue du Moulin", "chemin des Vignes", "allée des Tilleuls",
           "rue Pasteur", "impasse des Roses", "rue de la Gare", "avenue du Général Leclerc",
           "rue Émile Zola", "quai des Bateliers", "rue Nationale", "route de Paris"]

HOSPITALS = ["CENTRE HOSPITALIER DE {city}", "CHU DE {city} — HÔPITAL NORD", "CLINIQUE DU PARC",
             "POLYCLINIQUE SAINT-ROCH", "HÔPITAL PRIVÉ JEAN MERMOZ", "CLINIQUE DES CÈDRES",
             "GROUPE HOSPITALIER MUTUALISTE", "CENTRE HOSPITALIER INTERCOMMUNAL"]

SERVICES = ["Service de Cardiologie", "Service de Médecine Interne", "Service de Pneumologie",
            "Service de Chirurgie Orthopédique", "Service de Gastro-entérologie",
            "Service de Gériatrie", "Service de Pédiatrie", "Service de Neurologie",
            "Unité de Chirurgie Ambulatoire", "Service d'Endocrinologie-Diabétologie"]

SPECIALTIES = ["Cardiologue", "Gastro-entérologue", "Rhumatologue", "Pneumologue", "Dermatologue",
               "Endocrinologue", "Néphrologue", "ORL", "Ophtalmologiste", "Neurologue",
               "Chirurgien orthopédiste", "Gynécologue-obstétricien", "Urologue", "Pédiatre"]

MOTIFS = ["une douleur thoracique atypique à l'effort", "un bilan de dyspnée d'aggravation progressive",
          "des douleurs abdominales récidivantes", "une gonalgie droite mécanique",
          "un déséquilibre glycémique (HbA1c à 8,4 %)", "une HTA mal contrôlée sous bithérapie",
          "des lombalgies chroniques avec irradiation sciatique", "un nodule thyroïdien découvert fortuitement",
          "une toux persistante depuis six semaines", "des palpitations paroxystiques",
          "un suivi de fibrillation atriale", "une anémie ferriprive à explorer",
          "des vertiges positionnels", "une lésion cutanée pigmentée suspecte"]

HISTORY = ["HTA traitée depuis 2012", "Diabète de type 2 sous metformine", "Dyslipidémie",
           "Appendicectomie dans l'enfance", "Tabagisme sevré (20 PA)", "Hypothyroïdie substituée",
           "Cholécystectomie en 2015", "Syndrome d'apnées du sommeil appareillé",
           "Allergie à la pénicilline", "Prothèse totale de hanche gauche en 2019",
           "Asthme intermittent", "Fibrillation atriale paroxystique anticoagulée"]

DRUGS = [("BISOPROLOL 2,5 mg", "1 comprimé le matin"), ("RAMIPRIL 5 mg", "1 comprimé par jour"),
         ("METFORMINE 1000 mg", "1 comprimé matin et soir au cours des repas"),
         ("ATORVASTATINE 20 mg", "1 comprimé le soir"), ("APIXABAN 5 mg", "1 comprimé matin et soir"),
         ("PARACÉTAMOL 1 g", "1 comprimé jusqu'à 3 fois par jour si douleur"),
         ("LÉVOTHYROXINE 75 µg", "1 comprimé le matin à jeun"), ("OMÉPRAZOLE 20 mg", "1 gélule le matin"),
         ("AMLODIPINE 5 mg", "1 comprimé par jour"), ("FUROSÉMIDE 40 mg", "1 comprimé le matin"),
         ("SALBUTAMOL 100 µg", "2 bouffées si gêne respiratoire"),
         ("AMOXICILLINE 1 g", "1 comprimé matin, midi et soir pendant 7 jours")]

LAB_TESTS = [("Hémoglobine", "g/dL", 11.5, 16.0), ("Leucocytes", "G/L", 4.0, 10.0),
             ("Plaquettes", "G/L", 150, 400), ("Glycémie à jeun", "mmol/L", 4.1, 5.9),
             ("Créatinine", "µmol/L", 45, 104), ("DFG (CKD-EPI)", "mL/min/1,73m²", 90, 120),
             ("Sodium", "mmol/L", 136, 145), ("Potassium", "mmol/L", 3.5, 5.1),
             ("Cholestérol total", "g/L", 1.5, 2.0), ("LDL-cholestérol", "g/L", 0.5, 1.6),
             ("Triglycérides", "g/L", 0.4, 1.5), ("HbA1c", "%", 4.0, 6.0),
             ("TSH", "mUI/L", 0.4, 4.0), ("CRP", "mg/L", 0, 5), ("Ferritine", "µg/L", 20, 300),
             ("ASAT", "UI/L", 5, 35), ("ALAT", "UI/L", 5, 45), ("Gamma-GT", "UI/L", 8, 61)]

EXAMS = [("ÉCHOGRAPHIE ABDOMINALE", "Foie de taille normale, d'échostructure homogène. Pas de dilatation des voies biliaires. Vésicule alithiasique. Reins de taille normale sans dilatation des cavités.", "Examen échographique abdominal sans anomalie significative."),
         ("RADIOGRAPHIE DU THORAX DE FACE", "Pas de foyer parenchymateux systématisé. Culs-de-sac pleuraux libres. Index cardio-thoracique normal.", "Radiographie thoracique normale."),
         ("SCANNER THORACIQUE SANS INJECTION", "Micronodule pulmonaire lobaire inférieur droit de 4 mm, non spécifique. Pas d'adénomégalie médiastinale.", "Micronodule de 4 mm : surveillance selon les recommandations."),
         ("IRM DU GENOU DROIT", "Fissure horizontale de la corne postérieure du ménisque médial. Ligaments croisés continus. Épanchement articulaire de faible abondance.", "Lésion méniscale médiale de grade 2."),
         ("ÉCHOGRAPHIE THYROÏDIENNE", "Nodule du lobe droit de 14 mm, isoéchogène, sans microcalcification (EU-TIRADS 3).", "Nodule thyroïdien EU-TIRADS 3."),
         ("MAMMOGRAPHIE BILATÉRALE", "Seins de densité type B. Pas de masse ni de foyer de microcalcifications suspectes.", "ACR 1 bilatéral.")]

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
