"""One configuration object, built in the CLI and passed down to every stage."""

from __future__ import annotations

from pydantic import BaseModel, Field

from extractors.options import ExtractOptions


class Config(BaseModel):
    extract: ExtractOptions = Field(default_factory=ExtractOptions)
    nlp: bool = Field(default=True, description="segmentation, entities and keywords (jieba + spaCy)")
    workers: int = Field(default=1, ge=1, description="files parsed in parallel in batch modes")
