// Package site writes the content of the Hugo site from the library: a
// Markdown page per document, chapter, measure, full text and target table
// in zh and en, the shared glossary, about, data and search pages, the data
// files the templates read, and the downloads. Every Markdown file it writes
// is checked with goldmark before anything is put in place.
package site

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/pelletier/go-toml/v2"

	"mingbai/generator/library"
)

// Outputs are the folders the generator owns, relative to the project root.
// Generate replaces each of them whole.
var Outputs = []string{"content", "data", "static/data", "assets/generated"}

// writers is how many goroutines create files at once.
const writers = 8

// Files is the generated output: paths relative to the project root, and
// their bytes.
type Files map[string][]byte

// Build renders the whole library into files, and fails if a Markdown file
// breaks a goldmark rule.
func Build(lib *library.Library) (Files, error) {
	fs := Files{}
	for _, lang := range langs {
		if err := fs.page(lang+"/_index.md", home(lang), homeBody(lib, lang)); err != nil {
			return nil, err
		}
		for _, p := range globalPages(lib, lang) {
			if err := fs.page(lang+"/"+p.ID+".md", p.front, p.body); err != nil {
				return nil, err
			}
		}
	}
	if b := styleFile(lib); b != nil {
		fs["assets/generated/STYLE.md"] = b
	}
	for i, d := range lib.Docs {
		if err := fs.document(lib, d, i+1); err != nil {
			return nil, err
		}
	}
	if err := fs.data(lib); err != nil {
		return nil, err
	}
	md := map[string][]byte{}
	for p, b := range fs {
		if rest, ok := strings.CutPrefix(p, "content/"); ok {
			md[rest] = b
		}
	}
	if vs := validateAll(md); len(vs) > 0 {
		var msgs []string
		for _, v := range vs {
			msgs = append(msgs, v.String())
		}
		return nil, fmt.Errorf("generated Markdown breaks the goldmark rules:\n%s", strings.Join(msgs, "\n"))
	}
	return fs, nil
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

// Write puts the files in place under root. It writes everything to a
// temporary folder first, then swaps each output folder in by renaming, so
// that a failure never leaves half-written output.
func Write(root string, fs Files) (err error) {
	tmp, err := os.MkdirTemp(root, ".generate-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	// Creating files is most of the time of a large library: do it from
	// several goroutines, one folder after another.
	dirs := map[string]bool{}
	for rel := range fs {
		dirs[filepath.Dir(filepath.Join(tmp, "new", filepath.FromSlash(rel)))] = true
	}
	for _, d := range slices.Sorted(maps.Keys(dirs)) {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	paths := make(chan string)
	errs := make(chan error, writers)
	var wg sync.WaitGroup
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var first error
			for rel := range paths {
				if err := os.WriteFile(filepath.Join(tmp, "new", filepath.FromSlash(rel)), fs[rel], 0o644); err != nil && first == nil {
					first = err
				}
			}
			errs <- first
		}()
	}
	for _, rel := range slices.Sorted(maps.Keys(fs)) {
		paths <- rel
	}
	close(paths)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	for _, out := range Outputs {
		src := filepath.Join(tmp, "new", filepath.FromSlash(out))
		dst := filepath.Join(root, filepath.FromSlash(out))
		if _, err := os.Stat(src); os.IsNotExist(err) {
			continue
		}
		old := filepath.Join(tmp, "old", filepath.FromSlash(out))
		if err := os.MkdirAll(filepath.Dir(old), 0o755); err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if _, err := os.Stat(dst); err == nil {
			if err := os.Rename(dst, old); err != nil {
				return err
			}
		}
		if err := os.Rename(src, dst); err != nil {
			return err
		}
	}
	return nil
}

// Diff compares fs with what is on disk under root, for the drift check,
// and returns the paths that differ, are missing or are not generated.
func Diff(root string, fs Files) ([]string, error) {
	var diffs []string
	seen := map[string]bool{}
	for _, out := range Outputs {
		dir := filepath.Join(root, filepath.FromSlash(out))
		err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
			if err != nil {
				if os.IsNotExist(err) {
					return nil
				}
				return err
			}
			if e.IsDir() {
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			rel = filepath.ToSlash(rel)
			seen[rel] = true
			want, ok := fs[rel]
			if !ok {
				diffs = append(diffs, rel+" (not generated)")
				return nil
			}
			got, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if !bytes.Equal(got, want) {
				diffs = append(diffs, rel+" (differs)")
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for rel := range fs {
		if !seen[rel] {
			diffs = append(diffs, rel+" (missing)")
		}
	}
	sort.Strings(diffs)
	return diffs, nil
}

func sortViolations(vs []Violation) {
	sort.Slice(vs, func(i, j int) bool {
		if vs[i].File != vs[j].File {
			return vs[i].File < vs[j].File
		}
		return vs[i].Line < vs[j].Line
	})
}
