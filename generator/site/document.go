package site

import (
	"fmt"
	"strings"

	"mingbai/generator/library"
	"mingbai/generator/policy"
	"mingbai/generator/summary"
	"mingbai/generator/translation"
)

// document adds every page of one document in both languages.
func (fs Files) document(lib *library.Library, d *library.Doc, weight int) error {
	doc := d.Model
	up := parents(doc)
	all := ordered(doc)
	prov, err := provenanceOf(d)
	if err != nil {
		return err
	}
	fixes := fixesByPara(doc)
	// The glossary terms of a section are the same in both languages.
	terms := map[*policy.Section][]string{}
	for _, s := range all {
		terms[s] = termsOf(lib.Glossary, s)
	}
	for _, lang := range langs {
		dir := lang + "/" + doc.ID + "/"
		ov := overview(d, lang, weight)
		ov.Library, ov.Provenance, ov.Lastmod = factsOf(d, lang), prov, prov.Updated
		ov.Card = docCard(d, lang)
		if err := fs.page(dir+"_index.md", ov, ""); err != nil {
			return err
		}
		if err := fs.page(dir+"source.md", sourcePageOf(d, lang, prov), ""); err != nil {
			return err
		}
		for i, s := range all {
			p := sectionPageOf(d, s, lang, up[s], terms[s])
			p.Card = sectionCard(d, s, lang)
			for j := range p.Paras {
				p.Paras[j].Fixes = fixes[s.ID+"."+p.Paras[j].ID]
			}
			// Previous and next among sections of the same kind: chapter to
			// chapter, measure to measure, across chapters.
			for j := i - 1; j >= 0; j-- {
				if sectionKind(doc, all[j]) == sectionKind(doc, s) {
					t, tl := sectionTitle(d, all[j], lang)
					p.Prev = &pageRef{all[j].ID, t, tl}
					break
				}
			}
			for j := i + 1; j < len(all); j++ {
				if sectionKind(doc, all[j]) == sectionKind(doc, s) {
					t, tl := sectionTitle(d, all[j], lang)
					p.Next = &pageRef{all[j].ID, t, tl}
					break
				}
			}
			body := ""
			if p.Summary != "" { // an automatic summary with nothing to say is not shown
				body = heading(say(lang, "summary_heading", nil), "summary") + escape(p.Summary) + "\n"
			}
			if err := fs.page(dir+s.ID+".md", p, body); err != nil {
				return err
			}
		}
		ft := fullText(d, lang)
		for j, b := range ft.Blocks {
			if b.Kind == "para" {
				ft.Blocks[j].Fixes = fixes[b.Section+"."+strings.TrimPrefix(b.ID, b.Section+"-")]
			}
		}
		if err := fs.page(dir+"text.md", ft, ""); err != nil {
			return err
		}
		tp := plainPage{
			Title: say(lang, "targets_title", map[string]any{"Title": docTitle(d, lang)}), ID: "targets", Doc: doc.ID, Kind: "targets", Layout: "targets",
			TranslationKey: doc.ID + "/targets", Summary: targetsSummaryOf(d, lang),
			Downloads: downloads(doc.ID),
		}
		if err := fs.page(dir+"targets.md", tp, targetTable(d, lang, "../")+goalTables(d.Tables, lang)); err != nil {
			return err
		}
	}
	return nil
}

// targetsSummaryOf says how many targets a document sets: "1 quantitative
// target from …", never "1 … targets", and never an empty 《》.
func targetsSummaryOf(d *library.Doc, lang string) string {
	return say(lang, "targets_summary", map[string]any{"Count": len(d.Targets), "Title": docTitle(d, lang)})
}

func downloads(id string) []download {
	return []download{
		{"CSV", siteRel("data", id, "targets.csv")},
		{"JSON", siteRel("data", id, "targets.json")},
	}
}

// overview is the document page.
func overview(d *library.Doc, lang string, weight int) docPage {
	doc := d.Model
	title, tl := text(d, lang, "title", doc.TitleText())
	p := docPage{
		Title: title, TitleLang: tl, ID: doc.ID, Doc: doc.ID, Kind: "document", Layout: "document",
		TranslationKey: doc.ID, Date: doc.Date, Weight: weight, Translation: docStatus(d),
		DocNumber: doc.NumberText(), DateText: doc.DateText.Text, DateTextLang: dateLang(doc.DateText.Text), SourceURL: d.Seed.Meta.SourceURL,
		Retrieved: d.Seed.Meta.Retrieved, SHA256: d.Seed.SHA256(), SourceFile: siteRel("data", doc.ID, "source.txt"),
		Encoding: doc.Encoding, Jurisdiction: d.Seed.Meta.Jurisdiction, Source: startOf(doc),
		Issuers: []string{}, Targets: []string{}, Points: []string{}, Corrections: []correction{}, Warnings: []warning{},
	}
	p.DocNumberTr, _ = tr(d, "docNumber")
	for i, name := range doc.IssuerNames() {
		t, _ := text(d, lang, fmt.Sprintf("issuers.%d", i+1), name)
		p.Issuers = append(p.Issuers, t)
	}
	p.Cover = coverOf(d, lang)
	p.Standing = standingOf(doc)
	p.CiteTitle, p.CiteNote = citeTitle(doc), citeNote(doc, lang)
	p.Summary, p.SummaryKind, p.Points = overviewText(d, lang)
	p.KeyTerms = keyTerms(d)
	for _, t := range d.Targets {
		p.Targets = append(p.Targets, t.ID)
	}
	for _, s := range doc.Sections {
		h, _ := text(d, lang, s.ID+".heading", s.Heading)
		c := chapterRef{ID: s.ID, Label: label(s, lang), Heading: h, Measures: []measureRef{}}
		var sub func([]*policy.Section)
		sub = func(ss []*policy.Section) {
			for _, m := range ss {
				mh, _ := text(d, lang, m.ID+".heading", m.Heading)
				c.Measures = append(c.Measures, measureRef{ID: m.ID, Label: label(m, lang), Heading: mh})
				if m.Style != policy.StyleArticle {
					sub(m.Sections) // an article's clauses are read on its page
				}
			}
		}
		sub(s.Sections)
		p.Chapters = append(p.Chapters, c)
	}
	for _, r := range doc.Repairs {
		p.Corrections = append(p.Corrections, correction{r.Kind, r.Pos.Line, r.Pos.Col, r.Before, r.After, r.Reason, langOf(r.Reason)})
	}
	for _, w := range doc.Warnings {
		p.Warnings = append(p.Warnings, warning{w.Pos.Line, w.Pos.Col, w.Msg, langOf(w.Msg)})
	}
	return p
}

// startOf is where the document proper starts in its source: the title, or
// else the first section, else the first paragraph of the preamble. A
// document with none of them (a bare notice) starts at 1:1.
func startOf(doc *policy.Document) position {
	switch {
	case len(doc.Title) > 0:
		return position{doc.Title[0].Pos.Line, doc.Title[0].Pos.Col}
	case len(doc.Sections) > 0:
		return position{doc.Sections[0].Pos.Line, 1}
	case len(doc.Preamble) > 0:
		return position{doc.Preamble[0].Pos.Line, doc.Preamble[0].Pos.Col}
	}
	return position{1, 1}
}

// overviewText is the curated overview, or an automatic one built from the
// header and the chapter headings.
func overviewText(d *library.Doc, lang string) (string, abstractKind, []string) {
	if s := d.Summaries; s != nil && s.Overview.Zh != "" {
		if lang == "zh" {
			return s.Overview.Zh, abstractCurated, s.Overview.PointsZh
		}
		return s.Overview.En, abstractCurated, s.Overview.PointsEn
	}
	if lang != "zh" {
		// The English overview of a document without a curated one is
		// written by the template from the facts in the front matter
		// (layouts/_partials/autooverview.html), in English only.
		return "", abstractAuto, []string{}
	}
	doc := d.Model
	sum := "本文件"
	if t := doc.TitleText(); t != "" {
		sum = "《" + t + "》"
	}
	if doc.NumberText() != "" {
		sum += "（" + doc.NumberText() + "）"
	}
	if issuers := doc.IssuerNames(); len(issuers) > 0 {
		sum += "由" + strings.Join(issuers, "、") + "发布"
	}
	if doc.DateText.Text != "" {
		sum += "，日期为" + strings.Trim(doc.DateText.Text, "（）()")
	}
	c := countsOf(d)
	sum += "。"
	var parts []string
	if c.Parts > 0 {
		parts = append(parts, fmt.Sprintf("全文分%d部分", c.Parts))
	}
	if c.Measures > 0 {
		parts = append(parts, fmt.Sprintf("含%d条措施", c.Measures))
	}
	if c.Articles > 0 {
		parts = append(parts, fmt.Sprintf("共%d条", c.Articles))
	}
	if c.Targets > 0 {
		parts = append(parts, fmt.Sprintf("提出%d项量化目标。", c.Targets))
	} else {
		parts = append(parts, "没有量化目标。")
	}
	sum += strings.Join(parts, "，")
	return sum, abstractAuto, []string{}
}

// sectionPageOf is a chapter, article or measure page; terms are the IDs
// of the glossary terms in its text (termsOf).
func sectionPageOf(d *library.Doc, s *policy.Section, lang string, parent *policy.Section, terms []string) sectionPage {
	doc := d.Model
	title, tl := sectionTitle(d, s, lang)
	h, _ := text(d, lang, s.ID+".heading", s.Heading)
	hen, hst := tr(d, s.ID+".heading")
	p := sectionPage{
		Title: title, TitleLang: tl, LinkTitle: h, ID: s.ID, Doc: doc.ID, DocTitle: docTitle(d, lang),
		DocNumber: doc.NumberText(), Kind: sectionKind(doc, s), Layout: "sectionpage",
		TranslationKey: doc.ID + "/" + s.ID, Weight: s.Pos.Line, Label: label(s, lang), CiteLabel: citeLabel(doc, s, lang), CiteHeading: h,
		Translation: sectionStatus(d, s), Source: position{s.Pos.Line, s.Pos.Col},
		Heading: bilingual{s.Heading, hen, hst}, Paras: paras(d, s.ID, s.Paragraphs),
		Targets: []string{}, Terms: []string{},
	}
	var zhT []string
	var enT []summary.Figure
	for _, t := range d.Targets {
		if t.Section == s.ID {
			p.Targets = append(p.Targets, t.ID)
			zhT = append(zhT, summary.FigureZh(t.Indicator, t.Zh, t.Quote))
			ind, _ := indicator(d, t, "en")
			enT = append(enT, summary.Figure{Indicator: ind, Value: t.En})
		}
	}
	p.Summary, p.SummaryKind = summaryOf(d, s, lang, zhT, enT)
	p.Terms = terms
	if parent != nil {
		t, tl := sectionTitle(d, parent, lang)
		p.Parent = &pageRef{parent.ID, t, tl}
		p.Siblings = refs(d, parent.Sections, lang, s)
	}
	p.Measures = withOneLiners(d, refs(d, s.Sections, lang, nil), lang)
	if s.Style == policy.StyleArticle {
		p.Paras, p.Measures = articleParas(d, s, lang), nil
	}
	return p
}

// termsOf lists the IDs of the glossary terms in a section's heading and
// paragraphs, never nil.
func termsOf(glossary []translation.Term, s *policy.Section) []string {
	var zh strings.Builder
	zh.WriteString(s.Heading)
	for _, pg := range s.Text() {
		zh.WriteString(pg.Text)
	}
	if t := translation.TermsIn(glossary, zh.String()); t != nil {
		return t
	}
	return []string{}
}

// articleParas are the rows of an article's page in reading order
// (policy.Section.Flow): each paragraph (款) of the article, followed by its
// clauses with their labels in the margin (anchored a12-i03-p1).
//
//	第十二条 有下列情形之一的专家，……：
//	（一）违反有关法律规定……；
//	推荐单位获知专家出现以上情形的，……
func articleParas(d *library.Doc, s *policy.Section, lang string) []para {
	var rows []para
	var clause func(c *policy.Section)
	clause = func(c *policy.Section) {
		h, _ := text(d, lang, c.ID+".heading", c.Heading)
		for j, r := range paras(d, c.ID, c.Text()) {
			r.ID = c.ID + "-" + r.ID
			if j == 0 {
				r.Label = joinLabel(label(c, lang), h, lang)
			}
			rows = append(rows, r)
		}
		for _, sub := range c.Sections {
			clause(sub)
		}
	}
	for _, st := range s.Flow() {
		if st.Paragraph != nil {
			rows = append(rows, paras(d, s.ID, []*policy.Paragraph{st.Paragraph})...)
		} else {
			clause(st.Section)
		}
	}
	return rows
}

// refs are links to the sections ss, the one that is current marked.
func refs(d *library.Doc, ss []*policy.Section, lang string, current *policy.Section) []measureRef {
	var out []measureRef
	for _, c := range ss {
		h, _ := text(d, lang, c.ID+".heading", c.Heading)
		out = append(out, measureRef{ID: c.ID, Label: label(c, lang), Heading: h, Current: c == current})
	}
	return out
}

// fullText is the whole document, zh and en side by side.
func fullText(d *library.Doc, lang string) textPage {
	doc := d.Model
	p := textPage{
		Title: say(lang, "fulltext_title", map[string]any{"Title": docTitle(d, lang)}), ID: "text", Doc: doc.ID, Kind: "fulltext", Layout: "fulltext",
		TranslationKey: doc.ID + "/text", Translation: docStatus(d),
		Summary: say(lang, "fulltext_summary", map[string]any{"Title": docTitle(d, lang)}),
	}
	addParas := func(section, prefix string, pgs []*policy.Paragraph) {
		for _, r := range paras(d, prefix, pgs) {
			p.Blocks = append(p.Blocks, block{Kind: "para", ID: section + "-" + r.ID, Section: section, N: r.N, Zh: r.Zh, Sentences: r.Sentences, En: r.En, EnSentences: r.EnSentences, Status: r.Status, Notes: r.Notes})
		}
	}
	if c := doc.Cover; c != nil {
		en, st := tr(d, "cover.title")
		p.Blocks = append(p.Blocks, block{Kind: "heading", Level: 1, ID: "cover", Label: say(lang, "cover_label", nil), Zh: c.TitleText(doc), En: en, Status: st})
		addParas("cover", "cover", c.Paragraphs)
	}
	addParas("preamble", "preamble", doc.Preamble)
	var walk func(*policy.Section)
	walk = func(s *policy.Section) {
		en, st := tr(d, s.ID+".heading")
		p.Blocks = append(p.Blocks, block{Kind: "heading", Level: s.Level, ID: s.ID, Label: label(s, lang), Zh: s.Heading, En: en, Status: st})
		for _, step := range s.Flow() { // an article's items follow the paragraph (款) they belong to
			if step.Paragraph != nil {
				addParas(s.ID, s.ID, []*policy.Paragraph{step.Paragraph})
			} else {
				walk(step.Section)
			}
		}
	}
	for _, s := range doc.Sections {
		walk(s)
	}
	addParas("epilogue", "epilogue", doc.Epilogue)
	return p
}
