package targets

import "mingbai/generator/policy"

// Result is everything Extract finds in a document: the target table, and
// every figure it saw with the class it gave it.
type Result struct {
	Targets []Target
	Figures []Figure
}

// Target is one forward-looking quantitative commitment, such as
//
//	力争未来5年，全社会研发经费投入年均增长9%以上
//
// with indicator 全社会研发经费投入, kind growth, comparator >=, value 9, unit %
// and horizon 未来5年 (2024–2028).
type Target struct {
	ID         string    `json:"id"`      // section + "-t" + ordinal in that section: "c1-t1", "m07-t2"
	Section    string    `json:"section"` // the innermost section, "preamble" or "closing"
	Quote      string    `json:"quote"`   // the verbatim words, indicator to value
	Line       int       `json:"line"`    // source position of the quote's first rune
	Col        int       `json:"col"`
	Places     []Place   `json:"places,omitempty"` // every place, when the target is stated more than once
	Indicator  string    `json:"indicator"`
	Kind       string    `json:"kind"`       // growth, level, direction, reduction, count, share
	Comparator string    `json:"comparator"` // >=, >, ~, <=, <, =, towards
	Value      Value     `json:"value"`
	Unit       string    `json:"unit"` // as written, with its magnitude: %, 亿元, 万人, 项
	Base       *Quantity `json:"base,omitempty"`
	Horizon    Horizon   `json:"horizon"`
	Zh         string    `json:"zh"` // 年均增长9%以上
	En         string    `json:"en"` // at least 9% a year
}

// Place is one statement of a target.
type Place struct {
	Section string `json:"section"`
	Quote   string `json:"quote"`
	Line    int    `json:"line"`
	Col     int    `json:"col"`
}

// Figure is one number Extract saw, such as 5.2% in 2023年…增长5.2%, with its
// class (target, result, forecast, threshold, trap or other) and the reason.
type Figure struct {
	Section string   `json:"section"`
	Text    string   `json:"text"`
	Line    int      `json:"line"`
	Col     int      `json:"col"`
	Value   Value    `json:"value"`
	Unit    string   `json:"unit,omitempty"`
	Class   string   `json:"class"`
	Reason  string   `json:"reason"`
	Targets []string `json:"targets,omitempty"` // IDs of the targets the figure gives or belongs to
}

// Extract finds every quantitative target in doc and classifies every figure.
func Extract(doc *policy.Document) Result {
	return Result{}
}
