"""What a web copy prints after a plan's last sentence: a portal's list of dated links under its end marker (each
link a row "title<TAB>date" in a select-all copy), and an account's credits written with bars ("来源 | 某局",
"编辑 | 某某　审核 | 某某"). Both are the page's, set aside with their reason; the plan's own dated table and its
own "X：value" lines stay.

Every text here is written for these tests, in the shapes such copies take.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.schemas.plan import walk

from tests.writers import write_txt

_PLAN = [
    "青禾县水利局2027年工作要点",
    "为做好全县2027年水利工作，结合我县实际，制定本要点。",
    "一、工作目标",
    "全年新建农村供水工程12处，农村自来水普及率达到93%以上。",
    "二、重点任务",
    "（一）强化河湖管护。全年开展河湖“清四乱”专项行动2次，县级河长巡河每月不少于1次。",
    "（二）推进灌区改造。完成中型灌区续建配套与节水改造3处，新增恢复灌溉面积1.1万亩。",
]
_PORTAL_TAIL = ["【打印本页】【关闭窗口】", "相关链接",
                "青禾县水利局2026年工作总结\t2027-03-02",
                "青禾县2027年防汛抗旱应急预案\t2027-03-02",
                "关于开展春季水利设施安全检查的通知\t2027-03-01",
                "网站地图 | 联系我们 | 使用帮助"]


def _texts(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text or " ".join(" ".join(r) for r in b.rows or []) for s in walk(doc.sections) for b in s.blocks]


def test_tabbed_dated_links_under_the_pages_end_marker_are_set_aside(parser, tmp_path: Path) -> None:
    """"title<TAB>date" rows under "【打印本页】【关闭窗口】" / "相关链接": the site's list, read as a table — not a
    table of the plan's last part."""
    result = parser.parse(write_txt(tmp_path / "page.txt", [*_PLAN, *_PORTAL_TAIL]))
    [doc] = result.documents
    assert not any("2027-03-02" in t for t in _texts(doc)), _texts(doc)
    assert doc.sections[-1].children[-1].tables == []
    reasons = {r.text: r.reason for r in result.removed_reasons}
    row = "青禾县2027年防汛抗旱应急预案 | 2027-03-02"
    assert "list of dated links" in reasons[row] and "end marker" in reasons[row]


def test_a_plans_own_dated_table_without_an_end_marker_stays(parser, tmp_path: Path) -> None:
    """The same shape under the plan's own text, no page's marker above it: the plan's schedule, kept."""
    schedule = ["三、时间安排", "各阶段工作按以下时间节点推进。",
                "完成全县水利设施汛前安全检查\t2027-04-30", "完成中型灌区改造主体工程建设\t2027-10-31"]
    result = parser.parse(write_txt(tmp_path / "plan.txt", [*_PLAN, *schedule]))
    [doc] = result.documents
    assert any("2027-04-30" in t for t in _texts(doc)), _texts(doc)


_ACCOUNT_TAIL = ["▶ 青禾县2026年水利工作回顾", "阅读原文", "微信扫一扫", "关注该公众号", "分享 留言 收藏 听过"]


@pytest.mark.parametrize("credits", [
    ["来源 | 青禾县水利局", "编辑 | 林秀芝　审核 | 周海峰　责编 | 卢思远"],
    ["来源丨青禾县水利局", "编辑丨林秀芝　审核丨周海峰"],
    ["来源 青禾县水利局", "编辑 林秀芝　审核 周海峰"],
])
def test_credits_written_with_bars_end_the_text_as_the_colon_form_does(parser, tmp_path: Path, credits) -> None:
    """"来源 | 某局" is a credit, never a heading over the account's tail (往期推荐, 阅读原文, 微信扫一扫…)."""
    lines = [*_PLAN, *credits, "往期推荐", *_ACCOUNT_TAIL]
    result = parser.parse(write_txt(tmp_path / "post.txt", lines))
    [doc] = result.documents
    headings = [s.heading for s in walk(doc.sections)]
    assert not any("水利局" in h and "来源" in h for h in headings), headings
    last = doc.sections[-1].children[-1]
    assert (last.children, last.paragraphs) == ([], [_PLAN[-1].split("。", 1)[1]]), (last.children, last.paragraphs)
    removed = {r.text for r in result.removed_reasons}
    assert set(credits) <= removed and "关注该公众号" in removed


def test_a_plans_sentence_opening_on_a_credit_label_stays(parser, tmp_path: Path) -> None:
    """"来源" opening a sentence of the plan is the plan's: a credit's value holds no sentence."""
    line = "资金来源 以县级财政投入为主，积极争取上级水利专项资金支持。"
    result = parser.parse(write_txt(tmp_path / "plan.txt", [*_PLAN, "三、资金保障", line]))
    [doc] = result.documents
    assert any("积极争取上级水利专项资金" in t for t in _texts(doc))


_EDIT_MEASURE = ["三、活动安排", "各阶段工作分工如下。", "编辑 整理节水故事集", "四、工作要求",
                 "各单位要精心组织，全年开展节水宣传活动30场次。"]


@pytest.mark.parametrize("measure", ["编辑 整理节水故事集", "编辑 汇编案例"])
@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_an_edit_measure_with_a_gap_does_not_end_the_text(parser, tmp_path: Path, fmt: str, measure: str) -> None:
    """"编辑 整理节水故事集" is a measure (编辑 a verb): a gap parts a credit from a name only, so the parts under it stay."""
    lines = [*_PLAN, *_EDIT_MEASURE]
    lines[len(_PLAN) + 2] = measure
    if fmt == "txt":
        path = write_txt(tmp_path / "plan.txt", lines)
    else:
        path = tmp_path / "plan.html"
        body = "".join(f"<p>{line}</p>" for line in lines[1:])
        path.write_text(f"<html><body><h1>{lines[0]}</h1>{body}</body></html>", encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert [s.heading for s in doc.sections][-1] == "工作要求"
    assert any(t.value == 30 for t in doc.targets)
    assert not result.removed_reasons


def test_an_editors_name_after_a_gap_at_the_pages_end_still_ends_it(parser, tmp_path: Path) -> None:
    """"编辑 林秀芝" alone under the last sentence, the account's tail after it: the editor's line."""
    result = parser.parse(write_txt(tmp_path / "post.txt", [*_PLAN, "编辑 林秀芝", "往期推荐", *_ACCOUNT_TAIL]))
    removed = {r.text for r in result.removed_reasons}
    assert {"编辑 林秀芝", "关注该公众号"} <= removed
