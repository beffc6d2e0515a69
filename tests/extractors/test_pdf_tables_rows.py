"""PDF task tables: a row a page break or a wrapped cell cut in two is one row again; rows that
merely share a merged first cell stay apart. Every text here is our own."""

from __future__ import annotations

from jihua.extractors.pdf import _continued_rows

HEAD = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]


def test_the_second_half_of_a_cut_row_joins_the_row_above() -> None:
    rows = [HEAD, ["1", "开展病媒生物防制，每季", "县疾控中心", "各乡镇", "每季度末"],
            ["", "度开展一次统一灭鼠灭蚊活动", "", "", ""], ["2", "推进农村改厕，完成户厕改造1500户", "县农业农村局", "各乡镇", "11月"]]
    assert _continued_rows(rows) == [HEAD, ["1", "开展病媒生物防制，每季度开展一次统一灭鼠灭蚊活动", "县疾控中心", "各乡镇", "每季度末"],
                                     rows[3]]


def test_a_task_under_a_merged_first_cell_and_a_finished_cell_stay_rows_of_their_own() -> None:
    rows = [HEAD, ["1", "完成户厕改造1500户。", "县农业农村局", "各乡镇", "11月"],
            ["", "新建农村公厕30座", "县农业农村局", "各乡镇", "12月"],
            ["", "开展厕所粪污治理。", "", "", ""]]
    assert _continued_rows(rows) == rows
