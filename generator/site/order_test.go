package site

import (
	"strings"
	"testing"

	"mingbai/generator/library"
	"mingbai/generator/policy"
	"mingbai/generator/translation"
)

// TestArticleReadingOrder: an article page and the full text give an
// article's paragraphs (款) and items (项) in the order printed, the items of
// a later paragraph after that paragraph, not after the article's last one.
func TestArticleReadingOrder(t *testing.T) {
	src := "某某办法\n第一条 有下列情形之一的，予以处理：\n（一）甲；\n（二）乙。\n有前款第（一）项情形的，从重处理：\n（一）丙；\n（二）丁。\n前款规定不适用于戊。\n第二条 本办法自公布之日起施行。\n"
	doc, err := policy.Parse("t.txt", []byte(src), policy.Options{RequireTitle: true})
	if err != nil {
		t.Fatal(err)
	}
	d := &library.Doc{Model: doc, Report: &translation.Report{}}
	// The Chinese of each row, read off src line by line.
	want := "有下列情形之一的，予以处理：|甲；|乙。|有前款第（一）项情形的，从重处理：|丙；|丁。|前款规定不适用于戊。"
	var got []string
	for _, r := range articleParas(d, doc.Section("a1"), "zh") {
		got = append(got, r.Zh+strings.Join(r.Sentences, ""))
	}
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("article page rows:\n%s\nwant\n%s", g, want)
	}
	got = got[:0]
	for _, b := range fullText(d, "zh").Blocks {
		if b.Kind == "para" && strings.HasPrefix(b.Section, "a1") {
			got = append(got, b.Zh+strings.Join(b.Sentences, ""))
		}
	}
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("full text:\n%s\nwant\n%s", g, want)
	}
}
