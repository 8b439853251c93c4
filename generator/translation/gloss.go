package translation

import (
	"regexp"
	"strings"
)

// A translator's gloss is English the translator adds to explain a term,
// with no counterpart in the Chinese. It is written in double square
// brackets right after the term it explains:
//
//	the “six places” (六地) [[six strategic roles set for Liaoning]]
//
// The site shows it in single brackets, styled apart from the translation,
// and leaves it out of quotations (see Plain). Single square brackets are
// kept for brackets that translate brackets of the Chinese, such as
// [此件发至县(市、区)] or 〔2024〕.
var glossRE = regexp.MustCompile(`\[\[(.*?)\]\]`)

// Segment is a run of English text: translation, or a translator's gloss.
type Segment struct {
	Text  string `json:"text"`
	Gloss bool   `json:"gloss,omitempty"`
}

// Segments splits English into translation and glosses, the markup
// removed.
//
//	"BeiDou (北斗) [[China's satellite navigation system]]"
//	→ {"BeiDou (北斗) "} {"China's satellite navigation system", gloss}
func Segments(en string) []Segment {
	var out []Segment
	last := 0
	for _, m := range glossRE.FindAllStringSubmatchIndex(en, -1) {
		if m[0] > last {
			out = append(out, Segment{Text: en[last:m[0]]})
		}
		out = append(out, Segment{Text: en[m[2]:m[3]], Gloss: true})
		last = m[1]
	}
	if last < len(en) {
		out = append(out, Segment{Text: en[last:]})
	}
	return out
}

// Plain is the English without its glosses (and the space before each):
// the text to quote.
//
//	"BeiDou (北斗) [[China's satellite navigation system]], and" → "BeiDou (北斗), and"
func Plain(en string) string {
	return glossSpaceRE.ReplaceAllString(en, "")
}

var glossSpaceRE = regexp.MustCompile(`[ \t]*\[\[.*?\]\]`)

// glossProblems finds broken gloss markup, and single square brackets
// that do not translate a bracket of the Chinese zh: a bracketed insertion
// is either a gloss, to be marked [[…]], or a guess at the source, which
// belongs in an editor's note.
func glossProblems(en, zh string) []Finding {
	var out []Finding
	rest := glossRE.ReplaceAllStringFunc(en, func(m string) string {
		if strings.TrimSpace(m[2:len(m)-2]) == "" {
			out = append(out, Finding{m, "empty translator's gloss [[]]", true})
		}
		return ""
	})
	if strings.Contains(rest, "[[") || strings.Contains(rest, "]]") {
		out = append(out, Finding{"[[", "unbalanced gloss markup: a translator's gloss is written [[…]]", true})
		return out
	}
	if strings.ContainsAny(rest, "[]") && !strings.ContainsAny(zh, "[]［］【】〔〕") {
		b := rest[strings.IndexAny(rest, "[]"):]
		if e := strings.IndexByte(b, ']'); e >= 0 {
			b = b[:e+1]
		}
		out = append(out, Finding{b, "bracketed text with no bracket in the Chinese: mark a translator's gloss as [[…]]; a guess at garbled or doubtful source belongs in an editor's note, not in the translation", true})
	}
	return out
}
