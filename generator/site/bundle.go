package site

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strings"
)

// A document's pages are not written as one Markdown file each (a library
// of 1,000 documents would be some 75,000 files, and on a small machine
// creating them costs more than building them). Generate writes them in
// one bundle per document and language, which the content adapter
// content/<lang>/_content.gotmpl reads back into pages:
//
//	assets/generated/pages/zh/liaoning-2024-8.json
//	{
//	"_index": "+++\ntitle = '关于培育新质生产力推动高质量发展的意见'\n…+++\n",
//	"m07": "+++\ntitle = '（七）培育壮大新兴产业'\n…+++\n\n## 要点 {#summary}\n\n…"
//	}
//
// Each value is exactly the file content/zh/liaoning-2024-8/m07.md would
// hold (Build still returns those files, and goldmark checks them), and the
// page has the same path, front matter and body as that file would give it:
// the same URL and anchors. One page per line keeps the bundles readable in
// a diff.

// bundleDir is the folder of the bundles, under the project root.
const bundleDir = "assets/generated/pages"

//go:embed adapter.gotmpl
var adapter []byte

// adapters are the content adapters, one per language (the same text:
// it reads the bundles of the language it runs for).
func (fs Files) adapters() {
	for _, lang := range langs {
		fs["content/"+lang+"/_content.gotmpl"] = adapter
	}
}

// bundle moves the Markdown pages of document id, content/<lang>/<id>/*.md,
// into its bundles.
func (fs Files) bundle(id string) error {
	for _, lang := range langs {
		dir := "content/" + lang + "/" + id + "/"
		var names []string
		for p := range fs {
			if rest, ok := strings.CutPrefix(p, dir); ok && !strings.Contains(rest, "/") && strings.HasSuffix(rest, ".md") {
				names = append(names, p)
			}
		}
		if len(names) == 0 {
			continue
		}
		slices.Sort(names)
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		b.WriteString("{\n")
		quote := func(s string) error {
			if err := enc.Encode(s); err != nil {
				return err
			}
			b.Truncate(b.Len() - 1) // Encode ends each value with a newline
			return nil
		}
		for i, p := range names {
			if !bytes.HasPrefix(fs[p], []byte("+++\n")) {
				return fmt.Errorf("%s: no front matter: a bundled page starts with +++", p)
			}
			if i > 0 {
				b.WriteString(",\n")
			}
			if err := quote(strings.TrimSuffix(path.Base(p), ".md")); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			b.WriteString(": ")
			if err := quote(string(fs[p])); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			delete(fs, p)
		}
		b.WriteString("\n}\n")
		fs[bundleDir+"/"+lang+"/"+id+".json"] = b.Bytes()
	}
	return nil
}
