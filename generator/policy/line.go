package policy

import (
	"strings"
	"unicode"
)

// line is one source line with its surrounding white space trimmed. Every
// rune remembers the column it came from, so that edits (errata, bracket
// normalisation) keep exact source positions.
type line struct {
	no   int
	r    []rune
	cols []int // source column of r[i], 1-based
}

func (l *line) String() string { return string(l.r) }

func (l *line) pos(i int) Pos {
	if len(l.cols) == 0 {
		return Pos{Line: l.no, Col: 1}
	}
	return Pos{Line: l.no, Col: l.cols[min(max(i, 0), len(l.cols)-1)]}
}

func (l *line) blank() bool { return len(l.r) == 0 }

// slice returns the runes [i, j) of l as a new line.
func (l *line) slice(i, j int) *line {
	return &line{no: l.no, r: l.r[i:j:j], cols: l.cols[i:j:j]}
}

// trim removes white space at both ends.
func (l *line) trim() *line {
	i, j := 0, len(l.r)
	for i < j && isSpace(l.r[i]) {
		i++
	}
	for j > i && isSpace(l.r[j-1]) {
		j--
	}
	return l.slice(i, j)
}

// replace substitutes the runes [i, j) with repl. Inserted runes take the
// column of the first replaced rune.
func (l *line) replace(i, j int, repl string) {
	col := l.pos(i).Col
	rr := []rune(repl)
	cols := make([]int, len(rr))
	for k := range cols {
		cols[k] = col
	}
	l.r = append(append(append([]rune{}, l.r[:i]...), rr...), l.r[j:]...)
	l.cols = append(append(append([]int{}, l.cols[:i]...), cols...), l.cols[j:]...)
}

// isSpace reports whether r is white space for this package: Unicode white
// space (which includes the ideographic space U+3000) plus the zero-width
// space and a stray byte-order mark.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// splitLines splits decoded text into trimmed lines. It accepts LF, CRLF and
// lone CR line endings. A form feed (a PDF page break) ends a line too, but
// not a source line: the text after it keeps its line number and columns, as
// an editor counts them.
//
//	推动发展。\f二、主要任务   → "推动发展。" (1:1) and "二、主要任务" (1:7)
func splitLines(text string) []*line {
	var lines []*line
	cur := &line{no: 1}
	col := 0
	flush := func() {
		lines = append(lines, cur.trim())
		cur = &line{no: cur.no + 1}
		col = 0
	}
	page := func() {
		lines = append(lines, cur.trim())
		cur = &line{no: cur.no}
	}
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch r {
		case '\r':
			if i+1 < len(rs) && rs[i+1] == '\n' {
				i++
			}
			flush()
			continue
		case '\n':
			flush()
			continue
		case '\f':
			col++
			page()
			continue
		}
		col++
		cur.r = append(cur.r, r)
		cur.cols = append(cur.cols, col)
	}
	if len(cur.r) > 0 {
		flush()
	}
	return lines
}

// compact returns s without white space.
func compact(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}
