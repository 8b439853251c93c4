package targets

import (
	"cmp"
	"strings"

	"mingbai/generator/policy"
	"mingbai/generator/zh"
)

// readTarget reads figure m as a target, or says why it is not one. segStart is
// where the words of its indicator may start; npEnd where the words after it
// end (the next figure or the end of the clause); clauseEnd where its clause
// ends.
func (pa *para) readTarget(m *mention, s policy.Span, segStart, npEnd, clauseEnd int, prev policy.Span) []*candidate {
	for _, rule := range []func(*mention, policy.Span, int, int) *candidate{pa.redLine, pa.timeLimit, pa.durationTarget, pa.periodGranted,
		pa.outcomeCount, pa.coverage, pa.capacity, pa.compound, pa.planCount} {
		if c := rule(m, s, segStart, npEnd); c != nil {
			return []*candidate{c}
		}
	}
	rs := pa.rs
	seg := string(rs[segStart:m.start])
	after := string(rs[m.end:npEnd])
	comp := complementAfter.FindString(after)
	noun := comp == "" && after != "" && zh.IsHan([]rune(after)[0]) && !strings.HasPrefix(after, "的") && strings.Trim(after, " 和与及或、至到") != ""
	_, of, hasOf := strings.Cut(string(rs[m.end:min(clauseEnd, m.end+maxIndicator)]), "的")
	switch {
	case hasOf && strings.HasPrefix(after, "的") && !goalNoun.MatchString(of):
		m.class, m.reason = ClassThreshold, "it qualifies the noun after it (…的)"
		return nil
	case hasOf && !noun && !goalNoun.MatchString(of):
		m.class, m.reason = ClassThreshold, "it is one of the conditions before …的"
		return nil
	case noun && m.info.kind == unitTime:
		m.class, m.reason = ClassOther, "a duration that names something"
		return nil
	case noun && m.cmp != "" && m.info.kind != unitCount:
		m.class, m.reason = ClassThreshold, "a size limit on the noun after it"
		return nil
	}
	if changeFrom.MatchString(seg) {
		m.class, m.reason = ClassOther, "the starting point of a change (从…到…)"
		return nil
	}
	c := &candidate{section: pa.sc.section, p: pa.p, m: m, indStart: -1, indEnd: -1, qEnd: m.end}
	c.horizon, c.ownHorizon = pa.horizon(m, s)
	var w indicatorWords
	if from, verb, ok := pa.changeTo(seg, segStart, m); ok {
		// 森林覆盖率从23%提高到25%: the level reached, for the words before 从
		c.kind, c.cmp, c.toLevel, c.rule = KindLevel, cmp.Or(m.cmp, "="), true, RuleChangeTo
		if predicates[verb].kind == KindReduction {
			c.kind = KindReduction
		}
		c.zh = m.text
		w = trimIndicator(seg[:from], false)
	} else if loc := predicateBefore.FindStringSubmatchIndex(seg); loc != nil && pa.predicateOK(seg, loc, comp) {
		verb := seg[loc[2]:loc[3]]
		adv := ""
		if loc[4] >= 0 {
			adv = seg[loc[4]:loc[5]]
		}
		pr := predicates[verb]
		if prohibition.MatchString(seg[:loc[0]]) || pr.cmp == "<=" && extensionLimit.MatchString(seg[:loc[0]]) {
			m.class, m.reason = ClassThreshold, "a rule's limit (不得…), not a goal"
			return nil
		}
		predStart := segStart + zh.RuneIndex(seg, loc[0])
		c.zh = string(rs[predStart:m.end]) + comp
		c.verb = verb
		c.rule = RulePredicate
		if fractionText.MatchString(m.text) {
			c.rule = RuleFraction
		}
		c.qEnd = m.end + zh.RuneLen(comp)
		c.cmp = cmp.Or(m.cmp, adverbs[adv], pr.cmp)
		c.toLevel = strings.HasSuffix(verb, "至") || strings.HasSuffix(verb, "到")
		c.annual = strings.HasPrefix(verb, "年均")
		c.average = c.annual
		if noun {
			switch {
			case m.info.kind == unitMeasure && pr.kind == KindCount && !levelNouns.MatchString(after):
				m.class, m.reason, m.rule = ClassThreshold, "a size that qualifies the noun after it (建设百万亩…示范区)", RuleQualifier
				return nil
			case m.info.kind == unitCount || pr.kind == KindCount:
				return pa.countForm(c, predStart, npEnd, cmp.Or(m.cmp, adverbs[adv], "="))
			case !levelNouns.MatchString(after):
				m.class, m.reason = ClassThreshold, "it qualifies the noun after it"
				return nil
			}
		}
		w = trimIndicator(string(rs[segStart:predStart]), false)
		c.kind = pr.kind
		if w.text == "" && !w.baseline && !pa.previousCell(c, prev) && !pa.anaphora(c, s, segStart, verb) && !pa.ofWhich(c, s, seg) {
			m.class, m.reason = ClassOther, "no indicator before "+verb
			return nil
		}
	} else {
		adv := ""
		if loc := adverbBefore.FindStringSubmatchIndex(seg); loc != nil {
			adv, seg = seg[loc[2]:loc[3]], seg[:loc[0]] // 规模近2万亿元
		}
		w = trimIndicator(seg, true)
		switch {
		case noun:
			m.class, m.reason = ClassOther, "it qualifies the noun after it"
			return nil
		case m.verb != "":
			c.kind, c.rule = m.verb, RuleFraction // 城乡居民人均收入翻一番
		case w.leadKind != "":
			c.kind, c.rule = w.leadKind, RuleVerbObject
		case m.unit != "" && m.info.kind != unitTime && m.info.kind != unitRatio && leadingCount.MatchString(w.text) && !strings.HasSuffix(w.text, "的"):
			c.kind, c.rule = KindLevel, RuleVerbObject // 新增省级重点实验室20个以上
		case pa.listItem(m, seg, segStart):
			c.kind, c.rule = pa.latest.kind, RuleList // 新建重点实验室10家、技术创新中心18家
		case (m.unit != "" || pa.cells != nil) && m.info.kind != unitTime && !strings.HasSuffix(w.text, "的") && pa.goal(m, s):
			c.kind, c.rule = KindLevel, RuleGoalFigure
			if w.text == "" {
				pa.previousCell(c, prev)
			}
		default:
			m.class, m.reason = ClassOther, "no verb or goal links it to an indicator"
			return nil
		}
		c.zh = m.text
		c.cmp = cmp.Or(m.cmp, adverbs[adv], "=")
	}
	if c.indicator == "" {
		if w.text == "" {
			m.class, m.reason = ClassOther, "a change against a baseline, not a target"
			return nil
		}
		c.indicator, c.indStart, c.indEnd = w.text, segStart+w.start, segStart+w.end
	}
	if l := pa.latest; strings.HasPrefix(c.indicator, "占") && l != nil && l.m.start >= s.Start {
		c.indicator = l.indicator + c.indicator // 数字经济规模突破5000亿元，占地区生产总值比重达到50%
	}
	if parameterIndicator.MatchString(c.indicator) {
		m.class, m.reason = ClassOther, "a rate per item or a cap, not a target"
		return nil
	}
	if m.scale && countIndicator.MatchString(c.indicator) {
		m.unit, m.info = strings.TrimSuffix(m.unit, "元"), unitInfo{} // 用户数量突破千万级 counts users, not yuan
	}
	c.kind = kindOf(c.kind, c.indicator, w.leadKind, m)
	c.annual = c.annual || w.annual
	c.average = c.average || w.average
	c.goal = w.goal
	c.against = w.against
	c.respectively = w.respectively
	c.qStart = segStart + w.start
	switch {
	case c.indStart < segStart && pa.cells != nil:
		c.qStart = c.indStart // from the cell of the indicator: 生产安全事故死亡人数下降15%
	case c.indStart < segStart:
		c.qStart = segStart + zh.RuneLen(seg) - zh.RuneLen(strings.TrimLeft(seg, " 、，；：,;:"))
	}
	if w.respectively {
		return []*candidate{c}
	}
	var out []*candidate
	for _, ind := range splitShared(c.indicator) {
		d := *c
		d.indicator = ind
		out = append(out, &d)
	}
	if len(out) > 1 {
		for _, d := range out {
			d.siblings = out // one figure for several indicators: each or combined?
		}
	}
	return out
}

// changeTo reports whether seg, the words before figure m, end a change
// from an earlier figure (从23%提高到, 从2012年的1479万公里增加到2021年的), and
// returns where 从 is in seg, in bytes, and the verb of the change.
func (pa *para) changeTo(seg string, segStart int, m *mention) (int, string, bool) {
	from := strings.LastIndex(seg, "从")
	loc := changeTail.FindStringSubmatchIndex(seg)
	if from < 0 || loc == nil || loc[0] < from {
		return 0, "", false
	}
	start := segStart + zh.RuneIndex(seg, from)
	for _, n := range pa.figures {
		if n.start > start && n.end <= m.start && n.class != ClassTrap {
			verb := ""
			if loc[2] >= 0 {
				verb = seg[loc[2]:loc[3]]
			}
			return from, verb, true
		}
	}
	return 0, "", false
}

// predicateOK checks a predicate found before a figure: 为 must not end a
// word such as 作为, and 向 and 按 need their closing words (向…迈进, 按…安排).
func (pa *para) predicateOK(seg string, loc []int, comp string) bool {
	verb := seg[loc[2]:loc[3]]
	if verb == "为" && loc[2] > 0 {
		prev := []rune(seg[:loc[2]])
		if strings.ContainsRune(notPredicate, prev[len(prev)-1]) {
			return false
		}
	}
	need := predicates[verb].complement
	return need == "" || strings.Contains(comp, need)
}

// countForm reads a figure between a verb and the things it counts:
// 突破百项前沿关键核心技术 counts 前沿关键核心技术.
func (pa *para) countForm(c *candidate, predStart, npEnd int, comparator string) []*candidate {
	end := npEnd
	for end > c.m.end && strings.ContainsRune(" 、和与及，,；;：:。！？!?", pa.rs[end-1]) {
		end--
	}
	c.kind, c.cmp, c.countForm, c.rule = KindCount, cmp.Or(comparator, "="), true, RuleClassifier
	c.indStart, c.indEnd = c.m.end, end
	c.indicator = tidy(abbreviation.ReplaceAllString(string(pa.rs[c.m.end:end]), ""))
	c.qStart, c.qEnd = predStart, end
	return []*candidate{c}
}

// previousCell takes the indicator of a table cell that has only a
// predicate and figure (下降15%) from the cell before it (生产安全事故死亡人数).
func (pa *para) previousCell(c *candidate, prev policy.Span) bool {
	ind := tidy(string(pa.rs[prev.Start:prev.End]))
	if pa.cells == nil || ind == "" {
		return false
	}
	c.indicator, c.indStart, c.indEnd = ind, prev.Start, prev.End
	return true
}

// anaphora finds the indicator of a predicate that has none before it in
// the words of an earlier clause of the sentence that use the same verb:
// 从今年开始拟连续几年发行超长期特别国债，…，今年先发行1万亿元 → 超长期特别国债.
func (pa *para) anaphora(c *candidate, s policy.Span, segStart int, verb string) bool {
	from := max(s.Start, segStart-4*maxIndicator) // the clauses just before, not a whole run-on text
	before := string(pa.rs[from:segStart])
	i := strings.LastIndex(before, verb)
	if i < 0 {
		return false
	}
	start := from + zh.RuneIndex(before, i+len(verb))
	end := start
	for end < segStart && !strings.ContainsRune("，。；：、,;:（(", pa.rs[end]) {
		end++
	}
	ind := tidy(string(pa.rs[start:end]))
	if ind == "" {
		return false
	}
	c.indicator, c.indStart, c.indEnd = ind, start, end
	return true
}

// ofWhich gives a predicate whose words name only a part of the horizon
// (其中2024年达到490亿斤) the indicator of the target before it in the
// sentence: 全省粮食总产量稳定在500亿斤以上，其中2024年达到490亿斤.
func (pa *para) ofWhich(c *candidate, s policy.Span, seg string) bool {
	l := pa.latest
	if l == nil || l.m.start < s.Start || !strings.Contains(seg, "其中") {
		return false
	}
	c.indicator, c.indStart, c.indEnd = l.indicator, -1, -1
	return true
}
