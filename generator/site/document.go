package site

import (
	"fmt"
	"strings"

	"mingbai/generator/library"
	"mingbai/generator/policy"
	"mingbai/generator/translation"
)

// document adds every page of one document in both languages.
func (fs Files) document(lib *library.Library, d *library.Doc, weight int) error {
	doc := d.Model
	up := parents(doc)
	all := ordered(doc)
	for _, lang := range langs {
		dir := lang + "/" + doc.ID + "/"
		if err := fs.page(dir+"_index.md", overview(d, lang, weight), ""); err != nil {
			return err
		}
		for i, s := range all {
			p := sectionPageOf(lib, d, s, lang, up[s])
			// Previous and next among sections of the same kind: chapter to
			// chapter, measure to measure, across chapters.
			for j := i - 1; j >= 0; j-- {
				if sectionKind(all[j]) == sectionKind(s) {
					t, _ := sectionTitle(d, all[j], lang)
					p.Prev = &pageRef{all[j].ID, t}
					break
				}
			}
			for j := i + 1; j < len(all); j++ {
				if sectionKind(all[j]) == sectionKind(s) {
					t, _ := sectionTitle(d, all[j], lang)
					p.Next = &pageRef{all[j].ID, t}
					break
				}
			}
			if err := fs.page(dir+s.ID+".md", p, heading(summaryHeading[lang], "summary")+escape(p.Summary)+"\n"); err != nil {
				return err
			}
		}
		if err := fs.page(dir+"text.md", fullText(d, lang), ""); err != nil {
			return err
		}
		tp := plainPage{
			Title: fmt.Sprintf(targetsTitle[lang], docTitle(d, lang)), ID: "targets", Doc: doc.ID, Kind: "targets", Layout: "targets",
			TranslationKey: doc.ID + "/targets", Summary: fmt.Sprintf(targetsSummary[lang], len(d.Targets), docTitle(d, lang)),
			Downloads: downloads(doc.ID),
		}
		if err := fs.page(dir+"targets.md", tp, targetTable(d, lang, "../")+goalTables(d.Tables, lang)); err != nil {
			return err
		}
	}
	return nil
}

var (
	summaryHeading = map[string]string{"zh": "要点", "en": "What it means"}
	targetsTitle   = map[string]string{"zh": "目标一览：%s", "en": "Targets: %s"}
	targetsSummary = map[string]string{"zh": "共%[1]d项量化目标，摘自《%[2]s》。", "en": "%[1]d quantitative targets from %[2]s."}
)

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
		TranslationKey: doc.ID, Date: doc.Date, Weight: weight, Translation: d.Report.Status(),
		DocNumber: doc.DocNumber.Text, DateText: doc.DateText.Text, DateTextLang: dateLang(doc.DateText.Text), SourceURL: d.Seed.Meta.SourceURL,
		Retrieved: d.Seed.Meta.Retrieved, SHA256: d.Seed.SHA256(), SourceFile: siteRel("data", doc.ID, "source.txt"),
		Encoding: doc.Encoding, Jurisdiction: d.Seed.Meta.Jurisdiction, Source: startOf(doc),
		Issuers: []string{}, Targets: []string{}, Points: []string{}, Corrections: []correction{}, Warnings: []warning{},
	}
	p.DocNumberTr, _ = tr(d, "docNumber")
	for i, f := range doc.Issuers {
		t, _ := text(d, lang, fmt.Sprintf("issuers.%d", i+1), f.Text)
		p.Issuers = append(p.Issuers, t)
	}
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
				sub(m.Sections)
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
	doc := d.Model
	var points []string
	for _, s := range doc.Sections {
		if len(points) == 5 {
			break
		}
		t, _ := sectionTitle(d, s, lang)
		points = append(points, t)
	}
	issuers := []string{}
	for _, f := range doc.Issuers {
		issuers = append(issuers, f.Text)
	}
	if lang == "zh" {
		sum := fmt.Sprintf("《%s》", doc.TitleText())
		if doc.DocNumber.Text != "" {
			sum += "（" + doc.DocNumber.Text + "）"
		}
		if len(issuers) > 0 {
			sum += "由" + strings.Join(issuers, "、") + "发布"
		}
		if doc.Date != "" {
			sum += "，日期" + doc.Date
		}
		sum += fmt.Sprintf("。全文分%d部分，含%d项量化目标。", len(doc.Sections), len(d.Targets))
		return sum, abstractAuto, points
	}
	sum := fmt.Sprintf("A document titled 《%s》", doc.TitleText())
	if doc.DocNumber.Text != "" {
		sum += " (" + doc.DocNumber.Text + ")"
	}
	if doc.Date != "" {
		sum += ", dated " + doc.Date
	}
	sum += fmt.Sprintf(". It has %d parts and %d quantitative targets.", len(doc.Sections), len(d.Targets))
	if d.Report.Status() == translation.Missing {
		sum += " An English translation is not yet available."
	}
	return sum, abstractAuto, points
}

// sectionPageOf is a chapter or measure page.
func sectionPageOf(lib *library.Library, d *library.Doc, s *policy.Section, lang string, parent *policy.Section) sectionPage {
	doc := d.Model
	title, tl := sectionTitle(d, s, lang)
	h, _ := text(d, lang, s.ID+".heading", s.Heading)
	hen, hst := tr(d, s.ID+".heading")
	p := sectionPage{
		Title: title, TitleLang: tl, LinkTitle: h, ID: s.ID, Doc: doc.ID, DocTitle: docTitle(d, lang),
		DocNumber: doc.DocNumber.Text, Kind: sectionKind(s), Layout: "sectionpage",
		TranslationKey: doc.ID + "/" + s.ID, Weight: s.Pos.Line, Label: label(s, lang),
		Translation: sectionStatus(d, s), Source: position{s.Pos.Line, s.Pos.Col},
		Heading: bilingual{s.Heading, hen, hst}, Paras: paras(d, s.ID, s.Paragraphs),
		Targets: []string{}, Terms: []string{},
	}
	var zhT, enT []string
	for _, t := range d.Targets {
		if t.Section == s.ID {
			p.Targets = append(p.Targets, t.ID)
			zhT = append(zhT, t.Zh)
			enT = append(enT, t.En)
		}
	}
	p.Summary, p.SummaryKind = summaryOf(d, s, lang, zhT, enT)
	var zh strings.Builder
	zh.WriteString(s.Heading)
	for _, pg := range s.Paragraphs {
		zh.WriteString(pg.Text)
	}
	if p.Terms = translation.TermsIn(lib.Glossary, zh.String()); p.Terms == nil {
		p.Terms = []string{}
	}
	if parent != nil {
		t, _ := sectionTitle(d, parent, lang)
		p.Parent = &pageRef{parent.ID, t}
		p.Siblings = refs(d, parent.Sections, lang, s)
	}
	p.Measures = withOneLiners(d, refs(d, s.Sections, lang, nil), lang)
	return p
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
		Title: fmt.Sprintf(fullTextTitle[lang], docTitle(d, lang)), ID: "text", Doc: doc.ID, Kind: "fulltext", Layout: "fulltext",
		TranslationKey: doc.ID + "/text", Translation: d.Report.Status(),
		Summary: fmt.Sprintf(fullTextSummary[lang], docTitle(d, lang)),
	}
	addParas := func(section, prefix string, pgs []*policy.Paragraph) {
		for _, r := range paras(d, prefix, pgs) {
			p.Blocks = append(p.Blocks, block{Kind: "para", ID: section + "-" + r.ID, Section: section, Zh: r.Zh, En: r.En, Status: r.Status, Notes: r.Notes})
		}
	}
	addParas("preamble", "preamble", doc.Preamble)
	for _, s := range ordered(doc) {
		en, st := tr(d, s.ID+".heading")
		p.Blocks = append(p.Blocks, block{Kind: "heading", Level: s.Level, ID: s.ID, Label: label(s, lang), Zh: s.Heading, En: en, Status: st})
		addParas(s.ID, s.ID, s.Paragraphs)
	}
	addParas("epilogue", "epilogue", doc.Epilogue)
	return p
}

var (
	fullTextTitle   = map[string]string{"zh": "全文对照：%s", "en": "Full text: %s"}
	fullTextSummary = map[string]string{"zh": "《%s》中英文全文，逐段对照。", "en": "The full text of %s in Chinese and English, paragraph by paragraph."}
)
