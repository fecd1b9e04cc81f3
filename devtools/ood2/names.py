"""Synthetic French name material (frequency-ordered, from general knowledge).

No real person's data: names are common French surnames / given names combined
at random with random dates.
"""

# Most frequent French surnames, roughly in frequency order.
SURNAMES_TOP = """MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT
SIMON MICHEL LEFEBVRE LEROY ROUX DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT
LAMBERT FONTAINE ROUSSEAU VINCENT MULLER LEFÈVRE FAURE ANDRÉ MERCIER BLANC GUÉRIN
BOYER GARNIER CHEVALIER FRANÇOIS LEGRAND GAUTHIER GARCIA PERRIN ROBIN CLÉMENT MORIN
NICOLAS HENRY ROUSSEL MATHIEU GAUTIER MASSON MARCHAND DUVAL DENIS DUMONT MARIE LEMAIRE
NOËL MEYER DUFOUR MEUNIER BRUN BLANCHARD GIRAUD JOLY RIVIÈRE LUCAS BRUNET GAILLARD
BARBIER ARNAUD MARTINEZ GÉRARD ROCHE RENARD SCHMITT ROY LEROUX COLIN VIDAL CARON PICARD
ROGER FABRE AUBERT LEMOINE RENAUD DUMAS LACROIX OLIVIER PHILIPPE BOURGEOIS PIERRE
BENOÎT REY LECLERC PAYET ROLLAND LECLERCQ GUILLAUME LECOMTE LOPEZ JEAN DUPUY GUILLOT
HUBERT BERGER CARPENTIER SANCHEZ DUPUIS MOULIN LOUIS DESCHAMPS HUET VASSEUR PEREZ
BOUCHER FLEURY ROYER KLEIN JACQUET ADAM PARIS POIRIER MARTY AUBRY GUYOT CARRÉ CHARLES
RENAULT CHARPENTIER MÉNARD MAILLARD BARON BERTIN BAILLY HERVÉ SCHNEIDER FERNANDEZ
LE_GALL COLLET LÉGER BOUVIER JULIEN PRÉVOST MILLET PERROT DANIEL LE_ROUX COUSIN GERMAIN
BRETON BESSON LANGLOIS RÉMY LE_GOFF PELLETIER LÉVÊQUE PERRIER LEBLANC BARRÉ LEBRUN
MARCHAL WEBER MALLET HAMON BOULANGER JACOB MONNIER MICHAUD RODRIGUEZ GUICHARD GILLET
ÉTIENNE GRONDIN POULAIN TESSIER CHEVALLIER COLLIN CHAUVIN DA_SILVA BOUCHET GAY LEMAÎTRE
BÉNARD MARÉCHAL HUMBERT REYNAUD ANTOINE HOARAU PERRET BARTHÉLEMY CORDIER PICHON LEJEUNE
GILBERT LAMY DELAUNAY PASQUIER CARLIER LAPORTE""".split()

# Less frequent surnames (flat low weight), incl. regional, compound, foreign-origin.
SURNAMES_TAIL = """ABADIE ALBERT ALLARD ARNOULD AUGER BAUDRY BAZIN BEAUMONT BÉGUIN BELLANGER BERTHELOT
BESNARD BIGOT BILLARD BLONDEL BOCQUET BODIN BONNEAU BOUDET BOUQUET BOURDON BOUTIN BRIAND
BRUNEAU BUISSON CAMUS CHARRIER CHAUVET CHÉRON COCHET COMBES COSTE COUDERC COURTOIS
CROS DELMAS DESBOIS DEVAUX DOUCET DROUET DUCHEMIN DUHAMEL DUMOULIN DUPRÉ ESNAULT EVRARD
FAVRE FÉRAUD FERRAND FOUCHER FOUQUET GALLET GARREAU GAUDIN GEOFFROY GODARD GRENIER
GROS GUIGNARD HAMEL HÉBERT HOUDAYER JOUBERT JOURDAN LABBÉ LACOSTE LAGARDE LAINÉ LANDRY
LARCHER LAVAL LEBON LECOQ LEDOUX LEFORT LEGER LEGRIS LEMERCIER LEPAGE LESAGE LÉTANG
LOISEAU LOMBARD MAHÉ MALLARD MARQUET MARTEL MASSE MAURY MERLE MIGNOT MONTAGNE MOUNIER
NAVARRO NORMAND OLLIVIER PAGÈS PARENT PASCAL PAUTRAT PELTIER PÉRIN PERROTIN PINEAU POTIER
POUGET PRUNIER QUÉRÉ RAGOT RAYNAUD REBOUL RIBEIRO RICARD RIGAUD RIOU ROBINET ROCHER
ROUSSELET SALMON SAUVAGE SERRE SOULIÉ TARDIEU TESTARD THIBAULT THOMASSIN TOUSSAINT
TRAN TURPIN VALLÉE VERDIER VERNET VIAL VIGUIER VILLENEUVE WAGNER WALTER ZIMMERMANN
LE_BIHAN LE_CORRE LE_GUEN LE_BRAS LE_MEUR LE_FLOCH LE_BRETON LE_COZ LE_DANTEC
N'DIAYE DIALLO TRAORÉ KONATÉ CISSÉ DIOP FALL SYLLA KEITA NGUYEN PHAM HOANG
BEN_SALAH EL_AMRANI BENALI HADDAD MANSOURI BOUZID CHERIF AMRANI BELKACEM
DUPONT-MORETTI MARTIN-DUPONT DUBOIS-LEFÈVRE SAINT-MARTIN DE_LA_FONTAINE D'ALMEIDA
DOS_SANTOS DA_COSTA FERREIRA PEREIRA MOREIRA RODRIGUES GONÇALVES MARQUES
ROSSI BIANCHI ROMANO COLOMBO ESPOSITO FONTANA SCHMIDT HOFFMANN KELLER MÜLLER
D'ARCY DE_SOUSA LE_NOUVEL DELACROIX DESMARAIS LAFONTAINE LAVERGNE DUPLESSIS""".split()

SURNAMES_TOP = [s.replace("_", " ") for s in SURNAMES_TOP]
SURNAMES_TAIL = [s.replace("_", " ") for s in SURNAMES_TAIL]

# Given names per birth cohort, frequency ordered (M, F)
FIRST = {
    (1925, 1949): (
        "Jean Pierre Michel André Jacques Bernard Marcel René Roger Louis Robert Claude Henri "
        "Paul Georges Gérard Daniel Raymond Maurice Joseph Roland Marcel Lucien Guy Yves Albert "
        "Jean-Claude Émile Fernand Gilbert".split(),
        "Marie Jeanne Monique Jacqueline Simone Denise Yvette Paulette Germaine Suzanne Madeleine "
        "Colette Odette Andrée Renée Marcelle Josette Françoise Geneviève Lucienne Gisèle Huguette "
        "Yvonne Marguerite Raymonde Ginette Micheline Christiane Lucie Hélène".split()),
    (1950, 1969): (
        "Philippe Alain Patrick Michel Christian Daniel Jean-Pierre Bernard Gérard Jean-Claude "
        "Thierry Pascal Éric Dominique Jean-Luc Didier Serge Francis Joël Gilles Jean-François "
        "Jean-Marc Bruno Denis Hervé Jean-Paul Marc Dominique Yves Jacques".split(),
        "Martine Nathalie Isabelle Catherine Sylvie Françoise Christine Brigitte Chantal Nicole "
        "Dominique Patricia Véronique Danielle Michèle Annie Évelyne Marie-Claude Joëlle Pascale "
        "Marie-Christine Corinne Béatrice Anne Claire Hélène Marie-France Josiane Laurence Agnès".split()),
    (1970, 1989): (
        "Stéphane Christophe Sébastien Frédéric Laurent Nicolas David Olivier Julien Jérôme "
        "Cédric Vincent Franck Guillaume Mathieu Thomas Romain Emmanuel Fabrice Anthony Arnaud "
        "Yann Grégory Benoît Damien Ludovic Jean-Baptiste Mickaël Pascal Samuel".split(),
        "Sandrine Valérie Stéphanie Céline Nathalie Aurélie Julie Émilie Karine Virginie Audrey "
        "Laetitia Sophie Mélanie Caroline Élodie Delphine Séverine Frédérique Emmanuelle "
        "Anne-Sophie Marie Claire Isabelle Hélène Gaëlle Christelle Magali Cécile Anne".split()),
    (1990, 2009): (
        "Thomas Kevin Nicolas Maxime Alexandre Quentin Lucas Hugo Théo Antoine Clément Romain "
        "Julien Florian Baptiste Louis Enzo Mathis Nathan Valentin Benjamin Paul Léo Tom Adrien "
        "Corentin Pierre Jules Dylan Yanis".split(),
        "Marine Laura Camille Manon Léa Julie Sarah Chloé Pauline Océane Emma Mathilde Anaïs "
        "Clara Marie Lucie Inès Justine Morgane Louise Charlotte Élise Margaux Lisa Juliette "
        "Noémie Amandine Mélissa Maëlle Jade".split()),
    (2010, 2025): (
        "Gabriel Léo Raphaël Louis Arthur Jules Adam Lucas Hugo Maël Noah Nathan Paul Sacha "
        "Ethan Gabin Aaron Mohamed Tom Timéo Liam Éden Nolan Théo Martin Côme Noé Léon Axel Sohan".split(),
        "Emma Jade Louise Alice Chloé Lina Léa Mila Rose Anna Inès Ambre Julia Mia Léna Manon "
        "Zoé Juliette Lou Camille Agathe Romane Iris Nina Léonie Eva Victoire Margot Capucine Lola".split()),
}

MIDDLE = (
    "Jean Pierre Marie Louis Joseph Paul André Michel François Henri Charles Jacques Antoine "
    "Philippe Daniel Georges Claude Lucien René Marcel Bernard Alexandre Nicolas".split(),
    "Marie Anne Jeanne Louise Françoise Thérèse Claire Catherine Hélène Madeleine Christine "
    "Josèphe Élisabeth Isabelle Geneviève Sophie Nicole Andrée Simone Danielle Odile Cécile".split(),
)

# pairs of twin first names one letter apart (M, F)
TWIN_NEAR = [("Louis", "Louise"), ("Daniel", "Danielle"), ("Michel", "Michèle"),
             ("Joël", "Joëlle"), ("Gabriel", "Gabrielle"), ("Emmanuel", "Emmanuelle"),
             ("René", "Renée"), ("Noël", "Noëlle"), ("Pascal", "Pascale"), ("Jean", "Jeanne"),
             ("Frédéric", "Frédérique"), ("Léon", "Léone"), ("Lucien", "Lucienne"),
             ("Julien", "Julienne"), ("Raphaël", "Raphaëlle"), ("Mathis", "Mathys")]

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]

TOWNS = [("Angers", "49"), ("Laval", "53"), ("Le Mans", "72"), ("Tours", "37"), ("Poitiers", "86"),
         ("Nantes", "44"), ("Rennes", "35"), ("Vannes", "56"), ("Quimper", "29"), ("Brest", "29"),
         ("Caen", "14"), ("Rouen", "76"), ("Lille", "59"), ("Amiens", "80"), ("Reims", "51"),
         ("Metz", "57"), ("Nancy", "54"), ("Strasbourg", "67"), ("Mulhouse", "68"), ("Dijon", "21"),
         ("Besançon", "25"), ("Lyon", "69"), ("Grenoble", "38"), ("Saint-Étienne", "42"),
         ("Clermont-Ferrand", "63"), ("Limoges", "87"), ("Bordeaux", "33"), ("Pau", "64"),
         ("Toulouse", "31"), ("Montpellier", "34"), ("Nîmes", "30"), ("Marseille", "13"),
         ("Toulon", "83"), ("Nice", "06"), ("Ajaccio", "2A"), ("Bastia", "2B"), ("Orléans", "45"),
         ("Chartres", "28"), ("Versailles", "78"), ("Créteil", "94"), ("Paris", "75"),
         ("Bobigny", "93"), ("Saint-Denis", "974"), ("Cholet", "49"), ("Saumur", "49")]

STREETS = ["rue des Lilas", "avenue Jean Jaurès", "rue de la République", "boulevard Pasteur",
           "rue Victor Hugo", "impasse des Tilleuls", "chemin des Vignes", "place du Marché",
           "rue du Général Leclerc", "allée des Chênes", "rue Nationale", "rue de la Gare",
           "avenue de la Libération", "rue des Écoles", "route de Nantes", "rue Saint-Martin"]

# Stems and endings to synthesise a long tail of plausible (rare) surnames.
TAIL_STEMS = """BOURG CHAMP MARCH ROUSS BLANCH GIR FAUR BERTH GUILL MOUL TERR BOIS FOUR BRUN
CHAUV GRAND LOUV MONT PERR RIV VALL BOUD COUD GAUD JOUB LAB MAL MAR PAST RAB SAUV TOUR
VERD BAR BEL BOUR CAR CHAL COL DEL FER GAL GRAV HAM LAC LAND MENN NAV PEL PIC POUL
RAV ROB SAL TAB VIL GOD HUGU LECL MOR PONS QUEN""".split()
TAIL_ENDS = ["ET", "OT", "EAU", "IN", "ARD", "IER", "OUX", "AUD", "ON", "ELLE", "ENS", "AC", "AS", "Y", "IÈRE", "ÈS"]
