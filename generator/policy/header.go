package policy

import (
	"regexp"
	"strings"

	"mingbai/generator/zh"
)

// issuerName is the name of an issuing body: a name ending in the kind of
// body it is.
//
//	国家发展改革委办公厅
const issuerName = `[\p{Han}（）()“”"]{2,40}(?:部|委|委员会|厅|局|院|办公室|办公厅|政府|省委|市委|县委|中央|中心|银行|署|会|组|集团|公司)`

// dateExpr is a date: year, month and day in Arabic or Chinese numerals.
const dateExpr = `(` + zh.YearPattern + `|[一二][〇零○一二三四五六七八九]{3})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日`

var (
	// mastheadRE matches a red-header masthead.
	//	中共辽宁省委文件
	//	发展改革委办公厅  文件
	mastheadRE = regexp.MustCompile(`^\S.{0,40}文\s*件$`)

	// docNumberRE matches a document number with any of the year brackets
	// 〔〕 [] ［］ 【】 () （）.
	//	辽委发〔2024〕8号
	//	发改办财金规[2019]860号
	//	（皖开放办〔2022〕6号）
	//	国X办发文〔2025〕1号
	docNumberRE = regexp.MustCompile(`^[（(]?\s*[\p{Han}A-Za-z]{1,16}\s*[〔\[［【(（]\s*` + zh.YearPattern + `\s*[〕\]］】)）]\s*[0-9０-９]{1,5}\s*号\s*[）)]?$`)

	// decreeRE matches the series a decree is numbered in, on its own line
	// above the decree's number.
	//	上海市人民政府令
	//	中华人民共和国国务院令
	decreeRE = regexp.MustCompile(`^\p{Han}{2,30}令$`)

	// decreeNumberRE matches a decree's number, in brackets or not.
	//	（第19号）
	//	第709号
	decreeNumberRE = regexp.MustCompile(`^[（(]?\s*第\s*([0-9０-９]{1,5}|[` + hanDigits + `]{1,8})\s*号\s*[）)]?$`)

	// draftRE matches the mark of a draft for comment, in a title or on a
	// line of its own.
	//	（征求意见稿）
	//	关于…的通知（征求意见稿）
	draftRE = regexp.MustCompile(`[（(]?\s*(?:征求意见稿|草案征求意见稿|送审稿|讨论稿)\s*[）)]?$`)

	// docTypeRE matches the kind of document a title ends with.
	//	关于培育新质生产力推动高质量发展的意见
	docTypeRE = regexp.MustCompile(`(意见|通知|规划|方案|决定|办法|报告|纲要|计划|规定|条例|细则|批复|公告|通报|指引|措施|指南|纪要|决议|公报|法|法典|规则|解释|答复|复函|讲话|宪法|章程|守则|准则|清单|目录|标准)(?:[（(](?:试行|暂行|修订|修正|草案|征求意见稿|[0-9０-９—–\-－至年\s]+)[）)])?$`)

	// dateLineRE matches a date on a line of its own, bracketed or not, in
	// Arabic or Chinese numerals.
	//	(2024年6月20日)
	//	2019年8月20日
	//	二〇二四年一月十八日
	dateLineRE = regexp.MustCompile(`^[（(]?\s*` + dateExpr + `\s*[）)]?$`)

	// dateRE finds a date inside a line.
	//	政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上
	dateRE = regexp.MustCompile(dateExpr)

	// noteRE matches a distribution or publication note.
	//	[此件发至县(市、区)]
	//	（此件公开发布）
	noteRE = regexp.MustCompile(`^[\[［【(（]\s*此件.*[\]］】)）]$`)

	// addresseesRE matches the addressees, a line that ends in a colon.
	//	各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
	//	各位代表：
	addresseesRE = regexp.MustCompile(`^[^。；！？]{2,300}[：:]$`)

	// leadInRE matches a preamble that ends in a colon, which is body text and
	// not an address.
	//	为加快发展新质生产力，现提出如下意见：
	leadInRE = regexp.MustCompile(`(如下|以下|下列|通知|意见|提出|决定)[：:]$|^为`)

	// issuerRE matches the name of an issuing body in a signature block.
	//	国家发展改革委办公厅
	//	国务院国有资产监督管理委员会
	issuerRE = regexp.MustCompile(`^` + issuerName + `$`)
)

// isTitleLine reports whether s reads as a document title: it ends in a
// document type, or holds 关于 before one, perhaps before a "——" subtitle.
func isTitleLine(s string) bool {
	head, _, _ := strings.Cut(strings.ReplaceAll(s, "――", "——"), "——")
	if strings.ContainsAny(head, "。；！？") || labelLine(head) {
		return false // a sentence or a heading, not a title
	}
	return docTypeRE.MatchString(head) || strings.Contains(head, "关于") && zh.RuneLen(head) < 80
}

// header reads the fields before the body: masthead, document number,
// issuers, title, subtitle, date, addressees and notes. It returns the index
// of the first body line.
func (p *parser) header(lines []*line) int {
	d := p.doc
	i := 0
	sawTitle := false
	for ; i < len(lines); i++ {
		l := lines[i]
		if l.blank() {
			continue
		}
		s := l.String()
		if d.Record == nil && (sawTitle || p.scraperTitle.Text != "") {
			if next := p.record(lines, i); next > i {
				i = next - 1 // a law's passage record, over one line or several
				continue
			}
		}
		switch {
		case htmlCommentRE.MatchString(s):
			d.Front = append(d.Front, field(l))
		case d.Decree.Text == "" && d.Addressees.Text == "" && decreeRE.MatchString(s):
			d.Decree = field(l)
		case d.Decree.Text != "" && d.DocNumber.Text == "" && decreeNumberRE.MatchString(s):
			d.DocNumber = field(l)
		case draftRE.MatchString(s) && zh.RuneLen(compact(s)) <= 12:
			d.Status = StatusDraft
			d.Notes = append(d.Notes, field(l))
		case noteRE.MatchString(s):
			d.Notes = append(d.Notes, field(l))
		case docNumberRE.MatchString(s) && d.DocNumber.Text == "":
			d.DocNumber = field(l)
		case !sawTitle && mastheadRE.MatchString(s) && !isTitleLine(s):
			d.Masthead = append(d.Masthead, field(l))
		case !sawTitle && len(d.Masthead) > 0 && d.DocNumber.Text == "" && issuerRE.MatchString(s):
			// the second line of a joint masthead
			d.Masthead = append(d.Masthead, field(l))
		case !sawTitle && isTitleLine(s) && repeatsNext(lines, i):
			// a web page's title over the document's own: the same words
			d.Front = append(d.Front, field(l))
		case !sawTitle && isTitleLine(s):
			p.title(l)
			sawTitle = true
			// A title may run onto a second line that ends in the document type.
			if !docTypeRE.MatchString(strings.TrimSpace(d.TitleText())) && d.Subtitle.Text == "" {
				if j := nextNonBlank(lines, i+1); j > 0 && docTypeRE.MatchString(lines[j].String()) && len(lines[j].r) < 40 {
					d.Title = append(d.Title, field(lines[j]))
					i = j
				}
			}
		case d.Dateline.Text == "" && datelineRE.MatchString(s):
			if rest := p.dateline(l); rest != nil {
				lines[i] = rest
				i--
			}
		case (sawTitle || p.scraperTitle.Text != "") && d.Subtitle.Text == "" && subtitleDashRE.MatchString(s):
			p.subtitle(l)
		case (sawTitle || p.scraperTitle.Text != "") && d.Speaker.Text == "" && speakerRE.MatchString(s):
			d.Speaker = field(l)
		case sawTitle && d.DateText.Text == "" && dateLineRE.MatchString(s):
			d.DateText = field(l)
		case (sawTitle || d.DocNumber.Text != "") && d.Addressees.Text == "" && addresseesRE.MatchString(s) && !leadInRE.MatchString(s) && !labelLine(s):
			d.Addressees = field(l)
		default:
			return i
		}
	}
	return i
}

// subtitleDashRE matches the dash that opens a subtitle, in the forms
// copies give it: two em dashes, two horizontal bars, or a doubled hyphen.
//
//	——2024年3月5日在第十四届全国人民代表大会第二次会议上
//	――2023年1月30日在保定市第十六届人民代表大会第四次会议上
var subtitleDashRE = regexp.MustCompile(`^(?:——|――|－－|--|—)\s*\S`)

// repeatsNext reports whether the title line lines[i] is printed again on
// the next non-blank line, the same words up to the width of brackets, or
// cut short: a web page's title over the document's.
func repeatsNext(lines []*line, i int) bool {
	j := nextNonBlank(lines, i+1)
	if j < 0 {
		return false
	}
	a, b := foldWidth(compact(lines[i].String())), foldWidth(compact(lines[j].String()))
	return a == b || zh.RuneLen(a) >= 8 && (strings.HasPrefix(b, a) || strings.HasPrefix(a, b) && zh.RuneLen(b) >= 8)
}

// foldWidth maps the half-width forms of brackets and punctuation to full
// width, so that two copies of a title compare equal.
func foldWidth(s string) string {
	return strings.NewReplacer("(", "（", ")", "）", ",", "，", ":", "：", ";", "；", "\"", "”").Replace(s)
}

// title splits a title line into issuers, title and subtitle.
//
//	中共辽宁省委 辽宁省人民政府 关于培育新质生产力推动高质量发展的意见
//	中共中央 国务院关于做好2023年全面推进乡村振兴重点工作的意见
//	政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强
func (p *parser) title(l *line) {
	d := p.doc
	s := l.String()
	if i := max(strings.Index(s, "——"), strings.Index(s, "――")); i > 0 {
		k := zh.RuneLen(s[:i])
		d.Title = append(d.Title, field(l.slice(0, k).trim()))
		p.subtitle(l.slice(k, len(l.r)))
		return
	}
	// Issuers separated by spaces before the title proper, or joined to it
	// before 关于: 国务院关于…
	words := strings.Fields(s)
	last := len(words) - 1
	for last > 0 && !strings.Contains(words[last], "关于") && !docTypeRE.MatchString(words[last]) {
		last--
	}
	prefix, _, found := strings.Cut(words[last], "关于")
	if !found || prefix != "" && !issuerRE.MatchString(prefix) || prefix == "" && last == 0 {
		d.Title = append(d.Title, field(l))
		return
	}
	start := 0
	for _, w := range append(words[:last:last], prefix) {
		if w == "" {
			continue
		}
		k, n := runeIndex(l.r, w, start), zh.RuneLen(w)
		d.Issuers = append(d.Issuers, field(l.slice(k, k+n)))
		start = k + n
	}
	t := runeIndex(l.r, "关于", start)
	d.Title = append(d.Title, field(l.slice(t, len(l.r)).trim()))
}

// closing reads the matter after the body, from the end: a scraper's footer,
// notes, a signature block of issuers and a date. It returns the index one
// past the last body line.
func (p *parser) closing(lines []*line, start int) int {
	d := p.doc
	end := len(lines)
	prev := func() int { return prevNonBlank(lines, end-1, start) }
	// Back matter a scraper added.
	var back []Field
	furnished := furnitureEnd(lines, start)
	for j := prev(); j >= 0 && (scraperRE.MatchString(lines[j].String()) || backRE.MatchString(lines[j].String()) || j >= furnished); j = prev() {
		back = append([]Field{field(lines[j])}, back...)
		end = j
	}
	d.Back = append(back, d.Back...)
	var notes []Field
	for j := prev(); j >= 0 && noteRE.MatchString(lines[j].String()); j = prev() {
		notes = append([]Field{field(lines[j])}, notes...)
		end = j
	}
	// A signature: a date line, perhaps notes, preceded by issuing bodies.
	if j := prev(); j >= 0 && dateLineRE.MatchString(lines[j].String()) {
		k := j
		var issuers []Field
		for i := prevNonBlank(lines, k-1, start); i >= 0 && issuerRE.MatchString(compact(lines[i].String())); i = prevNonBlank(lines, i-1, start) {
			issuers = append([]Field{field(lines[i])}, issuers...)
			k = i
		}
		if len(issuers) > 0 || d.DateText.Text == "" {
			if len(d.Issuers) == 0 {
				d.Issuers = issuers
			} else {
				d.Closing = issuers
			}
			if d.DateText.Text == "" {
				d.DateText = field(lines[j])
			} else {
				d.Closing = append(d.Closing, field(lines[j]))
			}
			end = k
		}
	}
	d.Notes = append(d.Notes, notes...)
	return end
}

func field(l *line) Field { return Field{Text: l.String(), Pos: l.pos(0)} }

func nextNonBlank(lines []*line, i int) int {
	for ; i < len(lines); i++ {
		if !lines[i].blank() {
			return i
		}
	}
	return -1
}

func prevNonBlank(lines []*line, i, floor int) int {
	for ; i >= floor; i-- {
		if !lines[i].blank() {
			return i
		}
	}
	return -1
}

func runeIndex(rs []rune, w string, from int) int {
	i := strings.Index(string(rs[from:]), w)
	if i < 0 {
		return from
	}
	return from + zh.RuneLen(string(rs[from:])[:i])
}

// furnitureEnd returns the index of the first line of the run of web-page
// furniture that ends the text, or len(lines) when there is none. A run of
// short lines counts only if one of them holds words only furniture has
// (ICP备, 版权所有): a table printed one cell per line is text.
func furnitureEnd(lines []*line, floor int) int {
	end, marked := len(lines), false
	for k := prevNonBlank(lines, len(lines)-1, floor); k >= 0 && furniture(lines[k].String()); k = prevNonBlank(lines, k-1, floor) {
		end = k
		marked = marked || furnitureRE.MatchString(lines[k].String())
	}
	if !marked {
		return len(lines)
	}
	return end
}
