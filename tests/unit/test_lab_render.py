"""The HTML page and the search text of a lab message."""
import re
from datetime import date

from docpipe.labresults import parse, render_html, render_text
from docpipe.labresults import samples as s

PATIENT = s.SamplePatient("LEFÈVRE", "Hélène", date(1957, 3, 12), "F", used_name="MOREAU",
                          ins=s.fictitious_ins("F", date(1957, 3, 12)))
RESULTS = (
    s.SampleResult("GLY", "Glycémie à jeun", "5,1", "mmol/L", "4,1", "5,9", "N"),
    s.SampleResult("HB", "Hémoglobine", "10,2", "g/dL", "12,0", "16,0", "L"),
    s.SampleResult("K", "Potassium", "6,9", "mmol/L", "3,5", "5,0", "HH"),
    s.SampleResult("NA", "Sodium", "118", "mmol/L", "135", "145", "LL"),
)


def message(results=RESULTS, fmt="hl7", extra=()):
    report = s.SampleReport(PATIENT, results=results, extra_lines=extra)
    data = s.hl7_file([s.hl7_message(report)]) if fmt == "hl7" else s.hprim_net_file([report])
    return parse(data).messages[0]


def rows(page: str) -> list[str]:
    return re.findall(r"<tr[^>]*>.*?</tr>", page)


def test_page_shows_lab_dates_identity_and_every_analysis():
    page = render_html(message())
    for expected in ("LABORATOIRE FICTIF DES LILAS", "30/11/2026 08:15", "LEFÈVRE", "MOREAU", "Hélène",
                     "12/03/1957", PATIENT.ins, "Glycémie à jeun", "5.1", "mmol/L", "4.1 – 5.9", "Hémoglobine"):
        assert expected in page, expected
    assert page.startswith("<!DOCTYPE html>") and 'lang="fr"' in page and 'charset="utf-8"' in page


def test_critical_values_come_first_and_abnormal_values_are_highlighted():
    page = render_html(message())
    critical_block = page.split("<h2>Valeurs critiques</h2>")[1].split("<h2>")[0]
    assert "Potassium" in critical_block and "Sodium" in critical_block and "Glycémie" not in critical_block
    assert page.index("Valeurs critiques") < page.index("<h2>Analyses</h2>")
    analyses = rows(page.split("<h2>Analyses</h2>")[1])[1:]  # the header row aside
    labels = [re.search(r"<td>([^<]*)", r).group(1) for r in analyses]
    assert labels == ["Potassium", "Sodium", "Hémoglobine", "Glycémie à jeun"]
    assert [r.split(">")[0] for r in analyses] == ['<tr class="critical"', '<tr class="critical"',
                                                    '<tr class="abnormal"', "<tr"]
    assert "HH (critique haut)" in page and "L (bas)" in page


def test_no_critical_section_when_nothing_is_critical():
    page = render_html(message(results=RESULTS[:2]))
    assert "Valeurs critiques" not in page and 'class="abnormal"' in page


def test_everything_from_the_lab_is_escaped_and_nothing_is_fetched():
    hostile = (s.SampleResult("X", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"u\"", "", "", "N"),)
    page = render_html(message(results=hostile, fmt="hprim_net", extra=("TEX|<b>gras</b> & cie",)))
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&amp; cie" in page
    assert not re.search(r"<[^>]*\b(src|href)\s*=", page)  # no tag loads anything
    assert "default-src 'none'" in page


def test_unreadable_part_shows_its_reason_and_raw_text():
    data = s.hl7_file([s.hl7_message(s.SampleReport(PATIENT), with_pid=False)])
    page = render_html(parse(data).messages[0])
    assert "Message illisible" in page and "sans segment PID" in page and "OBX|" in page
    assert "patient non identifié" in page


def test_search_text_lists_analysis_names_and_values():
    text = render_text(message())
    assert "Potassium : 6.9 mmol/L (normes 3.5 – 5.0) [HH critique haut]" in text
    assert "Glycémie à jeun : 5.1 mmol/L (normes 4.1 – 5.9)" in text
    assert "LABORATOIRE FICTIF DES LILAS" in text and "Nom de naissance : LEFÈVRE" in text


def test_provenance_names_the_file_and_part_escaped():
    page = render_html(message(), provenance="lot<1>.hl7, message 2/3")
    assert "Origine : lot&lt;1&gt;.hl7, message 2/3" in page
    assert "Origine" not in render_html(message())
