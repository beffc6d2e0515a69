"""Title block: the lines a document prints between its title and its body.

A date subtitle, an occasion, a masthead, a document number, a byline (a person's, or the issuing
body's), a rule drawn in characters: split keeps them with the title, out of the body text, and
meta reads them for the document's date and issuing body.
"""

from __future__ import annotations

import re

from jihua.pipeline.model import Unit
from jihua.pipeline.rules.lexicon import (
    BYLINE,
    DATE_LINE,
    DATE_SUBTITLE,
    DOC_NUMBER,
    MASTHEAD,
    NEWS_BYLINE,
    OCCASION,
    PRESENTER,
    SALUTATION,
    SECTION_CUES,
    SIGNER_LINE,
)
from jihua.pipeline.rules.lexicon import SENTENCE_PUNCT as _SENTENCE_PUNCT
from jihua.pipeline.rules.numbering import match_label
from jihua.pipeline.rules.titles import (
    ABOUT,
    ADMIN_ONLY,
    NOT_ORG,
    ORG_POST_NAME,
    date_only,
    org_name_line,
    signs_off,
    unbracketed,
)
from jihua.pipeline.title_lines import TITLE_END

# a date subtitle's "——" as OCR reads it off a scan: two dash look-alikes, "一" among them ("-一2025年…在…会议上",
# "一一2025年…", "--在…"); typed text keeps its dash, and a bullet "-" alone is no subtitle's
_OCR_DASH = re.compile(r"^(?:[-—－–][-—－–一]|一[-—－–一])\s*(?=(?:19|20)\d{2}\s*年|在)")
BARE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{2,6})?$")


def title_block_line(unit: Unit, after_title: bool) -> bool:
    """A date subtitle ("——2018年3月5日在…"), a masthead ("某局党组文件"), a document number ("某发〔2025〕1号",
    with its 签发人 or not), a byline ("国务院总理 李克强", or a news page's "本报记者 某某" over the report it carries)
    or a rule drawn in characters; right under a title, a bare
    name of two to four characters that names no part is a byline too."""
    text = unit.text.strip()
    if unit.block.kind != "table" and text and not any(ch.isalnum() for ch in text):
        return True  # a rule drawn in characters (━━━ under a 红头's masthead): no words, no title's half
    if unit.block.ocr and (dashed := _OCR_DASH.match(text)):
        text = "——" + text[dashed.end():]  # (the look-alike also reads as a bullet "-", so before the label test)
    if unit.block.kind == "table" or not text or _SENTENCE_PUNCT.search(text) or match_label(text):
        return False
    if DATE_SUBTITLE.match(text) or DOC_NUMBER.match(text) or SIGNER_LINE.match(text) or MASTHEAD.match(text) \
            or PRESENTER.match(text) \
            or BYLINE.match(re.sub(r"\s+", " ", text)) or NEWS_BYLINE.match(text) or (after_title and DATE_LINE.match(text)):
        return True
    if after_title and (ORG_POST_NAME.match(text) or OCCASION.match(text)):  # a byline whatever the post; the occasion
        return True
    # ("作总结", the tail of a title wrapped mid-word, ends in a document kind: no name does)
    return after_title and bool(BARE_NAME.match(text)) and not any(p.search(text) for _, p in SECTION_CUES) \
        and not TITLE_END.search(text)


def dated_issuer(rest: list[Unit]) -> bool:
    """"某县审计局" over "（2025年1月20日）" right under the title: the issuing org and the date it
    signed, printed in the title block (as a 发文机关 box does), not a body line and a heading."""
    return len(rest) >= 2 and _org_line(rest[0]) and signs_off(rest[0].text, unbracketed(rest[1].text))


def _org_line(unit: Unit) -> bool:
    """A line that is an org's name and nothing else: no list of names ("、"), no sentence, no part's cue."""
    text = unit.text.strip()
    return (unit.block.kind != "table" and "、" not in text and not _SENTENCE_PUNCT.search(text)
            and not any(p.search(text) for _, p in SECTION_CUES) and org_name_line(text))


def org_byline(rest: list[Unit]) -> bool:
    """"临江县发展和改革局" alone under a report's title (or under its occasion line), or "桐川市统计局"
    over "国家统计局桐川调查队" over a date under a 统计公报's: the issuing body's byline, printed where a
    speech prints its speaker — title block, not the body's first paragraph.

    Kept narrow on purpose: a short org-like line under a title may just as well be the body's own
    first heading (the first unit in a list of units and their tasks, "县委宣传部" over "1. 负责…"),
    and taking every such line for a byline costs those documents their parts. So the line must be
    an org's name alone (no verb, no sentence, no bare level or office), and the run of at most three
    such lines must end on what only follows a title block: another title-block line (a date, an
    occasion, a person's byline), the address that opens a report ("各位代表：") or its first part
    ("一、…"). Meta takes the first of these lines for the issuing body."""
    run = next((k for k, u in enumerate(rest[:4]) if not (_org_line(u) and _names_a_body(u.text))), len(rest[:4]))
    return 0 < run < len(rest) and run <= 3 and _closes_title_block(rest[run])


# the group a survey's or a draft's authors form ("某县委政策研究室调研组", "专题调查组", "起草组"): named in its
# report's byline, no standing body
_AUTHOR_GROUP = re.compile(r"(?:调研|调查|课题|起草|写作|专题|督查|督导|考察|评估)组$")
_BODY_OPENING = 30  # a body's opening paragraph is longer than any byline
_UNIT_LIST_SPAN = 40  # where a list of units would name its next unit


def author_byline(rest: list[Unit]) -> bool:
    """A body's name alone right under the title, over the text's opening paragraph ("某县委政策研究室调研组"
    over "发展壮大…，形成本报告。"): who wrote it, a byline in every format — unlabelled, no part's name, and
    never over a list or a numbered part, nor the first of several such names (a list of units and their tasks:
    "县农业农村局" / "全年新建…。" / "县水利局" / "完成…。")."""
    if len(rest) < 2 or rest[0].block.kind == "table" or rest[1].block.kind == "table":
        return False
    text, opening = rest[0].text.strip(), rest[1].text.strip()
    names = _AUTHOR_GROUP.search(text) is not None or (org_name_line(text) and _names_a_body(text))
    return (names and len(text) <= 30 and not _SENTENCE_PUNCT.search(text) and match_label(text) is None
            and not any(p.search(text) for _, p in SECTION_CUES)
            and len(opening) > _BODY_OPENING and _SENTENCE_PUNCT.search(opening) is not None and match_label(opening) is None
            and not any(_org_line(u) for u in rest[2:_UNIT_LIST_SPAN]))


def _names_a_body(text: str) -> bool:
    """An org's name, not a task ("关于…", "做好…", "推进…": a verb names what is to be done) and not a
    bare level or office ("县委", "办公室"), which heads a list as easily as it signs a report."""
    org = text.strip()
    return not (NOT_ORG.search(org) or ABOUT.search(org) or ADMIN_ONLY.match(org))


def under_title(unit: Unit) -> bool:
    """A line a title block holds under its title: a date, or one of its lines other than a bare
    two-to-four-character name (which may be a list's next entry)."""
    return (title_block_line(unit, after_title=True) and not BARE_NAME.match(unit.text.strip())) or date_only(unit.text)


def _closes_title_block(unit: Unit) -> bool:
    """What follows a title block and nothing else: one of its lines (a date, an occasion, a person's
    byline — not a bare two-to-four-character name, which may be a list's next entry), the report's
    salutation ("各位代表：") or its first numbered part ("一、…", "第一部分…")."""
    text = unit.text.strip()
    label = match_label(text)
    first_part = label is not None and label[0].ordinal == 1 and label[0].family in ("cn", "part", "chapter")
    return unit.block.kind != "table" and (under_title(unit) or SALUTATION.match(text) is not None or first_part)
