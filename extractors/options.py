"""Options the extractors accept; built once in the CLI and passed down (no globals)."""

from __future__ import annotations

import os

from pydantic import BaseModel, Field


def default_workers() -> int:
    """One worker per core, up to eight (beyond that the disk and the database are the limit)."""
    return max(1, min(os.cpu_count() or 1, 8))


class ExtractOptions(BaseModel):
    """How to read files. OCR settings matter only for scanned PDF pages."""

    ocr: bool = Field(default=True, description="OCR pages without a text layer (needs tesseract)")
    ocr_lang: str = "chi_sim"
    ocr_dpi: int = Field(default=300, ge=100, le=600, description="render resolution when a scan's own is unknown")
    workers: int = Field(default_factory=default_workers, ge=1, description="parallel OCR pages")
    pdf_password: str = ""
