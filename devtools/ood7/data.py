"""Static material for the ood7 corpus: French names by frequency, communes with INSEE codes, establishments,
doctors' specialties and sentence banks.  Written from general knowledge of French civil status and medical mail."""

# Birth names, roughly by decreasing frequency in France (accents as on civil status; registry stores them bare).
SURNAMES = """MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL LEFEBVRE LEROY ROUX
DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT FONTAINE ROUSSEAU VINCENT MULLER LEFÈVRE FAURE ANDRÉ
MERCIER BLANC GUÉRIN BOYER GARNIER CHEVALIER FRANÇOIS LEGRAND GAUTHIER GARCIA PERRIN ROBIN CLÉMENT MORIN NICOLAS
HENRY ROUSSEL MATHIEU GAUTIER MASSON MARCHAND DUVAL DENIS DUMONT MARIE LEMAIRE NOËL MEYER DUFOUR MEUNIER BRUN
BLANCHARD GIRAUD JOLY RIVIÈRE LUCAS BRUNET GAILLARD BARBIER ARNAUD MARTINEZ GÉRARD ROCHE RENARD SCHMITT ROY LEROUX
COLIN VIDAL CARON PICARD ROGER FABRE AUBERT LEMOINE RENAUD DUMAS LACROIX OLIVIER PHILIPPE BOURGEOIS PIERRE BENOÎT
REY LECLERC PAYET ROLLAND LECLERCQ GUILLAUME LECOMTE LOPEZ JEAN DUPUY GUILLOT HUBERT BERGER CARPENTIER SANCHEZ
DUPUIS MOULIN LOUIS DESCHAMPS HUET VASSEUR PEREZ BOUCHER FLEURY ROYER KLEIN JACQUET ADAM PARIS POIRIER MARTY
AUBRY GUYOT CARRÉ CHARLES RENAULT CHARPENTIER MÉNARD MAILLARD BARON BERTIN BAILLY HERVÉ SCHNEIDER FERNANDEZ
LE_GALL COLLET LÉGER BOUVIER JULIEN PRÉVOST MILLET PERROT DANIEL LE_ROUX COUSIN GERMAIN BRETON BESSON LANGLOIS
RÉMY LE_GOFF PELLETIER LÉVÊQUE PERRIER LEBLANC BARRÉ LEBRUN MARCHAL WEBER MALLET HAMON BOULANGER JACOB MONNIER
MICHAUD RODRIGUEZ GUICHARD GILLET ÉTIENNE GRONDIN POULAIN TESSIER CHEVALLIER COLLIN CHAUVIN DA_SILVA BOUCHET GAY
LEMAÎTRE BÉNARD MARÉCHAL HUMBERT REYNAUD ANTOINE HOARAU PERRET BARTHÉLEMY CORDIER PICHON LEJEUNE GILBERT LAMY
DELAUNAY PASQUIER CARLIER LAPORTE NGUYEN D'ALMEIDA N'DIAYE BEN_SAÏD DIALLO HADDAD BENALI TRAN LE_BIHAN
SAINT-MARTIN DOS_SANTOS FERREIRA HÉBERT GRÉGOIRE FRÉMONT DE_LA_FONTAINE KERGOAT QUÉMÉNER ÉMERY CHÂTELAIN
VAN_DEN_BERGHE DELACROIX DUCHÊNE LEBŒUF MOHAMED BOUAZIZ TOURÉ PHAM SCHWARTZ WAGNER OBERLÉ""".split()
SURNAMES = [s.replace("_", " ") for s in SURNAMES]

# Given names by sex and by generation (born <1960, 1960-1989, >=1990).
FIRST_M = {
    0: "Jean Pierre Michel André Jacques Bernard Claude Roger René Marcel Henri Robert Louis Georges Paul Daniel "
       "Gérard Maurice Lucien Raymond Jean-Pierre Jean-Claude Jean-Marie Guy Alain Marc Joseph Émile Gilbert "
       "Fernand Roland Yves Albert Raoul",
    1: "Philippe Christophe Stéphane Laurent Frédéric Olivier Patrick Éric Thierry Pascal David Nicolas Sébastien "
       "Christian Didier Franck Bruno Jérôme Vincent Jean-Luc Jean-François Dominique Hervé Cédric Fabrice Sylvain "
       "Mohamed Thomas Julien Denis Régis Gilles",
    2: "Lucas Hugo Louis Nathan Gabriel Jules Léo Arthur Raphaël Adam Enzo Mathis Théo Tom Maël Noah Ethan "
       "Clément Maxime Alexandre Antoine Baptiste Quentin Romain Kylian Yanis Mathéo Timothée Noé Sacha Axel",
}
FIRST_F = {
    0: "Marie Jeanne Monique Françoise Jacqueline Simone Suzanne Paulette Denise Colette Yvette Madeleine Odette "
       "Germaine Marguerite Josette Nicole Christiane Ginette Lucienne Hélène Marie-Thérèse Marie-Claude Renée "
       "Geneviève Annie Andrée Marcelle Huguette Micheline Arlette",
    1: "Nathalie Isabelle Sylvie Catherine Valérie Sandrine Christine Véronique Stéphanie Céline Sophie Patricia "
       "Corinne Laurence Martine Virginie Anne Karine Marie-Christine Anne-Sophie Delphine Émilie Aurélie Caroline "
       "Julie Florence Béatrice Agnès Pascale Élodie Nadia",
    2: "Emma Jade Louise Alice Chloé Léa Manon Inès Camille Lina Zoé Léna Juliette Rose Anna Lola Clara Sarah "
       "Louna Mila Ambre Margaux Océane Maëlys Éloïse Noémie Lucie Anaïs Capucine Lou Héloïse",
}
FIRST_M = {k: v.split() for k, v in FIRST_M.items()}
FIRST_F = {k: v.split() for k, v in FIRST_F.items()}
# Twin first-name pairs (close spellings are a classic source of error).
TWIN_F = [("Léa", "Léna"), ("Emma", "Emmy"), ("Marie", "Maria"), ("Chloé", "Clara"), ("Jade", "Jeanne")]
TWIN_M = [("Louis", "Lucas"), ("Hugo", "Hugues"), ("Théo", "Tom"), ("Jules", "Jules-Henri"), ("Nathan", "Noah")]

# (commune, INSEE dept for the NIR, 3-digit commune code, département label)
COMMUNES = [
    ("Paris 14e", "75", "114"), ("Paris 12e", "75", "112"), ("Paris 15e", "75", "115"), ("Lyon 3e", "69", "383"),
    ("Lyon 8e", "69", "388"), ("Marseille 5e", "13", "205"), ("Marseille 13e", "13", "213"), ("Toulouse", "31", "555"),
    ("Nice", "06", "088"), ("Nantes", "44", "109"), ("Strasbourg", "67", "482"), ("Montpellier", "34", "172"),
    ("Bordeaux", "33", "063"), ("Lille", "59", "350"), ("Rennes", "35", "238"), ("Reims", "51", "454"),
    ("Le Havre", "76", "351"), ("Saint-Étienne", "42", "218"), ("Toulon", "83", "137"), ("Grenoble", "38", "185"),
    ("Dijon", "21", "231"), ("Angers", "49", "007"), ("Nîmes", "30", "189"), ("Villeurbanne", "69", "266"),
    ("Clermont-Ferrand", "63", "113"), ("Le Mans", "72", "181"), ("Aix-en-Provence", "13", "001"),
    ("Brest", "29", "019"), ("Tours", "37", "261"), ("Amiens", "80", "021"), ("Limoges", "87", "085"),
    ("Annecy", "74", "010"), ("Perpignan", "66", "136"), ("Metz", "57", "463"), ("Besançon", "25", "056"),
    ("Orléans", "45", "234"), ("Rouen", "76", "540"), ("Caen", "14", "118"), ("Nancy", "54", "395"),
    ("Ajaccio", "2A", "004"), ("Bastia", "2B", "033"), ("Roubaix", "59", "512"), ("Avignon", "84", "007"),
    ("Poitiers", "86", "194"), ("Pau", "64", "445"), ("La Rochelle", "17", "300"), ("Valence", "26", "362"),
    ("Chambéry", "73", "065"), ("Quimper", "29", "232"), ("Saint-Denis (La Réunion)", "97", "411"),
    ("Fort-de-France", "97", "209"), ("Vannes", "56", "260"), ("Colmar", "68", "066"), ("Bourg-en-Bresse", "01", "053"),
]
FOREIGN = [("ALGÉRIE", "99", "352"), ("MAROC", "99", "350"), ("PORTUGAL", "99", "139"), ("TUNISIE", "99", "351"),
           ("ITALIE", "99", "127"), ("ESPAGNE", "99", "134"), ("VIET NAM", "99", "243"), ("SÉNÉGAL", "99", "341"),
           ("BELGIQUE", "99", "131")]

STREETS = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta", "rue Pasteur",
           "chemin des Vignes", "allée des Tilleuls", "rue du Moulin", "place de l'Église", "impasse des Lilas",
           "rue Émile Zola", "avenue du Général de Gaulle", "rue des Écoles", "route de Lyon", "rue Paul Bert",
           "quai des Chartrons", "rue Saint-Exupéry", "résidence Les Glycines, bât. B", "rue Anatole France"]

ESTABLISHMENTS = [
    dict(name="Centre Hospitalier Universitaire", city="Nantes", short="CHU de Nantes", addr="5 allée de l'Île Gloriette",
         cp="44093", cedex="Nantes Cedex 1", tel="02 40 08 33 33"),
    dict(name="Hospices Civils de Lyon — Hôpital Édouard Herriot", city="Lyon", short="HCL — HEH",
         addr="5 place d'Arsonval", cp="69437", cedex="Lyon Cedex 03", tel="04 72 11 73 11"),
    dict(name="Centre Hospitalier de Valence", city="Valence", short="CH Valence", addr="179 boulevard du Maréchal Juin",
         cp="26953", cedex="Valence Cedex 9", tel="04 75 75 75 75"),
    dict(name="Centre Hospitalier Bretagne Atlantique", city="Vannes", short="CHBA", addr="20 boulevard Général Maurice Guillaudot",
         cp="56017", cedex="Vannes Cedex", tel="02 97 01 41 41"),
    dict(name="Clinique du Parc", city="Saint-Priest-en-Jarez", short="Clinique du Parc", addr="9 boulevard Pasteur",
         cp="42270", cedex="Saint-Priest-en-Jarez", tel="04 77 92 60 00"),
    dict(name="Polyclinique Saint-Roch", city="Montpellier", short="PSR", addr="560 avenue du Colonel André Pavelet",
         cp="34070", cedex="Montpellier", tel="04 67 61 88 00"),
    dict(name="Groupe Hospitalier Sud Île-de-France", city="Melun", short="GHSIF", addr="270 avenue Marc Jacquet",
         cp="77000", cedex="Melun", tel="01 81 74 17 17"),
    dict(name="Centre Hospitalier Intercommunal Alpes-Isère", city="Voiron", short="CHI Voiron", addr="14 route des Gorges",
         cp="38506", cedex="Voiron Cedex", tel="04 76 67 15 15"),
    dict(name="Hôpital privé Jacques Cartier", city="Massy", short="HPJC", addr="6 avenue du Noyer Lambert",
         cp="91300", cedex="Massy", tel="01 60 13 46 46"),
    dict(name="Centre Hospitalier de Cholet", city="Cholet", short="CH Cholet", addr="1 rue Marengo",
         cp="49325", cedex="Cholet Cedex", tel="02 41 49 60 00"),
]
LABS = [dict(name="Laboratoire Bio-Rhône", site="Site de Vénissieux", addr="12 avenue Jean Cagne", cp="69200",
             city="Vénissieux", tel="04 78 70 12 34"),
        dict(name="LBM Atlantique Biologie", site="Plateau technique de Saint-Herblain", addr="3 rue Olympe de Gouges",
             cp="44800", city="Saint-Herblain", tel="02 40 92 11 00"),
        dict(name="Biolab Provence", site="Laboratoire de la Canebière", addr="48 La Canebière", cp="13001",
             city="Marseille", tel="04 91 55 20 20"),
        dict(name="Laboratoire des Trois Vallées", site="Site de Moûtiers", addr="2 place du Marché", cp="73600",
             city="Moûtiers", tel="04 79 24 00 11")]

SERVICES = ["Cardiologie", "Pneumologie", "Gastro-entérologie et hépatologie", "Chirurgie orthopédique et traumatologique",
            "Médecine interne", "Gériatrie aiguë", "Pédiatrie", "Neurologie", "Urologie", "Gynécologie-obstétrique",
            "Endocrinologie-diabétologie", "Néphrologie", "Rhumatologie", "Chirurgie digestive", "ORL",
            "Imagerie médicale", "Oncologie médicale", "Dermatologie", "Urgences", "Soins de suite et réadaptation"]
SPECIALTIES = ["Médecine générale", "Cardiologie", "Pneumologie", "Gastro-entérologie", "Rhumatologie", "Pédiatrie",
               "Dermatologie", "Endocrinologie", "Radiologie", "Chirurgie orthopédique", "Neurologie", "ORL",
               "Ophtalmologie", "Gynécologie médicale", "Psychiatrie", "Gériatrie"]
