package targets

import (
	"cmp"
	"math/big"
	"regexp"
	"strings"

	"mingbai/generator/policy"
	"mingbai/generator/zh"
)

// KindDuration is a target that sets a time: a deadline for an action
// (4小时内响应, 2年内基本完成整改) or a period granted (给予3年过渡期).
const KindDuration = "duration"

var (
	// deadlineVerb matches the action that a time limit before it bounds:
	// the 响应 of 紧急求助4小时内响应, 办结 of 3个工作日内办结.
	deadlineVerb = regexp.MustCompile(`^(?:响应|办结|办理|完成|到达|到场|处置|反馈|答复|回复|审结|赔付|出具|送达|受理|审批|解决)`)

	// deadlineAction matches the action a time limit bounds, with its
	// object (group 2), to the end of the clause, and not before 的:
	// 响应, 完成登记, 答复.
	deadlineAction = regexp.MustCompile(`^(` + deadlineVerb.String()[1:] + `)([\p{Han}]{0,8})[，,；;。]?$`)

	// periodGrant matches a verb that grants a period, at the end of the
	// words before its length: the 给予 of 对新设企业给予3年过渡期.
	periodGrant = regexp.MustCompile(`(?:给予|设置|设定|设立|实行|享受)` + blank + `$`)

	// periodNoun matches the period granted, right after its length: the
	// 过渡期 of 给予3年过渡期, 保护期, 缓冲期.
	periodNoun = regexp.MustCompile(`^[\p{Han}]{0,3}期`)

	// completionAfter matches the completion of an action that a span of
	// years bounds, and the action (group 1): 2年内基本完成整改 → 整改,
	// 三年内全面实现全覆盖 → 全覆盖.
	completionAfter = regexp.MustCompile(`^(?:基本|全面|全部|逐步|如期)?(?:完成|实现|建成|消除|解决|办结)([\p{Han}]{0,8})`)

	// redLineBefore matches the verb of keeping to a red line before its
	// figure: 守住18亿亩耕地红线, 坚守…底线.
	redLineBefore = regexp.MustCompile(`(?:守住|守牢|坚守|严守|守好|牢牢守住)` + blank + `$`)

	// redLineNoun matches the red line after its figure: the 耕地红线 of
	// 守住18亿亩耕地红线.
	redLineNoun = regexp.MustCompile(`^[\p{Han}]{0,8}?(?:红线|底线)`)

	// ceilingLine matches a red line that is a ceiling, not a floor:
	// 用水总量控制红线, 能耗上限.
	ceilingLine = regexp.MustCompile(`总量控制|上限|排放`)

	// abbreviation matches the short name a document gives a list in
	// brackets after it: （以下简称“三新食品”）.
	abbreviation = regexp.MustCompile(`[（(]以下简称[^（）()]*[)）]`)

	// outcomeBefore matches the verb that brings about what a count after it
	// counts, and a deadline between them: the 推动 of
	// 推动1—2个合成生物食品创新企业上市, the 确保今年入冬前 of
	// 确保今年入冬前2.16万户灾损农房新建任务全面完成.
	outcomeBefore = regexp.MustCompile(`(?:推动|促成|助推|支持|力争|确保)(?:今年|年内|[\p{Han}]{0,6}前)?` + blank + `$`)

	// outcomeAfter matches the things counted and the outcome, to the end of
	// the clause: 合成生物食品创新企业上市, 10家企业挂牌.
	// 灾损农房新建任务全面完成 too.
	outcomeAfter = regexp.MustCompile(`^([\p{Han}]{2,16}?)(上市|挂牌|落地|投产|达产|获批|(?:全面|全部|如期)?完成)[；;，,。]?$`)

	// prohibition matches the words of a rule right before its verb: the
	// 不得 of 专家连续参与评审不得超过2年, 严禁, 不能.
	prohibition = regexp.MustCompile(`(?:不得|不能|不应|不宜|严禁|禁止)$`)

	// coverBefore matches the verb of coverage right before its count: the
	// 覆盖 of 服务网络覆盖30多个国家和地区.
	coverBefore = regexp.MustCompile(`(?:覆盖|辐射|惠及|通达)` + blank + `$`)

	// coveredAfter matches what a coverage counts, to the end of the clause:
	// 国家和地区 (but not 城市的示范网络, where the count qualifies a noun).
	coveredAfter = regexp.MustCompile(`^([\p{Han}、和与及]{1,12})[，,；;。]?$`)

	// grantee matches a preposition before the party a period is granted
	// to: the 对 of 对新设企业给予3年过渡期.
	grantee = regexp.MustCompile(`^(?:对于|对|为|给|向)`)
)

// durationTarget reads a time figure m as a duration target, if a rule
// makes it one; segStart is where the words of its indicator may start.
//
//	实现紧急求助4小时内响应    → 紧急求助响应 | duration <= 4 小时
//	对新设企业给予3年过渡期    → 新设企业过渡期 | duration = 3 年
func (pa *para) durationTarget(m *mention, s policy.Span, segStart, npEnd int) *candidate {
	if m.info.kind != unitTime {
		return nil
	}
	seg := string(pa.rs[segStart:m.start])
	after := string(pa.rs[m.end:npEnd])
	c := &candidate{section: pa.sc.section, p: pa.p, m: m, kind: KindDuration, zh: m.text, qEnd: m.end}
	c.horizon, c.ownHorizon = pa.horizon(m, s)
	switch {
	case m.cmp == "<=" && deadlineVerb.MatchString(after):
		g := deadlineAction.FindStringSubmatch(after)
		w := trimIndicator(seg, false)
		if w.text == "" || grantee.MatchString(w.text) || g == nil {
			return nil // 对3日内受理的申请: a condition, not a deadline
		}
		c.cmp, c.indicator, c.rule = "<=", w.text+g[1]+g[2], RuleTimeLimit
		c.zh += g[1] + g[2]
		c.qStart, c.qEnd = segStart+w.start, m.end+zh.RuneLen(g[1]+g[2])
	case m.cmp == "" && periodGrant.MatchString(seg) && periodNoun.MatchString(after):
		noun := periodNoun.FindString(after)
		loc := periodGrant.FindStringIndex(seg)
		before := seg[:loc[0]]
		g := grantee.FindString(before)
		w := trimIndicator(before[len(g):], false)
		c.cmp, c.indicator, c.rule = "=", w.text+noun, RulePeriod
		c.zh = seg[loc[0]:] + m.text + noun
		c.qStart, c.qEnd = segStart+zh.RuneIndex(seg, len(g))+w.start, m.end+zh.RuneLen(noun)
	default:
		return nil
	}
	return c
}

// completionTarget reads the span of years m of marker k as the deadline of
// an action, if the action follows it and no figure does:
//
//	历史遗留问题2年内基本完成整改 → 历史遗留问题整改 | duration <= 2 年
func (pa *para) completionTarget(m *mention, k *marker, s policy.Span, segStart, clEnd int) *candidate {
	if !strings.HasSuffix(k.text, "内") || k.horizon == nil || k.end > clEnd {
		return nil
	}
	after := string(pa.rs[k.end:clEnd])
	g := completionAfter.FindStringSubmatch(after)
	if g == nil || strings.ContainsAny(after, numeralStart) {
		return nil
	}
	w := trimIndicator(string(pa.rs[segStart:k.start]), false)
	if w.text == "" {
		return nil
	}
	c := &candidate{section: pa.sc.section, p: pa.p, m: m, kind: KindDuration, cmp: "<=", rule: RuleCompletion,
		indicator: w.text + g[1], zh: string(pa.rs[k.start:k.end]) + g[0], horizon: *k.horizon, ownHorizon: true,
		qStart: segStart + w.start, qEnd: k.end + zh.RuneLen(g[0])}
	return c
}

// redLine reads figure m as a red line kept to, if it is one: a floor, or
// a ceiling for a total to be controlled.
//
//	守住18亿亩耕地红线 → 耕地红线 | level >= 18 亿亩
func (pa *para) redLine(m *mention, s policy.Span, segStart, npEnd int) *candidate {
	after := string(pa.rs[m.end:npEnd])
	if !strings.Contains(after, "线") {
		return nil
	}
	seg := string(pa.rs[segStart:m.start])
	loc := redLineBefore.FindStringIndex(seg)
	noun := redLineNoun.FindString(after)
	if loc == nil || noun == "" {
		return nil
	}
	c := &candidate{section: pa.sc.section, p: pa.p, m: m, kind: KindLevel, cmp: ">=", indicator: noun, rule: RuleRedLine,
		zh: seg[loc[0]:] + m.text + noun, qStart: segStart + zh.RuneIndex(seg, loc[0]), qEnd: m.end + zh.RuneLen(noun)}
	if ceilingLine.MatchString(noun) {
		c.cmp = "<="
	}
	c.horizon, c.ownHorizon = pa.horizon(m, s)
	return c
}

// listJoin holds what may stand between the items of a list of figures or
// years: 31.1个和26.3个百分点, 2025年、2027年和2030年.
const listJoin = " 、和与及或"

// shareUnits gives a figure listed before another the other's unit, when
// it has none or only the start of it:
//
//	分别提高31.1个和26.3个百分点 → 31.1 个百分点 and 26.3 个百分点
//	分别增长3和5万人             → 3 万人 and 5 万人
func shareUnits(rs []rune, ms []*mention) {
	for i := len(ms) - 2; i >= 0; i-- {
		a, b := ms[i], ms[i+1]
		if a.class != "" || b.class != "" || b.unit == "" || a.unit == b.unit || !strings.HasPrefix(b.unit, a.unit) || a.value.Hi != nil {
			continue
		}
		if strings.Trim(string(rs[a.end:b.start]), listJoin) != "" || b.start == a.end {
			continue
		}
		prefix := a.prefix
		*a = a.withUnit(b.unit)
		a.prefix = b.prefix
		if prefix != nil && prefix.Cmp(b.prefix) != 0 && prefix.Sign() != 0 {
			a.value = a.value.times(prefix).times(new(big.Rat).Inv(b.prefix))
		}
	}
}

// listedHorizons gives the targets of a 分别 group the years listed for
// them, one each, when the sentence lists as many forward years before them:
// 到2025年、2027年和2030年，覆盖率分别达到60%、70%和80%.
func (pa *para) listedHorizons(group []*candidate, s policy.Span) {
	var ks []*marker
	for i := range pa.marks {
		k := &pa.marks[i]
		if k.start < s.Start || k.end > group[0].m.start || k.horizon == nil || k.tense != tenseForward {
			continue
		}
		if n := len(ks); n > 0 && strings.Trim(string(pa.rs[ks[n-1].end:k.start]), listJoin) != "" {
			ks = ks[:0] // not the same list
		}
		ks = append(ks, k)
	}
	if len(ks) != len(group) {
		return
	}
	for i, c := range group {
		c.horizon, c.ownHorizon = *ks[i].horizon, true
	}
}

// outcomeCount reads a count between a verb that brings something about
// and the outcome, if figure m is one:
//
//	推动1—2个合成生物食品创新企业上市 → 合成生物食品创新企业上市 | count = 1–2 个
func (pa *para) outcomeCount(m *mention, s policy.Span, segStart, npEnd int) *candidate {
	if m.info.kind != unitCount && m.info.base != "households" {
		return nil
	}
	seg := string(pa.rs[segStart:m.start])
	loc := outcomeBefore.FindStringIndex(seg)
	g := outcomeAfter.FindStringSubmatch(string(pa.rs[m.end:npEnd]))
	if m.info.kind != unitCount && m.info.base != "households" || loc == nil || g == nil {
		return nil
	}
	c := &candidate{section: pa.sc.section, p: pa.p, m: m, kind: KindCount, cmp: cmp.Or(m.cmp, "="), indicator: g[1] + g[2], rule: RulePlanCount,
		zh: seg[loc[0]:] + m.text, qStart: segStart + zh.RuneIndex(seg, loc[0]), qEnd: m.end + zh.RuneLen(g[1]+g[2]), countForm: true,
		indStart: m.end, indEnd: m.end + zh.RuneLen(g[1]+g[2])}
	c.horizon, c.ownHorizon = pa.horizon(m, s)
	return c
}

// coverage reads a count after a verb of coverage as how far the subject
// reaches, if figure m is one:
//
//	服务网络覆盖30多个国家和地区 → 服务网络覆盖国家和地区 | count > 30 个
//	建设覆盖30多个城市的示范网络 → no target: the count qualifies 示范网络
func (pa *para) coverage(m *mention, s policy.Span, segStart, npEnd int) *candidate {
	if m.info.kind != unitCount {
		return nil
	}
	seg := string(pa.rs[segStart:m.start])
	loc := coverBefore.FindStringIndex(seg)
	g := coveredAfter.FindStringSubmatch(string(pa.rs[m.end:npEnd]))
	if m.info.kind != unitCount || loc == nil || g == nil {
		return nil
	}
	w := trimIndicator(seg[:loc[0]], false)
	if w.text == "" || strings.Contains(g[1], "的") {
		return nil
	}
	verb := seg[loc[0]:]
	c := &candidate{section: pa.sc.section, p: pa.p, m: m, kind: KindCount, cmp: cmp.Or(m.cmp, "="), rule: RuleCoverage,
		indicator: w.text + strings.TrimSpace(verb) + g[1], zh: verb + m.text + g[1],
		qStart: segStart + w.start, qEnd: m.end + zh.RuneLen(g[1])}
	c.horizon, c.ownHorizon = pa.horizon(m, s)
	return c
}
