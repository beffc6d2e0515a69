"""Every corpus rendering parses to its source's titles, kinds, outline, types and text."""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path

import pytest
from jihua.pipeline.text.normalize import bare

FILES = sorted((Path(__file__).resolve().parents[2] / "corpus" / "files").glob("*.*"))


def _flat(sections):
    for s in sections:
        yield s
        yield from _flat(s.children)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_rendering_matches_its_source(parser, expected, path: Path) -> None:
    want = expected(path.name.split(".")[0])
    result = parser.parse(path)
    assert len(result.documents) == len(want["documents"])
    scanned = "scanned" in path.name
    for doc, exp in zip(result.documents, want["documents"], strict=True):
        assert (doc.title, doc.org, doc.year, doc.doc_type) == (exp["title"], exp["org"], exp["year"], exp["doc_type"])
        got = [(bare(s.heading), s.level, s.type) for s in _flat(doc.sections)]
        assert got == [(bare(h["heading"]), h["level"], h["type"]) for h in exp["headings"]]
        blob = bare("".join(doc.paragraphs) + "".join(s.heading + "".join(s.paragraphs) for s in _flat(doc.sections)))
        for text in exp["texts"]:
            if scanned:  # OCR misreads a character here and there: the text must still be nearly all there
                best = max(SequenceMatcher(None, bare(text), blob[i: i + len(bare(text))], autojunk=False).ratio()
                           for i in range(0, max(1, len(blob) - len(bare(text)) + 1), 4))
                assert best > 0.8, text
            else:
                assert bare(text) in blob, text


def test_web_chrome_never_reaches_the_output(parser) -> None:
    for name in ("qinghe-2023-plan.gb18030.txt", "qinghe-2023-plan.html", "qinghe-compilation.gb18030.txt"):
        dump = parser.parse(FILES[0].parent / name).model_dump_json()
        start = dump.index('"documents"')
        body = dump[start: dump.index('"furniture"')]
        for chrome in ("举报", "发布于", "小编", "文档评论", "温馨提示", "下载文档", "热门文档", "Copyright", "网站客服"):
            assert chrome not in body, (name, chrome)
