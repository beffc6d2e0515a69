"""Chinese numerals as labels and targets write them, read without a library import."""

from __future__ import annotations

import subprocess
import sys

import pytest
from jihua.pipeline.text.numerals import cn_to_int, to_number


@pytest.mark.parametrize(("text", "value"), [
    ("十", 10), ("十一", 11), ("一十一", 11), ("二十", 20), ("九十九", 99),
    ("一百", 100), ("一百零五", 105), ("两百", 200), ("三千五百", 3500), ("一千零一十", 1010),
    ("一千零十", 1010), ("两千零二十六", 2026), ("一万零五百", 10500), ("二十三万四千五百", 234500),
    ("一亿二千万", 120_000_000), ("一万亿", 10**12), ("十万", 100_000),
    # spoken short forms: the digit after the last unit counts in the unit below it
    ("三万五", 35_000), ("一千二", 1200), ("五千五", 5500), ("二十三万四千五", 234_500), ("一亿二", 120_000_000),
    # digits read by position, as years and codes are written
    ("二〇二六", 2026), ("二零一九", 2019), ("零五", 5),
    # Arabic figures with Chinese units or scales
    ("3万5千", 35_000), ("1亿2000万", 120_000_000), ("1.3万", 13_000), ("5千", 5000),
    ("一点五", 1.5), ("零点五", 0.5), ("2,800", 2800), ("12.5", 12.5),
])
def test_numerals_read(text: str, value: float) -> None:
    assert to_number(text) == value


@pytest.mark.parametrize("text", ["十十", "百千", "一二百", "零百", "十〇", "万", "亿", "千万", "零万", "一点", "若干", ""])
def test_malformed_numerals_are_none(text: str) -> None:
    assert to_number(text) is None


def test_label_numerals_are_whole_numbers() -> None:
    assert cn_to_int("二十一") == 21 and cn_to_int("一点五") is None and cn_to_int("1.5") is None


def test_reading_a_numeral_imports_no_library() -> None:
    """A worker's first 十一 cost 100–200 ms when a library was imported for it."""
    code = ("import sys; before = set(sys.modules); from jihua.pipeline.text.numerals import to_number; "
            "to_number('二十三万四千五'); print(sorted(m for m in set(sys.modules) - before "
            "if m.split('.')[0] not in sys.stdlib_module_names and not m.startswith('jihua')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
