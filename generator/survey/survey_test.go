package survey

import (
	"testing"
)

// TestLawSample surveys the fixed sample of laws in testdata/laws: every
// file parses, every passage record gives its adoption date and adopting
// body, and every file that prints 第一条 has its articles.
func TestLawSample(t *testing.T) {
	files, err := Files("testdata/laws")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 40 {
		t.Fatalf("%d files in the sample, want 40", len(files))
	}
	rs := Run(files)
	for _, r := range rs {
		switch {
		case !r.OK:
			t.Errorf("%s: %s", r.File, r.Error)
		case r.Record && (r.Adopted == "" || len(r.Issuers) == 0):
			t.Errorf("%s: record without adoption date (%q) or body (%q)", r.File, r.Adopted, r.Issuers)
		case r.HasArticle && r.Articles == 0:
			t.Errorf("%s: prints 第一条 but has no articles", r.File)
		case r.Title == "":
			t.Errorf("%s: no title", r.File)
		}
	}
	tot := Sum(rs)
	if tot.Records < 30 {
		t.Errorf("%d records in the sample; the sample should be mostly laws with records", tot.Records)
	}
}

// TestKind: a diagnostic's kind is its message up to the first colon.
func TestKind(t *testing.T) {
	for msg, want := range map[string]string{
		"skipped number: （三） follows （一）":      "skipped number",
		"text printed twice: lines 2–3 repeat": "text printed twice",
		"no colon at all":                      "no colon at all",
	} {
		if got := Kind(msg); got != want {
			t.Errorf("Kind(%q) = %q, want %q", msg, got, want)
		}
	}
}
