#!/usr/bin/env bash
# Runs SchoolExperience on this machine: a private PostgreSQL, the silo(s) and the web front end(s),
# with demo schools. Ctrl-C stops everything it started.
#   ./run.sh [--silos N] [--webs N]
set -euo pipefail
cd "$(dirname "$0")"

silos=1
webs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --silos) silos=$2; shift 2 ;;
    --webs) webs=$2; shift 2 ;;
    *) echo "usage: ./run.sh [--silos N] [--webs N]" >&2; exit 2 ;;
  esac
done
[[ "$silos" =~ ^[1-9][0-9]?$ && "$webs" =~ ^[1-9]$ ]] || { echo "--silos takes 1-99 and --webs 1-9" >&2; exit 2; }

source scripts/postgres.sh
source scripts/web-assets.sh
source scripts/processes.sh

trap 'stop_processes; pg_private_stop' EXIT
trap 'exit 130' INT TERM

if [ -n "${SCHOOLEXPERIENCE_POSTGRES:-}" ]; then
  export ConnectionStrings__Orleans=$SCHOOLEXPERIENCE_POSTGRES
else
  pg_private_start run 55432
  export ConnectionStrings__Orleans=$PG_CONNECTION
fi

ensure_web_assets
echo "Building..."
dotnet build SchoolExperience.sln -nologo -v quiet -clp:ErrorsOnly

mkdir -p .local/logs
for ((i = 0; i < silos; i++)); do
  seed=false; [ "$i" = 0 ] && seed=true
  Silo__SiloPort=$((11111 + i)) Silo__GatewayPort=$((30000 + i)) Demo__Seed=$seed \
    Candidates__EmailKey=${Candidates__EmailKey:-local-development-key-not-secret} \
    start_process "silo-$i" dotnet silo/bin/Debug/net10.0/SchoolExperience.Silo.dll --urls "http://127.0.0.1:$((5100 + i))"
done
for ((i = 0; i < silos; i++)); do
  wait_until_ready "silo-$i" "http://127.0.0.1:$((5100 + i))/health/ready"
done

for ((i = 0; i < webs; i++)); do
  ASPNETCORE_ENVIRONMENT=Development \
    start_process "web-$i" dotnet web/bin/Debug/net10.0/SchoolExperience.Web.dll \
      --contentRoot "$PWD/web" --urls "http://127.0.0.1:$((5000 + i))"
  wait_until_ready "web-$i" "http://127.0.0.1:$((5000 + i))/"
done

cat <<TXT

SchoolExperience is running ($silos silo(s), $webs web process(es)); logs in .local/logs/.
  Candidate page:   http://127.0.0.1:5000/candidates/schools/100001
  School dashboard: http://127.0.0.1:$((5000 + webs - 1))/schools/100001/dashboard
  Silo health:      http://127.0.0.1:5100/health/ready
Press Ctrl-C to stop.
TXT
wait_for_any_exit
