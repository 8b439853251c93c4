package targets

import (
	"math/big"
	"strings"
)

// comparatorWords are the English words before a figure for comparators
// (seeds/STYLE.md, "Targets"): 不超过 is "no more than", 约 "about", 突破
// and 超过 "over"; >= is not here: it follows the figure (orMore).
var comparatorWords = map[string]string{
	">": "over ", "~": "about ", "<=": "no more than ", "<": "under ", "=": "", CmpToward: "toward ",
}

// suffixWords are the house style's renderings of the words after a figure
// that give its comparator (mention.go, suffixComparators): 9%以上 is "9%
// or more", 5%以下 "5% or less", 5%以内 "within 5%", 5%左右 "around 5%".
// Each is {before, after} the figure.
var suffixWords = []struct{ zh, before, after string }{
	{"以上", "", " or more"}, {"以下", "", " or less"}, {"以内", "within ", ""}, {"之内", "within ", ""},
	{"内", "within ", ""}, {"左右", "around ", ""},
}

// comparator returns the words before and after the figure of c. A
// comparator written after the figure (以上, 以下, 以内, 左右) is rendered
// as the house style renders that word; a floor from a verb (不低于, 至少,
// 迈上) is "or more" too, never "at least".
func comparator(c *candidate) (before, after string) {
	if c.m != nil && c.cmp == c.m.cmp {
		for _, w := range suffixWords {
			if strings.HasSuffix(c.m.text, w.zh) {
				return w.before, w.after
			}
		}
	}
	if c.cmp == ">=" {
		return "", " or more"
	}
	return comparatorWords[c.cmp], ""
}

// english writes the value and comparator of a target in English, without
// its indicator, in the house style (seeds/STYLE.md): 年均增长9%以上 →
// average annual growth of 9% or more, 每年增长9% → 9% a year, 突破三千亿元
// → over RMB 300 billion, 迈向万亿级 → toward RMB 1 trillion, 百项 → 100
// items, 不超过50年 → no more than 50 years.
func english(c *candidate) string {
	before, after := comparator(c)
	s := before + amount(c.m) + after
	if c.m.unit == "倍" && c.kind == KindGrowth {
		// 提高一倍 is up 100%: the 倍 of a growth is the growth itself
		pct := *c.m
		pct.value, pct.info = c.m.value.times(big.NewRat(100, 1)), units["%"]
		s = before + amount(&pct) + after
	}
	switch {
	case c.kind == KindDuration && c.cmp == "<=":
		return "within " + amount(c.m)
	case c.kind == KindGrowth && c.average:
		return "average annual growth of " + s
	case c.kind == KindReduction && c.average:
		return "average annual reduction of " + s
	case c.kind == KindGrowth && c.annual:
		return s + " a year"
	case c.kind == KindGrowth:
		return "up " + s
	case c.kind == KindReduction && c.toLevel:
		return "down to " + s
	case c.kind == KindReduction && c.annual:
		return "down " + s + " a year"
	case c.kind == KindReduction:
		return "down " + s
	}
	return s
}

// scales are the English words for large numbers, largest first.
var scales = []struct {
	word string
	n    *big.Rat
}{
	{"trillion", big.NewRat(1e12, 1)},
	{"billion", big.NewRat(1e9, 1)},
	{"million", big.NewRat(1e6, 1)},
}

// amount writes a figure in English: 9%, RMB 300 billion, 12 million people,
// 8–10, 100 items, 2 percentage points.
func amount(m *mention) string {
	if _, finite := decimalPlaces(m.value.Lo); m.fraction && m.unit == "" && !finite {
		return m.value.String() // 三分之一 is 1/3, not a rounded percentage
	}
	if m.fraction && m.unit == "" {
		pct := *m // 四分之一 is 25%
		pct.value, pct.info, pct.fraction = m.value.times(big.NewRat(100, 1)), units["%"], false
		return amount(&pct)
	}
	v := m.value
	if m.info.kind != unitRatio {
		v = v.times(m.prefix)
	}
	top := v.Lo
	if v.Hi != nil {
		top = v.Hi
	}
	word := ""
	for _, sc := range scales {
		if new(big.Rat).Abs(top).Cmp(sc.n) >= 0 {
			v = v.times(new(big.Rat).Inv(sc.n))
			word = " " + sc.word
			break
		}
	}
	n := englishNumber(v.Lo)
	if v.Hi != nil {
		n += "–" + englishNumber(v.Hi)
	}
	n += word
	switch {
	case m.info.money != "":
		return m.info.money + " " + n
	case m.info.en == "%" || m.info.en == "‰":
		return n + m.info.en
	case m.info.en != "":
		return n + " " + m.info.en
	}
	return n
}

// englishNumber writes r with thousands separators and at most four
// decimal places: 12,000, 4.06, 0.3333.
func englishNumber(r *big.Rat) string {
	s := decimal(r, 4)
	intPart, frac, hasFrac := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	for i, d := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	out := b.String()
	if neg {
		out = "-" + out
	}
	if hasFrac {
		out += "." + frac
	}
	return out
}
