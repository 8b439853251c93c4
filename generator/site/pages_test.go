package site

import (
	"slices"
	"testing"

	"mingbai/generator/policy"
)

// TestSentencesOf: a paragraph is cut at the model's rune offsets, in
// Chinese, Latin and mixed text, and out of order spans are still cut right.
func TestSentencesOf(t *testing.T) {
	pg := &policy.Paragraph{Text: "甲乙。丙丁？ab，5G网络。",
		Sentences: []policy.Span{{Start: 0, End: 3}, {Start: 3, End: 6}, {Start: 6, End: 14}}}
	if got, want := sentencesOf(pg), []string{"甲乙。", "丙丁？", "ab，5G网络。"}; !slices.Equal(got, want) {
		t.Errorf("sentencesOf = %q, want %q", got, want)
	}
	pg.Sentences = []policy.Span{{Start: 3, End: 6}, {Start: 0, End: 3}}
	if got, want := sentencesOf(pg), []string{"丙丁？", "甲乙。"}; !slices.Equal(got, want) {
		t.Errorf("out of order: sentencesOf = %q, want %q", got, want)
	}
}
