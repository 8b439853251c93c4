package library

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEachReportsEveryBrokenDocument: with two broken seeds and a good one,
// loading reports the positioned error of both broken seeds, still hands the
// good one to fn, and fails.
func TestEachReportsEveryBrokenDocument(t *testing.T) {
	lib, err := Open("testdata/broken")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	err = lib.Each(1, func(i int, d *Doc) error {
		got = append(got, d.Seed.ID)
		return nil
	})
	if err == nil {
		t.Fatal("two broken seeds, no error")
	}
	for _, want := range []string{
		"testdata/broken/seeds/bad-a.txt:5:1: error: duplicated number （一）",
		"testdata/broken/seeds/bad-b.txt:5:9: error: binary input: NUL byte",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if strings.Index(err.Error(), "bad-a.txt") > strings.Index(err.Error(), "bad-b.txt") {
		t.Errorf("errors not in seed order:\n%v", err)
	}
	if len(got) != 1 || got[0] != "good" {
		t.Errorf("fn saw %v, want [good]", got)
	}
	if _, err := Load("testdata/broken"); err == nil || !strings.Contains(err.Error(), "bad-a.txt") || !strings.Contains(err.Error(), "bad-b.txt") {
		t.Errorf("Load: %v", err)
	}
	// An error of fn is reported with the load errors.
	errFn := errors.New("fn failed")
	if err := lib.Each(0, func(int, *Doc) error { return errFn }); !errors.Is(err, errFn) || !strings.Contains(err.Error(), "bad-a.txt") {
		t.Errorf("fn's error not joined: %v", err)
	}
}

func TestIsParagraph(t *testing.T) {
	for id, want := range map[string]bool{
		"m07.p1": true, "preamble.p12": true, "c2-m01.p3": true,
		"title": false, "c2.heading": false, "issuers.1": false, "target.m07-t1.indicator": false, "m07.p": false, "x.pa": false,
	} {
		if got := isParagraph(id); got != want {
			t.Errorf("isParagraph(%q) = %v", id, got)
		}
	}
}

func TestOpenRefusesTwoDocumentsWithOneID(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "seeds", "x"), 0o755)
	os.WriteFile(filepath.Join(root, "seeds", "x", "source.txt"), []byte("关于甲的意见\n"), 0o644)
	os.WriteFile(filepath.Join(root, "seeds", "x.txt"), []byte("关于乙的意见\n"), 0o644)
	if _, err := Open(root); err == nil || !strings.Contains(err.Error(), `two documents with the ID "x"`) {
		t.Errorf("Open: %v", err)
	}
}
