"""What Word does not print is not text: hidden runs and content controls showing their prompt.

A run formatted hidden (w:vanish, set on the run, by its character style or by its paragraph's
style) is on screen only with "show hidden text" on: a PAGEREF result after a heading, an
author's note. A content control still showing its placeholder (w:showingPlcHdr) holds the
template's prompt ("单击或点击此处输入文字。"), not the author's words. Read as body, either
glues onto a heading or becomes a preamble line; they are set aside as furniture instead, each
with its kind, so nothing in the file is lost unseen.
"""

from __future__ import annotations

from collections.abc import Callable

from jihua.extractors.docx_numbering import NS, W
from jihua.extractors.docx_numbering import on as _on
from jihua.schemas.blocks import Furniture
from lxml import etree

# a style chain lookup: (style id, path under the style) → the first element found up the chain
StyleFind = Callable[[str | None, str], etree._Element | None]

_R, _P, _SDT = f"{{{W}}}r", f"{{{W}}}p", f"{{{W}}}sdt"
_RPR, _VANISH, _RSTYLE, _PPR, _PSTYLE = (f"{{{W}}}{tag}" for tag in ("rPr", "vanish", "rStyle", "pPr", "pStyle"))
_VAL = f"{{{W}}}val"


def _showing_placeholder(sdt: etree._Element) -> bool:
    return bool(_on(sdt.find("w:sdtPr/w:showingPlcHdr", NS)))


class Unprinted:
    """Tells, for a piece of a paragraph's text, why Word would not print it (or None)."""

    def __init__(self, find: StyleFind) -> None:
        self._find = find
        self._styled: dict[tuple[str, str | None], bool] = {}

    def _style_hides(self, kind: str, style_id: str | None) -> bool:
        key = (kind, style_id)
        if key not in self._styled:
            self._styled[key] = bool(_on(self._find(style_id, "w:rPr/w:vanish")))
        return self._styled[key]

    def hidden_run(self, run: etree._Element) -> bool:
        """w:vanish on the run itself, else from its character style, else its paragraph's style.
        Direct children by full tag and a walk up by parent: this runs for every run of a file, and
        path searches with namespace maps cost a fifth of a DOCX read."""
        rpr = run.find(_RPR)
        if rpr is not None:
            own = _on(rpr.find(_VANISH))
            if own is not None:
                return own
            rstyle = rpr.find(_RSTYLE)
            if rstyle is not None and self._style_hides("char", rstyle.get(_VAL)):
                return True
        p = run.getparent()
        while p is not None and p.tag != _P:
            p = p.getparent()
        ppr = p.find(_PPR) if p is not None else None
        pstyle = ppr.find(_PSTYLE) if ppr is not None else None
        return self._style_hides("para", pstyle.get(_VAL) if pstyle is not None else None)

    def reason(self, el: etree._Element) -> Furniture | None:
        """"hidden" or "placeholder" when Word does not print this text element (w:t, w:tab …)."""
        run = el.getparent()
        if run is not None and run.tag == _R and self.hidden_run(run):
            return "hidden"
        if any(_showing_placeholder(a) for a in el.iterancestors(_SDT)):
            return "placeholder"
        return None
