"""Text lines from pypdfium2's text page: characters with boxes and fonts, grouped into lines.

PDFium reads a page's text layer an order of magnitude faster than pdfminer (under
pdfplumber). Characters come with their origin, font size and font name; they are grouped
into words and lines the way pdfplumber's `extract_text_lines` does (a line is a cluster of
character tops within 3 pt; a word breaks at a blank, a step back, or a gap over 3 pt — on a
letter-spaced line, a gap clearly over the line's own), so both readers give the same lines. Pages that may hold a table, are rotated or have almost
no text are left to pdfplumber; ruled tables are found by `pdf_tables`.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections import Counter
from collections.abc import Iterator
from itertools import chain, pairwise
from operator import itemgetter, sub
from typing import Any, NamedTuple, cast

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from jihua.extractors.notemarks import NOTE_MARK_CHARS, ROMAN_MARK_CHARS, is_note_mark, points_to_note
from jihua.schemas.blocks import ITEM_LABEL

TOLERANCE = 3.0  # pdfplumber's x_tolerance and y_tolerance
_TEXT, _X0, _X1, _TOP, _SIZE = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3), itemgetter(5)  # at C speed
MIN_TEXT_CHARS = 5  # fewer: maybe a scan, decided by the pdfplumber path
TABLE_PATHS = 4  # a page with this many drawn paths may hold a ruled table
_BREAKS = frozenset(" \r\n")  # the only characters PDFium generates
_SURROGATE = re.compile("[\ud800-\udfff]")  # half of a character PDFium spells in two UTF-16 units


class Char(NamedTuple):
    """One character as pdfplumber reports it: top-down coordinates in points."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str


def _address(pointer: Any) -> int:
    """The address a PDFium pointer holds. A loaded function or an open page's handle is never
    NULL, the one case where ctypes gives None."""
    return cast(int, ctypes.cast(pointer, ctypes.c_void_p).value)


def _bind(fn: Any, restype: Any, *argtypes: Any) -> Any:
    """A private binding of a PDFium function taking and returning plain handles (ints).

    pypdfium2's bindings return typed pointers; comparing and hashing those costs more than
    the call itself in a per-character loop.
    """
    return ctypes.CFUNCTYPE(restype, *argtypes)(_address(fn))


_P, _I = ctypes.c_void_p, ctypes.c_int
_unicode = _bind(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, _P, _I)
_object_font = _bind(pdfium_c.FPDFTextObj_GetFont, _P, _P)
_font_info = _bind(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong, _P, _I, ctypes.c_char_p, ctypes.c_ulong,
                   ctypes.POINTER(ctypes.c_int))
_get_text = _bind(pdfium_c.FPDFText_GetText, _I, _P, _I, _I, ctypes.c_char_p)
_page_count = _bind(pdfium_c.FPDFPage_CountObjects, _I, _P)
_form_count = _bind(pdfium_c.FPDFFormObj_CountObjects, _I, _P)
_form_object = _bind(pdfium_c.FPDFFormObj_GetObject, _P, _P, ctypes.c_ulong)
_object_type = _bind(pdfium_c.FPDFPageObj_GetType, _I, _P)


def _form_paths(form: int, limit: int) -> int:
    """Path objects within a form object (and the forms in it), up to `limit`."""
    found = 0
    for i in range(_form_count(form)):
        obj = _form_object(form, i)
        kind = _object_type(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            found += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            found += _form_paths(obj, limit)
        if found >= limit:
            break
    return found


def may_hold_table(page: Any) -> bool:
    """Enough drawn paths for a ruled table (running-header rules alone are fewer).

    Runs per page object (160 a page, mostly text): unprototyped calls passing the object on
    as returned took 90 pages from 0.0065 s to 0.0045 s.
    """
    handle = ctypes.cast(page.raw, ctypes.c_void_p)
    found = 0
    for i in range(_page_count(handle.value)):
        obj = _nth_object(handle, i)
        kind = _kind(obj)
        if kind == _PATH:
            found += 1
        elif kind == _FORM:
            found += _form_paths(obj.value, TABLE_PATHS)
        if found >= TABLE_PATHS:
            return True
    return False


def _unprototyped(fn: Any, restype: Any) -> Any:
    """A binding without argtypes, for the calls made once per character.

    ctypes checks every argument against its argtypes at Python speed; a POINTER(c_double)
    check alone made FPDFText_GetCharOrigin cost 0.50 µs a call against 0.17 µs without. Callers
    pass handles as c_void_p, indices as Python ints (C int) and pointers as byref(); never a
    Python float (it would go as a double).
    """
    return ctypes.CFUNCTYPE(restype)(_address(fn))


_char_text_object = _unprototyped(pdfium_c.FPDFText_GetTextObject, _P)
_char_origin = _unprototyped(pdfium_c.FPDFText_GetCharOrigin, _I)
_char_generated = _unprototyped(pdfium_c.FPDFText_IsGenerated, _I)
_char_font_size = _unprototyped(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_char_rotation = _unprototyped(pdfium_c.FPDFText_GetCharAngle, ctypes.c_float)
_char_glyph_width = _unprototyped(pdfium_c.FPDFFont_GetGlyphWidth, _I)
_char_fill = _unprototyped(pdfium_c.FPDFText_GetFillColor, _I)
_char_matrix = _unprototyped(pdfium_c.FPDFText_GetMatrix, _I)


class _Scale:
    """How much the page scales a character's font size, its matrix read into one buffer made per page
    (unprototyped, once per text object: 0.37 µs, where a typed call into a new buffer took 0.85)."""

    def __init__(self) -> None:
        self.matrix = pdfium_c.FS_MATRIX()
        self.ref = ctypes.byref(self.matrix)

    def of(self, handle: ctypes.c_void_p, i: int) -> float:
        """Character `i`'s scale: PDFium's size is the one the text sets (`Tf`), before its matrix. Chromium
        prints a web page at 0.75 (CSS px to points: "16 Tf" under "0.75 0 0 0.75 cm" is 12 pt on paper,
        pdfplumber's size), office PDFs at 1."""
        if not _char_matrix(handle, i, self.ref):
            return 1.0
        m = self.matrix
        return math.sqrt(abs(m.a * m.d - m.b * m.c)) or 1.0


class _Handle(ctypes.c_void_p):
    """A PDFium handle left as a ctypes value (a c_void_p result becomes an int), passed on as is."""


_nth_object = _unprototyped(pdfium_c.FPDFPage_GetObject, _Handle)
_kind = _unprototyped(pdfium_c.FPDFPageObj_GetType, _I)
_PATH, _FORM = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM


def _all_text(raw: int, count: int) -> str:
    """Every character of the text page in one call (one code point per character); one call
    per character when a character is not one UTF-16 unit."""
    buf = ctypes.create_string_buffer((count + 1) * 2)
    written = _get_text(raw, 0, count, buf)
    text = buf.raw[:max(written - 1, 0) * 2].decode("utf-16-le", errors="surrogatepass")
    if len(text) != count or _SURROGATE.search(text):
        return "".join([chr(_unicode(raw, i)) for i in range(count)])
    return text


_Glyphs = tuple[dict[str, float], ctypes.c_void_p, ctypes.c_float]  # advances by character, font and size as C arguments
_Facts = tuple[float, str, _Glyphs, int]  # size, font name, the font's glyphs at that size, set apart (see `_Colour.apart`)
SQUARE_SLACK = math.radians(5.0)  # a glyph turned less than this off a quarter turn is upright or turned a page's way
ASKEW_BODY = 40  # more askew glyphs than this, and more than upright ones: a text layer set askew, not a watermark
_TEXT_GLYPH, _ASKEW, _FAINT = 0, 1, 2  # how a text object's glyphs are set apart from the page's text
FAINT = 0.7  # a glyph this light (its darkest channel over white paper, as a share of white) is a watermark's
SEE_THROUGH = 0.6  # an upright glyph this transparent (alpha, as a share of opaque) and faint is one too
_OPAQUE = SEE_THROUGH * 255
LEVEL_MARK = 24.0  # pt: a watermark laid level is set large across the page (36 pt and more), over any title's size


def askew(angle: float) -> bool:
    """A glyph turned off the page's axes (not 0°, 90°, 180° or 270°, in radians): a watermark or a
    stamp drawn over the page ("仅供审阅" at 35°), never body text, which runs along the axes or, in a
    rotated table header, across them."""
    turn = angle % (math.pi / 2)
    return SQUARE_SLACK < turn < math.pi / 2 - SQUARE_SLACK


def watermark_aside(upright: int, tilted: int) -> bool:
    """Askew glyphs are set aside on a page of upright text, or when a line or two at most: a page
    read mostly askew (a scan's text layer laid on a tilted image) is body text: there the askew glyphs are
    the text itself, not a layer over it."""
    return tilted <= max(upright, ASKEW_BODY)


def faint(red: int, green: int, blue: int, alpha: int, upright: bool) -> bool:
    """A glyph drawn pale over the page: a watermark's grey at 28% opacity ((160, 160, 160, 71) shows
    as 229 of 255), not the black, red or #999 grey of text. An upright one must be see-through as
    well: white text on a dark table header is opaque. Invisible glyphs (alpha 0) are a scan's text
    layer, not a mark meant to be seen."""
    if alpha <= 0 or (upright and alpha > _OPAQUE):
        return False
    return 255 - alpha * (255 - min(red, green, blue)) / 255 >= FAINT * 255


class _Colour:
    """A text object's fill colour read into buffers made once per page (a call per object stays 0.3 µs)."""

    def __init__(self) -> None:
        self.rgba = [ctypes.c_uint() for _ in range(4)]
        self.refs = [ctypes.byref(c) for c in self.rgba]

    def apart(self, handle: ctypes.c_void_p, i: int, angle: float) -> int:
        """How the text object at character `i` stands apart from the page's text: askew (see `askew`), drawn
        faint as well (a watermark whatever its length), upright and faint, or not at all."""
        level = angle <= 1e-3
        if _char_fill(handle, i, *self.refs) != 1:
            return _TEXT_GLYPH if level else _ASKEW
        rgba = self.rgba
        if level and rgba[3].value > _OPAQUE:
            return _TEXT_GLYPH  # opaque and level: most objects stop here
        if faint(rgba[0].value, rgba[1].value, rgba[2].value, rgba[3].value, upright=level):
            return _FAINT
        return _TEXT_GLYPH if level else _ASKEW


def _object_facts(raw: int, handle: ctypes.c_void_p, i: int, obj: int,
                  caches: tuple[Any, ctypes.c_int, dict[int, str], dict[tuple[int, float], _Glyphs], _Colour, _Scale],
                  set_aside: bool) -> _Facts | None:
    """A text object's size, font family, glyph-width cache and whether it is set apart, read at its character `i`
    (once per object, not per character: `page_chars`' loop stays as lean as it was); None when it is rotated and
    not set askew."""
    name, flags, families, widths, colour, scale = caches
    size, font = _char_font_size(handle, i) * scale.of(handle, i), _object_font(obj) or 0
    known = families.get(font)
    if known is None:
        length = _font_info(raw, i, name, len(name), ctypes.byref(flags))
        known = families[font] = name.value[:max(length - 1, 0)].decode("utf-8", "replace")
    angle = _char_rotation(handle, i)
    if angle > 1e-3 and (not set_aside or not askew(angle)):
        return None
    found = widths.get((font, size))
    if found is None:
        found = widths[font, size] = ({}, ctypes.c_void_p(font), ctypes.c_float(size))
    read = set_aside and (angle > 1e-3 or size >= LEVEL_MARK)  # body text's colour is never read: no call per object
    return size, known, found, colour.apart(handle, i, angle) if read else _TEXT_GLYPH


def page_chars(textpage: Any, height: float, set_aside: bool = False) -> tuple[list[Char], list[Char]] | None:
    """The page's characters in content order, and the glyphs set apart from them; None when one is
    rotated (pdfplumber decides).

    With `set_aside`, the glyphs set askew (see `askew`: a watermark) come back as the second list, in
    content order, when `watermark_aside` holds; else the page is pdfplumber's too. Glyphs drawn faint
    (see `faint`: askew, or upright, large and see-through) come back there whatever their number when the
    page holds text of its own: a watermark tiled over a last page of a few lines outnumbers them.
    Without `set_aside`, the second list is empty. The askew glyphs come apart because the caller
    reads them twice: as a table's angled headers, then, those no table took, as the page's watermark
    lines kept aside.

    Size, font, rotation and colour are read once per text object (its characters share them), the
    font name once per font, glyph advances once per font, character and size. Per character
    this is two unprototyped PDFium calls and one tuple: 41k characters (12 PDFs) took 0.104 s,
    now 0.068 s (the two calls cost 0.24 µs, were 0.74 µs; 19k glyph widths 0.2 µs, were 0.5).
    """
    raw = _address(textpage.raw)
    handle = ctypes.c_void_p(raw)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(ox), ctypes.byref(oy)
    width = ctypes.c_float()
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    objects: dict[int, _Facts] = {}
    families: dict[int, str] = {}
    widths: dict[tuple[int, float], _Glyphs] = {}
    caches = (name, flags, families, widths, _Colour(), _Scale())
    pwidth = ctypes.byref(width)
    out: list[Char] = []
    add, text_object, origin, new = out.append, _char_text_object, _char_origin, tuple.__new__  # locals: per character
    last: int | None = -1  # no handle: the first character reads its object's facts
    size, family = 0.0, ""
    glyphs: _Glyphs = ({}, ctypes.c_void_p(), ctypes.c_float())
    advances = glyphs[0]
    apart = _TEXT_GLYPH
    skewed: list[Char] = []
    pale = 0
    for i, ch in enumerate(_all_text(raw, textpage.count_chars())):
        if ch in _BREAKS and _char_generated(handle, i) == 1:
            continue  # spaces and line breaks PDFium infers; pdfplumber has none
        obj = text_object(handle, i)
        if obj != last:  # a text object's characters come together: look its facts up once
            last = obj
            facts = objects.get(obj) or _object_facts(raw, handle, i, obj, caches, set_aside)
            if facts is None:
                return None
            objects[obj] = facts
            size, family, glyphs, apart = facts
            advances = glyphs[0]
        origin(handle, i, px, py)
        advance = advances.get(ch)
        if advance is None:
            ok = _char_glyph_width(glyphs[1], ord(ch), glyphs[2], pwidth)
            advance = advances[ch] = width.value if ok else size
        bottom = height - oy.value  # the baseline, as pdfminer puts it when the font gives no descent
        x0 = ox.value
        if apart:  # at its origin: the box of a glyph set askew is no line's
            skewed.append(new(Char, (ch, x0, x0 + advance, bottom - size, bottom, size, family)))
            pale += apart == _FAINT
            continue
        add(new(Char, (ch, x0, x0 + advance, bottom - size, bottom, size, family)))
    return (out, skewed) if not skewed or _apart_kept(len(out), len(skewed), pale) else None


def _apart_kept(upright: int, apart: int, pale: int) -> bool:
    """The glyphs set apart stay apart (see `watermark_aside`): the faint ones are not counted on a
    page holding text of its own ("青禾县档案馆" tiled ten times in grey over a closing's two lines
    is still a watermark)."""
    counted = apart - pale if upright >= MIN_TEXT_CHARS else apart
    return watermark_aside(upright, counted)


def watermark_runs(chars: list[Char]) -> list[tuple[str, list[Char]]]:
    """Askew glyphs (content order) as runs, one per watermark drawn: a run breaks where the next
    glyph stands over two of its sizes off the last (a watermark tiled over the page, "仅供审阅"
    three times, is three runs)."""
    runs: list[list[Char]] = []
    for ch in chars:
        if runs and math.dist((ch.x0, ch.bottom), (runs[-1][-1].x0, runs[-1][-1].bottom)) <= 2 * max(ch.size, 1.0):
            runs[-1].append(ch)
        else:
            runs.append([ch])
    return [(text, run) for run in runs if (text := "".join(c.text for c in run).strip())]


def _clusters(values: list[float]) -> dict[float, int]:
    """Cluster index of each value: sorted values chained while within the tolerance."""
    index: dict[float, int] = {}
    group, last = -1, None
    for v in sorted(set(values)):
        if last is None or v > last + TOLERANCE:
            group += 1
        index[v] = group
        last = v
    return index


TRACKED_GAP = 1.0  # a line whose typical gap between glyphs is this wide (pt) is letter-spaced
SPACE_EM = 0.2  # on a letter-spaced line a word space is this much (of the size) over the typical gap


def word_gap(line: list[Char]) -> float:
    """The gap over which a line's glyphs belong to two words: pdfplumber's 3 pt, unless the line
    is letter-spaced (CSS letter-spacing, Word's 字符间距 加宽). There every glyph stands apart by
    about the same gap, digits and Latin as much as Han ("1 0 0 %"): a gap is a word space only
    where it clearly exceeds the line's own typical gap. A row of cells far apart (a gap over
    the size) is not letter-spacing."""
    if len(line) < 3:
        return TOLERANCE
    gaps = sorted(map(sub, map(_X0, line[1:]), map(_X1, line)))  # at C speed: runs once per line
    typical = gaps[len(gaps) // 2]
    if typical < TRACKED_GAP:
        return TOLERANCE
    gaps = sorted(b[1] - a[2] for a, b in pairwise(line) if not a[0].isspace() and not b[0].isspace())
    if len(gaps) < 2:
        return TOLERANCE
    typical, size = gaps[len(gaps) // 2], line[len(line) // 2][5]
    if typical < TRACKED_GAP or typical > size:
        return TOLERANCE
    return typical + max(TOLERANCE, SPACE_EM * size)


def _words(line: list[Char]) -> Iterator[list[Char]]:
    """Words of one line sorted by x. Runs per character: fields unpacked in one step and the
    previous character's kept in locals (a named field is a Python call per access)."""
    word: list[Char] = []
    last_x0 = last_x1 = last_top = 0.0
    tolerance = word_gap(line)
    for ch in line:
        text, x0, x1, top, _, _, _ = ch
        if text.isspace():
            if word:
                yield word
            word = []
        elif word and (x0 < last_x0 or x0 > last_x1 + tolerance or abs(top - last_top) > tolerance):
            yield word
            word = [ch]
        else:
            word.append(ch)
        last_x0, last_x1, last_top = x0, x1, top
    if word:
        yield word


def respace(text: str, chars: list[Char], blanks: list[Char]) -> str:
    """A line pdfplumber grouped (its words cut at a fixed 3 pt) re-read with this line's own word
    gap: a letter-spaced line's figures whole, as PDFium's lines have them. pdfplumber leaves the
    page's own blanks out of a line's characters: those on the line (`blanks`, the page's) still
    part words."""
    line = sorted(chars, key=_X0)
    if word_gap(line) <= TOLERANCE:
        return text
    top, x0, x1 = line[0][3], line[0][1], line[-1][2]
    line = sorted(line + [b for b in blanks if abs(b[3] - top) <= TOLERANCE and x0 < b[1] < x1], key=_X0)
    return " ".join(["".join(map(_TEXT, w)) for w in _words(line)])


def text_lines(chars: list[Char]) -> list[tuple[str, list[Char]]]:
    """(text, characters) per line, in pdfplumber's order: words joined by one space.

    Characters are ordered by their top's cluster and texts joined with C-level keys and maps,
    not a Python call per character (12 PDFs, 41k characters: 0.021 s, now 0.0175 s).
    """
    tops = list(map(_TOP, chars))
    keys = list(map(_clusters(tops).__getitem__, tops))
    ordered = list(map(chars.__getitem__, sorted(range(len(chars)), key=keys.__getitem__)))
    sizes = Counter(keys)
    words: list[list[Char]] = []
    start = 0
    for group in range(len(sizes)):  # clusters are numbered 0, 1, … in top order
        end = start + sizes[group]
        words.extend(_words(sorted(ordered[start:end], key=_X0)))
        start = end
    word_tops = [min(map(_TOP, w)) for w in words]
    by_word_top = _clusters(word_tops)
    lines: list[list[list[Char]]] = []
    prev = None
    for word, top in zip(words, word_tops, strict=True):
        if by_word_top[top] != prev:
            lines.append([])
        lines[-1].append(word)
        prev = by_word_top[top]
    out = []
    for line in lines:
        text = " ".join(["".join(map(_TEXT, w)) for w in line])
        if text.strip():
            out.append((text, line[0] if len(line) == 1 else list(chain.from_iterable(line))))
    return out


def open_document(path: Any, password: str) -> Any:
    return pdfium.PdfDocument(str(path), password=password or None)


_TAB_GAP = 3.0  # sizes of the text: a label's tab reaches the next default stop (Word 2 characters, LibreOffice 1.25 cm)


def _is_label(text: str) -> bool:
    """A list label alone ("一、", "（二）", "3."): Word takes an automatic number's font from the
    paragraph mark, so the label is often set smaller than its heading and clusters apart."""
    t = text.strip()
    return 0 < len(t) <= 6 and (m := ITEM_LABEL.match(t)) is not None and m.end() == len(t)


def _box(chars: list[Char]) -> tuple[float, float, float, float]:
    """(x0, x1, top, bottom) of a line's characters."""
    return min(map(_X0, chars)), max(map(_X1, chars)), min(map(_TOP, chars)), max(c[4] for c in chars)


def _one_baseline(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Two boxes on one line: same bottom (the baseline two sizes share: "一、" at 11 pt under
    "指导思想" at 16 pt), or overlapping by most of the smaller's height."""
    overlap = min(a[3], b[3]) - max(a[2], b[2])
    return abs(a[3] - b[3]) <= 1.5 or overlap >= 0.6 * min(a[3] - a[2], b[3] - b[2])


def _partner(out: list[tuple[str, list[Char]]], k: int) -> int | None:
    """The line a mark or label at `k` opens: it starts just right of it (a note's number: within
    a size; a label: within a tab) and shares its baseline (a note's number: its foot within it)."""
    text, chars = out[k]
    box, size, label = _box(chars), max(map(_SIZE, chars)), _is_label(text)
    for j, (other, ochars) in enumerate(out):
        if j == k or is_note_mark(other) or _is_label(other):
            continue
        obox = _box(ochars)
        gap = ochars[0][1] - box[1]
        if label and -1.0 <= gap <= _TAB_GAP * max(map(_SIZE, ochars)) and _one_baseline(box, obox):
            return j
        if not label and -1.0 <= gap <= size and obox[2] - 1.0 <= box[3] <= obox[3] + 1.5:
            return j
    return None


def join_marks(lines: list[tuple[str, list[Char]]]) -> list[tuple[str, list[Char]]]:
    """A note's number set on its own (larger, or raised) at the left of the note's text, or a list
    label set in another size than its text ("一、" | "工作目标", a tab between them), is one line
    with it: line tops cluster apart when two sizes share a baseline."""
    out = list(lines)
    k = 0
    while k < len(out):
        text = out[k][0]
        j = _partner(out, k) if is_note_mark(text) or _is_label(text) else None
        if j is None:
            k += 1
            continue
        out[j] = (text.strip() + out[j][0], [*out[k][1], *out[j][1]])
        del out[k]
    return out


_MARK_CHARS = NOTE_MARK_CHARS | ROMAN_MARK_CHARS


def drop_raised_marks(text: str, chars: list[Char], above: str = "") -> tuple[str, list[Char]]:
    """Footnote references glued to the text ("6.8亿元¹", "百分之九十ⁱⁱ"): one to three digits (or ①, *), or a roman
    numeral ("ii"), set smaller than the line and raised off its baseline, after a character that is not a Latin
    letter (m², km² are units). Dropped before lines are joined: they would corrupt the figures. A mark opening
    the line goes with the line `above` (the text of the line before, in the same type), where its word is:
    "…基本消除" / "²，主要河流…"."""
    sizes = sorted(map(_SIZE, chars))
    if sizes[0] > 0.75 * sizes[-1]:
        return text, chars  # one size throughout: nothing set small
    size = sizes[len(sizes) // 2]
    bottoms = sorted(c[4] for c in chars)
    base = bottoms[len(bottoms) // 2]
    raised = [k for k, c in enumerate(chars) if c[0] in _MARK_CHARS and c[5] <= 0.75 * size and c[4] <= base - 0.2 * size]
    if not raised:
        return text, chars
    drop: set[int] = set()
    runs: list[list[int]] = []
    for k in raised:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        before = "".join(c[0] for c in chars[max(0, run[0] - 2):run[0]]) or above[-2:]
        mark = "".join(chars[k][0] for k in run)
        marks = len(run) <= 3 and all(ch in NOTE_MARK_CHARS for ch in mark)  # "12", "①", "*"
        if (marks or is_note_mark(mark)) and points_to_note(before, mark):  # …or a roman numeral ("ii")
            drop.update(run)
    if not drop or len(drop) * 3 > len(chars):
        return text, chars
    out, i = [], 0
    for ch in text:
        if i < len(chars) and ch == chars[i][0]:
            if i not in drop:
                out.append(ch)
            i += 1
        else:
            out.append(ch)
    if i != len(chars):
        return text, chars  # text and characters do not line up: keep the line as it is
    return "".join(out), [c for j, c in enumerate(chars) if j not in drop]
