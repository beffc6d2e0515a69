"""Text year: the year a document's text speaks of, for meta when its title names none.

Counted from the years the text names, less those that date something else: a cited document's
("依据《…规划（2021—2035年）》"), a horizon or a deadline ("二〇三五年远景目标", "到2027年"), the end of a range,
a comparison's base ("较2022年增长"), an old stock a task works on ("改造2000年底前建成的小区"); the start of a period to now ("2023年以来") counts weakly; the signing
year (落款) outweighs them, and a "20xx" template has none.
"""

from __future__ import annotations

import re
from collections import Counter

from jihua.pipeline.model import Unit
from jihua.pipeline.rules.lexicon import YEAR as _YEAR
from jihua.pipeline.rules.targets import dated_objects
from jihua.pipeline.rules.titles import CITED_TITLE, YEAR_SPAN, fold, year_value

# a long-range horizon ("二〇三五年远景目标") or a deadline ("到2027年") names no year the text is about, nor
# does the end of a range ("2021—2035年", "2025年3月—6月"): the range starts in the year it speaks of
_HORIZON = re.compile(r"\s*(?:远景|愿景|长远|中长期)")
# (not "截至2025年9月底": "as of", the date the text's figures stand at — the text's own time)
_BY = re.compile(r"(?:到|(?<!截)至)\s*$|[\d年月日]\s*[—－\-–~～]+\s*$")
# a comparison's base ("较2022年增长", "比2023年末提高", "同比", "与2022年相比"): the year measured against, never
# the one the text is about
_BASE_BEFORE = re.compile(r"(?:较|比|相比|相较|对比)\s*$")
_BASE_AFTER = re.compile(r"\s*(?:[底末初]|同期)?\s*(?:相比|相较|比较)")
# the start of a period running to now ("2023年以来"): weak evidence, as a span's start — a summary's own "2025年以来"
# still dates it when nothing else does, but never outweighs the year the text speaks from ("截至2025年9月底")
_SINCE = re.compile(r"\s*(?:[底末初])?\s*以来")


def _cited(text: str) -> list[tuple[int, int]]:
    """Where the text cites another document by its title (依据《…规划（2021—2035年）》): its years are that
    document's, not this one's."""
    return [m.span() for m in CITED_TITLE.finditer(text)]


def _inside(at: int, cited: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in cited)


def _years(units: list[Unit]) -> tuple[Counter[int], Counter[int], bool]:
    """Years mentioned in these units: those the text speaks of, the first years of spans it names
    ("记述1991年至2020年…": a period it describes, weak evidence of its own year) and of titles it cites
    (an implementing plan cites its parent's year), and whether a
    template "20xx" appears among them."""
    years: Counter[int] = Counter()
    spans: Counter[int] = Counter()
    for u in units:
        text = fold(u.text)
        cited = _cited(text)
        stock = dated_objects(text)  # "改造2000年底前建成的小区": the stock's year, not the text's
        starts = [m for m in YEAR_SPAN.finditer(text) if not _inside(m.start(), cited)]
        spans.update(int(m.group(1)) for m in starts)
        for m in _YEAR.finditer(text):
            if m.group(2):
                return years, spans, True
            value = year_value(m)
            if value and _inside(m.start(), stock):
                continue
            if value and _inside(m.start(), cited) and not _BY.search(text, 0, m.start()):
                spans[value] += 1  # a cited document's year ("落实《某市2025年…安排》"): weak, as a span's start
                continue
            if value and (_BASE_BEFORE.search(text, 0, m.start()) or _BASE_AFTER.match(text, m.end())):
                continue
            if value and _SINCE.match(text, m.end()) and not _inside(m.start(), cited):
                spans[value] += 1
                continue
            if (value and not _inside(m.start(), cited) and all(m.start() != s.start() for s in starts)
                    and not _HORIZON.match(text, m.end()) and not _BY.search(text, 0, m.start())):
                years[value] += 1
    return years, spans, False


def year_from_text(units: list[Unit], signed: int | None = None, summary: bool = False,
                   signed_late: bool = False) -> int | None:
    """The year a document whose title names none speaks of; None for a "20xx" template.

    The year its closing line is signed in (`signed`, 落款 "2025年3月12日") outweighs the years its
    text counts: a plan is for the year it is signed in, a summary (`summary`) signed early in the
    next year keeps the year before when its text names it, and a plan signed in a year's last months
    (`signed_late`: 11月, 12月) is for the next year when its text names that. Unsigned, the year the opening speaks
    of ("2023年，我镇……"); failing that, the year the body keeps naming ("力争2024年底前…"); failing
    that, the first year of a span it names. A dated closing line dates even a "20xx" template's text."""
    counted, template = _counted_year(units)
    if signed is not None:
        if summary and counted == signed - 1:
            return counted
        return counted if not summary and signed_late and counted == signed + 1 else signed
    return None if template else counted


def _counted_year(units: list[Unit]) -> tuple[int | None, bool]:
    """(the year the opening, then the body, names most; whether a "20xx" template appears)."""
    spans: Counter[int]
    for scope in (units[:4], units):
        years, spans, template = _years(scope)
        if template or years:
            return (years.most_common(1)[0][0] if years else None), template
    return (spans.most_common(1)[0][0] if spans else None), False
