package policy

import (
	"fmt"
	"sort"
	"strings"

	"golang.org/x/text/width"
)

// Severity of a diagnostic.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityNotice  = "notice"
)

// Diagnostic is a message about a place in the source: an error that stops
// the parse, a warning an editor should look at, or a notice.
type Diagnostic struct {
	Pos      Pos
	Len      int // length of the offending span in runes, at least 1
	Severity string
	Msg      string
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

// FormatDiagnostic renders d as go/scanner does, "file:line:col: severity:
// message", followed, when the source line is known, by that line and a caret
// under the span. Carets are placed by display width, so they line up under
// Chinese text in a terminal.
//
//	seeds/x.txt:23:1: error: duplicated number （五）: already used at 21:1
//	    (五) 发展现代化大农业。
//	    ^^^^
func FormatDiagnostic(file string, d *Diagnostic, lines []string) string {
	head := fmt.Sprintf("%s:%s", file, d.String())
	if d.Pos.Line < 1 || d.Pos.Line > len(lines) {
		return head
	}
	src := []rune(strings.TrimRight(lines[d.Pos.Line-1], "\r"))
	start := min(max(d.Pos.Col-1, 0), len(src))
	end := min(start+max(d.Len, 1), len(src))
	pad := displayWidth(src[:start])
	n := max(displayWidth(src[start:end]), 1)
	return fmt.Sprintf("%s\n    %s\n    %s%s", head, string(src), strings.Repeat(" ", pad), strings.Repeat("^", n))
}

func displayWidth(rs []rune) int {
	w := 0
	for _, r := range rs {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			w += 2
		default:
			w++
		}
	}
	return w
}

// diagnostics collects diagnostics during a parse.
type diagnostics struct {
	list []*Diagnostic
}

func (ds *diagnostics) add(sev string, pos Pos, n int, format string, args ...any) {
	ds.list = append(ds.list, &Diagnostic{Pos: pos, Len: n, Severity: sev, Msg: fmt.Sprintf(format, args...)})
}

func (ds *diagnostics) bySeverity(sev string) []Diagnostic {
	sortByPos(ds.list)
	var out []Diagnostic
	for _, d := range ds.list {
		if d.Severity == sev {
			out = append(out, *d)
		}
	}
	return out
}

func sortByPos(ds []*Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i].Pos, ds[j].Pos
		return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
	})
}
