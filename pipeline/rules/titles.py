"""Title grammar: the year and the issuing org a title names.

Titles follow a formula — [org][year][topic][kind] or [org]关于[topic]的[kind] — so the org is
what precedes the year or 关于, and the year is the first one the title prints. `split` (telling
the pieces of a compilation apart by issuer) and `meta` both read titles this way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from jihua.pipeline.rules.chrome import SITE_NAME_END
from jihua.pipeline.rules.lexicon import (
    BYLINE,
    DATE_LINE,
    OCR_DATE_SHAPE,
    OCR_DIGIT_LOOKALIKES,
    OFFICE,
    ORG_BODIES,
    YEAR,
)
from jihua.pipeline.text.numerals import cn_to_int, fold_zeros
from jihua.pipeline.text.segment import tokenizer

# what an account or a site adds to a headline: "重磅！…", "【权威发布】…", a column's tag ("【内地政策】…"),
# "…来了→", "…出炉！"
HEADLINE_DECOR = re.compile(r"^(?:(?:重磅|速看|快看|最新|刚刚|权威发布|官宣|必看|关注|聚焦)\s*[!！|｜丨:：]+|"
                            r"【[\u4e00-\u9fff]{2,6}】|"
                            # a news agency's release tag: "（两会受权发布）", "【受权发布】"
                            r"[（(【\[][^）)】\]]{0,8}?[受授]权发布[）)】\]])\s*|"
                            r"\s*(?:(?:来了|来啦|出炉)\s*[!！]*\s*[→↓👇]*|(?:发布|公布)?\s*[!！]*\s*[→↓👇]+|(?:发布|公布)\s*[!！]+)$")

# a reader's tag before the title of the document it presents: "图解：2026年某区政府工作报告", "一图读懂｜…",
# "解读：…". The title keeps it (the deck is a reading of the report, and says so), but the org and the place
# are the report's, read after it
READER_TAG = re.compile(r"^(?:一图(?:读懂|看懂|速览|了解|解读)|图解|图说|图读|解读|速览)\s*[:：|｜丨·]?\s*(?=\S)")


# a talk on a document named in book-title marks: "《某县2026年…实施方案》政策宣讲", "《…要点》解读", "…》学习辅导课件"
_PRESENTED = re.compile(r"^\s*《([^《》]{4,80})》\s*(?:政策|专题|集中)?(?:宣讲|解读|学习辅导|辅导|讲解|培训)"
                        r"(?:课件|材料|提纲|稿)?\s*$")


def presents_document(title: str) -> bool:
    """A talk on a document it names in 《》 ("《某县…方案》政策宣讲"): its cover names the speaker's unit, not the issuer.
    A reader's tag ("一图读懂：某县…要点") is no talk: its byline is the issuer's."""
    return _PRESENTED.match(title) is not None


def without_reader_tag(title: str) -> str:
    """"图解：2026年某区政府工作报告", "《2026年某区…实施方案》政策宣讲" → the title of the document the reading
    or the talk presents."""
    presented = _PRESENTED.match(title)
    return presented.group(1) if presented else READER_TAG.sub("", title, count=1)


# the Production and Construction Corps' units, which govern their land as a place's government does: the corps
# (兵团), a division by its ordinal (第十五师, the older 农八师) and a regiment by its digits (二四六团, 一〇三团; one
# to three under its division: 第一师五团, 第三师四十四团) — never a profession (教师, 律师, 第一师范) or a group (共青团,
# 集团, 旅游团, "凝聚成一团"), which no such number precedes; never the Youth League's day, lesson or member a
# commemoration names ("某中学五四团日", "七一团课", "一二九团员": 团 then 日/课/员/支部/委/队/体)
_REGIMENT_NO = r"〇零一二三四五六七八九十\d"
CORPS_UNIT = (r"兵团|[第农][一二三四五六七八九十]{1,3}师(?!范)|"
              rf"(?:(?:(?<=师)|(?<=兵团))[{_REGIMENT_NO}]{{1,3}}|(?<![{_REGIMENT_NO}])(?!一二九)[{_REGIMENT_NO}]{{3}})"
              r"团(?![日课员支委队体校])")
# the administrative units a place name ends in (一个省、市、县、区, a township 镇/乡 and a pastoral area's 苏木),
# and the corps' units
ADMIN_UNIT = rf"省|市|县|区|州|旗|盟|镇|乡|苏木|{CORPS_UNIT}"
# a village, and a pastoral area's 嘎查
VILLAGE = "村|嘎查"
# an org name in a title ends in one of the bodies that issue plans, or in a unit or place word
ORG_SUFFIX = (
    rf"(?:人民政府|{ORG_BODIES}|工作组|(?:教研|备课|年级|学科|课题)组|管理局|中心|"
    rf"局|委|办|部|院|厅|处|室|社区|街道|{ADMIN_UNIT}|{VILLAGE}|"
    r"公司|集团|学校|中学|小学|大学|幼儿园|医院|支队|大队|中队|分队|"
    r"队|站|所|馆|会|协会|联合会|支部|"
    # schools named by their short 校 ("中共某县委党校", "某县团校", "某镇中心校", "某中学东区分校")
    r"党校|团校|中心校|分校)"
)
ABOUT = re.compile(r"关于|印发|做好|开展|加强|推进|创建")
# (never a site's name: "某县人民政府门户网站" ends in 站 as a 服务站 does — rules/chrome.py's SITE_NAME_END)
ORG_AT_END = re.compile(rf"^(?!.*{SITE_NAME_END}$)(.{{1,30}}?{ORG_SUFFIX})$")
ORG_END = re.compile(ORG_SUFFIX)

_POST_AT_END = re.compile(rf"(?:党委|党组|党支部)?[副代]?{OFFICE}$")
# ("…社会": society, no body, though it ends in 会 — "某县社会救助工作计划" names 某县; a speech's occasion,
# "在全县2025年…会议上的讲话", "某县长在全市…", is where it was given: "在全县" names no body)
# "全县党校系统…", "全市医院…", "全县市场监管…": the whole of a place's units of a kind, no body (全国妇联 is one: 国 is
# not excluded). Among China's counties one name opens with 全 and an administrative character, 全州县 (全椒县 and
# 全南县 do not collide): a gazetteer fact, written out because the pattern cannot tell 全州+县 from 全县+市场
NOT_ORG = re.compile(r"[《》“”\"（）()，,、：:]|关于|印发|转发|^在|^全(?!州县)[省市州盟县区旗镇乡]|^于(?=[全本各\d])|在(?=[全本各该\d])|^(?:农村|城乡|城市|乡村|基层|学校|医院|企业|公司|单位|机关|社区|部门)$|干部$|"
                     rf"个人|社会$|{SITE_NAME_END}$")
TOPIC_START = re.compile(r"^(?:(?:19|20)[\dxX×]{2}|关于|年度|上半年|下半年|“?十[一二三四五六七八九十]?五|双拥|拥军|拥政|国防|退役|征兵|民兵|优抚|军民|军地|"
                          r"工作|全年|[\u4e00-\u9fff]{0,4}(?:工作|活动)|"
                          # an ordinal session of the body's own meeting: "某县人民政府第十二次常务会议纪要"
                          r"第[一二三四五六七八九十百\d]{1,4}次[\u4e00-\u9fff]{0,8}?会议)")
# "市双拥工作总结", "社区拥军优属活动总结": a level or a kind of unit, not a named org
ADMIN_ONLY = re.compile(r"^(?:[我本该各全]?(?:省|市|县|区|镇|乡|村|社区|街道|单位|公司|局|部|委|办))$|"
                         r"^(?:[我本该各全]?(?:省|市|县|区|镇|乡)?(?:人民)?政府|委员会|领导小组|办公室|党委|党组)$")
# a place alone, no body of it ("某县", "云栖街道")
PLACE_ALONE = re.compile(rf"^.{{1,12}}?(?:{ADMIN_UNIT}|街道|{VILLAGE}|社区)$")


def joint_signers(line: str) -> list[str]:
    """The bodies of a joint signature, in their printed order ("中共某镇委员会　某镇人民政府" → the two): a line
    whose every space-separated part is a complete org name, none a level alone ("某县 人民政府" is one name
    spaced out, "某县农业农村局 张三" a body and a person), each naming its own place (`_names_a_place`): a part
    that names none is a unit of the body before it ("中共某县委 宣传部", "某县农业农村局 综合执法大队" are one
    name spaced out). Any other line is one name as printed."""
    parts = line.split()
    if len(parts) > 1 and all(ORG_AT_END.match(p) and not ADMIN_ONLY.match(p) and not NOT_ORG.search(p)
                              and not PLACE_ALONE.match(p) and (_names_a_place(p) or _ZONE_BODY.search(p))
                              for p in parts):
        return parts
    return [line]


# a zone's governing body ("某高新区管委会"): a body of its own zone, never a unit of the body printed before it
_ZONE_BODY = re.compile(r"[\u4e00-\u9fff]{2}(?:管委会|管理委员会)$")


def joint_in_title(title: str, name: str) -> str:
    """The org a title names, as its bodies joined as a sign-off's are ("某县委宣传部 某县文化和旅游局关于…的方案" →
    "某县委宣传部、某县文化和旅游局", see `joint_signers`): the title sets joint issuers apart with a space, which
    reading the name drops. One body's name is returned as it is."""
    printed = re.search(r"\s*".join(map(re.escape, name)), re.sub(r"\s+", " ", fold(title)))
    bodies = joint_signers(printed.group(0)) if printed else [name]
    return "、".join(bodies) if len(bodies) > 1 else name


# a body's own place opening its name ("某镇人民政府", "县农业农村局"), or the Party's name before it ("中共某县委"):
# not a common noun ending like a place ("城市管理局", "社区服务中心" name a unit of someone's)
_PLACE_START = re.compile(rf"^(?:中共|中国共产党|政协|共青团)|^([\u4e00-\u9fff]{{1,6}}?(?:{ADMIN_UNIT}|街道|{VILLAGE}))")


def _names_a_place(part: str) -> bool:
    m = _PLACE_START.match(part)
    return (m is not None and (m.group(1) is None or not _NOT_A_PLACE.search(m.group(1)))) or PLACELESS.match(part) is not None


# a four-digit year printed without 年 ("2024政府工作报告")
BARE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)(?=[\u4e00-\u9fff])")


def year_value(m: re.Match[str]) -> int | None:
    if m.group(1):
        return int(m.group(1))
    if m.group(2):
        return None  # "20xx": a template, no year
    digits = "".join(str(cn_to_int(ch) or 0) for ch in m.group(3))
    return int(digits) if digits.isdigit() else None


def fold(text: str) -> str:
    """Full-width digits and letters as ASCII ("２０２４年" is 2024年), a typed look-alike of a Chinese
    numeral's zero as 〇 ("二○二五年"); the printed text is kept."""
    return fold_zeros(unicodedata.normalize("NFKC", text))


def fold_ocr_date(text: str) -> str:
    """A date line as OCR printed it, its digits' look-alikes read as digits ("2024年]月l5日" → "2024年1月15日"):
    only inside the figures of a line shaped as a date, and only when that makes it a date line; any
    other text is returned as it is. One character for one, so spans stay."""
    shape = OCR_DATE_SHAPE.match(text)
    if shape is None:
        return text
    out = list(text)
    for group in range(1, 4):  # year, month, day (a month-only date has no day)
        start, end = shape.span(group)
        for at in range(start, end):
            out[at] = OCR_DIGIT_LOOKALIKES.get(out[at], out[at])
    read = "".join(out)
    return read if DATE_LINE.match(fold(read).strip().strip("（()）")) else text


# a plan for a span of years: "（2024—2026年）", "2024-2026年", "2024年至2026年", "2024—2025学年"; on a scan
# OCR may read the dash as the numeral 一 ("（2024一2026年）"), taken as one only between two years' figures
YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*(?:年?\s*[—－\-–~～至到]+|一)\s*(?:19|20)\d{2}\s*学?年")  # also a school year


# another document cited by its title in a text ("依据《某县国土空间总体规划（2021—2035年）》"): its years are its own
CITED_TITLE = re.compile(r"《[^《》]{1,80}》")


# a five-year plan's period named by its ordinal ("“十五五”生态环境保护规划"): the 11th to the 19th
# ("第十五个五年规划纲要" spells the ordinal out)
FIVE_YEAR_PERIOD = re.compile(r"十([一二三四五六七八九])五(?=[”\"」』]?[\u4e00-\u9fff]{0,30}?(?:规划|计划|纲要|时期|期间))|"
                              r"第(十[一二三四五六七八九])个五年(?:规划|计划)")


def five_year_start(m: re.Match[str]) -> int:
    """The first year of the N-th five-year plan: from the third (1966–1970) on they follow each
    other, so the 14th is 2021–2025 and the 15th 2026–2030."""
    ordinal = 10 + (cn_to_int(m.group(1)) or 0) if m.group(1) else cn_to_int(m.group(2)) or 0
    return 1966 + 5 * (ordinal - 3)


# the state a text is in, as a title's bracketed note gives it after the kind word: "（征求意见稿）", "（送审稿）",
# "（试行）", "（暂行）", "（草案）", "（修订版）", "（2025年修订）" — the same document's draft, trial or revision
_STATUS = (r"(?:(?:19|20)\d{2}\s*年\s*)?(?:(?:征求意见|送审|讨论|审议|报批|修改|修订|代拟|草|初|定)稿|试行稿?|暂行|"
           r"(?:修订)?草案稿?|修订版?|修正(?:版|案)?|修改版?)")
# the period such a note gives: "（2026—2028年）", "（到2030年）", "（2024年版）" (any short note naming a year)
_PERIOD_NOTE = r"[^（）()]{0,12}(?:19|20)\d{2}[^（）()]{0,12}"
# one bracketed note of either kind: a title's shape may end in several ("…实施方案（2026—2028年）（修订版）")
TITLE_TAG = rf"\s*[（(]\s*(?:{_STATUS}|{_PERIOD_NOTE})\s*[)）]"
_TITLE_TAGS = re.compile(rf"(?:{TITLE_TAG})+\s*$")
_STATUS_TAG = re.compile(rf"\s*[（(]\s*{_STATUS}\s*[)）]")


def without_tags(title: str) -> str:
    """A title without the notes after its kind word, for reading its org and kind
    ("某市养老服务实施方案（2026—2028年）（修订版）" → "某市养老服务实施方案"); the title itself keeps them."""
    return _TITLE_TAGS.sub("", title)


def without_status(title: str) -> str:
    """A title without its status notes, its period kept ("…方案（2026—2028年）（征求意见稿）" →
    "…方案（2026—2028年）"): the year of a revision ("（2025年修订）") is not the year the plan is for."""
    tags = _TITLE_TAGS.search(title)
    return title if tags is None else title[:tags.start()] + _STATUS_TAG.sub("", tags.group(0))


def revised_year(title: str) -> int | None:
    """The year a status note names ("…应急预案（2025年修订）" → 2025): a document's year of last resort."""
    tags = _TITLE_TAGS.search(fold(title))
    m = YEAR.search("".join(t.group(0) for t in _STATUS_TAG.finditer(tags.group(0)))) if tags else None
    return year_value(m) if m else None


def year_from_title(title: str) -> tuple[bool, int | None]:
    """(title mentions a year at all, the year or None for 20xx); of a span, the first year
    (CONTRACT: the first the title names) — a five-year period named by its ordinal (十五五) too.
    A status note's year (a revision's) is not read."""
    title = without_status(fold(title))
    span = YEAR_SPAN.search(title)
    if span:
        return True, int(span.group(1))
    # a horizon is no year ("…第十四个五年规划和二〇三五年远景目标纲要", "落实2035年远景目标2026年工作要点": 2026)
    m = next((y for y in YEAR.finditer(title) if not title[y.end():].startswith("远景")), None)
    period = FIVE_YEAR_PERIOD.search(title)
    if period and not m:
        return True, five_year_start(period)
    if not m:
        bare_year = BARE_YEAR.search(title)
        return (True, int(bare_year.group(1))) if bare_year else (False, None)
    return True, year_value(m)


_PLACE_OPENS = re.compile(r"^([\u4e00-\u9fff]{1,3}?(?:省|市|县|区|州))[\u4e00-\u9fff“”《》]{2,40}?"
                          r"(?:计划|方案|要点|规划|安排|意见|办法|细则)$")
_NOT_A_PLACE = re.compile(r"(?:城市|超市|夜市|集市|都市|股市|山区|城区|社区|小区|园区|景区|片区|街区|辖区|校区|矿区|库区|灾区|"
                          r"牧区|湾区|新区|示范区|试验区|先行区|功能区|开发区|保护区|风景区|省级|市级|县级|区级)$")


_TERM = re.compile(r"第[一二三四五六七八九十百\d]{1,4}[届次]")


def org_from_title(title: str) -> str | None:
    text = without_tags(without_reader_tag(re.sub(r"\s+", "", fold(title))))
    lead = YEAR.match(text) or BARE_YEAR.match(text)
    if lead:  # "2024年青禾县民政局……": the org follows a leading year
        text = text[lead.end():].lstrip("度")
    cut = YEAR.search(text) or BARE_YEAR.search(text)
    about = ABOUT.search(text)
    ends = [m.start() for m in (cut, about) if m]
    if ends:
        head = text[: min(ends)]
        # a person's report names the post before the year ("某县实验小学校长2025年度述职报告"): the body
        # is what the post is held in
        held_in = _POST_AT_END.sub("", head)
        for name in dict.fromkeys((head, held_in)):
            bare = unquoted(name)
            if ORG_AT_END.match(bare) and not ADMIN_ONLY.match(bare) and not NOT_ORG.search(bare):
                return joint_in_title(title, name)
    return _org_prefix(text)


def _org_prefix(text: str) -> str | None:
    """No year: the longest prefix ending in an org suffix that the topic follows — a topic word ("…局统计执法工作
    计划"), or anything after a body's own ending ("某县气象局防灾减灾建设方案", see `_body_named`). A suffix that
    opens a word with what follows ends no name ("某县教育局部门…": 部门), and the suffix printed again opens a
    word about the body ("某县教育局局属学校…", "某县文化馆馆藏…"): the name ended before it. A name ends at a word's
    end (`_ends_a_word`: not "某县小学|生…"), and a unit's name has words of its own after its place or the body it
    belongs to (`_KIND_ALONE`: not "某县学校…", "某县教育局中小学…", "某县公立医院…")."""
    best = None
    words: list[str] | None = None  # the title's words: cut once, and only when a name's end is to be judged
    for end in _org_ends(text[:32]):
        head, rest = text[:end], text[end:]
        if _SUFFIX_OPENS_WORD.match(head[-1] + rest[:1]):
            continue
        bare = unquoted(head)
        # (a congress or a committee named by its term is no issuer's name: "某县第十八届人民代表大会")
        if (len(bare) >= 2 and not ADMIN_ONLY.match(bare) and not NOT_ORG.search(bare)
                and not _TERM.search(bare) and not ABOUT.search(bare) and not _NOT_A_PLACE.search(bare)
                and (TOPIC_START.match(rest) or _body_named(bare, rest))
                and not _KIND_ALONE.match(head[len(best) if best else _place_end(head):])):
            words = words if words is not None else list(tokenizer().cut(text, HMM=False))
            if _ends_a_word(text, end, words):
                best = head
        if best == head and rest[:1] == head[-1]:
            break
    return best


# the facilities among a body's endings: a body's name, a project's site too ("某县图书馆改扩建…"), a kind of unit
# after a class ("某县公立医院…")
_FACILITIES = "馆|站|所|院|中心|学校|中学|小学|医院"
# …a name that ends as a facility does: a place the plan may count as it builds it ("新建养老服务站15个")
FACILITY_END = re.compile(rf"(?:{_FACILITIES})$")
# a body's own ending, the name it closes (a place's 县, 镇 close none; nor do 会, 部, 办, 处 alone, which end words
# too: 运动会, 西部, 举办, 之处)
_BODY_END = re.compile(rf"(?:{ORG_BODIES}|人民政府|管理局|局|委|厅|大队|支队|中队|{_FACILITIES})$")
# common nouns that end as a body does ("某县产业布局…", "某县公共场所…", "某县城区影院…")
_NOT_A_BODY = re.compile(r"(?:布局|格局|全局|大局|开局|场所|住所|厕所|庭院|书院|影院|剧院|大院|场馆|车站|高铁站|加油站|充电站)$")
# a facility's name over its own construction ("某县气象站建设方案", "某县图书馆改扩建实施方案"): the project, no issuer
_BUILT = re.compile(r"(?:新|改|扩|迁|续)?建|改造|改扩建|维修|装修|提升改造|项目|工程")
_FACILITY_END = re.compile(rf"(?:{_FACILITIES})$")
# a suffix character and the next one read as a word: the suffix is that word's first character, no name's end
# ("某县各部门…", "…馆藏文物", "…站点建设", "…所属单位", "…会议纪要")
_SUFFIX_OPENS_WORD = re.compile(r"局[面势]|部[署门分位]|所[属有需在]|站[点位]|院[校落内]|处[理置]|会[议商同]|"
                                r"办[理]|馆[藏际]|委[托]|队[伍]|组[织]")


# a kind of unit, no unit's name, where it follows its place or a body already named: an ending alone ("某县局部…",
# "某县所辖…", "某县中心城区…", "某县学校食堂…", "某县教育局学校…": 局, 所, 中心, 学校 name none), schools of several
# grades ("某县中小学…"), or a facility's kind led by the class of units it falls in ("某县公立医院…", "某县乡镇卫生院…",
# "某县各文化站…"). 委 and 政府 alone do name one (某县委, 某县政府), as do a county's hospital and schools (某县医院)
_KIND_ALONE = re.compile(r"^(?:局|厅|所|站|馆|院|中心|学校|大?中小学校?|"
                         r"(?:公立|公办|民办|民营|私立|乡镇|基层|定点|各类?|全[省市县区镇乡])[\u4e00-\u9fff]*"
                         rf"(?:{_FACILITIES}))$")


def _place_end(head: str) -> int:
    """Where the place that opens a name ends ("某县|水文局", "县|司法局"); 0 when it opens with none."""
    m = _PLACE_START.match(head)
    return m.end() if m else (1 if PLACELESS.match(head) else 0)


def _ends_a_word(text: str, end: int, words: list[str]) -> bool:
    """A name ends where a word does: a word the cut runs through is no name's end ("某县小学生…": 小学生, "某县局部
    地区…", "某县中心镇…", "某县公交站台…"). Where the text after the cut opens a word of its own reaching past that
    one, the cut is as good a reading ("某县卫生健康局部门…": 局部|门 or 局|部门) and stands. The dictionary's words
    only (no HMM): a rare place's characters guessed into one word with the ending must not hide its end.
    `words`: the text so cut (`_org_prefix` cuts it once for all the ends it tries)."""
    at = 0
    freq = tokenizer().FREQ
    for word in words:
        if at + len(word) > end:
            return at == end or any(freq.get(text[end:stop], 0) > 0
                                    for stop in range(at + len(word) + 1, min(len(text), end + 6) + 1))
        at += len(word)
    return True


def facility_place(org: str) -> str | None:
    """The place of a facility the name gives ("某县农村污水处理站" → 某县, "某县人民医院" → 某县); None when the name
    ends in no facility's ending or opens with no place. A facility names a plan's subject as readily as its
    issuer, and the caller weighs the sign-off against it."""
    if not _FACILITY_END.search(org) or _NOT_A_BODY.search(org):
        return None
    end = _place_end(org)
    return org[:end] if end > 1 else None


def _body_named(head: str, rest: str) -> bool:
    """`head` names a body of a place, whatever topic follows: it ends in a body's own ending ("…气象局",
    "…档案馆"), names its place ("某县…", "县…"), is no common noun so ending, and is not a facility over its
    own construction ("某县体育馆建设方案" is the project's title)."""
    return (_BODY_END.search(head) is not None and not _NOT_A_BODY.search(head) and _names_a_place(head)
            and not (_FACILITY_END.search(head) and _BUILT.match(rest)))


# a short part of an issuer's name in quotes, after the place or body it belongs to: a village's "两委" (its Party
# branch and villagers' committee together), "两新"组织: "某乡某村“两委”", "某县“两新”组织党委". The name keeps
# its quotes as printed; read without them, it is any other name (an opening quote, "“双减”工作…", is a topic's)
_QUOTED_PART = re.compile(r"(?<=[\u4e00-\u9fff])[“\"]([\u4e00-\u9fff]{1,6})[”\"]")


def unquoted(name: str) -> str:
    """"某乡某村“两委”" → "某乡某村两委": the name read without the quote marks of a short part inside it. A quoted
    kind of place that ends the name is an honour the plan works for ("某县“文明村”创建…"), no body: kept as printed
    (NOT_ORG refuses its quotes)."""
    last = _QUOTED_PART.search(name, max(0, len(name) - 8))
    if last is not None and last.end() == len(name) and PLACE_ALONE.match(last.group(1)):
        return name
    return _QUOTED_PART.sub(r"\1", name)


def _org_ends(text: str) -> Iterator[int]:
    """Where an org name may end in a title's opening: after an org suffix, or after the closing quote of a
    quoted part the suffix ends ("某村“两委”工作计划": after ”)."""
    for m in ORG_END.finditer(text):
        yield m.end()
        if text[m.end():m.end() + 1] in ("”", '"'):
            yield m.end() + 1


def place_opening(title: str) -> str | None:
    """"南湖区城市更新行动实施方案（2024—2026年）": the place that opens a plan's title, the issuer
    of last resort when nothing signs the plan. A short place name only, never a common noun
    that ends like one (智慧城市, 示范区, 超市, 山区)."""
    text = without_tags(without_reader_tag(re.sub(r"\s+", "", fold(title))))
    place = _PLACE_OPENS.match(text)
    if place is None or _NOT_A_PLACE.search(place.group(1)):
        return None
    head = place.group(1)
    return None if NOT_ORG.search(head) or ABOUT.search(head) or ADMIN_ONLY.match(head) else head


# a byline of any post: the body, the post, a 2–4-character name ("某市人民检察院检察长　某某",
# "县人大常委会主任　某某", "某县法院院长 某某"); the post ends as posts do (…长, 书记, 主任, 主席, 委员)
ORG_POST_NAME = re.compile(rf"^(.{{1,24}}{ORG_SUFFIX})((?:[\u4e00-\u9fff]{{1,5}}(?:长|委员)|[\u4e00-\u9fff]{{0,4}}(?:书记|主任|主席|政委|专员)))"
                           r"[\s\u3000]+([\u4e00-\u9fff]{2,4})$")
# an org named by its level only: "县人大常委会", "市政协", "县发展和改革局" (not 市场…, 区域…, 市政工程…)
PLACELESS = re.compile(r"^(省|市|县|区|州|旗|盟|镇|乡)(?!场|域|区|县|市|政(?!府|协)|容|民(?!政))[\u4e00-\u9fff]")
_PLACE_NAMED = (r"(?:^(?:(?:19|20)\d{{2}}年?度?)?(?:关于|政协|中共|中国共产党)?|关于|政协|中共|中国共产党|在)"
                r"([\u4e00-\u9fff]{{1,4}}?{unit})(?![区域场])")


def place_named(text: str, unit: str) -> str | None:
    """The place of this level a title or title-block line names ("关于白岭县2023年…" → 白岭县 for 县,
    "政协桐江市委员会…" → 桐江市 for 市): what a placeless org ("县发展和改革局") is short for."""
    m = re.search(_PLACE_NAMED.format(unit=unit), re.sub(r"\s+", "", fold(text)))
    if m is None or _NOT_A_PLACE.search(m.group(1)) or NOT_ORG.search(m.group(1)) or ABOUT.search(m.group(1)):
        return None
    return m.group(1)


_ORG_LINE_BREAK = re.compile(r"[。，；：:,;]")


def org_name_line(line: str) -> bool:
    """A line that is an org's name alone ("某县教育局", "国家统计局某市调查队"): short, ending in an org
    suffix, no clause break, no list label."""
    from jihua.pipeline.rules.numbering import match_label  # here: numbering's rules import this module

    org = line.strip()
    return (len(org) <= 30 and ORG_AT_END.match(org) is not None and not _ORG_LINE_BREAK.search(org)
            and match_label(org) is None)


def signs_off(org_line: str, date_line: str) -> bool:
    """An org's name over a date line: a document's sign-off (落款: "某县教育局" / "2021年2月26日")."""
    return org_name_line(org_line) and DATE_LINE.match(fold(date_line)) is not None


def unbracketed(text: str) -> str:
    """A line without the brackets around it: "（2025年1月20日）" → "2025年1月20日"."""
    return re.sub(r"^[（(]\s*|\s*[)）]$", "", fold(text).strip())


def date_only(text: str) -> bool:
    """A line that is only a date, bare or bracketed: "2025年1月20日", "（2025年1月20日）"."""
    return DATE_LINE.match(unbracketed(text)) is not None


def person_byline(line: str) -> bool:
    """Posts and the name of the person who holds them, alone on a line ("某市市长 某某", "某局党组书记、局长　某某",
    "某县人民检察院检察长　某某"; or the posts alone, the name on the next line): a speech's or a 述职报告's byline."""
    return BYLINE.match(re.sub(r"\s+", " ", line)) is not None or ORG_POST_NAME.match(line) is not None


def abbreviates(short: str, full: str) -> bool:
    """`short` is `full` with characters left out inside it (妇联 / 妇女联合会, 卫健委 / 卫生健康委员会):
    the short form a title uses of the name a seal prints. A longer name that only extends the
    short one (某局 / 某局办公室) is another body."""
    if len(full) <= len(short) or short[0] != full[0] or full.startswith(short):
        return False
    rest = iter(full)
    if not all(ch in rest for ch in short):
        return False
    # what the full name goes on with after the short form's last character: a body of its own within
    # it ("妇女联合会执行委员会", "…常务委员会办公室") is another body than the short form's
    return _INNER_BODY.search("".join(rest)) is None


_INNER_BODY = re.compile(r"委员会|办公室|执委会|党组|机关")
