package site

import (
	"fmt"

	"mingbai/generator/library"
	"mingbai/generator/policy"
)

// sourcePage is content/<lang>/<doc>/source.md, the "Source and
// corrections" page of a document: the copy kept, its hash and encoding,
// every correction made to the text (each with the anchor #r<n>, linked from
// the paragraph it changed) and the parser's notes for editors.
type sourcePage struct {
	Title          string     `toml:"title"`
	ID             string     `toml:"id"`
	Doc            string     `toml:"doc"`
	Kind           string     `toml:"kind"`
	Layout         string     `toml:"layout"`
	TranslationKey string     `toml:"translationKey"`
	Summary        string     `toml:"abstract"`
	Lastmod        string     `toml:"lastmod,omitempty"`
	Provenance     provenance `toml:"provenance"`
	SHA256         string     `toml:"sha256"`
	SourceFile     string     `toml:"sourceFile"`
	Encoding       string     `toml:"encoding"`
	Source         position   `toml:"source"`
	Corrections    []fixEntry `toml:"corrections"`
	Warnings       []warning  `toml:"warnings"`
}

// fixEntry is a correction with its anchor on the source page ("r3") and
// the page and paragraph it changed, if any.
type fixEntry struct {
	correction
	Anchor  string `toml:"anchor"`
	Section string `toml:"section,omitempty"` // "m07", "preamble"; "" for header text
	Para    string `toml:"para,omitempty"`    // "p2"
}

// fixedPlace is the paragraph a correction was made in.
type fixedPlace struct{ Section, Para string }

// fixAnchor is the anchor of correction i (0-based) on the source page.
func fixAnchor(i int) string { return fmt.Sprintf("r%d", i+1) }

// fixesByPara maps "<section>.<para>" ("m07.p2", "preamble.p1") to the
// anchors of the corrections made inside that paragraph: a correction
// belongs to the paragraph whose first and last characters come before and
// after it in the source.
func fixesByPara(doc *policy.Document) map[string][]string {
	type span struct {
		key        string
		start, end policy.Pos
	}
	var spans []span
	add := func(prefix string, pgs []*policy.Paragraph) {
		for _, pg := range pgs {
			n := len([]rune(pg.Text))
			spans = append(spans, span{prefix + "." + pg.ID, pg.PosAt(0), pg.PosAt(n - 1)})
		}
	}
	add("preamble", doc.Preamble)
	doc.Walk(func(s *policy.Section) { add(s.ID, s.Text()) })
	add("epilogue", doc.Epilogue)
	before := func(a, b policy.Pos) bool { return a.Line < b.Line || a.Line == b.Line && a.Col <= b.Col }
	out := map[string][]string{}
	for i, r := range doc.Repairs {
		for _, s := range spans {
			if before(s.start, r.Pos) && before(r.Pos, s.end) {
				out[s.key] = append(out[s.key], fixAnchor(i))
				break
			}
		}
	}
	return out
}

// sourcePageOf builds the source page of a document in lang.
func sourcePageOf(d *library.Doc, lang string, prov provenance) sourcePage {
	doc := d.Model
	// The source note in the page's language where an editor wrote one
	// (source-note-zh), else in English, marked as such.
	if prov.SourceNote != "" {
		prov.SourceNoteLang = "en"
		if zh := d.Seed.Meta.SourceNoteZh; lang == "zh" && zh != "" {
			prov.SourceNote, prov.SourceNoteLang = zh, "zh-CN"
		}
	}
	p := sourcePage{
		Title: say(lang, "source_title", map[string]any{"Title": docTitle(d, lang)}), ID: "source", Doc: doc.ID, Kind: "source", Layout: "source",
		TranslationKey: doc.ID + "/source", Summary: say(lang, "source_summary", len(doc.Repairs)),
		Lastmod: prov.Updated, Provenance: prov, SHA256: d.Seed.SHA256(), SourceFile: siteRel("data", doc.ID, "source.txt"),
		Encoding: doc.Encoding, Source: startOf(doc), Corrections: []fixEntry{}, Warnings: []warning{},
	}
	where := map[string]fixedPlace{}
	for key, anchors := range fixesByPara(doc) {
		sec, para, _ := cut(key)
		for _, a := range anchors {
			where[a] = fixedPlace{sec, para}
		}
	}
	for i, r := range doc.Repairs {
		e := fixEntry{correction: correction{r.Kind, r.Pos.Line, r.Pos.Col, r.Before, r.After, r.Reason, langOf(r.Reason)}, Anchor: fixAnchor(i)}
		if w, ok := where[e.Anchor]; ok {
			e.Section, e.Para = w.Section, w.Para
		} else {
			// A repair on a section's first line is in its label or heading.
			doc.Walk(func(s *policy.Section) {
				if e.Section == "" && s.Pos.Line == r.Pos.Line {
					e.Section = s.ID
				}
			})
		}
		p.Corrections = append(p.Corrections, e)
	}
	for _, w := range doc.Warnings {
		p.Warnings = append(p.Warnings, warning{w.Pos.Line, w.Pos.Col, w.Msg, langOf(w.Msg)})
	}
	return p
}

// cut splits "m07.p2" at its last dot.
func cut(key string) (string, string, bool) {
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '.' {
			return key[:i], key[i+1:], true
		}
	}
	return key, "", false
}
