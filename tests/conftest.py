"""Shared fixtures: the bundled corpus, the shared gold set when present, one parser per session."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "corpus"
CORPUS_FILES = CORPUS / "files"
EVAL = Path(os.environ.get("JIHUA_EVAL", ROOT.parent / "shared" / "eval"))


@pytest.fixture(scope="session")
def corpus_files() -> Path:
    return CORPUS_FILES


@pytest.fixture(scope="session")
def expected():
    def load(source_id: str) -> dict:
        return json.loads((CORPUS / "expected" / f"{source_id}.json").read_text(encoding="utf-8"))

    return load


@pytest.fixture(scope="session")
def parser():
    from jihua.pipeline.config import Config
    from jihua.pipeline.runner import Parser

    return Parser(Config(nlp=False))


@pytest.fixture(scope="session")
def nlp_parser():
    from jihua.pipeline.config import Config
    from jihua.pipeline.runner import Parser

    return Parser(Config(nlp=True))


@pytest.fixture(scope="session")
def diff_2023_2024(parser, corpus_files: Path):
    """The corpus's 2023 plan (Word) against its 2024 revision (PDF), computed once per test run."""
    from jihua.pipeline.compare.diff import compare

    return compare(parser.parse(corpus_files / "qinghe-2023-plan.styled.docx"),
                   parser.parse(corpus_files / "qinghe-2024-plan.pdf"))


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not (EVAL / "dev" / "cases.json").exists():
        pytest.skip("shared/eval gold set not present")
    return EVAL / "dev"
