package translation

import (
	"strings"

	"mingbai/generator/policy"
	"mingbai/generator/summary"
)

// editorial runs the checks of the house style (seeds/STYLE.md) and the
// editor's notes on one document. Problems (spelling, dates, brackets,
// misplaced notes) are errors whether or not the document is complete;
// Polish (quotes, naming, long sentences, a glossary term rendered
// otherwise in a summary, an avoided rendering) fails a complete document.
func (r *Report) editorial(doc *policy.Document, f *File, terms []Term, sums *summary.Summaries) {
	chapters := false
	doc.Walk(func(s *policy.Section) { chapters = chapters || s.Style == policy.StyleChapter })
	g := Genre{Opinions: doc.Genre == policy.GenreOpinions, Chapters: chapters}
	for _, t := range r.Translations {
		if t.En == "" {
			continue
		}
		for _, s := range Style(t.En, t.Zh, g) {
			r.add(s, f.lines.find(unitHeader(t.ID), s.Found, s.Msg))
		}
		for _, a := range avoided(t.En, terms) {
			r.Polish = append(r.Polish, f.lines.find(unitHeader(t.ID), a.Found, a.Msg))
		}
	}
	r.Problems = append(r.Problems, noteProblems(f, r.units(), g)...)
	if sums == nil {
		return
	}
	check := func(id, zh, en, key string) {
		header := "[" + id + "]"
		for _, s := range Style(en, zh, g) {
			r.add(s, readLines(sums.Path).find(header, s.Found, s.Msg))
		}
		for _, a := range avoided(en, terms) {
			r.Polish = append(r.Polish, readLines(sums.Path).find(header, a.Found, a.Msg))
		}
		for _, t := range terms {
			if t.Zh != "" && en != "" && strings.Contains(zh, t.Zh) && !t.RenderedIn(en) {
				r.Polish = append(r.Polish, readLines(sums.Path).find(header, key+" =", "summary "+id+": glossary term "+t.Zh+" is not rendered as “"+t.En+"”"+variantsNote(t)))
			}
		}
	}
	o := sums.Overview
	check("overview", o.Zh, o.En, "en")
	for i := range min(len(o.PointsZh), len(o.PointsEn)) {
		check("overview", o.PointsZh[i], o.PointsEn[i], "points-en")
	}
	for _, id := range sortedKeys(sums.Sections) {
		sec := sums.Sections[id]
		check(id, sec.Zh, sec.En, "en")
		check(id, sec.LineZh, sec.LineEn, "line-en")
	}
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
