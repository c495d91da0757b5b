# Sourced by test.sh: adds up the TRX result files into the one line CI reads, "N passed, N failed, N skipped".
# A test project that wrote no results file (it crashed, or did not build) counts as one failure.

print_test_totals() {
  local results_dir=$1; shift
  local passed=0 failed=0 skipped=0 project trx counters
  for project in "$@"; do
    trx="$results_dir/$(basename "$project" .csproj).trx"
    if [ ! -f "$trx" ]; then
      failed=$((failed + 1))
      continue
    fi
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    passed=$((passed + $(attribute "$counters" passed)))
    failed=$((failed + $(attribute "$counters" failed) + $(attribute "$counters" error) + $(attribute "$counters" timeout) + $(attribute "$counters" aborted)))
    skipped=$((skipped + $(attribute "$counters" notExecuted)))
  done
  echo "$passed passed, $failed failed, $skipped skipped"
  [ "$failed" = 0 ]
}

attribute() {
  local value
  value=$(printf '%s' "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*')
  printf '%s' "${value:-0}"
}
