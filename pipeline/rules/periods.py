"""The role a top-level part plays, read from the period its heading names and what it does.

A report delivered early in a year reviews the year (or five years) before and then sets
this year's requirements, goals and tasks: "一、2023年工作回顾 二、2024年工作总体安排
三、2024年重点工作". The part's role is fixed by period words (回顾, 过去一年 against
今年, 本年度) and by the year its heading names compared with the document's year, not by
the content words of the headings under it. Both the meta stage (is this a summary_plan,
which year does it plan for) and the classify stage (section types) read these roles.
"""

from __future__ import annotations

import re

from jihua.pipeline.rules.lexicon import (
    AIMED_RESULT,
    GOAL_PURSUIT,
    HALF,
    QUARTER,
    REPORT_TITLE,
    YEAR,
    clause_at,
    first_clause,
)
from jihua.pipeline.rules.titles import fold, year_value
from jihua.pipeline.text.numerals import cn_to_int
from jihua.pipeline.text.sentences import clauses

# a year printed without 年 ("回顾2023", "2024 重点工作"); years with 年 are lexicon.YEAR's
_BARE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d|\s*年)")

# the school or fiscal period before the current one, a past period as 去年 is: "上学年，…达到86%", "上学期",
# "上一学年度", "上年度", "上一年度" (the bare 上年/上一年 are the calendar's, named beside 去年 where read). Not 上学 (to
# attend school) before 期间 or 年龄: "学生上学期间", "适龄儿童上学年龄"
LAST_TERM = r"上一?学(?:年(?!龄)|期(?!间))度?|上一?年度"
PAST = re.compile(rf"回顾|过去(?:一|五|十|的)?年|过去[一二三四五十]年|上一?年度?|去年|{LAST_TERM}|[近这]?[一二三四五十]年来")
THIS = re.compile(r"今年|本年度?|当年|新的一年|全年|(?<![一二三四五六七八九十两几\d])年内")
# (the year's 工作思路 too: "2025年工作思路和主要目标" is the year's overall part, as 总体要求和主要目标 is; a
# 下一步/明年 思路 looks ahead)
REQUIREMENTS = re.compile(r"总体要求|总体部署|政策取向|指导思想|总体思路|指导方针|(?<!下一步)(?<!下步)(?<!明年)(?<!来年)工作思路")
GOALS = re.compile(r"主要目标|预期目标|目标任务|发展目标|总体目标|工作目标|奋斗目标")
TASKS = re.compile(r"工作任务|重点工作|重点任务|主要任务|工作安排|工作部署|工作计划|工作要点|工作的?建议|建议|"
                   r"政府工作|工作重点|主要工作|工作$|"
                   r"(?:预算|计划)草案")  # a 计划报告's or 预算报告's draft for the coming year: what it sets
OUTLOOK = re.compile(r"打算|展望|下一步|明年|来年|思路")
# "2023年工作打算" in a report planning 2023 sets that year's tasks (a later year's 打算 is an outlook;
# a half year's or a quarter's 打算 in a summary looks ahead within it)
_PLANS = re.compile(r"打算")
_PART_OF_YEAR = re.compile(r"半年|季度|月")
# the rest of the year a half year's or a quarter's report goes on to plan ("三、下半年工作计划", "下阶段重点工作"), and
# the title of such a report (a whole year's summary names its own 下半年 as past)
REST_OF_YEAR = re.compile(r"下半年|下一?阶段|(?<!前)第?[三四]季度")
PART_YEAR_TITLE = re.compile(r"上半年|年中(?:工作)?(?:总结|小结|汇报|报告)|前三季度|(?<!前)第?[一二三]季度|"
                             r"(?:1|一)\s*[-—–至到~～]\s*(?:1[01]|[2-9]|十一|十|[二三四五六七八九])\s*(?:月|季度)|"
                             r"(?<![\d\-—–至到~～])(?:1[01]|[1-9])\s*月份?(?:工作)?(?:总结|小结|汇报)|月度")


def part_year_report(title: str) -> bool:
    """Whether a document reports on part of a year (上半年, 前三季度, 1-9月, a month): the rest of
    that year is what it plans."""
    return PART_YEAR_TITLE.search(fold(title or "")) is not None
# work reported as done: "重点工作完成情况", "主要成效"
# (and a part named for the work done and what it achieved, "2024年主要工作及成效", "重点项目推进及成效",
# "工作开展情况" — not a plan's "预期目标和成效", "建设内容与成果")
REPORTED = re.compile(r"完成情况|落实情况|进展情况|开展情况|主要成[绩效]|工作成[绩效]|取得的成[绩效]|"
                      r"(?<!预期)(?<!目标)(?<!内容)(?:及|和|与)(?:取得的)?成[效绩果]$")
# a heading that is a plan part's name and nothing else ("二、主要任务", "重点工作"), or a part that secures the
# plan ("三、切实加强自身建设", "保障措施"): no year needed, it names the work ahead
_TASKS_NAMED = re.compile(r"^(?:主要任务|重点任务|重点工作|工作安排|主要工作|工作任务)$")
_SECURES_NAMED = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:自身建设|保障措施)$")


# a title dated by the year it sums up: "2024年工作总结和2025年工作思路", "2023年度双拥工作总结", "…汇报" (a half
# year's or a quarter's summary plans the rest of the same year)
_SUMMED_UP = re.compile(rf"((?:19|20)\d{{2}})\s*年度?(?:(?!半年|季度|月)[^，。；\d]){{0,12}}?(?:{REPORT_TITLE.pattern})")


# a title pairing one year's report with a later year's plan: "2023年…计划执行情况与2024年…计划草案的报告",
# "2024年工作总结和2025年工作思路" (a span, "2024—2026年行动计划", pairs nothing)
_PAIRED = re.compile(r"((?:19|20)\d{2})\s*年度?[^，。；]{0,30}?(?:执行情况|完成情况|工作情况|总结|汇报|报告)"
                     r"[^，。；\d]{0,4}?(?:与|和|及|暨|并)[^，。；\d]{0,8}?((?:19|20)\d{2})\s*年度?[^，。；\d]{0,24}?"
                     r"(?:计划|安排|预算|要点|思路|打算)")
# "今年以来…": since the year began, a look back
SINCE = re.compile(r"(?:今年|本年度?|年初)以来")
_FORWARD = frozenset({"measures", "goals", "guiding_ideology"})


def planned_year(title: str, year: int | None) -> int | None:
    """The year a document's targets are for. A summary is dated by the year it sums up (CONTRACT:
    the first year its title names); what it plans is for the year after. A title pairing a year's
    report with a later year's plan plans for that later year, whatever `year` (the first) says."""
    text = fold(title)
    m = _SUMMED_UP.search(text)
    if year is not None and m is not None and int(m.group(1)) == year:
        return year + 1
    paired = _PAIRED.search(text)
    if year is not None and paired is not None and int(paired.group(1)) == year < int(paired.group(2)):
        return int(paired.group(2))
    return year


def sums_up(title: str) -> bool:
    """A 总结, 述职 or 汇报 reports on its own year: its plan for the next is its outlook, and "今年"
    in it is the year reported on. A 工作报告 or a 计划草案 delivered early in a year plans that year."""
    return REPORT_TITLE.search(fold(title)) is not None


def own_year(title: str, year: int | None) -> int | None:
    """The year whose work a document sets as its own tasks (measures, not an outlook): the year it
    plans for, except in a summary, which keeps the year it sums up."""
    return year if sums_up(title) else planned_year(title, year)


def sets_own_year(heading: str, year: int | None) -> str | None:
    """The cue when a top-level part sets the work of `year` (the document's own year, see own_year):
    it names that year, 今年 or 新的一年 and what is to be done (任务, 工作安排, 重点工作, 总体要求,
    目标, 打算): "六、2022年主要任务", "五、今年的工作安排". None otherwise."""
    role = part_role(heading, year)
    if role is None or role[0] not in _FORWARD or SINCE.search(heading):
        return None
    names = (year is not None and year in heading_years(heading)) or THIS.search(heading) is not None
    return role[1] if names else None


def plan_part(heading: str) -> tuple[str, str] | None:
    """(type, cue) when a heading names a plan part by itself, without a year: "主要任务" (measures),
    "加强政府自身建设", "保障措施" (safeguards). After a look back in a 工作报告 such a part is the plan."""
    clause = first_clause(fold(heading).strip())
    if _TASKS_NAMED.match(clause):
        return "measures", clause
    m = _SECURES_NAMED.match(clause)
    return ("safeguards", clause[-4:]) if m else None


def heading_years(text: str) -> list[int]:
    """Years a heading names (a five-year plan's "十四五" is no year)."""
    text = fold(text)
    found = [(m.start(), year_value(m)) for m in YEAR.finditer(text)]
    found += [(m.start(), int(m.group(1))) for m in _BARE_YEAR.finditer(text)]
    return [year for _, year in sorted(found) if year is not None]


# an account of how things stand or went ("工作概况"): background, unless a past period's
_ACCOUNT = re.compile(r"概况")


def part_role(heading: str, doc_year: int | None, summary: bool = False,
              part_of_year: bool = False) -> tuple[str, str] | None:
    """(section type, cue) a top-level heading's period and purpose give, or None.

    A heading naming a year before the document's reviews it; one naming the document's own
    year (or 今年) with a task word sets this year's work. Requirements and goals are named
    outright. None when the heading names no period role (an ordinary plan part). `summary`: the
    document reports on a year (a summary), so a later year's tasks are its outlook. `part_of_year`:
    it reports on part of a year (`PART_YEAR_TITLE`), so the rest of the year's tasks are its plan."""
    years = heading_years(heading)
    latest = max(years) if years else None
    past_year = latest is not None and doc_year is not None and latest < doc_year
    if PAST.search(heading) and not THIS.search(heading):
        return "review", f"period: '{PAST.search(heading).group(0)}'"  # type: ignore[union-attr]
    if REPORTED.search(heading):
        return "review", f"reported: '{REPORTED.search(heading).group(0)}'"  # type: ignore[union-attr]
    if past_year and AIMED_RESULT.search(heading):
        # "一、2025年各项工作取得新成效" in a 2026 plan: the result a past year reached, no aim (上年/去年: PAST above)
        return "review", f"period: {latest} before the document's {doc_year}, its result"
    later = latest is not None and doc_year is not None and latest > doc_year
    if _ACCOUNT.search(heading) and (past_year or (not later and _FIRST_PART.search(heading))):
        # "2024年工作概况" in a 2025 plan, "上半年工作概况": an account of a finished period's work, no background
        # (概况 alone, "项目概况", is one; 去年/上年: PAST above)
        return "review", f"account of a past period: '{heading.strip()}'"
    # a summary dated by the year it sums up looks ahead in its "2025年工作计划" part, as in a "打算"
    # (a plan for several years sets its later years' tasks: those are its measures)
    if later and (OUTLOOK.search(heading) or (summary and TASKS.search(heading))):
        return "outlook", f"period: {latest} after the document's {doc_year}"
    m = REQUIREMENTS.search(heading)
    if m:
        return "guiding_ideology", f"part: '{m.group(0)}'"
    this_period = bool(THIS.search(heading)) or (latest is not None and not later)
    m = GOALS.search(heading)
    if m and GOAL_PURSUIT.match(clause_at(heading, m.start())):  # "确保完成2026年目标任务": a task aimed at the goals
        m = None
    if m and not past_year:
        tasks = TASKS.search(heading, m.end())
        if tasks and this_period:  # "2025年工作目标和重点任务": the year's task part, its goals stated first
            return "measures", f"part: '{m.group(0)}' and '{tasks.group(0)}'"
        return "goals", f"part: '{m.group(0)}'"
    m = TASKS.search(heading)
    if m is None and this_period and not _PART_OF_YEAR.search(heading):
        m = _PLANS.search(heading)
    if m is None:
        return None
    if past_year:
        return "review", f"period: {latest} before the document's {doc_year}"
    if this_period:
        when = THIS.search(heading).group(0) if THIS.search(heading) else str(latest)  # type: ignore[union-attr]
        return "measures", f"period: {when}'s '{m.group(0)}'"
    if part_of_year and (rest := REST_OF_YEAR.search(heading)) and not later:
        return "measures", f"period: {rest.group(0)}'s '{m.group(0)}'"
    return None


# the plan half of a 总结和计划 is named for the planned year's work ("2026年工作思路", "明年工作打算", "新的一年重点任务");
# a part looking ahead undated ("下一步打算", "今后工作思路", "2026年工作展望") sketches next year's work: an outlook
_PLAN_WORK = re.compile(rf"{TASKS.pattern}|(?:工作|发展)?(?:思路|打算)")
_NEXT_YEAR = re.compile(r"明年|来年|新的一年")
_AHEAD_UNDATED = re.compile(r"下一步|下步|今后|展望|努力方向")


def plan_half(heading: str, doc_year: int | None, summary: bool) -> str | None:
    """The cue when a top-level part of a report that reviews and plans (a 总结和计划) is named for the planned
    year's work: a year after the reported one (`doc_year`, see own_year) or, in a report on its own year
    (`summary`), 明年/新的一年, with the work it sets ("2026年工作思路", "新的一年工作打算"; in a report planning its
    own year only a later year's tasks, "2027年重点工作"). None for a part that looks ahead undated ("下一步工作思路")
    or names a look back; a look ahead beside the planned year ("今后一个时期及2026年重点任务", "2026年工作计划和
    努力方向") still names that year's work."""
    if PAST.search(heading) or REPORTED.search(heading):
        return None
    years = heading_years(heading)
    later = bool(years) and doc_year is not None and max(years) > doc_year
    if _AHEAD_UNDATED.search(heading) and not later:
        return None
    # (a report delivered to plan its own year, a 政府工作报告, names a later year's 思路 or 打算 as an outlook)
    work = (_PLAN_WORK if summary else TASKS).search(heading)
    if work is None or not (later or (summary and not years and _NEXT_YEAR.search(heading))):
        return None
    return work.group(0)


# the work a part looking ahead names ("下半年工作部署", "下一步工作重点", "来年工作设想", "下阶段工作安排")
_AHEAD_WORK = re.compile(r"安排|计划|打算|思路|重点|任务|要点|部署")
# a later period named without a year: the next year, the next step, from now on — the cues that mean "the coming
# year" even inside a reviewing part (stance reads them in sentences, as `looks_ahead` does in headings)
FUTURE_CUES = re.compile(r"明年|来年|下一步|下步|今后|新的一年")


# in a report on part of a year, the periods of that year it does not sum up: the whole year, the half after it
# ("2026年全年重点工作", "2026年后半年重点工作" in a 上半年总结)
_NOT_THE_PART = re.compile(r"全年|后半年")


def looks_ahead(heading: str, doc_year: int | None, part_of_year: bool) -> str | None:
    """The later period a top-level heading names with the work planned in it, or None: a year after the reported
    `doc_year` ("2026年工作计划" in a 2025 总结), 明年/下一步/今后, or, in a report on part of a year (`part_of_year`),
    the rest of it or the whole of it ("下半年工作部署", "下阶段重点任务", "全年重点工作" in a 上半年总结; in a whole
    year's 总结 its 下半年 is past). A
    总结 that names no plan in its title looks ahead there: its outlook, never its review."""
    if PAST.search(heading) or REPORTED.search(heading) or SINCE.search(heading) or not _AHEAD_WORK.search(heading):
        return None
    years = heading_years(heading)
    if years and doc_year is not None and max(years) > doc_year:
        return str(max(years))
    later = FUTURE_CUES.search(heading) \
        or ((REST_OF_YEAR.search(heading) or _NOT_THE_PART.search(heading)) if part_of_year else None)
    return later.group(0) if later else None


# what a report says it did in a period ("今年以来重点工作", "2025年工作开展情况", "一年来的主要做法", "上半年工作成效");
# a plan word beside it ("2025年工作计划", "今年重点任务") sets that period's work instead
_WORK_DONE = re.compile(r"工作|做法|情况|成效|成绩|亮点")
_SETS_WORK = re.compile(r"安排|计划|打算|思路|要点|部署|任务|目标|要求")
# the part of a year a report sums up, as its own part names it ("上半年主要工作", "前三季度工作情况")
_FIRST_PART = re.compile(r"上半年|前[两二三]季度|第?[一二三]季度|(?:1|一)\s*[-—–至到~～]\s*\d{1,2}\s*月")




def reported_part(title: str) -> str | None:
    """The part of a year a report's title sums up, as a heading would name it ("上半年" of "…上半年工作总结")."""
    part = _FIRST_PART.search(fold(title or "")) if part_year_report(title) else None
    return part.group(0) if part else None


def reports_own_period(heading: str, doc_year: int | None, part_of_year: bool, title_part: str | None = None) -> str | None:
    """The period a report that sums it up names in a top-level heading with the work done in it: the year so far
    ("今年以来", "一年来", "过去一年"), the reported year itself (`doc_year`: "2024年主要做法" in a 2024年工作总结和2025年
    工作打算) or, in a report on part of a year, that part ("上半年主要工作"; only the part its title names,
    `title_part`, where it names one). Its part reviews, whatever the document plans after it; None where the heading
    sets work ("2025年工作计划"), looks ahead ("2026年下步重点工作", `looks_ahead`), names another part of a part-year
    report's year ("2026年全年重点工作", "2026年三季度重点工作" in a 上半年总结) or names none of these."""
    if not _WORK_DONE.search(heading) or _SETS_WORK.search(heading) or OUTLOOK.search(heading):
        return None
    since = SINCE.search(heading) or PAST.search(heading)
    if since:
        return since.group(0)
    if looks_ahead(heading, doc_year, part_of_year) or FUTURE_CUES.search(heading) \
            or (part_of_year and _NOT_THE_PART.search(heading)):
        return None
    part = _FIRST_PART.search(heading) if part_of_year else None
    if part and title_part is not None and part.group(0) != title_part:
        return None  # "三季度重点工作" in a 上半年总结: a part it does not sum up
    years = heading_years(heading)
    if years and doc_year is not None and max(years) == doc_year and not REST_OF_YEAR.search(heading) \
            and (part or not part_of_year):
        return str(doc_year)  # (in a 上半年总结, "2026年上半年主要工作": the year with the part summed up)
    return part.group(0) if part else None


def plan_year(headings: list[str]) -> int | None:
    """The year a reviewing-then-planning document plans for: a year a task part names after
    the year its review part names ("2023年工作回顾" … "2024年重点工作" → 2024)."""
    reviewed = [y for h in headings if PAST.search(h) for y in heading_years(h)]
    planned = [y for h in headings if TASKS.search(h) or REQUIREMENTS.search(h) for y in heading_years(h)]
    later = [y for y in planned if not reviewed or y > max(reviewed)]
    if later:
        return max(later)
    this_part = any(THIS.search(h) and TASKS.search(h) for h in headings)
    return max(reviewed) + 1 if reviewed and this_part else None


# a stage of a plan's schedule, by its name ("（一）准备阶段（2026年3月—5月）", "第二阶段：2026年6月至9月") or a
# heading that opens on its dates, a month named ("2026年3月—5月：摸底排查"; "2025年工作计划" is a part, no
# stage); a date inside a task's words
# ("巩固2024年12月集中整治成果") dates no stage
_STAGE = re.compile(r"阶段|步骤|进度安排|时间安排|时间节点|^[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")


def schedule_stage(heading: str) -> bool:
    """Whether a heading names a stage of the plan's own schedule ("（三）验收阶段（2026年7月—2027年6月）"): its dates are
    the plan's time, whatever year they reach; a part reporting work done ("2024年1—6月完成情况") is no stage."""
    return _STAGE.search(heading) is not None and not PAST.search(heading) and not REPORTED.search(heading)


def schedule_year(headings: list[str]) -> int | None:
    """The year a plan's schedule starts in: the first year its first dated stage names
    ("（一）准备阶段（2026年3月—5月）" → 2026). A plan runs from its first stage, whatever years its
    text cites or looks back on; a part reporting work done ("2024年1—6月完成情况") is no stage."""
    for heading in headings:
        years = heading_years(heading)
        if years and schedule_stage(heading):
            return years[0]
    return None


# the period a plan states for itself in its text, its subject the plan ("本方案实施期限为2026—2027年", "本计划执行期为
# 2026年1月—2028年12月") or the term phrase opening its sentence ("实施时间：2025年至2027年"); a project's own term
# ("项目实施期限为…") is that project's, and one a clause after a citation names ("根据《某市国土空间总体规划》，规划期限
# 为2021—2035年，…制定本方案") the cited plan's, not the plan's own
STATED_TERM = re.compile(
    r"(?:^|[。；;：:！？]|本(?:工作|实施|行动)?(?:方案|计划|规划|意见|办法|措施|行动))\s*(?:的)?"
    r"(?:实施期限|实施时间|实施期|实施周期|执行期限?|规划期限?|期限)\s*(?:为|是|：|:)?\s*(?:从|自)?\s*"
    r"((?:19|20)\d{2})\s*年?(?:\s*\d{1,2}\s*月(?:份)?)?\s*(?:[—－\-–~～]+|至|到)\s*((?:19|20)\d{2})\s*年")


def stated_term(texts: list[str]) -> tuple[int, int] | None:
    """(first, last) year of the period a plan states for itself in its text (see STATED_TERM): it dates the plan
    by its first year, as a title's "（2026—2027年）" does, and its staged figures up to the last are its own."""
    for text in texts:
        m = STATED_TERM.search(fold(text))
        if m and int(m.group(1)) <= int(m.group(2)):
            return int(m.group(1)), int(m.group(2))
    return None


# a part of a year, read as the months it runs (start, end): "上半年" 1–6, "下半年" 7–12, "前三季度" 1–9, "四季度" 10–12,
# "1—6月"/"截至6月底" 1–6, "9月底前" 9, "全年"/"年底" 1–12 ("全年目标的55%" names the year's goal, no period);
# one measured against ("较一季度提高") is a baseline, no period
_MONTH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"  # a month's number, 1 to 12
YEAR_PART = re.compile(
    rf"(?<![较比])(?:(?P<half>{HALF})半年|前(?P<upto_q>[两二三])季度|第?(?P<q>{QUARTER})\s*季度|"
    rf"(?:1|一)\s*(?:[-—–~～]+|至|到)\s*(?P<upto_month>{_MONTH})\s*月|截[至止]\s*(?P<at>{_MONTH})\s*月|"
    rf"(?<![\d—\-–~～至到])(?P<month>{_MONTH})\s*月(?!\d|份?[^\s底末中上下前]?日)|"
    r"(?P<year>全年(?!度?(?:目标|任务|计划))|年底|年末|年内))")


def _month(numeral: str) -> int:
    """A month's or a quarter's number as YEAR_PART captured it, Arabic or Chinese ("6", "十一", "三"): its groups admit
    only numerals that read, so the 0 for an unread one (cn_to_int's None) never reaches a span."""
    return cn_to_int(numeral) or 0


def year_part(m: re.Match[str]) -> tuple[int, int]:
    """(first, last) month of the part of a year a YEAR_PART match names."""
    if m.group("half"):
        return (1, 6) if m.group("half") == "上" else (7, 12)
    if m.group("upto_q"):
        return 1, 3 * _month(m.group("upto_q").replace("两", "二"))
    if m.group("q"):
        q = _month(m.group("q"))
        return 3 * q - 2, 3 * q
    if m.group("month"):
        return _month(m.group("month")), _month(m.group("month"))
    if m.group("year"):
        return 1, 12
    return 1, _month(m.group("upto_month") or m.group("at"))  # "1—6月", "截至6月"


# a title reporting on its part ("1—9月工作情况报告"): a report's own words, or 报告/情况
_REPORTS = re.compile(rf"{REPORT_TITLE.pattern}|报告|情况")


def plans_from(title: str) -> int | None:
    """The month a document on part of a year plans from: the latest part its title names to plan ("下半年工作计划" → 7,
    "四季度工作安排" → 10), or, in a report on a part that starts the year ("1—9月工作情况报告", "上半年工作总结"), the
    month after it. None for a whole year's document, or a plan for a part that starts it ("一季度工作计划")."""
    text = fold(title or "")
    parts = [year_part(m) for m in YEAR_PART.finditer(text) if not m.group("year")]
    later = [start for start, _ in parts if start > 1]
    if later:
        return max(later)
    return max(end for _, end in parts) + 1 if parts and part_year_report(text) and _REPORTS.search(text) else None


# a part of the year leading a clause, after the year it belongs to ("2026年上半年", "今年1—6月") and up to its 底/末
# ("截至6月底", "三季度末", "上半年以来"); its named groups stay YEAR_PART's, so `year_part` reads it
_LEADS = re.compile(rf"\s*(?:(?:19|20)\d{{2}}\s*年度?|今年|本年度?)?\s*(?:{YEAR_PART.pattern})[底末中]?(?:以来|期间)?\s*")
# a part of the year inside a modifier of what follows, not the time of the figure ("上半年督查发现的问题",
# "上半年专项行动成果", "上半年进度")
_MODIFIER = re.compile(r"[^，,；;。]{0,12}?(?:成果|问题|进度|基础|督查|检查)")
_SENTENCE_END = re.compile(r"[。！？!?]")


def governing_part(text: str) -> re.Match[str] | None:
    """The part of the year that governs the figure's clause ending `text` (a paragraph up to the figure's clause):
    one opening that clause ("三季度末完成全年任务的75%"), or the nearest one standing as a clause of its own in the
    sentence ("上半年，全县新增经营主体1386户；完成抽检620批次"). A part inside another clause is none: "巩固上半年
    专项行动成果，力争新增…", "对照上半年进度，三季度末…" (三季度末 governs)."""
    folded = fold(text)
    sentence = folded[max((m.end() for m in _SENTENCE_END.finditer(folded.rstrip("。！？!? "))), default=0):]
    spans = clauses(sentence.rstrip("，,；;：: "))
    for k, (_, _, clause) in enumerate(reversed(spans)):
        lead = _LEADS.match(clause)
        if lead is None:
            continue
        rest = clause[lead.end():].strip("，,；;：: ")
        if not rest:
            return lead  # "上半年，"
        if k == 0 and not _MODIFIER.match(rest):
            return lead  # "三季度末完成…"
    return None


def in_finished_part(text: str, plans_from_month: int | None) -> bool:
    """The part of the year governing a figure's clause (`governing_part`; `text` the paragraph up to that clause) ended
    before the part the document plans: in a 下半年工作计划 "上半年，全县新增经营主体1386户；…" tells what is done,
    "下半年，力争新增…", "三季度末完成…" and "巩固上半年…成果，新增…" set. A whole year's plan (`plans_from_month`
    None) sets its "上半年完成…" as a milestone."""
    if plans_from_month is None:
        return False
    lead = governing_part(text)
    return lead is not None and year_part(lead)[1] < plans_from_month


# a report's title naming the months it sums up that no plan's rest follows ("前10个月工作总结", "2026年下半年工作总结"):
# the part is named before the report's word in one clause
_SUMMED_PART = re.compile(rf"(?:前\s*(?P<months>{_MONTH})\s*个月|(?P<second>下半年))[^，。；]{{0,16}}?(?:{REPORT_TITLE.pattern})")


def summed_months(title: str, opening: str = "") -> tuple[int, int]:
    """(first, last) month a report sums up: the part of the year its title names ("2026年上半年工作总结" → (1, 6),
    "前三季度工作情况" → (1, 9), "1—5月工作小结" → (1, 5), "第一季度工作总结" → (1, 3), "前10个月工作总结" → (1, 10), "下半年工作总结" → (7, 12)), or, a title naming no part of a
    year, the part leading its opening ("今年1—8月，站里…" → (1, 8)); a whole year's report (1, 12). The figures it
    reports are counted over those months: "每季度一次" asks two of a 上半年总结."""
    text = fold(title or "")
    if not part_year_report(text) and (summed := _SUMMED_PART.search(text)) is not None:
        return (7, 12) if summed.group("second") else (1, _month(summed.group("months")))  # 下半年: six months
    if part_year_report(text):
        parts = [year_part(m) for m in YEAR_PART.finditer(text) if not m.group("year")]
        if parts:
            return parts[0]
    elif (lead := _LEADS.match(fold(opening or ""))) is not None and not YEAR_PART.search(text) \
            and not lead.group("month"):
        return year_part(lead)  # (a month alone opening a year's report dates an event: "3月，中心通过…验收")
    return 1, 12
