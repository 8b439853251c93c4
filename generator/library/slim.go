package library

import (
	"strings"

	"mingbai/generator/policy"
	"mingbai/generator/summary"
	"mingbai/generator/translation"
)

// Slim returns the small facts of d that library-wide pages (the catalogue,
// the targets of all documents, the data page, data/*.json) need, as a Doc,
// so that a generator can keep one per document and drop the full model:
// the header, the outline of sections (IDs, labels, headings, without
// paragraphs), the targets, the overview, the seed's metadata (not its
// text), and every translation except those of paragraphs, whose statuses
// are kept so that the document's translation status stays the same.
//
// A site test builds the library pages from full and from slim documents
// and requires the same bytes, so that a library page that starts reading
// a dropped field is caught.
func (d *Doc) Slim() *Doc {
	s := *d.Seed
	s.Source = nil
	m := *d.Model
	m.Preamble, m.Epilogue, m.Repairs, m.Warnings, m.Notices = nil, nil, nil, nil, nil
	m.Sections = outline(d.Model.Sections)
	if c := d.Model.Cover; c != nil {
		cc := *c
		cc.Paragraphs = nil
		m.Cover = &cc
	}
	out := &Doc{Seed: &s, Model: &m, Targets: d.Targets, Trans: map[string]translation.Translation{}}
	for id, t := range d.Trans {
		if !isParagraph(id) {
			out.Trans[id] = t
		}
	}
	if d.Report != nil {
		r := *d.Report
		r.Translations = make([]translation.Translation, len(d.Report.Translations))
		for i, t := range d.Report.Translations {
			if isParagraph(t.ID) {
				t = translation.Translation{Unit: translation.Unit{ID: t.ID}, Status: t.Status}
			}
			r.Translations[i] = t
		}
		out.Report = &r
	}
	if d.Summaries != nil {
		out.Summaries = &summary.Summaries{Overview: d.Summaries.Overview}
	}
	return out
}

// outline copies sections without their paragraphs.
func outline(ss []*policy.Section) []*policy.Section {
	if ss == nil {
		return nil
	}
	out := make([]*policy.Section, len(ss))
	for i, s := range ss {
		c := *s
		c.Paragraphs = nil
		c.Sections = outline(s.Sections)
		out[i] = &c
	}
	return out
}

// isParagraph tells a paragraph's translation unit ("m07.p1",
// "preamble.p12") from the others ("title", "c2.heading", "issuers.1",
// "target.m07-t1.indicator").
func isParagraph(id string) bool {
	i := strings.LastIndexByte(id, '.')
	if i < 0 || len(id) < i+3 || id[i+1] != 'p' {
		return false
	}
	return strings.Trim(id[i+2:], "0123456789") == ""
}
