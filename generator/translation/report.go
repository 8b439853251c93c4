package translation

import (
	"fmt"
	"io"
	"strings"

	"mingbai/generator/policy"
	"mingbai/generator/summary"
)

// Report is what `generator check` says about one document.
type Report struct {
	DocID        string
	Complete     bool // the seed claims a complete translation and summaries
	Translations []Translation
	Orphans      []string // units in en.toml that the document does not have
	Inconsistent []Inconsistency
	OverLimit    []summary.OverLimit
	NoSummary    []string // sections without a curated summary, when the document has curated summaries
	Curated      bool     // the document has curated summaries
	// Problems break the strict house style (spelling, dates, brackets,
	// punctuation inside quotes), the glossary (a term not rendered, an
	// avoided rendering, two renderings in one document) or a rule of text
	// (以上, 力争), or misplace an editor's note; they fail even a document
	// not complete.
	Problems []Problem
	// Polish is what a finished translation must also get right: quotes,
	// naming, sentence length and dashes; it fails a complete document.
	Polish []Problem
	// KeyTerms are the glossary IDs of the terms in the title, which the
	// overview explains and links: new-quality-productive-forces.
	KeyTerms []string
}

// NewReport checks one document's translation and summaries.
func NewReport(doc *policy.Document, units []Unit, f *File, terms []Term, sums *summary.Summaries, complete bool) *Report {
	r := &Report{DocID: doc.ID, Complete: complete, Curated: sums != nil}
	r.Translations, r.Orphans = Resolve(units, f)
	r.Inconsistent = Inconsistencies(r.Translations, terms)
	if sums != nil {
		chapters := map[string]bool{}
		for _, s := range doc.Sections {
			chapters[s.ID] = true
		}
		r.OverLimit = sums.Check(func(id string) bool { return chapters[id] })
		if sums.Overview.Zh == "" || sums.Overview.En == "" || len(sums.Overview.PointsZh) != 5 || len(sums.Overview.PointsEn) != 5 {
			r.NoSummary = append(r.NoSummary, "overview")
		}
		doc.Walk(func(s *policy.Section) {
			if sm, ok := sums.Sections[s.ID]; !ok || sm.Zh == "" || sm.En == "" {
				r.NoSummary = append(r.NoSummary, s.ID)
			}
		})
	}
	r.KeyTerms = TermsIn(terms, doc.TitleText())
	return r
}

// Review adds the editorial and house-style findings to r: what `check`
// reports and the site does not need, so that generating pages skips it.
func (r *Report) Review(doc *policy.Document, f *File, terms []Term, sums *summary.Summaries) {
	r.editorial(doc, f, terms, sums)
}

// Count returns how many translations have the given status.
func (r *Report) Count(status string) int {
	n := 0
	for _, t := range r.Translations {
		if t.Status == status {
			n++
		}
	}
	return n
}

// Status is the document's translation status: complete when every unit is
// current, missing when none is translated, stale when some unit is stale,
// partial otherwise.
func (r *Report) Status() string {
	switch {
	case r.Count(Current) == len(r.Translations):
		return "complete"
	case r.Count(Missing) == len(r.Translations):
		return Missing
	case r.Count(Stale) > 0:
		return Stale
	}
	return "partial"
}

// OK reports whether the document is as complete as its seed claims. A
// document not marked complete is always OK: its gaps are reported, not
// fatal.
func (r *Report) OK() bool {
	if len(r.Problems) > 0 {
		return false
	}
	if !r.Complete {
		return true
	}
	return r.Status() == "complete" && len(r.Orphans) == 0 && len(r.Inconsistent) == 0 && len(r.Polish) == 0 &&
		len(r.OverLimit) == 0 && len(r.NoSummary) == 0 && r.Curated
}

// Write prints the report: a summary line, then one line per problem as
// file:line:col: message, naming the source position of the Chinese.
func (r *Report) Write(w io.Writer, source, enPath, sumPath string) {
	mark := "ok"
	if !r.OK() {
		mark = "FAIL"
	} else if !r.Complete {
		mark = "in progress"
	}
	fmt.Fprintf(w, "%s: %s: %d units, %d current, %d stale, %d missing; translation %s; summaries %s\n",
		r.DocID, mark, len(r.Translations), r.Count(Current), r.Count(Stale), r.Count(Missing), r.Status(), r.summaryState())
	for _, t := range r.Translations {
		switch t.Status {
		case Missing:
			fmt.Fprintf(w, "%s:%d:%d: missing translation unit %s (%s)\n", source, t.Pos.Line, t.Pos.Col, t.ID, excerpt(t.Zh))
		case Stale:
			if t.Recorded == "" {
				fmt.Fprintf(w, "%s:%d:%d: translation unit %s has no hash: review it, then run `go run ./generator stamp %s`\n", source, t.Pos.Line, t.Pos.Col, t.ID, r.DocID)
				continue
			}
			fmt.Fprintf(w, "%s:%d:%d: stale translation unit %s: the Chinese changed (hash %s, translated from %s); review the English, then clear its hash and run `go run ./generator stamp %s`\n", source, t.Pos.Line, t.Pos.Col, t.ID, t.Hash(), t.Recorded, r.DocID)
		}
	}
	for _, id := range r.Orphans {
		fmt.Fprintf(w, "%s: unit %s matches nothing in the document\n", enPath, id)
	}
	for _, p := range r.Problems {
		fmt.Fprintln(w, p)
	}
	for _, p := range r.Polish {
		fmt.Fprintln(w, p)
	}
	for _, o := range r.OverLimit {
		fmt.Fprintf(w, "%s: %s\n", sumPath, o)
	}
	if r.Curated {
		for _, id := range r.NoSummary {
			fmt.Fprintf(w, "%s: no curated summary for %s\n", sumPath, id)
		}
	}
}

func (r *Report) summaryState() string {
	switch {
	case !r.Curated:
		return "automatic"
	case len(r.NoSummary) > 0:
		return "partly curated"
	}
	return "curated"
}

func excerpt(s string) string {
	rs := []rune(s)
	if len(rs) > 16 {
		return string(rs[:16]) + "…"
	}
	return s
}

// UnusedTerms returns the glossary terms whose Chinese occurs in no unit of
// any document.
func UnusedTerms(terms []Term, docs ...[]Unit) []Term {
	var all strings.Builder
	for _, us := range docs {
		for _, u := range us {
			all.WriteString(u.Zh)
			all.WriteByte('\n')
		}
	}
	text := all.String()
	var out []Term
	for _, t := range terms {
		if !strings.Contains(text, t.Zh) {
			out = append(out, t)
		}
	}
	return out
}
