"""A browser's "save as text" export of a web page: each link's text is followed by a marker ("网站地图 [14]",
"经济普查 [10]前期…") and the page's addresses are listed at the end ("References", then "[1] http://…").

The list is the evidence: only a run of "[n] address" lines closing the copy makes the markers whose
numbers it lists the export's, not the plan's (a plan's own "[1]" with no such list stays). The list
and its heading are set aside with their reason; the markers leave the text, so the menu and footer
lines they were on read as the page's chrome again. Part of the web-copy stage (pipeline/webcopy.py).
"""

from __future__ import annotations

import re

from jihua.pipeline.model import ParseState, Unit

# one entry of the list: its number in brackets, then an address (a page, a script a button ran, a mail)
_ENTRY = re.compile(r"^\s*\[(\d{1,4})\]\s*(?:https?://|ftp://|file:|mailto:|javascript:|www\.)\S*\s*$", re.IGNORECASE)
# the heading an export puts over the list
_HEADING = re.compile(r"^\s*(?:References|Links|Visible links|Hidden links|链接|链接列表|参考链接|页面链接)\s*[:：]?\s*$",
                      re.IGNORECASE)
_MARKER = re.compile(r"[ \t\u3000]*\[(\d{1,4})\]")
_LEAST = 2  # entries: one address under the text may be the plan's own note


def _link_list(units: list[Unit]) -> tuple[int, set[int]] | None:
    """Where the export's list begins (its heading included) and the numbers it lists, or None: a run
    of at least two "[n] address" lines ends the copy."""
    start = len(units)
    while start > 0 and units[start - 1].block.kind != "table" and _ENTRY.match(units[start - 1].text):
        start -= 1
    numbers = {int(m.group(1)) for u in units[start:] if (m := _ENTRY.match(u.text))}
    if len(units) - start < _LEAST:
        return None
    if start > 0 and _HEADING.match(units[start - 1].text):
        start -= 1
    return start, numbers


def _unmark(text: str, numbers: set[int]) -> str:
    """The text without the markers that point into the list (and the space the export put before each)."""
    return _MARKER.sub(lambda m: "" if int(m.group(1)) in numbers else m.group(0), text)


def link_list_aside(units: list[Unit], state: ParseState) -> list[Unit]:
    """The export's list of addresses set aside, and the markers pointing into it dropped from the text."""
    found = _link_list(units)
    if found is None:
        return units
    start, numbers = found
    state.set_aside([u.text for u in units[start:]],
                    "the export's list of link addresses (a browser's text copy): its [n] markers leave the text")
    out = units[:start]
    for unit in out:
        if unit.block.kind == "table" and unit.block.rows:
            rows = [[_unmark(c, numbers) for c in row] for row in unit.block.rows]
            unit.block = unit.block.model_copy(update={"rows": rows})
        unit.text = _unmark(unit.text, numbers).strip()
    return [u for u in out if u.text or u.block.kind == "table"]
