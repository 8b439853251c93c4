package targets

import (
	"fmt"
	"regexp"
	"strconv"

	"mingbai/generator/zh"
)

var (
	// deadlineHorizon matches a year, or span of years, that a target is set
	// for: 到2025年, 至2027年底, 2027年前, 2024—2026年, 2035年. Years before
	// the document's are not horizons but mark the past: 2023年，全省….
	deadlineHorizon = regexp.MustCompile(`(?:到|至|在)?(` + zh.YearPattern + `)(?:\s*[-—–～~至到]\s*(` + zh.YearPattern + `))?\s*年(?:底|末)?(?:前|以前|之前)?`)

	// spanHorizon matches a number of years from the document date:
	// 未来5年, 今后三年, 3年内, 五年之内, 用3年时间.
	spanHorizon = regexp.MustCompile(`(?:未来|今后|用)\s*([0-9]+|[一二两三四五六七八九十]+)\s*个?年|([0-9]+|[一二两三四五六七八九十]+)\s*年(?:内|之内|以内)`)

	// relativeHorizon matches a year named from the document date: 今年,
	// 年内, 本年度, 明年, 年底前, 新的一年.
	relativeHorizon = regexp.MustCompile(`今年|本年度|本年|年内|年底前|年底|明年|新的一年`)

	// planHorizon matches a five-year plan period: “十四五”期间, 十四五末.
	planHorizon = regexp.MustCompile(`“?十([一二三四五六七八九])五”?(期间|时期|末期|末)`)
)

// relativeYears are the offsets from the document year of relativeHorizon.
var relativeYears = map[string]int{"今年": 0, "本年度": 0, "本年": 0, "年内": 0, "年底前": 0, "年底": 0, "新的一年": 0, "明年": 1}

// resolveDeadline resolves a match of deadlineHorizon: 到2025年 is 2025,
// 2024—2026年 is 2024–2026.
func resolveDeadline(text, y1, y2 string) Horizon {
	from, _ := strconv.Atoi(y1)
	to := from
	if y2 != "" {
		to, _ = strconv.Atoi(y2)
	}
	return Horizon{Text: text, From: from, To: to, Kind: HorizonStated}
}

// resolveSpan resolves a match of spanHorizon against the document year:
// 未来5年 in a document of 2024 is 2024–2028. The span counts the document's
// own year as its first, as 今年 does; the year is 0 when the document has no
// date.
func resolveSpan(text, n string, year int) Horizon {
	years, ok := zh.Strict(n)
	if !ok || !years.IsInt() || year == 0 {
		return Horizon{Text: text, Kind: HorizonInferred, Rule: "the document has no date to count " + text + " from"}
	}
	return Horizon{Text: text, From: year, To: year + int(years.Num().Int64()) - 1, Kind: HorizonInferred,
		Rule: fmt.Sprintf("inferred from %s, counting %d, the document's year, as the first", text, year)}
}

// resolveRelative resolves a match of relativeHorizon: 今年 in 2024 is 2024.
func resolveRelative(text string, year int) Horizon {
	if year == 0 {
		return Horizon{Text: text, Kind: HorizonInferred, Rule: "the document has no date to count " + text + " from"}
	}
	y := year + relativeYears[text]
	return Horizon{Text: text, From: y, To: y, Kind: HorizonInferred,
		Rule: fmt.Sprintf("inferred from %s in a document of %d", text, year)}
}

// titleHorizon returns the period a document's title names, if it is not
// over by the document's year: “十四五”国家应急体系规划 is 2021–2025,
// 三年行动计划（2024—2026年） 2024–2026.
func titleHorizon(title string, year int) *Horizon {
	for _, m := range scanMarkers(title, year) {
		if m.horizon != nil && m.tense == tenseForward {
			return m.horizon
		}
	}
	if g := planPeriod.FindStringSubmatch(title); g != nil {
		h := resolvePlan(g[0], g[1], "期间")
		if year == 0 || h.To >= year {
			return &h
		}
	}
	return nil
}

// resolvePlan resolves a match of planHorizon: the 14th plan (十四五) runs
// 2021–2025; its end (末) is 2025. Plans from the sixth on are five years
// apart, starting in 1981.
func resolvePlan(text, n, when string) Horizon {
	plan := 10 + int(digit(n))
	start := 1981 + 5*(plan-6)
	if when == "末" || when == "末期" {
		return Horizon{Text: text, From: start + 4, To: start + 4, Kind: HorizonStated}
	}
	return Horizon{Text: text, From: start, To: start + 4, Kind: HorizonStated}
}
