package site

import (
	"bytes"
	"cmp"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"mingbai/generator/library"
)

// TestAbsentFields builds, with Hugo and --panicOnWarning, a library in
// which every optional field of a document is missing somewhere: the plain
// seeds of testdata/absent (no meta.toml, so no translation, summary,
// source address or change log; and one document each without its date,
// number, issuers, targets and sections, one with none of them, and one
// whose headings look like template syntax or the old placeholders). Every
// page must then read naturally (readable).
func TestAbsentFields(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with Hugo")
	}
	root := t.TempDir()
	siteProject(t, "../..", root)
	seeds, err := filepath.Glob("testdata/absent/*.txt")
	if err != nil || len(seeds) < 8 {
		t.Fatalf("test seeds: %v %v", seeds, err)
	}
	for _, f := range seeds {
		copyFile(t, f, filepath.Join(root, "seeds", filepath.Base(f)))
	}
	lib, err := library.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	files, err := Build(lib)
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(root, files); err != nil {
		t.Fatal(err)
	}
	// MINGBAI_ABSENT_SITE keeps the build for the browser checks (tests/absent.test.mjs).
	out := cmp.Or(os.Getenv("MINGBAI_ABSENT_SITE"), filepath.Join(root, "public"))
	if err := os.RemoveAll(out); err != nil {
		t.Fatal(err)
	}
	hugo(t, root, out, "HUGO_PARAMS_SHARECARDS=false")
	for _, d := range lib.Docs {
		for _, l := range []string{"zh", "en"} {
			for _, rel := range []string{"", "text/", "source/", "targets/"} {
				if _, err := os.Stat(filepath.Join(out, l, d.Model.ID, rel, "index.html")); err != nil {
					t.Errorf("%s/%s/%s: not built", l, d.Model.ID, rel)
				}
			}
		}
	}
	readable(t, out)
	// A heading is text: neither a template nor a placeholder.
	for _, c := range []struct{ page, want string }{
		{"zh/odd-heading/c1/index.html", "关于@@cite-apa@@的要求"},
		{"zh/odd-heading/c2/index.html", "{{ .Title }}与{{ 模板 }}"},
	} {
		b, err := os.ReadFile(filepath.Join(out, c.page))
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := html.Parse(bytes.NewReader(b))
		h1, cite := "", ""
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.Data == "h1" && h1 == "" {
				h1 = textOf(n)
			}
			if n.Type == html.ElementNode && n.Data == "output" && attrOf(n, "id") == "cite-plain" {
				cite = textOf(n)
			}
		}
		if !strings.Contains(h1, c.want) || !strings.Contains(cite, c.want) {
			t.Errorf("%s: <h1> %q, citation %q; want both to hold %q as written", c.page, h1, cite, c.want)
		}
	}
}

// hugo builds the site at root into out, as scripts/build does (without
// minifying, so that failures quote readable HTML).
func hugo(t *testing.T, root, out string, env ...string) {
	t.Helper()
	cmd := exec.Command("go", "tool", "hugo", "build", "--panicOnWarning", "--printI18nWarnings", "--printPathWarnings",
		"--quiet", "-s", root, "-d", out)
	// The same environment as scripts/env.sh, so the compiled Hugo is reused.
	cmd.Env = append(append(os.Environ(), "CGO_ENABLED=0", "GOTOOLCHAIN=local"), env...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("hugo: %v\n%s", err, b)
	}
}

// siteProject copies the Hugo site of the project at src (hugo.toml,
// layouts, i18n, assets and static, without the generated output) to dst,
// with an empty seeds/ but for the glossary.
func siteProject(t *testing.T, src, dst string) {
	t.Helper()
	generated := map[string]bool{"assets/generated": true, "static/data": true}
	for _, top := range []string{"hugo.toml", "layouts", "i18n", "assets", "static"} {
		err := filepath.WalkDir(filepath.Join(src, top), func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(src, p)
			if generated[filepath.ToSlash(rel)] {
				return filepath.SkipDir
			}
			if !e.IsDir() {
				copyFile(t, p, filepath.Join(dst, rel))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	copyFile(t, filepath.Join(src, "seeds", "glossary.toml"), filepath.Join(dst, "seeds", "glossary.toml"))
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// unreadable are strings no page may show: a bracket around an absent
// number or title, an absent date formatted, an empty APA date or a GB/T
// 7714 number separator with no number.
var unreadable = []string{"（）", "()", "《》", "Invalid date", "0001-01-01", "0001年", "January 1, 1",
	" 0001 ", ": [A/OL]", "<no value>", "%!"}

// readable walks every HTML page and the feeds under dir: no text, title
// or attribute value holds an unreadable string; no heading, label, list,
// list item, term or definition is empty; no section or navigation is a
// heading alone. Live regions that scripts fill (role=status) may be empty.
func readable(t *testing.T, dir string) {
	t.Helper()
	pages := 0
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !(strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".xml")) {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if strings.HasPrefix(rel, "pagefind") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.HasSuffix(p, ".xml") {
			for _, s := range unreadable {
				if bytes.Contains(b, []byte(s)) {
					t.Errorf("%s: shows %q", rel, s)
				}
			}
			return nil
		}
		pages++
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			return err
		}
		for n := range doc.Descendants() {
			switch n.Type {
			case html.TextNode:
				for _, s := range unreadable {
					if strings.Contains(n.Data, s) {
						t.Errorf("%s: shows %q in %q", rel, s, clip(n.Data))
					}
				}
				continue
			case html.ElementNode:
			default:
				continue
			}
			for _, a := range n.Attr {
				for _, s := range unreadable {
					if strings.Contains(a.Val, s) {
						t.Errorf("%s: <%s %s> holds %q", rel, n.Data, a.Key, s)
					}
				}
			}
			switch n.Data {
			case "h1", "h2", "h3", "h4", "dt", "dd", "li", "ol", "ul", "summary", "title", "label", "button", "a":
				if strings.TrimSpace(textOf(n)) == "" && attrOf(n, "aria-label") == "" && !hasChild(n, "img", "svg", "input") {
					t.Errorf("%s: an empty <%s %s>", rel, n.Data, attrs(n))
				}
			case "p":
				if strings.TrimSpace(textOf(n)) == "" && attrOf(n, "role") != "status" {
					t.Errorf("%s: an empty <p %s>", rel, attrs(n))
				}
			case "section", "nav":
				if h := firstHeading(n); h != nil && strings.TrimSpace(strings.TrimPrefix(textOf(n), textOf(h))) == "" {
					t.Errorf("%s: <%s %s> holds its heading %q and nothing else", rel, n.Data, attrs(n), textOf(h))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages == 0 {
		t.Fatal("no pages built")
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func attrOf(n *html.Node, k string) string {
	for _, a := range n.Attr {
		if a.Key == k {
			return a.Val
		}
	}
	return ""
}

func attrs(n *html.Node) string {
	var s []string
	for _, a := range n.Attr {
		s = append(s, a.Key+"="+a.Val)
	}
	return strings.Join(s, " ")
}

func hasChild(n *html.Node, tags ...string) bool {
	for c := range n.Descendants() {
		for _, tag := range tags {
			if c.Type == html.ElementNode && c.Data == tag {
				return true
			}
		}
	}
	return false
}

func firstHeading(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.Data == "h2" || c.Data == "h3") {
			return c
		}
	}
	return nil
}

func clip(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return s
}
