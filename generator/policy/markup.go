package policy

import (
	"fmt"
	"regexp"
	"strings"

	"mingbai/generator/zh"
)

var (
	// scraperRE matches the Markdown a web scraper puts around a document:
	// headings, "**key**: value" lines and their list variants, rules and
	// quotes.
	//	# 工业和信息化部等七部门关于推动未来产业创新发展的实施意见
	//	**发布日期**: 2024年1月
	//	- **来源**: https://www.gov.cn/…
	//	---
	scraperRE = regexp.MustCompile(`^(#{1,6}\s|(?:[-*+]\s+)?\*\*[^*]+\*\*\s*[:：]|[-*_]{3,}$|>\s)`)

	// scraperKeyRE matches a metadata key set as a sub-heading, whose value
	// stands on the next line.
	//	### 发布日期
	//	2025-07-28
	scraperKeyRE = regexp.MustCompile(`^#{1,6}\s*(发布日期|成文日期|发布机构|发文机关|来源|原文链接|原文地址|分类|主题分类|检索时间|检索关键词|更新时间|索引号|发文字号)\s*$`)

	// scraperFieldRE reads a key and its value from a metadata line.
	//	**原文链接**: [http://stcsm.sh.gov.cn/…](http://stcsm.sh.gov.cn/…
	scraperFieldRE = regexp.MustCompile(`^(?:[-*+]\s+)?\*\*([^*]+)\*\*\s*[:：]\s*(.*)$`)

	// backRE matches what a scraper leaves after a document: a bracketed
	// label and Markdown links to downloads.
	//	【原文下载】
	//	- [关于印发《上海市科技专家库管理办法》的通知.pdf](/cmsres/55/….pdf )
	backRE = regexp.MustCompile(`^(【[^】]{2,10}】|[-*+]\s*\[[^\]]*\]\([^)]*\)?\s*)$`)

	// urlRE finds a web address.
	urlRE = regexp.MustCompile(`https?://[^\s)\]]+`)

	// pkulawRE matches the citation code and address lines pkulaw puts over
	// the text it copies.
	//	【法宝引证码】 CLI.12.5679380
	//	原文链接：https://www.pkulaw.com/lar/a28211d04d610dda90d16553dc812a4bbdfb.html
	pkulawRE = regexp.MustCompile(`^【法宝引证码】|^原文链接[：:]`)

	// keyValueRE matches a scraper's key-value header line; the keys are
	// those scrapers use for a document's metadata, or any short key whose
	// value is a web address.
	//	标题：2024年河北省政府工作报告
	//	发文时间：未知
	//	来源URL：https://www.hebei.gov.cn/…
	//	正文：
	keyValueRE = regexp.MustCompile(`^(标题|题名|文件名称|发文单位|发文机关|发布机构|发布单位|发文时间|发布时间|发布日期|成文日期|实施日期|来源|来源URL|原文链接|原文地址|链接|网址|索引号|发文字号|文号|主题分类|分类|时效性|效力级别|作者|正文|\p{Han}{2,6}(?:URL|网址|链接))\s*[：:]\s*(.*)$`)

	// placeholderRE matches a scraper's value that says it has none.
	//	未知   暂无
	placeholderRE = regexp.MustCompile(`^(未知|暂无|无|不详|-+|—+)$`)

	// htmlCommentRE matches an HTML comment on a line of its own, which a
	// web copy uses as a marker.
	//	<!-- INFO END -->
	htmlCommentRE = regexp.MustCompile(`^<!--.*-->$`)

	// headingMarkRE matches a Markdown heading mark inside the body.
	//	## 第一章 总则
	headingMarkRE = regexp.MustCompile(`^#{1,6}\s+`)
)

// front reads the metadata block a scraper put before the document and
// returns the index of the first line after it. Values the block gives (the
// source address, a publication date, the page title) are kept as inferred
// values, used only where the document does not print them itself.
func (p *parser) front(lines []*line) int {
	i := 0
	for ; i < len(lines); i++ {
		l := lines[i]
		if l.blank() {
			continue
		}
		s := l.String()
		if m := keyValueRE.FindStringSubmatch(s); m != nil {
			p.doc.Front = append(p.doc.Front, field(l))
			p.scrapedValue(m[1], m[2], l.pos(0))
			if m[1] == "正文" && strings.TrimSpace(m[2]) == "" {
				i++
				break // the body follows
			}
			continue
		}
		if pkulawRE.MatchString(s) || htmlCommentRE.MatchString(s) {
			p.doc.Front = append(p.doc.Front, field(l))
			p.scrapedValue(strings.TrimRight(strings.SplitN(s, "：", 2)[0], ":"), s, l.pos(0))
			continue
		}
		if furniture(s) && (furnitureAhead(lines, i) || afterSeparator(p.doc.Front)) {
			p.doc.Front = append(p.doc.Front, field(l)) // a site menu, a breadcrumb
			continue
		}
		if !scraperRE.MatchString(s) {
			break
		}
		if m := headingMarkRE.FindStringIndex(s); m != nil && len(p.doc.Front) > 0 && labelLine(s[m[1]:]) {
			break // ## 一、总则: the body's first heading
		}
		p.doc.Front = append(p.doc.Front, field(l))
		p.scraped(l)
		if scraperKeyRE.MatchString(s) {
			// the value stands on the next non-blank line
			if j := nextNonBlank(lines, i+1); j > 0 {
				p.doc.Front = append(p.doc.Front, field(lines[j]))
				p.scrapedValue(scraperKeyRE.FindStringSubmatch(s)[1], lines[j].String(), lines[j].pos(0))
				i = j
			}
		}
	}
	return i
}

// scraped records the value of one metadata line.
func (p *parser) scraped(l *line) {
	s := l.String()
	if m := scraperFieldRE.FindStringSubmatch(s); m != nil {
		p.scrapedValue(m[1], m[2], l.pos(0))
		return
	}
	if strings.HasPrefix(s, "# ") && p.scraperTitle.Text == "" {
		p.scraperTitle = Inferred{Text: strings.TrimSpace(s[2:]), From: "scraper", Pos: l.pos(0)}
	}
}

func (p *parser) scrapedValue(key, value string, pos Pos) {
	value = strings.TrimSpace(value)
	switch key {
	case "来源", "原文链接", "原文地址", "链接", "来源URL", "网址":
		if u := urlRE.FindString(value); u != "" {
			p.infer(InferSourceURL, u, "scraper", pos)
		}
	case "发布日期", "成文日期", "发文时间", "发布时间":
		if d := looseDate(value); d != "" {
			p.infer(InferPublished, d, "scraper", pos)
		}
	case "标题", "题名", "文件名称":
		if value != "" && p.scraperTitle.Text == "" {
			p.scraperTitle = Inferred{Text: value, From: "scraper", Pos: pos}
		}
	case "发文单位", "发文机关", "发布机构", "发布单位":
		if value != "" && !placeholderRE.MatchString(value) && p.scraperIssuers.Text == "" {
			p.scraperIssuers = Inferred{Text: strings.Join(strings.Fields(value), "、"), From: "scraper", Pos: pos}
		}
	case "发文字号", "文号":
		if docNumberRE.MatchString(value) {
			p.infer(InferNumber, value, "scraper", pos)
		}
	}
}

// infer records an inferred value unless one is known already.
func (p *parser) infer(key, text, from string, pos Pos) {
	if text == "" {
		return
	}
	if p.doc.Inferred == nil {
		p.doc.Inferred = map[string]Inferred{}
	}
	if _, ok := p.doc.Inferred[key]; !ok {
		p.doc.Inferred[key] = Inferred{Text: text, From: from, Pos: pos}
	}
}

// stripMarkup removes the emphasis and heading marks a web copy puts on the
// body's lines, recording each removal.
//
//	**第一章 总  则**                        → 第一章 总  则
//	 **一、工作目标**                          → 一、工作目标
//	**上海市…行动方案（2026—2030年****）**     → 上海市…行动方案（2026—2030年）
//	## 第二章 专家入库                         → 第二章 专家入库
func (p *parser) stripMarkup(lines []*line) {
	for _, l := range lines {
		if l.blank() || l.r[0] != '#' && l.r[0] != '*' && !strings.Contains(l.String(), "**") {
			continue // the common case: no markup at all
		}
		s := l.String()
		heading := headingMarkRE.FindStringIndex(s)
		if scraperRE.MatchString(s) && heading == nil {
			continue
		}
		if heading != nil {
			p.markup(l, 0, zh.RuneLen(s[:heading[1]]), "a Markdown heading mark from a web copy")
			s = l.String()
		}
		if !strings.Contains(s, "**") {
			continue
		}
		// Only bold that is paired or wraps the whole line is markup.
		if strings.Count(s, "**")%2 != 0 && !strings.HasPrefix(s, "**") && !strings.HasSuffix(s, "**") {
			continue
		}
		for {
			i := strings.Index(l.String(), "**")
			if i < 0 {
				break
			}
			k := zh.RuneLen(l.String()[:i])
			p.markup(l, k, k+2, "bold markup from a web copy")
		}
		*l = *l.trim()
	}
}

// markup removes the runes [i, j) of l and records the repair.
func (p *parser) markup(l *line, i, j int, reason string) {
	p.doc.Repairs = append(p.doc.Repairs, Repair{Pos: l.pos(i), Kind: RepairMarkup, Before: string(l.r[i:j]), Reason: reason})
	l.r = append(append([]rune{}, l.r[:i]...), l.r[j:]...)
	l.cols = append(append([]int{}, l.cols[:i]...), l.cols[j:]...)
}

// looseDateRE reads a date that may lack its day: 2022年12月, 2025-07-28.
var looseDateRE = regexp.MustCompile(`(` + zh.YearPattern + `)\s*[年\-./]\s*(\d{1,2})(?:\s*[月\-./]\s*(\d{1,2}))?`)

// looseDate returns "YYYY-MM-DD" or "YYYY-MM", or "".
func looseDate(s string) string {
	m := looseDateRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	if m[3] == "" {
		mm, _ := zh.Lenient(m[2])
		return fmt.Sprintf("%s-%02d", m[1], mm)
	}
	return zh.ISODate(m[1], m[2], m[3])
}

// furnitureAhead reports whether lines[i] starts, or continues, a run of at
// least three furniture lines (a site's menu or breadcrumb before the text),
// of which one holds words only furniture has, or which ends at a line that
// continues the run (a breadcrumb's ">>").
//
//	首页
//	>>
//	政府信息公开
func furnitureAhead(lines []*line, i int) bool {
	n, marked := 0, false
	for k := i; k >= 0 && furniture(lines[k].String()); k = nextNonBlank(lines, k+1) {
		n++
		marked = marked || furnitureRE.MatchString(lines[k].String())
	}
	return n >= 3 && marked
}

// afterSeparator reports whether the last line of front is a breadcrumb's
// separator (>>, »), so that the line after it is the breadcrumb's last
// item, however much it reads like a title.
//
//	>>
//	通知公告
func afterSeparator(front []Field) bool {
	if len(front) == 0 {
		return false
	}
	return separatorRE.MatchString(front[len(front)-1].Text)
}

// separatorRE matches a line that only separates the items of a breadcrumb.
var separatorRE = regexp.MustCompile(`^[>»›/|]+$`)
