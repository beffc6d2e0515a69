#!/usr/bin/env bash
# Set up jihua on a fresh Debian/Ubuntu machine: system packages (OCR, LibreOffice for
# older and open office formats — .doc/.rtf/.odt, .ppt/.odp —, CJK fonts, Chromium for report screenshots and the web page's browser tests), then a
# virtualenv with the project (with the `web` extra for `jihua serve`; Playwright drives the system
# Chromium, so no `playwright install`).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(tesseract-ocr tesseract-ocr-chi-sim libreoffice-writer-nogui libreoffice-impress-nogui fonts-noto-cjk chromium)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev,web]"
