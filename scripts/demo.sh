#!/usr/bin/env bash
# Set up (idempotent), then run the main job on the bundled corpus: parse every sample into
# out/parsed.jsonl, compare the 2023 plan (DOCX) with the 2024 plan (PDF) as HTML/Markdown/Word/JSON
# reports, check the 2023 plan against its summary, archive the corpus and print the command that
# serves that archive as a web page.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p out
.venv/bin/jihua parse corpus/files --jsonl -o out/parsed.jsonl
echo "parsed: out/parsed.jsonl ($(wc -l < out/parsed.jsonl) files)"
OLD=corpus/files/qinghe-2023-plan.styled.docx
NEW=corpus/files/qinghe-2024-plan.pdf
for fmt in html md docx json; do
  .venv/bin/jihua diff "$OLD" "$NEW" --format "$fmt" -o "out/diff-2023-2024.$fmt"
done
echo "comparison report: out/diff-2023-2024.html (also .md, .docx, .json)"
.venv/bin/jihua trace corpus/files/qinghe-2023-plan.pdf corpus/files/qinghe-2023-summary.pdf --format md \
  -o out/trace-2023.md
echo "plan vs summary: out/trace-2023.md"
rm -f out/archive.sqlite*
.venv/bin/jihua archive add corpus/files --db out/archive.sqlite
.venv/bin/jihua archive history 双拥工作计划 --db out/archive.sqlite
echo "archive: out/archive.sqlite (for the README's archive examples: export JIHUA_DB=out/archive.sqlite)"
echo "web page for it: .venv/bin/jihua serve --db out/archive.sqlite   (then open http://127.0.0.1:8000/)"
