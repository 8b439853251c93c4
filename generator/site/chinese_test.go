package site

import (
	"fmt"
	"testing"
)

// TestMarkChinese: runs of Chinese in text are marked with the zh shortcode,
// and nothing that is not text is touched.
func TestMarkChinese(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"plain", "Mingbai (明白, “plain”)\n", "Mingbai ({{< zh \"明白\" >}}, “plain”)\n"},
		{"no Chinese", "Only *English*, `code`.\n", "Only *English*, `code`.\n"},
		{"digits and signs inside a run", "by 2027 (到2027年), 9%以上 and 获批3—5种\n",
			"by 2027 ({{< zh \"到2027年\" >}}), 9%{{< zh \"以上\" >}} and {{< zh \"获批\" >}}3—5{{< zh \"种\" >}}\n"},
		{"CJK punctuation and full-width forms", "the note (“原文如此，见编者注,”) and 〔2024〕\n",
			"the note (“{{< zh \"原文如此，见编者注\" >}},”) and {{< zh \"〔2024〕\" >}}\n"},
		{"emphasis", "A **印发** is\n", "A **{{< zh \"印发\" >}}** is\n"},
		{"code span", "see `六地` and 六地\n", "see `六地` and {{< zh \"六地\" >}}\n"},
		{"code block", "```toml\nzh = \"六地\"\n```\n", "```toml\nzh = \"六地\"\n```\n"},
		{"indented code", "    六地\n", "    六地\n"},
		{"link text, not destination or title", "[六地](https://example.org/六地 \"六地\")\n",
			"[{{< zh \"六地\" >}}](https://example.org/六地 \"六地\")\n"},
		{"image alt", "![六地](x.png)\n", "![六地](x.png)\n"},
		{"heading with an explicit ID", "## The 六地 {#six}\n", "## The {{< zh \"六地\" >}} {#six}\n"},
		{"heading without one keeps its automatic ID", "## The 六地\n", "## The 六地\n"},
		{"table cell", "| a | b |\n| --- | --- |\n| 六地 | x |\n", "| a | b |\n| --- | --- |\n| {{< zh \"六地\" >}} | x |\n"},
		{"list item", "- 要: must\n", "- {{< zh \"要\" >}}: must\n"},
		{"raw HTML", "a <b title=\"六地\">x</b>\n", "a <b title=\"六地\">x</b>\n"},
		{"autolink", "<https://example.org/六地>\n", "<https://example.org/六地>\n"},
		{"a line break Hugo drops, inside a run", "ends 以上\n力争 starts\n", "ends {{< zh \"以上力争\" >}} starts\n"},
		{"a line break Hugo drops, next to a run", "ends 以上\nの starts\n", "ends {{< zh \"以上\" >}}の starts\n"},
		{"a line break Hugo keeps", "ends 以上\nstarts\n", "ends {{< zh \"以上\" >}}\nstarts\n"},
		{"hard line break", "ends 以上  \n力争\n", "ends {{< zh \"以上\" >}}  \n{{< zh \"力争\" >}}\n"},
		{"escaped punctuation", "\\*六地\\*\n", "\\*{{< zh \"六地\" >}}\\*\n"},
	} {
		if got := string(markChinese([]byte(c.in))); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestTextChunks: the sample of textChunks' doc comment.
func TestTextChunks(t *testing.T) {
	src := "a 以上\n力争 `六地` b"
	got := fmt.Sprint(textChunks([]byte(src)))
	if want := "[[{0 8} {9 16}] [{24 26}]]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
