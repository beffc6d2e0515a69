"""Meta: issuing org, year and kind of each document, from its title first, then its text.

Titles follow a formula — [org][year][topic][kind], e.g. "某县退役军人事务局2025年工作计划"
or "某区关于争创省级双拥模范区的实施方案" — so the org is what precedes the year or 关于,
ending in an organisational suffix. A template with "20xx" has no year (null). The
closing lines (落款: org and date) are set aside here and used when the title is silent.
"""

from __future__ import annotations

import re

from jihua.pipeline.annex import annex_list_start
from jihua.pipeline.covers import PRINTED_LINE
from jihua.pipeline.doc_kind import GENRE, SUBTITLE_DASH, doc_type
from jihua.pipeline.model import Document, Unit
from jihua.pipeline.rules.lexicon import (
    BYLINE,
    DATE_LINE,
    DATE_SUBTITLE,
    FULL_DATE,
    ISSUED,
    MASTHEAD,
    ORG_FIELD_LABEL,
    PAGE_DATE,
    PAGE_SOURCE,
    PARTY_ORGAN,
    PRESENTER_LABEL,
)
from jihua.pipeline.rules.lexicon import YEAR as _YEAR
from jihua.pipeline.rules.periods import (
    plan_year,
    schedule_year,
    stated_term,
    sums_up,
)
from jihua.pipeline.rules.titles import (
    ADMIN_ONLY,
    ADMIN_UNIT,
    NOT_ORG,
    ORG_AT_END,
    ORG_END,
    ORG_POST_NAME,
    ORG_SUFFIX,
    PLACE_ALONE,
    PLACELESS,
    abbreviates,
    facility_place,
    fold,
    joint_signers,
    org_from_title,
    place_named,
    place_opening,
    presents_document,
    revised_year,
    without_reader_tag,
    year_from_title,
    year_value,
)
from jihua.pipeline.text_year import year_from_text

_ADMIN_END = re.compile(r"(?:省|市|县|区|州|旗|盟|镇|乡|自治区|自治州|自治县)$")
# "我代表国务院，向大会报告…": the body names the body it speaks for
_SPEAKS_FOR = re.compile(r"我(?:代表|受)([\u4e00-\u9fff]{2,16}?)(?:[，,]|向|委托)")
# "太平门社区将在今后的工作中……": an org named as the subject of an opening or closing sentence
_SUBJECT_ORG = re.compile(rf"^((?![我本各该全])[\u4e00-\u9fff]{{1,12}}?{ORG_SUFFIX})(?=将|要|在|把|按照|根据|坚持|始终|紧紧)")


def _org_named_as_subject(units: list[Unit]) -> str | None:
    paragraphs = [u.text for u in units if u.block.kind != "table" and len(u.text) > 20]
    for text in paragraphs[:2] + paragraphs[-2:]:
        m = _SUBJECT_ORG.match(text)
        if m and not ADMIN_ONLY.match(m.group(1)) and not NOT_ORG.search(m.group(1)):
            return m.group(1)
    return None


_HEAD_OF_GOVERNMENT = re.compile(r"^(?:代理?|副)?[省市县区州旗镇乡]长$")


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _place_at(posts: str, level: str) -> str | None:
    """The place a line of posts names at the level of its head's post (县长 → …县): the longest such
    opening ("湖南省长沙市委副书记、市长" → 湖南省长沙市, "某县某镇党委副书记、镇长" → 某县某镇, "某市副市长、代市长"
    → 某市)."""
    ends = [i for i, ch in enumerate(posts) if ch == level and i >= 1 and _HAN_CHAR.match(posts[i + 1:i + 2])
            and posts[i + 1] != "长" and posts[i - 1] not in "副代" + level]  # "…市副市长", "某区区委": not the place's
    return posts[:ends[-1] + 1] if ends else None


def org_from_byline(text: str) -> str | None:
    """"国务院总理 李克强" → 国务院; "某市市长 某某" and "某县委副书记、县长　某某" → the government the head of
    government (the last post named) speaks for;
    "某市人民检察院代理检察长　某某" → 某市人民检察院 (the body before the post, whatever the post)."""
    posts, _, _name = re.sub(r"\s+", " ", text.strip()).rpartition(" ")
    last_post = posts.split("、")[-1] if "、" in posts else ""
    if _HEAD_OF_GOVERNMENT.match(last_post):  # "某县委副书记、县长　某某": the head of government speaks for it
        place = _place_at(posts.split("、")[-2], last_post[-2])  # the post before the head's: "某县委副书记"
        return place + "人民政府" if place else None  # no place named: no org, never the committee named first
    named = ORG_POST_NAME.match(text.strip())
    # "党工委副书记、管委会主任　某某": the body of the last post the line names
    body = re.split(r"[、，,]", named.group(1))[-1] if named else ""
    if named and not _ADMIN_END.search(body) and not ADMIN_ONLY.match(body) and ORG_END.search(body):
        return body
    m = BYLINE.match(re.sub(r"\s+", " ", text.strip()))
    if not m:
        return None
    prefix = _body_of_posts(m)
    if _ADMIN_END.search(prefix):
        return prefix + "人民政府"
    if ORG_END.search(prefix) and not ADMIN_ONLY.match(prefix) and not NOT_ORG.search(prefix):
        return prefix
    return None


_PARTY_ORGAN_END = re.compile(rf"{PARTY_ORGAN}$")


def _body_of_posts(byline: re.Match[str]) -> str:
    """The body a byline's posts are held in: what precedes them, less its party organ when the secretary
    of that organ also heads the body ("某局党组书记、局长" → 某局: 局长 is the bureau's post, its 党组 sits in
    it). One post alone ("某局党组书记") is the organ's own, and the organ is the body."""
    prefix = byline.group(1).strip()
    first, last = byline.group("first") or "", byline.group("last")
    organ = _PARTY_ORGAN_END.search(prefix)
    heads_the_body = first.endswith("书记") and not last.endswith("书记")
    return prefix[:organ.start()] if organ and heads_the_body and organ.start() > 0 else prefix


def _org_spoken_for(units: list[Unit]) -> str | None:
    """"我代表国务院，向大会报告…" in the opening paragraphs."""
    for u in units[:6]:
        m = _SPEAKS_FOR.search(u.text)
        if m and ORG_END.search(m.group(1)) and not ADMIN_ONLY.match(m.group(1)):
            return m.group(1)
    return None




_SIGNED_LINE = re.compile(rf"^{ORG_AT_END.pattern[1:-1]}\s+({FULL_DATE.pattern})$")  # (org, date)


def _closing(doc: Document) -> None:
    """落款 at the end: an org line and/or a date line, short and unpunctuated — above the list of
    annexes when that is printed under it, which stays where it was, as the text's last lines."""
    listed = annex_list_start(doc.units)
    units, annex_list = doc.units[:listed], doc.units[listed:]
    tail: list[Unit] = []
    taken = 0
    for u in reversed(units[-3:]):
        if u.block.kind == "table" or len(u.text) > 40:
            break
        signed = _SIGNED_LINE.match(fold(u.text).strip())
        if DATE_LINE.match(fold(u.text)) or (len(u.text) <= 30 and ORG_AT_END.match(u.text)
                                             and not re.search(r"[。，；：]", u.text)):
            tail.insert(0, u)
        elif signed:  # "某县卫生健康委员会 2025年2月18日": the org and the date on one line
            tail[:0] = [Unit(text=part, block=u.block.model_copy(update={"text": part})) for part in signed.groups()]
        else:
            break
        taken += 1
    if not tail:
        return
    doc.closing = tail
    doc.units = units[: len(units) - taken] + annex_list
    for u in tail:
        if DATE_LINE.match(fold(u.text)):
            doc.date = ISSUED.sub("", u.text.strip())  # "2024年5月10日印发": the date it was issued


_CONGRESS_OF = r"第[一二三四五六七八九十\d]+届人民代表大会"  # "第十八届人民代表大会": a place's congress
_CONGRESS = re.compile(rf"在(.{{1,12}}?(?:{ADMIN_UNIT})){_CONGRESS_OF}")  # "在歙县…", "在某镇…"
_NATIONAL_CONGRESS = re.compile(r"在第[一二三四五六七八九十\d]+届全国人民代表大会")
_STATE_REPORT = re.compile(r"^政府工作报告")  # the title names no place: the national government's report
_CONGRESS_TITLE = re.compile(rf"^(.{{1,12}}?(?:{ADMIN_UNIT})){_CONGRESS_OF}")
_SHORT_GOV = re.compile(rf"^(.+(?:{ADMIN_UNIT}))政府$")


_GOV_REPORT = re.compile(rf"^(?:[\d〇零一二三四五六七八九]{{4}}年?度?)?(.{{1,20}}?(?:{ADMIN_UNIT}))"
                         r"(?:[\d〇零一二三四五六七八九]{4}年?度?)?(?:人民)?政府工作报告")


def _formal(org: str | None, title: str = "") -> str | None:
    """"青禾市政府" is the short form of 青禾市人民政府, the name a byline or seal prints; the
    place a 政府工作报告 is titled with speaks through its people's government."""
    m = _SHORT_GOV.match(org) if org else None
    if m:
        return f"{m.group(1)}人民政府"
    report = _GOV_REPORT.match(without_reader_tag(re.sub(r"\s+", "", fold(title))))
    if org and report and report.group(1) == org:
        return f"{org}人民政府"
    return org


_ORDINAL = r"第[一二三四五六七八九十\d]{1,3}"
# "在中国共产党某县第十五届纪律检查委员会第四次全体会议上": the committee whose plenary hears the report
_PLENARY = re.compile(rf"在(.{{2,20}}?){_ORDINAL}届(.{{0,12}}?委员会){_ORDINAL}次全体会议")


def _plenary_body(text: str) -> str | None:
    m = _PLENARY.search(re.sub(r"\s+", "", text))
    return m.group(1) + m.group(2) if m else None


def _placed(org: str | None, doc: Document) -> str | None:
    """"县人大常委会", "市政协", "县发展和改革局" name a body by its level only: the body the title
    names in full stands for it ("云溪县人民代表大会常务委员会工作报告"); failing that, the place the
    title or its title block names completes it ("关于白岭县…的报告" → 白岭县发展和改革局)."""
    if org is not None and "、" in org:  # a joint issue ("县农业农村局、县财政局"): each body completed
        return "、".join(_placed(body, doc) or body for body in org.split("、"))
    m = PLACELESS.match(org) if org else None
    if org is None or m is None or ADMIN_ONLY.match(org):
        return org
    named = _formal(org_from_title(doc.title), doc.title)
    if named is not None and not PLACE_ALONE.match(named) and not PLACELESS.match(named):
        return named
    # a reading of a document ("《白岭县…规划》解读") names the place inside its brackets
    place = next((p for text in [doc.title.lstrip("《"), *(u.text for u in doc.front)] for p in [place_named(text, m.group(1))] if p), None)
    return place + org[1:] if place else org


def _of_place(org: str, place: str) -> bool:
    """A signing body of the place the title opens with, wherever the place stands in its name:
    "中共某县委办公室", "中国人民解放军某县人民武装部" put the party or army first; an armed-police
    unit names the place without its level ("中国人民武装警察部队某县中队" or "…某中队"). A body of
    another place of the same name and another level ("某镇人民政府" under "某县") is not it."""
    if org == place:
        return False
    if place in org:
        return True
    stem = place[:-1] if len(place) >= 3 and _ADMIN_END.search(place) else ""
    at = org.find(stem) if stem else -1
    return at >= 0 and not _ADMIN_END.match(org[at + len(stem):at + len(stem) + 1] or "省") \
        and org[at + len(stem):at + len(stem) + 2] != "自治"


# the place's leadership as it signs: its government or its Party committee, or their office ("禾丰镇人民政府",
# "某县人民政府办公室", a 街道's "办事处", a 新区's or 开发区's "管理委员会(办公室)", "中共某镇委员会", "中共某县委办公室")
_LEADERSHIP = re.compile(r"^(?:中共|中国共产党)?(.+?)(?:(?:人民)?政府|办事处|管理委员会|管委会|委员会|党?委|党工委)(?:办公室|办公厅)?$")


def _governs(org: str, place: str) -> bool:
    """The org is the leadership of the place the title names, under a higher place's name or not ("禾丰镇人民政府",
    "某县某街道办事处" under "某街道"), not one of its departments ("某县农业农村局", "某县发展和改革委员会")."""
    m = _LEADERSHIP.match(org)
    named = m.group(1) if m else ""
    return named == place or (named.endswith(place) and PLACE_ALONE.match(named[:-len(place)]) is not None)


# the ending of a body that governs or administers a facility of its place
_ADMINISTERS = re.compile(r"(?:局|委|委员会|政府|办公室|办|厅)$")


def _facility_signer(org: str, signed: list[str]) -> str | None:
    """"某县农村污水处理站运维管理方案" signed "某县住房和城乡建设局": the stations the title names are the plan's
    subject and the body of their place that signs it is the issuer. A facility issuing its own plan signs as
    itself ("某县人民医院", "某县人民医院党委"): the title's name stands."""
    place = facility_place(org)
    if place is None or any(org in o or o in org or abbreviates(o, org) or abbreviates(org, o) for o in signed):
        return None  # "某县人民医院" signed "某县医院", "某县疾控中心": the facility signs in its own short name
    signer = next((o for o in signed if _of_place(o, place)), None)
    # only a body that governs or administers ("…局", "…委", "…政府", "…办公室") issues for a facility; a facility's
    # own short form ("某镇中心校" for 某镇中心小学, above its government's seal) or another facility signs for itself
    return signer if signer is not None and facility_place(signer) is None and _ADMINISTERS.search(signer) else None


_GOV_REPORT_WORDS = re.compile(r"政府工作报告")


# a byline's office that names a place of its own ("桐溪县委", "临溪经开区管委会"), not one relative to the title's
_PLACED_OFFICE = re.compile(rf"^[\u4e00-\u9fff]{{1,8}}?(?:{ADMIN_UNIT}|街道)")


def _byline_or_title(byline: str | None, titled: str | None) -> str | None:
    """A byline is a post and a person. Its office names the body in full ("临溪市市长" → 临溪市人民政府,
    the place the title names) or relative to the title ("管委会主任", "街道办事处主任"): a relative
    office never replaces the body the title names; at most it completes the place the title names
    alone (云栖街道 + 街道办事处 → 云栖街道办事处). A byline's short form of the title's body (人大常委会 /
    人民代表大会常务委员会) gives way to the full name, as a title's short form gives way to a seal's."""
    if byline is not None and titled is not None and abbreviates(byline, titled):
        return titled
    if byline is None or titled is None or PLACELESS.match(titled) or byline[:2] == titled[:2]:
        return byline or titled
    if _PLACED_OFFICE.match(byline) or not PLACE_ALONE.match(titled) or PLACELESS.match(byline):
        return titled
    overlap = next((k for k in range(min(len(titled), len(byline)), 0, -1) if titled.endswith(byline[:k])), 0)
    return titled + byline[overlap:]


def _congress_government(doc: Document) -> str | None:
    """"——2024年1月10日在安平市第十五届人民代表大会…上": the government of the place whose congress
    the title block names."""
    return next((f"{m.group(1)}人民政府" for u in doc.front for m in [_CONGRESS.search(u.text)] if m), None)


def _page_year(doc: Document) -> int | None:
    """The year of a web page's own date line ("发布时间：2026-02-06"), kept in its title block."""
    return next((int(m.group(1)) for u in doc.front for m in [PAGE_DATE.search(u.text)] if m), None)


def _page_source(doc: Document, issuer_only: bool = False) -> str | None:
    """The body a web page names as its source ("来源：某县发展和改革局"), when it is an org; `issuer_only`: only
    a 信息公开 field naming the issuer ("发文机关：某县农业农村局"), never a 来源 credit."""
    for u in doc.front:
        m = PAGE_SOURCE.search(u.text)
        if m is None or (issuer_only and m.group("label").endswith("来源")):
            continue
        org = m.group("org")
        if ORG_END.search(org) and not ADMIN_ONLY.match(org) and not NOT_ORG.search(org):
            return org
    return None


_BODY_END = re.compile(rf"(?:{ORG_SUFFIX})$")


def _page_source_in(doc: Document, place: str) -> str | None:
    """The issuing body the page's fields name, when it is of the place the title names (or names its level
    only, "市生态环境局", for `_placed` to complete). A 来源 credit is one only where the title names the department's
    field (`_field_titled`): the department that posts the page is no issuer of "某县2025年…方案" (a county's plan
    posted by its 水利局 is still the county's), but "某县2025年农业农村工作要点" credited to 某县农业农村局 is its plan."""
    source = _page_source(doc, issuer_only=True)
    credit = _page_source(doc)
    if source is None and credit is not None and _field_titled(credit, place, doc.title):
        source = credit
    return source if source and _of_titled_place(source, place) else None


def _of_titled_place(source: str, place: str) -> bool:
    return (source.startswith(place) and len(source) > len(place)) or PLACELESS.match(source) is not None


def _field_titled(body: str, place: str, title: str) -> bool:
    """The field a department is named for (its name without its place and its ending: 某县农业农村局 → 农业农村) is
    named in the title: the department's own plan. Two characters at least; a place's government has none."""
    if not _of_titled_place(body, place):
        return False
    field = _BODY_END.sub("", body[len(place):] if body.startswith(place) else body[1:])
    return len(field) >= 2 and field in title


def _signed_year(doc: Document) -> int | None:
    """The year of the closing date line (落款 "2025年3月12日"), read by `_closing`."""
    m = _YEAR.search(fold(doc.date)) if doc.date else None
    return year_value(m) if m else None


_LATE_MONTH = re.compile(r"年\s*(?:11|12|十一|十二)\s*月")


def _signed_late(doc: Document) -> bool:
    """The closing date line falls in a year's last two months: a plan issued ahead of its year."""
    return bool(doc.date and _LATE_MONTH.search(fold(doc.date)))


# an occasion ("——在某县2025年工作会议上的讲话") names where the text was delivered, not who delivers it
_AT_MEETING = re.compile(r"在.{2,60}?会(?:议)?上")


def _front_line(text: str) -> str:
    """A title-block line without what introduces it: a subtitle's dash ("——某县审计局2025年专题党课"), a
    presenter's label ("主讲人：某局党组书记、局长 某某", "汇报单位：某县某局")."""
    return ORG_FIELD_LABEL.sub("", PRESENTER_LABEL.sub("", SUBTITLE_DASH.sub("", text.strip())))


def _subtitle_org(doc: Document) -> str | None:
    """A title that names no body ("以…护航…发展") over a subtitle that does ("——某县审计局2025年专题党课",
    "某县某局关于…的宣讲"): the body, read as a title's is ([org][year][topic], [org]关于…)."""
    for u in doc.front:
        text = _front_line(u.text)
        org = None if _AT_MEETING.search(text) else org_from_title(text)
        if org is not None:
            return _formal(org, text)
    return None


def _signed_lines(units: list[Unit]) -> list[str]:
    """The lines of these units that sign as a body, a field's label left out ("汇报单位：某街道" signs for 某街道). The
    版记's printing line ("2026年3月2日印发某县委办公室", read date first) names who printed the file, not who issues it."""
    return [text for u in units for text in [ORG_FIELD_LABEL.sub("", u.text.strip())]
            if u.block.furniture is None and not DATE_LINE.match(text) and ORG_AT_END.match(text)
            and not PRINTED_LINE.match(text)]


def _signers(doc: Document, front: bool = True) -> list[str]:
    """The bodies the closing lines and (`front`) the title block sign as, in order: a joint signature ("中共某镇委员会
    某镇人民政府") is its bodies in order."""
    lines = doc.closing + doc.front if front else doc.closing
    return [name for text in _signed_lines(lines) for name in joint_signers(text) if not ADMIN_ONLY.match(name)]


def _joint_issuers(doc: Document) -> str | None:
    """A sign-off of several bodies, side by side or one above the other ("中共某乡委员会　某乡人民政府", a village's
    "某村党支部委员会" over "某村村民委员会"), issues the document jointly: all of them, in their printed order (the
    lead body first, as 联合行文 prints it), joined as a list ("中共某乡委员会、某乡人民政府"). The first alone
    would name half the issuer; none would drop what the page says. Lines that are not each a complete body of
    its own place (a body over its unit, "某县农业农村局" over "综合执法大队") are one name."""
    bodies = joint_signers(" ".join(_signed_lines(doc.closing)))
    return "、".join(dict.fromkeys(bodies)) if len(set(bodies)) > 1 else None


def _masthead_issuer(doc: Document, place: str) -> str | None:
    """The body a 红头's masthead names ("某县人民政府办公室文件" → 某县人民政府办公室) where it is of the place the
    title names alone: the file's own mark of who issues it, its leadership's office included — a seal under a
    notice may only pass a plan on, a masthead is the issuer's name printed over the file. Another place's masthead
    (a county's office passing on its city's plan) names no issuer of this plan."""
    for u in doc.front:
        text = u.text.strip()
        if MASTHEAD.match(text):
            bodies = [b for b in joint_signers(text[:-2]) if ORG_AT_END.match(b) and not ADMIN_ONLY.match(b)]
            return bodies[0] if len(bodies) == 1 and _of_place(bodies[0], place) else None
    return None


def run(doc: Document) -> Document:
    """Title-derived org/year/kind, falling back to the closing lines and the opening text."""
    _closing(doc)
    mentions, year = year_from_title(doc.title)
    term = _own_term(doc)
    if not mentions and term is not None:  # "本方案实施期限为2026—2027年": dated as a title's range would date it
        mentions, year = True, term[0]
    doc.year = year if mentions else year_from_text(doc.units, _signed_year(doc), summary=sums_up(doc.title),
                                                    signed_late=_signed_late(doc))
    # a byline names the issuing body in full ("某市市长 某某" → 某市人民政府); then the title
    byline = next((o for u in doc.front for o in [org_from_byline(_front_line(u.text))] if o), None)
    doc.org = _byline_or_title(byline, _formal(org_from_title(doc.title), doc.title))
    signed = _signers(doc)
    # an issuing body's byline under the title ("临江县发展和改革局", split's `org_byline`) is in `signed` too, and
    # it outweighs the government a congress subtitle names below: a 计划报告 is delivered on the government's
    # behalf, but by the department printed under its title — the more specific issuer
    if doc.org is None and signed:
        doc.org = _joint_issuers(doc) or signed[0]
    elif doc.org is not None and PLACE_ALONE.match(doc.org):
        # "云溪县2024年…工作要点" signed "云溪县应急管理局": the title names the place, the seal the body;
        # unsigned, the page's 信息公开 fields name it ("发文机关：云溪县农业农村局"; a "来源：县农业农村局" credit only
        # says who posted the page: the place the title names stands)
        # — but the place's own leadership (its seal "禾丰镇人民政府", "中共某镇委员会", its office's "某县人民政府办公室")
        # is the place speaking: the name the title gives stands — unless the file's 红头 prints it as the issuer
        # A talk on a document ("《某县…方案》政策宣讲") names the unit giving it on its cover ("宣讲单位：某县某局"):
        # the document's own place stands, refined by a seal only
        place = doc.org
        seals = _signers(doc, front=False) if presents_document(doc.title) else signed
        doc.org = next((o for o in seals if _of_place(o, place) and not _governs(o, place)), None) \
            or _masthead_issuer(doc, place) \
            or next((o for o in [_page_source_in(doc, place)] if o and not _governs(o, place)), None) or place
    elif doc.org is not None:
        # "梅江县妇联2025年工作要点" signed "梅江县妇女联合会": the title shortens the name the seal prints
        doc.org = next((o for o in signed if abbreviates(doc.org, o)), None) or _facility_signer(doc.org, signed) \
            or doc.org
    if doc.org is None and _GOV_REPORT_WORDS.search(doc.title):  # the government reports to the congress its
        doc.org = _congress_government(doc)  # title block names, whoever the page says published it
    if doc.org is None:  # "——某县审计局2025年专题党课" under a title naming no body: the subtitle names it
        doc.org = _subtitle_org(doc)
    if doc.org is None:  # a web page's "来源：某县发展和改革局": who published it, before the body's mentions
        doc.org = _page_source(doc)
    if doc.org is None:  # "——2024年1月10日在安平市第十五届人民代表大会…上": the congress names the place
        doc.org = _congress_government(doc)
    if doc.org is None and _STATE_REPORT.search(doc.title) and any(_NATIONAL_CONGRESS.search(u.text) for u in doc.front):
        doc.org = "国务院"  # "——2019年3月5日在第十三届全国人民代表大会第二次会议上": the national report's
    congress = _CONGRESS_TITLE.match(doc.title) if doc.org is None else None
    if congress:  # "某镇第十八届人民代表大会第五次会议关于…的决议": the congress resolves
        doc.org = f"{congress.group(1)}人民代表大会"
    if doc.org is None:  # "——在某县第十五届纪律检查委员会第四次全体会议上…": the committee in plenary reports
        doc.org = next((o for u in doc.front for o in [_plenary_body(u.text)] if o), None)
    if doc.org is None:
        doc.org = _org_spoken_for(doc.units) or _org_named_as_subject(doc.units) or place_opening(doc.title)
    doc.org = _placed(doc.org, doc)
    dated = next((m for u in doc.front for m in [_YEAR.search(u.text)] if m), None)
    if dated is not None and not mentions:  # "——2018年3月5日在…": the title block dates it
        doc.year = year_value(dated)
    elif not mentions and (page := _page_year(doc)) is not None:  # "发布时间：2026-02-06": the page dates itself
        doc.year = page
    if doc.date is None:  # "——2020年1月7日在…", "（2025年1月8日）", a 发文机关's "2025年1月8日": the day it was delivered or signed
        doc.date = next((m.group(0) for u in doc.front
                         if DATE_SUBTITLE.match(u.text.strip()) or DATE_LINE.match(fold(u.text))
                         for m in [FULL_DATE.search(u.text)] if m), None)
    if doc.year is None:
        doc.year = _signed_year(doc) or revised_year(doc.title)  # "…预案（2025年修订）": when nothing else dates it
    return doc


def finish(doc: Document) -> Document:
    """Kind of document and the year it plans for, once the outline is known: a report that
    reviews 2016 and sets 2017's tasks plans for 2017, whatever year its opening names."""
    if not year_from_title(doc.title)[0] and _own_term(doc) is None:
        staged = None if _front_dated(doc) else schedule_year([s.heading for s in doc.all_sections()])
        doc.year = staged if staged is not None else doc.year  # a plan's first dated stage outweighs its signing
        planned = plan_year([s.heading for s in doc.sections])
        # a report delivered at a year's end ("——2023年12月27日在…") plans the next year: its tasks say so
        if planned is not None and (doc.year is None or not _dated(doc) or planned == doc.year + 1):
            doc.year = planned
    doc.doc_type = doc_type(doc.title, doc)
    if not doc.titled and doc.doc_type in GENRE:  # no title line: say what it is, not the file name
        doc.title = GENRE[doc.doc_type]
    return doc


def _own_term(doc: Document) -> tuple[int, int] | None:
    """The period a plan whose title names no year states for itself ("本方案实施期限为2026—2027年"); a summary
    citing a plan's term ("按照…方案，实施期限为2024—2026年") is dated by the year it sums up."""
    if sums_up(doc.title or "") or year_from_title(doc.title or "")[0]:
        return None
    return stated_term([u.text for u in doc.units])


def _front_dated(doc: Document) -> bool:
    """The title block prints a date ("——2024年1月10日在…", "发布时间：2026-02-06")."""
    return any(_YEAR.search(u.text) or PAGE_DATE.search(u.text) for u in doc.front)


def _dated(doc: Document) -> bool:
    """The title block or closing prints a date: the delivery year stands."""
    return _front_dated(doc) or doc.date is not None
