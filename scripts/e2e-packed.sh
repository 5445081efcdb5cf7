#!/usr/bin/env bash
# Forecard as another team gets it: packs the `forecard` command package, installs the tarball
# with npm, pnpm and yarn into scratch projects in a temporary folder outside this checkout, and
# runs init, validate, estimate, check and report --format pdf there, on this machine's Node and
# on a pinned Node 24 installed from the npm registry into the same temporary folder (the system's
# Node is never replaced). The library packages are packed too and checked with publint and
# arethetypeswrong (ESM-only by design). Needs a built checkout (scripts/setup.sh) and the registry.
# Ends with one line in vitest's form, "Tests  N passed | N failed (N)", which .ci/run adds up.
set -uo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

# Pinned so a run is repeatable; Node 24 is the maintained line this release is proved on.
NODE24_VERSION=24.21.0
YARN_VERSION=1.22.22

work="$(mktemp -d "${TMPDIR:-/tmp}/forecard-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
passed=0
failed=0

say() { printf 'e2e: %s\n' "$*" >&2; }
# Runs one check: a name, then the command; its output is kept in $work/last.log.
check() {
  local name="$1"
  shift
  if "$@" >"$work/last.log" 2>&1; then
    passed=$((passed + 1))
    printf '  ✓ %s\n' "$name"
  else
    failed=$((failed + 1))
    printf '  ✗ %s\n' "$name"
    sed 's/^/      /' "$work/last.log" | tail -20
  fi
}

# The five commands a new user runs, in a scratch project whose node_modules/.bin has forecard.
five_commands() {
  local dir="$1" label="$2"
  (
    cd "$dir" || exit 1
    export PATH="$dir/node_modules/.bin:$PATH"
    check "$label: forecard init" forecard init
    check "$label: forecard init --policy" forecard init --policy
    check "$label: forecard validate" forecard validate proposal.yaml policy.yaml
    check "$label: forecard estimate --json" sh -c \
      'forecard estimate proposal.yaml --json > estimate.json && node -e "
        const e = JSON.parse(require(\"fs\").readFileSync(\"estimate.json\", \"utf8\"));
        if (!(e.figures[\"parameters.total\"].value > 0)) process.exit(1);"'
    # The starter policy fails the starter proposal (its checklists are unanswered): exit 1.
    check "$label: forecard check" sh -c \
      'forecard check proposal.yaml --policy policy.yaml > check.txt; test $? = 1 && grep -q "^FAIL proposal.yaml" check.txt'
    check "$label: forecard report --format pdf" sh -c \
      'forecard report proposal.yaml --format pdf --out out --date 2026-01-01 &&
       for f in out/my-model-70b.model-card.pdf out/my-model-70b.impact-report.pdf; do
         head -c 5 "$f" | grep -q "%PDF-" || exit 1
       done'
    echo "passed=$passed failed=$failed" >"$dir/.counts"
  )
  # The subshell's counters come back through a file.
  # shellcheck disable=SC1091
  . "$dir/.counts"
}

scratch() {
  mkdir -p "$work/$1"
  printf '{ "name": "scratch-%s", "version": "1.0.0", "private": true }\n' "$1" >"$work/$1/package.json"
  echo "$work/$1"
}

say "packing the forecard package and the libraries into $work"
mkdir -p "$work/tarballs"
for dir in apps/forecard packages/schema packages/core-estimates packages/ethics-checklist \
  packages/policy packages/report; do
  (cd "$dir" && pnpm pack --pack-destination "$work/tarballs" >/dev/null) || {
    say "pnpm pack failed in $dir"
    exit 1
  }
done
tarball="$(ls "$work"/tarballs/forecard-[0-9]*.tgz)"

echo "libraries"
for lib in "$work"/tarballs/forecard-*-[0-9]*.tgz; do
  name="$(basename "$lib" .tgz)"
  check "$name: no workspace: ranges in the packed manifest" sh -c \
    "tar xzf '$lib' -O package/package.json | grep -vq 'workspace:'"
  check "$name: publint" pnpm exec publint --strict "$lib"
  check "$name: arethetypeswrong (ESM-only)" pnpm exec attw --profile esm-only "$lib"
done

echo "Node $(node --version)"
dir="$(scratch npm)"
check "npm install" npm install --prefix "$dir" --save-dev "$tarball"
five_commands "$dir" "npm"

dir="$(scratch pnpm)"
check "pnpm add" sh -c "cd '$dir' && pnpm add --save-dev '$tarball'"
five_commands "$dir" "pnpm"

dir="$(scratch yarn)"
check "yarn $YARN_VERSION from the npm registry" \
  npm install --prefix "$work/yarn" --no-save "yarn@$YARN_VERSION"
check "yarn add" sh -c \
  "cd '$dir' && '$work/yarn/node_modules/.bin/yarn' add --dev --non-interactive --cache-folder '$work/yarn-cache' 'file:$tarball'"
five_commands "$dir" "yarn"

check "node $NODE24_VERSION from the npm registry" \
  npm install --prefix "$work/node24" --no-save "node@$NODE24_VERSION"
node24_bin="$work/node24/node_modules/node/bin"
echo "Node $("$node24_bin/node" --version)"
# The npm scratch project again, with Node 24 first on PATH for forecard's `#!/usr/bin/env node`.
rm -rf "$work/npm/out" "$work/npm/proposal.yaml" "$work/npm/policy.yaml"
PATH="$node24_bin:$PATH" check "node 24 runs forecard" sh -c \
  "test \"\$(node --version)\" = v$NODE24_VERSION"
PATH="$node24_bin:$PATH" five_commands "$work/npm" "node 24"

if [ "$failed" -gt 0 ]; then
  printf 'packed:  Tests  %d passed | %d failed (%d)\n' "$passed" "$failed" $((passed + failed))
  exit 1
fi
printf 'packed:  Tests  %d passed (%d)\n' "$passed" "$passed"
