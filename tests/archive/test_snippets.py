"""A search snippet shows and marks the query itself, not the first one-character word of it
that happens to occur earlier in the passage."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.archive import db
from jihua.pipeline.archive.ingest import add
from jihua.pipeline.archive.query import search, snippet
from jihua.pipeline.config import Config

PASSAGE = ("全县生活垃圾分类收集点覆盖率达到90%，再生资源回收网点覆盖率达到70%以上，农村公厕管护机制进一步健全，"
           "村庄保洁队伍持续壮大，群众参与人居环境整治的积极性不断提高，农村生活污水治理率达到40%。")


def test_snippet_centres_on_the_whole_query() -> None:
    shown = snippet(PASSAGE, ["生活", "污水", "治理", "率"], query="生活污水治理率")
    assert "【生活污水治理率】" in shown and "覆盖【率】" not in shown


def test_snippet_falls_back_to_the_longest_words() -> None:
    shown = snippet(PASSAGE, ["污水", "治理", "达到", "率"], query="污水治理 达到")
    assert "【污水治理】" in shown and "【率】" not in shown
    alone = snippet(PASSAGE, ["率"], query="率")  # a one-character query is still marked
    assert alone.startswith("全县生活垃圾分类收集点覆盖【率】")


def test_search_marks_the_phrase_found_late_in_a_passage(tmp_path: Path) -> None:
    plan = tmp_path / "人居环境2026.txt"
    plan.write_text(f"东岭县2026年农村人居环境整治工作要点\n\n一、工作目标\n{PASSAGE}\n\n东岭县农业农村局\n2026年2月1日\n",
                    "utf-8")
    conn = db.connect(tmp_path / "a.sqlite")
    add(conn, [plan], Config(workers=1))
    hits = search(conn, "生活污水治理率")
    assert hits and "【生活污水治理率】达到40%" in hits[0].snippet


def test_a_traditional_copy_is_found_by_a_simplified_query_and_marked_in_its_own_characters(tmp_path: Path) -> None:
    plan = tmp_path / "文化館2026.txt"
    plan.write_bytes("西嶺縣文化館2026年工作要點\n\n一、工作目標\n全年舉辦公益培訓班不少於20期，組織送戲下鄉演出每季度一次。\n\n"
                     "西嶺縣文化館\n2026年1月5日\n".encode("big5"))
    simple = tmp_path / "图书馆2026.txt"
    simple.write_text("西岭县图书馆2026年工作要点\n\n一、工作目标\n全年举办阅读推广活动不少于30场。\n\n西岭县图书馆\n2026年1月6日\n",
                      "utf-8")
    conn = db.connect(tmp_path / "a.sqlite")
    add(conn, [plan, simple], Config(workers=1))
    hits = search(conn, "公益培训班")
    assert hits and "【公益培訓班】" in hits[0].snippet and hits[0].title == "西嶺縣文化館2026年工作要點"
    back = search(conn, "閱讀推廣活動")
    assert back and "【阅读推广活动】" in back[0].snippet
