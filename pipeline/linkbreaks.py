"""A link's text a copy put on its own line, and the sentence it cut, joined again.

A web page sets a link ("《中华人民共和国国防法》", "“红色物业”") inside a sentence; a copy of the page puts the
link's text on a line of its own and breaks the sentence around it ("　　深化" / "“红色物业”" / "建设，推动…").
The web-copy stage (pipeline/webcopy.py) rejoins such lines once the page's chrome is out: a line the lines
around it show to be a link's, and a short fragment that continues the sentence the line above left open. A link
inside a numbered heading cuts the heading the same way ("二、深化" / "医保支付方式" / "改革"): its pieces join the
heading's line first.
"""

from __future__ import annotations

import re

from jihua.pipeline.model import Unit
from jihua.pipeline.pagebreaks import IN_SENTENCE as _IN_SENTENCE
from jihua.pipeline.pagebreaks import titled as _titled
from jihua.pipeline.rules.lexicon import SENTENCE_PUNCT, WORK_ADVERBS, WORK_VERBS, YEAR
from jihua.pipeline.rules.numbering import BY_NAME, match_label, spaced_body_open
from jihua.pipeline.rules.target_stance import ACTION_START
from jihua.pipeline.rules.titles import date_only, person_byline, signs_off

# a line that goes on from the one above: it opens with a clause's or a sentence's mark ("，矛盾纠纷…", "。")
_CONTINUES = re.compile(r"^[，,、。；;：:）)》」』”!！?？…]")
# Two ends, meant to differ. A fragment's join is guessed from lengths, so the line above must stop mid-clause:
# any mark that closes a clause or a sentence there, "；" and "：" among them, leaves it shut (`_ENDS_CLAUSE`:
# "…其中亿元以上项目4个；" over a short line is a list's item over the next). A link's line is told by the lines
# around it, so the line above need only leave its paragraph open: a clause's "；" ends no paragraph, and a
# quote or a bracket may close after any end mark ("：”") (`_ENDS_PARAGRAPH`: "…其中亿元以上项目4个；" |
# "某某产业园" | "二期建成投产，…" is one sentence a link cut)
_ENDS_CLAUSE = re.compile(r"[。！？；：!?;:…]\s*$|[。！？]\s*[”」』）)]\s*$")
_ENDS_PARAGRAPH = re.compile(r"[。！？：!?:…]\s*[”」』）)]?\s*$")
# in a letter-spaced line every single space goes, except between two Latin letters (webcopy.unspace); in a short
# line, cells set apart by spaces ("城市绿化覆盖率　42%"): a table's row, no link's text
SPACED_GAP = re.compile(r"(?<=\S)[ \u3000](?=\S)(?<![A-Za-z][ \u3000](?=[A-Za-z]))|(?<=\S)[ \u3000]{2,}(?=\S)")


def running(unit: Unit) -> bool:
    """Running text a link break may have cut: an unlabelled paragraph, not a table."""
    return unit.block.kind == "paragraph" and match_label(unit.text) is None and not unit.block.bold


def _fragment_joins(prev: Unit, unit: Unit, nxt: Unit | None) -> str | None:
    """How `unit` continues the sentence `prev` left open, or None: it opens with continuing
    punctuation; it is short and the line after it does; it is a short sentence end; or it is a
    short fragment and the line after it runs on to a sentence end (the text after a link)."""
    text = unit.text
    after = nxt is not None and running(nxt) and match_label(nxt.text) is None
    if _CONTINUES.match(text):
        return "continues"
    if len(text) <= 30 and after and _CONTINUES.match(nxt.text):  # type: ignore[union-attr]
        return "fragment"
    if len(text) <= 40 and len(prev.text) >= 20 and _SENTENCE_TAIL.match(text) and _ENDS_CLAUSE.search(text):
        return "continues"
    if (len(text) <= 30 and after and not _ENDS_CLAUSE.search(text)
            and (len(prev.text) >= 12 or _run_in_body_open(prev.text))
            and (_SENTENCE_TAIL.match(nxt.text) or _OPEN_CLAUSE.match(nxt.text))):  # type: ignore[union-attr]
        return "fragment"
    return None


_PART_RANK = 4  # label families that number parts ("一、", "（一）", "第一章"), not a part's items ("1、")
_MARK = re.compile(r"[，,、；;。！？!?：:…]")  # any clause or sentence mark


def _heading_line(text: str) -> bool:
    """A part's numbered heading on its own ("　　一、宣传口号", "（三）主要指标"): no sentence begun in it,
    so the lines under it are the part's, never its words' rest. An item's number may open running
    text a link cuts ("1、每季度开展一次消防安全和"), a run-in body too ("（三）提升管理水平。实施")."""
    found = match_label(text)
    return (found is not None and BY_NAME[found[0].family].heading_capable and found[0].rank <= _PART_RANK
            and _MARK.search(found[1]) is None)


def _left_open(prev: Unit, indents: bool) -> bool:
    """A line a link may have cut off its sentence: running text (a numbered item's too) that no
    paragraph end closes; in a copy that indents its paragraphs, a paragraph's indented line, as the
    text before a link is ("　　深化", "　　1、每季度开展一次消防安全和") and a title or a part's heading is not."""
    return (prev.block.kind == "paragraph" and not prev.block.bold and not _ENDS_PARAGRAPH.search(prev.text)
            and (bool(prev.block.indent) or not indents) and not _heading_line(prev.text)
            and not _titled(prev.text) and not _title_block_line(prev.text))


def _goes_on(unit: Unit, indents: bool) -> bool:
    """A running line that goes on from the line above: it opens with a clause mark ("，矛盾纠纷…",
    "。"), or it is unindented in a copy that indents its paragraphs (a paragraph of its own would be)."""
    return (running(unit) and not unit.gap_before and not _title_block_line(unit.text)
            and (_CONTINUES.match(unit.text) is not None or (indents and not unit.block.indent)))


_FIELD = re.compile(r"：|:(?!\d)")  # a field's label and value ("组　长：张某某"); not a time's "8:30"
_LINK_MAX = 30  # characters of a link's text


def _bare_phrase(unit: Unit, indents: bool) -> bool:
    """A short line of words alone, flush in a copy that indents: no mark in it ("安全第一")."""
    return (len(unit.text) <= _LINK_MAX and running(unit) and not (indents and unit.block.indent)
            and _MARK.search(unit.text) is None)


def _listed(unit: Unit, nxt: Unit, indents: bool) -> bool:
    """Two short bare phrases in a row are a list's lines (slogans, names: "安全第一" | "预防为主"), not a
    link and the sentence's rest, which goes on with a mark or runs longer ("“洁净河岸”" | "活动，…")."""
    return _bare_phrase(unit, indents) and _bare_phrase(nxt, indents)


def _link_line(prev: Unit, unit: Unit, nxt: Unit | None, indents: bool) -> bool:
    """A link's text on a line of its own, told by the lines around it rather than by its own
    words: a short unnumbered line (flush, in a copy that indents) under a line left open, over a
    line that goes on from it ("　　深化" | "“红色物业”" | "建设，推动…"). A heading's body would open
    indented and a title stands flush, so neither is one; the line before may be short or a
    numbered item's. A line holding a field ("组　长：张某某") or cells set apart by spaces
    ("城市绿化覆盖率　42%") is a list's or a table's, and so is a bare phrase over another (see `_listed`)."""
    return (nxt is not None and len(unit.text) <= _LINK_MAX and running(unit) and not unit.gap_before
            and not (indents and unit.block.indent) and _left_open(prev, indents) and _goes_on(nxt, indents)
            and _FIELD.search(unit.text) is None and SPACED_GAP.search(unit.text) is None
            and not _listed(unit, nxt, indents)
            and not _titled(unit.text) and not _title_block_line(unit.text) and not signs_off(prev.text, unit.text))


def mend_link_breaks(units: list[Unit], indents: bool = False, links_only: bool = False) -> list[Unit]:
    """A web page puts a link ("《中华人民共和国国防法》") on a line of its own; the copy breaks the
    sentence around it. Rejoin a fragment with the text before it when that text stops
    mid-sentence and the fragment continues it (see `_fragment_joins`); the line after a joined
    fragment is the rest of the sentence. A labelled line is never a fragment, though its run-in
    body may be the text a fragment continues ("1.提升景区品质。推进" / "某山景区" / "创建…。").
    A line the lines around it show to be a link's (see `_link_line`) joins however short the text
    before it; `indents`: the copy opens its paragraphs with an indent. `links_only`: a hard-wrapped
    text, whose other short lines its wrap explains, mends only those."""
    units = _mend_heading_splits(units, indents)
    run_in = _run_in_families(units)
    out: list[Unit] = []
    pending = False  # a fragment was just joined: the next running line finishes its sentence
    rest = False  # a link's line was just joined: the next line that goes on from it is the sentence's rest
    taken = -1  # the index of a line already joined ahead of its turn (a numbered line's rest after a link)
    for i, unit in enumerate(units):
        if i == taken:
            continue
        prev = out[-1] if out else None
        nxt = units[i + 1] if i + 1 < len(units) else None
        if prev is not None and nxt is not None and _numbered_link_cut(prev, unit, nxt, run_in, indents):
            prev.text = prev.text + unit.text + nxt.text
            taken, rest, pending = i + 1, False, False
            continue
        link = prev is not None and _link_line(prev, unit, nxt, indents)
        # the sentence's rest after a link's line; a line opening with a clause mark ends no open line's paragraph
        # (a part's numbered line too: "（一）推进乡村饮水工程" | "。坚持…" is a run-in heading a link's end cut)
        rest = prev is not None and _goes_on(unit, indents) and (rest or (_CONTINUES.match(unit.text) is not None and (
            _left_open(prev, indents) or (prev.block.kind == "paragraph" and not prev.block.bold and _heading_line(prev.text)))))
        if prev is not None and (link or rest):
            rest = link
            prev.text = prev.text + unit.text
            pending = False
            continue
        rest = False
        if prev is not None and _number_cut(prev, unit, indents):
            prev.text = prev.text + unit.text
            pending = False
            continue
        if links_only:
            out.append(unit)
            continue
        spaced = prev is not None and spaced_body_open(prev.text, unit.text)  # "（二）完善排水设施 年内改造": open
        cut = (prev is not None and not unit.gap_before and prev.block.kind == "paragraph" and not prev.block.bold and len(prev.text) >= 10
               and (running(prev) or len(prev.text) >= 30 or _run_in_body_open(prev.text))
               and not _ENDS_CLAUSE.search(prev.text)
               and (_IN_SENTENCE.search(prev.text) is not None or spaced) and not _titled(unit.text)
               and not _title_block_line(prev.text) and not _title_block_line(unit.text)
               and not _date_after_digits(prev.text, unit.text))
        how = _fragment_joins(prev, unit, nxt) if prev is not None and cut and running(unit) else None
        if prev is not None and cut and running(unit) and (how or pending):
            prev.text = prev.text + unit.text
            pending = how == "fragment"
            continue
        pending = False
        out.append(unit)
    return out


def _run_in_families(units: list[Unit]) -> set[str]:
    """The part label families whose lines somewhere print a body after the heading, on the heading's line, up to a
    sentence end ("（三）提升垃圾治理水平。完善…", "一、指导思想以…为指导，…。"): the copy's parts run in, so one of
    them standing short over more lines is a line a link cut, not a heading alone."""
    families: set[str] = set()
    for unit in units:
        found = match_label(unit.text) if unit.block.kind == "paragraph" else None
        if found is not None and found[0].rank <= _PART_RANK and BY_NAME[found[0].family].heading_capable \
                and SENTENCE_PUNCT.search(found[1]) is not None:
            families.add(found[0].family)
    return families


def _numbered_link_cut(prev: Unit, unit: Unit, nxt: Unit, run_in: set[str], indents: bool) -> bool:
    """A part's numbered line a link cut, its link's text on a line of its own and the line's rest under it: the
    three are one line ("（一）扎实推进乡村" | "饮水工程" | "。坚持…", "五、保障措施区财政安排" | "乡村振兴" |
    "专项资金…。"), whose heading and body the outline then tells apart. The numbered line reads as a short heading
    (no mark in it), so the lines under it must show the cut: the line after the link's goes on with a clause mark,
    or — where the copy's parts of that family run their bodies in (`_run_in_families`) — runs on to a sentence end,
    never a bare phrase (a heading over a list of short lines: "三、工作原则" | "安全第一" | "预防为主")."""
    found = match_label(prev.text)
    # (its words may end in a kind word, "…统筹安排": numbered, the line is no document's title)
    if (found is None or prev.block.kind != "paragraph" or prev.block.bold or not _heading_line(prev.text)
            or not _link_piece(unit, indents)):
        return False
    if not running(nxt) or nxt.gap_before or (indents and nxt.block.indent) or _title_block_line(nxt.text):
        return False
    if _CONTINUES.match(nxt.text):
        return True
    # otherwise the numbered line itself must stop mid-phrase: a whole name over a sentence is a heading, its
    # sub-heading and its body ("（二）工作目标" | "总体目标" | "到2026年底，…。"), never one line
    return (found[0].family in run_in and _ends_mid_phrase(found[1]) and not _bare_phrase(nxt, indents)
            and _SENTENCE_TAIL.match(nxt.text) is not None and _FIELD.search(nxt.text) is None)


# a verb that governs an object, ending a numbered line's words with none after it ("（三）扎实推进", "…统筹安排")
_OBJECT_VERB = rf"(?:{WORK_VERBS}|{ACTION_START.pattern.lstrip('^')}|安排|部署|实施|建设|开展)"
_TAIL_VERB = re.compile(rf"(?:{WORK_ADVERBS})*{_OBJECT_VERB}$")
_VERB_PAIR = re.compile(rf"(?:{WORK_ADVERBS})*{_OBJECT_VERB}{{2}}")


def _ends_mid_phrase(words: str) -> bool:
    """A numbered line's words that stop where a verb's object would begin ("扎实推进", "县水利局统筹安排": the link
    held the object); a verb pair alone is a whole name ("组织实施", "巩固提升"), and so is a noun ("城乡环卫一体化")."""
    words = words.strip()
    return (_TAIL_VERB.search(words) is not None and _VERB_PAIR.fullmatch(words) is None) or _BODY_BEGUN.search(words) is not None


# a heading's period closed and its run-in body begun on the line ("整改提升（2026年4—11月）县" | "供水工程" | …)
_BODY_BEGUN = re.compile(r"[（(][^（()）]*\d[^（()）]*[）)](?=\S)")


def _link_piece(unit: Unit, indents: bool) -> bool:
    """A short unnumbered line of words alone that may be a link's text: no mark, no blank line before it, flush in
    a copy that indents, and no field, table row, date, byline or title."""
    return (_bare_phrase(unit, indents) and not unit.gap_before and _FIELD.search(unit.text) is None
            and SPACED_GAP.search(unit.text) is None and not _title_block_line(unit.text) and not _titled(unit.text))


# a part's heading whose words stop where their object would begin: a verb of work alone, its manner adverbs before
# it ("二、深化", "（二）加快推进", "三、全面加强"). A heading names its task with the verb's object ("深化医保支付
# 方式改革"); a verb pair is a whole name ("四、组织实施", "巩固提升"), and so is a noun ("三、工作原则")
_OPEN_HEADING = re.compile(rf"(?:{WORK_ADVERBS})*(?:{WORK_VERBS}|{ACTION_START.pattern.lstrip('^')})")
_HEADING_PIECES = 3  # lines a heading's links cut it into below its numbered line: a link's and the words after it, twice
_HEADING_MAX = 40  # characters of a part heading's words, joined


def _heading_piece(unit: Unit, indents: bool) -> bool:
    """A short line that may finish a heading a link cut: running, flush in a copy that indents, no blank line
    before it, no sentence in it (a clause mark may open it: "，厚植…"), and no line of a title block (a date,
    a byline), a field ("组　长：张某某") or a table's row."""
    text = unit.text.strip()
    marks = _MARK.search(text[1:] if _CONTINUES.match(text) else text)
    return (running(unit) and not unit.gap_before and not (indents and unit.block.indent) and 0 < len(text) <= _LINK_MAX
            and SENTENCE_PUNCT.search(text) is None and (marks is None or _CONTINUES.match(text) is not None)
            and _FIELD.search(text) is None and SPACED_GAP.search(text) is None and not _title_block_line(text)
            and not _titled(text))


def _heading_ends_before(unit: Unit | None, indents: bool) -> bool:
    """What stands after a heading's last piece shows the heading done: the text's end, a blank line, a numbered
    line, a paragraph's indent in a copy that indents them, a table, or a line holding a sentence (a body in a
    copy that sets its paragraphs flush). A date or a name alone is a sign-off's, which no heading runs into."""
    if unit is None or unit.gap_before or unit.block.kind != "paragraph" or match_label(unit.text) is not None:
        return True
    text = unit.text.strip()
    return (indents and bool(unit.block.indent)) or (SENTENCE_PUNCT.search(text) is not None and not _title_block_line(text))


def _heading_split(head: Unit, below: list[Unit], indents: bool) -> int:
    """How many of the lines `below` finish the numbered heading `head` a link cut ("二、深化" | "医保支付方式" |
    "改革"), or 0. The heading's words stop where their object would begin (`_OPEN_HEADING`); up to three short
    pieces follow (see `_heading_piece`), and the line after them shows the heading done (`_heading_ends_before`).
    A heading over a list of short items names its part whole ("三、工作原则" | "安全第一" | "预防为主"), and one
    over its body's first sentence or a sign-off finds no piece."""
    words = match_label(head.text.strip())
    if words is None or not _heading_line(head.text.strip()) or head.block.bold != below[0].block.bold:
        return 0
    if _OPEN_HEADING.fullmatch(words[1].strip()) is None:
        return 0
    count = 0
    while count < min(_HEADING_PIECES, len(below)) and _heading_piece(below[count], indents):
        if count + 1 < len(below) and signs_off(below[count].text, below[count + 1].text):
            return 0  # an org's name over a date: the sign-off under a last heading ("某县档案馆" / "2025年1月6日")
        count += 1
    if count == 0 or not _heading_ends_before(below[count] if count < len(below) else None, indents):
        return 0
    joined = words[1].strip() + "".join(u.text.strip() for u in below[:count])
    return count if len(joined) <= _HEADING_MAX else 0


def _mend_heading_splits(units: list[Unit], indents: bool) -> list[Unit]:
    """A link inside a numbered heading, set on a line of its own by the copy, cuts the heading as it cuts a sentence
    ("二、深化" / "医保支付方式" / "改革"): the pieces join the heading's line again (see `_heading_split`). The
    body's mending leaves a labelled line alone, since a part's heading is whole; this is the one cut it has."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        unit = units[i]
        out.append(unit)
        count = _heading_split(unit, units[i + 1:i + 2 + _HEADING_PIECES], indents) if i + 1 < len(units) else 0
        for piece in units[i + 1:i + 1 + count]:
            unit.text = unit.text.rstrip() + piece.text.strip()
        i += 1 + count
    return out


# a figure cut at a line's end: its digits, or its digits and decimal point ("…常住人口的1" | "5%以上，…",
# "…增长8." | "5%，…"); the rest of the figure opening the next line: digits, a decimal point, a per cent sign
_FIGURE_CUT = re.compile(r"\d[.．]?$")
_FIGURE_REST = re.compile(r"^(?:\d|[.．]\d|[%％‰])")
_FIGURE_LINE = 16  # characters of running text a line cut inside a figure holds (a table's cell, a "附件1" is shorter)
_MONTH_OR_DAY = re.compile(r"(\d{1,2})\s*([月日号])")
_TRAILING_DIGITS = re.compile(r"(\d+)[.．]?$")


def _date_after_digits(prev: str, rest: str) -> bool:
    """A line stopped on a figure's digits, the next opening on a date, not on the figure's rest: a year ("…共计项目
    数12" | "2025年已完成…": no figure's digits run on into four and 年), or a month or a day the digits above would
    make none of ("…数量为3" | "5月底前…": no 35月; "…共1" | "2月…" may be 12月, and is left to the figure). No
    join may run them together, whatever else the lines look like."""
    digits = _TRAILING_DIGITS.search(prev)
    if digits is None:
        return False
    if YEAR.match(rest) is not None:
        return True
    date = _MONTH_OR_DAY.match(rest)
    return date is not None and int(digits.group(1) + date.group(1)) > (12 if date.group(2) == "月" else 31)


def _number_cut(prev: Unit, unit: Unit, indents: bool) -> bool:
    """A figure a copy's line break cut in two ("…达到辖区常住人口的1" | "5%以上，矛盾纠纷…"): no paragraph ends
    inside a number. The line above is running text (a clause mark in it, long as a sentence's line) stopped on a
    digit; the line below goes on with the figure's rest, flush where the copy indents its paragraphs. A line after
    a decimal point goes on only with digits ("增长8." | "5%"); a list label's "1." opens no figure's rest
    ("…共3" | "1.开展…" is the next item)."""
    cut = _FIGURE_CUT.search(prev.text)
    if (cut is None or prev.block.kind != "paragraph" or len(prev.text) < _FIGURE_LINE or _heading_line(prev.text)
            or _MARK.search(prev.text) is None or _ENDS_CLAUSE.search(prev.text)):
        return False
    rest = _FIGURE_REST.match(unit.text)
    if rest is None or not running(unit) or unit.gap_before or (indents and unit.block.indent) \
            or _date_after_digits(prev.text, unit.text):
        return False
    return not (cut.group(0)[-1] in ".．" and not unit.text[0].isdigit()) and not _title_block_line(unit.text)


def _title_block_line(text: str) -> bool:
    """A byline ("某局党组书记、局长　某某": its "、" looks mid-sentence) or a date alone on its line
    ("（2025年1月20日）", short as a link's text): a title block's lines, each whole, never a sentence's pieces."""
    line = text.strip()
    return not SENTENCE_PUNCT.search(line) and (person_byline(line) or date_only(line))


# a numbered line's run-in heading closed, its body begun and left open ("1.提升景区品质。推进"): a
# sentence the copy broke at a link, however short the line
_RUN_IN_BODY_OPEN = re.compile(r"[。：:][\u4e00-\u9fff“《][^。！？；]*$")


def _run_in_body_open(text: str) -> bool:
    """A numbered line's run-in body begun and left open, after its heading's 。 or ： or after the
    space a web copy sets there instead ("1.提升景区品质 推进")."""
    return _RUN_IN_BODY_OPEN.search(text) is not None or spaced_body_open(text)


# a line that runs on through a clause and stops mid-sentence, as the next fragment of a break
_OPEN_CLAUSE = re.compile(r"^[\u4e00-\u9fff“《][^。！？；]*[，,、][^。！？；]*[^。！？；：:，,、\s]$")
# a continuation line: runs on and ends a sentence ("和双拥政策法规，增强全民国防观念。")
_SENTENCE_TAIL = re.compile(r"^[\u4e00-\u9fff\w“《].*?[。！？；]")
