#!/usr/bin/env bash
# Sets up Forecard on a fresh machine that has Node.js (>= 20.19) and npm:
# pnpm at the pinned version, Chromium and fonts for PDF reports (when run as
# root on Debian/Ubuntu), the locked dependencies, and a build. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION="$(node -p "require('./package.json').packageManager.split('@')[1]")"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
# Puppeteer must never download a browser of its own; Forecard uses the system's.
export PUPPETEER_SKIP_DOWNLOAD=1

say() { printf 'setup: %s\n' "$*" >&2; }

node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' || {
  say "Node.js $(node --version) is too old; Forecard needs 20.19 or newer (https://nodejs.org)."
  exit 1
}

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  say "installing pnpm $PNPM_VERSION"
  npm install --global --silent "pnpm@$PNPM_VERSION" || {
    say "could not install pnpm globally; run: npm install --global pnpm@$PNPM_VERSION"
    exit 1
  }
fi

have_browser() {
  [ -n "${FORECARD_CHROMIUM:-}" ] && [ -x "${FORECARD_CHROMIUM}" ] && return 0
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    command -v "$candidate" >/dev/null 2>&1 && return 0
  done
  return 1
}

need_packages=()
have_browser || need_packages+=(chromium)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_packages+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || need_packages+=(poppler-utils)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing ${need_packages[*]} with apt-get"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
  else
    say "missing ${need_packages[*]}: PDF reports and their tests need them."
    say "install them, e.g. sudo apt-get install chromium fonts-dejavu-core poppler-utils,"
    say "or point FORECARD_CHROMIUM at a Chrome or Chromium binary."
  fi
fi

pnpm install --frozen-lockfile --reporter=silent
pnpm --silent build --output-logs=errors-only
say "ready"
