package prefilter

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

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
		s := New(regexp.MustCompile(pattern))
		got := "unknown"
		if s.Prefiltered() {
			got = fmt.Sprint([]rune(s.first))
		}
		if got != want {
			t.Errorf("%s: first runes %s, want %s", pattern, got, want)
		}
	}
}

// TestFindAllMatchesRegexp: FindAll finds exactly what FindAllStringIndex
// finds, on texts that put matches at the start, across the scan window,
// back to back and nowhere.
func TestFindAllMatchesRegexp(t *testing.T) {
	patterns := []string{
		`到(?:19|20)\d{2}年|今年|过去\d+年`,
		`^\d+[.、]|第[一二三]|[0-9]+%`,
		`a+b|c`,
		`x*`, // may match the empty string: no prefilter
	}
	texts := []string{
		"到2025年，今年过去5年。",
		"1.加强领导，第二，增长5%和6%。",
		"今年今年今年",
		"",
		"没有匹配",
		strings.Repeat("a", 300) + " c",
		strings.Repeat("a", 200) + "b c",
		strings.Repeat("字", 100) + "到2030年",
	}
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		s := New(re)
		for _, text := range texts {
			if got, want := fmt.Sprint(s.FindAll(text)), fmt.Sprint(re.FindAllStringIndex(text, -1)); got != want {
				t.Errorf("%s on %q:\n got %s\nwant %s", p, text, got, want)
			}
		}
	}
}

// TestWindowLimit documents the one case FindAll gets wrong (see
// scanWindow): a match that needs more than the window before it can end is
// not found where it starts. After a long run that is no match, the next
// match is found.
func TestWindowLimit(t *testing.T) {
	s := New(regexp.MustCompile(`a+b|c`))
	if got := s.FindAll(strings.Repeat("a", 300) + "b c"); len(got) == 0 || got[0][0] == 0 {
		t.Errorf("a match longer than the window was found at 0: %v; update the comment of scanWindow", got)
	}
	digits := strings.Repeat("9", 20000)
	if got := New(regexp.MustCompile(`[0-9]+年|今年`)).FindAll(digits + "今年"); fmt.Sprint(got) != "[[20000 20006]]" {
		t.Errorf("after a long run of digits: %v", got)
	}
}
