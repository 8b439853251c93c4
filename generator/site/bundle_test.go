package site

import (
	"strings"
	"testing"
)

// TestBundle: the pages of one document leave content/ for one bundle per
// language that holds each page's file byte for byte after a line naming
// it, in name order; other documents' pages and library pages stay where
// they are; a page that could break the bundle is refused.
func TestBundle(t *testing.T) {
	index := "+++\ntitle = '文件'\n+++\n"
	m07 := "+++\ntitle = '（七）培育壮大新兴产业'\nlayout = 'sectionpage'\n+++\n\n## 要点 {#summary}\n\n<b>&</b> “引号” \"quoted\" -->\n+++\n"
	fs := Files{
		"content/zh/d/m07.md":      []byte(m07),
		"content/zh/d/_index.md":   []byte(index),
		"content/en/d/m07.md":      []byte("+++\ntitle = '(7) Emerging industries'\n+++\n"),
		"content/zh/other/m01.md":  []byte("+++\ntitle = '别的'\n+++\n"),
		"content/zh/about.md":      []byte("+++\ntitle = '关于'\n+++\n"),
		"static/data/d/model.json": []byte("{}"),
	}
	if err := fs.bundle("d"); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"content/zh/d/_index.md", "content/zh/d/m07.md", "content/en/d/m07.md"} {
		if _, ok := fs[p]; ok {
			t.Errorf("%s still written as a file", p)
		}
	}
	for _, p := range []string{"content/zh/other/m01.md", "content/zh/about.md", "static/data/d/model.json"} {
		if _, ok := fs[p]; !ok {
			t.Errorf("%s was moved", p)
		}
	}
	if got, want := string(fs[bundleDir+"/zh/d.txt"]), "<!-- page _index -->\n"+index+"<!-- page m07 -->\n"+m07; got != want {
		t.Errorf("zh bundle:\n%s\nwant:\n%s", got, want)
	}
	if got := string(fs[bundleDir+"/en/d.txt"]); !strings.HasPrefix(got, "<!-- page m07 -->\n+++\ntitle = '(7)") {
		t.Errorf("en bundle:\n%s", got)
	}
	for name, page := range map[string]string{
		"no front matter":    "## no front matter {#x}\n",
		"no final newline":   "+++\ntitle = 'x'\n+++",
		"the page separator": "+++\ntitle = 'x'\n+++\n\n<!-- page y -->\n",
	} {
		if err := (Files{"content/zh/d/x.md": []byte(page)}).bundle("d"); err == nil {
			t.Errorf("a page with %s was bundled", name)
		}
	}
}
