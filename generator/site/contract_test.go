package site

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"

	"mingbai/generator/library"
)

// The site contract: the front matter and the data files the generator
// writes are the one definition of what the templates may read. The keys
// come from the toml tags of this package's structs (read from its source,
// so that a new page type needs no registration; TestContractCoversOutput
// checks that every key Build writes is among them), the data files from
// what Build writes into data/, the site parameters from hugo.toml [params].

// contract is what the generator writes, as the templates see it.
type contract struct {
	root   map[string][]string // front-matter key → the struct types of its value ("" for a plain value)
	nested map[string][]string // struct type → its keys
	data   []string            // hugo.Data.NAME: the data/NAME.json files
	params []string            // site.Params.NAME: hugo.toml [params]
}

// hugoKeys are front-matter keys that Hugo itself reads (title, dates,
// weight, layout, translation links): a template reads them as .Title,
// .Date, … rather than through .Params. https://gohugo.io/content-management/front-matter/#fields
var hugoKeys = []string{"title", "linkTitle", "description", "date", "lastmod", "publishDate", "expiryDate",
	"weight", "layout", "type", "translationKey", "aliases", "slug", "url", "draft", "keywords", "summary"}

// frontMatterKeys reads the toml-tagged structs of the package in dir.
// A struct used as the type of another's field is nested; the others are
// front-matter roots, and their keys are the top-level keys.
func frontMatterKeys(t *testing.T, dir string) (root, nested map[string][]string) {
	t.Helper()
	fset := token.NewFileSet()
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	structs := map[string]*ast.StructType{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if ts, ok := n.(*ast.TypeSpec); ok {
				if st, ok := ts.Type.(*ast.StructType); ok {
					structs[ts.Name.Name] = st
				}
			}
			return true
		})
	}
	// fields lists the toml keys of a struct and the local struct type of each.
	type field struct{ key, typ string }
	fields := map[string][]field{}
	used := map[string]bool{}
	for name, st := range structs {
		for _, f := range st.Fields.List {
			if f.Tag == nil {
				continue
			}
			tag, _ := strconv.Unquote(f.Tag.Value)
			key, _, _ := strings.Cut(reflect.StructTag(tag).Get("toml"), ",")
			if key == "" || key == "-" {
				continue
			}
			typ := elemType(f.Type)
			if _, local := structs[typ]; !local {
				typ = ""
			}
			fields[name] = append(fields[name], field{key, typ})
			if typ != "" {
				used[typ] = true
			}
		}
	}
	root, nested = map[string][]string{}, map[string][]string{}
	for name, fs := range fields {
		for _, f := range fs {
			if used[name] {
				nested[name] = append(nested[name], f.key)
			} else if !slices.Contains(root[f.key], f.typ) {
				root[f.key] = append(root[f.key], f.typ)
			}
		}
	}
	return root, nested
}

// elemType is the name of the struct a field's value holds: T, *T, []T,
// []*T or map[K]T give "T".
func elemType(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.ArrayType:
			e = x.Elt
		case *ast.MapType:
			e = x.Value
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// generated is the contract of this package: its front-matter keys, the
// data files Build writes for the test library, and hugo.toml's params.
func generated(t *testing.T) contract {
	t.Helper()
	c := contract{}
	c.root, c.nested = frontMatterKeys(t, ".")
	lib := testLibrary(t)
	fs, err := Build(lib)
	if err != nil {
		t.Fatal(err)
	}
	for p := range fs {
		if name, ok := strings.CutPrefix(p, "data/"); ok && strings.HasSuffix(name, ".json") && !strings.Contains(name, "/") {
			c.data = append(c.data, strings.TrimSuffix(name, ".json"))
		}
	}
	b, err := os.ReadFile("../../hugo.toml")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Params map[string]any `toml:"params"`
	}
	if err := toml.Unmarshal(b, &cfg); err != nil {
		t.Fatal(err)
	}
	for k := range cfg.Params {
		c.params = append(c.params, k)
	}
	return c
}

var (
	// $p.Params.heading.zh, .Params.kind, site.Params.license, .Site.Params.x
	paramsRE = regexp.MustCompile(`([\w$.]*)\.Params((?:\.[A-Za-z_]\w*)+)`)
	// where site.Pages "Params.kind" "document"
	quotedRE = regexp.MustCompile(`"Params\.([A-Za-z_]\w*)"`)
	// index .Params "abstract", index $p.Params "x"
	indexRE = regexp.MustCompile(`index\s+([\w$.]*)\.Params\s+"([A-Za-z_]\w*)"`)
	// hugo.Data.targets, site.Data.glossary
	dataRE = regexp.MustCompile(`(?:hugo|site|\.Site)\.Data\.([A-Za-z_]\w*)`)
	// .key: any field access, for nested keys read inside with and range
	fieldRE = regexp.MustCompile(`\.([A-Za-z_]\w*)`)
)

// read is what the templates under dir read: front-matter key paths
// ("heading.zh"), site parameters and data files, each with where it is
// read first; and every field name accessed anywhere.
type read struct {
	params, site, data map[string]string
	fields             map[string]bool
}

func templateReads(t *testing.T, dir string) read {
	t.Helper()
	r := read{params: map[string]string{}, site: map[string]string{}, data: map[string]string{}, fields: map[string]bool{}}
	add := func(m map[string]string, key, at string) {
		if _, ok := m[key]; !ok {
			m[key] = at
		}
	}
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !(strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".xml") || strings.HasSuffix(p, ".txt")) {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			at := fmt.Sprintf("%s:%d", filepath.ToSlash(p), i+1)
			for _, m := range paramsRE.FindAllStringSubmatch(line, -1) {
				path := strings.TrimPrefix(m[2], ".")
				if m[1] == "site" || strings.HasSuffix(m[1], ".Site") || m[1] == "$.Site" {
					add(r.site, strings.Split(path, ".")[0], at)
				} else {
					add(r.params, path, at)
				}
			}
			for _, m := range quotedRE.FindAllStringSubmatch(line, -1) {
				add(r.params, m[1], at)
			}
			for _, m := range indexRE.FindAllStringSubmatch(line, -1) {
				if m[1] == "site" || strings.HasSuffix(m[1], ".Site") {
					add(r.site, m[2], at)
				} else {
					add(r.params, m[2], at)
				}
			}
			for _, m := range dataRE.FindAllStringSubmatch(line, -1) {
				add(r.data, m[1], at)
			}
			for _, m := range fieldRE.FindAllStringSubmatch(line, -1) {
				r.fields[m[1]] = true
			}
			for _, m := range regexp.MustCompile(`"([A-Za-z_]\w*)"`).FindAllStringSubmatch(line, -1) {
				r.fields[m[1]] = true // index $m "key", where $x "key" …
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// violations compares what templates read with what the generator writes.
func violations(c contract, r read) []string {
	var out []string
	for path, at := range r.params {
		keys := strings.Split(path, ".")
		types, ok := c.root[keys[0]]
		if !ok {
			if !slices.Contains(hugoKeys, keys[0]) {
				out = append(out, fmt.Sprintf("%s: reads .Params.%s; the generator writes no front-matter key %q", at, path, keys[0]))
			}
			continue
		}
		if len(keys) > 1 && !nestedOK(c, types, keys[1]) {
			out = append(out, fmt.Sprintf("%s: reads .Params.%s; the generator writes no such nested key", at, path))
		}
	}
	for k, at := range r.site {
		if !slices.Contains(c.params, k) {
			out = append(out, fmt.Sprintf("%s: reads site.Params.%s; hugo.toml [params] has no %q", at, k, k))
		}
	}
	for k, at := range r.data {
		if !slices.Contains(c.data, k) {
			out = append(out, fmt.Sprintf("%s: reads hugo.Data.%s; the generator writes no data/%s.json", at, k, k))
		}
	}
	readRoot := map[string]bool{}
	for path := range r.params {
		readRoot[strings.Split(path, ".")[0]] = true
	}
	for k := range c.root {
		if !readRoot[k] && !slices.Contains(hugoKeys, k) {
			out = append(out, fmt.Sprintf("front-matter key %q is written by the generator but no template reads .Params.%s", k, k))
		}
	}
	for typ, keys := range c.nested {
		for _, k := range keys {
			if !r.fields[k] {
				out = append(out, fmt.Sprintf("key %q of %s is written by the generator but no template reads .%s", k, typ, k))
			}
		}
	}
	for _, k := range c.data {
		if _, ok := r.data[k]; !ok {
			out = append(out, fmt.Sprintf("data/%s.json is written by the generator but no template reads hugo.Data.%s", k, k))
		}
	}
	for _, k := range c.params {
		if _, ok := r.site[k]; !ok {
			out = append(out, fmt.Sprintf("hugo.toml [params] %s is read by no template", k))
		}
	}
	slices.Sort(out)
	return out
}

// nestedOK reports whether key is a key of one of the struct types. Only
// the first nested level is checked (.Params.heading.zh); deeper paths are
// not typed further.
func nestedOK(c contract, types []string, key string) bool {
	for _, typ := range types {
		if typ != "" && slices.Contains(c.nested[typ], key) {
			return true
		}
	}
	return false
}

// testLibrary loads testdata/lib: a few small documents of this package's own.
func testLibrary(t *testing.T) *library.Library {
	t.Helper()
	lib, err := library.Load("testdata/lib")
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// TestContract: every key a template reads is written by the generator (or
// hugo.toml), and every key the generator writes is read by a template.
func TestContract(t *testing.T) {
	c := generated(t)
	for _, v := range violations(c, templateReads(t, "../../layouts")) {
		t.Error(v)
	}
}

// TestContractCoversOutput: every top-level front-matter key of every page
// Build writes for the test library is a key of the contract, so that no
// page type escapes it (front matter written from a map, say).
func TestContractCoversOutput(t *testing.T) {
	root, _ := frontMatterKeys(t, ".")
	fs, err := Build(testLibrary(t))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for p, b := range fs {
		if !strings.HasPrefix(p, "content/") || !strings.HasSuffix(p, ".md") {
			continue
		}
		parts := strings.SplitN(string(b), "+++\n", 3)
		if len(parts) != 3 || parts[0] != "" {
			t.Errorf("%s: no TOML front matter", p)
			continue
		}
		var fm map[string]any
		if err := toml.Unmarshal([]byte(parts[1]), &fm); err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		for k := range fm {
			if _, ok := root[k]; !ok && !slices.Contains(hugoKeys, k) {
				t.Errorf("%s: front-matter key %q is not in the contract (no toml tag of a struct in this package)", p, k)
			}
		}
		n++
	}
	if n < 10 {
		t.Fatalf("only %d pages checked", n)
	}
}

// TestContractFailsOnFixture proves the test can fail: a fixture template
// that reads keys nobody writes, in testdata/contract/layouts, is reported
// key by key, and the keys it does not read are reported as unread.
func TestContractFailsOnFixture(t *testing.T) {
	got := violations(generated(t), templateReads(t, "testdata/contract/layouts"))
	all := strings.Join(got, "\n")
	for _, want := range []string{
		`bad.html:4: reads .Params.summaryKind; the generator writes no front-matter key "summaryKind"`,
		`bad.html:5: reads .Params.heading.nosuch; the generator writes no such nested key`,
		`bad.html:6: reads .Params.nosuchIndexed; the generator writes no front-matter key "nosuchIndexed"`,
		`bad.html:7: reads .Params.nosuchWhere; the generator writes no front-matter key "nosuchWhere"`,
		`bad.html:8: reads site.Params.nosuchParam; hugo.toml [params] has no "nosuchParam"`,
		`bad.html:9: reads hugo.Data.nosuchData; the generator writes no data/nosuchData.json`,
		`front-matter key "siblings" is written by the generator but no template reads .Params.siblings`,
		`data/glossary.json is written by the generator but no template reads hugo.Data.glossary`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("fixture: missing violation\n  %s\ngot:\n%s", want, all)
		}
	}
	for _, not := range []string{`.Params.abstractKind;`, `.Params.heading.zh;`, `"abstractKind" is written`} {
		if strings.Contains(all, not) {
			t.Errorf("fixture: a key the generator writes and the fixture reads is reported (%s):\n%s", not, all)
		}
	}
}
