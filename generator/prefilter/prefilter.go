// Package prefilter finds all matches of a large regexp alternation quickly,
// by trying it only where a match can start:
//
//	s := prefilter.New(regexp.MustCompile(`到\d{4}年|今年|过去\d+年`))
//	s.FindAll("力争到2025年，今年…") // the same as FindAllStringIndex
package prefilter

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"unicode/utf8"
)

// Scanner finds all matches of a large alternation quickly: it tries the pattern, anchored, only where a match can start (a
// rune from the pattern's set of first runes), on a window of text. Go's
// regexp engine has no such prefilter for alternations, and running the
// unanchored pattern over every paragraph was most of the time of a large
// library's generate. The matches are the same as FindAllStringIndex gives.
type Scanner struct {
	re       *regexp.Regexp
	anchored *regexp.Regexp   // tried at the start of the text
	inner    *regexp.Regexp   // tried elsewhere: anchored, with ^ unable to match
	first    runeSet          // nil: a match may start anywhere; use re
	bmp      *[1 << 10]uint64 // first, for the runes below U+10000, as a bitmap
}

// Regexp returns the pattern s finds.
func (s *Scanner) Regexp() *regexp.Regexp { return s.re }

// Prefiltered reports whether s knows where matches can start, so that it
// is faster than the plain pattern.
func (s *Scanner) Prefiltered() bool { return s.first != nil }

// scanWindow is the bytes of text an anchored match is tried on; a match
// that reaches the end of the window is tried again on the whole text.
//
// The limit this sets: a match that can only end after a run longer than
// the window, with the run not itself a match (300 digits before 年 for
// [0-9]+年), is missed. Policy text has no such runs; trying every start on
// the whole text instead would take time quadratic in a long run of digits.
const scanWindow = 256

// New returns a Scanner for re. Where the set of runes a match can start
// with cannot be known (a pattern that can match the empty string, an
// assertion, case folding), the Scanner falls back on re itself.
func New(re *regexp.Regexp) *Scanner {
	s := &Scanner{re: re, anchored: regexp.MustCompile(`^(?:` + re.String() + `)`)}
	if t, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
		t = t.Simplify()
		if rs, nullable, ok := firstRunes(t); ok && !nullable {
			s.first = newRuneSet(rs)
			s.bmp = new([1 << 10]uint64)
			for i := 0; i < len(s.first); i += 2 {
				for r := s.first[i]; r <= min(s.first[i+1], 0xFFFF); r++ {
					s.bmp[r>>6] |= 1 << (r & 63)
				}
			}
			// Past the start of the text, a ^ in the pattern cannot match.
			noBegin(t)
			s.inner = regexp.MustCompile(`^(?:` + t.String() + `)`)
		}
	}
	return s
}

// FindAll returns the byte offsets of every leftmost-first match, without
// overlaps, as re.FindAllStringIndex(text, -1) does for a pattern that
// cannot match the empty string.
func (s *Scanner) FindAll(text string) [][]int {
	if s.first == nil {
		return s.re.FindAllStringIndex(text, -1)
	}
	var out [][]int
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if i > 0 && !s.starts(r) {
			i += n
			continue
		}
		re := s.inner
		if i == 0 {
			re = s.anchored
		}
		end := min(len(text), i+scanWindow)
		loc := re.FindStringIndex(text[i:end])
		if loc != nil && loc[1] == end-i && end < len(text) {
			loc = re.FindStringIndex(text[i:]) // the match may go on past the window
		}
		if loc == nil || loc[1] == 0 {
			i += n
			continue
		}
		out = append(out, []int{i, i + loc[1]})
		i += loc[1]
	}
	return out
}

// firstRunes returns the ranges (pairs lo, hi) of the runes a match of re can
// start with, whether re can match the empty string, and ok = false when the
// set cannot be known (an assertion, any character, case folding).
func firstRunes(re *syntax.Regexp) (rs []rune, nullable, ok bool) {
	switch re.Op {
	case syntax.OpBeginText:
		// Matches only at the start of the text, which is always tried.
		return nil, false, true
	case syntax.OpEmptyMatch:
		return nil, true, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) == 0 {
			return nil, false, false
		}
		return []rune{re.Rune[0], re.Rune[0]}, false, true
	case syntax.OpCharClass:
		return re.Rune, false, true
	case syntax.OpCapture, syntax.OpPlus:
		return firstRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		rs, _, ok := firstRunes(re.Sub[0])
		return rs, true, ok
	case syntax.OpRepeat:
		rs, null, ok := firstRunes(re.Sub[0])
		return rs, null || re.Min == 0, ok
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			r, null, ok := firstRunes(sub)
			if !ok {
				return nil, false, false
			}
			rs, nullable = append(rs, r...), nullable || null
		}
		return rs, nullable, true
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			r, null, ok := firstRunes(sub)
			if !ok {
				return nil, false, false
			}
			rs = append(rs, r...)
			if !null {
				return rs, false, true
			}
		}
		return rs, true, true
	}
	return nil, false, false
}

// noBegin makes every ^ (beginning of text) in re unable to match.
func noBegin(re *syntax.Regexp) {
	if re.Op == syntax.OpBeginText {
		re.Op = syntax.OpNoMatch
	}
	for _, sub := range re.Sub {
		noBegin(sub)
	}
}

// runeSet is a sorted list of disjoint rune ranges, as pairs lo, hi.
type runeSet []rune

func newRuneSet(pairs []rune) runeSet {
	type rng struct{ lo, hi rune }
	var rs []rng
	for i := 0; i+1 < len(pairs); i += 2 {
		rs = append(rs, rng{pairs[i], pairs[i+1]})
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].lo < rs[j].lo })
	var out runeSet
	for _, r := range rs {
		if n := len(out); n > 0 && r.lo <= out[n-1]+1 {
			out[n-1] = max(out[n-1], r.hi)
			continue
		}
		out = append(out, r.lo, r.hi)
	}
	return out
}

// starts reports whether a match can start with r: a bit of the bitmap for
// most runes, a search of the ranges for the rest. It runs for every rune
// of every text scanned.
func (s *Scanner) starts(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return s.bmp[r>>6]&(1<<(r&63)) != 0
	}
	return s.first.has(r)
}

func (s runeSet) has(r rune) bool {
	i := sort.Search(len(s)/2, func(i int) bool { return s[2*i+1] >= r })
	return i < len(s)/2 && s[2*i] <= r
}
