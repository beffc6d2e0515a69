"""Whole numbers read from XML attributes, as a damaged or hand-edited file may hold them.

A Word or PowerPoint part states sizes, levels and offsets as attribute strings; a file mended by
hand or mangled in transit can hold "1.5", "x" or nothing where a whole number belongs. The
libraries validate only the parts they model, and the readers here walk the XML themselves, so one
bad attribute would end the whole file. A garbled number reads as its default instead: the run keeps
its text and loses only a size or a level (the fuzz campaign's corrupted members found these)."""

from __future__ import annotations

from typing import Any, overload


@overload
def whole(value: Any, default: int) -> int: ...
@overload
def whole(value: Any, default: None = None) -> int | None: ...


def whole(value: Any, default: int | None = None) -> int | None:
    """`value` as a whole number ("24", " -3 "), or `default` when it is none, empty or garbled ("1.5", "x")."""
    try:
        return int(str(value).strip()) if value is not None else default
    except ValueError:
        return default
