"""WordprocessingML read as XML where python-docx stops: elements unwrapped through tracked changes and
content controls, the cells of one-column and two-column layout tables, picture-only paragraphs and caption
fields, and the chain of styles a paragraph inherits (its name, its caption style, its outline level).
The DOCX reader (extractors/docx.py) builds its blocks on these."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator

from docx.styles import BabelFish
from jihua.extractors.docx_numbering import NS, W
from jihua.extractors.xml_numbers import whole
from lxml import etree

_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}graphicData"
_PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/picture"  # a graphicData's uri: a photo, not a shape
_VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"
_SEQ = re.compile(r"^\s*SEQ\b")  # Word's numbering field of a caption: "图 { SEQ 图 \* ARABIC } 某镇灯会现场"
_CAPTION_STYLES = ("caption", "题注")


def wtag(name: str) -> str:
    return f"{{{W}}}{name}"



def unwrapped(el: etree._Element, tags: str | frozenset[str]) -> Iterator[etree._Element]:
    """`el`'s children of these tags, also those a content control (w:sdt) or custom XML wraps: a
    template's fill-in paragraphs, repeating rows and cells are paragraphs, rows and cells all the same."""
    for child in el:
        if child.tag == tags if isinstance(tags, str) else child.tag in tags:
            yield child
        elif child.tag == wtag("sdt"):
            content = child.find("w:sdtContent", NS)
            if content is not None:
                yield from unwrapped(content, tags)
        elif child.tag == wtag("customXml"):
            yield from unwrapped(child, tags)


BODY_TAGS = frozenset((wtag("p"), wtag("tbl"), wtag("altChunk")))


def one_cell(tbl: etree._Element) -> etree._Element | None:
    """The only cell of a one-cell table, or None."""
    rows = list(unwrapped(tbl, wtag("tr")))
    cells = list(unwrapped(rows[0], wtag("tc"))) if len(rows) == 1 else []
    return cells[0] if len(cells) == 1 else None


def column_cells(tbl: etree._Element) -> list[etree._Element] | None:
    """The cells of a table one column wide (each row a single cell), top to bottom, or None."""
    rows = [list(unwrapped(tr, wtag("tc"))) for tr in unwrapped(tbl, wtag("tr"))]
    return [row[0] for row in rows] if rows and all(len(row) == 1 for row in rows) else None


def row_cells(tbl: etree._Element) -> list[etree._Element] | None:
    """The cells of a table one row high, left to right, or None."""
    rows = list(unwrapped(tbl, wtag("tr")))
    return list(unwrapped(rows[0], wtag("tc"))) if len(rows) == 1 else None


def bordered(tbl: etree._Element) -> bool:
    """Whether the table draws lines of its own (tblBorders with a visible edge)."""
    borders = tbl.find("w:tblPr/w:tblBorders", NS)
    return borders is not None and any(b.get(wtag("val")) not in ("none", "nil", None) for b in borders)


def picture_only(p: etree._Element) -> bool:
    """A paragraph that holds a picture (inline or floating, DrawingML or VML) and no text of its own:
    a photo set on a line of its own, which the short centred line under it names."""
    picture = any(g.get("uri") == _PICTURE for g in p.iter(_DRAWING)) or next(p.iter(_VML_IMAGE), None) is not None
    return picture and not any((t.text or "").strip() for t in p.iter(wtag("t")))


def seq_field(p: etree._Element) -> bool:
    """Whether the paragraph numbers itself with a SEQ field, as Word's 插入题注 writes a caption."""
    return (any(_SEQ.match(el.text or "") for el in p.iter(wtag("instrText")))
            or any(_SEQ.match(el.get(wtag("instr")) or "") for el in p.iter(wtag("fldSimple"))))


class Styles:
    """Style chain lookups (basedOn) for outline level, numbering, bold, size, alignment."""

    def __init__(self, styles_root: etree._Element | None) -> None:
        self._by_id: dict[str, etree._Element] = {}
        self.default_para: str | None = None
        if styles_root is None:
            return
        for st in styles_root.findall("w:style", NS):
            sid = st.get(wtag("styleId")) or ""
            self._by_id[sid] = st
            if st.get(wtag("type")) == "paragraph" and st.get(wtag("default")) in ("1", "true"):
                self.default_para = sid

    def chain(self, style_id: str | None) -> Iterator[etree._Element]:
        seen: set[str] = set()
        sid = style_id or self.default_para
        while sid and sid not in seen and sid in self._by_id:
            seen.add(sid)
            st = self._by_id[sid]
            yield st
            based = st.find("w:basedOn", NS)
            sid = based.get(wtag("val")) if based is not None else None

    def name(self, style_id: str | None) -> str | None:
        """The name Word shows ("Heading 1"), not the lower-case built-in key ("heading 1")."""
        st = self._by_id.get(style_id or "") if style_id else None
        if st is None:
            return None
        name = st.find("w:name", NS)
        raw = name.get(wtag("val")) if name is not None else style_id
        return BabelFish.internal2ui(raw) if raw else raw

    def caption(self, style_id: str | None) -> bool:
        """Whether the style is Word's caption style (题注), or one based on it."""
        for st in self.chain(style_id):
            name = st.find("w:name", NS)
            raw = (name.get(wtag("val")) if name is not None else None) or ""
            if st.get(wtag("styleId")) == "Caption" or raw.strip().lower() in _CAPTION_STYLES:
                return True
        return False

    def find(self, style_id: str | None, path: str) -> etree._Element | None:
        for st in self.chain(style_id):
            el = st.find(path, NS)
            if el is not None:
                return el
        return None

    def numbered_styles(self) -> dict[str, tuple[str, int]]:
        out = {}
        for sid, st in self._by_id.items():
            num_pr = st.find("w:pPr/w:numPr", NS)
            if num_pr is not None:
                nid = num_pr.find("w:numId", NS)
                ilvl = num_pr.find("w:ilvl", NS)
                out[sid] = (nid.get(wtag("val")) if nid is not None else "", whole(ilvl.get(wtag("val")), 0) if ilvl is not None else 0)
        return out


def heading_level_from_name(name: str | None) -> int | None:
    if not name:
        return None
    low = name.lower().replace(" ", "")
    for prefix in ("heading", "标题"):
        if low.startswith(prefix) and low[len(prefix):].isdigit():
            return int(low[len(prefix):]) - 1
    return None


def inside(el: etree._Element, stop: etree._Element, tags: tuple[str, ...]) -> bool:
    """Whether `el` sits in one of `tags` below `stop` (a text box or deletion inside this paragraph)."""
    for a in el.iterancestors():
        if a is stop:
            return False
        if a.tag in tags:
            return True
    return False


SKIPPED = (wtag("txbxContent"), wtag("del"), wtag("moveFrom"))


def mark_deleted(p: etree._Element) -> bool:
    """A tracked deletion (or the old place of a move) of the paragraph's mark: accepted, the
    paragraph runs on into the next one."""
    return p.tag == wtag("p") and (p.find("w:pPr/w:rPr/w:del", NS) is not None
                                 or p.find("w:pPr/w:rPr/w:moveFrom", NS) is not None)


def joined_marks(children: Iterable[etree._Element],
                  apart: Callable[[etree._Element, etree._Element], bool]) -> Iterator[etree._Element]:
    """Body children with the revisions to paragraph marks accepted: a paragraph whose mark is
    deleted joins the next paragraph, as Word shows it once the changes are accepted (the text
    before the deleted mark takes the next paragraph's formatting, which its mark carries) —
    unless `apart` finds a heading over its body there: a run-in heading stays a line of its own,
    as one before a soft break does."""
    held: list[etree._Element] = []
    for child in children:
        if child.tag == wtag("p") and held and apart(held[-1], child):
            yield from held
            held = []
        if child.tag == wtag("p") and held:
            joined = copy.deepcopy(child)
            ppr = joined.find("w:pPr", NS)
            at = 0 if ppr is None else list(joined).index(ppr) + 1
            for el in [el for p in held for el in p if el.tag != wtag("pPr")]:
                joined.insert(at, copy.deepcopy(el))
                at += 1
            held, child = [], joined
        if mark_deleted(child):
            held.append(child)
            continue
        yield from held  # a deleted mark before a table or the end: nothing to join
        held = []
        yield child
    yield from held
