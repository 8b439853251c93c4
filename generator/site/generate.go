// Package site writes the content of the Hugo site from the library: a
// Markdown page per document, chapter, measure, full text and target table
// in zh and en (kept in one bundle per document and language, which a Hugo
// content adapter reads back: bundle.go), the shared glossary, about, data
// and search pages, the data files the templates read, and the downloads.
// Every Markdown page it writes is checked with goldmark before anything is
// put in place.
package site

import (
	"bytes"
	"fmt"
	"maps"
	"sort"

	"github.com/pelletier/go-toml/v2"

	"mingbai/generator/library"
)

// Outputs are the folders the generator owns, relative to the project root.
// Generate owns them: a file in them that it does not generate is deleted.
var Outputs = []string{"content", "data", "static/data", "assets/generated"}

// Files is the generated output: paths relative to the project root, and
// their bytes.
type Files map[string][]byte

// Build renders the whole library into files, and fails if a Markdown file
// breaks a goldmark rule. It holds every file of every document: a large
// library is generated with Generate, which holds one document at a time.
func Build(lib *library.Library) (Files, error) {
	if err := useLabels(lib.Root); err != nil {
		return nil, err
	}
	all := Files{}
	for _, d := range lib.Docs {
		fs, err := docFiles(lib, d)
		if err != nil {
			return nil, err
		}
		maps.Copy(all, fs)
	}
	fs, err := libraryFiles(lib)
	if err != nil {
		return nil, err
	}
	maps.Copy(all, fs)
	return all, nil
}

// page adds content/<rel> with TOML front matter and a Markdown body.
func (fs Files) page(rel string, front any, body string) error {
	fm, err := toml.Marshal(front)
	if err != nil {
		return fmt.Errorf("%s: %w", rel, err)
	}
	var b bytes.Buffer
	b.WriteString("+++\n")
	b.Write(fm)
	b.WriteString("+++\n")
	if body != "" {
		b.WriteString("\n" + body)
	}
	fs["content/"+rel] = b.Bytes()
	return nil
}

// Write puts the files in place under root, writing only those that
// changed and deleting the output files that fs does not hold.
func Write(root string, fs Files) error {
	out, err := newOutput(root, false)
	if err != nil {
		return err
	}
	defer out.discard()
	if err := out.put(fs); err != nil {
		return err
	}
	return out.commit()
}

// Diff compares fs with what is on disk under root, for the drift check,
// and returns the paths that differ, are missing or are not generated.
func Diff(root string, fs Files) ([]string, error) {
	out, err := newOutput(root, true)
	if err != nil {
		return nil, err
	}
	if err := out.put(fs); err != nil {
		return nil, err
	}
	return out.differences()
}

func sortViolations(vs []Violation) {
	sort.Slice(vs, func(i, j int) bool {
		if vs[i].File != vs[j].File {
			return vs[i].File < vs[j].File
		}
		return vs[i].Line < vs[j].Line
	})
}
