package policy

import (
	"fmt"

	"mingbai/generator/zh"
)

// levelLetters gives the ID prefix of sections by depth: chapters, measures,
// items, sub-items.
var levelLetters = []string{"c", "m", "i", "j", "k"}

// assignIDs gives every section a language-neutral ID derived from its place
// in the structure, and paragraphs their p1, p2, … IDs.
//
// Top-level sections are c1, c2, … by their number. Deeper levels are
// numbered by the document's own numbers: if a level is numbered
// continuously across its parents (it never starts again at 1 under a new
// parent), as the founding document numbers its
// measures (一)…(二十五) across seven chapters, the ID is m01…m25; if the
// numbering restarts under every parent, the parent's ID qualifies it:
// c2-m01. A duplicated number is an error, since IDs must be unique and
// stable; a skipped number is a warning.
func (p *parser) assignIDs() {
	var main []*Section
	for _, s := range p.doc.Sections {
		if s.Style == StyleAttachment {
			continue
		}
		main = append(main, s)
	}
	p.assign(main, "")
	seen := map[int]*Section{}
	for _, s := range p.doc.Sections {
		if s.Style != StyleAttachment {
			continue
		}
		s.ID = fmt.Sprintf("x%d", s.Number)
		if first, dup := seen[s.Number]; dup {
			p.diag.add(SeverityWarning, s.Pos, zh.RuneLen(s.Label), "attachment number repeated: %s already used at %d:%d; numbered by its place instead", s.Label, first.Pos.Line, first.Pos.Col)
			for n := s.Number + 1; ; n++ {
				if seen[n] == nil {
					s.ID = fmt.Sprintf("x%d", n)
					break
				}
			}
		}
		seen[s.Number] = s
		p.assign(s.Sections, s.ID+"-")
	}
	for _, pgs := range p.paragraphLists() {
		for i, pg := range pgs {
			pg.ID = fmt.Sprintf("p%d", i+1)
		}
	}
}

// styleLetters give the ID prefix of the levels of a law's hierarchy, which
// are named by their level rather than their depth: a chapter is c2 under
// a book as at the top.
var styleLetters = map[Style]string{StylePian: "pt", StyleBian: "bk", StyleFenbian: "sb", StyleChapter: "c", StyleSection: "s"}

// assign gives IDs to the sections of one numbering domain (the document,
// or one attachment), each prefixed with prefix.
func (p *parser) assign(top []*Section, prefix string) {
	byLevel := map[int][]*Section{}
	parent := map[*Section]*Section{}
	var walk func(ss []*Section, up *Section, depth int)
	walk = func(ss []*Section, up *Section, depth int) {
		for _, s := range ss {
			byLevel[depth] = append(byLevel[depth], s)
			parent[s] = up
			walk(s.Sections, s, depth+1)
		}
	}
	walk(top, nil, 0)
	// Articles are numbered on through chapters and sections at whatever
	// depth they stand (第六条 ends 第一章; 第七条 opens 第二章 第一节), so each
	// follows the article before it in the text.
	prevArticle := map[*Section]*Section{}
	var lastArticle *Section
	var articles func(ss []*Section)
	articles = func(ss []*Section) {
		for _, s := range ss {
			if s.Style == StyleArticle {
				prevArticle[s], lastArticle = lastArticle, s
				continue // an article's items are numbered within it
			}
			articles(s.Sections)
		}
	}
	articles(top)
	seen := map[string]*Section{} // IDs are unique across depths
	for depth := 0; depth < len(byLevel); depth++ {
		ss := byLevel[depth]
		letter := levelLetters[min(depth, len(levelLetters)-1)]
		continuous := true
		for i := 1; i < len(ss); i++ {
			if parent[ss[i]] != parent[ss[i-1]] && ss[i].Number == 1 && !inArticle(parent, ss[i]) {
				continuous = false
			}
		}
		prev := map[*Section]*Section{} // the previous sibling in the numbering domain
		var last *Section
		for _, s := range ss {
			l := letter
			if sl, ok := styleLetters[s.Style]; ok {
				l = sl
			}
			switch {
			case s.Style == StyleArticle:
				// Articles are numbered continuously across chapters as
				// printed: a12 is 第十二条 wherever it stands.
				s.ID = fmt.Sprintf("%sa%d", prefix, s.Number)
				if s.Sub > 0 {
					s.ID += fmt.Sprintf("-%d", s.Sub) // 第十七条之一 → a17-1
				}
			case inArticle(parent, s) && s.Para > 1:
				// an item of the article's second or later paragraph (款)
				s.ID = fmt.Sprintf("%s-p%d-%s%02d", parent[s].ID, s.Para, articleLetter(parent, s), s.Number)
			case inArticle(parent, s):
				s.ID = fmt.Sprintf("%s-%s%02d", parent[s].ID, articleLetter(parent, s), s.Number)
			case depth == 0 || legal(s.Style) && continuous:
				s.ID = fmt.Sprintf("%s%s%d", prefix, l, s.Number)
			case continuous:
				s.ID = fmt.Sprintf("%s%s%02d", prefix, l, s.Number)
			case legal(s.Style):
				s.ID = fmt.Sprintf("%s-%s%d", parent[s].ID, l, s.Number)
			default:
				s.ID = fmt.Sprintf("%s-%s%02d", parent[s].ID, l, s.Number)
			}
			switch {
			case s.Style == StyleArticle:
				prev[s] = prevArticle[s]
			case last != nil && last.Style != StyleArticle && (continuous && !inArticle(parent, s) && !inArticle(parent, last) || parent[last] == parent[s] && last.Para == s.Para):
				prev[s] = last
			}
			last = s
			if first, dup := seen[s.ID]; dup {
				p.diag.add(SeverityError, s.Pos, zh.RuneLen(s.Label), "duplicated number %s: %s already used at %d:%d; check that the heading between them was recognised, or correct the numbering with an erratum in meta.toml", s.Label, first.Label, first.Pos.Line, first.Pos.Col)
				s.ID = fmt.Sprintf("%s-dup%d", s.ID, s.Pos.Line)
				continue
			}
			seen[s.ID] = s
			want := 1
			if q := prev[s]; q != nil {
				want = q.Number + 1
				if s.Sub > 0 {
					want = q.Number // 第十七条之一 follows 第十七条 (or 之一)
				}
			}
			switch {
			case s.Number > want && prev[s] == nil:
				p.diag.add(SeverityWarning, s.Pos, zh.RuneLen(s.Label), "skipped number: %s is the first of its numbering here: was the heading or item numbered 1 before it lost from the copy? Restore it with an erratum in meta.toml", s.Label)
			case s.Number > want:
				p.diag.add(SeverityWarning, s.Pos, zh.RuneLen(s.Label), "skipped number: %s follows %s", s.Label, expectedBefore(prev[s]))
			case s.Number < want:
				p.diag.add(SeverityWarning, s.Pos, zh.RuneLen(s.Label), "number out of order: %s follows %s", s.Label, expectedBefore(prev[s]))
			}
		}
	}
}

// inArticle reports whether s stands inside an article, at any depth.
func inArticle(parent map[*Section]*Section, s *Section) bool {
	for up := parent[s]; up != nil; up = parent[up] {
		if up.Style == StyleArticle {
			return true
		}
	}
	return false
}

// articleLetter gives the ID letter of a subdivision of an article by its
// depth below the article: items i, sub-items j, then k.
//
//	a12-i03, a12-i03-j01
func articleLetter(parent map[*Section]*Section, s *Section) string {
	n := 0
	for up := parent[s]; up != nil && up.Style != StyleArticle; up = parent[up] {
		n++
	}
	return []string{"i", "j", "k"}[min(n, 2)]
}

func expectedBefore(s *Section) string {
	if s == nil {
		return "the start of its level"
	}
	return s.Label
}

// paragraphLists returns the preamble and every section's paragraphs.
func (p *parser) paragraphLists() [][]*Paragraph {
	out := [][]*Paragraph{p.doc.Preamble}
	if p.doc.Cover != nil {
		out = append(out, p.doc.Cover.Paragraphs)
	}
	p.doc.Walk(func(s *Section) { out = append(out, s.Text()) })
	return append(out, p.doc.Epilogue)
}
