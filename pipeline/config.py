"""One configuration object, built in the CLI and passed down to every stage."""

from __future__ import annotations

from jihua.extractors.options import ExtractOptions
from pydantic import BaseModel, Field


class Config(BaseModel):
    extract: ExtractOptions = Field(default_factory=ExtractOptions)
    nlp: bool = Field(default=True, description="segmentation, entities and keywords (jieba + spaCy)")
    workers: int = Field(default=1, ge=1, description="files parsed in parallel in batch modes")
    timeout: float = Field(default=600, ge=0, description="seconds per file (0: no limit); in a batch "
                                                          "the worker is stopped and the file reported")
    memory_mb: int = Field(default=4096, ge=0, description="address space per batch worker, MB (0: no limit); "
                                                           "past it the file fails with 'out of memory'")
