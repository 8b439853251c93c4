// Package links checks that a built static site has no broken internal links.
//
// It walks a folder of built files, parses every HTML file and checks that
// every internal href, src, srcset, form action and meta refresh target names a
// file of the site, and that every #fragment names an element of the target
// page (an id, or the name of an <a>). CSS files are checked too, for their
// url(…) references.
//
// The site can be checked as served under a sub-path: with Base "/policy/",
// the file DIR/zh/index.html is the page /policy/zh/, a link to /policy/zh/c2/
// must resolve to DIR/zh/c2/index.html and a link to /zh/ is broken because it
// leaves the site. Base may also be a full URL (https://example.org/policy/),
// in which case absolute links to that origin are checked as internal links.
package links

import (
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Problem is one broken reference.
type Problem struct {
	File string // the referring file, relative to the checked folder, slash-separated
	Line int    // 1-based line of the referring tag (minified HTML is often one line)
	Attr string // the attribute or construct that holds the reference: href, src, srcset, url()…
	Ref  string // the reference as written
	Why  string
}

func (p Problem) String() string {
	return fmt.Sprintf("%s:%d: %s=%q: %s", p.File, p.Line, p.Attr, p.Ref, p.Why)
}

// Report is the result of a check.
type Report struct {
	Files    int // files walked
	Pages    int // HTML files parsed
	Links    int // internal references checked
	External int // references to other origins, not checked
	Problems []Problem
}

// Options configure a check.
type Options struct {
	// Base is the path (or full URL) under which the folder is served; "" means "/".
	Base string
}

// page is what the checker keeps of one HTML file.
type page struct {
	ids  map[string]bool
	refs []ref
}

type ref struct {
	line      int
	attr, raw string
	base      string // the document base URL path (from <base href>), "" for the page's own
}

// Check walks dir and returns every broken internal reference.
func Check(dir string, opt Options) (*Report, error) {
	origin, basePath, err := splitBase(opt.Base)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", dir)
	}
	c := &checker{
		dir:      dir,
		origin:   origin,
		basePath: basePath,
		files:    map[string]bool{},
		dirs:     map[string]bool{},
		pages:    map[string]*page{},
		css:      map[string][]ref{},
	}
	if err := c.walk(); err != nil {
		return nil, err
	}
	c.resolveAll()
	sort.SliceStable(c.report.Problems, func(i, j int) bool {
		a, b := c.report.Problems[i], c.report.Problems[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return &c.report, nil
}

// splitBase turns "/policy", "policy/", "https://example.org/policy" into the
// origin ("" or "https://example.org") and a path with slashes on both ends.
func splitBase(base string) (origin, p string, err error) {
	if base == "" {
		return "", "/", nil
	}
	if strings.Contains(base, "://") {
		u, err := url.Parse(base)
		if err != nil {
			return "", "", fmt.Errorf("base %q: %v", base, err)
		}
		if u.Scheme == "" || u.Host == "" {
			return "", "", fmt.Errorf("base %q: want a path like /policy/ or a URL like https://example.org/policy/", base)
		}
		origin = strings.ToLower(u.Scheme + "://" + u.Host)
		base = u.Path
	}
	if !strings.HasPrefix(base, "/") {
		base = "/" + base
	}
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	p = path.Clean(base)
	if p != "/" {
		p += "/"
	}
	return origin, p, nil
}

type checker struct {
	dir              string
	origin, basePath string
	files            map[string]bool // slash-separated paths relative to dir
	dirs             map[string]bool
	pages            map[string]*page
	css              map[string][]ref
	report           Report
}

func (c *checker) walk() error {
	return filepath.WalkDir(c.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(c.dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			c.dirs[rel] = true
			return nil
		}
		c.files[rel] = true
		c.report.Files++
		switch strings.ToLower(path.Ext(rel)) {
		case ".html", ".htm":
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			c.pages[rel] = parsePage(b)
			c.report.Pages++
		case ".css":
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			c.css[rel] = cssRefs(b)
		}
		return nil
	})
}

// urlPath returns the URL path under which the file rel is served.
func (c *checker) urlPath(rel string) string {
	if rel == "index.html" {
		return c.basePath
	}
	if strings.HasSuffix(rel, "/index.html") {
		return c.basePath + strings.TrimSuffix(rel, "index.html")
	}
	return c.basePath + rel
}

func (c *checker) resolveAll() {
	rels := make([]string, 0, len(c.pages))
	for rel := range c.pages {
		rels = append(rels, rel)
	}
	sort.Strings(rels)
	for _, rel := range rels {
		for _, r := range c.pages[rel].refs {
			c.check(rel, r)
		}
	}
	rels = rels[:0]
	for rel := range c.css {
		rels = append(rels, rel)
	}
	sort.Strings(rels)
	for _, rel := range rels {
		for _, r := range c.css[rel] {
			c.check(rel, r)
		}
	}
}

func (c *checker) problem(rel string, r ref, why string, args ...any) {
	c.report.Problems = append(c.report.Problems, Problem{File: rel, Line: r.line, Attr: r.attr, Ref: r.raw, Why: fmt.Sprintf(why, args...)})
}

// check resolves one reference found in the file rel.
func (c *checker) check(rel string, r ref) {
	raw := strings.TrimSpace(r.raw)
	if raw == "" {
		if r.attr == "action" { // an empty action submits to the page itself
			return
		}
		c.problem(rel, r, "empty URL")
		return
	}
	lower := strings.ToLower(raw)
	if strings.HasPrefix(lower, "javascript:") || strings.HasPrefix(lower, "vbscript:") {
		c.problem(rel, r, "script URL")
		return
	}
	for _, s := range []string{"mailto:", "tel:", "data:", "sms:", "urn:"} {
		if strings.HasPrefix(lower, s) {
			c.report.External++
			return
		}
	}
	u, err := url.Parse(raw)
	if err != nil {
		c.problem(rel, r, "unparsable URL: %v", err)
		return
	}
	pageURL := &url.URL{Path: c.urlPath(rel)}
	if r.base != "" {
		bu, err := url.Parse(r.base)
		if err != nil {
			c.problem(rel, r, "unparsable <base href>: %v", err)
			return
		}
		pageURL = pageURL.ResolveReference(bu)
	}
	if c.origin != "" && pageURL.Scheme == "" {
		o, _ := url.Parse(c.origin)
		pageURL.Scheme, pageURL.Host = o.Scheme, o.Host
	}
	abs := pageURL.ResolveReference(u)
	if abs.Host != "" || abs.Scheme != "" {
		if c.origin == "" || !strings.EqualFold(abs.Scheme+"://"+abs.Host, c.origin) {
			c.report.External++
			return
		}
	}
	c.report.Links++
	p := abs.Path
	if p+"/" == c.basePath {
		p = c.basePath
	}
	if !strings.HasPrefix(p, c.basePath) {
		c.problem(rel, r, "resolves to %s, outside the site's base path %s", p, c.basePath)
		return
	}
	target, ok := c.file(strings.TrimPrefix(p, c.basePath))
	if !ok {
		c.problem(rel, r, "resolves to %s: no such file", p)
		return
	}
	frag := abs.Fragment
	if frag == "" {
		return
	}
	pg, isHTML := c.pages[target]
	if !isHTML {
		return // fragments of non-HTML files (text, JSON, PDF) are not checked
	}
	if frag == "top" && !pg.ids["top"] {
		return // "#top" scrolls to the top of any HTML page
	}
	if !pg.ids[frag] {
		c.problem(rel, r, "no element with id %q in %s", frag, target)
	}
}

// file maps a URL path below the base to a file of the folder, as a static
// server does: a folder serves its index.html.
func (c *checker) file(p string) (string, bool) {
	p = strings.TrimPrefix(p, "/")
	if p == "" {
		return "index.html", c.files["index.html"]
	}
	if strings.HasSuffix(p, "/") {
		f := p + "index.html"
		return f, c.files[f]
	}
	if c.files[p] {
		return p, true
	}
	if c.dirs[p] && c.files[p+"/index.html"] { // a server redirects /x to /x/
		return p + "/index.html", true
	}
	return p, false
}
