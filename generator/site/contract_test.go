package site

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
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
// checks that every key Build writes is among them); a key tagged omitempty,
// or holding a pointer, is optional: a page may not have it. The data files
// come from what Build writes into data/, the site parameters from
// hugo.toml [params].
//
// What the templates read is found by parsing them as Hugo does, with
// text/template/parse, and following the values (templateReads): .Params
// through variables, with, range, .Param, index, where, dict keys into
// partials, and the content adapter's front matter.

// field is one toml key of a struct: the local struct type its value holds
// ("" for a plain value), and whether a page may lack it.
type field struct {
	typ      string
	optional bool
	owner    string // the struct that declares it (an embedded struct's fields are its own)
}

// contract is what the generator writes, as the templates see it.
type contract struct {
	pages   map[string]map[string]field // page struct type (a front-matter root) → key → field
	nested  map[string]map[string]field // struct type → key → field
	layouts map[string][]string         // layout → the page struct types written with it
	kinds   map[string][]string         // kind → the page struct types written with it
	data    []string                    // hugo.Data.NAME: the data/NAME.json files
	params  []string                    // site.Params.NAME: hugo.toml [params]
}

// hugoKeys are front-matter keys that Hugo itself reads (title, dates,
// weight, layout, translation links): a template reads them as .Title,
// .Date, … rather than through .Params. https://gohugo.io/content-management/front-matter/#fields
var hugoKeys = []string{"title", "linkTitle", "description", "date", "lastmod", "publishDate", "expiryDate",
	"weight", "layout", "type", "translationKey", "aliases", "slug", "url", "draft", "keywords", "summary"}

// frontMatterKeys reads the toml-tagged structs of the package in dir.
// A struct used as the type of another's field is nested; the others are
// front-matter roots, and their keys are the top-level keys.
func frontMatterKeys(t *testing.T, dir string) (pages, nested map[string]map[string]field, layouts, kinds map[string][]string) {
	t.Helper()
	fset := token.NewFileSet()
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	structs := map[string]*ast.StructType{}
	var lits []*ast.CompositeLit
	var funcs []*ast.FuncType
	var bodies []*ast.BlockStmt
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
			switch n := n.(type) {
			case *ast.CompositeLit:
				lits = append(lits, n)
			case *ast.FuncDecl:
				funcs, bodies = append(funcs, n.Type), append(bodies, n.Body)
			case *ast.FuncLit:
				funcs, bodies = append(funcs, n.Type), append(bodies, n.Body)
			}
			return true
		})
	}
	fields := map[string]map[string]field{}
	used := map[string]bool{}
	embeds := map[string][]string{}
	for name, st := range structs {
		for _, f := range st.Fields.List {
			if id, ok := f.Type.(*ast.Ident); ok && len(f.Names) == 0 && structs[id.Name] != nil {
				embeds[name] = append(embeds[name], id.Name) // TOML flattens an embedded struct
				continue
			}
			if f.Tag == nil {
				continue
			}
			tag, _ := strconv.Unquote(f.Tag.Value)
			key, opts, _ := strings.Cut(reflect.StructTag(tag).Get("toml"), ",")
			if key == "" || key == "-" {
				continue
			}
			typ := elemType(f.Type)
			if _, local := structs[typ]; !local {
				typ = ""
			}
			_, pointer := f.Type.(*ast.StarExpr)
			if fields[name] == nil {
				fields[name] = map[string]field{}
			}
			fields[name][key] = field{typ, pointer || slices.Contains(strings.Split(opts, ","), "omitempty"), name}
			if typ != "" {
				used[typ] = true
			}
		}
	}
	for name, es := range embeds {
		for _, e := range es {
			if fields[name] == nil {
				fields[name] = map[string]field{}
			}
			for k, f := range fields[e] {
				fields[name][k] = f
			}
		}
	}
	pages, nested = map[string]map[string]field{}, map[string]map[string]field{}
	for name, fs := range fields {
		if used[name] {
			nested[name] = fs
		} else {
			pages[name] = fs
		}
	}
	// The layout and kind of a page type, where the generator writes them as
	// constants: sectionPage{…, Layout: "sectionpage"}, or p.Kind, p.Layout = "catalogue", "catalogue"
	// for a parameter p cataloguePage.
	layouts, kinds = map[string][]string{}, map[string][]string{}
	note := func(typ, key string, v ast.Expr) {
		lit, ok := v.(*ast.BasicLit)
		if !ok || pages[typ] == nil {
			return
		}
		s, _ := strconv.Unquote(lit.Value)
		m := map[string]map[string][]string{"Layout": layouts, "Kind": kinds}[key]
		if m != nil && !slices.Contains(m[s], typ) {
			m[s] = append(m[s], typ)
		}
	}
	for _, cl := range lits {
		if id, ok := cl.Type.(*ast.Ident); ok {
			for _, e := range cl.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if k, ok := kv.Key.(*ast.Ident); ok {
						note(id.Name, k.Name, kv.Value)
					}
				}
			}
		}
	}
	for i, ft := range funcs {
		params := map[string]string{}
		for _, f := range ft.Params.List {
			if id, ok := f.Type.(*ast.Ident); ok {
				for _, n := range f.Names {
					params[n.Name] = id.Name
				}
			}
		}
		if bodies[i] == nil || len(params) == 0 {
			continue
		}
		ast.Inspect(bodies[i], func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
				for j, l := range as.Lhs {
					if sel, ok := l.(*ast.SelectorExpr); ok {
						if x, ok := sel.X.(*ast.Ident); ok && params[x.Name] != "" {
							note(params[x.Name], sel.Sel.Name, as.Rhs[j])
						}
					}
				}
			}
			return true
		})
	}
	return pages, nested, layouts, kinds
}

// rootFields are the fields a front-matter key has in the page types
// (all of them when types is nil), and whether a page of those types may
// lack it: optional in one, or missing from one.
func (c contract) rootFields(key string, types []string) (fs []field, optional bool) {
	for name, keys := range c.pages {
		if types != nil && !slices.Contains(types, name) {
			continue
		}
		f, ok := keys[key]
		if !ok {
			optional = true
			continue
		}
		optional = optional || f.optional
		fs = append(fs, f)
	}
	if len(fs) == 0 && types != nil {
		// Not a key of these pages, but of others (a partial shared between page types): absent here.
		fs, _ = c.rootFields(key, nil)
		return fs, true
	}
	return fs, optional
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
	c.pages, c.nested, c.layouts, c.kinds = frontMatterKeys(t, ".")
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

// violations compares what templates read with what the generator writes.
func violations(c contract, r *reads) []string {
	var out []string
	readPaths := map[string]bool{}
	for _, rd := range r.params {
		at := rd.at
		shown := strings.Join(rd.path, ".")
		readPaths[rd.path[0]] = true
		fs, optional := c.rootFields(rd.path[0], rd.types)
		if len(fs) == 0 {
			if !slices.Contains(hugoKeys, rd.path[0]) {
				out = append(out, fmt.Sprintf("%s: reads .Params.%s; the generator writes no front-matter key %q", at, shown, rd.path[0]))
			}
			continue
		}
		for i := 1; ; i++ {
			if optional && !rd.guarded && i == len(rd.path) {
				out = append(out, fmt.Sprintf("%s: reads .Params.%s unguarded; a page may lack it (wrap it in with, if or default)", at, shown))
			}
			if i == len(rd.path) {
				break
			}
			var next []field
			typed := false
			for _, f := range fs {
				if f.typ == "" {
					continue
				}
				typed = true
				if nf, ok := c.nested[f.typ][rd.path[i]]; ok {
					next = append(next, nf)
					readPaths[nf.owner+"."+rd.path[i]] = true
				}
			}
			if !typed {
				break // a plain value or a map: not typed further
			}
			if len(next) == 0 {
				out = append(out, fmt.Sprintf("%s: reads .Params.%s; the generator writes no key %q there", at, shown, rd.path[i]))
				break
			}
			fs, optional = next, false
			for _, f := range next {
				optional = optional || f.optional
			}
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
	written := map[string]bool{}
	for _, keys := range c.pages {
		for k := range keys {
			written[k] = true
		}
	}
	for k := range written {
		if !readPaths[k] && !slices.Contains(hugoKeys, k) {
			out = append(out, fmt.Sprintf("front-matter key %q is written by the generator but no template reads .Params.%s", k, k))
		}
	}
	for typ, keys := range c.nested {
		for k, f := range keys {
			if f.owner == typ && !readPaths[typ+"."+k] {
				out = append(out, fmt.Sprintf("key %q of %s is written by the generator but no template reads it", k, typ))
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
	return slices.Compact(out)
}

// testLibrary loads testdata/lib, a few small documents of this package's
// own, in a project with the site's UI strings.
func testLibrary(t *testing.T) *library.Library {
	t.Helper()
	root := projectDir(t)
	copyTree(t, "testdata/lib", root)
	lib, err := library.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// TestContract: every key a template reads (the layouts and the content
// adapter) is written by the generator (or hugo.toml), every optional key is
// read under a guard, and every key the generator writes is read.
func TestContract(t *testing.T) {
	c := generated(t)
	r := templateReads(t, c, "../../layouts", "adapter.gotmpl")
	if len(r.params) < 100 {
		t.Fatalf("only %d reads of .Params found: the walk is lost", len(r.params))
	}
	adapter := false
	for _, rd := range r.params {
		adapter = adapter || strings.HasPrefix(rd.at, "adapter.gotmpl:")
	}
	if !adapter {
		t.Error("no read of the content adapter's front matter found (adapter.gotmpl)")
	}
	for _, v := range violations(c, r) {
		t.Error(v)
	}
}

// TestContractCoversOutput: every top-level front-matter key of every page
// Build writes for the test library is a key of the contract, so that no
// page type escapes it (front matter written from a map, say).
func TestContractCoversOutput(t *testing.T) {
	c := contract{}
	c.pages, c.nested, c.layouts, c.kinds = frontMatterKeys(t, ".")
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
			if fs, _ := c.rootFields(k, nil); len(fs) == 0 && !slices.Contains(hugoKeys, k) {
				t.Errorf("%s: front-matter key %q is not in the contract (no toml tag of a struct in this package)", p, k)
			}
		}
		n++
	}
	if n < 10 {
		t.Fatalf("only %d pages checked", n)
	}
}

// TestContractFailsOnFixture proves the test can fail: the fixture templates
// in testdata/contract/layouts read keys nobody writes in each of the ways a
// template can reach .Params, and optional keys without a guard; each is
// reported, the guarded and written ones are not.
func TestContractFailsOnFixture(t *testing.T) {
	c := generated(t)
	got := violations(c, templateReads(t, c, "testdata/contract/layouts", "testdata/contract/adapter.gotmpl"))
	all := strings.Join(got, "\n")
	for _, want := range []string{
		// the five probe reads: inside range, through a variable, .Param, inside with, a dict key into a partial
		`probes.html:4: reads .Params.chapters.nosuchInRange; the generator writes no key "nosuchInRange" there`,
		`probes.html:5: reads .Params.nosuchViaVariable; the generator writes no front-matter key "nosuchViaVariable"`,
		`probes.html:6: reads .Params.nosuchParam; the generator writes no front-matter key "nosuchParam"`,
		`probes.html:7: reads .Params.heading.nosuchInWith; the generator writes no key "nosuchInWith" there`,
		`_partials/probe.html:2: reads .Params.heading.nosuchDictKey; the generator writes no key "nosuchDictKey" there`,
		// the content adapter's front matter
		`adapter.gotmpl:4: reads .Params.nosuchInAdapter; the generator writes no front-matter key "nosuchInAdapter"`,
		// and the old ones: a misnamed key, index, where, site params, data
		`probes.html:8: reads .Params.summaryKind; the generator writes no front-matter key "summaryKind"`,
		`probes.html:9: reads .Params.nosuchIndexed; the generator writes no front-matter key "nosuchIndexed"`,
		`probes.html:10: reads .Params.nosuchWhere; the generator writes no front-matter key "nosuchWhere"`,
		`probes.html:11: reads site.Params.nosuchParam; hugo.toml [params] has no "nosuchParam"`,
		`probes.html:12: reads hugo.Data.nosuchData; the generator writes no data/nosuchData.json`,
		// optional keys read without a guard: printed, through a variable, into a partial, a field of an absent map
		`optional.html:3: reads .Params.jurisdiction unguarded; a page may lack it`,
		`optional.html:4: reads .Params.lastmod unguarded; a page may lack it`,
		`_partials/probe.html:3: reads .Params.cover unguarded; a page may lack it`,
		`optional.html:6: reads .Params.parent unguarded; a page may lack it`,
		// written, never read
		`front-matter key "siblings" is written by the generator but no template reads .Params.siblings`,
		`data/glossary.json is written by the generator but no template reads hugo.Data.glossary`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("fixture: missing violation\n  %s\ngot:\n%s", want, all)
		}
	}
	for _, not := range []string{`front-matter key "abstractKind";`, `.Params.heading.zh;`, `"abstractKind" is written`,
		`optional.html:8`, `optional.html:9`, `optional.html:10`, `optional.html:11`, `optional.html:12`} {
		if strings.Contains(all, not) {
			t.Errorf("fixture: a key the generator writes, read as it may be, is reported (%s):\n%s", not, all)
		}
	}
}
