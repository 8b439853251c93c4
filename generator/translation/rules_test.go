package translation

import (
	"strings"
	"testing"
)

// TestRulesPass: the rules fixture that keeps every rule (terms
// in titles, notes and summaries, one rendering per document, 以上 as “or
// more”, 力争 not “is to”, punctuation inside quotes) passes, also when it is
// marked complete.
func TestRulesPass(t *testing.T) {
	r := sourceReport(t, "testdata/rules/source.txt", "testdata/rules/good", true)
	if len(r.Problems)+len(r.Polish)+len(r.Inconsistent) > 0 {
		t.Errorf("problems:\n%s\npolish:\n%s\ninconsistent: %+v", problemLines(r.Problems), problemLines(r.Polish), r.Inconsistent)
	}
	if !r.OK() {
		t.Errorf("the good rules fixture fails: %s", r.Status())
	}
}

// TestRulesFail: each rule fails its seeded error, at its file:line:col
// (counted by hand), in a document not marked complete.
func TestRulesFail(t *testing.T) {
	r := sourceReport(t, "testdata/rules/source.txt", "testdata/rules/bad", false)
	en, sum := "testdata/rules/bad/en.toml", "testdata/rules/bad/summaries.toml"
	want := []string{
		en + `:20:49: "." after a closing quote: put the comma or full stop inside it, as in ".”" (US punctuation)`,
		en + `:4:1: unit title: glossary term 科技创新 is not rendered as "scientific and technological innovation"`,
		en + `:26:1: editor's note on c2.p1: glossary term 新业态 is not rendered as "new business forms"`,
		sum + `:9:1: summary c1: glossary term 专精特新 is rendered “specialized, refined, distinctive and innovative” here and “specialized and sophisticated” in unit c1.p1: use one rendering in a document`,
		en + `:12:87: unit c1.p1: 以上 after a number is “or more” (9%以上 → “9% or more”), not “over”, “above” or “at least”: 1 in the Chinese, 0 in the English`,
		en + `:12:59: unit c1.p1: "is to" renders 力争, which sets an aim: write “strive to” or “aim to”, or leave the aim out of the clause (seeds/STYLE.md, modal verbs)`,
		sum + `:9:56: summary c1: 以上 after a number is “or more” (9%以上 → “9% or more”), not “over”, “above” or “at least”: 1 in the Chinese, 0 in the English`,
		sum + `:9:28: summary c1: "is to" renders 力争, which sets an aim: write “strive to” or “aim to”, or leave the aim out of the clause (seeds/STYLE.md, modal verbs)`,
	}
	if got := problemLines(r.Problems); got != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	wantPolish := sum + `:13:59: "city–county": an en dash joins numbers in a range (2024–2028); join the words of a compound with a hyphen: "city-county"`
	if got := problemLines(r.Polish); got != wantPolish {
		t.Errorf("polish:\n%s\nwant:\n%s", got, wantPolish)
	}
	if r.OK() {
		t.Error("the bad rules fixture passes")
	}
}

// TestUIAndDataRules: the UI strings, pages and data files that keep the
// house spelling pass, and each banned spelling (and full stop outside a quote in
// a UI string) is reported where it is; keys are not checked.
func TestUIAndDataRules(t *testing.T) {
	for _, c := range []struct {
		name string
		got  func() ([]Problem, error)
		want []string
	}{
		{"good UI", func() ([]Problem, error) { return UIProblems("testdata/ui/good.toml") }, nil},
		{"good data", func() ([]Problem, error) { return DataProblems("testdata/data/good", "testdata/data/none") }, nil},
		{"good pages", func() ([]Problem, error) { return PageProblems("testdata/pages/good") }, nil},
		{"bad pages", func() ([]Problem, error) { return PageProblems("testdata/pages/bad") }, []string{
			`testdata/pages/bad/genre-plan.md:2:35: "programmes": write "programs" (house style, seeds/STYLE.md)`,
			`testdata/pages/bad/genre-plan.md:5:42: "licence": write "license" (house style, seeds/STYLE.md)`,
		}},
		{"bad UI", func() ([]Problem, error) { return UIProblems("testdata/ui/bad.toml") }, []string{
			`testdata/ui/bad.toml:2:17: "towards": write "toward" (house style, seeds/STYLE.md)`,
			`testdata/ui/bad.toml:3:35: "." after a closing quote: put the comma or full stop inside it, as in ".”" (US punctuation)`,
			`testdata/ui/bad.toml:5:20: "programmes": write "programs" (house style, seeds/STYLE.md)`,
		}},
		{"bad data", func() ([]Problem, error) { return DataProblems("testdata/data/bad") }, []string{
			`testdata/data/bad/targets.csv:2:8: "towards": write "toward" (house style, seeds/STYLE.md)`,
			`testdata/data/bad/targets.csv:2:25: "programmes": write "programs" (house style, seeds/STYLE.md)`,
			`testdata/data/bad/targets.csv:2:36: "towards": write "toward" (house style, seeds/STYLE.md)`,
			`testdata/data/bad/targets.json:3:21: "towards": write "toward" (house style, seeds/STYLE.md)`,
			`testdata/data/bad/targets.json:3:40: "organisations": use US spelling (-ize, -ization)`,
		}},
	} {
		ps, err := c.got()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := problemLines(ps); got != strings.Join(c.want, "\n") {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, strings.Join(c.want, "\n"))
		}
	}
}

// TestRenderingInflected: a rendering matches with its words inflected and
// joined by hyphens, and Rendering says which rendering a text uses.
func TestRenderingInflected(t *testing.T) {
	for _, c := range []struct {
		term Term
		en   string
		want int
	}{
		{Term{En: "strategic emerging industries"}, "a strategic emerging industry", 0},
		{Term{En: "establish the new before abolishing the old"}, "establishing the new before abolishing the old", 0},
		{Term{En: "Liaoning Craftsmen"}, "a Liaoning craftsman", 0},
		{Term{En: "proof of concept"}, "proof-of-concept centers", 0},
		{Term{En: "get one thing done efficiently"}, "getting one thing done efficiently", 0},
		{Term{En: "first (set of)"}, "the first (set of) major technical equipment", 0},
		{Term{En: "data factor", Variants: []string{"data element"}}, "data elements", 1},
		{Term{En: "source"}, "a resource", -1},
		{Term{En: "Chinese modernization"}, "Chinese-style modernization", -1},
	} {
		if got := c.term.Rendering(c.en); got != c.want {
			t.Errorf("%q in %q: rendering %d, want %d", c.term.En, c.en, got, c.want)
		}
	}
}
