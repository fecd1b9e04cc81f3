"""`docpipe results` for people: a table within 80 columns, dates as JJ/MM/AAAA, the same rows as --json."""
from __future__ import annotations

import json
from datetime import date

from docpipe.labresults import samples as s

from cli_kit import lines_fit, run
from inbox_kit import drop, make_home

DUPONT = s.SamplePatient("DUPONT", "Jean", date(1957, 3, 12), "M", lab_id="L01")
CRITICAL = (s.SampleResult("K", "Potassium", "6,9", "mmol/L", "3,5", "5,0", "HH"),
            s.SampleResult("HB", "Hémoglobine", "10,2", "g/dL", "12,0", "16,0", "L"))


def test_results_table_fits_80_columns_with_french_dates(tmp_path):
    home = make_home(tmp_path / "home")
    drop(home, "labo.hl7", s.hl7_file([s.hl7_message(s.SampleReport(DUPONT, CRITICAL), "M1")]))
    run(home.root, "ingest")
    machine = [json.loads(line) for line in run(home.root, "results", "--json").stdout.splitlines()]
    assert {r["label"] for r in machine} == {"Potassium", "Hémoglobine"}
    people = run(home.root, "results", "--since", date.today().strftime("%d/%m/%Y")).output
    assert "Potassium" in people and "CRITIQUE" in people and date.today().strftime("%d/%m/%Y") in people
    assert lines_fit(people), people
