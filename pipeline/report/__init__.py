"""Reports people read (HTML, Markdown, Word 新旧对照表) and JSON other tools consume."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from jihua.extractors.own_reports import MARKDOWN_LINE
from jihua.schemas.diff import DiffResult

if TYPE_CHECKING:  # annotation only: `extract` and `schema` emit through here without loading the trace models
    from jihua.schemas.trace import TraceResult


def emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")


def write_diff(result: DiffResult, fmt: str, output: Path | None) -> None:
    if fmt == "json":
        emit(result.model_dump_json(indent=2), output)
    elif fmt == "md":
        from jihua.pipeline.report.markdown import diff_markdown

        emit(MARKDOWN_LINE + diff_markdown(result), output)
    elif fmt == "html":
        from jihua.pipeline.report.html import diff_html

        emit(diff_html(result), output)
    elif fmt == "docx":
        from jihua.pipeline.report.word import diff_docx

        assert output is not None
        output.parent.mkdir(parents=True, exist_ok=True)
        diff_docx(result, output)


def write_trace(result: TraceResult, fmt: str, output: Path | None) -> None:
    """A plan traced against its summary, as JSON or a Markdown table (`jihua trace`, `jihua archive trace`)."""
    if fmt == "json":
        emit(result.model_dump_json(indent=2), output)
    else:
        from jihua.pipeline.report.markdown import trace_markdown

        emit(MARKDOWN_LINE + trace_markdown(result), output)


def write_series(view: object, fmt: str, output: Path | None) -> None:
    from pydantic import BaseModel

    assert isinstance(view, BaseModel)
    if fmt == "json":
        emit(view.model_dump_json(indent=2), output)
    elif fmt in ("md", "html"):
        from jihua.pipeline.report.markdown import series_markdown

        text = series_markdown(view)
        if fmt == "html":
            from jihua.pipeline.report.html import markdown_page

            text = markdown_page(text, title="年度对照")
        emit(text if fmt == "html" else MARKDOWN_LINE + text, output)
