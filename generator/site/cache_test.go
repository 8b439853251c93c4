package site

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDocumentCache: a run parses only the documents whose seed or files
// changed, and writes what a full build writes; a damaged cache entry only
// means a parse.
func TestDocumentCache(t *testing.T) {
	root := libraryRoot(t)
	res, err := Generate(root, false)
	if err != nil {
		t.Fatal(err)
	}
	n := res.Docs
	if res.Parsed != n {
		t.Fatalf("first run parsed %d of %d documents", res.Parsed, n)
	}
	run := func(what string, parsed int) {
		t.Helper()
		os.Remove(filepath.Join(root, ".cache", "generate")) // the manifest would stop the run earlier
		res, err := Generate(root, false)
		if err != nil {
			t.Fatal(err)
		}
		if res.Parsed != parsed || res.Current {
			t.Errorf("%s: parsed %d documents (current %v), want %d", what, res.Parsed, res.Current, parsed)
		}
		_, want := built(t, root)
		sameFiles(t, what, onDisk(t, root), want)
	}
	run("nothing changed", 0)

	meta := filepath.Join(root, "seeds", "liaoning-2024-8", "meta.toml")
	b, err := os.ReadFile(meta)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(meta, append(b, "\n[[change]]\ndate = \"2026-12-01\"\nkind = \"note\"\nnote = \"Checked again.\"\n"...), 0o644)
	run("one seed changed", 1)

	os.Remove(filepath.Join(root, "static", "data", "ndrc-tax-credit-notice-2019", "model.json"))
	run("a file of a cached document deleted", 1)

	os.WriteFile(filepath.Join(root, ".cache", "docs", "gov-work-report-2024"), []byte("not gob"), 0o644)
	run("a damaged cache entry", 1)

	os.RemoveAll(filepath.Join(root, "seeds", "miit-future-industries-2024"))
	os.Remove(filepath.Join(root, "seeds", "miit-future-industries-2024.txt"))
	run("a document removed", 0)
	if _, err := os.Stat(filepath.Join(root, ".cache", "docs", "miit-future-industries-2024")); !os.IsNotExist(err) {
		t.Errorf("the removed document's cache entry is kept: %v", err)
	}

	// The downloads name the site's address: a new base URL rewrites them all.
	os.WriteFile(filepath.Join(root, "hugo.toml"), []byte("baseURL = \"https://example.org/policy/\"\n"), 0o644)
	if res, err := Generate(root, false); err != nil || res.Current {
		t.Errorf("the base URL changed: the manifest shows the output current (%v)", err)
	}
	os.WriteFile(filepath.Join(root, "hugo.toml"), []byte("baseURL = \"https://example.net/\"\n"), 0o644)
	run("the base URL changed", n-1)
}
