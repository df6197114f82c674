# Sourced by the benches that time whole commands: each run appends "wall_ms cpu_ms peak_rss_mb"
# (from /usr/bin/time) as one line to a file per name; these print the median and range of each.

# run_stat FILE COLUMN: "median min max" of that column.
run_stat() { cut -d' ' -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[1], v[NR] }'; }

# run_table PREFIX NAME...: a Markdown table, one row per name, read from the files PREFIX<NAME>.
run_table() {
  local prefix=$1 name col med lo hi
  shift
  echo "| | wall s | cpu s | peak RSS MB |"
  echo "|---|---|---|---|"
  for name in "$@"; do
    printf '| %s |' "$name"
    for col in 1 2 3; do
      read -r med lo hi < <(run_stat "$prefix$name" "$col")
      if [[ $col == 3 ]]; then printf ' %d (%d–%d) |' "$med" "$lo" "$hi"
      else awk -v m="$med" -v l="$lo" -v h="$hi" 'BEGIN { printf " %.2f (%.2f–%.2f) |", m / 1000, l / 1000, h / 1000 }'; fi
    done
    echo
  done
}
