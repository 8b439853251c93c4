package targets

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"mingbai/generator/seed"
)

// expectedRow is one line of a hand-checked list in testdata/expected.
type expectedRow struct {
	indicator, cmp, value, unit string
	year                        int // 0: not checked
	line                        int
}

// readExpected reads a hand-checked list: indicator | comparator | value |
// unit | year, one target a line (see testdata/expected/README.md).
func readExpected(t *testing.T, path string) []expectedRow {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows []expectedRow
	for i, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 5 {
			t.Fatalf("%s:%d: want 5 fields separated by |, got %q", path, i+1, line)
		}
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		r := expectedRow{indicator: f[0], cmp: f[1], value: f[2], unit: f[3], line: i + 1}
		if f[4] != "-" {
			if r.year, err = strconv.Atoi(f[4]); err != nil {
				t.Fatalf("%s:%d: year %q", path, i+1, f[4])
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// matches reports whether target x is the expected row r.
func (r expectedRow) matches(x Target) bool {
	return x.Comparator == r.cmp && x.Value.String() == r.value && x.Unit == r.unit &&
		(strings.Contains(x.Indicator, r.indicator) || strings.Contains(r.indicator, x.Indicator)) &&
		(r.year == 0 || x.Horizon.To == r.year)
}

// TestHandChecked measures the target tables of the corpus documents
// against the lists a reader wrote in testdata/expected: recall (expected
// rows found) at least 95% over all of them, and no row that is not on a
// list (precision 100%).
func TestHandChecked(t *testing.T) {
	paths, _ := filepath.Glob("testdata/expected/*.txt")
	if len(paths) < 4 {
		t.Fatalf("%d hand-checked lists, want at least 4", len(paths))
	}
	var want, found, got int
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		exp := readExpected(t, p)
		res := Extract(parseSeed(t, filepath.Join("testdata/corpus", name+".txt")))
		used := make([]bool, len(exp))
		n := 0
		for _, x := range res.Targets {
			ok := false
			for i, r := range exp {
				if !used[i] && r.matches(x) {
					used[i], ok = true, true
					n++
					break
				}
			}
			if !ok {
				t.Errorf("%s: wrong row %s %s (%q at %d:%d)", name, x.ID, targetString(x), x.Quote, x.Line, x.Col)
			}
		}
		for i, r := range exp {
			if !used[i] {
				t.Logf("%s: missed %s:%d %s | %s | %s | %s", name, p, r.line, r.indicator, r.cmp, r.value, r.unit)
			}
		}
		t.Logf("%s: %d/%d expected rows found, %d rows given", name, n, len(exp), len(res.Targets))
		want, found, got = want+len(exp), found+n, got+len(res.Targets)
	}
	recall := float64(found) / float64(max(want, 1))
	t.Logf("recall %d/%d = %.1f%%, precision %d/%d", found, want, 100*recall, found, got)
	if recall < 0.95 {
		t.Errorf("recall %.1f%% (%d of %d), want at least 95%%", 100*recall, found, want)
	}
}

// TestEveryFigureDecided: on every corpus document the parser accepts, each
// figure the review sheet lists has a decision and a reason.
func TestEveryFigureDecided(t *testing.T) {
	paths, _ := filepath.Glob("testdata/corpus/*.txt")
	for _, p := range paths {
		_, doc, err := seed.ParseFile(p)
		if err != nil {
			t.Logf("%s: skipped, the parser rejects it: %v", p, err)
			continue
		}
		for _, f := range Extract(doc).Figures {
			if _, ok := decisions[f.Class]; !ok || f.Reason == "" {
				t.Errorf("%s:%d:%d: figure %s has class %q, reason %q", p, f.Line, f.Col, f.Text, f.Class, f.Reason)
			}
		}
	}
}
