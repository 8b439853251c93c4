package policy

import (
	"regexp"

	"mingbai/generator/zh"
)

// latinWordRE finds a lower-case Latin word set off by spaces inside Chinese
// prose, the trace of a bad text extraction; acronyms such as 5G, IPv6 or
// CPU are attached to the Chinese and are not matched.
//
//	加强高技能人才队伍建设 and 高技能领军人才培育
var latinWordRE = regexp.MustCompile(`\p{Han}[,，]?\s+([a-z]{2,}(?:\s+[a-z]{2,})*)\s+[,，]?\p{Han}`)

// checkText warns about unbalanced quotes and brackets and about Latin words
// inside Chinese prose, in headings and paragraphs.
func (p *parser) checkText() {
	check := func(text string, at func(int) Pos) {
		rs := []rune(text)
		p.checkBalance(rs, at)
		if !hasLowerASCII(text) {
			return // latinWordRE needs a lowercase Latin word
		}
		for _, m := range latinWordRE.FindAllStringSubmatchIndex(text, -1) {
			i := zh.RuneLen(text[:m[2]])
			p.diag.add(SeverityWarning, at(i), zh.RuneLen(text[m[2]:m[3]]), "Latin word %q inside Chinese prose; if extraction damage, add an erratum", text[m[2]:m[3]])
		}
	}
	for _, pgs := range p.paragraphLists() {
		for _, pg := range pgs {
			check(pg.Text, pg.PosAt)
		}
	}
	p.doc.Walk(func(s *Section) {
		hp := p.sectionStarts[s].heading
		check(s.Heading, func(i int) Pos { return Pos{Line: hp.Line, Col: hp.Col + i} })
	})
}

// checkBalance warns about a quote or bracket that is never closed, or a
// closer with no opener. Full- and half-width brackets pair with each other.
func (p *parser) checkBalance(rs []rune, at func(int) Pos) {
	type open struct {
		r rune
		i int
	}
	var stack []open
	for i, r := range rs {
		c := zh.Class(r)
		if c&zh.Opener != 0 {
			stack = append(stack, open{r, i})
			continue
		}
		if c&zh.Closer == 0 {
			continue
		}
		// Find the matching opener, allowing either width.
		j := len(stack) - 1
		for j >= 0 && !pairs(stack[j].r, r) {
			j--
		}
		if j < 0 {
			p.diag.add(SeverityWarning, at(i), 1, "unbalanced %c: no opening mark before it", r)
			continue
		}
		for _, o := range stack[j+1:] {
			p.diag.add(SeverityWarning, at(o.i), 1, "unbalanced %c: closed by %c before it is closed", o.r, r)
		}
		stack = stack[:j]
	}
	for _, o := range stack {
		p.diag.add(SeverityWarning, at(o.i), 1, "unbalanced %c: never closed", o.r)
	}
}

// pairs reports whether closer c closes opener o.
func pairs(o, c rune) bool {
	i, j := runeIndexOf([]rune(openers), o), runeIndexOf([]rune(closers), c)
	return i >= 0 && (i == j || widthFamily(o) == widthFamily(c))
}

func runeIndexOf(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}

// widthFamily maps the full- and half-width forms of a bracket to one name.
func widthFamily(r rune) rune {
	switch r {
	case '（', '(', '）', ')':
		return '('
	case '［', '[', '］', ']':
		return '['
	}
	return r
}

// hasLowerASCII reports whether s has a byte a–z (never part of a multi-byte
// UTF-8 character).
func hasLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}
