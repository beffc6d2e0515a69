"""Hard-wrapped text: a copy pasted from a PDF or a mail keeps a line break every N columns.

Such a file holds its paragraphs as runs of equally wide lines, each cut wherever the width ran
out — inside a word, inside a number ("就业5." over "5万人"), inside a heading. Width is counted
as a terminal does (a Han character or full-width sign takes two columns, a digit or Latin letter
one): counted in characters, a line of figures looked longer than a line of Han text wrapped at
the same width. The wrap's width is the one line after line shares, a paragraph's indent counted
in its first line ("　　" and the text were cut at one count), not the widest line: a page's byline
("来源：… 发布时间：… 浏览次数：…") may stand wider alone. A file is hard-wrapped when many of its
wide lines stop mid-sentence after a clause break and many fill the wrap's width (a file of one paragraph a line ends them with a
sentence, its long headings hold no clause break, and a list of items cut short of their 。 is
of all widths); such a line runs on into the next, unless the next opens a numbered part or a
field ("牵头单位："), is a date or a signing body over its date, is indented (a paragraph's first
line) or is a table. Where the paragraphs open with an indent, an unindented line is a paragraph's
next line even when the wrap happened to open it with a label or a field's shape, under a line cut
mid-clause (see `_label_runs_on`, `_goes_on_from`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from jihua.extractors.cjk import display_width
from jihua.pipeline.model import Unit
from jihua.pipeline.rules.lexicon import DATE_LINE
from jihua.pipeline.rules.numbering import IN_SENTENCE, Label, match_label
from jihua.pipeline.rules.titles import ORG_AT_END, fold, signs_off
from jihua.pipeline.text.sentences import ASCII_STOP

_SLACK = 4  # columns a full line may fall short of the widest (a wide character that did not fit)
_LONG = 0.7  # of the wrap width: a line this wide that stops mid-sentence was cut by the wrap
_MIN_OPEN = 3  # lines cut mid-sentence needed before a file counts as hard-wrapped
_SHARE = 0.3  # of its long lines
_MAX_WIDTH = 160  # wider than this, lines are paragraphs, not a wrap
_MIN_FULL = 5  # lines as wide as the wrap needed before a file counts as wrapped
_SHARED = 3  # lines as wide as the wrap (within its slack) that set its width
_MAX_WIDER = 2  # lines that may stand wider than a wrap (a page's byline, a line of its chrome); or 1 in 20
_MIN_INDENTED = 3  # indented lines needed before a file counts as opening its paragraphs with an indent
_FULL_STOP = re.compile(rf"(?:[。；;！？!?]|{ASCII_STOP})\s*$")
_CLAUSE = re.compile(r"[，,、；;]")
# a gap of several blanks inside a line: a table's row laid out in columns (pdftotext -layout), not a wrapped
# paragraph's line — its width is the table's, not the wrap's ("2      落实资金      区财政局      3 月底")
_COLUMN_GAP = re.compile(r"\S(?:[ \u3000]{3,}|\t)\S")
# a line that starts a field of its own ("牵头单位：…") — or, under a line the wrap cut mid-clause in a
# file that indents its paragraphs, a sentence going on ("…今年政府工作的" | "总体要求是：…")
_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]")
# a line that goes on with a clause the line above began: it opens on punctuation ("，引导金融机构…")
_GOES_ON = re.compile(r"^[，,、；;：:。）)”’」』]")
_ENDS = re.compile(rf"(?:[。！？；：!?;:…]|{ASCII_STOP})\s*[”’」』）)]?\s*$")


def _columns(line: Unit) -> int:
    """A line's width as the wrap measured it (`display_width`: two columns for a Han character or a full-width
    sign, one for a digit), its indent in ("　　" four columns: the wrap counted it)."""
    return display_width(line.text) + int(line.block.indent or 0)


# punctuation a Chinese page prints a full em wide though a terminal counts it narrow ("“" "”" "—" "…")
_WIDE_IN_PRINT = frozenset("“”‘’—…·")


def _printed(line: Unit) -> int:
    """A line's width as a Chinese page printed it: `_columns` with its quotes and dashes a full em wide. A copy
    out of a PDF wrapped at the page's width, where "1.实施“一老一小”工程" is two columns wider than a terminal
    counts it."""
    return _columns(line) + sum(1 for c in line.text if c in _WIDE_IN_PRINT)


def _chars(line: Unit) -> int:
    """A line's length in characters, its indent in (recorded in columns: an indent of full-width spaces,
    as Chinese text indents, is half as many characters)."""
    return len(line.text) + (int(line.block.indent or 0) + 1) // 2


@dataclass(frozen=True)
class Wrap:
    columns: int  # the wrap's width in display columns
    chars: int  # and in characters (a copy wrapped by character count)
    indents: bool = False  # the file opens its paragraphs with an indent
    first: int = 0  # a paragraph's first line, where the copy dropped its indent (a PDF's text): narrower than the wrap

    def wide(self, line: Unit) -> bool:
        """Wide enough that, stopping mid-sentence, the wrap cut it."""
        return _columns(line) >= _LONG * self.columns

    def full(self, line: Unit) -> bool:
        """Cut by the wrap, not by its own end: as wide as the wrap, counted either way."""
        return (_columns(line) >= self.columns - _SLACK or _chars(line) >= self.chars - _SLACK // 2 - 1
                or _printed(line) >= self.columns - _SLACK)

    def full_first(self, line: Unit) -> bool:
        """Cut where a paragraph's first line is: as wide as the file's first lines, which a copy out of a PDF
        prints two characters narrower than the wrap (their indent dropped). A line as wide as the wrap itself
        is `full`, which the caller asks first."""
        return self.first > 0 and _printed(line) >= self.first - _SLACK

    def opens(self, line: Unit) -> bool:
        """A paragraph's own first line, its indent dropped: as wide as the file's first lines (short of the wrap by
        that indent), stopping mid-sentence, opening on a word — no clause going on ("，…")."""
        width = _printed(line)
        return (self.first > 0 and abs(width - self.first) <= _SLACK // 2 and width < self.columns - _SLACK // 2
                and _ENDS.search(line.text) is None and _GOES_ON.match(line.text) is None)


def wrap_width(units: list[Unit]) -> Wrap | None:
    """How the file was wrapped, or None when its lines are not wrapped: a file of one paragraph
    a line ends its long lines with a sentence; a wrapped one stops many mid-sentence."""
    lines = [u for u in units if u.block.kind == "paragraph" and not _COLUMN_GAP.search(u.text)]
    widest = _shared_widest([_columns(u) for u in lines], _SLACK)
    if not 20 <= widest <= _MAX_WIDTH:
        return None
    long = [u for u in lines if _columns(u) >= _LONG * widest]
    # cut mid-sentence: no sentence end, a clause break inside (a long heading or a stage line has none;
    # a list label's 、 ("一、") is no clause break)
    cut = sum(1 for u in long if not _ENDS.search(u.text) and _CLAUSE.search(_unlabelled(u.text)))
    if cut < _MIN_OPEN or cut < _SHARE * len(long):
        return None
    chars = _shared_widest([_chars(u) for u in long], _SLACK // 2)
    wrap = Wrap(widest, chars, indents_paragraphs(units), _first_width(lines, widest))
    # a wrap fills line after line to one width: a list of items cut short of their 。 does not
    full = sum(1 for u in long if wrap.full(u))
    return wrap if full >= _MIN_FULL and full >= _SHARE * len(long) else None


def _shared_widest(widths: list[int], slack: int) -> int:
    """The widest width that several lines share (within the slack): a wrap fills line after line to one width,
    where a page's byline ("来源：… 发布时间：… 浏览次数：…") or a line of its chrome stands wider alone.
    Only a few lines may stand wider (in a text of one paragraph a line, three headings of one width
    are no wrap under its paragraphs); else the widest of all."""
    ordered = sorted(widths, reverse=True)
    wider = max(_MAX_WIDER, len(ordered) // 20)
    for i, w in enumerate(ordered[: min(wider + 1, len(ordered) - _SHARED + 1)]):
        if ordered[i + _SHARED - 1] >= w - slack:
            return ordered[i + 1]  # the second of them: a byline a little wider than the wrap is not its width
    return ordered[0] if ordered else 0


def _first_width(lines: list[Unit], widest: int) -> int:
    """The width the file's paragraphs open at when a copy dropped their indent (pdftotext, a reader's
    select-all copy): the width several unlabelled first lines share — lines after a sentence's end or a
    short line, cut mid-sentence — when it falls an indent short of the wrap; else 0. ("　　各镇要…，" printed
    at 54 columns reads "各镇要…，" at 50.)"""
    firsts = [_printed(u) for prev, u in pairwise(lines)
              if (_ENDS.search(prev.text) or _columns(prev) < _LONG * widest) and not u.block.indent
              and match_label(u.text) is None and _columns(u) >= _LONG * widest and not _ENDS.search(u.text)]
    if len(firsts) < _SHARED:
        return 0
    first = _shared_widest(firsts, _SLACK // 2)
    return first if widest - 2 * _SLACK <= first < widest - _SLACK // 2 else 0


def indents_paragraphs(units: list[Unit]) -> bool:
    """The file opens its paragraphs with an indent ("　　坚持…"): an unindented line in it is a
    paragraph's next line, or a title, a heading printed flush, a page's line."""
    return sum(1 for u in units if u.block.kind == "paragraph" and u.block.indent) >= _MIN_INDENTED


def _unlabelled(text: str) -> str:
    """The line without its list label ("一、", "1、", "（一）")."""
    found = match_label(text)
    return found[1] if found else text


def _signs(unit: Unit, after: Unit | None) -> bool:
    """A signing body's line: over the date, or the text's last line."""
    if after is not None:
        return signs_off(unit.text, after.text)
    return ORG_AT_END.match(fold(unit.text).strip()) is not None


def _runs_on(unit: Unit, nxt: Unit, wrap: Wrap) -> bool:
    """A wide line that stops mid-sentence continues on the next, unless that opens a numbered
    part, is indented (a paragraph's first line) or is a table. A numbered line (a heading, as
    often as not) runs on only when it is as wide as the wrap: a long heading ends short of it."""
    if unit.block.kind != "paragraph" or nxt.block.kind != "paragraph":
        return False
    if nxt.block.indent or DATE_LINE.match(fold(nxt.text).strip()):
        return False
    if _FIELD.match(fold(nxt.text).strip()) and not _goes_on_from(unit, nxt, wrap):
        return False
    label = match_label(nxt.text)
    if label is not None:
        return _label_runs_on(unit, nxt, label[0], wrap)
    if _ENDS.search(unit.text):
        return _sentence_runs_on(unit, nxt, wrap)
    if match_label(unit.text):  # a labelled line: an item's sentence cut by the wrap, or a heading ending short of it
        return wrap.full(unit) or (_CLAUSE.search(_unlabelled(unit.text)) is not None and wrap.full_first(unit)
                                   and not wrap.opens(nxt))
    return wrap.wide(unit)


def _sentence_runs_on(unit: Unit, nxt: Unit, wrap: Wrap) -> bool:
    """A full line that happens to end a sentence, in a file that indents each paragraph's first
    line: an unindented line after it is the paragraph's next line when it is as wide as the
    wrap or ends a sentence itself (a short heading does neither)."""
    return (wrap.indents and _FULL_STOP.search(unit.text) is not None and wrap.full(unit)
            and (wrap.full(nxt) or _FULL_STOP.search(nxt.text) is not None))


def _label_runs_on(unit: Unit, nxt: Unit, label: Label, wrap: Wrap) -> bool:
    """An unindented line that opens with a label, in a file that indents each paragraph's first
    line: the wrap cut it off a line it filled. A sentence's own count (一是, ②) goes on with that
    line, unless that line ended a sentence and this one is short and ends none (a heading); a
    part's label ("（二）项规定…" under "…第八条第") only when that line stopped mid-clause. In a file
    that does not indent, a labelled line always opens a part or an item of its own."""
    if not wrap.indents or not wrap.full(unit):
        return False
    if label.family in IN_SENTENCE:
        return _ENDS.search(unit.text) is None or wrap.full(nxt) or _FULL_STOP.search(nxt.text) is not None
    return _goes_on_from(unit, nxt, wrap)


def _goes_on_from(unit: Unit, nxt: Unit, wrap: Wrap) -> bool:
    """In a file that indents each paragraph's first line, a line the wrap filled that stops mid-clause,
    over an unindented line that reads on as a sentence (wide, or with a clause break): the sentence goes
    on there whatever that line opens with. A short line with no clause break ("二、保障措施") is a heading
    under an item that simply ended without its 。."""
    return (wrap.indents and wrap.full(unit) and _ENDS.search(unit.text) is None
            and (wrap.wide(nxt) or _CLAUSE.search(_unlabelled(nxt.text)) is not None))


def reflow(units: list[Unit], wrap: Wrap | None = None) -> list[Unit]:
    """The paragraphs of a hard-wrapped text joined back; any other text as it came. `wrap`: the
    file's wrap when the caller has measured it already."""
    wrap = wrap or wrap_width(units)
    if wrap is None:
        return units
    out: list[Unit] = []
    for i, unit in enumerate(units):
        after = units[i + 1] if i + 1 < len(units) else None
        if out and i and not unit.gap_before and _runs_on(units[i - 1], unit, wrap) and not _signs(unit, after):
            text = out[-1].text + unit.text
            out[-1] = Unit(text=text, block=out[-1].block.model_copy(update={"text": text}), gap_before=out[-1].gap_before)
            continue
        out.append(unit)
    return out
