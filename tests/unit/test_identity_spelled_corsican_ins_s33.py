"""An INS printed digit by digit whose birth department is Corsica's (`2A`, `2B`) spells that pair too: `INS : 1 4 9 1
1 2 B 1 8 7 8 6 1  80` (a lab report generator, second independent corpus s48_024), or in boxes read as bars. It is
read whole, its key checked like any other; a key that fails stays a failing INS. Pure."""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_page

TODAY = date(2026, 12, 4)
CORSICAN = "149112B187861"
KEY = nir.calc_check_digits(CORSICAN)


def spelled(characters: str, separator: str = " ") -> str:
    return separator.join(characters)


@pytest.mark.parametrize("printed", [
    f"INS : {spelled(CORSICAN)}  {KEY}",
    f"INS : |{spelled(CORSICAN, '|')}| {KEY}",
    f"INS : {spelled(CORSICAN.replace('2B', '2A'))}  {nir.calc_check_digits(CORSICAN.replace('2B', '2A'))}",
])
def test_a_spelled_corsican_ins_is_read_whole(printed):
    [ins] = read_page(printed, today=TODAY).ins
    assert ins.valid_key and ins.number[5:7] in ("2A", "2B")


def test_a_spelled_corsican_ins_with_a_wrong_key_is_not_valid():
    wrong = f"{(int(KEY) + 1) % 97 + 1:02d}"
    [ins] = read_page(f"INS : {spelled(CORSICAN)}  {wrong}", today=TODAY).ins
    assert not ins.valid_key
