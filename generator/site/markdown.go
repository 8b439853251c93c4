package site

import (
	"strings"
)

// mdEscaper escapes the characters that Markdown (and raw HTML) would
// otherwise interpret, so that source text reaches the page as text: a
// <script> in a seed is shown, never run, and a * next to Chinese cannot
// turn into emphasis.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `&`, `\&`, `~`, `\~`, `{`, `\{`, `}`, `\}`,
	`#`, `\#`, `!`, `\!`, "\n", " ",
)

// escape makes s safe as inline Markdown text on one line.
func escape(s string) string {
	s = mdEscaper.Replace(s)
	// A line that starts with a list or heading marker would change meaning.
	if len(s) > 0 && strings.ContainsAny(s[:1], "-+=") {
		s = `\` + s
	}
	return s
}

// table writes a Markdown table. Every row must have as many cells as head;
// the goldmark check in validate.go proves that the written file does.
func table(head []string, rows [][]string) string {
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + c + " |")
		}
		b.WriteString("\n")
	}
	line(head)
	sep := make([]string, len(head))
	for i := range sep {
		sep[i] = "---"
	}
	line(sep)
	for _, r := range rows {
		line(r)
	}
	return b.String()
}

// heading writes a level-2 heading with its explicit ID.
func heading(text, id string) string {
	return "## " + escape(text) + " {#" + id + "}\n\n"
}
