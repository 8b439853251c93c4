package policy

import (
	"regexp"
	"strings"

	"mingbai/generator/zh"
)

var (
	// transmittalRE matches the title of a notice that carries another
	// document, and captures that document's title.
	//	关于印发《上海市科技专家库管理办法》的通知
	//	上海市人民政府办公厅印发《关于支持长三角G60科创走廊策源地建设的若干措施》的通知
	//	国务院办公厅转发国家发展改革委《关于…的意见》的通知
	//	…办公室关于印发安徽省关于加快对接…实施意见的通知
	transmittalRE = regexp.MustCompile(`(?:印发|转发|批转|颁布|发布)\p{Han}{0,30}?(?:《([^《》]+)》|([^《》]{4,120}))的(?:通知|决定|公告|通告|函)$`)

	// attachmentRE matches the line that introduces an attached document.
	//	附件
	//	附件：
	//	附件1
	attachmentRE = regexp.MustCompile(`^附\s*件\s*\d{0,2}\s*[:：]?$`)

	// titleYearsRE matches the bracketed period that a long title puts on a
	// line of its own.
	//	（2024-2026年）
	//	（2026—2030年）
	titleYearsRE = regexp.MustCompile(`^[（(]\s*` + zh.YearPattern + `\s*[-—–－~～至]+\s*` + zh.YearPattern + `\s*年?\s*[）)]$`)
)

// transmittal finds, in the body lines, the attached document that a
// notice carries, and if there is one makes everything before it the
// notice (Cover) and returns the index of the attached document's first
// line after its title. Otherwise it returns 0 and changes nothing.
//
// The attached document starts after the notice's signature and date, or
// at an 附件 line, or at a line that repeats the 《title》 the notice names;
// its title is the next line (with a second line that is a bracketed period,
// such as （2024-2026年）).
func (p *parser) transmittal(lines []*line) int {
	named := p.namedAttachment()
	split, sig := -1, -1
	for i, l := range lines {
		if l.blank() {
			continue
		}
		s := l.String()
		if attachmentRE.MatchString(s) || named != "" && compact(s) == compact(named) {
			split = i
			break
		}
		if dateLineRE.MatchString(s) && nextNonBlank(lines, i+1) > 0 {
			k := i
			for j := prevNonBlank(lines, i-1, 0); j >= 0 && signatureLine(lines[j].String()); j = prevNonBlank(lines, j-1, 0) {
				k = j
			}
			if k < i {
				sig, split = k, nextNonBlank(lines, i+1)
				break
			}
		}
	}
	if split < 0 {
		return 0
	}
	t := split
	if attachmentRE.MatchString(lines[t].String()) {
		t = nextNonBlank(lines, t+1)
	}
	if t < 0 || !looksLikeTitle(lines[t].String()) {
		return 0
	}
	d := p.doc
	c := &Cover{Title: d.Title, Addressees: d.Addressees}
	d.Title, d.Addressees = nil, Field{}
	d.Cover = c
	end := split
	if sig >= 0 {
		end = sig
		var issuers []Field
		for j := sig; j < split; j++ {
			if lines[j].blank() {
				continue
			}
			if dateLineRE.MatchString(lines[j].String()) {
				if d.DateText.Text == "" {
					d.DateText = field(lines[j])
				} else {
					d.Closing = append(d.Closing, field(lines[j]))
				}
				continue
			}
			if !issuerRE.MatchString(compact(lines[j].String())) && speakerRE.MatchString(lines[j].String()) && d.Signer.Text == "" {
				d.Signer = field(lines[j])
				continue
			}
			issuers = append(issuers, field(lines[j]))
		}
		if len(d.Issuers) == 0 {
			d.Issuers = issuers
		} else {
			d.Closing = append(d.Closing, issuers...)
		}
	}
	c.Paragraphs = p.paragraphs(lines[:end])
	if attachmentRE.MatchString(lines[split].String()) {
		c.Attachment = field(lines[split])
	}
	title, after := titleLines(lines, t)
	for _, l := range title {
		d.Title = append(d.Title, field(l))
	}
	if len(c.Title) > 0 && foldWidth(compact(joinFields(c.Title))) == foldWidth(compact(joinFields(d.Title))) {
		// the cover's "title" was a web page's title: the attached title printed over the decree or notice
		d.Front = append(d.Front, c.Title...)
		c.Title = nil
	}
	return after
}

// signatureLine reports whether s can be a line of a signature: an issuing
// body, or a post and a name (市长　应勇).
func signatureLine(s string) bool {
	return issuerRE.MatchString(compact(s)) || speakerRE.MatchString(s)
}

// namedAttachment returns the title that the notice's title names in 《》,
// printed or given by a scraper's header, or "".
func (p *parser) namedAttachment() string {
	title := joinFields(p.doc.Title)
	if title == "" {
		title = p.scraperTitle.Text
	}
	if m := transmittalRE.FindStringSubmatch(strings.TrimSpace(title)); m != nil {
		return m[1] + m[2]
	}
	return ""
}

// looksLikeTitle reports whether s can be an attached document's title: a
// short line that does not end a sentence.
func looksLikeTitle(s string) bool {
	rs := []rune(s)
	if len(rs) == 0 || len(rs) > 100 || strings.ContainsAny(s, "。；！？") {
		return false
	}
	if _, ok := matchLabel(s); ok {
		return false
	}
	return isTitleLine(s) || docTypeRE.MatchString(strings.TrimRight(s, "）)0123456789年—-－（(")) || titleYearsRE.MatchString(s)
}

// paragraphs builds the paragraphs of lines that hold no headings, joining
// lines cut off by a page break.
func (p *parser) paragraphs(lines []*line) []*Paragraph {
	var out []*Paragraph
	var cur *paragraph
	for _, l := range lines {
		if l.blank() {
			continue
		}
		if cur.open() {
			p.join(cur, l)
			cur.add(l)
			continue
		}
		if cur != nil {
			out = append(out, newParagraph(cur))
		}
		cur = &paragraph{}
		cur.add(l)
	}
	if cur != nil {
		out = append(out, newParagraph(cur))
	}
	return out
}
