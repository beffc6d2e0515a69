"""Title lines: a title as the document prints it, and how title-like a line is.

Split finds each document's title with these, and so do the covers around a document (a cover
notice's 《X》, a preface's full-text cue) and clean (a compilation's contents list of titles): one
notion of a title line for all.
"""

from __future__ import annotations

import re

from jihua.pipeline.model import Unit
from jihua.pipeline.rules.chrome import DOC_STATS, DOCUMENT_SITE, RELATED_LIST, TITLE_FIELD, publication_line
from jihua.pipeline.rules.lexicon import SAMPLE_NOTE, SENTENCE_PUNCT, TASK_FORM, TITLE_NOTE, YEAR
from jihua.pipeline.rules.numbering import match_label
from jihua.pipeline.rules.titles import HEADLINE_DECOR, READER_TAG, TITLE_TAG, date_only, fold, org_from_title
from jihua.schemas.blocks import TOC_TITLE

# a numbered piece of a compilation: "篇一", "【篇二】", "第三篇", "…范文3"
PIECE = re.compile(
    r"^(?:【\s*)?(?:篇\s*([一二三四五六七八九十\d]+)|第\s*([一二三四五六七八九十\d]+)\s*篇)(?:\s*】)?[:：\s]*(\S.{0,40})?$|"
    r"^(.{2,40}?)\s*[（(【]?\s*(?:篇|范文)\s*([一二三四五六七八九十\d]+)\s*[）)】]?$"
)
# the kind word a title ends on, with a bracketed note after it ("（征求意见稿）"); a speech and its draft or
# outline ("…会议上的讲话", "讲话提纲", "致辞", "表态发言", a host's 主持词), a briefing's text or outline
# ("…工作要点汇报材料", "…实施方案汇报提纲"), a meeting's 纪要 and a 通报 are
# documents too ("重要讲话" is what a
# line studies, not one); so are an emergency plan (预案) and a form that sets out the year's targets or
# tasks ("项目绩效目标表", "绩效目标申报表", "重点任务分解表", "重点工作任务清单", "重点项目台账"; lexicon TASK_FORM:
# not any 表 or 清单: "附表", "统计表", "问题清单" name no plan). Status and
# period notes may follow, several of them ("…实施方案（2026—2028年）（修订版）", "…方案（征求意见稿）（送审稿）")
TITLE_END = re.compile(r"(计划|方案|预案|要点|安排|规划|打算|总结|意见|通知|报告|公报|汇报(?:材料|提纲|稿)?|思路|措施|办法|细则|纲要|决议|决定|解读|"
                       rf"{TASK_FORM}|"
                       r"(?<!重要)讲话(?:稿|提纲)?|致辞|贺词|主持词|发言(?:稿|提纲)?|纪要|通报)"
                       rf"((?:{TITLE_TAG})*(?:（[^）]{{1,12}}）|\([^)]{{1,12}}\))?(?:{TITLE_TAG})*)$")
YEARISH = re.compile(YEAR.pattern + "|年度")
# a headline over several documents, collected: "某县各部门2025年工作计划汇编", "…工作要点选编", "…总结合集"
COLLECTION = re.compile(r"汇编|选编|汇总|合集|清单|摘编")


_SITE_SUFFIX = re.compile(r"\s*[-_|｜—–]+\s*[\u4e00-\u9fffA-Za-z0-9.]{2,16}$")
_SITE_WORD = re.compile(r"范文|大全|模板|精选|文库|下载|网")  # a site's own suffix, even one naming a year


_MAIL_PREFIX = re.compile(r"^(?:(?:转发|回复|答复|Fwd?|Re)\s*[:：]\s*)+", re.IGNORECASE)
# a wire copy's dateline run into the title it carries: "某社北京3月5日电　…报告", "本报讯 …", "某网1月8日电（记者 …）"
# (a space or the reporter's bracket follows it: a title's own "…5月12日电动自行车…" runs on)
_DATELINE = re.compile(r"^(?:[\u4e00-\u9fff]{1,12}?\d{1,2}\s*月\s*\d{1,2}\s*日电(?=[\s（(])|本报讯)"
                       r"(?:\s*[（(][^（()）]{0,30}[)）])?\s*")


def clean_title(text: str) -> str:
    """A title as the document prints it: without a site's "（全文）" or " - 范文大全" suffix, an
    account's headline decoration ("重磅！…来了→"), a mail's "转发：" / "Re:" or a wire copy's dateline
    ("某社北京3月5日电"), or the label of the portal's field it was copied from ("名称：某局2025年工作要点")."""
    text = _without_field_label(text)
    text = _without_column(HEADLINE_DECOR.sub("", _DATELINE.sub("", _MAIL_PREFIX.sub("", text.strip()))).strip())
    # a site may add several notes and suffixes in any order ("…工作方案_工作方案_某某公文网", "…报告（全文） - 某某文库"):
    # off they come until none is left
    while (shorter := _without_site_suffix(TITLE_NOTE.sub("", text).strip())) != text:
        text = shorter
    return text


# a 范文 or 文库 site's own word in a line it prints around the text ("相关范文", "精品文档", "下载券")
_SAMPLE_SITE_WORD = re.compile(r"范文")


def sample_site(set_aside: list[str]) -> bool:
    """The lines set aside as the page's show a sample site's signs: its stats line ("4.1分 · 阅读 1,208 · 共6页"),
    its related list ("相关文章："), its 范文/文库 wording."""
    return any(DOC_STATS.match(t) or RELATED_LIST.search(t) or DOCUMENT_SITE.search(t) or _SAMPLE_SITE_WORD.search(t)
               for t in set_aside)


def without_sample_note(title: str) -> str:
    """A title on a sample site's page without the note the site adds ("…计划（最新版）", "…总结（3篇）"): where the
    page shows no site's signs the note is the title's own ("…任务清单（最新版）", "…导读计划（十篇）")."""
    while (shorter := SAMPLE_NOTE.sub("", title).strip()) != title and shorter:
        title = shorter
    return title


def _without_field_label(text: str) -> str:
    """"标　　题：\t某局2025年工作要点" → the title: a copy of a portal's field row keeps its label (a bare label
    stays as it is)."""
    m = TITLE_FIELD.match(text)
    return text[m.end():] if m and text[m.end():].strip() else text


# a web article's column before a bar: "青春答卷｜某镇团委2024年工作总结", "工作动态 | 某局2025年工作要点"
# (an issuer may stand there too, set off by the bar, and be longer: "某县发展和改革委员会｜2025年工作要点")
_COLUMN = re.compile(r"^(?P<column>[^|｜丨\s]{2,30})\s*[|｜丨]\s*(?P<title>[^|｜丨]{6,})$")
_COLUMN_LONGEST = 10


def _without_column(text: str) -> str:
    """A title without the column name an account or a site files the article under ("青春答卷｜…"): the part
    that dates itself and names a document kind is the title; the short part with neither (no year, no kind
    word) is the column, never the title's or the org's. "2024年工作总结｜2025年工作计划" (both dated) stays whole, and
    so does a reader's tag ("一图读懂｜…": a reading of the document, titled as such)."""
    m = _COLUMN.match(text)
    if m is None or READER_TAG.match(text):  # "一图读懂｜…" is a reading of the document: its title keeps the tag
        return text
    column, title = m.group("column"), m.group("title").strip()
    if YEARISH.search(column) or TITLE_END.search(column) or SENTENCE_PUNCT.search(column):
        return text
    if not (YEARISH.search(title) and TITLE_END.search(TITLE_NOTE.sub("", title).strip())):
        return text
    if _issuer_before_bar(column, title):
        return column + title
    return title if len(column) <= _COLUMN_LONGEST else text


def _issuer_before_bar(front: str, title: str) -> bool:
    """The front of "某县农业农村局｜2025年工作计划" (or "某镇｜2024年工作总结") is the issuer, set off by a bar: the
    title names no org of its own and, read joined, names exactly the front as its org — the sides are one title
    ("某局2025年工作计划"), never a column cut away. A column ("工作动态", "青春答卷") names no body or place."""
    return org_from_title(title) is None and org_from_title(front + title) == fold(front)


_BAR = re.compile(r"\s*[|｜丨]\s*")


def headline_org(text: str) -> str | None:
    """The org a headline with a bar names: its title's side first ("巾帼风采｜某区妇联2026年工作回眸" names 某区妇联,
    never "巾帼风采|某区妇联"), else the sides read as one ("某县教育局｜2025年工作回眸" names 某县教育局)."""
    sides = _BAR.split(text.strip())
    return org_from_title(sides[-1]) or org_from_title("".join(sides))


def _without_site_suffix(text: str) -> str:
    """A title without the last suffix a site put after it, if it ends in one; a suffix naming a year
    and no site word is the title's own second half ("…2024年工作总结—2025年工作计划") and stays."""
    m = _SITE_SUFFIX.search(text)
    if m and TITLE_END.search(TITLE_NOTE.sub("", text[: m.start()])) and not (YEAR.search(m.group(0)) and not _SITE_WORD.search(m.group(0))):
        return text[: m.start()].strip()
    return text


def part_numbered(text: str) -> bool:
    """Numbered as a document's part ("一、…", "（二）…"), not as a compilation's piece ("篇一", "第三篇"): no title."""
    return match_label(text) is not None and not PIECE.match(text)


def title_strength(unit: Unit, body_size: float | None) -> int:
    """0 = not a title; higher = more title-like (explicit title > layout > wording)."""
    text = clean_title(unit.text)
    b = unit.block
    if b.kind == "table" or not text or len(text) > 60 or SENTENCE_PUNCT.search(text):
        return 0
    # (nor is a page's publication line, set as large or centred as its headline: "2027年1月18日10:05　来源：某日报")
    # (nor a date alone, "2026年1月" set large on a deck's cover under its title)
    if part_numbered(text) or publication_line(text) or generic_part(text) or date_only(text):
        return 0
    if b.kind == "title" or b.role in ("page_title",):
        return 3
    if PIECE.match(text):
        return 2
    larger = bool(body_size and b.font_size and b.font_size >= body_size * 1.2)
    if b.align == "center" or larger:
        return 2 if (larger or b.bold or TITLE_END.search(text)) else 1
    if TITLE_END.search(text) and (YEARISH.search(text) or len(text) >= 8 or BARE_GENRE.fullmatch(text)):
        return 1
    return 0


# the name of a part any document may have, and no document's own ("前言", "引言", "结束语", a deck's closing
# "谢谢聆听"): a deck's second slide or a report's opening part, never what the document is called
_GENERIC_PART = re.compile(r"前\s*言|引\s*言|导\s*[语言]|序\s*言?|结\s*束\s*语|结\s*语|后\s*记|"
                           r"谢\s*谢(?:聆听|观看|大家)?|(?:THANK\s*YOU|THANKS)", re.IGNORECASE)


def generic_part(text: str) -> bool:
    """A line that is only a generic part's name or a contents list's label ("前言", "目  录", "目次"):
    never a title, however large or centred it is set."""
    line = re.sub(r"[\s!！。.]+$", "", text.strip())
    return TOC_TITLE.match(line) is not None or _GENERIC_PART.fullmatch(line) is not None


# a title that names only its genre ("政府工作报告" on its own line above the text): still the title
BARE_GENRE = re.compile(r"(?:政府)?工作报告|工作(?:计划|总结|要点|方案|安排)|实施方案")


def lists_pieces(texts: list[str]) -> bool:
    """Contents entries that list a compilation's pieces by their titles ("某县2023年工作总结", "篇二 …"),
    not one document's parts ("一、…", "（二）…", a bare part name): mostly titled lines with no part label.
    Clean leaves such a list for split, and split cuts the file only at such a list's returns."""
    titled = [t for t in texts if not part_numbered(t) and TITLE_END.search(clean_title(t))]
    return len(titled) * 2 > len(texts)

