"""Trace: for each measure and target of a plan, does the year's summary report it?

The question a 双拥办 asks at year end. Wording differs between a plan ("春节、“八一”期间走访慰问
驻县部队…送去慰问金和慰问品") and its summary ("走访慰问驻县部队和重点优抚对象320人次"), so a
measure is judged by what was done: the plan's content words (jieba, IDF-weighted, folded
through a small synonym table; 慰问 is covered by 走访慰问) found in one summary passage, a short
measure's within a clause or two side by side (over the whole sentence when it states the measure's
count: "新建…12处") — the measure's own heading ("开展走访慰问") counts as its name, and a long measure is found by one
clause of it found nearly whole ("开展非法营运专项打击行动，对网约车平台…"), and a programme by its quoted
name ("推动“兵支书”队伍建设" by "新选任“兵支书”23名"). A target is met or not by metric and figure against
the figures the summary reports (its `achievements`), with recurring periods counted per year ("每季度一次"
is met by "全年4次"), people counted alike by any counter (200人 ~ 186名); a rate or share only against a
figure that measures the same (its head: a 权重 in a score is no 通过率, 比例 ~ 占比), a change only against
a change (较上年增长10% ~ 同比增长15.2%), and never by a figure whose sentence shares only the object.
A word most of the plan's items hold is its theme (体育 in a sports plan) and weighs little: a passage sharing
only it is no evidence. A timetable row is read whole and cell by cell with its row header; a sentence that
only introduces what follows ("具体安排如下。") is no measure. A cell's target, whose metric carries its row's name,
is met by a figure that omits the name, unless another row prints the same work: then only by one naming its row.
Evidence does the same kind of work (改造 reports no 新建, `making_kinds`) on what the metric counts, not only its
setting (社区 of 社区阅读活动, `Matcher.key_words`); a long measure not found whole is found by any one clause.
How a text is found in a passage is `trace_match`'s; here are the verdicts drawn from what it finds.
"""

from __future__ import annotations

import math
import re
from typing import Literal, NamedTuple

from jihua.pipeline.compare.trace_figures import (
    Figures,
    figure_of,
    in_unit_of,
    passage_figures,
    results,
    to_date,
)
from jihua.pipeline.compare.trace_match import CLAUSE_CONTENT, REPORTED_AT, Matcher, Nlp
from jihua.pipeline.compare.trace_rows import Compared, compared_by, names_row, row_cells, table_rows
from jihua.pipeline.compare.views import Part, flatten, side_of, target_side
from jihua.pipeline.rules.compare_words import (
    NEW_COUNT,
    STOCK,
    STOCK_TARGET,
    YEARS_SHARE,
    counted_alike,
    kinds_agree,
    making_kinds,
    states_change,
)
from jihua.pipeline.rules.lexicon import CONTACT_FIELD, INTRODUCES_WHAT_FOLLOWS, REPORT_TITLE
from jihua.pipeline.rules.periods import YEAR_PART, summed_months, year_part
from jihua.pipeline.rules.targets import CHANGE_VERB, HELD, KEPT_DOWN, PERCENT_UNITS, per_year, times_a_year
from jihua.pipeline.text.script import folded
from jihua.pipeline.text.sentences import clauses
from jihua.schemas import plan
from jihua.schemas.trace import MeasureTrace, TargetTrace, TraceCounts, TraceResult

PLANNED = ("measures", "goals", "schedule", "safeguards", "evaluation", "outlook")
NAME_AT = 0.7  # a measure's heading ("做好退役士兵安置") found this fully names what was done
FIGURE_AT = 0.45  # a reported figure belongs to a target from this metric cover on
CLAUSE_AT = 0.8  # a clause of a measure found this fully, nearly word for word, reports it
_LOOKING_AHEAD = ("outlook", "problems")
_PLANNING = (*PLANNED, "guiding_ideology", "principles")  # what a report that also plans sets for the year ahead
_PLAN_TITLE = re.compile(r"计划|方案|要点|安排|打算")


def _passages(doc: plan.Document) -> tuple[list[tuple[str, str]], frozenset[int]]:
    """What the summary reports: its sentences, leaving out 问题 and 下一步打算 — and, in a report that also plans
    (a 政府工作报告, a "总结及明年计划"), the parts that plan, so the next year's "赤字率拟按2.8%左右安排" or
    "新建服务站10个" is never taken for what was done; and which of them open the summary before its first part
    (when it has parts)."""
    parts = [p for p in flatten(doc) if p.type not in _LOOKING_AHEAD]
    if doc.doc_type == "summary_plan" and any(p.type == "review" for p in parts):
        parts = [p for p in parts if p.type not in _PLANNING]
    parts = parts or flatten(doc)
    passages = [(item.text, part.heading, part.type == "preamble") for part in parts for item in part.items]
    opening = frozenset(k for k, (_, _, lead) in enumerate(passages) if lead) if doc.sections else frozenset()
    return [(text, heading) for text, heading, _ in passages], opening


def _measures(p: plan.Document, matcher: Matcher) -> list[MeasureTrace]:
    rows = table_rows(p)
    # an indicator table's rows ("森林覆盖率 | 45% | 46%以上") set the targets read from them, each
    # traced by its figure among the targets: listed again as a measure, a row would be counted twice
    indicators = {row_cells(t.sentence) for t in p.targets if " | " in t.sentence}
    out = []
    for part in flatten(p):
        # the document's own tables (a 任务分解表 with no headings) plan as a part's do: of the opening text
        # only their rows, found among the tables' rows, are measures
        opening = part.type == "preamble"
        if part.type not in PLANNED and not opening:
            continue
        for item in part.items:
            if opening and item.text not in rows:
                continue
            readings = rows.get(item.text, (item.text,))
            if readings is None or (item.text in rows and row_cells(item.text) in indicators) \
                    or _lead_in(item.text, matcher) or _contact(item.text):
                continue
            own = frozenset(figure_of(t) for t in p.targets if t.unit and t.text and t.text in item.text)
            score, k = max((_measure_score(part, what, matcher, own) for what in readings), key=lambda f: f[0])
            hit = k is not None and score >= REPORTED_AT
            out.append(MeasureTrace(text=item.text, section=part.heading, similarity=round(score, 3),
                                    status="reported" if hit else "not_mentioned",
                                    match=matcher.passages[k][0] if hit and k is not None else None,
                                    match_section=matcher.passages[k][1] if hit and k is not None else None))
    return out


def _lead_in(text: str, matcher: Matcher) -> bool:
    """A sentence that only introduces what follows ("各项工作按月推进，具体安排如下。"): it ends on a lead-in
    and its other clauses name no action of their own (`CLAUSE_CONTENT`). One that sets a task first
    ("推动农村公路提档升级，新建港湾式停靠站40个，重点抓好以下工作：") is a measure."""
    if not INTRODUCES_WHAT_FOLLOWS.search(text):
        return False
    before = [c for _, _, c in clauses(text)][:-1]
    return matcher.content(matcher.words("，".join(before))) < CLAUSE_CONTENT


def _contact(text: str) -> bool:
    """A sentence of contact fields only ("服务站地址：东湖路12号，咨询电话0571-8801234。"): how to reach the body,
    no planned measure, whatever figures its numbers hold."""
    fields = [c.strip() for c in re.split(r"[，,；;。！!]", text) if c.strip()]
    return bool(fields) and all(CONTACT_FIELD.fullmatch(c) for c in fields)


def _measure_score(part: Part, text: str, matcher: Matcher, figures: Figures) -> tuple[float, int | None]:
    """The sentence's cover; for a sentence of several clauses not found whole, its best clause found
    nearly whole ("开展非法营运专项打击行动，对网约车平台…，督促平台…" by "开展非法营运专项打击行动，查处…"),
    scaled; for a part that is one measure whose sentence is not found, its heading's cover, scaled.
    Evidence comes from the summary's parts: its opening names the year's themes in the plan's own words
    ("提升档案利用服务水平") and reports no measure — only the year's overall outcome, so a clause of the
    plan's goals found nearly whole there ("全区未发生重大道路运输责任事故") is reported. Failing all these, any one
    clause found as a measure of its own (`Matcher.some_clause`) reports it."""
    score, k = matcher.best(text, in_parts=True, figures=figures, kinds=making_kinds(folded(text)))
    if score < REPORTED_AT:
        clause, ck = matcher.best_clause(text, in_parts=part.type != "goals")
        if clause >= CLAUSE_AT:
            return max(REPORTED_AT, clause * REPORTED_AT / NAME_AT), ck
    name = matcher.words(part.heading)
    if score < REPORTED_AT and len(part.items) <= 2 and sum(map(len, name)) >= 4:
        named, nk = matcher.best(part.heading, in_parts=True)
        if named >= NAME_AT and named > score and nk is not None and matcher.shares_subject(matcher.words(text), nk):
            return max(REPORTED_AT, named * REPORTED_AT / NAME_AT), nk
    if score < REPORTED_AT and (quoted := matcher.named(text))[1] is not None:
        return max(REPORTED_AT, quoted[0]), quoted[1]
    if score < REPORTED_AT and (one := matcher.some_clause(text))[1] is not None:
        return one
    return score, k


def _status(t: plan.Target, got: plan.Target, months: tuple[int, int] = (1, 12)) -> Literal["met", "not_met", "reported"]:
    """Met or not over the months the summary sums up (`summed_months`): a recurring target asks its count per period
    ("每季度一次": 4 of a year's summary, 2 of a 上半年总结); a count is met when reached. Short of it before the target
    is due, it is in progress (`reported`), not missed: a year's total in a 上半年总结 ("新增床位8张" against "新增
    床位5张"), a period longer than the months summed ("每年一次" in a 第一季度总结), a period begun and not ended
    ("每季度一次" in a 1—5月总结: one quarter due, a second under way)."""
    span = months[1] - months[0] + 1
    period = folded(t.period) if t.period else None
    value = figure_of(t)[0]  # in the unit diff compares in: 1500公顷 against 2万亩
    want = per_year(value, period) * span / 12 if times_a_year(period) else value
    got_period = folded(got.period) if got.period else None  # a traditional copy's 每季度 reads as the simplified
    have = figure_of(got)[0]
    if times_a_year(got_period):
        have = per_year(have, got_period) * span / 12
    if t.comparator == "<=":
        met = have <= want * (1 + 1e-9)
    elif t.comparator in ("=", "≈") and _kept_down(t):
        met = have <= want * (1.05 if t.comparator == "≈" else 1 + 1e-9)
    else:
        met = have >= want * (0.95 if t.comparator == "≈" else 1 - 1e-9)
    if met:
        return "met"
    return "not_met" if _due(t, period, value, have, months) else "reported"


_CHANGED_BY = re.compile(CHANGE_VERB)


def _kept_down(t: plan.Target) -> bool:
    """A level of something an office keeps down (`KEPT_DOWN`: 失业率, 价格涨幅), set without a word that bounds it
    ("5.5%左右"): reaching less is meeting it. Not a change of it ("事故起数下降10%": a fall asked, more is more)."""
    measure = t.metric or t.text
    return bool(KEPT_DOWN.search(measure)) and not _CHANGED_BY.search(t.text)


def _due(t: plan.Target, period: str | None, value: float, have: float, months: tuple[int, int]) -> bool:
    """Whether a target not met by the summary's figure is missed by the months it sums up: a recurring one when the
    figure falls short of its whole periods in them ("每月一次" in a 上半年总结: 6), one for a part of the year when that
    part has ended ("上半年完成…", "年底前…" in a year's summary), a cap on a count once passed (it only grows);
    a level held ("保持在95%以上") whenever it slips; a year's total or a rate to reach in a report on part of the year is
    still under way."""
    span = months[1] - months[0] + 1
    if (often := times_a_year(period)) is not None:
        whole = math.floor(span * often / 12 + 1e-9)
        return have < value * whole * (1 - 1e-9) if t.comparator != "<=" else True
    part = YEAR_PART.search(period or "")
    if (year_part(part)[1] if part else 12) <= months[1] or HELD.search(t.text):
        return True
    return t.comparator == "<=" and (t.base_unit or t.unit) not in PERCENT_UNITS


class _Reported(NamedTuple):
    """A figure the summary reports, with what every target's comparison reads of it, read once."""

    target: plan.Target
    unit: str
    head: tuple[str, bool] | None
    metric_words: str  # joined for `Matcher.cover`
    sentence_words: str
    to_date: bool
    years_share: bool
    change: bool
    kinds: frozenset[str]  # the kinds of work its clause names (`making_kinds`)


def _reported(reported: list[plan.Target], matcher: Matcher, year: int | None) -> list[_Reported]:
    return [_one_reported(r, matcher, year) for r in reported]


def _one_reported(r: plan.Target, matcher: Matcher, year: int | None) -> _Reported:
    """A figure whose own clause names no more than what it measures ("发放率96.3%", "同比增长15.2%") measures
    what its sentence names before it ("累计发放优待证1.63万张，发放率96.3%"): its metric is the sentence's."""
    metric, sentence = matcher.words(r.metric or r.text), "|".join(matcher.words(r.sentence or r.text))
    return _Reported(r, counted_alike(figure_of(r)[1]), matcher.head(r.metric or r.text),
                     sentence if len(metric) <= 1 else "|".join(metric), sentence, to_date(r, year),
                     bool(YEARS_SHARE.search(r.text)), states_change(r.text), making_kinds(folded(r.text)))


def _figure_for(t: plan.Target, reported: list[_Reported], matcher: Matcher,
                compared: Compared) -> tuple[tuple[float, plan.Target | None], tuple[float, plan.Target | None]]:
    """The summary's figure in the same unit (or one counting alike: 场 for 次) whose metric (and sentence) covers
    one of the target's metrics, and names its row if it must (`compared_by`) —
    the year's own figure, and apart from it the best running total ("累计建成36间"), which is
    evidence the work was reported but never the year's result. Of equal covers the one marked as
    the year's share ("其中今年新建8间") wins. A figure for another kind of work on the same object ("改造公墓5处"
    for "新建公墓4处") or whose sentence names none of the metric's `key_words` (only its setting: "社区消防检查"
    for "社区阅读活动") is none of the target's."""
    unit, change = counted_alike(figure_of(t)[1]), states_change(t.text)
    kinds = making_kinds(folded(t.text))
    # ("今年累计发放…" is the year's running total, no stock)
    whole_stock = bool(STOCK_TARGET.search(t.text)) and not NEW_COUNT.search(t.text) and not YEARS_SHARE.search(t.text)
    best: dict[bool, tuple[float, bool, plan.Target | None]] = {False: (0.0, False, None), True: (0.0, False, None)}
    for metric in compared.metrics:
        want, head, named = matcher.words(metric), matcher.head(metric), matcher.key_words(metric)
        for r in reported:
            if r.unit != unit or r.change != change or not matcher.heads_agree(head, r.head, r.metric_words) \
                    or not matcher.agrees(want, r.sentence_words) or not matcher.holds(named, r.sentence_words) \
                    or not kinds_agree(kinds, r.kinds) \
                    or not names_row(compared, matcher, r.metric_words, r.sentence_words):
                continue
            if whole_stock and NEW_COUNT.search(r.target.text) and not STOCK.search(r.target.text):
                continue  # the year's additions are no count of the whole stock
            score = 0.5 * matcher.cover(want, r.metric_words) + 0.5 * matcher.cover(want, r.sentence_words)
            key = (score, r.years_share, r.target)
            if key[:2] > best[r.to_date][:2]:
                best[r.to_date] = key
    return (best[False][0], best[False][2]), (best[True][0], best[True][2])


def _targets(p: plan.Document, s: plan.Document, matcher: Matcher) -> list[TargetTrace]:
    headings = {sec.id: sec.heading for sec in plan.walk(p.sections)}
    # what the summary reports as done: not the figures its 问题 and 打算 parts name
    aside = {sec.id for sec in plan.walk(s.sections) if sec.type in _LOOKING_AHEAD}
    reported = _reported(results([a for a in s.achievements if a.section_id not in aside]), matcher, _year_reported(s))
    compared = compared_by(p, matcher)
    months = summed_months(s.title, _opening_text(s))
    out = []
    for t in p.targets:
        side, section = target_side(t), headings.get(t.section_id or "", "")
        (score, got), (total_score, total) = _figure_for(t, reported, matcher, compared[t.id])
        if got is not None and score >= FIGURE_AT:
            out.append(TargetTrace(target=side, section=section, status=_status(t, got, months),
                                   reported_value=in_unit_of(t, got), similarity=round(score, 3), match=got.sentence or got.text))
            continue
        if total is not None and total_score >= FIGURE_AT:  # only a total to date: reported, not the year's result
            out.append(TargetTrace(target=side, section=section, status="reported", similarity=round(total_score, 3),
                                   match=total.sentence or total.text))
            continue
        kinds = making_kinds(folded(t.text))
        score, k, metric = max(((*matcher.best(m, by_clause=True, kinds=kinds), m) for m in compared[t.id].metrics),
                               key=lambda f: f[0])
        hit = k is not None and score >= REPORTED_AT and matcher.shares_subject(matcher.words(metric), k) \
            and names_row(compared[t.id], matcher, matcher.joined[k])
        out.append(TargetTrace(target=side, section=section, status="reported" if hit else "not_mentioned",
                               similarity=round(score, 3), match=matcher.passages[k][0] if hit and k is not None else None))
    return out


def _opening_text(s: plan.Document) -> str:
    """The summary's opening paragraph, before its first part ("2026年1—8月，站里…"): where a report whose title names
    no period says which months it sums up."""
    parts = flatten(s)
    return parts[0].items[0].text if parts and parts[0].type == "preamble" and parts[0].items else ""


def _warnings(p: plan.Document, s: plan.Document) -> list[str]:
    """A summary given where the plan belongs (or the other way round) traces nothing useful."""
    plan_reports = bool(REPORT_TITLE.search(p.title)) and not _PLAN_TITLE.search(p.title)
    summary_plans = bool(_PLAN_TITLE.search(s.title)) and not REPORT_TITLE.search(s.title)
    figures_swapped = len(p.achievements) > len(p.targets) and len(s.targets) > len(s.achievements)
    if plan_reports or summary_plans or figures_swapped:
        return [f"'{p.title}' reads as a summary and '{s.title}' as a plan: were the files given in the "
                "wrong order? (jihua trace PLAN SUMMARY)"]
    reports_on = _year_reported(s)
    if p.year is not None and reports_on is not None and p.year != reports_on:
        return [f"the plan is for {p.year} and the summary reports on {reports_on}: a plan is traced against "
                "the summary of its own year"]
    return []


def _year_reported(s: plan.Document) -> int | None:
    """The year a summary reports on: the year its title dates it by ("2024年上半年工作总结",
    "2024年工作总结及2025年打算"); a report that plans without calling itself a summary
    ("2025年政府工作报告") looks back on the year before."""
    if s.year is None or s.doc_type != "summary_plan" or REPORT_TITLE.search(s.title):
        return s.year
    return s.year - 1


def _consistent(measures: list[MeasureTrace], targets: list[TargetTrace], matcher: Matcher) -> list[MeasureTrace]:
    """The two tables must not contradict each other: a measure whose own target the summary reports
    on ("举办招聘会30场" against "举办招聘会32场") is reported, whatever its other words; and a target
    that is its measure's only one, the measure reported ("建立学生心理健康档案，覆盖率100%" against
    "完成全体学生心理健康筛查并建档"), is reported at least, its figure not found — unless the passage
    names rates and none of them the target's ("密闭化改造率" against "备案登记率100%")."""
    owned = [(m, [t for t in targets if t.target.text and t.target.text in m.text]) for m in measures]
    for m, own in owned:
        if m.status == "not_mentioned":
            t = next((t for t in own if t.status != "not_mentioned" and t.match), None)
            if t is not None:
                m.status, m.match = "reported", t.match
    for m, own in owned:
        if m.status == "reported" and m.match and len(own) == 1 and own[0].status == "not_mentioned" \
                and _names_its_rate(own[0], m.match, matcher):
            own[0].status, own[0].match = "reported", m.match  # (a measure of several targets may report one)
    return measures


def _names_its_rate(t: TargetTrace, passage: str, matcher: Matcher) -> bool:
    """Whether a passage may speak of the target: it names no rate, or one that agrees with the target's."""
    heads, words = matcher.heads(passage), matcher.words(passage)
    head = matcher.head(t.target.metric or t.target.text)
    return not heads or any(matcher.heads_agree(head, h, words) for h in heads)


def trace(plan_result: plan.ParseResult, summary_result: plan.ParseResult, nlp: Nlp) -> TraceResult:
    p, s = plan_result.documents[0], summary_result.documents[0]
    passages, opening = _passages(s)
    planned = [item.text for part in flatten(p) for item in part.items]
    matcher = Matcher(nlp, passages, opening, passage_figures(passages, [*s.achievements, *s.targets]), planned)
    targets = _targets(p, s, matcher)
    measures = _consistent(_measures(p, matcher), targets, matcher)
    counts = TraceCounts(
        measures_reported=sum(m.status == "reported" for m in measures),
        measures_not_mentioned=sum(m.status == "not_mentioned" for m in measures),
        targets_met=sum(t.status == "met" for t in targets), targets_not_met=sum(t.status == "not_met" for t in targets),
        targets_reported=sum(t.status == "reported" for t in targets),
        targets_not_mentioned=sum(t.status == "not_mentioned" for t in targets),
    )
    return TraceResult(plan=side_of(plan_result, p), summary=side_of(summary_result, s), counts=counts,
                       measures=measures, targets=targets, warnings=_warnings(p, s))
