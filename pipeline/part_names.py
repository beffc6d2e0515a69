"""What part a heading names (指导思想, 保障措施, 存在问题 …), for classify: the cue that closes a heading's naming
clause, and when a cue inside a clause is only a task's object ("夯实发展基础"), a remedy ("补齐…短板") or a goal
pursued ("全力完成年度经营目标") rather than the part's name.

Apart from `classify.py` so that reading a heading's words stays one place, under the stage that weighs them
against the document's structure (its period, its kind, the parts around).
"""

from __future__ import annotations

import re

from jihua.pipeline.rules.lexicon import (
    CLAUSE_BREAK,
    GOAL_PURSUIT,
    OWN_CONDUCT,
    PERIOD_HEADING,
    PROBLEMS_NAMED,
    REMEDY_VERBS,
    SECTION_CUES,
    WORK_ADVERBS,
    WORK_VERBS,
    aimed_result,
    clause_at,
    first_clause,
)

# …and a list of it ("主要指标一览", "重点项目汇总表"): a slide or an annex that tabulates the part
_PART_SUFFIX = r"(?:机制|制度|体系|工作|措施|情况|方面)?(?:一览表?|汇总表?|情况表)?$"
# the part name must close the heading's first clause: "严格督查考核" names a part,
# "加大企业创新激励力度" only mentions a word
_PART_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (t, re.compile(f"(?:{p.pattern}){_PART_SUFFIX}")) for t, p in SECTION_CUES
)

# "补齐公共服务短板", "着力解决群众急难愁盼问题": a problem named as what the work remedies is a measure
_FOUND = re.compile(PROBLEMS_NAMED)
_REMEDY = re.compile(rf"^(?:着力|加快|全力|切实|持续|大力|努力|坚决|有效)?(?:{REMEDY_VERBS})")
# …or a verb before the noun inside its clause, after the work the heading names first ("抓设施补短板", "聚焦民生破解
# 难题"): a remedy verb not qualifying the noun as still to do ("亟待解决的问题"), or a one-character verb joined to it as
# one phrase ("补短板", "强弱项", "破难题", "缩差距")
_REMEDY_BEFORE = re.compile(rf"(?:{REMEDY_VERBS})(?![的中])|(?:补|强|破|解|缩|填|攻)$")
# …unless the heading goes on to say the remedy falls short ("养老服务补短板仍有差距", "补短板有待加强", "补短板力度
# 不够"): the remedy is the subject, the shortfall what the part reports; a predicate (仍有差距, 不够), not a
# second remedy ("补短板缩差距")
_SHORTFALL_AFTER = re.compile(r"(?:仍|还|尚|依然|有|存在)+(?:差距|短板|不足)|不够|有待|不多|不足|不到位")


# a verb of work opening the clause (rules/lexicon.py WORK_VERBS): what it governs is the task's object
# ("持续优化发展环境", "完善统计监测指标"), not the name of a part
WORK_VERB_OPENS = re.compile(rf"^(?:{WORK_ADVERBS})*(?:{WORK_VERBS})")
# cues that name a part only as the noun phrase the clause is: a background (发展基础, 发展环境, 形势分析, 目的, 意义)
# or an indicator list (绩效指标, 主要指标)
_NOUN_ONLY = frozenset({"preamble"})
_PROBLEMS_CUE = dict(SECTION_CUES)["problems"]


def _named(section_type: str, heading: str, m: re.Match[str]) -> bool:
    """A problems cue names the part unless the heading remedies the problem ("补齐…短板"); a
    heading that names the problems found ("整改工作中存在的问题") is a problems part still. A
    background or indicator cue names none where a work verb governs it (`WORK_VERB_OPENS`), a goals cue none
    where a verb pursues it ("全力完成年度经营目标": a task; `GOAL_PURSUIT`)."""
    if section_type == "goals" and GOAL_PURSUIT.match(clause_at(heading, m.end() - 1)):
        return False
    if section_type == "review" and aimed_result(heading, m.start()):
        return False  # "在凝聚共识上取得新成效": the result a part aims at (a summary's parts report by its kind)
    if section_type in _NOUN_ONLY or m.group(0).endswith("指标"):
        return not _governed(heading, m.start())
    return section_type != "problems" or not _remedied(heading, m.start(), m.end()) or _FOUND.search(heading) is not None


def _remedied(heading: str, at: int, end: int) -> bool:
    """The problem noun at `at`:`end` is what the heading's work remedies: a remedy verb opens the heading, or one
    stands before the noun in its clause ("抓设施补短板", "聚力破难题"), and the clause does not go on to a shortfall
    of that remedy ("补短板仍有差距")."""
    before = CLAUSE_BREAK.split(heading[:at])[-1]
    if _SHORTFALL_AFTER.search(CLAUSE_BREAK.split(heading[end:])[0]):
        return False
    return _REMEDY.match(heading.strip()) is not None or _REMEDY_BEFORE.search(before) is not None


def _governed(heading: str, at: int) -> bool:
    """The clause holding position `at` opens with a work verb: what it names is that work's object."""
    return WORK_VERB_OPENS.match(clause_at(heading, at)) is not None


def heading_type(heading: str) -> tuple[str, str] | None:
    """(type, cue word) named anywhere in a heading, or None; a heading that is only a date, a
    span of dates or a year ("4月12日", "4月13日—20日", "2025年") names a period of the schedule."""
    if PERIOD_HEADING.match(heading.strip()):
        return "schedule", heading.strip()
    for section_type, pattern in SECTION_CUES:
        m = pattern.search(heading)
        if m and _named(section_type, heading, m):
            if section_type == "preamble" and (problems := _problems_named(heading)):
                return problems
            return section_type, m.group(0)
    return None


def _problems_named(heading: str) -> tuple[str, str] | None:
    """The problems a heading names beside its background ("产业发展现状及存在问题", "发展基础和主要短板"): the
    narrower part wins: a background part would not name its problems beside it."""
    m = _PROBLEMS_CUE.search(heading)
    return ("problems", m.group(0)) if m and _named("problems", heading, m) else None


# the points an assessment gives a part, noted after its name ("共性目标（40分）", "加分项目（最高5分）"): a weight, not the name
_SCORE_NOTE = re.compile(r"\s*[（(][^（）()]{0,6}\d+(?:\.\d+)?\s*分[）)]\s*$")


def part_name(heading: str) -> tuple[str, str] | None:
    """(type, cue) when the heading's first clause ends in a part name — or, after a first clause that
    names none ("坚持勤政为民，切实加强机关作风建设", "抓作风强执行，加强机关自身建设"), a later one does — else None."""
    heading = _SCORE_NOTE.sub("", heading)
    clause = first_clause(heading)
    if PERIOD_HEADING.match(clause):
        return "schedule", clause
    for candidate in naming_clauses(heading):
        for section_type, pattern in _PART_NAMES:
            m = pattern.search(candidate)
            if m and _named(section_type, candidate, m):
                return section_type, m.group(0)
    return None


_SLOGAN = re.compile(r"^坚持[\u4e00-\u9fff]{2,8}$")  # "坚持从严从实", "坚持实干为先": a stance, no part
OWN_CONDUCT_NAMED = re.compile(OWN_CONDUCT)


# "在…上持续用力", "在…上下功夫", "在…上取得新突破": the part named inside the frame
_FRAMED = re.compile(r"^在([\u4e00-\u9fff“”]{2,16}?)上[\u4e00-\u9fff]{2,6}$")


def naming_clauses(heading: str) -> tuple[str, ...]:
    """The clauses that may name a heading's part: its first, the part a "在…上+verb" frame holds
    ("在加强队伍建设上持续用力", a parallel heading's way of naming it), after a 坚持… slogan opening it
    ("坚持党建引领，强化教育发展保障") the next, and after any other first clause that carries no cue of its
    own ("抓作风强执行，加强机关自身建设": a pair of short verb-object phrases) a later one naming the body's own
    building (OWN_CONDUCT): the first clause says how, the later one what the part is about. A first clause
    with a cue anywhere in it ("完善考核办法，…") names the part or names none."""
    clause = first_clause(heading)
    framed = _FRAMED.match(clause)
    if framed:
        return clause, framed.group(1)
    later = [c.strip() for c in CLAUSE_BREAK.split(heading.strip())[1:] if c.strip()]
    if _SLOGAN.match(clause):
        return clause, *later[:1]
    if heading_type(clause) is not None:
        return (clause,)
    # only the body itself names the part from a later clause: a function word a task goes on to ("推进产业转型，健全
    # 工作机制", "…，确保完成全年目标") names none
    return clause, *(c for c in later if OWN_CONDUCT_NAMED.search(c))
