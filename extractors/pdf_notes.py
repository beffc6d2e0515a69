"""Notes a PDF prints after its text's last part ("注：1. 考核权重为20%，…" / "2. …"): the document's end notes, kept
as notes (furniture of kind `notes`, as its footnotes are), never the last part's body.

A Word file keeps its notes apart from the text; a PDF printed from it, or from a file typed without a notes
feature, sets them as plain paragraphs after the last part, often in the body's own size. What tells them is
their shape: a notes opener ("注：", "注释：", "备注：", with or without the first note on its line) and, to the
text's very end, only numbered notes under it. A "注：" line with prose after it is no such run.
"""

from __future__ import annotations

import re

from jihua.extractors.layout import Paragraph

# the notes' opener: "注：", "注释：", "备注：", "注:" — alone or with the first note after it ("注：1. …")
_OPENER = re.compile(r"^\s*(?:注|注释|备注)\s*[:：]")
# a note's own number opening its paragraph: "2.", "2．", "2、", "（2）", "②"
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])")


def end_notes(paras: list[Paragraph]) -> int:
    """Where the end notes start in the paragraphs (their count when there are none): the last notes opener, under
    the text's own paragraphs, with nothing after it but numbered notes to the end (no table, no prose)."""
    k = len(paras)
    while k > 1 and _note_text(paras[k - 1]) and _NUMBERED.match(paras[k - 1].text) and not _OPENER.match(paras[k - 1].text):
        k -= 1
    if k > 1 and _note_text(paras[k - 1]) and _OPENER.match(paras[k - 1].text):
        return k - 1
    return len(paras)


def _note_text(para: Paragraph) -> bool:
    return para.first.table is None and bool(para.text.strip())


def set_notes_aside(paras: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs without the end notes; the notes' lines are flagged as notes (the caller lists them aside)."""
    start = end_notes(paras)
    for para in paras[start:]:
        for ln in para.lines:
            ln.furniture = "notes"
    return paras[:start]
