# Sourced by run.sh and test.sh: a private PostgreSQL cluster in a git-ignored folder.
#   pg_private_start NAME PORT [fast]  initdb on first use, start, export PG_CONNECTION
#   pg_private_stop                    stop what pg_private_start started
# The cluster listens on 127.0.0.1:PORT and on a socket in its own folder, so it never meets a system PostgreSQL.

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ] && command -v pg_ctl >/dev/null 2>&1; then dir=$(dirname "$(command -v pg_ctl)"); fi
  printf '%s' "$dir"
}

pg_ensure_installed() {
  [ -n "$(pg_bin_dir)" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL server not found: installing it with apt-get" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  if [ -z "$(pg_bin_dir)" ]; then
    echo "PostgreSQL server binaries are missing. Install them with: sudo apt-get install postgresql" >&2
    return 1
  fi
}

# initdb and postgres refuse to run as root: as root they run as the postgres user.
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_private_start() {
  local name=$1 port=$2 mode=${3:-durable}
  pg_ensure_installed || return 1
  local bin; bin=$(pg_bin_dir)
  PG_PRIVATE_DIR="$PWD/.local/postgres-$name"
  # As root the postgres user must reach the folder; a clone under a private home cannot, so use /tmp there.
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$PWD"; then
    PG_PRIVATE_DIR="/tmp/schoolexperience-postgres-$name-$(printf '%s' "$PWD" | md5sum | cut -c1-8)"
  fi
  mkdir -p "$PG_PRIVATE_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_PRIVATE_DIR"
  if [ ! -f "$PG_PRIVATE_DIR/data/PG_VERSION" ]; then
    pg_as_owner "$bin/initdb" -D "$PG_PRIVATE_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 -N >/dev/null
  fi
  local options="-p $port -k $PG_PRIVATE_DIR -c listen_addresses=127.0.0.1 -c max_connections=300"
  # Tests throw their databases away: skipping fsync makes them several times faster.
  [ "$mode" = fast ] && options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if ! pg_as_owner "$bin/pg_ctl" -D "$PG_PRIVATE_DIR/data" status >/dev/null 2>&1; then
    pg_as_owner "$bin/pg_ctl" -D "$PG_PRIVATE_DIR/data" -l "$PG_PRIVATE_DIR/postgres.log" -o "$options" -w -t 60 start >/dev/null \
      || { echo "PostgreSQL did not start; see $PG_PRIVATE_DIR/postgres.log" >&2; tail -n 5 "$PG_PRIVATE_DIR/postgres.log" >&2; return 1; }
    PG_PRIVATE_STARTED=1
  fi
  export PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

pg_private_stop() {
  [ "${PG_PRIVATE_STARTED:-0}" = 1 ] || return 0
  pg_as_owner "$(pg_bin_dir)/pg_ctl" -D "$PG_PRIVATE_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  PG_PRIVATE_STARTED=0
}
