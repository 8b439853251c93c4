package targets

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"mingbai/generator/policy"
	"mingbai/generator/prefilter"
)

// TestScannerMatchesFindAll: the prefiltered scanners find exactly what the
// plain patterns find, on every paragraph of every document we have.
func TestScannerMatchesFindAll(t *testing.T) {
	for name, s := range map[string]*prefilter.Scanner{"markers": markerPattern, "tokens": tokenPattern} {
		if !s.Prefiltered() {
			t.Errorf("%s: no first-rune set, so no prefilter", name)
		}
	}
	paths, _ := filepath.Glob("testdata/corpus/*.txt")
	paths = append(paths, "testdata/liaoning-2024-8/source.txt")
	n := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := policy.Parse(p, src, policy.Options{})
		if err != nil {
			t.Logf("skipped, the parser rejects it: %v", err)
			continue
		}
		var texts []string
		for _, pg := range doc.Preamble {
			texts = append(texts, pg.Text)
		}
		doc.Walk(func(s *policy.Section) {
			texts = append(texts, s.Heading)
			for _, pg := range s.Paragraphs {
				texts = append(texts, pg.Text)
			}
		})
		for _, text := range texts {
			for _, s := range []*prefilter.Scanner{markerPattern, tokenPattern} {
				n++
				if got, want := fmt.Sprint(s.FindAll(text)), fmt.Sprint(s.Regexp().FindAllStringIndex(text, -1)); got != want {
					t.Fatalf("%s: findAll differs on %q\n got %s\nwant %s", p, text, got, want)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d texts checked", n)
	}
}
