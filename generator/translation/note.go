package translation

import (
	"fmt"
	"strings"
)

// Note is an editor's note on a unit: a suspected error in the source that
// cannot be confirmed, or an ambiguity the translation had to resolve. It
// changes neither the model (that is an erratum in meta.toml) nor the
// translation (a translator's gloss is [[…]] inside the English); the site
// shows it beside the text in both languages. It is written in en.toml
// under the unit it concerns, quoting the Chinese exactly:
//
//	[["m09.p1".note]]
//	kind = "suspected-error"
//	zh = "提升工程质量安全隐患水平"
//	note-zh = "原文如此。疑为“提升工程质量安全水平”…"
//	note-en = "The source reads 提升工程质量安全隐患水平 …"
type Note struct {
	Kind   string `toml:"kind" json:"kind"`
	Zh     string `toml:"zh" json:"zh"`
	NoteZh string `toml:"note-zh" json:"noteZh"`
	NoteEn string `toml:"note-en" json:"noteEn"`
}

// Kinds of editor's note.
const (
	SuspectedError = "suspected-error" // the source may be wrong; we cannot confirm it
	Ambiguity      = "ambiguity"       // the Chinese allows two readings
)

// noteProblems checks the notes of every entry of f against the units:
// the unit exists, the quoted Chinese occurs in it, the kind is known, and
// both languages have a note; the English note follows the house style.
func noteProblems(f *File, units []Unit, g Genre) []Problem {
	zh := map[string]string{}
	for _, u := range units {
		zh[u.ID] = u.Zh
	}
	var out []Problem
	for _, id := range sortedKeys(f.Entries) {
		for _, n := range f.Entries[id].Notes {
			at := func(needle, msg string) {
				out = append(out, f.lines.find(noteHeader(id), needle, msg))
			}
			quoted := "\"" + n.Zh + "\""
			text, ok := zh[id]
			switch {
			case !ok:
				at(quoted, "editor's note on unit "+id+", which the document does not have")
			case n.Zh == "":
				at("zh", "editor's note on "+id+" quotes no Chinese: set zh to the exact text it concerns")
			case !strings.Contains(text, n.Zh):
				at(quoted, "editor's note on "+id+": the quoted Chinese "+quoted+" no longer occurs in the unit; quote the text as it is now, or remove the note")
			}
			if n.Kind != SuspectedError && n.Kind != Ambiguity {
				at("kind = \""+n.Kind+"\"", "editor's note on "+id+": kind must be \""+SuspectedError+"\" or \""+Ambiguity+"\"")
			}
			if strings.TrimSpace(n.NoteZh) == "" || strings.TrimSpace(n.NoteEn) == "" {
				at(quoted, "editor's note on "+id+" needs both note-zh and note-en")
			}
			for _, s := range Style(n.NoteEn, n.NoteZh, g) {
				at(s.Found, s.Msg)
			}
		}
	}
	return out
}

// noteHeader is the header of an editor's note in en.toml: [["m09.p1".note]].
func noteHeader(id string) string { return fmt.Sprintf("[[%q.note]]", id) }
