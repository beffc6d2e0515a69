"""jihua (计划): structure, compare and archive Chinese work plans.

This folder is only the root of the installed `jihua` import namespace. The code lives in the
top-level folders of the design card, installed beneath it by `pyproject.toml`'s `package-dir`:
`extractors/` → `jihua.extractors`, `pipeline/` → `jihua.pipeline`, `schemas/` → `jihua.schemas`.
Nothing is imported here, so `import jihua.schemas` stays light.
"""
