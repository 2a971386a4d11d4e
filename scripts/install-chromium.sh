#!/usr/bin/env bash
# Installs Debian's Chromium for the e2e tests (a browser download by a test tool fails here).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "Chromium is already installed: $(/usr/bin/chromium --version)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
