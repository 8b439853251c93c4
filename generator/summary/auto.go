package summary

import (
	"regexp"
	"strings"
	"unicode"

	"mingbai/generator/policy"
)

// actionRE matches a clause that starts with an action verb, the clauses an
// automatic summary keeps.
//
//	加快发展现代设施农业
//	支持建设国家技术创新中心
var actionRE = regexp.MustCompile(`^(加快|加强|加大|推动|推进|实施|建设|建立|健全|完善|支持|鼓励|引导|深化|培育|打造|提升|提高|开展|强化|优化|构建|发展|促进|落实|探索|扩大|保持|稳定|坚持|实现|制定|组织|创建|布局|聚焦|依托|围绕|做好|做强|做优|落地|确保|严格|全面|积极|大力|持续|着力)`)

// clauseRE splits sentences into clauses.
//
//	积极创建…中心，全力建设…科技城； → 积极创建…中心 | 全力建设…科技城
var clauseRE = regexp.MustCompile(`[，；。：！？]`)

// Auto writes a labelled extractive summary in Chinese for a section
// that has no curated one: its heading sentence, its first key actions (the
// clauses led by an action verb) and its targets, within max characters.
//
//	开展原创性颠覆性科技创新。主要举措：积极创建具有全国影响力的区域科技创新中心；全力建设沈阳浑南科技城。目标：年均增长9%以上。
func Auto(s *policy.Section, targets []string, max int) string {
	var b strings.Builder
	if s.Heading != "" {
		b.WriteString(s.Heading)
		b.WriteString("。")
	}
	var actions []string
	for _, pg := range s.Text() {
		for _, c := range clauseRE.Split(pg.Text, -1) {
			if actionRE.MatchString(c) && CountZh(c) <= 40 {
				actions = append(actions, c)
			}
		}
	}
	tail := ""
	if len(targets) > 0 {
		tail = "目标：" + strings.Join(targets, "；") + "。"
	}
	room := max - CountZh(b.String()) - CountZh(tail)
	var kept []string
	used := CountZh("主要举措：。")
	for _, a := range actions {
		if used+CountZh(a)+1 > room {
			break
		}
		kept = append(kept, a)
		used += CountZh(a) + 1
	}
	if len(kept) > 0 {
		b.WriteString("主要举措：" + strings.Join(kept, "；") + "。")
	}
	b.WriteString(tail)
	return b.String()
}

// Figure is a target as an English summary names it: what it measures
// and the value the text sets.
//
//	Figure{Indicator: "Gross domestic product (GDP)", Value: "up around 5%"}
type Figure struct{ Indicator, Value string }

// AutoEn writes the English summary of a section that has neither a
// curated summary nor an English translation: what its parts are about
// (their English headings) and its targets, each with what it measures,
// within max words. It returns "" when it has nothing a reader can use (no
// parts with English headings and no targets): the page then shows no
// summary rather than a count of paragraphs.
//
//	AutoEn([]string{"Expand domestic demand", "Deepen reform"}, []Figure{{"Grain output", "1.3 trillion jin or more"}}, 60)
//	  → "Contents: expand domestic demand; deepen reform. Targets: grain output, 1.3 trillion jin or more."
func AutoEn(parts []string, figures []Figure, max int) string {
	var tgt []string
	for _, f := range figures {
		if f.Indicator == "" {
			tgt = append(tgt, f.Value)
			continue
		}
		tgt = append(tgt, lowerFirst(f.Indicator)+", "+f.Value)
	}
	tail := ""
	if len(tgt) > 0 {
		tail = "Targets: " + strings.Join(tgt, "; ") + "."
	}
	// Targets first when both do not fit: they are what a reader looks for.
	for CountEn(tail) > max && len(tgt) > 1 {
		tgt = tgt[:len(tgt)-1]
		tail = "Targets: " + strings.Join(tgt, "; ") + "; and more in the table of targets."
	}
	room := max - CountEn(tail) - CountEn("Contents:")
	var kept []string
	for _, p := range parts {
		if p == "" || CountEn(p) > room {
			break
		}
		kept = append(kept, lowerFirst(p))
		room -= CountEn(p)
	}
	var out []string
	if len(kept) > 0 {
		s := "Contents: " + strings.Join(kept, "; ")
		if len(kept) < len(parts) {
			s += "; and more"
		}
		out = append(out, s+".")
	}
	if tail != "" {
		out = append(out, tail)
	}
	return strings.Join(out, " ")
}

// lowerFirst lower-cases the first letter of a heading used inside a
// sentence, unless the first word is an acronym or a name that keeps its
// capitals (GDP, Shanghai’s): only a capital followed by a lower-case
// letter in a word that is not a proper name is lowered. Headings name
// policies in sentence case, so their first word is a common word.
//
//	lowerFirst("Expand domestic demand") → "expand domestic demand"
//	lowerFirst("GDP") → "GDP"
func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) < 2 || !unicode.IsUpper(r[0]) || !unicode.IsLower(r[1]) {
		return s
	}
	first := strings.FieldsFunc(s, func(c rune) bool { return !unicode.IsLetter(c) })[0]
	if properNames[first] {
		return s
	}
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// properNames are first words of headings and indicators that keep their
// capital inside a sentence.
var properNames = map[string]bool{"China": true, "Chinese": true, "Shanghai": true, "Liaoning": true, "Beijing": true,
	"Belt": true, "Xi": true, "BeiDou": true, "Yangtze": true}

// FigureZh is a target as a Chinese summary names it: the words of the
// text when they name the indicator (国内生产总值增长5%左右), else the
// indicator with the value (超长期特别国债：发行1万亿元).
func FigureZh(indicator, value, quote string) string {
	if indicator == "" || strings.Contains(quote, indicator) && CountZh(quote) <= 30 {
		if quote != "" {
			return quote
		}
		return value
	}
	return indicator + "：" + value
}
