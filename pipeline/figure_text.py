"""A figure as printed, and the name of what it measures once the figure is taken out.

The number grammar (`NUMBER`): a figure is read on characters, not tokens (a segmenter may glue "2期" or split "人次"),
in Arabic and Chinese numerals ("两期", "一千五百元"), with the scale printed (万/亿/万亿) kept in the unit, a share
(百分之, 千分之, 三分之二, 三成), a ratio's term ("1∶200") and the bound after it (以上, 左右). The measure's name: `clean_metric`,
the words left of a clause once its figures, periods and setting words are out, one name per figure of a 分别 list, a
name borrowed from the clause before, and a scope that names none. A leaf both the target reader and what files its
figures import, apart from the reader's judgement of which figures are targets (`pipeline/targets.py`)."""

from __future__ import annotations

import re

from jihua.pipeline.coordination import share_head, share_verb
from jihua.pipeline.rules import target_scope as S
from jihua.pipeline.rules import targets as R
from jihua.pipeline.rules.compare_words import LEVEL_VERB, moves_only
from jihua.pipeline.rules.numbering import match_label
from jihua.pipeline.text.numerals import DIGITS
from jihua.pipeline.text.sentences import RATIO_COLONS

_CN_DIGITS = "[零〇一二两三四五六七八九十百千]"
# a spelled decimal ("百分之六点五", "千分之一点五"), its digits read one by one; not a clock's "八点三十分"
_CN_FRACTION = "(?:点[零〇一二三四五六七八九]+(?![十百千]))?"
# digits with a scale inside the number: "3万5千" (35,000), "1亿2000万"
_MIXED = r"\d+[万亿]\d+(?:[千百]|万(?!亿))?(?=[^\d.])"
# a numeral character that opens a unit is the unit's, not the number's: "三十六万千瓦" is 36 万千瓦, "两千万千瓦时" 2000 万
# 千瓦时, "五千米" 5 千米 (a spelled run would read 三十六万千, with no unit left)
_NUMERAL_LED = sorted((u for u in (*R.UNITS, *R.GOVERNED_UNITS) if u[0] in "十百千万亿"), key=len, reverse=True)
_CN_DIGIT = f"(?:(?!{'|'.join(map(re.escape, _NUMERAL_LED))}){_CN_DIGITS})"
DASHES = "—–\\-~～－至"  # what joins a range's two figures: 5%—6%, 5%-6%, 5～6, 5％－6％, 5至6


def _unit_alt(u: str, governed: bool) -> str:
    """A unit as the reader tries it: not before the words it opens instead; a counter that opens a verb not before
    it only where the figure is a ratio's term or governed (`R.COUNTER_OPENS_VERB`: "按1∶9核定" but "化解30起诉前纠纷")."""
    alt = re.escape(u) + (f"(?![{R.UNIT_NOT_BEFORE[u]}])" if u in R.UNIT_NOT_BEFORE else "")
    if governed and u in R.COUNTER_OPENS_VERB:
        verb = f"(?![{R.COUNTER_OPENS_VERB[u]}])"
        alt += f"(?(governed){verb}|(?(ratio){verb}|(?(per_one){verb}|)))"
    return alt


_SORTED_UNITS = sorted((*R.UNITS, *R.GOVERNED_UNITS), key=len, reverse=True)
_UNITS = "|".join(_unit_alt(u, governed=False) for u in _SORTED_UNITS) + "|" + R.LATIN_UNIT
_UNITS_GOVERNED = "|".join(_unit_alt(u, governed=True) for u in _SORTED_UNITS) + "|" + R.LATIN_UNIT \
    + "|" + R.YEAR_SPAN  # inside NUMBER (a span in years only there: no metric loses "近3年" as a figure of its own)
_WITHIN = "|".join(f"(?<={span})" for span in R.TIME_SPANS)
# the first bound of a range and what joins it to the second ("8—10家", "3至5条", "六到八座"); 到 joins only a figure
# printed right before it ("达到10家", "到2027年", "从8月到10月" have none), and a spelled bound is no word's end ("统一到").
# The magnitude may be printed on both sides (8万—10万立方米, 3亿至5亿元), and so may the unit ("培育企业8家到10家",
# "巡查三次到四次"): the first bound's own unit, `own`, makes one range only where it is the second's (`targets._found`)
_RANGE_FIRST = (rf"(\d+(?:\.\d+)?|(?<![统唯同逐之某]){_CN_DIGITS}+)\s*(?P<scale>万亿|亿|万)?(?:%|％)?\s*(?P<own>{_UNITS})?\s*"
                rf"(?:[{DASHES}]|(?(own)到|(?<=[\d%％零〇一二两三四五六七八九十百千万亿])到))")
_AFTER = "|".join(sorted(R.AFTER_COMPARATOR, key=len, reverse=True)).replace(
    "|内", f"|内(?={R.WITHIN_NEXT})|(?:{_WITHIN})内")
# Every figure opens on a digit, a Chinese numeral or 百/千/万 (a share's "百分之", "万分之"): looked ahead first, the
# scan skips the other characters at once, where the full grammar took 0.3 µs each (2,500 clauses: 10.7 ms, now 3)
_FIGURE_OPENS = rf"(?=[\d{_CN_DIGITS[1:-1]}万])"
NUMBER = re.compile(
    rf"{_FIGURE_OPENS}(?<![A-Za-z\d.,/])(?P<governed>(?<=[{R.COUNTER_VERB_GOVERNS}]))?(?P<pre>(?<!{_CN_DIGITS})(?P<per>[百千万])分之|(?P<denom>[二三四五六七八九十]{{1,2}}|[2-9]|[1-9]\d{{1,2}})分之)?"
    rf"(?P<ratio>1\s*[{RATIO_COLONS}]\s*(?=\d))?(?P<num>{_MIXED}|{DIGITS}|(?P<half>一半)|{_CN_DIGIT}+(?:[万亿]{_CN_DIGIT}+)*{_CN_FRACTION})"
    rf"(?P<per_one>\s*[{RATIO_COLONS}]\s*1(?![\d.]))?\s*(?P<more>多|余)?"
    rf"(?P<scale>万亿|亿|万|千(?=元|人))?(?P<more2>多|余)?(?P<unit>{_UNITS_GOVERNED})?(?:(?<=成)(?P<tenth>[一二三四五六七八九]))?"
    # (a web copy's blank between a unit and its bound: "98% 以上", "20个 以内")
    rf"(?:(?(unit)[ \t\u3000\u00a0]*|)(?P<after>{_AFTER}))?"
)
RANGE_BEFORE = re.compile(rf"{_RANGE_FIRST}\s*$")
# a quoted name, its marks mixed as OCR and web copies mix them ("三会一课", “三会一课"), or both marks
# printed as openers (OCR reads a closing ” as “): “三会一课“, when no clause ends between them
_QUOTED = re.compile(r"[“\"][^”\"“]{0,30}[”\"]|“[^”\"“，。；：,;:]{1,30}“|「[^」]{0,30}」")
_LEAD = re.compile(r"^([一二三四五六七八九十]+是|我们|我[省市县区镇]|全国|全省|全市|全县|全区|全镇|今年|明年|全年|年内|当年|预计|预期|力争|争取|确保|计划|要|拟|将|再|并|同时|其中|另外|此外|进一步|继续|"
                   r"和|及|与|、|均|的)+")
_TAIL = re.compile(r"(不少于|不低于|至少|不超过|不高于|低于|高于|少于|多于|控制在|保持在|稳定在|维持在|降低到|降至|下降到|达到|提高到|提升至|提升到|提高至|增加到|扩大到|增加至|"
                   r"平均为|均为|拟按|为|按|约|近|大约|超过|突破|安排|至|到|的|了|每人|每户|目前|只有|仅有|仅占|仅为|仅|≥|≧|≤|≦|>|＞|<|＜|=)+$")
# (a scope's 以上 stays: 规模以上工业, 限额以上企业, 县级以上, 65岁以上)
_INNER = re.compile(r"今年|明年|分别|不少于|不低于|至少|不超过|不高于|控制在|保持在|及以上|及以下|(?<!规模)(?<!限额)(?<!级)(?<!岁)以上|"
                    r"以下|以内|左右|"
                    r"(?<=\s)[至到](?![达位岗场])")  # (a range's joint, not the verb after "30分钟内": 到达现场)
_FROM_TO = re.compile(r"(由|从)[^，\d]{0,8}\d+(?:\.\d+)?[^，\d]{0,4}?(?P<verb>提高|增加|提升|上调|扩大|降低|下降|下调|减少|调整)"
                      r"(到|至)")
_AGE_BOUND = re.compile(r"(\d+(?:周岁|岁))及?以[上下]")

# (with the first bound of a range before it: "3至5支", "0—6岁" are one figure taken out of a metric)
NUMBER_WITH_UNIT = re.compile(rf"(?:{DIGITS}\s*(?:万亿|亿|万)?(?:%|％)?\s*(?:[{DASHES}]|到)\s*)?"
                              rf"[约近]?{DIGITS}(?:多|余)?(?:万亿|亿|万)?(?P<unit>{_UNITS})")

_FULL_WIDTH_DIGIT = str.maketrans("０１２３４５６７８９％", "0123456789%")
_FULL_WIDTH_POINT = re.compile(r"(?<=\d)．(?=\d)")


def half_width_figures(text: str) -> str:
    """"２．５万吨", "９５％" → "2.5万吨", "95%": full-width digits read as digits (same length,
    so positions in the text hold)."""
    return _FULL_WIDTH_POINT.sub(".", text.translate(_FULL_WIDTH_DIGIT))


def blank_quoted(clause: str) -> str:
    """Blank out quoted names and slogans so counts inside them ("双十项", "发现一起、查处一起") are not read."""
    blank = lambda m: "\u3000" * len(m.group(0))  # noqa: E731
    return R.SLOGAN.sub(blank, _QUOTED.sub(blank, clause))


def a_share_word(m: re.Match[str]) -> bool:
    """A share printed in words: "百分之九十五", "三分之二", "一半" (50 %, as 二分之一 is)."""
    return bool(m.group("pre") or m.group("half"))


def unit_of(m: re.Match[str]) -> str:
    if m.group("per"):  # 百分之九十五 is 95 %, 千分之三 3 ‰
        return R.SHARE_OF[m.group("per")]
    if a_share_word(m) or m.group("unit") == "成":  # 三分之二 is 66.67 %, 三成 30 %, 一半 50 %
        return "%"
    return ((m.group("scale") or "") + (m.group("unit") or "")).replace("％", "%")


def unit_kind(m: re.Match[str]) -> str:
    """What a figure measures, for a staged clause to go on with the measure before it: a share (%, 个百分点), money
    (万元, 亿元), else its measure word less its magnitude ("万亩" and "亩" alike)."""
    unit = unit_of(m)
    if unit in R.PERCENT_UNITS or unit in R.SHARE_SIGN_UNITS:
        return "%"
    return "元" if unit.endswith("元") else m.group("unit") or ""


# a note's circled mark a plain copy leaves glued after the word it annotates ("新建高标准农田①3.5万亩"; a PDF's raised
# mark and a page's <sup> are dropped on reading): no part of what is measured
_NOTE_MARK = re.compile(r"(?<=[^\s，,。；;：:、])[①-⑳]")


def clean_metric(text: str) -> str:
    """What is measured: the clause less its figure, period, comparator and setting words."""
    label = match_label(text.strip())
    text = label[1] if label else text
    text = _NOTE_MARK.sub("", text)
    text = R.PERIODS.sub("", text.replace("\u3000", ""))
    text = _AGE_BOUND.sub(r"\1", text)  # "为65周岁以上老年人体检": the age goes with its bound
    text = _FROM_TO.sub(r"\g<verb>", text)
    text = R.BASE_IN_METRIC.sub(lambda m: m.group("inside") or "", NUMBER_WITH_UNIT.sub("", _INNER.sub("", text)))
    text = re.sub(rf"(?:\d+(?:\.\d+)?(?:万亿|亿|万)[{DASHES}]|[\d.%％{DASHES}])+\s*(?=\s)", "", text)  # 8万—
    text = re.sub(rf"{_RANGE_FIRST}\s*(?=\s)", "", text)  # "培育龙头企业八到 家": the range's first bound
    text = re.sub(r"\s+", "", text)
    prev = None
    while prev != text:
        prev = text
        text = _LEAD.sub("", text.strip())
        text = _TAIL.sub("", text.strip())
        text = R.YEAR_BEFORE_FIGURE.sub("", text)  # "普及率2026年达到92%": the year is when, not what
    return text.strip()


def respective_metrics(clause: str, hits: list[re.Match[str]]) -> list[str] | None:
    """"A、B分别降低13.5%、18%" → one metric name per figure, in order."""
    at = clause.find("分别")
    if at < 0 or len(hits) < 2 or hits[0].start() < at:
        return None
    names = [n.strip() for n in re.split(r"[、和及与]", clause[:at]) if n.strip()]
    if len(names) != len(hits):
        return None
    verb = clean_metric(clause[at + 2: hits[0].start()])
    return [clean_metric(n) + verb for n in share_verb(share_head(names), R.LEAD_VERBS)]


def scope_alone(metric: str) -> bool:
    """A distributive scope and at most a verb ("每个社区", "每村配备", "各成员单位明确"): it does not say what is
    measured. After a per-one basis (每人, 每户) a name of its own does ("每人临时救助")."""
    if S.DISTRIBUTIVE.match(metric) is None:
        return False
    per_one = S.PER_ONE.match(metric)
    return per_one is None or len(R.ACTION_LEAD.sub("", metric[per_one.end():])) < 2


# "在去年新增…企业137家的基础上，今年再新增120家": the measure named inside a baseline frame
_FRAME = re.compile(r"在(?:去年|上年|上一年)?(.+?)的?基础上")


def borrowed_metric(previous: str, own: str) -> str:
    """The metric of a bare verb-and-figure clause ("再新增120家", "力争提高2个百分点"): the preceding clause's measure
    (out of its baseline frame, less its own figures) with the clause's verb, unless that measure already names it."""
    framed = _FRAME.fullmatch(previous)
    previous = NUMBER.sub(lambda x: "" if x.group("unit") or a_share_word(x) else x.group(0),
                          framed.group(1) if framed else previous)
    previous = _TAIL.sub("", previous)  # "…占比达到三分之二" → …占比
    if moves_only(own):  # "一般公共预算收入完成12.6亿元、增长5%" → 一般公共预算收入增长
        previous = LEVEL_VERB.sub("", previous) or previous
    return previous if own and own in previous else previous + own
