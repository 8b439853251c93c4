package policy

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"mingbai/generator/zh"
)

// Style is a numbering style of section headings.
type Style int

// Numbering styles, in the order a Chinese policy document usually nests them.
const (
	StyleNone        Style = iota
	StyleAttachment        // 附件2: an attachment or a further issued document, a part of its own
	StylePian              // 第一篇, a part of a plan outline
	StyleBian              // 第一编, a book of a code
	StyleFenbian           // 第一分编, a sub-book
	StyleChapter           // 第一章
	StyleSection           // 第一节
	StyleArticle           // 第一条
	StyleHan               // 一、 or 一．
	StyleParenHan          // （一） or (一)
	StyleArabic            // 1. or 1． or 1、
	StyleParenArabic       // （1） or (1)
)

func (s Style) String() string {
	return [...]string{"none", "attachment", "pian", "bian", "fenbian", "chapter", "section", "article", "han", "paren-han", "arabic", "paren-arabic"}[s]
}

const hanDigits = "零〇○一二两三四五六七八九十百千"

// digitClass is a regexp class of Arabic digits, ASCII or full width: the
// numbering grammar reads 第１条 and （１） as 第1条 and （1）.
const digitClass = `[0-9０-９]`

// number is a regexp for the number of a label: Chinese numerals or digits
// of either width.
const number = `([` + hanDigits + `]+|` + digitClass + `{1,4})`

var (
	// chapterRE matches a chapter heading.
	//	第三章 加快建设现代化产业体系
	chapterRE = regexp.MustCompile(`^(第\s*` + number + `\s*章)\s*(.*)$`)

	// pianRE, bianRE and fenbianRE match the levels above a chapter: a
	// part of a plan outline, a book of a code and its sub-books.
	//	第三篇 加快建设现代化产业体系
	//	第二编 物权
	//	第一分编 通则
	//	第一部分 一般规定
	pianRE    = regexp.MustCompile(`^(第\s*` + number + `\s*(?:篇|部分))\s*(.*)$`)
	bianRE    = regexp.MustCompile(`^(第\s*` + number + `\s*编)\s*(.*)$`)
	fenbianRE = regexp.MustCompile(`^(第\s*` + number + `\s*分编)\s*(.*)$`)

	// sectionRE matches a sub-chapter heading.
	//	第二节 培育壮大新兴产业
	sectionRE = regexp.MustCompile(`^(第\s*` + number + `\s*节)\s*(.*)$`)

	// articleRE matches an article of a regulation (条例, 规定, 办法, 细则).
	// An article has no heading: the text after the number is its body.
	//	第十二条 专家库实行动态管理。
	//	第１条 全角数字的条
	//	第十七条之一 已满七十五周岁的人故意犯罪的，…
	articleRE = regexp.MustCompile(`^(第\s*` + number + `\s*条(?:之[一二三四五六七八九十]{1,3})?)\s*(.*)$`)

	// hanRE matches a top-level numbered heading, after an enumeration
	// comma or, as older documents print it, a full stop of either width.
	//	二、加强科技创新引领
	//	一．总体要求
	hanRE = regexp.MustCompile(`^(([` + hanDigits + `]+)[、．.])\s*(.*)$`)

	// parenHanRE matches a measure number in full- or half-width brackets.
	//	（十）做深做强数字经济。探索推动落实数据资源持有权…
	//	(一) 开展原创性颠覆性科技创新。
	parenHanRE = regexp.MustCompile(`^([（(]\s*([` + hanDigits + `]{1,4})\s*[）)])\s*(.*)$`)

	// arabicRE matches an item number with a full stop of either width or
	// an enumeration comma. What follows must not be a digit, so neither
	// "1.5倍" nor "1、2月份" is a heading.
	//	1.加强前瞻谋划部署。把握全球科技创新和产业发展趋势…
	//	1、加强组织领导。
	arabicRE = regexp.MustCompile(`^((` + digitClass + `{1,3})[.．、])(?:\s*([^0-9０-９.．、].*))?$`)

	// parenArabicRE matches a sub-item number in brackets of either width.
	//	（1）强化企业科技创新主体地位。
	//	（１）全角数字的项
	parenArabicRE = regexp.MustCompile(`^([（(]\s*(` + digitClass + `{1,3})\s*[）)])\s*(.*)$`)

	// attachmentLabelRE matches the label of an attachment that carries a
	// title on the same line.
	//	附件2：重点任务清单
	attachmentLabelRE = regexp.MustCompile(`^(附\s*件\s*(` + digitClass + `{1,2}|[` + hanDigits + `]{1,3}))\s*[:：]?\s*(.*)$`)

	// looseHeadingRE matches numbering that looks like a heading but is not a
	// style this package accepts, so that it can be reported.
	//	一，总体要求      1）加强组织领导      二)深化改革
	looseHeadingRE = regexp.MustCompile(`^([` + hanDigits + `]{1,3}[,，)）]|` + digitClass + `{1,2}[)）])\S`)
)

// referenceRE matches what follows an item number that the text cites
// rather than starts: a range, a list of items, or the word 项 (or 目, the
// level below it), but not the words 项目 (project) or 目标 (goal), which
// start an item's text.
//
//	（一）至（三）项所列人员
//	（二）、（三）项
//	（一）项规定的情形      but not  （一）项目建议书提出的…
//	（二）目所列            but not  （二）目标任务
var referenceRE = regexp.MustCompile(`^\s*(?:[至到和及或、]\s*[（(]|项(?:[^目]|$)|目(?:[规的所中之，、。；）)]|$))`)

var headingStyles = []struct {
	style Style
	re    *regexp.Regexp
}{
	{StylePian, pianRE},
	{StyleFenbian, fenbianRE},
	{StyleBian, bianRE},
	{StyleChapter, chapterRE},
	{StyleSection, sectionRE},
	{StyleArticle, articleRE},
	{StyleHan, hanRE},
	{StyleParenHan, parenHanRE},
	{StyleArabic, arabicRE},
	{StyleParenArabic, parenArabicRE},
}

// label is a recognised heading number at the start of a line.
type label struct {
	style  Style
	text   string // the label as written, e.g. "(一)"
	number int
	sub    int // 1 for 第十七条之一, an article inserted after 第十七条
	rest   int // rune offset of the text after the label and its spaces
}

// matchLabel recognises the numbering at the start of s.
//
//	⒈侮辱、诽谤案    ← a number with its full stop in one character (U+2488–U+249B) is 1.
func matchLabel(s string) (label, bool) {
	if r, n := utf8.DecodeRuneInString(s); r >= '⒈' && r <= '⒛' {
		k := 1
		for _, c := range s[n:] {
			if !isSpace(c) {
				break
			}
			k++
		}
		return label{style: StyleArabic, text: string(r), number: int(r-'⒈') + 1, rest: k}, true
	}
	for _, h := range headingStyles {
		m := h.re.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		n, ok := zh.Lenient(s[m[4]:m[5]])
		if !ok || n == 0 {
			continue
		}
		rest := len(s)
		if len(m) > 6 && m[6] >= 0 {
			rest = m[6]
		}
		k := zh.RuneLen(s[:rest])
		for _, r := range s[rest:] {
			if !isSpace(r) {
				break
			}
			k++ // a no-break or ideographic space after the label
		}
		if (h.style == StyleParenHan || h.style == StyleParenArabic) && referenceRE.MatchString(s[m[3]:]) {
			return label{}, false // （一）至（三）项所列人员: a reference to items, not an item
		}
		lab := label{style: h.style, text: s[m[2]:m[3]], number: n, rest: k}
		if _, sub, ok := strings.Cut(lab.text, "条之"); ok && h.style == StyleArticle {
			lab.sub, _ = zh.Lenient(sub)
		}
		return lab, true
	}
	return label{}, false
}

// normalLabel returns the label with numbering brackets made full width, the
// form the model keeps: "(一)" becomes "（一）" and "( 1 )" becomes "（1）".
func normalLabel(l label) string {
	switch l.style {
	case StyleParenHan, StyleParenArabic:
		inner := strings.TrimSpace(strings.Trim(l.text, "（()）"))
		return "（" + inner + "）"
	}
	return l.text
}
