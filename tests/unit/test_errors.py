"""One table of exit codes (errors.ExitCode), carried by every error of the family."""
import pytest

from docpipe import errors, export, letters, review, search
from docpipe.errors import DocpipeError, ExitCode


def every_error_class():
    found, pending = [], [DocpipeError]
    while pending:
        kind = pending.pop()
        found.append(kind)
        pending += kind.__subclasses__()
    return found


def test_the_exit_codes_are_fixed():
    assert [(c.name, int(c)) for c in ExitCode][:5] == [("OK", 0), ("ERROR", 1), ("USAGE", 2),
                                                         ("MISSING_DEPENDENCY", 3), ("INTEGRITY", 4)]


@pytest.mark.parametrize("kind, code", [
    (review.ReviewError, ExitCode.ERROR), (review.AmbiguousAssignment, ExitCode.ERROR),
    (review.ContradictedAssignment, ExitCode.ERROR), (letters.LetterError, ExitCode.ERROR),
    (export.ExportError, ExitCode.ERROR), (search.SearchError, ExitCode.ERROR),
    (errors.MissingDependency, ExitCode.MISSING_DEPENDENCY), (errors.UnreadableDocument, ExitCode.USAGE),
])
def test_errors_carry_their_exit_code(kind, code):
    assert kind.exit_code == code


def test_every_error_of_the_family_carries_an_exit_code():
    assert all(kind.exit_code in set(ExitCode) for kind in every_error_class())
    assert len(every_error_class()) > 10
