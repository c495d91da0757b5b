#!/usr/bin/env bash
# Runs every test: starts a private PostgreSQL (or uses SCHOOLEXPERIENCE_POSTGRES), makes sure Chromium and the
# web assets are there, builds, runs each test project and ends with "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

source scripts/postgres.sh
source scripts/web-assets.sh
source scripts/browser.sh
source scripts/test-totals.sh

trap pg_private_stop EXIT
trap 'exit 130' INT TERM

if [ -n "${SCHOOLEXPERIENCE_POSTGRES:-}" ]; then
  export SCHOOLEXPERIENCE_TEST_POSTGRES=$SCHOOLEXPERIENCE_POSTGRES
else
  pg_private_start test 55433 fast || exit 1
  export SCHOOLEXPERIENCE_TEST_POSTGRES=$PG_CONNECTION
fi

ensure_chromium || exit 1
ensure_web_assets || exit 1
dotnet build SchoolExperience.sln -nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

results=TestResults
rm -rf "$results"
projects=(tests/*Tests/*.csproj)
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  # One project at a time: each starts its own clusters, and two cores do not run several side by side well.
  dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    -- RunConfiguration.TestSessionTimeout=1500000
done

print_test_totals "$results" "${projects[@]}"
