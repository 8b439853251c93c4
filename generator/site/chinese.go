package site

import (
	"bytes"
	"regexp"
	"slices"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	gtext "github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// chineseRun is a run of Chinese as the site marks it (the same class as
// layouts/_partials/mixed.html): a CJK character (Han, CJK punctuation,
// full-width forms), or two with CJK characters, digits and %.·+- between:
// "六地", "到2027年", "（以下简称".
var chineseRun = regexp.MustCompile(`[\p{Han}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}](?:[\p{Han}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}0-9%.·+\-]*[\p{Han}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}])?`)

// markChinese marks each run of Chinese in the text of the Markdown src with
// the zh shortcode (layouts/_shortcodes/zh.html), which renders it as
// <span lang="zh-CN">, for a page written in English:
//
//	"Mingbai (明白, “plain”)" → "Mingbai ({{< zh \"明白\" >}}, “plain”)"
//
// Only text is marked, found by goldmark: never a code span or block, a
// link's destination or title, an image's alt text, raw HTML, or a heading
// without an explicit {#id} (a shortcode would change its automatic ID).
// Two lines that Hugo joins without a space (a soft line break between
// East Asian characters, hugo.toml's eastAsianLineBreaks) are joined here
// when a run touches the break, as the shortcode would otherwise keep it.
func markChinese(src []byte) []byte {
	type edit struct {
		start, stop int
		with        string
	}
	var edits []edit
	for _, c := range textChunks(src) {
		var text []byte
		var at []int // source offset of each byte of text
		for _, p := range c {
			text = append(text, src[p.start:p.stop]...)
			for i := p.start; i < p.stop; i++ {
				at = append(at, i)
			}
		}
		runs := chineseRun.FindAllIndex(text, -1)
		for _, r := range runs {
			edits = append(edits, edit{at[r[0]], at[r[1]-1] + 1, `{{< zh "` + string(text[r[0]:r[1]]) + `" >}}`})
		}
		// A joined line break next to a run (inside one, it is replaced
		// with the run) is deleted.
		n := 0
		for k := 1; k < len(c); k++ {
			n += c[k-1].stop - c[k-1].start
			touches := slices.ContainsFunc(runs, func(r []int) bool { return r[1] == n || r[0] == n })
			if touches {
				edits = append(edits, edit{c[k-1].stop, c[k].start, ""})
			}
		}
	}
	if len(edits) == 0 {
		return src
	}
	slices.SortFunc(edits, func(a, b edit) int { return a.start - b.start })
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		out.Write(src[last:e.start])
		out.WriteString(e.with)
		last = e.stop
	}
	out.Write(src[last:])
	return out.Bytes()
}

// piece is the source range [start, stop) of some text.
type piece struct{ start, stop int }

// textChunks returns the text of the Markdown src that may be marked, in
// chunks that render as one unbroken string: the Text nodes that follow each
// other in the source, and across a soft line break that Hugo drops (one
// between two East Asian characters). Between two pieces of a chunk is such
// a line break:
//
//	"a 以上\n力争 `六地` b" → [[{0 8} {9 16}] [{24 26}]]   ("a 以上", "力争 "; " b")
func textChunks(src []byte) [][]piece {
	var chunks [][]piece
	var cur []piece
	joined := false // the last piece ended in a line break Hugo drops
	flush := func() {
		if len(cur) > 0 {
			chunks = append(chunks, cur)
		}
		cur, joined = nil, false
	}
	doc := markdown.Parser().Parse(gtext.NewReader(src))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.CodeSpan, *ast.Image:
			flush()
			return ast.WalkSkipChildren, nil
		case *ast.Heading:
			flush()
			if _, ok := n.AttributeString("id"); !ok {
				return ast.WalkSkipChildren, nil
			}
		case *ast.Text:
			if n.IsRaw() {
				flush()
				return ast.WalkContinue, nil
			}
			s := n.Segment
			switch {
			case len(cur) > 0 && cur[len(cur)-1].stop == s.Start:
				cur[len(cur)-1].stop = s.Stop
			case joined && len(cur) > 0:
				cur = append(cur, piece{s.Start, s.Stop})
			default:
				flush()
				cur = []piece{{s.Start, s.Stop}}
			}
			joined = false
			if n.HardLineBreak() || n.SoftLineBreak() {
				if !n.SoftLineBreak() || n.HardLineBreak() || !dropsLineBreak(src, n) {
					flush()
				} else {
					joined = true
				}
			}
		default:
			flush()
		}
		return ast.WalkContinue, nil
	})
	flush()
	return chunks
}

// dropsLineBreak reports whether Hugo renders the soft line break after the
// Text node t as nothing: the next node is text, and the characters on both
// sides of the break are East Asian (goldmark's EastAsianLineBreaksSimple):
// after "以上" before "力争", not after "以上" before "starts".
func dropsLineBreak(src []byte, t *ast.Text) bool {
	next, ok := t.NextSibling().(*ast.Text)
	value := t.Segment.Value(src)
	if !ok || len(value) == 0 || len(next.Segment.Value(src)) == 0 {
		return false
	}
	last, _ := utf8.DecodeLastRune(value)
	first, _ := utf8.DecodeRune(next.Segment.Value(src))
	return util.IsEastAsianWideRune(last) && util.IsEastAsianWideRune(first)
}
