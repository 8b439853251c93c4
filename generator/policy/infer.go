package policy

import (
	"fmt"
	"regexp"
	"strings"

	"mingbai/generator/zh"
)

// date fills Document.Date from the date line, the subtitle, or an
// agency's dateline (month and day) with the year of the publication date a
// scraper's header gives.
func (p *parser) date() {
	d := p.doc
	for _, s := range []string{d.DateText.Text, d.Subtitle.Text} {
		if m := dateRE.FindStringSubmatch(compact(s)); m != nil {
			d.Date = zh.ISODate(m[1], m[2], m[3])
			return
		}
	}
	if p.fromRecord(); d.Date != "" {
		return
	}
	pub := d.Inferred[InferPublished]
	if m := datelineDayRE.FindStringSubmatch(d.Dateline.Text); m != nil && len(pub.Text) >= 4 {
		d.Date = zh.ISODate(pub.Text[:4], m[1], m[2])
		p.infer(InferDate, d.Date, "dateline", d.Dateline.Pos)
		return
	}
	if len(pub.Text) == len("2006-01-02") {
		d.Date = pub.Text
		p.infer(InferDate, d.Date, pub.From, pub.Pos)
	}
}

// datelineDayRE reads the month and day of a dateline.
//
//	新华社北京12月14日电
var datelineDayRE = regexp.MustCompile(`(\d{1,2})月(\d{1,2})日`)

// fill completes the header after the body is known: the title inferred
// when none is printed (from an announcement, then meta.toml, then a
// scraper's header), the genre, and an error when there is still no title.
func (p *parser) fill(opt Options, body []*line) {
	d := p.doc
	if opt.Title != "" && len(d.Title) == 0 {
		// the editor's word wins over a title read from the text
		delete(d.Inferred, InferTitle)
		p.infer(InferTitle, opt.Title, "meta.toml", Pos{Line: 1, Col: 1})
	}
	if sc := p.scraperTitle; sc.Text != "" {
		if d.Cover != nil && len(d.Cover.Title) == 0 && transmittalRE.MatchString(sc.Text) {
			p.infer(InferCoverTitle, sc.Text, sc.From, sc.Pos)
		} else if d.Cover == nil && len(d.Title) == 0 {
			p.infer(InferTitle, sc.Text, sc.From, sc.Pos)
		}
	}
	p.effective()
	p.speech()
	if si := p.scraperIssuers; len(d.Issuers) == 0 && si.Text != "" && (d.Speaker.Text == "" || strings.Contains(d.Speaker.Text, si.Text)) {
		p.infer(InferIssuers, si.Text, si.From, si.Pos)
	}
	if draftRE.MatchString(d.TitleText()) || d.Cover != nil && draftRE.MatchString(d.Cover.TitleText(d)) {
		d.Status = StatusDraft // the document, or the notice that issues it, is a draft for comment
	}
	if len(d.Issuers) == 0 && d.Decree.Text != "" && d.Inferred[InferIssuers].Text == "" {
		// 上海市人民政府令: the decree series names its issuer
		p.infer(InferIssuers, strings.TrimSuffix(compact(d.Decree.Text), "令"), "decree", d.Decree.Pos)
	}
	if len(d.Issuers) == 0 && d.Speaker.Text != "" && d.Inferred[InferIssuers].Text == "" {
		// a report delivered by its author: the speaker is the issuer
		d.Issuers, d.Speaker = []Field{d.Speaker}, Field{}
	}
	title := d.TitleText()
	d.Genre = genreOf(title)
	if title == "" && opt.RequireTitle {
		at, what := Pos{Line: 1, Col: 1}, "the document is empty after its header"
		if k := nextNonBlank(body, 0); k >= 0 {
			at, what = body[k].pos(0), fmt.Sprintf("line %d (%q) is not a title", body[k].no, truncate(body[k].String(), 16))
		}
		p.diag.add(SeverityError, at, 1, "no title found: %s; put the title on the document's first line, or set title = \"…\" in the seed's meta.toml", what)
	}
}

// effective sets the date the text takes effect from the first 自…起施行 in
// its cover notice, its preamble or its articles, unless its record gave one.
//
//	现予公布，自2019年8月20日起施行。
func (p *parser) effective() {
	d := p.doc
	if d.Effective != "" {
		return
	}
	var lists [][]*Paragraph
	if d.Cover != nil {
		lists = append(lists, d.Cover.Paragraphs)
	}
	lists = append(lists, p.paragraphLists()...)
	for _, pgs := range lists {
		for _, pg := range pgs {
			if m := effectiveRE.FindStringSubmatch(pg.Text); m != nil {
				d.Effective = zh.ISODate(m[1], m[2], m[3])
				return
			}
		}
	}
}
