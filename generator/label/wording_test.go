package label

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// notYet are the files of generator/ that still hold UI wording, and why.
// TestNoWordingInGo fails when one of them is clean: take it off the list.
var notYet = map[string]string{}

// wordingIn lists the UI wording in one Go file: a map literal keyed by
// "zh" or "en" whose values hold string literals, and a function named
// plural or a call of one. The site's wording belongs in i18n/<lang>.toml,
// read through this package.
//
//	var title = map[string]string{"zh": "目标一览", "en": "Targets"}   → "x.go:1: map keyed by \"zh\" holds wording"
//	fmt.Sprintf("%d %s", n, plural(n, "term", "terms"))              → "x.go:1: plural("
func wordingIn(path string, src []byte) ([]string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, 0)
	if err != nil {
		return nil, err
	}
	var out []string
	at := func(n ast.Node, msg string) {
		out = append(out, fmt.Sprintf("%s:%d: %s", path, fset.Position(n.Pos()).Line, msg))
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Name.Name == "plural" {
				at(n, "func plural")
			}
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "plural" {
				at(n, "plural(")
			}
		case *ast.CompositeLit:
			if _, ok := n.Type.(*ast.MapType); !ok {
				return true
			}
			for _, e := range n.Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				k, ok := kv.Key.(*ast.BasicLit)
				if !ok || k.Kind != token.STRING {
					continue
				}
				if key, _ := strconv.Unquote(k.Value); (key == "zh" || key == "en") && holdsString(kv.Value) {
					at(n, fmt.Sprintf("map keyed by %q holds wording", key))
					break
				}
			}
		}
		return true
	})
	return out, nil
}

// holdsString reports whether the expression has a string literal in it
// other than a language's key: "Targets" and fmt.Sprintf("共%d项", n) do,
// horizon(h, "zh") does not.
func holdsString(x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if b, ok := n.(*ast.BasicLit); ok && b.Kind == token.STRING {
			if v, _ := strconv.Unquote(b.Value); v != "zh" && v != "en" && v != "" {
				found = true
			}
		}
		return !found
	})
	return found
}

// TestWordingIn: the check finds each kind of wording, and leaves data
// keyed by language alone.
func TestWordingIn(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`var t = map[string]string{"zh": "目标一览", "en": "Targets"}`, `x.go:3: map keyed by "zh" holds wording`},
		{`var t = map[string]map[string]string{"en": {"year": "Documents from %s"}}`, `x.go:3: map keyed by "en" holds wording`},
		{`func f(lang string) string { return map[string][]string{"zh": {"指标"}}[lang][0] }`, `x.go:3: map keyed by "zh" holds wording`},
		{`func f(n int) string { return fmt.Sprint(n, plural(n, "term", "terms")) }`, `x.go:3: plural(`},
		{`func plural(n int, one, other string) string { return other }`, `x.go:3: func plural`},
		{`func f(a, b string) map[string]string { return map[string]string{"zh": a, "en": b} }`, ``}, // data, not wording
		{`var hl = map[string]int{"zh": 1}`, ``},
		{`func f(h H) map[string]string { return map[string]string{"zh": horizon(h, "zh"), "en": horizon(h, "en")} }`, ``},
		{`func f(n int) map[string]string { return map[string]string{"zh": fmt.Sprintf("共%d项", n)} }`, `x.go:3: map keyed by "zh" holds wording`},
	} {
		got, err := wordingIn("x.go", []byte("package x\n\n"+c.src+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, "\n") != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

// TestNoWordingInGo: no Go file of the generator (tests aside) holds UI
// wording; it is in i18n/<lang>.toml.
func TestNoWordingInGo(t *testing.T) {
	root := ".."
	dirty := map[string]bool{}
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && e.Name() == "testdata" {
			return filepath.SkipDir
		}
		if e.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		found, err := wordingIn("generator/"+rel, src)
		if err != nil {
			return err
		}
		if len(found) == 0 {
			return nil
		}
		dirty[rel] = true
		if _, ok := notYet[rel]; !ok {
			t.Errorf("UI wording in Go (put it in i18n/zh.toml and i18n/en.toml, read it through generator/label):\n%s", strings.Join(found, "\n"))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, rel := range slices.Sorted(maps.Keys(notYet)) {
		if !dirty[rel] {
			t.Errorf("generator/%s holds no UI wording any more: take it off notYet", rel)
		}
	}
}
