package links

// Reading one file of the site: the ids of an HTML page and the references
// it makes (href, src, srcset, meta refresh, …), and the url(…) references
// of a style sheet.

import (
	"bytes"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkAttrs lists, per element, the attributes that hold one URL.
var linkAttrs = map[atom.Atom][]string{
	atom.A:          {"href"},
	atom.Area:       {"href"},
	atom.Link:       {"href"},
	atom.Img:        {"src"},
	atom.Script:     {"src"},
	atom.Iframe:     {"src"},
	atom.Audio:      {"src"},
	atom.Video:      {"src", "poster"},
	atom.Source:     {"src"},
	atom.Track:      {"src"},
	atom.Embed:      {"src"},
	atom.Input:      {"src"},
	atom.Object:     {"data"},
	atom.Form:       {"action"},
	atom.Button:     {"formaction"},
	atom.Q:          {"cite"},
	atom.Blockquote: {"cite"},
	atom.Del:        {"cite"},
	atom.Ins:        {"cite"},
}

// parsePage tokenizes one HTML file, collecting its ids and its references.
func parsePage(b []byte) *page {
	pg := &page{ids: map[string]bool{}}
	z := html.NewTokenizer(bytes.NewReader(b))
	line := 1
	docBase := ""
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		startLine := line
		line += bytes.Count(z.Raw(), []byte("\n"))
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		a := atom.Lookup(name)
		attrs := map[string]string{}
		for hasAttr {
			var k, v []byte
			k, v, hasAttr = z.TagAttr()
			key := string(k)
			if _, dup := attrs[key]; !dup { // the first of duplicate attributes wins, as in browsers
				attrs[key] = string(v)
			}
		}
		if id, ok := attrs["id"]; ok && id != "" {
			pg.ids[id] = true
		}
		if a == atom.A {
			if n, ok := attrs["name"]; ok && n != "" {
				pg.ids[n] = true
			}
		}
		if a == atom.Base {
			if h, ok := attrs["href"]; ok {
				docBase = strings.TrimSpace(h)
			}
			continue
		}
		for _, k := range linkAttrs[a] {
			if v, ok := attrs[k]; ok {
				pg.refs = append(pg.refs, ref{line: startLine, attr: k, raw: v, base: docBase})
			}
		}
		if a == atom.Img || a == atom.Source {
			if v, ok := attrs["srcset"]; ok {
				for _, u := range srcsetURLs(v) {
					pg.refs = append(pg.refs, ref{line: startLine, attr: "srcset", raw: u, base: docBase})
				}
			}
		}
		if a == atom.Meta && strings.EqualFold(attrs["http-equiv"], "refresh") {
			if u := refreshURL(attrs["content"]); u != "" {
				pg.refs = append(pg.refs, ref{line: startLine, attr: "meta refresh", raw: u, base: docBase})
			}
		}
	}
	return pg
}

// srcsetURLs returns the URLs of a srcset attribute ("a.png 1x, b.png 2x").
func srcsetURLs(v string) []string {
	var out []string
	for _, cand := range strings.Split(v, ",") {
		f := strings.Fields(cand)
		if len(f) > 0 {
			out = append(out, f[0])
		}
	}
	return out
}

var refreshRE = regexp.MustCompile(`(?i)^\s*\d*(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?['"]?([^'"]*)['"]?\s*$`)

func refreshURL(content string) string {
	m := refreshRE.FindStringSubmatch(content)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

var cssURLRE = regexp.MustCompile(`url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)`)

func cssRefs(b []byte) []ref {
	var out []ref
	for _, m := range cssURLRE.FindAllSubmatchIndex(b, -1) {
		var u string
		for g := 1; g <= 3; g++ {
			if m[2*g] >= 0 {
				u = string(b[m[2*g]:m[2*g+1]])
				break
			}
		}
		line := 1 + bytes.Count(b[:m[0]], []byte("\n"))
		out = append(out, ref{line: line, attr: "url()", raw: u})
	}
	return out
}
