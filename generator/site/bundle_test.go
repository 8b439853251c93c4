package site

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestBundle: the pages of one document leave content/ for one bundle per
// language, each page on its own line, holding the page's file byte for
// byte; other documents' pages and library pages stay where they are.
func TestBundle(t *testing.T) {
	m07 := "+++\ntitle = '（七）培育壮大新兴产业'\nlayout = 'sectionpage'\n+++\n\n## 要点 {#summary}\n\n<b>&</b> “引号” \"quoted\" C:\\dir\ttab\r\x01\x1f\n"
	fs := Files{
		"content/zh/d/_index.md":   []byte("+++\ntitle = '文件'\n+++\n"),
		"content/zh/d/m07.md":      []byte(m07),
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
	zh := fs[bundleDir+"/zh/d.json"]
	lines := strings.Split(strings.TrimSpace(string(zh)), "\n")
	if len(lines) != 4 || lines[0] != "{" || !strings.HasPrefix(lines[1], `"_index": "+++\n`) || !strings.HasPrefix(lines[2], `"m07": `) || lines[3] != "}" {
		t.Errorf("bundle is not one page per line:\n%s", zh)
	}
	if bytes.Contains(zh, []byte(`\u003c`)) {
		t.Errorf("HTML characters escaped in the bundle: %s", zh)
	}
	var pages map[string]string
	if err := json.Unmarshal(zh, &pages); err != nil {
		t.Fatal(err)
	}
	if pages["m07"] != m07 || len(pages) != 2 {
		t.Errorf("bundle holds %q, want m07 = %q", pages, m07)
	}
	if err := (Files{"content/zh/d/x.md": []byte("## no front matter {#x}\n")}).bundle("d"); err == nil {
		t.Error("a page without front matter was bundled")
	}
}
