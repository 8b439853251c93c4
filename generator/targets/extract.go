// Package targets finds the quantitative targets of a policy document and
// builds its target table:
//
//	力争未来5年，全社会研发经费投入年均增长9%以上
//	→ 全社会研发经费投入 | growth | >= 9% | 未来5年 (2024–2028) | 9% or more a year
//
// It reads every figure in the body text and the headings, and classifies
// each as a target, a past result, a forecast, a threshold, a trap (digits
// that are not a quantity: 5G, 十四五, 〔2018〕41号, dates, titles) or other,
// with the reason. Numbers are exact (math/big.Rat), never floats.
//
// Decisions, where a document leaves room for more than one reading:
//
//   - A span of years counts the document's own year as its first, as 今年
//     does: 未来5年 in a document of 2024-06-20 is 2024–2028, 3年内 2024–2026.
//     A deadline is its year alone: 到2025年 and 2027年前 are 2025 and 2027.
//   - A target without horizon words of its own takes the nearest one before
//     it in its paragraph, then in its section, its headings and the title;
//     if there is none, its horizon stays empty rather than guessed.
//   - A value is kept in the unit as written, the magnitude with the unit
//     (三千亿元 is 3000 亿元), and also given in base units (300000000000 yuan).
//   - 突破, 超过 and 超 are ">", 迈上 (stepping up to a level) ">=", 迈向
//     "toward"; words after a figure (以上, 以内, 左右) and adverbs before it
//     (近, 约, 不少于) take precedence over the verb.
//   - An indicator that joins two whole indicators sharing a head and a tail
//     gives one row each, so that
//     船舶和海工装备产业集群与轨道交通装备产业集群规模突破五百亿元
//     is two targets of over RMB 50 billion.
//   - A target stated twice (same indicator, value, unit, comparator and
//     kind; or a restatement naming the goal, 经济增长预期目标为5%左右) is one
//     target with both places.
//   - Figures after 预计 are forecasts for the rest of the sentence, budget
//     figures included (预计…一般公共预算支出规模28.5万亿元); a change against
//     the year before with no indicator of its own (比上年增加1800亿元) is not a
//     target.
//   - The year that tells past from future is policy's Document.Year: the
//     document's date, else the year in its date text, subtitle, document
//     number, closing lines or the first whole date of its preamble.
//   - A horizon is stated when its words give the years (到2025年, “十四五”
//     时期) and inferred when they count from the document's year (未来5年,
//     今年), with the rule in the target; a target without one has none.
//   - 年均 makes a growth an average annual rate ("average annual growth of
//     9% or more"), 每年 a rate for each year ("9% a year").
//   - 多 and 余 make a value a lower bound: 5000多亿元 is over 500 billion.
//     一半, 四分之一, 两成 (20%), 翻一番 (up 100%) and 一倍 are exact values.
//   - A goal table (专栏 主要指标, one cell per line, a header row of
//     years) gives one target per row from each column of a year after the
//     document's; columns of earlier years are baselines, kept with the
//     target, never targets.
//   - The time frame of a sentence is decided before any rule reads a
//     figure: in 五年来累计新增… or 2023年新增… the figure is a past result
//     whatever its verb. Then the verb-centred rules (verbs.go) read it by
//     its verb, object and quantity: 新增省级重点实验室20个以上, 培育10家以上
//     链主企业, 形成年产100万吨的生产能力, 审批时限再压缩一半, 为企业减负2000多
//     亿元, 3个工作日内办结, 推动5个以上项目落地. Each figure records the rule
//     that took or rejected it. A paragraph's opening tense (过去的一年，…) or
//     an unnumbered part heading (2022年政府工作回顾) holds for the paragraphs
//     after it until another sets one.
//   - One amount for several indicators (A和B规模突破五百亿元) gives one
//     target each, marked AggregateUnstated with the others it is shared
//     with: the text does not say each or combined.
//   - Times are targets where they bound an action (4小时内响应, 2年内基本
//     完成整改) or set a period (给予3年过渡期, 公示期为5个工作日); a red line
//     kept to (守住18亿亩耕地红线) is a floor. A rule's limit (不得超过2年) is
//     not a goal.
package targets

import (
	"fmt"
	"slices"
	"strings"

	"mingbai/generator/policy"
)

// Extract finds every quantitative target in doc and classifies every figure
// in its body text. Targets come in document order, a target stated twice
// once, with both places.
func Extract(doc *policy.Document) Result {
	x := &extractor{year: doc.Year()}
	x.title = titleHorizon(doc.TitleText()+doc.Subtitle.Text, x.year)
	x.paragraphs(doc.Preamble, &scope{section: SectionPreamble})
	var walk func(ss []*policy.Section, headings []string)
	walk = func(ss []*policy.Section, headings []string) {
		for _, s := range ss {
			hs := append(append([]string(nil), headings...), s.Heading)
			sc := &scope{section: s.ID, frame: x.headingFrame(hs)}
			x.paragraphs(append([]*policy.Paragraph{s.HeadingParagraph()}, s.Text()...), sc)
			walk(s.Sections, hs)
		}
	}
	walk(doc.Sections, nil)
	x.paragraphs(doc.Epilogue, &scope{section: SectionEpilogue})
	return x.result()
}

// extractor holds what Extract has found so far.
type extractor struct {
	year    int
	title   *Horizon // the period the title names: “十四五” is 2021–2025
	cands   []*candidate
	figures []placed
	tables  []*tableAt
}

// placed is a figure with where it was found.
type placed struct {
	m       *mention
	section string
	p       *policy.Paragraph
}

// scope is what a paragraph inherits from its section.
type scope struct {
	section string
	frame   frame
	carry   *Horizon // the last forward horizon in the section's earlier paragraphs
	opened  frame    // the tense the last paragraph opened with, carried into the items listed after it
}

// frame is the time frame that headings or earlier sentences set.
type frame struct {
	tense   string // tensePast, tenseForward or ""
	why     string
	goal    bool // a goal was announced: 目标, 力争
	horizon *Horizon
}

// candidate is one reading of a figure as a target, before restatements
// are merged and IDs given.
type candidate struct {
	section          string
	p                *policy.Paragraph
	qStart, qEnd     int // the quote, in runes of p.Text
	indStart, indEnd int // the indicator in p.Text, or -1
	indicator        string
	kind, cmp        string
	toLevel          bool // the predicate sets a level: 降至, 压缩至
	annual           bool // 年均 or 每年
	average          bool // 年均: an average annual rate, not a floor for every year
	goal             bool // the indicator names a goal: 经济增长预期目标为5%左右
	respectively     bool // its indicators take one figure each: A和B分别增长6%和5%
	countForm        bool // the figure counts the words after it: 突破百项前沿关键核心技术
	verb             string
	m                *mention
	zh               string
	horizon          Horizon
	ownHorizon       bool // the horizon is stated in the target's own sentence
	target           *Target
	against          string       // the baseline of a change, as written: 比2020年
	quote            string       // the quote, when not the text from qStart to qEnd: the cells of a table row
	baseline         *Baseline    // the baseline of a goal table row
	rs               []rune       // the runes of p.Text, shared by the candidates of a paragraph
	siblings         []*candidate // the rows one figure gave to a list of indicators, c among them
	rule             string       // the rule that read it: RulePlanCount
}

// quoteText returns the words c quotes.
func (c *candidate) quoteText() string {
	if c.quote != "" {
		return c.quote
	}
	if c.rs == nil {
		c.rs = []rune(c.p.Text)
	}
	return string(c.rs[c.qStart:c.qEnd])
}

// headingFrame reads the time frame that a chain of headings sets, the
// innermost first: 2023年工作回顾 and 我国数字经济发展成效显著 are past,
// 2024年政府工作任务 forward, 发展目标 announces goals.
func (x *extractor) headingFrame(headings []string) frame {
	var f frame
	for i := len(headings) - 1; i >= 0; i-- {
		h := headings[i]
		for _, m := range scanMarkers(h, x.year) {
			if f.tense == "" && m.strong() {
				f.tense, f.why = m.tense, "heading "+h
			}
			if f.horizon == nil && m.horizon != nil && m.tense == tenseForward {
				f.horizon = m.horizon
			}
		}
		if f.tense == "" && pastHeading.MatchString(h) {
			f.tense, f.why = tensePast, "heading "+h
		}
		f.goal = f.goal || strings.Contains(h, "目标") || strings.Contains(h, "指标")
	}
	return f
}

// paragraphs reads the paragraphs of one section.
func (x *extractor) paragraphs(ps []*policy.Paragraph, sc *scope) {
	for _, p := range ps {
		if p.Text == "" {
			continue
		}
		pa := &para{x: x, p: p, rs: []rune(p.Text), sc: sc, marks: scanMarkers(p.Text, x.year)}
		pa.index = newMarkIndex(pa.marks)
		pa.cells = tableCells(p, pa.rs)
		var table *Table
		var rows [][]cellSpan
		if pa.cells != nil {
			table, rows = pa.goalTable()
		}
		if table == nil && p.Kind != policy.KindBox {
			pa.cells = nil // short lines, but not a table
		}
		pa.figures = scanFigures(p.Text, pa.cells)
		shareUnits(pa.rs, pa.figures)
		pa.covered = make([]bool, len(pa.rs))
		for _, m := range pa.figures {
			for i := m.start; i < m.end; i++ {
				pa.covered[i] = true
			}
		}
		if table != nil {
			pa.readTable(table, rows)
		} else {
			pa.read()
		}
		for _, m := range pa.figures {
			x.figures = append(x.figures, placed{m, sc.section, p})
		}
	}
}

// result merges restated targets, gives IDs and assembles the figures.
func (x *extractor) result() Result {
	var ts []*Target
	own := map[*Target]bool{}      // whether a target's first statement states its horizon
	same := map[string][]*Target{} // targets by kind, comparator, value and unit
	for _, c := range x.cands {
		key := strings.Join([]string{c.kind, c.cmp, c.m.value.String(), c.m.unit}, "|")
		t := restated(same[key], own, c)
		if t == nil {
			t = newTarget(c)
			ts = append(ts, t)
			own[t] = c.ownHorizon
			same[key] = append(same[key], t)
		}
		if t.Baseline == nil {
			t.Baseline = c.baseline // a goal table restating a target of the text gives its baseline
		}
		pos := c.p.PosAt(c.qStart)
		t.Places = append(t.Places, Place{Section: c.section, Quote: c.quoteText(), Line: pos.Line, Col: pos.Col})
		c.target = t
	}
	n := map[string]int{}
	var res Result
	for _, t := range ts {
		n[t.Section]++
		t.ID = fmt.Sprintf("%s-t%d", t.Section, n[t.Section])
		if len(t.Places) == 1 {
			t.Places = nil
		}
	}
	g := map[string]int{}
	for _, at := range x.tables {
		g[at.section]++
		at.t.ID = fmt.Sprintf("%s-g%d", at.section, g[at.section])
		for r := range at.t.Rows {
			for _, c := range at.rows[r] {
				at.t.Rows[r].Targets = append(at.t.Rows[r].Targets, c.target.ID)
				c.target.Table = at.t.ID
			}
		}
		res.Tables = append(res.Tables, *at.t)
	}
	for _, c := range x.cands {
		markShared(c.target, c)
	}
	if len(ts) > 0 {
		res.Targets = make([]Target, 0, len(ts)) // a document without targets keeps nil
	}
	for _, t := range ts {
		res.Targets = append(res.Targets, *t)
	}
	if len(x.figures) > 0 {
		res.Figures = make([]Figure, 0, len(x.figures))
	}
	for _, f := range x.figures {
		m := f.m
		pos := f.p.PosAt(m.start)
		fig := Figure{Section: f.section, Text: m.text, Line: pos.Line, Col: pos.Col, Value: m.value, Unit: m.unit, Class: m.class, Rule: ruleOf(m), Reason: m.reason}
		for _, c := range m.targets {
			if !slices.Contains(fig.Targets, c.target.ID) {
				fig.Targets = append(fig.Targets, c.target.ID)
			}
		}
		if m.partOf != nil {
			fig.Reason = "part of the indicator of " + m.partOf.target.ID
			fig.Targets = []string{m.partOf.target.ID}
		}
		res.Figures = append(res.Figures, fig)
	}
	return res
}

// restated returns the target of ts, all of the same kind, comparator,
// value and unit as c, that c states again, if any: one with the same
// indicator, or, when c names a goal (经济增长预期目标为5%左右), any. Horizons
// must agree only where both statements give one in their own sentence: a
// horizon inherited from earlier text is a guess.
func restated(ts []*Target, own map[*Target]bool, c *candidate) *Target {
	for _, t := range ts {
		if own[t] && c.ownHorizon && (t.Horizon.From != c.horizon.From || t.Horizon.To != c.horizon.To) {
			continue
		}
		if sameIndicator(t.Indicator, c.indicator) || c.goal {
			return t
		}
	}
	return nil
}

// newTarget makes the target that candidate c first states.
func newTarget(c *candidate) *Target {
	pos := c.p.PosAt(c.qStart)
	t := &Target{
		Section: c.section, Quote: c.quoteText(), Line: pos.Line, Col: pos.Col, Baseline: c.baseline,
		Indicator: c.indicator, Kind: c.kind, Comparator: c.cmp, Value: c.m.value, Unit: c.m.unit,
		Horizon: c.horizon, Zh: c.zh, En: english(c), Against: c.against,
	}
	switch {
	case c.average:
		t.Annual = AnnualAverage
	case c.annual:
		t.Annual = AnnualEach
	}
	if t.Horizon.Kind == "" {
		t.Horizon.Kind = HorizonNone
	}
	if c.m.info.base != "" {
		t.Base = &Quantity{Value: c.m.value.times(c.m.prefix), Unit: c.m.info.base}
	}
	return t
}
