package site

import "mingbai/generator/policy"

// enLabel writes a section's numbering in English: 一、 → "1.", （七） → "(7)",
// 第三章 → "Chapter 3", 第十二条 → "Article 12", 第十七条之一 → "Article 17-1",
// 附件2 → "Annex 2", 第二编 → "Book 2" (i18n/en.toml, section_*).
func enLabel(s *policy.Section) string {
	key := styleKey[s.Style]
	if key == "" {
		key = "numbered"
	}
	n := map[string]any{"Number": s.Number}
	if s.Style == policy.StyleArticle && s.Sub > 0 {
		n["Sub"] = s.Sub // 第十七条之一
	}
	return say("en", "section_"+key, n)
}

// styleKey names a numbering style in the i18n keys section_<key>; any
// other style is "numbered" (一、, 1.).
var styleKey = map[policy.Style]string{
	policy.StyleChapter: "chapter", policy.StyleSection: "section", policy.StyleArticle: "article",
	policy.StyleAttachment: "attachment", policy.StylePian: "pian", policy.StyleBian: "bian",
	policy.StyleFenbian: "fenbian", policy.StyleParenHan: "paren", policy.StyleParenArabic: "paren",
}

// label returns the section's numbering in a language.
func label(s *policy.Section, lang string) string {
	if lang == "en" {
		return enLabel(s)
	}
	return s.Label
}

// joinLabel puts a label before a heading: "（七）培育壮大新兴产业",
// "(7) Cultivate and strengthen emerging industries".
func joinLabel(lbl, head, lang string) string {
	if lang == "en" || head == "" {
		if head == "" {
			return lbl
		}
		return lbl + " " + head
	}
	return lbl + head
}
