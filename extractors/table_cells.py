"""A table's cells as the readers and the comparison both treat them: a row's number, and merged cells filled down.

Kept apart from the PDF table joins that first needed them so that `jihua diff`, which compares rows the same way,
imports two small functions and not the PDF stack (pypdfium2 and the PDF readers, ~25 ms of a cold command).
"""

from __future__ import annotations


def serial(cell: str) -> int | None:
    """The row number a 序号 cell holds ("8", "8."), or None."""
    text = cell.strip().rstrip(".、．")
    return int(text) if text.isdigit() else None


def fill_down(rows: list[list[str | None]], above: list[str] | None = None) -> list[list[str]]:
    """A cell covered by a span from above takes the value above (as a DOCX vMerge or an HTML
    rowspan stands in every row it covers); the first row has none above it unless given."""
    out: list[list[str]] = []
    for row in rows:
        out.append([(above[k] if above is not None and k < len(above) else "") if c is None else c
                    for k, c in enumerate(row)])
        above = out[-1]
    return out
