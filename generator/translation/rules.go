package translation

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"
)

// numericYishangRE matches 以上 after a number, where it means "or more":
// 9%以上, 1.3万亿斤以上, 3000万人以上, 5家以上; not 以上 after a level
// (省级及以上, "at the provincial level and above") or as "the above".
var numericYishangRE = regexp.MustCompile(`[0-9０-９一二三四五六七八九十百千万亿两][0-9０-９.．%％一二三四五六七八九十百千万亿两]*[^\s0-9，。；、：“”（）()]{0,3}以上`)

// orMoreRE matches the house rendering of 以上 after a number.
var orMoreRE = regexp.MustCompile(`\bor more\b`)

// isToRE matches "is to" and "are to", the English of a plan.
var isToRE = regexp.MustCompile(`\b(?:is|are) to\b`)

// textRules checks what can be checked of modality and quantity between a
// text's Chinese and its English (seeds/STYLE.md):
//
//   - 以上 after a number is “or more”: a paired text (a unit that carries
//     a hash, or a curated summary) has “or more” at least as often as its
//     Chinese has a number followed by 以上 (9%以上 → “9% or more”, not
//     “over 9%”, “above 9%” or “at least 9%”);
//   - 力争 is “strive to” or “aim to”: a text whose Chinese has 力争 does not
//     say “is to” or “are to”, which would state an aim as a plan.
func textRules(texts []text) []Problem {
	var out []Problem
	for _, x := range texts {
		en := Plain(x.en)
		if n := len(numericYishangRE.FindAllString(x.zh, -1)); x.paired && n > len(orMoreRE.FindAllString(en, -1)) {
			out = append(out, x.at(firstOf(en, "at least", "over", "above", "more than"), fmt.Sprintf(
				"%s: 以上 after a number is “or more” (9%%以上 → “9%% or more”), not “over”, “above” or “at least”: %d in the Chinese, %d in the English", x.where, n, len(orMoreRE.FindAllString(en, -1)))))
		}
		if strings.Contains(x.zh, "力争") {
			if m := isToRE.FindString(en); m != "" {
				out = append(out, x.at(m, fmt.Sprintf("%s: %q renders 力争, which sets an aim: write “strive to” or “aim to”, or leave the aim out of the clause (seeds/STYLE.md, modal verbs)", x.where, m)))
			}
		}
	}
	return out
}

// firstOf returns whichever of words occurs first in en, or "".
//
//	firstOf("grow by over 9%, at least", "at least", "over") → "over"
func firstOf(en string, words ...string) string {
	best, at := "", len(en)
	for _, w := range words {
		if i := strings.Index(en, w); i >= 0 && i < at {
			best, at = w, i
		}
	}
	return best
}

// tomlKeyRE matches the key of a key/value line in a TOML file: the part
// of the line the house style does not apply to.
//
//	tcmp_towards = "toward"
var tomlKeyRE = regexp.MustCompile(`^\s*[A-Za-z0-9_.\-"]+\s*=`)

// jsonKeyRE matches a key of a JSON object.
//
//	"comparator":
var jsonKeyRE = regexp.MustCompile(`"(?:[^"\\]|\\.)*"\s*:`)

// UIProblems checks the English UI strings of the site (a Hugo i18n file
// such as i18n/en.toml) against the house style: no banned spelling
// (“programmes”), and a comma or full stop inside a closing quote. Keys,
// table headers and comments are not English and are left alone.
//
//	i18n/en.toml:220:9: "programmes": write "programs" (house style, seeds/STYLE.md)
func UIProblems(path string) ([]Problem, error) {
	return scanLines(path, func(line string) string {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "#") || tableHeaderRE.MatchString(t) {
			return ""
		}
		return mask(line, tomlKeyRE)
	}, true)
}

// DataProblems checks the English of the data files the site offers for
// download and reads (JSON and CSV under the folders dirs, such as data/
// and static/data/) for banned spellings: a comparator “towards” is
// reported like a translation's. JSON keys are names, not English, and
// are left alone. A folder that does not exist has no problems.
//
//	static/data/x/targets.csv:3:41: "towards": write "toward" (house style, seeds/STYLE.md)
func DataProblems(dirs ...string) ([]Problem, error) {
	return scanDirs(dirs, map[string]func() func(string) string{
		".json": func() func(string) string { return func(line string) string { return mask(line, jsonKeyRE) } },
		".csv":  func() func(string) string { return func(line string) string { return line } },
	})
}

// PageProblems checks the English pages the generator writes (Markdown
// under the folders dirs, such as content/en/) for banned spellings: a
// page's labels and prose come from Go code as well as from the seeds, so
// “Plans and programmes” on a library page is reported where it stands.
// Of the TOML front matter (between +++ lines) only the values of the keys
// a reader sees (pageTextKeys) are English; the rest are names (kind =
// 'catalogue' names a layout) and are left alone, like the keys.
//
//	content/en/library/genre-plan.md:2:35: "programmes": write "programs" (house style, seeds/STYLE.md)
func PageProblems(dirs ...string) ([]Problem, error) {
	return scanDirs(dirs, map[string]func() func(string) string{
		".md": func() func(string) string {
			fences := 0
			return func(line string) string {
				if strings.TrimSpace(line) == "+++" {
					fences++
					return ""
				}
				if fences != 1 {
					return line
				}
				k := tomlKeyRE.FindString(line)
				if !pageTextKeys[strings.Trim(strings.TrimSpace(strings.TrimSuffix(k, "=")), `"`)] {
					return ""
				}
				return mask(line, tomlKeyRE)
			}
		},
	})
}

// pageTextKeys are the front-matter keys of a page whose values are
// English a reader sees.
var pageTextKeys = map[string]bool{"title": true, "linkTitle": true, "label": true, "description": true, "abstract": true, "summary": true}

// scanDirs reports the banned spellings in every file under dirs whose
// extension english has, each line as the function english[ext]() makes
// for the file gives it. A folder that does not exist has no problems.
func scanDirs(dirs []string, english map[string]func() func(string) string) ([]Problem, error) {
	var out []Problem
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if os.IsNotExist(err) && path == dir {
					return filepath.SkipDir
				}
				return err
			}
			en, ok := english[filepath.Ext(path)]
			if d.IsDir() || !ok {
				return nil
			}
			ps, err := scanLines(path, en(), false)
			out = append(out, ps...)
			return err
		})
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// scanLines reports the banned spellings (and, with quotes, punctuation
// outside a closing quote) in the English of each line of the file at
// path, as english(line) gives it: the line with the parts that are not
// English blanked out, so that columns stay where they are.
func scanLines(path string, english func(string) string, quotes bool) ([]Problem, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []Problem
	for i, line := range strings.Split(string(b), "\n") {
		en := english(line)
		fs := spelling(en)
		if quotes {
			fs = append(fs, outsideQuotes(en)...)
		}
		from := map[string]int{} // where to look for the next finding of the same text
		for _, f := range fs {
			if k := strings.Index(en[from[f.Found]:], f.Found); k >= 0 {
				k += from[f.Found]
				from[f.Found] = k + len(f.Found)
				out = append(out, Problem{path, i + 1, utf8.RuneCountInString(en[:k]) + 1, f.Msg})
			}
		}
	}
	return out, nil
}

// mask blanks out every match of re in line, keeping its length.
//
//	mask(`tcmp_towards = "toward"`, tomlKeyRE) → `               "toward"`
func mask(line string, re *regexp.Regexp) string {
	return re.ReplaceAllStringFunc(line, func(m string) string { return strings.Repeat(" ", len(m)) })
}
