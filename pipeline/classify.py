"""Classify: each section's type, from the structure of the document first.

Precedence, highest first (each decision keeps the cue that made it):
  1. A top-level part's role from the period and purpose its heading names
     (rules/periods.py): a look back at a past period (回顾, 过去一年, a year before the
     document's) → review; overall requirements (总体要求, 总体部署, 政策取向) →
     guiding_ideology; goals (主要目标, 目标任务) → goals, unless the year's part names its
     tasks too (2025年工作目标和重点任务 → measures) or opens on its 总体要求 (→ guiding_ideology);
     this year's tasks (今年 or the document's year + 工作任务/重点工作/建议/打算) → measures (a report
     that is no 总结 and has such a part after reported ones is a summary_plan: meta, through
     rules/periods.sets_own_year). "The document's year" is the
     year it plans for (periods.own_year): Y in "X年计划执行情况与Y年计划草案", but a 总结's own year.
     In a 总结 (or 总结和计划) a part naming the period it sums up with the work done in it (今年以来, 一年来, the
     reported year, 上半年 in a 上半年总结) reviews, whatever follows; in a 总结 whose title names no plan, a part
     naming a later period's work (下半年工作部署 in a 上半年总结, 明年, 下一步, a later year) is its outlook.
  2. Otherwise the part name its heading carries (SECTION_CUES: 指导思想, 保障措施 …); else, in a
     plan, a body that is a timetable by month, week or stage (its first column 月份, 周次 …) is the
     schedule, and a first clause that ends in 保障 ("强化支撑保障，…") a safeguards part — unless it stands
     among the tasks (a task part before it, a task or a part named for safeguards after it) over items
     naming no safeguard kind: then it secures a field, a task (`_secured_among_tasks`).
  3. Otherwise the document's kind: an action heading is a measure in a plan, reported work
     in a summary; in a summary_plan, an unmarked part takes the side it stands on (after a
     requirements/goals/tasks part: measures; before: review), and before its plan begins a part
     reports whatever it names ("坚持从严治检，…" is no safeguard there), as in a summary.
  4. A child inherits its part's type, unless its own heading *is* a part name: the cue
     ends the heading's first clause (保障措施, 组织领导, 存在问题, 严格督查考核, 自身建设), or, after a
     first clause carrying no cue, a later clause naming the body's own building ("抓作风强执行，加强机关自身建设").
     Content words inside a clause (党组织, 建设, 队伍, 激励力度) never override, nor, under a
     measures part, a part word that an action verb governs with what qualifies it ("落实“双减”
     工作要求", "健全依法治市工作机制": tasks). Under a look back (回顾, 问题) only another
     look-back type can override (a 总结's 打算 sketches next year's work); in the plan half of a
     总结和计划 (its 2026年工作计划) also what secures the plan (加强自身建设, 强化组织保障: safeguards;
     考核: evaluation). A background
     cue (发展基础, 发展环境, 目的) or an indicator list (绩效指标) names a part only as the noun phrase
     the clause is: a work verb governing it ("夯实…发展基础", "优化发展环境") makes it a task's object; a
     goals cue names none where a verb pursues it ("全力完成年度经营目标", lexicon.GOAL_PURSUIT: a task).
"""

from __future__ import annotations

import re

from jihua.pipeline.annex import ANNEX_HEADING
from jihua.pipeline.model import Document, Section
from jihua.pipeline.part_names import (
    OWN_CONDUCT_NAMED,
    heading_type,
    naming_clauses,
    part_name,
)
from jihua.pipeline.rules.compare_words import LAST_YEAR_BASIS
from jihua.pipeline.rules.lexicon import (
    CHILD_OVERRIDE_TYPES,
    OWN_BUILT,
    SECTION_CUES,
    SUMMARY_OVERRIDE_TYPES,
    SUMMARY_PLAN,
    TIME_COLUMN,
    WORK_ADVERBS,
    WORK_VERBS,
    first_clause,
)
from jihua.pipeline.rules.periods import (
    looks_ahead,
    own_year,
    part_role,
    part_year_report,
    plan_half,
    plan_part,
    reported_part,
    reports_own_period,
    sums_up,
)
from jihua.pipeline.rules.target_stance import REPORTED_CUES

_HAN = re.compile(r"[\u4e00-\u9fff]")
# "强化支撑保障": a part that secures the plan; "完善社会保障", "强化要素保障", "完善养老服务保障", "提升防汛保障"
# name a field the plan works in (its service, supply or safety secured), a measure
_SECURES = re.compile(r"保障$")
# …but an emergency or event plan names its own safeguards so ("应急保障", "物资保障", "通信保障", "交通运输保障")
_EMERGENCY_FIELDS = "应急|物资|通信|交通|运输"
_FIELD_SECURED, _EMERGENCY_SECURED = (
    re.compile(rf"(?:{fields})(?:服务|供应|供给|安全)?保障$")
    for fields in ("社会|医疗|住房|民生|养老|就业|生活|粮食|能源|要素|水资源|供水|用水|电力|供电|用电|燃气|供气|供热|防汛|抗旱|"
                   + _EMERGENCY_FIELDS, _EMERGENCY_FIELDS))
_EMERGENCY_PLAN = re.compile(r"预案|保障方案|应急[^，。；]{0,12}方案")


def _secures_the_plan(clause: str, title: str) -> bool:
    if _SECURES.search(clause) is None:
        return False
    if _EMERGENCY_PLAN.search(title) and _EMERGENCY_SECURED.search(clause):
        return True
    return _FIELD_SECURED.search(clause) is None
_PLAN_SIDE = frozenset({"guiding_ideology", "goals", "measures", "principles", "safeguards", "evaluation"})
_RETROSPECTIVE = frozenset({"review", "problems", "outlook"})


# the parts of a plan, named in the plan half of a 总结和计划 ("2026年工作计划") as in a plan (CONTRACT: a child
# takes its parent's type unless its own heading clearly names another): what secures it ("加强自身建设",
# "强化组织保障", "严格考核奖惩"), its goals ("主要目标"), its tasks ("重点任务"), its approach ("总体思路")
_PLAN_NAMES = frozenset({"goals", "measures", "guiding_ideology"})  # named plainly only (`_plainly_named`)
_PLAN_HALF_PARTS = frozenset({"safeguards", "evaluation"}) | _PLAN_NAMES


def _plainly_named(heading: str) -> bool:
    """A heading that is one clause naming a part ("主要目标", "明确发展目标", "2026年重点任务"): a task worded
    round a part word in clauses of its own ("创新工作思路，提升服务水平") names no part."""
    text = heading.strip()
    return first_clause(text) == text


def _overrides(parent_type: str, plan_half: bool) -> frozenset[str]:
    """Under a look back (回顾, 问题, a 总结's 打算) a child names a kind of finding or of next year's work,
    not a plan part: "工作机制不完善" under 存在问题 is a problem, not a safeguard. The plan half of a
    总结和计划 (`plan_half`: its outlook) is a plan: a child naming one of a plan's parts is that part."""
    if parent_type == "outlook" and plan_half:
        return _RETROSPECTIVE | _PLAN_HALF_PARTS
    return _RETROSPECTIVE if parent_type in _RETROSPECTIVE else CHILD_OVERRIDE_TYPES


def _default(doc_type: str) -> tuple[str, str]:
    if doc_type == "summary":
        return "review", "summary: reported work"
    return "measures", "action heading in a plan"


def _looks_back(section: Section, doc: Document) -> bool:
    """The part's heading reviews a past period ("2022年工作回顾", "过去一年")."""
    role = part_role(section.heading, own_year(doc.title or "", doc.year),
                     summary=doc.doc_type in ("summary", "summary_plan"), part_of_year=part_year_report(doc.title or ""))
    return role is not None and role[0] == "review"


def _top_level(section: Section, doc: Document, side: str | None, looked_back: bool = False) -> tuple[str, str]:
    """A top-level part's type and cue (precedence 1–3 above); an annex is `other` whatever it holds.
    `looked_back`: a part before this one reviews a past period by its heading ("2022年工作回顾")."""
    if ANNEX_HEADING.match(section.heading):
        return "other", "annex (附件) after the plan's text"
    year = own_year(doc.title or "", doc.year)
    part_of_year = part_year_report(doc.title or "")
    role = part_role(section.heading, year, summary=doc.doc_type in ("summary", "summary_plan"), part_of_year=part_of_year)
    if doc.doc_type in ("summary", "summary_plan") and sums_up(doc.title or "") \
            and (period := reports_own_period(section.heading, year, part_of_year, reported_part(doc.title or ""))):
        # "今年以来重点工作", "2024年主要做法" in a 2024年总结和2025年打算: the period it sums up, by the heading's own
        # period, not by where the plan half begins
        return "review", f"period reported: '{period}'"
    if SUMMARY_PLAN.search(doc.title or "") \
            and (work := plan_half(section.heading, year, summary=sums_up(doc.title or ""))):
        # the plan half of a 总结和计划 (its title names both) named for the planned year's work ("2026年工作思路",
        # "明年工作打算") is its tasks, as a 政府工作报告's year's tasks are; an undated "下一步打算" stays an
        # outlook, and so does a plain 总结's own next-year part
        return "measures", f"the plan half: '{work}'"
    if role is not None and (doc.doc_type != "summary" or role[0] in _RETROSPECTIVE or role[0] in SUMMARY_OVERRIDE_TYPES):
        return role
    if doc.doc_type == "summary" and (ahead := looks_ahead(section.heading, year, part_of_year)):
        # "下半年工作部署" in a 上半年总结 naming no plan in its title: the summary's look ahead, never its review
        return "outlook", f"a summary looks ahead: '{ahead}'"
    # a report's plan part named without a year ("二、主要任务", "三、加强自身建设") after its look back
    named_part = plan_part(section.heading)
    if named_part and looked_back and side == "review" and doc.doc_type == "summary_plan" and not sums_up(doc.title or ""):
        return named_part[0], f"plan part after the review: '{named_part[1]}'"
    # what a summary reports, or a summary_plan before its plan begins, is reported work whatever it is named
    # ("坚持从严治检，着力建设过硬检察队伍" reviews a year of 从严治检; it sets up no safeguard)
    reporting = doc.doc_type == "summary" or side == "review"
    named = heading_type(section.heading)
    if named and reporting and named[0] not in SUMMARY_OVERRIDE_TYPES and (doc.doc_type == "summary" or named[0] != "review"):
        named = None
    if named and named[0] == "preamble" and reporting and _STANDING in named[1]:
        return "review", f"'{named[1]}' in a report: where its work stands, reported"
    if named and named[0] == "preamble" and reporting and _SITUATION.fullmatch(named[1]) and _recounts(section):
        return "review", f"'{named[1]}' recounts the period's figures in a report"
    if named:
        return named[0], f"heading names '{named[1]}'"
    if not reporting and (column := _timetable_column(section)):
        return "schedule", f"its body is a timetable by '{column}'"
    if not reporting and any(_secures_the_plan(c, doc.title or "") for c in naming_clauses(section.heading)):
        return "safeguards", _SECURED_CUE
    if doc.doc_type == "summary_plan" and side is not None:
        if side == "review" and _speaks_ahead(section, year):
            return "measures", "summary_plan: the plan begins where a part sets this year's work"
        kind = "measures" if side == "plan" else "review"
        return kind, f"summary_plan: stands on the {side} side"
    return _default(doc.doc_type)


def _timetable_column(section: Section) -> str | None:
    """The time a part's table is laid out by ("月份", "周次"), when that table holds most of the part's
    text: a heading that names no part ("学习进度") over a timetable is the plan's schedule."""
    tables = [u for u in section.content if u.kind == "table" and u.rows and u.rows[0]]
    if not tables:
        return None
    table_chars = sum(len(u.all_text) for u in tables)
    if 2 * table_chars < sum(len(u.all_text) for s in section.walk() for u in s.content):
        return None
    header = re.sub(r"\s+", "", tables[0].rows[0][0])
    return header if TIME_COLUMN.match(header) else None


# a report's "一、总体情况" / "基本情况": an account of the period (its figures against last year's, what was done)
# or a profile of the place (位于…, 辖…个村, 总人口…) that introduces it
_SITUATION = re.compile(r"(?:总体|基本)情况")
# 现状 is a plan's background (a 规划's "发展现状" says where it starts from); in a report ("一、工作现状" in a 总结, or
# before a 总结和计划's plan begins) it is where the period's work stands, reported work whether or not its figures
# are set against last year's ("全县共有养老机构12家…")
_STANDING = "现状"
_FIGURE = re.compile(r"\d")


def _recounts(section: Section) -> bool:
    """The part's text, or the lead text of its parts, reports the period's figures: a figure in a
    sentence that compares it with last year (同比, 较上年) or says it was done (已, 累计, 完成了)."""
    units = section.content[:4] + [u for c in section.children for u in c.content[:1]]
    return any(_FIGURE.search(u.text) and (LAST_YEAR_BASIS.search(u.text) or REPORTED_CUES.search(u.text))
               for u in units)


# what a part's opening says when it sets the year's work: the year (今年, or the year named) then a setting verb
_SETS_AHEAD = re.compile(r"(今年|明年|(?:19|20)\d{2}年)(?!以来)[^。；！？]{0,40}?(?:拟|要|将|力争|确保|安排)")


def _speaks_ahead(section: Section, year: int | None) -> bool:
    """A part after the review whose opening text sets this year's work ("今年一般公共预算支出拟安排…",
    "2027年要…"): the plan begins there, however its heading is worded ("稳住经济大盘")."""
    units = section.content[:3] or [u for c in section.children[:1] for u in c.content[:3]]
    return any(m.group(1) in ("今年", "明年", f"{year}年") for u in units for m in _SETS_AHEAD.finditer(u.text))


def _names_only(named: tuple[str, str], heading: str) -> bool:
    """The heading is a part's name and nothing more ("主要任务", "重点工作"): it names its type clearly,
    whatever part it stands under (a measures cue inside a longer clause does not)."""
    return named[0] == "measures" and first_clause(heading) == heading.strip() == named[1]


# a verb acting on a named thing: "落实“双减”工作要求", "健全集团化办学工作机制" set a task, not a part. Narrower
# than `WORK_VERB_OPENS` on purpose: "加强…", "强化…" over a qualified part word still name that part ("强化考核评估",
# "加强政府自身建设"); one list for both typed 0.5–1 % of the gold sets' and audits' parts wrong (measured). 压实/夯实
# press a duty onto what they name ("压紧压实防汛抢险落实责任": the task is that field's duty)
_ACTS_ON = re.compile(r"^(?:着力|加快|持续|进一步|全面|认真|严格|切实)?(?:建立健全|落实|健全|完善|建立|构建|优化|创新|深化|"
                      r"推行|规范|贯彻|执行|做好|抓好|组织开展|开展|压紧压实|压紧|压实|夯实)")


def _task_object(named: tuple[str, str], heading: str) -> bool:
    """The part word is the object of an action verb, qualified by what it governs ("落实“双减”工作要求",
    "健全依法治市工作机制"): one of the tasks of a measures part, not a part of its own kind; the bare
    name ("健全工作机制", "工作要求") still names one. A stage is no verb's object: "深化提升阶段" names a
    period of the schedule, its verb the work done in it."""
    # (the clause the cue ends: the first, or a later one after a first naming none, "稳投资，健全项目推进工作机制")
    clause = next((c for c in naming_clauses(heading) if c.endswith(named[1])), first_clause(heading))
    if "阶段" in named[1] or not clause.endswith(named[1]):
        return False
    verb = _ACTS_ON.match(clause)
    return verb is not None and len(_HAN.findall(clause[verb.end():len(clause) - len(named[1])])) >= 2


def _state_inspected(named: tuple[str, str]) -> bool:
    """A state of things named under the work ahead ("使用单位主体责任落实情况", "设备运行情况" under a
    plan's 整治重点): what the work inspects, not work reported — a part under the plan looks back only
    by a review's own words (回顾, 成效, 成绩)."""
    return named[0] == "review" and named[1].endswith("情况")


_ACTION = re.compile(r"开展|强化|加强|推进|实施|组织|完善|健全|落实|做好|抓好|严格|深化|提升|建立")


def _bare_part_name(heading: str, cue: str) -> bool:
    """A heading that is a part's name and nothing more ("保障措施", "建设目标", "组织领导"): at most two
    characters before the part word, and no action ("开展绩效评价" is a step)."""
    at = heading.strip().find(cue)
    return 0 <= at <= 2 and not _ACTION.search(heading.strip()[:at]) and len(heading.strip()) <= len(cue) + 4


# a body's own building a part of tasks names ("加强村干部队伍建设", "加强作风建设，推动担当作为" under 重点任务): one of the tasks
_OWN_BUILT = re.compile(OWN_BUILT)


_SAFEGUARDS_CUE = dict(SECTION_CUES)["safeguards"]
_APPARATUS = re.compile(r"(?:机关|政府|自身)$")


def _built_among_tasks(named: tuple[str, str], heading: str) -> bool:
    """The part word a child names under a part of tasks is a kind of the body's own building (a staff, its conduct, its
    discipline): a task like its siblings, not the plan's safeguard (that is a part of its own, or a 保障措施 part's
    child: "（二）加强干部队伍建设"); a safeguard category ("（五）加强组织领导", "经费保障") still names one, and so does a
    heading naming another safeguard beside it ("突出作风建设，全面提升政府执行力": the government itself) or the office's
    own apparatus built ("加强机关作风建设")."""
    if named[0] != "safeguards" or _OWN_BUILT.search(named[1]) is None:
        return False
    if _APPARATUS.search(heading[:max(heading.find(named[1]), 0)]):
        return False  # "切实加强机关作风建设": the office's own conduct, as 自身建设 — a safeguard wherever it stands
    return _SAFEGUARDS_CUE.search(heading.replace(named[1], "", 1)) is None


def _classify_children(section: Section, plan_half: bool = False) -> None:
    """Each child's type: its own part name where it overrides (see `_overrides`), else its part's.
    Under a task (a heading below the top that took its part's type, naming none of its own) a
    child is a step of that task ("1.提升研发机构效能" over "（1）开展绩效评价"): it takes the task's type,
    unless it is the bare name of a part ("3.保障措施", "1.建设目标")."""
    under_a_task = section.level > 1 and section.type_inherited and section.type == "measures"
    for child in section.children:
        named = part_name(child.heading)
        plans = section.type == "measures" or (plan_half and section.type == "outlook")
        bare_name = named is not None and _bare_part_name(child.heading, named[1])
        if named and plans and ((under_a_task and not bare_name) or _task_object(named, child.heading) or _state_inspected(named)
                                or _built_among_tasks(named, child.heading)
                                or (plan_half and named[0] in _PLAN_NAMES and not _plainly_named(child.heading))):
            named = None
        if named and named[0] != section.type and (named[0] in _overrides(section.type, plan_half)
                                                   or (section.type not in _RETROSPECTIVE and _names_only(named, child.heading))):
            child.type, child.type_cue, child.type_inherited = named[0], f"heading names '{named[1]}'", False
        else:
            child.type, child.type_cue, child.type_inherited = section.type, f"inherits from '{section.heading}'", True
        _classify_children(child, plan_half)
    if _periods_only(section):
        section.type, section.type_cue = "schedule", "its parts are all periods of the schedule"


def _periods_only(section: Section) -> bool:
    """Every part under a plan's part is named by a period of its own (a month, a span of weeks, a dated stage:
    "九月：…", "十月：…" under a part typed only by default): the part is their schedule, as each of them is. A part
    whose own heading names its type keeps it: "一、工作目标" over "（一）2026年", "（二）2027年" sets a target for each
    year, "二、重点任务" over "（一）第一季度" lays its tasks out by quarter. A look back's months ("九月" under a 总结's
    回顾) inherit its type and so never count."""
    children = section.children
    return len(children) >= 2 and section.type not in _RETROSPECTIVE and not _typed_by_its_words(section) \
        and all(c.type == "schedule" and not c.type_inherited for c in children)


def _typed_by_its_words(section: Section) -> bool:
    """The part's type was read from its own heading: not handed down (`type_inherited`, set where a child takes
    its part's type) and the heading names a part (`heading_type`, as a top-level part is read). A heading naming
    its months ("逐月活动安排", "月份工作安排") names the schedule itself (lexicon), so it needs no children to be one."""
    return not section.type_inherited and heading_type(section.heading) is not None


def _opens_with_requirements(section: Section) -> bool:
    """"二、2020年目标任务" opening on "（一）总体要求" then "（二）主要预期目标": the year's overall
    requirements part, which also states the goals (as 总体要求和主要预期目标 does)."""
    first = section.children[0] if section.children else None
    named = part_name(first.heading) if first is not None else None
    return named is not None and named[0] == "guiding_ideology"


_TOP_RANK = 3  # 第一部分, 第一章, 一、: the numbering a document's own parts take


def _frames_parts(section: Section, doc: Document) -> bool:
    """An un-numbered heading that names no part, over the document's first-rank numbered parts
    (a page's source line, a post's title repeated above 一、): it frames them, and each part is
    typed as a top-level part of its own, not by inheriting the frame's default type. A heading that
    names a part ("过去一年工作回顾" over 一、二、) still passes its type down."""
    first = section.children[0].unit if section.children else None
    label = first.label if first is not None else None
    if section.number or label is None or not label.heading_capable or label.rank > _TOP_RANK:
        return False
    year = own_year(doc.title or "", doc.year)
    summary = doc.doc_type in ("summary", "summary_plan")
    return part_role(section.heading, year, summary=summary, part_of_year=part_year_report(doc.title or "")) is None \
        and heading_type(section.heading) is None


def _type_parts(sections: list[Section], doc: Document, side: str | None,
                looked_back: bool = False) -> tuple[str | None, bool]:
    """Type each top-level part (and what it holds); return the summary_plan's side after them and
    whether a part looked back at a past period."""
    for section in sections:
        section.type, section.type_cue = _top_level(section, doc, side, looked_back)
        looked_back = looked_back or (section.type == "review" and _looks_back(section, doc))
        if section.type == "goals" and _opens_with_requirements(section):
            section.type, section.type_cue = "guiding_ideology", "goals part opening on its requirements"
        if side is not None and section.type in _PLAN_SIDE:
            side = "plan"
        if _frames_parts(section, doc):
            side, looked_back = _type_parts(section.children, doc, side, looked_back)
        else:
            _classify_children(section, doc.doc_type == "summary_plan")
    _conduct_among_tasks(sections, doc)
    _secured_among_tasks(sections, doc)
    _charge_at_close(sections, doc)
    return side, looked_back


_SECURED_CUE = "a naming clause ends in '保障'"
_SECURING_KINDS = frozenset({"safeguards", "evaluation"})
# what a plan is secured with, as the parts of its safeguards name it ("（一）强化用地保障", "（二）加大资金支持", "（三）加强
# 人才支撑"): under a part typed safeguards by its 保障 these name its kinds (a work plan's "强化要素保障" among its tasks
# stays a field, `_FIELD_SECURED`: only here, under such a part, do they mark the safeguards)
_SECURED_WITH = re.compile(r"(?:用地|要素|人才|资金|经费|政策)(?:保障|支撑|支持)|资金支持")


def _secured_among_tasks(sections: list[Section], doc: Document) -> None:
    """A part typed safeguards only because a clause ends in 保障, the object of its verb ("三、强化后勤保障，提升…
    服务水平"), that stands after a part of tasks and before another part of tasks or the part naming the plan's
    safeguards by name ("四、加强自身建设", "五、保障措施"), and whose own parts name none of a safeguard's kinds
    ("（一）规范物业管理", "（二）做好接待保障"): one of the plan's tasks, the work of securing its field. Closing the
    plan ("五、强化支撑保障，守牢安全底线"), holding 组织领导, 经费保障, 考核, 用地保障 or 资金支持, or opening the safeguards
    block (the next part safeguards by its own words, not the body's own conduct: "四、加强组织领导") it stays the
    plan's safeguards."""
    for i, section in enumerate(sections):
        if section.type != "safeguards" or section.type_cue != _SECURED_CUE:
            continue
        later = sections[i + 1:]
        closes_before = any(s.type == "measures" or (s.type in _SECURING_KINDS and _typed_by_its_words(s)) for s in later)
        children_name = any(((named := part_name(c.heading)) is not None and named[0] in _SECURING_KINDS)
                            or _SECURED_WITH.search(first_clause(c.heading)) is not None for c in section.children)
        if any(s.type == "measures" for s in sections[:i]) and closes_before and not children_name \
                and not _opens_safeguards(later):
            section.type, section.type_cue = "measures", "'保障' a task among the plan's tasks"
            _classify_children(section, doc.doc_type == "summary_plan")


def _opens_safeguards(later: list[Section]) -> bool:
    """The part after is the plan's safeguards by its own words ("四、加强组织领导", "四、保障措施"), not the body's own
    conduct a plan may also list among its tasks ("四、加强自身建设", README "Steps and conduct")."""
    nxt = later[0] if later else None
    return nxt is not None and nxt.type in _SECURING_KINDS and _typed_by_its_words(nxt) \
        and OWN_CONDUCT_NAMED.search(nxt.heading) is None


_CONDUCT = "作风建设"


def _names_conduct(section: Section) -> bool:
    """A top-level part whose heading names 作风建设 (read as `_top_level` reads it)."""
    named = heading_type(section.heading)
    return named is not None and named[1] == _CONDUCT


def _conduct_among_tasks(sections: list[Section], doc: Document) -> None:
    """A part named for 作风建设 between the plan's tasks, when a part naming its safeguards otherwise
    ("强化组织保障") closes the plan: conduct is then the work the plan sets (a 纪委's 要点), not a second
    safeguard in the middle of its tasks. Without such a close, or at the close, it stays a safeguard."""
    if len(sections) < 3 or sections[-1].type != "safeguards" or _names_conduct(sections[-1]):
        return
    for i, section in enumerate(sections[:-1]):
        if section.type == "safeguards" and _names_conduct(section) \
                and any(s.type == "measures" for s in sections[:i]) and any(s.type == "measures" for s in sections[i + 1:-1]):
            section.type, section.type_cue = "measures", f"'{_CONDUCT}' among the plan's tasks, its safeguards named at its close"
            _classify_children(section, doc.doc_type == "summary_plan")


# what a plan's closing part charges those who carry it out with: their duties, named as its head noun ("压紧压实
# 基层党建工作责任", "落实各方责任", "严格落实工作责任制"), or the body's own team named bare ("切实加强队伍建设")
_CHARGE = re.compile(rf"责任(?:制|体系)?$|^(?:{WORK_ADVERBS})*(?:加强|强化|抓好)队伍建设$")


def _charges(section: Section) -> bool:
    """Whether a part's heading charges those who carry the plan out (`_CHARGE`) in any clause that may name it
    (`naming_clauses`): "二、压实工作责任" and "在加强队伍建设上持续用力" both do. `_charge_at_close` counts
    such parts, since one alone closing a plan is its safeguards and several are its tasks."""
    return any(_CHARGE.search(c) for c in naming_clauses(section.heading))


# the duty a charging part names, between its verb and 责任: "落实河长制责任" → 河长制, "压实属地管理责任" → 属地管理
_DUTY_SUBJECT = re.compile(rf"^(?:{WORK_ADVERBS})*(?:{WORK_VERBS}|压实|履行|扛起|扛牢)*(.*?)(?:主体|监管|领导|工作)?责任(?:制|体系)?$")


def _own_duty(section: Section, title: str) -> bool:
    """A duty part that is the plan's own task: a body's 主体责任 ("落实全面从严治党主体责任" in a 党风廉政建设
    plan, "压实企业安全生产主体责任") is what a plan about that body sets, and a duty the title names ("落实湖长制责任"
    in a 全面推行湖长制 plan) is its subject, not those who carry the plan out."""
    for clause in naming_clauses(section.heading):
        if "主体责任" in clause:
            return True
        found = _DUTY_SUBJECT.match(clause)
        if found and len(found.group(1)) >= 2 and found.group(1) in title:
            return True
    return False


def _charge_at_close(sections: list[Section], doc: Document) -> None:
    """A plan's part that charges those who carry it out (`_CHARGE`), typed a task only for want of a part
    name, is its safeguards (工作要求, 组织保障) when it closes the plan: it is the last part and no part is
    typed safeguards (a duty part before "五、保障措施" is a task). A part of duties among parts of duties
    ("压实企业主体责任", "落实部门监管责任": a 安全生产 plan's tasks) or on the plan's own duty (`_own_duty`) stays a task."""
    if doc.doc_type != "plan" or len(sections) < 3 or sum(_charges(s) for s in sections) != 1:
        return
    section = sections[-1]
    if any(s.type == "safeguards" for s in sections) or _own_duty(section, doc.title or ""):
        return
    if section.type == "measures" and section.type_cue == _default(doc.doc_type)[1] and _charges(section) \
            and any(s.type == "measures" for s in sections[:-1]):
        section.type, section.type_cue = "safeguards", "duties charged at the plan's close"
        _classify_children(section)


def run(doc: Document) -> Document:
    _type_parts(doc.sections, doc, "review" if doc.doc_type == "summary_plan" else None)
    return doc
