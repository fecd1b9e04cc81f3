"""A date printed with glyphs for digits under the INS (`10/03/198o`, the holder born 10/03/1982) is another date once
`o` is read as `0`: it contradicts. Session 34 had shadowed the glyph table this check uses (a second module-level
`DIGIT_LOOKALIKES` in matching, for misread days, rebound the name): `o`, `Q`, `D`, `l`, `|` were no longer read, and the
date was excused. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.matching import a_readable_part_differs

BORN = date(1982, 3, 10)
TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("printed", ["10/03/198o", "10/03/19l2", "10/0|/1982", "2D/03/1982"])
def test_a_date_whose_glyphs_read_as_digits_make_another_date_contradicts(printed):
    assert a_readable_part_differs(printed, BORN, TODAY)


@pytest.mark.parametrize("printed", ["1O/O3/1982", "l0/03/1982", "1O/03/l982"])
def test_the_holders_own_date_printed_with_glyphs_does_not(printed):
    assert not a_readable_part_differs(printed, BORN, TODAY)
