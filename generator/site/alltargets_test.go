package site

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"mingbai/generator/library"
)

// TestAllTargets: the combined downloads hold every target of every
// document in the library, and every row names its indicator in English
// (a document without a full translation names them in its en.toml).
func TestAllTargets(t *testing.T) {
	lib, err := library.Load("../..")
	if err != nil {
		t.Fatal(err)
	}
	fs := Files{}
	if err := fs.allTargets(lib); err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, d := range lib.Docs {
		total += len(d.Targets)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(fs["static/data/targets.csv"], []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs)-1 != total || total == 0 {
		t.Fatalf("targets.csv has %d rows, want one per target (%d)", len(recs)-1, total)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, r := range recs[1:] {
		if r[col["indicator_en"]] == "" {
			t.Errorf("targets.csv: %s %s (%s) has no English indicator: name it in seeds/%[1]s/en.toml as [\"target.%[2]s.indicator\"]", r[col["doc"]], r[col["id"]], r[col["indicator_zh"]])
		}
	}
	var rows []map[string]any
	if err := json.Unmarshal(fs["static/data/targets.json"], &rows); err != nil {
		t.Fatalf("targets.json: %v", err)
	}
	if len(rows) != total {
		t.Errorf("targets.json has %d rows, want %d", len(rows), total)
	}
}

// TestCardFigureUncut: the bottom line of every share card in the library is
// whole: a target's value and indicator that fit, or a value alone; never a
// line cut off with "…".
func TestCardFigureUncut(t *testing.T) {
	lib, err := library.Load("../..")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range lib.Docs {
		for _, lang := range []string{"zh", "en"} {
			cards := []*pageCard{docCard(d, lang)}
			for _, s := range ordered(d.Model) {
				cards = append(cards, sectionCard(d, s, lang))
			}
			for _, c := range cards {
				if c != nil && strings.HasSuffix(c.text.Figure, "…") {
					t.Errorf("%s %s: card %q: bottom line cut: %q", d.Model.ID, lang, c.Alt, c.text.Figure)
				}
			}
		}
	}
}
