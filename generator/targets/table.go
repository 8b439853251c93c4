package targets

import (
	"encoding/json"
	"io"
	"strconv"
)

// year writes a horizon year, or nothing for an unknown one.
func year(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

// WriteJSON writes ts (targets or download rows) as an indented JSON array,
// without HTML escaping and ending in a newline; an empty table is [].
func WriteJSON[T Target | Row](w io.Writer, ts []T) error {
	if ts == nil {
		ts = []T{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(ts)
}
