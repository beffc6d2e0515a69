"""The published schema is generated from the models and kept current; outputs validate."""

from __future__ import annotations

import json
from pathlib import Path

from jihua.schemas.generate import SCHEMA_PATH, schema_text
from jihua.schemas.plan import ParseResult


def test_committed_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), "run: python -m jihua.schemas.generate"


def test_parse_output_validates_and_ids_are_stable(nlp_parser, corpus_files: Path) -> None:
    path = corpus_files / "qinghe-2023-plan.pdf"
    first = nlp_parser.parse(path)
    again = ParseResult.model_validate(json.loads(first.model_dump_json()))
    assert again == first
    second = nlp_parser.parse(path)
    ids = [s.id for d in first.documents for s in d.sections]
    assert ids == [s.id for d in second.documents for s in d.sections] and len(set(ids)) == len(ids)
    doc = first.documents[0]
    assert doc.entities.time_nodes and "八一" in doc.entities.time_nodes
    assert all(s.keywords for s in doc.sections)
    target = next(t for t in doc.targets if t.value == 40)
    assert target.unit == "篇" and target.comparator == ">=" and target.period == "全年" and target.section_id


def test_section_ids_do_not_depend_on_the_format(parser, corpus_files: Path) -> None:
    """Ids come from the outline path and text, so a DOCX and its web copy agree."""
    docx_doc = parser.parse(corpus_files / "qinghe-2023-plan.styled.docx").documents[0]
    html_doc = parser.parse(corpus_files / "qinghe-2023-plan.html").documents[0]

    def ids(doc):
        return [(s.heading, s.id) for s in doc.sections]

    assert ids(docx_doc) == ids(html_doc)
