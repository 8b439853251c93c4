// Package tomlfile decodes the TOML files editors write (meta.toml, en.toml,
// summaries.toml, glossary.toml) strictly, reporting every problem as
// file:line:col with the line quoted, as the parser reports the source text.
package tomlfile

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"mingbai/generator/diag"
)

// Read decodes a TOML file strictly (unknown keys are errors, reported
// with file, line and column). A path that is empty or names no file leaves v
// alone and reports found = false.
func Read(path string, v any) (found bool, err error) {
	if path == "" {
		return false, nil
	}
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, Decode(path, data, v)
}

// Decode decodes TOML data strictly. A syntax error, a value of the
// wrong type or an unknown key is a *diag.Error: "file:line:col: error:
// message" with the line quoted, as the parser reports the source text.
//
//	seeds/x/meta.toml:2:12: error: cannot decode TOML string into struct field seed.Meta.Complete of type bool
//	    complete = "yes"
//	               ^
func Decode(path string, data []byte, v any) error {
	dec := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		return nil
	}
	var ds []*diag.Diagnostic
	switch e := err.(type) {
	case *toml.DecodeError:
		ds = append(ds, diagnostic(e, false))
	case *toml.StrictMissingError:
		for i := range e.Errors {
			ds = append(ds, diagnostic(&e.Errors[i], true))
		}
	default:
		return fmt.Errorf("%s: %w", path, err)
	}
	return diag.NewError(path, data, ds...)
}

// diagnostic is a go-toml error as a diagnostic, without go-toml's
// "toml: " prefix; unknown says the error is an unknown key.
func diagnostic(e *toml.DecodeError, unknown bool) *diag.Diagnostic {
	line, col := e.Position()
	msg := strings.TrimPrefix(e.Error(), "toml: ")
	if unknown {
		msg = fmt.Sprintf("unknown key %s; check its spelling", strings.Join(e.Key(), "."))
	}
	return &diag.Diagnostic{Pos: diag.Pos{Line: line, Col: col}, Len: 1, Severity: diag.SeverityError, Msg: msg}
}
