package targets

import (
	"regexp"
	"strings"

	"mingbai/generator/prefilter"
	"mingbai/generator/zh"
)

var (
	// sinceMarker matches a span of time up to now, or a date things stood
	// at: 今年以来, 2023年以来, 过去五年, 五年来, 近年来, 截至2022年7月, 截至目前.
	sinceMarker = regexp.MustCompile(`截(?:至|止)(?:目前|` + zh.YearPattern + `年(?:\d{1,2}月)?(?:底|末)?)|(?:今年|` + zh.YearPattern + `年)以来|过去(?:[0-9]+|[一二两三四五六七八九十几]+)年|(?:[0-9]+|[一二两三四五六七八九十几多]+)年(?:来|以来)|近年来`)

	// pastMarker matches other words that put what follows in the past:
	// 过去, 近年, 以来, 已经, 取得了, 回顾, 上年.
	pastMarker = regexp.MustCompile(`过去|近年|以来|已经|已|实现了|取得了|完成了|达到了|回顾|上年|去年`)

	// forecastMarker matches words that make a figure a forecast:
	// 预计今年高校毕业生超过1170万人.
	forecastMarker = regexp.MustCompile(`预计|预测|有望|估计`)

	// goalMarker matches words that announce goals: 力争, 主要预期目标,
	// 确保, 赤字率拟按3%安排.
	goalMarker = regexp.MustCompile(`力争|争取|确保|目标|指标|拟|计划|今后|努力`)

	// pastHeading matches headings over a review of results: 2023年工作回顾,
	// 我国数字经济发展成效显著, “十三五”时期取得的工作进展.
	pastHeading = regexp.MustCompile(`回顾|成效显著|成效明显|取得的|成就|工作进展|总结`)
)

// markerKinds are the alternatives of markerPattern, in order of
// precedence where two match at the same place: 今年以来 is past, not 今年.
var markerKinds = []*regexp.Regexp{sinceMarker, deadlineHorizon, spanHorizon, planHorizon, relativeHorizon, pastMarker, forecastMarker, goalMarker}

// markerPattern finds the markers of all kinds in one pass.
var markerPattern = func() *prefilter.Scanner {
	var parts []string
	for _, re := range markerKinds {
		parts = append(parts, "(?:"+re.String()+")")
	}
	return prefilter.New(regexp.MustCompile(strings.Join(parts, "|")))
}()

// Tenses a figure can be read in.
const (
	tenseForward  = "forward"
	tensePast     = "past"
	tenseForecast = "forecast"
	tenseGoal     = "goal" // a goal word: forward, but too weak to overrule a past frame
)

// marker is a word that sets the time frame of what follows it: a horizon
// (到2025年), a past marker (过去一年), a forecast (预计) or a goal word (力争).
type marker struct {
	start, end int // rune offsets in the paragraph
	text       string
	tense      string
	horizon    *Horizon // for horizons only
}

// baselineBefore holds the characters that make a following year a baseline
// rather than a frame: 比2020年, 较上年, 同上年, 与2020年相比.
const baselineBefore = "比较同与"

// scanMarkers finds every marker in text, the years in document titles
// excepted, in one pass of markerPattern: the earliest match wins, and of
// those at one place the first kind in markerKinds.
func scanMarkers(text string, year int) []marker {
	rs := []rune(text)
	masked := []rune(text)
	tc := zh.NewCounter(text)
	for _, loc := range titleText.FindAllStringIndex(text, -1) {
		for i := tc.At(loc[0]); i < tc.At(loc[1]); i++ {
			masked[i] = '\uFFFC'
		}
	}
	s := string(masked)
	sc := zh.NewCounter(s)
	var out []marker
	for _, loc := range markerPattern.FindAll(s) {
		m := marker{start: sc.At(loc[0]), end: sc.At(loc[1]), text: s[loc[0]:loc[1]]}
		var before rune
		if m.start > 0 {
			before = rs[m.start-1]
		}
		var kind *regexp.Regexp
		var g []string
		for _, re := range markerKinds {
			if g = re.FindStringSubmatch(m.text); g != nil && g[0] == m.text {
				kind = re
				break
			}
		}
		switch kind {
		case deadlineHorizon:
			if strings.ContainsRune(baselineBefore, before) || followedByMonth(rs, m.end) {
				continue // 比2020年, 2019年1月1日
			}
			m = m.framing(resolveDeadline(g[0], g[1], g[2]), year)
		case spanHorizon:
			m = m.framing(resolveSpan(g[0], g[1]+g[2], year), year)
		case planHorizon:
			m = m.framing(resolvePlan(g[0], g[1], g[2]), year)
		case relativeHorizon:
			m = m.framing(resolveRelative(g[0], year), year)
		case sinceMarker, pastMarker:
			if (g[0] == "上年" || g[0] == "去年") && strings.ContainsRune(baselineBefore, before) {
				continue // 比上年
			}
			m.tense = tensePast
		case forecastMarker:
			m.tense = tenseForecast
		case goalMarker:
			if g[0] == "拟" && strings.ContainsRune("模虚草", before) {
				continue // 模拟, 虚拟, 草拟
			}
			m.tense = tenseGoal
		}
		out = append(out, m)
	}
	return out
}

// framing makes m a horizon marker: forward, or past if it ended before the
// document's year.
func (m marker) framing(h Horizon, year int) marker {
	m.horizon = &h
	m.tense = tenseForward
	if h.To != 0 && year != 0 && h.To < year {
		m.tense = tensePast
	}
	return m
}

// followedByMonth reports whether a month follows rune offset i of rs,
// making the year before it part of a date: 2019年1月1日起.
func followedByMonth(rs []rune, i int) bool {
	rest := rs[i:]
	j := 0
	for j < len(rest) && (rest[j] >= '0' && rest[j] <= '9' || rest[j] == ' ') {
		j++
	}
	return j > 0 && j < len(rest) && rest[j] == '月'
}

// strong reports whether m settles the tense of what follows on its own.
func (m marker) strong() bool {
	return m.tense == tensePast || m.tense == tenseForward
}
