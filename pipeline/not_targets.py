"""What a number read in a clause is not — a figure set: an ordinal (第二轮), a counted name (八项规定, 一个中国
原则), a date, a clock time, the size of what is built, a population described, a baseline, a difference printed
beside its figure, a gap to another figure, a spelled numeral inside a word.

`not_a_target` runs these checks in one order for `targets`, which reads the figures; the words they consult are
data in `rules/targets.py` and `rules/target_scope.py`, and the whole a count names is `figure_scope`'s.
"""

from __future__ import annotations

import re

from jihua.pipeline.figure_scope import covers_the_whole, listed_with_whole, merged, upkept, whole_scope
from jihua.pipeline.figure_text import NUMBER, NUMBER_WITH_UNIT, RANGE_BEFORE, a_share_word, clean_metric
from jihua.pipeline.rules import assessment as A
from jihua.pipeline.rules import target_scope as S
from jihua.pipeline.rules import target_stance as TS
from jihua.pipeline.rules import targets as R
from jihua.pipeline.rules.periods import THIS as THIS_YEAR
from jihua.pipeline.text.numerals import to_number
from jihua.pipeline.text.segment import tokenizer


def _floor_printed(m: re.Match[str], before: str) -> bool:
    """A floor the plan prints on the figure ("惠及居民500户以上", "受益群众不少于2万人"): a number it commits to, not
    the outcome of the figure before it described; "3000余人", "约3000人" only describe it."""
    return R.AFTER_COMPARATOR.get(m.group("after") or "") == ">=" or R.AT_LEAST.search(before) is not None


def not_a_target(text: str, m: re.Match[str], before: str, sentence_before: str, sentence_after: str = "") -> bool:
    """Ordinals, counted names, anniversaries, described populations, differences, baselines. `sentence_after`: the
    sentence after the clause, where a standard's rate may be paid out ("按每户2000元的标准，对…给予补助")."""
    following = text[m.end(): m.end() + 12]
    if _no_figure_read(text, m, before, sentence_before, following) \
            or _orders_or_names(text, m, before, sentence_before, following, sentence_after) \
            or _sizes_a_standard(text, m, before, following, sentence_after) \
            or _describes_or_compares(text, m, before, sentence_before, following):
        return True
    if _scores_an_assessment(m, before):
        return True
    if not m.group("num")[0].isdigit() and not a_share_word(m):
        return _spelled_not_a_count(text, m, before, following)
    return False


def _scores_an_assessment(m: re.Match[str], before: str) -> bool:
    """A rule of an assessment's scoring, no figure set (`rules.assessment`): a weight or a share of the total score
    stated ("权重占8%", "平时考核占年度考核总分的30%"), points added or taken away ("加分累计不超过3分"), a quota on
    a grade ("优秀等次比例不超过20%"). A bound after the figure ("权重为5%以上") makes it a floor asked for."""
    if m.group("after"):
        return False
    unit = m.group("unit") or ""
    return A.SHARE_OF_SCORE_BEFORE.search(before) is not None or A.WEIGHT_STATED_BEFORE.search(before) is not None \
        or (unit in A.POINTS_UNITS and A.POINTS_RULE_BEFORE.search(before) is not None) \
        or A.GRADE_QUOTA_BEFORE.search(before) is not None


def _no_figure_read(text: str, m: re.Match[str], before: str, sentence_before: str, following: str) -> bool:
    """A number read as no figure: ungoverned where it needs a governing word, a Latin spec naming a class,
    a rate's base, a named survey, a fraction that describes, a day of a month."""
    unit, scale = m.group("unit") or "", m.group("scale")
    if not unit and not a_share_word(m) and not (scale and (m.group("after") or not following.strip()
                                                          or S.COUNTED_NOUN.match(following))) \
            and not _governed(text, m, before, sentence_before):
        return True
    if (unit in R.GOVERNED_UNITS or unit in R.YEAR_SPAN_UNITS) and not _governed(text, m, before, sentence_before):
        return True
    if unit[-1:].isascii() and unit[-1:].isalpha() and not _latin_governed(text, m, before):
        return True  # "推进6kV及以下线路改造", "推广5GA、F5G等网络": a spec naming a class, no figure set
    if unit not in R.PERCENT_UNITS and unit not in R.EVENT_UNITS and R.RATE_BASE_AFTER.match(text[m.end():]):
        return True  # "十万人生产安全事故死亡率": the base a rate is counted per (an event, "开展1次…密度监测", is none)
    if unit in R.PERCENT_UNITS and R.NAMED_SURVEY_AFTER.match(following):
        return True
    if a_share_word(m) and unit:
        return True
    if (m.group("denom") or m.group("half")) and not (m.group("after") or R.GOVERNS_BEFORE.search(before) or R.REACH_BEFORE.search(before)):
        return True  # "三分之一的时间用于…", "一半时间" describe; "达到三分之二以上", "达到一半以上" set a share
    if unit == "日" and R.DAY_OF_MONTH_BEFORE.search(text[: m.start()]):
        return True  # "3月15日": a date
    return False


def _orders_or_names(text: str, m: re.Match[str], before: str, sentence_before: str, following: str,
                     sentence_after: str = "") -> bool:
    """A count that orders or names: an ordinal, a title's words, what a body is made of, a frame of ideas, a
    phase, how work is divided, a clock time, the place or the whole a measure spans."""
    num, unit = m.group("num"), m.group("unit") or ""
    # (the second figure of a range takes the first's ordinal: "第1-2周", "第3至5批")
    if _names_a_set(m, before, following):
        return True  # "办好十件民生实事": the set carried through
    if (R.NEW_ROUND.search(before) and unit in R.ROUND_UNITS) or R.ORDINAL_BEFORE.search(RANGE_BEFORE.sub("", before)) \
            or R.FESTIVALS.match(num) or R.SET_PHRASES.match(text[m.start():]) \
            or (R.ROUND_THE_CLOCK.match(text[m.start():]) and not R.SPAN_LIMITED_BEFORE.search(before)) \
            or _first_pass(text, m, before):
        return True
    if R.LABEL_NUMBER_BEFORE.search(text[: m.start()]):
        return True  # "表1　项目绩效目标申报表": a table's number, no count of 项
    if sentence_before.rfind("《") > sentence_before.rfind("》"):
        return True  # "印发《关于…的二十条措施》": a title's words, no quantity
    if R.COMPOSED_OF_BEFORE.search(before) and R.COMPOSED_OF_AFTER.match(text[m.end():]):
        return True  # "成立由十二个部门组成的工作专班": what a body is made of
    if not num[0].isdigit() and (R.COUNTED_IDEAS.match(text[m.start():]) or _sums_up(before, num, text[m.end():])):
        return True  # "三条主线", "A、B、C三个重点领域": a frame described, no quantity committed to
    if R.PHASE.match(text[m.start():]) and _a_phase(before, text[m.end():]):
        return True
    if (R.DIVIDED_BEFORE.search(before) and R.DIVIDED_AFTER.match(unit + text[m.end():])) \
            or (unit in R.ZONE_UNITS and R.DIVIDED_INTO_BEFORE.search(before.rstrip())):
        return True  # "分两批进行", "全乡划为4片": how the work is divided
    if (R.CLOCK_BEFORE.search(text[: m.start()]) and R.CLOCK_MINUTES.match(num)) \
            or (unit == "对" and not R.PAIRS_AFTER.match(following)):
        return True  # "9:00—17:30对游客开放": a time of day, and 对 the preposition
    if (S.SUITED_TO_BEFORE.search(before) and S.SUITED_TO_AFTER.match(text[m.end():])) \
            or _scopes_the_document(text, m, sentence_before) or _sums_up_a_scope(text[: m.start()], following):
        return True  # "结合我镇18个行政村实际", "本方案适用于全镇7个社区": the place described
    if whole_scope(text, m, before) or upkept(text, m) or merged(text, m, sentence_after):
        return True  # "全县12个乡镇": the size of the whole a measure spans; "规范12个服务站运行", "整合9个站组建…": what exists
    if covers_the_whole(text, m) or listed_with_whole(text, m, list(NUMBER.finditer(text, 0, m.start()))) \
            or _funds_a_sum(text, m, sentence_before):
        return True  # "覆盖全区7个中心、3个卫生院": all there are; "其中中央资金520万元": where a sum's money comes from
    return False


def _funds_a_sum(text: str, m: re.Match[str], sentence_before: str) -> bool:
    """"资金总额860万元，其中中央资金520万元、区级配套340万元": a 其中 clause after a total sum (`S.TOTAL_SUM`), splitting it
    by where its money comes from (`S.FUND_SOURCE`, the words of the figure's own 、 part), no bound on it — how it is
    funded, not a figure of its own; "其中税收收入安排12.6亿元" names its own measure, "安排资金2800万元，其中省级1000万元"
    splits money the plan arranges."""
    if not (m.group("unit") or "").endswith("元") or m.group("after") or not S.SPLIT_OPENS.match(text.lstrip()):
        return False
    head = sentence_before[: len(sentence_before) - m.start()]  # the sentence before this clause
    total = head[max(head.rfind(p) for p in "。；;") + 1:]
    if not S.TOTAL_SUM.search(total) or not any(n.group("unit").endswith("元") for n in NUMBER_WITH_UNIT.finditer(total)):
        return False  # no total sum before it to split
    part = text[text.rfind("、", 0, m.start()) + 1: m.start()].strip()
    return S.FUND_SOURCE.match(part) is not None


def _sizes_a_standard(text: str, m: re.Match[str], before: str, following: str, sentence_after: str) -> bool:
    """A figure that sizes a standard or a thing: the base or rate of a standard, a set of rules carried out,
    a session's ordinal, the size of what is built, a policy or a reach named by its figure."""
    unit = m.group("unit") or ""
    base = RANGE_BEFORE.sub("", before)
    if R.PER_BASE_BEFORE.search(base) or R.FIXED_SERVICE_BEFORE.search(before) or _charged_per_case(unit, base, text[m.end():] + sentence_after):
        # "按照每300户设置一个投放点", "每200至250张病床配备1名", "按每吨30元收取": the base or the price of a standard
        return True
    if (R.IMPLEMENTED_SET.match(text[m.start():]) and R.IMPLEMENT_VERB.search(before)) \
            or (R.SESSION_BEFORE.search(before) and R.SESSION_AFTER.match(following)) \
            or (unit == "次" and R.SESSION_ORDINAL_BEFORE.search(before)):
        return True
    if unit in R.LENGTH_UNITS and R.SIZE_NOUN_AFTER.match(following) and (
            R.SIZE_BEFORE.search(before) or (R.DEPTH_BEFORE.search(before) and any(ch.isdigit() for ch in text[m.end():]))):
        return True  # "直径800毫米供水管网": the size of what is built
    if (R.NAMED_POLICY_AFTER.match(following) and _names_a_policy(unit, following) and not R.MOVED_BY_BEFORE.search(before)) \
            or R.NAMED_AFTER.match(following) or R.AREA_BEFORE.search(before) or (unit == "周" and following.startswith("年")) \
            or (unit == "个" and following.startswith("人")) or (unit == "字" and R.MOTTO_AFTER.match(following)) \
            or (unit.endswith("人") and following[:1] in ("的", "民") and not R.AT_LEAST.search(before)):
        return True
    return False


def _describes_or_compares(text: str, m: re.Match[str], before: str, sentence_before: str, following: str) -> bool:
    """A figure that describes or compares: a population, the subject a clause goes on about, a difference, a
    baseline or the base of a change, whom a measure reaches, a gap to another figure, a qualifying threshold, an age, a change beside its figure."""
    unit = m.group("unit") or ""
    described = R.DESCRIPTIVE_BEFORE.search(before)
    # (a share of a population is a rate set for it: "持卡人数覆盖常住人口98%以上")
    if described and not (described.group(1) and (unit in R.SHARE_SIGN_UNITS or R.ACTS_ON_PEOPLE.search(text[: m.start()]))):
        return True
    if R.SUBJECT_DESCRIBED_AFTER.match(text[m.end():]) and _sizes_the_subject(text[: m.start()], unit):
        return True  # "投资1.5亿元的…工程年内进入验收阶段": the figure describes what the clause is about
    if R.DIFFERENCE_BEFORE.search(before) or R.BASELINE_AFTER.match(following):
        return True
    if (R.BASE_BEFORE.search(before) and R.BASE_CHANGE_AFTER.match(following)) \
            or (R.BASE_FRAME_BEFORE.search(text[: m.start()]) and R.BASE_FRAME_AFTER.match(following)):
        return True  # "较上年的2.58亿元增长8.5%", "在上年3.6亿元的基础上": the base a change starts from
    if R.BENEFICIARIES_BEFORE.search(before) and NUMBER_WITH_UNIT.search(sentence_before) \
            and not _LISTED_NEXT.match(text[m.end():]) and not _floor_printed(m, before):
        return True  # (in a 、 list of measures and figures, "涉及居民2860户、建筑面积21.6万平方米", it is one of them)
    if unit in R.PERCENT_UNITS and _gap_to_another(text, m, before, following, sentence_before):
        return True  # "高于全市平均预期目标0.5个百分点": a gap to another figure, not one set
    if _qualifies_for(text, m, before, following) or _picks_out_whom_counted(text, m, following):
        return True
    # (a share in words is a share as its sign is: "力争一半以上的村…", "三分之二以上的社区…" count what reaches the goal)
    if unit not in R.SHARE_SIGN_UNITS and not a_share_word(m) \
            and (m.group("after") in S.THRESHOLD_AFTER or S.OVER_BEFORE.search(before)) \
            and unit not in R.EVENT_UNITS | S.KIND_UNITS \
            and not S.PREDICATE_AFTER.match(following) and not _counts_named_noun(text, unit, before, text[m.end():]) \
            and not _counts_what_follows(text, m, following) \
            and (S.THRESHOLD_NOUN.match(following) or (S.REMOVE_CLASS.search(before) and S.CLASS_NOUN.match(following))
                 or (following.startswith("的") and S.MEASURED_ATTRIBUTE.search(S.OVER_BEFORE.sub("", before.rstrip())))):
        return True
    if unit in R.AGE_UNITS and not R.AGE_METRIC.search(before):
        return True
    if _a_difference(before, text[: m.start()], unit, sentence_before):
        return True
    return False


def _names_a_set(m: re.Match[str], before: str, following: str) -> bool:
    """"用心办好十件便民实事", "统筹推进12件民生实事", "推进十大工程": a verb that carries a set through and the set's
    noun name the set (`R.NAMED_SET_AFTER`), no count set; "梳理形成5个方面16项重点任务": the document's own parts
    laid out (`_lays_out_parts`) count how it is built — unless a bound holds either ("办好10件以上民生实事")."""
    if m.group("after"):
        return False
    before = before.rstrip()
    return (R.CARRIES_SET_BEFORE.search(before) is not None and R.NAMED_SET_AFTER.match(following) is not None) \
        or _lays_out_parts(before, following, m.group("unit") or "")


def _lays_out_parts(before: str, following: str, unit: str) -> bool:
    """The document's parts counted: laid out ("细化出30条措施", `R.LAYS_OUT_BEFORE`), the frame work turns on ("围绕
    9项重点任务开展督查", `R.FRAME_BEFORE`), parts grouped by aspects ("明确4个方面12项任务", `R.ASPECTS_BEFORE`) and
    the aspects so grouping them. Parts the plan commits to make are counted: "今年要梳理形成20项举措", "打造形成3个
    板块" (a planning word, the year or a verb of making before them), "完成4个方面12项任务" (carried out)."""
    if R.ASPECTS_PAIRED_AFTER.match(following) or (unit == "类" and R.CLASSES_PAIRED_AFTER.match(following)):
        return True  # "4个方面12项任务": the aspects group the parts counted next
    if not R.PLAN_PARTS_AFTER.match(following):
        return False
    if R.FRAME_BEFORE.search(before):
        return True
    if any(c.group(0) in TS.PLANNING_WORDS for c in TS.SET_CUES.finditer(before)) \
            or THIS_YEAR.search(before) or R.MAKES_PARTS_BEFORE.search(before):
        return False
    aspects = R.ASPECTS_BEFORE.search(before)
    return R.LAYS_OUT_BEFORE.search(before) is not None \
        or (aspects is not None and R.CARRIED_OUT_BEFORE.search(before[: aspects.start()]) is None)


def _scopes_the_document(text: str, m: re.Match[str], sentence_before: str) -> bool:
    """"本方案适用于全镇7个社区、52个村民小组": a count in the clause that states what the document covers
    (`S.DOC_SCOPE_OPENS`) describes its scope, every count of the list — not one the scope is widened to. An opener
    closing the clause before on a colon opens this one ("适用范围：高新区4个街道"; `sentence_before` runs up to `m`)."""
    opening = text[: m.start()]
    head = sentence_before[: len(sentence_before) - m.start()].rstrip()
    if head.endswith(("：", ":")):
        opening = head[max(head.rfind(p) for p in "，,。；;") + 1:] + opening
    opening = opening.lstrip()
    opens = S.DOC_SCOPE_OPENS.match(opening) or S.OBJECTS_OPENS.match(opening)  # (…or its objects: "考核对象为…")
    return opens is not None and S.SCOPE_WIDENED.search(opening[opens.end():]) is None


def _sums_up_a_scope(opening: str, following: str) -> bool:
    """"试点片区涉及的东岭镇、西坪乡等6个乡镇要…", "东岭镇、西坪乡等6个乡镇要…": a count after 等 that sums up the places a
    work touches (涉及/包括…, no verb of doing, stance or drive before) or that the clause opens on as its subject (a
    modal and a duty after the noun) describes whom the work concerns, no figure set; "新建东岭、西坪等6个服务站" and "覆盖6个乡镇" count."""
    if not S.LIST_SUMMED_BY.search(opening):
        return False
    touches = S.TOUCHES_LIST.search(opening)
    if touches is not None and not _drives(opening[: touches.start()]):
        return True
    return not _drives(opening) and S.SUBJECT_GOES_ON.match(following) is not None


def _drives(words: str) -> bool:
    """A verb of doing, a stance or a verb that drives a work ("新建", "力争", "推动"): what it governs is set."""
    return R.ACTS.search(words) is not None or S.DRIVES_LIST.search(words) is not None


def _sizes_the_subject(opening: str, unit: str) -> bool:
    """A sum or a size whose 的-phrase opens its clause ("总投资3亿元的物流园上半年开工"): it says which project the
    stage after it is set for. A share counts what reaches the stage ("确保80%以上的签约项目年内开工"), and a verb
    before the phrase makes the thing it sizes ("新建长度12公里的环城北路年底前竣工"): both are the goal."""
    return _a_size(unit) and R.SUBJECT_MEASURE_OPENS.match(opening.strip()) is not None


def _a_size(unit: str) -> bool:
    """A unit that measures a sum or a size ("3亿元", "12公里", "500吨/日"), no count nor share ("8家", "80%")."""
    return unit.endswith("元") or unit in R.SIZE_UNITS


def _spelled_not_a_count(text: str, m: re.Match[str], before: str, following: str) -> bool:
    """A figure in Chinese numerals that counts nothing: a unit only digits count with, a numeral inside a word,
    or one no event, making, sum, bound or reach makes a quantity ("统一组织", "一核两翼")."""
    num, unit, scale = m.group("num"), m.group("unit") or "", m.group("scale")
    if unit in R.DIGITS_ONLY_UNITS or R.NUMERAL_IN_WORD.search(text[max(0, m.start() - 3): m.start()] + num[:1]) \
            or _opens_a_word(text, m):
        return True
    # Chinese numerals: events ("开展一次"), made things ("建立一个活动室"), sums with a scale or in
    # money ("投入资金三百五十万元"), or a figure held to a bound ("不少于十五个")
    if R.SPELLED_QUANTITY.match(num) or m.group("more") or m.group("more2") or unit.endswith("次") \
            or unit in R.POINT_UNITS:  # "下调二点五个百分点": no set phrase counts points
        return False
    if R.SPELLED_TENS.match(num) and _tens_counted(before, unit, following):
        return False
    return unit not in R.EVENT_UNITS and not R.MAKE_VERBS.search(before) and not scale \
        and not (unit in R.DOCUMENT_UNITS and R.WRITE_VERBS.search(before)) \
        and not unit.endswith("元") and not R.AT_LEAST.search(before) and not R.AT_MOST.search(before) \
        and not R.REACH_BEFORE.search(before)


def _tens_counted(before: str, unit: str, following: str) -> bool:
    """A spelled count of ten or more that counts things (`R.SPELLED_TENS`): a verb of doing governs it ("实施十件民生
    实事") or it closes its clause after the noun it counts ("修订应急预案十二个"), but no set of rules named by its
    count ("落实防汛新二十条")."""
    if R.DOING_VERBS.search(before):
        return True
    return unit not in R.NAMED_BY_COUNT_UNITS and not re.match(r"[\u4e00-\u9fff]", following)


def _gap_to_another(clause: str, m: re.Match[str], before: str, following: str, sentence_before: str = "") -> bool:
    """A share compared with another figure: the figure compared with ("低于7%左右的预期目标"), or a gap that
    explains a figure ("增长6.5%左右，高于全省平均0.5个百分点"). A gap in points whose clause opens on a measure of
    its own, no figure in it, sets that measure's lead ("农民收入增速快于城镇居民2个百分点以上": value 2, >=); a
    subject that is only a move word points back to the figure before it ("…增长6.5%左右，增速高于全省平均1.5个百分点")."""
    if R.COMPARAND_AFTER.match(following):
        return R.COMPARED_WITH.search(before) is not None
    points = (m.group("unit") or "") in R.POINT_UNITS
    compared = (R.POINTS_COMPARED_WITH if points else R.COMPARED_WITH).search(before)
    if compared is None or not compared.group("than"):
        return False
    if not points:
        return True
    subject = clause[: m.start() - len(before) + compared.start()]
    if R.MOVE_ONLY_SUBJECT.match(subject.strip(" ，,")) and NUMBER_WITH_UNIT.search(sentence_before):
        return True
    return len(clean_metric(subject)) < 2 or NUMBER_WITH_UNIT.search(subject) is not None


def _first_pass(clause: str, m: re.Match[str], before: str) -> bool:
    """一次 that begins a rate's name is "first pass" ("工程一次验收合格率100%"); after a verb ("通报一次目标完成率") or in a
    clause a period opens ("每月发布一次水质达标率") it counts the events."""
    return R.FIRST_PASS_RATE.match(clause[m.start():]) is not None and R.EVENT_CUE_BEFORE.search(before) is None \
        and R.PERIOD_OPENS_EVENT.match(clause[: m.start()].strip()) is None


def _latin_governed(text: str, m: re.Match[str], before: str) -> bool:
    """A Latin-letter unit ("GW", "Mbps") is a figure after a comparison verb ("装机达到1.5GW以上") or where it closes
    its clause ("新增储能装机80MWh"), not as a spec before a name ("330kV以上通道")."""
    return R.LATIN_GOVERNED.search(before) is not None or R.LATIN_CLAUSE_END.match(text[m.end():]) is not None


def _names_a_policy(unit: str, following: str) -> bool:
    """Whether a figure before 政策 is the policy's name ("加计扣除120%政策", "延长30天政策", "三项政策"): it is, unless
    it counts events or things handed out and 政策 only qualifies the noun after it ("开展1次政策宣传")."""
    return not (unit in R.COUNTED_ABOUT_POLICY_UNITS and R.POLICY_QUALIFIES_AFTER.match(following) is not None)


def _charged_per_case(unit: str, before: str, after: str) -> bool:
    """Money after 按每… of a case, not of a period ("按每吨30元收取", not "按每年500万元"): a rate each case is charged or
    reckoned at — unless it is paid out ("按每头80元给予补助", "按每户500元的标准，对…给予补助"), the standard the plan
    sets for each case. `after`: the rest of the sentence."""
    rate = R.PER_CASE_RATE_BEFORE.search(before) if unit.endswith("元") else None
    return rate is not None and R.PER_CASE.search(rate.group(0)) is not None and R.PAID_OUT_AFTER.match(after) is None


def _qualifies_for(clause: str, m: re.Match[str], before: str, following: str) -> bool:
    """"对…面积达到100亩以上的主体给予补助", "对…缺席达到3次的成员进行约谈": in a clause opened on whom a measure is
    for, a measure bounded, or reached (达到/超过/满 right before it), and followed by 的 names the condition to
    qualify (whatever is named after it), not a figure set."""
    bounded = m.group("after") in S.THRESHOLD_AFTER or S.REACHED_BEFORE.search(before.rstrip()) is not None
    return bounded and following.startswith("的") \
        and S.CLASS_NOUN.match(following) is not None and S.CONDITION_OPENS.match(clause) is not None \
        and _a_measure_bounded(m.group("unit") or "", before.rstrip(), following)


def _picks_out_whom_counted(clause: str, m: re.Match[str], following: str) -> bool:
    """"营收1亿元以上的企业达到8家", "年收入30万元以上的占比达到一半以上": a bound and 的 after a figure, and a figure of
    its own later in the clause, counted or a share — the first picks out the class the second is set for. Only a
    measure (a sum, a size, an output) so bounds a class, and only where it opens the clause's subject, its measure
    named right before it or nothing at all: a share counts what reaches the goal ("确保85%以上的村…收入达到8万元"),
    and a count or a size a verb sets is set ("培育4家以上的龙头企业带动农户2000户", "铺设20公里以上的管网连通9个片区")."""
    if m.group("after") not in S.THRESHOLD_AFTER or not following.startswith("的"):
        return False
    opening = clause[: m.start()].strip()
    if not _a_size(m.group("unit") or "") or R.ACTS.search(opening) \
            or not (not opening or S.MEASURED_ATTRIBUTE.search(opening)):
        return False
    rest = _CLAUSE_END.split(clause[m.end():], maxsplit=1)[0]
    return any(later.group("unit") or a_share_word(later) for later in NUMBER.finditer(rest))


def _a_measure_bounded(unit: str, before: str, following: str) -> bool:
    """What the bound in a condition bounds is a measure: named before the figure ("对设计规模200立方米/天以下的…"), or
    in its unit alone before what holds it ("对1000吨以上的水厂"); a share only after its rate ("资产负债率70%以上的企业").
    "对全县90%以上的行政村开展…", "对3000亩以上的撂荒地进行复耕" count what the work reaches."""
    if unit in R.SHARE_SIGN_UNITS:
        return S.SHARE_MEASURE_BEFORE.search(before) is not None
    return S.CONDITION_MEASURE_BEFORE.search(before) is not None \
        or (unit in R.MEASURE_UNITS and S.HOLDER_AFTER.match(following) is not None)


def _counts_named_noun(clause: str, unit: str, before: str, rest: str) -> bool:
    """"组织植保员60名以上巡回指导各村": the figure counts the noun named right before it (`rules.target_scope.COUNTED_BEFORE`),
    so the words after the bound say what they do, not which class it picks out — unless a class follows at once,
    with 的 or without ("…职工300人以上企业"), a count of what follows closes the clause ("培育成员100户以上…合作社10家":
    the first figure sizes the class the second counts), or the clause is one of who qualifies."""
    own_clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
    return unit in S.COUNTED_BEFORE_UNITS and S.COUNTED_BEFORE.search(before.rstrip()) is not None \
        and not rest.startswith("的") and S.CLASS_NOUN_NEXT.match(rest) is None and not _DIGIT.search(own_clause) \
        and S.REMOVE_CLASS.search(before) is None and S.CONDITION_OPENS.match(clause) is None


def _counts_what_follows(clause: str, m: re.Match[str], following: str) -> bool:
    """"督促30家以上重点企业安装监控": a floor on how many of the noun after it are acted on, its measure word that noun's
    counter (`rules.target_scope.COUNTED_NEXT`) — not a size picking out a class ("职工300人以上企业"). A ceiling ("10家以下")
    counts nothing so, and a clause opened on whom a measure is for ("对30家以上企业…") names a condition."""
    counted = S.COUNTED_NEXT.get(m.group("unit") or "")
    return counted is not None and m.group("after") not in ("以下", "及以下") \
        and counted.match(following) is not None and S.CONDITION_OPENS.match(clause) is None


_CLAUSE_END = re.compile(r"[，,；;。！？]")
_DIGIT = re.compile(r"\d")


def _opens_a_word(text: str, m: re.Match[str]) -> bool:
    """"一条龙服务", "一盘棋", "一揽子", "十周年": the numeral and its counter open a longer word of the dictionary, a
    fixed compound that counts nothing ("建成一条路" cuts 一条 | 路)."""
    counted = m.end("unit") if m.group("unit") else m.end("num")
    at = 0
    for word in tokenizer().cut(text, HMM=False):
        if at >= m.start():
            return at == m.start() and at + len(word) > counted
        at += len(word)
    return False


def _sums_up(before: str, num: str, following: str) -> bool:
    """"公共法律服务、基层社会治理两条主线": a count of the 、 list just before it, as many as it lists."""
    listed = R.LIST_SUMMED_BEFORE.search(before)
    return listed is not None and listed.group(0).count("、") + 1 == to_number(num) \
        and R.LIST_SUMMED_NOUN.match(following) is not None


def _governed(text: str, m: re.Match[str], before: str, sentence_before: str) -> bool:
    """A number with no unit, a score or a grade is a figure where a comparison word governs it: "死亡率控制在0.9以内",
    "满意度达到80分以上", "应用水平达到3级以上"; a ratio "师生比1∶200" always. An ordinal, a date or a bare count is none.
    `sentence_before`: the sentence up to the figure, whose opening may name the case a score is moved for."""
    if m.group("ratio") or m.group("per_one"):  # "1∶200", "2.2∶1"
        return not (R.TIME_OF_DAY_BEFORE.search(before) or R.MAP_SCALE_BEFORE.search(before)
                    or R.MAP_SCALE_AFTER.match(text[m.end():]))
    ends = re.match(r"\s*(?:[，,。；;）)]|$)", text[m.end():]) is not None
    bound = m.group("after") in ("以内", "之内", "以上", "及以上", "以下")
    governed = R.GOVERNS_BEFORE.search(before) is not None
    if m.group("unit"):  # 分, 级; a move by it too ("测评得分提高3分左右"), not a clock's minutes ("8时30分")
        return governed or (bound and ends) \
            or (R.MOVED_BY_BEFORE.search(before) is not None and not _scores_a_case(sentence_before))
    return governed and (bound or ends) and m.group("num")[0].isdigit()


def _scores_a_case(sentence_before: str) -> bool:
    """"获得市级表彰的，增加2分", "未按期完成的单位，考核得分降低3分", "每超出1个百分点，增加0.5分": a sentence opened on
    the case it marks (or a clause before of 每 a case: "位次每前移一位，加1分") is a rule of an assessment, so a score moved in it is no figure set ("测评得分提高2分" is one)."""
    opening = R.SCORED_PART_START.sub("", sentence_before, count=1)
    opens = (S.CONDITION_OPENS, R.CASE_OPENS, R.PER_CASE, R.UNMET_CASE_OPENS)
    cases = _CLAUSE_END.split(opening)[:-1]  # the clauses before the score's: "排名每前进一位，" is a case too
    return any(p.match(opening) for p in opens) \
        or any(R.CASE_CLOSE.search(c) or R.PER_CASE.search(c) for c in cases)


def _a_phase(before: str, following: str) -> bool:
    """"物流园二期" (a phase) or "举办两期" / "编印简报四期" (a count): see `rules.targets.PHASE`."""
    if R.PHASE_COUNTED_BY.search(before):
        return False
    return not (R.PHASE_ENDS_CLAUSE.match(following) and R.PHASE_COUNTED_AFTER.search(before))


# the next member of a 、 list of measures and figures: "、建筑面积21.6万平方米"
_LISTED_NEXT = re.compile(rf"\s*、[^，。；、\d]{{1,12}}?{NUMBER_WITH_UNIT.pattern}")


def _a_difference(before: str, clause_before: str, unit: str, sentence_before: str) -> bool:
    """A change against last year printed to explain a figure: beside that figure, or a change of a
    target against last year's target ("增长目标比上年调低0.5个百分点")."""
    d = R.DIFFERENCE_VERB.search(before)
    if d is None:
        return False
    subject = re.split(r"[，,；;：:]", before[: d.start()])[-1]
    if R.TARGET_NAMED.search(d.group("against")) or R.TARGET_NAMED_END.search(subject.strip()):
        return True
    return _beside_its_figure(clause_before, unit, sentence_before)


def _beside_its_figure(clause_before: str, unit: str, sentence_before: str) -> bool:
    """A difference ("比上年增加300亿元") printed beside the figure it changes: its clause names no metric
    of its own and an earlier figure of the sentence is in a like unit (亿元 and 亿元, % and 个百分点)."""
    d = R.DIFFERENCE_VERB.search(clause_before)
    if d is None or len(clean_metric(clause_before[: d.start()])) >= 2:
        return False
    kind = "%" if unit in R.PERCENT_UNITS else unit
    return any(("%" if u in R.PERCENT_UNITS else u) == kind
               for u in (m.group("unit") for m in NUMBER_WITH_UNIT.finditer(sentence_before)))
