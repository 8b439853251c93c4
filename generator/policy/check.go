package policy

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"mingbai/generator/zh"
)

// latinWordRE finds a lower-case Latin word set off by spaces inside Chinese
// prose, the trace of a bad text extraction; acronyms such as 5G, IPv6 or
// CPU are attached to the Chinese and are not matched.
//
//	加强高技能人才队伍建设 and 高技能领军人才培育
var latinWordRE = regexp.MustCompile(`\p{Han}[,，]?\s+([a-z]{2,}(?:\s+[a-z]{2,})*)\s+[,，]?\p{Han}`)

// checkText warns about unbalanced quotes and brackets and about Latin words
// inside Chinese prose, in headings and paragraphs. Brackets close within
// their paragraph; a quotation may run over paragraphs, as Chinese prints
// one: each of its paragraphs opens with “ and only the last one closes.
//
//	一、将第十七条修改为：“已满十六周岁的人犯罪，应当负刑事责任。
//	“已满十四周岁不满十六周岁的人，……应当负刑事责任。”
func (p *parser) checkText() {
	type unit struct {
		text string
		at   func(int) Pos
	}
	var units []unit
	for _, pgs := range p.paragraphLists() {
		for _, pg := range pgs {
			units = append(units, unit{pg.Text, pg.PosAt})
		}
	}
	p.doc.Walk(func(s *Section) {
		hp := p.sectionStarts[s].heading
		units = append(units, unit{s.Heading, func(i int) Pos { return Pos{Line: hp.Line, Col: hp.Col + i} }})
	})
	// in reading order, by the position of each unit's first rune
	slices.SortStableFunc(units, func(a, b unit) int {
		pa, pb := a.at(0), b.at(0)
		return cmp.Or(cmp.Compare(pa.Line, pb.Line), cmp.Compare(pa.Col, pb.Col))
	})
	var quotes []opened // quotations still open, carried from unit to unit
	for _, u := range units {
		rs := []rune(u.text)
		quotes = p.checkBalance(rs, u.at, quotes)
		if !hasLowerASCII(u.text) {
			continue // latinWordRE needs a lowercase Latin word
		}
		for _, m := range latinWordRE.FindAllStringSubmatchIndex(u.text, -1) {
			i := zh.RuneLen(u.text[:m[2]])
			p.diag.add(SeverityWarning, u.at(i), zh.RuneLen(u.text[m[2]:m[3]]), "Latin word %q inside Chinese prose; if extraction damage, add an erratum", u.text[m[2]:m[3]])
		}
	}
	for _, o := range quotes {
		p.diag.add(SeverityWarning, o.at, 1, "unbalanced %c: never closed", o.r)
	}
}

// opened is an opening quote or bracket not yet closed, where it stands.
type opened struct {
	r  rune
	at Pos
}

// isQuote reports whether the opener r is a quotation mark (its closer is
// one of zh.ClosingQuotes), which may stay open from one paragraph to the
// next; brackets may not.
func isQuote(r rune) bool {
	i := runeIndexOf([]rune(openers), r)
	return i >= 0 && strings.ContainsRune(zh.ClosingQuotes, []rune(closers)[i])
}

// checkBalance warns about a bracket that is never closed in rs, or a
// closer with no opener. Full- and half-width brackets pair with each other,
// and a straight " closes an open “ (《“十四五"规划》).
// quotes are the quotations left open before rs; it returns those open after
// it. When rs opens with the mark of the quotation left open, that mark
// continues it (a quotation's next paragraph) rather than opening another.
func (p *parser) checkBalance(rs []rune, at func(int) Pos, quotes []opened) []opened {
	stack := quotes
	for i, r := range rs {
		c := zh.Class(r)
		if r == '"' && slices.ContainsFunc(stack, func(o opened) bool { return o.r == '“' }) {
			r, c = '”', zh.Closer // web copies close “十四五" with a straight quote
		}
		if c&zh.Opener != 0 {
			if i == 0 && len(stack) > 0 && stack[len(stack)-1].r == r {
				continue // “ opening the next paragraph of an open quotation
			}
			stack = append(stack, opened{r, at(i)})
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
			if !listMarker(rs, i) {
				p.diag.add(SeverityWarning, at(i), 1, "unbalanced %c: no opening mark before it", r)
			}
			continue
		}
		for _, o := range stack[j+1:] {
			p.diag.add(SeverityWarning, o.at, 1, "unbalanced %c: closed by %c before it is closed", o.r, r)
		}
		stack = stack[:j]
	}
	// What is left open: quotations run on; brackets end with their paragraph.
	var open []opened
	for _, o := range stack {
		if isQuote(o.r) {
			open = append(open, o)
		} else {
			p.diag.add(SeverityWarning, o.at, 1, "unbalanced %c: never closed", o.r)
		}
	}
	return open
}

// listMarker reports whether the closer at rs[i] ends a list label at the
// start of the text, one to three Latin letters or digits: a) 1) iv).
//
//	a)植物生存状态。
func listMarker(rs []rune, i int) bool {
	if i < 1 || i > 3 || (rs[i] != ')' && rs[i] != '）') {
		return false
	}
	for _, r := range rs[:i] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
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
