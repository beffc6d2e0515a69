#!/usr/bin/env bash
# Set up (idempotent), then run the main job on the bundled corpus:
# parse every sample into out/parsed.jsonl and compare the 2023 plan with the 2024 plan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p out
.venv/bin/jihua parse corpus/files --jsonl -o out/parsed.jsonl
echo "parsed: out/parsed.jsonl ($(wc -l < out/parsed.jsonl) files)"
if .venv/bin/jihua diff --help >/dev/null 2>&1; then
  .venv/bin/jihua diff corpus/files/qinghe-2023-plan.styled.docx corpus/files/qinghe-2024-plan.pdf \
    --format html -o out/diff-2023-2024.html
  .venv/bin/jihua diff corpus/files/qinghe-2023-plan.styled.docx corpus/files/qinghe-2024-plan.pdf \
    --format md -o out/diff-2023-2024.md
  echo "report: out/diff-2023-2024.html, out/diff-2023-2024.md"
fi
