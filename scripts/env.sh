# Sourced by the project's scripts: one environment everywhere, so that the
# Hugo tool binary, compiled once, is reused (a different CGO_ENABLED would
# rebuild it, which takes minutes).
export CGO_ENABLED=0
export GOTOOLCHAIN=local
export GOFLAGS="${GOFLAGS:-} -buildvcs=false"
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

# hugo_gc prints the garbage-collector settings Hugo runs with (scripts/build,
# scripts/perf), as NAME=value words for env(1). At Go's default GOGC=100 a
# library of 1,000 documents spends an eighth of Hugo's CPU collecting; at
# 200 the build takes about 12% less time (scripts/perf: 121 → 107 s) and its
# peak memory grows from 6.1 to 8.0 GB. GOMEMLIMIT, half the machine's
# memory, makes the collector work harder rather than outgrow a small
# builder. Either can be set in the environment instead.
hugo_gc() {
  local kib
  kib=$(awk '/^MemTotal:/ { print int($2 / 2) }' /proc/meminfo 2>/dev/null || true)
  echo "GOGC=${GOGC:-200}"
  if [ -n "${GOMEMLIMIT:-}" ]; then echo "GOMEMLIMIT=$GOMEMLIMIT"; elif [ -n "$kib" ]; then echo "GOMEMLIMIT=${kib}KiB"; fi
}
