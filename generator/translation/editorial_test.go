package translation

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mingbai/generator/policy"
	"mingbai/generator/seed"
	"mingbai/generator/summary"
	"mingbai/generator/targets"
)

// fixtureReport checks the fixture document testdata/opinions/source.txt
// against the translation and summaries in dir.
func fixtureReport(t *testing.T, dir string, complete bool) *Report {
	t.Helper()
	return sourceReport(t, "testdata/opinions/source.txt", dir, complete)
}

// sourceReport checks the fixture document source against the
// translation and summaries in dir, with the fixtures' glossary.
func sourceReport(t *testing.T, source, dir string, complete bool) *Report {
	t.Helper()
	_, doc, err := seed.ParseFile(source)
	if err != nil {
		t.Fatal(err)
	}
	terms, err := LoadGlossary("testdata/glossary.toml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := Load(filepath.Join(dir, "en.toml"))
	if err != nil {
		t.Fatal(err)
	}
	sums, err := summary.Load(filepath.Join(dir, "summaries.toml"))
	if err != nil {
		t.Fatal(err)
	}
	r := NewReport(doc, Units(doc), f, terms, sums, complete)
	r.Review(doc, f, terms, sums)
	return r
}

func problemLines(ps []Problem) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	return strings.Join(out, "\n")
}

// TestCheckPassesPartialTranslation: a document not marked complete, with
// a unit not yet translated, passes when its English keeps the house style.
func TestCheckPassesPartialTranslation(t *testing.T) {
	r := fixtureReport(t, "testdata/opinions", false)
	if len(r.Problems)+len(r.Polish)+len(r.Inconsistent) > 0 {
		t.Errorf("problems:\n%s\n%s\n%+v", problemLines(r.Problems), problemLines(r.Polish), r.Inconsistent)
	}
	if !r.OK() || r.Count(Missing) != 1 {
		t.Errorf("OK = %v with %d missing units", r.OK(), r.Count(Missing))
	}
}

// TestCheckFailsOnSeededErrors: one seeded error of each kind, each
// reported at its file:line:col (positions counted by hand), and the
// check fails even though the document is not marked complete.
func TestCheckFailsOnSeededErrors(t *testing.T) {
	r := fixtureReport(t, "testdata/bad", false)
	en, sum := "testdata/bad/en.toml", "testdata/bad/summaries.toml"
	want := []string{
		en + `:4:8: date "20 June 2024": write "June 20, 2024"`,
		en + `:8:46: "towards": write "toward" (house style, seeds/STYLE.md)`,
		en + `:12:160: bracketed text with no bracket in the Chinese: mark a translator's gloss as [[…]]; a guess at garbled or doubtful source belongs in an editor's note, not in the translation`,
		en + `:16:6: editor's note on c1.p1: the quoted Chinese "提升工程质量安全水平" no longer occurs in the unit; quote the text as it is now, or remove the note`,
		en + `:22:6: editor's note on unit c9.p1, which the document does not have`,
		en + `:21:1: editor's note on c9.p1: kind must be "suspected-error" or "ambiguity"`,
		en + `:22:6: editor's note on c9.p1 needs both note-zh and note-en`,
		sum + `:3:34: date "20 June 2024": write "June 20, 2024"`,
		en + `:12:53: unit c1.p1: “conversion” renders 科技成果转化 otherwise than the glossary: write “commercialization of scientific and technological achievements”`,
		en + `:12:1: unit c1.p1: glossary term 独角兽 is not rendered as "unicorn"`,
		en + `:12:1: unit c1.p1: glossary term 科技成果转化 is not rendered as "commercialization of scientific and technological achievements"`,
		sum + `:9:59: summary c1: “conversion” renders 科技成果转化 otherwise than the glossary: write “commercialization of scientific and technological achievements”`,
		sum + `:9:1: summary c1: glossary term 科技成果转化 is not rendered as "commercialization of scientific and technological achievements"`,
	}
	if got := problemLines(r.Problems); got != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	wantPolish := []string{
		en + `:28:16: straight single quote: use ’ for an apostrophe and ‘…’ for a quotation inside a quotation`,
		sum + `:3:7: "This opinion": the document is a set of Opinions (意见): write “the Opinions” or “these Opinions”`,
		sum + `:9:7: "Chapter 1": this document's divisions are parts (一、二、…), not 第…章 chapters: write "Part 1"`,
	}
	if got := problemLines(r.Polish); got != strings.Join(wantPolish, "\n") {
		t.Errorf("polish:\n%s\nwant:\n%s", got, strings.Join(wantPolish, "\n"))
	}
	var inc []string
	for _, in := range r.Inconsistent {
		inc = append(inc, in.UnitID+" "+in.Term.ID)
	}
	if strings.Join(inc, ",") != "c1.p1 unicorn,c1.p1 st-commercialization" {
		t.Errorf("inconsistent: %v", inc)
	}
	if r.OK() {
		t.Error("a document with strict house-style errors passes the check")
	}
	// Polish fails a complete document only: without the strict problems,
	// the incomplete fixture passes, the complete one does not.
	r.Problems = nil
	if !r.OK() {
		t.Error("polish fails a document not marked complete")
	}
	r.Complete = true
	if r.OK() {
		t.Error("polish passes a document marked complete")
	}
}

// TestCheckPassesOnTree: every document in seeds/ passes the check with
// the shared glossary, as `generator check` requires.
func TestCheckPassesOnTree(t *testing.T) {
	seeds, _, err := seed.Load("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	terms, err := LoadGlossary("../../seeds/glossary.toml")
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) == 0 {
		t.Fatal("no seeds")
	}
	for _, s := range seeds {
		doc, err := s.Parse()
		if err != nil {
			t.Fatal(err)
		}
		var extra []Unit
		for _, tg := range targets.Extract(doc).Targets {
			extra = append(extra, Unit{ID: IndicatorUnit(tg.ID), Zh: tg.Indicator, Pos: policy.Pos{Line: tg.Line, Col: tg.Col}})
		}
		f, err := Load(s.File("en.toml"))
		if err != nil {
			t.Fatal(err)
		}
		sums, err := summary.Load(s.File("summaries.toml"))
		if err != nil {
			t.Fatal(err)
		}
		r := NewReport(doc, Units(doc, extra...), f, terms, sums, s.Meta.Complete)
		r.Review(doc, f, terms, sums)
		if !r.OK() {
			var b strings.Builder
			r.Write(&b, s.Path, s.File("en.toml"), s.File("summaries.toml"))
			t.Errorf("%s fails the check:\n%s", s.ID, b.String())
		}
	}
}

// TestFoundingDocumentEditorial: the founding document carries no
// bracketed guess and has a visible note on each suspected source error.
func TestFoundingDocumentEditorial(t *testing.T) {
	f := enFile(t)
	for id, e := range f.Entries {
		if strings.Contains(Plain(e.En), "[") && id != "docNumber" && id != "notes.1" {
			t.Errorf("%s has a bracket outside a gloss: %s", id, e.En)
		}
	}
	want := map[string]string{"提升工程质量安全隐患水平": "m09.p1", "加快发展智能制造，大力推进绿色制造": "m09.p1", "智享家居": "m11.p1", "大力发展战略金融": "m18.p1"}
	for zh, id := range want {
		found := false
		for _, n := range f.Entries[id].Notes {
			found = found || (n.Zh == zh && n.Kind == SuspectedError)
		}
		if !found {
			t.Errorf("no suspected-error note on %s for %s", id, zh)
		}
	}
}

func TestGlossSegmentsAndPlain(t *testing.T) {
	en := "BeiDou (北斗) [[China’s satellite navigation system]], and more"
	segs := Segments(en)
	if len(segs) != 3 || segs[0].Text != "BeiDou (北斗) " || !segs[1].Gloss || segs[1].Text != "China’s satellite navigation system" || segs[2].Text != ", and more" {
		t.Errorf("segments %+v", segs)
	}
	if got := Plain(en); got != "BeiDou (北斗), and more" {
		t.Errorf("plain %q", got)
	}
}

func TestStyleFindings(t *testing.T) {
	cases := []struct {
		en, zh string
		g      Genre
		want   string // the found texts, joined by |
	}{
		{"Issued on June 20, 2024, toward growth.", "", Genre{}, ""},
		{"Issued on June 20 2024 and 3rd March, 2024.", "", Genre{}, "3rd March, 2024|June 20 2024"},
		{"On 2024-06-20 the organisation prioritised it.", "", Genre{}, "organisation|prioritised|2024-06-20"},
		{"Chapter 3 of this opinion", "", Genre{Opinions: true}, "Chapter 3|this opinion"},
		{"Chapter 3 of the Opinions", "", Genre{Opinions: true, Chapters: true}, ""},
		{"Liao Wei Fa [2024] No. 8", "辽委发〔2024〕8号", Genre{}, ""},
		{"a [[gloss]] and [[unclosed", "", Genre{}, "[["},
		{strings.Repeat("word ", 81) + ".", "", Genre{}, "word word word word word word"},
	}
	for _, c := range cases {
		var got []string
		for _, f := range Style(c.en, c.zh, c.g) {
			got = append(got, f.Found)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("Style(%q) found %q, want %q", c.en, strings.Join(got, "|"), c.want)
		}
	}
}

// TestStyleDocumented: every banned spelling is listed in seeds/STYLE.md,
// so the written style and the check cannot drift apart.
func TestStyleDocumented(t *testing.T) {
	b, err := os.ReadFile("../../seeds/STYLE.md")
	if err != nil {
		t.Fatal(err)
	}
	for w := range Banned {
		if !strings.Contains(string(b), "“"+w+"”") {
			t.Errorf("seeds/STYLE.md does not list the banned spelling “%s”", w)
		}
	}
}

// TestGlossaryStyle: the shared glossary keeps the house style, and a
// banned spelling in a glossary note is reported at its position.
func TestGlossaryStyle(t *testing.T) {
	terms, err := LoadGlossary("../../seeds/glossary.toml")
	if err != nil {
		t.Fatal(err)
	}
	if ps := GlossaryProblems("../../seeds/glossary.toml", terms); len(ps) > 0 {
		t.Errorf("seeds/glossary.toml:\n%s", problemLines(ps))
	}
	bad, err := LoadGlossary("testdata/bad/glossary.toml")
	if err != nil {
		t.Fatal(err)
	}
	want := `testdata/bad/glossary.toml:7:60: "towards": write "toward" (house style, seeds/STYLE.md)`
	if got := problemLines(GlossaryProblems("testdata/bad/glossary.toml", bad)); got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// TestNotesOnUntranslatedUnit: an editor's note applies to both languages,
// so it is kept on a unit that has no English yet.
func TestNotesOnUntranslatedUnit(t *testing.T) {
	f := &File{Entries: map[string]Entry{"c1.p1": {Notes: []Note{{Kind: Ambiguity, Zh: "各市", NoteZh: "甲", NoteEn: "A"}}}}}
	ts, _ := Resolve([]Unit{{ID: "c1.p1", Zh: "各市要抓好落实。"}}, f)
	if ts[0].Status != Missing || len(ts[0].Notes) != 1 {
		t.Errorf("%+v", ts[0])
	}
	if ps := noteProblems(f, []Unit{{ID: "c1.p1", Zh: "各市要抓好落实。"}}, Genre{}); len(ps) != 0 {
		t.Errorf("problems %v", ps)
	}
}
