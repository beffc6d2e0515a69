"""Collect: the document walked part by part, each figure filed as a target or an achievement.

`targets` reads the figures of one sentence; this walks a document's preamble and parts with the
context each part gives (a part that looks back, a five-year plan's own period, a heading's year),
asks `stance` whether each figure is set or reported, and keeps a figure a table only restates once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jihua.pipeline.duties import assigned_bodies
from jihua.pipeline.figure_text import NUMBER_WITH_UNIT
from jihua.pipeline.model import Document, Section, Target, Unit
from jihua.pipeline.rules import target_stance as S
from jihua.pipeline.rules import targets as R
from jihua.pipeline.rules.lexicon import REPORT_TITLE
from jihua.pipeline.rules.periods import part_year_report, planned_year, plans_from, sums_up
from jihua.pipeline.rules.titles import FACILITY_END, YEAR_SPAN, fold
from jihua.pipeline.stance import (
    REPORTING_TYPES,
    announces_goals,
    conditions,
    heading_context,
    later_period,
    paragraph_context,
    plan_horizon,
    stance,
    typed_ahead,
    typed_context,
)
from jihua.pipeline.target_tables import (
    PeriodCell,
    RowClause,
    dated,
    period_cells,
    row_clauses,
    row_leads,
    task_rows,
    under_task,
)
from jihua.pipeline.targets import Entities, Found, beyond_whole, find_targets
from jihua.pipeline.text.normalize import in_order
from jihua.pipeline.text.sentences import sentences


def _sentences(units: list[Unit], context: str | None,
               year: int | None = None) -> Iterator[tuple[Unit, str, Iterator[Found], str | None]]:
    """Each sentence with the figures read from it, and the body a task table's row assigns it to; an indicator
    table's rows as the clauses they abbreviate (in a part that reviews, the rows' achieved values; in a table of
    several planned years, each year's, its text naming the year: "普及率2027年92%", and `year` the plan's, telling
    the years from the base)."""
    for unit in units:
        if unit.role == "heading":  # "3.开展两次“军营开放日”活动": a heading can be a commitment
            text = unit.body or unit.text
            yield unit, text, find_targets(text), None
            continue
        if unit.role == "table":
            rows = unit.block.rows or []
            for row in row_clauses(rows, achieved=context == "review", plan_year=year):
                yield unit, row.row, _in_year(row), None
            leads = row_leads(rows)
            for cell, r in task_rows(rows):
                for sentence in sentences(cell, semicolons=True):
                    yield unit, sentence, find_targets(sentence), leads.get(r)
            for due in period_cells(rows):
                for sentence in sentences(due.text, semicolons=True):
                    yield unit, *_due_in(due, sentence), None
            continue
        for sentence in sentences(unit.text, semicolons=True):
            yield unit, sentence, find_targets(sentence), None


def _in_year(row: RowClause) -> Iterator[Found]:
    """A table row's figures, each clause naming the year its column is for ("普及率2027年92%"), its metric not."""
    for f in find_targets(row.text):
        f.clause = dated(f.clause, f.value_text, row.year)
        yield f


def _due_in(due: PeriodCell, sentence: str) -> tuple[str, Iterator[Found]]:
    """A timetable cell's figures, each due in its column's period unless the cell names its own ("第二季度" |
    "完成村医培训300人次" → 300 人次, 第二季度). The row's task qualifies each figure's metric, joined as a task
    table's cell is (`under_task`): rows alike in their cells ("交通项目 | 完成投资2亿元", "水利项目 | 完成投资1亿元")
    set targets for different things ("交通项目完成投资", "水利项目完成投资"); the target's text stays the cell's,
    as printed. A cell naming no work of its own ("每月一次") is read after the task ("质量检查每月一次")."""
    found = list(find_targets(sentence))
    if found and due.task and not any(f.metric for f in found):
        sentence = under_task(due.task, sentence)
        found = list(find_targets(sentence))
    for f in found:
        f.metric = under_task(due.task, f.metric)
        f.period = f.period or due.period
    return sentence, iter(found)


def _restated(f: Found, earlier: list[Target], table: Unit) -> bool:
    """The same figure for the same measure already read from the text ("健身步道15公里" in a
    sentence, "新建健身步道15公里" in the task table annexed to it). Targets read from this table,
    or from any table's rows, restate nothing."""
    for t in earlier:
        from_text = t.sentence != "" and " | " not in t.sentence and t.prov is not None \
            and t.prov.index != table.block.prov.index
        if from_text and _same_figure(t, f):
            return True
    return False


def _same_figure(t: Target, f: Found) -> bool:
    """The same value in the same unit for a metric of mostly the same characters — half of all the
    characters of both (a table's "街道综合养老服务中心覆盖率" 100 % is no restating of a sentence's
    "基本养老服务…全覆盖", though the sentence's few characters are mostly the row's) — or a rate printed
    short of the other ("污水处理率" of "城镇生活污水集中收集处理率": in order, 率 kept). A count printed short
    may count fewer things ("新增学位" is not "新增公办幼儿园学位")."""
    if t.value != f.value or t.unit != f.unit:
        return False
    mine, theirs = set(t.metric), set(f.metric)
    short, full = sorted((t.metric, f.metric), key=len)
    return len(mine & theirs) >= 0.5 * len(mine | theirs) \
        or (len(short) >= 3 and short[-1] == full[-1] == "率" and in_order(short, full))


def _explained(f: Found, sentence: str, earlier: list[Target]) -> bool:
    """A sentence explaining a target set before it ("设定…增长6%左右的预期目标，主要考虑…", "需要说明的是，
    …由去年的7%左右调整为6.5%左右") restates that target: one target per metric and value."""
    return bool(R.EXPLAINS_TARGET.search(sentence)) and any(_same_figure(t, f) for t in earlier)


def scope_year(text: str) -> int | None:
    """The one year a clause or heading names for its targets ("2024年完成改厕300户", "（一）2025年：全面提升");
    None where it names none, several, or only a year compared with ("较2020年下降16%") or one dating the object the
    clause works on ("改造2005年前建成的管网30公里", `targets.dated_objects`)."""
    text = R.undated(text)
    compared = [m.span() for m in S.BASELINE_YEAR.finditer(text)]
    years = {int(m.group(1)) for m in R.SCOPE_YEAR.finditer(text) if not any(a <= m.start() < b for a, b in compared)}
    return years.pop() if len(years) == 1 else None


def _target_year(clause: str, sentence: str, paragraph: str, heading_year: int | None) -> int | None:
    """The year of a target, nearest first: its clause, its sentence's or paragraph's "2025年：" label, the headings above."""
    if (own := scope_year(clause)) is not None:
        return own
    for text in (sentence, paragraph):
        label = R.YEAR_LABEL.match(text)
        if label:
            return int(label.group(1))
    return heading_year


def _label_line_year(text: str) -> int | None:
    """The year of a paragraph that is only a year's label and a short name ("2023年：夯实基础。"): a heading in all
    but its form, scoping the paragraphs after it."""
    label = R.YEAR_LABEL.match(text)
    rest = text[label.end():].strip().rstrip("。.") if label else ""
    return int(label.group(1)) if label and len(rest) <= 12 and not NUMBER_WITH_UNIT.search(rest) else None


def _drop_restating_rows(found: list[Target], f: Found, tables: set[int]) -> None:
    """A table set before the text it restates ("秸秆综合利用率 | 93%" in a task table, then "秸秆
    综合利用率达到93%" in the text): the text's target stands, the row's earlier copy goes — as a
    row after the text is never read — so the same figure is one target whichever comes first."""
    found[:] = [t for t in found if not (t.prov is not None and t.prov.index in tables and _same_figure(t, f))]


# what may stand between a count and the thing it counts ("15个标准化村级综合服务站"): its modifiers, no clause's end
_MODIFIERS = re.compile(r"[\u4e00-\u9fff]{0,8}")
# …but not a word leading up to a body ("安排经费20万元由县财政局拨付")
_TO_BODY = re.compile(r"由|和|与|及|会同|联合|配合|协调|组织|邀请|向|对|为|在|将|把")


def _counted(name: str, sentence: str) -> bool:
    """A facility's name (`FACILITY_END`) each mention of which is counted, a figure right after it ("新建改扩建城乡社区
    养老服务站15个") or before it with only its modifiers between ("建成15个村级综合服务站"): what the plan makes, not
    the body it is for. Counted bodies stay bodies ("组织12个乡镇政府开展自查")."""
    spots = [m.start() for m in re.finditer(re.escape(name), sentence)] if FACILITY_END.search(name) else []
    figures = [m.span() for m in NUMBER_WITH_UNIT.finditer(sentence)]

    def counted_at(at: int) -> bool:
        if NUMBER_WITH_UNIT.match(sentence, at + len(name)):
            return True
        # (read on characters, a name may open on the count's own unit: "15/个村级综合服务站")
        return any(begin < at < end or (end <= at and _MODIFIERS.fullmatch(gap := sentence[end: at]) is not None
                                        and not _TO_BODY.search(gap) and not R.PART_OWN_VERB.search(gap))
                   for begin, end in figures)

    return bool(spots) and all(counted_at(at) for at in spots)


def _responsible(orgs: list[str], sentence: str) -> str | None:
    """The body a sentence's targets are for: the first it names that is no facility it counts (`_counted`)."""
    return next((o for o in orgs if not _counted(o, sentence)), None)


def _emit(doc: Document, units: list[Unit], section: Section | None, context: str | None, ents: Entities,
          year: int | None, long_range: bool = False, heading_year: int | None = None,
          tables: set[int] | None = None, horizon: int | None = None) -> None:
    tables = set() if tables is None else tables  # blocks read as tables so far: their rows may restate the text
    last: Unit | None = None
    qualifies: str | None = None
    announced: str | None = None
    summary = sums_up(doc.title or "")
    plans_from_month = plans_from(doc.title or "")  # "下半年工作计划": its 上半年 figures are done
    assigned = {id(units[k]): body for k, body in assigned_bodies(units).items()}
    for unit, sentence, figures, lead in _sentences(units, context, year):
        if unit is not last and unit.role not in ("heading", "table"):
            last, heading_year = unit, _label_line_year(unit.text) or heading_year
            qualifies = conditions(unit.text, qualifies)
            announced = announces_goals(unit.text, announced, year, summary)
        found = list(figures)
        if not found:
            continue
        org = lead or assigned.get(id(unit)) or _responsible(ents(sentence, unit.text).get("ORG") or [], sentence)
        own = paragraph_context(qualifies, sentence, context, announced) if unit.role not in ("heading", "table") \
            else context
        for f in found:
            if unit.block.ocr and beyond_whole(f):
                continue  # a figure OCR misread: dropped, not guessed
            where = stance(sentence, f.clause, own, year, long_range, horizon, plans_from_month,
                           unit.text[:max(unit.text.find(sentence.strip()), 0)], doc.doc_type == "summary",
                           goals=section is not None and section.type == "goals")
            if where == "other":
                continue
            if unit.role == "table":
                tables.add(unit.block.prov.index)
                if _restated(f, doc.targets + doc.achievements, unit):
                    continue  # an annexed task table repeating a figure the text sets
            elif tables:
                _drop_restating_rows(doc.targets if where == "set" else doc.achievements, f, tables)
            if where == "set" and unit.role != "table" and _explained(f, sentence, doc.targets):
                continue
            times = ents(f.clause, unit.text).get("TIME") or []
            target = Target(
                **f.figure(), text=f.clause, org=org, time=list(dict.fromkeys(times)),
                section_id=section.id if section else None, sentence=sentence.strip(), prov=unit.block.prov,
                stance=where, year=_target_year(f.clause, sentence.strip(), unit.text, heading_year),
            )
            (doc.targets if where == "set" else doc.achievements).append(target)


def collect(doc: Document, ents: Entities) -> Document:
    """Targets set for the planned period, and achievements reported, each in a list of its own."""
    doc.targets, doc.achievements = [], []
    # (a report on part of a year that goes on to plan the rest of it, a summary_plan, sets its plan part's figures)
    default = "review" if REPORT_TITLE.search(doc.title or "") and not re.search(r"计划|打算|安排", doc.title or "") \
        and not (doc.doc_type == "summary_plan" and part_year_report(doc.title or "")) else None
    # what comes before a first part that classify typed as a look back leads into it ("过去一年，…召开常委会
    # 会议10次")
    opening = "review" if doc.sections and doc.sections[0].type in REPORTING_TYPES else default
    year = planned_year(doc.title or "", doc.year)
    # a plan for a span of years ("…“十四五”教育事业发展规划", "…行动方案（到2030年）" issued in 2025): its five-year
    # parts are its own period
    long_range = doc.doc_type == "plan" and bool(S.LONG_TERM_HEADING.search(doc.title or "")
                                                  or YEAR_SPAN.search(fold(doc.title or ""))
                                                  or later_period(doc.title or "", year))
    horizon = None if long_range else plan_horizon(doc, year)  # "到2027年" in a 实施意见 issued in 2025: its own term
    tables: set[int] = set()
    _emit(doc, doc.preamble, None, opening, ents, year, long_range, tables=tables, horizon=horizon)

    def walk(sections: list[Section], inherited: str | None, in_review: bool = False,
             years: int | None = None) -> None:
        for s in sections:
            scoped = scope_year(s.heading or "") or years
            typed = typed_context(s, inherited)
            context = heading_context(s.heading, year, in_review or typed == "review", inherited == "ahead", horizon) \
                or typed_ahead(s) or inherited or typed
            if long_range and context == "long_term":
                context = "ahead"
            if s.type == "preamble" and context in (None, "long_term", "ahead"):
                context = "situation"  # "“十五五”时期面临的形势": the background a plan answers, its forecasts no goals
            _emit(doc, ([s.unit] if s.unit is not None else []) + s.content, s, context, ents, year, long_range, scoped,
                  tables, horizon)
            walk(s.children, context, context == "review", scoped)

    walk(doc.sections, default, default == "review")
    return doc
