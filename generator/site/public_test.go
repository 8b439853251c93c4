package site

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"mingbai/generator/library"
	"mingbai/generator/policy"
)

// page is what the test reads from one built HTML page.
type page struct {
	lang      string
	canonical string
	feed      string // the href of <link rel=alternate type=application/rss+xml>
	hreflang  map[string]string
	meta      map[string]string // og:*, twitter:* and description
	ids       []string          // element IDs, in order
	jsonLD    bool
	h1        string // the text of the first <h1>
}

func readPage(t *testing.T, path string) page {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("missing page: %v", err)
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	p := page{hreflang: map[string]string{}, meta: map[string]string{}}
	attr := func(n *html.Node, k string) string {
		for _, a := range n.Attr {
			if a.Key == k {
				return a.Val
			}
		}
		return ""
	}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "html":
			p.lang = attr(n, "lang")
		case "link":
			switch attr(n, "rel") {
			case "canonical":
				p.canonical = attr(n, "href")
			case "alternate":
				if attr(n, "type") == "application/rss+xml" {
					p.feed = attr(n, "href")
				}
				if hl := attr(n, "hreflang"); hl != "" {
					p.hreflang[hl] = attr(n, "href")
				}
			}
		case "meta":
			if k := attr(n, "property") + attr(n, "name"); k != "" {
				p.meta[k] = attr(n, "content")
			}
		case "script":
			if attr(n, "type") == "application/ld+json" && n.FirstChild != nil && strings.Contains(n.FirstChild.Data, `"Legislation"`) {
				p.jsonLD = true
			}
		}
		if n.Data == "h1" && p.h1 == "" {
			for c := range n.Descendants() {
				if c.Type == html.TextNode {
					p.h1 += c.Data
				}
			}
			p.h1 = strings.TrimSpace(p.h1)
		}
		if id := attr(n, "id"); id != "" {
			p.ids = append(p.ids, id)
		}
	}
	return p
}

// TestBuiltSite builds the site with Hugo and walks public/: every page of
// every document exists in both languages with the right lang, hreflang,
// canonical and OpenGraph tags, a non-empty <h1>, and paragraph anchors
// match across languages; and every page reads naturally (readable).
func TestBuiltSite(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the site with Hugo")
	}
	out := t.TempDir()
	cmd := exec.Command("go", "tool", "hugo", "build", "--panicOnWarning", "--printI18nWarnings", "--printPathWarnings",
		"--quiet", "-s", "../..", "-d", out, "--baseURL", "https://example.org/policy/")
	// The same environment as scripts/env.sh, so the compiled Hugo is reused.
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOTOOLCHAIN=local")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("hugo: %v\n%s", err, b)
	}
	readable(t, out)
	lib, err := library.Load("../..")
	if err != nil {
		t.Fatal(err)
	}
	langs := map[string]string{"zh": "zh-CN", "en": "en"}
	for _, name := range []string{"targets", "glossary", "about", "data", "search"} {
		for l := range langs {
			readPage(t, filepath.Join(out, l, name, "index.html"))
		}
	}
	for _, d := range lib.Docs {
		doc := d.Model
		pages := []string{"", "text/", "targets/"}
		doc.Walk(func(s *policy.Section) { pages = append(pages, s.ID+"/") })
		for _, rel := range pages {
			url := func(l string) string { return "https://example.org/policy/" + l + "/" + doc.ID + "/" + rel }
			built := map[string]page{}
			for l, locale := range langs {
				p := readPage(t, filepath.Join(out, l, doc.ID, rel, "index.html"))
				built[l] = p
				where := l + "/" + doc.ID + "/" + rel
				if p.lang != locale {
					t.Errorf("%s: lang %q, want %q", where, p.lang, locale)
				}
				if want := "https://example.org/policy/" + l + "/index.xml"; p.feed != want {
					t.Errorf("%s: feed link %q, want %q", where, p.feed, want)
				}
				if p.canonical != url(l) {
					t.Errorf("%s: canonical %q, want %q", where, p.canonical, url(l))
				}
				for other, otherLocale := range langs {
					if p.hreflang[otherLocale] != url(other) && p.hreflang[other] != url(other) {
						t.Errorf("%s: hreflang %s = %q, want %q", where, otherLocale, p.hreflang[otherLocale], url(other))
					}
				}
				if p.meta["og:title"] == "" || p.meta["og:url"] != url(l) || p.meta["twitter:card"] == "" || p.meta["description"] == "" {
					t.Errorf("%s: meta %v", where, p.meta)
				}
				if rel == "" && !p.jsonLD {
					t.Errorf("%s: no schema.org Legislation JSON-LD", where)
				}
				if p.h1 == "" || strings.Contains(p.h1, "《》") {
					t.Errorf("%s: <h1> %q is empty", where, p.h1)
				}
			}
			if rel == "" || rel == "text/" || rel == "targets/" {
				continue
			}
			s := doc.Section(strings.TrimSuffix(rel, "/"))
			for l := range langs {
				// The measure's OpenGraph title says which measure it is.
				// An item of an article is named by its pinpoint, "Article 12(1)".
				want := label(s, l)
				if inArticle(doc, s) {
					want = citeLabel(doc, s, l)
				}
				if og := built[l].meta["og:title"]; !strings.HasPrefix(og, want) {
					t.Errorf("%s/%s: og:title %q does not name the measure", l, rel, og)
				}
			}
			var want []string
			for _, pg := range s.Text() { // an article's tail runs on after its clauses
				want = append(want, pg.ID)
			}
			for l := range langs {
				var got []string
				for _, id := range built[l].ids {
					if len(id) > 1 && id[0] == 'p' && strings.Trim(id[1:], "0123456789") == "" {
						got = append(got, id)
					}
				}
				if !slices.Equal(got, want) {
					t.Errorf("%s/%s: paragraph anchors %v, want %v", l, rel, got, want)
				}
			}
		}
	}
}
