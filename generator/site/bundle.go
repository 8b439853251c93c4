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
		size := 4
		for _, p := range names {
			size += len(p) + len(fs[p]) + len(fs[p])/16 + 8
		}
		b := append(make([]byte, 0, size), "{\n"...)
		for i, p := range names {
			if !bytes.HasPrefix(fs[p], []byte("+++\n")) {
				return fmt.Errorf("%s: no front matter: a bundled page starts with +++", p)
			}
			if i > 0 {
				b = append(b, ",\n"...)
			}
			b = appendQuoted(b, strings.TrimSuffix(path.Base(p), ".md"))
			b = append(b, ": "...)
			b = appendQuoted(b, string(fs[p]))
			delete(fs, p)
		}
		fs[bundleDir+"/"+lang+"/"+id+".json"] = append(b, "\n}\n"...)
	}
	return nil
}

// appendQuoted appends s to b as a JSON string: the quote, the backslash
// and control characters escaped, everything else as it is (s is UTF-8, as
// all generated text is). encoding/json does the same but looks at every
// rune, which costs more than anything else in writing a bundle.
func appendQuoted(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\t':
			b = append(b, '\\', 't')
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
