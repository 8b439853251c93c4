package targets

import "testing"

func TestDevScore(t *testing.T) {
	ss, err := ScoreCorpus("/tmp/devc")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ss {
		for _, x := range s.Wrong {
			t.Logf("%s WRONG %s %s (%q at %d:%d)", s.Name, x.ID, targetString(x), x.Quote, x.Line, x.Col)
		}
		for _, r := range s.Missed {
			t.Logf("%s MISSED :%d %s | %s | %s | %s", s.Name, r.Line, r.Indicator, r.Comparator, r.Value, r.Unit)
		}
	}
	tot, _ := Total(ss)
	t.Logf("recall %d/%d precision %d/%d", tot.Found, len(tot.Expected), tot.Found, len(tot.Targets))
}
