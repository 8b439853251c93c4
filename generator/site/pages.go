package site

import (
	"path"
	"regexp"
	"strconv"
	"strings"

	"mingbai/generator/library"
	"mingbai/generator/policy"
	"mingbai/generator/summary"
	"mingbai/generator/translation"
)

// langs are the site's languages; zh is authoritative.
var langs = []string{"zh", "en"}

// tr looks up the English of a unit. It returns the Chinese and "missing"
// when there is none, so that callers always have something to show.
func tr(d *library.Doc, id string) (string, string) {
	t, ok := d.Trans[id]
	if !ok || t.Status == translation.Missing {
		return "", translation.Missing
	}
	return t.En, t.Status
}

// text returns a unit's text in lang: the Chinese for zh; for en the
// translation, or the Chinese when there is none (with titleLang zh-CN).
func text(d *library.Doc, lang, id, zh string) (string, string) {
	if lang == "zh" {
		return zh, "zh-CN"
	}
	if en, st := tr(d, id); st != translation.Missing {
		return en, "en"
	}
	return zh, "zh-CN"
}

// docTitle is the document's title in lang.
func docTitle(d *library.Doc, lang string) string {
	t, _ := text(d, lang, "title", d.Model.TitleText())
	return t
}

// sectionTitle is "label heading" in lang; an item of an article is
// titled by its pinpoint citation, "Article 12(1)" (第十二条第（一）项),
// not by its bare "(1)".
func sectionTitle(d *library.Doc, s *policy.Section, lang string) (string, string) {
	h, hl := text(d, lang, s.ID+".heading", s.Heading)
	if h == "" {
		// The title is the label alone, "Article 12": in the page's language.
		hl = lang
		if lang == "zh" {
			hl = "zh-CN"
		}
	}
	if inArticle(d.Model, s) {
		return joinLabel(citeLabel(d.Model, s, lang), h, lang), hl
	}
	return joinLabel(label(s, lang), h, lang), hl
}

// summaryOf returns a section's summary in lang and its kind, curated or
// automatic. The automatic English summary (summary.AutoEn) names what the
// section's parts are about and each target with what it measures; it is
// "" when there is nothing a reader can use, and the page then shows none.
func summaryOf(d *library.Doc, s *policy.Section, lang string, targetsZh []string, figures []summary.Figure) (string, abstractKind) {
	if d.Summaries != nil {
		if sm, ok := d.Summaries.Sections[s.ID]; ok && sm.Zh != "" && sm.En != "" {
			if lang == "zh" {
				return sm.Zh, abstractCurated
			}
			return sm.En, abstractCurated
		}
	}
	limit := summary.MeasureLimit
	if s.Level == 1 {
		limit = summary.ChapterLimit
	}
	if lang == "zh" {
		return summary.Auto(s, targetsZh, limit.Zh), abstractAuto
	}
	var parts []string
	for _, c := range s.Sections {
		if en, st := tr(d, c.ID+".heading"); st != translation.Missing && en != "" {
			parts = append(parts, en)
		}
	}
	if sum := summary.AutoEn(parts, figures, limit.En); sum != "" {
		return sum, abstractAuto
	}
	return "", abstractNone
}

// sectionKind is the page kind of a section: chapters are top level,
// articles (第十二条) are articles wherever they stand, and so are the items
// of an article (第十二条第（一）项 is cited as part of its article, never
// as a measure).
func sectionKind(doc *policy.Document, s *policy.Section) string {
	switch {
	case s.Style == policy.StyleArticle || inArticle(doc, s):
		return "article"
	case s.Level == 1:
		return "chapter"
	}
	return "measure"
}

// ordered lists a document's sections in reading order.
func ordered(doc *policy.Document) []*policy.Section {
	var ss []*policy.Section
	doc.Walk(func(s *policy.Section) { ss = append(ss, s) })
	return ss
}

// parents maps each section to the section that holds it.
func parents(doc *policy.Document) map[*policy.Section]*policy.Section {
	up := map[*policy.Section]*policy.Section{}
	doc.Walk(func(s *policy.Section) {
		for _, c := range s.Sections {
			up[c] = s
		}
	})
	return up
}

// paras builds the aligned paragraph rows of a section (or of the preamble
// or epilogue, with prefix "preamble" / "epilogue").
func paras(d *library.Doc, prefix string, pgs []*policy.Paragraph) []para {
	var out []para
	s := sectionByID(d.Model, prefix)
	for _, pg := range pgs {
		en, st := tr(d, prefix+"."+pg.ID)
		// The Chinese is given once: as its sentences, whose concatenation
		// it is, or as a whole where the model has no sentences.
		zh, ss := pg.Text, sentencesOf(pg)
		if len(ss) > 0 {
			zh = ""
		}
		out = append(out, para{ID: pg.ID, N: paraNumber(pg.ID), Zh: zh, Sentences: ss,
			En: en, EnSentences: enSentences(en, ss), Status: st, Line: pg.Pos.Line, Col: pg.Pos.Col, Notes: editorNotes(d, prefix+"."+pg.ID),
			Cite: paraCite(d.Model, s, pg.ID)})
	}
	return out
}

// enSentences cuts the English of a paragraph into pieces aligned with its
// Chinese sentences (translation.Align), or returns nil when there is no
// English or it cannot be aligned (generator check reports that).
//
//	enSentences("Act. Strive.", ["行动。", "力争。"]) → ["Act. ", "Strive."]
func enSentences(en string, zh []string) []string {
	if en == "" || len(zh) == 0 {
		return nil
	}
	out, err := translation.Align(en, zh)
	if err != nil {
		return nil
	}
	return out
}

// paraNumber is the number of a paragraph ID: "p3" → 3, 0 for other IDs.
func paraNumber(id string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(id, "p"))
	if err != nil || !strings.HasPrefix(id, "p") {
		return 0
	}
	return n
}

// sentencesOf cuts a paragraph into the model's sentences, in order; their
// concatenation is the paragraph's text (translation.SentencesOf, which the
// English units are aligned with).
func sentencesOf(pg *policy.Paragraph) []string { return translation.SentencesOf(pg) }

// sectionStatus sums up the status of a section's units.
func sectionStatus(d *library.Doc, s *policy.Section) string {
	ids := []string{s.ID + ".heading"}
	for _, pg := range s.Text() {
		ids = append(ids, s.ID+"."+pg.ID)
	}
	return statusOf(d, ids)
}

func statusOf(d *library.Doc, ids []string) string {
	n := map[string]int{}
	for _, id := range ids {
		st := translation.Missing
		if t, ok := d.Trans[id]; ok {
			st = t.Status
		}
		n[st]++
	}
	switch {
	case n[translation.Current] == len(ids):
		return translation.Current
	case n[translation.Missing] == len(ids):
		return translation.Missing
	case n[translation.Stale] > 0:
		return translation.Stale
	}
	if !anyParaTranslated(d, ids) {
		return statusOutline
	}
	return "partial"
}

// statusOutline is the translation status of a page or document whose
// English is its headings (and title and overview) only: none of its
// paragraphs is translated. "English: headings and overview only", not
// "partial", which promises some of the text.
const statusOutline = "outline"

// paraUnitRE matches the ID of a paragraph's translation unit: m07.p1,
// preamble.p2, cover.p1, a12-i01.p1.
var paraUnitRE = regexp.MustCompile(`\.p\d+$`)

// anyParaTranslated reports whether any of the units ids (all of the
// document's when ids is nil) is a paragraph with English.
func anyParaTranslated(d *library.Doc, ids []string) bool {
	if ids == nil {
		for id := range d.Trans {
			ids = append(ids, id)
		}
	}
	for _, id := range ids {
		if t, ok := d.Trans[id]; ok && paraUnitRE.MatchString(id) && t.Status != translation.Missing {
			return true
		}
	}
	return false
}

// docStatus is a document's translation status (translation.Report.Status),
// with "outline" for a partial translation that has no paragraph in English.
//
//	complete, partial, outline, stale, missing
func docStatus(d *library.Doc) string {
	st := d.Report.Status()
	if st == "partial" && !anyParaTranslated(d, nil) {
		return statusOutline
	}
	return st
}

// siteRel is a path relative to the site root, for relURL in templates.
func siteRel(parts ...string) string { return path.Join(parts...) }
