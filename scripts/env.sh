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
# Where the memory goes (issue 21; 1,000 documents, --profile-mem): 2.1 GB
# is live after the build, 0.86 GB of it the front matter the content
# adapter decodes (transform.Unmarshal, kept in Hugo's cache and in the
# pages' params); the 8–10 GB peak is that times GOGC's headroom plus
# Hugo's caches (up to a quarter of the memory, HUGO_MEMORYLIMIT). A lower
# GOMEMLIMIT does not shrink what is live: a shard of 59,000 law pages at
# GOMEMLIMIT=2800MiB sat at 2.7 GB with the collector running most of the
# time. What cuts it is less front matter per page (README, "Large
# libraries") or fewer pages per build (scripts/build --shard).
hugo_gc() {
  local kib
  kib=$(awk '/^MemTotal:/ { print int($2 / 2) }' /proc/meminfo 2>/dev/null || true)
  echo "GOGC=${GOGC:-200}"
  if [ -n "${GOMEMLIMIT:-}" ]; then echo "GOMEMLIMIT=$GOMEMLIMIT"; elif [ -n "$kib" ]; then echo "GOMEMLIMIT=${kib}KiB"; fi
}

# root_404 DIR: Hugo writes a "not found" page per language (zh/404.html,
# en/404.html); hosts that look only at the root (GitHub Pages) get the
# default language's.
root_404() {
  [ -f "$1/404.html" ] || [ ! -f "$1/zh/404.html" ] || cp "$1/zh/404.html" "$1/404.html"
}

# search_index DIR: the search index, Pagefind (pinned in package-lock.json),
# writes DIR/pagefind/, one index per <html lang>. Only pages
# (*/…/index.html): not the language chooser at the root, not the "not
# found" pages; and only their reading text (headings, summaries,
# paragraphs, targets), not the page furniture (header, footer, navigation,
# the document line above titles, copy/cite, paragraph numbers, notes,
# glossary terms, facts about the document, corrections). scripts/build and
# scripts/merge run it.
search_index() {
  scripts/deps --npm-only
  local furniture='.site-header, .site-footer, .skip, .vh, nav, .crumbs, .pager, .eyebrow, .actions, .print-url, .print-cite,
  .selbar, .viewswitch, .az-letter, .pil, .note, .tr-status, .sec-link, .more, .editor-notes, .fixmark, .terms, .keyterms,
  dl.meta, section[aria-labelledby=h-terms], section[aria-labelledby=h-corrections], section[aria-labelledby=h-source], .corrections'
  npx --no-install pagefind --site "$1" --glob '*/**/index.html' \
    --exclude-selectors "$furniture" --quiet
}
