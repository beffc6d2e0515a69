"""Covers: what wraps a document in its file, set aside so the document starts at its own title.

A 关于印发《X》的通知 over X; a page's preface before a document's full text (…全文如下); the
distribution note (版记) that closes an official document; a page's share bar and its publisher's
credits, which a Word, PDF or slide copy of a page keeps as a web copy does. Each returns the document's units and
the cover's lines, which the caller lists with their reason (never dropped).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jihua.pipeline.model import Unit
from jihua.pipeline.rules import chrome as site
from jihua.pipeline.rules.lexicon import DATE_LINE, FILING_FIELD, FILING_SHEET, FULL_TEXT_CUE, SENTENCE_PUNCT
from jihua.pipeline.rules.numbering import match_label, numbered_line
from jihua.pipeline.rules.titles import ORG_SUFFIX, fold, signs_off
from jihua.pipeline.text.normalize import bare
from jihua.pipeline.title_block import under_title
from jihua.pipeline.title_lines import TITLE_END, clean_title, title_strength
from jihua.schemas.blocks import DISTRIBUTION_LABELS

_COVER_NOTICE = re.compile(r"^(?:[^《“\"，。]{2,30}?)?关于(?:印发|转发|下发)[《“\"]?(.{4,60}?)[》”\"]?的(?:通知|函)$")
# an official document's note on whether it is published ("（此件公开发布）", "（此件依申请公开）"): a line of its
# own, the file's and never the plan's, wherever a copy prints it (〈: OCR's （); its 附注 on who receives it ("（此件发至
# 乡镇）"); the field form GB/T 9704 copies print instead ("公开方式：主动公开", OCR's "公开方式:依申请公开")
_PUBLICATION_NOTE = (r"[（(〈<]\s*此\s*件\s*(?:公开发布|主动公开|不予公开|依申请公开|发\s*至[^（()）〈〉<>]{1,12})\s*[)）〉>]|"
                     r"公\s*开\s*(?:方\s*式|属\s*性)\s*[:：]\s*(?:主动公开|依申请公开|不予公开|不公开|部分公开)")
_PUBLICATION_LINE = re.compile(rf"^(?:{_PUBLICATION_NOTE})$")
# the 版记's line naming who printed it and when: "某办公室 2025年2月5日印发", or the two the other way round where OCR or
# a layout read the date first ("2025年2月5日印发某办公室": an office's name alone after it, ending as an org does —
# never what was issued, "2025年3月12日印发全县安全生产专项整治方案" in a 总结's list ends in a document kind)
_PRINTED_ON = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发"
PRINTED_LINE = re.compile(rf"^(?:.{{2,30}}?\s*{_PRINTED_ON}|{_PRINTED_ON}\s*[^\s，,。；;：:！？!?《》“”]{{1,30}}?{ORG_SUFFIX})$")
# the distribution note (版记) that closes an official document: "抄送：…" (OCR's "抄送:"), the printing line, its
# publication note
_DISTRIBUTION = re.compile(rf"^(?:{DISTRIBUTION_LABELS})\s*[:：]|{PRINTED_LINE.pattern}|^(?:{_PUBLICATION_NOTE})$")


# the bare label a plan is printed under, after the cover notice's sign-off: "附件", "附件1" (no "：")
_BARE_ANNEX_LABEL = re.compile(r"^\s*附\s*件\s*[1１一]?\s*$")


def unwrap_cover_notice(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """"关于印发《X》的通知" + addressees + 现将…印发 + seal and date, then X itself: the plan is X,
    the notice its cover. Returns (units from X on, the cover's lines). X starts where its title
    comes back, or — a plan printed under a bare "附件" label without its title again — right
    after that label, titled by the notice's 《X》."""
    for i, u in enumerate(units[:12]):
        m = _COVER_NOTICE.match(u.text.strip())
        if not m:
            continue
        keys = {bare(name) for name in issued_names([u])} or {bare(m.group(1))}
        for j in range(i + 1, min(len(units), i + 30)):
            if bare(units[j].text) in keys:
                return units[j:], units[:j]
        label = _annex_label_after(units, i)
        if label is None:
            break
        plan = units[label + 1:]
        if title_strength(plan[0], None) and TITLE_END.search(clean_title(plan[0].text)):
            return plan, units[:label + 1]  # the plan prints its own title, worded otherwise
        title = m.group(1).strip()
        return [Unit(text=title, block=u.block.model_copy(update={"text": title, "kind": "title"})), *plan], units[:label + 1]
    return _unwrap_cover_by_form(units)


_NAMED = re.compile(r"《([^《》]{4,60})》")


# a form a notice asks back or encloses ("请于3月20日前将《某县…进度统计表》报送", "…任务分解表", "…台账"): no
# document of its own, whatever 《》 it stands in
_FORM_END = re.compile(r"(?:表|清单|台账|名单|回执|目录)$")


def _names_document(name: str) -> bool:
    """《name》 is a document's: it ends in a document kind (TITLE_END's: 方案, 计划, 要点, 办法…), not a form's."""
    m = TITLE_END.search(clean_title(name))
    return m is not None and not _FORM_END.search(m.group(1))


def issued_names(cover: list[Unit]) -> list[str]:
    """The documents a cover notice issues, by the names its title and words give them in 《》: one, or several
    ("关于印发《某区…实施方案》和《某区…工作方案》的通知") — each a document of its own when printed after it. A form
    it asks back ("将《某县…统计表》报送我局") is none."""
    return list(dict.fromkeys(name.strip() for u in cover if u.block.kind != "table" for name in _NAMED.findall(u.text)
                              if _names_document(name)))


# the cover's note on the one document it sends (附件说明): "附件：某局2024年工作总结", "附件：1．某县…方案"
_ANNEX_NOTE = re.compile(r"^\s*附\s*件\s*[:：]\s*(?:[1１一]\s*[.．、]\s*)?(\S.{3,59}?)\s*$")
_COVER_BODY_MAX = 300  # a cover's words: a sentence or two that send the document, not a text of their own


def _unwrap_cover_by_form(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """A cover told by its form, whatever its 文种 (报告, 请示, 函, a 通知 worded otherwise): addressees on a line of
    their own ("县人民政府："), a short body ("现将《某局2024年工作总结》随文报送，请审阅。"), its 附件说明 naming X
    ("附件：某局2024年工作总结"), seal and date, then a bare "附件" over X's title. The document is X, from its
    title on; the rest is its cover. Returns (units from X on, the cover's lines) — or (units, [])."""
    for i, u in enumerate(units[:12]):
        if u.block.kind == "table" or not _ADDRESSEES.match(u.text.strip()):
            continue
        note = _annex_note_below(units, i)
        if note is None:
            return units, []
        label = _annex_label_after(units, note)
        key = _ANNEX_NOTE.match(units[note].text.strip())
        if label is None or key is None or not _names(units[label + 1], key.group(1)) \
                or not _only_sends(units[:i], units[i + 1:note]):
            return units, []
        return units[label + 1:], units[:label + 1]
    return units, []


# a cover's title that sends X: "关于报送2024年工作总结的报告", "关于呈报…的请示" (印发/转发 as _COVER_NOTICE reads them)
_SENDS_TITLE = re.compile(r"关于(?:报送|呈报|上报|呈送|提交|印发|转发|下发|印送)")
# a cover's sentence that sends X: "现将《某局2024年工作总结》随文报送", "现将我局…报送如下", "《X》随文附后", "详见附件",
# "请审阅"; a 函's "现将方案随函送上", "随函附上" — never "现将有关事项通知如下" (a notice's own text follows)
_SENDS = re.compile(r"现将[^。；;]{0,60}?(?:报送|呈报|上报|呈送|报上|提交|印发|转发|下发|印送|附后|送上|附上|寄送)|"
                    r"随(?:文|函)(?:报送|呈报|附上|附送|附后|送上|寄送)|《[^》]{2,60}》[^。；;，,]{0,6}(?:报送|呈报|上报|呈送|提交|附后)|"
                    r"详见附件|请(?:审阅|审议)")
# words of a cover's own: a field line ("参会人员：…", "时间：…"; not its 联系人), a deadline it sets ("请各单位于3月10日前
# 将名单报…"), a figure ("零售总额42.6亿元", "经费186万元") once X's name and dates are read off
_OWN_FIELD = re.compile(r"^[^\s:：，,。；;！？!?]{2,8}\s*[:：]\s*\S")
_OWN_DEADLINE = re.compile(r"请[^。；;]{0,20}?(?:于|在)[^。；;]{0,20}?(?:前|之前|以前)")
_NAMED_OR_DATED = re.compile(r"《[^》]*》|(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{1,2}\s*月\s*\d{1,2}\s*日")


def _only_sends(head: list[Unit], body: list[Unit]) -> bool:
    """The cover's words only send X: its title says so ("关于报送…的报告") or its body does ("现将《X》随文报送，请审阅。"),
    and the body says nothing of its own — no figures, field lines or deadlines. A short 报告 that reports ("上半年零售
    总额增长6.8%…"), a meeting notice ("参会人员：…"), a 请示 asking for funds ("所需经费186万元") are the document; the
    annex is theirs."""
    texts = [u.text.strip() for u in body if u.block.kind != "table"]
    sends = any(_SENDS_TITLE.search(u.text) for u in head) or any(_SENDS.search(t) for t in texts)
    return sends and not any(_own_words(t) for t in texts)


def _own_words(text: str) -> bool:
    """A field line, a deadline or a figure of the cover's own (X's name and dates read off first). The contact line
    ("联系人：某某，联系电话：0000-1234567") is the cover's furniture, whatever figures its number holds."""
    if _NOTICE_OWN.match(text):
        return False
    if _OWN_FIELD.match(text) or _OWN_DEADLINE.search(text):
        return True
    return re.search(r"\d", _NAMED_OR_DATED.sub("", text)) is not None


def _annex_note_below(units: list[Unit], addressees: int) -> int | None:
    """The 附件说明 under a cover's addressees, after a short body with no numbered part of its own (a notice's
    "一、高度重视…" is a text of its own, not a cover's words)."""
    size = 0
    for j in range(addressees + 1, min(len(units), addressees + 6)):
        u = units[j]
        if u.block.kind == "table" or match_label(u.text) is not None:
            return None
        if _ANNEX_NOTE.match(u.text.strip()):
            return j
        size += len(u.text)
        if size > _COVER_BODY_MAX:
            return None
    return None


def _names(unit: Unit, name: str) -> bool:
    """The line is a document's title like the one the 附件说明 names ("附件：2024年工作总结" over "某局2024年工作总结")."""
    title, key = bare(clean_title(unit.text)), bare(name)
    return _titled(unit) and bool(key) and (title == key or key in title or title in key)


# the notice's addressees (主送) on a line of their own, as a salutation is: "各乡镇人民政府，县直各单位："
_ADDRESSEES = re.compile(r"^[^。！？；;:：]{2,150}[:：]$")
# the notice passes on a document its issuer did not make: its principal approved it ("已经县人民政府同意",
# "经市委、市政府同意", "经县政府第5次常务会议研究同意") or another body wrote it (关于转发…): the seal below signs
# the notice, not the plan. ("经研究，现将…印发" or "经局党组会议研究同意": the issuer's own plan — its seal stands.)
_APPROVED_ABOVE = re.compile(r"经[^，。；]{0,30}?(?:政府|党委|[省市县区镇乡]委)[^，。；]{0,20}?(?:同意|批准)")
_PASSED_ON_TITLE = re.compile(r"关于转发")
# the paragraph that issues the plan ("现将《某县…方案》印发给你们", "…已经县人民政府同意，现转发给你们"): the
# notice's other words (its own requirements "一、高度重视。各乡镇要…", its contact "联系人：李华，电话：…", its
# 附件 list) speak for the notice, not the plan — kept in `removed` with the cover
_ISSUES = re.compile(r"现将|(?:印发|转发|下发|印送)(?:给|你们)|经[^，。；]{0,40}?(?:同意|批准)")
_NOTICE_OWN = re.compile(r"^\s*(?:联\s*系\s*(?:人|电\s*话|方\s*式)|附\s*件)")


def cover_text(cover: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """The notice's own words in its cover — its addressees ("各乡镇人民政府，县直各单位：") and the paragraphs that
    issue the plan ("《某县…方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。"): the file's text, kept as
    the document's preamble, never lost with the cover. The rest — 红头, 文号, the notice's title, its list of
    annexes, seal and date — is the notice's furniture. Returns (text, furniture)."""
    at = next((i for i, u in enumerate(cover) if _COVER_NOTICE.match(u.text.strip())), None)
    by_form = at is None
    if at is None:  # a cover told by its form (_unwrap_cover_by_form): its words start at its addressees
        at = next((i - 1 for i, u in enumerate(cover) if u.block.kind != "table" and _ADDRESSEES.match(u.text.strip())), None)
    if at is None:
        return [], cover
    text: list[Unit] = []
    for u in cover[at + 1:]:
        line = u.text.strip()
        if u.block.kind == "table" or u.block.furniture is not None:
            continue
        if _sign_off_date(line) or _NOTICE_OWN.match(line) or numbered_line(line):
            break  # its sign-off, contact, annex list or its own numbered requirements: the notice's, never the plan's
        if (SENTENCE_PUNCT.search(line) and (_ISSUES.search(line) or (by_form and _SENDS.search(line)))) \
                or (not text and _ADDRESSEES.match(line)):
            text.append(u)
    if len(text) == 1 and _ADDRESSEES.match(text[0].text.strip()):
        text = []  # addressees over no kept sentence ("县人民政府：" alone): set aside with the sentences under them
    return text, [u for u in cover if all(u is not t for t in text)]


def passes_on(cover: list[Unit], text: list[Unit]) -> bool:
    """The notice passes on a document its issuer did not make (see _APPROVED_ABOVE): its seal is no
    evidence of the plan's org, which its own title or signature gives."""
    return any(_PASSED_ON_TITLE.search(u.text) for u in cover) or any(_APPROVED_ABOVE.search(u.text) for u in text)


def after_full_text_cue(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """A page that gives a document's full text after a preface of its own (a 政策解读's parts, an
    editor's note, a news lead) cues it ("附：方案全文", "…全文如下：", "…以下为报告全文："): the document
    starts at the title printed right under the cue. Returns (units from that title on, the preface up
    to the cue) — only when the preface is short beside the document: under half its length, or under
    1.5 times it when the preface names the document (a plan that appends another one in full is no
    preface to it). A news page prints the report's title block under its lead, not its title again
    ("——2024年1月8日在…会议上"): then the page's headline above the lead is the title, and only the
    lines between it and the cue are the preface."""
    for i, u in enumerate(units[:80]):
        if u.block.kind == "table" or not FULL_TEXT_CUE.search(u.text.strip()) or i + 1 >= len(units):
            continue
        if _titled(units[i + 1]):
            title, preface, document = units[i + 1], units[:i + 1], units[i + 1:]
        elif under_title(units[i + 1]) and (above := _headline_above(units, i)) is not None:
            title, preface, document = units[above], units[above + 1:i + 1], units[:above + 1] + units[i + 1:]
        else:
            continue
        named = bare(clean_title(title.text)) in bare("".join(p.all_text for p in preface))
        if 2 * _length(preface) < _length(document) or (named and 2 * _length(preface) < 3 * _length(document)):
            return document, preface
    return units, []


_LEAD_SPAN = 4  # a news lead: a paragraph or two (a photo's caption, a dateline) between headline and title block


def lead_under_headline(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """A news page without a cue: its headline names the document it carries ("某县政府工作报告（全文）"), a lead
    reports the occasion ("本报讯（记者 某某）…县长某某作政府工作报告。"), then the document prints its own title
    block ("政府工作报告" over "——2025年1月9日在…会议上"). The lead has no heading and no numbered part — no
    document of its own, a preface as after_full_text_cue's. Returns (units from the printed title on, the
    headline and the lead), only when the lead is short beside the document."""
    for k in range(2, min(len(units) - 1, _LEAD_SPAN + 2)):
        if not (_titled(units[k]) and under_title(units[k + 1])):
            continue
        key = bare(clean_title(units[k].text))
        head = next((j for j in range(k - 1) if key and key in bare(clean_title(units[j].text))
                     and not SENTENCE_PUNCT.search(clean_title(units[j].text))), None)
        lead = units[head + 1:k] if head is not None else []
        if lead and all(u.block.kind != "table" and match_label(u.text) is None for u in lead) \
                and any(SENTENCE_PUNCT.search(u.text) for u in lead) and 2 * _length(units[:k]) < _length(units[k:]):
            return units[k:], units[:k]
        return units, []
    return units, []


def _titled(unit: Unit) -> bool:
    """A line that reads as a document's title: set or worded as one, ending in its kind."""
    return bool(title_strength(unit, None)) and TITLE_END.search(clean_title(unit.text)) is not None


def _headline_above(units: list[Unit], cue: int) -> int | None:
    """The last title line above a cue: the headline a news lead stands under."""
    return next((j for j in range(cue - 1, -1, -1) if _titled(units[j])), None)


def _length(units: list[Unit]) -> int:
    return sum(len(u.all_text) for u in units)


def _annex_label_after(units: list[Unit], notice: int) -> int | None:
    """The bare annex label ("附件", "附件1") under a cover notice: only after the notice's sign-off
    date, and not the notice's own list of annexes ("附件：" over "1.X" / "2.Y"), with the plan's
    text under it."""
    signed = False
    for j in range(notice + 1, min(len(units) - 1, notice + 20)):
        u = units[j]
        if u.block.kind == "table":
            continue
        if not signed:
            signed = _sign_off_date(u.text)
            continue
        if _BARE_ANNEX_LABEL.match(u.text):
            return None if _numbered_entries(units[j + 1:j + 3]) else j
        if match_label(u.text) is not None:
            return None
    return None


# the cover's 附注 in brackets, run onto its date where a PDF's lines were joined: "2025年1月10日（联系人：某某，电话：…）"
_DATE_THEN_NOTE = re.compile(r"^(.{6,20}?日)\s*[（(][^（()）]{2,60}[)）]\s*$")


def _sign_off_date(text: str) -> bool:
    """The cover's date under its seal ("2025年1月10日"), alone or with its bracketed 附注 run onto it."""
    m = _DATE_THEN_NOTE.match(text.strip())
    return DATE_LINE.match(fold(m.group(1) if m else text)) is not None


def _numbered_entries(units: list[Unit]) -> bool:
    """Two numbered lines in a row: a list of annexes' names, not a plan's text."""
    return len(units) == 2 and all(u.block.kind != "table" and match_label(u.text) is not None for u in units)


# the 版记's first field run onto the text's last sentence ("…如期完成。抄送：…"): where a page break or a
# text copy joined the two
_GLUED_DISTRIBUTION = re.compile(rf"(?<=[。！？])\s*(?=(?:{DISTRIBUTION_LABELS})\s*[:：])")


def distribution_note(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """The 版记 lines at the very end (抄送, the printing office and date): the file's, not the plan's.
    A 版记 glued to the text's last paragraph is cut off it at the sentence's end."""
    end = len(units)
    while end > 0 and len(units) - end < 4 and units[end - 1].block.kind != "table" \
            and _DISTRIBUTION.match(units[end - 1].text.strip()):
        end -= 1
    if sum(PRINTED_LINE.match(u.text.strip()) is not None for u in units[max(end - 1, 0):]) > 1:
        return units, []  # a 版记 prints one printing line: several in a row (and above) are a list inside the text
    body, note = units[:end], units[end:]
    # a note glued onto the last paragraph only over the rest of a 版记 ("…印发" under it): a plan's last
    # sentence may itself name where its returns go ("…报送市督查室。主送：…；抄送：…。")
    if body and 0 < len(note) < 4 and (cut := _glued_note(body[-1])) is not None:
        return [*body[:-1], cut[0]], [cut[1], *note]
    return body, note


_FILING_FIELDS_MIN = 2  # field lines under the sheet's name: its name alone is a word, not a sheet
_LEADING_DATE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")


def _filing_line(unit: Unit) -> bool:
    """A line of a 卷内备考表: one of its fields or its note, however long ("本卷共有文件材料9件，…，已按件号顺序排列。"),
    a date, or a date with the next field run onto it; a table whose rows open on its fields."""
    if unit.block.kind == "table":
        return any(row and FILING_FIELD.match(re.sub(r"\s+", "", row[0] or "")) for row in unit.block.rows or [])
    text = re.sub(r"\s+", "", unit.text)
    rest = _LEADING_DATE.sub("", text)
    return FILING_FIELD.match(rest) is not None or (rest != text and not rest)


def filing_sheet(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """An archive's 卷内备考表 filed right under the document's sign-off ("某镇人民政府" / "2025年1月8日", then "卷内备考表",
    档号, 本卷情况说明, 立卷人, 检查人, 互见号): filing furniture, not the document's text — set aside whole, however
    long its note. Only under a sign-off and with its fields under its name. Returns (the other units, the sheet)."""
    for i in range(2, len(units)):
        if units[i].block.kind == "table" or not FILING_SHEET.match(re.sub(r"\s+", "", units[i].text)) \
                or not signs_off(units[i - 2].text.strip(), units[i - 1].text.strip()):
            continue
        end = i + 1
        while end < len(units) and _filing_line(units[end]):
            end += 1
        if end - i - 1 >= _FILING_FIELDS_MIN:
            return units[:i] + units[end:], units[i:end]
    return units, []


def _glued_note(unit: Unit) -> tuple[Unit, Unit] | None:
    """The paragraph's text and the 版记 run onto its end, as two units; None when none is glued on."""
    if unit.block.kind == "table" or (m := _GLUED_DISTRIBUTION.search(unit.text)) is None:
        return None
    text, note = unit.text[:m.start()], unit.text[m.end():]
    return (Unit(text=text, block=unit.block.model_copy(update={"text": text})),
            Unit(text=note, block=unit.block.model_copy(update={"text": note})))


def publication_notes(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """The publication note on a line of its own wherever it stands — under the title, above the 文号, in a
    portal's copy that moved it up from the 版记: the file's, never a heading or a paragraph of the plan.
    Returns (the other units, the notes)."""
    return _lines_of_their_own(units, lambda _i, text: _PUBLICATION_LINE.match(text) is not None)


def share_rows(units: list[Unit], web_copy: bool = False) -> tuple[list[Unit], list[Unit]]:
    """A page's share bar on a line of its own, in whatever file kept it — a Word or PDF copy of a news page
    carries it as a web copy does: with its label ("分享到：微信 微博 QQ空间") anywhere; its links alone
    ("微信微博QQ空间") in a web copy, or elsewhere beside the label or the page's other chrome (its
    publication line above it). A Word plan's bold "微信/微博" over its paragraph is the plan's heading.
    Returns (the other units, the share rows)."""
    def share(i: int, text: str) -> bool:
        if site.SHARE_LABELLED.match(text):
            return True
        return site.SHARE_ROW.match(text) is not None and (web_copy or _beside_chrome(units, i))
    return _lines_of_their_own(units, share)


def _page_chrome(unit: Unit) -> bool:
    """A line only a page prints: a share label, its publication line, its site-only phrases and meta lines
    (a bare row of services is not evidence for another)."""
    text = unit.text.strip()
    if unit.block.kind == "table" or not text:
        return False
    return bool(site.SHARE_LABELLED.match(text) or site.publication_line(text) or site.SITE_ONLY.search(text)
                or site.UI_ACTIONS.match(text) or (not site.SHARE_ROW.match(text) and site.CHROME_LINE.match(text)))


def _beside_chrome(units: list[Unit], i: int) -> bool:
    """The line just above or below units[i] is the page's chrome."""
    return any(0 <= j < len(units) and _page_chrome(units[j]) for j in (i - 1, i + 1))


def credit_lines(units: list[Unit], web_or_slides: bool = False) -> tuple[list[Unit], list[Unit]]:
    """The publisher's production credits: a line of two credit fields or more wherever it stands ("来源：某区
    人民政府　制图：某融媒体中心　监制：某某", a 图解 deck's last slide), or one publisher's field alone as the
    file's last line ("来源：某区人民政府"). Outside a web page or a slide deck the line needs a field only a
    publisher prints (来源, 制图, 监制…): a plan's procedure "初审：各乡镇　复审：县农业农村局" is its text.
    Returns (the other units, the credits)."""
    if units and (cut := _glued_credits(units[-1], web_or_slides)) is not None:
        units = [*units[:-1], *cut]
    return _lines_of_their_own(units, lambda i, text: _credits(text, web_or_slides)
                               or (i == len(units) - 1 and _closing_field(units, i)))


def _credits(text: str, web_or_slides: bool) -> bool:
    """Two credit fields or more on the line, one of them a publisher's unless the file is a page or a deck."""
    return site.CREDIT_LINE.match(text) is not None and (web_or_slides or site.PUBLISHER_FIELD.search(text) is not None)


def _closing_field(units: list[Unit], i: int) -> bool:
    """units[i], the last line, is one publisher's field ("来源：某区人民政府") that closes no list of "X：value"
    lines: under "策划：县委宣传部" / "统筹：县文旅局" a "制作：…" or "来源：…" is the list's last item (credits
    above it, though, go on in it)."""
    text = units[i].text.strip()
    if not site.PUBLISHER_FIELD_LINE.match(text):
        return False
    above = units[i - 1].text.strip() if i > 0 and units[i - 1].block.kind != "table" else ""
    return not site.FIELD_ITEM.match(above) or _credits(above, False) or site.PUBLISHER_FIELD_LINE.match(above) is not None


_HEADLINE_MAX = 60  # as long as a title line may be (title_lines.title_strength)


def page_header_lines(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """A page's publication line in the title block, as a Word or PDF copy of a news or portal page keeps it
    ("某县部署…工作" over "2027年1月18日10:05　来源：某日报"): above the text — before its first sentence or
    numbered part, among the file's first lines — the page's, never the title or a heading. (Further down, a
    line of fields may be a form's: it stays.) Returns (the other units, the publication lines)."""
    top = 0
    for top, unit in enumerate(units[:site.OPENING]):  # noqa: B007 (where the text starts)
        text = unit.text.strip()
        if unit.block.kind != "table" and (SENTENCE_PUNCT.search(text) or match_label(text)):
            break
    else:
        top = min(len(units), site.OPENING)
    found = [u for u in units[:top] if u.block.kind != "table" and site.publication_line(u.text)]
    return [u for u in units if all(u is not f for f in found)], found


def headline_over(units: list[Unit], header: list[Unit]) -> Unit | None:
    """The line right above a page's publication line: the article's headline, as the page sets it ("某县部署…工作"
    over "2027年1月18日10:05　来源：某日报") — None when that line is no title's shape (a sentence, a numbered part,
    a table, a long line)."""
    if not header:
        return None
    at = next((i for i, u in enumerate(units) if u is header[0]), 0)
    above = units[at - 1] if at > 0 else None
    if above is None or above.block.kind == "table" or len(clean_title(above.text)) > _HEADLINE_MAX:
        return None
    text = clean_title(above.text)
    return above if text and not SENTENCE_PUNCT.search(text) and not match_label(text) else None


def _glued_credits(unit: Unit, web_or_slides: bool) -> tuple[Unit, Unit] | None:
    """The last paragraph's text and the credits run onto its end ("…新增床位300张。来源：某县人民政府"), as two
    units; None when the paragraph ends in no credits (a sentence naming its "来源：" goes on: "。来源：…，…")."""
    if unit.block.kind == "table":
        return None
    for m in site.GLUED_CREDITS.finditer(unit.text):
        text, tail = unit.text[:m.start()], unit.text[m.end():].strip()
        if text.strip() and (_credits(tail, web_or_slides) or site.PUBLISHER_FIELD_LINE.match(tail)):
            return (Unit(text=text, block=unit.block.model_copy(update={"text": text})),
                    Unit(text=tail, block=unit.block.model_copy(update={"text": tail})))
    return None


def _lines_of_their_own(units: list[Unit], test: Callable[[int, str], bool]) -> tuple[list[Unit], list[Unit]]:
    """The non-table units whose whole text passes `test(index, text)`, apart from the rest."""
    kept: list[Unit] = []
    found: list[Unit] = []
    for i, unit in enumerate(units):
        hit = unit.block.kind != "table" and test(i, unit.text.strip())
        (found if hit else kept).append(unit)
    return kept, found
