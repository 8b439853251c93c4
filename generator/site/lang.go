package site

import (
	"strings"
	"unicode"
)

// langOf is the language of a short text the generator writes in either
// language, such as a correction's reason or a parser warning: Chinese
// ("zh-CN") when it has at least as many Han characters as Latin letters,
// else English ("en").
//
//	"numbering brackets normalised to full width" → "en"
//	"提取时把“和”误作 and"                        → "zh-CN"
func langOf(s string) string {
	han, latin := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			latin++
		}
	}
	if han >= latin {
		return "zh-CN"
	}
	return "en"
}

// dateLang is the language of a document's date as written: Chinese when
// it has 年, 月 or 日 ("（2024年6月20日）"), else none ("").
func dateLang(s string) string {
	if strings.ContainsAny(s, "年月日") {
		return "zh-CN"
	}
	return ""
}
