"""Which units are headings (where a run-in heading ends and its body begins is `run_in`'s).

A table's caption ("表2　…清单" right over the table) is never a heading, whatever hint it
carries. Otherwise a heading is decided per unit from (in this order) an explicit hint the file gives
(Heading style, outline level, <hN>, slide title, divider), its numbering label and what
follows the label, then layout (bold, a font unlike the body's), and last the shape of
an unlabeled line: short, unpunctuated, and followed by body text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from jihua.extractors.slides import CLOSING
from jihua.pipeline.annex import ANNEX_LIST
from jihua.pipeline.clean import due_between
from jihua.pipeline.model import Unit
from jihua.pipeline.rules.lexicon import (
    FULL_DATE,
    TABLE_CAPTION,
    WORK_ADVERBS,
    WORK_VERBS,
    part_names_ending,
    unbracketed,
)
from jihua.pipeline.rules.lexicon import SENTENCE_PUNCT as _SENTENCE_PUNCT
from jihua.pipeline.rules.numbering import BRACKET_TAIL as _BRACKET_TAIL
from jihua.pipeline.rules.numbering import STAGE_NAME as _STAGE
from jihua.pipeline.rules.numbering import (
    Label,
    label_from_numbering,
    match_label,
    next_outline_label,
    outline_number,
    roman_reading,
    space_split,
    stages_in_one_paragraph,
)
from jihua.pipeline.rules.titles import NOT_ORG, ORG_AT_END
from jihua.pipeline.run_in import COMMA as _COMMA
from jihua.pipeline.run_in import DOING as _DOING
from jihua.pipeline.run_in import LONGEST_TITLE as _LONGEST_TITLE
from jihua.pipeline.run_in import RUN_IN as _RUN_IN
from jihua.pipeline.run_in import TRAILING_PUNCT as _TRAILING_PUNCT
from jihua.pipeline.run_in import cue_split, dated_split, glued_split, split_run_in, standard_split
from jihua.pipeline.text.normalize import repair
from jihua.pipeline.text.sentences import ASCII_STOP

_HAS_HAN = re.compile(r"[\u4e00-\u9fff]")  # one Han character
STRUCTURAL = ("part", "chapter", "section", "cn", "cn_paren")


@dataclass
class Context:
    """Facts about the whole document that single-unit decisions need."""

    body_font: str | None
    styled: bool  # the file marks headings explicitly (styles, <hN>); trust it over guesses
    deck: bool = False  # slides: headings are slide titles and dividers, body lines are bullets
    columns: dict[int, tuple[float, float]] = field(default_factory=dict)  # PDF page → its text's left, right edge


def context(units: list[Unit]) -> Context:
    fonts = Counter(u.block.font for u in units if u.block.font and len(u.text) > 20)
    explicit = sum(1 for u in units if u.block.outline_level is not None and u.block.kind != "title")
    deck = any(u.block.role in ("slide_title", "divider") for u in units)
    return Context(body_font=fonts.most_common(1)[0][0] if fonts else None, styled=explicit >= 2, deck=deck,
                   columns=_columns(units))


def _columns(units: list[Unit]) -> dict[int, tuple[float, float]]:
    """The left and right edge of each PDF page's text, from the lines laid on it (DOCX, TXT, HTML: none)."""
    edges: dict[int, tuple[float, float]] = {}
    for u in units:
        page, box = u.block.prov.page, u.block.prov.bbox
        if page is None or box is None or u.block.kind not in ("paragraph", "list_item"):
            continue
        left, right = edges.get(page, (box[0], box[2]))
        edges[page] = (min(left, box[0]), max(right, box[2]))
    return edges


def attach_label(unit: Unit) -> None:
    """Label from resolved numbering (w:numPr: Word draws it before the text, so the text is all
    heading), else from the text itself ("一、指导思想"), else a PPT divider's number."""
    numbering = unit.block.numbering
    if numbering and unit.block.role != "divider":
        unit.label = label_from_numbering(numbering)
        unit.body = unit.text
        return
    found = match_label(unit.text) if unit.block.role != "figure_card" else None  # "0.35 灌溉水利用系数": a figure
    if found is not None:
        unit.label, unit.body = found
        return
    if numbering:
        unit.label = label_from_numbering(numbering)
    unit.body = unit.text


def attach_labels(units: list[Unit]) -> None:
    """Every unit's label (`attach_label`); in a document numbered 1 / 1.1 / 1.1.1, an unlabelled line
    numbered next in that sequence takes its label too ("2 组织体系" after "1.4 工作原则")."""
    last: tuple[int, ...] | None = None
    previous = ""
    for unit in units:
        attach_label(unit)
        if unit.label is None and last is not None and unit.block.kind != "table" and not unit.block.numbering \
                and not _CUT_MID_SENTENCE.search(previous):
            found = next_outline_label(unit.text, last)
            if found is not None:
                unit.label, unit.body = found
        last = outline_number(unit.label) or last
        previous = unit.text
    for at in range(len(units)):
        _label_on_a_figure(units, at)
    roman_or_letter(units)


def _nearest(units: list[Unit], at: int, step: int, family: str) -> int | None:
    """The ordinal of the nearest label of `family` from `at` in direction `step` (None: none that way)."""
    found = (u.label for u in (units[at + step::step] if step > 0 else units[at - 1::-1]) if u.label is not None)
    return next((label.ordinal for label in found if label.family == family), None)


def roman_or_letter(units: list[Unit]) -> None:
    """"I." "V." "X." "L." "C." are letters and Roman numerals both: a Roman numeral where its Roman siblings
    count on through it ("I." over "II.", "V." after "IV.") and no letters do ("C." after "B." stays C, "I." after
    "H." stays I; "i." "v." likewise among lower-case letters and numerals). Left to right, so a numeral read Roman is the one before for the next ("IV." "V." "VI.")."""
    for at, unit in enumerate(units):
        roman = roman_reading(unit.label) if unit.label is not None else None
        if roman is None or roman.ordinal is None or unit.label is None or unit.label.ordinal is None:
            continue
        counts_on = {_nearest(units, at, -1, roman.family) == roman.ordinal - 1,
                     _nearest(units, at, 1, roman.family) == roman.ordinal + 1}
        lettered = {_nearest(units, at, -1, unit.label.family) == unit.label.ordinal - 1,
                    _nearest(units, at, 1, unit.label.family) == unit.label.ordinal + 1}
        if True in counts_on and True not in lettered:
            unit.label = roman


# an entry's "N." run onto a figure that opens its words ("3.10分钟健身圈：…" reads as the decimal 3.10)
_LABEL_ON_FIGURE = re.compile(r"^\s*(\d{1,2})[.．](?=\d)")


def _label_on_a_figure(units: list[Unit], at: int) -> None:
    """"3.10分钟健身圈：指…" between "2.…" and "4.…": label "3." over "10分钟健身圈…", where the list around
    has its place for 3 on both sides (`due_between`); a line opening with a figure no list places ("3.5%的…")
    stays unlabelled."""
    unit = units[at]
    m = _LABEL_ON_FIGURE.match(unit.text) if unit.label is None and unit.block.kind != "table" else None
    if m is None or not due_between(units, at, "arabic", int(m.group(1))):
        return
    unit.label, unit.body = Label(unit.text[:m.end()].strip(), "arabic", int(m.group(1))), unit.text[m.end():].strip()


# a line that stops inside its sentence ("…堤防长度18公里，" over "2 个行政村位于…"): the next line goes on with it
_CUT_MID_SENTENCE = re.compile(r"[，,、（(“]\s*$")




_GLUED_HEAD = 20  # a numbered heading's first sentence this long may hold its body too
# a figure with its unit ("3.2亿立方米", "16%", "1850万人次"): what a heading names rarely states
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|‰|[万亿千]|人次|个|家|项|次|所|名|人|元|公里|亩|吨|倍)")


def _stated_figures(head: str, titles_nothing: bool = False) -> bool:
    """"全县用水总量控制在3.2亿立方米以内，万元地区生产总值用水量较2020年下降16%": a numbered
    goal sentence (a clause break and a figure in a line longer than a heading), an entry. A
    shorter one counts too when nothing follows it to title — the document ends, or the next
    line is its sibling or above ("（一）万元GDP能耗下降3%，严控高耗能项目" alone under its part)."""
    return len(head) > (12 if titles_nothing else 25) and bool(_COMMA.search(head)) and bool(_FIGURE.search(head))


_SENTENCE_STOP = re.compile(rf"\s*(?:[。！？!?]|{ASCII_STOP})")


def _heads_children(label: Label, nxt: Unit | None) -> bool:
    """The next line is numbered a rank below this one's label: this line is their part's heading."""
    return nxt is not None and nxt.label is not None and nxt.label.rank > label.rank


def _sentence_stating_figures(head: str, rest: str) -> bool:
    """"全年在各分馆和流动服务点举办公益讲座24场，服务读者1.5万人次。…": a numbered line's first sentence, closed by a full stop, too
    long for a title and stating a figure with its unit — an entry whose sentences go on, not a heading over them
    (a heading glued to such a sentence was cut off by `glued_split` before)."""
    ended = rest.startswith(head) and _SENTENCE_STOP.match(rest, len(head)) is not None
    return ended and len(head) > _LONGEST_TITLE and _FIGURE.search(head) is not None


def _titles_nothing(label: Label, nxt: Unit | None) -> bool:
    """Nothing follows a numbered line to be titled by it: the end, or a label of its rank or above."""
    return nxt is None or (nxt.label is not None and nxt.label.family in STRUCTURAL and nxt.label.rank <= label.rank)





def _closes_deck(unit: Unit, nxt: Unit | None) -> bool:
    """The last slide's lines: nothing after, or only another closing line of the same slide
    ("谢谢！" over "敬请批评指正")."""
    if nxt is None:
        return True
    same_slide = unit.block.prov is not None and nxt.block.prov is not None and unit.block.prov.page == nxt.block.prov.page
    return same_slide and _closing_line(nxt.text) and len(nxt.text.strip()) <= 12


def _closing_line(text: str) -> bool:
    """"谢谢！", "敬请批评指正", "谢 谢 观 看": the words a talk or a deck ends on."""
    return CLOSING.match(re.sub(r"\s+", "", text)) is not None


def _is_body(unit: Unit | None) -> bool:
    """Text that a heading could introduce: a real paragraph, a list entry, a table."""
    if unit is None:
        return False
    if unit.block.kind == "table":
        return True
    return len(unit.text) >= 20 or unit.label is not None or bool(_SENTENCE_PUNCT.search(unit.text))


def _signature(unit: Unit) -> tuple[object, ...]:
    b = unit.block
    return (unit.label.family if unit.label else None, bool(b.bold), b.font, b.font_size, b.outline_level, b.role)


def _introduces(unit: Unit, nxt: Unit | None) -> bool:
    """The next unit is body, or a short line under this one: set differently, or under a line
    that is a part's name ("主要任务" over "深化移风易俗,倡树文明新风" in a plain copy)."""
    if _is_body(nxt):
        return True
    return nxt is not None and _short_line(nxt.text, 30) and (
        _signature(nxt) != _signature(unit) or _names_part(unit.text.strip()))


_WORD_CHAR = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")


def _opens_midway(text: str) -> bool:
    """A fragment, not a title: it closes a quote or bracket it never opened ("有、季通报”制度…", an OCR
    line that lost its start, or a line a copy broke inside a quotation)."""
    return text.count("”") > text.count("“") or text.count("）") > text.count("（") or text.count("》") > text.count("《")


# one character, then a mark no line may start with: the end of a word the line above broke off
# ("查，“智慧…" under "…完成全覆盖检"), never how a heading's body opens. Not "、": a one-character item
# opens a list ("县、镇、村三级…", "省、市…"), as ordinary Chinese as any
_WORD_TAIL = re.compile(r"^\s*[\u4e00-\u9fff][，。；：！？”’」』）》%]")


def _continued_by(unit: Unit, nxt: Unit | None, ctx: Context) -> bool:
    """The next unit goes on with the sentence this line left open: a PDF body line broken at the margin
    ("…全覆盖检") and a next line that opens with the one character the break (kinsoku: "，" may not start a
    line) carried down with its mark ("查，…"). Only a line the page shows as running text can be cut so: a
    DOCX or TXT paragraph, a bold or centred line is a line of its own."""
    if nxt is None or nxt.label is not None or _WORD_TAIL.match(nxt.text) is None:
        return False
    return _broken_at_margin(unit, ctx)


def _broken_at_margin(unit: Unit, ctx: Context) -> bool:
    """A PDF line in the body's font starting at the text's left edge (or one indent in) and running on to
    the last quarter of the column: a line of body text, where a kinsoku break left it a few ems short."""
    block, page, box = unit.block, unit.block.prov.page, unit.block.prov.bbox
    if block.bold or page is None or box is None or page not in ctx.columns or not block.font_size:
        return False
    if ctx.body_font and block.font and block.font != ctx.body_font:
        return False
    left, right = ctx.columns[page]
    return box[0] <= left + 2.5 * block.font_size and box[2] >= left + 0.75 * (right - left)


def _short_line(text: str, limit: int) -> bool:
    """Heading-shaped: short, no sentence punctuation, some Han and at least two word characters
    ("1—3月" is a heading; a stray OCR "证" is not)."""
    return (len(text) <= limit and not _SENTENCE_PUNCT.search(text) and not _TRAILING_PUNCT.search(text)
            and bool(_HAS_HAN.search(text)) and len(_WORD_CHAR.findall(text)) >= 2)


@dataclass
class Decision:
    role: str  # heading, item, paragraph, table
    heading: str = ""
    body: str | None = None
    cue: str = ""


def bold_run_in(unit: Unit) -> tuple[str, str] | None:
    """A labelled line set bold up to a point and plain after it ("一、做好数据生产" bold,
    "扎实做好常规调查，…" plain): the bold words are its heading and the plain text its body,
    however long the line — the file's type marks the boundary the text does not. A bold stretch
    holding 。；： or ending mid-clause (at ，、), or a word or two ("严格"), is emphasis or a
    sentence, left to the text."""
    lead = unit.block.bold_lead
    if not lead or not unit.body:
        return None
    lead = repair(lead).lstrip()
    start = len(unit.text) - len(unit.body)  # where the text after the label begins
    if len(lead) <= start or not unit.text.startswith(lead) or not unit.text.endswith(unit.body):
        return None
    head, body = unit.text[start:len(lead)].strip(), unit.text[len(lead):].strip()
    if len(_HAS_HAN.findall(head)) < 4 or _RUN_IN.search(head) or _TRAILING_PUNCT.search(head):
        return None
    if not _HAS_HAN.search(body) or body[0] in "。；;，,、：:！？!?…":
        return None
    return head, body


def _labelled(unit: Unit, label: Label, nxt: Unit | None, explicit: bool) -> Decision:
    if stages_in_one_paragraph(label, unit.body or ""):
        return Decision("item", cue="stages of the schedule listed in one paragraph")
    bold_split = bold_run_in(unit)
    if bold_split is not None:
        return Decision("heading", *bold_split, cue=f"label {label.family}, bold run-in heading")
    rest = unit.body
    head, body = space_split(rest)
    if body is None:
        head, body = split_run_in(rest, max_head=60 if label.family in STRUCTURAL else 40)
    dated = dated_split(rest, label.family == "stage") if body is None else None
    if dated is not None:
        return Decision("heading", dated[0], dated[1], cue=f"label {label.family}, a stage's heading glued to its body after its dates")
    if label.family in STRUCTURAL:
        line = rest if rest.startswith(head) else head
        glued = glued_split(head, line) if len(head) >= _GLUED_HEAD else standard_split(head)
        if glued is not None and rest.startswith(glued[0]):
            return Decision("heading", glued[0], rest[len(glued[0]):].strip(),
                            cue=f"label {label.family}, heading glued to its body")
        if body is None and len(rest) > 50:
            head, body = cue_split(rest)
            if body is None:
                return Decision("item", cue="long numbered sentence")
        if body is None and _stated_figures(head, _titles_nothing(label, nxt)):
            return Decision("item", cue="numbered sentence stating figures")
        if body is not None and _sentence_stating_figures(head, rest) and not _heads_children(label, nxt):
            return Decision("item", cue="numbered sentence stating figures, more sentences after it")
        return Decision("heading", head, body, cue=f"label {label.family}")
    # 1. / （1） / ① / 01: a titled sub-part, or an entry in a list?
    bold = bool(unit.block.bold) or explicit
    after = match_label(body) if body else None
    if after is not None and after[0].family == label.family and after[0].ordinal == (label.ordinal or 0) + 1:
        return Decision("item", cue="entries of a list on one line")  # "1.制定计划。2.开展活动。"
    if body is None:
        if _short_line(rest, 30) and (bold or (_introduces(unit, nxt) and not _same_family(nxt, label))):
            return Decision("heading", head, None, cue=f"short label {label.family} line")
        return Decision("item", cue="list entry")
    if _unit_and_its_figures(head, rest, body):
        return Decision("item", cue="a unit's name and its figures: an entry of a list")
    # a stage's label names a part of the schedule whatever its body's length ("第三阶段：总结验收。县专班逐村验收。"):
    # the run's last stage is a heading as the others are
    staged = label.family == "stage" and len(head) <= 15 and not _COMMA.search(head)
    if (len(head) <= 15 and not _COMMA.search(head) and len(body) >= 10) or (bold and len(head) <= 30) \
            or _titled_lead(head, rest, body) or staged:
        return Decision("heading", head, body, cue=f"run-in label {label.family}")
    named = _BRACKET_TAIL.sub("", head)
    if len(named) <= 15 and (_names_part(named) or _STAGE.match(named)) and len(body) >= 10:
        # "1.宣传发动阶段（2024年3月1日—3月31日）。召开…": a stage of the schedule, titled
        return Decision("heading", head, body, cue=f"run-in label {label.family} naming a part")
    return Decision("item", cue="list entry")


def _titled_lead(head: str, rest: str, body: str, longest: int = _LONGEST_TITLE) -> bool:
    """"（2）巩固拓展生态修复和水系治理攻坚成果。建立健全…": a numbered line's lead closed by 。, up to
    `longest` characters with no clause break (，；) and no figure, over a body of its own — a sub-part's
    title however long, as a short one is ("（1）加强河湖管护。…"); "（1）全年新建城市书房8个。…" states a figure."""
    closed = rest.startswith(head) and rest[len(head):].lstrip().startswith("。")
    return closed and len(head) <= longest and not _COMMA.search(head) and _FIGURE.search(head) is None \
        and len(body) >= 10


# a unit's name as it leads an entry: "城区供水公司", "东湖镇" (rules/titles' ORG_AT_END), not a task that ends in
# one ("建设社区服务中心", "加强卫生院" open with a verb of work)
_UNIT_NAME = re.compile(rf"^(?!(?:{WORK_ADVERBS})*(?:{WORK_VERBS}|{_DOING}|建设|新建|创建))[\u4e00-\u9fff]{{2,12}}$")
_CLAUSE = re.compile(r"[，,；;]")


def _unit_and_its_figures(head: str, rest: str, body: str) -> bool:
    """"2.城区供水公司：完成管网改造45公里，供水合格率100%。": a unit's name before the colon and one sentence
    whose clauses state figures (half of them or more) — an entry of a list of what each unit owes (目标责任
    分解), not a sub-part titled by the unit; "1.宣传部：负责…" with no figure is left to the other rules."""
    colon = rest.startswith(head) and rest[len(head):].lstrip()[:1] in ("：", ":")
    if not colon or not _UNIT_NAME.match(head) or not ORG_AT_END.match(head) or NOT_ORG.search(head):
        return False
    if _SENTENCE_PUNCT.search(body.rstrip("。；;. ")):
        return False  # sentences go on: a unit's own part, as a 分工 list may give each
    clauses = [c for c in _CLAUSE.split(body.rstrip("。；;. ")) if c.strip()]
    return 2 * sum(_FIGURE.search(c) is not None for c in clauses) >= len(clauses) > 0


_SERIES_TITLE = 40  # characters: the longest lead a list whose siblings are titled is read as a title too


def series_title(unit: Unit) -> tuple[str, str] | None:
    """(title, body) of a numbered entry whose lead could title it ("（3）…。…", `_titled_lead`) up to
    `_SERIES_TITLE` characters: too long to be taken for a title alone, one among titled siblings is one too."""
    label, rest = unit.label, unit.body or ""
    if label is None or not label.heading_capable or label.family in STRUCTURAL or unit.block.kind == "table":
        return None
    head, body = split_run_in(rest, max_head=_SERIES_TITLE)
    return (head, body) if body is not None and _titled_lead(head, rest, body, _SERIES_TITLE) else None


# a sub-part's name closed by 。 as 公文 punctuate their 小标题: "1.酒驾醉驾。", "（1）2023年：夯实基础。"
_CLOSED_TITLE = re.compile(r"^([^，,。；;！？!?]{2,20}?)\s*。\s*$")


def closed_title(unit: Unit) -> str | None:
    """The name a numbered line states when it is a short phrase closed by 。 and nothing else —
    no clause break, no figure: a sub-part's title if its siblings are titles too (outline
    decides that, from the list), an entry otherwise ("1.制定计划。2.开展活动。")."""
    label = unit.label
    if label is None or not label.heading_capable or label.family in STRUCTURAL or unit.block.kind == "table":
        return None
    m = _CLOSED_TITLE.match(unit.body or "")
    if m is None or _FIGURE.search(m.group(1)) or len(_HAS_HAN.findall(m.group(1))) < 2:
        return None
    return m.group(1).strip()


def titles_below(unit: Unit, nxt: Unit | None) -> bool:
    """A numbered line has something under it to title: body text, or a list numbered deeper."""
    label = unit.label
    if nxt is None or label is None or not _is_body(nxt):
        return False
    return nxt.label is None or (nxt.label.family != label.family and nxt.label.family not in STRUCTURAL
                                 and nxt.label.rank > label.rank)


# (a field's name may be letter-spaced to align a roster's colons: "组　长：…" over "副组长：…", "成 员：…")
_FIELD = re.compile(r"^([\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,5})\s*[:：]\s*\S")


def _field_line(text: str) -> bool:
    """"时间：3月上旬", "地点：社区广场", "组　长：某某（镇长）": a field and its value, not a heading
    (unless the field is a part's name, "工作目标：…")."""
    m = _FIELD.match(text)
    return m is not None and not _names_part(re.sub(r"\s", "", m.group(1)))


def _names_part(head: str) -> bool:
    """"保障措施。…", "加强组织领导。…": the lead phrase is a part's name (the cue ends it, after at
    most a short verb); "精准加力补短板。…" only ends in a word a part name also uses."""
    return any(start <= 2 for _, start in part_names_ending(head))


def _same_family(unit: Unit | None, label: Label) -> bool:
    return unit is not None and unit.label is not None and unit.label.family == label.family


def _tab_row(text: str) -> bool:
    """"3—4月\t汽车消费季\t区商务局": cells a typist set apart with tab stops, a table's row (too few
    rows to be read as a table), never a heading over the lines under it."""
    return len([c for c in text.strip().split("\t") if c.strip()]) >= 2 and not _SENTENCE_PUNCT.search(text)


def decide(unit: Unit, nxt: Unit | None, ctx: Context) -> Decision:
    """Heading, item, paragraph or table for one unit (see the module docstring)."""
    block = unit.block
    if block.kind == "table":
        return Decision("table")
    if TABLE_CAPTION.match(unit.text) and nxt is not None and nxt.block.kind == "table":
        # the table's own line, whatever it is set in: a bold or centred PDF line, a heading style or
        # bookmark a converter gave it ("表2　某县2025年项目清单" over its rows)
        return Decision("paragraph", cue="the caption of the table under it")
    explicit = block.outline_level is not None or block.kind == "heading"
    label = unit.label
    if block.role == "closing":  # the deck's last slide held thanks only (see extractors.pptx)
        return Decision("drop", cue="closing slide")
    if _closing_line(unit.text) and (explicit or (ctx.deck and len(unit.text.strip()) <= 12 and _closes_deck(unit, nxt))):
        return Decision("drop", cue="closing slide")  # "谢谢观看！" on the slide that ends a deck
    if label is not None and label.family == "shi" and not explicit and _short_line(unit.body, 30) and _is_body(nxt):
        return Decision("heading", unit.body, cue="stand-alone 一是 line titling a sub-part")
    if label is not None and label.family == "bullet" and not explicit and _short_line(unit.body, 30) \
            and _is_body(nxt) and nxt is not None and nxt.label is None:
        return Decision("heading", unit.body, cue="short bullet line titling the text under it")
    if label is not None and not label.heading_capable and not explicit:
        return Decision("item", cue=f"label {label.family}")
    if label is not None and label.heading_capable:
        return _labelled(unit, label, nxt, explicit)
    if explicit:
        head, body = split_run_in(unit.body)
        return Decision("heading", head, body, cue="explicit heading hint")
    text = unit.text
    if ANNEX_LIST.match(text):
        return Decision("paragraph", cue="list of attachments")
    if _tab_row(text):
        return Decision("item" if block.kind == "list_item" else "paragraph", cue="a row of cells between tabs")
    if _short_line(text, 30) and _introduces(unit, nxt) and not _field_line(text) and not _FIGURE.search(text) \
            and not _opens_midway(text) and not _continued_by(unit, nxt, ctx) \
            and not FULL_DATE.fullmatch(text.strip()):  # a day's date titles nothing
        if block.bold:
            return Decision("heading", text, cue="bold short line")
        if ctx.body_font and block.font and block.font != ctx.body_font:
            return Decision("heading", text, cue="font unlike the body")
        if not ctx.styled and not ctx.deck and len(text) <= 25:
            return Decision("heading", unbracketed(text), cue="short unpunctuated line before body")
    head, body = split_run_in(text, max_head=10)
    if body and _dated_part(head, body):
        return Decision("heading", head, body, cue="run-in period naming a part")
    return Decision("item" if block.kind == "list_item" else "paragraph")


def _dated_part(head: str, body: str) -> bool:
    """"7月：集中整改。对照问题清单…": a bare period leading a paragraph marks a stage of the schedule as a
    label does. A part's name leading an unnumbered, unstyled paragraph ("总体目标：到2027年底，…", "强化督导考核。
    每季度开展…") marks nothing: many paragraphs open so, and the real gold keeps them paragraphs (a bold run-in
    comes as an explicit hint above; a glued web-copy heading carries its number)."""
    return _PERIOD_ONLY.match(head.strip()) is not None and _names_part(head) and not _dated_entry(head, body)


# a period and nothing else: "2月", "3—4月", "6月下旬", "第一季度", "上半年"
_PERIOD_ONLY = re.compile(r"^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s*[、—\-–至到~～]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}))*"
                          r"\s*月份?(?:[上中下]旬|底|初|中)?|第?[一二三四]季度|[上下]半年)$")


def _dated_entry(head: str, body: str) -> bool:
    """"2月：听取和审议…的报告；": one clause under a bare date, an entry of a dated list (an agenda by
    month), not a part the date names; a part so named holds sentences of its own."""
    return _PERIOD_ONLY.match(head.strip()) is not None and len(_SENTENCE_PUNCT.findall(body.rstrip("。；;. "))) == 0
