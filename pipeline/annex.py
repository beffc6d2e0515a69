"""Annexes (附件) printed after a plan's text: the task-division table, the scoring rules.

An official plan lists its annexes under its text ("附件：1．重点任务分工表 2．考核评分细则"),
signs and dates it, and then prints each annex under a line of its own ("附件1") with its own
title and its own numbering. Read as one stream, the sign-off would sit mid-text and each
annex's 一、二、 would become parts of the plan. Here the stream is cut at the first annex mark:
the plan (with its sign-off at its end again) and one unit list per annex, each outlined on
its own and hung under a level-1 part "附件1 …" (type `other`).
"""

from __future__ import annotations

import itertools
import re

from jihua.pipeline.model import Unit
from jihua.pipeline.rules.lexicon import SECTION_CUES, unbracketed
from jihua.pipeline.rules.targets import DOING_VERBS
from jihua.pipeline.rules.titles import signs_off

# the word an annex is printed under: 附件, or 附表 for an annexed table ("附表" over "2026年主要预期目标" and its table)
_ANNEX_WORD = r"附\s*[件表]"
_BACK_MATTER_NAMES = r"名词解释|名词释义|名词注释|术语解释|注释|附注|注解"
# a reading of the plan a web page prints under it in a bracketed label ("【政策解读】"): back matter only so marked,
# as a line "解读" alone may head a part of the text
_READING_NAMES = r"政策解读|文件解读|图文解读|解读"
# the part name annex_heading gives; and back matter a report prints after its text (名词解释, 注释, 政策解读)
ANNEX_HEADING = re.compile(rf"^(?:附[件表][一二三四五六七八九十\d]{{0,3}}(?:\s|$)|{_BACK_MATTER_NAMES}|(?:{_READING_NAMES})$)")
# a line that only marks an annex ("附件1", "附件一：", "附件", "附表"), or marks it and titles it
# ("附件1：某县重点任务分工表")
ANNEX_MARK = re.compile(rf"^\s*(?P<word>{_ANNEX_WORD})\s*(?P<number>[一二三四五六七八九十\d]{{0,3}})\s*[:：]?\s*"
                        r"(?P<title>.{0,50}?)\s*$")
_BACK_MATTER = re.compile(rf"^\s*(?:{_BACK_MATTER_NAMES})\s*[:：]?\s*$")
_BRACKETED_BACK_MATTER = re.compile(rf"^(?:{_BACK_MATTER_NAMES}|{_READING_NAMES})$")
# a glossary's heading, under an annex's mark or not: "名词解释", "附件：名词解释", "附件2 术语解释", "附：名词注释"
_GLOSSARY = re.compile(rf"^\s*(?:附\s*件?\s*[\d一二三四五六七八九十]{{0,3}}\s*[:：]?\s*)?(?:{_BACK_MATTER_NAMES})\s*[:：]?\s*$")
# a PDF line that ran the sign-off's date into the next annex mark: "2024年3月12日附件1", "2024年3月12日附件"
_DATE_THEN_MARK = re.compile(rf"^(.{{0,16}}?\d{{1,2}}\s*日)\s*({_ANNEX_WORD}\s*[一二三四五六七八九十\d]{{0,3}})\s*$")
# a line listing annexes in the text ("附件：某县任务分工表", "附1：…"): body text, never a part
ANNEX_LIST = re.compile(r"^附[件表]?\s*\d{0,2}\s*[:：]\s*\S")
# the head of the list of annexes in the text, its first entry on the line: "附件：1．重点任务分工表"
# (then "2．考核评分细则" on the next lines)
_LIST_HEAD = re.compile(rf"^\s*{_ANNEX_WORD}\s*[:：]\s*(?:1|一)\s*[.．、]")
_BARE_LIST_HEAD = re.compile(rf"^\s*{_ANNEX_WORD}\s*[:：]\s*$")
_FIRST_ENTRY = re.compile(r"^\s*(?:1|一)\s*[.．、]\s*\S")
_LIST_ENTRY = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、]\s*\S.{0,40}$")
_SENTENCE = re.compile(r"[。；;！？!?，,]")
_TITLE_END = re.compile(r"(?:表|细则|清单|名单|标准|方案|办法|计划|要点|目录|规则|说明|指南|任务|项目|意见|通知)$")
_ENTRY_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、]\s*")
# a part's name closing a line ("重点任务", "保障措施", "工作要求"): a document's own part, no file's
# title; back matter's names (说明, 附录) title annexes too
_PART_NAME_END = tuple(re.compile(f"(?:{p.pattern})$") for kind, p in SECTION_CUES if kind != "other")


def is_annex_mark(unit: Unit) -> bool:
    """An annex's own mark: a short line, no sentence, numbered or bare ("附件1", "附件"); a title
    on the line ends as titles do ("附件2：考核评分细则", not "附件中的表格")."""
    if unit.block.kind == "table" or _SENTENCE.search(unit.text) or _LIST_HEAD.match(unit.text):
        return False
    if back_matter(unit.text):
        return True
    m = ANNEX_MARK.match(unit.text)
    if m is None:
        return False
    number, title = m.group("number", "title")
    return bool(number or not title) and (not title or _TITLE_END.search(title) is not None)


def back_matter(text: str) -> str:
    """The name of back matter a line heads, or "": "名词解释", "注释：", and in a web copy's brackets "【名词解释】",
    "【政策解读】" — a block printed after the text that is none of its parts."""
    if _BACK_MATTER.match(text):
        return re.sub(r"[\s:：]", "", text)
    name = unbracketed(text).strip()
    return name if name != text.strip() and _BRACKETED_BACK_MATTER.match(name) else ""


def _parted(unit: Unit) -> list[Unit]:
    m = _DATE_THEN_MARK.match(unit.text) if unit.block.kind != "table" else None
    if m is None:
        return [unit]
    return [Unit(text=part, block=unit.block.model_copy(update={"text": part})) for part in m.groups()]


def _names_a_file(entry: str) -> bool:
    """"2．某县任务分解统计表": a list entry that ends as a file's title does, not on a part's name."""
    name = _ENTRY_NUMBER.sub("", entry).strip()
    return _TITLE_END.search(name) is not None and not any(p.search(name) for p in _PART_NAME_END)


def _opens_list(parts: list[Unit], at: int) -> bool:
    """"附件：1．…", or "附件：" alone over "1．某县巡护人员名单", "2．…" lines that all name files: the
    head of a list of annexes. A bare "附件：" over anything else (a title, "一、总体要求" and its
    numbered tasks, one name over its table) is the mark an annex is printed under."""
    unit = parts[at]
    if unit.block.kind == "table":
        return False
    if _LIST_HEAD.match(unit.text):
        return True
    if not _BARE_LIST_HEAD.match(unit.text):
        return False
    entries = [u.text.strip() for u in itertools.takewhile(
        lambda u: u.block.kind != "table" and _LIST_ENTRY.match(u.text.strip()), parts[at + 1:])]
    return len(entries) >= 2 and bool(_FIRST_ENTRY.match(entries[0])) and all(map(_names_a_file, entries))


def join_annex_list(units: list[Unit]) -> list[Unit]:
    """"附件：1．…" and the "2．…" lines under it are one list in the text, not numbered parts; a
    date the layout ran into the next annex mark is two lines again."""
    out: list[Unit] = []
    listing = False
    parts = [part for u in units for part in _parted(u)]
    for i, unit in enumerate(parts):
        if listing and unit.block.kind != "table" and _LIST_ENTRY.match(unit.text.strip()):
            joint = "" if out[-1].text.rstrip().endswith((":", "：")) else " "
            out[-1].text = f"{out[-1].text.rstrip()}{joint}{unit.text.strip()}"
            continue
        listing = _opens_list(parts, i)
        out.append(unit)
    return out


# a line that names the annexes ("附件：某县巡护人员名单", "附件2：…统计表", "附件：1．…表 2．…清单"),
# no sentence of the text ("附件中的表格…。")
_ANNEX_REFERENCE = re.compile(rf"^\s*{_ANNEX_WORD}\s*[一二三四五六七八九十\d]{{0,3}}\s*[:：]\s*\S[^。！？!?]*$")


def _names_annexes(unit: Unit) -> bool:
    text = unit.text.strip()
    return unit.block.kind != "table" and (_ANNEX_REFERENCE.match(text) is not None
                                           or (_LIST_ENTRY.match(text) is not None and not _SENTENCE.search(text)))


def annex_list_start(units: list[Unit]) -> int:
    """Where the lines that list the annexes at the very end begin (len(units) if none): a web copy
    or an office file may print "附件：…" (and the numbered names under it) below the sign-off
    instead of above it. The run opens on the 附件 line; numbered lines above it are the text's."""
    start = len(units)
    while start > 0 and _names_annexes(units[start - 1]):
        start -= 1
    while start < len(units) and not _ANNEX_REFERENCE.match(units[start].text.strip()):
        start += 1
    return start


def _number(unit: Unit) -> str:
    """What names the annex a mark opens, to see whether it comes back later: its word and number ("附件1", "附表"),
    or the back matter's own name ("注释"), which no bare "附件" under it repeats."""
    back = back_matter(unit.text)
    if back:
        return back
    m = ANNEX_MARK.match(unit.text)
    return _word(m) + m.group("number") if m else ""


def _word(mark: re.Match[str]) -> str:
    return re.sub(r"\s", "", mark.group("word"))


def split_annexes(units: list[Unit]) -> tuple[list[Unit], list[list[Unit]]]:
    """(the plan's units, each annex's units from its mark on). The first mark counts only after
    the plan's text has begun: a mark among the first lines belongs to a cover notice. A mark
    right above another, or one whose number comes back later, lists the annexes in the text
    ("附件1：…表" / "附件2：…细则" above the sign-off): the annexes start where each number is
    printed for the last time."""
    marks = [i for i, u in enumerate(units) if i >= 5 and (is_annex_mark(u) or _titles_its_table(units, i))]
    # "附件" / "名词解释": the back matter's name titles the bare mark above it, no list of two marks
    marks = [i for i in marks if not (i - 1 in marks and _titles_bare_mark(units[i - 1], units[i]))]
    listed = {i for i in marks if i + 1 in marks or i - 1 in marks}
    last = {_number(units[i]): i for i in marks}
    starts = [i for i in marks if i not in listed and last[_number(units[i])] == i]
    if not starts:
        return units, []
    bounds = [*starts, len(units)]
    return units[: starts[0]], [units[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def _titles_its_table(units: list[Unit], at: int) -> bool:
    """"附表：2025年建设任务表" or "附件：…任务表" right over a table: the annex printed under its mark and title, no
    number needed — a line naming an annex in the text stands over the text, not over the table it names."""
    unit = units[at]
    if at + 1 >= len(units) or units[at + 1].block.kind != "table" or unit.block.kind == "table" \
            or _SENTENCE.search(unit.text):
        return False
    m = ANNEX_MARK.match(unit.text)
    return m is not None and bool(m.group("title")) and _TITLE_END.search(m.group("title")) is not None


def _titles_bare_mark(mark: Unit, line: Unit) -> bool:
    m = ANNEX_MARK.match(mark.text) if mark.block.kind != "table" else None
    return m is not None and not any(m.group("number", "title")) and bool(back_matter(line.text))


def is_glossary(heading: str) -> bool:
    """名词解释, 注释 (under an annex's mark or not: "附件：名词解释"): back matter whose numbered lines are entries
    ("1．“三保”：指…"), not parts."""
    return bool(_GLOSSARY.match(unbracketed(heading)))


def annex_heading(annex: list[Unit]) -> tuple[str, str, list[Unit]]:
    """The annex's number and part name and the units under it: ("", "附件1 某县重点任务分工表") from a
    title on the mark's line or the short unpunctuated line right after the mark; ("附件", "名词解释")
    for back matter under a bare mark, as its name alone says what it is."""
    if len(annex) > 1 and _titles_bare_mark(annex[0], annex[1]):
        return annex[0].text.strip().rstrip(":："), back_matter(annex[1].text), annex[2:]
    back = back_matter(annex[0].text)
    mark = None if back else ANNEX_MARK.match(annex[0].text)
    label = f"{_word(mark)}{mark.group('number')}" if mark else back or annex[0].text.strip().rstrip(":：")
    title = mark.group("title") if mark else ""
    rest = annex[1:]
    if mark and not title and rest and rest[0].block.kind != "table" and len(rest[0].text) <= 40 \
            and not _SENTENCE.search(rest[0].text):
        title, rest = rest[0].text.strip(), rest[1:]
    return "", f"{label} {title}".strip(), rest


# an end note defining a term the text marked ("①“四上”企业：指…", "2.和美乡村：指…", "注1：暖心食堂：指…"): its
# number, the term (short, no clause), then "：指"
_NOTE_NUMBER = r"(?:(?P<circled>[①-⑳])|(?P<digits>\d{1,2})\s*[.．、]|[（(\[](?P<paren>\d{1,2})[)）\]]|注\s*(?P<noted>\d{1,2})\s*[:：.．、]?)"
# a term and its definition ("“高标准农田”：指…"); 指 opening a word of its own ("业务指导：指导各乡镇…") defines nothing
_DEFINITION = r"[^，,。；;：:！？!?]{1,30}[:：]\s*指(?![导挥引定出派标南明示令数纹尖])\S.*"
_END_NOTE = re.compile(rf"^\s*{_NOTE_NUMBER}\s*(?P<note>{_DEFINITION})$")
_DEFINES = re.compile(rf"^\s*{_DEFINITION}$")


def defines_term(text: str) -> bool:
    """A line (its label apart) that is a term and its definition ("“高标准农田”：指…的农田。"): a glossary's entry wherever
    it stands, not a titled sub-part whose title is the term."""
    return _DEFINES.match(text) is not None
# the closing they stand under: a call to the readers that ends the text ("各位代表！让我们…而不懈奋斗！",
# "…为谱写某县发展新篇章贡献力量。") — a plain sentence ("各项指标按以下口径统计。") may open a part's own definitions
_CLOSING_CALL = re.compile(r"(?:让我们|同志们|各位代表).{0,120}[！!]\s*[”’」』]?\s*$"
                           r"|(?:奋斗|奋进|新篇章|新征程|新局面|新辉煌|贡献力量|作出新的更大贡献)[！!。]\s*[”’」』]?\s*$")
# a note that sets a figure to reach: a verb of doing, then a figure ("…年内新建20个") — the plan's task, no footnote
_COMMITS = re.compile(rf"(?:{DOING_VERBS.pattern})[^，,。；;]{{0,12}}\d")


def _note_number(m: re.Match[str]) -> int:
    circled = m.group("circled")
    return ord(circled) - ord("①") + 1 if circled else int(m.group("digits") or m.group("paren") or m.group("noted"))


def _closes_text(units: list[Unit], start: int, run: list[re.Match[str]]) -> bool:
    """What stands above the run at `start` is the text's real end: a closing call ("…让我们…而奋斗！"), a sign-off's
    org over its date, or — for circled marks ("①…") — each mark set in the text above it ("“四上”企业①")."""
    above = units[start - 1] if start > 0 else None
    if above is None or above.block.kind == "table":
        return False
    if _CLOSING_CALL.search(above.text.strip()) or (start > 1 and signs_off(units[start - 2].text, above.text)):
        return True
    body = "".join(u.text for u in units[:start])
    marks = [m.group("circled") for m in run]
    return all(marks) and all(mark in body for mark in marks)


def end_notes(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """The notes a copy prints after its closing paragraph, with no heading over them (a web page's end notes under
    an <hr>, where a Word file or a PDF keeps its footnotes apart): a run to the text's end of term definitions
    numbered from 1 on ("①“四上”企业：指…", "②“两重”：指…"). The text's back matter, as a Word file's footnotes
    are — not parts with headings, no figures set. Returns (the text's units, the notes without their numbers).
    Under a name ("注释", "名词解释") the notes are an annex of their own (`split_annexes`). Only after the text's
    real end (`_closes_text`): a part's own numbered definitions under a plain sentence ("各项指标按以下口径统计。"
    / "1.新增就业：指…") stay, and so does any note that sets a figure ("…，年内新建20个")."""
    start = len(units)
    while start > 0 and units[start - 1].block.kind != "table" and _END_NOTE.match(units[start - 1].text):
        start -= 1
    run = [m for u in units[start:] if (m := _END_NOTE.match(u.text))]
    numbers = [_note_number(m) for m in run]
    if not numbers or numbers != list(range(1, len(numbers) + 1)) or any(_COMMITS.search(m.group("note")) for m in run) \
            or not _closes_text(units, start, run):
        return units, []
    notes = [Unit(text=m.group("note"), block=u.block.model_copy(update={"text": m.group("note"), "furniture": "notes"}))
             for u, m in zip(units[start:], run, strict=True)]
    return units[:start], notes
