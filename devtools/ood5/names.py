"""Invented-name material for the ood5 corpus (frequent French surnames / first names, combined at random).

No entry designates a real person: registry rows are random combinations of common names and random dates.
"""

# frequent French surnames, roughly in frequency order (Zipf weights are applied by rank)
SURNAMES = """MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL LEFEBVRE LEROY
ROUX DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT FONTAINE ROUSSEAU VINCENT MULLER LEFÈVRE FAURE
ANDRÉ MERCIER BLANC GUÉRIN BOYER GARNIER CHEVALIER FRANÇOIS LEGRAND GAUTHIER GARCIA PERRIN ROBIN CLÉMENT MORIN
NICOLAS HENRY ROUSSEL MATHIEU GAUTIER MASSON MARCHAND DUVAL DENIS DUMONT LEMAIRE NOËL MEYER DUFOUR MEUNIER BRUN
BLANCHARD GIRAUD JOLY RIVIÈRE LUCAS BRUNET GAILLARD BARBIER ARNAUD MARTINEZ GÉRARD ROCHE RENARD SCHMITT ROY
LEROUX COLIN VIDAL CARON PICARD ROGER FABRE AUBERT LEMOINE RENAUD DUMAS LACROIX OLIVIER PHILIPPE BOURGEOIS PIERRE
BENOÎT REY LECLERC PAYET ROLLAND LECLERCQ GUILLAUME LECOMTE LOPEZ JEAN DUPUY GUILLOT HUBERT BERGER CARPENTIER
SANCHEZ DUPUIS MOULIN LOUIS DESCHAMPS HUET VASSEUR PEREZ BOUCHER FLEURY ROYER KLEIN JACQUET ADAM PARIS POIRIER
MARTY AUBRY GUYOT CARRÉ CHARLES RENAULT CHARPENTIER MÉNARD MAILLARD BARON BERTIN BAILLY HERVÉ SCHNEIDER FERNANDEZ
COLLET LÉGER BOUVIER JULIEN PRÉVOST MILLET PERROT DANIEL COUSIN GERMAIN BRETON BESSON LANGLOIS RÉMY PELLETIER
LÉVÊQUE PERRIER LEBLANC BARRÉ LEBRUN MARCHAL WEBER MALLET HAMON BOULANGER JACOB MONNIER MICHAUD RODRIGUEZ
GUICHARD GILLET ÉTIENNE GRONDIN POULAIN TESSIER CHEVALLIER COLLIN CHAUVIN BOUCHET GAY LEMAÎTRE BÉNARD MARÉCHAL
HUMBERT REYNAUD ANTOINE HOARAU PERRET BARTHÉLEMY CORDIER PICHON LEJEUNE GILBERT LAMY DELAUNAY PASQUIER CARLIER
LAPORTE""".split()

# particles, compound and foreign-origin surnames (drawn with a flat small weight)
COMPOUND_SURNAMES = ["LE GALL", "LE GOFF", "LE ROUX", "LE BIHAN", "LE BRIS", "LE CORRE", "DE LA TOUR", "DE LA RUE",
                     "DU BOIS DE LA VILLE", "DE OLIVEIRA", "DOS SANTOS", "DA SILVA", "DE SOUSA", "N'DIAYE",
                     "N'GUESSAN", "N'GORAN", "NGUYEN", "TRAN", "BEN AHMED", "EL AMRANI", "AÏT OUALI", "D'ALMEIDA",
                     "L'HÔTE", "VAN DEN BERG", "SAINT-MARTIN", "LE MOAL", "DE BOISSIEU", "MAC LEOD", "O'NEILL",
                     "DELA CROIX"]

FIRST_F = """Marie Jeanne Françoise Monique Catherine Nathalie Isabelle Sylvie Martine Christine Nicole Anne Sophie
Hélène Valérie Sandrine Stéphanie Céline Julie Aurélie Émilie Camille Léa Manon Chloé Inès Jade Louise Emma Zoé
Océane Clémence Geneviève Thérèse Brigitte Danielle Josiane Odile Agnès Béatrice Élodie Laëtitia Maëlle Noémie
Anaïs Claire Pauline Lucie Mathilde Élise Margaux Juliette Alice Gisèle Colette Simone Yvette Paulette""".split()
FIRST_F_COMPOUND = ["Marie-Claire", "Anne-Sophie", "Marie-Hélène", "Marie-Thérèse", "Anne-Laure", "Marie-Christine",
                    "Marie-France", "Anne-Marie", "Marie-Noëlle", "Rose-Marie"]
FIRST_M = """Jean Pierre Michel André Philippe Alain Bernard Jacques Daniel Patrick Nicolas Christophe Stéphane Laurent
Frédéric Sébastien Julien David Thomas Maxime Antoine Hugo Lucas Louis Gabriel Léo Théo Raphaël Jérôme François
Gérard René Claude Yves Hervé Grégoire Benoît Loïc Gaël Noël Joël Mathéo Étienne Clément Arnaud Olivier Vincent
Guillaume Romain Quentin Bruno Dominique Serge Marcel Roger Henri Paul Lucien""".split()
FIRST_M_COMPOUND = ["Jean-Pierre", "Jean-Claude", "Jean-Luc", "Jean-Marc", "Pierre-Yves", "Jean-François",
                    "Paul-Henri", "Jean-Michel", "Pierre-Alain", "Jean-Baptiste"]

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]

CITIES = ["Rennes", "Nantes", "Angers", "Le Mans", "Tours", "Poitiers", "Limoges", "Orléans", "Caen", "Rouen",
          "Amiens", "Reims", "Metz", "Nancy", "Dijon", "Besançon", "Clermont-Ferrand", "Grenoble", "Valence",
          "Nîmes", "Montpellier", "Perpignan", "Pau", "Bayonne", "Agen", "Brive", "Vannes", "Quimper", "Lorient",
          "Saint-Brieuc", "Laval", "Cholet", "Niort", "La Rochelle", "Chartres", "Évreux", "Bastia", "Ajaccio"]
STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Pasteur", "rue Victor Hugo", "place de la Gare",
           "rue des Tilleuls", "allée des Chênes", "rue du Général Leclerc", "quai des Carmes", "rue Nationale",
           "impasse des Lilas", "chemin du Moulin"]
SPECIALTIES = ["Cardiologie", "Gastro-entérologie", "Pneumologie", "Rhumatologie", "Dermatologie", "Neurologie",
               "Endocrinologie - Diabétologie", "Néphrologie", "Ophtalmologie", "ORL", "Chirurgie orthopédique",
               "Chirurgie viscérale", "Urologie", "Gynécologie-Obstétrique", "Pédiatrie", "Médecine interne",
               "Gériatrie", "Oncologie médicale"]
