package targets

import (
	"cmp"
	"regexp"
	"strings"
	"unicode"

	"mingbai/generator/zh"
)

var (
	// leadIn matches words that open a clause but are not part of its
	// indicator: 推动软件和信息技术服务产业集群规模 → 软件和信息技术服务产业集群规模,
	// 加快推进, 力争, 其中.
	leadIn = regexp.MustCompile(`^(?:[\s、，；：,;:—]|其中|同时|以及|再|将|力争|争取|努力|确保|推动|推进|促进|加快|加速|全力|大力|着力|积极|持续|稳步|逐步|进一步|不断|引导|实现|保持|拟|计划|全年|更大气力)+`)

	// leadVerb matches a verb before its object and the figure after that:
	// the 安排 of 拟安排地方政府专项债券3.9万亿元, the 培育 of 培育专精特新企业100家.
	// The 改造 of 改造棚户区4.9万套, 培训技能人才10万人次 and 新改扩建学校27所 too.
	leadVerb = regexp.MustCompile(`^(?:安排|发行|下达|筹集|完成|培育|打造|建成|创建|认定|遴选|开拓|制定|引进|培养|新建|组建|设立|推出|发布|实施|招引|交付|部署|发射|开发|研制|获批|引育|搭建|开通|引入|招募|新改扩建|改扩建|新开工|建设改造|新建改造|改造提升|改造|培训|续建|建设|修复|营造|选派)`)

	// tailOut matches words that close an indicator but are not part of it:
	// 经济增长预期目标为 → 经济增长, 年均, 要, 分别, 先.
	tailOut = regexp.MustCompile(`(?:[\s、，；：,;:]|应当在|须在|应在|应当|必须|在|预期目标|主要目标|目标值|目标|预期|年均|每年|累计|分别|要|将|拟|力争|争取|确保|先|再|还|也|稳定|持续|进一步|逐步|基本|平均)+$`)

	// baselineTail matches a baseline at the end of an indicator:
	// 单位国内生产总值能耗比2020年, 比上年年初预算, 同比.
	baselineTail = regexp.MustCompile(`(?:(?:比|较|相比|与)(?:上年|去年|上年度|` + zh.YearPattern + `年(?:底|末)?)(?:同期|年初预算)?(?:相比)?|同比)$`)

	// shareIndicator matches an indicator that is a share of a whole:
	// 数字经济核心产业增加值占地区生产总值比重, 占比.
	shareIndicator = regexp.MustCompile(`(?:比重|占比|份额|占.+比例)$`)

	// growthIndicator matches an indicator that is itself a growth rate:
	// 经济增长, 居民消费价格涨幅, 年均增速.
	growthIndicator = regexp.MustCompile(`(?:增长|增速|增幅|涨幅|增长率)$`)

	// reductionIndicator matches an indicator that is itself a reduction:
	// 降幅, 下降率.
	reductionIndicator = regexp.MustCompile(`(?:降幅|下降率|下降|降低)$`)

	// parameterIndicator matches an indicator that is a rate per item or a
	// cap, not a target: 每个项目补助, 单笔贷款, 最高奖励, 一次性奖励.
	parameterIndicator = regexp.MustCompile(`^(?:每(?:个|家|户|人|项|笔|次|年)|单个|单笔|单项|单次|对)|最高|最多|一次性`)

	// countIndicator matches an indicator that counts people or things, so
	// that a magnitude with 级 after it is not money: 电子发票服务平台用户数量.
	countIndicator = regexp.MustCompile(`(?:数量|人数|户数|个数|家数|用户|用户数|人次|人口)$`)

	// countingIndicator matches an indicator that names things made or
	// added: 城镇新增就业, 新培育高新技术企业, 新建5G基站.
	countingIndicator = regexp.MustCompile(`新增|新建|新培育|培育|建成|打造|引进|认定|创建`)

	// conjunction joins two indicators: 船舶和海工装备产业集群与轨道交通装备产业集群规模.
	conjunction = regexp.MustCompile(`和|与|及|以及|、`)
)

// leadKinds are the kinds of target that a leading verb implies.
var leadKinds = map[string]string{
	"安排": KindLevel, "发行": KindLevel, "下达": KindLevel, "筹集": KindLevel, "完成": KindLevel,
}

// indicatorWords is an indicator trimmed from the words before a figure, with
// what the trimmed words said.
type indicatorWords struct {
	text         string
	start, end   int    // rune offsets of text within the words it was trimmed from
	leadKind     string // the kind a leading verb implies: count for 培育
	annual       bool   // 年均 or 每年 was trimmed
	average      bool   // 年均 was trimmed: an average over the years
	goal         bool   // the indicator names a goal: 经济增长预期目标为5%左右
	respectively bool   // 分别 was trimmed: A和B分别增长6%和5%
	baseline     bool   // a baseline was trimmed: 比上年
	against      string // the baseline as written: 比2020年
}

// trimIndicator trims from seg, the words between the start of a clause
// and a predicate or figure, what is not part of the indicator. With object
// set, the words are a verb and its object, and the verb goes too:
//
//	推动软件和信息技术服务产业集群规模 → 软件和信息技术服务产业集群规模
//	今年中央预算内投资拟 → 中央预算内投资
//	拟安排地方政府专项债券 (object) → 地方政府专项债券, leadKind level
func trimIndicator(seg string, object bool) indicatorWords {
	rs := []rune(seg)
	w := indicatorWords{end: len(rs)}
	for {
		rest := string(rs[w.start:w.end])
		if loc := leadIn.FindStringIndex(rest); loc != nil {
			w.start += zh.RuneLen(rest[:loc[1]])
			continue
		}
		if loc := leadingHorizon.FindStringIndex(rest); loc != nil {
			w.start += zh.RuneLen(rest[:loc[1]])
			continue
		}
		if loc := leadVerb.FindStringIndex(rest); object && loc != nil && w.leadKind == "" && loc[1] < len(rest) {
			w.leadKind = cmp.Or(leadKinds[rest[:loc[1]]], KindCount)
			w.start += zh.RuneLen(rest[:loc[1]])
			continue
		}
		break
	}
	for w.end > w.start {
		rest := string(rs[w.start:w.end])
		if loc := baselineTail.FindStringIndex(rest); loc != nil {
			w.baseline = true
			w.against = rest[loc[0]:] + w.against
			w.end -= zh.RuneLen(rest[loc[0]:])
			continue
		}
		loc := tailOut.FindStringIndex(rest)
		if loc == nil {
			break
		}
		cut := rest[loc[0]:]
		w.annual = w.annual || strings.Contains(cut, "年均") || strings.Contains(cut, "每年")
		w.average = w.average || strings.Contains(cut, "年均")
		w.goal = w.goal || strings.Contains(cut, "目标")
		w.respectively = w.respectively || strings.Contains(cut, "分别")
		w.end -= zh.RuneLen(cut)
	}
	w.text = tidy(string(rs[w.start:w.end]))
	if loc := respectivelyShare.FindStringIndex(w.text); loc != nil {
		// 货物贸易、对外投资和实际利用外资分别占比: one share each
		w.text, w.respectively = w.text[:loc[0]]+w.text[loc[0]+len("分别"):], true
	}
	return w
}

// respectivelyShare matches 分别 before the share word that ends an
// indicator: the 分别占比 of 货物贸易、对外投资和实际利用外资分别占比.
var respectivelyShare = regexp.MustCompile(`分别(?:占比|比重|占[\p{Han}]{1,12}比重)$`)

// leadingHorizon matches a horizon at the start of an indicator's words:
// 到2025年全省…, 今年中央预算内投资.
var leadingHorizon = regexp.MustCompile(`^(?:` + deadlineHorizon.String() + `|` + spanHorizon.String() + `|` + relativeHorizon.String() + `|` + planHorizon.String() + `)`)

// tidy removes the spaces a document leaves between Chinese text and
// figures, keeping those between words in Latin script:
// 优质特色消费品 4 个产业基地 → 优质特色消费品4个产业基地.
func tidy(s string) string {
	rs := []rune(strings.TrimSpace(s))
	var b strings.Builder
	for i, r := range rs {
		if unicode.IsSpace(r) && i > 0 && i+1 < len(rs) && !(zh.IsLatin(rs[i-1]) && zh.IsLatin(rs[i+1])) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// splitShared splits an indicator that joins two whole indicators sharing
// a head and a tail, and returns it unchanged otherwise:
//
//	船舶和海工装备产业集群与轨道交通装备产业集群规模
//	→ 船舶和海工装备产业集群规模, 轨道交通装备产业集群规模
//
// 生物医药和先进医疗装备产业集群规模 stays whole: 生物医药 shares no head
// with what follows it. Heads are at least three runes long, so that
// 数字经济与实体经济融合度 stays whole too.
func splitShared(ind string) []string {
	for _, loc := range conjunction.FindAllStringIndex(ind, -1) {
		left, right := []rune(ind[:loc[0]]), []rune(ind[loc[1]:])
		for n := len(left); n >= 3; n-- {
			head := string(left[len(left)-n:])
			i := strings.Index(string(right), head)
			if i < 0 {
				continue
			}
			j := zh.RuneLen(string(right)[:i]) + n
			tail := string(right[j:])
			if j == n && i == 0 {
				break // the same words twice, not two indicators
			}
			return append([]string{string(left) + tail}, splitShared(string(right))...)
		}
	}
	return []string{ind}
}

// splitList splits a list of indicators at 和, 与, 及 and 、: 地区生产总值和
// 一般公共预算收入 → 地区生产总值, 一般公共预算收入. An indicator of town and
// country together is two: 城乡居民人均可支配收入 → 城镇居民人均可支配收入,
// 农村居民人均可支配收入.
func splitList(ind string) []string {
	var out []string
	for _, p := range conjunction.Split(ind, -1) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if rest, ok := strings.CutPrefix(ind, "城乡"); ok && len(out) == 1 {
		return []string{"城镇" + rest, "农村" + rest}
	}
	return sharedTail(out)
}

// sharedTail gives short modifiers listed before a whole indicator the rest
// of that indicator, when each is as long as the modifier that opens it:
// 一级、二级、三级医院的覆盖率 → 一级医院的覆盖率, 二级医院的覆盖率, 三级医院的覆盖率;
// 城镇、农村居民收入 → 城镇居民收入, 农村居民收入. Modifiers have at most three
// runes, so that 地区生产总值、一般公共预算收入 stay two indicators.
func sharedTail(parts []string) []string {
	if len(parts) < 2 {
		return parts
	}
	n := zh.RuneLen(parts[0])
	last := []rune(parts[len(parts)-1])
	if n > 3 || len(last) < n+2 {
		return parts
	}
	for _, p := range parts[:len(parts)-1] {
		if zh.RuneLen(p) != n {
			return parts
		}
	}
	tail := string(last[n:])
	out := make([]string, len(parts))
	for i, p := range parts[:len(parts)-1] {
		out[i] = p + tail
	}
	out[len(parts)-1] = string(last)
	return out
}

// kindOf refines the kind a predicate gives from what the indicator says:
// a level of 经济增长 is growth, a level of …占…比重 is a share, a level of
// 城镇新增就业 in 万人 or 新培育高新技术企业 in 家 is a count (but
// 新增从业人员培训率 in % is not).
func kindOf(kind, ind, leadKind string, m *mention) string {
	if kind != KindLevel {
		return kind
	}
	counted := m.info.kind == unitCount || m.info.base == "people"
	switch {
	case m.info.kind == unitTime:
		return KindDuration // 公示期为5个工作日
	case shareIndicator.MatchString(ind):
		return KindShare
	case growthIndicator.MatchString(ind):
		return KindGrowth
	case reductionIndicator.MatchString(ind):
		return KindReduction
	case counted && (leadKind == KindCount || countingIndicator.MatchString(ind)):
		return KindCount
	}
	return kind
}

// indicatorSpellings are the abbreviations a document uses beside the full
// name of an indicator, as in a goal table after the text:
// 数字经济核心产业增加值占GDP比重 is 数字经济核心产业增加值占国内生产总值比重.
var indicatorSpellings = strings.NewReplacer("GDP", "国内生产总值", "R&D", "研发", " ", "", "\u3000", "")

// sameIndicator reports whether a and b name one indicator, spelled out or
// abbreviated.
func sameIndicator(a, b string) bool {
	return a == b || indicatorSpellings.Replace(a) == indicatorSpellings.Replace(b)
}
