"""The made-up LEGRAND family of the relation-field tests: the aunt Jeanne and her twin brother Henri, both born
1940-02-02, the patient Jeanne born 2012 (her niece, her date seldom printed), a namesake Henri born 1950 — and the
pure decision over one page."""
from __future__ import annotations

from datetime import date

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import MatchDecision, Patient

TODAY = date(2026, 12, 1)
AUNT = Patient("A1", "LEGRAND", "Jeanne", date(1940, 2, 2), "F")
KID = Patient("K1", "LEGRAND", "Jeanne", date(2012, 6, 9), "F")
HENRI = Patient("H1", "LEGRAND", "Henri", date(1940, 2, 2), "M")
HOMONYM = Patient("H2", "LEGRAND", "Henri", date(1950, 3, 3), "M")


def decision(page: str, patients: list[Patient]) -> MatchDecision:
    return decide(read_document([page], today=TODAY), RegistryIndex.build(patients))
