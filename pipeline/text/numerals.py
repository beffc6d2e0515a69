"""Numerals: Arabic and Chinese figures to numbers, for labels, targets and comparison alike.

Chinese numerals go through cn2an (十, 百, 千, 万, 亿, 两, 〇 and mixed forms such as "1.3万"); the
library is imported on first use of a Chinese numeral, so reading "1." or "3、" costs nothing.
"""

from __future__ import annotations

import re

# a figure in Arabic digits, thousands grouped or not: "12", "1.5", "2,800", "1,350,000.5"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?)"
_ARABIC = re.compile(DIGITS)
_SINGLE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "十": 10, "百": 100, "千": 1000}  # "百分之百": a bare 百 is a hundred


def _tidy(number: float) -> int | float:
    return int(number) if float(number).is_integer() else number


def to_number(raw: str) -> int | float | None:
    """"12" → 12, "1.5" → 1.5, "一百零五" → 105, "两千" → 2000, "1.3万" → 13000; None otherwise."""
    raw = raw.strip()
    if not raw:
        return None
    if _ARABIC.fullmatch(raw):
        return _tidy(float(raw.replace(",", "")))
    if raw in _SINGLE:
        return _SINGLE[raw]
    import cn2an

    try:
        return _tidy(float(cn2an.cn2an(raw, "smart")))
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def cn_to_int(text: str) -> int | None:
    """A whole number from a numbering label's numeral ("十二" → 12); None when it is not one."""
    value = to_number(text)
    return value if isinstance(value, int) and value >= 0 else None
