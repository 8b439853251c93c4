package translation

import (
	"fmt"
	"strings"

	"mingbai/generator/policy"
	"mingbai/generator/summary"
)

// editorial runs the checks of the house style (seeds/STYLE.md) and the
// editor's notes on one document. Problems (spelling, dates, brackets,
// misplaced notes, glossary terms, and the rules of text (see textRules))
// are errors whether or not the document is complete; Polish (quotes,
// naming, long sentences) fails a complete document.
func (r *Report) editorial(doc *policy.Document, f *File, terms []Term, sums *summary.Summaries) {
	chapters := false
	doc.Walk(func(s *policy.Section) { chapters = chapters || s.Style == policy.StyleChapter })
	g := Genre{Opinions: doc.Genre == policy.GenreOpinions, Chapters: chapters}
	var texts []text
	for _, t := range r.Translations {
		if t.En == "" {
			continue
		}
		for _, s := range Style(t.En, t.Zh, g) {
			r.add(s, f.lines.find(unitHeader(t.ID), s.Found, s.Msg))
		}
		if len(t.Sentences) > 1 {
			// #p1.s2 must name the same sentence in both languages.
			if _, err := Align(t.En, t.Sentences); err != nil {
				r.Polish = append(r.Polish, f.lines.find(unitHeader(t.ID), "en =", fmt.Sprintf("unit %s: %v", t.ID, err)))
			}
		}
		texts = append(texts, text{"unit " + t.ID, t.Zh, t.En, f.lines, unitHeader(t.ID), "en =", t.Recorded != ""})
	}
	for _, id := range sortedKeys(f.Entries) {
		for _, n := range f.Entries[id].Notes {
			texts = append(texts, text{"editor's note on " + id, n.NoteZh, n.NoteEn, f.lines, noteHeader(id), "note-en =", false})
		}
	}
	r.Problems = append(r.Problems, noteProblems(f, r.units(), g)...)
	if sums != nil {
		sl := readLines(sums.Path)
		add := func(id, zh, en, key string) {
			if en == "" {
				return
			}
			header := "[" + id + "]"
			for _, s := range Style(en, zh, g) {
				r.add(s, sl.find(header, s.Found, s.Msg))
			}
			texts = append(texts, text{"summary " + id, zh, en, sl, header, key, true})
		}
		o := sums.Overview
		add("overview", o.Zh, o.En, "en =")
		for i := range min(len(o.PointsZh), len(o.PointsEn)) {
			add("overview", o.PointsZh[i], o.PointsEn[i], excerptEn(o.PointsEn[i]))
		}
		for _, id := range sortedKeys(sums.Sections) {
			sec := sums.Sections[id]
			add(id, sec.Zh, sec.En, "en =")
			add(id, sec.LineZh, sec.LineEn, "line-en =")
		}
	}
	r.Problems = append(r.Problems, termProblems(texts, terms)...)
	r.Problems = append(r.Problems, textRules(texts)...)
}

// text is one piece of a document's English with the Chinese it renders,
// and where it is written: a translation unit, an editor's note, or a
// summary. Paired is set where the English is checked against its Chinese
// clause by clause: a unit that carries a hash (the translator reviewed it
// against the Chinese) and a curated summary.
type text struct {
	where, zh, en string
	lines         lines
	header, key   string // the table header and the line that holds the English
	paired        bool
}

// at is the problem msg at the first occurrence of needle in t's table,
// or at its key line when the table does not contain needle.
func (t text) at(needle, msg string) Problem {
	return t.lines.findIn(t.header, msg, needle, t.key)
}

// termProblems checks every text against the glossary: a term in the
// Chinese is rendered as its English (or a variant) in the English; a
// rendering the glossary avoids occurs nowhere; and a document uses one
// rendering of a term throughout, even where the glossary allows two.
func termProblems(texts []text, terms []Term) []Problem {
	var out []Problem
	first := map[string]text{} // the first text that renders a term, by term ID
	for _, x := range texts {
		for _, a := range avoided(x.en, terms) {
			out = append(out, x.at(a.Found, x.where+": "+a.Msg))
		}
		for _, t := range terms {
			if t.Zh == "" || !strings.Contains(x.zh, t.Zh) {
				continue
			}
			i := t.Rendering(x.en)
			if i < 0 {
				out = append(out, x.at(x.key, fmt.Sprintf("%s: glossary term %s is not rendered as %q%s", x.where, t.Zh, t.En, variantsNote(t))))
				continue
			}
			f, ok := first[t.ID]
			if !ok {
				first[t.ID] = x
				continue
			}
			if j := t.Rendering(f.en); j != i {
				rs := append([]string{t.En}, t.Variants...)
				out = append(out, x.at(x.key, fmt.Sprintf("%s: glossary term %s is rendered “%s” here and “%s” in %s: use one rendering in a document", x.where, t.Zh, rs[i], rs[j], f.where)))
			}
		}
	}
	return out
}

// excerptEn is the start of an English text, to find it in its file.
//
//	excerptEn("Five-year targets: society-wide R&D…") → "Five-year targets: socie"
func excerptEn(en string) string {
	rs := []rune(en)
	return string(rs[:min(len(rs), 24)])
}

// add files a house-style Finding at p under Problems or Polish.
func (r *Report) add(f Finding, p Problem) {
	if f.Strict {
		r.Problems = append(r.Problems, p)
	} else {
		r.Polish = append(r.Polish, p)
	}
}

func (r *Report) units() []Unit {
	us := make([]Unit, len(r.Translations))
	for i, t := range r.Translations {
		us[i] = t.Unit
	}
	return us
}

func variantsNote(t Term) string {
	if len(t.Variants) == 0 {
		return ""
	}
	return " (or “" + strings.Join(t.Variants, "”, “") + "”)"
}

// avoided finds the renderings that the glossary rules out for a term.
// The term's own renderings are masked first, so that "quality consumer
// goods" can be avoided while "high-quality specialty consumer goods" is
// the rendering.
func avoided(en string, terms []Term) []Finding {
	var out []Finding
	for _, t := range terms {
		if len(t.Avoid) == 0 {
			continue
		}
		low := strings.ToLower(en)
		for _, ok := range append([]string{t.En}, t.Variants...) {
			if ok != "" {
				low = strings.ReplaceAll(low, strings.ToLower(ok), strings.Repeat("\x00", len(ok)))
			}
		}
		for _, a := range t.Avoid {
			if i := strings.Index(low, strings.ToLower(a)); a != "" && i >= 0 {
				found := a
				if len(low) == len(en) {
					found = en[i : i+len(a)]
				}
				out = append(out, Finding{found, "“" + found + "” renders " + t.Zh + " otherwise than the glossary: write “" + t.En + "”" + variantsNote(t), false})
			}
		}
	}
	return out
}
