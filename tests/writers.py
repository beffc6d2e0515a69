"""Test files written from a list of lines (a plain-text copy, a Word file: one paragraph a line), and what
a parse of one set aside, by text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

LinePredicate = Callable[[str], bool]


def write_txt(path: Path, lines: list[str], *, encoding: str = "utf-8") -> Path:
    """Write the lines to `path` joined by "\\n" (e.g. encoding="gb18030" for a saved web page)."""
    path.write_bytes("\n".join(lines).encode(encoding))
    return path


def write_docx(path: Path, lines: list[str], *, bold: LinePredicate | None = None,
               right: LinePredicate | None = None) -> Path:
    """Write one paragraph a line; `bold` lines are set bold, `right` lines flush right (a sign-off)."""
    document = docx.Document()
    for line in lines:
        paragraph = document.add_paragraph(line)
        if bold is not None and bold(line):
            paragraph.runs[0].bold = True
        if right is not None and right(line):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(str(path))
    return path


def set_aside(result: Any) -> dict[str, str]:
    """The lines a parse set aside, each with its reason (`ParseResult.removed_reasons`)."""
    return {r.text: r.reason for r in result.removed_reasons}
