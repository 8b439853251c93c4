package targets

import (
	"regexp"
	"strings"

	"mingbai/generator/prefilter"
	"mingbai/generator/zh"
)

// trapRule is a kind of text whose digits are not a quantity.
type trapRule struct {
	re     *regexp.Regexp
	reason string
	figure bool // report the match as a trap figure; else drop it silently
	group  int  // the submatch that holds the trap, if not the whole match
}

var (
	// docNumber matches a document number: 国发〔2018〕41号, 辽委发〔2024〕8号.
	docNumber = regexp.MustCompile(`[〔\[［(（]\s*` + zh.YearPattern + `\s*[〕\]］)）]\s*第?\s*\d+\s*号`)

	// dateText matches a calendar date, year or time of day:
	//	2024年3月5日  2019年1月1日  2024年  2014-2020年  2024年度  2026-01-26  11:25:38  二〇二四年  1月18日
	dateText = regexp.MustCompile(zh.YearPattern + `\s*(?:[-—–～~至到]\s*` + zh.YearPattern + `\s*)?年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?` +
		`|` + zh.YearPattern + `[-/.]\d{1,2}[-/.]\d{1,2}` +
		`|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月份?` +
		`|\d{1,2}:\d{2}(?::\d{2})?` +
		`|[〇零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)?` +
		`|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日`)

	// ordinal matches an ordinal: 第二类, 第十四届, 第4代, 第五代.
	ordinal = regexp.MustCompile(`第[0-9０-９〇零一二两三四五六七八九十百千]+`)

	// planPeriod matches the short name of a five-year plan, with its number
	// in group 1: 十四五, 十五五.
	planPeriod = regexp.MustCompile(`十([一二三四五六七八九])五`)

	// anniversary matches an anniversary: 成立75周年, 一百周年.
	anniversary = regexp.MustCompile(`(?:[0-9]+|[〇零一二两三四五六七八九十百]+)\s*周年`)

	// versionNumber matches a version: 中国－东盟自贸区3.0版.
	versionNumber = regexp.MustCompile(`[0-9]+(?:\.[0-9]+)+\s*版`)

	// webAddress matches a web address: https://www.gov.cn/zhengce/content_6929021.htm.
	webAddress = regexp.MustCompile(`(?:https?://|www\.)[!-~]+`)

	// itemNumber matches the number of a list item at the start of a
	// paragraph (group 1), but not a decimal: 1.加强前瞻谋划部署, （3）.
	itemNumber = regexp.MustCompile(`^[\s\x{3000}]*([0-9]{1,2}\s*[.．、]|[（(][0-9]{1,2}[)）])(?:[^0-9０-９]|$)`)

	// boxNumber matches the number of a box, annex or table: 专栏1, 附件2.
	boxNumber = regexp.MustCompile(`(?:专栏|附件|附表)\s*[0-9０-９一二三四五六七八九十]+`)

	// numberIdiom matches fixed expressions whose numerals are not figures:
	// 千家万户, 百家争鸣, 三天两头.
	numberIdiom = regexp.MustCompile(`千家万户|百家争鸣|三天两头|千百年来|万水千山|千秋万代|一成不变|八九不离十|十之八九`)

	// titleText matches the title of a document or law, with any years in it:
	// 《社会信用体系建设规划纲要（2014-2020年）》.
	titleText = regexp.MustCompile(`《[^《》]*》`)

	// quotedName matches a short quotation, which names rather than measures:
	// “十四五”, “从0到1”, “两个毫不动摇”, “碳达峰十大行动”.
	quotedName = regexp.MustCompile(`“[^“”]{1,24}”|「[^「」]{1,24}」|‘[^‘’]{1,24}’`)
)

// dateReason is why a date is a trap; a date that is a horizon (到2025年)
// says so instead.
const dateReason = "a date"

// tokenTraps are matched before figures, in one pass of tokenPattern; their
// text is masked so that no figure is read inside them. Where two match at
// one place, the first listed wins.
var tokenTraps = []trapRule{
	{webAddress, "a web address", true, 0},
	{docNumber, "a document number", true, 0},
	{itemNumber, "the number of a list item", true, 1},
	{boxNumber, "the number of a box or annex", true, 0},
	{dateText, dateReason, true, 0},
	{anniversary, "an anniversary", true, 0},
	{ordinal, "an ordinal", true, 0},
	{planPeriod, "the name of a five-year plan", true, 0},
	{versionNumber, "a version number", true, 0},
	{numberIdiom, "", false, 0},
}

// tokenPattern finds the token traps of all kinds in one pass.
var tokenPattern = func() *prefilter.Scanner {
	var parts []string
	for _, t := range tokenTraps {
		parts = append(parts, "(?:"+t.re.String()+")")
	}
	return prefilter.New(regexp.MustCompile(strings.Join(parts, "|")))
}()

// contextTraps are spans in which figures are names, not quantities.
var contextTraps = []trapRule{
	{titleText, "inside the title of a document", true, 0},
	{quotedName, "inside a quoted name", true, 0},
}
