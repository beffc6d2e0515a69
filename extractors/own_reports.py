"""jihua's own reports, known when they come back as input.

A `diff` or `trace` report saved beside the plans it compares (HTML, Markdown, a Word 新旧对照表) is
then in the folder an archive or a batch reads: read as a plan, it became a document titled
"新旧对照：…" with no issuer, and a series of its own. Every report jihua writes carries `MARK` (a
generator meta tag, a leading Markdown comment, the Word file's comments property); a file that
carries it is set aside with that reason, never parsed.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

MARK = "jihua-report"
MARKDOWN_LINE = f"<!-- {MARK} -->\n"
HTML_META = f'<meta name="generator" content="{MARK}">'
_HEAD = 4096  # the marks stand at the top of a page; a plan quoting them further down is still read
_TEXT_MARKS = (MARKDOWN_LINE.strip().encode(), HTML_META.encode())


def written_by_jihua(path: Path, kind: str) -> bool:
    """Whether the file is a report jihua wrote (see the module's docstring)."""
    try:
        if kind in ("html", "md", "txt"):
            with open(path, "rb") as handle:
                head = handle.read(_HEAD)
            return any(mark in head for mark in _TEXT_MARKS)
        if kind == "docx":
            with zipfile.ZipFile(path) as zf:
                return MARK.encode() in zf.read("docProps/core.xml")[:_HEAD]
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError):
        return False  # unreadable here: the format's reader says why
    return False
