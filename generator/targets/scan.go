package targets

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"mingbai/generator/zh"
)

// span is a half-open range of rune offsets with the reason it was marked.
type span struct {
	start, end int
	reason     string
}

// scanFigures finds every figure in a paragraph's text: first the numbers
// that are not quantities (dates, document numbers, ordinals, …), then the
// figures in what is left. Figures inside titles and short quotations, and
// figures glued to Latin letters (5G, IPv6, C919), are traps too; a trap
// inside a title is reported as such: the 2014-2020年 of 《…（2014-2020年）》.
//
// No figure crosses a rune offset in cuts: the cell boundaries of a table.
func scanFigures(text string, cuts []int) []*mention {
	rs := []rune(text)
	masked := make([]rune, len(rs))
	copy(masked, rs)
	tc := zh.NewCounter(text)
	var context []span
	for _, rule := range contextTraps {
		for _, loc := range rule.re.FindAllStringIndex(text, -1) {
			context = append(context, span{tc.At(loc[0]), tc.At(loc[1]), rule.reason})
		}
	}
	inside := func(m *mention) {
		for _, c := range context {
			if m.start >= c.start && m.end <= c.end {
				m.class, m.reason = ClassTrap, c.reason
				return
			}
		}
	}
	var out []*mention
	for _, loc := range tokenPattern.FindAll(text) {
		rule := tokenTraps[0]
		for _, r := range tokenTraps {
			if l := r.re.FindStringSubmatchIndex(text[loc[0]:loc[1]]); l != nil && l[1] == loc[1]-loc[0] {
				rule = r
				if g := r.group; g > 0 {
					loc = []int{loc[0] + l[2*g], loc[0] + l[2*g+1]} // the number of itemNumber, without what follows
				}
				break
			}
		}
		start, end := tc.At(loc[0]), tc.At(loc[1])
		for i := start; i < end; i++ {
			masked[i] = '\uFFFC'
		}
		if rule.figure {
			m := &mention{start: start, end: end, text: string(rs[start:end]), class: ClassTrap, reason: rule.reason}
			inside(m)
			out = append(out, m)
		}
	}
	s := string(masked)
	sc := zh.NewCounter(s)
	limits := []int{len(s)} // byte offsets that no figure crosses, ascending
	for i := len(cuts) - 1; i >= 0; i-- {
		limits = append([]int{len(string(masked[:cuts[i]]))}, limits...)
	}
	for pos := 0; pos < len(s); {
		i := strings.IndexAny(s[pos:], numeralStart)
		if i < 0 {
			break
		}
		pos += i
		for limits[0] <= pos {
			limits = limits[1:]
		}
		end := min(limits[0], pos+maxMentionBytes) // the matcher's cost grows with its input
		if i := strings.IndexAny(s[pos:end], mentionStop); i >= 0 {
			end = pos + i
		}
		loc := mentionPattern.FindStringSubmatchIndex(s[pos:end])
		if loc == nil {
			_, size := utf8.DecodeRuneInString(s[pos:])
			pos += size
			continue
		}
		m, ok := readMention(mentionPattern, s[pos:], loc)
		if hi := 2 * mentionPattern.SubexpIndex("hi"); !ok && loc[hi] >= 0 {
			// not a range after all: read the first figure alone
			if l := singlePattern.FindStringSubmatchIndex(s[pos:end]); l != nil {
				loc = l
				m, ok = readMention(singlePattern, s[pos:], loc)
			}
		}
		if !ok {
			pos += loc[1]
			continue
		}
		m.start = sc.At(pos)
		m.end = m.start + zh.RuneLen(m.text)
		pos += loc[1]
		if latinAround(rs, m.start, m.end) {
			m.class, m.reason = ClassTrap, "part of a name such as 5G, IPv6 or C919"
		}
		inside(&m)
		out = append(out, &m)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// readMention parses one match loc of re in s.
func readMention(re *regexp.Regexp, s string, loc []int) (mention, bool) {
	g := map[string]string{}
	for i, name := range re.SubexpNames() {
		if name != "" && loc[2*i] >= 0 {
			g[name] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return parseMention(s[loc[0]:loc[1]], g)
}

// latinAround reports whether the figure at [start, end) touches a Latin
// letter, directly or across a hyphen: 5G, IPv6, C919, COVID-19.
func latinAround(rs []rune, start, end int) bool {
	if start > 0 && (zh.IsLatin(rs[start-1]) || rs[start-1] == '-' && start > 1 && zh.IsLatin(rs[start-2])) {
		return true
	}
	return end < len(rs) && zh.IsLatin(rs[end])
}
