"""Trace: for each measure and target of a plan, does the year's summary report it?

The question a 双拥办 asks at year end. Wording differs between a plan ("每季度召开一次军地
联席会议") and its summary ("全年召开军地联席会议4次"), so passages are matched on the
plan's content words (jieba, weighted by IDF), not on characters. A target is met or not
when the matched passage gives a figure in the same unit.
"""

from __future__ import annotations

import math
import re

from jihua.pipeline.compare.diff import flatten, side_of, target_side, walk_sections
from jihua.pipeline.enrich import Nlp
from jihua.pipeline.rules.lexicon import STOPWORDS
from jihua.pipeline.targets import NUMBER, number_value
from jihua.schemas import plan
from jihua.schemas.trace import MeasureTrace, TargetTrace, TraceCounts, TraceResult

PLANNED = ("measures", "goals", "schedule", "safeguards", "evaluation", "outlook")
REPORTED_AT = 0.5
_WORD = re.compile(r"[\u4e00-\u9fff]{2,}|[A-Za-z]{2,}")
_COMPARATOR_WORDS = frozenset("不少 不少于 不低于 至少 以上 不超过 达到 力争 一次".split())


class Matcher:
    """Finds the summary passage that best covers a plan sentence's content words."""

    def __init__(self, nlp: Nlp, passages: list[tuple[str, str]]) -> None:
        self.nlp = nlp
        self.idf = nlp.tfidf.idf_freq
        self.median_idf = nlp.tfidf.median_idf
        self.passages = passages
        self.tokens = [self.words(text) for text, _ in passages]

    def words(self, text: str) -> set[str]:
        return {w for w in self.nlp.jieba.cut(text) if _WORD.fullmatch(w) and w not in STOPWORDS and w not in _COMPARATOR_WORDS}

    def best(self, text: str, unit: str | None = None) -> tuple[float, int | None]:
        """Share of the text's content words (IDF-weighted) the best passage holds; with a unit,
        passages giving a figure in that unit are preferred."""
        want = self.words(text)
        if not want:
            return 0.0, None
        weight = {w: self.idf.get(w, self.median_idf) for w in want}
        total = sum(weight.values())
        best, best_k = 0.0, None
        for k, got in enumerate(self.tokens):
            score = sum(weight[w] for w in want & got) / total
            rank = score + (0.25 if unit and score > 0 and _reported_value(self.passages[k][0], unit) is not None else 0)
            if rank > best + (0.25 if best_k is not None and unit and _reported_value(
                    self.passages[best_k][0], unit) is not None else 0):
                best, best_k = score, k
        return best, best_k


_CLAUSE = re.compile(r"[^，,；;。！？!?]+")
_LOOKING_AHEAD = ("outlook", "problems")
_RECURRING = re.compile(r"^每")


def _passages(doc: plan.Document, clauses: bool = False) -> list[tuple[str, str]]:
    """What the summary reports: its sentences (or clauses), leaving out 问题 and 下一步打算."""
    parts = [p for p in flatten(doc) if p.type not in _LOOKING_AHEAD] or flatten(doc)
    out: list[tuple[str, str]] = []
    for part in parts:
        for item in part.items:
            pieces = [c.strip() for c in _CLAUSE.findall(item.text)] if clauses else [item.text]
            out.extend((piece, part.heading) for piece in pieces if piece)
    return out


def _reported_value(text: str, unit: str) -> float | int | None:
    for m in NUMBER.finditer(text):
        if (m.group("scale") or "") + m.group("unit") == unit:
            return number_value(m.group("num"))
    return None


def _target_status(t: plan.Target, value: float | int | None, clause: str) -> str:
    """Met or not when the figure is comparable; a recurring target ("每季度一次") is comparable
    only to a figure for the same period."""
    if value is None or (t.period and _RECURRING.match(t.period) and t.period not in clause):
        return "reported"
    if t.comparator == ">=":
        return "met" if value >= t.value else "not_met"
    if t.comparator == "<=":
        return "met" if value <= t.value else "not_met"
    return "met" if math.isclose(float(value), float(t.value)) else "not_met"


def trace(plan_result: plan.ParseResult, summary_result: plan.ParseResult, nlp: Nlp) -> TraceResult:
    p, s = plan_result.documents[0], summary_result.documents[0]
    matcher = Matcher(nlp, _passages(s))
    clause_matcher = Matcher(nlp, _passages(s, clauses=True))
    measures = []
    for part in flatten(p):
        if part.type not in PLANNED:
            continue
        for item in part.items:
            score, k = matcher.best(item.text)
            hit = k is not None and score >= REPORTED_AT
            measures.append(MeasureTrace(text=item.text, section=part.heading, similarity=round(score, 3),
                                         status="reported" if hit else "not_mentioned",
                                         match=matcher.passages[k][0] if hit and k is not None else None,
                                         match_section=matcher.passages[k][1] if hit and k is not None else None))
    headings = {sec.id: sec.heading for sec in walk_sections(p.sections)}
    targets = []
    for t in p.targets:
        score, k = clause_matcher.best(re.sub(r"\d+(\.\d+)?", "", t.text), unit=t.unit)
        side = target_side(t)
        if k is None or score < REPORTED_AT:
            targets.append(TargetTrace(target=side, section=headings.get(t.section_id or "", ""), status="not_mentioned",
                                       similarity=round(score, 3)))
            continue
        passage = clause_matcher.passages[k][0]
        value = _reported_value(passage, t.unit)
        targets.append(TargetTrace(target=side, section=headings.get(t.section_id or "", ""),
                                   status=_target_status(t, value, passage), reported_value=value,  # type: ignore[arg-type]
                                   similarity=round(score, 3), match=passage))
    counts = TraceCounts(
        measures_reported=sum(m.status == "reported" for m in measures),
        measures_not_mentioned=sum(m.status == "not_mentioned" for m in measures),
        targets_met=sum(t.status == "met" for t in targets), targets_not_met=sum(t.status == "not_met" for t in targets),
        targets_reported=sum(t.status == "reported" for t in targets),
        targets_not_mentioned=sum(t.status == "not_mentioned" for t in targets),
    )
    return TraceResult(plan=side_of(plan_result, p), summary=side_of(summary_result, s), counts=counts,
                       measures=measures, targets=targets)
