package links

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGoodSiteUnderSubPath(t *testing.T) {
	for _, base := range []string{"/policy/", "/policy", "policy", "https://example.org/policy/"} {
		r, err := Check("testdata/good", Options{Base: base})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range r.Problems {
			t.Errorf("base %q: unexpected problem: %s", base, p)
		}
		if r.Pages != 5 {
			t.Errorf("base %q: parsed %d pages, want 5", base, r.Pages)
		}
		if r.Links < 20 {
			t.Errorf("base %q: checked only %d links", base, r.Links)
		}
	}
	// With the full URL as base, the absolute canonical and hreflang links are
	// internal; with only the path they are external.
	full, _ := Check("testdata/good", Options{Base: "https://example.org/policy/"})
	path, _ := Check("testdata/good", Options{Base: "/policy/"})
	if full.Links != path.Links+3 || full.External != path.External-3 {
		t.Errorf("full-URL base checked %d links (%d external), path base %d (%d external); want 3 more internal",
			full.Links, full.External, path.Links, path.External)
	}
}

// A site built for a sub-path but checked as if served at the root must fail:
// this is what catches links that forget the base path, and the reverse.
func TestGoodSiteAtWrongBaseFails(t *testing.T) {
	r, err := Check("testdata/good", Options{Base: "/"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Problems) < 5 {
		t.Fatalf("checked at / the sub-path site has %d problems, want many: %v", len(r.Problems), r.Problems)
	}
	r, err = Check("testdata/good", Options{Base: "/other/"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range r.Problems {
		if strings.Contains(p.Why, "outside the site's base path /other/") {
			found = true
		}
	}
	if !found {
		t.Errorf("no problem says a link leaves the base path: %v", r.Problems)
	}
}

func TestBrokenSiteFails(t *testing.T) {
	r, err := Check("testdata/broken", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`index.html:4: href="/missing.css": resolves to /missing.css: no such file`,
		`index.html:8: href="zh/nope/": resolves to /zh/nope/: no such file`,
		`index.html:9: href="zh/doc/#p9": no element with id "p9" in zh/doc/index.html`,
		`index.html:10: href="#nowhere": no element with id "nowhere" in index.html`,
		`index.html:11: src="pic.png": resolves to /pic.png: no such file`,
		`index.html:12: srcset="zh/doc/b.svg": resolves to /zh/doc/b.svg: no such file`,
		`index.html:13: href="javascript:alert(1)": script URL`,
		`index.html:14: href="../outside/": resolves to /outside/: no such file`,
	}
	var got []string
	for _, p := range r.Problems {
		got = append(got, p.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMissingFolder(t *testing.T) {
	if _, err := Check(filepath.Join(t.TempDir(), "nope"), Options{}); err == nil {
		t.Error("no error for a missing folder")
	}
	f := filepath.Join(t.TempDir(), "file.html")
	os.WriteFile(f, []byte("x"), 0o644)
	if _, err := Check(f, Options{}); err == nil {
		t.Error("no error for a file instead of a folder")
	}
	if _, err := Check("testdata/good", Options{Base: "https:///x"}); err == nil {
		t.Error("no error for a URL base without a host")
	}
}

func TestParsePage(t *testing.T) {
	pg := parsePage([]byte(`<p id=a>x</p>
<a name=b href="c.html#d"></a><a id="" name=""></a>
<meta http-equiv="Refresh" content="0; URL='/zh/'">
<img srcset=" x.png 1x,y.png   2x ">
<base href="/sub/"><a href="e/">e</a>`))
	for _, id := range []string{"a", "b"} {
		if !pg.ids[id] {
			t.Errorf("id %q not found", id)
		}
	}
	if len(pg.ids) != 2 {
		t.Errorf("ids: %v", pg.ids)
	}
	var got []string
	for _, r := range pg.refs {
		got = append(got, r.attr+"="+r.raw+"@"+r.base)
	}
	want := "href=c.html#d@ meta refresh=/zh/@ srcset=x.png@ srcset=y.png@ href=e/@/sub/"
	if strings.Join(got, " ") != want {
		t.Errorf("refs: %s\nwant: %s", strings.Join(got, " "), want)
	}
	if pg.refs[1].line != 3 || pg.refs[4].line != 5 {
		t.Errorf("lines: %+v", pg.refs)
	}
}

func TestCommand(t *testing.T) {
	var out strings.Builder
	if err := Command([]string{"-base", "/policy/", "testdata/good"}, &out); err != nil {
		t.Errorf("good site: %v\n%s", err, out.String())
	}
	out.Reset()
	err := Command([]string{"-max", "2", "testdata/broken"}, &out)
	if err != ErrBroken {
		t.Errorf("broken site: err = %v", err)
	}
	if !strings.Contains(out.String(), "… and 6 more") || !strings.Contains(out.String(), "8 broken") {
		t.Errorf("broken site report:\n%s", out.String())
	}
	if err := Command(nil, &out); err == nil {
		t.Error("no error without a folder")
	}
	if err := Command([]string{t.TempDir()}, &out); err == nil {
		t.Error("no error for a folder without HTML")
	}
}
