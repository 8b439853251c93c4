package targets

// Result is everything Extract finds in a document: the target table, and
// every figure it saw with the class it gave it.
type Result struct {
	Targets []Target
	Figures []Figure
	Tables  []Table // goal tables: 专栏 主要指标 with baseline and target years
}

// Target is one forward-looking quantitative commitment, such as
//
//	力争未来5年，全社会研发经费投入年均增长9%以上
//
// with indicator 全社会研发经费投入, kind growth, comparator >=, value 9, unit %
// and horizon 未来5年 (2024–2028).
type Target struct {
	ID         string    `json:"id"`      // section + "-t" + ordinal in that section: "c1-t1", "m07-t2"
	Section    string    `json:"section"` // the innermost section, "preamble" or "epilogue"
	Quote      string    `json:"quote"`   // the verbatim words, indicator to value
	Line       int       `json:"line"`    // source position of the quote's first rune
	Col        int       `json:"col"`
	Places     []Place   `json:"places,omitempty"` // every place, when the target is stated more than once
	Indicator  string    `json:"indicator"`
	Kind       string    `json:"kind"`       // growth, level, direction, reduction, count, share
	Comparator string    `json:"comparator"` // >=, >, ~, <=, <, =, toward
	Value      Value     `json:"value"`
	Unit       string    `json:"unit"` // as written, with its magnitude: %, 亿元, 万人, 项
	Base       *Quantity `json:"base,omitempty"`
	Baseline   *Baseline `json:"baseline,omitempty"` // the baseline of a goal table row: 7.8 % in 2020
	Table      string    `json:"table,omitempty"`    // the goal table of the target, if any: "c1-m01-g1"
	Against    string    `json:"against,omitempty"`  // the baseline a change is measured against, as written: 比2020年, 比上年, 同比
	Horizon    Horizon   `json:"horizon"`
	Annual     string    `json:"annual,omitempty"`     // "average" for 年均 (average annual), "each" for 每年 (every year)
	Aggregate  string    `json:"aggregate,omitempty"`  // AggregateUnstated when one figure serves several indicators and the text does not say each or combined
	SharedWith []string  `json:"sharedWith,omitempty"` // the other targets that state the same figure for their indicator: ["m07-t5"]
	Zh         string    `json:"zh"`                   // 年均增长9%以上
	En         string    `json:"en"`                   // 9% or more a year
}

// Place is one statement of a target.
type Place struct {
	Section string `json:"section"`
	Quote   string `json:"quote"`
	Line    int    `json:"line"`
	Col     int    `json:"col"`
}

// Figure is one number Extract saw, such as 5.2% in 2023年…增长5.2%, with its
// class and the reason for it.
type Figure struct {
	Section string   `json:"section"`
	Text    string   `json:"text"`
	Line    int      `json:"line"`
	Col     int      `json:"col"`
	Value   Value    `json:"value"`
	Unit    string   `json:"unit,omitempty"`
	Class   string   `json:"class"`
	Rule    string   `json:"rule"` // the rule that took or rejected it: plan-count, time-frame
	Reason  string   `json:"reason"`
	Targets []string `json:"targets,omitempty"` // IDs of the targets the figure gives or belongs to
}

// Figure classes.
const (
	ClassTarget    = "target"    // a forward-looking commitment: 年均增长9%以上
	ClassResult    = "result"    // a past result: 2023年…增长5.2%
	ClassBaseline  = "baseline"  // the baseline column of a goal table: 2020年 7.8
	ClassForecast  = "forecast"  // 预计…超过1170万人
	ClassThreshold = "threshold" // a size that defines a scope: 30万千瓦以下煤电机组
	ClassTrap      = "trap"      // digits that are not a quantity: 5G, 十四五, 〔2018〕41号, dates
	ClassOther     = "other"     // a quantity that is none of these: 延长30年
)

// CmpToward is the comparator of a direction (迈向万亿级): the value is
// where the indicator heads, not a bound. US spelling, as the house style
// asks of all English in the data.
const CmpToward = "toward"

// Annual rates: 年均 is an average over the years of the horizon, 每年 a
// rate for every single year.
const (
	AnnualAverage = "average" // 年均增长9%以上: average annual growth of 9% or more
	AnnualEach    = "each"    // 每年增长9%: 9% every year
)

// Sections that are not numbered.
const (
	SectionPreamble = "preamble"
	SectionEpilogue = "epilogue"
)
