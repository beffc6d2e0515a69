"""What comparison works on: a parsed document seen as parts (flattened sections with their
items), its side (path, title, year), and its targets as the reports show them. Diff, series,
trace and the archive's history all read documents through these views."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import pairwise

from jihua.extractors.table_cells import fill_down, serial
from jihua.pipeline.compare.align import compared_form
from jihua.pipeline.rules.lexicon import ASSIGNMENT_TAG
from jihua.pipeline.rules.numbering import match_label
from jihua.pipeline.rules.tables import NUMBER_COLUMN, SIDE_COLUMN, header_row
from jihua.pipeline.text.normalize import bare
from jihua.pipeline.text.sentences import sentences
from jihua.schemas import diff as d
from jihua.schemas import plan


@dataclass
class Item:
    text: str
    key: str
    section: int
    shifted: str = ""  # the key with the document's own year rolled forward (diff sets it on the old side)
    shifted_text: str = ""  # the text so rolled forward (the same length: a year for a year)
    tag: str = ""  # the assignment tags printed after the task and joined to it ("（责任科室：综合科）")
    row_task: str = ""  # a table row's task cells ("推行…"): what the row does, without its number, units and deadline
    label: str = ""  # a table row's number cell as printed with its separator ("2 | "): numbering, not wording

    @property
    def compared(self) -> str:
        """What alignment compares: the year-shifted key when there is one."""
        return self.shifted or self.key

    @property
    def task_text(self) -> str:
        """The text without its assignment tags, or a table row's task cells: what is done, not who does it."""
        return self.row_task or self.text[: len(self.text) - len(self.tag)]

    def task(self, form: str) -> str:
        """A comparison form (`key`, `compared`) without the tags' own: two tasks that share only their
        responsible office ("…（责任科室：综合科）") share no wording of what they do. A table row's is its
        task cells' part of the form (a year rolled forward keeps the form's length)."""
        if self.row_task:
            own = compared_form(self.row_task)
            at = self.key.find(own)
            return form[at: at + len(own)] if at >= 0 and len(form) == len(self.key) else own
        tag = compared_form(self.tag)
        return form[: len(form) - len(tag)] if tag and form.endswith(tag) and len(form) > len(tag) else form


@dataclass
class Part:
    """A section flattened for alignment (the opening text is part 0, with no heading; a closing
    address, when asked for, is the last part, with none either)."""

    id: str
    number: str
    heading: str
    level: int
    type: str
    parent: int | None
    items: list[Item] = field(default_factory=list)
    subtree: str = ""  # own and descendants' text: the body of a part that only has sub-parts

    @property
    def body(self) -> str:
        return "".join(i.key for i in self.items)


def item_key(text: str) -> str:
    """Comparison form of an item: its own list label ("1、", "一是") and punctuation dropped."""
    found = match_label(text)
    return compared_form(found[1] if found else text)


# list labels that run items together inside a sentence ("1.…；2.…", "（1）…；（2）…", "一是…；二是…", "①…；②…")
_RUN_IN = frozenset({"arabic", "arabic_paren", "cn_paren", "shi", "circled", "cn"})
# where an item of such a list may open: the sentence's start, or after a lead-in "：", a "；" or a "，"
_ITEM_OPEN = re.compile(r"(?:^|(?<=[：:；;，,]))[ \t\u3000]*(?=\S)")


def run_in_items(sentence: str) -> list[str]:
    """A sentence that runs numbered items together ("五月份：1.举办…；2.开展…；3.做好…。") as its items, each a
    measure of its own (a lead-in before the first label is one too); any other sentence whole. The items are
    the sentence's own slices, in order: read together they print it as it stood. A list is labels of one
    family counting 1, 2, 3 … each where an item may open (`_ITEM_OPEN`); at least two make one, so "（1）"
    cited once, or a "2、" that no "1、" precedes, cuts nothing."""
    opens = []
    for m in _ITEM_OPEN.finditer(sentence):
        found = match_label(sentence[m.end(): m.end() + 40])
        if found and found[0].family in _RUN_IN and found[0].ordinal:
            opens.append((m.end(), found[0].family, found[0].ordinal))
    for at, family, number in opens:
        if number != 1:
            continue
        cuts = [at]
        for later, fam, n in opens:
            if later > cuts[-1] and fam == family and n == len(cuts) + 1:
                cuts.append(later)
        if len(cuts) >= 2:
            bounds = [0, *cuts, len(sentence)]
            return [piece for a, b in pairwise(bounds) if (piece := sentence[a:b].strip())]
    return [sentence]


# what a list entry's lead says after its label: a short title closed by its stop, with no clause break and no
# figure ("二是加强队伍建设。", "（3）做好汛期值守。"); "一是全年培训200人次。" states a measure, and is one
_LEAD = re.compile(r"[^，,；;：:。！？!?\d]{2,30}[。.]")


def _a_lead(piece: str) -> bool:
    found = match_label(piece)
    return found is not None and _LEAD.fullmatch(found[1].strip()) is not None


@functools.lru_cache(maxsize=1 << 14)  # alignment reads each item's lead many times
def lead_split(text: str) -> tuple[str, str]:
    """An entry's run-in lead and the body it heads, each in compared form, its label dropped: "二是加强队伍建设。
    举办培训班3期。" → ("加强队伍建设", "举办培训班3期"). The lead is that measure's title (`_with_leads`), not what it
    does. ("", key) when the entry opens with no lead, or is a lead alone."""
    found = match_label(text)
    rest = (found[1] if found else text).strip()
    lead = _LEAD.match(rest)
    body = compared_form(rest[lead.end():]) if lead else ""
    if lead is None or not body:
        return "", compared_form(rest)
    return compared_form(lead.group()), body


def _with_leads(pieces: list[str]) -> list[str]:
    """A list entry's lead joined to the sentence it heads ("二是加强队伍建设。" + "举办培训班3期。" → one
    item): the lead is that measure's title — what the parse makes a run-in heading when it reads one —
    so it is no measure of its own, and one measure added is one item added, not two. A lead with
    nothing after it, before another labelled entry or before its assignment tag ("1.修订考勤制度。
    （责任科室：办公室）2.…": an entry whole) stands alone."""
    out: list[str] = []
    for piece in pieces:
        if out and _a_lead(out[-1]) and match_label(piece) is None and not _leading_tag(piece)[0]:
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _leading_tag(piece: str) -> tuple[str, str]:
    """A piece's opening assignment tags and what follows them ("（责任单位：县林业局）2.做好…" → the tag, "2.做好…";
    "（完成时限：6月底前）（责任单位：…）" is two tags); a stop after tags that stand alone stays with them.
    ("", piece) when it opens with none."""
    end = 0
    while found := ASSIGNMENT_TAG.match(piece, end):
        end = found.end()
    rest = piece[end:]
    if not end or not bare(rest):
        return (piece, "") if end else ("", piece)
    return piece[:end], rest.strip()


def items_of(texts: list[str], tables: list[list[list[str]]], section: int) -> list[Item]:
    """The items of a part: its sentences, a run-in numbered list's items each one (`run_in_items`), an
    entry's lead with the sentence it heads (`_with_leads`), and its table rows. A task's bracketed assignment ("…整改。（责任科室：综合科）") is printed after its stop, so
    the splitter leaves it a sentence of its own, and two years' tags of unrelated tasks would pair as an
    edit: it joins the item before it, in its paragraph or, standing on a line of its own, the part's last
    item; one that opens a paragraph with text after it is left where it is."""
    out: list[Item] = []
    for text in texts:
        pieces = _with_leads([item for sentence in sentences(text) for item in run_in_items(sentence)])
        for n, s in enumerate(pieces):
            tag, rest = _leading_tag(s)
            if tag and out and (n or not rest):
                before = out[-1]
                out[-1] = Item(before.text + tag, item_key(before.text + tag), section, tag=before.tag + tag)
                s = rest
            if s and (key := item_key(s)):
                out.append(Item(s, key, section))
    header: list[str] | None = None
    for rows in tables:
        if rows and header_row(rows[0]):
            header = rows[0]
            out.append(Item(" | ".join(c for c in header if c), compared_form(" | ".join(header)), section))
            rows = rows[1:]
        elif not rows or header is None or len(rows[0]) != len(header):
            header = None  # a table without a header of its own reads with the one above only when it goes on from it
        out.extend(row_items(rows, header, section))
    return out


def _task_columns(header: list[str] | None, width: int) -> list[int]:
    """The columns of a row's work: those the header names as no side column (序号, 牵头单位, 完成时限); with no
    header, or none left, every column."""
    named = [k for k, c in enumerate(header or []) if c.strip() and not SIDE_COLUMN.search(c)]
    return named or list(range(width))


def _filled(rows: list[list[str]]) -> list[list[str]]:
    """Rows with their empty leading cells taking the value above: a merged 月份 or 类别 cell stands in every row it
    covers in a DOCX or PDF table, where a text copy prints it once ("9月 | 第1周 | …" then " | 第2周 | …")."""
    marked: list[list[str | None]] = []
    for row in rows:
        lead = next((k for k, c in enumerate(row) if c.strip()), len(row))
        marked.append([None if k < lead and marked else c for k, c in enumerate(row)])
    return fill_down(marked)


def _numbers_rows(rows: list[list[str]], header: list[str] | None) -> bool:
    """The first column counts the rows (序号), so its digits are numbering, not data: the header names it so
    ("序号", "编号", "No."), or, with no header, its numbers run on by one in order (1, 2, 3 …; a run that goes on
    from a page above may open past 1, a lone row must be 1). A 周次, 月份 or 年度 column holds digits that are
    data: week 3 moved to week 5 is a change."""
    if header is not None:
        return bool(header) and NUMBER_COLUMN.match(re.sub(r"\s+", "", header[0])) is not None
    numbers = [n for r in rows if r and (n := serial(r[0])) is not None]
    in_order = bool(numbers) and all(b == a + 1 for a, b in pairwise(numbers))
    return in_order and (len(numbers) > 1 or numbers[0] == 1)


def row_items(rows: list[list[str]], header: list[str] | None, section: int) -> list[Item]:
    """A table's rows (its header row aside) as items. The text is the row as printed; it is compared with its empty
    leading cells filled down (`_filled`) and without its number cell ("2 | 推行… | 县行政审批局": a row renumbered
    under one inserted above is not changed), and paired by its task cells (`row_task`): two rows that share
    their number, lead unit and deadline but no task are two tasks, one removed and one added."""
    out: list[Item] = []
    counted = _numbers_rows(rows, header)
    for row, full in zip(rows, _filled(rows), strict=True):
        line = " | ".join(c for c in row if c)
        if not bare(line):
            continue
        numbered = counted and bool(full) and serial(full[0]) is not None
        label = f"{row[0]} | " if numbered and row[0] and line.startswith(f"{row[0]} | ") else ""
        kept = [(k, c) for k, c in enumerate(full) if c and not (numbered and k == 0)]
        tasks = set(_task_columns(header, len(full)))
        task = " | ".join(c for k, c in kept if k in tasks)
        key = compared_form(" | ".join(c for _, c in kept))
        out.append(Item(line, key or compared_form(line), section, row_task=task if key else "", label=label))
    return out


# the opening text and the closing address frame a document: they pair only with their like, never
# with a section, and are no section of the section table
FRAME = frozenset({"preamble", "closing"})
# a closing address to the audience: "各位代表，…", "同志们！", "让我们…"; a paragraph ending on "！"
# only with such a word in it ("确保…圆满完成！" alone is a measure, not an address)
_ADDRESS = re.compile(r"^\s*(?:(?:各位|全体)[\u4e00-\u9fff]{1,8}[，,！!：:]|同志们|让我们)")
_ADDRESS_WORD = re.compile(r"各位|同志们|让我们|全体[\u4e00-\u9fff]{1,8}[，,！!]")
_EXCLAIMED = re.compile(r"[！!]\s*[”’」』]?\s*$")


def _an_address(paragraph: str) -> bool:
    return bool(_ADDRESS.search(paragraph) or (_EXCLAIMED.search(paragraph) and _ADDRESS_WORD.search(paragraph)))


def closing_count(paragraphs: list[str]) -> int:
    """How many of the last part's trailing paragraphs are the document's closing address rather
    than its content. A report closes on an exhortation to its audience ("各位代表，…让我们…奋斗！")
    printed after its last part, so it lands in that part's body; the part keeps its first paragraph."""
    k = 0
    while k < len(paragraphs) - 1 and _an_address(paragraphs[-1 - k]):
        k += 1
    return k


def flatten(doc: plan.Document, closing: bool = False) -> list[Part]:
    """Parts in reading order; with `closing`, the closing address is set apart as the last part, so
    that a part added at the end of this year's report does not take last year's closing with it."""
    parts = [Part("preamble", "", "", 0, "preamble", None)]
    parts[0].items = items_of(doc.paragraphs, [t.rows for t in doc.tables], 0)
    last: list[plan.Section] = []

    def walk(sections: list[plan.Section], parent: int | None) -> None:
        for s in sections:
            index = len(parts)
            part = Part(s.id, s.number, s.heading, s.level, s.type, parent)
            part.items = items_of(s.paragraphs, [t.rows for t in s.tables], index)
            parts.append(part)
            last[:] = [s]
            walk(s.children, index)

    walk(doc.sections, None)
    if closing and last and (k := closing_count(last[0].paragraphs)):
        s, end = last[0], len(parts)
        parts[-1].items = items_of(s.paragraphs[:-k], [t.rows for t in s.tables], end - 1)
        parts.append(Part("closing", "", "", 0, "closing", None, items_of(s.paragraphs[-k:], [], end)))
    for part in reversed(parts):  # children come after parents: fold bodies upwards
        part.subtree = part.body + part.subtree
        if part.parent is not None:
            parts[part.parent].subtree = part.subtree + parts[part.parent].subtree
    return parts


def target_side(t: plan.Target) -> d.TargetSide:
    """A parsed target as diff, series and trace report it."""
    return d.TargetSide(text=t.text, metric=t.metric, value=t.value, unit=t.unit, comparator=t.comparator,
                        period=t.period, time_nodes=t.time_nodes, normalized=t.normalized or float(t.value),
                        base_unit=t.base_unit or t.unit, low=t.low, high=t.high, tier=t.tier)


def side_of(result: plan.ParseResult, doc: plan.Document) -> d.Side:
    return d.Side(path=result.source.path, title=doc.title, year=doc.year, org=doc.org, format=result.source.format,
                  doc_type=doc.doc_type)
