package seed

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mingbai/generator/policy"
	"mingbai/generator/tomlfile"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestLoad reads both kinds of seed: a folder with source.txt and meta.toml,
// and a bare .txt or .md file; the project's own files are passed over in
// silence, a folder without source.txt and any other file with a note.
func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b-doc", "source.txt"), "关于甲的通知\n")
	write(t, filepath.Join(dir, "b-doc", "meta.toml"), "retrieved = \"2026-01-02\"\ncomplete = true\n[[erratum]]\nfind = \"甲\"\nreplace = \"乙\"\nreason = \"r\"\n")
	write(t, filepath.Join(dir, "a-doc.txt"), "关于丙的通知\n")
	write(t, filepath.Join(dir, "glossary.toml"), "")
	write(t, filepath.Join(dir, "STYLE.md"), "# House style\n")
	write(t, filepath.Join(dir, ".DS_Store"), "")
	write(t, filepath.Join(dir, "notes", "readme.md"), "")
	write(t, filepath.Join(dir, "c-law.md"), "某某条例\n第一条 为了规范。\n")
	write(t, filepath.Join(dir, "scan.pdf"), "%PDF")
	seeds, notes, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range seeds {
		ids = append(ids, s.ID)
	}
	if strings.Join(ids, ",") != "a-doc,b-doc,c-law" {
		t.Fatalf("seeds %v", ids)
	}
	var said []string
	for _, n := range notes {
		said = append(said, n.String())
	}
	if want := []string{
		filepath.Join(dir, "notes") + ": warning: not read: a document's folder holds its text as source.txt (or source.md); add it, or move the folder out of seeds/",
		filepath.Join(dir, "scan.pdf") + ": warning: not read: a document is a plain text file, NAME.txt or NAME.md (UTF-8 or GB18030); save its text as one",
	}; strings.Join(said, "\n") != strings.Join(want, "\n") {
		t.Errorf("notes:\n%s\nwant\n%s", strings.Join(said, "\n"), strings.Join(want, "\n"))
	}
	b := seeds[1]
	if !b.Meta.Complete || b.Meta.Retrieved != "2026-01-02" || len(b.Options().Errata) != 1 || b.File("en.toml") != filepath.Join(dir, "b-doc", "en.toml") {
		t.Errorf("b-doc: %+v", b.Meta)
	}
	if seeds[0].File("en.toml") != "" || seeds[0].Meta.Complete {
		t.Errorf("a bare seed has no folder files: %+v", seeds[0])
	}
	doc, err := b.Parse()
	if err != nil || doc.TitleText() != "关于乙的通知" {
		t.Errorf("erratum not applied: %v %v", doc, err)
	}
}

// TestStrictTOML: an unknown key or a syntax error is reported with the
// file and position, so an editor's typo is not silently ignored.
func TestStrictTOML(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "x", "source.txt"), "关于甲的通知\n")
	write(t, filepath.Join(dir, "x", "meta.toml"), "retreived = \"2026-01-02\"\n")
	if _, _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "meta.toml") || !strings.Contains(err.Error(), "retreived") {
		t.Errorf("unknown key: %v", err)
	}
	write(t, filepath.Join(dir, "x", "meta.toml"), "complete = \n")
	if _, _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "meta.toml:1:") {
		t.Errorf("syntax error: %v", err)
	}
}

// TestLocateErrata: each [[erratum]] is located at its find key, whatever
// comes between the tables; errata not all written as [[erratum]] tables
// get no position rather than a wrong one.
func TestLocateErrata(t *testing.T) {
	for _, tc := range []struct {
		name, toml string
		want       []policy.Pos
	}{
		{"two tables", "title = \"t\"\n\n[[erratum]]  # the first\nreason = \"r\"\nfind = \"甲\"\nreplace = \"乙\"\n\n[[ erratum ]]\n  \"find\" = \"丙\"\nreplace = \"丁\"\n",
			[]policy.Pos{{Line: 5, Col: 1}, {Line: 9, Col: 3}}},
		{"inline array", "erratum = [{find = \"甲\", replace = \"乙\"}]\n", []policy.Pos{{}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m Meta
			if err := tomlfile.Decode("meta.toml", []byte(tc.toml), &m); err != nil {
				t.Fatal(err)
			}
			locateErrata("meta.toml", []byte(tc.toml), m.Errata)
			if len(m.Errata) != len(tc.want) {
				t.Fatalf("%d errata, want %d", len(m.Errata), len(tc.want))
			}
			for i, e := range m.Errata {
				if e.Pos != tc.want[i] || e.Origin != "meta.toml" {
					t.Errorf("erratum %d at %v in %q, want %v in meta.toml", i, e.Pos, e.Origin, tc.want[i])
				}
				if e.Pos.Line > 0 && !strings.Contains(e.Line, "find") {
					t.Errorf("erratum %d quotes %q, not its find line", i, e.Line)
				}
			}
		})
	}
}

// TestIDOf: a seed's name becomes its ID and address; what an address or a
// heading ID cannot hold becomes one hyphen, and Load says so.
func TestIDOf(t *testing.T) {
	for name, want := range map[string]string{
		"liaoning-2024-8":             "liaoning-2024-8",
		"Shanghai Law (2024)":         "shanghai-law-2024",
		"上海市某某规定(2024-08-22)":         "上海市某某规定-2024-08-22",
		"《某某办法》 （修订）":                 "某某办法-修订",
		"a_b":                         "a_b",
		"（）":                          "",
		"gov-work-report-2024 - copy": "gov-work-report-2024-copy",
	} {
		if got := IDOf(name); got != want {
			t.Errorf("IDOf(%q) = %q, want %q", name, got, want)
		}
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "上海市某某规定(2024-08-22).md"), "上海市某某规定\n第一条 为了规范。\n")
	seeds, notes, err := Load(dir)
	if err != nil || len(seeds) != 1 || seeds[0].ID != "上海市某某规定-2024-08-22" || len(notes) != 1 || !strings.Contains(notes[0].Msg, "rename it 上海市某某规定-2024-08-22.md") {
		t.Errorf("seeds %v, notes %v, err %v", seeds, notes, err)
	}
	write(t, filepath.Join(dir, "（）.txt"), "某某规定\n")
	if _, _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "gives no address") {
		t.Errorf("a name with no letter or digit: %v", err)
	}
}

// TestSourceNoteZh: meta.toml may give the source note in Chinese too
// (source-note-zh), read as strictly as the other keys.
func TestSourceNoteZh(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "x", "source.txt"), "关于甲的通知\n")
	write(t, filepath.Join(dir, "x", "meta.toml"), "source-note = \"Plain-text copy.\"\nsource-note-zh = \"纯文本副本。\"\n")
	seeds, _, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if m := seeds[0].Meta; m.SourceNote != "Plain-text copy." || m.SourceNoteZh != "纯文本副本。" {
		t.Errorf("source notes %q, %q", m.SourceNote, m.SourceNoteZh)
	}
	write(t, filepath.Join(dir, "x", "meta.toml"), "source-note-cn = \"纯文本副本。\"\n")
	if _, _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "source-note-cn") {
		t.Errorf("unknown key: %v", err)
	}
}
