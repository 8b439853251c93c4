package zh

import "unicode/utf8"

// RuneLen returns the number of runes in s: 4 for 力争未来.
func RuneLen(s string) int {
	return utf8.RuneCountInString(s)
}

// RuneIndex converts byte offset b of s to a rune offset: 3 → 1 in 力争.
func RuneIndex(s string, b int) int {
	return utf8.RuneCountInString(s[:b])
}

// Counter converts byte offsets of one string, taken in increasing order,
// to rune offsets, counting only the runes between one offset and the
// next, so that converting every match of a long text stays linear.
type Counter struct {
	s    string
	b, r int // the last byte offset and its rune offset
}

// NewCounter returns a Counter over s.
func NewCounter(s string) *Counter {
	return &Counter{s: s}
}

// At returns the rune offset of byte offset b; an offset before the last
// one starts the count again.
func (c *Counter) At(b int) int {
	if b < c.b {
		c.b, c.r = 0, 0
	}
	c.r += utf8.RuneCountInString(c.s[c.b:b])
	c.b = b
	return c.r
}
