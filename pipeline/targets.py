"""Quantified commitments: "组织军民共建活动不少于5次" → value 5, unit 次, comparator >=.

Numbers are read on characters, not tokens (a segmenter may glue "2期" or split "人次"),
in Arabic and Chinese numerals ("两期", "一千五百元"). Ordinals (第三), years, dates, slogans
("四个意识", "一站式") and counts inside quotation marks are not commitments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import cn2an
from jihua.pipeline.rules.lexicon import AT_LEAST, AT_MOST, PERIODS, SLOGANS, TARGET_UNITS
from jihua.pipeline.rules.numbering import match_label

_UNITS = "|".join(re.escape(u) for u in sorted(TARGET_UNITS, key=len, reverse=True))
NUMBER = re.compile(
    r"(?P<pre>百分之)?(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)\s*(?P<more>余|多)?\s*"
    rf"(?P<scale>[万千亿](?=人次|元|人|户|册|份|个|次))?(?P<unit>{_UNITS})(?P<after>以上|及以上|以内|以下|之内|内)?"
)
_CLAUSE = re.compile(r"[^，,；;。！？!?：:\n]+")
_QUOTED = re.compile(r"“[^”]{0,30}”|「[^」]{0,30}」|\"[^\"]{0,30}\"")
_NOT_AFTER = {"周": "年", "次": "性", "个": "人"}
_ORDINAL_BEFORE = re.compile(r"(第|初|星期|周)$")
_FESTIVALS = re.compile(r"^(八一|五四|七一|三八|六一|五一|十一)$")
_DETERMINER = re.compile(r"^一(个|次|场|项|支|批|名|家)$")
_DETERMINER_FOLLOW = re.compile(r"^(重要|新的?|全面|整体|关键|良好|有效|统一|有力|很|更|较|个|些)")


@dataclass
class Found:
    clause: str
    value: float | int
    unit: str
    comparator: str
    period: str | None
    start: int


def number_value(raw: str) -> float | int | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", raw):
        number = float(raw)
        return int(number) if number.is_integer() else number
    try:
        number = float(cn2an.cn2an(raw, "smart"))
    except (ValueError, KeyError, TypeError):
        return None
    return int(number) if number.is_integer() else number


def _comparator(before: str, after: str | None, more: str | None) -> str:
    if after in ("以上", "及以上") or more:
        return ">="
    if after in ("以内", "以下", "之内", "内"):
        return "<="
    window = before[-8:]
    if AT_MOST.search(window):
        return "<="
    if AT_LEAST.search(window):
        return ">="
    return "="


def _masked(clause: str) -> str:
    """Blank out quoted names so counts inside them ("双十项") are not read."""
    return _QUOTED.sub(lambda m: "\u3000" * len(m.group(0)), clause)


def _skip(clause: str, m: re.Match[str]) -> bool:
    num, unit = m.group("num"), m.group("unit")
    before = clause[: m.start()]
    following = clause[m.end(): m.end() + 2]
    if _ORDINAL_BEFORE.search(before) or _FESTIVALS.match(num):
        return True
    if unit in _NOT_AFTER and following.startswith(_NOT_AFTER[unit]):
        return True
    span = clause[max(0, m.start() - 1): m.end() + 2]
    if SLOGANS.search(span) or SLOGANS.search(clause[m.start(): m.end() + 3]):
        return True
    return bool(_DETERMINER.match(num + unit) and _DETERMINER_FOLLOW.match(following))


def _part_around(clause: str, pos: int) -> str:
    """The enumerated part ("、"-separated) of a clause that holds position `pos`."""
    begin = clause.rfind("、", 0, pos) + 1
    end = clause.find("、", pos)
    return clause[begin: end if end != -1 else len(clause)].strip()


def find_targets(sentence: str) -> Iterator[Found]:
    """Every quantified commitment in one sentence, with its clause (or its part of it)."""
    for cm in _CLAUSE.finditer(sentence):
        clause = cm.group(0).strip()
        if not clause:
            continue
        masked = _masked(clause)
        hits = [m for m in NUMBER.finditer(masked) if not _skip(masked, m)]
        for m in hits:
            value = number_value(m.group("num"))
            if value is None or (m.group("pre") and m.group("unit") != "%"):
                continue
            unit = ("%" if m.group("pre") else (m.group("scale") or "") + m.group("unit")).replace("％", "%")
            text = _part_around(clause, m.start()) if len(hits) > 1 else clause
            label = match_label(text)
            text = label[1] if label and label[0].family not in ("part", "chapter", "section") else text
            period = PERIODS.search(clause)
            yield Found(text, value, unit, _comparator(masked[: m.start()], m.group("after"), m.group("more")),
                        period.group(0) if period else None, cm.start() + m.start())
