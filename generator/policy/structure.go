package policy

import (
	"regexp"
	"strings"

	"mingbai/generator/zh"
)

// legal reports whether s is a level of the hierarchy of a law or of a plan
// outline: 附件 > 篇 > 编 > 分编 > 章 > 节 > 条. These nest by rank, so a new
// chapter closes an open section and article, whatever stood between.
func legal(s Style) bool { return s >= StyleAttachment && s <= StyleArticle }

// closeFor closes the open sections that a new heading of style st ends: for
// a level of the legal hierarchy every open level of its rank or below;
// otherwise the open section of the same style and everything under it. A
// heading of another style nests under the innermost open section.
//
//	[第一章, 第一节, 第三条, （一）] + 第二章 → []
//	[一、, （一）, 1.] + （二）              → [一、]
func closeFor(stack []*Section, st Style) []*Section {
	if st == StyleAttachment {
		return nil
	}
	if legal(st) {
		for k, s := range stack {
			if legal(s.Style) && s.Style >= st {
				return stack[:k]
			}
		}
	}
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].Style == st {
			return stack[:k]
		}
	}
	return stack
}

// part is an attachment found in the body: its section and the index of
// the line after its heading.
type part struct {
	sec  *Section
	next int
}

// attachment recognises, at lines[i], the label of an attachment or of a
// further document a notice issues, with its title on the same line or on
// the lines after it, and makes it a top-level section of style
// StyleAttachment. Its number is the printed one (附件2 → 2), else 1.
//
//	附件2
//	重点任务分工表
//
//	附件3：申报表
func (p *parser) attachment(lines []*line, i int) (part, bool) {
	l := lines[i]
	m := attachmentLabelRE.FindStringSubmatchIndex(l.String())
	if m == nil {
		return part{}, false
	}
	s := l.String()
	n := 1
	if m[4] >= 0 {
		if v, ok := zh.Lenient(s[m[4]:m[5]]); ok {
			n = v
		}
	}
	labelEnd := zh.RuneLen(s[:m[3]])
	rest := l.slice(labelEnd, len(l.r)).trim()
	label := string(l.r[:labelEnd])
	if len(rest.r) > 0 && (rest.r[0] == '：' || rest.r[0] == ':') {
		label += string(rest.r[0]) // 附件3： keeps its colon, as printed
		rest = rest.slice(1, len(rest.r)).trim()
	}
	sec := &Section{Style: StyleAttachment, Label: label, Number: n, Pos: l.pos(0)}
	next := i + 1
	var title []*line
	if !rest.blank() {
		if !looksLikeTitle(rest.String()) && !isName(rest.r) {
			return part{}, false
		}
		title = []*line{rest}
	} else {
		j := nextNonBlank(lines, i+1)
		switch {
		case j >= 0 && looksLikeTitle(lines[j].String()):
			title, next = titleLines(lines, j)
		case m[4] < 0:
			return part{}, false // a bare 附件 with no title is not known to start one
		}
	}
	if len(title) == 0 {
		return part{sec: sec, next: next}, true // 附件一, untitled
	}
	for _, t := range title {
		sec.Heading += t.String()
	}
	p.sectionStarts[sec] = sectionPos{heading: title[0].pos(0)}
	if len(title) > 1 {
		// the heading's later lines are kept with the first: their text is
		// the heading's, their positions are after it
		for _, t := range title[1:] {
			p.doc.Repairs = append(p.doc.Repairs, Repair{Pos: t.pos(0), Kind: RepairJoin, Before: "", After: "",
				Reason: "a title broken over several lines joined"})
		}
	}
	return part{sec: sec, next: next}, true
}

// titleLines takes the title that starts at lines[j]: that line, and the
// lines after it while the title is not complete (it does not end in a
// document type) and they are short lines that end no sentence, or a
// bracketed period such as （2024-2026年）. It returns the lines and the
// index after them.
func titleLines(lines []*line, j int) ([]*line, int) {
	out := []*line{lines[j]}
	text := lines[j].String()
	k := j + 1
	for len(out) < 4 {
		n := nextNonBlank(lines, k)
		if n < 0 {
			break
		}
		s := lines[n].String()
		switch {
		case titleYearsRE.MatchString(s):
		case !docTypeRE.MatchString(strings.TrimSpace(text)) && zh.RuneLen(s) <= 40 && !strings.ContainsAny(s, "。；！？，") && !labelLine(s) && (docTypeRE.MatchString(s) || zh.RuneLen(s) <= 20):
		default:
			return out, k
		}
		out = append(out, lines[n])
		text += s
		k = n + 1
	}
	return out, k
}

func labelLine(s string) bool {
	_, ok := matchLabel(s)
	return ok
}

// headingLine reports whether lines[i], which starts a paragraph, is an
// unnumbered heading rather than the first line of hard-wrapped text: a
// short line without punctuation inside a sentence, followed by a clearly
// longer line. Nothing is joined to such a line.
//
//	2022年政府工作回顾
//	序言
func headingLine(lines []*line, i int) bool {
	s := lines[i].String()
	n := zh.RuneLen(s)
	if n < 2 || n > 30 || strings.ContainsAny(s, "，。；：！？、,;:!?") || labelLine(s) {
		return false
	}
	j := nextNonBlank(lines, i+1)
	if j < 0 {
		return false
	}
	return zh.RuneLen(lines[j].String()) > n+8
}

// joinedArticleRE finds an article that a copy ran onto the line of its
// chapter's heading, after white space.
//
//	第一章　总则　　第一条 　为规范政务数据资源管理，…
var joinedArticleRE = regexp.MustCompile(`[\s\p{Zs}]+第\s*` + number + `\s*条[\s\p{Zs}]`)

// splitHeadings splits every line that holds a heading of the legal
// hierarchy followed by an article into two lines at the article, so that
// each is read on its own. The second keeps its source columns.
func splitHeadings(lines []*line) []*line {
	var out []*line
	for _, l := range lines {
		s := l.String()
		if lab, ok := matchLabel(s); ok && legal(lab.style) && lab.style != StyleArticle {
			if m := joinedArticleRE.FindStringIndex(s); m != nil {
				k := zh.RuneLen(s[:m[0]])
				out = append(out, l.slice(0, k).trim(), l.slice(k, len(l.r)).trim())
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// inlineChapterRE finds a chapter's number after white space inside a line.
var inlineChapterRE = regexp.MustCompile(`[\s\p{Zs}]第\s*` + number + `\s*章`)

// tocRE matches the heading of a table of contents.
//
//	目　录
var tocRE = regexp.MustCompile(`^目\s*录$`)

// contents finds a table of contents at the start of the body: a run of at
// least three heading lines with no text between them (after 目录, or not),
// whose first heading is printed again after the run. Its lines become
// Document.Contents and are taken out of the text, so that the headings are
// read once.
//
//	## 第一章 总 则
//	## 第二章 献血服务与激励      ← contents
//	…
//	## 第一章 总 则               ← the text starts here
func (p *parser) contents(lines []*line) {
	// the run starts at the first heading (or 目录) among the first lines:
	// a title split over lines may come before it
	start := -1
	for k, seen := nextNonBlank(lines, 0), 0; k >= 0 && seen < 8; k, seen = nextNonBlank(lines, k+1), seen+1 {
		if s := lines[k].String(); labelLine(s) || tocRE.MatchString(compact(s)) {
			start = k
			break
		}
	}
	if start < 0 {
		return
	}
	var run []int
	k := start
	if tocRE.MatchString(compact(lines[k].String())) {
		run = append(run, k)
		k = nextNonBlank(lines, k+1)
	}
	if k >= 0 && labelLine(lines[k].String()) && inlineChapterRE.MatchString(lines[k].String()) && labelAgain(lines, k) {
		// 第一章 总则 第二章 任免范围 第三章 …: the contents on one line
		run = append(run, k)
		for _, i := range run {
			p.doc.Contents = append(p.doc.Contents, field(lines[i]))
			lines[i].r, lines[i].cols = nil, nil
		}
		return
	}
	first := -1
	for ; k >= 0; k = nextNonBlank(lines, k+1) {
		if !labelLine(lines[k].String()) {
			break
		}
		if first < 0 {
			first = k
		} else if compact(lines[k].String()) == compact(lines[first].String()) {
			break // the text's first heading
		}
		run = append(run, k)
	}
	if first < 0 || k < 0 || len(run) < 3 || compact(lines[k].String()) != compact(lines[first].String()) {
		return
	}
	for _, i := range run {
		p.doc.Contents = append(p.doc.Contents, field(lines[i]))
		lines[i].r, lines[i].cols = nil, nil
	}
}

// labelAgain reports whether the label that starts lines[k] (第一章) starts a
// later line too: the line was a table of contents.
func labelAgain(lines []*line, k int) bool {
	lab, _ := matchLabel(lines[k].String())
	for j := nextNonBlank(lines, k+1); j >= 0; j = nextNonBlank(lines, j+1) {
		if l, ok := matchLabel(lines[j].String()); ok && l.style == lab.style && l.number == lab.number {
			return true
		}
	}
	return false
}
