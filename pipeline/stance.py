"""Set or reported: whether a figure is *set* for the planned period or *reported* as done.

Decided per clause and sentence (预期, 拟, 要, 力争 … against 去年, 已, 完成了, 目前 …; the last year
named before a clause frames it), then by the headings above it (a 回顾 or 问题 part reports; a part on a
five-year plan is another period; a part that looks ahead sets). The document's type is not consulted: a
政府工作报告 both reviews last year and sets this year's targets. `targets` reads the figures; this
module only judges them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jihua.pipeline.annex import ANNEX_HEADING
from jihua.pipeline.model import Document, Section
from jihua.pipeline.rules import target_stance as S
from jihua.pipeline.rules import targets as R
from jihua.pipeline.rules.lexicon import PROBLEMS_NAMED, aimed_result
from jihua.pipeline.rules.lexicon import YEAR as ANY_YEAR
from jihua.pipeline.rules.numbering import match_label
from jihua.pipeline.rules.periods import (
    FUTURE_CUES,
    REST_OF_YEAR,
    SINCE,
    in_finished_part,
    schedule_stage,
    stated_term,
)
from jihua.pipeline.rules.periods import THIS as THIS_PERIOD
from jihua.pipeline.rules.titles import year_from_title
from jihua.pipeline.text.sentences import clauses

_PROBLEMS = re.compile(PROBLEMS_NAMED)
# a glossary ("名词解释") defines terms, a reading ("政策解读") retells the plan: neither sets a figure of its own
_GLOSSARY = re.compile(r"名词解释|名词释义|术语解释|^(?:附件\s*\d*\s*)?(?:注释|附注|注解)$|^(?:政策|文件|图文)?解读$")
_SCORING = re.compile(r"评分|计分|赋分|打分")  # "考核评分细则"; a "目标任务考核表" lists real targets


def _reviews(heading: str, ahead: bool, in_review: bool) -> str | None:
    """A heading that looks back: 回顾 or a 情况 always ('review'); a noun cue (发展基础, 成效) only when no action
    verb opens its clause ("做精特色种植，筑牢发展基础", "巩固提升脱贫攻坚成效" act on a base or a result), and
    never inside a part that already looks ahead. Outside a part that reviews, a noun cue names a result, not a
    look back ('outcome'): "（二）拥军支前成效显著" in a plan's 创建标准 is the end state its figures set."""
    review = S.REVIEW_HEADING.search(heading)
    if review is None or (not in_review and aimed_result(heading, review.start())):
        return None  # "在凝聚共识上取得新成效" in a plan: the result aimed at
    if review.group(0) in ("回顾",) or "情况" in review.group(0) or _PROBLEMS.fullmatch(review.group(0)):
        return "review"
    begin = max(heading.rfind(p, 0, review.start()) for p in "，,、；;：: ") + 1
    if ahead or S.ACTION_START.match(heading[begin:].strip()):
        return None
    return "review" if in_review else "outcome"


def later_period(text: str, year: int | None, named: re.Pattern[str] = R.YEAR) -> bool:
    """Whether a heading, a title or a clause names a year after the document's planned `year` ("2030年主要目标" in a
    2026 plan, "到2035年" in a 2030 report): another period's. A year up to the planned one is the year's own or one
    reported on, whatever its decade; with no planned year known, none is later. `named`: which years count."""
    return year is not None and any(int(y) > year for y in named.findall(text))


def _own_term(year: int | None, horizon: int | None) -> int | None:
    """The last year a heading may name for the document's own work: the `horizon` a plan runs to, or the year after
    the planned one — a summary's "2027年工作打算" whatever year its title gives, a plan's next step."""
    return None if year is None else max(year + 1, horizon or year)


def heading_context(heading: str, year: int | None, in_review: bool = False, ahead: bool = False,
                    horizon: int | None = None) -> str | None:
    """'review', 'outcome' (a result named, see `_reviews`), 'ahead', 'long_term' or 'rules' (an annex of scoring rules)
    when a heading says so; None to inherit. Inside a part that reviews, only a later period turns a heading ahead
    ("下一步", "明年", a later year): "（一）目标任务圆满完成" reports on the targets. A year past the document's own term
    (`_own_term`: "2030年主要目标" in a 2026 plan, not in a 2030 report) is another period's, unless it dates a stage
    of the plan's schedule."""
    if ANNEX_HEADING.match(heading) and _SCORING.search(heading):
        return "rules"  # "附件2 考核评分细则": its figures score the work ("得90分以上为优秀"), they set none
    if _GLOSSARY.search(heading):
        return "rules"  # "名词解释": a term's definition ("明确一名专员…的机制") sets nothing
    if S.CONDITIONS_HEADING.search(heading.strip()) and not S.NAMES_TASKS.search(heading):
        return "rules"  # "（二）报名条件": who qualifies ("年龄不超过35周岁"), no figure the office sets
    years = [int(y) for y in R.YEAR.findall(heading)]
    looks_back = _reviews(heading, ahead, in_review)
    later = later_period(heading, _own_term(year, horizon)) and not schedule_stage(heading)
    long_term = ((S.LONG_TERM_HEADING.search(heading) or later) and not S.SPAN_OPENING.search(heading)
                 and (looks_back or not S.ACTS_ON_PLAN.search(heading)))  # "规划实施成效": that span's results
    if looks_back == "outcome" and (long_term or (year is not None and years and max(years) < year)):
        return "review"  # "一、2025年工作成效" in a 2026 plan, "“十四五”期间城乡建设成效显著": another period's results
    if looks_back:
        return looks_back
    if year is not None and years and not long_term:
        return "review" if max(years) < year else "ahead"
    if long_term:
        return "long_term"  # "今后五年目标任务", "“十四五”时期主要目标": another period than the year's
    if FUTURE_CUES.search(heading) or S.PLANS_AHEAD.search(heading) \
            or (S.AHEAD_HEADING.search(heading) and (not in_review or (THIS_PERIOD.search(heading)
                                                                        and not SINCE.search(heading)))):
        return "ahead"  # "今年的工作安排": this year's tasks, even in a report classify read as looking back ("今年以来…" none)
    return None


def _led(paragraph: str, lead: re.Match[str] | None, previous: str | None) -> str | None:
    """How far a lead-in scopes: 'stated' when the paragraph goes on after it, 'lead' when it is only the lead-in,
    'item' for a numbered item after a lead or an item ("1.…；"); None otherwise. `previous`: the paragraph before's."""
    if lead:
        return "stated" if paragraph[lead.end():].strip() else "lead"
    return "item" if previous in ("lead", "item") and match_label(paragraph.strip()) else None


def conditions(paragraph: str, previous: str | None) -> str | None:
    """Whether a paragraph states the conditions a person must meet (see `_led`): a lead-in opens it ("身体条件：…视力
    不低于4.6；…", "申报人员应具备以下条件："), or it is an item after one ("1.视力矫正后不低于4.8；")."""
    return _led(paragraph, S.CONDITIONS_LEAD.match(paragraph), previous)


def announces_goals(paragraph: str, previous: str | None, year: int | None, sums_up: bool = False) -> str | None:
    """Whether a paragraph announces the goals of the year planned (see `_led`): "综合考虑…，今年全县经济社会发展的主要预期
    目标是：…；…", or an item after such a lead-in. A part that reviews last year may go on to set this year's goals
    ("一、2030年工作回顾和2031年工作部署"): these are set, down to the last clause after a ；. A year named must be the
    planned `year`; in a document that `sums_up` its year, 今年 is the year reported on, and announces nothing."""
    lead = next((m for m in S.GOALS_ANNOUNCED.finditer(paragraph)
                 if (int(m.group("year")) == year if m.group("year") else not sums_up)), None)
    return _led(paragraph, lead, previous)


def paragraph_context(qualifies: str | None, sentence: str, context: str | None, announced: str | None = None) \
        -> str | None:
    """'rules' for a paragraph (see `conditions`) or a sentence led by the conditions a person must meet: its figures
    say who qualifies, they set nothing; 'ahead' for one that announces the year's goals (see `announces_goals`),
    whatever part it stands in; else the part's own context."""
    if qualifies or S.CONDITIONS_LEAD.match(sentence):
        return "rules"
    return "ahead" if announced and context != "rules" else context


# section types whose figures are reported: the classifier's verdict, however the heading is worded
REPORTING_TYPES = frozenset(("review", "problems"))


def typed_context(section: Section, inherited: str | None) -> str | None:
    """'review' for a part classify typed review or problems ("一、过去一年的主要工作", "一、坚持…"),
    unless a heading above already set the stance (a year's plan part typed by its document's kind)."""
    return "review" if section.type in REPORTING_TYPES and inherited in (None, "review") else None


def typed_ahead(section: Section) -> str | None:
    """'ahead' for a part classify typed outlook by its own heading ("三、下半年工作部署" in a 上半年总结, read so
    from the report's title), though its words carry no cue the stance reads: a 总结's look ahead sets its figures,
    the review it follows in the same report does not."""
    return "ahead" if section.type == "outlook" and not section.type_inherited else None


_GOAL_NAMED = re.compile(r"目标[，,；;]")  # "围绕到2030年…的目标，": a later goal the sentence serves, closed


def _own_period_after(after: str, year: int) -> bool:
    """The figure is the year's own though a later deadline stands before it: the year is named
    after the deadline ("到2030年建成示范村40个的目标，2026年建成8个"), or the deadline named a goal
    the sentence serves and a later clause turns to this year ("围绕到2030年…的目标，全年形成…")."""
    if str(year) in R.YEAR.findall(after):
        return True
    served = _GOAL_NAMED.search(after)
    return served is not None and THIS_PERIOD.search(after[served.end():]) is not None


def _named_years(text: str, baselines: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The years a text names as periods: not one a figure is measured against ("较2025年") nor the year of the
    accounts a plan works on ("开展2025年度预算执行审计") — `baselines`, by place, so the same year named as a
    period elsewhere in the sentence still counts."""
    return [m for m in R.YEAR.finditer(text) if not any(a <= m.start() < b for a, b in baselines)]


def _in_a_past_year(upto: str, baselines: list[tuple[int, int]], year: int) -> bool:
    """The clause stands in a year before the document's own: the last year named up to it (not a
    baseline) is earlier, and nothing after that year turns to this one (今年, 全年)."""
    named = _named_years(upto, baselines)
    return bool(named) and int(named[-1].group(1)) < year and not THIS_PERIOD.search(upto[named[-1].end():])


def _blank_year_reports(sentence: str, upto: str) -> bool:
    """The last year named up to the figure is a template's blank ("20xx年", `ANY_YEAR`'s second group), nothing after it
    turns to this year, and the sentence reports results (`_results_reported`, `S.REPORTED_CUES`) with no planning word
    nor later period: "20xx年，我社区…取得了一定成效，共建成投放点18个" looks back; "20xx年，我们将新建驿站5个" plans."""
    years = list(ANY_YEAR.finditer(upto))
    if not years or years[-1].group(2) is None or THIS_PERIOD.search(upto[years[-1].end():]):
        return False
    reports = _results_reported(sentence) or S.REPORTED_CUES.search(sentence) is not None
    return reports and S.SET_CUES.search(sentence) is None and FUTURE_CUES.search(sentence) is None


def _results_reported(sentence: str) -> bool:
    """Results reported (`S.RESULTS_REPORTED`): 取得…成效 where no verb of aiming stands before it in its clause
    (`S.AIMS_AT_RESULTS`: "推动产业振兴取得新突破" is the year's aim), or 共 before a verb of doing ("共建成驿站9个")."""
    for m in S.RESULTS_REPORTED.finditer(sentence):
        opened = max(sentence.rfind(p, 0, m.start()) for p in "，,。；;") + 1
        if not m.group(0).startswith("取得") or S.AIMS_AT_RESULTS.search(sentence[opened: m.start()]) is None:
            return True
    return False


def _past_year_governs(sentence: str, upto: str, own: str, baselines: list[tuple[int, int]], year: int,
                       ahead: bool) -> bool:
    """A past year scopes the figure's clause: the last year named up to it is past ("2025年全年建成23个"; a later year
    named up to it turns to that one: "2025年建成23个，2026年新建5个" sets the 5), or a past year in a clause after it
    does. Outside a part that looks ahead (a plan's opening, its 工作基础) any past year in the sentence tells of that
    year ("新建公园3个，完成投资800万元，2025年全镇绿化率达到41%"). In a part that looks ahead a later past year reaches back
    into a clause that names no action of its own ("共建点5个、服务站3个，均于2025年建成") or from a clause that dates
    the work before it (`_dates_work_before`); one with a figure of its own keeps it: "新建共建点5个，2025年建成23个"
    sets the 5."""
    named = _named_years(sentence, baselines)
    before = [m for m in named if m.start() < len(upto)]
    if before:
        return int(before[-1].group(1)) < year
    later = [m for m in named if int(m.group(1)) < year]
    if not later:
        return False
    if not ahead or R.ACTS.search(own) is None:
        return True
    return any(_dates_work_before(text) for start, end, text in clauses(sentence)
               if start >= len(upto) and any(start <= m.start() < end for m in later))


def _long_span(upto: str, own: str) -> bool:
    """A span of years (`LONG_SPAN`: "“十四五”时期", "今后五年") scopes the figure's clause: it stands in that clause, or
    in an earlier clause that is a frame naming no figure of its own ("今后五年，全县…达到350亿元，…") or opens the
    sentence ("“十四五”时期全县…，…"). Named inside an earlier clause of its own figure ("乡镇干部“十四五”期间轮训
    覆盖率达到100%，学员结业率达到97%") it scopes that clause only."""
    if S.LONG_SPAN.search(own):
        return True
    for start, _, text in clauses(upto[: len(upto) - len(own)]):
        span = S.LONG_SPAN.search(text)
        if span is None:
            continue
        opens = start == 0 and not text[: span.start()].strip("“”\"在 ")
        if opens or not any(ch.isdigit() for ch in text):
            return True
    return False


def _dates_work_before(clause: str) -> bool:
    """A later clause naming a past year that only dates the work before it: "于2025年10月全部投入使用", "其中2025年
    改造600户" (a part of the figure before), "2025年全部完成" (no figure, the work finished); not "2025年建成23个"."""
    text = clause.strip("，,；;。 ")
    if R.DATES_WORK_BEFORE.match(text):
        return True
    figures = _DATE.sub("", R.YEAR.sub("", text))
    return not any(ch.isdigit() for ch in figures) and R.FINISHES_WORK.search(text) is not None


_DATE = re.compile(r"\d{1,2}\s*[月日号]")  # "2025年10月": a date, no figure of its own


def _running_total(upto: str, context: str | None, year: int | None, long_range: bool) -> bool:
    """累计/共计 sets a running total to reach, not a tally, under the plan's own deadline ("到2026年，累计完成
    改造90个") or in a part that looks ahead (a task part, a five-year plan's chapter), unless a past
    marker ("以来", "截至…") says the total was taken; 已, 了 and past years stay cues of their own."""
    if S.TALLY_SINCE.search(upto):
        return False
    deadlines = [int(a or b) for a, b in S.DEADLINE_YEAR.findall(upto)]
    if deadlines:
        return year is None or deadlines[-1] >= year
    return context == "ahead" or (long_range and context is None)


def _own_clause(upto: str, begin: int) -> str:
    """The clause a figure's text stands in, up to its end: a "、" part ("增长13.8%") reaches back to where
    its clause opens ("去年实现工业总产值312.6亿元、增长13.8%"), so a cue there governs the whole list.
    Clauses are cut as everywhere else (`text.sentences.clauses`: "2,800万元" and "1:200" are no breaks)."""
    begin = max(begin, 0)
    opened = max((start for start, _, _ in clauses(upto) if start <= begin), default=0)
    return upto[opened:]


_RUNNING = ("累计", "共计")


def _reports(cues: Iterator[re.Match[str]], running: bool) -> bool:
    """A past cue among `cues`, 累计/共计 none where they set a running total to reach (`_running_total`)."""
    return any(not (running and m.group(0) in _RUNNING) for m in cues)


def _status_quo(upto: str, own: str, running: bool = False) -> bool:
    """The clause describes how things stand (目前…, 只有/仅占 + figure), or goes on describing ("其中…",
    "占…的") what the clause before it reported, and sets nothing itself. A running total to reach (`running`:
    "到2026年底，累计建成…45万亩，占耕地比例提高2个百分点") reports nothing, nor does the clause going on from it:
    there a share printed as 占…的 ("…累计建成…38万亩，占基本农田的70%") is read as the clause before it is."""
    if S.SET_CUES.search(own):
        return False
    status = S.STATUS_QUO.search(own.strip())
    if status and not (running and status.start() == 0 and status.group(0).startswith("占")):
        return True
    if not S.CONTINUES_FACT.match(own.strip()):
        return False
    before = upto[: len(upto) - len(own)].rstrip("，,；;：: ")
    previous = _own_clause(before, len(before))
    return bool(previous) and (_status_quo(before, previous, running)
                               or _reports(S.REPORTED_BEFORE.finditer(previous), running))


_GOAL_PARTS = frozenset({"goals", "guiding_ideology"})


def plan_horizon(doc: Document, year: int | None) -> int | None:
    """The last year a multi-year plan whose title names no year runs to (a 实施意见 issued in 2025 "到2027年…"):
    the last year of the term it states ("本方案实施期限为2026—2027年", see `periods.stated_term`, whatever its genre), its
    有效期至 year, or the latest deadline its opening or goals name, within a five-year span of its issue
    year. Figures due by then are the plan's own. None for a dated title, a report or a plan of one year."""
    if year is None or doc.doc_type != "plan" or year_from_title(doc.title or "")[0]:
        return None
    term = stated_term([u.text for u in doc.units])
    if term is not None and term[0] <= year < term[1]:
        return term[1]  # "本方案实施期限为2026—2027年": a 2027 stage is the plan's own
    if not S.MULTI_YEAR_GENRE.search(doc.title or ""):
        return None
    goals = doc.preamble + [u for top in doc.sections if top.type in _GOAL_PARTS
                            for s in top.walk() for u in ([s.unit] if s.unit else []) + s.content]
    years = [int(a or b) for u in goals for a, b in S.DEADLINE_YEAR.findall(u.text)]
    years += [int(y) for u in doc.units + doc.closing for y in S.VALID_UNTIL.findall(u.text)]
    within = [y for y in years if year < y <= year + S.HORIZON_SPAN]
    return max(within, default=None)


def _share_done(own: str, upto: str) -> bool:
    """The clause tallies the share of the year's goal done ("完成全年目标的55%"): a past marker stands with it ("已完成
    全年任务的60%", "截至目前", "累计", "共"), and no planning word but that goal's own 目标 (one a finished part of
    the year governs, "上半年，…完成全年目标的55%", is reported before: `periods.in_finished_part`). A share due by a
    part still ahead is a milestone: "一季度完成全年任务的25%" in a year's plan, "三季度末完成全年任务的75%" in a
    下半年 plan."""
    share = S.SHARE_DONE.search(own)
    if share is None or S.SET_CUES.search(S.SHARE_DONE.sub("", upto)):
        return False
    return bool(S.TALLY_MARK.search(upto))


# a sentence that opens on the year so far ("今年以来，…", "一年来，…"): a look back over the year in progress
_SO_FAR = re.compile(r"^\s*(?:(?:今年|本年度?|年初)以来|(?:过去)?一年来)")
_THIS_YEAR_NAMED = frozenset({"今年", "年内"})  # the year a look back speaks of, no commitment
# the parts whose look back reports: a review, a background (`situation`); a summary's own parts too (see `stance`)
_LOOKS_BACK = frozenset({"review", "situation"})


def _commits(sentence: str, year: int | None) -> bool:
    """The sentence commits to the year ahead: a planning word or bound, a later period, the whole year (全年), the
    rest of it (下半年, 四季度) or the plan's own year named ("2025年，全县…增长6%" in a 2025 plan)."""
    if any(m.group(0) not in _THIS_YEAR_NAMED for m in S.SET_CUES.finditer(sentence)):
        return True
    own_year = year is not None and re.search(rf"(?<!\d){year}\s*年", sentence) is not None
    return own_year or "全年" in sentence or bool(FUTURE_CUES.search(sentence) or REST_OF_YEAR.search(sentence))


def _year_so_far(sentence: str, context: str | None, year: int | None, summary: bool) -> bool:
    """The figure's own sentence opens on the year so far (`_SO_FAR`), in a part that looks back (a review, a
    background, a summary's part that plans nothing) and commits to nothing (`_commits`): the year's results reported
    ("今年以来，全市新增家庭农场36家"). A plan's or report's part of tasks or goals never reads so: there the look back
    leads into what it sets ("年初以来，…。全年引进项目15个"), and so does a later sentence of its paragraph."""
    if context not in _LOOKS_BACK and not (summary and context is None):
        return False
    return _SO_FAR.match(sentence) is not None and not _commits(sentence, year)


def _year_ahead_commits(upto: str, own: str, year: int | None) -> bool:
    """The last clause opening on a year before the figure (`S.YEAR_OPENS`) names the planned `year` or a later one, and a
    planning word commits to it in that clause or the figure's own (`own`): "2027年，中心将…，每月至少举办一次…" in a
    2026 总结's review is the coming year's work, as "明年，…" is. A reported year ("2025年，全局将…" in that 总结), no
    planning word, one that only qualifies a thing ("2027年将建成的游客中心", "年度计划已…", `_commits_to`) or a clause
    marked done ("…已完成投资1.2亿元", `_done`) leaves the figure reported."""
    opens = list(S.YEAR_OPENS.finditer(upto))
    if year is None or not opens or int(opens[-1].group(1)) < year:
        return False
    start = opens[-1].end()
    if (alone := re.match(r"\s*[，,：:]", upto[start:])) is not None:
        start += alone.end()  # "2027年，我局将…": the year stands alone and opens the clause after it
    cut = re.search(r"[，,；;。：:]", upto[start:])
    opened = upto[start: start + cut.start()] if cut else upto[start:]
    planned_here = _commits_to(own)
    if _done(own, planned_here):
        return False
    return planned_here or _commits_to(opened)


def _commits_to(text: str) -> bool:
    """A planning word in `text` that commits to work: not inside a …的 phrase ("计划实施的项目") nor 计划 as a noun."""
    for m in S.SET_CUES.finditer(text):
        word = m.group(0)
        if word not in S.PLANNING_WORDS or S.PLANNING_QUALIFIES.match(text[m.end():]):
            continue
        if word == "计划" and (S.PLAN_NOUN_BEFORE.search(text[: m.start()]) or S.PLAN_NOUN_AFTER.match(text[m.end():])):
            continue
        return True
    return False


def _done(own: str, planned: bool) -> bool:
    """The figure's clause is marked done: 已 or 累计 anywhere in it, 完成/到位 where it plans nothing itself."""
    return S.REPORTED_BEFORE.search(own) is not None or (not planned and S.DONE_IN_CLAUSE.search(own) is not None)


def _object_done_in_a_look_back(sentence: str, upto: str, before: str) -> bool:
    """已 on the object ("对已建成的…", `S.OBJECT_ALREADY`) names which things the work takes up in a sentence that
    commits to it; in one that commits to nothing, in a paragraph or sentence framed as past (`S.PAST_FRAME`: "近年来，…"),
    it reports the work done as 已 elsewhere does."""
    return S.OBJECT_ALREADY.search(upto) is not None and S.PAST_FRAME.search(before + upto) is not None \
        and S.SET_CUES.search(S.PAST_FRAME.sub("", sentence)) is None  # (今年以来 frames, commits to nothing)


def _plans(own: str) -> bool:
    """A planning word stands in the figure's clause ("下半年…，力争新增800户"; a share's own 目标/计划 is none)."""
    return any(m.group(0) in S.PLANNING_WORDS for m in S.SET_CUES.finditer(S.SHARE_DONE.sub("", own)))


def _undated(sentence: str, clause: str) -> tuple[str, str]:
    """The sentence and the figure's clause without the years that date the object a clause works on
    (`targets.dated_objects`): "计划改造2000年底前建成的老旧小区46个，年底前开工率达到100%" is judged as "计划改造老旧小区46个，…",
    by its own words — an old stock's year makes neither clause a past year's."""
    at = sentence.find(clause)
    spans = [span for span in R.dated_objects(sentence) if not _dates_own_count(sentence, span, at, at + len(clause))]
    if not spans or at < 0:
        return (sentence, clause) if not spans else (R.undated(sentence), R.undated(clause))

    def kept(begin: int, end: int) -> str:
        return "".join(ch for i, ch in enumerate(sentence[begin:end], begin) if not any(a <= i < b for a, b in spans))

    return kept(0, len(sentence)), kept(at, at + len(clause))


_DIGIT = re.compile(r"\d")


def _dates_own_count(sentence: str, span: tuple[int, int], begin: int, end: int) -> bool:
    """A count in the figure's clause (`begin`…`end` of `sentence`) stands inside the object the year dates
    (`R.counts_dated_stock`): "对2020年以来新修的42公里村道开展回头看" — the year keeps dating that clause, a stock
    built since, as it did before the object was read as dated; the clauses after it are undated all the same."""
    if begin < 0 or not begin <= span[0] < end:
        return False
    digit = _DIGIT.search(sentence, span[1], end)
    return digit is not None and R.counts_dated_stock(sentence, span, digit.start())


def stance(sentence: str, clause: str, context: str | None, year: int | None, long_range: bool = False,
           horizon: int | None = None, plans_from_month: int | None = None, before: str = "",
           summary: bool = False, goals: bool = False) -> str:
    """'set', 'reported' or 'other' (another period's goal) for one figure's clause. In a plan
    that spans years itself (a 十四五 plan) its multi-year figures are its own; in one that runs to a
    `horizon` year (`plan_horizon`), so are its goals by that year. In a document planning part of a year from
    `plans_from_month` (`periods.plans_from`), a clause the paragraph (`before`: its text before the sentence) puts in
    a finished part ("上半年，…新增1386户") is reported; in a `summary` an untyped part looks back (`_year_so_far`). In a
    part typed `goals`, a template's blank year ("20xx年，…") is the year planned, whatever its sentence says."""
    if context == "rules":
        return "other"
    sentence, clause = _undated(sentence, clause)
    if S.MULTI_YEAR.search(clause) and not long_range:
        return "other"
    upto = sentence[: sentence.find(clause) + len(clause)] if clause in sentence else sentence
    deadline = next(reversed(list(S.BY_YEAR.finditer(upto))), None)
    own_term = deadline is not None and horizon is not None and int(deadline.group(1)) <= horizon
    if year is not None and deadline is not None and int(deadline.group(1)) > year and not long_range \
            and not own_term and not _own_period_after(upto[deadline.end():], year):
        return "other"  # "到2027年，…达到15%" in a 2024 plan: a later year's goal
    this_year = bool(THIS_PERIOD.search(upto)) or (year is not None and str(year) in R.YEAR.findall(upto))
    forecast = S.FORECAST.match(sentence)
    forecast_year = int(forecast.group(1)) if forecast else 0
    if forecast and (year is None or forecast_year > year) and context not in ("review", "outcome", "goals") \
            and (context == "situation" or (not long_range and not (horizon is not None and forecast_year <= horizon))) \
            and not S.FORECAST_COMMITS.search(sentence):
        return "other"  # "预计到2030年，…将达到48万人": a forecast of the situation, not a goal
    own = _own_clause(upto, len(upto) - len(clause))
    if not long_range and not this_year and not own_term and (context == "long_term" or _long_span(upto, own)
                                                             or later_period(upto, horizon or year, S.BY_YEAR)):
        return "other"  # "今后五年…目标是：…达到350亿元": the span's goal, whatever words set it
    if in_finished_part(before + upto, plans_from_month) and not _plans(own):
        return "reported"  # "上半年，全县新增经营主体1386户" in a 下半年工作计划: the part of the year done
    if _year_so_far(sentence, context, year, summary):
        return "reported"  # "今年以来，全县新增经营主体860户" in a background part: the year in progress, reported
    baselines = [m.span() for m in S.BASELINE_YEAR.finditer(sentence)]
    if year is not None and _in_a_past_year(upto, baselines, year):
        return "reported"  # "2025年，全市…浓度为33微克" in a 2026 plan: last year's level, whatever else it names
    if not goals and _blank_year_reports(sentence, upto):
        return "reported"  # "20xx年，…取得了一定成效，共建成投放点18个": a template's past year, reported
    past_year = year is not None and _past_year_governs(sentence, upto, own, baselines, year, context == "ahead")
    if _share_done(own, upto):
        return "reported"  # "完成全年目标的55%": the share done so far
    running = _running_total(upto, context, year, long_range)
    if _object_done_in_a_look_back(sentence, upto, before):
        return "reported"  # "近年来，…。对已建成的36个服务站全部开展回头看": the paragraph's look back, done
    if _status_quo(upto, own, running):
        return "reported"  # "目前全市规上企业1862家", "比重只有34.6%": how things stand, beside a task
    for text in (own, sentence):
        cues = S.REPORTED_CUES.finditer(text if text is own else upto)
        reported = _reports(cues, running) \
            or (text is sentence and (past_year or bool(S.REPORTED_DONE.search(text))))
        sets = bool(S.SET_CUES.search(text))
        if reported and not sets:
            return "reported"
        if text is own and sets and not reported and context != "review":
            return "set"
    ahead = bool(FUTURE_CUES.search(sentence)) or _year_ahead_commits(upto, own, year)
    if context == "review":
        return "set" if ahead else "reported"
    if context == "outcome":  # the sentence decides: a bound or a future cue set it above; a recurring standard too
        return "set" if ahead or R.RECURRING.search(own) else "reported"
    if context == "long_term" and not this_year:
        return "other"  # "聚焦“十五五”开局…": a clause of a sentence on this year (全年, 今年) is the year's
    return "set"
