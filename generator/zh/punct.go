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
