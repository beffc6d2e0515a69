"""Numbered parts a web copy glued into one line: "二、主要任务（一）强化…。（二）深化…。（三）…"
(and a sign-off run into the last sentence).

Copies from document sites often lose the line breaks between a part's heading and its
numbered sub-parts, or between sub-parts. A label inside a line starts a new line again when
it can only be a new part: it stands after a sentence end (。；！？; a first label also after
a lead-in "："), or right after a short unpunctuated heading that opens the line with its own
label ("二、主要任务（一）…"); and the labels of one
family count up from where the line's own label or 1 left off. A cross-reference ("第三条（一）项")
fails both tests and stays inside its sentence, and so does a pair of ordinals ("。二、三级医院…": no label,
see `rules.numbering`). A schedule's stages listed in one paragraph stay in it, as `headings` reads them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from jihua.pipeline.model import Unit
from jihua.pipeline.rules.lexicon import DOC_KIND_WORDS, FULL_DATE
from jihua.pipeline.rules.numbering import Label, match_label, ordinal_pair, stages_in_one_paragraph
from jihua.pipeline.rules.titles import ORG_SUFFIX

# labels that may open a part glued into a line: （一） (1) 一、 1、 and "1." before a Han character
# (a decimal or a date has a digit after its point), a stage with its colon ("第二阶段：全面推进…"; without
# it, "第二阶段工作…" is a sentence's subject)
_INNER = re.compile(r"[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|(?<![\d一二三四五六七八九十])(?:[一二三四五六七八九十]{1,3}|\d{1,2})、"
                    r"|(?<![\d.．])\d{1,2}[.．](?=[\u4e00-\u9fff])|(?<![统唯同单专万之第划])一是"
                    r"|第[一二三四五六七八九十]{1,2}阶段[：:]")
_SENTENCE_END = re.compile(r"[。；;！？!?]\s*$")
_LEAD_IN = re.compile(r"[:：]\s*$")  # "做好以下工作：1、…" opens a list
_TITLE_BEFORE = re.compile(DOC_KIND_WORDS.pattern + r"\s+$")  # "某局2023年工作计划 一、…": the title, then the text
_ONE_LINE = 200  # a line this long holds a whole copy that lost its breaks: its "1." labels open parts
HEAD_PREFIX = 20  # "二、主要任务" before a glued "（一）": a heading, no punctuation, this short at most
_PUNCT = re.compile(r"[，,。；;：:！？!?、]")


_BLANK_RUN = re.compile(r"[\u3000]{2}\s*$|\s{3,}$")  # "…健康干预　　（四）…": the run a lost paragraph break left
_CHILD_HEAD = 30  # "强化宣传教育，厚植思想基础" before a glued "（一）": a heading with clauses, this short at most
_CLAUSE_PUNCT = re.compile(r"[，,、]")  # what a heading's clauses are joined by; any other mark ends a sentence


def _label_end(text: str, at: int, rest: str) -> int:
    segment = text[at: at + 60]
    return at + len(segment) - len(rest)


@dataclass
class Numbering:
    """The numbering in force: each open family's last ordinal, outer families first. A line's own
    count starts one; a copy's lines share one, so "。（三）" in a line after "（二）…" lines is read
    as the next sub-part though nothing in its own line counts up to it."""

    last: dict[str, int] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)

    def take(self, family: str, ordinal: int) -> None:
        """A label seen: an outer family's label again closes the families inside it."""
        if family in self.order:
            for inner in self.order[self.order.index(family) + 1:]:
                self.last.pop(inner, None)
            del self.order[self.order.index(family) + 1:]
        else:
            self.order.append(family)
        self.last[family] = ordinal

    def next_of(self, family: str, ordinal: int) -> bool:
        """`ordinal` is the next of its family, counting from 0 when the family is not open."""
        return ordinal == self.last.get(family, 0) + 1

    def continues(self, family: str, ordinal: int) -> bool:
        """`ordinal` is the next label of an open family: "（三）" after "（二）", "二、" after "一、"."""
        return family in self.last and ordinal == self.last[family] + 1

    def read(self, text: str) -> None:
        """The label a line opens with, if it counts."""
        found = match_label(text)
        if found is not None and found[0].ordinal is not None:
            self.take(found[0].family, found[0].ordinal)


def _heading_child(text: str, head: int | None, at: int, family: str, ordinal: int, line: Numbering) -> bool:
    """A label that opens the child sequence of the heading its piece opens with: "一、强化宣传教育，厚植
    思想基础（一）深化宣传。…" — the heading's clauses (joined by commas only, no sentence end) and then
    the first label of a family not yet open on the line. (A short heading with no mark at all is
    `after_heading`, whatever the label.)"""
    if head is None or ordinal != 1 or family in line.last:
        return False
    words = text[head: at]
    return 0 < len(words) <= _CHILD_HEAD and not _PUNCT.search(_CLAUSE_PUNCT.sub("", words)) \
        and not _PUNCT.match(words[-1])


@dataclass
class _StageRun:
    """Whether the stages on a line are cut apart, decided once at the run's first stage: a run listed in one
    paragraph ("整治分三个阶段进行。第一阶段：宣传发动，3月底前完成。第二阶段：集中整治，4月至9月。…", or a line
    opening on "第一阶段：…。第二阶段：…") is the paragraph's text, no stage cut from it, as `headings` makes none of
    them a heading; a run glued to its heading ("二、实施步骤第一阶段：…") or going on from stages on lines before
    has every stage cut."""

    cut: bool | None = None

    def opens(self, label: Label, rest: str, parted: bool) -> bool:
        """The stage `label` (its words `rest`) may be cut; `parted`: it follows a heading or stages cut before."""
        if self.cut is None:
            self.cut = parted or not stages_in_one_paragraph(label, rest)
        return self.cut


def _cut_points(text: str, numbering: Numbering | None = None) -> list[int]:
    """Where glued parts start, in order (never 0). A label counts when it stands after a sentence
    end, opens a list after a lead-in, opens the text after a title, or follows the short
    heading its own piece opens with; and it continues its family's count on the line (a
    family's count starts again under each label of an outer family). A label after a sentence end
    or a blank run that continues the copy's `numbering` in force counts too (the copy's count is
    brought up to date with the line's own label and each cut)."""
    doc = numbering if numbering is not None else Numbering()
    own = match_label(text)
    line = Numbering(order=list(doc.order))  # its own counts, the copy's nesting: "二、" closes the line's "（二）" too
    stages = _StageRun()
    if own and own[0].family == "stage":
        stages.opens(own[0], own[1], doc.continues("stage", own[0].ordinal or 0))
    if own and own[0].ordinal:
        line.take(own[0].family, own[0].ordinal)
        doc.take(own[0].family, own[0].ordinal)
    points: list[int] = []
    head = len(text) - len(own[1]) if own else None  # where the current piece's heading starts
    for m in _INNER.finditer(text, head or 0):
        found = match_label(text[m.start(): m.start() + 60])
        if found is None or found[0].ordinal is None or ordinal_pair(*found):
            continue
        family, ordinal = found[0].family, found[0].ordinal
        before = text[max(points[-1] if points else 0, m.start() - 4): m.start()]
        first = ordinal == 1
        dotted = text[m.start(): m.end()].endswith((".", "．"))  # "附件：1.某表 2.某单": a list of names, not parts
        child = _heading_child(text, head, m.start(), family, ordinal, line)
        if dotted and len(text) < _ONE_LINE and not child:  # in a paragraph of its own, "1.…；2.…" is an inline list
            continue
        after_sentence = bool(_SENTENCE_END.search(before)) or (first and not dotted and _LEAD_IN.search(before) is not None)
        after_heading = child or (head is not None and 0 < m.start() - head <= HEAD_PREFIX
                                  and not _PUNCT.search(text[head: m.start()]))
        after_title = first and not points and own is None and _TITLE_BEFORE.search(text[: m.start()]) is not None
        if family == "shi" and not after_heading:
            continue  # "一是" after a sentence is the paragraph's own list; only a heading's run-in body opens with it
        in_force = (after_sentence or _BLANK_RUN.search(text[: m.start()]) is not None) and doc.continues(family, ordinal)
        if not in_force and not ((after_sentence or after_heading or after_title) and line.next_of(family, ordinal)):
            continue
        if family == "stage" and not stages.opens(found[0], found[1], in_force or after_heading):
            continue
        line.take(family, ordinal)
        doc.take(family, ordinal)
        points.append(m.start())
        head = _label_end(text, m.start(), found[1])
    return points


# the sign-off run into the last sentence: "…不少于4次。某县卫生健康委员会 2025年2月18日"
_SIGN_OFF = re.compile(rf"(?<=[。！？])\s*([\u4e00-\u9fff（）()]{{1,30}}?{ORG_SUFFIX}\s*{FULL_DATE.pattern})\s*$")


# a whole copy on one line that opens with its title glued to the text ("某局上半年工作总结XX年上半年，全县…"):
# a run with no punctuation ending in a document kind, then the text straight on
# (the text's opening: a year, blanked "XX年" too, or the words a plan or summary opens with)
_TEXT_OPENING = (r"(?:(?:19|20)?\d{2}|[XxＸｘ×]{2}|20[Xxｘ]{2})年|为|根据|按照|今年|近年来|一年来|本年度|过去一年|"
                 r"我(?:局|县|市|区|镇|乡|委|办|馆|院|校|中心|公司)|全(?:县|市|区|镇|乡)")
_GLUED_TITLE = re.compile(rf"^(?![我本])[^\s，,。；;：:、！？!?《》“”「」（）()]{{4,40}}?(?:{DOC_KIND_WORDS.pattern})"
                          rf"(?=(?:{_TEXT_OPENING}))")


def _title_end(text: str) -> int | None:
    """Where the title glued to a whole copy on one line ends, if one is."""
    m = _GLUED_TITLE.match(text) if len(text) >= _ONE_LINE and match_label(text) is None else None
    return m.end() if m else None


def unglue(unit: Unit, opening: bool = False, numbering: Numbering | None = None) -> list[Unit] | None:
    """The line cut back into its parts (and its sign-off, when it ends the line after the last
    sentence), or None when nothing was glued. Only the copy's `opening` line can hold its title.
    `numbering`, the copy's count in force, is read on and brought up to date with the line's labels."""
    text = unit.text
    title_end = _title_end(text) if opening else None
    points = ([title_end] if title_end else []) + [p for p in _cut_points(text, numbering) if not title_end or p > title_end]
    sign_off = _SIGN_OFF.search(text)
    if sign_off and (not points or sign_off.start(1) > points[-1]):
        points.append(sign_off.start(1))
    if not points:
        return None
    bounds = [0, *points, len(text)]
    pieces = [text[a:b].strip() for a, b in itertools.pairwise(bounds)]
    return [Unit(text=piece, block=unit.block.model_copy(update={"kind": "paragraph", "text": piece}))
            for piece in pieces if piece]
