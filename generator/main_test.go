package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copySeeds makes a project root in a temporary folder holding a copy of
// testdata/seeds/ (a frozen copy of the founding document's seed), so that
// tests can change seeds, and editors can change seeds/, without either
// touching the other.
func copySeeds(t *testing.T) string {
	t.Helper()
	root := projectDir(t)
	err := filepath.WalkDir("testdata/seeds", func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel("testdata", p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		dst := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestCommittedOutputIsCurrent is the drift check: the committed content/,
// data/ and downloads must equal a fresh generation from seeds/.
func TestCommittedOutputIsCurrent(t *testing.T) {
	var out bytes.Buffer
	if err := generateCmd("..", []string{"-check"}, &out); err != nil {
		t.Fatal(err)
	}
}

func TestDriftCheckFailsOnChange(t *testing.T) {
	root := copySeeds(t)
	var out bytes.Buffer
	if err := generateCmd(root, nil, &out); err != nil {
		t.Fatal(err)
	}
	if err := generateCmd(root, []string{"-check"}, &out); err != nil {
		t.Fatalf("fresh output reported as drifted: %v", err)
	}
	// A document's pages are kept in its bundle (generator/site/bundle.go).
	bundle := filepath.Join(root, "assets", "generated", "pages", "zh", "liaoning-2024-8.txt")
	b, err := os.ReadFile(bundle)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bundle, bytes.Replace(b, []byte("培育壮大新兴产业"), []byte("edited by hand"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	err = generateCmd(root, []string{"-check"}, &out)
	if err == nil || !strings.Contains(err.Error(), "assets/generated/pages/zh/liaoning-2024-8.txt (differs)") || !strings.Contains(err.Error(), "go run ./generator generate") {
		t.Fatalf("drift not reported with the fixing command: %v", err)
	}
}

// TestGenerateIsAtomic: when a seed cannot be parsed, nothing is written.
func TestGenerateIsAtomic(t *testing.T) {
	root := copySeeds(t)
	var out bytes.Buffer
	if err := generateCmd(root, nil, &out); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(root, "content", "zh", "_index.md"))
	if err := os.WriteFile(filepath.Join(root, "seeds", "broken.txt"), []byte("\x00\x01binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code := run(root, []string{"generate"}, strings.NewReader(""), &out, &out); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	after, _ := os.ReadFile(filepath.Join(root, "content", "zh", "_index.md"))
	if !bytes.Equal(before, after) {
		t.Error("a failed generate changed content/")
	}
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".generate-") {
			t.Errorf("temporary folder %s left behind", e.Name())
		}
	}
}

func TestParseCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run("testdata", []string{"parse", "seeds/liaoning-2024-8/source.txt"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var doc map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "title", "docNumber", "issuers", "date", "front", "preamble", "sections", "closing", "repairs", "warnings", "targets"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("parse output lacks %q", k)
		}
	}
	if doc["id"] != "liaoning-2024-8" || doc["date"] != "2024-06-20" {
		t.Errorf("id %v date %v", doc["id"], doc["date"])
	}

	stdout.Reset()
	stderr.Reset()
	code := run(".", []string{"parse", "-"}, strings.NewReader("关于测试的意见\n\n一、总体要求\n\n（一）甲。\n\n（一）乙。\n"), &stdout, &stderr)
	if code != 1 || stdout.Len() != 0 || !strings.Contains(stderr.String(), "<stdin>:7:1: error: duplicated number （一）") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
	stderr.Reset()
	code = run(".", []string{"parse", "-"}, strings.NewReader("关于测试的意见\n\n一、总体要求\n\n加强人才 and 平台建设。\n"), &stdout, &stderr)
	if code != 0 || !strings.Contains(stderr.String(), "<stdin>:5:6: warning: Latin word") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}

// TestCheckReportsStaleUnit: changing one character of one Chinese
// paragraph makes exactly that unit stale, and check fails because the
// document is marked complete.
func TestCheckReportsStaleUnit(t *testing.T) {
	root := copySeeds(t)
	src := filepath.Join(root, "seeds", "liaoning-2024-8", "source.txt")
	b, _ := os.ReadFile(src)
	b = bytes.Replace(b, []byte("构建接续有力"), []byte("构建持续有力"), 1)
	os.WriteFile(src, b, 0o644)
	var out bytes.Buffer
	err := checkCmd(root, &out)
	if err == nil {
		t.Fatal("check passed with a stale unit in a complete document")
	}
	got := out.String()
	if !strings.Contains(got, "1 stale, 0 missing") || !strings.Contains(got, "source.txt:41:14: stale translation unit m07.p1") {
		t.Errorf("check output:\n%s", got)
	}
	if strings.Count(got, "stale translation unit") != 1 {
		t.Errorf("more than one stale unit:\n%s", got)
	}
}

func TestCheckReportsMissingAndInconsistent(t *testing.T) {
	root := copySeeds(t)
	en := filepath.Join(root, "seeds", "liaoning-2024-8", "en.toml")
	b, _ := os.ReadFile(en)
	s := string(b)
	// Remove unit m03.p1 and mistranslate a glossary term in m07.heading's neighbour.
	i := strings.Index(s, `["m03.p1"]`)
	j := strings.Index(s[i+1:], "\n[\"") + i + 1
	s = s[:i] + s[j+1:]
	s = strings.Replace(s, "new quality productive forces", "novel productive forces", 1)
	os.WriteFile(en, []byte(s), 0o644)
	var out bytes.Buffer
	if err := checkCmd(root, &out); err == nil {
		t.Fatal("check passed")
	}
	got := out.String()
	if !strings.Contains(got, "missing translation unit m03.p1") {
		t.Errorf("missing unit not reported:\n%s", got)
	}
	if !strings.Contains(got, "glossary term 新质生产力 is not rendered as \"new quality productive forces\"") {
		t.Errorf("inconsistent term not reported:\n%s", got)
	}
}

// projectDir is a temporary project root with the project's UI strings
// (i18n/), which generate reads from the root it generates.
func projectDir(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for _, lang := range []string{"zh", "en"} {
		b, err := os.ReadFile(filepath.Join("..", "i18n", lang+".toml"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(root, "i18n"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, "i18n", lang+".toml"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// seedWith writes a one-document project: seeds/x/source.txt and meta.toml.
func seedWith(t *testing.T, source, meta string) string {
	t.Helper()
	root := projectDir(t)
	dir := filepath.Join(root, "seeds", "x")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"source.txt": source, "meta.toml": meta} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// runOut runs a command in root and returns its exit status and standard error.
func runOut(root string, args ...string) (int, string) {
	var stdout, stderr bytes.Buffer
	code := run(root, args, strings.NewReader(""), &stdout, &stderr)
	return code, stderr.String()
}

// TestErrataReportedInMetaTOML: an erratum that matches nothing, or more
// than once, is reported where it is written, at meta.toml:LINE:COL with
// that line quoted, not at source.txt:1:1; so is the generate command.
func TestErrataReportedInMetaTOML(t *testing.T) {
	meta := "retrieved = \"2026-01-02\"\n\n[[erratum]]\nfind = \"甲乙\"\nreplace = \"甲\"\nreason = \"r\"\n\n[[erratum]]\nreason = \"r\"\n  find = \"通知\"\nreplace = \"通告\"\n"
	root := seedWith(t, "关于丙的通知\n\n一、总体要求\n\n发出通知。\n", meta)
	for _, args := range [][]string{{"parse", "seeds/x/source.txt"}, {"generate"}} {
		code, stderr := runOut(root, args...)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1", args[0], code)
		}
		metaPath := filepath.Join(root, "seeds", "x", "meta.toml")
		for _, want := range []string{
			metaPath + ":4:1: error: erratum \"甲乙\" matches 0 times",
			"\n    find = \"甲乙\"\n    ^^^^^^^^^^^^^\n",
			metaPath + ":10:3: error: erratum \"通知\" matches 2 times; it must match exactly once (it matches at 1:5 and 5:3)",
			"\n      find = \"通知\"\n      ^^^^^^^^^^^^^\n",
		} {
			if !strings.Contains(stderr, want) {
				t.Errorf("%s: stderr lacks %q:\n%s", args[0], want, stderr)
			}
		}
		if strings.Contains(stderr, "source.txt:1:1") || strings.Contains(stderr, "generator:") {
			t.Errorf("%s: reported in the source or with a prefix:\n%s", args[0], stderr)
		}
	}
}

// TestMetaTOMLErrorsPositioned: a value of the wrong type and an unknown key
// in meta.toml are printed as meta.toml:LINE:COL: error: …, without the
// "generator: " prefix, so that an editor can jump to them.
func TestMetaTOMLErrorsPositioned(t *testing.T) {
	for _, tc := range []struct{ meta, want string }{
		{"title = \"t\"\ncomplete = \"yes\"\n", ":2:12: error: cannot decode TOML string into struct field seed.Meta.Complete of type bool\n    complete = \"yes\"\n               ^\n"},
		{"title = \"t\"\nretreived = \"2026-01-02\"\n", ":2:1: error: unknown key retreived; check its spelling\n    retreived = \"2026-01-02\"\n    ^\n"},
		{"complete = \n", ":1:"},
	} {
		root := seedWith(t, "关于甲的通知\n", tc.meta)
		code, stderr := runOut(root, "generate")
		want := filepath.Join(root, "seeds", "x", "meta.toml") + tc.want
		if code != 1 || !strings.HasPrefix(stderr, filepath.Join(root, "seeds", "x", "meta.toml")+":") || !strings.Contains(stderr, want) {
			t.Errorf("meta.toml %q: exit %d, stderr:\n%s\nwant it to start with the file and contain:\n%s", tc.meta, code, stderr, want)
		}
	}
}

// TestEveryFailedDocumentReported: when two documents fail, both errors
// are printed, not only the first.
func TestEveryFailedDocumentReported(t *testing.T) {
	root := seedWith(t, "关于甲的通知\n", "[[erratum]]\nfind = \"乙\"\nreplace = \"丙\"\n")
	if err := os.WriteFile(filepath.Join(root, "seeds", "y.txt"), []byte("一、甲\n\n（一）乙。\n\n（一）丙。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stderr := runOut(root, "generate")
	if code != 1 || !strings.Contains(stderr, "meta.toml:2:1: error: erratum \"乙\" matches 0 times") || !strings.Contains(stderr, "y.txt:5:1: error: duplicated number") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}
