"""Title joins: a title or a delivery line that a wrap printed on two lines, read back as one.

A title set on two lines ("东港县交通运输局" over "2025年农村公路建设工作方案"), wrapped inside its
bracket or at a PDF copy's width ("某局2022年工" over "作总结"), and an occasion line cut mid-session
("——2024年1月9日在某市第十届" over "人民代表大会第四次会议上") are joined before split looks for titles
and title blocks: left apart, half a title passes for a masthead and half an occasion for body text.
"""

from __future__ import annotations

import itertools
import re

from jihua.pipeline.model import Unit
from jihua.pipeline.rules.lexicon import DATE_LINE, DATE_SUBTITLE, YEAR
from jihua.pipeline.rules.lexicon import SENTENCE_PUNCT as _SENTENCE_PUNCT
from jihua.pipeline.rules.numbering import BARE_LABEL, match_label
from jihua.pipeline.rules.titles import ADMIN_UNIT, ORG_AT_END, fold, org_from_title
from jihua.pipeline.site_banner import site_banner, site_name_heads
from jihua.pipeline.title_block import title_block_line
from jihua.pipeline.title_lines import TITLE_END, YEARISH, clean_title


def _same_setting(a: Unit, b: Unit) -> bool:
    """Two lines set alike as a title is: both bold, both centred, or both in one large size."""
    x, y = a.block, b.block
    return bool((x.bold and y.bold) or (x.align == "center" and y.align == "center")
                or (x.font_size and x.font_size == y.font_size and x.kind == y.kind == "title"))


def _opened(text: str) -> int:
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


def _bracket_wraps(first: str, second: str) -> bool:
    """"某区城市更新行动实施方案（2024—" over "2026年）": a title wrapped inside its bracket."""
    head = first[: max(first.rfind("（"), first.rfind("("))]
    return (_opened(first) > 0 and _opened(second) < 0 and len(first) <= 40 and len(second) <= 16
            and bool(TITLE_END.search(head)) and not _SENTENCE_PUNCT.search(first + second))


_LEADING_PLACE = re.compile(rf"^[\u4e00-\u9fff]{{1,8}}?(?:{ADMIN_UNIT})")


def join_broken_title(units: list[Unit]) -> list[Unit]:
    """A title printed on two lines or three — "东港县交通运输局" over "2025年农村公路建设工作方案", a year alone
    over the rest ("2025年" / "东港县交通运输局工作要点"), the org, the year and the kind each on its own line, or
    a notice "关于印发《…农村公路" over "建设工作方案》的通知" — is one title: pairs joined (`_join_pair`) until
    none is left to join."""
    for _ in range(2):  # a title set on three lines is two joins
        joined = _join_pair(units)
        if joined is units:
            break
        units = joined
    return units


# a year alone on a line ("2026年", "二〇二六年度"): a title's year set on a line of its own, no cover's date (a
# date names its month: "二〇二六年三月")
_YEAR_ALONE = re.compile(rf"^(?:{YEAR.pattern})\s*度?$")


def _year_over(first: str, second: str) -> bool:
    """A year alone over a title with no year of its own ("2026年" / "某局工作要点") is its year; over one dated
    already ("2026年" / "2025年度工作总结") it is a cover's or a print's date, no part of that title."""
    return _YEAR_ALONE.match(fold(first)) is not None and not YEAR.search(fold(second))


def _join_pair(units: list[Unit]) -> list[Unit]:
    """The first two lines that are one title: the second alone ends in a document kind and the first is the
    issuing org, the year alone, opens a 关于 title, or is set like the second — unless the second names the
    first's place itself (then the first is a masthead or a site's name above a whole title). `units`
    itself when no pair is."""
    for i, (a, b) in enumerate(itertools.pairwise(units[:9])):
        first, second = a.text.strip(), b.text.strip()
        if a.block.kind != "table" and b.block.kind != "table" and _bracket_wraps(first, second):
            joined = Unit(text=first + second, block=a.block.model_copy(update={"text": first + second}))
            return [*units[:i], joined, *units[i + 2:]]
        if (a.block.kind == "table" or b.block.kind == "table" or len(first) > 40 or len(second) > 40
                # a title the page names whole (its <title>, a news page's 原标题) runs into no other line
                or "page_title" in (a.block.role, b.block.role)
                or DATE_LINE.match(fold(first))  # a cover's date ("二〇二四年二月") is never part of a title
                or _SENTENCE_PUNCT.search(first + second) or match_label(first) or match_label(second)
                # a part's label alone over its heading ("第一部分" / "2024年工作总结") is no half of a title
                or BARE_LABEL.match(first)
                # a site's banner ("某县人大网 - 某县人大常委会办公室主办") runs into no title under it
                or site_banner(first, second) or first.endswith("主办")
                # a line that is already a whole title once a site's note and suffix are off joins nothing
                or TITLE_END.search(clean_title(first)) or not TITLE_END.search(second)
                or title_block_line(a, after_title=False) or title_block_line(b, after_title=True)):
            continue
        place = _LEADING_PLACE.match(first)
        if place and place.group(0) in second:  # "某县人民政府" over "2024年某县政府工作报告": a masthead or site name
            continue
        if whole_title(second) and "关于" not in first and not _wrapped_at_width(first, second):
            continue  # "某某协会办公室" over "某某协会2026年工作要点": the second is a title alone, the first its masthead
        if ORG_AT_END.match(first) or site_name_heads(first, second) or _year_over(first, second) or first.startswith("关于") or "关于" in first[:20] or _same_setting(a, b) \
                or _wrapped_at_width(first, second):
            joined = Unit(text=first + second, block=a.block.model_copy(update={"text": first + second}))
            return [*units[:i], joined, *units[i + 2:]]
    return units


# the session a delivery line ends with: "…第四次会议上", "…全体会议上的工作报告", "…大会上）"
_SESSION_END = re.compile(r"(?:会议|大会|全会)上(?:的[\u4e00-\u9fff]{0,8})?\s*[)）]?$")
_OPENS_OCCASION = re.compile(r"^(?:[—－\-–]{1,2}|[（(])")


def join_broken_occasion(units: list[Unit]) -> list[Unit]:
    """"——2024年1月9日在某市第十届" over "人民代表大会第四次会议上": a delivery line a hard wrap cut
    (a copy from a PDF breaks every N characters) is one line of the title block, joined before the
    title block is read — else its tail and the byline under it pass for body text. Joined while
    the session has not ended and the next short line, unpunctuated, ends it (two lines at most)."""
    out = list(units)
    for i in range(min(len(out), 12)):
        first = out[i].text.strip()
        if out[i].block.kind == "table" or not _OPENS_OCCASION.match(first) or _SESSION_END.search(first) \
                or DATE_SUBTITLE.match(first) is None or _SENTENCE_PUNCT.search(first):
            continue
        for span in (1, 2):
            tail = out[i + 1:i + 1 + span]
            text = first + "".join(u.text.strip() for u in tail)
            if len(tail) < span or any(u.block.kind == "table" or len(u.text.strip()) > 40 or match_label(u.text)
                                       or _SENTENCE_PUNCT.search(u.text) for u in tail):
                break
            if _SESSION_END.search(text) and DATE_SUBTITLE.match(text):
                joined = Unit(text=text, block=out[i].block.model_copy(update={"text": text}))
                return [*out[:i], joined, *out[i + 1 + span:]]
    return out


def whole_title(text: str) -> bool:
    """A title complete on its own line: it names its org and year and ends in a document kind
    ("某某协会2026年工作要点"); a line over it is no half of it ("某某协会办公室" is its masthead)."""
    return TITLE_END.search(text) is not None and YEARISH.search(text) is not None and org_from_title(text) is not None


def _wrapped_at_width(first: str, second: str) -> bool:
    """"某局2022年工" over "作总结": a title a PDF copy wrapped at the line's width, mid-word. The first
    line names the year but no document kind (it does not end the title), the second is a short
    tail with no year of its own that ends in one — together they read as one title."""
    return (len(first) >= 8 and YEARISH.search(first) is not None and len(second) <= 12 and YEARISH.search(second) is None)
