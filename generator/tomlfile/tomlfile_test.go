package tomlfile

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestDecode: a good file decodes; a wrong type and an unknown key are
// reported at file:line:col with the line quoted; a missing file is not an
// error but is not found either.
func TestDecode(t *testing.T) {
	type meta struct {
		Title    string `toml:"title"`
		Complete bool   `toml:"complete"`
	}
	var m meta
	if err := Decode("meta.toml", []byte("title = \"甲\"\ncomplete = true\n"), &m); err != nil || m.Title != "甲" || !m.Complete {
		t.Fatalf("decode: %v, %+v", err, m)
	}
	for _, tc := range []struct{ src, want string }{
		{"title = \"甲\"\ncomplete = \"yes\"\n", "meta.toml:2:12: error: "},
		{"title = \"甲\"\ntitel = \"乙\"\n", "meta.toml:2:1: error: unknown key titel; check its spelling\n    titel = \"乙\"\n    ^"},
	} {
		err := Decode("meta.toml", []byte(tc.src), &meta{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Decode(%q) = %v, want it to contain %q", tc.src, err, tc.want)
		}
	}
	found, err := Read(filepath.Join(t.TempDir(), "none.toml"), &m)
	if found || err != nil {
		t.Errorf("missing file: found %v, err %v", found, err)
	}
}
