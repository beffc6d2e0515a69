"""PDF task tables: a row a page break cut in two is one row again; rows under a merged first
cell (one area, several tasks) stay rows of their own. Every text here is our own."""

from __future__ import annotations

from pathlib import Path

from jihua.extractors.pdf_table_joins import cut_row


def test_the_part_of_a_row_on_the_next_page_continues_it() -> None:
    above = ["1", "开展病媒生物防制，每季", "县疾控中心", "各乡镇", "每季度末"]
    assert cut_row(above, ["", "度开展一次统一灭鼠灭蚊活动", "", "", ""])


def test_tasks_under_a_merged_cell_or_after_a_finished_cell_are_rows_of_their_own() -> None:
    assert not cut_row(["1", "完成户厕改造1500户。", "县农业农村局", "各乡镇", "11月"], ["", "开展厕所粪污治理", "", "", ""])
    assert not cut_row(["", "组织军民共建活动10场", "", ""], ["", "发放优待金500万元", "", ""])  # no number above either


def test_a_pdf_task_table_with_a_merged_area_cell_keeps_its_tasks_apart(tmp_path) -> None:
    import shutil
    import subprocess

    import docx
    import pytest

    from jihua import extractors

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (CI installs it)")
    document = docx.Document()
    document.add_paragraph("某县2025年双拥工作任务分工")
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"  # ruled, as task tables are printed
    for k, text in enumerate(["领域", "工作任务", "责任单位", "完成时限"]):
        table.cell(0, k).text = text
    for r, task in enumerate(["开展走访慰问不少于4次", "组织军民共建活动10场", "发放优待金500万元"], start=1):
        table.cell(r, 1).text = task
    area = table.cell(1, 0).merge(table.cell(3, 0))
    area.text = "拥军优属"
    table.cell(1, 2).merge(table.cell(3, 2)).text = "县民政局"
    table.cell(1, 3).merge(table.cell(3, 3)).text = "12月底"
    source = tmp_path / "tasks.docx"
    document.save(str(source))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    _, blocks = extractors.extract(tmp_path / "tasks.pdf")
    rows = next(b.rows for b in blocks if b.kind == "table")
    assert [r[1] for r in rows[1:]] == ["开展走访慰问不少于4次", "组织军民共建活动10场", "发放优待金500万元"]
    assert [(r[0], r[2], r[3]) for r in rows[1:]] == [("拥军优属", "县民政局", "12月底")] * 3  # as DOCX reads the merge


def _table_on(page: int, rows: list[list[str | None]]):
    from jihua.extractors.layout import Line, Paragraph

    return Paragraph([Line(page=page, x0=80, x1=520, top=90, bottom=700, text="", size=0.0, table=rows)])


def test_a_table_over_four_pages_is_one_table_with_its_header_once_and_spans_filled() -> None:
    from jihua.extractors.pdf_table_joins import merge_split_tables

    header = ["序号", "工作内容", "牵头科室", "时限"]
    pages = [
        _table_on(2, [header, ["1", "修订采购内控制度", "财务科", "3月"], ["2", "完成资产清查", None, None]]),
        _table_on(3, [header, ["3", "建设公物仓2处", "资产科", "6月"], ["4", "盘活闲置用房", None, "9月"]]),
        # a span the break cut: an empty cell over covered ones goes on from the page above
        _table_on(4, [header, ["5", "推广节能灯具", "", "10月"], ["6", "公车电动化率达到40%", None, "12月"]]),
        _table_on(5, [header, ["7", "更新能耗监测平台", "信息科", "全年"]]),
    ]
    merged = merge_split_tables(pages)
    assert len(merged) == 1
    rows = merged[0].first.table
    assert rows is not None
    assert [r[0] for r in rows] == ["序号", "1", "2", "3", "4", "5", "6", "7"]
    assert [r[2] for r in rows[1:]] == ["财务科", "财务科", "资产科", "资产科", "资产科", "资产科", "信息科"]
    assert rows[2][3] == "3月"


def test_a_table_two_pages_on_is_not_the_same_table() -> None:
    from jihua.extractors.pdf_table_joins import merge_split_tables

    header = ["序号", "任务", "单位"]
    merged = merge_split_tables([_table_on(1, [header, ["1", "甲项", "办公室"]]),
                                  _table_on(3, [header, ["1", "乙项", "科技科"], ["2", "丙项", None]])])
    assert len(merged) == 2
    assert merged[1].first.table == [header, ["1", "乙项", "科技科"], ["2", "丙项", "科技科"]]


def test_the_rest_of_a_wrapped_first_cell_on_the_next_page_continues_its_row() -> None:
    from jihua.extractors.pdf_table_joins import merge_split_tables

    header = ["指标", "年度目标", "完成情况", "是否完成"]
    # the break fell inside the bracket of the first cell: its rest opens page 4 alone
    merged = merge_split_tables([
        _table_on(3, [header, ["入户随访（人", "1200", "1356", "完成"]]),
        _table_on(4, [["次）", "", "", ""], ["新建健康小屋（个）", "12", "9", "未完成"]]),
    ])
    assert merged[0].first.table == [header, ["入户随访（人次）", "1200", "1356", "完成"],
                                     ["新建健康小屋（个）", "12", "9", "未完成"]]
    # no bracket to show it, but no row of the table is a first cell alone: it cannot be a group row
    merged = merge_split_tables([
        _table_on(5, [header, ["家庭医生签约", "35%", "37.2%", "完成"]]),
        _table_on(6, [header, ["覆盖率", "", "", ""], ["义诊活动（场）", "24", "26", "完成"]]),
    ])
    assert [r[0] for r in merged[0].first.table or []] == ["指标", "家庭医生签约覆盖率", "义诊活动（场）"]


def test_a_group_row_at_the_top_of_a_page_stays_a_row() -> None:
    from jihua.extractors.pdf_table_joins import merge_split_tables

    header = ["类别", "年度目标", "完成情况", "是否完成"]
    merged = merge_split_tables([
        _table_on(2, [header, ["公共卫生", "", "", ""], ["疫苗接种率", "95%", "96.1%", "完成"]]),
        _table_on(3, [["医疗服务", "", "", ""], ["基层就诊率", "65%", "61%", "未完成"]]),
    ])
    assert [r[0] for r in merged[0].first.table or []] == ["类别", "公共卫生", "疫苗接种率", "医疗服务", "基层就诊率"]
    merged = merge_split_tables([  # a numbered group row starts a row even when it is the only one
        _table_on(2, [header, ["疫苗接种率", "95%", "96.1%", "完成"]]),
        _table_on(3, [["二、医疗服务", "", "", ""], ["基层就诊率", "65%", "61%", "未完成"]]),
    ])
    assert [r[0] for r in merged[0].first.table or []] == ["类别", "疫苗接种率", "二、医疗服务", "基层就诊率"]


def test_a_numbered_row_cut_under_most_of_its_cells_continues_on_the_next_page() -> None:
    above = ["5", "部分河段排污口排查不彻底，雨污混", "开展排污口溯源整治，逐一建立", "副局长赵明远", "水生态环境科、执", "2026年6"]
    row = ["", "流问题反复出现。", "台账，落实一口一策。", "", "法支队", "月底前"]
    table = [["序号", "问题", "整改措施", "责任领导", "责任单位", "完成时限"], ["4", "甲", "乙", "丙", "丁", "戊"], above]
    assert cut_row(above, row, table)
    # no number above: the row may be a task under an area cell merged down from the page above
    assert not cut_row(["水环境", *above[1:]], row, [["水环境", *above[1:]]])
    # a number merged over two task rows elsewhere: the row may be the second task of its number
    assert not cut_row(above, row, [*table[:2], ["5", "甲", "乙", "丙", "丁", "戊"], above])


def _copies_through_libreoffice(tmp_path: Path, name: str, header: list[str], rows: list[list[str]], leads: list[int],
                                lead_text: str, *, rows_whole: bool = False) -> list[list[list[str]]]:
    """The tables jihua reads from one LibreOffice PDF holding a copy of the table (its header row repeated on
    each page) after each number of lead paragraphs, so the page breaks fall at different rows; `rows_whole`
    keeps each row on one page (breaks fall between rows)."""
    import shutil
    import subprocess

    import docx
    import pytest
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from jihua import extractors

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (CI installs it)")
    document = docx.Document()
    for copy, lead in enumerate(leads):
        if copy:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for _ in range(lead):
            document.add_paragraph(lead_text)
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = text
        repeat = OxmlElement("w:tblHeader")  # the header row printed again on each page
        repeat.set(qn("w:val"), "true")
        table.rows[0]._tr.get_or_add_trPr().append(repeat)
        for texts in rows:
            row = table.add_row()
            if rows_whole:
                row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
    source = tmp_path / f"{name}.docx"
    document.save(str(source))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    _, blocks = extractors.extract(tmp_path / f"{name}.pdf")
    return [b.rows for b in blocks if b.kind == "table"]


def test_a_pdf_task_table_keeps_each_numbered_row_whole_over_a_page_break(tmp_path) -> None:
    """One LibreOffice PDF, four copies of a task table with a repeated header, each after a
    different amount of text, so the page breaks cut different rows at different lines."""
    problem = "第{}项：部分河段入河排污口排查不彻底，雨污混流问题在汛期反复出现，群众反映较多。"
    measure = "开展入河排污口溯源整治第{}轮行动，逐一建立台账，落实一口一策；汛期前完成管网错接混接改造，加密水质监测频次。"
    expected = [[str(k), problem.format(k), measure.format(k), "党组成员、副局长赵明远", "水生态环境科、执法支队",
                 "2026年6月底前"] for k in range(1, 13)]
    tables = _copies_through_libreoffice(
        tmp_path, "rectify", ["序号", "问题", "整改措施", "责任领导", "责任单位", "完成时限"], expected, [0, 2, 4, 6],
        "为抓好督察反馈问题整改，结合我局实际制定本清单。各责任单位要对照任务逐项推进，按期销号。")
    assert len(tables) == 4
    for rows in tables:
        assert [r[0] for r in rows] == ["序号", *map(str, range(1, 13))]
        assert [r[1:] for r in rows[1:]] == [row[1:] for row in expected]


def test_a_row_complete_on_its_own_under_a_numbered_row_is_a_row_of_its_own() -> None:
    above = ["3", "河西水厂提标改造工程", "新增深度处理工艺，日供水能力提高到5万吨", "2.6", "县水利局"]
    table = [["序号", "工程名称", "主要内容", "投资（亿元）", "牵头单位"], ["2", "甲", "乙", "0.4", "丁"], above]
    # a sub-item of the numbered row
    assert not cut_row(above, ["", "其中：河西加压泵站扩容", "更换水泵4台", "0.3", "县城投公司"], table)
    # a complete row without a number: its figure and its body stand whole beside those above
    assert not cut_row(above, ["", "北岸老旧供水管网更新", "更换供水管道8公里", "0.7", "县水务集团"], table)
    assert not cut_row(above, ["", "北岸老旧供水管网更新", "更换供水管道8公里", "", "县水务集团"], table)
    assert not cut_row(above, ["", "北岸老旧供水管网更新", "更换供水管道8公里", "0.7", ""], table)
    # a total or a note opens a row of its own even under few cells
    assert not cut_row(above, ["", "小计", "", "3.3", ""], table)
    # while a row truly cut goes on in every cell: unfinished text above, its rest below
    cut_above = ["3", "河西水厂提标改造工程（一", "新增深度处理工艺，日供水能力提", "2.6", "县水利局、县城"]
    assert cut_row(cut_above, ["", "期）", "高到5万吨", "", "投公司"], [*table[:2], cut_above])
    # a date cut after its year goes on, though both pieces open with a figure
    dated = ["4", "南区污水管网建设，新建", "管网6公里，泵站", "县住建局", "2026年"]
    assert cut_row(dated, ["", "主干管2公里", "1座", "", "6月底前"], [*table[:2], dated])


def test_a_pdf_project_table_keeps_sub_items_and_unnumbered_rows_apart_over_a_page_break(tmp_path) -> None:
    """One LibreOffice PDF, six copies of a project table whose numbered rows each have a sub-item
    row or a complete row without a number under them, each copy after a different amount of
    text, so the page breaks fall between different rows."""

    def rows_of(k: int) -> list[list[str]]:
        numbered = [str(k), f"第{k}组团供水管网改造工程", f"更换老旧供水管道{k + 4}公里，新建加压泵站一座", f"{k}.5", "县水利局"]
        if k % 3 == 0:  # a complete row of its own, without a number
            return [numbered, ["", f"北岸第{k}片排水防涝补短板", f"新建排水管渠{k}公里", "0.9", "县住建局"]]
        return [numbered, ["", f"其中：第{k}组团二次供水设施", f"改造二次供水泵房{k}处", "0.4", "县城投公司"]]

    expected = [row for k in range(1, 10) for row in rows_of(k)]
    tables = _copies_through_libreoffice(
        tmp_path, "projects", ["序号", "工程名称", "主要内容", "投资（亿元）", "牵头单位"], expected, [0, 1, 2, 3, 4, 5],
        "为加快补齐城市基础设施短板，结合本县实际，现将年度重点建设项目安排如下，各牵头单位要倒排工期、挂图作战。",
        rows_whole=True)
    assert len(tables) == 6
    for rows in tables:
        assert rows[1:] == expected


def test_a_box_row_cut_by_a_page_break_goes_on_at_the_top_of_the_next_page() -> None:
    """A one-column 专栏 box's last row cut mid-sentence ("…，覆盖") goes on at the top of the next page in a
    framed piece no table finder takes for a table: that text is the row's rest. A row that ends its
    sentence, or a next page that opens a numbered part, stays apart."""
    from jihua.extractors.layout import Line, Paragraph
    from jihua.extractors.pdf_table_joins import merge_split_tables

    def box(last: str) -> Paragraph:
        return _table_on(3, [["专栏4 农村寄递物流工程"], ["快递进村工程：新建村级寄递服务站80个。"], [last]])

    def top(text: str) -> Paragraph:
        return Paragraph([Line(page=4, x0=90, x1=300, top=75, bottom=88, text=text, size=12.0)])

    merged = merge_split_tables([box("冷链配送工程：建设县级冷链集配中心1个，覆盖"), top("全部乡镇。")])
    assert len(merged) == 1
    assert (merged[0].first.table or [])[-1] == ["冷链配送工程：建设县级冷链集配中心1个，覆盖全部乡镇。"]
    for last, text in (("冷链配送工程：建设县级冷链集配中心1个。", "全县快递业务量增长10%。"),
                       ("冷链配送工程：建设县级冷链集配中心1个，覆盖", "二、保障措施")):
        assert len(merge_split_tables([box(last), top(text)])) == 2
