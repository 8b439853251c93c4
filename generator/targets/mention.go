package targets

import (
	"cmp"
	"math/big"
	"regexp"
	"strings"

	"mingbai/generator/zh"
)

// comparatorSuffix is a comparator written after a figure: the 以上 of 9%以上.
const comparatorSuffix = `(?:及以上|及以下|以上|以下|以内|之内|左右|内)`

// rangeSeparator joins the ends of a range: 8-10个, 2—3个, 5～8个, 3至5年.
const rangeSeparator = `[-－—–～~〜至到]`

// blank is the space a document may leave between a number and its unit: 4 个.
const blank = `[ \x{3000}]*`

// unitWord is a unit, or a rate per unit of time or person: 吨, 吨/年.
var unitWord = unitPattern + `(?:/(?:年|日|天|小时|人))?`

// Alternatives of mentionPattern, by shape. Blanks are taken only before a
// unit, so that 专栏1　指标 does not end its figure with a space.
var (
	// fractionShape: 百分之五, 千分之三, 三分之一以上, 一半, 两成, 翻一番
	fractionShape = `(?P<pct>百分之|千分之)(?P<pnum>` + zh.ChineseNumeral + `|` + zh.ArabicNumber + `)(?P<psuf>` + comparatorSuffix + `)?` +
		`|(?P<den>` + zh.ChineseNumeral + `)分之(?P<nom>` + zh.ChineseNumeral + `)(?P<fsuf>` + comparatorSuffix + `)?` +
		`|(?P<half>一半|半数)(?P<hsuf>以上|左右)?` +
		`|(?P<tenth>[一二两三四五六七八九])成(?P<tsuf>以上|左右)?` +
		`|翻(?P<fan>一|两|二|三)番`
	// rangeShape: 8-10个, 2—3个, 5～8万元, 8%-10%, 1.2万-1.5万元, 二至三个
	rangeShape = `(?P<lo>` + zh.ArabicNumber + `|` + zh.ChineseNumeral + `)(?P<loapx>[多余])?(?P<lomag>` + zh.MagnitudeWord + `)?` +
		`(?:` + blank + `(?P<lou>` + unitWord + `))?` + blank + rangeSeparator + blank +
		`(?P<hi>` + zh.ArabicNumber + `|` + zh.ChineseNumeral + `)(?P<hiapx>[多余])?` +
		`(?:` + blank + `(?P<hiu0>` + unitWord + `)|(?P<himag>` + zh.MagnitudeWord + `)(?:` + blank + `(?P<hiu>` + unitWord + `))?)?(?P<rsuf>` + comparatorSuffix + `)?`
	// singleShape: 9%以上, 4.4万亿元, 1200万人, 6600多万, 4 个, 1.3, 三千亿元, 万亿级, 百项, 30万吨/年
	singleShape = `(?P<a>` + zh.ArabicNumber + `)(?P<aapx>[多余])?` +
		`(?:` + blank + `(?P<au0>` + unitWord + `)|(?P<amag>` + zh.MagnitudeWord + `)(?P<aapx2>[多余])?(?:` + blank + `(?P<au>` + unitWord + `))?)?(?P<asuf>` + comparatorSuffix + `)?` +
		`|(?P<c>` + zh.ChineseNumeral + `)(?P<capx>[多余])?(?P<cmag>[万亿]*)` + blank + `(?P<cu>` + unitWord + `)(?P<csuf>` + comparatorSuffix + `)?`
)

// signPattern is a comparator written as a sign before a figure, as in a
// table of indicators: <1, ≥90%.
const signPattern = `(?P<sign>[<>≤≥＜＞]` + blank + `)?`

// mentionPattern matches one figure as written, with its unit and any
// comparator before or after it, at the start of the text:
//
//	9%以上  4.4万亿元  三千亿元  万亿级  8-10个  2—3个  百分之五  三分之一  一半
//	1200万人以上  6600多万  10余家  4 个  30万千瓦以下  1.2万-1.5万元  <1%
//
// Chinese numerals need a unit (so 一二三产业 is not a figure); Arabic digits
// do not (PUE降至1.3以下).
var mentionPattern = regexp.MustCompile(`^` + signPattern + `(?:` + fractionShape + `|` + rangeShape + `|` + singleShape + `)`)

// maxMentionBytes bounds the text mentionPattern is tried on, well above
// the longest figure (约1,234.5—2,345.6万亿元以上 is 40 bytes): the
// backtracking matcher clears state in proportion to its input, and a
// paragraph of thousands of figures would cost quadratic time.
const maxMentionBytes = 128

// mentionStop holds punctuation no figure contains, where the text
// mentionPattern is tried on can end: the full-width comma, full stop,
// semicolon and colon (1,200 has an ASCII comma).
const mentionStop = "，。；：！？\n"

// numeralStart holds the characters a figure can start with; mentionPattern
// is tried only where one of them is.
const numeralStart = "<>≤≥＜＞0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万亿半翻"

// singlePattern reads a figure that mentionPattern took for a range but is
// not one: the 2个百分点 of 提高2个百分点至60%.
var singlePattern = regexp.MustCompile(`^` + signPattern + `(?:` + fractionShape + `|` + singleShape + `)`)

// mention is one figure found in a paragraph.
type mention struct {
	rule       string // the rule that took or rejected it: RuleTimeLimit, RuleTimeFrame
	start, end int    // rune offsets in the paragraph text, suffix included
	text       string // as written
	value      Value  // in the unit, e.g. 3000 for 三千亿元 (unit 亿元)
	unit       string // the unit with its magnitude: 亿元, 万人, %; "" for a bare number
	info       unitInfo
	prefix     *big.Rat // the magnitude kept with the unit: 10^8 for 亿元
	scale      bool     // written as a magnitude with 级 (万亿级), taken for money
	cmp        string   // the comparator the figure itself carries: >= for 以上
	verb       string   // the kind of target the figure states by itself: growth for 翻一番
	fraction   bool     // a fraction of a whole without a unit: 一半, 四分之一
	class      string   // set once classified
	reason     string
	targets    []*candidate // the targets the figure gives
	partOf     *candidate   // the target whose indicator holds the figure
}

// suffixComparators are the comparators that signs before a figure and
// words after it imply.
var suffixComparators = map[string]string{
	"<": "<", "＜": "<", ">": ">", "＞": ">", "≤": "<=", "≥": ">=",
	"及以上": ">=", "以上": ">=", "多": ">", "余": ">",
	"及以下": "<=", "以下": "<=", "以内": "<=", "之内": "<=", "内": "<=",
	"左右": "~",
}

// parseMention reads the submatches g (by group name) of one match of
// mentionPattern. It returns false for strings that look like figures but are
// not: a lone 万, 一 before a measure word (一批, 一件事), 级 without a magnitude.
func parseMention(text string, g map[string]string) (mention, bool) {
	m := mention{text: text, prefix: big.NewRat(1, 1)}
	var unit, num, numText string
	switch {
	case g["pct"] != "":
		v, ok := zh.Strict(g["pnum"])
		if !ok {
			return m, false
		}
		m.value = Value{Lo: v}
		unit = map[string]string{"百分之": "%", "千分之": "‰"}[g["pct"]]
		m.cmp = suffixComparators[g["psuf"]]
	case g["den"] != "":
		d, ok1 := zh.Strict(g["den"])
		n, ok2 := zh.Strict(g["nom"])
		if !ok1 || !ok2 || d.Sign() == 0 {
			return m, false
		}
		m.value = Value{Lo: new(big.Rat).Quo(n, d)}
		m.cmp = suffixComparators[g["fsuf"]]
		m.fraction = true
	case g["half"] != "":
		m.value = Value{Lo: big.NewRat(1, 2)}
		m.cmp = suffixComparators[g["hsuf"]]
		m.fraction = true
	case g["tenth"] != "":
		// tenths: 增长两成 is up 20%
		m.value = Value{Lo: big.NewRat(10*digit(g["tenth"]), 1)}
		unit = "%"
		m.cmp = suffixComparators[g["tsuf"]]
	case g["fan"] != "":
		// doublings: 翻一番 is up 100%, 翻两番 up 300%
		n := digit(g["fan"])
		m.value = Value{Lo: big.NewRat(100*(int64(1)<<n-1), 1)}
		unit, m.verb = "%", KindGrowth
	case g["hi"] != "":
		return parseRange(m, g)
	case g["a"] != "":
		num, numText = g["a"], g["a"]+g["amag"]
		unit = g["au0"] + g["au"]
		m.cmp = cmp.Or(suffixComparators[g["asuf"]], suffixComparators[g["aapx"]+g["aapx2"]])
	default:
		num, numText = g["c"], g["c"]+g["cmag"]
		unit = g["cu"]
		m.cmp = cmp.Or(suffixComparators[g["csuf"]], suffixComparators[g["capx"]])
		if !plausibleChinese(g["c"], g["cmag"]) && !(g["c"] == "一" && g["cu"] == "倍") { // 提高一倍
			return m, false
		}
	}
	m.cmp = cmp.Or(suffixComparators[strings.TrimRight(g["sign"], " \u3000")], m.cmp)
	if num != "" {
		v, ok := scaled(num, numText)
		if !ok {
			return m, false
		}
		p := zh.TrailingMagnitude(numText)
		m.prefix = zh.Magnitude(p)
		m.value = Value{Lo: new(big.Rat).Quo(v, m.prefix)}
		if unit == scaleUnit && p == "" {
			return m, false // 级 needs a magnitude: 万亿级, not 二级
		}
		unit = p + normalUnit(unit)
	}
	return m.withUnit(unit), true
}

// parseRange reads a range such as 8-10个, 5～8万元 or 1.2万-1.5万元; a
// magnitude written only after the upper end applies to both ends.
func parseRange(m mention, g map[string]string) (mention, bool) {
	hiText := g["hi"] + g["himag"]
	loText := g["lo"] + g["lomag"]
	if g["lomag"] == "" && zh.TrailingMagnitude(g["lo"]) == "" {
		loText = g["lo"] + g["himag"]
	}
	lo, ok1 := scaled(g["lo"], loText)
	hi, ok2 := scaled(g["hi"], hiText)
	unit := g["hiu0"] + g["hiu"]
	if !ok1 || !ok2 || lo.Cmp(hi) >= 0 || (g["lou"] != "" && normalUnit(g["lou"]) != normalUnit(unit)) {
		return m, false
	}
	chinese := !strings.ContainsAny(g["lo"]+g["hi"], "0123456789０１２３４５６７８９")
	if chinese && unit == "" {
		return m, false
	}
	p := zh.TrailingMagnitude(hiText)
	m.prefix = zh.Magnitude(p)
	m.value = Value{Lo: new(big.Rat).Quo(lo, m.prefix), Hi: new(big.Rat).Quo(hi, m.prefix)}
	m.cmp = cmp.Or(suffixComparators[strings.TrimRight(g["sign"], " \u3000")], suffixComparators[g["rsuf"]])
	return m.withUnit(p + normalUnit(unit)), true
}

// perNames are the English names of the time or person a rate is per.
var perNames = map[string]string{"年": "year", "日": "day", "天": "day", "小时": "hour", "人": "person"}

// withUnit sets the unit of m and looks up what it measures: 亿元 is yuan,
// 万吨/年 tonnes a year, 万亿级 is 万亿元.
func (m mention) withUnit(unit string) mention {
	m.unit = unit
	word, per, _ := strings.Cut(unit, "/")
	base := strings.TrimLeft(word, "万亿")
	m.info = units[base]
	if base == scaleUnit {
		m.unit, m.scale = strings.TrimSuffix(unit, scaleUnit)+"元", true
	}
	if per != "" && m.info.base != "" {
		m.info.base += "/" + perNames[per]
		m.info.en += " a " + perNames[per]
	}
	return m
}

// scaled returns the value of num written as numText, which adds a
// magnitude: scaled("4.4", "4.4万亿") = 4.4 × 10^12.
func scaled(num, numText string) (*big.Rat, bool) {
	v, ok := zh.Strict(num)
	if !ok {
		return nil, false
	}
	mag := strings.TrimPrefix(numText, num)
	return new(big.Rat).Mul(v, zh.Magnitude(mag)), true
}

// plausibleChinese rejects Chinese numerals that are words rather than
// figures: a lone 一 (一批, 一件事) or 零 (零部件), a run starting with 亿, or a
// bare 万 (每万人).
func plausibleChinese(num, mag string) bool {
	switch {
	case num == "一", num == "零", num == "〇", strings.HasPrefix(num, "亿"):
		return false
	case num == "万" && mag == "":
		return false
	}
	return true
}

// digit returns the value of the Chinese digit that s starts with.
func digit(s string) int64 {
	d, _ := zh.Digit([]rune(s)[0])
	return d
}
