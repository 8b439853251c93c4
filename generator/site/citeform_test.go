package site

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"mingbai/generator/library"
)

// TestCitations builds, with Hugo, a library of a notice, a law, a decree,
// a report without a number and a draft (testdata/cite), and checks the
// citation of each document page, in both languages and the three styles,
// against strings written by hand from the sources: the official title with
// its issuing authority, the number in brackets only when there is one, a
// law's adoption and last amendment, a decree's 令 number, a draft's status.
func TestCitations(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with Hugo")
	}
	root := t.TempDir()
	siteProject(t, "../..", root)
	seeds, err := filepath.Glob("testdata/cite/*.txt")
	if err != nil || len(seeds) != 5 {
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
	out := filepath.Join(root, "public")
	hugo(t, root, out, "HUGO_PARAMS_SHARECARDS=false")
	const base = "https://mingbai.netlify.app/"
	tests := []struct{ page, style, want string }{
		{"zh/notice", "plain", "《某某省人民政府办公厅关于加强某某工作的通知》（某发〔2024〕3号），2024年3月1日，" + base + "zh/notice/"},
		{"zh/law", "plain", "《中华人民共和国某某法》（2010年6月1日第十一届全国人民代表大会常务委员会第十五次会议通过，2018年修正），2010年6月1日，" + base + "zh/law/"},
		{"zh/decree", "plain", "《某市某某办法》（某市人民政府令第19号），2019年8月12日，" + base + "zh/decree/"},
		{"zh/report", "plain", "《政府工作报告》，2024年1月21日，" + base + "zh/report/"},
		{"zh/draft", "plain", "《关于某某工作的通知（征求意见稿）》，" + base + "zh/draft/"},
		{"en/law", "plain", "中华人民共和国某某法 (adopted June 1, 2010; amended 2018), June 1, 2010, " + base + "en/law/."},
		{"en/decree", "plain", "某市某某办法 (某市人民政府令第19号), August 12, 2019, " + base + "en/decree/."},
		{"zh/notice", "gbt", "某某省人民政府办公厅. 某某省人民政府办公厅关于加强某某工作的通知: 某发〔2024〕3号[A/OL]. (2024-03-01)"},
		{"en/notice", "apa", "某某省人民政府办公厅. (2024, March 1). 某某省人民政府办公厅关于加强某某工作的通知"},
	}
	for _, tt := range tests {
		b, err := os.ReadFile(filepath.Join(out, tt.page, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := html.Parse(bytes.NewReader(b))
		got := ""
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.Data == "output" && attrOf(n, "id") == "cite-"+tt.style {
				got = textOf(n)
			}
		}
		if !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s %s citation:\n got %q\nwant %q…", tt.page, tt.style, got, tt.want)
		}
		for _, bad := range []string{"（）", "()", "《》"} {
			if strings.Contains(got, bad) {
				t.Errorf("%s %s citation has %q: %q", tt.page, tt.style, bad, got)
			}
		}
	}
}
