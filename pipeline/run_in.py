"""Where a heading printed on its body's line ends and the body begins.

"指导思想。以……", "工作目标全年生产安全事故…", "强化组织保障把…列入…": a heading run in with its
body, with a stop between them or, in a copy that lost the break, none. Finding the cut is one job
with its own cue lists (how a plan's sentences open, the standard part names, directive verbs and
prepositions), apart from deciding whether a line is a heading at all (`headings`), which asks it
for (head, body) and decides on them. Its own module so that each stays small and its cues are
read, and tuned, in one place.
"""

from __future__ import annotations

import re

from jihua.pipeline.rules.lexicon import ORG_BODIES, WORK_ADVERBS, WORK_VERBS, part_names_ending
from jihua.pipeline.rules.lexicon import SENTENCE_PUNCT as _SENTENCE_PUNCT
from jihua.pipeline.rules.numbering import BRACKETS, RUN_IN, STAGE_NAME
from jihua.pipeline.rules.target_stance import ACTION_START
from jihua.pipeline.text.segment import tokenizer
from jihua.pipeline.text.sentences import ASCII_STOP

# the public shapes below are `headings`' too (a bold lead holding a stop, a line ending in one, a clause break)
TRAILING_PUNCT = re.compile(rf"(?:[。；;！？!?，,、：:…]|{ASCII_STOP})\s*$")
COMMA = re.compile(r"[，,]")
_PUNCTUATION = re.compile(r"[，,。；;：:！？!?、“”\"（）()]")
# How a plan's sentences open, in groups the three cuts below share: the basis a sentence states,
# who it addresses, a manner adverb, a verb of doing, a schedule, a new thing counted
_BASIS = "按照|根据|围绕|通过"
_SCOPE = "各级|各地|各部门"
_MANNER = "严格|认真|切实|积极|深入"
DOING = "建立|成立|开展|落实|推进|实施"
_REGULAR = r"定期|每[年季月周]|结合"
_NEW_FIGURE = r"(?:新增|新建|新培育|新开工)(?=[^，。；\d]{0,12}\d)"  # "新培育企业15家"
# where a body starts after a heading's last comma ("…双拥工作体系|把双拥工作列入…")
_BODY_CUE = re.compile(rf"把|将|要|{_BASIS}|坚持把|{_SCOPE}|全年|年内|今年")


_IN_BRACKETS = re.compile(BRACKETS)


def _blanked(bracketed: re.Match[str]) -> str:
    """A bracketed aside with its inside blanked, its length and its brackets kept."""
    aside = bracketed.group(0)
    return aside[0] + "_" * (len(aside) - 2) + aside[-1]


def split_run_in(text: str, max_head: int = 40) -> tuple[str, str | None]:
    """"指导思想。以习近平……" → ("指导思想", "以习近平……"); a short tail after "：" stays, its brackets
    not counted ("第一阶段：摸底申报（2025年3月1日—4月15日）" is one heading, its dates in brackets). A stop
    inside brackets ends no heading: "动员阶段（3月1日至4月30日；9月1日至9月20日）" is one line's dates."""
    m = RUN_IN.search(_IN_BRACKETS.sub(_blanked, text))
    broken = _broken_after_head(text, m, max_head)
    if broken is not None:
        return broken
    if m and m.start() <= max_head and m.start() > 0:
        head, body = text[: m.start()].strip(), text[m.end():].strip()
        if not body:
            return head, None
        if m.group(0) in "：:" and len(_IN_BRACKETS.sub("", body)) < 20 and not _SENTENCE_PUNCT.search(body):
            return text, None
        return head, body
    return text, None


# a bracket holding a date or a period and nothing else: "（2025年3月—6月）", "（3月1日至4月15日）", "（2026年上半年）"
_DATE_SPAN = (r"[（(](?=[^（）()]*(?:年|月|季度|旬))(?=[^（）()]*[\d一二三四五六七八九十上下])"
              r"[\d〇零一二三四五六七八九十年月日旬季度上中下半底初份前第至到—－\-–~～、\s]{2,30}[)）]")
# a short phrase, its dates in brackets, and a sentence glued on after them ("启动部署（2025年3月—6月）制定…，…。")
_DATED_HEAD = re.compile(rf"([\u4e00-\u9fff]{{2,12}})\s*{_DATE_SPAN}(?=[\u4e00-\u9fff“《])")


# the bodies of a kind that act in a sentence, named alone ("乡镇（3月底前）完成…", "相关部门（…）"); with their level or
# "各" they are `_BODY_SUBJECT`'s
_BODY_KIND = re.compile(r"(?:相关|有关|责任|牵头|成员|各)?(?:乡镇|街道|部门|单位|村|社区)")


def _body_acting(phrase: str) -> bool:
    """The phrase before a dated bracket names who acts by then, not a stage: "各乡镇（2026年3月底前）完成摸底…",
    "县住建局（4月底前）牵头…" — a body's name opens it (`_BODY_SUBJECT`), or it is a kind of body alone."""
    return _BODY_SUBJECT.match(phrase) is not None or _BODY_KIND.fullmatch(phrase) is not None


def dated_split(text: str, staged: bool) -> tuple[str, str] | None:
    """A stage's heading glued to its body after the dates it runs ("启动部署（2025年3月—6月）制定年度任务清单，…。" under
    "第一阶段：", or "1.宣传发动阶段（3月1日—3月31日）召开动员大会，…。"): the heading ends at the bracket's close, a
    stage's dates being the last thing its heading states. Only a stage's (`staged`: its label names one), and only
    a bracket holding dates alone after a short phrase, over a body that runs on as a sentence; a date a sentence
    sets in brackets ("完成验收（2025年6月底前）并…") stands after a phrase that names no stage."""
    m = _DATED_HEAD.match(text)
    if m is None or not (staged or STAGE_NAME.match(m.group(1))) or _body_acting(m.group(1)):
        return None
    head, body = text[: m.end()].strip(), text[m.end():].strip()
    if len(body) < 10 or (not _SENTENCE_PUNCT.search(body) and not COMMA.search(body)):
        return None
    return head, body


def _broken_after_head(text: str, stop: re.Match[str] | None, max_head: int) -> tuple[str, str] | None:
    """A heading-length first line, then a line break before the first stop ("完善监管体系，压实各方责任
    ↵全年检查…。"): a heading is one line, so it ends at the break, not at the stop past it."""
    line_end = text.find("\n")
    if stop is None or not 0 < line_end < stop.start():
        return None
    head, body = text[:line_end].strip(), text[line_end + 1:].strip()
    if not 2 <= len(head) <= min(max_head, LONGEST_TITLE) or TRAILING_PUNCT.search(head):
        return None
    return head, body


def cue_split(text: str) -> tuple[str, str | None]:
    """"强化组织领导，健全完善双拥工作体系把双拥工作列入……": body starts at a verb cue."""
    comma = [m.end() for m in COMMA.finditer(text[:40])]
    if not comma:
        return text, None
    start = comma[-1] + 4
    m = _BODY_CUE.search(text, start, 44)
    if m and len(text) - m.start() >= 10:
        return text[: m.start()].strip(), text[m.start():].strip()
    return text, None


LONGEST_TITLE = 30  # characters: a numbered first sentence longer than this, stating a figure, is no title


# what may open the body right after a part name ("工作目标|全年生产安全事故…")
_BODY_OPENER = re.compile(rf"把|将|要|{_BASIS}|坚持|{_SCOPE}|各单位|全年|年内|今年|到20\d\d|{_MANNER}|全面|进一步|加快|"
                          rf"持续|{DOING}|健全|完善|确保|力争|由|对|以|充分|{_REGULAR}|牢固|始终|着力|{_NEW_FIGURE}")
# how a report's part opens after its name: a year stated ("2024年是…", "2023年，全县…"), the span
# reviewed ("过去一年", "五年来")
_STATEMENT_OPENER = re.compile(r"(?:19|20)\d{2}\s*年(?:是|[，,]|以来|全[省市县区州旗镇])|过去(?:的)?(?:一|五|这一|这五)年|"
                               r"[一五]年来|(?:今|明)年是")
# a second directive after a heading-length verb phrase: "深化专项整治|开展道路交通…", "…强实体|新培育企业15家";
# a manner adverb before it opens the body with it ("…河湖底线|全面落实…", never "…河湖底线全面|落实…")
_ACTION_RESTART = re.compile(rf"(?:{WORK_ADVERBS})*(?:{DOING}|组织开展|{_MANNER}|坚持|{_BASIS}|{_REGULAR}|全年|年内|"
                             rf"到20\d\d|{_NEW_FIGURE})")
# a preposition or a verb of joining that opens the body's first clause after a verb-object heading ("…保障|把…列入",
# "…体系|配合…开展", "…服务|以…为抓手，"), not the word it is a part of (把关, 一把手, 以上, 予以). 以 counts only as
# "以…为" closed within its clause: "以改革促发展" is a heading's own phrase. 对 never: "党委对…的领导",
# "对标对表" sit inside headings
_PREPOSITION = re.compile(r"(?<!一)把(?![关握控脉手])|配合|"
                          r"(?<![加予得难可足给借用所])以(?![上下内外来及后前便免往致此])(?=[^，,。；;]{1,12}为)")


# the names every plan gives its parts, whole: "工作目标学前教育毛入园率…" lost its break after one
_STANDARD_PART = re.compile(r"(?:指导思想|总体要求|工作目标|目标任务|主要目标|基本原则|工作原则|主要任务|重点任务|工作任务|"
                            r"主要措施|工作措施|保障措施|工作要求|组织领导|实施步骤|工作步骤|进度安排|时间安排)")
_STATES = re.compile(r"\d|[，,；;。]")
_JOINS_NAME = re.compile(r"[和与及、的之]|任务|目标|措施|要求|原则|安排|步骤")  # "工作目标和…", "目标任务分解"


def standard_split(head: str) -> tuple[str, str] | None:
    """A whole standard part name glued to a body that states something — a figure or a clause
    break ("工作目标学前教育毛入园率达到93%以上"); "重点任务推进情况及取得的主要成效" is a heading."""
    standard = _STANDARD_PART.match(head)
    rest = head[standard.end():] if standard else ""
    if standard and len(rest) >= 10 and not _JOINS_NAME.match(rest) and _STATES.search(rest):
        return head[: standard.end()], rest
    return None


def glued_split(head: str, line: str | None = None) -> tuple[str, str] | None:
    """"工作目标全年生产安全事故…", "强化督查考核将安全生产纳入…", "深化专项整治开展道路交通…，…": a
    copy that lost the break after a numbered heading. Cut after a whole standard part name
    (工作目标, 保障措施 …) with ten characters or more after it; where a part-name cue (SECTION_CUES)
    ends within the first 14 characters and the rest opens the way a plan's or a report's sentences
    do ("2024年工作安排|2024年是…", "工作回顾|过去一年，…"); else,
    where the rest runs on as a sentence (it has a comma), at a second directive verb after a
    heading-length phrase with no punctuation. `line` is the whole line `head` opens (`head` itself if not
    given): a body cut at a preposition or after two clauses must reach a sentence end in it. Otherwise the
    heading stands as printed."""
    standard = standard_split(head)
    if standard is not None:
        return standard
    for end in range(4, min(15, len(head) - 10)):
        if not (_BODY_OPENER.match(head, end) or _STATEMENT_OPENER.match(head, end)):
            continue
        prefix = head[:end]
        if any(part_names_ending(prefix)):
            return prefix, head[end:]
    for end in range(6, min(17, len(head) - 10)):
        prefix = head[:end]
        if _PUNCTUATION.search(prefix):
            break
        if _restarts(head, end, line or head) and _runs_on(head, end):
            return prefix, head[end:]
    return _two_clause_split(head, line or head)


JOINS_NEXT = re.compile(r"[和与及并或的之、]$")  # a word that binds what follows to what it ends


def _restarts(head: str, end: int, line: str, after_clauses: bool = False) -> bool:
    """A body's first clause opens at `end`: a second directive, or a preposition after a phrase that opens with a
    directive verb ("强化组织保障|把…列入…") — a verb-object heading, so the preposition cannot be inside it — with
    a sentence end after it in the `line`; after a heading's clauses (`after_clauses`), any directive verb of two
    characters or more. Never after a word that joins what follows ("创新和|完善…": two verbs of one clause)."""
    if JOINS_NEXT.search(head, 0, end):
        return False
    directive = ACTION_START.match(head[end:]) if after_clauses else None
    preposition = ACTION_START.match(head[:end]) and _PREPOSITION.match(head, end) and _ends_sentence(line, end)
    return bool(_ACTION_RESTART.match(head, end) or preposition or (directive is not None and len(directive.group(0)) >= 2))


def _ends_sentence(line: str, end: int) -> bool:
    """The text from `end` reaches a sentence end (。；！？) in the line: a body, not the rest of a heading."""
    return _SENTENCE_PUNCT.search(line, end) is not None


def _runs_on(head: str, end: int) -> bool:
    """The text from `end` runs on as a sentence: a first clause of six characters or more, closed by a comma
    ("实施，加快…" ends a heading's clause instead), and ten characters in all."""
    comma = COMMA.search(head, end)
    return comma is not None and comma.start() - end >= 6 and len(head) - end >= 10


def _verb_object(phrase: str) -> bool:
    """A 公文 heading's clause: 4–12 characters opening with a directive verb ("优化营商环境"), unpunctuated."""
    return 4 <= len(phrase) <= 12 and ACTION_START.match(phrase) is not None and not _PUNCTUATION.search(phrase)


def _two_clause_split(head: str, line: str) -> tuple[str, str] | None:
    """"强化人才支撑，提升服务水平|开展业务培训…，…": a heading of two verb-object clauses and its body glued on
    after the second. The body opens with a directive (a restart cue, a preposition, a directive verb of two
    characters or more) and runs on to a sentence end in the `line` ("…，…，全力打造一流环境" alone is a heading
    of three clauses); the second clause is the shortest one that leaves it so."""
    comma = COMMA.search(head)
    if comma is None or not _verb_object(head[: comma.start()]) or not _ends_sentence(line, comma.end()):
        return None
    second = comma.end()
    for end in range(second + 4, min(second + 13, len(head) - 9)):
        if not _verb_object(head[second:end]):
            continue
        if _restarts(head, end, line, after_clauses=True) and _runs_on(head, end):
            return head[:end], head[end:]
    return None


# how a body's first clause opens once the heading glued to it ends: a manner adverb or a directive verb of two
# characters or more ("…稳步提升|深入实施…", "…不断加强|严格执行…", "…稳步推进|广泛宣传…")
_ADVERB = rf"(?:{WORK_ADVERBS}|广泛|稳步|精准|主动|及时)"
_CLAUSE_OPENER = re.compile(rf"{_ADVERB}|{DOING}|{WORK_VERBS}")
_ENDS_ON_ADVERB = re.compile(rf"{_ADVERB}$")


def _opens_clause(rest: str) -> bool:
    """`rest` opens with a manner adverb or a directive verb of two characters or more (深化, 推动, not 稳 of 稳步)."""
    verb = ACTION_START.match(rest)
    return _CLAUSE_OPENER.match(rest) is not None or (verb is not None and len(verb.group(0)) >= 2)


# a body named by its level, or the bodies of a kind as a whole, as the subject a sentence opens on ("区防汛工作领导
# 小组每月…", "县交通运输局负责…", "各街道要…"); a noun that only ends in 局 (格局, 布局, 大局) or 办 (办法, 办理) is none
# (its level's character opening a word of its own names no body: 县域, 区域, 市场, 市民 — "县域经济发展县工信局" is no
# body's name, "市民政局" is one)
_BODY_SUBJECT = re.compile(rf"[省市县区镇乡](?!域|场|民(?![政宗]))(?:[\u4e00-\u9fff]{{0,10}}?(?:{ORG_BODIES}|"
                           r"(?<![格布大结开全变当])局(?![面势限])|委(?![托屈婉])|办(?![法理事好成]))|党委|政府)|"
                           r"各(?:乡镇|街道|部门|单位|成员单位|有关单位|级|地)")
# a verb still waiting for its object ("充分发挥|县…领导小组作用", "积极支持|区…中心建设", "主动加强对接|市发改委…"),
# or a preposition waiting for its noun ("加强与|市…局"): no heading ends on it
_OPEN_VERB = re.compile(rf"(?:{DOING}|{WORK_VERBS}|发挥|支持|指导|督促|协调|依托|组织|确保|推动|推进|对接|衔接|配合|联系|"
                        r"协助|会同|联合|争取|与|向|同|跟|对|为|给|和|及)$")
_CLAUSE_ADVERB = re.compile(rf"(?:{_ADVERB}|定期|充分|主动)$")


def _holds_object(clause: str) -> bool:
    """The heading's last clause reaches its object: past its opening adverbs it is two words or more and ends on
    none that waits for one ("确保河道管护见效", "提升日常巡查水平"); an adverb and a verb alone ("主动对接", "积极
    配合", "全力服务") end where the verb's object, a body's name, is still to come ("…|市发改委争取…")."""
    words = [w for w in tokenizer().cut(clause, HMM=False) if w.strip()]
    while words and _CLAUSE_ADVERB.fullmatch(words[0]) is not None:
        words.pop(0)
    return len(words) >= 2 and _OPEN_VERB.search(words[-1]) is None


def _new_subject(text: str, start: int, cut: int) -> bool:
    """A body's first sentence opens at `cut` on a new subject, a body's name, after the heading's last clause
    ("…，确保河道管护见效|区防汛工作领导小组每月召开…"): the clause, four characters or more, reaches its object
    (`_holds_object`), not a verb still waiting for it ("…，充分发挥|县…作用", "主动对接|市发改委…")."""
    return cut - start >= 4 and _BODY_SUBJECT.match(text, cut) is not None and _holds_object(text[start: cut])
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?、]")
SERIES_SLACK = 3  # characters a heading may run past its longest sibling's (or its clause short of the shortest's)


def series_split(text: str, siblings: list[str]) -> tuple[str, str] | None:
    """Where a numbered heading glued to its body ends, read from its siblings standing on lines of their own (a web
    copy that lost one break: "聚焦康复服务，残疾人健康水平稳步提升深入实施…" beside "强化政治引领，残联组织建设持续加强"):
    at a stop (。；：) within a heading's length; else where the siblings' shape ends — as many clauses as theirs,
    the last about as long as theirs, cut at a word's end where the body's first clause opens (`_CLAUSE_OPENER`);
    else after the first clause. None when no cut leaves a heading and a body."""
    longest = min(max(len(s) for s in siblings) + SERIES_SLACK, LONGEST_TITLE)
    stop = RUN_IN.search(_IN_BRACKETS.sub(_blanked, text))
    if stop is not None and 2 <= stop.start() <= longest and text[stop.end():].strip():
        return text[: stop.start()].strip(), text[stop.end():].strip()
    shaped = _sibling_shape(text, siblings)
    if shaped is not None:
        return shaped
    comma = COMMA.search(text)
    if comma is not None and 2 <= comma.start() <= longest and not _CLAUSE_BREAK.search(text, 0, comma.start()):
        return text[: comma.start()].strip(), text[comma.end():].strip()
    return None


def _sibling_shape(text: str, siblings: list[str]) -> tuple[str, str] | None:
    """The cut after as many clauses as the siblings have ("X，Y"), the last clause's length within theirs (less
    two, plus `SERIES_SLACK`), nearest their middle length: a word's end where a body's clause opens, not after an
    adverb or a joining word ("…基本生活保障更加有力|全面落实…", never "…稳步|提升…")."""
    clauses = {len(COMMA.findall(s)) for s in siblings}
    commas = [m.end() for m in COMMA.finditer(text)]
    if len(clauses) != 1 or len(commas) < (k := clauses.pop()):
        return None
    start = commas[k - 1] if k else 0
    lasts = sorted(len(COMMA.split(s)[-1]) for s in siblings)
    low, high, middle = lasts[0] - 2, lasts[-1] + SERIES_SLACK, lasts[len(lasts) // 2]
    ends, at = [], start
    for word in tokenizer().cut(text[start: start + high + 8], HMM=False):
        at += len(word)
        ends.append(at)
    cuts = [p for p in ends if low <= p - start <= high and len(text) - p >= 10
            and not _CLAUSE_BREAK.search(text, start, p) and text.count("（", 0, p) == text.count("）", 0, p)
            and (_opens_clause(text[p:]) or _new_subject(text, start, p)) and not _ENDS_ON_ADVERB.search(text, 0, p)
            and not JOINS_NEXT.search(text, 0, p)]
    if not cuts:
        return None
    cut = min(cuts, key=lambda p: (abs(p - start - middle), -p))
    return text[:cut].strip(), text[cut:].strip()
