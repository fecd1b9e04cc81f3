"""Session 48: what a fax or a letterhead's column leaves around the patient's identity, read as a careful secretary
reads it — and the near-misses that keep their old outcome.

- A fax's dust glued to the patient's own name or first-name label ending its line (`Nom de famille’.` / `KLEIN`,
  `Prénom(s)..` / `Noémie`) stands for its colon: the value is on the line below. Not `patient.` or `nom.` wrapped to a
  line of their own in running text.
- A speck between a label and its colon (`Personne de confiance. :`) leaves the label.
- A date whose year a fax glued to the month (`8 avril1975`) is read, its digits as printed.
- `p.2` ending a running header's line (`KLEIN. — p.2`) is the page, not another first name's initial; a registered
  namesake spoken of on a page named by the surname alone (`Chloé a été revue ce jour.`) sends it to review.
- A page's title between `IDENTITÉ DU PATIENT` and the fields (`FICHE DE LIAISON`) is no name of the patient.
- A town and the letter's date under a staff member's label (`Chef de service` / `Limoges, le 31 janvier 2024`) are no
  dated identity; under a relative's label they still are.
- `Patient(e) : Enfant RENAUD Stéphane — né le …` with his own INS names the INS's holder.
- A parent's first-person consent for a child (`autorise l'anesthésie de mon fils Lucas`) goes to review.
"""
from __future__ import annotations

from datetime import date

import pytest

from docpipe import identity, matching
from docpipe.models import Patient

TODAY = date(2026, 3, 2)
KLEIN = Patient("P1", "KLEIN", "Noémie", date(1975, 4, 8), "F", used_name="CLÉMENT")
KLEIN_PAUL = Patient("P2", "KLEIN", "Paul", date(1950, 1, 3), "M")
BOURGEOIS = Patient("P3", "BOURGEOIS", "Maxime", date(1996, 9, 11), "M")
MORARD = Patient("P4", "MORARD", "David", date(1975, 4, 4), "M")
PERRIN = Patient("P5", "PERRIN", "Lina", date(2024, 1, 31), "F")
INDEX = matching.RegistryIndex.build([KLEIN, KLEIN_PAUL, BOURGEOIS, MORARD, PERRIN])


def decide(*pages: str) -> matching.MatchDecision:
    return matching.decide(identity.read_document(list(pages), TODAY), INDEX)


def fields(text: str) -> dict[str, str]:
    return {f.kind: f.value for f in identity.read_page(text, today=TODAY).fields}


ADMISSION = "Dossier d'admission\n\n{name}\nKLEIN\n\nNom d'usage : CLÉMENT\n\n{first}\nNoémie\n\n" \
            "Date de naissance : 08/04/1975\n\nSexe : F\n"


@pytest.mark.parametrize("name, first", [("Nom de famille’.", "Prénom(s).."), ("Nom de famille.", "Prénom :"),
                                         ("Nom de famille :", "Prénom(s) ‘."), ("NOM.", "PRÉNOM,")])
def test_dust_glued_to_a_name_label_stands_for_its_colon(name, first):
    text = ADMISSION.format(name=name, first=first)
    assert fields(text)["first_names"] == "NOEMIE"
    assert fields(text)["name"] == "KLEIN"
    decision = decide(text)
    assert decision.files and decision.patient_ipp == KLEIN.ipp


@pytest.mark.parametrize("line", ["patient.", "nom.", "prénom.", "Patient.", "Médecin traitant."])
def test_a_word_wrapped_alone_with_its_full_stop_takes_no_value_below(line):
    text = f"Je propose de revoir le\n{line}\nDr Paul KLEIN\n"
    assert not {kind for kind in fields(text) if kind in ("name", "first_names", "birth_name")}


@pytest.mark.parametrize("printed", ["8 avril1975", "08 avril1975", "8 AVRIL1975"])
def test_a_year_glued_to_its_month_is_read(printed):
    reading = identity.read_page(f"Date de naiss. :\n{printed}\n", today=TODAY)
    assert [m.value for m in reading.dates] == [date(1975, 4, 8)]


def test_a_glued_year_with_a_digit_too_many_is_no_date():
    reading = identity.read_page("Date de naiss. :\n8 avril19755\n", today=TODAY)
    assert reading.dates == ()


FIRST_PAGE = "Dossier d'admission\nNom de naissance : KLEIN\nNom d'usage : CLÉMENT\nPrénom : Noémie\n" \
             "Date de naissance : 08/04/1975\nBilan de dyspnée.\n"


@pytest.mark.parametrize("header", ["KLEIN. — p.2", "KLEIN — p. 2", "KLEIN - p.2/3", "KLEIN — p. 2 sur 3"])
def test_a_running_headers_page_number_is_no_initial(header):
    decision = decide(FIRST_PAGE, f"{header}\nL'échographie de contrôle est normale.\n")
    assert decision.files and decision.patient_ipp == KLEIN.ipp


@pytest.mark.parametrize("header", ["KLEIN P. — 2", "KLEIN Paul — p.2", "KLEIN P.2", "KLEIN p. 03/01/1950",
                                    "KLEIN p.2 — M. Paul"])
def test_another_initial_or_first_name_in_the_running_header_still_sends_to_review(header):
    decision = decide(FIRST_PAGE, f"{header}\nL'échographie de contrôle est normale.\n")
    assert not decision.files


LIAISON = "CHU DE VANNES\n\nIDENTITÉ DU PATIENT\n\n{title}\n\nNom de naissance : BOURGEOIS\n\nPrénom : Maxime\n\n" \
          "Date de naissance : 11/09/1996\n\nSexe : Masculin\n"


@pytest.mark.parametrize("title", ["FICHE DE LIAISON", "COMPTE RENDU D'HOSPITALISATION", "Lettre de liaison",
                                   "DEMANDE D'AVIS", "AVIS SPÉCIALISÉ"])  # session 55: ood4 s27 scan_039
def test_a_pages_title_below_the_identity_heading_is_no_name(title):
    decision = decide(LIAISON.format(title=title))
    assert decision.files and decision.patient_ipp == BOURGEOIS.ipp


@pytest.mark.parametrize("below", ["MARTIN Paul", "FICHE MARTIN", "CERTIFICAT"])
def test_a_name_below_the_identity_heading_still_contradicts(below):
    decision = decide(LIAISON.format(title=below))
    assert not decision.files


LETTERHEAD = "Service de Rhumatologie\n\nDr T. HOANG\n{label}\n{line}\n\nDocteur Alain Brunet\n\n" \
             "Patient(e) : M. David MORARD, né le 04/04/1975\n\nMon cher confrère,\n" \
             "Je vous remercie de m'avoir confié M. MORARD pour une ostéoporose.\n"


@pytest.mark.parametrize("label", ["Chef de service", "Médecin", "Radiologue"])
def test_the_letters_place_and_date_below_a_staff_label_is_no_identity(label):
    decision = decide(LETTERHEAD.format(label=label, line="Limoges, le 31 janvier 2024"))
    assert decision.files and decision.patient_ipp == MORARD.ipp


@pytest.mark.parametrize("label, line", [
    ("Parents", "Limoges, le 31 janvier 2024"),  # a relative's label: a name and a birth date
    ("Chef de service", "PERRIN, le 19/05/1982"),  # old enough to be someone's birth date
    ("Chef de service", "PERRIN Lina, née le 31/01/2024"),  # a birth label
    ("Radiologue", "PERRIN Lina, le 31/01/2024"),  # a registered child's names
    ("Chef de service", "PERRIN, le 31/01/2024"),  # a registry surname
    ("Chef de service", "Limoges, le 31 janvier 2024\nLyon, le 1er mars 2026"),  # not the page's latest date
])
def test_a_dated_line_below_a_relatives_label_or_an_old_date_still_contradicts(label, line):
    decision = decide(LETTERHEAD.format(label=label, line=line))
    assert not decision.files


# A child introduced by `Enfant` with his own INS (independent corpus ood4 s5 courrier_018, s7 SCAN_013).
JEAN = Patient("P6", "MARTIN", "Jean", date(2011, 12, 5), "M", ins="111122662706904")
CLAIRE = Patient("P7", "MARTIN", "Claire", date(1980, 3, 3), "F", ins="280037511234595")
CHILDREN = matching.RegistryIndex.build([JEAN, CLAIRE, Patient("P8", "MARTIN", "Gérard", date(1970, 1, 1), "M")])
RADIOLOGY = "CENTRE D'IMAGERIE MÉDICALE\nDr BLANCHARD Laurent — Dr MARTIN Gérard\n{child}\n{ins}\n" \
            "ÉCHOGRAPHIE THYROÏDIENNE\nConclusion : nodule EU-TIRADS 3.\n"


def decide_child(text: str) -> matching.MatchDecision:
    return matching.decide(identity.read_document([text], TODAY), CHILDREN)


@pytest.mark.parametrize("child, ins", [
    ("Patient(e) : Enfant MARTIN Jean — né le 05/12/2011", "INS : 1111226627069 04"),
    ("Patient : Enfant Jean MARTIN, né le 05/12/2011", "INS : 111122662706904"),
])
def test_a_child_introduced_with_his_own_ins_is_filed(child, ins):
    decision = decide_child(RADIOLOGY.format(child=child, ins=ins))
    assert decision.files and decision.patient_ipp == JEAN.ipp


@pytest.mark.parametrize("child, ins", [
    ("Enfant MARTIN Jean (né le 05/12/2011)", "INS : 111122662706904"),  # no subject's label: a sibling's line?
    ("Fratrie :\nEnfant MARTIN Jean (né le 05/12/2011)", "INS : 111122662706904"),
    ("Bénéficiaires :\nPatient(e) : Enfant MARTIN Jean — né le 05/12/2011", "INS : 111122662706904"),  # one of a list
    ("Patient(e) : Enfant MARTIN Jean Louis — né le 05/12/2011", "INS : 111122662706904"),  # not his given names
    ("Patient(e) : Enfant MARTIN Jean", "INS : 111122662706904"),  # no birth date beside him
    ("Patient(e) : Enfant MARTIN Jean — né le 05/12/2011", "\nINS : 111122662706904"),  # the INS further down
    ("Mme MARTIN Claire, née le 03/03/1980\nEnfant MARTIN Jean (né le 05/12/2011)", "INS : 111122662706904"),
    ("Patiente : MARTIN Claire\nEnfant : MARTIN Jean (né le 05/12/2011)", "INS : 111122662706904"),
])
def test_a_child_beside_another_identity_or_without_his_date_stays_in_review(child, ins):
    assert not decide_child(RADIOLOGY.format(child=child, ins=ins)).files


def test_an_adult_introduced_as_enfant_is_no_child():
    adult = Patient("P9", "MARTIN", "Jean", date(1990, 12, 5), "M", ins="190122662706913")
    index = matching.RegistryIndex.build([adult, CLAIRE])
    text = RADIOLOGY.format(child="Patient(e) : Enfant MARTIN Jean — né le 05/12/1990", ins="INS : 190122662706913")
    assert not matching.decide(identity.read_document([text], TODAY), index).files


# A continuation page named by the patient's surname alone that speaks of a registered namesake by first name
# (review97: the `p` of `p.2`, read as another initial, had sent these pages to review by accident).
KLEIN_CHLOE = Patient("P10", "KLEIN", "Chloé", date(1975, 4, 8), "F")
TWINS = matching.RegistryIndex.build([KLEIN, KLEIN_CHLOE, KLEIN_PAUL])


@pytest.mark.parametrize("page_2", ["KLEIN. — p.2\nConcernant Chloé : même traitement.\n",
                                    "KLEIN — 2\nChloé a été revue ce jour.\n",
                                    "KLEIN\nPaul a été revu ce jour.\n"])
def test_a_namesakes_first_name_on_a_page_named_by_the_surname_alone_goes_to_review(page_2):
    decision = matching.decide(identity.read_document([FIRST_PAGE, page_2], TODAY), TWINS)
    assert not decision.files


@pytest.mark.parametrize("page_2", ["KLEIN. — p.2\nL'échographie de contrôle est normale.\n",
                                    "KLEIN Noémie — p.2\nSon père Paul est venu avec elle.\n",
                                    "KLEIN — p.2\nCopie à : Dr COSTE Anne-Chloé\n",
                                    "KLEIN — p.2\nAvis du Dr Chloé MARTIN demandé.\n",
                                    # a namesake's first name that is no sentence's subject (review98)
                                    "KLEIN — p.2\nSon fils Paul l'accompagnait.\n",
                                    "KLEIN — p.2\nDomicile : 12 rue Paul Bert, Lyon.\n",
                                    "KLEIN — p.2\nPaul Bert avait décrit ce syndrome.\n",
                                    "KLEIN — p.2\nPaul à revoir si besoin.\n"])
def test_a_page_with_her_first_name_or_a_doctors_name_keeps_its_filing(page_2):
    decision = matching.decide(identity.read_document([FIRST_PAGE, page_2], TODAY), TWINS)
    assert decision.files and decision.patient_ipp == KLEIN.ipp


PAUL_FIRST_PAGE = "Compte rendu de consultation\nNom de naissance : KLEIN\nPrénom : Paul\n" \
                  "Date de naissance : 03/01/1950\n"


@pytest.mark.parametrize("page_2", ["KLEIN p.2\nChloé a été revue ce jour.\n", "KLEIN p.2 Noémie\nSuite.\n",
                                    "KLEIN. — p.2 — Madame Chloé\nSuite.\n"])
def test_a_namesake_after_the_page_number_of_his_initial_goes_to_review(page_2):
    # on main, `p` was Paul's own initial and these pages were filed under him
    decision = matching.decide(identity.read_document([PAUL_FIRST_PAGE, page_2], TODAY), TWINS)
    assert not decision.files


# A fax's speck between a label and its colon (independent corpus s769-036: the trusted person's date contradicted).
CHILD = Patient("P11", "CHAUVIN", "Étienne", date(2021, 2, 10), "M")
CHAUVIN_INDEX = matching.RegistryIndex.build([CHILD, Patient("P12", "CHAUVIN", "Yves", date(1990, 7, 9), "M")])
LIAISON_FORM = "FICHE DE LIAISON\n\n[Nom : CHAUVIN\n[Prénoms : ÉTIENNE GAËL\nNé(e) le{birth}: 10/02/2021\n" \
               "Personne de confiance{close}: YVES CHAUVIN, né le 09/07/1990 (père) — 06 86 39 86 91\n"


@pytest.mark.parametrize("birth, close", [(". ", ". "), (" ", ", "), (" ", "’ "), (".", ".")])
def test_a_speck_before_the_colon_keeps_the_label(birth, close):
    decision = matching.decide(identity.read_document([LIAISON_FORM.format(birth=birth, close=close)], TODAY),
                               CHAUVIN_INDEX)
    assert decision.files and decision.patient_ipp == CHILD.ipp



# A parent's consent for a minor, the parent's identity block the only one printed (review99: filed under the parent).
MARIE = Patient("P13", "DUPONT", "Marie", date(1985, 4, 8), "F")
CONSENT = "AUTORISATION D'OPÉRER ET D'ANESTHÉSIER\nJe soussigné(e)\nNom : DUPONT\nPrénom : Marie\n" \
          "Née le : 08/04/1985\n{act}\nFait à Vannes, le 01/03/2026\nSignature\n"


@pytest.mark.parametrize("act", [
    "agissant en qualité de mère / représentant légal,\nautorise l'anesthésie de mon fils Lucas.",
    "autorise l'intervention sur ma fille Nina, 6 ans.",
    "autorise les soins nécessaires pour mon enfant.",
])
def test_a_parents_consent_for_a_child_goes_to_review(act):
    decision = matching.decide(identity.read_document([CONSENT.format(act=act)], TODAY),
                               matching.RegistryIndex.build([MARIE]))
    assert not decision.files


@pytest.mark.parametrize("act", ["autorise l'anesthésie me concernant.",
                                 "autorise l'intervention prévue le 12/03/2026."])
def test_a_patients_own_consent_is_filed(act):
    decision = matching.decide(identity.read_document([CONSENT.format(act=act)], TODAY),
                               matching.RegistryIndex.build([MARIE]))
    assert decision.files and decision.patient_ipp == MARIE.ipp
