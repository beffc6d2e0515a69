"""Numerals: Arabic and Chinese figures to numbers, for labels, targets and comparison alike.

Chinese numerals are read here, not by cn2an: importing cn2an built three converters and read a
YAML file, 100–200 ms per process (more than all of jihua's own modules), paid by every batch
worker at its first 十一 — a serial cost no second worker can share. What labels and targets
hold is a small grammar: digits (零〇一二两三…九, or Arabic runs), the units 十百千 below
万, the scales 万 and 亿, a decimal 点, bare digit strings read by position (二〇二五), and the
spoken short forms (三万五 is 35,000; 一千二 is 1,200). On every number 0–100,000 as cn2an
writes it, 两-forms, mixed forms and 20,000 random strings of these characters, the reading
here agreed with cn2an's "smart" mode, but for the short form after 亿 (一亿二 is 120,000,000
here; cn2an refused it). Malformed strings (十十, 零百, 万) are None.
"""

from __future__ import annotations

import re

# a figure in Arabic digits, thousands grouped or not: "12", "1.5", "2,800", "1,350,000.5"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?)"
_ARABIC = re.compile(DIGITS)
_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNIT = {"十": 10, "百": 100, "千": 1000}
_SCALES = (("亿", 10**8), ("万", 10**4))
_SINGLE = {**_DIGIT, **_UNIT}  # "百分之百": a bare 百 is a hundred
_TOKEN = re.compile(r"\d+(?:\.\d+)?|.")  # an Arabic run counts as one digit ("3万5千", "1亿2000万")

Number = int | float

# the zero of a Chinese-numeral year as offices type it: a circle from the symbol menu (○ U+25CB, ◯ U+25EF),
# a letter O or a digit 0 ("二○二五年", "二O二五年", "二0二五年"): after a Chinese digit and before another
# or 年, it is 〇 (one character for one: spans stay)
_ZERO_LOOKALIKE = re.compile(r"(?<=[〇零一二三四五六七八九])[○◯OＯ0０]+(?=[〇零一二三四五六七八九]|年)")


def fold_zeros(text: str) -> str:
    """"二○二五年一月" → "二〇二五年一月": the zero's look-alikes read as 〇 where Chinese numerals are read."""
    return _ZERO_LOOKALIKE.sub(lambda m: "〇" * len(m.group(0)), text)


def _tidy(number: float) -> Number:
    return int(number) if float(number).is_integer() else number


def _digit(token: str) -> Number | None:
    if token in _DIGIT:
        return _DIGIT[token]
    return float(token) if token[0].isdigit() else None


def _below_scale(text: str) -> Number | None:
    """A number under 万: digits with 十百千 ("三千零五十", "十二"), a bare digit string read by
    position ("二〇二五"), or a spoken short form ("一千二" is 1,200)."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return 0
    if not any(t in _UNIT for t in tokens):
        if len(tokens) > 1 and not all(t in _DIGIT for t in tokens):
            return None
        if len(tokens) == 1:
            return _digit(tokens[0])
        return int("".join(str(_DIGIT[t]) for t in tokens))
    value: Number = 0
    digit: Number | None = None
    last_unit = 10**4
    after_zero = False
    for i, token in enumerate(tokens):
        if token in _UNIT:
            unit = _UNIT[token]
            if unit >= last_unit:
                return None  # 十十, 百千
            if digit == 0 and token == "十" and i >= 2:
                digit = 1  # 一千零十
            if digit is None:
                if token != "十" or i:
                    return None  # a unit with no digit: only a leading 十 (十二)
                digit = 1
            elif digit == 0:
                return None  # 零百
            value += digit * unit
            digit, last_unit, after_zero = None, unit, False
            continue
        found = _digit(token)
        if found is None:
            return None
        if digit is not None and digit != 0:
            return None  # two digits in a row under units ("一二百")
        after_zero = after_zero or (digit == 0)
        digit = found
    if digit is not None:
        if digit == 0 and tokens[-2] in _UNIT:
            return None  # 十〇
        short = not after_zero and digit != 0 and last_unit >= 100 and tokens[-2] in _UNIT
        value += digit * (last_unit // 10 if short else 1)
    return value


def _integer_part(text: str) -> Number | None:
    """A number with the scales 亿 and 万 ("一亿二千万", "三万五" is 35,000, "一万亿")."""
    for char, scale in _SCALES:
        head, sep, tail = text.rpartition(char)
        if not sep:
            continue
        high = _integer_part(head) if head else None
        if not high:
            return None  # 万 alone, 千万, 零万
        if len(tail) == 1 and tail in _DIGIT and tail not in "零〇":
            return high * scale + _DIGIT[tail] * scale // 10  # the spoken short form
        low = _integer_part(tail.lstrip("零〇")) if tail else 0
        if low is None or low >= scale:
            return None
        return high * scale + low
    return _below_scale(text)


def _chinese(text: str) -> Number | None:
    whole, sep, fraction = text.partition("点")
    value = _integer_part(whole) if whole else None
    if value is None or not sep:
        return value
    if not fraction or not all(ch in _DIGIT for ch in fraction):
        return None
    return value + float("0." + "".join(str(_DIGIT[ch]) for ch in fraction))


def to_number(raw: str) -> Number | None:
    """"12" → 12, "1.5" → 1.5, "一百零五" → 105, "两千" → 2000, "1.3万" → 13000; None otherwise."""
    raw = raw.strip()
    if not raw:
        return None
    if _ARABIC.fullmatch(raw):
        return _tidy(float(raw.replace(",", "")))
    if raw in _SINGLE:
        return _SINGLE[raw]
    value = _chinese(raw)
    return None if value is None else _tidy(value)


def cn_to_int(text: str) -> int | None:
    """A whole number from a numbering label's numeral ("十二" → 12); None when it is not one."""
    value = to_number(text)
    return value if isinstance(value, int) and value >= 0 else None


# a Roman numeral typed in ASCII letters, in its canonical form up to 399 ("IV", "XII", "XL"; "IIII", "VX", "IL" are none)
_ROMAN_FORM = re.compile(r"(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(text: str) -> int | None:
    """"IV" → 4, "XII" → 12; None for letters no Roman numeral spells canonically ("IIX", "VV", "IT")."""
    if not text or not _ROMAN_FORM.fullmatch(text):
        return None
    values = [_ROMAN_DIGITS[c] for c in text]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))
