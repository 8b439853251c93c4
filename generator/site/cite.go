package site

import (
	"fmt"
	"unicode"

	"mingbai/generator/policy"
)

// citeLabel names a section in a citation, in the page's language. English
// spells out the kind and uses Arabic numerals whatever the source wrote:
// （七） → "Measure 7", 三、 → "Chapter 3", 第十二条 → "Article 12" (a label
// enLabel already writes as words is kept). Chinese keeps the numbering as
// written: "（七）", "三、", "第十二条".
func citeLabel(s *policy.Section, lang string) string {
	if lang != "en" {
		return s.Label
	}
	if l := enLabel(s); l != "" && unicode.IsLetter([]rune(l)[0]) {
		return l
	}
	return fmt.Sprintf("%s %d", kindName(s), s.Number)
}
