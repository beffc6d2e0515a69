"""A figure's caption set aside, in every format: the line names a picture, it is no text of the plan.

Two signals: the file's own (a Word paragraph in the caption style, numbered by a SEQ field, or a short
centred line right under a picture in a caption's wording: the DOCX extractor's role `caption`), and the line
itself ("图1　某县防洪区域示意图": `CAPTION_LINE`). A table's caption stays, over its table or over the unit
line above it ("表1 主要指标" / "单位：万元"): it is the table's (and never a heading, see `headings`).
Each caption is kept in `removed` with its reason.
"""

from __future__ import annotations

from jihua.pipeline.model import ParseState, Unit
from jihua.pipeline.rules.lexicon import CAPTION_LINE, TABLE_LABEL


def _reason(unit: Unit) -> str | None:
    """Why the unit is a figure's caption (or None). A table's numbered caption is never one, set in Word's
    caption style or not ("表2 分片区投资安排")."""
    if TABLE_LABEL.match(unit.text):
        return None
    if unit.block.role == "caption":
        return "figure caption: the file sets it as one (caption style, SEQ field, or under a picture)"
    if unit.block.kind in ("paragraph", "list_item") and unit.block.outline_level is None and CAPTION_LINE.match(unit.text):
        return "figure caption: a figure's number and a name, on a line of its own"
    return None


def captions_aside(units: list[Unit], state: ParseState) -> list[Unit]:
    """The units without the captions of figures; each caption is listed in `removed` with its reason.
    "表1 主要指标" right over a table is the table's caption: it stays with it."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        why = _reason(unit)
        over_table = i + 1 < len(units) and units[i + 1].block.kind == "table"
        if why is None or over_table:
            out.append(unit)
            continue
        state.chrome.append(unit.text)
        state.chrome_reasons.append((unit.text, why))
    return out
