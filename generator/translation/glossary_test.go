package translation

import (
	"slices"
	"testing"
)

// TestTermsIn: every term found, once, in glossary order, including terms
// inside longer ones, at the very end of the text, and sharing a first
// character; a term without Chinese is never found.
func TestTermsIn(t *testing.T) {
	terms := []Term{{ID: "cluster", Zh: "产业集群"}, {ID: "industry", Zh: "产业"}, {ID: "none", Zh: ""},
		{ID: "park", Zh: "产业园区"}, {ID: "ai", Zh: "人工智能"}, {ID: "absent", Zh: "新质生产力"}}
	got := TermsIn(terms, "依托各类产业园区，推动人工智能产业集群，产业")
	if want := []string{"cluster", "industry", "park", "ai"}; !slices.Equal(got, want) {
		t.Errorf("TermsIn = %q, want %q", got, want)
	}
	if got := TermsIn(terms, "没有术语"); got != nil {
		t.Errorf("TermsIn without terms = %q", got)
	}
}
