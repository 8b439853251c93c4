package targets

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"mingbai/generator/policy"
)

// TestScannerMatchesFindAll: the prefiltered scanners find exactly what the
// plain patterns find, on every paragraph of every document we have.
func TestScannerMatchesFindAll(t *testing.T) {
	for name, s := range map[string]*scanner{"markers": markerPattern, "tokens": tokenPattern} {
		if s.first == nil {
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
			for _, s := range []*scanner{markerPattern, tokenPattern} {
				n++
				if got, want := fmt.Sprint(s.findAll(text)), fmt.Sprint(s.re.FindAllStringIndex(text, -1)); got != want {
					t.Fatalf("%s: findAll differs on %q\n got %s\nwant %s", p, text, got, want)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d texts checked", n)
	}
}

func TestFirstRunes(t *testing.T) {
	for pattern, want := range map[string]string{
		`到(?:19|20)\d{2}年`: "[21040 21040]",
		`(?:今年|明年)以来|\d+年`: "[48 57 20170 20170 26126 26126]",
		`x?y`:              "[120 121]",
		`(?i)abc`:          "unknown",
		`^a|b`:             "[98 98]",
		`\ba`:              "unknown",
		`a*`:               "unknown",
	} {
		s := newScanner(regexp.MustCompile(pattern))
		got := "unknown"
		if s.first != nil {
			got = fmt.Sprint([]rune(s.first))
		}
		if got != want {
			t.Errorf("%s: first runes %s, want %s", pattern, got, want)
		}
	}
}
