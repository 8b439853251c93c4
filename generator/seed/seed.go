// Package seed reads the documents in seeds/: each is either a plain text file
// seeds/NAME.txt (or NAME.md, as web copies come), or a folder seeds/NAME/
// holding source.txt (or source.md) and, optionally, meta.toml (source,
// retrieval date, errata), en.toml (the English translation) and
// summaries.toml (curated summaries). The project's own files there
// (glossary.toml, STYLE.md, README.md) are not documents; any other file is
// reported, never silently passed over.
package seed

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"mingbai/generator/policy"
	"mingbai/generator/tomlfile"
)

// Seed is one document as an editor left it in seeds/.
type Seed struct {
	ID     string // the file or folder name as an address (IDOf), e.g. "liaoning-2024-8"
	Dir    string // the folder, or "" for a plain .txt or .md seed
	Path   string // the source text
	Source []byte
	Meta   Meta
}

// Meta is the optional meta.toml of a seed folder.
//
//	source-url = "https://…"
//	source-note = "Plain-text copy of the document, …"
//	source-note-zh = "文件的纯文本副本，……"
//	verification = "unverified"
//	retrieved = "2026-11-25"
//	complete = true
//	[[erratum]]
//	find = "人才队伍建设 and 高技能"
//	replace = "人才队伍建设和高技能"
//	reason = "…"
type Meta struct {
	Title     string `toml:"title"`
	SourceURL string `toml:"source-url"`
	// SourceNote says in English where the text came from; SourceNoteZh is
	// the same note in Chinese, shown on the Chinese pages ("" when not
	// written: they show the English note, marked as English).
	SourceNote   string `toml:"source-note"`
	SourceNoteZh string `toml:"source-note-zh"`
	// Verification says whether an editor compared the copy with the
	// official original: "checked" (checked against the official original)
	// or "unverified" (an unverified copy); "" is read as "unverified".
	Verification string `toml:"verification"`
	Retrieved    string `toml:"retrieved"`
	Complete     bool   `toml:"complete"`
	// Jurisdiction is where the document applies, e.g. "Liaoning Province, China".
	Jurisdiction string `toml:"jurisdiction"`
	// Translator names who translated the document, a person or a team,
	// e.g. "Mingbai editors"; "" when not given.
	Translator string `toml:"translator"`
	// TranslationMethod is how the English was made: "human" or
	// "machine-assisted"; "" when not recorded.
	TranslationMethod string `toml:"translation-method"`
	// Updated is the date (YYYY-MM-DD) an editor last changed the source,
	// errata, translation or summaries. When empty, the page's "last
	// updated" date is the newest of the retrieval date and the document's
	// own date.
	Updated string `toml:"updated"`
	// Changes is the document's change log, the [[change]] tables: what an
	// editor changed and when, shown on its Source and corrections page.
	Changes []Change `toml:"change"`
	// Errata are the [[erratum]] tables, each knowing where it is written.
	Errata []policy.Erratum `toml:"erratum"`
}

// Change is one entry of a document's change log in meta.toml.
//
//	[[change]]
//	date = "2026-11-30"
//	kind = "translation"   # source, erratum, translation, summary or note
//	note = "English title, headings and overview added."
type Change struct {
	Date string `toml:"date"`
	Kind string `toml:"kind"`
	Note string `toml:"note"`
}

// Note is what Load says of a file in seeds/ that it did not read as given:
// a file that is no document, or a name that is not an address as it stands.
//
//	seeds/x.pdf: not read: …
type Note struct {
	Path string
	Msg  string
}

func (n Note) String() string { return n.Path + ": warning: " + n.Msg }

// house are the project's own files in seeds/, which are not documents.
var house = map[string]bool{"glossary.toml": true, "style.md": true, "readme.md": true}

// sourceNames are the names of a seed folder's text, in order of preference.
var sourceNames = []string{"source.txt", "source.md"}

// Load reads every seed in dir, sorted by ID, and notes every file or folder
// it passed over (hidden ones aside) and every seed whose ID is not its name.
func Load(dir string) ([]*Seed, []Note, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	var seeds []*Seed
	var notes []Note
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		var src string
		switch ext := strings.ToLower(filepath.Ext(name)); {
		case strings.HasPrefix(name, "."), !e.IsDir() && house[strings.ToLower(name)]:
			continue
		case e.IsDir():
			for _, n := range sourceNames {
				if _, err := os.Stat(filepath.Join(path, n)); err == nil {
					src = filepath.Join(path, n)
					break
				}
			}
			if src == "" {
				notes = append(notes, Note{path, "not read: a document's folder holds its text as source.txt (or source.md); add it, or move the folder out of seeds/"})
				continue
			}
		case ext == ".txt" || ext == ".md":
			src = path
		default:
			notes = append(notes, Note{path, "not read: a document is a plain text file, NAME.txt or NAME.md (UTF-8 or GB18030); save its text as one"})
			continue
		}
		s, err := Open(src)
		if err != nil {
			return nil, nil, err
		}
		if s.ID == "" {
			return nil, nil, fmt.Errorf("%s: the name gives no address (IDOf): rename it with letters or digits, e.g. doc-2024-1", path)
		}
		plain := s.ID // the name that gives the same ID as it stands
		if !e.IsDir() {
			plain += filepath.Ext(name)
		}
		if plain != name {
			notes = append(notes, Note{path, fmt.Sprintf("its ID and address are %q (/zh/%s/), its name as an address; rename it %s to make that plain", s.ID, s.ID, plain)})
		}
		seeds = append(seeds, s)
	}
	sort.Slice(seeds, func(i, j int) bool { return seeds[i].ID < seeds[j].ID })
	return seeds, notes, nil
}

// notAddress matches the runs of characters of a file name that an address
// (a URL path segment and a Markdown heading ID) does not keep: all but
// letters, digits, "-" and "_".
//
//	上海市某某规定(2024-08-22) → 上海市某某规定 ( ) → 上海市某某规定-2024-08-22
var notAddress = regexp.MustCompile(`[^\p{L}\p{N}_-]+`)

// IDOf is the ID of a seed named name (without its extension): the name with
// each run of other characters made one hyphen, no hyphen at either end,
// ASCII letters in lower case. Letters of any script stay.
//
//	"liaoning-2024-8"                 → "liaoning-2024-8"
//	"Shanghai Law (2024)"             → "shanghai-law-2024"
//	"上海市某某规定(2024-08-22)"      → "上海市某某规定-2024-08-22"
func IDOf(name string) string {
	id := strings.Trim(notAddress.ReplaceAllString(name, "-"), "-")
	for strings.Contains(id, "--") {
		id = strings.ReplaceAll(id, "--", "-")
	}
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, id)
}

// Open reads one source text. A file named source.txt (or source.md) takes
// its ID (IDOf) and metadata from its folder; any other file takes its ID
// from its name.
func Open(path string) (*Seed, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s := &Seed{Path: path, Source: src}
	if slices.Contains(sourceNames, filepath.Base(path)) {
		s.Dir = filepath.Dir(path)
		s.ID = IDOf(filepath.Base(s.Dir))
		if err := s.Meta.read(filepath.Join(s.Dir, "meta.toml")); err != nil {
			return nil, err
		}
	} else {
		s.ID = IDOf(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	}
	return s, nil
}

// Options returns the parse options of the seed: its ID and errata.
func (s *Seed) Options() policy.Options {
	// A seed must have a title: printed, or set as title in meta.toml.
	return policy.Options{ID: s.ID, Errata: s.Meta.Errata, Title: s.Meta.Title, RequireTitle: true}
}

// Parse parses the seed's source text.
func (s *Seed) Parse() (*policy.Document, error) {
	return policy.Parse(s.Path, s.Source, s.Options())
}

// ParseFile opens and parses one source text, with the errata of its seed
// folder if it has one.
func ParseFile(path string) (*Seed, *policy.Document, error) {
	s, err := Open(path)
	if err != nil {
		return nil, nil, err
	}
	doc, err := s.Parse()
	return s, doc, err
}

// SHA256 is the hex SHA-256 of the source bytes as received.
func (s *Seed) SHA256() string {
	h := sha256.Sum256(s.Source)
	return hex.EncodeToString(h[:])
}

// File returns the path of a file in the seed's folder, or "" for a plain seed.
func (s *Seed) File(name string) string {
	if s.Dir == "" {
		return ""
	}
	return filepath.Join(s.Dir, name)
}

// read decodes meta.toml at path, if there is one, and records where each
// erratum is written.
func (m *Meta) read(path string) error {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := tomlfile.Decode(path, data, m); err != nil {
		return err
	}
	locateErrata(path, data, m.Errata)
	return nil
}

// locateErrata sets the Origin of each erratum to path, and its Pos and
// Line to the find key of the matching [[erratum]] table of data. Errata
// written in another form (an inline array) keep only their Origin.
//
//	[[erratum]]
//	find = "人才队伍建设 and 高技能"     ← errata[0]: Pos 17:1
func locateErrata(path string, data []byte, errata []policy.Erratum) {
	k, in := -1, false
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSuffix(l, "\r")
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "["):
			in = erratumHeaderRE.MatchString(t)
			if in {
				k++
			}
		case in && k < len(errata) && errata[k].Pos.Line == 0 && findKeyRE.MatchString(t):
			col := 1 + utf8.RuneCountInString(l[:strings.Index(l, t)])
			errata[k].Pos, errata[k].Line = policy.Pos{Line: i + 1, Col: col}, l
		}
	}
	for i := range errata {
		errata[i].Origin = path
		if k+1 != len(errata) { // not all written as [[erratum]]: no position is sure
			errata[i].Pos, errata[i].Line = policy.Pos{}, ""
		}
	}
}

var (
	erratumHeaderRE = regexp.MustCompile(`^\[\[\s*erratum\s*\]\]\s*(#.*)?$`)
	findKeyRE       = regexp.MustCompile(`^"?find"?\s*=`)
)
