package targets

import (
	"regexp"
	"sort"
	"strings"

	"mingbai/generator/zh"
)

// Target kinds.
const (
	KindGrowth    = "growth"    // 年均增长9%以上, 增长5%左右, 提高30元
	KindLevel     = "level"     // 达到, 提高到, 突破, 超过, 迈上
	KindDirection = "direction" // 迈向千亿元
	KindReduction = "reduction" // 下降, 降低, 压减, 压缩至
	KindCount     = "count"     // 新增, 建成, 培育, 打造, 形成 N things
	KindShare     = "share"     // 占…比重
)

// predicate is a verb that links an indicator to its figure, with the kind
// of target it makes and the comparator it implies when nothing else does.
type predicate struct {
	kind       string
	cmp        string
	complement string // words that must follow the figure: 向…迈进, 按…安排
}

// predicates are the verbs that make a figure a target: 全社会研发经费投入
// 年均增长9%以上, 规模突破三千亿元, 突破百项前沿关键核心技术.
var predicates = map[string]predicate{
	// growth by an amount or rate
	"年均增长": {KindGrowth, "=", ""}, "年均提高": {KindGrowth, "=", ""}, "年均增加": {KindGrowth, "=", ""}, "年均提升": {KindGrowth, "=", ""},
	"增长": {KindGrowth, "=", ""}, "提高": {KindGrowth, "=", ""}, "提升": {KindGrowth, "=", ""}, "增加": {KindGrowth, "=", ""},
	"上涨": {KindGrowth, "=", ""}, "上升": {KindGrowth, "=", ""},
	// levels
	"达到": {KindLevel, "=", ""}, "达": {KindLevel, "=", ""}, "为": {KindLevel, "=", ""},
	"提高到": {KindLevel, "=", ""}, "提高至": {KindLevel, "=", ""}, "提升到": {KindLevel, "=", ""}, "提升至": {KindLevel, "=", ""},
	"增加到": {KindLevel, "=", ""}, "增加至": {KindLevel, "=", ""}, "增长到": {KindLevel, "=", ""}, "增长至": {KindLevel, "=", ""},
	"增至": {KindLevel, "=", ""}, "扩大到": {KindLevel, "=", ""}, "扩大至": {KindLevel, "=", ""}, "上升到": {KindLevel, "=", ""}, "上升至": {KindLevel, "=", ""},
	"保持在": {KindLevel, "=", ""}, "稳定在": {KindLevel, "=", ""}, "维持在": {KindLevel, "=", ""},
	"安排": {KindLevel, "=", ""}, "发行": {KindLevel, "=", ""}, "下达": {KindLevel, "=", ""}, "投入": {KindLevel, "=", ""},
	"按":  {KindLevel, "=", "安排"},
	"突破": {KindLevel, ">", ""}, "超过": {KindLevel, ">", ""}, "超": {KindLevel, ">", ""}, "高于": {KindLevel, ">", ""},
	"迈上": {KindLevel, ">=", ""}, "跃上": {KindLevel, ">=", ""}, "跨上": {KindLevel, ">=", ""}, "站上": {KindLevel, ">=", ""},
	"不低于": {KindLevel, ">=", ""}, "不少于": {KindLevel, ">=", ""}, "至少": {KindLevel, ">=", ""},
	"控制在": {KindLevel, "<=", ""}, "不超过": {KindLevel, "<=", ""}, "不高于": {KindLevel, "<=", ""}, "低于": {KindLevel, "<", ""},
	// directions
	"迈向": {KindDirection, CmpToward, ""}, "向": {KindDirection, CmpToward, "迈进"},
	// reductions, by an amount or to a level
	"年均下降": {KindReduction, "=", ""}, "下降": {KindReduction, "=", ""}, "降低": {KindReduction, "=", ""}, "减少": {KindReduction, "=", ""},
	"压减": {KindReduction, "=", ""}, "压降": {KindReduction, "=", ""}, "缩减": {KindReduction, "=", ""}, "削减": {KindReduction, "=", ""}, "缩短": {KindReduction, "=", ""}, "压缩": {KindReduction, "=", ""},
	"降至": {KindReduction, "=", ""}, "降到": {KindReduction, "=", ""}, "下降到": {KindReduction, "=", ""}, "下降至": {KindReduction, "=", ""},
	"降低到": {KindReduction, "=", ""}, "降低至": {KindReduction, "=", ""}, "减少到": {KindReduction, "=", ""}, "减少至": {KindReduction, "=", ""},
	"压缩至": {KindReduction, "=", ""}, "压缩到": {KindReduction, "=", ""}, "压减至": {KindReduction, "=", ""}, "缩短至": {KindReduction, "=", ""}, "缩短到": {KindReduction, "=", ""},
	// counts of things
	"新增": {KindCount, "=", ""}, "新建": {KindCount, "=", ""}, "建成": {KindCount, "=", ""}, "建设": {KindCount, "=", ""},
	"培育": {KindCount, "=", ""}, "打造": {KindCount, "=", ""}, "形成": {KindCount, "=", ""}, "创建": {KindCount, "=", ""},
	"认定": {KindCount, "=", ""}, "遴选": {KindCount, "=", ""}, "开拓": {KindCount, "=", ""}, "制定": {KindCount, "=", ""},
	"推出": {KindCount, "=", ""}, "发布": {KindCount, "=", ""}, "引进": {KindCount, "=", ""}, "培养": {KindCount, "=", ""},
	"培训": {KindCount, "=", ""}, "组建": {KindCount, "=", ""}, "设立": {KindCount, "=", ""}, "布局": {KindCount, "=", ""},
	"吸纳": {KindCount, "=", ""}, "带动": {KindCount, "=", ""}, "招引": {KindCount, "=", ""}, "孵化": {KindCount, "=", ""},
	"改造": {KindCount, "=", ""}, "完成": {KindCount, "=", ""}, "实施": {KindCount, "=", ""}, "举办": {KindCount, "=", ""},
	"改扩建": {KindCount, "=", ""}, "改建": {KindCount, "=", ""}, "扩建": {KindCount, "=", ""}, "新开工": {KindCount, "=", ""},
	"交付": {KindCount, "=", ""}, "部署": {KindCount, "=", ""}, "发射": {KindCount, "=", ""}, "开发": {KindCount, "=", ""},
	"研制": {KindCount, "=", ""}, "获批": {KindCount, "=", ""}, "引育": {KindCount, "=", ""}, "搭建": {KindCount, "=", ""},
	"开通": {KindCount, "=", ""}, "投运": {KindCount, "=", ""}, "投产": {KindCount, "=", ""}, "引入": {KindCount, "=", ""},
	"招募": {KindCount, "=", ""}, "推广": {KindCount, "=", ""}, "储备": {KindCount, "=", ""}, "上线": {KindCount, "=", ""}, "开设": {KindCount, "=", ""},
}

// adverbs may stand between a predicate and its figure; some set the
// comparator: 增长近30%, 达到约, 增长超过10%.
var adverbs = map[string]string{
	"约": "~", "近": "~", "接近": "~",
	"超过": ">", "超": ">", "逾": ">",
	"至少": ">=", "不少于": ">=", "不低于": ">=",
	"不超过": "<=",
	"达到":  "", "达": "", "为": "",
	"现有": "",                      // 改扩建现有20个…储备库
	"再":  "", "进一步": "", "再次": "", // 审批时限再压缩一半
}

// alternation joins the keys of m into a regexp alternation, longest first.
func alternation[V any](m map[string]V) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if a, b := len(keys[i]), len(keys[j]); a != b {
			return a > b
		}
		return keys[i] < keys[j]
	})
	return strings.Join(keys, "|")
}

// predicateBefore matches a predicate, and an optional adverb, that ends
// right before a figure: the 年均增长 of 年均增长9%以上, 提高到, 突破, 增长近.
var predicateBefore = regexp.MustCompile(`(?P<verb>` + alternation(predicates) + `)(?P<adv>` + alternation(adverbs) + `)?` + blank + `$`)

// notPredicate holds the characters that make a following 为 part of a word
// (作为, 成为, 认为) rather than a predicate.
const notPredicate = "作成认称因以行视"

// adverbBefore matches an approximation right before a figure that has no
// verb: the 近 of 进出口规模近2万亿元.
var adverbBefore = regexp.MustCompile(`(?P<adv>约|近|接近|逾|至少|不少于|不低于|超过)` + blank + `$`)

// changeFrom matches the words before the starting figure of a change:
// 森林覆盖率从 in 森林覆盖率从23%提高到25%, 从2012年的.
var changeFrom = regexp.MustCompile(`从(?:` + zh.YearPattern + `年(?:底|末)?的?)?` + blank + `$`)

// changeTail matches the words between the figures of a change, before
// the level reached: 提高到 in 从23%提高到25%, 增加到2021年的.
var changeTail = regexp.MustCompile(`(提高|增加|增长|提升|上升|扩大|下降|降低|减少|缩小|压缩|缩短)?(?:到|至)(?:` + zh.YearPattern + `年(?:底|末)?的?)?` + blank + `$`)

// complementAfter matches the words that close a predicate after its figure:
// the 安排 of 拟按3%安排, the 迈进 of 向万亿级迈进.
var complementAfter = regexp.MustCompile(`^` + blank + `(?:安排|迈进|进军)`)

// goalNoun matches the nouns after 的 that make the figure before it a
// goal rather than a threshold: 城镇化率达到60%的目标.
var goalNoun = regexp.MustCompile(`^(?:目标|水平|规模|任务|要求)`)

// levelNouns may follow a level figure without making it a threshold:
// 突破三千亿元大关, 迈上千亿级台阶.
var levelNouns = regexp.MustCompile(`^(?:大关|关口|台阶|水平|规模|量级)`)
