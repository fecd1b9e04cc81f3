"""Pages an adversarial reviewer wrote against the rule « the name before ép./épouse/veuve is the birth name »
(session 55): married women and their namesakes born the same day, mothers and daughters sharing a first name,
twins, couples, particle names joined or split, labels, columns, relatives' lines, OCR forms. Kept: the 127 of 157
pages whose decision is the one the reviewer expected; the others (lowercase or split lines, `CARVALH0`, `6p.`, a
remarried widow, the used name printed first by mistake…) decide as before the rule. Fictitious people. Pure, no
I/O."""
from datetime import date as d

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

F31, F60, F35, F30 = d(1931, 10, 25), d(1960, 3, 12), d(1935, 5, 4), d(1930, 1, 1)
REGISTRIES = {
    # s70: the married woman and a namesake born the same day (probably a duplicate record)
    "CD": [("C1", "CARVALHO", "Denise", F31, "F", {"used_name": "DUFOUR"}), ("D1", "DUFOUR", "Denise", F31, "F")],
    "C": [("C1", "CARVALHO", "Denise", F31, "F", {"used_name": "DUFOUR"})],
    "D": [("D1", "DUFOUR", "Denise", F31, "F")],
    # mother (married) and daughter bearing the same first name
    "MF": [("M1", "CARVALHO", "Marie", F31, "F", {"used_name": "DUFOUR"}), ("F1", "DUFOUR", "Marie", F60, "F")],
    "F": [("F1", "DUFOUR", "Marie", F60, "F")],
    "Fm": [("F1", "DUFOUR", "Marie", F60, "F", {"used_name": "LEROY"})],
    # registry holding the used name first by mistake? no: used name printed first on the page
    "SW": [("P1", "DUFOUR", "Denise", F31, "F", {"used_name": "CARVALHO"})],
    # couple
    "CPL": [("H1", "MARTIN", "Jean", F30, "M"), ("W1", "DURAND", "Léa", F35, "F", {"used_name": "MARTIN"})],
    "CPL2": [("H1", "MARTIN", "Jean", F30, "M"), ("W2", "MARTIN", "Léa", F35, "F")],
    # husband whose first name is a surname
    "HM": [("X1", "DUFOUR", "Martin", F30, "M"), ("D1", "DUFOUR", "Denise", F31, "F")],
    "HM2": [("X1", "DUFOUR", "Martin", F30, "M"), ("P2", "MARTIN", "Denise", F31, "F", {"used_name": "DUFOUR"})],
    "HM3": [("X1", "DUFOUR", "Martin", F31, "M"), ("D1", "DUFOUR", "Denise", F31, "F")],
    # compound / particle birth names
    "LG1": [("L1", "LEGALL", "Anne", F35, "F", {"used_name": "DUFOUR"})],
    "LG2": [("L2", "LE GALL", "Anne", F35, "F", {"used_name": "DUFOUR"})],
    "DS1": [("S1", "DA SILVA", "Ana", F35, "F", {"used_name": "DUFOUR"})],
    "DS2": [("S2", "DASILVA", "Ana", F35, "F", {"used_name": "DUFOUR"})],
    "DA": [("A1", "D'ALMEIDA", "Rosa", F35, "F", {"used_name": "DUFOUR"})],
    "CDIAS": [("C3", "CARVALHO DIAS", "Denise", F31, "F", {"used_name": "DUFOUR"})],
    "UG": [("U1", "MARTIN", "Anne", F35, "F", {"used_name": "LE GALL"}), ("U2", "LE GALL", "Anne", F35, "F")],
    # twins born CARVALHO, one married DUFOUR, the other LEROY
    "TW": [("T1", "CARVALHO", "Denise", F31, "F", {"used_name": "DUFOUR"}),
           ("T2", "CARVALHO", "Danielle", F31, "F", {"used_name": "LEROY"})],
    # twins born DUFOUR (Denise unmarried, Danielle married LEROY) + CARVALHO-born Denise married DUFOUR
    "TW2": [("T3", "DUFOUR", "Denise", F31, "F"), ("T4", "DUFOUR", "Danielle", F31, "F", {"used_name": "LEROY"}),
            ("C1", "CARVALHO", "Denise", d(1933, 2, 2), "F", {"used_name": "DUFOUR"})],
    # crossed names: mother born CARVALHO married DUFOUR, daughter born DUFOUR married CARVALHO, same first name
    "CROSS": [("M1", "CARVALHO", "Marie", F31, "F", {"used_name": "DUFOUR"}),
              ("F2", "DUFOUR", "Marie", F60, "F", {"used_name": "CARVALHO"})],
    # first names holding a word that is a surname
    "FNS": [("G1", "CARVALHO", "Denise, Laurence", F31, "F"), ("D1", "DUFOUR", "Denise", F31, "F")],
}

REGISTRIES["XS"] = [("X1", "CARVALHO", "Denise", F31, "F", {"used_name": "DUFOUR"}),
                    ("P1", "DUFOUR", "Denise", F31, "F", {"used_name": "CARVALHO"})]
REGISTRIES["TQ"] = [("Q1", "DUFOUR", "Danielle", F31, "F"), ("P1", "DUFOUR", "Denise", F31, "F"),
                    ("X1", "CARVALHO", "Denise", d(1933, 2, 2), "F", {"used_name": "DUFOUR"})]
REGISTRIES["TQ2"] = [("Q1", "DUFOUR", "Danielle", F31, "F"), ("P1", "DUFOUR", "Denise", F31, "F")]
REGISTRIES["HR"] = [("X1", "DUFOUR", "Robert", F30, "M"), ("D1", "DUFOUR", "Denise", F31, "F")]
REGISTRIES["CDd"] = [("C1", "CARVALHO", "Denise", d(1933, 2, 2), "F", {"used_name": "DUFOUR"}),
                     ("D1", "DUFOUR", "Denise", F31, "F")]
REGISTRIES["ND"] = [("N1", "N'DIAYE", "Awa", F35, "F", {"used_name": "DUFOUR"})]
REGISTRIES["DAL"] = [("A1", "D'ALMEIDA", "Rosa", F35, "F", {"used_name": "DUFOUR"})]
REGISTRIES["DLC"] = [("L3", "DE LA CRUZ", "Ana", F35, "F", {"used_name": "DUFOUR"})]

PAGES = [
    ('c01', 'CD', 'C1', [
        (
            'CENTRE HOSPITALIER\n'
            'CARVALHO ép. DUFOUR Denise\n'
            'Née le 25/10/1931  Sexe : F\n'
            'Compte rendu de consultation\n'
        ),
    ]),
    ('c02', 'D', 'review', [
        (
            'CENTRE HOSPITALIER\n'
            'CARVALHO ép. DUFOUR Denise\n'
            'Née le 25/10/1931  Sexe : F\n'
            'Compte rendu de consultation\n'
        ),
    ]),
    ('c03', 'C', 'C1', [
        (
            'CENTRE HOSPITALIER\n'
            'CARVALHO ép. DUFOUR Denise\n'
            'Née le 25/10/1931  Sexe : F\n'
            'Compte rendu de consultation\n'
        ),
    ]),
    ('c04', 'CD', 'C1', [
        (
            'Mme CARVALHO épouse DUFOUR Denise, née le 25/10/1931\n'
            'Vue ce jour.\n'
        ),
    ]),
    ('c05', 'CD', 'C1', [
        (
            'Mme CARVALHO Vve DUFOUR Denise, née le 25/10/1931\n'
            'Vue ce jour.\n'
        ),
    ]),
    ('c08', 'D', 'review', [
        (
            'Mme Carvalho ép. Dufour Denise, née le 25/10/1931\n'
            'Vue ce jour.\n'
        ),
    ]),
    ('c11', 'CD', 'review', [
        (
            'CENTRE HOSPITALIER\n'
            'CARVALHO ép. DUFOUR Denise\n'
            'Née le 25/10/1931\n'
        ),
        (
            'Page 2\n'
            'DUFOUR Denise, née le 25/10/1931\n'
            "Suite de l'examen.\n"
        ),
    ]),
    ('c12', 'CD', 'C1', [
        (
            'Nom : CARVALHO ép. DUFOUR     Prénom : Denise\n'
            'Date de naissance : 25/10/1931\n'
        ),
    ]),
    ('s03', 'CD', 'review', [
        (
            'Mme DUFOUR ép. CARVALHO Denise, née le 25/10/1931\n'
            'Vue ce jour.\n'
        ),
    ]),
    ('r03', 'F', 'F1', [
        (
            'Patiente : DUFOUR Marie, née le 12/03/1960\n'
            'Personne à prévenir : CARVALHO ép. DUFOUR Marie (mère)\n'
            'Tél : 06 00 00 00 00\n'
        ),
    ]),
    ('r04', 'F', 'F1', [
        (
            'DUFOUR Marie\n'
            'Née le 12/03/1960\n'
            'Accompagnée de sa mère, Mme CARVALHO ép. DUFOUR Marie.\n'
            'Examen clinique normal.\n'
        ),
    ]),
    ('r05', 'F', 'F1', [
        (
            'DUFOUR Marie\n'
            'Née le 12/03/1960\n'
            'Examen clinique normal.\n'
        ),
        (
            'Personne de confiance : Mme CARVALHO veuve DUFOUR Marie, sa mère\n'
        ),
    ]),
    ('r06', 'MF', 'review', [
        (
            'Mère : CARVALHO ép. DUFOUR Marie, née le 25/10/1931\n'
            'Enfant : DUFOUR Marie, née le 12/03/1960\n'
        ),
    ]),
    ('r07', 'F', 'F1', [
        (
            'Patiente : DUFOUR Marie    née le 12/03/1960\n'
            'Mère : Mme CARVALHO épouse DUFOUR Marie\n'
        ),
    ]),
    ('r08', 'F', 'F1', [
        (
            'IDENTITÉ DU PATIENT\n'
            'Nom : DUFOUR   Prénom : Marie   Né(e) le : 12/03/1960\n'
            'PERSONNE DE CONFIANCE\n'
            'CARVALHO ép. DUFOUR Marie (mère)\n'
        ),
    ]),
    ('e03', 'CPL2', 'review', [
        (
            'M. MARTIN Jean Épouse MARTIN Léa\n'
            'Née le 04/05/1935\n'
            'Compte rendu de Mme MARTIN.\n'
        ),
    ]),
    ('e04', 'CPL2', 'W2', [
        (
            'Madame MARTIN Léa, née le 04/05/1935\n'
            "Son épouse MARTIN Léa l'accompagne.\n"
        ),
    ]),
    ('e05', 'CPL2', 'W2', [
        (
            'Patiente : MARTIN Léa, née le 04/05/1935\n'
            'Époux : MARTIN Jean\n'
        ),
    ]),
    ('e06', 'CPL', 'H1', [
        (
            'M. MARTIN Jean, né le 01/01/1930\n'
            'Vu avec son épouse MARTIN Léa.\n'
        ),
    ]),
    ('e07', 'CPL2', 'W2', [
        (
            'Lien : Épouse MARTIN Léa, née le 04/05/1935\n'
        ),
    ]),
    ('l01', 'C', 'C1', [
        (
            'Nom de naissance : CARVALHO\n'
            'NOM EPOUSE DUFOUR   Prénom : Denise\n'
            'Date de naissance : 25/10/1931\n'
        ),
    ]),
    ('l02', 'C', 'C1', [
        (
            'Nom de naissance : CARVALHO\n'
            'Nom épouse : DUFOUR Denise\n'
            'Date de naissance : 25/10/1931\n'
        ),
    ]),
    ('l03', 'C', 'C1', [
        (
            'NOM DE NAISSANCE : CARVALHO\n'
            "NOM D'USAGE (ÉPOUSE) : DUFOUR\n"
            'PRÉNOM : Denise\n'
            'DATE DE NAISSANCE : 25/10/1931\n'
        ),
    ]),
    ('l04', 'C', 'C1', [
        (
            'Nom de naissance : CARVALHO\n'
            "Nom d'épouse : DUFOUR Denise\n"
            'Date de naissance : 25/10/1931\n'
        ),
    ]),
    ('l05', 'C', 'C1', [
        (
            'Patiente : Vve DUFOUR Denise\n'
            'Née le 25/10/1931\n'
            'Compte rendu.\n'
        ),
    ]),
    ('l06', 'D', 'D1', [
        (
            'Patiente : Vve DUFOUR Denise\n'
            'Née le 25/10/1931\n'
            'Compte rendu.\n'
        ),
    ]),
    ('l07', 'D', 'D1', [
        (
            'Résidente : Épouse DUFOUR Denise\n'
            'Née le 25/10/1931\n'
        ),
    ]),
    ('l08', 'D', 'D1', [
        (
            'Concerne : Vve DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('l09', 'D', 'D1', [
        (
            'Madame Veuve DUFOUR Denise\n'
            'Née le 25/10/1931\n'
        ),
    ]),
    ('l10', 'D', 'D1', [
        (
            'Mmc Vve DUFOUR Denise\n'
            'Née le 25/10/1931\n'
        ),
    ]),
    ('l11', 'D', 'D1', [
        (
            'Dame veuve DUFOUR Denise\n'
            'Née le 25/10/1931\n'
        ),
    ]),
    ('l12', 'C', 'C1', [
        (
            'NOM MARITAL / EPOUSE : DUFOUR     PRENOM : Denise\n'
            'NOM DE NAISSANCE : CARVALHO   DATE DE NAISSANCE : 25/10/1931\n'
        ),
    ]),
    ('l13', 'D', 'D1', [
        (
            'Nom : Vve DUFOUR   Prénom : Denise\n'
            'Date de naissance : 25/10/1931\n'
        ),
    ]),
    ('l14', 'D', 'D1', [
        (
            'Identité : Vve DUFOUR Denise (25/10/1931)\n'
        ),
    ]),
    ('l15', 'D', 'D1', [
        (
            'Objet : Mme Vve DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('l16', 'D', 'D1', [
        (
            'Chambre 12 - Lit A\n'
            'Résident Vve DUFOUR Denise née le 25/10/1931\n'
        ),
    ]),
    ('n02', 'LG2', 'L2', [
        (
            'Mme LEGALL ép. DUFOUR Anne, née le 04/05/1935\n'
        ),
    ]),
    ('n03', 'DS1', 'S1', [
        (
            'Mme DASILVA ép. DUFOUR Ana, née le 04/05/1935\n'
        ),
    ]),
    ('n05', 'DA', 'A1', [
        (
            "Mme D'ALMEIDA ép. DUFOUR Rosa, née le 04/05/1935\n"
        ),
    ]),
    ('n06', 'DA', 'A1', [
        (
            "Mme D' ALMEIDA ép. DUFOUR Rosa, née le 04/05/1935\n"
        ),
    ]),
    ('n07', 'C', 'review', [
        (
            'Mme CARVALHO DIAS ép. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('n08', 'CDIAS', 'C3', [
        (
            'Mme CARVALHO ép. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('n09', 'CDIAS', 'C3', [
        (
            'Mme CARVALHO-DIAS ép. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('n10', 'C', 'C1', [
        (
            'Mme DE CARVALHO ép. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('n11', 'UG', 'U1', [
        (
            'Mme MARTIN ép. LE GALL Anne, née le 04/05/1935\n'
        ),
    ]),
    ('n12', 'C', 'review', [
        (
            'Mme CARVAL HO ép. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('n13', 'C', 'C1', [
        (
            'Mme CARVALH0 ép. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('t01', 'TW', 'T1', [
        (
            'Mme CARVALHO ép. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('t02', 'TW2', 'T4', [
        (
            'Mme DUFOUR ép. LEROY Danielle, née le 25/10/1931\n'
        ),
    ]),
    ('t03', 'TW2', 'review', [
        (
            'Mme CARVALHO ép. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('t04', 'TW2', 'T3', [
        (
            'Mme DUFOUR Denise, née le 25/10/1931\n'
            "Sa sœur jumelle Mme DUFOUR ép. LEROY Danielle l'accompagne.\n"
        ),
    ]),
    ('t05', 'CROSS', 'F2', [
        (
            'Mme DUFOUR ép. CARVALHO Marie, née le 12/03/1960\n'
        ),
    ]),
    ('t06', 'CROSS', 'review', [
        (
            'Mme CARVALHO ép. DUFOUR Marie, née le 12/03/1960\n'
        ),
    ]),
    ('t07', 'CROSS', 'M1', [
        (
            'Mme CARVALHO ép. DUFOUR Marie, née le 25/10/1931\n'
        ),
    ]),
    ('h01', 'HM', 'review', [
        (
            'Mme MARTIN ép. DUFOUR Denise, née le 25/10/1931\n'
            'Vue ce jour.\n'
        ),
    ]),
    ('h02', 'HM2', 'P2', [
        (
            'Mme MARTIN ép. DUFOUR Denise, née le 25/10/1931\n'
            'Vue ce jour.\n'
        ),
    ]),
    ('h03', 'HM', 'review', [
        (
            'Mme MARTIN ép. DUFOUR Denise\n'
            'Nom : DUFOUR   Prénom : Denise   Date de naissance : 25/10/1931\n'
        ),
    ]),
    ('h04', 'HM3', 'review', [
        (
            'Mme MARTIN ép. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('h06', 'FNS', 'review', [
        (
            'Mme LAURENCE ép. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('h07', 'FNS', 'review', [
        (
            'Mme CARVALHO ép. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('i02', 'CD', 'review', [
        (
            'Liste des résidents\n'
            'CARVALHO ép. DUFOUR Denise    25/10/1931    Ch. 12\n'
            'MARTIN ép. LEROY Anne    04/05/1935    Ch. 14\n'
        ),
    ]),
    ('m01', 'D', 'D1', [
        (
            'Antécédents : TVP EP DUFOUR Denise née le 25/10/1931\n'
        ),
    ]),
    ('m02', 'D', 'D1', [
        (
            'DUFOUR Denise, née le 25/10/1931\n'
            'ATCD : TVP EP DUFOUR Denise 2019\n'
        ),
    ]),
    ('m03', 'F', 'F1', [
        (
            'DUFOUR Marie née le 12/03/1960\n'
            'Diagnostic : TVP, EP DUFOUR Marie suivie en pneumologie\n'
        ),
    ]),
    ('m04', 'CD', 'C1', [
        (
            'Mme CARVALHO ep DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('m05', 'CD', 'C1', [
        (
            'Mme CARVALHO EPSE DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('m06', 'CD', 'C1', [
        (
            'Mme CARVALHO épse. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('m07', 'CD', 'review', [
        (
            'Mme CARVALHO 6p. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('m09', 'F', 'F1', [
        (
            'DUFOUR Marie née le 12/03/1960\n'
            'Service de Pneumologie    EP DUFOUR Marie\n'
        ),
    ]),
    ('o01', 'D', 'review', [
        (
            'Mme CARVALHO Denise ép. DUFOUR, née le 25/10/1931\n'
            'Vue ce jour.\n'
        ),
    ]),
    ('o02', 'CD', 'C1', [
        (
            'Mme CARVALHO Denise ép. DUFOUR, née le 25/10/1931\n'
            'Vue ce jour.\n'
        ),
    ]),
    ('o03', 'D', 'review', [
        (
            'Denise CARVALHO ép. DUFOUR, née le 25/10/1931\n'
            'Vue ce jour.\n'
        ),
    ]),
    ('o04', 'D', 'review', [
        (
            'Nom de naissance : CARVALHO\n'
            "Nom d'usage : DUFOUR\n"
            'Prénom : Denise\n'
            'Date de naissance : 25/10/1931\n'
        ),
    ]),
    ('o05', 'D', 'review', [
        (
            'MME CARVALHO EP DUFOUR DENISE NEE LE 25/10/1931\n'
        ),
    ]),
    ('o06', 'CD', 'C1', [
        (
            'MME CARVALHO EP DUFOUR DENISE NEE LE 25/10/1931\n'
        ),
    ]),
    ('o08', 'D', 'review', [
        (
            'Mme CARVALHO ép. DUFOUR Denise\n'
        ),
        (
            'Nom : DUFOUR   Prénom : Denise\n'
            'Date de naissance : 25/10/1931\n'
        ),
    ]),
    ('o09', 'HM', 'review', [
        (
            'Mme MARTIN ép. DUFOUR Denise\n'
            'Nom : DUFOUR   Prénom : Denise   Date de naissance : 25/10/1931\n'
            'Compte rendu.\n'
        ),
    ]),
    ('r11', 'F', 'F1', [
        (
            'Patiente : DUFOUR Marie, née le 12/03/1960\n'
            'Mère : CARVALHO ép. DUFOUR Marie\n'
        ),
    ]),
    ('r12', 'F', 'F1', [
        (
            'Patiente : DUFOUR Marie, née le 12/03/1960\n'
            'Aidant principal : CARVALHO ép. DUFOUR Marie (mère)\n'
        ),
    ]),
    ('r13', 'F', 'F1', [
        (
            'Patiente : DUFOUR Marie, née le 12/03/1960\n'
            'Contact : CARVALHO ép. DUFOUR Marie, 06 11 22 33 44\n'
        ),
    ]),
    ('r14', 'F', 'F1', [
        (
            'DUFOUR Marie, née le 12/03/1960\n'
            'Compte rendu de consultation.\n'
        ),
        (
            'Destinataires : Dr LEROY ; Mme CARVALHO ép. DUFOUR Marie (mère)\n'
        ),
    ]),
    ('r15', 'F', 'F1', [
        (
            'Patiente : DUFOUR Marie, née le 12/03/1960\n'
            'Accompagnante : CARVALHO ép. DUFOUR Marie\n'
        ),
    ]),
    ('r16', 'F', 'F1', [
        (
            'Patiente : DUFOUR Marie, née le 12/03/1960\n'
            'Tuteur : Mme CARVALHO ép. DUFOUR Marie\n'
        ),
    ]),
    ('r17', 'F', 'F1', [
        (
            'DUFOUR Marie, née le 12/03/1960\n'
            'Copie à : CARVALHO ép. DUFOUR Marie, 3 rue des Lilas\n'
        ),
    ]),
    ('r18', 'MF', 'F1', [
        (
            'Patiente : DUFOUR Marie, née le 12/03/1960\n'
            'Accompagnante : CARVALHO ép. DUFOUR Marie\n'
        ),
    ]),
    ('e12', 'CPL2', 'review', [
        (
            'Assuré : MARTIN Jean, né le 01/01/1930    Épouse : MARTIN Léa\n'
            'Compte rendu.\n'
        ),
    ]),
    ('l21', 'D', 'D1', [
        (
            'SERVICE DE GERIATRIE Vve DUFOUR Denise\n'
            'Née le 25/10/1931\n'
        ),
    ]),
    ('l22', 'C', 'C1', [
        (
            'Nom usuel : Vve DUFOUR    Prénom : Denise\n'
            'Nom de naissance : CARVALHO\n'
            'Né(e) le : 25/10/1931\n'
        ),
    ]),
    ('l23', 'C', 'C1', [
        (
            'Nom de jeune fille : CARVALHO    Nom épouse : DUFOUR\n'
            'Prénom : Denise    Date de naissance : 25/10/1931\n'
        ),
    ]),
    ('l24', 'D', 'D1', [
        (
            'Mrne Vve DUFOUR Denise\n'
            'Née le 25/10/1931\n'
        ),
    ]),
    ('l25', 'D', 'D1', [
        (
            'Femme ép. DUFOUR Denise, 95 ans, née le 25/10/1931\n'
        ),
    ]),
    ('l26', 'C', 'C1', [
        (
            'Résidente : Mme CARVALHO ép. DUFOUR Denise\n'
            'Née le 25/10/1931\n'
        ),
    ]),
    ('l27', 'D', 'D1', [
        (
            'Patiente : Mme Vve DUFOUR Denise\n'
            'Née le 25/10/1931\n'
        ),
    ]),
    ('l28', 'C', 'C1', [
        (
            "NOM : CARVALHO    NOM D'EPOUSE : DUFOUR    PRENOM : Denise\n"
            'NEE LE : 25/10/1931\n'
        ),
    ]),
    ('l29', 'C', 'C1', [
        (
            'Nom de famille : CARVALHO   Nom marital : DUFOUR   Prénom : Denise\n'
            'Date de naissance : 25/10/1931\n'
        ),
    ]),
    ('l30', 'C', 'C1', [
        (
            'Nom de naissance : CARVALHO\n'
            "Nom d'usage / Épouse : DUFOUR\n"
            'Prénom : Denise\n'
            'Date de naissance : 25/10/1931\n'
        ),
    ]),
    ('l31', 'C', 'C1', [
        (
            'ETIQUETTE PATIENT\n'
            'CARVALHO Denise\n'
            'Epse DUFOUR\n'
            'Née le 25/10/1931\n'
        ),
    ]),
    ('l32', 'C', 'C1', [
        (
            'IDENTITE Epse DUFOUR Denise née CARVALHO le 25/10/1931\n'
        ),
    ]),
    ('q01', 'TQ', 'review', [
        (
            'DUFOUR Danielle, née le 25/10/1931\n'
            'CARVALHO ép. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('q02', 'TQ2', 'review', [
        (
            'DUFOUR Danielle, née le 25/10/1931\n'
            'CARVALHO ép. DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('q03', 'TQ', 'review', [
        (
            'Mmes DUFOUR Danielle et CARVALHO ép. DUFOUR Denise\n'
            'nées le 25/10/1931\n'
        ),
    ]),
    ('q04', 'TQ', 'review', [
        (
            'DUFOUR Danielle\n'
            'Née le 25/10/1931\n'
            'Compte rendu.\n'
            'CARVALHO ép. DUFOUR Denise\n'
        ),
    ]),
    ('q05', 'TQ2', 'review', [
        (
            'DUFOUR Danielle\n'
            'Née le 25/10/1931\n'
            'Compte rendu.\n'
            'CARVALHO ép. DUFOUR Denise\n'
        ),
    ]),
    ('q06', 'TQ', 'review', [
        (
            'Patientes jumelles :\n'
            'DUFOUR Danielle    CARVALHO ép. DUFOUR Denise\n'
            'nées le 25/10/1931\n'
        ),
    ]),
    ('q07', 'HR', 'review', [
        (
            'Mme ROBERT ép. DUFOUR Denise, née le 25/10/1931\n'
            'DUFOUR Denise, vue ce jour\n'
        ),
    ]),
    ('q08', 'HR', 'X1', [
        (
            'M. DUFOUR Robert, né le 01/01/1930\n'
            'Vu avec son épouse ROBERT ép. DUFOUR Denise.\n'
        ),
    ]),
    ('q09', 'HR', 'review', [
        (
            'Mme ROBERT ép. DUFOUR Denise, née le 25/10/1931\n'
            'Nom : DUFOUR   Prénom : Denise\n'
            'Date de naissance : 25/10/1931\n'
        ),
    ]),
    ('q10', 'HR', 'review', [
        (
            'Mme ROBERT épouse DUFOUR Denise\n'
        ),
        (
            'DUFOUR Denise, née le 25/10/1931\n'
            'Suite.\n'
        ),
    ]),
    ('q11', 'D', 'review', [
        (
            'Mme ROBERT épouse DUFOUR Denise\n'
        ),
        (
            'DUFOUR Denise, née le 25/10/1931\n'
            'Suite.\n'
        ),
    ]),
    ('g01', 'CD', 'review', [
        (
            'Référente : Mme CARVALHO            Vve DUFOUR Denise\n'
            '                                     Née le 25/10/1931\n'
            'Compte rendu.\n'
        ),
    ]),
    ('g02', 'CD', 'review', [
        (
            'Infirmière CARVALHO            Vve DUFOUR Denise née le 25/10/1931\n'
        ),
    ]),
    ('g04', 'D', 'D1', [
        (
            'Référente : Mme CARVALHO            Vve DUFOUR Denise\n'
            '                                     Née le 25/10/1931\n'
            'Compte rendu.\n'
        ),
    ]),
    ('g05', 'CD', 'review', [
        (
            'Mme CARVALHO\t\tVve DUFOUR Denise\n'
            'Née le 25/10/1931\n'
        ),
    ]),
    ('g06', 'CD', 'review', [
        (
            'Vve DUFOUR Denise, née le 25/10/1931\n'
        ),
    ]),
    ('g07', 'CD', 'review', [
        (
            'Service : Dr LEROY / IDE CARVALHO     ép. DUFOUR Denise\n'
            'Née le 25/10/1931\n'
        ),
    ]),
    ('g08', 'HR', 'review', [
        (
            'Mme ROBERT ép. DUFOUR Denise\n'
            'Nom : DUFOUR   Prénom : Denise   Date de naissance : 25/10/1931\n'
            'Dr Robert DUFOUR, cardiologue\n'
        ),
    ]),
    ('g09', 'D', 'review', [
        (
            'Mme ROBERT ép. DUFOUR Denise\n'
            'Nom : DUFOUR   Prénom : Denise   Date de naissance : 25/10/1931\n'
            'Dr Robert DUFOUR, cardiologue\n'
        ),
    ]),
    ('k01', 'MF', 'review', [
        (
            'DUFOUR Marie\n'
            'Aidant principal : CARVALHO ép. DUFOUR Marie, née le 25/10/1931\n'
            'Compte rendu de la consultation de Mlle DUFOUR.\n'
        ),
    ]),
    ('k03', 'MF', 'review', [
        (
            'Mlle DUFOUR Marie, 66 ans\n'
            "CARVALHO ép. DUFOUR Marie, née le 25/10/1931, l'accompagne\n"
        ),
    ]),
    ('k04', 'MF', 'review', [
        (
            'Patiente : DUFOUR Marie\n'
            'Accompagnante : CARVALHO ép. DUFOUR Marie (25/10/1931)\n'
        ),
    ]),
    ('k06', 'MF', 'review', [
        (
            'Identité : DUFOUR Marie      Mère : CARVALHO ép. DUFOUR Marie\n'
            'Date de naissance : 25/10/1931\n'
        ),
    ]),
    ('k07', 'MF', 'review', [
        (
            'DUFOUR Marie      CARVALHO ép. DUFOUR Marie\n'
            'née le 12/03/1960  née le 25/10/1931\n'
        ),
    ]),
    ('k08', 'MF', 'M1', [
        (
            'Mme CARVALHO ép. DUFOUR Marie, née le 25/10/1931\n'
            'Accompagnée de sa fille DUFOUR Marie.\n'
        ),
    ]),
    ('n15', 'ND', 'N1', [
        (
            'Mme NDIAYE ép. DUFOUR Awa, née le 04/05/1935\n'
        ),
    ]),
    ('n16', 'DAL', 'A1', [
        (
            'Mme DALMEIDA ép. DUFOUR Rosa, née le 04/05/1935\n'
        ),
    ]),
    ('n17', 'DLC', 'L3', [
        (
            'Mme DELACRUZ ép. DUFOUR Ana, née le 04/05/1935\n'
        ),
    ]),
    ('n18', 'ND', 'N1', [
        (
            "Mme N'DIAYE ép. DUFOUR Awa, née le 04/05/1935\n"
        ),
    ]),
]


def decision(registry: str, pages: list[str]):
    patients = [Patient(*row[:5], **(row[5] if len(row) > 5 else {})) for row in REGISTRIES[registry]]
    return decide(read_document(pages, today=d(2026, 12, 6)), RegistryIndex.build(patients))


@pytest.mark.parametrize("name, registry, expected, pages", PAGES, ids=[page[0] for page in PAGES])
def test_each_page_is_decided_as_the_reviewer_expected(name, registry, expected, pages):
    result = decision(registry, pages)
    assert (result.patient_ipp if result.files else "review") == expected
