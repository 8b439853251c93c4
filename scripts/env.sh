# Sourced by the project's scripts: one environment everywhere, so that the
# Hugo tool binary, compiled once, is reused (a different CGO_ENABLED would
# rebuild it, which takes minutes).
export CGO_ENABLED=0
export GOTOOLCHAIN=local
export GOFLAGS="${GOFLAGS:-} -buildvcs=false"
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
