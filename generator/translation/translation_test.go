package translation

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mingbai/generator/policy"
	"mingbai/generator/seed"
	"mingbai/generator/targets"
)

func founding(t *testing.T, edit func([]byte) []byte) *policy.Document {
	t.Helper()
	s, err := seed.Open("../../seeds/liaoning-2024-8/source.txt")
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		s.Source = edit(s.Source)
	}
	doc, err := s.Parse()
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// unitsOf lists a document's units with its target indicators, as the
// library does.
func unitsOf(doc *policy.Document) []Unit {
	var extra []Unit
	for _, t := range targets.Extract(doc).Targets {
		extra = append(extra, Unit{ID: IndicatorUnit(t.ID), Zh: t.Indicator})
	}
	return Units(doc, extra...)
}

func enFile(t *testing.T) *File {
	t.Helper()
	f, err := Load("../../seeds/liaoning-2024-8/en.toml")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestOneCharacterMakesOneUnitStale: changing one character of one Chinese
// paragraph makes exactly that unit stale.
func TestOneCharacterMakesOneUnitStale(t *testing.T) {
	f := enFile(t)
	before, _ := Resolve(unitsOf(founding(t, nil)), f)
	for _, tr := range before {
		if tr.Status != Current {
			t.Fatalf("unit %s is %s before the edit", tr.ID, tr.Status)
		}
	}
	doc := founding(t, func(b []byte) []byte {
		return []byte(strings.Replace(string(b), "牢固树立大农业观", "牢固树立大农业观念", 1))
	})
	after, _ := Resolve(unitsOf(doc), f)
	var stale []string
	for _, tr := range after {
		if tr.Status != Current {
			stale = append(stale, tr.ID+":"+tr.Status)
		}
	}
	if strings.Join(stale, ",") != "m05.p1:stale" {
		t.Errorf("not current after the edit: %v", stale)
	}
}

func TestHashIgnoresWidthAndSpace(t *testing.T) {
	if Hash("（一） 开展创新") != Hash("(一)开展创新") {
		t.Error("bracket width or a space changes the hash")
	}
	if Hash("开展创新") == Hash("开展创造") {
		t.Error("a changed character keeps the hash")
	}
}

func TestMissingUnitAndOrphan(t *testing.T) {
	f := enFile(t)
	delete(f.Entries, "m12.heading")
	f.Entries["m99.p1"] = Entry{Hash: "0000000000", En: "gone"}
	ts, orphans := Resolve(unitsOf(founding(t, nil)), f)
	var missing []string
	for _, tr := range ts {
		if tr.Status == Missing {
			missing = append(missing, tr.ID)
		}
	}
	if strings.Join(missing, ",") != "m12.heading" || strings.Join(orphans, ",") != "m99.p1" {
		t.Errorf("missing %v, orphans %v", missing, orphans)
	}
}

func TestGlossaryInconsistency(t *testing.T) {
	terms := []Term{{ID: "unicorn", Zh: "独角兽", En: "unicorn", Variants: []string{"unicorns"}}}
	ts := []Translation{
		{Unit: Unit{ID: "a", Zh: "培育独角兽企业"}, En: "foster Unicorn firms", Status: Current},
		{Unit: Unit{ID: "b", Zh: "培育独角兽企业"}, En: "foster one-horned firms", Status: Current},
		{Unit: Unit{ID: "c", Zh: "培育独角兽企业"}, Status: Missing},
	}
	got := Inconsistencies(ts, terms)
	if len(got) != 1 || got[0].UnitID != "b" {
		t.Errorf("inconsistencies = %+v", got)
	}
}

func TestStampFillsOnlyEmptyHashes(t *testing.T) {
	doc := founding(t, nil)
	dir := t.TempDir()
	p := filepath.Join(dir, "en.toml")
	src := "# a comment stays\n[\"title\"]\nhash = \"\"\nen = \"Opinions\"\n\n[\"c1.heading\"]\nhash = \"0123456789\"\nen = \"General requirements\"\n"
	os.WriteFile(p, []byte(src), 0o644)
	ids, err := Stamp(p, Units(doc))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	want := strings.Replace(src, "hash = \"\"", "hash = \""+Hash(doc.TitleText())+"\"", 1)
	if strings.Join(ids, ",") != "title" || string(b) != want {
		t.Errorf("stamped %v:\n%s", ids, b)
	}
}
