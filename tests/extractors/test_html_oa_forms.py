"""Documents saved from an office's OA (协同办公) system as a web page: a 发文稿纸 / 公文处理单 / 文件处理笺 of labelled
fields (标题, 发文字号, 签发人, 成文日期…), their values typed in cells or shown in read-only <input>s and <textarea>s,
the document's text under the form or in one of its cells, and a <title> naming the system ("某市协同办公平台",
"公文处理"), not the document. The form is the document's wrapper, never its text or its headings; the title is the
line the page prints over the text. Invented offices and wording, in three systems' layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

# 1. values in read-only <input>s, the whole page inside an ASP.NET <form>, the title a centred bold line under the form
INPUTS = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>青岭市协同办公平台</title></head>
<body>
<form id="form1" method="post" action="./FlowView.aspx?id=20260302">
<div class="oa-toolbar"><a href="javascript:doPrint()">打印</a> <a href="javascript:window.close()">关闭</a></div>
<div class="oa-main">
<div style="text-align:center;font-size:22pt;color:#c00">青岭市农业农村局发文稿纸</div>
<table class="formtable" border="1" cellspacing="0" width="100%">
<tr><td class="lbl">标　　题</td><td colspan="3"><input type="text" class="txt" readonly="readonly"
 value="青岭市农业农村局2026年高标准农田建设工作方案"></td></tr>
<tr><td class="lbl">发文字号</td><td><input type="text" readonly value="青农发〔2026〕7号"></td>
 <td class="lbl">紧急程度</td><td><input type="text" readonly value="平件"></td></tr>
<tr><td class="lbl">拟稿单位</td><td><input type="text" readonly value="农田建设管理科"></td>
 <td class="lbl">拟 稿 人</td><td><input type="text" readonly value="韦某某"></td></tr>
<tr><td class="lbl">签 发 人</td><td><input type="text" readonly value="覃某某"></td>
 <td class="lbl">成文日期</td><td><input type="text" readonly value="2026年3月2日"></td></tr>
<tr><td class="lbl">密　　级</td><td><input type="text" readonly value="公开"></td>
 <td class="lbl">公开方式</td><td><input type="text" readonly value="主动公开"></td></tr>
<tr><td class="lbl">主　　送</td><td colspan="3"><input type="text" readonly value="各县（市、区）农业农村局，局机关各科室"></td></tr>
<tr><td class="lbl">附　　件</td><td colspan="3"></td></tr>
</table>
<div class="zw">
<p style="text-align:center"><b>青岭市农业农村局2026年高标准农田建设工作方案</b></p>
<p>为加快推进高标准农田建设，夯实粮食安全根基，结合我市实际，制定本方案。</p>
<p>一、目标任务</p>
<p>全年新建高标准农田12.5万亩，改造提升8万亩，新增高效节水灌溉面积3万亩。</p>
<p>二、重点工作</p>
<p>（一）科学编制项目规划</p>
<p>各县（市、区）要在4月底前完成项目初步设计批复，做到应建尽建。</p>
<p>（二）严格工程质量管理</p>
<p>全面落实项目法人制、招标投标制和工程监理制，竣工验收合格率达到100%。</p>
<p>三、保障措施</p>
<p>各地要落实财政投入责任，亩均投入不低于3000元，确保资金及时足额到位。</p>
<p style="text-align:right">青岭市农业农村局</p>
<p style="text-align:right">2026年3月2日</p>
</div>
</div>
</form>
</body></html>"""

# 2. values typed in plain cells; the form's 文件标题 is the cover notice's, the text's own title a centred line under it
CELLS = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>公文处理</title></head>
<body>
<div id="container">
<div align="center" style="font-size:20px;font-weight:bold;margin:12px">公文处理单</div>
<table width="96%" border="1" align="center" cellpadding="4" style="border-collapse:collapse">
<tr><td width="15%" align="center">文件标题</td><td colspan="3">关于印发2026年安全生产工作要点的通知</td></tr>
<tr><td align="center">发文单位</td><td>南溪县应急管理局</td><td width="15%" align="center">文　　号</td>
 <td>南应急〔2026〕3号</td></tr>
<tr><td align="center">签 发 人</td><td>乔某某</td><td align="center">成文日期</td><td>2026-01-20</td></tr>
<tr><td align="center">密　　级</td><td>无</td><td align="center">紧急程度</td><td>一般</td></tr>
<tr><td align="center">主　　送</td><td colspan="3">各乡镇人民政府，县安委会各成员单位</td></tr>
<tr><td align="center">附　　件</td><td colspan="3">&nbsp;</td></tr>
</table>
<div style="text-align:center;font-size:18pt;font-weight:bold;margin-top:20px">南溪县应急管理局2026年安全生产工作要点</div>
<div class="content">
<p>2026年全县安全生产工作的总体要求是：坚持人民至上、生命至上，统筹发展和安全，坚决防范遏制重特大事故。</p>
<p>一、健全安全生产责任体系</p>
<p>严格落实党政领导干部安全生产责任制，年内组织开展安全生产巡查不少于2轮。</p>
<p>二、深化重点行业领域专项整治</p>
<p>（一）道路交通安全</p>
<p>全年排查整治道路交通安全隐患点位50处以上。</p>
<p>（二）危险化学品安全</p>
<p>危险化学品企业安全风险监测预警系统接入率达到100%。</p>
<p>三、提升应急救援能力</p>
<p>修订完善县级专项应急预案8件，组织综合应急演练不少于4次。</p>
</div>
</div>
</body></html>"""

# 3. the text in a read-only <textarea> in the form's 正文 cell, a bare 附件 row under it
TEXTAREA = """<html>
<head><meta charset="utf-8"><title>东湖区协同办公系统</title></head>
<body>
<table class="main" width="100%"><tr><td>
<h3 align="center">东湖区教育局文件处理笺</h3>
<table class="bd" border="1" width="100%">
<tr><th>标题</th><td colspan="3"><input name="title" readonly value="东湖区教育局2026年校园安全工作计划"></td></tr>
<tr><th>发文单位</th><td><input name="org" readonly value="东湖区教育局"></td>
 <th>发文字号</th><td><input name="wh" readonly value="东教〔2026〕11号"></td></tr>
<tr><th>签发人</th><td><input name="qfr" readonly value="闵某某"></td>
 <th>成文日期</th><td><input name="date" readonly value="2026-02-16"></td></tr>
<tr><th>密级</th><td><input readonly value="非密"></td><th>紧急程度</th><td><input readonly value="普通"></td></tr>
<tr><th>主送</th><td colspan="3"><input readonly value="区属各中小学、幼儿园"></td></tr>
<tr><th>正文</th><td colspan="3"><textarea name="zw" readonly rows="30" cols="90">东湖区教育局2026年校园安全工作计划
为切实维护校园安全稳定，保障师生生命财产安全，结合我区教育系统实际，制定本计划。
一、工作目标
全年校园安全事故零发生，学校“护学岗”设置率达到100%，安全教育课时每学期不少于12课时。
二、主要任务
（一）加强校园安全防范建设
年内完成16所学校视频监控系统升级改造，一键报警装置与公安机关联网率保持100%。
（二）开展安全隐患排查整治
每月开展一次校园安全隐患排查，发现问题立即整改。
三、工作要求
各校要明确专人负责，每季度末向区教育局报送工作进展情况。
东湖区教育局
2026年2月16日</textarea></td></tr>
<tr><th>附件</th><td colspan="3"></td></tr>
</table>
</td></tr></table>
</body></html>"""

# 4. a 收文处理单 an old system lays out as a layout table (cells of <br> lines: the 主送 list, a signed opinion), with
# a bare 附件 row; the text under it in the same box
LAYOUT = """<html><head><meta charset="utf-8"><title>柳塘镇电子政务内网</title></head>
<body><div class="box">
<p align="center"><font size="5">柳塘镇人民政府收文处理单</font></p>
<table border="1" width="100%">
<tr><td>来文单位</td><td>柳塘镇农业综合服务中心</td><td>收文日期</td><td>2026年1月9日</td></tr>
<tr><td>文件标题</td><td colspan="3">柳塘镇2026年农村人居环境整治工作计划</td></tr>
<tr><td>来文字号</td><td>柳农服〔2026〕1号</td><td>密　　级</td><td>无</td></tr>
<tr><td>主　　送</td><td colspan="3">镇党政办，<br>镇村建办，<br>各村（社区）党组织、<br>村（居）民委员会</td></tr>
<tr><td>附　　件</td><td colspan="3"></td></tr>
<tr><td>拟办意见</td><td colspan="3">请村建办牵头落实。<br>党政办 甘某某<br>2026年1月10日</td></tr>
</table>
<p align="center"><b>柳塘镇2026年农村人居环境整治工作计划</b></p>
<p>为持续改善农村人居环境，建设宜居宜业和美乡村，制定本计划。</p>
<p>一、工作目标</p>
<p>全年完成农村户厕改造420户，生活垃圾收运处置体系行政村覆盖率达到100%。</p>
<p>二、重点任务</p>
<p>（一）推进厕所革命</p>
<p>6月底前完成改厕摸底排查，10月底前全面完成年度改厕任务。</p>
<p>（二）治理生活污水</p>
<p>新建村级污水处理站3座，生活污水治理率提高到45%。</p>
<p>三、保障措施</p>
<p>镇财政安排专项资金260万元，每季度通报一次各村工作进展。</p>
</div></body></html>"""

CASES = {
    "inputs": (INPUTS, "青岭市农业农村局2026年高标准农田建设工作方案", "青岭市农业农村局",
               ["目标任务", ("重点工作", ["科学编制项目规划", "严格工程质量管理"]), "保障措施"]),
    "cells": (CELLS, "南溪县应急管理局2026年安全生产工作要点", "南溪县应急管理局",
              ["健全安全生产责任体系", ("深化重点行业领域专项整治", ["道路交通安全", "危险化学品安全"]), "提升应急救援能力"]),
    "layout": (LAYOUT, "柳塘镇2026年农村人居环境整治工作计划", "柳塘镇",
               ["工作目标", ("重点任务", ["推进厕所革命", "治理生活污水"]), "保障措施"]),
    "textarea": (TEXTAREA, "东湖区教育局2026年校园安全工作计划", "东湖区教育局",
                 ["工作目标", ("主要任务", ["加强校园安全防范建设", "开展安全隐患排查整治"]), "工作要求"]),
}
# what only the form prints: its name, its labels and its values
FORM_WORDS = ("发文稿纸", "公文处理单", "收文处理单", "文件处理笺", "拟办", "甘某某", "签发", "成文日期", "紧急程度", "密级", "主送", "附件", "覃某某", "乔某某",
              "闵某某", "〔2026〕", "协同办公", "公文处理")


def _outline(sections) -> list:
    return [(s.heading, _outline(s.children)) if s.children else s.heading for s in sections]


def _all_text(doc) -> list[str]:
    def walk(sections) -> list[str]:
        return [t for s in sections for t in [s.heading, *s.paragraphs, *walk(s.children)]]
    return [*doc.paragraphs, *walk(doc.sections), *doc.closing]


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_oa_form_page_gives_the_documents_title_and_text_only(parser, tmp_path: Path, case: str) -> None:
    page, title, org, outline = CASES[case]
    path = tmp_path / f"{case}.html"
    path.write_text(page, encoding="utf-8")
    result = parser.parse(path)
    assert [d.title for d in result.documents] == [title]
    doc = result.documents[0]
    assert (doc.org, doc.year, doc.doc_type) == (org, 2026, "plan")
    assert _outline(doc.sections) == outline
    text = "".join(_all_text(doc)).replace(" ", "").replace("\u3000", "")
    assert not any(word in text for word in FORM_WORDS)
    assert doc.tables == []
    # nothing is lost: the form's values are on the record, set aside
    removed = "".join(r.text for r in result.removed_reasons) + "".join(b.text for b in result.furniture if b.text)
    assert "〔2026〕" in removed and ("处理" in removed or "稿纸" in removed)


@pytest.mark.parametrize("case", ["inputs", "layout", "textarea"])  # (the plain cells' values are text already)
def test_the_forms_values_are_read_and_its_labels_are_no_lines_of_the_text(tmp_path: Path, case: str) -> None:
    from jihua import extractors
    path = tmp_path / f"{case}.html"
    path.write_text(CASES[case][0], encoding="utf-8")
    _, blocks = extractors.extract(path)
    said = " ".join(b.text + " ".join(c for row in b.rows or [] for c in row) for b in blocks)
    assert "〔2026〕" in said and "2026" in said
    body = [b.text for b in blocks if b.furniture is None and b.kind != "table"]
    assert "附　　件" not in body and "附件" not in body  # a bare label row is no line of the text


def test_a_text_area_holding_the_page_reads_as_its_lines(tmp_path: Path) -> None:
    """A form of two fields over a <textarea> of the text (most of the page: the article itself): the text's lines
    are its lines, not one run of them ("…工作计划为切实…")."""
    from jihua import extractors
    lines = TEXTAREA.split('readonly rows="30" cols="90">')[1].split("</textarea>")[0].splitlines()
    page = (f"<html><head><title>东湖区协同办公系统</title></head><body><table border=1><tr><th>文号</th><td>东教〔2026〕11号"
            f"</td></tr><tr><th>正文</th><td><textarea readonly>{chr(10).join(lines)}</textarea></td></tr></table></body></html>")
    path = tmp_path / "zw.html"
    path.write_text(page, encoding="utf-8")
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks if b.furniture is None and b.kind == "paragraph"] == lines
