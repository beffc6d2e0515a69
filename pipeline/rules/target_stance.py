"""Cues that tell a figure set for the planned period from one reported as done, and the years and spans that
scope a figure: the words `pipeline/stance.py` weighs (a sentence's planning words, a past period, a tally, a forecast,
a multi-year plan's horizon, the headings of parts that review or look ahead).

Data only, like `rules/targets.py` (units, comparators, what is not a target), which it leaves for the cues of stance
so that neither list grows past a reader's page count.
"""

from __future__ import annotations

import re

from jihua.pipeline.rules.lexicon import PROBLEMS_NAMED, REVIEW_CUES
from jihua.pipeline.rules.periods import GOALS, LAST_TERM, SINCE
from jihua.pipeline.rules.periods import THIS as THIS_YEAR
from jihua.pipeline.rules.targets import ACT_VERBS

# --- set for the planned period, or reported as done -------------------------------------------
# a sentence that sets something for the coming period. A cue is a word of its own, not a piece of another:
# 要 as a verb (not 主要, 重要, 需要, 要点), 继续 as "go on" (not 继续教育, continuing education), 以上/以内/左右
# closing a figure's comparison (not a class named by a threshold: 规模以上企业, 较大及以上事故, 本科及以上学历,
# 60岁以上老年人, 5000吨以上的加油站)
SET_CUES = re.compile(r"预期(?!寿命)|目标|力争|争取|拟|确保|计划|(?<![主重需必纲只摘首紧扼提])要(?![点素害件闻地塞道])|"
                      r"将(?![来军])|今年|明年|年内|下一步|继续(?!教育)|再(?!生)|不少于|不低于|至少|"
                      r"(?<![模额级])及?(?:以上|以内|左右)(?![\u4e00-\u9fff])|不超过|控制在|保持在|安排")
# a sentence that reports what was done (a past period, completion with 了, a running total)
# a past period (a school's or fiscal term too: 上学年, 上年度, periods.LAST_TERM) or "already" marks the clause it
# stands in and the figures after it ("去年…，新增X");
# a completed aspect ("增长了", "圆满完成") the whole sentence. "新建服务站10个，提升已建服务站水平": a
# later clause's 已 is not the figure's
REPORTED_BEFORE = re.compile(r"(?<!比)(?<!较)(?<!与)(?<!同)(?<!高于)(?<!低于)(?<!快于)(?<!好于)"
                             # …never a past term naming what this year's work takes up: "完成上年度遗留的12个问题",
                             # "落实上学期布置的任务", "按照去年标准补助": the term qualifies a noun, the clause is the plan's
                             r"(?<!按照)(?<!参照)(?<!对照)(?<!根据)(?<!完成)(?<!落实)(?<!延续)"
                             rf"(去年|{LAST_TERM}|上年(?!度)|过去[一五两三]?年|[一五]年来|近[五几]年)"
                             r"(?!的?(?:遗留|布置|交办|部署|确定|标准|基础上|未完成))|"
                             # …nor 已 after a preposition: it qualifies the object the work takes up ("对已改造户厕开展回头看",
                             # "将已建成站点纳入管护"), the clause is not done
                             r"(?<![对把将向])(?<!针对)(?:已经|已(?!有))|累计|共计")
# …but that 已 marks the object done in a look back: a sentence or its paragraph framed as past ("近年来，…向已脱贫的
# 3000户家庭发放慰问金", "今年以来…。对已建成的36个服务站开展回头看") and no word of its own committing it reports the work
OBJECT_ALREADY = re.compile(r"(?:(?<=[对把将向])|(?<=针对))(?:已经|已(?!有))")
PAST_FRAME = re.compile(rf"{SINCE.pattern}|(?:近(?:几|[一二两三四五])?|多|[一二两三四五])年来|以来|过去[一两三五]?年|截[至止](?:目前|当前|现在|今)")
REPORTED_DONE = re.compile(r"(增长|下降|完成|实现|达到|超过|突破|提高|降低|减少|增加|建成|开展|发放|举办|召开|组织)了|"
                           r"圆满完成|超额完成|顺利完成")
REPORTED_CUES = re.compile(f"{REPORTED_BEFORE.pattern}|{REPORTED_DONE.pattern}")
# a template's blanked year ("20xx年", "20XX年": `lexicon.YEAR`'s blanks) names no year, but a sentence on it that reports
# results looks back as one on a named past year does: "20xx年，我街道…取得了明显成效，共建成驿站9个" (a 范文 site's copy).
# The results: 取得…成效/成绩, or 共 before a verb of doing (the other report cues are `REPORTED_CUES`'); a plan's "20xx年，
# 我们将…" commits and is the year's own (`stance._blank_year_reports`)
RESULTS_REPORTED = re.compile(rf"取得了?[^，,。；;]{{0,8}}?(?:成效|成绩|成果|进展|突破)|(?<![公总])共(?:{ACT_VERBS})")
# …but results a verb of aiming drives at are the year's aim, a plan's stock phrase ("推动文旅融合取得新突破", "力促…取得
# 新成绩", "奋力推进…取得新进展"): 取得 after one of these in its clause reports nothing
AIMS_AT_RESULTS = re.compile(r"推动|促进|力促|推进|确保|奋力|实现|力争|争取")
# a share of the year's goal done so far ("完成全年目标的55%", "完成年度任务的64%"): a tally unless a planning word
# other than that goal's 目标 stands with it ("确保三季度末完成年度目标的75%以上")
SHARE_DONE = re.compile(r"完成了?(?:全年|年度|全年度|年初)?(?:计划|目标|任务)(?:任务)?的\s*\d")
# what marks such a share as done so far ("已完成全年任务的60%", "截至目前", "累计完成", "共完成"); without it a share
# is a milestone ("一季度完成全年任务的25%")
TALLY_MARK = re.compile(rf"{REPORTED_BEFORE.pattern}|截[至止]|(?<![公总])共(?=完成)")
# the SET_CUES that plan, beside those that bound a figure (以上, 不少于) or name a goal (目标): "力争新增800户"
PLANNING_WORDS = frozenset({"力争", "争取", "确保", "计划", "拟", "将", "要"})
# the state of things as it stands, described beside a task ("目前全市规上企业1862家", "全县现有…", "比重只有34.6%",
# "具有本科学历的仅占31%", "占户籍总人口的21.3%"): a fact in the figure's own clause, not a commitment.
# 仅/只 bind the figure they stand before ("不仅" is no cue); 占…的 a share printed without a bound
STATUS_QUO = re.compile(r"^(?:但|而|且)?(?:目前|当前|现阶段|眼下)|(?:^|[省市县区镇乡村])(?:现有|共有|拥有)|(?:尚有|仍有|尚存|现存)(?=[^，。；]{0,12}\d)|"
                        r"(?<!不)(?:仅|只)(?:有|占|为|剩|达)?(?=\s*(?:\d|[一两二三四五六七八九十][个家项所名人成]))|"
                        r"^占[^，。；\d]{1,12}的(?=\s*\d[\d.]*\s*(?:%|％|‰|‱|个百分点)?\s*$)")
# a clause that goes on describing what the clause before it stated ("…，其中…7家", "…，占…的21.3%")
CONTINUES_FACT = re.compile(r"^(?:其中|占|约占|分别占|相当于)")
# a forecast the sentence opens on, for a later year ("预计到2030年，全区老年人口将达到48万人"): what is expected to
# happen, not set — unless it commits to it too ("预计…，力争…"). A forecast of the year's own result ("预计全年…",
# a report's "预计地区生产总值增长5.5%") and 预测/测算 as nouns ("加强气象预测预报") are other things
FORECAST = re.compile(r"^[^，,。；;\d]{0,8}?(?:据|经)?(?:初步)?(?:预计|预测|测算)[，,]?\s*(?:到|至|在)?\s*((?:19|20)\d{2})\s*年")
FORECAST_COMMITS = re.compile(r"力争|争取|确保|拟|不少于|不低于|至少|不超过|控制在|保持在|(?<![主重需必纲只摘首紧扼提])要(?![点素害件闻地塞道])")
# beside a later period named without a year (`FUTURE_CUES`, from rules.periods), a clause that opens on a year
# ("2027年，中心将…", "；在2027年要…"): with a planning word after it, the coming year when that year
# is the one planned or later (stance compares it with the document's year)
YEAR_OPENS = re.compile(r"(?:^|[，,；;：:。])\s*(?:到|在|至)?\s*((?:19|20)\d{2})\s*年度?(?!以来|来|[—–\-－~～至到])")
# a planning word that commits no one to anything after such a year: one inside a …的 phrase naming a thing
# ("2027年计划实施的5个项目已…", "将建成的游客中心"), and 计划 as a noun ("年度项目计划已编制完成", "年度计划")
PLANNING_QUALIFIES = re.compile(r"^[\u4e00-\u9fff]{1,6}?的")
PLAN_NOUN_BEFORE = re.compile(r"(?:年度|项目|工作|总体|实施|行动)$")
PLAN_NOUN_AFTER = re.compile(r"^(?:已|均|正|和|[，,；;。]|$|编制|下达|草案|表|书)")
# what marks a figure's own clause done whatever year opened the sentence: 已, 累计 (`REPORTED_BEFORE`), or the work
# finished with no planning word of its own before it ("…，完成投资1.2亿元", "已争取到位12亿元")
DONE_IN_CLAUSE = re.compile(r"完成|到位")
# a heading that looks ahead whatever part it stands in ("工作打算", "工作思路")
PLANS_AHEAD = re.compile(r"打算|展望|工作思路|工作设想")
# headings of parts that review or list problems; and of parts that plan ahead
REVIEW_HEADING = re.compile(rf"{REVIEW_CUES}|成就|开展情况(?=$|[，,：:])|基本情况|发展基础|现状|{PROBLEMS_NAMED}")
AHEAD_HEADING = re.compile(r"下一步|下步|今后|展望|打算|明年|来年|新的一年|工作思路|工作设想|任务|部署|建议|目标|要求|"
                           r"措施|安排|重点")
# a paragraph that announces the goals of the year planned: "综合考虑各方面因素，今年全县经济社会发展的主要预期目标是：…",
# "2031年全区主要目标任务为：…" (the year named is weighed against the planned one by `stance`). The period opens a
# clause, so last year's goals quoted in a look back ("去年确定的全年主要目标是：…") and "今年以来" are none
GOALS_ANNOUNCED = re.compile(rf"(?:^|(?<=[，,。；;\s]))(?:(?:{THIS_YEAR.pattern})(?!以来)|(?P<year>(?:19|20)\d{{2}})\s*年度?)"
                             rf"[^。；;：:]{{0,20}}?(?:{GOALS.pattern})(?:是|为)?\s*[:：]")
# conditions a person must meet to qualify — to enlist, apply, be hired or receive aid: "身体条件：…视力不低于4.6",
# "报名条件：年龄不超过35周岁", "（二）征集对象和条件". Thresholds on people, not figures an office sets. The lead-in
# names conditions (条件, 资格, 资质) of an applicant or of a person's attributes (年龄, 身体, 学历), or an applicant's
# requirements (报名要求, 申报标准); "保障条件", "工作要求" name the office's own and are no cue
_APPLICANT = (r"对象|人员|人选|报名|报考|申报|申请|应聘|应征|参评|参选|参赛|评选|推荐|入伍|征集|招聘|招录|招募|选拔|选聘|"
              r"任职|入选|入职|入学|入园|享受|补助|补贴|救助|资助|准入|认定")
_PERSONAL = r"年龄|身体|体格|健康|学历|文化|政治|思想|品德|身份|户籍|专业|资历|从业|任职|基本|资格"
_CONDITIONS = rf"(?:(?:{_APPLICANT})[^，,。；;：:、\d]{{0,6}}?|{_PERSONAL})(?:条件|资格|资质)|(?:{_APPLICANT})(?:要求|标准)"
CONDITIONS_LEAD = re.compile(rf"^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?[^，,。；;：:\d]{{0,8}}?(?:{_CONDITIONS})\s*[：:]")
# a part named for them ("（二）报名条件", "征集对象和条件"); a heading that acts on conditions ("放宽市场准入条件",
# "提升从业人员资质") names work, and at most two characters stand before the conditions' name
CONDITIONS_HEADING = re.compile(rf"^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?[^，,。；;：:\d]{{0,2}}?(?:{_CONDITIONS})$")
NAMES_TASKS = re.compile(r"任务|目标|指标|措施|计划")  # "征集任务和条件": a part that also sets the quota
# a figure for a multi-year span ("年均增长7%以上") belongs to a five-year plan, not to this year
MULTI_YEAR = re.compile(r"(?:年均|年平均|每年平均)(?:增长|增速|递增|提高|下降|减少|增加)")
# "到2027年，…": a goal for a later year than the document's
BY_YEAR = re.compile(r"(?:到|至|截至)\s*((?:19|20)\d{2})\s*年")
# a plan that runs over years though its title names none: a 实施意见, a 行动方案/行动计划, a 三年行动 (a dated title,
# "2025年…实施方案", is the year's)
MULTI_YEAR_GENRE = re.compile(r"(?<!征求)意见(?!稿)|行动方案|行动计划|[两二三四五]年行动|实施方案|若干措施")
# the date a document stops applying: "本意见自印发之日起施行，有效期至2027年12月31日"
VALID_UNTIL = re.compile(r"有效期(?:至|到|截至)\s*((?:19|20)\d{2})\s*年")
# how far past its issue year a plan's own horizon can lie (a five-year span; 2035 is a vision, not its term)
HORIZON_SPAN = 5
# a deadline: "到2027年", "至2025年底", and "截至2025年底" (a year's end); "截至2025年2月底" is a date a
# tally is taken at
DEADLINE_YEAR = re.compile(r"(?:到|(?<!截)至)\s*((?:19|20)\d{2})\s*年|截至\s*((?:19|20)\d{2})\s*年(?:底|末)")
# a running total taken since a start or up to now ("“十四五”以来累计…", "截至目前累计…"): a tally; a
# dated 截至 is read by its year
TALLY_SINCE = re.compile(r"以来|至今|迄今|目前|截[至止](?!\s*(?:19|20)\d{2})")
# "较2020年下降16%": a year a figure is measured against, not a period reported on
# …and the year of the accounts or the assessment a plan works on, after the verb that works on it ("开展2025年度预算
# 执行审计", "做好2025年度绩效考核", "对2025年度部门决算开展审计"): the object's year, not a period reported on
# ("2025年度预算执行审计共发现问题46个" reports)
BASELINE_YEAR = re.compile(r"(?:较|比|与|同)\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年(?:的|水平)|"  # "达到2023年的两倍"
                           r"(?:(?<=开展|做好|组织|实施|启动|推进|抓好|进行|部署|完成)|(?<=对))\s*((?:19|20)\d{2})\s*年度"
                           r"(?=[^，。；\d]{0,8}?(?:预算执行|预算|决算|财务收支|绩效考核|绩效评价|考核|考评|目标责任|年报|年检|"
                           r"统计报表))")
# a span of years ("“十四五”时期", "今后五年", "力争五年内…达到100家": a goal five years off) in a figure's clause or a
# frame before it (`stance._long_span`); a shorter duration ("三年内完成", "年内") only says by when, so it is none
# (a deadline later than the document's planned year is `stance`'s, by that year: "到2030年" is a later goal in a 2026
# plan and the year's own in a 2030 one)
LONG_SPAN = re.compile(r"十?[一二三四五六七八九十]五(?:”|\")?(?:时期|期间|末)|今后五年|未来五年|五年内|"
                       # the goals a plan of several years set: "“十五五”规划确定的主要目标是：…"
                       r"规划(?:纲要)?(?:确定|提出|明确|设定)的(?:主要)?(?:目标|指标)(?:任务)?(?:是|为)?\s*[:：]|"
                       r"规划(?:纲要)?(?:确定|提出|明确|设定)的(?:主要)?(?:目标|指标)(?:任务)?(?:是|为)")
# a heading that reports only by its noun, not after a verb that works on it ("夯实发展基础"); the directive verb
# that opens a 公文 heading's verb-object phrase ("压实属地责任", "发挥…优势")
ACTION_START = re.compile(r"^(?:着力|全力|大力|持续|全面|加快|加强|强化|深化|推进|推动|促进|巩固|提升|提高|夯实|筑牢|打牢|"
                          r"厚植|扩大|坚持|聚焦|突出|做强|做优|做大|抓|扩|稳|优化|完善|健全|压实|发挥)")
# a part about a multi-year plan ("“十四五”时期主要目标任务"): its figures are not this year's (a heading's year is
# weighed against the document's planned year by `stance`: "2030年目标" is a later goal in a 2026 plan, the year's own
# in a 2030 report)
# A 规划 that lays out land, not years, names no period: a village's or a town's spatial plan ("加强村庄规划建设",
# "国土空间规划编制"), or 规划 as the work of laying out ("规划建设", "规划布局")
LONG_TERM_HEADING = re.compile(r"[十]?[一二三四五六七八九十]五|五年|时期|远景|"
                               r"(?<!村庄)(?<!乡村)(?<!村镇)(?<!城乡)(?<!城市)(?<!城镇)(?<!集镇)(?<!空间)(?<!详细)(?<!用地)"
                               r"规划(?!建设|管理|布局|设计|许可|选址|用地)")
# …but its opening year is the year planned: "聚焦“十五五”开局建言资政", "“十五五”规划开局之年重点任务"
SPAN_OPENING = re.compile(r"开局|开篇|起步之年|首年|第一年")
# …and so is the year's work done on a plan, the plan its object: "谋划启动“八五”普法规划", "抓好规划实施", "做好规划宣传"
# (the plan's own goals printed under it still read as another period's: LONG_SPAN's 规划确定的目标)
ACTS_ON_PLAN = re.compile(r"(?:谋划|启动|编制|制定|修编|宣传|宣贯|解读|实施|抓好|做好|印发|出台|评估)[^，,。；;]{0,12}?"
                          r"(?:规划|[一二三四五六七八九十]五)|规划(?:实施|宣传|宣贯|解读|编制|评估)")
