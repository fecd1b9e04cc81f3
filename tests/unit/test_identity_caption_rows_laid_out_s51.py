"""A typed form's row of captions over its row of values, which a PDF's text layer gives one cell per line: the page's
layout (pypdf's layout mode) says which caption each value stands under, an empty cell included (fourth corpus s15
courrier_008 and courrier_009: the care sheets of a child under the insured parent went to review). The rows are joined
in place only when every row of captions on the page is read so; otherwise the text stays as printed. Pure, no I/O."""
from datetime import date

from docpipe.identity import caption_rows_joined, read_document, stacked_captions
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
CAPTIONS = ["Nom de naissance", "Nom d'usage", "Prénom", "Date de naissance"]
COLUMNS = [0, 41, 77, 106]


def laid_out(*rows: list[str | None]) -> str:
    """Rows of cells at COLUMNS (None: an empty cell), a blank line between rows, as pypdf's layout mode prints."""
    lines = []
    for row in rows:
        line = ""
        for column, cell in zip(COLUMNS, row):
            if cell:
                line = line.ljust(column) + cell
        lines += [line, ""]
    return "\n".join(lines)


def plain(*rows: list[str | None]) -> str:
    return "\n".join(cell for row in rows for cell in row if cell)


FORM_TOP = ["BÉNÉFICIAIRE DES SOINS (si différent de l'assuré)"]
ONE_EMPTY = ["DESET", None, "Christine", "13.11.2005"]


def test_an_empty_cell_keeps_each_value_under_its_caption():
    text = "\n".join(FORM_TOP) + "\n" + plain(CAPTIONS, ONE_EMPTY)
    joined = caption_rows_joined(text, "\n".join(FORM_TOP) + "\n" + laid_out(CAPTIONS, ONE_EMPTY))
    assert joined.split("\n")[1:] == ["Nom de naissance : DESET", "Nom d'usage :", "Prénom : Christine",
                                      "Date de naissance : 13.11.2005"]


def test_the_joined_form_files_the_child_under_the_insured_parent():
    index = RegistryIndex.build([Patient("C1", "DESET", "Christine, Françoise", date(2005, 11, 13), "F"),
                                 Patient("M1", "BARRÉ", "Marie", date(1969, 6, 13), "F", used_name="DESET")])
    head = ["DEMANDE D'ADMISSION", "ASSURÉ(E)", "Nom et prénom", "N° d'immatriculation", "DESET Marie",
            "2690699569047 08"] + FORM_TOP
    text = "\n".join(head) + "\n" + plain(CAPTIONS, ONE_EMPTY)
    layout = "\n".join(head) + "\n" + laid_out(CAPTIONS, ONE_EMPTY)
    assert not decide(read_document([text], TODAY, [True]), index).files
    decision = decide(read_document([caption_rows_joined(text, layout)], TODAY, [True]), index)
    assert decision.files and decision.patient_ipp == "C1"


def test_an_empty_birth_date_or_first_name_leaves_the_page_as_printed():
    for row in (["DESET", None, "Christine", None], ["DESET", None, None, "13.11.2005"]):
        text = plain(CAPTIONS, row) + "\nMère : BARRÉ Marie\n13.06.1969"
        assert caption_rows_joined(text, laid_out(CAPTIONS, row) + "\nMère : BARRÉ Marie\n13.06.1969") == text


def test_a_value_astride_two_columns_leaves_the_page_as_printed():
    row = ["DESET Christine Françoise Marie-Hélène DE LA TOUR", None, None, "13.11.2005"]
    text = plain(CAPTIONS, row)
    assert caption_rows_joined(text, laid_out(CAPTIONS, row)) == text


def test_a_table_of_several_rows_of_values_leaves_the_page_as_printed():
    rows = (CAPTIONS, ["DESET", None, "Christine", "13.11.2005"], ["BARRÉ", "DESET", "Marie", "13.06.1969"])
    text = plain(*rows)
    assert caption_rows_joined(text, laid_out(*rows)) == text


def test_one_row_not_found_in_the_text_leaves_every_row_as_printed():
    relatives = [["Nom de naissance", "Prénom"], ["BARRÉ", "Marie"]]
    text = plain(CAPTIONS, ONE_EMPTY) + "\nMÈRE\nBARRÉ\nNom de naissance\nMarie\nPrénom"  # another order than laid out
    layout = laid_out(CAPTIONS, ONE_EMPTY) + "\nMÈRE\n" + laid_out(*relatives)
    assert caption_rows_joined(text, layout) == text


def test_values_already_below_their_captions_stay_as_they_are():
    text = "Médecin prescripteur\nDr Jean BOISAN — RPPS 10647826383\nDate\n09/08/2025"
    layout = laid_out(["Médecin prescripteur", None, "Date", None], ["Dr Jean BOISAN — RPPS 10647826383", None,
                                                                      "09/08/2025", None])
    assert caption_rows_joined(text, layout) == text


def test_only_two_captions_on_lines_that_follow_each_other_ask_for_the_layout():
    assert stacked_captions("Nom de naissance\nPrénom\nDESET\nChristine")
    assert not stacked_captions("Nom de naissance : DESET\nPrénom : Christine")


def test_a_second_row_out_of_line_still_makes_a_table_of_several_rows():
    rows = (CAPTIONS, ["BARRE", "DESET", "Marie", "13.06.1969"], ["DESET", None, "Christine", "13.11.2005"])
    text = plain(*rows) + "\n(patiente)"
    layout = laid_out(*rows).replace("13.11.2005", "13.11.2005   (patiente)")
    assert caption_rows_joined(text, layout) == text
