package policy

import (
	"regexp"
	"strings"

	"mingbai/generator/zh"
)

// minRepeatLines and minRepeatRunes bound what counts as text printed
// twice: a run of at least this many consecutive lines, and runes, equal to
// an earlier run. A shorter repetition (a slogan, 各位代表！) is text.
const (
	minRepeatLines = 5
	minRepeatRunes = 120
)

// repeats finds the runs of lines that print again, line for line, text
// the document already holds — a web page that carries its body twice —
// and takes them out of the text as Repeats, with a warning. The lines
// stay in the model (fidelity), never as sections.
//
//	一、2023年工作回顾        ← line 13
//	…
//	一、2023年工作回顾        ← line 224: from here the body again
//
// It returns the index where the document proper ends: the start of the
// first repeat, or of the run of site furniture (links, footers) before it;
// len(lines) when nothing repeats. Lines from there on that are not a
// repeat are the page's furniture, kept as Back.
func (p *parser) repeats(lines []*line) int {
	end := len(lines)
	first := map[string]int{}
	key := make([]string, len(lines))
	for i, l := range lines {
		if l.blank() {
			continue
		}
		key[i] = compact(l.String())
		if _, ok := first[key[i]]; !ok && zh.RuneLen(key[i]) >= 8 {
			first[key[i]] = i
		}
	}
	for j := 0; j < len(lines); j++ {
		i, ok := first[key[j]]
		if key[j] == "" || !ok || i >= j {
			continue
		}
		// extend the run: the non-blank lines after i and after j, pairwise
		a, b, n, runes := i, j, 0, 0
		var run []int
		for a < j && b < len(lines) && key[a] == key[b] {
			run = append(run, b)
			n++
			runes += zh.RuneLen(key[b])
			a, b = nextKey(key, a+1), nextKey(key, b+1)
			if a < 0 || b < 0 {
				break
			}
		}
		// and back: lines too short to index (一、工作回顾) that precede both
		from, at := i, j // where the first copy and the repeat start
		for {
			a, b := prevKey(key, from-1), prevKey(key, at-1)
			if a < 0 || b <= from || key[a] != key[b] {
				break
			}
			run = append([]int{b}, run...)
			n++
			runes += zh.RuneLen(key[b])
			from, at = a, b
		}
		if n < minRepeatLines || runes < minRepeatRunes {
			continue
		}
		last := run[len(run)-1]
		if end == len(lines) {
			end = at
			for k := prevNonBlank(lines, at-1, 0); k >= 0 && (furniture(lines[k].String()) || dateLineRE.MatchString(lines[k].String()) || looksLikeTitle(lines[k].String()) && zh.RuneLen(lines[k].String()) <= 20); k = prevNonBlank(lines, k-1, 0) {
				end = k
			}
		}
		p.diag.add(SeverityWarning, lines[at].pos(0), 1, "text printed twice: lines %d–%d repeat lines %d–%d; kept as a repeat, not read as the document's text",
			lines[at].no, lines[last].no, lines[from].no, lines[from].no+(lines[last].no-lines[at].no))
		for _, k := range run {
			p.doc.Repeats = append(p.doc.Repeats, field(lines[k]))
			lines[k].r, lines[k].cols = nil, nil
		}
		j = last
	}
	if end < len(lines) {
		for _, l := range lines[end:] {
			if !l.blank() {
				p.doc.Back = append(p.doc.Back, field(l))
			}
		}
	}
	return end
}

// furnitureRE matches words that only a web page's furniture holds: its
// registration numbers, copyright, sharing and navigation.
//
//	冀ICP备06016263号-1   版权所有：河北省人民政府   当前位置：
var furnitureRE = regexp.MustCompile(`ICP备|公网安备|版权所有|网站标识码|网站地图|当前位置|主办[：:]|承办[：:]|技术支持|分享到|打印本页|关闭窗口|字号[：:]|【[大中小]】|^[>|©»·\s]+$`)

// furniture reports whether s reads as a line of a web page's furniture
// rather than text: a short line with no punctuation inside a sentence,
// such as a link, a menu item, a footer's registration number.
//
//	河北新闻网    关于本站    >>    冀ICP备06016263号-1
func furniture(s string) bool {
	if furnitureRE.MatchString(s) {
		return true
	}
	n := zh.RuneLen(s)
	if n == 0 || n > 12 || strings.ContainsAny(s, "。；，、！？") || labelLine(s) || issuerRE.MatchString(compact(s)) || dateLineRE.MatchString(s) {
		return false
	}
	return true
}

// prevKey is the index of the last non-blank line at or before i, or -1.
func prevKey(key []string, i int) int {
	for ; i >= 0; i-- {
		if key[i] != "" {
			return i
		}
	}
	return -1
}

// nextKey is the index of the first non-blank line at or after i, or -1.
func nextKey(key []string, i int) int {
	for ; i < len(key); i++ {
		if key[i] != "" {
			return i
		}
	}
	return -1
}
