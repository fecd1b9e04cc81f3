"""Name pools for the ood6 corpus (all invented combinations; frequent French surnames / first names).

Canonical spellings carry accents; the registry sometimes stores them without (see registry.py).
"""

# Frequent French surnames, roughly in frequency order (rank drives a Zipf-Mandelbrot weight).
SURNAMES_FREQ = """
MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL LEFÈVRE LEROY ROUX DAVID
BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT FONTAINE ROUSSEAU VINCENT MULLER LEFEBVRE FAURE ANDRÉ
MERCIER BLANC GUÉRIN BOYER GARNIER CHEVALIER FRANÇOIS LEGRAND GAUTHIER GARCIA PERRIN ROBIN CLÉMENT MORIN
NICOLAS HENRY ROUSSEL MATHIEU GAUTIER MASSON MARCHAND DUVAL DENIS DUMONT MARIE LEMAIRE NOËL MEYER DUFOUR
MEUNIER BRUN BLANCHARD GIRAUD JOLY RIVIÈRE LUCAS BRUNET GAILLARD BARBIER ARNAUD MARTINEZ GÉRARD ROCHE RENARD
SCHMITT ROY LEROUX COLIN VIDAL CARON PICARD ROGER FABRE AUBERT LEMOINE RENAUD DUMAS LACROIX OLIVIER PHILIPPE
BOURGEOIS PIERRE BENOÎT REY LECLERC PAYET ROLLAND LECLERCQ GUILLAUME LECOMTE LOPEZ JEAN DUPUY GUILLOT HUBERT
BERGER CARPENTIER SANCHEZ DUPUIS MOULIN LOUIS DESCHAMPS HUET VASSEUR PEREZ BOUCHER FLEURY ROYER KLEIN JACQUET
ADAM PARIS POIRIER MARTY AUBRY GUYOT CARRÉ CHARLES RENAULT CHARPENTIER MÉNARD MAILLARD BARON BERTIN BAILLY
HERVÉ SCHNEIDER FERNANDEZ LE GALL COLLET LÉGER BOUVIER JULIEN PRÉVOST MILLET PERROT DANIEL LE ROUX COUSIN
GERMAIN BRETON BESSON LANGLOIS RÉMY LE GOFF PELLETIER LÉVÊQUE PERRIER LEBLANC BARRÉ LEBRUN MARCHAL WEBER
MALLET HAMON BOULANGER JACOB MONNIER MICHAUD RODRIGUEZ GUICHARD GILLET ÉTIENNE GRONDIN POULAIN TESSIER
CHEVALLIER COLLIN CHAUVIN DA SILVA BOUCHET GAY LEMAÎTRE BÉNARD MARÉCHAL HUMBERT REYNAUD ANTOINE HOARAU PERRET
BARTHÉLEMY CORDIER PICHON LEJEUNE GILBERT LAMY DELAUNAY PASQUIER CARLIER LAPORTE NGUYEN LE BIHAN KERVELLA
LE BRIS TANGUY CAILLOT POULIQUEN BOUDIN MORVAN LE FLOCH JÉGOU CADIOU QUÉRÉ MADEC
"""

# Compound / particle / apostrophe names (rarer, appended after the frequent ones)
SURNAMES_SPECIAL = [
    "DE LA FONTAINE", "N'GUYEN", "N'DIAYE", "N'GUESSAN", "D'ALMEIDA", "D'ANGELO", "DOS SANTOS", "DE SOUSA",
    "DA COSTA", "LE GUENNEC", "LE CORRE", "LE MEUR", "DU PLESSIS", "DE VILLIERS", "VAN DEN BERGHE", "BEN AHMED",
    "EL KHOURY", "SAINT-MARTIN", "LEROY-BEAULIEU", "MARTIN-DUPRÉ", "LAFARGUE-CAZENAVE", "DESCAMPS-LÉGER",
    "LE BORGNE", "DE OLIVEIRA", "DUMAS-FERRAND", "BELKACEM", "HADDAD", "TRAORÉ", "DIALLO", "COULIBALY",
    "OUEDRAOGO", "MEZIANE", "BOUZIANE", "CHÂTELAIN", "FAVRE-BONVIN", "L'HÔTE", "LHUILLIER", "DELACROIX",
]

_PRE = ["BER", "CHAR", "DEL", "FOU", "GAR", "LAB", "MAR", "MON", "PEL", "RIB", "SAL", "TOR", "VAL", "BOU", "CAS",
        "DUR", "GIL", "LAV", "POU", "ROU", "TRI", "BRI", "COR", "GOU", "LAR", "MAS", "VER", "BAR", "CHAU", "FER"]
_SUF = ["AUD", "ARD", "ET", "IER", "OT", "IN", "ON", "EAU", "AIS", "ERT", "ILLE", "AT", "OUX", "ANT", "EL",
        "ENNE", "IOT", "ASSE", "ERON", "ICHON", "ANDIER", "OUZE"]


def synthetic_surnames():
    out = []
    for p in _PRE:
        for s in _SUF:
            n = p + s
            if "UU" in n or "OUOU" in n or "EAUAU" in n:
                continue
            out.append(n)
    return out


MALE_FIRST = """
Jean Pierre Michel André Philippe Alain Jacques Bernard Daniel Claude Christian Patrick Nicolas Thomas Julien
Alexandre Lucas Hugo Louis Gabriel Jean-Pierre Jean-Claude François Gérard René Marcel Serge Éric Stéphane Laurent
Olivier Sébastien Maxime Antoine Mathieu Romain Kévin Yanis Théo Léo Raphaël Arthur Mohamed Karim Youssef Hervé
Dominique Joël Gilles Pascal Thierry Frédéric Didier Bruno Yves Jean-Luc Jean-François Guy Roger Henri Paul
Robert Georges Lucien Raymond Émile Noah Adam Nathan Ethan Jules Baptiste Clément Quentin Benjamin Vincent
Cédric Loïc Gaël Erwan Yann Ronan Franck Fabrice Anthony Jérôme Christophe David Mickaël Ludovic Florian Damien
Aurélien Guillaume Jean-Marie Jean-Paul Marc Luc Hamid Rachid Samir Tuan Minh
"""

FEMALE_FIRST = """
Marie Jeanne Françoise Monique Catherine Nathalie Isabelle Sylvie Martine Christine Nicole Anne Sophie Sandrine
Valérie Céline Julie Camille Léa Manon Emma Chloé Inès Jade Louise Alice Lina Sarah Marie-Claude Marie-Thérèse
Anne-Marie Hélène Élodie Aurélie Émilie Laura Océane Fatima Yasmine Dominique Claude Jacqueline Simone Denise
Odette Colette Geneviève Madeleine Suzanne Paulette Christiane Josiane Brigitte Chantal Michèle Danielle Annie
Évelyne Patricia Véronique Stéphanie Virginie Karine Laetitia Audrey Mélanie Pauline Marion Charlotte Clara Zoé
Lucie Anaïs Maëlle Nolwenn Gwenaëlle Rose Agathe Margaux Elsa Juliette Léna Mila Ambre Maryvonne Yvonne Gisèle
Marie-Christine Marie-France Marie-Hélène Bernadette Thérèse Renée Lucienne Germaine Aïcha Khadija Nadia Linh
"""

# Twins sometimes share the initial (for the inseparable-twins case)
TWIN_PAIRS_SAME_INITIAL = [("Lucas", "Louis", "M", "M"), ("Léa", "Lucie", "F", "F"), ("Emma", "Elsa", "F", "F"),
                           ("Théo", "Thomas", "M", "M"), ("Manon", "Marion", "F", "F"), ("Jules", "Julien", "M", "M"),
                           ("Camille", "Clara", "F", "F"), ("Noah", "Nathan", "M", "M")]

# (dept, commune code, commune name) for NIR + place of birth
COMMUNES = [
    ("75", "114", "PARIS 14E ARRONDISSEMENT"), ("75", "112", "PARIS 12E ARRONDISSEMENT"),
    ("75", "118", "PARIS 18E ARRONDISSEMENT"), ("69", "383", "LYON 3E ARRONDISSEMENT"), ("13", "055", "MARSEILLE"),
    ("33", "063", "BORDEAUX"), ("31", "555", "TOULOUSE"), ("44", "109", "NANTES"), ("59", "350", "LILLE"),
    ("67", "482", "STRASBOURG"), ("35", "238", "RENNES"), ("29", "019", "BREST"), ("29", "232", "QUIMPER"),
    ("29", "151", "MORLAIX"), ("22", "278", "SAINT-BRIEUC"), ("56", "260", "VANNES"), ("56", "121", "LORIENT"),
    ("2A", "004", "AJACCIO"), ("2B", "033", "BASTIA"), ("97", "411", "SAINT-DENIS"), ("14", "118", "CAEN"),
    ("76", "540", "ROUEN"), ("49", "007", "ANGERS"), ("37", "261", "TOURS"), ("63", "113", "CLERMONT-FERRAND"),
    ("21", "231", "DIJON"), ("54", "395", "NANCY"), ("80", "021", "AMIENS"), ("87", "085", "LIMOGES"),
    ("06", "088", "NICE"), ("34", "172", "MONTPELLIER"), ("38", "185", "GRENOBLE"),
]
COUNTRIES = [("350", "MAROC"), ("352", "ALGÉRIE"), ("351", "TUNISIE"), ("139", "PORTUGAL"), ("127", "ITALIE"),
             ("134", "ESPAGNE"), ("109", "ALLEMAGNE"), ("243", "VIET NAM"), ("341", "SÉNÉGAL"), ("326", "CÔTE D'IVOIRE")]

SPECIALTIES = [
    ("Cardiologue", "cardio"), ("Gastro-entérologue", "gastro"), ("Pneumologue", "pneumo"),
    ("Rhumatologue", "rhumato"), ("Endocrinologue", "endoc"), ("Néphrologue", "nephro"), ("Neurologue", "neuro"),
    ("Chirurgien orthopédiste", "ortho"), ("Chirurgien viscéral", "visc"), ("Dermatologue", "derma"),
    ("Médecin généraliste", "mg"), ("Pédiatre", "pedia"), ("Gynécologue", "gyneco"), ("Ophtalmologiste", "ophtalmo"),
    ("Radiologue", "radio"), ("Biologiste", "bio"), ("Anesthésiste-réanimateur", "anesth"), ("Urologue", "uro"),
]

CITIES = ["Brest", "Quimper", "Morlaix", "Landerneau", "Lorient", "Vannes", "Rennes", "Saint-Brieuc", "Lannion",
          "Concarneau", "Douarnenez", "Carhaix-Plouguer", "Pont-l'Abbé", "Guingamp", "Nantes", "Angers"]
STREETS = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta", "rue de Siam",
           "rue du Général de Gaulle", "place de la Liberté", "rue Pasteur", "allée des Tilleuls", "rue de Brest",
           "chemin de Kerbernier", "rue Émile Zola", "impasse des Mouettes", "route de Quimper", "quai de l'Odet"]

ESTABLISHMENTS = [
    ("Centre Hospitalier des Trois Rivières", "CH"), ("Hôpital privé du Val d'Iroise", "HP"),
    ("Clinique Saint-Vincent", "CL"), ("Centre Hospitalier Universitaire de l'Ouest", "CHU"),
    ("Polyclinique de la Baie", "CL"), ("Centre Hospitalier de Cornouaille-Nord", "CH"),
    ("Clinique mutualiste des Abers", "CL"), ("Hôpital d'instruction du Ponant", "CH"),
]
SERVICES = {
    "cardio": "Service de Cardiologie", "gastro": "Service d'Hépato-Gastro-Entérologie",
    "pneumo": "Service de Pneumologie", "rhumato": "Service de Rhumatologie", "endoc": "Service d'Endocrinologie",
    "nephro": "Service de Néphrologie", "neuro": "Service de Neurologie", "ortho": "Service de Chirurgie Orthopédique",
    "visc": "Service de Chirurgie Viscérale et Digestive", "mi": "Service de Médecine Interne",
    "geria": "Service de Médecine Gériatrique", "pedia": "Service de Pédiatrie", "uro": "Service d'Urologie",
}
LABS = ["Laboratoire BioOuest", "Laboratoire d'analyses médicales Iroise Bio", "LBM Armor Biologie",
        "Laboratoire Cornouaille Analyses", "Bio-Océane Laboratoires"]
IMAGING = ["Centre d'Imagerie Médicale de l'Élorn", "Cabinet de Radiologie des Capucins",
           "Imagerie du Ponant", "Centre de Radiologie et d'Échographie Kerichen", "IRM Scanner de la Baie"]
