// Package zh is the Chinese-text layer the other packages share: numerals
// (exact, as math/big.Rat), years and dates, punctuation classes, and rune
// offsets in UTF-8 text.
//
//	zh.Strict("三千亿")    → 300000000000
//	zh.Lenient("一二")     → 12
//	zh.Year.FindString("国发〔2021〕36号") → 2021
package zh

import (
	"math/big"
	"strings"
)

// ArabicNumber is a regexp for a number in Arabic digits, half or full
// width, with optional thousands commas and decimals: 9, 1.3, 1,200, ４．５.
const ArabicNumber = `[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?`

// ChineseNumeral is a regexp for a number in Chinese numerals, optionally
// with a decimal part after 点: 三千亿, 一千零五, 十四, 两, 二〇二四, 三点五.
const ChineseNumeral = `[〇零一二两三四五六七八九十百千万亿]+(?:点[〇零一二三四五六七八九]+)?`

// MagnitudeWord is a regexp for a power of ten written after Arabic
// digits, longest first: the 万亿 of 4.4万亿, the 万 of 1200万.
const MagnitudeWord = `(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)`

// digits are the values of the Chinese digits.
var digits = map[rune]int64{'〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// powers are the values of the Chinese powers of ten.
var powers = map[rune]int64{'十': 10, '百': 100, '千': 1000, '万': 10000, '亿': 100000000}

// Digit returns the value of a Chinese digit: 3 for 三, 2 for 两, 0 for 〇.
func Digit(r rune) (int64, bool) {
	d, ok := digits[r]
	return d, ok
}

// Strict returns the exact value of one number written in Arabic digits
// (1,200.5, ４．５) or in Chinese numerals (三千亿, 二〇二四, 三点五). It
// refuses strings that are not one number: 三五, 一二三, 十四五.
func Strict(s string) (*big.Rat, bool) {
	if s == "" {
		return nil, false
	}
	if strings.ContainsAny(s, "0123456789０１２３４５６７８９") {
		return arabic(s)
	}
	return chinese(s)
}

// StrictInt is Strict for whole numbers that fit an int: 25 for 二十五.
func StrictInt(s string) (int, bool) {
	r, ok := Strict(s)
	if !ok || !r.IsInt() || !r.Num().IsInt64() {
		return 0, false
	}
	return int(r.Num().Int64()), true
}

// Lenient reads a whole number as labels and dates write it: what
// StrictInt reads, and also digits read one by one where Strict refuses
// them (一二 → 12, 二○二四 → 2024). It refuses anything else.
func Lenient(s string) (int, bool) {
	if n, ok := StrictInt(s); ok {
		return n, true
	}
	n, ok := digitString([]rune(s))
	if !ok || !n.IsInt64() {
		return 0, false
	}
	return int(n.Int64()), true
}

// arabic parses digits such as 1,200.5 or ４．５ exactly.
func arabic(s string) (*big.Rat, bool) {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + r - '０'
		case r == '．':
			return '.'
		case r == ',':
			return -1
		}
		return r
	}, s)
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' {
			return nil, false
		}
	}
	return new(big.Rat).SetString(s)
}

// chinese parses a Chinese numeral such as 三千亿 (300000000000), 一千零五
// (1005), 一万五 (15000), 万亿 (10^12), 二〇二四 (2024) or 三点五 (3.5).
func chinese(s string) (*big.Rat, bool) {
	intPart, frac, hasFrac := strings.Cut(s, "点")
	rs := []rune(intPart)
	var n *big.Int
	var ok bool
	switch {
	case strings.ContainsAny(intPart, "十百千万亿"):
		n, ok = integer(rs)
	case len(rs) == 1:
		n, ok = digitString(rs)
	case len(rs) == 4 || strings.ContainsAny(intPart, "〇○零"):
		n, ok = digitString(rs) // a year or a code: 二〇二四
	default:
		return nil, false // 三五, 一二三: not one number
	}
	if !ok {
		return nil, false
	}
	r := new(big.Rat).SetInt(n)
	if hasFrac {
		d, ok := digitString([]rune(frac))
		if !ok {
			return nil, false
		}
		den := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(len([]rune(frac)))), nil)
		r.Add(r, new(big.Rat).SetFrac(d, den))
	}
	return r, true
}

// digitString reads Chinese digits one by one, as in years: 二〇二四 → 2024.
func digitString(rs []rune) (*big.Int, bool) {
	n := new(big.Int)
	for _, r := range rs {
		d, ok := digits[r]
		if !ok {
			return nil, false
		}
		n.Mul(n, big.NewInt(10))
		n.Add(n, big.NewInt(d))
	}
	return n, len(rs) > 0
}

// integer reads a Chinese integer with powers of ten, splitting at the last
// 亿 and then the last 万: 一亿二千万 = 一 × 10^8 + 二千 × 10^4. An empty
// multiplier counts as one (万亿 = 10^12) and a lone digit after a power is
// read as the next lower power (一万五 = 15000).
func integer(rs []rune) (*big.Int, bool) {
	if len(rs) == 0 {
		return nil, false
	}
	for _, big4 := range []rune{'亿', '万'} {
		i := lastIndex(rs, big4)
		if i < 0 {
			continue
		}
		left := big.NewInt(1)
		if i > 0 {
			var ok bool
			if left, ok = integer(rs[:i]); !ok {
				return nil, false
			}
		}
		unit := big.NewInt(powers[big4])
		n := new(big.Int).Mul(left, unit)
		rest := rs[i+1:]
		if len(rest) == 0 {
			return n, true
		}
		right, ok := elided(rest, unit)
		if !ok {
			return nil, false
		}
		return n.Add(n, right), true
	}
	return section(rs)
}

// elided reads the part after a power of ten; a lone nonzero digit stands for
// that digit times the next lower power: the 五 of 一万五 is 5000.
func elided(rs []rune, unit *big.Int) (*big.Int, bool) {
	if d, ok := digits[rs[0]]; ok && len(rs) == 1 && d != 0 {
		return new(big.Int).Mul(big.NewInt(d), new(big.Int).Quo(unit, big.NewInt(10))), true
	}
	if d, ok := digits[rs[0]]; ok && d == 0 {
		rs = rs[1:]
	}
	if len(rs) == 0 {
		return nil, false
	}
	return integer(rs)
}

// section reads a number below 10000: 三千五 (3500), 一千零五 (1005), 十四 (14).
func section(rs []rune) (*big.Int, bool) {
	var total int64
	digit := int64(-1)
	last := int64(0) // the last power of ten read
	zero := false
	for _, r := range rs {
		if d, ok := digits[r]; ok {
			if d == 0 {
				zero = true
				continue
			}
			if digit >= 0 {
				return nil, false // two digits in a row: 一二, 十四五
			}
			digit = d
			continue
		}
		p, ok := powers[r]
		if !ok || p >= 10000 || (last != 0 && p >= last) {
			return nil, false
		}
		if digit < 0 {
			digit = 1
		}
		total += digit * p
		digit, last, zero = -1, p, false
	}
	if digit > 0 {
		if last >= 100 && !zero {
			digit *= last / 10 // 三千五 = 3500
		}
		total += digit
	}
	return big.NewInt(total), true
}

// lastIndex returns the index of the last r in rs, or -1.
func lastIndex(rs []rune, r rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == r {
			return i
		}
	}
	return -1
}

// Magnitude returns the value of a run of powers of ten such as 万亿
// (10^12), 千万 (10^7) or 亿 (10^8); the empty string is 1.
func Magnitude(s string) *big.Rat {
	r := big.NewRat(1, 1)
	for _, c := range s {
		r.Mul(r, new(big.Rat).SetInt64(powers[c]))
	}
	return r
}

// TrailingMagnitude returns the trailing 万 and 亿 of a written number,
// which Chinese keeps with the unit: 亿 of 三千亿, 万亿 of 4.4万亿, 万 of
// 一千二百万, "" of 百.
func TrailingMagnitude(s string) string {
	rs := []rune(s)
	i := len(rs)
	for i > 0 && (rs[i-1] == '万' || rs[i-1] == '亿') {
		i--
	}
	return string(rs[i:])
}

// LeadingMagnitude returns the 万 and 亿 a unit starts with: 万亿 of 万亿元,
// 万 of 万户, "" of 元.
func LeadingMagnitude(unit string) string {
	return strings.TrimSuffix(unit, strings.TrimLeft(unit, "万亿"))
}
