package policy

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"mingbai/generator/zh"
)

// Options control a parse. The zero value parses a document with no errata
// and an empty ID.
type Options struct {
	ID     string    // the document's ID, e.g. "liaoning-2024-8"
	Errata []Erratum // seed-side corrections, applied before parsing
	Title  string    // the title from meta.toml, used when the text prints none
	// RequireTitle makes a document without a title an error, as it is for
	// a seed; fragments parsed in tests need no title.
	RequireTitle bool
}

type parser struct {
	doc  *Document
	diag diagnostics
	// pieces of source text that ended up in the model, for the fidelity check
	sectionStarts map[*Section]sectionPos
	// the page title a scraper's header gives (# 关于印发《…》的通知), which
	// names the document or its cover notice when neither prints a title
	scraperTitle Inferred
	// the issuing body a scraper's header names (发文单位：河北省人民政府),
	// used only when the document prints none and no better source names one
	scraperIssuers Inferred
}

type sectionPos struct{ heading, punct Pos }

var (
	// pageNumberRE matches a page number left on a line of its own by a PDF.
	//	— 3 —
	//	- 12 -
	//	第 4 页
	pageNumberRE = regexp.MustCompile(`^(?:[—–\-－]+\s*\d{1,4}\s*[—–\-－]+|第\s*\d{1,4}\s*页(?:\s*[/／共]\s*\d+\s*页?)?)$`)

	// addressRE matches the address to the audience that a speech or report
	// repeats between its parts; it closes the measure before it.
	//	各位代表！
	//	同志们：
	//	同志们、朋友们！
	addressRE = regexp.MustCompile(`^(?:各位(代表|委员|同志)|同志们(?:[，、]朋友们)?)[！!：:]$`)

	// bulletRE, listRE and boxRE name the kinds of paragraph that are content
	// in their own right.
	//	——经济总体回升向好。
	//	一是加大宏观调控力度，推动经济运行持续好转。
	//	专栏1 重点工程
	bulletRE = regexp.MustCompile(`^[—－-]{1,2}`)
	listRE   = regexp.MustCompile(`^[一二三四五六七八九十]+是`)
	boxRE    = regexp.MustCompile(`^专栏\s*\d*`)

	// articleTitleRE matches the title an article gives itself in brackets
	// after its number, alone or before the article's text.
	//	第一条　（目的和依据）
	articleTitleRE = regexp.MustCompile(`^[（(]([^（）()。，；、]{1,20})[）)](?:[\s\p{Zs}]|$)`)

	// numeralRE matches a bare number, which in brackets is an item, not a title.
	numeralRE = regexp.MustCompile(`^[` + hanDigits + `0-9０-９]+$`)
)

// Parse reads the text of one policy document. name is used in messages
// only. On failure the error is an *Error listing every problem found.
// Warnings are returned in Document.Warnings and do not fail the parse.
func Parse(name string, src []byte, opt Options) (*Document, error) {
	text, enc, derr := decode(src)
	if derr != nil {
		return nil, &Error{File: name, List: []*Diagnostic{derr}}
	}
	fail := func(ds ...*Diagnostic) error {
		return NewError(name, []byte(text), ds...)
	}
	lines := splitLines(text)
	if nextNonBlank(lines, 0) < 0 {
		msg := "empty document: put the document's text in this file, or remove it"
		if len(text) > 0 {
			msg = "document holds only white space: put the document's text in this file, or remove it"
		}
		return nil, fail(&Diagnostic{Pos: Pos{Line: 1, Col: 1}, Len: 1, Severity: SeverityError, Msg: msg})
	}
	p := &parser{doc: &Document{ID: opt.ID, Encoding: enc}, sectionStarts: map[*Section]sectionPos{}}
	if enc != "UTF-8" {
		p.diag.add(SeverityNotice, Pos{Line: 1, Col: 1}, 1, "decoded from %s; the model holds UTF-8", enc)
	}
	p.applyErrata(lines, opt.Errata)
	p.removePageNumbers(lines)

	i := p.front(lines)
	p.stripMarkup(lines[i:])
	lines = append(lines[:i:i], splitHeadings(lines[i:])...)
	lines = lines[:i+p.repeats(lines[i:])]
	i += p.header(lines[i:])
	p.contents(lines[i:])
	end := p.closing(lines, i)
	i += p.transmittal(lines[i:end])
	p.body(lines[i:end])
	p.announcement()
	p.date()
	p.fill(opt, lines[i:end])
	p.assignIDs()
	sort.SliceStable(p.doc.Repairs, func(i, j int) bool {
		a, b := p.doc.Repairs[i].Pos, p.doc.Repairs[j].Pos
		return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
	})
	p.checkText()
	if d := p.fidelity(text); d != nil {
		p.diag.list = append(p.diag.list, d)
	}
	if errs := p.diag.bySeverity(SeverityError); len(errs) > 0 {
		ds := make([]*Diagnostic, len(errs))
		for i := range errs {
			ds[i] = &errs[i]
		}
		return nil, fail(ds...)
	}
	p.doc.Warnings = p.diag.bySeverity(SeverityWarning)
	p.doc.Notices = p.diag.bySeverity(SeverityNotice)
	return p.doc, nil
}

// removePageNumbers blanks lines that hold only a page number, and then the
// running headers a PDF printed on every page: a short line printed at
// least three times, each time next to a page number.
//
//	— 3 —
//	辽宁省人民政府文件          ← on every page, beside the number
func (p *parser) removePageNumbers(lines []*line) {
	var at []int // the lines that held page numbers
	for k, l := range lines {
		if !l.blank() && pageNumberRE.MatchString(l.String()) {
			p.doc.Repairs = append(p.doc.Repairs, Repair{Pos: l.pos(0), Kind: RepairPageNumber, Before: l.String(), Reason: "page number left by a PDF page break"})
			l.r, l.cols = nil, nil
			at = append(at, k)
		}
	}
	if len(at) < 3 {
		return
	}
	near := map[string][]int{} // a short line's text → its lines next to a page number
	for _, k := range at {
		for _, j := range []int{prevNonBlank(lines, k-1, max(k-3, 0)), nextNonBlank(lines, k+1)} {
			if j < 0 || j > k+3 || lines[j].blank() || zh.RuneLen(lines[j].String()) > 30 || labelLine(lines[j].String()) {
				continue
			}
			key := compact(lines[j].String())
			if !slices.Contains(near[key], j) {
				near[key] = append(near[key], j)
			}
		}
	}
	for _, js := range near {
		if len(js) < 3 {
			continue
		}
		for _, j := range js {
			l := lines[j]
			p.doc.Repairs = append(p.doc.Repairs, Repair{Pos: l.pos(0), Kind: RepairHeader, Before: l.String(), Reason: "running header or footer a PDF printed on every page"})
			l.r, l.cols = nil, nil
		}
	}
}

// paragraph collects the runes of a paragraph being built.
type paragraph struct {
	r       []rune
	pos     []Pos
	last    *line // the line that supplied the last runes
	heading bool  // the paragraph is an unnumbered heading: nothing joins it
}

func (b *paragraph) add(l *line) {
	for i, r := range l.r {
		b.r = append(b.r, r)
		b.pos = append(b.pos, l.pos(i))
	}
	b.last = l
}

// open reports whether the paragraph was cut off: it does not end in
// terminal punctuation, so the next text line continues it.
func (b *paragraph) open() bool { return b != nil && len(b.r) > 0 && !terminated(b.r) }

// body builds the preamble and the section tree from the body lines.
func (p *parser) body(lines []*line) {
	var stack []*Section
	oneParagraph := map[*Section]bool{} // clauses whose text stood on their label's line
	var cur *paragraph
	var curOwner *[]*Paragraph
	finish := func() {
		if cur != nil && len(cur.r) > 0 {
			*curOwner = append(*curOwner, newParagraph(cur))
		}
		cur = nil
	}
	owner := func() *[]*Paragraph {
		if len(stack) == 0 {
			return &p.doc.Preamble
		}
		if top := stack[len(stack)-1]; top.Style == StyleArticle && len(top.Sections) > 0 {
			return &top.Tail
		}
		return &stack[len(stack)-1].Paragraphs
	}
	start := func(l *line) {
		finish()
		cur, curOwner = &paragraph{}, owner()
		cur.add(l)
	}
	skip := -1
	for li, l := range lines {
		if l.blank() || li < skip {
			continue
		}
		s := l.String()
		if att, ok := p.attachment(lines, li); ok {
			finish()
			stack = []*Section{att.sec}
			p.doc.Sections = append(p.doc.Sections, att.sec)
			skip = att.next
			continue
		}
		if lab, ok := matchLabel(s); ok {
			finish()
			stack = closeFor(stack, lab.style)
			clause := lab.style != StyleArticle && slices.ContainsFunc(stack, func(s *Section) bool { return s.Style == StyleArticle })
			sec, body := p.newSection(l, lab, clause)
			if clause && body != nil {
				oneParagraph[sec] = true
			}
			if top := len(stack) - 1; clause && top >= 0 && stack[top].Style == StyleArticle {
				art := stack[top]
				sec.Para = max(len(art.Paragraphs)+len(art.Tail), 1)
				continueClause(art, sec)
			}
			sec.Level = len(stack) + 1
			if len(stack) == 0 {
				p.doc.Sections = append(p.doc.Sections, sec)
			} else {
				parent := stack[len(stack)-1]
				parent.Sections = append(parent.Sections, sec)
			}
			stack = append(stack, sec)
			if body != nil {
				start(body)
			}
			continue
		}
		if captionRE.MatchString(s) {
			finish()
			p.doc.Captions = append(p.doc.Captions, field(l))
			continue
		}
		if looseHeadingRE.MatchString(s) {
			p.diag.add(SeverityWarning, l.pos(0), 2, "heading-like line not taken as a heading: %q uses numbering this parser does not accept", truncate(s, 12))
		}
		if addressRE.MatchString(s) && len(stack) > 1 {
			finish()
			stack = stack[:1]
		}
		if cur.open() && !cur.heading {
			p.join(cur, l)
			cur.add(l)
			continue
		}
		// A clause of an article is one paragraph; the text after the
		// last clause is the article's again.
		for len(stack) > 0 && oneParagraph[stack[len(stack)-1]] {
			stack = stack[:len(stack)-1]
		}
		start(l)
		cur.heading = headingLine(lines, li)
	}
	finish()
	p.epilogue()
}

// epilogue moves the paragraphs that follow the subsections of the last
// top-level section, after an address such as 各位代表！, out of that section:
// they are the document's conclusion, not part of its last chapter.
//
//	（十）切实保障和改善民生…   ← last measure of 三、
//	各位代表！                 ← from here on: the epilogue
//	新征程新使命，对政府工作提出了新的更高要求。
func (p *parser) epilogue() {
	if len(p.doc.Sections) == 0 {
		return
	}
	last := p.doc.Sections[len(p.doc.Sections)-1]
	if len(last.Sections) == 0 {
		return
	}
	end := last.Sections[len(last.Sections)-1].Pos
	for i, pg := range last.Paragraphs {
		if pg.Pos.Line > end.Line && addressRE.MatchString(pg.Text) {
			p.doc.Epilogue = last.Paragraphs[i:]
			last.Paragraphs = last.Paragraphs[:i]
			return
		}
	}
}

// join records that l continues a paragraph cut off by a page break.
func (p *parser) join(cur *paragraph, l *line) {
	end := cur.pos[len(cur.pos)-1]
	gap := strings.Repeat("\n", max(l.no-cur.last.no, 1))
	p.doc.Repairs = append(p.doc.Repairs, Repair{
		Pos: Pos{Line: end.Line, Col: end.Col + 1}, Kind: RepairJoin, Before: gap, After: "",
		Reason: fmt.Sprintf("joined line %d to line %d: the paragraph ends without terminal punctuation and the next line is not a heading", l.no, end.Line),
	})
}

// newSection makes the section a heading line starts, and returns the body
// text that follows the heading on the same line, if any.
//
//	(一) 开展原创性颠覆性科技创新。积极创建具有全国影响力的区域科技创新中心…
//
// An article (第十二条) has no heading, and neither has a clause inside an
// article unless its line holds only a short name (（一）公开征集).
func (p *parser) newSection(l *line, lab label, clause bool) (*Section, *line) {
	sec := &Section{Label: normalLabel(lab), Number: lab.number, Sub: lab.sub, Style: lab.style, Pos: l.pos(0)}
	if sec.Label != lab.text {
		p.doc.Repairs = append(p.doc.Repairs, Repair{Pos: l.pos(0), Kind: RepairBracket, Before: lab.text, After: sec.Label,
			Reason: "numbering brackets normalized to full width"})
	}
	rest := l.slice(lab.rest, len(l.r))
	sp := sectionPos{heading: rest.pos(0)}
	defer func() { p.sectionStarts[sec] = sp }()
	if m := articleTitleRE.FindStringSubmatchIndex(rest.String()); lab.style == StyleArticle && m != nil && !numeralRE.MatchString(rest.String()[m[2]:m[3]]) {
		// 第一条（目的和依据）: the article's title, in its brackets
		k := zh.RuneLen(rest.String()[:m[1]])
		sec.Heading = string(rest.r[:k])
		if body := rest.slice(k, len(rest.r)).trim(); !body.blank() {
			return sec, body
		}
		return sec, nil
	}
	if lab.style == StyleArticle || clause && !isName(rest.r) {
		if rest.blank() {
			return sec, nil
		}
		return sec, rest
	}
	k := headingEnd(rest.r)
	switch {
	case k >= 0:
		sec.Heading, sec.HeadingPunct = string(rest.r[:k]), string(rest.r[k])
		sp.punct = rest.pos(k)
		if body := rest.slice(k+1, len(rest.r)).trim(); !body.blank() {
			return sec, body
		}
		return sec, nil
	case len(rest.r) <= 60 && !strings.ContainsAny(string(rest.r), "。；"):
		sec.Heading = string(rest.r)
		return sec, nil
	}
	// A long numbered paragraph with no heading sentence.
	return sec, rest
}

// headingEnd returns the offset of the 。！？ that ends the heading sentence
// at the start of rs, or -1 if there is none within a heading's length.
func headingEnd(rs []rune) int {
	depth := 0
	for i, r := range rs {
		switch {
		case strings.ContainsRune(openers, r):
			depth++
		case strings.ContainsRune(closers, r):
			depth = max(depth-1, 0)
		case depth == 0 && strings.ContainsRune("。！？!?", r):
			if i > 80 {
				return -1
			}
			return i
		}
	}
	return -1
}

// isName reports whether rs is a short name without punctuation, such as a
// clause's heading: 公开征集.
func isName(rs []rune) bool {
	return len(rs) <= 20 && !strings.ContainsAny(string(rs), "。；，、：！？")
}

func newParagraph(b *paragraph) *Paragraph {
	text := string(b.r)
	pg := &Paragraph{Text: text, Pos: b.pos[0], runePos: b.pos, Kind: KindText}
	switch {
	case b.heading:
		pg.Kind = KindSubhead
	case bulletRE.MatchString(text):
		pg.Kind = KindBullet
	case listRE.MatchString(text):
		pg.Kind = KindList
	case boxRE.MatchString(text):
		pg.Kind = KindBox
	}
	pg.Sentences = sentences(b.r)
	return pg
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// continueClause gives back to an article's last clause the paragraphs
// taken for the article's own since it, when the clause sec carries on its
// numbering: a later paragraph (款) starts its items at （一）, so text
// between （一） and （二） is the rest of （一）.
//
//	第八条 按照以下规定处理：
//	(一)符合本条例有关规定的，发给登记证书。
//	特殊标志经核准登记后，由国务院工商行政管理部门公告。   ← still (一)
//	(二)申请文件不齐备的，……
func continueClause(art, sec *Section) {
	if len(art.Sections) == 0 || sec.Number <= 1 {
		return
	}
	last := art.Sections[len(art.Sections)-1]
	from := 0 // the first tail paragraph after last
	for from < len(art.Tail) && art.Tail[from].Pos.Line < last.Pos.Line {
		from++
	}
	if last.Style != sec.Style || last.Number != sec.Number-1 || last.Sub != 0 || from == len(art.Tail) {
		return
	}
	last.Paragraphs = append(last.Paragraphs, art.Tail[from:]...)
	art.Tail = art.Tail[:from]
	sec.Para = last.Para
}
