"""A numbered list's lines read as titles together, for outline: whether "1." "2." "3." title parts is decided
by the list, not line by line — short lines closed by 。 are titles when their siblings title text too, and a
sibling that ran its title into its body (a copy that lost the break) is cut where its siblings' titles end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jihua.pipeline.headings import Decision, closed_title, titles_below
from jihua.pipeline.model import Unit
from jihua.pipeline.rules.lexicon import SENTENCE_PUNCT
from jihua.pipeline.run_in import JOINS_NEXT, LONGEST_TITLE, series_split

SENTENCE_END = re.compile(rf"(?:{SENTENCE_PUNCT.pattern})\s*$")


def titles_in_series(units: list[Unit], decisions: list[Decision]) -> None:
    """Each list of siblings (`_sibling_groups`) revises its members' decisions: titles closed by 。, titles glued
    to their bodies."""
    for group in _sibling_groups(units, decisions):
        _closed_titles(group, decisions, units)
        _glued_in_series(group, decisions, units)


def _sibling_groups(units: list[Unit], decisions: list[Decision]) -> Iterator[list[int]]:
    """Siblings of one numbered list under one parent ("1." "2." "3." with their text and any
    deeper list between): a label of its family or above, out of sequence, ends the list."""
    open_: dict[str, list[int]] = {}
    for i, unit in enumerate(units):
        label = unit.label
        if label is None or not label.heading_capable:
            if unit.block.outline_level is not None and decisions[i].role == "heading":
                yield from (g for g in open_.values() if len(g) > 1)
                open_ = {}
            continue
        for fam in [f for f, g in open_.items() if f != label.family and units[g[0]].label.rank >= label.rank]:
            ended = open_.pop(fam)
            if len(ended) > 1:
                yield ended
        group = open_.get(label.family)
        last = units[group[-1]].label if group else None
        if group and last is not None and label.ordinal is not None and label.ordinal == (last.ordinal or 0) + 1:
            group.append(i)
            continue
        if group and len(group) > 1:
            yield group
        open_[label.family] = [i]
    yield from (g for g in open_.values() if len(g) > 1)


_CLOSED_TITLE_CUE = "short label line closed by 。, its siblings titles too"


def _closed_titles(group: list[int], decisions: list[Decision], units: list[Unit]) -> None:
    """"1.酒驾醉驾。" over its text, "2.超员超载。" over its text: sub-parts named the way 公文
    punctuate their 小标题. The list's lines are titles when each is either a short phrase closed
    by 。 or already a heading, and at least two — half of the closed lines or more — have text
    or a deeper list under them; "1.制定计划。" "2.开展活动。" "3.总结评估。" before a paragraph
    stay entries."""
    titles = {i: closed_title(units[i]) for i in group}
    closed = [i for i in group if titles[i] is not None]
    if not closed or any(titles[i] is None and decisions[i].role != "heading" for i in group):
        return
    nxt = [units[i + 1] if i + 1 < len(units) else None for i in closed]
    titling = sum(titles_below(units[i], n) for i, n in zip(closed, nxt, strict=True))
    if titling < 2 or 2 * titling < len(closed):
        return
    for i in closed:
        if decisions[i].role != "heading":
            decisions[i] = Decision("heading", titles[i] or "", None, cue=_CLOSED_TITLE_CUE)


_GLUED_IN_SERIES_CUE = "its siblings' headings stand alone: a heading glued to its body, cut where theirs end"


def _glued_in_series(group: list[int], decisions: list[Decision], units: list[Unit]) -> None:
    """A list whose sub-parts are titled on lines of their own ("（一）强化政治引领，残联组织建设持续加强" over its
    text), but one due in the count runs its title into its body (a copy that lost the break): it is a heading too,
    its title cut where its siblings' would end (`series_split`), not an entry of the part before. Its siblings
    must be most of the list, two at least, none closed by a stop, so a list of entries ("（一）…。（二）…，…。") keeps
    its own."""
    alone = [decisions[i].heading for i in group if decisions[i].role == "heading" and decisions[i].body is None
             and 2 <= len(decisions[i].heading) <= LONGEST_TITLE and not SENTENCE_END.search(units[i].text)]
    if len(alone) < 2 or 2 * len(alone) < len(group):
        return
    longest = max(len(h) for h in alone)
    for i in group:
        d, unit = decisions[i], units[i]
        run_on = d.role == "item" or (d.role == "heading" and len(d.heading) > max(2 * longest, LONGEST_TITLE)
                                      and _holds_its_body(unit.body or ""))
        split = series_split(unit.body or "", alone) if run_on and unit.block.kind != "table" else None
        if split is not None:
            decisions[i] = Decision("heading", *split, cue=_GLUED_IN_SERIES_CUE)


# a line that stops mid-clause: on a clause break or a word binding what follows ("…行动，", "…服务和")
_MID_CLAUSE = re.compile(rf"[，,、：:]\s*$|{JOINS_NEXT.pattern}")


def _holds_its_body(text: str) -> bool:
    """A long heading's own unit goes on into its body: a sentence ends inside it with more text after the stop
    ("加强职工思想政治引领深化主题教育，…活动。用好…阵地…"), or it stops mid-clause, its line going on. A long heading
    alone on its line ("坚持问题导向，聚焦重点行业领域，深入开展…专项行动", its body on the next) holds neither: it
    is the heading as printed, however much longer than its siblings, and is never cut."""
    stop = SENTENCE_PUNCT.search(text.rstrip())
    return (stop is not None and stop.end() < len(text.rstrip())) or _MID_CLAUSE.search(text.rstrip()) is not None
