package site

import (
	"fmt"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"text/template/parse"
)

// templateReads finds what Hugo templates read, by parsing them as Hugo does
// (text/template/parse) and walking each entry template (every layout that
// is not a partial, and the extra files, such as the content adapter) with
// its dot a page. It follows values, not text: a page's .Params, and keys
// under it, through variables ($fm := .Params), with and range (dot becomes
// the value), if (the condition's key is known present in its body), .Param
// "k", index X "k", where X "Params.k", transform.Unmarshal (the adapter's
// front matter), and dict values into partials (followed with their dict as
// dot). A read is guarded when a page without the key cannot break it: in
// the condition of with, if or range, under default, isset, eq, ne, not, and,
// or, in, cond's condition, where, or inside a with/if on the same key.

// read is one read of a front-matter key path (["heading", "zh"]).
type read struct {
	path    []string
	types   []string // the page types it is read from (nil: any)
	guarded bool
	at      string // file:line
}

// reads is what the templates read.
type reads struct {
	params     []read
	site, data map[string]string // site.Params.NAME, hugo.Data.NAME → where first read
}

// value is what the walk knows of a template value.
type value struct {
	kind  int
	path  []string         // vParams: the key path under the front matter
	types []string         // vPage, vParams: the page types (nil: any)
	dict  map[string]value // vDict: a dict's known values
	str   string           // vString: a string constant
	elems []value          // vList: the values
	known bool             // vParams: known present here (with, range, if)
}

const (
	vUnknown = iota
	vPage
	vPages // a collection of pages
	vParams
	vDict
	vSite
	vData
	vSiteParams
	vString
	vList // a slice of known values
)

// guards are the functions a read of an absent key passes safely.
var guards = []string{"default", "isset", "eq", "ne", "not", "and", "or", "in", "where", "with"}

// pageFuncs give pages or page collections from pages.
var pageFields = map[string]int{"Translations": vPages, "AllTranslations": vPages, "Pages": vPages, "RegularPages": vPages,
	"Sections": vPages, "ByLastmod": vPages, "ByDate": vPages, "ByWeight": vPages, "ByTitle": vPages, "Reverse": vPages,
	"Home": vPage, "Parent": vPage, "CurrentSection": vPage, "FirstSection": vPage, "GetPage": vPage, "Site": vSite,
	"Page": vPage} // .Page: a render hook's or shortcode's page (and a page's own)

type walker struct {
	t        *testing.T
	root     string
	trees    map[string]*parse.Tree // "_partials/x.html" → tree
	r        *reads
	seen     map[string]bool // partial + context signature, walked already
	depth    int
	file     string
	fileText string
	texts    map[string]string // template key → its file's text
	c        contract
}

// sortKeys records the key sort X "Params.k" reads of each page.
func (w *walker) sortKeys(name string, vals []value, pr present, pos parse.Pos, types []string) {
	if name != "sort" || len(vals) < 2 || vals[1].kind != vString {
		return
	}
	if key, ok := strings.CutPrefix(vals[1].str, "Params."); ok {
		w.use(value{kind: vParams, path: strings.Split(key, "."), types: types}, false, pr, pos)
	}
}

func templateReads(t *testing.T, c contract, dir string, extra ...string) *reads {
	t.Helper()
	w := &walker{t: t, c: c, root: dir, trees: map[string]*parse.Tree{}, seen: map[string]bool{},
		r: &reads{site: map[string]string{}, data: map[string]string{}}}
	var entries []string
	texts := map[string]string{}
	w.texts = texts
	add := func(name, path string) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		trees, err := parseTemplate(name, string(b))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for tn, tr := range trees {
			key := name
			if tn != name {
				key = name + "#" + tn
			}
			w.trees[key] = tr
			texts[key] = string(b)
			if !strings.HasPrefix(name, "_partials/") {
				entries = append(entries, key)
			}
		}
	}
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !(strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".xml") || strings.HasSuffix(p, ".txt")) {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		add(filepath.ToSlash(rel), p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range extra {
		add(filepath.Base(x), x)
	}
	slices.Sort(entries)
	for _, key := range entries {
		w.file, w.fileText = strings.Split(key, "#")[0], texts[key]
		tr := w.trees[key]
		if tr.Root == nil {
			continue
		}
		// A layout's page: of the types the generator writes with that layout, or any.
		page := value{kind: vPage, types: c.layouts[strings.TrimSuffix(path.Base(w.file), path.Ext(w.file))]}
		w.list(tr.Root, page, &scope{vars: map[string]value{"$": page}}, nil)
	}
	return w.r
}

// parseTemplate parses text as Hugo does: its functions are not checked
// (they are Hugo's), comments are kept out.
func parseTemplate(name, text string) (map[string]*parse.Tree, error) {
	tr := parse.New(name)
	tr.Mode = parse.SkipFuncCheck
	trees := map[string]*parse.Tree{}
	_, err := tr.Parse(text, "{{", "}}", trees)
	return trees, err
}

// scope holds the variables of a template, innermost last.
type scope struct {
	vars   map[string]value
	parent *scope
}

func (s *scope) child() *scope { return &scope{vars: map[string]value{}, parent: s} }

func (s *scope) get(name string) value {
	for c := s; c != nil; c = c.parent {
		if v, ok := c.vars[name]; ok {
			return v
		}
	}
	return value{}
}

func (s *scope) set(name string, v value) {
	for c := s; c != nil; c = c.parent {
		if _, ok := c.vars[name]; ok {
			c.vars[name] = v
			return
		}
	}
	s.vars[name] = v
}

// present is the set of key paths known present: inside with/if on them.
type present map[string]bool

func (p present) with(path []string) present {
	q := present{}
	for k := range p {
		q[k] = true
	}
	q[strings.Join(path, ".")] = true
	return q
}

func (w *walker) at(pos parse.Pos) string {
	line := 1 + strings.Count(w.fileText[:min(int(pos), len(w.fileText))], "\n")
	return fmt.Sprintf("%s:%d", w.file, line)
}

// use records the read of v, a value a template now relies on.
func (w *walker) use(v value, guarded bool, pr present, pos parse.Pos) {
	if v.kind != vParams || len(v.path) == 0 {
		return
	}
	w.r.params = append(w.r.params, read{path: slices.Clone(v.path), types: v.types, guarded: guarded || v.known || pr[strings.Join(v.path, ".")], at: w.at(pos)})
}

func (w *walker) list(l *parse.ListNode, dot value, sc *scope, pr present) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		w.node(n, dot, sc, pr)
	}
}

func (w *walker) node(n parse.Node, dot value, sc *scope, pr present) {
	switch n := n.(type) {
	case *parse.ActionNode:
		v := w.pipe(n.Pipe, dot, sc, pr, false)
		if len(n.Pipe.Decl) == 0 {
			w.use(v, false, pr, n.Pos)
		}
	case *parse.IfNode:
		v := w.pipe(n.Pipe, dot, sc, pr, true)
		w.use(v, true, pr, n.Pos)
		in := pr
		if v.kind == vParams {
			in = pr.with(v.path)
		}
		w.list(n.List, dot, sc.child(), in)
		w.list(n.ElseList, dot, sc.child(), pr)
	case *parse.WithNode:
		v := w.pipe(n.Pipe, dot, sc, pr, true)
		w.use(v, true, pr, n.Pos)
		in, inner := pr, v
		if v.kind == vParams {
			in = pr.with(v.path)
			inner.known = true
		}
		w.list(n.List, inner, sc.child(), in)
		w.list(n.ElseList, dot, sc.child(), pr)
	case *parse.RangeNode:
		c := sc.child()
		v := w.pipe(n.Pipe, dot, c, pr, true)
		w.use(v, true, pr, n.Pos)
		elem := value{}
		switch v.kind {
		case vParams: // the elements of a list: the same keys, present
			elem = value{kind: vParams, path: v.path, types: v.types, known: true}
		case vPages:
			elem = value{kind: vPage, types: v.types}
		}
		elems := []value{elem}
		if v.kind == vList {
			elems = v.elems
		}
		for _, elem := range elems {
			switch len(n.Pipe.Decl) {
			case 1:
				c.vars[n.Pipe.Decl[0].Ident[0]] = elem
			case 2:
				c.vars[n.Pipe.Decl[1].Ident[0]] = elem
			}
			w.list(n.List, elem, c, pr)
		}
		w.list(n.ElseList, dot, sc.child(), pr)
	case *parse.TemplateNode:
		if n.Pipe != nil {
			w.pipe(n.Pipe, dot, sc, pr, false)
		}
	case *parse.ListNode:
		w.list(n, dot, sc, pr)
	}
}

// pipe evaluates a pipeline: each command's result is the last argument of
// the next; a guard later in the pipeline guards what comes before it.
func (w *walker) pipe(p *parse.PipeNode, dot value, sc *scope, pr present, guarded bool) value {
	if p == nil {
		return value{}
	}
	var prev *value
	var v value
	for i, cmd := range p.Cmds {
		g := guarded
		for _, later := range p.Cmds[i+1:] {
			if id, ok := later.Args[0].(*parse.IdentifierNode); ok && slices.Contains(guards, id.Ident) {
				g = true
			}
		}
		v = w.cmd(cmd, dot, sc, pr, g, prev)
		prev = &v
	}
	for _, d := range p.Decl {
		if p.IsAssign {
			sc.set(d.Ident[0], v)
		} else {
			sc.vars[d.Ident[0]] = v
		}
	}
	return v
}

// cmd evaluates one command; prev is the result piped into it.
func (w *walker) cmd(c *parse.CommandNode, dot value, sc *scope, pr present, guarded bool, prev *value) value {
	first := c.Args[0]
	args := c.Args[1:]
	switch f := first.(type) {
	case *parse.IdentifierNode:
		return w.call(f.Ident, args, c.Pos, dot, sc, pr, guarded, prev)
	case *parse.FieldNode:
		return w.fields(dot, f.Ident, args, c.Pos, dot, sc, pr, guarded)
	case *parse.VariableNode:
		return w.fields(sc.get(f.Ident[0]), f.Ident[1:], args, c.Pos, dot, sc, pr, guarded)
	case *parse.ChainNode:
		if id, ok := f.Node.(*parse.IdentifierNode); ok && id.Ident != "site" && id.Ident != "hugo" { // a namespaced function: transform.Unmarshal
			return w.call(id.Ident+"."+strings.Join(f.Field, "."), args, c.Pos, dot, sc, pr, guarded, prev)
		}
		base := w.operand(f.Node, dot, sc, pr, guarded)
		return w.fields(base, f.Field, args, c.Pos, dot, sc, pr, guarded)
	}
	return w.operand(first, dot, sc, pr, guarded)
}

// operand evaluates an argument.
func (w *walker) operand(n parse.Node, dot value, sc *scope, pr present, guarded bool) value {
	switch n := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.StringNode:
		return value{kind: vString, str: n.Text}
	case *parse.PipeNode:
		return w.pipe(n, dot, sc, pr, guarded)
	case *parse.FieldNode:
		return w.fields(dot, n.Ident, nil, n.Pos, dot, sc, pr, guarded)
	case *parse.VariableNode:
		return w.fields(sc.get(n.Ident[0]), n.Ident[1:], nil, n.Pos, dot, sc, pr, guarded)
	case *parse.ChainNode:
		if id, ok := n.Node.(*parse.IdentifierNode); ok && id.Ident != "site" && id.Ident != "hugo" {
			return w.call(id.Ident+"."+strings.Join(n.Field, "."), nil, n.Pos, dot, sc, pr, guarded, nil)
		}
		return w.fields(w.operand(n.Node, dot, sc, pr, guarded), n.Field, nil, n.Pos, dot, sc, pr, guarded)
	case *parse.IdentifierNode:
		return w.call(n.Ident, nil, n.Pos, dot, sc, pr, guarded, nil)
	}
	return value{}
}

// fields follows .a.b.c from base; args, if any, are a method's arguments.
// Every key passed on the way is a read the rest relies on.
func (w *walker) fields(base value, names []string, args []parse.Node, pos parse.Pos, dot value, sc *scope, pr present, guarded bool) value {
	v := base
	for i, name := range names {
		last := i == len(names)-1
		switch v.kind {
		case vPage:
			switch {
			case name == "Params":
				v = value{kind: vParams, path: []string{}, types: v.types}
			case name == "Param" && last && len(args) == 1:
				if s, ok := args[0].(*parse.StringNode); ok {
					return value{kind: vParams, path: []string{s.Text}, types: v.types}
				}
				v = value{}
			case name == "Data":
				v = value{kind: vData}
			default:
				v = value{kind: pageFields[name]}
			}
		case vSite:
			switch name {
			case "Params":
				v = value{kind: vSiteParams}
			case "Data":
				v = value{kind: vData}
			default:
				v = value{kind: pageFields[name]}
				if name == "Pages" || name == "RegularPages" {
					v = value{kind: vPages}
				}
			}
		case vSiteParams:
			if _, ok := w.r.site[name]; !ok {
				w.r.site[name] = w.at(pos)
			}
			v = value{}
		case vData:
			if _, ok := w.r.data[name]; !ok {
				w.r.data[name] = w.at(pos)
			}
			v = value{}
		case vPages:
			v = value{kind: pageFields[name], types: v.types}
			if v.kind == vPage {
				v.kind = vPages
			}
		case vParams:
			if len(v.path) > 0 {
				w.use(v, false, pr, pos) // .a.b: a must be there
			}
			v = value{kind: vParams, path: append(slices.Clone(v.path), name), types: v.types}
		case vDict:
			v = v.dict[name]
		default:
			v = value{}
		}
	}
	for _, a := range args {
		w.use(w.operand(a, dot, sc, pr, guarded), guarded, pr, pos)
	}
	return v
}

// call evaluates a function call.
func (w *walker) call(name string, args []parse.Node, pos parse.Pos, dot value, sc *scope, pr present, guarded bool, prev *value) value {
	g := guarded || slices.Contains(guards, name)
	vals := make([]value, 0, len(args)+1)
	for i, a := range args {
		ag := g
		if name == "cond" && i > 0 {
			ag = guarded
		}
		vals = append(vals, w.operand(a, dot, sc, pr, ag))
	}
	if prev != nil {
		vals = append(vals, *prev)
	}
	str := func(i int) (string, bool) {
		if i < len(vals) && vals[i].kind == vString {
			return vals[i].str, true
		}
		return "", false
	}
	switch name {
	case "site":
		return value{kind: vSite}
	case "hugo":
		return value{kind: vSite}
	case "dict":
		d := value{kind: vDict, dict: map[string]value{}}
		for i := 0; i+1 < len(vals); i += 2 {
			if k, ok := str(i); ok {
				d.dict[k] = vals[i+1]
			}
			// read here as far as the contract goes (the key is written); whether it may
			// be absent is checked where the value is used
			w.use(vals[i+1], true, pr, pos)
		}
		return d
	case "partial", "partialCached":
		if n, ok := str(0); ok && len(vals) > 1 {
			w.partial(n, vals[1], pr)
		}
		for _, v := range vals[min(2, len(vals)):] {
			w.use(v, true, pr, pos) // partialCached variants: keys of the cache
		}
		return value{}
	case "index":
		if len(vals) > 1 && vals[0].kind == vParams {
			v := vals[0]
			for i := 1; i < len(vals); i++ {
				k, ok := str(i)
				if !ok {
					return value{}
				}
				if len(v.path) > 0 {
					w.use(v, false, pr, pos)
				}
				v = value{kind: vParams, path: append(slices.Clone(v.path), k), types: v.types}
			}
			return v
		}
		if len(vals) > 1 && vals[0].kind == vDict {
			if k, ok := str(1); ok {
				return vals[0].dict[k]
			}
		}
	case "where":
		var types []string
		if len(vals) > 0 {
			types = vals[0].types
		}
		if k, ok := str(1); ok {
			if key, ok := strings.CutPrefix(k, "Params."); ok {
				w.use(value{kind: vParams, path: strings.Split(key, "."), types: types}, true, pr, pos)
				// where … "Params.kind" "document": the pages of that kind's types
				if want, ok := str(len(vals) - 1); ok && key == "kind" && len(vals) == 3 {
					types = w.c.kinds[want]
				}
			}
		}
		if len(vals) > 0 && vals[0].kind == vPages {
			return value{kind: vPages, types: types}
		}
		return value{}
	case "slice":
		return value{kind: vList, elems: vals}
	case "and":
		for _, v := range vals {
			w.use(v, true, pr, pos)
		}
		if len(vals) > 0 {
			return vals[len(vals)-1] // and gives its last argument when all are true
		}
	case "first", "last", "after", "sort", "shuffle", "uniq", "complement", "intersect", "union", "symdiff":
		for _, v := range vals {
			if v.kind == vPages {
				w.sortKeys(name, vals, pr, pos, v.types)
				return v
			}
		}
	case "isset":
		if k, ok := str(1); ok && len(vals) > 0 && vals[0].kind == vParams {
			w.use(value{kind: vParams, path: append(slices.Clone(vals[0].path), k), types: vals[0].types}, true, pr, pos)
			return value{}
		}
	case "transform.Unmarshal":
		return value{kind: vParams, path: []string{}} // the content adapter's front matter
	}
	for i, v := range vals {
		if v.kind == vDict {
			continue // merged or passed on: its values are read where they are used
		}
		if name == "cond" && i > 0 {
			continue // chosen, not used
		}
		w.use(v, g, pr, pos)
	}
	if name == "cond" && len(vals) == 3 {
		if vals[1].kind == vParams {
			return vals[1]
		}
		return vals[2]
	}
	if name == "default" && len(vals) == 2 {
		return value{} // the key or its default: no longer a key that may be absent
	}
	return value{}
}

// partial walks the partial name with ctx as its dot, once per shape of ctx.
func (w *walker) partial(name string, ctx value, pr present) {
	key := "_partials/" + name
	tr, ok := w.trees[key]
	if !ok {
		return
	}
	known := slices.Sorted(maps.Keys(pr))
	sig := key + " " + signature(ctx) + fmt.Sprint(known)
	if w.seen[sig] || w.depth > 20 {
		return
	}
	w.seen[sig] = true
	file, text := w.file, w.fileText
	w.file, w.fileText = key, w.texts[key]
	w.depth++
	w.list(tr.Root, ctx, &scope{vars: map[string]value{"$": ctx}}, pr)
	w.depth--
	w.file, w.fileText = file, text
}

// signature tells contexts apart that may read different keys.
func signature(v value) string {
	switch v.kind {
	case vParams:
		return fmt.Sprintf("P(%s,%v,%v)", strings.Join(v.path, "."), v.known, v.types)
	case vPage:
		return fmt.Sprintf("page%v", v.types)
	case vDict:
		keys := make([]string, 0, len(v.dict))
		for k, x := range v.dict {
			keys = append(keys, k+"="+signature(x))
		}
		slices.Sort(keys)
		return "{" + strings.Join(keys, " ") + "}"
	}
	return fmt.Sprint(v.kind)
}
