package site

import (
	"fmt"

	"mingbai/generator/policy"
)

// enLabel writes a section's numbering in English: 一、 → "1.", （七） → "(7)",
// 第三章 → "Chapter 3", 第十二条 → "Article 12", 第十七条之一 → "Article 17-1",
// 附件2 → "Annex 2", 第二编 → "Book 2".
func enLabel(s *policy.Section) string {
	switch s.Style {
	case policy.StyleChapter:
		return fmt.Sprintf("Chapter %d", s.Number)
	case policy.StyleSection:
		return fmt.Sprintf("Section %d", s.Number)
	case policy.StyleArticle:
		if s.Sub > 0 {
			return fmt.Sprintf("Article %d-%d", s.Number, s.Sub) // 第十七条之一
		}
		return fmt.Sprintf("Article %d", s.Number)
	case policy.StyleAttachment:
		return fmt.Sprintf("Annex %d", s.Number)
	case policy.StylePian:
		return fmt.Sprintf("Part %d", s.Number)
	case policy.StyleBian:
		return fmt.Sprintf("Book %d", s.Number)
	case policy.StyleFenbian:
		return fmt.Sprintf("Sub-book %d", s.Number)
	case policy.StyleParenHan, policy.StyleParenArabic:
		return fmt.Sprintf("(%d)", s.Number)
	}
	return fmt.Sprintf("%d.", s.Number)
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
