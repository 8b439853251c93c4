package policy

import (
	"fmt"

	"mingbai/generator/diag"
)

// The positioned diagnostics of the parser are those of package diag,
// which other checkers (meta.toml, en.toml) share without importing the
// parser.
type (
	Diagnostic = diag.Diagnostic
	Error      = diag.Error
	Severity   = diag.Severity
)

// The severities.
const (
	SeverityError   = diag.SeverityError
	SeverityWarning = diag.SeverityWarning
	SeverityNotice  = diag.SeverityNotice
)

// NewError is diag.NewError.
func NewError(file string, src []byte, ds ...*Diagnostic) *Error {
	return diag.NewError(file, src, ds...)
}

// FormatDiagnostic is diag.FormatDiagnostic.
func FormatDiagnostic(file string, d *Diagnostic, lines []string) string {
	return diag.FormatDiagnostic(file, d, lines)
}

func sortByPos(ds []*Diagnostic) { diag.SortByPos(ds) }

// diagnostics collects diagnostics during a parse.
type diagnostics struct {
	list []*Diagnostic
}

func (ds *diagnostics) add(sev Severity, pos Pos, n int, format string, args ...any) *Diagnostic {
	d := &Diagnostic{Pos: pos, Len: n, Severity: sev, Msg: fmt.Sprintf(format, args...)}
	ds.list = append(ds.list, d)
	return d
}

func (ds *diagnostics) bySeverity(sev Severity) []Diagnostic {
	sortByPos(ds.list)
	var out []Diagnostic
	for _, d := range ds.list {
		if d.Severity == sev {
			out = append(out, *d)
		}
	}
	return out
}
