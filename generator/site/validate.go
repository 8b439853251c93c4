package site

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	gtext "github.com/yuin/goldmark/text"
)

// markdown is goldmark configured as hugo.toml configures Hugo's: the
// default extensions, CJK, and block attributes. Automatic heading IDs are
// off here on purpose, so that a heading without an explicit {#id} is seen.
var markdown = goldmark.New(
	goldmark.WithExtensions(extension.GFM, extension.DefinitionList, extension.Footnote,
		extension.Typographer, extension.CJK),
	goldmark.WithParserOptions(parser.WithAttribute()),
)

// Violation is a rule broken by a generated Markdown file.
type Violation struct {
	File string
	Line int
	Msg  string
}

func (v Violation) String() string { return fmt.Sprintf("%s:%d: %s", v.File, v.Line, v.Msg) }

// body returns the Markdown after the TOML front matter and the line number
// the body starts on.
func body(src []byte) ([]byte, int) {
	if !bytes.HasPrefix(src, []byte("+++\n")) {
		return src, 1
	}
	end := bytes.Index(src[4:], []byte("\n+++\n"))
	if end < 0 {
		return src, 1
	}
	head := src[:4+end+5]
	return src[len(head):], bytes.Count(head, []byte("\n")) + 1
}

// validate parses one generated Markdown file with goldmark and returns its
// heading IDs and every violation: a heading without an explicit ID, a
// literal ** or __ left in text (CJK next to emphasis markers breaks
// emphasis and leaves them visible), and a table row with the wrong number
// of cells.
func validate(file string, src []byte) (ids []string, vs []Violation) {
	md, first := body(src)
	lineOf := func(off int) int { return first + bytes.Count(md[:off], []byte("\n")) }
	doc := markdown.Parser().Parse(gtext.NewReader(md))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			id, ok := n.AttributeString("id")
			if b, isBytes := id.([]byte); ok && isBytes && len(b) > 0 {
				ids = append(ids, string(b))
			} else {
				vs = append(vs, Violation{file, lineOf(n.Lines().At(0).Start), "heading without an explicit {#id}"})
			}
		case *ast.Text:
			seg := n.Segment.Value(md)
			for _, mark := range []string{"**", "__"} {
				if i := bytes.Index(seg, []byte(mark)); i >= 0 && (i == 0 || seg[i-1] != '\\') {
					vs = append(vs, Violation{file, lineOf(n.Segment.Start), fmt.Sprintf("literal %s in text: emphasis did not apply", mark)})
				}
			}
		case *east.Table:
			vs = append(vs, checkTable(file, md, n, lineOf)...)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return ids, vs
}

// checkTable compares the cell count of every source row of a table with
// its header. goldmark pads short rows and drops extra cells, so the count
// is taken from the source lines.
func checkTable(file string, md []byte, t *east.Table, lineOf func(int) int) []Violation {
	start := -1
	ast.Walk(t, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if tx, ok := n.(*ast.Text); ok && entering && start < 0 {
			start = tx.Segment.Start
		}
		return ast.WalkContinue, nil
	})
	if start < 0 {
		return nil
	}
	lineStart := bytes.LastIndexByte(md[:start], '\n') + 1
	lines := strings.Split(string(md[lineStart:]), "\n")
	var vs []Violation
	want := -1
	for i, l := range lines {
		if !strings.HasPrefix(strings.TrimSpace(l), "|") {
			break
		}
		n := cells(l)
		if want < 0 {
			want = n
			continue
		}
		if n != want {
			vs = append(vs, Violation{file, lineOf(lineStart) + i, fmt.Sprintf("table row has %d cells; the header has %d", n, want)})
		}
	}
	return vs
}

// cells counts the cells of a table row: the unescaped pipes between the
// outer ones.
func cells(row string) int {
	row = strings.TrimSpace(row)
	n := 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n - 1
}

// validateAll checks every generated Markdown file, and that the zh and en
// files of a page have the same heading IDs. files maps a path relative to
// content/ ("zh/liaoning-2024-8/m07.md") to its bytes.
func validateAll(files map[string][]byte) []Violation {
	var vs []Violation
	ids := map[string][]string{}
	for path, src := range files {
		if !strings.HasSuffix(path, ".md") {
			continue
		}
		got, v := validate("content/"+path, src)
		vs = append(vs, v...)
		ids[path] = got
	}
	for path, zh := range ids {
		rest, ok := strings.CutPrefix(path, "zh/")
		if !ok {
			continue
		}
		en, ok := ids["en/"+rest]
		if !ok {
			vs = append(vs, Violation{"content/" + path, 1, "no English page content/en/" + rest})
			continue
		}
		if !slices.Contains(en, "summary") || !slices.Contains(zh, "summary") {
			// A page without a useful automatic summary shows none
			// (summaryOf), in either language; a link to #summary then
			// lands on the page's top.
			notSummary := func(id string) bool { return id == "summary" }
			zh, en = slices.DeleteFunc(slices.Clone(zh), notSummary), slices.DeleteFunc(slices.Clone(en), notSummary)
		}
		if strings.Join(zh, " ") != strings.Join(en, " ") {
			vs = append(vs, Violation{"content/en/" + rest, 1, fmt.Sprintf("heading IDs %v differ from the Chinese page's %v", en, zh)})
		}
	}
	sortViolations(vs)
	return vs
}
