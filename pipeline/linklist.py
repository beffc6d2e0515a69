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

# one entry of the list: its number ("[3]", or "3." as a text browser dumps it), then an address (a page,
# a script a button ran, a mail)
_ENTRY = re.compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})\.)\s*(?:https?://|ftp://|file:|mailto:|javascript:|www\.)\S*\s*$",
                    re.IGNORECASE)
# the headings an export puts over the list (a text browser parts it into visible and hidden links)
_HEADING = re.compile(r"^\s*(?:References|Links|Visible links|Hidden links|链接|链接列表|参考链接|页面链接)\s*[:：]?\s*$",
                      re.IGNORECASE)
_MARKER = re.compile(r"[ \t\u3000]*\[(\d{1,4})\]")
_LEAST = 2  # entries: one address under the text may be the plan's own note


def _link_list(units: list[Unit]) -> tuple[int, set[int], bool] | None:
    """Where the export's list begins (its headings included), the numbers it lists and whether a text
    browser dumped it ("3. address": its markers stand before each link's text, not after), or None: a
    run of at least two "[n] address" lines ends the copy ("n. address" lines under the list's heading)."""
    start = len(units)
    while start > 0 and units[start - 1].block.kind != "table" and (
            _ENTRY.match(units[start - 1].text) or _HEADING.match(units[start - 1].text)):
        start -= 1
    entries = [m for u in units[start:] if (m := _ENTRY.match(u.text))]
    dumped = all(m.group(2) for m in entries)  # ("1. address" lines close a plan's own list too: only under a heading)
    if len(entries) < _LEAST or (dumped and not any(_HEADING.match(u.text) for u in units[start:])):
        return None
    return start, {int(m.group(1) or m.group(2)) for m in entries}, dumped


def _unmark(text: str, numbers: set[int], before: bool) -> str:
    """The text without the markers that point into the list: with the space the export put before each
    marker that follows its link, or keeping the space between links whose markers lead them."""
    def cut(m: re.Match[str]) -> str:
        if int(m.group(1)) not in numbers:
            return m.group(0)
        return m.group(0)[: m.start(1) - 1 - m.start()] if before else ""

    return _MARKER.sub(cut, text)


def link_list_aside(units: list[Unit], state: ParseState) -> list[Unit]:
    """The export's list of addresses set aside, and the markers pointing into it dropped from the text."""
    found = _link_list(units)
    if found is None:
        return units
    start, numbers, before = found
    state.set_aside([u.text for u in units[start:]],
                    "the export's list of link addresses (a browser's text copy): its [n] markers leave the text")
    out = units[:start]
    for unit in out:
        if unit.block.kind == "table" and unit.block.rows:
            rows = [[_unmark(c, numbers, before) for c in row] for row in unit.block.rows]
            unit.block = unit.block.model_copy(update={"rows": rows})
        unit.text = _unmark(unit.text, numbers, before).strip()
    return [u for u in out if u.text or u.block.kind == "table"]
