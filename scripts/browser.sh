# Sourced by test.sh: Debian's Chromium for the browser tests (Playwright drives it; it downloads nothing).

ensure_chromium() {
  local path=${CHROMIUM_PATH:-/usr/bin/chromium}
  [ -x "$path" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium not found: installing it with apt-get" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  fi
  [ -x "$path" ] || { echo "Chromium is missing. Install it with: sudo apt-get install chromium (or set CHROMIUM_PATH)" >&2; return 1; }
}
