"""The kind of a document (plan, summary, summary_plan, other), for meta: from its title's kind words first,
then from the parts its structure shows (a look back, a year's tasks, both).

Apart from `meta.py`, which finds who issued a document and when: the kind is read from other evidence (genre words,
part roles) and is the one answer classify and the stance of targets build on.
"""

from __future__ import annotations

import re

from jihua.pipeline.model import Document
from jihua.pipeline.rules.lexicon import (
    ADMIN_GENRE,
    DOC_KIND_WORDS,
    OTHER_GENRE,
    PLAN_WORDS,
    SECTION_CUES,
    SPEECH_DELIVERY,
    SUMMARY_PLAN,
    SUMMARY_WORDS,
    TASK_LIST_TITLE,
    TASKS_REPORTED,
)
from jihua.pipeline.rules.lexicon import YEAR as _YEAR
from jihua.pipeline.rules.periods import (
    PART_YEAR_TITLE,
    PAST,
    own_year,
    part_role,
    part_year_report,
    plan_part,
    sets_own_year,
    sums_up,
)
from jihua.pipeline.rules.titles import without_tags, year_value

# a part that is itself next year's plan (not an "打算" outlook, which every summary has)
_PLAN_PART = re.compile(r"((?:19|20)\d{2}|明年|下一?年度?|新的一年).{0,8}(工作)?(计划|要点)$")
# a subtitle's opening dash ("——在全县工作会议上的讲话"): a line under the title, whatever it says
SUBTITLE_DASH = re.compile(r"^[—－\-–]{1,2}\s*")


def _has_review_and_plan(doc: Document) -> bool:
    """A part looks back at a past period and another sets this year's requirements, goals or tasks."""
    year, part = own_year(doc.title, doc.year), part_year_report(doc.title)
    roles = [part_role(s.heading, year, part_of_year=part) for s in doc.sections]
    kinds = {r[0] for r in roles if r}
    return "review" in kinds and bool(kinds & {"measures", "guiding_ideology", "goals"})


def _reports_then_plans(title: str, doc: Document) -> bool:
    """A report (not a 总结) whose review runs in unlabelled parts ("一、坚持…", "二、聚焦…") and
    whose later part sets its own year's work ("六、2022年主要任务", "五、今年的工作安排"); in a
    工作报告, a part named as a plan part ("二、主要任务", "三、加强自身建设") after a look back
    ("一、2022年工作回顾") sets it too, with no year in its heading."""
    if sums_up(title):
        return False
    year, part = own_year(title, doc.year), part_year_report(title)
    reported = looked_back = False
    work_report = _WORK_REPORT.search(title) is not None
    for s in doc.sections:
        if reported and sets_own_year(s.heading, year):
            return True
        if looked_back and work_report and plan_part(s.heading):
            return True
        role = part_role(s.heading, year, part_of_year=part)
        reported = reported or role is None or role[0] == "review"
        looked_back = looked_back or (role is not None and role[0] == "review")
    return False


# a report delivered to a meeting ("…管委会2023年工作报告"), not one on how things went (工作情况报告)
_WORK_REPORT = re.compile(r"工作报告")


def _plans_only(title: str, doc: Document) -> bool:
    """A 工作报告 whose every part is a plan part ("一、2026年重点任务", "二、保障措施"): it plans its
    year and reports nothing, so it is a plan whatever its title word."""
    if sums_up(title) or not _WORK_REPORT.search(title) or not doc.sections:
        return False
    year, part = own_year(title, doc.year), part_year_report(title)
    roles = [part_role(s.heading, year, part_of_year=part) or plan_part(s.heading) for s in doc.sections]
    return all(r is not None and r[0] in _PLAN_PARTS for r in roles)


_RETRO = frozenset({"review", "problems", "outlook"})
# a notice that arranges work ("关于做好…工作的通知", "关于开展…的通知"), not one that issues or informs
_WORK_NOTICE = re.compile(r"关于(?:做好|开展|加强|推进|抓好|组织|深入开展|进一步做好|进一步加强)[^《》]{2,40}的通知$")
_PLAN_PARTS = frozenset({"guiding_ideology", "goals", "measures", "safeguards", "principles", "schedule", "evaluation"})
# what a document without a title is called, by the kind its structure shows
GENRE = {"plan": "工作计划", "summary": "工作总结", "summary_plan": "工作总结和计划"}


def _part_kind(heading: str, year: int | None, part_of_year: bool) -> str | None:
    role = part_role(heading, year, part_of_year=part_of_year)
    if role is not None:
        return role[0]
    return next((t for t, p in SECTION_CUES if p.search(heading)), None)


def _kind_from_structure(doc: Document) -> str | None:
    """A title that names no kind (or no title at all): the parts tell. Look-back parts only, one of
    them a review of the work done (回顾, 成效) → summary; plan parts (指导思想, 目标, 任务, 保障) → plan;
    both a review and this year's work → summary_plan. Problems and next steps alone (a 党课's "存在的
    差距和不足", "下一步工作打算") are what a speech or a report on one issue says too: no summary without
    a look back at the work."""
    part = part_year_report(doc.title)
    kinds = {_part_kind(s.heading, doc.year, part) for s in doc.sections}
    if _has_review_and_plan(doc):
        return "summary_plan"
    if "review" in kinds and not kinds & _PLAN_PARTS:
        return "summary"
    if kinds & _PLAN_PARTS and not kinds & _RETRO:
        return "plan"
    return None


# (not 打算/思路: "工作汇报及下步打算" is a summary with an outlook)
_ENDS_PLAN = re.compile(r"(?:计划|方案|预案|要点|规划|意见|措施|办法|细则)(?:[（(][^（）()]{0,12}[）)])?$")


_RESOLUTION = re.compile(r"的?(?:决议|决定)$|(?:政策)?解读$")  # about a document, not one of its kind


def _sets_a_years_tasks(title: str) -> bool:
    """A dated form or list of a year's tasks is a plan: "某县文旅局2026年重点工作任务分解表", "…2026年重点工作
    责任清单" set that year's work as a 计划 does. Undated ("权责清单"), reporting ("2025年重点任务完成情况表"),
    a review's findings ("2025年巡察反馈问题整改任务清单") or work done ("2025年已完成重点项目清单") it is not."""
    return bool(TASK_LIST_TITLE.search(title) and _YEAR.search(title)
                and not SUMMARY_WORDS.search(title) and not TASKS_REPORTED.search(title))


def _other_genre(title: str, doc: Document) -> bool:
    """The title names a genre that is neither plan nor report (lexicon OTHER_GENRE), or the subtitle under it
    delivers a speech ("——在全县…会议上的讲话": SPEECH_DELIVERY): a speech that sets next year's goals is still a
    speech. A subtitle that carries a speech out ("——贯彻落实…在…上的讲话") leaves a plan a plan."""
    subtitles = [u.text for u in doc.front if u.block.role == "subtitle" or SUBTITLE_DASH.match(u.text.strip())]
    if SUBTITLE_DASH.match(title.strip()):  # a dash line read as the title is a subtitle still
        subtitles.append(title)
    elif OTHER_GENRE.search(without_tags(title.strip())):
        return True
    return any(SPEECH_DELIVERY.match(SUBTITLE_DASH.sub("", t.strip())) for t in subtitles)


# the work of a period a paper of its own kind reports on: "关于2024年度全县安全生产工作的通报", "…上半年…工作的通报"
# (the work itself, not a result about it: "…河长制工作考核结果通报" reports a ranking)
_PERIOD_WORK = re.compile(rf"(?:(?P<year>(?:19|20)\d{{2}})\s*年度?|{PAST.pattern}|{PART_YEAR_TITLE.pattern})"
                          r"[^，。；]{0,24}?工作的?$")


def _reports_past_work(title: str, doc: Document) -> bool:
    """A 通报 (or another paper of its own kind, ADMIN_GENRE) on a period's work — a past one: a year no later
    than the one it is signed in, 去年, 上半年 — which a summary's parts (成效, 问题, 下一步) review is a summary."""
    genre = ADMIN_GENRE.search(title)
    m = _PERIOD_WORK.search(title[: genre.start()]) if genre else None
    if m is None:
        return False
    signed = _YEAR.search(doc.date or "")
    signed_year = year_value(signed) if signed else None
    return m.group("year") is None or signed_year is None or signed_year >= int(m.group("year"))


def doc_type(title: str, doc: Document) -> str:
    """Kind of document: the title's kind words, then its structure. A document that reviews a
    past period and sets this year's work is a summary_plan unless its title calls it a plan
    (a plan may open with a look back and stays a plan). A resolution or decision about a report
    ("…关于政府工作报告的决议"), or a reading of a plan ("《…工作计划》政策解读"), is neither."""
    title = without_tags(title)  # "…实施方案（征求意见稿）": the kind word is before the notes
    if _RESOLUTION.search(title) or _other_genre(title, doc):
        return "other"
    if SUMMARY_PLAN.search(title):
        return "summary_plan"
    # the word that ends the title names the kind: "落实政府工作报告重点任务实施方案" is a plan
    # (or a dated form or list of the year's tasks: "…2026年重点工作任务分解表")
    plan_title = (PLAN_WORDS.search(title) is not None
                  and (not SUMMARY_WORDS.search(title) or _ENDS_PLAN.search(title) is not None)) \
        or _sets_a_years_tasks(title)
    # (a report on part of a year names its plan in its title if it has one, "…上半年总结及下半年工作计划": a forward
    # part alone, "三、下阶段工作部署" in a "…上半年工作总结", plans only the rest of the year summed up, the summary's
    # outlook; a year's 总结 whose review looks back on "过去一年" and goes on to "今年的主要任务" is a report of the
    # 政府工作报告 kind, its year's plan after its review)
    if not plan_title and not (sums_up(title) and part_year_report(title)) and doc.sections \
            and _has_review_and_plan(doc):
        return "summary_plan"
    # (a 通报 or 批复 names its kind too: its parts do not make it a plan — but a 通报 on a past period's work that
    # its parts review reports it)
    if not DOC_KIND_WORDS.search(title):
        inferred = _kind_from_structure(doc)
        if inferred is not None and (not ADMIN_GENRE.search(title)
                                     or (inferred == "summary" and _reports_past_work(title, doc))):
            return inferred
    if plan_title:
        return "plan"
    if SUMMARY_WORDS.search(title):
        if any(_PLAN_PART.search(s.unit.body if s.unit else "") for s in doc.sections) or _reports_then_plans(title, doc):
            return "summary_plan"
        return "plan" if _plans_only(title, doc) else "summary"
    if PLAN_WORDS.search(title):
        return "plan"
    if _WORK_NOTICE.search(title) and _kind_from_structure(doc) == "plan":
        return "plan"  # "关于做好…工作的通知" laid out as goals, tasks, requirements: it plans the work
    return "other"
