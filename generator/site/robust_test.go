package site

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mingbai/generator/library"
	"mingbai/generator/policy"
	"mingbai/generator/seed"
)

// buildOne builds the site of a library holding the one document src, as
// seeds/NAME.txt under a temporary root. It reports whether parse accepted
// src (with the options of a seed, as library.Load parses it), and the error
// of Build.
func buildOne(t *testing.T, name string, src []byte) (accepted bool, err error) {
	t.Helper()
	s := &seed.Seed{ID: name, Path: name + ".txt", Source: src}
	if _, perr := s.Parse(); perr != nil {
		var pe *policy.Error
		if !errors.As(perr, &pe) {
			t.Fatalf("parse error is not a *policy.Error: %v", perr)
		}
		return false, nil
	}
	root := projectDir(t)
	if err := os.MkdirAll(filepath.Join(root, "seeds"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "seeds", name+".txt"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	lib, err := library.Load(root)
	if err != nil {
		t.Fatalf("parse accepted the document but library.Load failed: %v", err)
	}
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("Build panicked on a document parse accepts:\n%s\npanic: %v", src, r)
		}
	}()
	_, err = Build(lib)
	return true, err
}

// TestBuildAcceptedDocuments is the property that building the pages never
// panics and never fails on a document that parse accepts: every document
// in testdata/build (a notice without numbered sections, a one-line text,
// headings only, measures only, a form feed, deep nesting) and every prefix
// of each that ends at a line break.
func TestBuildAcceptedDocuments(t *testing.T) {
	files, err := filepath.Glob("testdata/build/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test documents: %v", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			accepted, err := buildOne(t, name, src)
			if !accepted {
				t.Fatalf("parse rejects %s, which the test expects it to accept", f)
			}
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			for i := range src {
				if src[i] != '\n' && src[i] != '\f' {
					continue
				}
				if _, err := buildOne(t, name, src[:i+1]); err != nil {
					t.Errorf("Build of the first %d bytes: %v", i+1, err)
				}
			}
		})
	}
}

// FuzzBuild extends the property to any input: whatever parse accepts,
// Build does not panic.
func FuzzBuild(f *testing.F) {
	files, _ := filepath.Glob("testdata/build/*.txt")
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if bytes.IndexByte(src, 0) >= 0 {
			return
		}
		buildOne(t, "fuzz", src)
	})
}
