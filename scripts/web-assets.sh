# Sourced by run.sh and test.sh: puts govuk-frontend and the SignalR browser client into web/wwwroot.
# The copied files are not committed; this runs before `dotnet build`, which globs wwwroot when it evaluates.

ensure_node() {
  command -v npm >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "npm not found: installing Node.js with apt-get" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  command -v npm >/dev/null 2>&1 || { echo "npm is missing. Install Node.js with: sudo apt-get install nodejs npm" >&2; return 1; }
}

ensure_web_assets() {
  local marker=web/wwwroot/lib/govuk/govuk-frontend.min.css
  if [ -f "$marker" ] && [ "$marker" -nt web/package-lock.json ] && [ "$marker" -nt web/scripts/copy-assets.mjs ]; then
    return 0
  fi
  ensure_node || return 1
  (cd web && npm ci --no-audit --no-fund --loglevel=error >/dev/null && npm run --silent assets)
}
