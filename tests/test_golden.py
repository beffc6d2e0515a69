"""Golden parse outputs for two corpus files: any change to the JSON shows up in review.

Regenerate on purpose with `JIHUA_REGEN=1 scripts/test.sh tests/test_golden.py`; CI never does
(tests/test_eval_gate.py::test_golden_regeneration_is_off_in_ci).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).with_name("golden")
CASES = ["qinghe-2023-plan.styled.docx", "qinghe-2023-summary.gb18030.txt"]


def _stable(result) -> dict:
    """The parse without what depends on where the file sits."""
    data = json.loads(result.model_dump_json())
    data["source"]["path"] = Path(data["source"]["path"]).name
    text = json.dumps(data, ensure_ascii=False)
    return json.loads(text.replace(str(Path(result.source.path)), Path(result.source.path).name))


@pytest.mark.parametrize("name", CASES)
def test_parse_output_matches_golden(nlp_parser, corpus_files: Path, name: str) -> None:
    got = _stable(nlp_parser.parse(corpus_files / name))
    golden = GOLDEN / f"{name}.json"
    if os.environ.get("JIHUA_REGEN") == "1":
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert golden.exists(), "no golden yet: run with JIHUA_REGEN=1"
    assert got == json.loads(golden.read_text(encoding="utf-8"))
