"""The archive's web page driven as a person would, in headless Chromium: search with a filter →
open a document → its series shows a target's figures over the years → compare two years →
upload a file and find it by search. JIHUA_SCREENSHOTS=docs saves each page for the README."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEW_PLAN = """东岭镇2025年国防教育工作计划

一、指导思想
以全民国防教育为抓手，增强全镇干部群众的国防观念。
二、主要任务
（一）开展国防教育进校园
每学期在镇中心小学开展国防教育课不少于2课时。
（二）加强民兵应急分队训练
组织民兵应急分队集中训练不少于10天，提高应急处突能力。
三、保障措施
镇武装部牵头抓总，所需经费列入年度预算。

东岭镇人民政府
2025年1月10日
"""


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("JIHUA_SCREENSHOTS")
    return ROOT / folder if folder else tmp_path_factory.mktemp("screenshots")


def test_search_document_series_compare_upload(server: str, page, shots: Path, tmp_path: Path) -> None:
    # search with filters chosen by their Chinese labels
    page.goto(server + "/")
    page.fill("input[name=q]", "慰问")
    page.select_option("select[name=year]", "2024")
    page.select_option("select[name=kind]", label="计划")
    page.click("form.search button")
    page.wait_for_selector(".doc-hits")
    groups = page.locator(".doc-hits")
    assert groups.count() == 1  # the 2024 plan, archived as DOCX, PDF and PPTX, is one document
    assert "2024" in groups.first.locator(".meta").inner_text()
    assert sorted(groups.first.locator(".fmt").all_inner_texts()) == ["DOCX", "PDF", "PPTX"]
    sections = groups.first.locator(".where").all_inner_texts()
    assert len(sections) == len(set(sections))  # one hit per passage, whatever the formats
    assert page.locator(".snippet mark", has_text="慰问").count() >= 1
    page.screenshot(path=str(shots / "web-search.png"))

    # the document: facts, outline with section types, targets, provenance, the original file
    page.click(".doc-hits h2 a")
    page.wait_for_selector("h1")
    assert "2024年双拥工作计划" in page.inner_text("h1")
    assert page.locator("ul.outline .tag", has_text="措施").count() >= 1
    assert page.locator("table.targets tbody tr").count() >= 10
    assert re.search(r"第 \d+ (页|张幻灯片)", page.inner_text("ul.outline"))
    with page.expect_download() as download:
        page.click("a.download")
    assert download.value.suggested_filename.startswith("qinghe-2024-plan.")
    page.screenshot(path=str(shots / "web-document.png"))

    # its series: years, sections added, each target's figures over the years as a chart
    page.click("a.series-link")
    page.wait_for_selector("figure.track")
    assert "加强退役军人服务保障" in page.inner_text("table.years")
    track = page.locator("figure.track", has_text="组织军民共建活动")
    assert track.locator(".values").inner_text() == "全年5次 → 全年8次"
    assert track.locator("svg circle").count() == 2
    assert track.locator("svg text", has_text="8次").count() == 1
    page.screenshot(path=str(shots / "web-series.png"), full_page=True)

    # compare the two years: the `jihua diff` HTML report
    page.click("form.compare-years button")
    page.wait_for_load_state()
    report = page.inner_text("body")
    assert "加强退役军人服务保障" in report and "不少于8次" in report
    page.screenshot(path=str(shots / "web-compare.png"))

    # upload: a new year's plan and a broken file, each with its own result
    plan = tmp_path / "东岭镇2025年国防教育工作计划.txt"
    plan.write_text(NEW_PLAN, encoding="gb18030")
    broken = tmp_path / "损坏的文件.docx"
    broken.write_bytes(b"PK\x03\x04 not a real docx")
    page.goto(server + "/upload")
    page.set_input_files("input[type=file]", [str(plan), str(broken)])
    assert page.inner_text("#chosen") == "已选 2 个：东岭镇2025年国防教育工作计划.txt、损坏的文件.docx"
    page.click("form.upload button")
    page.wait_for_selector("ul.outcome")
    added = page.inner_text("ul.outcome li.added")
    assert "已存档 1 份文件" in added and "东岭镇2025年国防教育工作计划" in added
    failed = page.inner_text("ul.outcome li.failed")
    assert "损坏的文件.docx" in failed and "未能存档" in failed
    page.screenshot(path=str(shots / "web-upload.png"))

    # … and find the uploaded plan by search, filtered by its org
    page.goto(server + "/")
    page.fill("input[name=q]", "民兵 应急")
    page.select_option("select[name=org]", "东岭镇")
    page.select_option("select[name=year]", "2025")
    page.click("form.search button")
    page.wait_for_selector(".doc-hits")
    assert page.locator(".doc-hits h2").all_inner_texts() == ["东岭镇2025年国防教育工作计划"]
    assert page.locator(".snippet mark", has_text="民兵").count() >= 1
