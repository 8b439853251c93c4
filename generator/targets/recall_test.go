package targets

import (
	"path/filepath"
	"testing"

	"mingbai/generator/seed"
)

// TestHandChecked measures the target tables of the corpus documents
// against the lists a reader wrote in testdata/expected: recall (expected
// rows found) at least 95% and precision (targets on a list) at least 97%
// over all of them. A document the parser rejects is skipped, by name and
// with the parser's error, and left out of the total.
func TestHandChecked(t *testing.T) {
	ss, err := ScoreCorpus("testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) < 4 {
		t.Fatalf("%d hand-checked lists, want at least 4", len(ss))
	}
	for _, s := range ss {
		t.Run(s.Name, func(t *testing.T) {
			if s.Err != nil {
				t.Skipf("not scored, the parser rejects it: %v", s.Err)
			}
			for _, x := range s.Wrong {
				t.Logf("wrong row %s %s (%q at %d:%d)", x.ID, targetString(x), x.Quote, x.Line, x.Col)
			}
			for _, r := range s.Missed {
				t.Logf("missed expected/%s.txt:%d %s | %s | %s | %s", s.Name, r.Line, r.Indicator, r.Comparator, r.Value, r.Unit)
			}
			t.Logf("%d/%d expected rows found, %d rows given", s.Found, len(s.Expected), len(s.Targets))
		})
	}
	total, skipped := Total(ss)
	t.Logf("recall %d/%d = %.1f%%, precision %d/%d = %.1f%%, %d documents skipped",
		total.Found, len(total.Expected), 100*total.Recall(), total.Found, len(total.Targets), 100*total.Precision(), skipped)
	if total.Recall() < 0.95 {
		t.Errorf("recall %.1f%% (%d of %d), want at least 95%%", 100*total.Recall(), total.Found, len(total.Expected))
	}
	if total.Precision() < 0.97 {
		t.Errorf("precision %.1f%% (%d of %d), want at least 97%%", 100*total.Precision(), total.Found, len(total.Targets))
	}
}

// TestCompare: each expected row matches one target at most; a target on
// no row is wrong, a row no target matches is missed.
func TestCompare(t *testing.T) {
	exp, err := ParseExpected([]byte("# c\n城镇新增就业 | >= | 1200 | 万人 | 2024\n粮食产量 | >= | 1.3 | 万亿斤 | -\n"))
	if err != nil || len(exp) != 2 || exp[0].Year != 2024 || exp[1].Year != 0 || exp[0].Line != 2 {
		t.Fatalf("%+v, %v", exp, err)
	}
	ts := Extract(docOf("2024-03-05", "", "今年城镇新增就业1200万人以上，城镇新增就业1200万人以上；城镇调查失业率5.5%左右。")).Targets
	s := Compare("x", exp, ts)
	if s.Found != 1 || len(s.Missed) != 1 || len(s.Wrong) != len(ts)-1 {
		t.Errorf("found %d, missed %v, wrong %v of %v", s.Found, s.Missed, s.Wrong, ts)
	}
	if _, err := ParseExpected([]byte("a | b | c\n")); err == nil {
		t.Error("a row of 3 fields was accepted")
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
