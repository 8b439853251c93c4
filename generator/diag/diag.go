// Package diag is the positioned message of every checker in the
// generator: a file, a line and a column in runes, a severity and a message,
// with the source line quoted under it and a caret, as go/scanner prints
// them.
//
//	seeds/x.txt:23:1: error: duplicated number (五): （五） already used at 21:1
//	    (五) 发展现代化大农业。
//	    ^^^
package diag

import (
	"fmt"
	"sort"
	"strings"

	"golang.org/x/text/width"
)

// Pos is a position in the decoded source text. Line and Col are 1-based and
// Col counts runes, not bytes or display cells.
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"col"`
}

// Severity says whether a diagnostic stops the parse (SeverityError), asks
// an editor to look (SeverityWarning) or only informs (SeverityNotice).
type Severity string

// The severities, as printed: "file:line:col: warning: …".
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityNotice  Severity = "notice"
)

// Diagnostic is a message about a place in the source: an error that stops
// the parse, a warning an editor should look at, or a notice. A diagnostic
// about another file than the parsed source (an erratum in meta.toml) names
// that file and carries the line to quote.
type Diagnostic struct {
	Pos      Pos
	Len      int // length of the offending span in runes, at least 1
	Severity Severity
	Msg      string
	File     string // the file Pos is in when it is not the parsed source, e.g. "seeds/x/meta.toml"
	Line     string // with File: the text of line Pos.Line of File, quoted under the message
}

// String formats d as "line:col: severity: message".
func (d *Diagnostic) String() string {
	return fmt.Sprintf("%d:%d: %s: %s", d.Pos.Line, d.Pos.Col, d.Severity, d.Msg)
}

// Error is the error Parse returns: every problem found, in source order,
// each with the file name and the offending line quoted under it.
type Error struct {
	File  string
	List  []*Diagnostic
	lines []string // the decoded source, for quoting
}

// NewError is an Error about file, whose text src is quoted under each
// diagnostic. Packages that check other files than a policy text (meta.toml,
// en.toml) use it so that every positioned message looks the same.
func NewError(file string, src []byte, ds ...*Diagnostic) *Error {
	SortByPos(ds)
	return &Error{File: file, List: ds, lines: SourceLines(string(src))}
}

func (e *Error) Error() string {
	var b strings.Builder
	for i, d := range e.List {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(FormatDiagnostic(e.File, d, e.lines))
	}
	return b.String()
}

// quoteWidth is the most display cells of a source line quoted under a
// message; a longer line is cut around the caret, with … where it is cut.
const quoteWidth = 80

// FormatDiagnostic renders d as go/scanner does, "file:line:col: severity:
// message", followed, when the source line is known, by that line and a caret
// under the span. Carets are placed by display width, so they line up under
// Chinese text in a terminal. A line wider than 80 cells is shortened around
// the span. When the span is written with other brackets than the message
// quotes it (the message names the normalised label （五）, the source has
// (五)), the message shows it as written.
//
//	seeds/x.txt:23:1: error: duplicated number (五): （五） already used at 21:1
//	    (五) 发展现代化大农业。
//	    ^^^
func FormatDiagnostic(file string, d *Diagnostic, lines []string) string {
	if d.File != "" {
		file, lines = d.File, nil
		if d.Line != "" {
			lines = make([]string, d.Pos.Line)
			lines[d.Pos.Line-1] = d.Line
		}
	}
	msg := d.Msg
	if d.Pos.Line < 1 || d.Pos.Line > len(lines) {
		if d.Pos.Line < 1 {
			return fmt.Sprintf("%s: %s: %s", file, d.Severity, msg)
		}
		return fmt.Sprintf("%s:%d:%d: %s: %s", file, d.Pos.Line, d.Pos.Col, d.Severity, msg)
	}
	src := []rune(strings.TrimRight(lines[d.Pos.Line-1], "\r"))
	start := min(max(d.Pos.Col-1, 0), len(src))
	end := min(start+max(d.Len, 1), len(src))
	if written := string(src[start:end]); written != "" {
		if norm := fullWidthBrackets(written); norm != written {
			msg = strings.Replace(msg, norm, written, 1)
		}
	}
	head := fmt.Sprintf("%s:%d:%d: %s: %s", file, d.Pos.Line, d.Pos.Col, d.Severity, msg)
	quote, pad, n := clip(src, start, end, quoteWidth)
	return fmt.Sprintf("%s\n    %s\n    %s%s", head, quote, strings.Repeat(" ", pad), strings.Repeat("^", n))
}

// clip cuts src to at most limit display cells around the span [start, end),
// marking each cut side with …, and returns the text, the cells before the
// span and the cells of the span (at least 1). Context is added a rune at a
// time to the side that has less, so the span stays near the middle.
func clip(src []rune, start, end, limit int) (text string, pad, n int) {
	if displayWidth(src) <= limit {
		return string(src), displayWidth(src[:start]), max(displayWidth(src[start:end]), 1)
	}
	room := limit - 2 // one … on each side
	for end > start+1 && displayWidth(src[start:end]) > room {
		end--
	}
	room -= displayWidth(src[start:end])
	left, right, lw, rw := start, end, 0, 0
	growLeft := func() bool {
		if left == 0 || runeWidth(src[left-1]) > room {
			return false
		}
		left--
		lw += runeWidth(src[left])
		room -= runeWidth(src[left])
		return true
	}
	growRight := func() bool {
		if right == len(src) || runeWidth(src[right]) > room {
			return false
		}
		room -= runeWidth(src[right])
		rw += runeWidth(src[right])
		right++
		return true
	}
	for {
		if lw <= rw {
			if !growLeft() && !growRight() {
				break
			}
		} else if !growRight() && !growLeft() {
			break
		}
	}
	var b strings.Builder
	pad = lw
	if left > 0 {
		b.WriteString("…")
		pad++
	}
	b.WriteString(string(src[left:right]))
	if right < len(src) {
		b.WriteString("…")
	}
	return b.String(), pad, max(displayWidth(src[start:end]), 1)
}

// fullWidthBrackets is s with ASCII parentheses made full width, the way
// the parser normalises numbering labels: "(五)" → "（五）".
func fullWidthBrackets(s string) string {
	return strings.NewReplacer("(", "（", ")", "）").Replace(s)
}

func runeWidth(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

func displayWidth(rs []rune) int {
	w := 0
	for _, r := range rs {
		w += runeWidth(r)
	}
	return w
}

// sortByPos orders diagnostics about the source by position, then those
// about other files (meta.toml) by file and position.
func SortByPos(ds []*Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].File != ds[j].File {
			return ds[i].File < ds[j].File
		}
		a, b := ds[i].Pos, ds[j].Pos
		return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
	})
}

// SourceLines splits decoded text into raw lines, numbered as an editor
// numbers them (LF, CRLF or a lone CR ends a line), for quoting.
func SourceLines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	return strings.Split(text, "\n")
}
