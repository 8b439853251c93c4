// Package summary reads a document's curated plain-language summaries
// (summaries.toml), checks their length limits, and writes automatic
// summaries where none is curated.
package summary

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"mingbai/generator/tomlfile"
)

// Summaries are a document's curated plain-language explainers,
// summaries.toml: an overview with five key points, and one summary per
// chapter and measure, in both languages.
//
//	[overview]
//	zh = "这是中共辽宁省委、辽宁省人民政府2024年6月20日印发的意见…"
//	en = "This is a joint opinion of Liaoning's Provincial Party Committee…"
//	points-zh = ["…", "…", "…", "…", "…"]
//	points-en = ["…", "…", "…", "…", "…"]
//	[m07]
//	zh = "…"
//	en = "…"
//	line-zh = "为软件、生物医药、航空、船舶和轨道交通装备等集群设定规模目标。"
//	line-en = "Scale targets for software, biomedicine, aviation, shipbuilding and rail equipment clusters."
type Summaries struct {
	Overview Overview
	Sections map[string]Summary
	Path     string // the file read, to locate problems in it
}

// Overview is the document overview.
type Overview struct {
	Zh       string   `toml:"zh"`
	En       string   `toml:"en"`
	PointsZh []string `toml:"points-zh"`
	PointsEn []string `toml:"points-en"`
}

// Summary is the summary of one chapter or measure.
type Summary struct {
	Zh string `toml:"zh"`
	En string `toml:"en"`
	// LineZh and LineEn are the measure in one line, shown under its link
	// on the chapter page; without them the page shows the summary's first
	// sentence.
	LineZh string `toml:"line-zh"`
	LineEn string `toml:"line-en"`
}

// section is a table of summaries.toml as written: [overview] or a section.
type section struct {
	Overview
	LineZh string `toml:"line-zh"`
	LineEn string `toml:"line-en"`
}

// Limits on summary length, in Chinese characters (every non-space rune,
// punctuation included) and English words.
var (
	OverviewLimit = Limit{Zh: 400, En: 200}
	ChapterLimit  = Limit{Zh: 120, En: 60}
	MeasureLimit  = Limit{Zh: 100, En: 50}
	LineLimit     = Limit{Zh: 40, En: 20}
)

// Limit is a length limit for a summary.
type Limit struct{ Zh, En int }

// Load reads summaries.toml. A missing file gives nil: the
// document has no curated summaries.
func Load(path string) (*Summaries, error) {
	var raw map[string]section
	if found, err := tomlfile.Read(path, &raw); !found || err != nil {
		return nil, err
	}
	sum := &Summaries{Overview: raw["overview"].Overview, Sections: map[string]Summary{}, Path: path}
	for id, o := range raw {
		if id == "overview" {
			if o.LineZh+o.LineEn != "" {
				return nil, fmt.Errorf("%s: [overview]: only a section has a one-line summary (line-zh, line-en)", path)
			}
			continue
		}
		if len(o.PointsZh)+len(o.PointsEn) > 0 {
			return nil, fmt.Errorf("%s: [%s]: only [overview] has key points", path, id)
		}
		sum.Sections[id] = Summary{Zh: o.Zh, En: o.En, LineZh: o.LineZh, LineEn: o.LineEn}
	}
	return sum, nil
}

// CountZh counts the characters of Chinese text: every rune but white space.
func CountZh(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// CountEn counts the words of English text.
func CountEn(s string) int { return len(strings.Fields(s)) }

// OverLimit describes a summary longer than its limit.
type OverLimit struct {
	ID   string // "overview" or a section ID
	Lang string
	N    int
	Max  int
}

func (o OverLimit) String() string {
	unit := "characters"
	if o.Lang == "en" {
		unit = "words"
	}
	return fmt.Sprintf("summary %s (%s) has %d %s; the limit is %d", o.ID, o.Lang, o.N, unit, o.Max)
}

// Check reports every summary over its limit. isChapter tells chapters
// (top-level sections) from measures.
func (s *Summaries) Check(isChapter func(id string) bool) []OverLimit {
	var out []OverLimit
	check := func(id string, zh, en string, l Limit) {
		if n := CountZh(zh); n > l.Zh {
			out = append(out, OverLimit{id, "zh", n, l.Zh})
		}
		if n := CountEn(en); n > l.En {
			out = append(out, OverLimit{id, "en", n, l.En})
		}
	}
	o := s.Overview
	check("overview", o.Zh+strings.Join(o.PointsZh, ""), o.En+" "+strings.Join(o.PointsEn, " "), OverviewLimit)
	for _, id := range slices.Sorted(maps.Keys(s.Sections)) {
		l := MeasureLimit
		if isChapter(id) {
			l = ChapterLimit
		}
		check(id, s.Sections[id].Zh, s.Sections[id].En, l)
		check(id+" (one line)", s.Sections[id].LineZh, s.Sections[id].LineEn, LineLimit)
	}
	return out
}

// FirstSentence is the first sentence of a summary: up to the first 。！？
// in Chinese, or the first full stop that a capital letter follows in
// English.
//
//	"Companies are to lead innovation. The province plans…" → "Companies are to lead innovation."
func FirstSentence(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		switch r {
		case '。', '！', '？':
			return string(rs[:i+1])
		case '.', '!', '?':
			j := i + 1
			for j < len(rs) && (rs[j] == '”' || rs[j] == '’' || rs[j] == ')') {
				j++
			}
			if j < len(rs) && unicode.IsSpace(rs[j]) {
				k := j
				for k < len(rs) && unicode.IsSpace(rs[k]) {
					k++
				}
				if k < len(rs) && (unicode.IsUpper(rs[k]) || rs[k] == '“') {
					return string(rs[:j])
				}
			}
		}
	}
	return s
}
