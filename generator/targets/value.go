package targets

import (
	"math/big"
	"strings"
)

// Value is an exact number, or an inclusive range of numbers, as written in a
// figure: 9 in 9%以上, 3000 in 三千亿元, 8–10 in 8-10个. It marshals to JSON as a
// number, or as [lo, hi] for a range.
type Value struct {
	Lo *big.Rat
	Hi *big.Rat // nil unless the value is a range
}

// String writes v exactly: "9", "4.06", "8-10", "1/3".
func (v Value) String() string {
	if v.Lo == nil {
		return ""
	}
	if v.Hi == nil {
		return exact(v.Lo)
	}
	return exact(v.Lo) + "-" + exact(v.Hi)
}

// MarshalJSON writes v as a JSON number, or [lo, hi] for a range; a value
// that is not a finite decimal, such as 1/3, is rounded to ten places.
func (v Value) MarshalJSON() ([]byte, error) {
	switch {
	case v.Lo == nil:
		return []byte("null"), nil
	case v.Hi == nil:
		return []byte(decimal(v.Lo, 10)), nil
	}
	return []byte("[" + decimal(v.Lo, 10) + "," + decimal(v.Hi, 10) + "]"), nil
}

// times returns v multiplied by k.
func (v Value) times(k *big.Rat) Value {
	mul := func(r *big.Rat) *big.Rat {
		if r == nil {
			return nil
		}
		return new(big.Rat).Mul(r, k)
	}
	return Value{mul(v.Lo), mul(v.Hi)}
}

// exact writes r as a finite decimal if it is one, else as a fraction:
// 4.06, 300000000000, 1/3.
func exact(r *big.Rat) string {
	if places, ok := decimalPlaces(r); ok {
		return r.FloatString(places)
	}
	return r.RatString()
}

// decimal writes r as a finite decimal, exactly if it is one, else rounded to
// max places with trailing zeros removed.
func decimal(r *big.Rat, max int) string {
	if places, ok := decimalPlaces(r); ok {
		return r.FloatString(places)
	}
	s := strings.TrimRight(r.FloatString(max), "0")
	return strings.TrimSuffix(s, ".")
}

// decimalPlaces returns how many places r needs as a decimal, and whether it
// is a finite decimal at all (its denominator has no prime factor but 2 and 5).
func decimalPlaces(r *big.Rat) (int, bool) {
	d := new(big.Int).Set(r.Denom())
	two, five := big.NewInt(2), big.NewInt(5)
	var n2, n5 int
	m := new(big.Int)
	for m.Mod(d, two).Sign() == 0 {
		d.Quo(d, two)
		n2++
	}
	for m.Mod(d, five).Sign() == 0 {
		d.Quo(d, five)
		n5++
	}
	return max(n2, n5), d.Cmp(big.NewInt(1)) == 0
}

// Quantity is a value in a base unit, such as 300000000000 yuan for 三千亿元
// or 12000000 people for 1200万人.
type Quantity struct {
	Value Value  `json:"value"`
	Unit  string `json:"unit"`
}

// Horizon is when a target is to be met: the words of the document (未来5年,
// 到2025年, 今年) and, where the document date allows, the first and last year
// they cover (2024–2028, 2025–2025, 2024–2024). From and To are 0 when unknown.
//
// Kind says how sure the years are: HorizonStated when the words name them
// (到2025年, 2024—2026年, “十四五”时期), HorizonInferred when they count from
// the document's date (未来5年, 3年内, 今年), with Rule saying how, and
// HorizonNone when the document gives no horizon.
type Horizon struct {
	Text string `json:"text"`
	From int    `json:"from,omitempty"`
	To   int    `json:"to,omitempty"`
	En   string `json:"en,omitempty"`   // the words in English: "over the next five years", "by 2025", "this year"
	Kind string `json:"kind"`           // stated, inferred or none
	Rule string `json:"rule,omitempty"` // for inferred years: "inferred from 未来5年, counting 2024, the document's year, as the first"
}

// Horizon kinds.
const (
	HorizonStated   = "stated"   // 到2025年: the years are in the text
	HorizonInferred = "inferred" // 未来5年: the years count from the document's date
	HorizonNone     = "none"     // no horizon in the text
)
