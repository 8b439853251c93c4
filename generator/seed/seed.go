// Package seed reads the documents in seeds/: each is either a plain text file
// seeds/NAME.txt, or a folder seeds/NAME/ holding source.txt and, optionally,
// meta.toml (source, retrieval date, errata), en.toml (the English
// translation) and summaries.toml (curated summaries).
package seed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"mingbai/generator/policy"
)

// Seed is one document as an editor left it in seeds/.
type Seed struct {
	ID     string // the file or folder name, e.g. "liaoning-2024-8"
	Dir    string // the folder, or "" for a plain .txt seed
	Path   string // the source text
	Source []byte
	Meta   Meta
}

// Meta is the optional meta.toml of a seed folder.
//
//	source-url = "https://…"
//	retrieved = "2026-11-25"
//	complete = true
//	[[erratum]]
//	find = "人才队伍建设 and 高技能"
//	replace = "人才队伍建设和高技能"
//	reason = "…"
type Meta struct {
	Title      string `toml:"title"`
	SourceURL  string `toml:"source-url"`
	SourceNote string `toml:"source-note"`
	Retrieved  string `toml:"retrieved"`
	Complete   bool   `toml:"complete"`
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
	Updated string    `toml:"updated"`
	Errata  []Erratum `toml:"erratum"`
	path    string
}

// Erratum is one correction in meta.toml.
type Erratum struct {
	Find    string `toml:"find"`
	Replace string `toml:"replace"`
	Reason  string `toml:"reason"`
}

// Load reads every seed in dir, sorted by ID.
func Load(dir string) ([]*Seed, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var seeds []*Seed
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir():
			if _, err := os.Stat(filepath.Join(dir, name, "source.txt")); err != nil {
				continue
			}
			s, err := Open(filepath.Join(dir, name, "source.txt"))
			if err != nil {
				return nil, err
			}
			seeds = append(seeds, s)
		case strings.HasSuffix(name, ".txt"):
			s, err := Open(filepath.Join(dir, name))
			if err != nil {
				return nil, err
			}
			seeds = append(seeds, s)
		}
	}
	sort.Slice(seeds, func(i, j int) bool { return seeds[i].ID < seeds[j].ID })
	return seeds, nil
}

// Open reads one source text. A file named source.txt takes its ID and
// metadata from its folder; any other file takes its ID from its name.
func Open(path string) (*Seed, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s := &Seed{Path: path, Source: src}
	if filepath.Base(path) == "source.txt" {
		s.Dir = filepath.Dir(path)
		s.ID = filepath.Base(s.Dir)
		if _, err := ReadTOML(filepath.Join(s.Dir, "meta.toml"), &s.Meta); err != nil {
			return nil, err
		}
		s.Meta.path = filepath.Join(s.Dir, "meta.toml")
	} else {
		s.ID = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	return s, nil
}

// Options returns the parse options of the seed: its ID and errata.
func (s *Seed) Options() policy.Options {
	opt := policy.Options{ID: s.ID}
	for _, e := range s.Meta.Errata {
		opt.Errata = append(opt.Errata, policy.Erratum{Find: e.Find, Replace: e.Replace, Reason: e.Reason, Origin: s.Meta.path})
	}
	return opt
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

// ReadTOML decodes a TOML file strictly (unknown keys are errors, reported
// with file, line and column). A path that is empty or names no file leaves v
// alone and reports found = false.
func ReadTOML(path string, v any) (found bool, err error) {
	if path == "" {
		return false, nil
	}
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, DecodeTOML(path, data, v)
}

// DecodeTOML decodes TOML data strictly, with errors as "file:line:col: message".
func DecodeTOML(path string, data []byte, v any) error {
	dec := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		switch e := err.(type) {
		case *toml.DecodeError:
			line, col := e.Position()
			return fmt.Errorf("%s:%d:%d: %s", path, line, col, e.Error())
		case *toml.StrictMissingError:
			return fmt.Errorf("%s: %s", path, e.String())
		}
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
