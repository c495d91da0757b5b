# Sourced by run.sh: starts background processes with their output in .local/logs, and stops them all.

PROCESS_PIDS=()
PROCESS_NAMES=()

start_process() {
  local name=$1; shift
  "$@" >".local/logs/$name.log" 2>&1 &
  PROCESS_PIDS+=($!)
  PROCESS_NAMES+=("$name")
}

# Waits for a URL to answer 2xx; fails at once if the process behind it has exited.
wait_until_ready() {
  local name=$1 url=$2 pid="" i
  for i in "${!PROCESS_NAMES[@]}"; do [ "${PROCESS_NAMES[$i]}" = "$name" ] && pid=${PROCESS_PIDS[$i]}; done
  for ((i = 0; i < 240; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name stopped while starting:" >&2
      grep -E '^(silo|web):' ".local/logs/$name.log" >&2 || tail -n 20 ".local/logs/$name.log" >&2
      return 1
    fi
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "$name did not become ready at $url within 2 minutes; see .local/logs/$name.log" >&2
  return 1
}

wait_for_any_exit() {
  local status=0
  wait -n "${PROCESS_PIDS[@]}" || status=$?
  echo "A process stopped (exit $status); stopping the rest." >&2
  return "$status"
}

stop_processes() {
  local pid
  for pid in "${PROCESS_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PROCESS_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PROCESS_PIDS=()
}
