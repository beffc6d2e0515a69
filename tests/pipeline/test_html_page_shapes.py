"""Web page shapes of a plan: the article in a frame's own document (srcdoc), the page's print and close
controls under the text, a run-in heading an editor cut into two bold runs, a roster whose role labels are
letter-spaced to align ("组　长：…" over "副组长：…"). Every text here is written for these tests.
"""

from __future__ import annotations

import html
from pathlib import Path

import docx
import pytest
from jihua.pipeline.runner import parse_file
from jihua.pipeline.webcopy import chrome_reason

from jihua import extractors


def _write(tmp_path: Path, name: str, page: str) -> Path:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    return path


def _outline(doc) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []

    def walk(sections) -> None:
        for s in sections:
            out.append((s.heading, list(s.paragraphs)))
            walk(s.children)
    walk(doc.sections)
    return out


_INNER = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>.m{display:none}</style></head><body>"
          "<h2>青岚县2025年防汛抗旱工作方案</h2><p class=\"m\">手机版导航</p><h3>一、工作目标</h3>"
          "<p>全年汛期巡查河道不少于40次，山塘水库安全度汛率达到100%。</p><h3>二、保障措施</h3>"
          "<p>落实县级防汛物资储备资金不少于60万元，组织抢险队伍开展演练2次。</p></body></html>")


def test_a_frames_own_document_is_read_where_the_frame_stands(tmp_path: Path) -> None:
    """The page's own text is a menu; the plan is the frame's srcdoc, escaped in the attribute. Its
    stylesheet still hides what it hides."""
    page = (f'<html><head><meta charset="utf-8"><title>青岚县水利局</title></head><body><div>首页 通知公告</div>'
            f'<iframe width="100%" srcdoc="{html.escape(_INNER)}"></iframe><div>联系我们</div></body></html>')
    doc = parse_file(_write(tmp_path, "framed.html", page)).documents[0]
    assert doc.title == "青岚县2025年防汛抗旱工作方案"
    assert [h for h, _ in _outline(doc)] == ["工作目标", "保障措施"]
    assert "手机版导航" not in str(_outline(doc))


def test_frames_nest_only_so_deep_and_a_src_frame_holds_nothing(tmp_path: Path) -> None:
    deep = "<p>最里层的话。</p>"
    for _ in range(5):
        deep = f'<div><iframe srcdoc="{html.escape(deep)}"></iframe></div>'
    page = (f'<html><body><p>外层页面的一段文字。</p>{deep}<iframe src="other.html"></iframe>'
            f'<iframe srcdoc="{html.escape("<p>第一层框架里的文字。</p>")}"></iframe></body></html>')
    texts = [b.text for b in extractors.extract(_write(tmp_path, "nested.html", page))[1]]
    assert "第一层框架里的文字。" in texts and "最里层的话。" not in texts


def test_escaped_markup_in_a_page_is_no_tag(tmp_path: Path) -> None:
    """A page's entities are the parser's to read: "&lt;b&gt;" in its text is shown, not made bold."""
    page = "<html><body><p>在公告栏张贴&lt;b&gt;标语&lt;/b&gt;示例。</p></body></html>"
    texts = [b.text for b in extractors.extract(_write(tmp_path, "escaped.html", page))[1]]
    assert "在公告栏张贴<b>标语</b>示例。" in texts


_PLAN = ("<h1>石湾镇2025年垃圾分类工作方案</h1><p>一、主要任务</p>"
         "<p>新建分类投放点12个，培训分拣员不少于150人次，居民知晓率达到95%以上。</p><p>二、保障措施</p>"
         "<p>落实镇级专项资金不少于45万元。</p>")


@pytest.mark.parametrize("tools", [
    '<div><a href="javascript:printPage()">打印此页</a> | <a href="javascript:self.close()">关闭本页</a></div>',
    '<div><span><a href="javascript:void(0)">大</a></span> <span><a href="javascript:void(0)">中</a></span></div>',
    # (chrome by its class too: set aside once)
    '<div class="tools"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>',
    "<p>打印本页　关闭窗口</p>",
    "<p>返回顶部</p>",
])
def test_the_pages_controls_under_the_text_are_set_aside(tmp_path: Path, tools: str) -> None:
    page = f'<html><head><meta charset="utf-8"></head><body>{_PLAN}<hr>{tools}</body></html>'
    result = parse_file(_write(tmp_path, "tools.html", page))
    last = _outline(result.documents[0])[-1]
    assert last == ("保障措施", ["落实镇级专项资金不少于45万元。"])
    aside = [r.text for r in result.removed_reasons] + [f.text for f in result.furniture]
    assert any(t.replace(" ", "").replace("|", "") in {"打印此页关闭本页", "大中", "打印关闭", "打印本页　关闭窗口", "返回顶部"}
               for t in aside)


@pytest.mark.parametrize("line", ["加强打印设备管理", "关闭窗口期内的违规通道", "打印本页材料并加盖公章"])
def test_a_plans_words_about_printing_stay(line: str) -> None:
    assert chrome_reason(line, at_edge=True, beside_chrome=False) is None


def test_a_script_link_to_a_part_stays(tmp_path: Path) -> None:
    """One link that unfolds a part ("javascript:toggle(2)") is the part's heading, not a control."""
    page = ('<html><head><meta charset="utf-8"></head><body><h1>石湾镇2025年垃圾分类工作方案</h1>'
            '<div><a href="javascript:toggle(1)">一、主要任务</a></div><p>新建分类投放点12个，培训分拣员不少于150人次。</p>'
            '</body></html>')
    texts = [b.text for b in extractors.extract(_write(tmp_path, "toggle.html", page))[1] if b.furniture is None]
    assert "一、主要任务" in texts


def test_a_run_in_heading_cut_into_two_bold_runs_is_one_heading(tmp_path: Path) -> None:
    """The article is one cell of <br>-separated lines, each line its runs: the two bold runs of a heading
    are one, and the heading ends at its 。."""
    cell = ('&nbsp;&nbsp;<font face="黑体"><b>一、</b><b>夯实监管基础</b></font><br>'
            '&nbsp;&nbsp;<font><b>（一）完善网</b></font><font><b>格化巡查。</b></font>'
            '<font>划定巡查网格36个，每个网格每周巡查不少于2次。</font><br>'
            '&nbsp;&nbsp;<font><b>（二）建立</b></font><font><b>信用档案。</b></font>'
            '<font>为辖区经营主体建立信用档案，建档率达到98%。</font><br>'
            '&nbsp;&nbsp;<font><b>（三）强化</b></font><font><b>执法联动。</b></font>'
            '<font>与公安、农业农村等部门建立案件移送机制，全年开展联合执法行动不少于8次。</font><br>')
    page = (f'<html><head><meta charset="utf-8"></head><body><h1>枫桥区2025年市场监管工作要点</h1>'
            f'<table><tr><td>{cell}</td></tr></table></body></html>')
    outline = _outline(parse_file(_write(tmp_path, "runs.html", page)).documents[0])
    assert outline == [("夯实监管基础", []),
                       ("完善网格化巡查", ["划定巡查网格36个，每个网格每周巡查不少于2次。"]),
                       ("建立信用档案", ["为辖区经营主体建立信用档案，建档率达到98%。"]),
                       ("强化执法联动", ["与公安、农业农村等部门建立案件移送机制，全年开展联合执法行动不少于8次。"])]


def test_bold_runs_apart_by_text_stay_apart(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="utf-8"></head><body><div><p>引言一段。</p>'
            '<b>（一）先行试点</b>在两个村开展。<b>（二）全面推开</b></div></body></html>')
    texts = [b.text for b in extractors.extract(_write(tmp_path, "apart.html", page))[1]]
    assert "（一）先行试点" in texts and "（二）全面推开" in texts


_ROSTER = ["柳塘乡2025年河道保洁实施方案", "一、工作目标", "全年清理河道垃圾不少于500吨，保洁覆盖率达到95%以上。",
           "二、保障措施", "（一）加强组织领导", "成立河道保洁工作专班：", "组　长：赵岚（乡长）", "副组长：孙哲（副乡长）",
           "成　员：钱明、吴涛及各村主任", "专班办公室设在乡水利站，负责日常调度。"]


def _roster_file(tmp_path: Path, kind: str) -> Path:
    if kind == "txt":
        return _write(tmp_path, "roster.txt", "\n".join(_ROSTER))
    if kind == "html":
        return _write(tmp_path, "roster.html", '<html><head><meta charset="utf-8"></head><body>'
                      + "".join(f"<p>{line}</p>" for line in _ROSTER) + "</body></html>")
    document = docx.Document()
    for line in _ROSTER:
        document.add_paragraph(line)
    path = tmp_path / "roster.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("kind", ["txt", "html", "docx"])
def test_a_roster_with_letter_spaced_roles_is_body_text(tmp_path: Path, kind: str) -> None:
    outline = _outline(parse_file(_roster_file(tmp_path, kind)).documents[0])
    assert outline[-1] == ("加强组织领导", ["成立河道保洁工作专班：", "组　长：赵岚（乡长）", "副组长：孙哲（副乡长）",
                                        "成　员：钱明、吴涛及各村主任", "专班办公室设在乡水利站，负责日常调度。"])
