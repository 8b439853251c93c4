package targets

import (
	"cmp"
	"regexp"
	"strings"

	"mingbai/generator/policy"
	"mingbai/generator/zh"
)

// The verb-centred rules read a figure by the verb that governs it, the
// verb's object and the quantity, once the sentence's time frame has made it
// forward-looking: a past frame (五年来, 2023年) or a forecast (预计) has
// already made it a result or a forecast before any rule runs, so each rule
// below takes the same shape in a past sentence as a result.
//
// Each rule has a name, shown on the review sheet (generator targets FILE)
// for every figure it takes or rejects.
const (
	RulePredicate    = "indicator-verb-figure"   // 全社会研发经费投入年均增长9%以上
	RuleVerbObject   = "verb-object-quantity"    // 新增省级重点实验室20个以上, 改造棚户区4.9万套
	RuleClassifier   = "verb-classifier-noun"    // 培育10家以上链主企业, 推出3款以上国产创新药
	RulePlanCount    = "plan-count"              // 推动5个以上项目落地, 打造2至3个千亿级集群
	RuleCapacity     = "capacity"                // 形成年产100万吨的生产能力
	RuleFraction     = "verb-fraction"           // 审批时限再压缩一半, 办理时间缩短三分之一
	RuleCompound     = "verb-object-compound"    // 全年为企业减负2000多亿元, 降费让利1000亿元以上
	RuleTimeLimit    = "time-limit"              // 30分钟内到达现场, 3个工作日内办结
	RulePeriod       = "period-granted"          // 对新设企业给予3年过渡期
	RuleCompletion   = "completion-deadline"     // 历史遗留问题2年内基本完成整改
	RuleRedLine      = "red-line"                // 守住18亿亩耕地红线
	RuleCoverage     = "coverage"                // 服务网络覆盖30多个国家和地区
	RuleChangeTo     = "change-to-level"         // 森林覆盖率从23%提高到25%
	RuleGoalFigure   = "goal-figure"             // 主要预期目标：国内生产总值5%左右 (a goal frame, no verb)
	RuleList         = "list-item"               // 新建重点实验室10家、技术创新中心18家: the verb of the first item
	RuleGoalTable    = "goal-table"              // 专栏 主要指标: one row per target year
	RuleTimeFrame    = "time-frame"              // rejects: the sentence is past (2023年, 五年来) or a forecast (预计)
	RuleQualifier    = "qualifier"               // rejects: the figure qualifies a noun (30万千瓦以下煤电机组, 百万亩示范区)
	RuleRuleLimit    = "rule-limit"              // rejects: a rule's limit (不得超过2年, 延长期限不超过7个工作日)
	RuleNoLink       = "no-link"                 // rejects: no verb or goal links the figure to an indicator
	RuleTrap         = "trap"                    // rejects: digits that are not a quantity (5G, 十四五, 〔2018〕41号, 二期)
	RuleBaselineOnly = "baseline-or-change-only" // rejects: a change against a baseline with no indicator (比上年增加1800亿元)
)

var (
	// planVerb matches a verb that builds, adds or brings about things,
	// which a count later in its clause quantifies: the 抓好 of
	// 抓好7个产业转移重点承接平台建设, 推动, 续建, 配备.
	planVerb = regexp.MustCompile(`(?:抓好|推动|推进|打造|建设|新建|续建|改建|扩建|改扩建|新改扩建|建成|培育|创建|争创|实施|完成|配备|选派|引进|打通|整治提升|改造提升|改造|新增|开展|举办|组建|设立|布局|认定|遴选|推出|发布|招引|孵化)`)

	// capacityBefore matches the words of a yearly capacity right before
	// its amount: the 年产 of 形成年产100万吨的生产能力.
	capacityBefore = regexp.MustCompile(`年产(?:能)?` + blank + `$`)

	// capacityNoun matches the capacity after its amount: 的生产能力,
	// 的能力, 产能.
	capacityNoun = regexp.MustCompile(`^的?([\p{Han}]{0,6}?能力|[\p{Han}]{0,6}?规模|产能)`)

	// compoundVerb matches a verb-object compound right before its amount,
	// with whom it benefits: the 为企业减负 of 全年为企业减负2000多亿元,
	// 降费让利, 减税降费.
	compoundVerb = regexp.MustCompile(`(?:(?:为|帮助|助)[\p{Han}]{1,8}?)?(?:减负|降费让利|减税降费|降费|让利|减税|降本|减支|节支|增收|节约)` + blank + `$`)

	// timeLimitAction matches the action that a time limit before it bounds,
	// and its object (group 2), to the end of the clause: 到达现场, 办结,
	// 更新本部门政务数据资源目录, 予以答复, 进行校核, 放行.
	timeLimitAction = regexp.MustCompile(`^(?:予以|进行|依法|及时|全部|基本)?(响应|办结|办理|完成|到达|到场|处置|反馈|答复|回复|审结|赔付|出具|送达|受理|审批|解决|更新|报送|处理|审定|审核|校核|核查|核实|放行|公开|公布|提交|作出|告知|转交|移送|发放|拨付|上报|整改|补正|登记|注册|开放|共享|通关|到账|兑付)([\p{Han}A-Za-z0-9“”]{0,16})[，,；;。]?$`)

	// countFrom matches when a time limit starts counting, before it: the
	// 自收到申请之日起 of 自收到申请之日起7个工作日内答复.
	countFrom = regexp.MustCompile(`(?:自|从)[^，,；;。]{1,20}?(?:之日|后)?起` + blank + `$`)

	// extensionLimit matches the indicator of a cap on an extension, a rule
	// rather than a goal: 延长期限, 延长复核期限.
	extensionLimit = regexp.MustCompile(`延长`)

	// adverbBeforeVerb matches a comparator adverb right before a verb: the
	// 至少 of 每年至少培育10家领军企业.
	adverbBeforeVerb = regexp.MustCompile(`(至少|不少于|不低于|超过)$`)

	// phase matches a phase of a project right after a name: the 二期 of
	// 高速公路二期, 环城水系二期, 一期11个安置区.
	phase = regexp.MustCompile(`^[一二三四五六七八九十]+期$`)

	// grantedNoun matches what a period granted is the term of, after 的:
	// 的外国人来华工作许可, 的居留许可.
	grantedNoun = regexp.MustCompile(`^的([\p{Han}]{2,12}?(?:许可|签证|期限|资格|期))`)
)

// planCount reads a count later in the clause of a verb that builds or
// brings about what it counts, if figure m is one:
//
//	抓好7个产业转移重点承接平台建设 → 产业转移重点承接平台建设 | count = 7 个
//	打造独具特色的5个标志场景               → 标志场景 | count = 5 个
//	续建东二环、北三环等12条道路            → 道路 | count = 12 条
//	2023年推动5个项目落地                  → a past result (the frame decides first)
//	对推动2个以上企业上市的园区给予奖励     → no target: 的 makes it a condition
//	推进2个产业基地迈向万亿级               → no target here: the count is in the indicator of 迈向
//	扎实推动七个一体化                      → no target: a count in Chinese numerals names a set
//
// The count is written in digits: 七个一体化, 二轮延包, 五大千亿级工程 name
// sets and rounds of a programme, not quantities to deliver.
func (pa *para) planCount(m *mention, s policy.Span, segStart, npEnd int) *candidate {
	if m.info.kind != unitCount && m.info.base != "people" || m.text == "" || m.text[0] < '0' || m.text[0] > '9' {
		return nil
	}
	seg := string(pa.rs[segStart:m.start])
	locs := planVerb.FindAllStringIndex(seg, -1)
	after := strings.TrimRight(string(pa.rs[m.end:npEnd]), " 、，,；;。和与及")
	if len(locs) == 0 || after == "" || !zh.IsHan([]rune(after)[0]) || strings.Contains(after, "的") {
		return nil
	}
	if npEnd < len(pa.covered) && pa.covered[npEnd] && predicateBefore.MatchString(after) {
		return nil // the count is in the indicator of the verb before the next figure
	}
	loc := locs[len(locs)-1]
	if zh.RuneLen(seg[loc[1]:]) > 24 || prohibition.MatchString(seg[:loc[0]]) {
		return nil
	}
	rule := RulePlanCount
	if _, ok := predicates[seg[loc[0]:loc[1]]]; ok && strings.TrimSpace(adverbBefore.ReplaceAllString(seg[loc[1]:], "")) == "" {
		rule = RuleClassifier // the verb right before the count: 培育10家以上链主企业
	}
	c := &candidate{section: pa.sc.section, p: pa.p, m: m, kind: KindCount, cmp: cmp.Or(m.cmp, "="),
		indicator: tidy(abbreviation.ReplaceAllString(after, "")), verb: seg[loc[0]:loc[1]], countForm: true, rule: rule,
		zh: seg[loc[0]:loc[1]] + m.text, qStart: segStart + zh.RuneIndex(seg, loc[0]), qEnd: m.end + zh.RuneLen(after),
		indStart: m.end, indEnd: m.end + zh.RuneLen(after)}
	if g := adverbBeforeVerb.FindStringSubmatch(seg[:loc[0]]); g != nil && m.cmp == "" {
		c.cmp = adverbs[g[1]] // 每年至少培育10家领军企业
	}
	if g := adverbBefore.FindStringSubmatch(seg[loc[1]:]); g != nil && m.cmp == "" {
		c.cmp = adverbs[g[1]] // 培育至少10个示范点
	}
	c.horizon, c.ownHorizon = pa.horizon(m, s)
	return c
}

// capacity reads an amount after 年产 as a capacity to reach:
//
//	形成年产100万吨的生产能力 → 生产能力 | level = 100 万吨 (年产)
//	2023年形成年产100万吨的生产能力 → a past result
func (pa *para) capacity(m *mention, s policy.Span, segStart, npEnd int) *candidate {
	if m.start-segStart < 2 || !strings.Contains(string(pa.rs[max(segStart, m.start-4):m.start]), "年产") {
		return nil
	}
	seg := string(pa.rs[segStart:m.start])
	after := string(pa.rs[m.end:npEnd])
	loc := capacityBefore.FindStringIndex(seg)
	g := capacityNoun.FindStringSubmatch(after)
	if loc == nil || g == nil || m.info.kind == unitRatio {
		return nil
	}
	c := &candidate{section: pa.sc.section, p: pa.p, m: m, kind: KindLevel, cmp: cmp.Or(m.cmp, "="), rule: RuleCapacity,
		indicator: "年产" + g[1], zh: seg[loc[0]:] + m.text + g[0], indStart: -1, indEnd: -1,
		qStart: segStart + zh.RuneIndex(seg, loc[0]), qEnd: m.end + zh.RuneLen(g[0])}
	c.horizon, c.ownHorizon = pa.horizon(m, s)
	return c
}

// compound reads an amount right after a verb-object compound, which is
// both verb and indicator:
//
//	全年为企业减负2000多亿元 → 为企业减负 | level > 2000 亿元
//	2023年为企业减负2000多亿元 → a past result
func (pa *para) compound(m *mention, s policy.Span, segStart, npEnd int) *candidate {
	if m.info.kind == unitRatio || m.start < segStart+2 {
		return nil
	}
	seg := string(pa.rs[segStart:m.start])
	loc := compoundVerb.FindStringIndex(seg)
	if loc == nil || m.info.kind == unitRatio || strings.TrimSpace(string(pa.rs[m.end:npEnd])) != "" && zh.IsHan(pa.rs[m.end]) {
		return nil
	}
	w := trimIndicator(seg, false)
	if w.text == "" {
		return nil
	}
	c := &candidate{section: pa.sc.section, p: pa.p, m: m, kind: KindLevel, cmp: cmp.Or(m.cmp, "="), rule: RuleCompound,
		indicator: w.text, zh: strings.TrimSpace(seg[loc[0]:]) + m.text, indStart: segStart + w.start, indEnd: segStart + w.end,
		qStart: segStart + w.start, qEnd: m.end}
	c.horizon, c.ownHorizon = pa.horizon(m, s)
	return c
}

// timeLimit reads a time with 内 before an action as the limit the action
// must meet, a service level:
//
//	30分钟内到达现场                        → 到达现场 | duration <= 30 分钟
//	政务部门应当自收到申请之日起7个工作日内答复 → 政务部门答复 | duration <= 7 个工作日
//	对3日内受理的申请予以公示                → no target: 的 makes it a condition
func (pa *para) timeLimit(m *mention, s policy.Span, segStart, npEnd int) *candidate {
	if m.info.kind != unitTime || m.cmp != "<=" {
		return nil
	}
	seg := string(pa.rs[segStart:m.start])
	after := string(pa.rs[m.end:npEnd])
	g := timeLimitAction.FindStringSubmatch(after)
	actionEnd := -1 // where the action ends, when it is in the next clause
	if g == nil {
		g, actionEnd = pa.disposal(after, npEnd)
	}
	if g == nil || strings.Contains(after, "的") && !disposalObject.MatchString(after) {
		return nil
	}
	if loc := countFrom.FindStringIndex(seg); loc != nil {
		seg = seg[:loc[0]]
	}
	if g := grantee.FindString(strings.TrimSpace(seg)); g != "" {
		// 对符合放行条件的货物48小时内放行: what the limit is for, after the condition
		seg = strings.TrimPrefix(strings.TrimSpace(seg), g)
		if i := strings.LastIndex(seg, "的"); i >= 0 {
			seg = seg[i+len("的"):]
		}
	}
	if strings.HasSuffix(strings.TrimSpace(seg), "的") {
		seg = "" // 符合放行条件的48小时内放行: the words before are a condition
	}
	w := trimIndicator(seg, false)
	action := strings.TrimRight(g[0], "，,；;。")
	c := &candidate{section: pa.sc.section, p: pa.p, m: m, kind: KindDuration, cmp: "<=", rule: RuleTimeLimit,
		indicator: w.text + action, zh: m.text + action, indStart: -1, indEnd: -1,
		qStart: m.start, qEnd: m.end + zh.RuneLen(action)}
	if w.text != "" {
		c.qStart = segStart + w.start
	}
	if actionEnd >= 0 {
		c.qEnd, c.zh = actionEnd, string(pa.rs[m.start:actionEnd])
	}
	c.horizon, c.ownHorizon = pa.horizon(m, s)
	return c
}

// disposalObject matches the object that 将 moves before the verb, to the
// end of its clause: the 将更新后的政务数据资源目录及变更依据等 of
// 3个工作日内将更新后的政务数据资源目录及变更依据等，报送本级数据资源主管部门.
var disposalObject = regexp.MustCompile(`^(?:将|把)[^，,；;。]{1,30}[，,]?$`)

// disposal returns, when the words after a time limit are an object moved
// before its verb by 将 (disposalObject), the action of the clause after
// them, as timeLimitAction matches it (报送本级数据资源主管部门), and where it
// ends in the paragraph.
func (pa *para) disposal(after string, npEnd int) ([]string, int) {
	if !disposalObject.MatchString(after) || npEnd >= len(pa.rs) {
		return nil, -1
	}
	end := npEnd
	for end < len(pa.rs) && !strings.ContainsRune("，,；;。", pa.rs[end]) && !pa.covered[end] {
		end++
	}
	g := timeLimitAction.FindStringSubmatch(strings.TrimLeft(string(pa.rs[npEnd:end]), "，, "))
	return g, end
}

// periodGranted reads a period granted with 的 before what it is the term
// of, which a bare period (给予3年过渡期, durationTarget) does without:
//
//	一次性给予2年以上的外国人来华工作许可 → 外国人来华工作许可 | duration >= 2 年
func (pa *para) periodGranted(m *mention, s policy.Span, segStart, npEnd int) *candidate {
	if m.info.kind != unitTime {
		return nil
	}
	seg := string(pa.rs[segStart:m.start])
	g := grantedNoun.FindStringSubmatch(string(pa.rs[m.end:npEnd]))
	loc := periodGrant.FindStringIndex(seg)
	if m.info.kind != unitTime || g == nil || loc == nil {
		return nil
	}
	c := &candidate{section: pa.sc.section, p: pa.p, m: m, kind: KindDuration, cmp: cmp.Or(m.cmp, "="), rule: RulePeriod,
		indicator: g[1], zh: seg[loc[0]:] + m.text + g[0], indStart: -1, indEnd: -1,
		qStart: segStart + zh.RuneIndex(seg, loc[0]), qEnd: m.end + zh.RuneLen(g[0])}
	c.horizon, c.ownHorizon = pa.horizon(m, s)
	return c
}

// leadingCount matches a verb of adding or building at the start of an
// indicator, which makes the quantity after it the amount of its object:
// 新增省级重点实验室20个以上, 新建高标准农田100万亩.
var leadingCount = regexp.MustCompile(`^(?:新增|新建|新培育|新开工|新引进)`)

// levelOnly matches a count's indicator that is only the level of what it
// counts, the head being left to the next item of the list: the 国家级 of
// 推进8个国家级、4个省级区域医疗中心建设, the 千亿级 of 打造5个千亿级、12个百亿级开发区.
var levelOnly = regexp.MustCompile(`^[\p{Han}]{1,4}级$`)

// levelLead matches the level that opens the indicator of the next item:
// the 省级 of 省级区域医疗中心建设.
var levelLead = regexp.MustCompile(`^[\p{Han}]{1,4}?级`)

// shareHead gives the count before, whose indicator is a level only, the
// head of the count c that follows it in a list joined by 、, the words
// between them being seg: 8个国家级、4个省级区域医疗中心建设 → 国家级区域医疗中心建设.
func shareHead(before, c *candidate, seg string) {
	if before == nil || !before.countForm || !c.countForm || strings.TrimSpace(seg) != "、" || !levelOnly.MatchString(before.indicator) {
		return
	}
	if lead := levelLead.FindString(c.indicator); lead != "" && lead != c.indicator {
		before.indicator += strings.TrimPrefix(c.indicator, lead)
	}
}

// fractionText matches a figure that is a fraction or multiple of what the
// verb changes: 一半, 三分之一, 两成, 一倍.
var fractionText = regexp.MustCompile(`分之|一半|[一二两三四五六七八九]成|倍|番`)

// listItem reports whether figure m, whose words seg start at segStart,
// continues a list whose first item a verb governs, in the same clause:
// the 18家 of 新建市级以上重点实验室10家、技术创新中心18家.
func (pa *para) listItem(m *mention, seg string, segStart int) bool {
	l := pa.latest
	if l == nil || l.rule != RuleVerbObject && l.rule != RuleList || l.qEnd != segStart || m.info.kind == unitRatio {
		return false
	}
	return strings.HasPrefix(seg, "、") && !strings.ContainsAny(seg, "，,；;。")
}

// ruleOf names the rule that took or rejected figure m: the rule of its
// target, or, for a figure no target took, the kind of rejection its class
// and reason give.
func ruleOf(m *mention) string {
	switch {
	case m.rule != "":
		return m.rule
	case m.partOf != nil:
		return cmp.Or(m.partOf.rule, RulePredicate)
	}
	switch m.class {
	case ClassResult, ClassForecast:
		return RuleTimeFrame
	case ClassTrap:
		if strings.HasPrefix(m.reason, "part of the time frame") {
			return RuleTimeFrame
		}
		return RuleTrap
	case ClassBaseline:
		return RuleGoalTable
	case ClassThreshold:
		if strings.Contains(m.reason, "rule's limit") {
			return RuleRuleLimit
		}
		return RuleQualifier
	}
	switch {
	case strings.Contains(m.reason, "goal table"):
		return RuleGoalTable
	case strings.Contains(m.reason, "qualifies") || strings.Contains(m.reason, "names something"):
		return RuleQualifier
	case strings.Contains(m.reason, "baseline") || strings.Contains(m.reason, "starting point"):
		return RuleBaselineOnly
	case strings.Contains(m.reason, "rate per item"):
		return RuleRuleLimit
	}
	return RuleNoLink
}
