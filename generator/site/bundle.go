package site

import (
	"bytes"
	_ "embed"
	"fmt"
	"path"
	"slices"
	"strings"
)

// A document's pages are not written as one Markdown file each (a library
// of 1,000 documents would be some 75,000 files, and on a small machine
// creating them costs more than building them). Generate writes them in
// one bundle per document and language, which the content adapter
// content/<lang>/_content.gotmpl reads back into pages: the pages' files one
// after the other, each after a line that names it.
//
//	assets/generated/pages/zh/liaoning-2024-8.txt
//	<!-- page _index -->
//	+++
//	title = '关于培育新质生产力推动高质量发展的意见'
//	…
//	+++
//	<!-- page m07 -->
//	+++
//	title = '（七）培育壮大新兴产业'
//	…
//	+++
//
//	## 要点 {#summary}
//	…
//
// Each page is exactly the file content/zh/liaoning-2024-8/m07.md would be
// (Build still returns those files, and goldmark checks them), and gets the
// same path, front matter and body as that file would give it: the same URL
// and anchors. The bundle reads, and diffs, like the files themselves.

// bundleDir is the folder of the bundles, under the project root.
const bundleDir = "assets/generated/pages"

// pageMark starts the line that names the next page of a bundle; no page
// may contain it.
const pageMark = "<!-- page "

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
		size := 0
		for p := range fs {
			if rest, ok := strings.CutPrefix(p, dir); ok && !strings.Contains(rest, "/") && strings.HasSuffix(rest, ".md") {
				names = append(names, p)
				size += len(fs[p]) + len(p) + len(pageMark) + 8
			}
		}
		if len(names) == 0 {
			continue
		}
		slices.Sort(names)
		b := make([]byte, 0, size)
		for _, p := range names {
			page := fs[p]
			switch {
			case !bytes.HasPrefix(page, []byte("+++\n")):
				return fmt.Errorf("%s: no front matter: a bundled page starts with +++", p)
			case !bytes.HasSuffix(page, []byte("\n")):
				return fmt.Errorf("%s: a bundled page ends with a newline", p)
			case bytes.Contains(page, []byte(pageMark)):
				return fmt.Errorf("%s: contains %q, which starts a page in a bundle", p, pageMark)
			}
			b = append(b, pageMark+strings.TrimSuffix(path.Base(p), ".md")+" -->\n"...)
			b = append(b, page...)
			delete(fs, p)
		}
		fs[bundleDir+"/"+lang+"/"+id+".txt"] = b
	}
	return nil
}
