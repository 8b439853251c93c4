package targets

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"

	"mingbai/generator/seed"
)

// Expected is one row of a hand-checked target list (see
// testdata/expected/README.md), such as
//
//	城镇新增就业 | >= | 1200 | 万人 | 2024
type Expected struct {
	Indicator, Comparator, Value, Unit string
	Year                               int // 0: not checked
	Line                               int // where the row is in its list
}

// ParseExpected reads a hand-checked list: indicator | comparator | value |
// unit | year, one target a line, # comments and blank lines skipped.
func ParseExpected(src []byte) ([]Expected, error) {
	var rows []Expected
	for i, line := range strings.Split(string(src), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 5 {
			return nil, fmt.Errorf("line %d: want 5 fields separated by |, got %q", i+1, line)
		}
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		r := Expected{Indicator: f[0], Comparator: f[1], Value: f[2], Unit: f[3], Line: i + 1}
		if f[4] != "-" {
			y, err := strconv.Atoi(f[4])
			if err != nil {
				return nil, fmt.Errorf("line %d: year %q", i+1, f[4])
			}
			r.Year = y
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// Matches reports whether target x is the expected row r: the same
// comparator, value and unit, one indicator containing the other, and the
// same last year of the horizon where r gives one.
func (r Expected) Matches(x Target) bool {
	return x.Comparator == r.Comparator && x.Value.String() == r.Value && x.Unit == r.Unit &&
		(strings.Contains(x.Indicator, r.Indicator) || strings.Contains(r.Indicator, x.Indicator)) &&
		(r.Year == 0 || x.Horizon.To == r.Year)
}

// Score is how the target table of one document compares with its
// hand-checked list: recall is Found of len(Expected), precision Found of
// len(Targets).
type Score struct {
	Name     string
	Expected []Expected
	Targets  []Target
	Found    int
	Wrong    []Target   // targets on no row of the list
	Missed   []Expected // rows no target matches
	Err      error      // the document could not be read; it is not scored
}

// Compare scores targets ts against the rows of a hand-checked list, each
// row matching at most one target.
func Compare(name string, exp []Expected, ts []Target) Score {
	s := Score{Name: name, Expected: exp, Targets: ts}
	used := make([]bool, len(exp))
	for _, x := range ts {
		ok := false
		for i, r := range exp {
			if !used[i] && r.Matches(x) {
				used[i], ok = true, true
				s.Found++
				break
			}
		}
		if !ok {
			s.Wrong = append(s.Wrong, x)
		}
	}
	for i, r := range exp {
		if !used[i] {
			s.Missed = append(s.Missed, r)
		}
	}
	return s
}

// ScoreCorpus scores every document of dir/corpus that has a list in
// dir/expected (NAME.txt for corpus/NAME.txt), in the order of the lists'
// names. A document the parser rejects is returned with its error.
func ScoreCorpus(dir string) ([]Score, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "expected", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no hand-checked lists in %s", filepath.Join(dir, "expected"))
	}
	var out []Score
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		src, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		exp, err := ParseExpected(src)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		_, doc, err := seed.ParseFile(filepath.Join(dir, "corpus", name+".txt"))
		if err != nil {
			out = append(out, Score{Name: name, Expected: exp, Err: err})
			continue
		}
		out = append(out, Compare(name, exp, Extract(doc).Targets))
	}
	return out, nil
}

// Total adds up the scores that were read; skipped counts the others.
func Total(ss []Score) (t Score, skipped int) {
	t.Name = "total"
	for _, s := range ss {
		if s.Err != nil {
			skipped++
			continue
		}
		t.Expected = append(t.Expected, s.Expected...)
		t.Targets = append(t.Targets, s.Targets...)
		t.Found += s.Found
		t.Wrong = append(t.Wrong, s.Wrong...)
		t.Missed = append(t.Missed, s.Missed...)
	}
	return t, skipped
}

// Recall is the share of expected rows found, 1 when none are expected.
func (s Score) Recall() float64 { return ratio(s.Found, len(s.Expected)) }

// Precision is the share of targets on the list, 1 when there are none.
func (s Score) Precision() float64 { return ratio(s.Found, len(s.Targets)) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// WriteScores writes one precision/recall line per document, then the
// total; a document the parser rejects says why instead:
//
//	gov-work-report-2024   recall 15/15 100.0%   precision 15/15 100.0%
//	hebei-gov-work-report  skipped: …: duplicated number 一、
//	total                  recall 40/42  95.2%   precision 40/41  97.6%
func WriteScores(w io.Writer, ss []Score) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	line := func(s Score) {
		fmt.Fprintf(tw, "%s\trecall %d/%d\t%5.1f%%\tprecision %d/%d\t%5.1f%%\n", s.Name,
			s.Found, len(s.Expected), 100*s.Recall(), s.Found, len(s.Targets), 100*s.Precision())
	}
	for _, s := range ss {
		if s.Err != nil {
			first, _, _ := strings.Cut(s.Err.Error(), "\n")
			fmt.Fprintf(tw, "%s\tskipped: the parser rejects it: %s\n", s.Name, first)
			continue
		}
		line(s)
	}
	t, skipped := Total(ss)
	line(t)
	if err := tw.Flush(); err != nil {
		return err
	}
	if skipped > 0 {
		_, err := fmt.Fprintf(w, "# %d of %d documents skipped: the parser rejects them\n", skipped, len(ss))
		return err
	}
	return nil
}
