package card

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestConfig(t *testing.T) {
	for _, c := range []struct {
		toml string
		want []string
		err  bool
	}{
		{"[params]\n", DefaultKinds, false},
		{"[params]\nshareCards = false\n[params.cards]\nkinds = ['measure']\n", nil, false},
		{"[params]\n[params.cards]\nkinds = ['document', 'measure']\n", []string{"document", "measure"}, false},
		{"[params]\n[params.cards]\nkinds = []\n", []string{}, false},
		{"[params]\n[params.cards]\nkinds = ['page']\n", nil, true},
	} {
		root := t.TempDir()
		if err := os.WriteFile(filepath.Join(root, "hugo.toml"), []byte(c.toml), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := Config(root)
		if (err != nil) != c.err || !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, %v; want %q", c.toml, got, err, c.want)
		}
	}
	// The project's own setting is valid.
	if _, err := Config("../.."); err != nil {
		t.Error(err)
	}
}
