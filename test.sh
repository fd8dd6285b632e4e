#!/usr/bin/env bash
# Runs every test of LocationBoards on a fresh Debian machine that has only the .NET 10 SDK.
# Installs what the tests need when it is missing (Debian's chromium for the browser tests, npm for the
# front-end packages the build fetches),
# builds once, runs the unit, integration and end-to-end suites, and ends with the line
#   N passed, N failed[, N skipped]
# Exit code: 0 only when everything built and no test failed.
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "need root to run: $*" >&2; return 1
  fi
}

missing_packages=()
[ -x /usr/bin/chromium ] || missing_packages+=(chromium)
[ -d /usr/share/zoneinfo/America ] || missing_packages+=(tzdata)
command -v fc-list >/dev/null 2>&1 || missing_packages+=(fontconfig)
[ -d /usr/share/fonts/truetype/dejavu ] || missing_packages+=(fonts-dejavu-core)
# The catalogue's icons are emoji: without an emoji font Chromium draws empty boxes in the screenshots.
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing_packages+=(fonts-noto-color-emoji)
# The hub's front-end packages (Leaflet) come from npm at build time.
command -v npm >/dev/null 2>&1 || missing_packages+=(nodejs npm)
# The email tests start a real SMTP server (aiosmtpd) on 127.0.0.1.
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing_packages+=(python3-aiosmtpd)
if [ ${#missing_packages[@]} -gt 0 ]; then
  log "installing ${missing_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq && as_root apt-get install -y -qq --no-install-recommends "${missing_packages[@]}" >/dev/null \
    || { echo "could not install ${missing_packages[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results=$(mktemp -d -t locationboards-tests.XXXXXX)

log "building"
if ! dotnet build LocationBoards.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "the build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
for project in tests/LocationBoards.Core.Tests tests/LocationBoards.Hub.Tests tests/LocationBoards.E2E.Tests; do
  name=$(basename "$project")
  log "testing $name"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
  [ -f "$results/$name.trx" ] || { echo "$name produced no results (the test host crashed?)"; status=1; crashed=1; }
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
[ "${crashed:-0}" -eq 1 ] && failed=$((failed + 1))
[ "$failed" -gt 0 ] && status=1

log "test results: $results"
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit $status
