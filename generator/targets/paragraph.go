package targets

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strings"

	"mingbai/generator/policy"
	"mingbai/generator/zh"
)

// maxIndicator is how many runes before a figure its indicator may start;
// the longest in the test documents has 38. It keeps a clause of thousands
// of figures from costing quadratic time.
const maxIndicator = 64

// para is one paragraph being read.
type para struct {
	x       *extractor
	p       *policy.Paragraph
	rs      []rune
	sc      *scope
	figures []*mention
	marks   []marker
	index   markIndex  // what the marks say about a span, in constant time
	prior   frame      // what earlier sentences of the paragraph set
	cells   []int      // where the cells of a table start, after the first; nil if not a table
	covered []bool     // for each rune, whether a figure holds it
	latest  *candidate // the target read last
}

// tableCells returns where the cells of p start, after the first, if p is
// laid out as a table with one cell per source line: many lines, most of
// them short. A box (专栏) is read as a table whenever it is so laid out;
// other text only when it is a goal table (see goalTable), as when a table
// without 专栏 reaches the parser as one paragraph of short lines.
//
//	专栏1　“十四五”时期主要指标 / 序号 / 指　　标 / 预期值 / 属性 / 1 / 生产安全事故死亡人数 / 下降15% / 约束性
func tableCells(p *policy.Paragraph, rs []rune) []int {
	var cuts []int
	for i := 1; i < len(rs); i++ {
		if p.PosAt(i).Line != p.PosAt(i-1).Line {
			cuts = append(cuts, i)
		}
	}
	if len(cuts) < 3 || len(rs)/(len(cuts)+1) > 15 {
		return nil
	}
	return cuts
}

// read classifies every figure of the paragraph, sentence by sentence and
// clause by clause.
func (pa *para) read() {
	pa.prior.tense, pa.prior.why = pa.sc.opened.tense, pa.sc.opened.why
	for i, s := range pa.p.SentenceSpans() {
		if i == 0 {
			pa.sc.opened = pa.opening(s)
		}
		cls := pa.clauses(s)
		for i, cl := range cls {
			prev := policy.Span{Start: cl.Start, End: cl.Start}
			if i > 0 {
				prev = cls[i-1]
			}
			pa.clause(s, cl, prev)
		}
		pa.remember(s)
	}
	if pa.prior.horizon != nil {
		pa.sc.carry = pa.prior.horizon
	}
	for _, m := range pa.figures {
		k := pa.frameAround(m)
		switch {
		case m.class == "":
			m.class, m.reason = ClassOther, "no verb or goal links it to an indicator"
		case m.reason == dateReason && k != nil:
			m.reason = "part of the time frame " + k.text
		}
	}
}

// partHeading matches a paragraph that is the heading of a part the
// parser left unnumbered: a short line without a sentence's punctuation,
// such as 2022年政府工作回顾, 2023年主要工作, 阔步迈上新征程.
var partHeading = regexp.MustCompile(`^[\p{Han}0-9“”]{4,16}$`)

// opening returns the past frame that paragraph pa, whose first sentence
// is s, opens for the paragraphs after it in its section, as a heading
// would: the heading of an unnumbered part (2022年政府工作回顾), or the
// opening clause of a paragraph (过去的一年，…). A paragraph that opens with
// no tense keeps what the one before opened, so that 一是…, 二是… under
// 2022年政府工作回顾 are results; a forward opening (2023年主要工作, 到2025年)
// or a part heading without one (阔步迈上新征程) ends it. Only a past frame is
// carried: the section's own frame decides the rest.
func (pa *para) opening(s policy.Span) frame {
	var f frame
	if text := strings.TrimSpace(pa.p.Text); partHeading.MatchString(text) {
		h := pa.x.headingFrame([]string{text})
		f = frame{tense: h.tense, why: h.why}
	} else {
		open := pa.clauses(s)[0]
		lo, hi := pa.index.within(s.Start, open.End)
		k := pa.index.strong(lo, hi)
		if k == nil {
			return pa.sc.opened
		}
		f = frame{tense: k.tense, why: k.text}
	}
	if f.tense != tensePast {
		return frame{}
	}
	return f
}

// remember notes what sentence s sets for the sentences after it: the
// tense and goals of its opening clause, and its last forward horizon.
func (pa *para) remember(s policy.Span) {
	open := pa.clauses(s)[0]
	lo, hi := pa.index.within(s.Start, s.End)
	for _, m := range pa.marks[lo:hi] {
		if m.start < open.End {
			if m.strong() {
				pa.prior.tense, pa.prior.why = m.tense, m.text
			}
			if m.tense == tenseGoal || m.tense == tenseForward {
				pa.prior.goal = true
			}
		}
		if m.horizon != nil && m.tense == tenseForward {
			pa.prior.horizon = m.horizon
		}
	}
}

// clause classifies the figures of clause cl of sentence s; prev is the
// clause before it, which in a table is the cell before it.
func (pa *para) clause(s, cl, prev policy.Span) {
	segStart := cl.Start // where the words of the next indicator start
	var group []*candidate
	implicit := false   // the group pairs its figures with a list of indicators without 分别
	var last *candidate // the target just before, if the figure before was one
	first := sort.Search(len(pa.figures), func(i int) bool { return pa.figures[i].start >= cl.Start })
	for i := first; i < len(pa.figures) && pa.figures[i].start < cl.End; i++ {
		m := pa.figures[i]
		if m.class != "" {
			continue
		}
		if k := pa.frameAround(m); k != nil {
			if c := pa.completionTarget(m, k, s, max(segStart, m.start-maxIndicator), cl.End); c != nil && k.tense == tenseForward {
				pa.accept(m, c) // 历史遗留问题2年内基本完成整改
				segStart = c.qEnd
				continue
			}
			m.class, m.reason = ClassTrap, "part of the time frame "+k.text
			continue
		}
		if phase.MatchString(m.text) {
			m.class, m.reason, m.rule = ClassTrap, "a phase of a project (二期)", RuleTrap
			continue
		}
		if pa.cells != nil && m.unit == "" && m.cmp == "" && strings.TrimSpace(string(pa.rs[cl.Start:cl.End])) == m.text {
			m.class, m.reason = ClassTrap, "the number of a table row"
			continue
		}
		switch tense, why := pa.tense(m, s); tense {
		case tensePast:
			m.class, m.reason = ClassResult, "a past result ("+why+")"
			continue
		case tenseForecast:
			m.class, m.reason = ClassForecast, "a forecast ("+why+")"
			continue
		}
		npEnd := cl.End
		for _, n := range pa.figures[i+1:] {
			if n.scale && n.start == m.end {
				continue // 10个百亿级产业集群: 百亿级 is part of what is counted
			}
			if n.start >= cl.End {
				break
			}
			if n.start >= m.end {
				npEnd = n.start
				break
			}
		}
		seg := string(pa.rs[segStart:m.start])
		if len(group) == 0 && pa.pairs(last, m, seg) {
			group, implicit = []*candidate{last}, true // 粮食播种面积和产量保持在1000万亩、400万吨以上
		}
		if len(group) > 0 && strings.Trim(seg, " 、和与及，,") == "" {
			c := *group[0]
			c.m, c.qStart, c.qEnd, c.zh, c.rule = m, m.start, m.end, m.text, RuleList
			c.cmp = cmp.Or(m.cmp, group[0].cmp)
			group = append(group, &c)
			pa.accept(m, &c)
			segStart = m.end
			continue
		}
		if last != nil && strings.TrimSpace(seg) != "" && strings.Trim(seg, " 至到") == "" {
			c := pa.thenTo(last, m)
			pa.accept(m, c)
			segStart, last = m.end, c
			continue
		}
		if last != nil && last.countForm && strings.Trim(seg, " 、和与及") == "" && m.info.kind == unitCount {
			// 建设8个中央级库和31个省级库: the verb counts both
			c := *last
			c.m, c.zh = m, last.verb+m.text
			cs := pa.countForm(&c, m.start, npEnd, m.cmp)
			c.qStart, c.rule = m.start, RuleList
			shareHead(last, cs[0], seg)
			pa.accept(m, cs[0])
			segStart, last = cs[0].qEnd, cs[0]
			continue
		}
		pa.closeGroup(group, s, implicit)
		group, implicit = nil, false
		cs := pa.readTarget(m, s, max(segStart, m.start-maxIndicator), npEnd, cl.End, prev)
		before := last
		last = nil
		if len(cs) == 0 {
			continue
		}
		shareHead(before, cs[0], seg)
		for _, c := range cs {
			pa.accept(m, c)
		}
		segStart, last = cs[0].qEnd, cs[0]
		if cs[0].respectively {
			group = cs[:1]
		}
	}
	pa.closeGroup(group, s, implicit)
}

// thenTo reads the figure after a change as the level it leads to:
// 城镇化率提高2个百分点至60% sets 城镇化率 to 60% as well as up 2 points.
func (pa *para) thenTo(prev *candidate, m *mention) *candidate {
	c := *prev
	c.m, c.qEnd = m, m.end
	c.kind, c.cmp, c.toLevel, c.rule = KindLevel, cmp.Or(m.cmp, "="), true, RuleChangeTo
	if prev.kind == KindReduction {
		c.kind = KindReduction
	}
	c.zh = prev.zh + string(pa.rs[prev.qEnd:m.end])
	return &c
}

// closeGroup gives the targets of a 分别 group one indicator each, when
// the list has as many indicators as the group has figures; a list joined
// by 与 inside an indicator (全省与其他国家货物贸易、对外投资和实际利用外资)
// is split at 、 and 和 only. A group without 分别 (implicit) is one only
// if the split succeeds, and a comparator after its last figure holds for
// all: 1000万亩、400万吨以上 are both at least.
func (pa *para) closeGroup(group []*candidate, s policy.Span, implicit bool) {
	if len(group) < 2 {
		return
	}
	pa.listedHorizons(group, s)
	parts := splitList(group[0].indicator)
	if len(parts) != len(group) {
		parts = sharedTail(splitAt(group[0].indicator, listComma))
	}
	if len(parts) != len(group) {
		return
	}
	if tail := shareIndicator.FindString(parts[len(parts)-1]); tail != "" {
		for i, p := range parts[:len(parts)-1] {
			if !shareIndicator.MatchString(p) {
				parts[i] = p + tail // 货物贸易、对外投资和实际利用外资占比: each a share
			}
		}
	}
	lastCmp := group[len(group)-1].m.cmp
	for i, c := range group {
		c.indicator = parts[i]
		if implicit && c.m.cmp == "" && lastCmp != "" {
			c.cmp = lastCmp
		}
	}
}

// listComma joins the items of a list inside an indicator that 与 also
// appears in as a preposition: 全省与其他国家货物贸易、对外投资和实际利用外资.
var listComma = regexp.MustCompile(`、|和`)

// splitAt splits ind at re, dropping empty parts.
func splitAt(ind string, re *regexp.Regexp) []string {
	var out []string
	for _, p := range re.Split(ind, -1) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// pairs reports whether figure m, after the words seg, is the second of a
// list of amounts that pairs with the list of indicators of target last,
// one each, though the text has no 分别: the units differ, so they cannot
// both be one indicator's (粮食播种面积和产量保持在1000万亩、400万吨以上).
func (pa *para) pairs(last *candidate, m *mention, seg string) bool {
	if last == nil || last.respectively || last.countForm || len(last.siblings) > 0 || seg == "" || strings.Trim(seg, " 、和与及") != "" {
		return false
	}
	return m.unit != last.m.unit && m.info.kind == last.m.info.kind && len(splitList(last.indicator)) == 2
}

// accept records c as a reading of m.
func (pa *para) accept(m *mention, c *candidate) {
	m.class, m.reason, m.rule = ClassTarget, "a "+c.kind+" target", cmp.Or(c.rule, RulePredicate)
	m.targets = append(m.targets, c)
	pa.x.cands = append(pa.x.cands, c)
	pa.latest = c
	c.rs = pa.rs
	if c.indStart < 0 {
		return
	}
	first := sort.Search(len(pa.figures), func(i int) bool { return pa.figures[i].start >= c.indStart })
	for _, n := range pa.figures[first:] {
		if n.start >= c.indEnd {
			break
		}
		if n != m && n.end <= c.indEnd && (n.class == "" || n.class == ClassOther) {
			n.class, n.partOf = ClassOther, c
		}
	}
}

// frameAround returns the horizon or past marker that holds figure m, as
// the 5 of 未来5年, the 3 of 3年内 or the 五年 of 过去五年, if any.
func (pa *para) frameAround(m *mention) *marker {
	return pa.index.around(m.start, m.end)
}

// tense returns the time frame of figure m in sentence s and why: a
// forecast word before it in the sentence; else the nearest horizon or past
// word before it in the sentence; else what earlier sentences of the
// paragraph opened with; else the headings; else forward.
func (pa *para) tense(m *mention, s policy.Span) (string, string) {
	lo, hi := pa.index.within(s.Start, m.start)
	if k := pa.index.forecast(lo, hi); k != nil {
		return tenseForecast, k.text
	}
	near := pa.index.strong(lo, hi)
	switch {
	case near != nil:
		return near.tense, near.text
	case pa.prior.tense != "":
		return pa.prior.tense, pa.prior.why
	case pa.sc.frame.tense != "":
		return pa.sc.frame.tense, pa.sc.frame.why
	}
	return tenseForward, ""
}

// goal reports whether goals frame figure m of sentence s: a goal word or
// forward horizon before it in the sentence, at the opening of an earlier
// sentence, or in a heading (发展目标).
func (pa *para) goal(m *mention, s policy.Span) bool {
	return pa.index.goal(pa.index.within(s.Start, m.start)) || pa.prior.goal || pa.sc.frame.goal
}

// horizon returns the horizon of a target whose figure is m, and whether
// its own sentence states it: the nearest forward horizon before it in its
// sentence, else in earlier sentences of the paragraph, else in earlier
// paragraphs of the section, else in the headings, else in the title.
func (pa *para) horizon(m *mention, s policy.Span) (Horizon, bool) {
	h := pa.index.horizon(pa.index.within(s.Start, m.start))
	for _, c := range []*Horizon{h, pa.prior.horizon, pa.sc.carry, pa.sc.frame.horizon, pa.x.title} {
		if c != nil {
			return *c, c == h
		}
	}
	return Horizon{}, false
}

// clauses splits sentence s at the commas, colons and semicolons outside
// brackets, quotes and figures: 力争未来5年，全社会研发经费投入年均增长9%以上，… .
// In a table, every source line is a clause of its own.
func (pa *para) clauses(s policy.Span) []policy.Span {
	rs := pa.rs
	var out []policy.Span
	start, depth := s.Start, 0
	for i := s.Start; i < s.End; i++ {
		if i > start && slices.Contains(pa.cells, i) {
			out = append(out, policy.Span{Start: start, End: i})
			start = i
		}
		switch c := zh.Class(rs[i]); {
		case c&zh.Opener != 0:
			depth++
		case c&zh.Closer != 0:
			depth = max(depth-1, 0)
		case depth == 0 && c&zh.ClauseEnd != 0 && !pa.covered[i]: // not the comma of 1,200
			out = append(out, policy.Span{Start: start, End: i + 1})
			start = i + 1
		}
	}
	if start < s.End || len(out) == 0 {
		out = append(out, policy.Span{Start: start, End: s.End})
	}
	return out
}
