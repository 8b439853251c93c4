package site

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"mingbai/generator/library"
)

// libraryRoot makes a project root holding the real seeds and the parser's
// test documents as seeds: a small library with every genre we have.
func libraryRoot(t testing.TB) string {
	t.Helper()
	root := projectDir(t)
	copyTree(t, "../../seeds", filepath.Join(root, "seeds"))
	txts, _ := filepath.Glob("../policy/testdata/*.txt")
	for _, p := range txts {
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		if _, err := os.Stat(filepath.Join(root, "seeds", id)); err == nil {
			continue // already a seed of the library
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, "seeds", filepath.Base(p)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func copyTree(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dst, rel)), 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// onDisk reads every file under the output folders of root.
func onDisk(t *testing.T, root string) Files {
	t.Helper()
	got := Files{}
	for _, out := range Outputs {
		filepath.WalkDir(filepath.Join(root, out), func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			b, _ := os.ReadFile(p)
			got[filepath.ToSlash(rel)] = b
			return nil
		})
	}
	return got
}

func sameFiles(t *testing.T, what string, got, want Files) {
	t.Helper()
	for p, b := range want {
		if g, ok := got[p]; !ok {
			t.Errorf("%s: %s missing", what, p)
		} else if !bytes.Equal(g, b) {
			t.Errorf("%s: %s differs", what, p)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("%s: %s not expected", what, p)
		}
	}
}

// built loads the library at root and returns it with the files Build
// makes of it, each document's pages in its bundles, as Generate writes them.
func built(t *testing.T, root string) (*library.Library, Files) {
	t.Helper()
	lib, err := library.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := Build(lib)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range lib.Docs {
		if err := fs.bundle(d.Model.ID); err != nil {
			t.Fatal(err)
		}
	}
	return lib, fs
}

// TestGenerateStreams: Generate, which builds the library pages from the
// slim facts of each document, writes exactly what Build writes from the
// full documents; a second run writes nothing; a hand edit and a stray
// file are found by the check and repaired by the next run.
func TestGenerateStreams(t *testing.T) {
	root := libraryRoot(t)
	lib, want := built(t, root)
	res, err := Generate(root, false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Docs != len(lib.Docs) || res.Files != len(want) || res.Written != len(want) {
		t.Errorf("first run: %d documents, %d files, %d written; want %d, %d, %d", res.Docs, res.Files, res.Written, len(lib.Docs), len(want), len(want))
	}
	sameFiles(t, "first run", onDisk(t, root), want)

	res, err = Generate(root, false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Written != 0 || len(res.Removed) != 0 || !res.Current || res.Files != len(want) {
		t.Errorf("second run wrote %d files and removed %v; current %v, %d files", res.Written, res.Removed, res.Current, res.Files)
	}
	// Without the manifest, the second run parses everything and still
	// writes nothing.
	os.Remove(filepath.Join(root, ".cache", "generate"))
	res, err = Generate(root, false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Written != 0 || len(res.Removed) != 0 || res.Current {
		t.Errorf("run without the manifest wrote %d files and removed %v; current %v", res.Written, res.Removed, res.Current)
	}
	// A changed seed is seen.
	glossary := filepath.Join(root, "seeds", "glossary.toml")
	g, _ := os.ReadFile(glossary)
	os.WriteFile(glossary, append(g, "\n# a comment changes the key\n"...), 0o644)
	if res, err := Generate(root, false); err != nil || res.Current {
		t.Errorf("run after a seed changed: current %v, %v", res.Current, err)
	}
	if res, err := Generate(root, true); err != nil || len(res.Diffs) != 0 {
		t.Errorf("check after a run: %v %v", err, res.Diffs)
	}

	edited := bundleDir + "/zh/liaoning-2024-8.txt"
	os.WriteFile(filepath.Join(root, edited), []byte("<!-- page m07 -->\n+++\ntitle = 'edited by hand'\n+++\n"), 0o644)
	stray := "content/en/stray/old.md"
	os.MkdirAll(filepath.Join(root, "content/en/stray"), 0o755)
	os.WriteFile(filepath.Join(root, stray), []byte("old"), 0o644)
	os.Remove(filepath.Join(root, "data/glossary.json"))
	res, err = Generate(root, true)
	if err != nil {
		t.Fatal(err)
	}
	wantDiffs := []string{edited + " (differs)", "content/en/stray/old.md (not generated)", "data/glossary.json (missing)"}
	if !slices.Equal(res.Diffs, wantDiffs) {
		t.Errorf("check found %q, want %q", res.Diffs, wantDiffs)
	}
	res, err = Generate(root, false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Written != 2 || !slices.Equal(res.Removed, []string{stray}) {
		t.Errorf("repair wrote %d files (want 2) and removed %v", res.Written, res.Removed)
	}
	if _, err := os.Stat(filepath.Join(root, "content/en/stray")); !os.IsNotExist(err) {
		t.Errorf("the stray file's empty folder is left: %v", err)
	}
	sameFiles(t, "repair", onDisk(t, root), want)
	leftovers(t, root)
}

// TestGenerateReportsEveryBrokenDocument: with two broken seeds beside good
// ones, Generate reports the positioned errors of both and writes nothing.
func TestGenerateReportsEveryBrokenDocument(t *testing.T) {
	root := libraryRoot(t)
	if _, err := Generate(root, false); err != nil {
		t.Fatal(err)
	}
	before := onDisk(t, root)
	copyTree(t, "../library/testdata/broken/seeds", filepath.Join(root, "seeds"))
	os.WriteFile(filepath.Join(root, "seeds", "liaoning-2024-8", "source.txt"), []byte("changed, and no longer parsed"), 0o644)
	_, err := Generate(root, false)
	if err == nil {
		t.Fatal("broken seeds, no error")
	}
	for _, want := range []string{"seeds/bad-a.txt:5:1: error: duplicated number", "seeds/bad-b.txt:5:9: error: binary input"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	sameFiles(t, "after a failed run", onDisk(t, root), before)
	leftovers(t, root)
}

// leftovers fails when a staging folder is left in root.
func leftovers(t *testing.T, root string) {
	t.Helper()
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".generate-") {
			t.Errorf("staging folder %s left behind", e.Name())
		}
	}
}

func TestWeight(t *testing.T) {
	if a, b := weight("2024-06-20"), weight("2023-12-31"); a >= b {
		t.Errorf("newer document weighs %d, older %d", a, b)
	}
	if a, b := weight("1999-01-01"), weight(""); a >= b {
		t.Errorf("dated document weighs %d, undated %d", a, b)
	}
}

// TestFilesValidate: the goldmark rules apply to every generated page, and
// the error names each broken file and line.
func TestFilesValidate(t *testing.T) {
	fs := Files{
		"content/zh/x.md":   []byte("+++\ntitle = 'x'\n+++\n\n## 标题\n"),
		"content/en/x.md":   []byte("+++\ntitle = 'x'\n+++\n\n## Heading {#h}\n"),
		"data/not-markdown": []byte("## not checked\n"),
	}
	err := fs.validate()
	if err == nil || !strings.Contains(err.Error(), "content/zh/x.md:5: heading without an explicit {#id}") {
		t.Errorf("validate: %v", err)
	}
	fs["content/zh/x.md"] = []byte("+++\ntitle = 'x'\n+++\n\n## 标题 {#h}\n")
	if err := fs.validate(); err != nil {
		t.Errorf("validate of good pages: %v", err)
	}
}
