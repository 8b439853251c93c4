package policy

import (
	"regexp"

	"mingbai/generator/zh"
)

var (
	// datelineRE matches a news agency's dateline, alone on a line or
	// before the first sentence of a release.
	//	新华社北京2月13日电
	//	新华社北京12月14日电 近日，中共中央、国务院印发了《…》
	//	新华社北京3月5日电（记者 王立彬）
	datelineRE = regexp.MustCompile(`^(?:新华社|人民日报|中新社|中国新闻社|央视网|人民网)?\p{Han}{2,8}?\d{1,2}月\d{1,2}日(?:专)?电(?:\s*[（(]记者[^）)]{1,30}[）)])?`)

	// subtitleRE matches the dated occasion of a speech or report, on its own
	// line or after the title; the speaker may follow on the same line.
	//	——2022年10月28日在第十三届全国人民代表大会常务委员会第三十七次会议上
	//	——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强
	subtitleRE = regexp.MustCompile(`^(?:——|――|－－|--|—)\s*` + dateExpr + `\s*在.{2,60}?(?:会议|大会|论坛|会)上`)

	// speakerRE matches the speaker of a report: a post and a name.
	//	国家发展和改革委员会主任 何立峰
	//	国务院总理 李强
	speakerRE = regexp.MustCompile(`^\p{Han}{0,24}(总理|副总理|主任|部长|署长|局长|行长|主席|委员长|书记|省长|市长|县长|区长|院长|检察长|秘书长|负责人)[\s\p{Zs}]+\p{Han}[\p{Han}·]{1,5}$`)

	// captionRE matches a photo caption in a news copy, which is not body text.
	//	新华社记者 李响 摄
	//	（新华社记者 王晔 摄）
	captionRE = regexp.MustCompile(`^[（(]?\s*(?:新华社|人民日报|中新社)?(?:记者|通讯员)[\p{Han}\s、·]{2,30}摄\s*[）)]?$`)

	// announceRE finds the announcement of a document in a news lead: who
	// issued it and its title.
	//	近日，中共中央、国务院印发了《扩大内需战略规划纲要（2022－2035年）》，并发出通知
	announceRE = regexp.MustCompile(`([\p{Han}、]{2,60}?)(?:联合)?印发了?《([^《》]{4,80})》`)

	// contentsRE finds a sentence that introduces the main contents of a
	// document, naming it.
	//	《扩大内需战略规划纲要（2022－2035年）》主要内容如下。
	contentsRE = regexp.MustCompile(`^《([^《》]{4,80})》(?:的)?(?:主要内容|全文)如下`)
)

// speechTitleRE reads the speaker and occasion from the title of a speech.
//
//	习近平同志在中央经济工作会议上的讲话
//	李强同志在全省优化营商环境大会上的讲话
var speechTitleRE = regexp.MustCompile(`^(\p{Han}{2,4}?)(?:同志)?在(.{2,60}?)上的(?:讲话|致辞|报告|发言)`)

// speech infers the speaker and the occasion of a speech from its title.
func (p *parser) speech() {
	d := p.doc
	if len(d.Title) == 0 || d.Speaker.Text != "" {
		return
	}
	if m := speechTitleRE.FindStringSubmatch(compact(d.TitleText())); m != nil {
		p.infer(InferSpeaker, m[1], "title", d.Title[0].Pos)
		p.infer(InferOccasion, m[2], "title", d.Title[0].Pos)
	}
}

// dateline splits an agency dateline off the start of l. It returns the rest
// of the line, which is body text, or nil.
func (p *parser) dateline(l *line) *line {
	m := datelineRE.FindStringIndex(l.String())
	k := zh.RuneLen(l.String()[:m[1]])
	p.doc.Dateline = field(l.slice(0, k))
	rest := l.slice(k, len(l.r)).trim()
	if rest.blank() {
		return nil
	}
	return rest
}

// subtitle splits a dated occasion, and a speaker after it, off l (which
// starts with ——).
func (p *parser) subtitle(l *line) {
	s := l.String()
	m := subtitleRE.FindStringIndex(s)
	if m == nil {
		p.doc.Subtitle = field(l)
		return
	}
	k := zh.RuneLen(s[:m[1]])
	rest := l.slice(k, len(l.r)).trim()
	if !rest.blank() && speakerRE.MatchString(rest.String()) {
		p.doc.Subtitle = field(l.slice(0, k))
		p.doc.Speaker = field(rest)
		return
	}
	p.doc.Subtitle = field(l)
}

// announcement infers the title, and the issuers, of a document published
// in a news release that does not print its title as a line of its own.
func (p *parser) announcement() {
	d := p.doc
	for _, pg := range d.Preamble {
		if m := contentsRE.FindStringSubmatchIndex(pg.Text); m != nil {
			p.infer(InferTitle, pg.Text[m[2]:m[3]], "announcement", pg.PosAt(zh.RuneLen(pg.Text[:m[2]])))
		}
		if m := announceRE.FindStringSubmatchIndex(pg.Text); m != nil {
			who := pg.Text[m[2]:m[3]]
			p.infer(InferTitle, pg.Text[m[4]:m[5]], "announcement", pg.PosAt(zh.RuneLen(pg.Text[:m[4]])))
			if len(d.Issuers) == 0 && issuerListRE.MatchString(who) {
				p.infer(InferIssuers, who, "announcement", pg.PosAt(zh.RuneLen(pg.Text[:m[2]])))
			}
		}
	}
}

// issuerListRE matches issuing bodies joined with 、.
//
//	中共中央、国务院
var issuerListRE = regexp.MustCompile(`^` + issuerName + `(?:、` + issuerName + `)*$`)
