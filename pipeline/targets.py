"""Targets: a metric with a figure — "国内生产总值增长6.5%左右" → metric 国内生产总值增长, 6.5 %, ≈.

Numbers are read on characters, not tokens, in Arabic and Chinese numerals, with the scale printed
(万/亿/万亿) kept in the unit and applied to a normalised value: that grammar, and the naming of what a
figure measures, are `figure_text`'s. A number with no unit is a figure only where a comparison word
governs it ("死亡率控制在0.9以内") or as a ratio's second term ("师生比1∶200"). What a figure is not — an
ordinal (第二轮), a counted name (八项规定, 一个中国原则), an anniversary, a date, a population described,
a difference printed beside its figure — is `not_targets`' to tell, by data in `rules/targets.py` and
`rules/target_scope.py`; the whole a count names rather than a figure set (全县12个乡镇, what a coverage goal
spans) is `figure_scope`'s.

Whether a figure is *set* for the planned period or *reported* as done is `stance`'s to judge;
`target_collect` walks a document and files each figure as a target or an achievement by that verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from jihua.pipeline.coordination import lend_verb, own_clause_part, share_verb, shared_frame
from jihua.pipeline.figure_scope import coverage_measure, coverage_scope, merged_lead
from jihua.pipeline.figure_text import (
    DASHES,
    NUMBER,
    RANGE_BEFORE,
    a_share_word,
    blank_quoted,
    borrowed_metric,
    clean_metric,
    half_width_figures,
    respective_metrics,
    scope_alone,
    unit_kind,
    unit_of,
)
from jihua.pipeline.model import Figure
from jihua.pipeline.not_targets import not_a_target
from jihua.pipeline.rules import target_scope as S
from jihua.pipeline.rules import targets as R
from jihua.pipeline.rules.compare_words import ANY_RATE, BOUNDED_SHARE, UNBOUNDED_RATE, moves_only
from jihua.pipeline.rules.numbering import SIGN_LIKE, SYMBOL_BULLETS, match_label
from jihua.pipeline.text.numerals import to_number
from jihua.pipeline.text.sentences import clauses as split_clauses
from jihua.pipeline.tiers import mark_tiers

_MIN_METRIC = 3
# a piece's entities, given the paragraph it was taken from (whose tokens it may reuse)
Entities = Callable[[str, str], dict[str, list[str]]]


@dataclass(kw_only=True)
class Found(Figure):
    """A figure read from a clause, and where the clause's number starts in the sentence."""

    clause: str
    start: int


def beyond_whole(figure: Figure) -> bool:
    """A share of a whole above 100% ("达标率保持1009%"): no share can be; nor does a plan set any rate at
    1000% or more. Read off a scan, the figure is a misread (the % sign read as "9%" too); which figure was
    printed cannot be told, so it is no target. A rate that may pass 100% (到位率, 使用率) stays below 1000%."""
    if figure.unit != "%" or float(figure.value) <= 100 or UNBOUNDED_RATE.search(figure.metric) is not None:
        return False
    bounded = BOUNDED_SHARE.search(figure.metric) is not None
    return bounded or (float(figure.value) >= 1000 and ANY_RATE.search(figure.metric) is not None)


def _comparator(m: re.Match[str], before: str) -> str:
    after = m.group("after")
    if after:
        return R.AFTER_COMPARATOR[after]
    if m.group("more") or m.group("more2"):
        return ">="
    sign = R.SIGN_BEFORE.search(before)
    if sign:
        return R.SIGNS[sign.group(1)]
    if R.APPROX.search(before):
        return "≈"
    if R.AT_MOST.search(before):
        return "<="
    if R.AT_LEAST.search(before):
        return ">="
    return "="


def _part_around(clause: str, pos: int) -> str:
    """The enumerated part ("、"-separated) of a clause that holds position `pos`."""
    begin = clause.rfind("、", 0, pos) + 1
    end = clause.find("、", pos)
    return clause[begin: end if end != -1 else len(clause)].strip()


def _cut_tail(clause: str, end: int) -> str:
    """"举行两期电脑培训和法律知识、…的讲座以及…" → the clause up to where a long list goes on. A 、 after the
    clause's only figure lists what it counts ("42家危险化学品生产、经营企业"): no cut there; nor where no list
    goes on after the 和 ("对15名领导干部和国有企业负责人开展经济责任审计": one object, then the verb)."""
    joint = re.compile(r"和|以及|及").search(clause, end)
    rest = clause[joint.end():] if joint else ""
    if joint and len(rest) > 15 and re.search(r"、|和|以及|及", rest):
        return clause[: joint.start()]
    return clause


# what follows a range's first figure: a joint and the second ("5%—5.5%", "8%到10%", "8家到10家")
_RANGE_GOES_ON = re.compile(rf"\s*(?:[{DASHES}]\s*(?=\d)|(?P<to>到)\s*)")
# …but 到 before a date opens a deadline ("到2027年", "新建驿站9个到8月底全部投用", "到3季度")
_DATE_AFTER = re.compile(r"(?:19|20)\d{2}\s*年|\d{1,2}\s*(?:月|日|号|季度|旬)|\d+\s*年(?:底|初|末|中)")


def _range_goes_on(masked: str, m: re.Match[str]) -> bool:
    """Whether figure `m` is a range's first bound, the second after it: after a dash, any figure; after 到, one of the
    same unit (or any, the first printing none: "12到15家", "3亿到5亿元") and no date — "选派干部40名到25个村",
    "完成投资8亿元到10月底拨付" are two clauses' words."""
    joint = _RANGE_GOES_ON.match(masked, m.end())
    if joint is None or not joint.group("to"):
        return joint is not None
    if _DATE_AFTER.match(masked, joint.end()):
        return False
    second = NUMBER.match(masked, joint.end())
    return second is not None and (not m.group("unit") or m.group("unit") == second.group("unit"))


def _accepted(masked: str, sentence_before: str, sentence_after: str = "") -> list[re.Match[str]]:
    hits: list[re.Match[str]] = []
    last = 0
    for m in NUMBER.finditer(masked):
        if not not_a_target(masked, m, masked[last: m.start()], sentence_before + masked[:m.start()], sentence_after):
            hits.append(m)
            # (a range's first bound leaves the words before it to the second: "培育企业六家到八家" is 培育's)
            last = last if _range_goes_on(masked, m) else m.end()
    # a range "5%—5.5%": its first figure belongs to the second
    hits = [m for m in hits if not _range_goes_on(masked, m)]
    # "(上下半年各一次)" restates a figure given outside the brackets
    inside = [m for m in hits if _in_brackets(masked, m.start())]
    return [m for m in hits if m not in inside] if len(inside) < len(hits) else hits


def _in_brackets(text: str, pos: int) -> bool:
    opened = max(text.rfind("（", 0, pos), text.rfind("(", 0, pos))
    closed = max(text.rfind("）", 0, pos), text.rfind(")", 0, pos))
    return opened > closed


def _found(clause: str, masked: str, m: re.Match[str], text: str, metric: str, before: str) -> Found | None:
    value = 50 if m.group("half") else to_number(m.group("num"))
    if value is None:
        return None
    tenths = m.group("unit") == "成"  # 三成 is 30%, 七成五 75%
    if tenths:
        value = value * 10 + (to_number(m.group("tenth") or "") or 0)
    if m.group("denom"):  # "三分之二以上": a share, two thirds of them
        value = round(value * 100 / (to_number(m.group("denom")) or 100), 2)
    unit = unit_of(m)
    scale = R.SCALES.get(m.group("scale") or "", 1.0)
    low = high = None
    rng = RANGE_BEFORE.search(masked[: m.start()])
    if rng and (rng.group("scale") not in (None, m.group("scale")) or rng.group("own") not in (None, m.group("unit"))):
        rng = None  # "8000万—1.2亿元", "40名到25个": the bounds in two magnitudes or units, no range of printed figures
    if rng and (to_number(rng.group(1)) or 0) >= value:
        rng = None  # a range runs up: "第3到2批" is none
    if rng:
        low, high = to_number(rng.group(1)), value
        value = low if low is not None else value
    period = R.PERIODS.search(R.undated(clause))  # not an old stock's "2000年底前建成的…"
    begin = rng.start() if rng else m.start()
    comparator = _comparator(m, before)
    if rng and comparator == "=":  # "增长6%—6.5%": at least its lower bound, the value it is read as
        comparator = ">="
    if m.group("ratio"):  # "师生比不低于1∶200": a floor on the ratio is a ceiling on its second term
        comparator = {">=": "<=", "<=": ">="}.get(comparator, comparator)
    return Found(clause=text, value=value, unit=unit, comparator=comparator,
                 period=period.group(0) if period else None, start=m.start(), metric=metric,
                 value_text=clause[begin: m.end()].strip(), normalized=float(value) * scale,
                 base_unit="%" if tenths else (m.group("unit") or "").replace("％", "%") or (unit if a_share_word(m) else ""),
                 low=low, high=high)


def _unlabelled(text: str) -> str:
    label = match_label(text)
    return label[1] if label and label[0].family not in ("part", "chapter", "section") else text


def _describe(clauses: list[tuple[int, str]], k: int, masked: str, m: re.Match[str],
              listed: list[re.Match[str]], previous_metric: str | None,
              clause_metric: str | None = None, clause_unit: str | None = None) -> tuple[str, str]:
    """(text, metric) of one figure: its clause, or its "、" part when the clause lists several (whether the
    figure follows its measure or opens the part); the whole clause only where the parts share an object after
    the last one ("完成3家水泥企业、2家焦化企业超低排放改造"), which no part names alone. A figure that says too
    little borrows the nearer measure: that of the figure before it in its clause ("6.5%左右、力争达到7%"), else the
    clause before it ("每个社区不少于1场"); a part that names nothing reads only in its whole clause. A staged clause that
    is only a year and its figure ("…覆盖率达到60%，2027年达到70%") takes the measure the clause before it was read for
    (`clause_metric`), that clause's own year no part of it — only where its unit is of the kind of the figure before
    (`clause_unit`; "…覆盖率达到60%，2027年新增5个" names another measure), nor a dated clause before it."""
    clause = clauses[k][1]
    several = len(listed) > 1
    framed = shared_frame(masked, m.span(), [h.span() for h in listed], tail_shared=not _deadlines(listed)) \
        if several else None
    if framed is not None:
        return _unlabelled(_part_around(clause, m.start()) if not framed[1] else clause), clean_metric(framed[0])
    part = own_clause_part(masked, m.span(), R.LEAD_VERBS) if not several else None
    if part is not None:
        begin, end = part
        text = clause[begin: end].strip()
    elif not several and (lead := merged_lead(masked, list(NUMBER.finditer(masked)), m.start())):
        begin, end = lead, len(masked)  # "整合9个文化站组建3个文化中心": the body made, not the ones merged
        text = _cut_tail(clause, m.end())[lead:]
    else:
        text = _unlabelled(_part_around(clause, m.start()) if several else _cut_tail(clause, m.end()))
        begin = masked.rfind("、", 0, m.start()) + 1 if several else 0
        end = masked.find("、", m.start()) if several else -1
        end = len(masked) if end == -1 else end
    metric = clean_metric(clause[begin: m.start()] + " " + clause[m.end(): end])
    year_alone = R.YEAR_ALONE.match(metric) is not None and unit_kind(m) == clause_unit
    moves = moves_only(metric)  # "…完成12.6亿元、增长5%": the move has no subject of its own, it borrows the one before
    says_too_little = len(metric) < _MIN_METRIC or scope_alone(metric) or year_alone or moves
    if year_alone and previous_metric is None and k > 0 and clause_metric:
        return text, R.STAGE_YEAR.sub("", clause_metric) or clause_metric
    money = (m.group("unit") or "").endswith("元")  # ("新建厂房5万平方米、投资2亿元": 投资 alone)
    if says_too_little and previous_metric is not None:  # "增长6.5%左右、力争达到7%", "分别提高到850元、650元"
        names_own = metric and not (scope_alone(metric) or moves or year_alone)
        if names_own:  # "新建幼儿园3所、小学2所", "改造公路50公里、桥梁3座": its own noun, the verb before lent to it
            return text, metric if money else share_verb([previous_metric, metric], R.LEAD_VERBS)[1]
        # a move keeps its own clause as text ("增长5%"): the measure it moves is its metric, borrowed
        return text if metric else clause, borrowed_metric(previous_metric, "" if year_alone else metric)
    if several and previous_metric is not None and not money and _parallel_counts(unit_kind(m), clause_unit) \
            and not masked[m.end(): end].strip():  # "新建公园4个、口袋公园12个": a longer noun closed by its count
        return text, lend_verb(previous_metric, metric, R.LEAD_VERBS, R.PART_OWN_VERB)
    if says_too_little and k > 0:
        previous, own = _unlabelled(clauses[k - 1][1]), metric
        metric = borrowed_metric(clean_metric(previous), "" if year_alone else metric)
        # a lead-in clause ("启动…计划，今年开工580万套"), not one with a figure of its own ("培训每季度一次"), nor a
        # standard of its own (`_own_standard`)
        if year_alone and R.YEAR.search(previous):  # "2026年实现全覆盖，2027年达到95%": that clause's own stage
            return text, own
        if not any(x.group("unit") for x in NUMBER.finditer(blank_quoted(previous))) and not _own_standard(clause, own):
            text = f"{previous}，{text}"
    return text, metric


def _parallel_counts(kind: str, before: str | None) -> bool:
    """Two 、 parts that count what one verb did: counted in one unit ("培训村医200人次、乡村教师300人次"), or each in a
    measure word of things made (`rules.targets.MADE_COUNTERS`: "…服务站15个、中小学校2所"); no rate."""
    return kind != "%" and (kind == before or (kind in R.MADE_COUNTERS and before in R.MADE_COUNTERS))


def _deadlines(listed: list[re.Match[str]]) -> bool:
    """"2小时内响应、24小时内发布信息": every part a deadline (`rules.targets.DEADLINE_BOUNDS`), its own action after it."""
    return all(h.group("after") in R.DEADLINE_BOUNDS and h.group("unit") in R.TIME_SPANS for h in listed)


def _own_standard(clause: str, own: str) -> bool:
    """A clause opening with its own basis — a period (每日, 每学期) or a per-one (每人, 每户) — and naming its own action
    after it is a standard of its own ("…直通车，每日发车不少于30班次", "…，每户每年走访不少于4次"), though its metric
    borrows the measure before it; "…开设国防教育课，每学期不少于2课时" and "…，每户不少于1名" name none. (`own`: the
    clause's metric, its periods already left out.)"""
    if R.PERIODS.match(clause):
        return len(own) >= 2
    return S.PER_ONE.match(clause) is not None and len(S.PER_ONE.sub("", own)) >= 2


def _leading_period(clauses: list[tuple[int, str]]) -> re.Match[str] | None:
    """A period opening a sentence that scopes the clauses after it: a year's (全年, 年内) always; a
    recurring one (每月, 每季度) only as a lead-in clause of its own ("每季度，…召开一次…"): "每季度开展一次
    走访，建成示范点15个" counts the points once, not each quarter."""
    lead = R.PERIODS.match(clauses[0][1]) if clauses else None
    if lead is None or not lead.group(0).startswith("每"):
        return lead
    return lead if not NUMBER.search(blank_quoted(clauses[0][1])[lead.end():]) else None


def find_targets(sentence: str) -> Iterator[Found]:
    """Every figure in one sentence that can be a target (with a unit, or governed by a comparison word: a rate,
    a score, a ratio), with its clause and metric; two tiers of one metric (确保…、力争…) marked as such."""
    sentence = half_width_figures(sentence)
    found = list(_figures(sentence))
    mark_tiers(sentence, found)
    return iter(found)


# "——地区生产总值增长6%左右；——…", "• …"; a hyphen or star before a figure may be its sign
_LIST_MARK = re.compile(rf"^(?:——|—|－－|[{SYMBOL_BULLETS}])\s*(?=\S)|^(?:--|[{''.join(SIGN_LIKE)}])\s*(?=[^\s\d])")


def _unmarked(start: int, clause: str, blank: int) -> tuple[int, str]:
    """A clause without the dash or bullet a list opens each entry with: the mark is no part of the
    measure's name or its text."""
    mark = _LIST_MARK.match(clause)
    return (start + blank + mark.end(), clause[mark.end():]) if mark else (start, clause)


def _figures(sentence: str) -> Iterator[Found]:
    clauses = [_unmarked(start, text.strip(), len(text) - len(text.lstrip()))
               for start, _, text in split_clauses(sentence) if text.strip()]
    lead = _leading_period(clauses)
    cases = _case_conditions([clause for _, clause in clauses])
    last_metric: str | None = None  # the measure of the clause before's last figure, and that figure's kind
    last_kind: str | None = None
    out: list[Found] = []
    for k, (start, clause) in enumerate(clauses):
        if k in cases:
            last_metric = None
            continue
        dated = last_metric is not None and R.STAGE_YEAR.search(last_metric) is not None
        masked = blank_quoted(clause)
        hits = _accepted(masked, sentence[:start], sentence[sentence.find(clause, start) + len(clause):])
        scope = coverage_scope(clause, masked, hits)
        if scope:
            hits = []  # the clause's counts only count the whole it covers: no figure of its own
        names = respective_metrics(masked, hits)
        last = 0
        previous: str | None = None  # the metric of the clause's figure before
        listed = "="
        kind: str | None = last_kind  # the kind of the figure before (`unit_kind`)
        for n, m in enumerate(hits):
            before = masked[last: m.start()]
            last = m.end()
            text, metric = _describe(clauses, k, masked, m, hits if names is None else [], previous, last_metric,
                                     kind)
            if n == 0 and dated and last_metric and metric == R.STAGE_YEAR.sub("", last_metric):
                _undate(out, last_metric, metric)  # "大桥2025年完成投资3亿元，2026年完成5亿元": one measure
            previous = metric
            kind = unit_kind(m)
            found = _found(clause, masked, m, text, names[n] if names else metric, before)
            if found is None:
                continue
            if names and found.comparator == "=" and hits[-1].group("after"):  # "分别增长8%和8.5%左右"
                found.comparator = R.AFTER_COMPARATOR[hits[-1].group("after")]
            if names and n == 0 and not m.group("after"):  # "分别不少于5家、10家": the word before the first
                listed = found.comparator  # figure bounds every figure of the list
            elif names and found.comparator == "=" and not m.group("after") and listed != "=":
                found.comparator = listed
            if found.period is None and lead is not None and found.base_unit not in R.SHARE_SIGN_UNITS:
                found.period = lead.group(0)  # "每月开展一次抽查，…合格率不低于95%": a rate has no period
            found.start += start
            out.append(found)
        last_metric, last_kind = previous, (kind if hits else None)
        if not hits:
            covered = coverage_measure(clause, clauses[k - 1][1] if k else "", counted=scope)
            if covered is not None:  # no figure, but a stage after it goes on with its measure: "…全覆盖，2027年达到95%"
                last_metric, last_kind = covered, "%"
    yield from out


def _undate(found: list[Found], dated: str, metric: str) -> None:
    """The stage before a staged clause reads the measure that clause reads, its own year left out."""
    for f in found:
        if f.metric == dated:
            f.metric = metric


def _case_conditions(clauses: list[str]) -> set[int]:
    """The clauses (by index) that pick out a case the rest of the sentence provides for (`rules.targets.CASE_CLOSE`):
    a grading band or a threshold, no figure set."""
    picked: set[int] = set()
    for k, clause in enumerate(clauses[:-1]):
        if not R.CASE_CLOSE.search(clause):
            continue
        first = k
        while first > 0 and R.CASE_JOINED.match(clauses[first]):
            first -= 1
        picked.update(range(0 if R.CASE_OPENS.match(clauses[0]) else first, k + 1))
    return picked
