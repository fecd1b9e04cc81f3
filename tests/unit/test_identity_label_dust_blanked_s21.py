"""A fax leaves one or two small letters after a label's colon when the value stands on the next line (`Ouvrant droit :
ut` / `GAILLARD Geneviève — NIR`, independent corpus s4-034; `Sexe : re` / `F`; `DDN : il` / date). Opening its line,
with its colon, such a label's dust is blanked in the page text itself (spaces, same length) before anything reads it,
so every check sees the bare colon the page printed: the fields, the sex field, a birth label's participle and the
heading over it, and matching's own reading of the text (a relation label alone on its line). Session 18's f6596c6
read only the name fields through the dust and was found UNSAFE (review19): `Prénom : ut` / `Claude` / `Sexe : re` /
`F` filed Claude, a man. A sex's small letter (`Sexe : f`) is its value; a name (`Nom : LI`, `Prénom : Ly`) is no
dust. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import blank_label_dust, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient
from ins_kit import with_key

TODAY = date(2026, 12, 1)
CLAUDE = Patient("C1", "DUBOIS", "Claude", date(2005, 7, 27), "M")
CLAIRE = Patient("G1", "GARNIER", "Claire", date(1994, 4, 21), "F")
HENRI = Patient("G2", "GARNIER", "Henri", date(1994, 4, 21), "M")
ODILE = Patient("O1", "DUBOIS", "Odile", date(1995, 2, 1), "F", ins=with_key("2950299123456"))
ISABELLE = Patient("I1", "DUPONT-MARTIN", "Isabelle", date(2021, 10, 6), "F", ins="221103038098694")
# the child's mother, married under the child's name, insured with her own number
GENEVIEVE = Patient("G3", "GAILLARD", "Geneviève", date(1955, 3, 28), "F", ins="255034297115508",
                    used_name="DUPONT-MARTIN")
FORM = ("Dossier d'admission\nNom de famille :\nDUPONT-MARTIN\nPrénom :\nIsabelle\nDate de naiss.\n06-10-2021\n"
        "Sexe (M/F) .:\nF\nOuvrant droit : {dust}\nGAILLARD Geneviève — 2550342971155 08\n"
        "Médecin traitant : Dr MARCHAND Océane")


def decision(text: str, *patients: Patient):
    return decide([read_page(text, today=TODAY)], RegistryIndex.build(list(patients)))


def fields_of(text: str):
    return [(f.kind, f.value) for f in read_page(text, today=TODAY).fields]


@pytest.mark.parametrize("text, blanked", [
    ("Prénom : ut\nClaude", "Prénom :   \nClaude"),
    ("Sexe : re\nF", "Sexe :   \nF"),
    ("DDN : il\n27/07/2005", "DDN :   \n27/07/2005"),
    (". Epoux : 'a.\nDUBOIS Henri", ". Epoux :    \nDUBOIS Henri"),
])
def test_the_dust_is_blanked_in_the_text_every_offset_holding(text, blanked):
    assert blank_label_dust(text) == blanked
    reading = read_page(text, today=TODAY)
    assert reading.text == blanked and len(reading.text) == len(text)  # matching reads the blanked text


@pytest.mark.parametrize("text", [
    "Sexe : f\nDUPONT Marie", "Sexe : m", "Sexe (M/F) : h",  # a sex's small letter is its value
    "Nom : LI\nPrénom : Ly",  # a short name is capitals or Capitalised
    "Prénom : uto\nClaude",  # three letters: no dust
    "Ouvrant droit : sa mère\nGAILLARD Geneviève",  # words
    "Il est vu ce jour. Ouvrant droit : ut\nGAILLARD Geneviève",  # a sentence before the colon, no label
    "Le traitement anticoagulant est maintenu : un\ncomprimé le soir",
    "Enfant : né\nle 03/04/2015",  # a birth participle
    "Accompagnée de : sa\nmarraine DUBOIS Odile",  # a possessive before the noun below
    "Nom : l'\nHERMITE", "Date : le\n12/03/2026",  # articles
    "Nom ut\nDUBOIS",  # no colon
    "Nom : ut DUBOIS",  # more than dust on the line
    "Rendez-vous à 10:ab\nDUBOIS",  # no word before the colon
])
def test_no_dust(text):
    assert blank_label_dust(text) == text


@pytest.mark.parametrize("text, blanked", [
    ("Nom : DUBOIS   Prénom : ut\nClaude", "Nom : DUBOIS   Prénom :   \nClaude"),  # a label in a column
    ("Son père      IPP : il\n004512", "Son père      IPP :   \n004512"),
    ("Épouse: il\nDate de naissance : 27.01.1951", "Épouse:   \nDate de naissance : 27.01.1951"),  # any word's colon
    ("Madame: re\nDDN : 12/03/1957", "Madame:   \nDDN : 12/03/1957"),
    ("Sexe : F   Nom : ut\nDUBOIS", "Sexe : F   Nom :   \nDUBOIS"),
    ("Nom : l\nDUBOIS", "Nom :  \nDUBOIS"),  # a lone `l` is a speck, `l'` an article
    ("Femme ,\nné(e) le : ut\n16/08/2005", "Femme ,\nné(e) le :   \n16/08/2005"),  # a label in small letters
])
def test_any_words_colon_loses_its_dust(text, blanked):
    assert blank_label_dust(text) == blanked


@pytest.mark.parametrize("text", [
    "Nom : DUBOIS   Prénom : {dust}\nClaude\nné le 27/07/2005",
    "Nom : DUBOIS\nPrénom : Claude\nSexe (M/F) : {dust}\nF",
])
def test_the_dust_reads_as_the_bare_colon(text):
    assert fields_of(text.format(dust="ut")) == fields_of(text.format(dust=""))


def test_a_short_name_stays_the_fields_value():
    assert ("name", "LI") in fields_of("Nom : LI\nPrénom : Ly") and ("first_names", "LY") in fields_of("Nom : LI\nPrénom : Ly")


# --- the sex field through the dust: the pre-existing hole (`Prénom :` bare) and f6596c6's (`Prénom : ut`)
@pytest.mark.parametrize("first", ["Prénom :\nClaude", "Prénom : ut\nClaude", "Prénom : Claude"])
def test_the_sex_below_a_dusted_sex_label_contradicts(first):
    d = decision(f"Nom : DUBOIS\n{first}\nSexe : re\nF\nNé(e) le : 27/07/2005", CLAUDE)
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("first", ["Prénom :\nClaude", "Prénom : ut\nClaude"])
def test_his_own_sex_below_the_dust_files_him(first):
    d = decision(f"Nom : DUBOIS\n{first}\nSexe : re\nM\nNé(e) le : 27/07/2005", CLAUDE)
    assert d.files and d.patient_ipp == "C1"


@pytest.mark.parametrize("sex, files", [("f", False), ("m", True)])
def test_a_sexs_small_letter_is_its_value(sex, files):
    assert decision(f"Nom : DUBOIS\nPrénom : Claude\nSexe : {sex}\nNé(e) le : 27/07/2005", CLAUDE).files is files


def test_the_twin_sisters_boxes_below_a_dusted_sex_label_contradict():
    d = decision("Nom : GARNIER\nPrénom : ut\nClaire\nSexe : re\n[X] Homme [ ] Femme   Date de naissance : 21/04/1994",
                 CLAIRE, HENRI)
    assert not d.files


# --- a birth label's dust: its participle and the heading over it speak again
def test_the_participle_of_a_dusted_birth_label_contradicts():
    d = decision("Nom : DUBOIS\nPrénom : Claude\nNée le : il\n27/07/2005", CLAUDE)
    assert not d.files and d.rule == "contradiction"
    d = decision("Nom : DUBOIS\nPrénom : Claude\nNé le : il\n27/07/2005", CLAUDE)
    assert d.files and d.patient_ipp == "C1"


@pytest.mark.parametrize("dust", ["il", "a", ""])
def test_madame_over_a_dusted_ddn_does_not_file_her_twin_brother(dust):
    assert not decision(f"GARNIER Henri\nMADAME\nDDN : {dust}\n21/04/1994\nCompte rendu", CLAIRE, HENRI).files


def test_madame_over_a_dusted_ddn_still_files_her():
    d = decision("GARNIER Claire\nMADAME\nDDN : il\n21/04/1994\nCompte rendu", CLAIRE, HENRI)
    assert d.files and d.patient_ipp == "G1"


@pytest.mark.parametrize("relative", ["Femme ,", "Tuteur ,", "EPOUSE -"])
def test_a_relative_over_a_dusted_small_letter_birth_label_is_heard(relative):
    # the name fields read through their dust; the birth label's own dust must not hide the relative heading it
    page = "Nom : on\nLEGRAND\nPrénom : on\nHenri\n{relative}\nné(e) le : {dust}\n16/08/2005"
    henri = Patient("P1", "LEGRAND", "Henri", date(2005, 8, 16), "M")
    dusty = decision(page.format(relative=relative, dust="ut"), henri)
    bare = decision(page.format(relative=relative, dust=""), henri)
    assert (dusty.files, dusty.rule) == (bare.files, bare.rule)
    assert not dusty.files


# --- a relative's dusted label: matching's relation field sees the label alone on its line, as with the bare colon
@pytest.mark.parametrize("label", ["Epoux", "Conjoint", "Père"])
def test_a_relative_born_the_same_day_keeps_the_page_in_review(label):
    page = "Nom : DUBOIS   Prénom : Odile\n{label} : {dust}\nDUBOIS Henri\nné le\n01/02/1995\nINS : " + ODILE.ins
    dusty = decision(page.format(label=label, dust="ut"), ODILE)
    bare = decision(page.format(label=label, dust=""), ODILE)
    assert (dusty.files, dusty.rule, dusty.reason_fr) == (bare.files, bare.rule, bare.reason_fr)
    assert not dusty.files


# --- the gain f6596c6 was for (independent corpus s4-034): the insured's line below is her field's value
@pytest.mark.parametrize("dust", ["ut", "a", "'i", "é."])
def test_the_insureds_line_below_is_the_fields_value(dust):
    assert ("third_party", "GAILLARD GENEVIEVE - 2550342971155 08") in fields_of(FORM.format(dust=dust))


@pytest.mark.parametrize("dust", ["ut", ""])
def test_the_form_files_under_the_child_never_the_insured(dust):
    d = decision(FORM.format(dust=dust), ISABELLE, GENEVIEVE)
    assert d.files and d.patient_ipp == "I1"


def test_the_dust_decides_as_the_bare_colon():
    # a child the registry holds without an INS: the `Nom de famille :` / `Prénom :` pair names her apart from the
    # insured, and the registered insured who holds the number is named in her field — the child is filed, dust or bare
    # colon alike (session 19's subjects_named; on 8099446 both went to review)
    child = Patient("I1", "DUPONT-MARTIN", "Isabelle", date(2021, 10, 6), "F")
    dusty, bare = decision(FORM.format(dust="ut"), child, GENEVIEVE), decision(FORM.format(dust=""), child, GENEVIEVE)
    assert (dusty.files, dusty.patient_ipp, dusty.rule) == (bare.files, bare.patient_ipp, bare.rule) == (True, "I1", "traits")


def test_the_insured_alone_is_never_filed():
    d = decision("Ouvrant droit : ut\nGAILLARD Geneviève — 2550342971155 08\nNom de famille :\nDUPONT-MARTIN",
                 ISABELLE, GENEVIEVE)
    assert not d.files


def test_a_namesake_one_digit_away_keeps_the_form_in_review():
    namesake = Patient("I2", "DUPONT-MARTIN", "Isabelle", date(2021, 10, 8), "F")
    assert not decision(FORM.format(dust="ut"), ISABELLE, GENEVIEVE, namesake).files


# --- a short name typed in small letters (review21 on 348ab93): with no name below, the letters are the name
NGUYEN = Patient("N1", "NGUYEN", "Anne", date(1988, 3, 14), "F")


@pytest.mark.parametrize("text", [
    "Nom de naissance : ly\nNom d'usage : NGUYEN\nPrénom : Anne\nDate de naissance : 14/03/1988",
    "Nom de jeune fille : do\nNom : NGUYEN   Prénom : Anne\nNée le : 14/03/1988",
    "Nom d'usage : NGUYEN\nNom de naissance : vu\nPrénom : Anne\nDate de naissance : 14/03/1988",
    "Mme NGUYEN Anne\nNom de naissance : ly\nNée le 14/03/1988",
    "Nom d'usage : NGUYEN\nPrénom : Anne\nNom de naissance : ma\n\n\n\nDate de naissance : 14/03/1988",
])
def test_a_short_small_letter_name_with_nothing_below_stays_the_name(text):
    assert blank_label_dust(text) == text
    d = decision(text, NGUYEN)
    assert not d.files


def test_a_name_below_takes_the_dusted_label():
    text = "Nom de naissance : ut\nNGUYEN\nPrénom : Anne\nDate de naissance : 14/03/1988"
    assert blank_label_dust(text) != text
    d = decision(text, NGUYEN)
    assert d.files and d.patient_ipp == "N1"


def test_a_name_below_beside_another_columns_field_takes_the_dusted_label():
    # review21 on d3aec23: the line below holds the name, then another column's field
    text = "Nom marital : e\nDURAND                  Tél : 04 74 00 00 00\nPrénom : Anne"
    assert blank_label_dust(text) == "Nom marital :  \nDURAND                  Tél : 04 74 00 00 00\nPrénom : Anne"
    assert blank_label_dust(text.replace("DURAND", "Tél : 04 74 00 00 00")) == text.replace("DURAND", "Tél : 04 74 00 00 00")
