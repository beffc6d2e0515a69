"""Word lists the stages consult: section-type cues, web chrome, document kinds, units.

Each cue list is ordered from most to least specific; the classify stage records which
cue fired so a user can see why a section got its type.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jihua.pipeline.text.sentences import SENTENCE_PUNCT as _SENTENCE_PUNCT

# the manner adverbs a plan sets before its verb of work ("全面落实", "进一步加强", "持续推进"): they belong to the
# clause the verb opens
WORK_ADVERBS = r"着力|加快|持续|进一步|全面|认真|严格|切实|不断|大力|积极|努力|全力|深入|扎实|继续|更加|科学|合理"
# the verbs of work a heading opens on to set a task: what follows is the task's object ("夯实高质量发展基础",
# "明确工作目的", "提高服务要求"), not the name of a part; 认识/把握 (a 意见's "充分认识…重要意义") introduce a background still
WORK_VERBS = (r"设置|设定|制定|下达|确定|夯实|筑牢|厚植|巩固|优化|营造|改善|加强|强化|明确|打牢|打造|提升|提高|增强|拓展|拓宽|完善|健全|"
              r"构建|改进|创优|做好|抓好|开展|建立|用好|守牢|稳固|涵养|培植|培育|重塑|再造|对标|细化|分解|落实|改变|扭转|摸清")
# the verbs that pursue a goal ("全力完成年度经营目标", "确保实现全年目标任务", "锚定…目标", "对标…目标"): what they
# govern is the aim of a task, not the part that sets the goals ("工作目标", "年度目标"); a verb that sets the goals
# ("明确发展目标", "制定年度目标") still names that part
GOAL_PURSUIT = re.compile(rf"^(?:{WORK_ADVERBS}|奋力|力争|争取|坚决|紧紧)*"
                          r"(?:完成|实现|达成|达到|确保|围绕|对标|对表|锚定|聚焦|瞄准|紧扣|紧盯|冲刺|落实)")
# a stage, a step or a period whose clause ends in the head noun 目标 ("阶段目标", "第一阶段目标", "第一季度目标",
# "近期阶段目标任务"): the heading names the goals set for it, not a period of the schedule ("第一阶段（2026年）")
BEFORE_GOALS_HEAD = r"(?![^，,；;：:。]*目标(?:任务)?(?:\s*[（(][^（）()]*[)）])?(?=$|[，,；;：:。]))"
# a short part named for what it asks of those who carry the plan out ("学习要求", "纪律要求", "具体要求", "几点要求"):
# its first clause is at most four characters then 要求. 总体要求 is guiding_ideology's (tried first), 目标要求 the goals',
# 基本要求 left to neither; a task that sets a requirement ("提高服务要求", "落实安全要求") names no part
REQUIREMENTS_PART = (rf"^(?!(?:{WORK_ADVERBS})*(?:{WORK_VERBS}))[\u4e00-\u9fff]{{0,4}}(?<!目标)(?<!基本)要求"
                     r"(?=$|[，,；;：:。])")

# --- section types (CONTRACT.md taxonomy) -------------------------------------------
# a result a plan's heading aims at, not one it looks back on: "在凝聚共识上取得新成效", "确保取得明显成效",
# "取得更大成绩" (a new, greater or visible result still to come); "取得了新成效" and "成效显著" report one
AIMED_RESULT = re.compile(r"(?:取得|实现|收到|见到|迈出|开创|展现)(?!了)[^，,；;。了]{0,2}?"
                          r"(?:新|更大|更好|更多|更高|明显|显著|积极|实质性|突破性|阶段性)的?(?:成[效绩就果]|突破|步伐|局面|作为|进展)")
# a part that reports work done ("2023年工作回顾", "主要成效", "工作开展情况"), or what a past period
# achieved ("“十四五”时期发展成就", "五年来取得的成就": a look back, even inside a background part)
# …and a heading whose head phrase affirms results already won ("充分肯定成绩，坚定发展信心"): a speech's look back,
# worded as a judgement of the year's results; "巩固成绩", "取得更大成绩" act on or aim at a result. "成绩来之不易" is
# no cue: a report's look back says it as a sentence ("成绩来之不易。同时我们也看到…"), which a cue would make a heading
REVIEW_CUES = (r"回顾|肯定[^，,；;。]{0,6}?成[绩就效]|主要成绩|工作成绩|取得(的)?成[绩效就]|主要成效|工作成效|成效|完成情况|工作开展情况|主要做法|工作亮点|"
               r"成绩与亮点|主要工作及成效|(?:主要|发展|建设|改革|显著|历史性)成就|(?:完成|执行|运行|经营|进展|落实|工作)情况(?=$|[，,：:])")
# a part that names the problems found (差距, 短板 name them too, but also what a plan sets out to close)
PROBLEMS_NAMED = r"存在(的)?(主要)?问题|问题(和|与|及)?不足|不足"
# the verbs that remedy a problem ("补齐…短板", "着力解决…问题", "督促整改巡察发现的问题") or study it as a task
# ("分析研判面临的风险", "梳理群众反映的难题"): what they govern is a task's object, not a part that names the problems found
REMEDY_VERBS = (r"补齐|补足|补强|弥补|解决|破解|化解|整改|缩小|克服|攻克|消除|整治|纠治|纠正|查处|治理|排查|查摆|聚焦|针对|应对|回应|"
                r"分析|研判|研究|梳理")
# what those who carry a plan out are told to heed or handle ("需要注意的问题", "应当重点把握的问题", "需要说明的问题"):
# guidance on the work, not problems found; "需要关注的问题", "值得注意的问题" name what was found
_HEED = r"(?:需要|应当|应该|必须|应)(?:重点|特别|着重|认真|切实)?"
_HEEDED = rf"{_HEED}(?:注意|把握|处理|说明)好?的"
# a heading whose head noun names what is wrong ("需要关注的问题", "面临的困难和挑战", "发展中的突出问题",
# "存在的短板和不足", a bare "困难和挑战"): the noun as what is found, faced or to be watched, or plainly named.
# Not the object of a work acting on it ("解决群众急难愁盼问题", "破解发展难题", "补齐短板", "督促整改检查发现的问题":
# measures — a remedy verb anywhere in the clause, unless it qualifies the noun as still to do, "亟待解决的问题", or
# names where it was found, "课题研究中发现的问题"), nor a noun the clause goes on past ("问题整改": measures or evaluation),
# nor guidance on the work (_HEEDED: "需要注意的问题" is a plan's 注意事项)
_PROBLEM_NOUN = r"(?:问题|困难|挑战|不足|短板|弱项|差距|薄弱环节|难题)"
_PROBLEM_NOUNS = rf"(?:(?:{_PROBLEM_NOUN}|风险|隐患)[和与及、]?)*{_PROBLEM_NOUN}"  # "风险和挑战": the last names the kind
# what sets the noun off as found: "需要关注的", "亟待解决的", "面临的", "存在的", "遇到的", "工作中(存在)的", "发展中的"
_FOUND_BY = (r"(?:(?:需要|值得|亟待|亟需|急需|必须)[\u4e00-\u9fff]{1,4}的|(?:面临|存在)的?|(?:遇到|暴露|出现|发现)(?:出|出来)?的|"
             r"[\u4e00-\u9fff]{1,6}中(?:(?:存在|面临|遇到|暴露|出现)(?:出|出来)?)?的)")
PROBLEMS_HEAD = (rf"^(?!(?:{WORK_ADVERBS})*(?:{WORK_VERBS}))(?![^，,；;：:。]*?(?:{REMEDY_VERBS})(?![的中]))"
                 rf"(?![^，,；;：:。]*?{_HEEDED})"
                 rf"(?:[^，,；;：:。]*?{_FOUND_BY}(?:突出|主要|重大|深层次|新)?|(?:当前|目前|主要|突出))?"
                 rf"{_PROBLEM_NOUNS}(?=$|[，,；;：:。])")
# a heading that is only a date, a span of dates or a year ("4月12日", "4月13日—20日", "2024年", "2025年底前"):
# a period of the schedule; a date piece is a year, a month or a day, at least one, each with its digits
_DATE_PIECE = r"(?=\d)(?:(?:19|20)\d{2}\s*年度?\s*)?(?:\d{1,2}\s*月份?\s*)?(?:\d{1,2}\s*日\s*)?"
# (classify reads it on headings only: as a line's shape it is a 落款's date or a run-in year "2024年：…")
PERIOD_HEADING = re.compile(rf"^{_DATE_PIECE}(?:[—\-–~～至到]+\s*{_DATE_PIECE})?(?:底|前|底前|以前)?$")
# a stage with the dates it runs in brackets after its name ("巡查摸底阶段（2027年5月—6月中旬）", "第二阶段（8月）"):
# the dates close the heading, so the stage's name ends it all the same
# a round opening bracket as OCR misreads it in a part label ("〈二)", "［三）", "‹一)")
OCR_PAREN_LOOKALIKES = "〈‹［[【"
# (a scan's brackets round the dates as OCR reads them: "动员阶段《2026年3月)", "攻坚阶段〈2026年4月一9月〉")
DATED_STAGE = (rf"阶段\s*[（(《{re.escape(OCR_PAREN_LOOKALIKES)}]\s*(?:(?:19|20)\d{{2}}\s*年|\d{{1,2}}\s*月)"
               r"[^（）()《》〈〉]*[)）》〉\]］】›]")
# the words that label a time, as a timetable's column or a plan's field of time and place does ("学习时间",
# "完成时限", "活动日期"): one list, so both read a new one alike (chrome.WHEN_WHERE_LABEL adds the places)
TIME_LABELS = ("时间", "日期", "时限")
# a timetable's first column names the time each row falls in ("月份", "周次", "时间", "学习时间", "实施阶段"): the
# part it makes up is the schedule, whatever its heading calls it
TIME_COLUMN = re.compile(r"^[\u4e00-\u9fff]{0,2}(?:" + "|".join(("月份", "周次", *TIME_LABELS, "阶段")) + ")$")
# a month or a span of months as a heading or a column's name alone ("3月", "4—6月", "一、二月份")
MONTH_SPAN = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s*[、—\-–至到~～]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}))*\s*月份?"
# a quarter's numeral ("第一季度", "4季度") and the half a 半年 names ("上半年", "下半年"): a part of the year is named by
# these both as a timetable's column head (PERIOD_COLUMN) and as the time a figure falls in (periods.YEAR_PART)
QUARTER = "[一二三四1-4]"
HALF = "[上下]"
# a column of a timetable laid out across the year: its head names a part of the year ("第一季度", "二季度",
# "4—6月", "上半年", "全年", "第一季度（1—3月）"), its cells the work due in it. Unlike TIME_COLUMN (月份, 完成时限), whose
# cells are dates, these cells are the tasks and their figures
PERIOD_COLUMN = re.compile(rf"^(?:(?:19|20)\d{{2}}年度?)?(?:第?{QUARTER}季度|[一二三四]季|Q[1-4]|{HALF}半年|全年|{MONTH_SPAN})"
                           r"(?:[（(][^（）()]*[)）])?$")
# a task's assignment printed in brackets after it: who leads, who answers, by when ("（责任科室：综合科）",
# "（牵头领导：李某某；责任单位：执法股）", "（完成时限：6月底前）"), or unlabelled ("（县商务局牵头，各乡镇配合）").
# It annotates the sentence before it and is no sentence of its own; a label ("（一）") or an aside that names
# no one's duty ("（见附件）") is not one
_DUTY = r"责任|牵头|配合|协办|主办|承办|分管|负责|完成时限|完成时间|时间节点|时限"
_TAG_BODY = r"[^（）()【】\[\]。！？!?\n]"
_TAG_CLAUSE = r"[^（）()【】\[\]。！？!?\n，,；;]"
ASSIGNMENT_TAG = re.compile(
    rf"[（(【\[]\s*(?:[\u4e00-\u9fff]{{0,4}}(?:{_DUTY})[\u4e00-\u9fff]{{0,4}}\s*[:：]{_TAG_BODY}{{1,80}}"
    rf"|{_TAG_CLAUSE}{{2,40}}(?:牵头|负责|配合)(?:[，,；;]{_TAG_BODY}{{1,60}})?)\s*[）)】\]]")
# a staff built ("加强纪检监察干部队伍建设", "抓好过硬队伍建设", the members of a congress or a CPPCC: "委员队伍建设"): a
# part of its own that secures the plan, but under a part of tasks one of them ("加强村干部队伍建设": classify)
STAFF_BUILT = r"(?:过硬|干部|委员|代表)队伍建设"
# the kinds of a body's own building a safeguards cue names ("加强干部队伍建设", "加强作风建设", "强化纪律建设"): a part of
# its own that secures the plan, but under a part of tasks (a 党建 plan's 重点任务) one of them (classify); a safeguard
# category (组织领导, 经费保障, 工作要求) is none
OWN_BUILT = rf"(?:{STAFF_BUILT}|(?:队伍|作风|能力|纪律|廉政)建设)$"
# the safeguards cues that name the issuing body itself — its own building, conduct, staff and performance
# ("加强机关自身建设", "建设人民满意政府", "提升政府执行力", "锻造过硬干部队伍") — not a function any part may have (工作机制,
# 工作要求, 组织领导): what a part is about, named in a later clause after a first naming none (classify)
OWN_CONDUCT = (r"自身建设|型政府$|满意的?政府$|政府(?:执行力|效能|公信力)|作风建设|从严治(?!党)[\u4e00-\u9fff]|"
               # the body's own staff ("纪检监察干部队伍", "过硬队伍"), as 自身建设; not a field's
               # team (教师队伍, 应急队伍), which a plan builds as its work
               rf"{STAFF_BUILT}|"
               # …and so is the team named with the body's own conduct ("加强队伍建设和党风廉政建设"); a
               # bare 队伍建设 may be a field's team (扑火队伍 under 主要措施): no cue alone
               r"队伍建设(?:和|与|及)(?:党风廉政|作风|党的)建设|(?:党风廉政|作风|党的|党)建(?:设)?(?:和|与|及)队伍建设|"
               r"^(?:加强|强化)?机关(?:自身)?建设$")
# verbs that draw a timetable up as a task ("明确时间表", "倒排进度表"): the timetable is their object, no part's name
_DRAWS_UP = "明确|制定|制订|编制|编排|倒排|排出|列出|细化"
# …or hold the work to one ("严守时间表", "实行工作周历", "落实进度表"): with the verbs of work and their adverbs,
# none may stand before the calendar word in a part's name
_KEEPS_TO = "执行|实行|推行|遵照|依照|按照|对照|严守|恪守|遵守|建立"
# a calendar or a table of the term's dates that IS the heading ("月历安排", "周历", "学期行事历", "工作进度安排表",
# "三、月历安排" with its label off): a short name of at most eight characters before the calendar word, no verb
# among them, the word closing the heading (or its bracket or colon). A task that draws one up or keeps to one
# ("倒排进度表", "压紧责任，明确清单和时间表", "严守时间表") names the work, not the part
CALENDAR_NAME = (rf"^(?:(?!{WORK_ADVERBS}|{WORK_VERBS}|{_DRAWS_UP}|{_KEEPS_TO})[\u4e00-\u9fff\d]){{0,8}}"
                 r"(?:(?:月|周|行事|校)历(?:安排|表)?|(?:日程|时间|(?<!完成)进度|安排)表)(?=$|\s*[（(：:])")
# (type, pattern) pairs tried in order on a heading; the first match wins.
SECTION_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("preamble", re.compile(r"引言|前言|导言|总则|背景|目的和?意义|目的|意义|概述|总体情况|基本情况|发展基础|面临(的)?形势|"
                            r"发展环境|形势分析|"
                            # a project's or a place's account of itself ("项目概况", "第一部分 工程概况"), as 基本情况
                            r"概况(?=$|[与和及、（(，,；;：:。])|"
                            # a 规划's account of where things stand ("发展现状", "现状分析", "现状与形势"): 现状 as the
                            # head noun of its clause, not a survey's task ("现状调查") or a verb's object ("扭转…现状")
                            r"现状(?:分析|(?:与|和|及)(?:面临的?|发展)?形势)?(?=$|[与和及、（(，,；;：:。])")),
    ("problems", re.compile(rf"{PROBLEMS_NAMED}|差距|短板|薄弱环节|困难和问题|{PROBLEMS_HEAD}")),
    ("outlook", re.compile(r"下一步|下步|今后|展望|打算|明年|来年|新的一年|努力方向|工作设想")),
    ("review", re.compile(REVIEW_CUES)),
    ("guiding_ideology", re.compile(r"指导思想|总体要求|总体思路|工作思路|指导方针")),
    ("principles", re.compile(r"基本原则|工作原则|遵循原则|^原则$")),
    # (a 考核 that a 评价 closes names the part too: "严格考核评价", "评价考核", "绩效评价"; 督促落实 only closing
    # the heading, "强化督促落实" — "督促落实企业主体责任" is a task; a 考核办法's parts on grading and on what the
    # grade is used for: "等次评定", "（考核）结果运用", its short form "考核运用", "强化结果运用"; not the results
    # of a survey or a test, "强化监测结果运用", a field's task)
    # (how an assessment scores: "评分细则", "评分标准", "计分办法", "赋分规则", "分值设置")
    ("evaluation", re.compile(r"(?<!监测|检测|普查|体检|调查|统计|排查|检验)结果运用|评分|计分|赋分|分值|考核运用|等次评定|评定等次|考核评价|评价考核|绩效评价|评估考核|考核|评估|督查|督察|督促检查|检查督导|督导检查|监督检查|督导|督办|奖惩|激励|问责|问效|考评|检查验收|评比|^监督管理$|"
                              r"督促落实(?=$|[，,；;：:。])")),
    # (a heading that only names a time, "报名时间", "走访时间和地点", "完成时限": when the work is done; a
    # task on time names more before it, "压缩审批时限", "延长服务时间")
    ("schedule", re.compile(r"(?:日程安排|日程|年度安排|进度计划|时间安排|进度安排|实施步骤|步骤安排|工作步骤|方法步骤|活动步骤|^(?![第抢节争把抓])[\u4e00-\u9fff]{0,2}(?:时间|时限)(?:[和及与、]?地点)?$|时间节点|时间进度|^进度|第[一二三四五六七八九十]+阶段|"
                            rf"{DATED_STAGE}|阶段|"
                            r"\d{1,2}\s*[—\-–~～至到]\s*\d{1,2}\s*月|[0-9x×X]{2,4}\s*年\s*\d{1,2}|"
                            rf"^{MONTH_SPAN}$|"
                            r"月度?工作安排|^(?:上|下)半年(?:[:：（(]|$)|"
                            r"第[一二三四]季度|^[一二三四]季度|"
                            # a timetable by week, month or term ("周次工作安排", "逐月安排", "学期教学安排"); a study plan's
                            # 学习安排 lays its sessions out over the year. 活动安排 alone stays measures (CONTRACT: the
                            # activities a plan sets); named by its months ("逐月活动安排", "月份活动安排") it is their
                            # timetable, as "逐月安排" is: the word naming the period is what makes a schedule
                            r"(?:周次|逐周|逐月|月份|学期)(?:工作|学习|教学|活动)?安排|学习安排|"
                            # a calendar or a table of the term's dates as the part's name (CALENDAR_NAME); not a
                            # form of what was done ("完成进度表")
                            rf"{CALENDAR_NAME})"
                            rf"{BEFORE_GOALS_HEAD}")),  # the goals of a stage are goals
    ("safeguards", re.compile(r"保障措施|组织保障|制度保障|经费保障|资金保障|条件保障|工作保障|保障机制|"
                              r"组织领导|加强领导|强化领导|工作领导|双拥领导|领导小组|组织机构|组织实施|"
                              r"工作要求|有关要求|注意事项|"
                              # the points to heed in carrying the plan out ("需要注意的问题", "应注意的几个问题")
                              rf"{_HEED}注意的(?:几个|若干|主要)?(?:问题|事项)(?=$|[，,；;：:。])|"
                              rf"{REQUIREMENTS_PART}|"
                              r"工作机制|责任落实|落实责任|^保障$|"
                              # a closing part that only urges the plan carried out, no object named ("抓好工作落实",
                              # "狠抓落实", "推动各项任务落地见效")
                              r"^(?:抓好|狠抓|抓|强化|推动|确保)(?:各项)?(?:工作|任务)?(?:落实|落地见效)$|"
                              rf"{OWN_CONDUCT}")),  # the body's own building, conduct and staff
    # (a heading whose head noun is 指标 lists the year's figures: "绩效指标", "年度绩效指标", "产出指标")
    ("goals", re.compile(r"目标|任务指标|预期成效|工作指标|主要指标|发展指标|^[^，,；;：:。]{0,10}指标$")),
    ("measures", re.compile(r"主要任务|重点任务|工作任务|工作措施|具体措施|主要措施|重点工作|主要工作|工作内容|"
                            r"活动安排|活动内容|工作重点|工作计划|具体安排|工作安排|实施内容|重点项目|任务分工")),
    ("other", re.compile(r"附则|附件|附录|说明|其他|其它|^活动主题$|^活动口号$")),
)


def part_names_ending(text: str) -> Iterator[tuple[str, int]]:
    """(section type, start) of each part-name cue (SECTION_CUES) that ends `text` ("…工作目标")."""
    for section_type, pattern in SECTION_CUES:
        for m in pattern.finditer(text):
            if m.end() == len(text):
                yield section_type, m.start()


# a child heading overrides its parent's type only on these "clearly names another" cues
CHILD_OVERRIDE_TYPES = frozenset({"safeguards", "evaluation", "problems", "outlook", "schedule", "goals", "review",
                                  "guiding_ideology", "principles", "preamble", "other"})
# in a summary, action headings report work done: only these cues move them off "review"
SUMMARY_OVERRIDE_TYPES = frozenset({"problems", "outlook", "preamble", "guiding_ideology", "goals", "other"})

# --- shared text shapes -------------------------------------------------------------------
SENTENCE_PUNCT = _SENTENCE_PUNCT  # one definition (text/sentences.py), an ASCII "." full stop included
# the pieces of a date as plans print it: 2023, 二〇二三; a template's blanks (20XX年X月X日); 1–31, 十二
_CN_YEAR = r"[〇零一二三四五六七八九]{4}"
_BLANK = "xX×＊*"
_DAY_OR_MONTH = r"[\d一二三四五六七八九十]{1,3}"
_MONTH = rf"(?:{_DAY_OR_MONTH}|元)"  # January is also written 元月 ("2022年元月9日")
# a year as titles and openings write it: 2023年, 20xx年 (a template: no year), 二〇二四年
YEAR = re.compile(rf"(?<!\d)((?:19|20)\d{{2}})\s*年|(?<!\d)((?:19|20)[{_BLANK}]{{2}})\s*年|({_CN_YEAR})\s*年")
# a web page's own header line ("发布时间：2026-02-06　来源：某县发展和改革局"): the page's date and
# the body that published it, set aside as chrome but still the page's evidence for year and org
PAGE_DATE = re.compile(r"(?:发布|更新|成文|印发)?(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[-/.年]\s*\d{1,2}")
# (its value stops where the next field's label follows it with no gap: "来源：某县应急管理局访问量：389")
# (or the body a portal's 信息公开 fields name: "发文机关：某县农业农村局", "发布机构： | 某局" as a table row).
# `label` tells which: a 来源 credits who posted the page (a department may post its government's plan), the
# 信息公开 fields name who issued the document
PAGE_SOURCE = re.compile(r"(?P<label>(?:信息|文章|稿件)?来源|发文机关|发布机构|发布机关)\s*[:：][\s|｜]*"
                         r"(?P<org>[\u4e00-\u9fff（）()]{2,30}?)"
                         r"(?=(?:访问量|浏览|阅读|点击|作者|编辑|字号|字体|发布|更新|时间|日期)(?:次数|量|数)?\s*[:：]|[^\u4e00-\u9fff（）()]|$)")
# a page's breadcrumb ("当前位置：首页 > 政务公开 > 计划总结 > 某市2026年…方案"): its last crumb names the page
BREADCRUMB = re.compile(r"^(?:(?:您)?(?:当前|现在|所在)?的?位置\s*[:：]\s*)?(?:网站)?首页\s*(?:>>|[>＞»›])")
CRUMB_SEPARATOR = re.compile(r"\s*(?:>>|[>＞»›])\s*")
# a line that is only a date (a 落款's, a cover's), a template's blanks included: "2024年3月5日", "20XX年X月";
# a sign-off may say the date it was issued on ("2024年5月10日印发")
ISSUED = re.compile(r"\s*(?:印发|发布|制发|签发|下发)\s*$")
DATE_LINE = re.compile(rf"^\s*((?:19|20)[\d{_BLANK}]{{2}}|{_CN_YEAR})\s*年\s*(?:{_MONTH}|[{_BLANK}]{{1,2}})\s*月"
                       rf"(\s*(?:{_DAY_OR_MONTH}|[{_BLANK}]{{1,2}})\s*日)?(?:{ISSUED.pattern})?\s*$")
# a date line as OCR misreads its digits ("2024年]月8日", "2O23年6月l5日", "2025年1O月|9日"): a one's stroke
# read as a bracket, a bar or a letter (l, I), a zero as a letter O or a 〇; shaped as a date all the same
# (year 年 month 月 [day 日], each figure all digits or their look-alikes, bare or in brackets as a title
# block prints it), so a sentence never matches
OCR_DIGIT_LOOKALIKES = {**dict.fromkeys("][|lI!丨｜ｌＩ", "1"), **dict.fromkeys("OoＯｏ〇○", "0")}
_OCR_FIGURE = rf"[\d０-９{re.escape(''.join(OCR_DIGIT_LOOKALIKES))}]"
OCR_DATE_SHAPE = re.compile(rf"^\s*[（(]?\s*({_OCR_FIGURE}{{4}})\s*年\s*({_OCR_FIGURE}{{1,2}})\s*月"
                            rf"(?:\s*({_OCR_FIGURE}{{1,2}})\s*日)?(?:{ISSUED.pattern})?\s*[)）]?\s*$")
# a content word as a segmenter cuts it: two Han characters or more (or a Latin name) — not a figure
CONTENT_WORD = re.compile(r"[\u4e00-\u9fff]{2,}|[A-Za-z]{2,}")
# a comparison's words and the fragments a segmenter leaves of them ("不少" of 不少于): no content of a measure
COMPARISON_WORDS = frozenset("不少 不少于 不低 不低于 至少 以上 以下 以内 左右 不超 不超过 不高 达到 力争 一次 全部 按时 各类".split())
# words too common in plans to tell passages apart (keywords, trace matching, rising terms)
STOPWORDS = frozenset(
    "工作 开展 进一步 加强 推进 做好 做实 积极 认真 切实 全面 深入 不断 有关 相关 各项 组织 活动 落实 建立 完善 提高 推动 "
    "坚持 实现 确保 要求 我们 以及 通过 进行 及时 重点 全年 年内 每年 全县 全市 全区 全镇 要 和 的 在 为 对 等 及 与 年 月".split()
)

# --- document kinds ---------------------------------------------------------------------
# a kind word ending a title ("…工作计划", "…实施方案"): what makes a line a title, not a fragment
DOC_KIND_WORDS = re.compile(r"(工作)?(计划|方案|预案|要点|安排|规划|打算|总结|意见|措施|办法|细则|通知|报告|汇报|思路)")
PLAN_WORDS = re.compile(r"计划|方案|预案|要点|安排|规划|打算|思路|意见|措施|办法|细则")
# a title that names a genre of its own, neither plan nor report, whatever its text plans ("明年…目标是"): a
# speech and its draft ("…会议上的讲话", "讲话稿", "致辞", "表态发言"), a host's script (主持词), the minutes of a
# meeting ("…常务会议纪要") and a survey's findings (调研报告)
OTHER_GENRE = re.compile(r"(?:讲话|致辞|贺词|发言|主持词|纪要|调研报告)(?:稿|提纲)?$")
# an official paper of a kind of its own that informs, replies or asks ("…关于2025年度考核结果的通报", "…关于同意…的批复",
# "…的复函", "…公告"): no plan, whatever parts it holds ("一、考核结果", "二、有关要求"); a 情况通报 reports (SUMMARY_WORDS)
ADMIN_GENRE = re.compile(r"(?:通报|批复|复函|的函|公告|通告|请示|公示)$")
# a subtitle that delivers a speech: "——在全县经济工作会议上的讲话", "——县长 某某某 在某县第五次党代会上的发言
# （2026年3月2日）", "——2026年1月8日在某区人大会议上的致辞". A line that carries one out is no delivery: "——贯彻落实
# 市委书记在…上的讲话", "——学习某某同志在…上的讲话" introduce a plan that follows a speech
SPEECH_DELIVERY = re.compile(r"^(?:(?!贯彻|落实|学习|传达|领会|根据|按照)[^，。；]){0,30}?在[^，。；]{2,50}?(?:上|中|时)的?"
                             r"(?:讲话|致辞|贺词|发言|主持词)(?:稿|提纲)?[\s\u3000]*(?:[（(][^（）()]{1,20}[）)]|[\u4e00-\u9fff·]{2,4})?$")
# a form or a list that sets out a period's targets or tasks ("重点任务分解表", "项目绩效目标表", "重点工作进度表",
# "重点工作任务清单", "重点工作责任清单", "重点项目清单", "工作台账"): a document of its own (not any 表: "附表", "统计表"
# name no plan; not any 清单: a 问题清单 lists a review's findings, a 权责清单 standing duties). The title-line
# reader (title_lines.TITLE_END) and the kind reader (meta) read this one pattern
TASK_FORM = r"(?:(?:目标|指标|任务|计划|进度|分解|申报)表|(?:任务|工作|项目)(?:责任)?(?:清单|台账))"
TASK_LIST_TITLE = re.compile(rf"{TASK_FORM}$")
# a form that reports how the tasks went ("重点任务完成情况表", "目标任务完成进度表"), or a list of a review's
# findings and their remedies ("巡察反馈问题整改任务清单", "巡视整改工作台账", "审计整改台账") or of work already
# done ("已完成重点项目清单", "已办结事项台账"): a report, not a plan
TASKS_REPORTED = re.compile(r"(?:完成|进展|落实|执行|推进)(?:情况|进度)|问题|整改|巡[视察]|审计|已完成|办结")
# 汇报 that reports work done ("…工作汇报", "…情况汇报", "…工作总结汇报") — not the 汇报 that presents a plan
# ("…2026年工作要点汇报", "…实施方案汇报提纲", "…工作安排的汇报材料"): there it names the telling (a deck, a
# briefing), and the plan noun before it names what is told. Not after a rule's name (意见, 办法, 细则, 措施:
# "关于某某办法的汇报" reports how it was applied), nor on carrying a plan out ("关于落实…实施方案的汇报"; a plan
# titled for what it carries out, "贯彻落实…精神2026年工作要点汇报", stays a plan). Nor when a clause on how the work
# went comes before the plan noun ("关于全乡禁毒工作开展情况及下步打算的汇报", "…主要成效和明年思路的汇报"): the 汇报
# reports that, and the plan noun names its second half
PRESENTED_PLANS = ("计划", "方案", "预案", "要点", "安排", "规划", "打算", "思路")
REPORTED_CLAUSE = r"(?:情况|成效)"
REPORTING = ("(?:" + "".join(f"(?<!{noun})(?<!{noun}的)" for noun in PRESENTED_PLANS) + "汇报"
             + rf"|{REPORTED_CLAUSE}[^，。；]*?汇报"
             + r"|(?:贯彻|落实|执行)[^，。；]{0,40}?的汇报)")
# a title that reports on work done ("…工作总结", "述职报告", "…工作汇报", "…工作情况的通报")
REPORT_TITLE = re.compile(rf"总结|述职|{REPORTING}|通报")
SUMMARY_WORDS = re.compile(rf"总结|{REPORTING}|述职|工作报告|情况的?报告|评估报告|情况的?通报|统计公报")  # a 统计公报 reports a year's outcome
# a report on how last period went and a plan for the next, in one title ("…工作总结及明年计划", "…工作推进情况及
# 2026年工作打算": any …情况 or …成效 clause)
SUMMARY_PLAN = re.compile(rf"(?:总结|{REPORTING}|述职|报告|{REPORTED_CLAUSE}).{{0,12}}(及|和|暨|与|并).{{0,16}}(计划|打算|安排|思路|要点|草案)|"
                          r"政府工作报告$")  # a government work report reviews last year and plans this one

# --- organisations ---------------------------------------------------------------------
# the bodies that issue and carry out plans, by the word that ends their name: one list for org
# mentions in running text (enrich), org tokens (text.entities) and org names in titles (rules.titles)
ORG_BODIES = (r"事务局|人社局|教育局|财政局|民政局|卫健局|宣传部|组织部|武装部|人武部|办公室|委员会|领导小组|中心组|服务中心|"
              r"服务站|融媒体中心|党委|党组|团委|妇联|总工会|工会|政府|双拥办|政协|人大常委会|人大|科协|侨联|残联|文联|"
              # the bodies named …社 that issue plans: the supply co-operatives' federation (供销合作社联合社, 供销社,
              # 供销合作社 by its full name), a rural credit co-operative (农村信用社, 信用合作社) and a press; not a kind
              # of business a plan works on (专业合作社, 旅行社: "培育合作社10家"); 社会, 社区 end no such name
              r"联合社|联社|供销社|供销合作社|信用社|信用合作社|报社|出版社|杂志社|通讯社")

# time nodes a plan hangs its work on: festivals, commemorations, recurring periods
TIME_WORDS = ["元旦", "春节", "清明", "清明节", "五一", "五四", "七一", "八一", "建军节", "国庆", "国庆节", "中秋",
               "重阳", "重阳节", "烈士纪念日", "全民国防教育日", "国家公祭日", "学雷锋纪念日", "每季度", "每季", "每月",
               "每年", "每周", "每半年", "上半年", "下半年", "年初", "年底", "年中", "年内", "全年", "年终", "节前",
               "节日期间", "第一季度", "第二季度", "第三季度", "第四季度"]
# --- title block: the lines a report prints between its title and its body ---------------
# the party organ a body's party members form (its 党组, 党委, 党工委…): "某局党组书记" is its secretary's post
PARTY_ORGAN = r"(?:党组|党委|党工委|党总支|党支部)"
# a byline: "国务院总理 李克强", "某市市长 某某", "某自治区主席 某某"
OFFICE = (r"(?:总理|省长|市长|县长|区长|州长|旗长|盟长|镇长|乡长|主席|书记|局长|主任|部长|厅长|"
           r"院长|检察长|署长|委员长|会长|队长|校长|园长|馆长|经理|秘书长|行长|社长|所长|站长|团长|理事长|组长)")
# "某市代市长 某某", "副市长、代市长　某某", a letter-spaced name ("王 立 新"); the name may stand on the
# next line ("某市人民政府市长" over "王立新"); of two posts, the first and the last are named (a party group's
# 书记 and the body's head: "某局党组书记、局长")
BYLINE = re.compile(rf"^(.{{0,24}}?)\s*(?:(?P<first>(?:常务)?[副代]?{OFFICE})[、，,])?(?P<last>(?:常务)?[副代]?{OFFICE})"
                    r"(?:\s*[\u4e00-\u9fff·](?: ?[\u4e00-\u9fff·]){1,3})?$")
# a news page's byline under the headline of the report it carries: its outlet (a paper, site, station or agency,
# or "本报"), then its reporters or correspondents by name, then "报道"/"摄" ("某某日报记者 张三 李四",
# "本报记者 王五 通讯员 赵六", "（记者 孙七）") — the paper's, never the report's own text. A name runs on
# from its role only after an outlet ("本台记者李宁"): "通讯员培训计划" is a title
_PERSON = r"[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{2,6})?"
_NEWS_OUTLET = r"(?:本报|本台|本网|[\u4e00-\u9fff]{1,12}?(?:日报|晚报|报|网|台|社))"
_REPORTER = r"(?:特约|见习|实习)?(?:记者|通讯员)"
_NAMES = rf"{_PERSON}(?:[\s、]+{_PERSON}){{0,4}}"
_REPORTERS = rf"{_REPORTER}\s+{_NAMES}"
NEWS_BYLINE = re.compile(rf"^(?!.*(?:{DOC_KIND_WORDS.pattern})\s*$)[（(]?\s*(?:{_NEWS_OUTLET}\s*{_REPORTER}\s*{_NAMES}|{_REPORTERS})(?:\s+{_REPORTERS})?"
                         r"\s*(?:报道|摄|采写)?\s*[)）]?$")
# a date subtitle: "——2018年3月5日在第十三届全国人民代表大会第一次会议上", "（2023年1月10日）", or the occasion
# alone, set off by a dash or brackets: "——在某县第十五届纪律检查委员会第四次全体会议上的工作报告"
_ADDRESS = r"[\u4e00-\u9fff]{0,6}(?:讲话|报告|发言|致辞|总结讲话)"
_DATE = rf"(?:(?:19|20)\d{{2}}|{_CN_YEAR})\s*年\s*{_MONTH}\s*月\s*{_DAY_OR_MONTH}\s*日"
FULL_DATE = re.compile(_DATE)  # a day's date: "2025年2月18日", "二〇二四年三月五日"
DATE_SUBTITLE = re.compile(rf"^(?:[—－\-–]{{1,2}}\s*.{{0,40}}(?:(?:19|20)\d{{2}}|{_CN_YEAR})\s*年.{{0,50}}|"
                           r"[（(]\s*(?:19|20)\d{2}\s*年[\d\s月日]{0,10}[)）]|"
                           rf"[—－\-–]{{2}}\s*在.{{4,50}}(?:上|时)(?:的{_ADDRESS})?|"
                           rf"[（(]\s*在.{{2,50}}(?:会议|大会|全会|会)上的{_ADDRESS}\s*[)）]|"
                           rf"[（(]?\s*{_DATE}\s*在.{{2,60}}(?:会议|大会|会)上?\s*[)）]?|"
                           rf"[（(]\s*{_DATE}\s*.{{2,60}}?(?:会议|大会)(?:审议)?(?:通过|批准)\s*[)）]|"
                           r"第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议上\s*[)）]?)$")
# the occasion printed plain ("在某县…全体会议上的工作报告"): under a title it is the title block's, but
# on its own it is a speech's whole title, so only a line above it makes it a subtitle
OCCASION = re.compile(rf"^在.{{2,50}}(?:会议|大会|全会|会)上的{_ADDRESS}$")
# the salutation a report or speech opens its body with, alone on its line: "各位代表：", "同志们："
SALUTATION = re.compile(r"^\s*(?:(?:各位|全体)[\u4e00-\u9fff]{1,8}|同志们|代表们)[:：!！]\s*$")
# a box's title in a five-year plan: "专栏1 学前教育提升工程", "专栏三　重大交通项目" — the box holds
# the part's projects; it titles no part of the outline
BOX_CAPTION = re.compile(r"^\s*专栏\s*[\d一二三四五六七八九十]+(?=[\s\u3000:：、]|[\u4e00-\u9fff])")
# a table's or figure's caption: "表1　…计划表", "附表2 …", "图3 …", "表2-1：…"; a PDF's text layer may drop
# the "　" after the number, so an opening mark may follow it directly ("表1“十四五”时期…主要指标")
_CAPTION_NO = r"\s*[\d一二三四五六七八九十]+(?:[-—.．]\d+)?"
TABLE_CAPTION = re.compile(rf"^\s*(?:附?表|图){_CAPTION_NO}(?=[\s\u3000:：、“‘《（(「]|[\u4e00-\u9fff])")
# a figure's number as a caption opens with it ("图3", "图2-1"): the one label of a picture's caption, on a web
# page ("图1：…") or in any file
FIGURE_LABEL = r"图\s*\d+(?:[-—.．]\d+)?"
# a figure's caption on a line of its own, in any format: a figure's number, a space, then a name that is no
# sentence — "图1　某县防洪区域示意图（比例尺1:5000）"; never "图书馆…", "图1所示…。". A table's number ("表2 主要指标")
# is none: a table's caption names the table (a unit line may stand between them) and is never a heading anyway
CAPTION_LINE = re.compile(rf"^(?=.{{3,40}}$)\s*{FIGURE_LABEL}[ \t\u3000]+[^。；！？，;!?]+$")
# a table's number opening a line: "表1 …", "附表2 …", "表3-1：…" — the table's caption, never set aside
TABLE_LABEL = re.compile(rf"^\s*附?表{_CAPTION_NO}")
# a red-header masthead (版头): "中共某县委员会文件", "某县人民政府办公室文件" — the issuer, not the title
MASTHEAD = re.compile(r"^[\u4e00-\u9fff（）()]{2,40}文件$")
# a deck's or a report's presenter line: "汇报人：张明", "主讲人：某某"
# (meta reads the rest of the line for the body it names: "主讲人：某局党组书记、局长 某某", "汇报单位：某县某局")
# the talk a cover's field names its giver for: a report, a briefing, a lecture ("宣讲单位：", "主讲人：", "发言人：")
_TALK = r"汇报|报告|宣讲|主讲|讲解|发言"
PRESENTER_LABEL = re.compile(rf"^(?:{_TALK})(?:人|单位)\s*[:：]\s*")
PRESENTER = re.compile(rf"{PRESENTER_LABEL.pattern}\S.{{0,20}}$")
# a field's label naming the body on a cover or a form: "汇报单位：某街道", "填报单位：某县某局" (the body is the rest)
ORG_FIELD_LABEL = re.compile(rf"^(?:{_TALK}|主办|承办|填报)单位\s*[:：]\s*")
# an official document's number (文号): "平组发〔2025〕1号", "某政办〔2024〕12号", "某发[2023]第5号"
_DOC_NUMBER = r"[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,4}\s*号"
DOC_NUMBER = re.compile(rf"^{_DOC_NUMBER}$")
# an archive's 卷内备考表 filed behind a document (its name alone on a line, spaced or not), and the lines of its
# fields: "档号：0108-WS·2024-Y-3", "本卷情况说明" and its note ("本卷共有文件材料9件，共计31页，…"), "立卷人：某某",
# "检查人：某某", "互见号：" — a dated field may come glued to the date above it ("2025年1月9日互见号：")
FILING_SHEET = re.compile(r"^(?:卷内)?备考表$")
FILING_FIELD = re.compile(r"^(?:档号|本卷情况说明|情况说明|立卷人|检查人|互见号|立卷时间|检查时间|归档日期|保管期限|"
                          r"本卷|卷内)")
# a 上行文's number line: its 文号 at the left and 签发人 at the right ("某农报〔2025〕3号  签发人：某某"), or the
# signer alone — the file's, never part of its title
SIGNER_LINE = re.compile(rf"^(?:{_DOC_NUMBER})?\s*签发人\s*[:：]\s*[\u4e00-\u9fff·\s]{{2,16}}$")
# what a site appends to a copied title: "（全文）", "(摘要)", "全文实录"; a 文库/范文 site's edition and count of
# samples ("（完整版）", "(范文)", "（精选6篇）", "（通用8篇）", "（优秀三篇）") — the page's label, never the title's
_SAMPLES_PRAISED = r"(?:精选|通用|优秀|热门|推荐)[\d一二三四五六七八九十]{1,3}篇"
SAMPLE_COUNT = rf"(?:{_SAMPLES_PRAISED}|[\d一二三四五六七八九十]{{1,3}}篇)"
TITLE_NOTE = re.compile(r"\s*[（(【\[]\s*(?:全文|摘要|节选|全文实录|实录|图文|附全文|文字实录|双语|word版|pdf版|doc版|docx版|"
                        rf"完整版|范文|{_SAMPLES_PRAISED})\s*[)）】\]]\s*$|"
                        r"\s*(?:全文|全文实录)\s*$", re.IGNORECASE)
# notes a title may carry of its own ("…任务清单（最新版）" the list as revised, "…导读计划（十篇）" ten readings) and a
# 范文 site also appends ("（最新）", "（3篇）"): off only where the page shows the site's signs (split)
SAMPLE_NOTE = re.compile(r"\s*[（(【\[]\s*(?:最新版?|[\d一二三四五六七八九十]{1,3}篇)\s*[)）】\]]\s*$")
# a slide's or a page's mark that it goes on with the part before it: "（续）", "(续一)", "（接上页）", "（续表）"
CONTINUED_MARK = re.compile(r"\s*[（(]\s*(?:续[表前上]?[页表]?[一二三四五六七八九十\d]{0,2}|接上[页表]|承上页)\s*[)）]\s*$")
# a paginated article's page number after its title, as the site prints it over page 2, 3…: "…报告(2)",
# "…报告（2）", "…报告_2", "…报告第2页", "…报告（第二页）" — never page 1 (the title's own page), nor a bare
# "（二）" (a series' part may be titled so)
_NEXT_PAGE = r"(?:[2-9]|[1-9]\d|[二三四五六七八九十]|十[一二三四五六七八九])"
PAGE_SUFFIX = re.compile(rf"\s*(?:[（(]\s*(?:[2-9]|[1-9]\d|第\s*{_NEXT_PAGE}\s*页)\s*[)）]|[_＿]\s*(?:[2-9]|[1-9]\d)|"
                         rf"第\s*{_NEXT_PAGE}\s*页)\s*$")
# the line after which a page gives a document's full text: a reading's "附：方案全文", an editor's
# "现将全文刊发如下：", "全文如下", "原文如下", a news lead's "以下为报告全文：", "下面是讲话全文" (at the end of
# the line, or the whole of a short one)
FULL_TEXT_CUE = re.compile(r"(?:^附\s*[:：]?\s*[^。；！？:：]{0,16}(?:全文|原文)|(?:全文|原文)(?:刊发|转发|发布|刊登|转载)?如下|"
                           r"(?:以下(?:为|是)|下面是|现将)[^。；！？:：]{0,8}(?:全文|原文))"
                           r"\s*[:：。]?\s*$")

# a sentence that ends by introducing what follows ("各项工作按月推进，具体安排如下。", "重点抓好以下三项工作：")
# rather than stating a task; 以下 only with its colon, since "控制在3%以下。" states a bound
INTRODUCES_WHAT_FOLLOWS = re.compile(r"(?:如下|以下[^，。；！？:：]{0,8}[:：])\s*[。:：]?\s*$")

# a contact field ("中心地址：滨河路88号", "预约电话0731-8562120", "办公地点：…", "联系人：王某"): where or how to reach a
# body, no work. The field is the whole clause (matched whole): a name of at most twelve characters ("县便民服务中心
# 地址"), its label, and its value to the clause's end — a number (digits, dashes, an extension, a bracketed note) after
# a phone label, any words without a verb after an address's colon. A task that sets one up opens on its verb ("开通
# 服务热线12345", "公布举报电话"); a clause going on past the number ("服务热线12345全年受理诉求2万件") is a measure
_NO_CONTACT_VERB = rf"(?!{WORK_VERBS}|公布|开通|设立|开设|拨打|公开|受理|办理|完成|实现|达到|开展|接听|回访|办结)"
_CONTACT_NUMBER = r"[\d+（()）\-－—–~/、转\s]*\d[\d（()）\-－—–~/、转\s]*(?:[（(][^（）()]{0,12}[)）])?"
CONTACT_FIELD = re.compile(rf"(?:{_NO_CONTACT_VERB}[\u4e00-\u9fff]){{0,12}}"
                           rf"(?:(?:地址|地点|邮箱|联系人|联系方式|网址|邮编)\s*[:：](?:{_NO_CONTACT_VERB}[^，,；;。！!]){{1,40}}"
                           rf"|(?:电话|热线|传真|邮编|手机|联系方式)\s*[:：]?\s*{_CONTACT_NUMBER})")

CLAUSE_BREAK = re.compile(r"[，,；;：:。]")  # where a heading's clause ends

# a name set in brackets on a line of its own ("【工作目标】", "【名词解释】", "〔政策解读〕"): a web copy's way of
# marking a heading, the brackets no part of the name
_BRACKETED = re.compile(r"^\s*[【\[〔［]\s*([^】\]〕］]{2,20}?)\s*[】\]〕］]\s*$")


def unbracketed(text: str) -> str:
    """"【工作目标】" → "工作目标": the brackets mark the line as a heading, they are not its name."""
    m = _BRACKETED.match(text)
    return m.group(1) if m else text



def first_clause(heading: str) -> str:
    """A heading up to its first clause break: where a part's name ends ("保障措施", "主要任务：…")."""
    return CLAUSE_BREAK.split(heading, maxsplit=1)[0].strip()


def clause_at(heading: str, at: int) -> str:
    """The heading from the start of the clause holding position `at` ("加快转型，确保完成目标", at 目标 → "确保完成目标")."""
    opened = max((b.end() for b in CLAUSE_BREAK.finditer(heading, 0, at)), default=0)
    return heading[opened:].strip()


def aimed_result(heading: str, at: int) -> bool:
    """The review cue at `at` (成效, 成绩) is the result a phrase aims at ("取得新成效", "确保取得明显成效"): see AIMED_RESULT."""
    return any(m.start() <= at < m.end() for m in AIMED_RESULT.finditer(heading))
