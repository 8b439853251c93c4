package zh

import "unicode"

// Punctuation classes. Full- and half-width forms are one family.
const (
	// Openers are the opening brackets and quotes: “（《.
	Openers = "“‘「『《〈（([【〔［{"
	// Closers are the closing brackets and quotes, in the order of Openers.
	Closers = "”’」』》〉）)]】〕］}"
	// ClosingQuotes are the closing quotes that stay with the sentence
	// they close: …。”
	ClosingQuotes = "”’」』"
	// SentenceEnds are the marks that end a sentence: 。！？；.
	SentenceEnds = "。！？；!?;"
	// ClauseEnds are the marks that end a clause inside a sentence as well
	// as the sentence: ，：；。.
	ClauseEnds = "，,：:；;。！？!?"
	// ListMarks join the items of a list: 、和与及.
	ListMarks = "、和与及"
)

// IsHan reports whether r is a Chinese character.
func IsHan(r rune) bool {
	return unicode.Is(unicode.Han, r)
}

// IsLatin reports whether r is an ASCII letter: the G of 5G.
func IsLatin(r rune) bool {
	return r < 128 && unicode.IsLetter(r)
}

// Punctuation classes of a rune, as bits of Class.
const (
	Opener    uint8 = 1 << iota // in Openers
	Closer                      // in Closers
	ClauseEnd                   // in ClauseEnds
)

// classes holds Class for every rune of the Basic Multilingual Plane, where
// all the marks are.
var classes = func() *[0x10000]uint8 {
	var t [0x10000]uint8
	for _, c := range []struct {
		set string
		bit uint8
	}{{Openers, Opener}, {Closers, Closer}, {ClauseEnds, ClauseEnd}} {
		for _, r := range c.set {
			t[r] |= c.bit
		}
	}
	return &t
}()

// Class returns the punctuation classes of r, Opener, Closer and ClauseEnd
// as bits, 0 for a rune in none: Class('《') == Opener. It is a table
// lookup, for loops over every rune of a text, where strings.ContainsRune
// on the sets would be the most of their cost.
func Class(r rune) uint8 {
	if r < 0 || r >= 0x10000 {
		return 0
	}
	return classes[r]
}
