"""Targets compared: which old target is which new one, and how it changed.

Two targets pair on their metric (下降/降低 alike, GDP spelt out) and their wording with the figures blanked (the
target's own figure as printed, in words or digits: 百分之六以上 against 5.5%左右), in one base unit of one dimension
(8000亿元 against 1.35万亿元, 5万亩 against 3500公顷, 20台（套） against 25台: `in_base`), and only where what they
count shares a word once the action and the dimension are set aside (新建 → 建成 the same thing pairs; 新增篮球场 and
新增停车场 do not, however alike they read, nor 造林面积 and 耕地保护面积); a target pairs with
its clearly best partner wherever each list puts it, and order decides only among near ties. A change says what
moved: value, comparator, range, period, time, unit.
"""

from __future__ import annotations

import math
import re
from typing import Literal

from jihua.pipeline.compare.align import best_then_ordered, compared_form, masked, similarity
from jihua.pipeline.compare.tiers import second_tiers, tier_bound
from jihua.pipeline.compare.views import target_side
from jihua.pipeline.rules.compare_words import (
    DIMENSION_WORDS,
    METRIC_ABBREVIATIONS,
    in_common_unit,
    named_unit,
    states_change,
)
from jihua.pipeline.rules.periods import THIS
from jihua.pipeline.rules.targets import ACTION_LEAD, PERCENT_UNITS, PERIODS, per_year
from jihua.pipeline.text.normalize import in_order
from jihua.pipeline.text.script import folded
from jihua.schemas import diff as d
from jihua.schemas import plan

TARGET_MATCH = 0.6
TARGET_LEAD = 0.1  # how much better a target's best partner must score than any other to pair before order counts

_SYNONYMS = str.maketrans({"降": "减", "低": "少", "升": "高"})


def _spelt_out(metric: str) -> str:
    """A metric with its abbreviations spelt out (GDP → 生产总值) and its figures blanked, in compared form."""
    for short, full in METRIC_ABBREVIATIONS.items():
        metric = metric.replace(short, full)
    return masked(metric)


def metric_key(metric: str) -> str:
    """A metric's comparison form: 下降/降低/减少 and 提高/提升 read alike, abbreviations spelt out
    (GDP → 生产总值), figures blanked."""
    return _spelt_out(metric).translate(_SYNONYMS)


def counted_key(metric: str) -> str:
    """What a metric counts: its key less the action it opens with ("新建篮球场" and "建成篮球场" count 篮球场),
    the whole key where nothing else is left."""
    key = _spelt_out(metric)
    return (ACTION_LEAD.sub("", key) or key).translate(_SYNONYMS)


def _words(name: str) -> set[str]:
    """A name's runs of two characters, a blanked figure in none, and none inside a word naming only a dimension
    (`DIMENSION_WORDS`: 面积, 装机容量) while the name says what it counts besides."""
    inside: set[int] = set()
    for word in DIMENSION_WORDS:
        inside.update(k for m in re.finditer(word, name) for k in range(m.start(), m.end()))
    grams = [(i, name[i:i + 2]) for i in range(len(name) - 1) if "#" not in name[i:i + 2]]
    named = {g for i, g in grams if not {i, i + 1} <= inside}
    return named or {g for _, g in grams}


def counts_alike(a: str, b: str) -> bool:
    """Two metrics count one thing only where their counted names share a word (two characters running, or the
    whole of a one-character name) or one abbreviates the other (社零额, 社会消费品零售总额). A metric read short or
    long ("河道保洁" against "河道保洁覆盖全镇") still shares one; "新增篮球场" and "新增停车场" share only their verb
    and count two things, "造林面积" and "耕地保护面积" or "光伏装机容量" and "风电装机容量" only their dimension."""
    x, y = counted_key(a), counted_key(b)
    if min(len(x), len(y)) < 2:
        return bool(x and y) and (x in y or y in x)
    return not _words(x).isdisjoint(_words(y)) or _abbreviates(x, y) or _abbreviates(y, x)


def _abbreviates(short: str, full: str) -> bool:
    """A Chinese abbreviation keeps some of the full name's characters in order, its first among them: 社零额 of
    社会消费品零售总额 (two characters alone, 粮食 in 粮油食品, say too little)."""
    return 3 <= len(short) < len(full) and short[0] == full[0] and in_order(short, full)


_POINTS = frozenset(("个百分点", "百分点"))
RESTATED = 0.85  # a rate restated in percentage points pairs, below any partner in its own unit


def _restated(a: plan.Target, b: plan.Target) -> bool:
    """"能耗下降3%" → "能耗下降3个百分点": one metric, named alike, given in % on one side and in percentage points
    on the other. Not one measure, but the same line of the list an archivist reads side by side."""
    units = in_base(a)[0], in_base(b)[0]
    return (set(units) <= PERCENT_UNITS and (units[0] in _POINTS) != (units[1] in _POINTS)
            and bool(a.metric and b.metric) and metric_key(a.metric or "") == metric_key(b.metric or ""))


def target_score(a: plan.Target, b: plan.Target) -> float:
    """Same metric in the same base unit (8000亿元 and 1.35万亿元 compare; a rate against its percentage points
    only named alike, and below any partner in its own unit); the clause's wording helps. Of two tiers (确保…、
    力争…) a floor pairs a floor or a single figure, a stretch only a stretch (see `_second_tiers`)."""
    restated = _restated(a, b)
    if (in_base(a)[0] != in_base(b)[0] and not restated) or (a.tier != b.tier and "stretch" in (a.tier, b.tier)):
        return 0.0
    score = _metric_score(a, b)
    return RESTATED * score if restated else score


def _other_stage(a: plan.Target, b: plan.Target) -> bool:
    """Two stages of one metric a year apart ("…覆盖率2027年70%" and "…2028年80%")."""
    return a.year is not None and b.year is not None and a.year != b.year


def _bar_other_stages(a: list[plan.Target], b: list[plan.Target], sim: list[list[float]]) -> None:
    """Stages pair by their year: where a metric has a partner of its own year on the other side, none of its stages
    pairs another year's — a rolling plan (2026—2028 after 2025—2027) moves on a year, its 2027 figure the old 2027 one,
    the old 2026 stage dropped and the 2028 one new, not each slid a year. Where no year meets its own, one plan's
    "2025年完成…" still pairs the next plan's "2026年完成…"."""
    staged: set[tuple[str, str]] = set()
    for x, t in enumerate(a):
        for y, u in enumerate(b):
            if sim[x][y] >= TARGET_MATCH and t.year is not None and t.year == u.year:
                staged |= {("a", metric_key(t.metric)), ("b", metric_key(u.metric))} if t.metric and u.metric else set()
    for x, t in enumerate(a):
        for y, u in enumerate(b):
            if _other_stage(t, u) and t.metric and u.metric \
                    and {("a", metric_key(t.metric)), ("b", metric_key(u.metric))} & staged:
                sim[x][y] = 0.0


def _metric_score(a: plan.Target, b: plan.Target) -> float:
    """How alike two targets in one unit read: one series (both a change or both a level), metric then wording."""
    if states_change(folded(a.text)) != states_change(folded(b.text)):  # the cue words are simplified ones
        return 0.0  # "赤字规模比去年增加1万亿元" is a change, "财政赤字2.76万亿元" a level: not one series
    wording = similarity(figure_blanked(a), figure_blanked(b))
    if not a.metric or not b.metric:
        return wording
    if not counts_alike(a.metric, b.metric):
        return 0.0  # the verb, the counter and the figure's place alike make a wording alike, not one target
    metric = similarity(metric_key(a.metric), metric_key(b.metric))
    if a.tier and b.tier:  # two "确保…、力争…" clauses share their tier words whatever they measure
        return metric
    return max(wording, 0.8 * metric + 0.2 * wording)


def figure_blanked(t: plan.Target, periods: bool = False) -> str:
    """The target's wording with its own figure as printed — numeral, comparator word and unit — blanked, and any
    other figure: "增长百分之六以上" and "增长5.5%左右", "新建农田5万亩" and "新建农田3500公顷" read alike. With `periods`,
    its period words and the own year's go too, before the figures (a period counts in numerals: "每两个月")."""
    text = t.text.replace(t.value_text, "0", 1) if t.value_text else t.text  # "0": a figure `masked` blanks
    return masked(THIS.sub("", PERIODS.sub("", folded(text))) if periods else text)


def _per_year(t: plan.Target) -> float:
    return per_year(in_base(t)[1], t.period)


_STRICTER = {("≈", ">="): 1, ("=", ">="): 1, ("≈", "<="): 1, ("=", "<="): 1, (">=", "≈"): -1, (">=", "="): -1,
             ("<=", "≈"): -1, ("<=", "="): -1}


def in_base(t: plan.Target) -> tuple[str, float]:
    """The target's unit and amount in the unit a comparison reads (万元 in a traditional copy is 万元; 3.2公里 is
    3200米; 5万亩 and 3500公顷 are both 平方米; 20台（套） is 20台), its printed scale applied: diff and trace alike."""
    return in_common_unit(t.base_unit or t.unit, float(t.normalized or t.value))


def _unit(t: plan.Target) -> str:
    """The unit as printed less its scale (万亩 is 亩, 亿元 元), as one name (`named_unit`: 台（套） is 台, 千米 公里)."""
    return named_unit(t.base_unit or t.unit)


def _direction(a: plan.Target, b: plan.Target) -> tuple[Literal["raised", "lowered", "unchanged"], float]:
    """Raised when more is asked: a higher figure or a more frequent period; a lower ceiling (以内);
    an approximate figure made a floor or a ceiling."""
    old, new = _per_year(a), _per_year(b)
    scale = (in_base(b)[1] / float(b.value)) if b.value else 1.0  # the delta in the new figure's printed unit
    delta = (in_base(b)[1] - in_base(a)[1]) / (scale or 1.0)
    if not math.isclose(old, new, rel_tol=1e-9):
        up = new > old
        if b.comparator == "<=" and a.comparator == "<=":  # "within 7 days" → "within 5 days" is tighter
            up = not up
        return ("raised" if up else "lowered"), delta
    step = _STRICTER.get((tier_bound(a), tier_bound(b)), 0)
    return ("raised" if step > 0 else "lowered" if step < 0 else "unchanged"), delta


def _own_year(word: str | None) -> bool:
    """全年, 年内, 今年, 本年度: words naming only the plan's own year, which every figure of a yearly plan is
    for, stated or not ("全年新增企业15家" and "新增企业15家" ask the same)."""
    return word is not None and THIS.fullmatch(folded(word)) is not None


def _period(t: plan.Target) -> str | None:
    """The period a comparison reads: a recurring or part-year one (每季度, 上半年) as printed, none for the own year."""
    return None if t.period is None or _own_year(t.period) else folded(t.period)


def _times(t: plan.Target) -> set[str]:
    """The time nodes a comparison reads: other than the period, and other than the own year."""
    return {folded(x) for x in t.time_nodes if x != t.period and not _own_year(x)}


def target_change(a: plan.Target | None, b: plan.Target | None, headings: dict[str, str]) -> d.TargetChange:
    if a is None or b is None:
        t = a or b
        assert t is not None
        return d.TargetChange(status="removed" if b is None else "added", old=target_side(a) if a else None,
                              new=target_side(b) if b else None, section=headings.get(t.section_id or "", ""),
                              item=t.sentence or None)
    same_value = math.isclose(in_base(a)[1], in_base(b)[1], rel_tol=1e-9)
    restated = _restated(a, b)
    # another unit of one dimension is a change only with its figure (3.5公里 is 3500米; 2万亩 → 1400公顷 is named)
    reprinted = _unit(a) != _unit(b) and not same_value
    kinds = [k for k, differs in (("unit", restated or reprinted), ("value", not same_value),
                                  ("comparator", tier_bound(a) != tier_bound(b)),
                                  ("range", (a.low, a.high) != (b.low, b.high)), ("period", _period(a) != _period(b)),
                                  ("time", _times(a) != _times(b)))
             if differs]
    status: d.TargetStatus = "changed" if kinds else "same"
    if figure_blanked(a, periods=True) != figure_blanked(b, periods=True):
        kinds.append("wording")
    direction, delta = ("unchanged", 0.0) if restated else _direction(a, b)  # % against points: no one scale
    return d.TargetChange(status=status, old=target_side(a), new=target_side(b),
                          section=headings.get(b.section_id or "", ""), item=b.sentence or None, kinds=kinds,
                          direction=direction, delta=round(delta, 6))


def align_targets(old: plan.Document, new: plan.Document) -> tuple[list[d.TargetChange], list[tuple[int, int]]]:
    """The target changes, and which old target paired with which new one (evidence for their sentences). A target
    pairs with its clearly best partner wherever each list puts it (indicators reordered, 民生实事 swapped); order
    decides among near ties only."""
    headings = {s.id: s.heading for s in plan.walk(old.sections)} | {s.id: s.heading for s in plan.walk(new.sections)}
    a, b = old.targets, new.targets
    sim = [[target_score(x, y) for y in b] for x in a]
    _bar_other_stages(a, b, sim)
    pairs = best_then_ordered(len(a), len(b), lambda x, y: sim[x][y], TARGET_MATCH, TARGET_LEAD)
    pairs += second_tiers(a, b, pairs)
    out = [(y, target_change(a[x], b[y], headings)) for x, y, _ in pairs]
    out += [(y, target_change(None, t, headings)) for y, t in enumerate(b) if y not in {p[1] for p in pairs}]
    out += [(len(b), target_change(t, None, headings)) for x, t in enumerate(a) if x not in {p[0] for p in pairs}]
    return [c for _, c in sorted(out, key=lambda t: t[0])], [(x, y) for x, y, _ in pairs]


def _stated_in(side: d.TargetSide | None, text: str | None) -> bool:
    """The target's clause stands in the sentence (compared form: punctuation and width aside)."""
    clause = compared_form(side.text) if side is not None else ""
    return bool(clause) and clause in compared_form(text or "")


def _measure_change(a: d.TargetChange, b: d.TargetChange) -> d.TargetChange:
    """A removed and an added target of one reworded sentence as one target whose measure changed ("培训农民500人次"
    → "举办培训班20期"): what it counts, and so its unit, changed; no direction, as two measures have no one scale."""
    assert a.old is not None and b.new is not None
    o, n = a.old, b.new
    kinds = ["measure", *(["unit"] if named_unit(o.base_unit or o.unit) != named_unit(n.base_unit or n.unit) else []),
             *(["value"] if o.normalized != n.normalized else []),
             *(["period"] if (o.period or None) != (n.period or None) else [])]
    return d.TargetChange(status="changed", old=o, new=n, section=b.section, item=b.item, kinds=kinds)


def _one_subject(a: d.TargetSide | None, b: d.TargetSide | None) -> bool:
    """The two count one subject however they measure it (`counts_alike`: 培训高素质农民 → 举办高素质农民培训班); two
    subjects (新增篮球场 → 新增停车场) are a target dropped and one added, even in one reworded sentence."""
    return a is not None and b is not None and bool(a.metric and b.metric) and counts_alike(a.metric, b.metric)


def measure_pairs(targets: list[d.TargetChange], items: list[d.ItemChange]) -> list[d.TargetChange]:
    """Targets left unpaired inside two paired sentences, one on each side, as one changed target (kind measure):
    the sentence kept its measure's place and subject and reworded how the measure counts it ("完成4个村污水治理" → "污水治理率
    达到45%"). Only inside one paired sentence, where no other target of either side is left to claim it;
    across sentences a target dropped and one added are two."""
    out = list(targets)
    for item in items:
        if item.old is None or item.new is None or item.status == "same":
            continue
        gone = [k for k, t in enumerate(out) if t.status == "removed" and _stated_in(t.old, item.old)]
        came = [k for k, t in enumerate(out) if t.status == "added" and _stated_in(t.new, item.new)]
        if len(gone) == 1 and len(came) == 1 and _one_subject(out[gone[0]].old, out[came[0]].new):
            out[came[0]] = _measure_change(out[gone[0]], out[came[0]])
            del out[gone[0]]
    return out
