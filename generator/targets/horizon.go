package targets

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"mingbai/generator/zh"
)

var (
	// deadlineHorizon matches a year, or span of years, that a target is set
	// for: 到2025年, 至2027年底, 2027年前, 2024—2026年, 2035年. Years before
	// the document's are not horizons but mark the past: 2023年，全省….
	deadlineHorizon = regexp.MustCompile(`(?:到|至|在)?(` + zh.YearPattern + `)(?:\s*[-—–～~至到]\s*(` + zh.YearPattern + `))?\s*年(?:底|末)?(?:前|以前|之前)?`)

	// spanHorizon matches a number of years from the document date:
	// 未来5年, 今后三年, 3年内, 五年之内, 用3年时间, 通过3年努力.
	spanHorizon = regexp.MustCompile(`(?:未来|今后|用|通过)\s*([0-9]+|[一二两三四五六七八九十]+)\s*个?年|([0-9]+|[一二两三四五六七八九十]+)\s*年(?:内|之内|以内)`)

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
	en := fmt.Sprintf("by %d", to)
	switch {
	case from != to:
		en = fmt.Sprintf("%d–%d", from, to)
	case strings.ContainsAny(text, "底末"):
		en = fmt.Sprintf("by the end of %d", to)
	}
	return Horizon{Text: text, From: from, To: to, Kind: HorizonStated, En: en}
}

// resolveSpan resolves a match of spanHorizon against the document year:
// 未来5年 in a document of 2024 is 2024–2028. The span counts the document's
// own year as its first, as 今年 does; the year is 0 when the document has no
// date.
func resolveSpan(text, n string, year int) Horizon {
	years, ok := zh.Strict(n)
	en := ""
	if ok && years.IsInt() {
		en = spanEnglish(text, int(years.Num().Int64()))
	}
	if !ok || !years.IsInt() || year == 0 {
		return Horizon{Text: text, En: en, Kind: HorizonInferred, Rule: "the document has no date to count " + text + " from"}
	}
	return Horizon{Text: text, En: en, From: year, To: year + int(years.Num().Int64()) - 1, Kind: HorizonInferred,
		Rule: fmt.Sprintf("inferred from %s (%s), counting %d, the document's year, as the first", text, en, year)}
}

// spanEnglish writes a span of years in English, as its words open:
// 未来5年 and 今后五年 are "over the next five years", 3年内 "within three
// years", 用3年时间 and 通过3年努力 "in three years".
func spanEnglish(text string, n int) string {
	years := englishYears(n)
	switch {
	case strings.HasPrefix(text, "未来") || strings.HasPrefix(text, "今后"):
		return "over the next " + years
	case strings.HasPrefix(text, "用") || strings.HasPrefix(text, "通过"):
		return "in " + years
	}
	return "within " + years
}

// englishYears writes a number of years, in words up to ten: "five years",
// "one year", "12 years".
func englishYears(n int) string {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	switch {
	case n == 1:
		return "one year"
	case n >= 0 && n < len(words):
		return words[n] + " years"
	}
	return fmt.Sprintf("%d years", n)
}

// relativeEnglish are the English of relativeHorizon's words.
var relativeEnglish = map[string]string{
	"今年": "this year", "本年度": "this year", "本年": "this year", "年内": "within the year",
	"年底前": "by the end of the year", "年底": "by the end of the year", "新的一年": "in the coming year", "明年": "next year",
}

// resolveRelative resolves a match of relativeHorizon: 今年 in 2024 is 2024.
func resolveRelative(text string, year int) Horizon {
	en := relativeEnglish[text]
	if year == 0 {
		return Horizon{Text: text, En: en, Kind: HorizonInferred, Rule: "the document has no date to count " + text + " from"}
	}
	y := year + relativeYears[text]
	return Horizon{Text: text, En: en, From: y, To: y, Kind: HorizonInferred,
		Rule: fmt.Sprintf("inferred from %s (%s) in a document of %d", text, en, year)}
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
	name := fmt.Sprintf("the %dth Five-Year Plan period", plan)
	if when == "末" || when == "末期" {
		return Horizon{Text: text, From: start + 4, To: start + 4, Kind: HorizonStated, En: fmt.Sprintf("by the end of %s (%d)", name, start+4)}
	}
	return Horizon{Text: text, From: start, To: start + 4, Kind: HorizonStated, En: fmt.Sprintf("%s (%d–%d)", name, start, start+4)}
}
