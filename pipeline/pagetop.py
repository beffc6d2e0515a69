"""The lines above a web copy's text: the page's headline glued to its stamp, a news page's "原标题", an
account's teaser pointing down to the article and its byline (when and where it was posted). Each is the
page's or the account's, not the document's: set aside with its reason, or (a headline, 原标题) made the
title. Part of the web-copy stage (pipeline/webcopy.py), which runs these before its line-by-line chrome."""

from __future__ import annotations

import re

from jihua.pipeline.model import ParseState, Unit
from jihua.pipeline.pagebreaks import titled as _titled
from jihua.pipeline.pageparts import FULL_SENTENCE as _FULL_SENTENCE
from jihua.pipeline.rules import chrome as site
from jihua.pipeline.rules.numbering import numbered_line
from jihua.pipeline.rules.titles import HEADLINE_DECOR, org_name_line
from jihua.pipeline.text.normalize import bare


def account_name(text: str, posted: bool) -> bool:
    """An account's or a site's name: a short run of Han characters, no punctuation, no number,
    no document kind ("某某发布", "某某融媒"), no field label ("活动时间", "地点"). An office's name
    ("县某某办", "某某局") is one only with evidence of a post (`posted`): without it, over a dated line, it is
    the issuer of a plan's notice ("县安委办" / "2025年2月20日 9:00")."""
    t = text.strip()
    return (2 <= len(t) <= 12 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z·]+", t) is not None and not _titled(t)
            and not site.WHEN_WHERE_LABEL.match(t) and (posted or not org_name_line(t)))


def opening(units: list[Unit]) -> list[int]:
    """The lines above the text: before its first numbered part or sentence, near the page's top."""
    top: list[int] = []
    for i, unit in enumerate(units[: site.OPENING]):
        if numbered_line(unit.text) or _FULL_SENTENCE.search(unit.text):
            break
        if unit.block.kind != "table":
            top.append(i)
    return top


def title_meta_apart(units: list[Unit], state: ParseState) -> list[Unit]:
    """A select-all copy runs the page's headline into its meta ("…工作要点2025-02-18 10:21", "…工作要点
    (2024-03-05 09:12:33)转载▼", "…工作要点某某 收藏于 2023-03-02 | 阅 1234"): above the text, such a line is
    the title and the page's stamp. The title stays (as the title); the stamp is set aside, listed."""
    out: list[Unit] = []
    top = opening(units)
    _original_title(units, top)
    headlines = [i for i in top if site.HEADLINE_GLUED_STAMP.match(units[i].text.strip())]
    # one title: several such lines above the text are a list of dated links (最新文章), not the headline
    titled = [i for i in top if site.TITLE_GLUED_META.match(units[i].text.strip())]
    for i, unit in enumerate(units):
        m = site.TITLE_GLUED_META.match(unit.text.strip()) if titled == [i] else None
        if m is None and headlines == [i]:
            m = site.HEADLINE_GLUED_STAMP.match(unit.text.strip())
        if m is None:
            out.append(unit)
            continue
        state.set_aside([m.group("meta")], "the page's stamp (date, poster, counts) glued to the title")
        out.append(Unit(text=m.group("title"), block=unit.block.model_copy(update={"kind": "title", "text": m.group("title")})))
    return out


def _teaser(text: str) -> bool:
    """A short line that points down to the article ("一起来看⬇️") and is no headline ("…工作计划来了👇")."""
    t = text.strip()
    return len(t) <= site.TEASER_MAX and site.TEASER.search(t) is not None \
        and not _titled(HEADLINE_DECOR.sub("", site.TEASER.sub("", t)).strip())


def teasers_aside(units: list[Unit], state: ParseState) -> list[Unit]:
    """An account's teaser above the text ("新春开局，这份计划请收好👇"): the editor's voice, not the document's.
    Only near the top, before the first numbered part — a line pointing down in the body is the text's."""
    first_part = next((i for i, u in enumerate(units) if u.block.kind != "table" and numbered_line(u.text)), len(units))
    out: list[Unit] = []
    for i, unit in enumerate(units):
        if i < min(first_part, site.OPENING) and unit.block.kind != "table" and _teaser(unit.text):
            state.set_aside([unit.text], "the account's teaser pointing down to the article (👇), above its text")
            continue
        out.append(unit)
    return out


def posted_copy(units: list[Unit]) -> bool:
    """Evidence that the copy is an account's post: a line only a post carries, wherever it stands — a call to
    follow ("点击蓝字关注我们"), a list of earlier posts (往期推荐), a media placeholder ("[图片]"), a teaser
    pointing down ("…请收好👇"), the END mark, a 阅读原文 / 原创 / 公众号 line. A plan copied as plain text
    has none of them."""
    for unit in units:
        t = unit.text.strip()
        if unit.block.kind == "table" or not t:
            continue
        if (site.MEDIA_PLACEHOLDER.match(t) or site.END_MARK.match(t) or site.POST_MARK.match(t) or _teaser(t)
                or (len(t) <= site.TEASER_MAX and site.SITE_ONLY.search(t) is not None and not _FULL_SENTENCE.search(t))):
            return True
    return False


def datelines_aside(units: list[Unit], state: ParseState, posted: bool) -> list[Unit]:
    """An account's byline above the article ("某某发布  2025年03月08日 18:30 四川"): when and where it was
    posted, not the document's date. Only above the text (before its first sentence or numbered part): in
    the body, a dated line with a clock time is the plan's own programme. The account's name alone on the
    line over it goes with it ("某某发布" / "2025年03月08日 18:30").

    A plan's notice may open with the same shape ("2025年3月8日 9:00 某县会议中心", under its issuer "县某办"):
    the line is a byline only with evidence of a post — other marks of one in the copy (`posted`), the account
    named on the line, or a date padded as a platform stamps it ("2025年03月08日 08:12"); never under a field's
    label ("会议时间" / "2025年3月8日 9:00"), never with a venue for its place ("… 9:00 县体育馆")."""
    top = opening(units)
    aside: set[int] = set()
    for i in top:
        t = units[i].text.strip()
        m = site.POST_DATELINE.match(t)
        if m is None or _titled(t) or (m.group("place") and site.VENUE.search(m.group("place"))):
            continue
        above = i - 1 if i - 1 in top and i - 1 not in aside and units[i - 1].block.kind != "title" else None
        if above is not None and site.WHEN_WHERE_LABEL.match(units[above].text.strip()):
            continue  # the field's value
        account = m.group("account")
        if account is not None and not account_name(account, posted=True):
            continue  # "活动时间 2025年3月8日 9:00": a field and its value, no account
        if not (posted or account or site.PADDED_STAMP.search(t)):
            continue
        aside.add(i)
        state.set_aside([units[i].text], "the account's byline above the article: the date and time it was posted")
        if account is None and above is not None and account_name(units[above].text, posted):
            aside.add(above)
            state.set_aside([units[above].text], "the account's name above its byline")
    return [u for i, u in enumerate(units) if i not in aside]


def _original_title(units: list[Unit], top: list[int]) -> None:
    """A news page's "原标题：X" above the text, X a document's title by its kind ("…工作要点"): the
    document's own title, over the paper's headline — the line becomes that title (its label dropped).
    Under a headline that already reads X, the note adds nothing: it stays the page's line."""
    for i in top:
        m = site.ORIGINAL_TITLE.match(units[i].text.strip())
        if m:
            title = m.group("title").strip()
            if any(bare(units[j].text) == bare(title) for j in top if j < i):
                return
            units[i] = Unit(text=title, block=units[i].block.model_copy(update={"kind": "title", "text": title,
                                                                                "role": "page_title"}))
            return


_TAGS = "the blog post's tags and category (标签/分类) under its title: how the platform files it, not its text"
_MOST_TAGS = 8  # value lines under one label: a longer run of short lines is a list of the text's


def post_tags_aside(units: list[Unit], state: ParseState) -> list[Unit]:
    """A blog's tags and category above the post's text, each value on a line of its own as a copy keeps them
    ("标签：" / "工作计划" / "2026" / "文旅" / "分类： 工作文档"): set aside whole — left in, a tag that names a
    document kind ("工作计划") reads as the title. Only above the text (a plan's "分类：" over its list of waste
    kinds stands in its body) and only with a 标签 label among them."""
    top = set(opening(units))
    aside: set[int] = set()
    i = 0
    while i < len(units):
        end = _tag_block(units, i) if i in top else None
        if end is None:
            i += 1
            continue
        aside.update(range(i, end))
        i = end
    if not aside:
        return units
    state.set_aside([units[i].text for i in sorted(aside)], _TAGS)
    return [u for i, u in enumerate(units) if i not in aside]


def _tag_block(units: list[Unit], start: int) -> int | None:
    """Where a block of tag and category lines opening at `start` ends, or None: label lines ("标签：", "分类：
    工作文档") and the short values under an empty label, up to a blank line or the text; a 标签 label among them
    and at least one value."""
    values = 0
    tagged = False
    open_label = False  # the last label had no value on its line: value lines follow it
    i = start
    while i < len(units) and units[i].block.kind != "table" and (i == start or not units[i].gap_before):
        text = units[i].text.strip()
        label = site.TAG_LABEL.match(text)
        if label is not None:
            tagged = tagged or label.group("label") == site.TAGS_LABEL
            open_label = not label.group("values").strip()
            values += not open_label
        elif open_label and site.TAG_VALUE.match(text) and not numbered_line(text) and values < _MOST_TAGS:
            values += 1
        else:
            break
        i += 1
    return i if i > start and tagged and values else None


_SOURCE_NOTE = ("the note app's source note quoted over the saved article (its address, the account and the time it "
                "was posted): the copy's, not the document's")


def source_note_aside(units: list[Unit], state: ParseState) -> list[Unit]:
    """A note app saves an article under its title with a quoted note of where it came from ("> 原文链接：https://…",
    "> 来源公众号：某某发布｜2025-02-26 18:00"). The evidence is the file's structure: a quote standing first under
    the title, every line of it a field (a label and its value, no sentence), one holding a link or a posting time.
    A quote further down, or one with a sentence in it, is the document's own (a leader's words it cites)."""
    start = next((i for i, u in enumerate(units) if u.block.kind != "title"), len(units))
    end = start
    while end < len(units) and units[end].block.role == "quote":
        end += 1
    note = [u.text.strip() for u in units[start:end]]
    if not note or start > 1 or not all(site.SOURCE_NOTE_FIELD.match(t) for t in note) \
            or not any(site.SOURCE_NOTE_EVIDENCE.search(t) for t in note):
        return units
    state.set_aside(note, _SOURCE_NOTE)
    return units[:start] + units[end:]
