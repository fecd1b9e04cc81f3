"""Reading identity traits from text: formats, labels, normalisation. Pure, no I/O."""
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.fr import nir

from docpipe.identity import fold, name_key, read_page

TODAY = date(2026, 11, 25)
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def birth_dates(text):
    return [m.value for m in read_page(text, today=TODAY).birth_dates]


def test_fold_keeps_length_and_removes_accents():
    text = "Hélène N’DIAYE — née à Saint-Étienne"
    assert len(fold(text)) == len(text)
    assert fold(text) == "HELENE N'DIAYE - NEE A SAINT-ETIENNE"


def test_name_key_ignores_case_accents_hyphens_apostrophes_spaces():
    assert name_key("N'Diaye") == name_key("NDIAYE") == name_key("n diaye")
    assert name_key("Béranger-Duval") == name_key("BERANGER DUVAL")
    assert name_key("de la Fontaine") == name_key("DE LA FONTAINE") == "DELAFONTAINE"


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31)),
       st.sampled_from(["/", ".", "-"]),
       st.sampled_from(["Né le ", "Née le : ", "Date de naissance : ", "DDN ", "né(e) le ", "Né(e) le "]))
def test_numeric_birth_dates_in_every_separator(born, separator, label):
    text = f"Patient : DUPONT Jean\n{label}{born.day:02d}{separator}{born.month:02d}{separator}{born.year}"
    assert birth_dates(text) == [born]


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31)))
def test_worded_birth_dates(born):
    day = "1er" if born.day == 1 else str(born.day)
    text = f"Madame Marie DURAND, née le {day} {MONTHS_FR[born.month - 1]} {born.year}, pour suivi"
    assert birth_dates(text) == [born]


def test_two_digit_years_take_the_nearest_past_century():
    assert birth_dates("DDN : 12/03/57") == [date(1957, 3, 12)]
    assert birth_dates("DDN : 12/03/19") == [date(2019, 3, 12)]


def test_date_labels_distinguish_birth_from_other_dates():
    page = read_page("Lyon, le 12 mars 2024\nPrélevé le 11/03/2024\nDUPONT Jean 12/03/1957\n"
                     "Date de naissance\n04.07.1948", today=TODAY)
    labels = {m.value: m.label for m in page.dates}
    assert labels[date(2024, 3, 12)] == "other"
    assert labels[date(2024, 3, 11)] == "other"
    assert labels[date(1957, 3, 12)] == "none"
    assert labels[date(1948, 7, 4)] == "birth"  # label on the line above (table layout)


def test_birth_label_with_birth_place():
    assert birth_dates("Né à Saint-Étienne le 02/02/1950") == [date(1950, 2, 2)]


def test_nee_gives_a_sex_hint():
    page = read_page("Mme LEFEBVRE Anne, née le 3 mars 1962", today=TODAY)
    assert page.birth_dates[0].sex_hint == "F"


@pytest.mark.parametrize("label", ["Né(e) le", "Née) le", "Ne(e) le", "Né(e le", "Né e) le", "NE(E) LE", "Né (e) le",
                                   "Née} le", "Né{e) le", "Né[e] le"])
def test_either_sex_birth_label_however_ocr_mangled_it_gives_no_sex_hint(label):
    page = read_page(f"Mme LEFEBVRE Anne\n{label} : 03/03/1962", today=TODAY)
    assert [(m.value, m.label, m.sex_hint) for m in page.dates] == [(date(1962, 3, 3), "birth", None)]


@pytest.mark.parametrize("label, sex", [("Née le", "F"), ("née le", "F"), ("Né le", "M"), ("Ne le", "M"),
                                        ("née à Lyon le", "F")])
def test_birth_label_for_one_sex_still_gives_its_sex_hint(label, sex):
    page = read_page(f"LEFEBVRE Anne\n{label} 03/03/1962", today=TODAY)
    assert page.birth_dates[0].sex_hint == sex


def valid_nir(body: str) -> str:
    return body + nir.calc_check_digits(body)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["1", "2"]), st.integers(0, 99), st.integers(1, 12), st.integers(1, 95),
       st.integers(1, 990), st.integers(1, 999), st.sampled_from(["plain", "spaced", "dotted"]))
def test_ins_in_every_printing_and_key_checked(sex, year, month, department, commune, order, style):
    number = valid_nir(f"{sex}{year:02d}{month:02d}{department:02d}{commune:03d}{order:03d}")
    groups = [number[0], number[1:3], number[3:5], number[5:7], number[7:10], number[10:13], number[13:]]
    printed = {"plain": number, "spaced": " ".join(groups), "dotted": ".".join(groups)}[style]
    page = read_page(f"INS : {printed}\nNom : DUPONT", today=TODAY)
    assert [(i.number, i.valid_key, i.labelled) for i in page.ins] == [(number, True, True)]
    wrong_key = number[:-2] + f"{(int(number[-2:]) + 1) % 100:02d}"
    assert read_page(f"NIR {wrong_key}", today=TODAY).ins[0].valid_key is False


def test_corsican_ins():
    number = nir.compact(valid_nir("257032A112048"))
    page = read_page(f"INS : 2 57 03 2A 112 048 {number[-2:]}", today=TODAY)
    assert page.ins[0].number == number and page.ins[0].valid_key


def test_ins_digits_are_not_read_as_dates():
    page = read_page("INS : 1.57.03.75.112.048.17", today=TODAY)
    assert page.dates == ()


def test_table_layout_fields_on_separate_lines():
    text = ("CENTRE HOSPITALIER       Nom de naissance : LE GALL\n"
            "Service de cardiologie   Nom d'usage : MARTIN\n"
            "                         Prénom(s) : Marie Hélène\n"
            "Nom de naissance\nN'DIAYE\nPrénom(s)\nAïssatou\n")
    page = read_page(text, today=TODAY)
    assert [f.value for f in page.fields_of("birth_name")] == ["LE GALL", "N'DIAYE"]
    assert [f.value for f in page.fields_of("used_name")] == ["MARTIN"]
    assert [f.value for f in page.fields_of("first_names")] == ["MARIE HELENE", "AISSATOU"]


def test_several_labels_on_one_line():
    page = read_page("Nom : DUPONT   Prénom : Jean   Sexe : M   IPP : 004512", today=TODAY)
    assert page.fields_of("name")[0].value == "DUPONT"
    assert page.fields_of("first_names")[0].value == "JEAN"
    assert page.fields_of("sex")[0].value == "M"
    assert page.fields_of("ipp")[0].value == "004512"


def test_third_party_fields_are_marked():
    text = "Médecin traitant : Dr BERNARD Luc\nPatient : DUPONT Jean"
    page = read_page(text, today=TODAY)
    offset = text.index("BERNARD")
    assert page.in_third_party_field(offset)
    assert not page.in_third_party_field(text.index("DUPONT"))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_reading_never_fails_on_arbitrary_text(text):
    page = read_page(text, today=TODAY)
    assert page.page_number == 1


def test_a_birth_date_label_wrapped_around_its_value_in_a_side_column():
    page = read_page("Dr PIERRE — radiologue   \nDate de 06.05.1982\n8 rue de la Gare\nnaissance\n"
                     "Date de 07/07/2024\nsortie", today=TODAY)
    assert [(m.label, m.value) for m in page.dates] == [("birth", date(1982, 5, 6)), ("other", date(2024, 7, 7))]


def test_a_number_and_a_postcode_on_the_next_line_are_no_ins():
    assert read_page("IPP 591289205 NDA 7043357638\n67000 Strasbourg", today=TODAY).ins == ()
    wrapped = read_page("N° INS 1 95 08 2B 033 652\n85", today=TODAY).ins
    assert [i.number for i in wrapped] == ["195082B03365285"]


def test_a_labelled_ins_wrapped_with_nothing_else_below_is_read_even_when_its_key_fails():
    [wrapped] = read_page("INS (NIR) : 1 98 05 69 123\n151 88\n\nN° de dossier 2000634192", today=TODAY).ins
    assert (wrapped.number, wrapped.valid_key, wrapped.labelled) == ("198056912315188", False, True)


def test_a_key_failing_number_glued_to_a_line_that_goes_on_is_no_ins():
    assert read_page("INS (NIR) : 1 98 05 69 123\n151 88 rue de la Gare", today=TODAY).ins == ()
    assert read_page("Tél. 1 98 05 69 123\n151 88", today=TODAY).ins == ()  # no INS label


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31)),
       st.lists(st.sampled_from([". ", " .", "; ", ";", ", ", "/ ", " /", ": ", "..", "-"]), min_size=2, max_size=2))
def test_birth_dates_read_through_separator_noise(born, separators):
    text = f"Date de naissance : {born.day:02d}{separators[0]}{born.month:02d}{separators[1]}{born.year}."
    assert birth_dates(text) == [born]


def test_noise_never_joins_numbers_of_another_kind():
    assert read_page("Poids 72,5; 10.2010", today=TODAY).dates == ()  # 5 belongs to 72,5
    assert read_page("Tél. 04.78.12.34.56", today=TODAY).dates == ()
    assert birth_dates("Né le 12; 03. 57") == []  # a two-digit year only with clean separators
    assert birth_dates("Né le 12;O3. 1957") == []  # a letter O is not corrected into a zero


def fields(text):
    return [(f.kind, f.value) for f in read_page(text, today=TODAY).fields if f.value]


def test_a_label_paragraph_followed_by_body_text_has_no_value():
    assert fields("Patient :\nPatient de 67 ans, sans antécédents, adressé pour bilan.") == []
    assert fields("Patiente de 67 ans, vue pour bilan") == []  # a sentence opening with a label word


def test_a_label_value_on_the_next_line_or_the_same_line():
    assert fields("Patient :\nDUPONT Jean") == [("name", "DUPONT JEAN")]
    assert fields("Nom\nDUPONT\nPrénom\nJean") == [("name", "DUPONT"), ("first_names", "JEAN")]
    assert fields("Patient DUPONT Jean, vu ce jour") == [("name", "DUPONT JEAN, VU CE JOUR")]


def test_a_birth_label_garbled_by_ocr_is_still_a_birth_label():
    assert birth_dates("Date do thaissance : 08/01/1975") == [date(1975, 1, 8)]
    assert birth_dates("Date de naissancc 08.01.1975") == [date(1975, 1, 8)]


def test_words_near_naissance_are_not_birth_labels():
    for text in ("Perte de connaissance le 08/01/1975", "Date de reconnaissance : 08/01/1975",
                 "Puissance : 08/01/1975", "Nuisance : 08/01/1975"):
        assert birth_dates(text) == [], text


def test_a_labelled_ins_cut_between_two_groups_is_read_when_its_key_holds():
    number = "2580831555445" + nir.calc_check_digits("2580831555445")
    page = read_page(f"Concerne : Mme DUVAL — INS : 2 58 08 31 555\n445 {number[-2:]} — N° dossier : 2176", today=TODAY)
    assert [(i.number, i.valid_key, i.labelled) for i in page.ins] == [(number, True, True)]


def test_numbers_glued_across_lines_are_no_ins_without_a_label_or_a_valid_key():
    number = "2580831555445" + nir.calc_check_digits("2580831555445")
    assert read_page(f"NDA 2 58 08 31 555\n445 {number[-2:]}", today=TODAY).ins == ()
    wrong_key = f"{(int(number[-2:]) + 1) % 97:02d}"
    assert read_page(f"INS : 2 58 08 31 555\n445 {wrong_key} Lyon", today=TODAY).ins == ()
    # the rest of the number alone below its label: the printed INS, its failing key seen
    [alone] = read_page(f"INS : 2 58 08 31 555\n445 {wrong_key}", today=TODAY).ins
    assert (alone.number, alone.valid_key) == (number[:-2] + wrong_key, False)


@pytest.mark.parametrize("text, born", [
    ("Né(e) le 09/1 1/1992", date(1992, 11, 9)),  # a space inside the month, after a padded day
    ("Date de naissance : 23.0 5.1991", date(1991, 5, 23)),
])
def test_a_birth_month_split_by_ocr_is_read_whole_behind_its_label(text, born):
    dates = read_page(text, today=TODAY).dates
    assert [(m.value, m.label) for m in dates] == [(born, "birth")]


@pytest.mark.parametrize("text", [
    "Date de naissance : 1 2/03/1957",  # `12/03` or a table rule before `2/03`: no date, not the fragment either
    "Patient : BESSON Pierre, né le 0 9/11/1992",
    "Né le 9/1 1/1992",  # an unpadded day: the month's style is unknown
])
def test_a_birth_date_with_its_day_split_by_ocr_gives_no_date_at_all(text):
    assert not read_page(text, today=TODAY).dates


@pytest.mark.parametrize("text", [
    "Consultation du 09/1 1/2026",  # not behind a birth label: not taken
    "Tél. 04 78 1 2/03/1957",
    "Né le 1 2/1 3/1957",  # no 13th month: nothing is corrected
])
def test_a_split_digit_pair_without_a_birth_label_or_valid_date_is_no_birth_date(text):
    assert not read_page(text, today=TODAY).birth_dates


@pytest.mark.parametrize("text, value", [("Né le (08/11/1971)", date(1971, 11, 8)), ("née le [08/11/1971]", date(1971, 11, 8)),
                                         ("Né(e) le ( 08/11/1971 )", date(1971, 11, 8))])
def test_a_birth_date_in_brackets_keeps_its_label(text, value):
    assert birth_dates(text) == [value]


def test_another_date_in_brackets_is_no_birth_date():
    assert birth_dates("Examen du (08/11/2025)") == [] and birth_dates("Vu le (08/11/2025)") == []
