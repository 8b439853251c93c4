package site

import (
	"mingbai/generator/library"
	"mingbai/generator/summary"
)

// editorNote is an editor's note as the row partial shows it beside a
// paragraph (layouts/_partials/editornotes.html): its kind, the Chinese it
// concerns and the note in both languages; the page's language picks one.
//
//	{kind = "suspected-error", quote = "智享家居", zh = "原文作…", en = "The source reads…"}
type editorNote struct {
	Kind  string `toml:"kind"`
	Quote string `toml:"quote"`
	Zh    string `toml:"zh"`
	En    string `toml:"en"`
}

// editorNotes are the editor's notes on one unit.
func editorNotes(d *library.Doc, unitID string) []editorNote {
	var out []editorNote
	for _, n := range d.Trans[unitID].Notes {
		out = append(out, editorNote{Kind: n.Kind, Quote: n.Zh, Zh: n.NoteZh, En: n.NoteEn})
	}
	return out
}

// withOneLiners gives each measure listed on a chapter page its curated
// one-line summary in lang (line-zh, line-en in summaries.toml), or else
// the first sentence of its curated summary. Measures without a curated
// summary get none: an automatic one would only repeat the heading.
func withOneLiners(d *library.Doc, refs []measureRef, lang string) []measureRef {
	if d.Summaries == nil {
		return refs
	}
	for i, r := range refs {
		s, ok := d.Summaries.Sections[r.ID]
		if !ok {
			continue
		}
		line, sum := s.LineEn, s.En
		if lang == "zh" {
			line, sum = s.LineZh, s.Zh
		}
		if line == "" {
			line = summary.FirstSentence(sum)
		}
		refs[i].Summary = line
	}
	return refs
}

// keyTerms are the glossary IDs of the terms in a document's title, which
// the overview links to the glossary: 新质生产力 for 关于培育新质生产力…的意见.
func keyTerms(d *library.Doc) []string {
	if d.Report.KeyTerms == nil {
		return []string{}
	}
	return d.Report.KeyTerms
}
