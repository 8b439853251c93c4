package site

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"text/template/parse"
)

// Escaping in one place per output: Markdown by the generator's Markdown
// writer, HTML by html/template. A template never edits HTML as a string:
// no regexp replacement, no hand escaping, no cutting or splicing of markup.
// htmlChecks finds where a template does, parsed as Hugo parses it.

// htmlEditors are functions that only make sense on HTML as a string: a
// regexp replacement, hand escaping, stripping tags.
var htmlEditors = []string{"replaceRE", "htmlEscape", "htmlUnescape", "plainify",
	"transform.HTMLEscape", "transform.HTMLUnescape", "strings.ReplaceRE"}

// stringEditors are string functions that edit HTML when given markup.
var stringEditors = []string{"replace", "strings.Replace", "strings.ReplacePairs", "split", "strings.Split",
	"strings.SplitN", "strings.TrimPrefix", "strings.TrimSuffix", "strings.Trim", "after", "first", "last",
	"substr", "strings.Substr", "truncate", "strings.Truncate", "delimit", "collections.Delimit"}

// htmlValues are the fields and functions whose value is rendered HTML.
var htmlValues = []string{"Content", "RenderString", "Summary", "TableOfContents", "RenderShortcodes", "Inner",
	"partial", "partialCached", "safeHTML", "markdownify", "emojify"}

// htmlChecks returns every place in the templates under dir (layouts/,
// relative names) that edits HTML as a string:
//   - a call of an htmlEditor;
//   - a string function given a literal with markup (< or >, or a
//     placeholder @@…@@);
//   - a string function given rendered HTML (.Content, RenderString, a
//     partial's output, …);
//   - printf building markup ("<span>%s</span>"), except the XML prologue.
func htmlChecks(t *testing.T, dir string) []string {
	var found []string
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		trees, err := parseTemplate(rel, string(b))
		if err != nil {
			return fmt.Errorf("%s: %v", p, err)
		}
		for _, tr := range trees {
			if tr.Root == nil {
				continue
			}
			walkCommands(tr.Root, func(pipe *parse.PipeNode, i int) {
				if msg := htmlEdit(pipe, i); msg != "" {
					line := 1 + strings.Count(string(b[:min(int(pipe.Cmds[i].Pos), len(b))]), "\n")
					found = append(found, fmt.Sprintf("%s:%d: %s", filepath.ToSlash(rel), line, msg))
				}
			})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(found)
	return slices.Compact(found)
}

// htmlEdit says how command i of pipe edits HTML as a string, or "".
func htmlEdit(pipe *parse.PipeNode, i int) string {
	cmd := pipe.Cmds[i]
	name := funcName(cmd.Args[0])
	args := cmd.Args[1:]
	if i > 0 { // the value piped in is an argument too
		args = append(args, pipe.Cmds[i-1])
	}
	switch {
	case slices.Contains(htmlEditors, name):
		return name + " edits HTML as a string"
	case name == "printf" && len(args) > 0:
		if s, ok := args[0].(*parse.StringNode); ok && strings.ContainsAny(s.Text, "<>") && !strings.HasPrefix(s.Text, "<?xml") {
			return fmt.Sprintf("printf builds markup (%s); write it in the template", s.Quoted)
		}
	case slices.Contains(stringEditors, name):
		for _, a := range args {
			if s, ok := a.(*parse.StringNode); ok && (strings.ContainsAny(s.Text, "<>") || strings.Contains(s.Text, "@@")) {
				return fmt.Sprintf("%s cuts or splices markup (%s)", name, s.Quoted)
			}
			if v := htmlValue(a); v != "" {
				return fmt.Sprintf("%s edits rendered HTML (%s)", name, v)
			}
		}
	}
	return ""
}

// htmlValue names the rendered HTML that the node n reads, or "".
func htmlValue(n parse.Node) string {
	var got string
	var visit func(n parse.Node)
	visit = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.FieldNode:
			if f := n.Ident[len(n.Ident)-1]; slices.Contains(htmlValues, f) {
				got = "." + f
			}
		case *parse.ChainNode:
			if f := n.Field[len(n.Field)-1]; slices.Contains(htmlValues, f) {
				got = "." + f
			}
		case *parse.IdentifierNode:
			if slices.Contains(htmlValues, n.Ident) {
				got = n.Ident
			}
		case *parse.PipeNode:
			for _, c := range n.Cmds {
				visit(c)
			}
		case *parse.CommandNode:
			for _, a := range n.Args {
				visit(a)
			}
		}
	}
	visit(n)
	return got
}

// funcName is the name a command calls: "replaceRE", "strings.Split".
func funcName(n parse.Node) string {
	switch n := n.(type) {
	case *parse.IdentifierNode:
		return n.Ident
	case *parse.ChainNode:
		if id, ok := n.Node.(*parse.IdentifierNode); ok {
			return id.Ident + "." + strings.Join(n.Field, ".")
		}
	}
	return ""
}

// walkCommands calls f with every command of every pipeline under n.
func walkCommands(n parse.Node, f func(pipe *parse.PipeNode, i int)) {
	var pipe func(p *parse.PipeNode)
	var node func(n parse.Node)
	pipe = func(p *parse.PipeNode) {
		if p == nil {
			return
		}
		for i, c := range p.Cmds {
			f(p, i)
			for _, a := range c.Args {
				node(a)
			}
		}
	}
	node = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n == nil {
				return
			}
			for _, c := range n.Nodes {
				node(c)
			}
		case *parse.ActionNode:
			pipe(n.Pipe)
		case *parse.PipeNode:
			pipe(n)
		case *parse.ChainNode:
			node(n.Node)
		case *parse.IfNode:
			pipe(n.Pipe)
			node(n.List)
			node(n.ElseList)
		case *parse.RangeNode:
			pipe(n.Pipe)
			node(n.List)
			node(n.ElseList)
		case *parse.WithNode:
			pipe(n.Pipe)
			node(n.List)
			node(n.ElseList)
		case *parse.TemplateNode:
			pipe(n.Pipe)
		}
	}
	node(n)
}

// TestTemplatesDoNotEditHTML: no template under layouts/ edits HTML as a
// string.
func TestTemplatesDoNotEditHTML(t *testing.T) {
	for _, f := range htmlChecks(t, "../../layouts") {
		t.Error(f)
	}
}

// TestTemplatesDoNotEditHTMLFails: the check finds each way of editing HTML
// in testdata/escape/layouts: the old markhan.html (a regexp over rendered
// HTML, cut at < and >), the old mixed.html (hand escaping, a regexp over the
// escaped HTML), and placeholder splicing.
func TestTemplatesDoNotEditHTMLFails(t *testing.T) {
	got := htmlChecks(t, "testdata/escape/layouts")
	want := []string{
		`_partials/markhan.html:12: split cuts or splices markup ("<")`,
		`_partials/markhan.html:13: replaceRE edits HTML as a string`,
		`_partials/markhan.html:15: split cuts or splices markup (">")`,
		`_partials/markhan.html:16: delimit cuts or splices markup (">")`,
		`_partials/markhan.html:17: printf builds markup ("%s>%s"); write it in the template`,
		`_partials/markhan.html:17: replaceRE edits HTML as a string`,
		`_partials/markhan.html:20: delimit cuts or splices markup ("<")`,
		`_partials/mixed.html:10: replaceRE edits HTML as a string`,
		"_partials/mixed.html:13: printf builds markup (`<span class=\"gloss\"><span class=\"vh\">%s </span>$1</span>`); write it in the template",
		`_partials/mixed.html:13: replaceRE edits HTML as a string`,
		`_partials/mixed.html:7: htmlEscape edits HTML as a string`,
		`_partials/splice.html:5: replace cuts or splices markup ("@@TITLE@@")`,
		`_partials/splice.html:6: replace edits rendered HTML (.Content)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
