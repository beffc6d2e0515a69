"""`archive add` segments each file for the search index in the batch worker that parsed it, so
the one process writing the database is not also the one segmenting every file."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.archive import ingest
from jihua.pipeline.archive.tables import flatten
from jihua.pipeline.batch import parse_many
from jihua.pipeline.config import Config
from jihua.schemas.plan import ParseResult


def test_workers_send_back_every_indexed_text_segmented(corpus_files: Path) -> None:
    files = [corpus_files / "qinghe-2023-plan.styled.docx", corpus_files / "qinghe-2024-plan.pptx",
             corpus_files / "qinghe-2023-summary.gb18030.txt"]
    outcomes = list(parse_many(files, Config(workers=2), extra=ingest._indexed_words))
    assert all(o.ok for o in outcomes)
    for outcome in outcomes:
        assert outcome.result is not None
        texts = {item[3] for doc in outcome.result.documents for item in flatten(doc).items}
        assert set(outcome.extra) == texts
        assert all(outcome.extra[t] == ingest.search_words(t) for t in texts)
        assert sum(map(len, outcome.extra.values())) > 50


def test_a_failing_extra_step_fails_its_file_only(corpus_files: Path) -> None:
    files = [corpus_files / "qinghe-2023-plan.md", corpus_files / "qinghe-2024-plan.styled.docx"]
    outcomes = list(parse_many(files, Config(workers=2), extra=_breaks_on_markdown))
    assert [o.ok for o in outcomes] == [False, True]
    assert outcomes[0].internal and "internal error" in (outcomes[0].error or "")


def _breaks_on_markdown(result: ParseResult) -> int:
    if result.source.path.endswith(".md"):
        raise ValueError("a bug in the step")
    return 1
