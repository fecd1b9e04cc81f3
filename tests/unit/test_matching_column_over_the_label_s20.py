"""A birth label opening a column (its line, or a segment after a gap of 3 spaces or more, or a tab) is headed from the
line above by the column segment that stands over it, not only by that line's first segment: `Médecin …   Patient :
LEGRAND Henri` / `Tél …   Epouse` / `Service …   né le <his date>` filed the husband (review18's col2pat residual), as
did `Epouse` in the second column over a label indented under it. A relation word, a bare spouse or a sex word against
the patient alone there owns the date (review); a civility against him alone there speaks against him. Near misses keep
filing: the patient's own sex word, a married name (`Epouse DURAND`, `Nom d'épouse : DURAND`), a relation word in
another column than the label's. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("B2", "LEGRAND", "Henri", date(1940, 2, 2), "M"),
    Patient("S1", "LEFEBVRE", "Marie", date(1962, 3, 3), "F", used_name="DURAND"),
    Patient("B1", "DUBOIS", "Marie", date(1950, 1, 1), "F"),
])
HEAD = "Médecin : Dr ROLLAND          Patient : LEGRAND Henri\n"
HEAD_F = "Médecin : Dr ROLLAND          Patiente : {}\n"
TEL = "Tél : 04 74 00 00 00          "
SERVICE = "Service B                     "


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    HEAD + TEL + "Epouse\n" + SERVICE + "né le 02/02/1940\n",
    HEAD + TEL + "Sa mère :\n" + SERVICE + "né le 02/02/1940\n",
    HEAD + TEL + "L'épouse\n" + SERVICE + "né le 02/02/1940\n",
    HEAD + TEL + "Femme\n" + SERVICE + "Né(e) le 02/02/1940\n",
    HEAD + TEL + "Mme:\n" + SERVICE + "Née le 02/02/1940\n",
    HEAD_F.format("DUBOIS Marie") + TEL + "Mari\n" + SERVICE + "née le 01/01/1950\n",
    "Patient : LEGRAND Henri\nMédecin : Dr ROLLAND          Epouse\n                              né le 02/02/1940\n",
    "Patient : LEGRAND Henri\nMédecin : Dr ROLLAND\tEpouse\n\t\t\tné le 02/02/1940\n",
])
def test_a_word_over_the_label_in_its_column_stops_the_filing(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    (HEAD + TEL + "Homme\n" + SERVICE + "né le 02/02/1940\n", "B2"),
    (HEAD_F.format("DUBOIS Marie") + TEL + "Madame\n" + SERVICE + "née le 01/01/1950\n", "B1"),
    (HEAD_F.format("DUBOIS Marie") + TEL + "Femme\n" + SERVICE + "Né(e) le 01/01/1950\n", "B1"),
    (HEAD_F.format("LEFEBVRE Marie") + TEL + "Epouse DURAND\n" + SERVICE + "née le 03/03/1962\n", "S1"),
    ("Médecin : Dr ROLLAND          Nom de naissance : LEFEBVRE\n" + TEL + "Nom d'épouse : DURAND\n"
     "Prénom : Marie                Née le 03/03/1962\n", "S1"),
    (HEAD + "Epouse                        Tél : 04 74 00 00 00\n" + SERVICE + "né le 02/02/1940\n", "B2"),
    (HEAD + "Son épouse                    Tél : 04 74 00 00 00\n" + SERVICE + "né le 02/02/1940\n", "B2"),
    ("Patient : LEGRAND Henri\nMédecin : Dr ROLLAND\tEpouse\n\t\t\t\tné le 02/02/1940\n", "B2"),
])
def test_a_word_not_over_the_label_or_the_patients_own_keeps_filing(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("page, ipp", [
    ("Compte rendu de consultation\nMme BLANCHARD Hélène\n69003 LYON                      Épouse\n"
     "Date de naissance 27 septembre 1990\n", "B3"),
    ("Compte rendu de consultation\nPatiente : BLANCHARD Hélène\tService de cardiologie\nLit 12\tÉpouse :\n"
     "née le 27/09/1990\n", "B3"),
])
def test_a_word_over_the_date_only_in_a_later_column_keeps_filing(page, ipp):
    index = RegistryIndex.build([Patient("B3", "BLANCHARD", "Hélène", date(1990, 9, 27), "F")])
    d = decide(read_document([page], today=TODAY), index)
    assert d.files and d.patient_ipp == ipp


def test_a_word_in_the_labels_column_by_tabs_stops_the_filing():
    page = ("Compte rendu de consultation\nMédecin : Dr ROLLAND\tPatient(e) : DUBOIS Marie\nTél. 06 12 34 56 78\tMr\n"
            "Consultation\tné(e) le 01/01/1950\n")
    assert not decision(page).files


def test_a_word_after_a_tab_opening_its_line_heads_the_second_columns_label():
    page = ("Compte rendu de consultation\nMédecin : Dr ROLLAND\tPatient : LEGRAND Henri\n\tL'épouse:\n"
            "Hospitalisation\tDDN : 02/02/1940\n")
    assert not decision(page).files
