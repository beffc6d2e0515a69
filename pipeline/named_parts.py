"""A plan parted by run-in names alone: "工作目标：到2025年底，…", "主要任务：…", "保障措施：…", each opening a
paragraph, nothing numbered or styled.

One paragraph opening "总体目标：…" among numbered parts is a paragraph (headings leaves it so: many paragraphs
open that way). A document with no labelled heading at all, where two paragraphs or more open with distinct part
names before a colon, is parted by those names: each a level-1 part, the rest of its paragraph its text. Apart from
headings, which decides one line at a time; this reads the whole document's decisions.
"""

from __future__ import annotations

import re

from jihua.pipeline.headings import Decision
from jihua.pipeline.model import Unit
from jihua.pipeline.rules.lexicon import part_names_ending

CUE = "run-in part name (the text has no labelled headings)"
_MIN_PARTS = 2
# a part's name (up to 10 characters, no punctuation) and the colon that closes it, then its text
_COLON_LEAD = re.compile(r"^\s*([^\s，,。；;：:、！？!?（）()“”]{2,10})\s*[：:]\s*(\S.*)$", re.DOTALL)
_NAME_SLACK = 2  # characters a short verb may stand before the part's name ("加强组织领导")
_PART_TEXT = 12  # characters under which what follows the colon is a field's value ("活动时间：3月至5月"), no part's text


def colon_part(text: str) -> tuple[str, str] | None:
    """(name, text) of a paragraph opening with a known part's name and a colon ("保障措施：县水利局牵头…"); the
    name is the lead phrase whole, after at most a short verb — "联系人：…" is a field, no part, and so is a name
    over a short value ("活动时间：3月至5月")."""
    m = _COLON_LEAD.match(text)
    if m is None or len(m.group(2).strip()) < _PART_TEXT or not any(start <= _NAME_SLACK for _, start in part_names_ending(m.group(1))):
        return None
    return m.group(1), m.group(2).strip()


def _labelled(unit: Unit, decision: Decision) -> bool:
    """A heading the text marks: by a number, a style or outline level, or bold type."""
    block = unit.block
    return decision.role == "heading" and (unit.label is not None or block.outline_level is not None
                                           or block.kind == "heading" or bool(block.bold))


def named_parts(units: list[Unit], decisions: list[Decision]) -> None:
    """Make each paragraph opening with a part's name and a colon a heading (the name) and its text, when the
    document labels no heading and two paragraphs or more open with distinct names."""
    if any(_labelled(u, d) for u, d in zip(units, decisions, strict=True)):
        return
    found = {i: lead for i, (u, d) in enumerate(zip(units, decisions, strict=True))
             if d.role in ("paragraph", "item") and u.label is None and (lead := colon_part(u.text)) is not None}
    if len({name for name, _ in found.values()}) < _MIN_PARTS:
        return
    for i, (name, body) in found.items():
        decisions[i] = Decision("heading", name, body, cue=CUE)
