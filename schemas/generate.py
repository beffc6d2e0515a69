"""Generate `plan.schema.json` from the pydantic models (committed; a test keeps it fresh)."""

from __future__ import annotations

import json
from pathlib import Path

from jihua.schemas.plan import ParseResult

SCHEMA_PATH = Path(__file__).with_name("plan.schema.json")


def schema_text() -> str:
    schema = ParseResult.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://jihua.invalid/schemas/plan.schema.json"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write() -> Path:
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    return SCHEMA_PATH


if __name__ == "__main__":
    print(write())
