package site

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark"

	"mingbai/generator/targets"
)

func TestValidateFindsViolations(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"no violation", "+++\ntitle = 'x'\n+++\n\n## 要点 {#summary}\n\n文本\\*\\*不是强调\\*\\*。\n", ""},
		{"heading without ID", "## 要点\n\n文本。\n", "x.md:1: heading without an explicit {#id}"},
		{"literal emphasis next to CJK", "## 要点 {#s}\n\n这是**“重点”**内容。\n", "x.md:3: literal ** in text"},
		{"literal underscore emphasis", "## 要点 {#s}\n\n这是__重点__内容。\n", "literal __ in text"},
		{"short table row", "## 表 {#t}\n\n| a | b | c |\n| --- | --- | --- |\n| 1 | 2 |\n", "x.md:5: table row has 2 cells; the header has 3"},
		{"long table row", "| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n| 4 \\| 5 | 6 |\n", "x.md:3: table row has 3 cells; the header has 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, vs := validate("x.md", []byte(tc.src))
			var got []string
			for _, v := range vs {
				got = append(got, v.String())
			}
			all := strings.Join(got, "\n")
			if tc.want == "" && all != "" || !strings.Contains(all, tc.want) {
				t.Errorf("violations:\n%s\nwant %q", all, tc.want)
			}
		})
	}
}

func TestValidateAllComparesLanguages(t *testing.T) {
	vs := validateAll(map[string][]byte{
		"zh/d/m01.md": []byte("## 要点 {#summary}\n\n## 目标 {#targets}\n"),
		"en/d/m01.md": []byte("## What it means {#summary}\n\n## Targets {#goals}\n"),
		"zh/d/m02.md": []byte("## 要点 {#summary}\n"),
	})
	var got []string
	for _, v := range vs {
		got = append(got, v.String())
	}
	want := "content/en/d/m01.md:1: heading IDs [summary goals] differ from the Chinese page's [summary targets]\ncontent/zh/d/m02.md:1: no English page content/en/d/m02.md"
	if g := strings.Join(got, "\n"); g != want {
		t.Errorf("got\n%s\nwant\n%s", g, want)
	}
}

// TestEscapeRendersInert: source text with HTML, a script and a javascript:
// link, once escaped, renders as text.
func TestEscapeRendersInert(t *testing.T) {
	src := `推进<script>alert(1)</script>建设<img src=x onerror=alert(2)>[点击](javascript:alert(3))**重点**_x_ | # 1. - 项`
	var b strings.Builder
	if err := goldmark.New().Convert([]byte(escape(src)), &b); err != nil {
		t.Fatal(err)
	}
	html := b.String()
	for _, bad := range []string{"<script", "<img", "<a ", "<strong>", "<em>", "<h1", "<ol", "<ul"} {
		if strings.Contains(html, bad) {
			t.Errorf("escaped text rendered %s: %s", bad, html)
		}
	}
	if !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("script not shown as text: %s", html)
	}
}

func TestTableCellCount(t *testing.T) {
	md := table([]string{"a", "b"}, [][]string{{escape("x|y"), "2"}})
	if _, vs := validate("t.md", []byte(md)); len(vs) != 0 {
		t.Errorf("table with an escaped pipe: %v\n%s", vs, md)
	}
}

func TestHorizon(t *testing.T) {
	for _, tc := range []struct {
		h      targets.Horizon
		zh, en string
	}{
		{targets.Horizon{Text: "未来5年", From: 2024, To: 2028}, "未来5年（2024–2028年）", "2024–2028"},
		{targets.Horizon{Text: "到2025年", To: 2025}, "到2025年", "2025"},
		{targets.Horizon{Text: "今年", From: 2024}, "今年（2024年）", "2024"},
		{targets.Horizon{}, "", ""},
	} {
		if zh, en := horizon(tc.h, "zh"), horizon(tc.h, "en"); zh != tc.zh || en != tc.en {
			t.Errorf("%+v: %q %q, want %q %q", tc.h, zh, en, tc.zh, tc.en)
		}
	}
}
