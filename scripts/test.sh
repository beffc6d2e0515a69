#!/usr/bin/env bash
# Set up (idempotent) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The archive tests also run on PostgreSQL (a throw-away server the tests start from Debian's
# postgresql package and stop again) and the Ray engine's test on a local Ray cluster: both extras.
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing system package: postgresql (for the archive's PostgreSQL tests)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
.venv/bin/python -m pip install -q -e ".[dev,web,ray,postgres]"
.venv/bin/python -m pytest "$@"
