package shard

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
)

// Adding documents moves none: a document's shard depends on its ID and N
// only, and the shards are used evenly.
func TestOfStableAndEven(t *testing.T) {
	if got := Of("liaoning-2024-8", 4); got != Of("liaoning-2024-8", 4) || got < 1 || got > 4 {
		t.Fatalf("Of = %d", got)
	}
	const n, docs = 8, 8000
	count := make([]int, n+1)
	for i := range docs {
		count[Of(fmt.Sprintf("law-%04d", i), n)]++
	}
	for s := 1; s <= n; s++ {
		if c := count[s]; c < docs/n*8/10 || c > docs/n*12/10 {
			t.Errorf("shard %d holds %d of %d documents: uneven", s, c, docs)
		}
	}
	// A fixed value: changing the hash would move every document.
	if got := Of("law-0001", 8); got != 6 {
		t.Errorf(`Of("law-0001", 8) = %d, was 6: the assignment changed`, got)
	}
}

func TestParseJob(t *testing.T) {
	for in, want := range map[string]Job{"2/4": {2, 4}, "1/1": {1, 1}, "lists": {Lists, 0}} {
		if got, err := ParseJob(in); err != nil || got != want {
			t.Errorf("ParseJob(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"0/4", "5/4", "4", "a/b", "1/0", ""} {
		if _, err := ParseJob(in); err == nil {
			t.Errorf("ParseJob(%q): no error", in)
		}
	}
}

func TestBodiless(t *testing.T) {
	in := "<!-- page _index -->\n+++\ntitle = 'A'\n\n[library]\ngenre = 'plan'\n+++\nbody one\n\n" +
		"<!-- page m01 -->\n+++\ntitle = 'B'\nnote = '''\n[not a table]\n'''\nlabel = '（一）'\n\n[[siblings]]\nid = 'm02'\n\n[card]\nalt = 'x'\n+++\n## x\nbody\n"
	want := "<!-- page _index -->\n+++\ntitle = 'A'\n\n[library]\ngenre = 'plan'\n+++\n" +
		"<!-- page m01 -->\n+++\ntitle = 'B'\nnote = '''\n[not a table]\n'''\nlabel = '（一）'\n+++\n"
	if got := string(Bodiless([]byte(in))); got != want {
		t.Errorf("Bodiless:\n%s\nwant\n%s", got, want)
	}
}

func write(t *testing.T, root, rel, text string) {
	t.Helper()
	p := filepath.Join(root, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// project writes a small site: documents a…f, each with bundles in two
// languages and downloads; content pages; a layout; a seed (not the site's).
func project(t *testing.T) (string, []string) {
	root := t.TempDir()
	ids := []string{"a", "b", "c", "d", "e", "f"}
	for _, id := range ids {
		for _, lang := range []string{"zh", "en"} {
			write(t, root, "assets/generated/pages/"+lang+"/"+id+".txt", "<!-- page _index -->\n+++\ntitle = '"+id+"'\n+++\nbody\n")
		}
		write(t, root, "static/data/"+id+"/model.json", "{}")
	}
	write(t, root, "static/data/targets.schema.json", "{}")
	write(t, root, "static/favicon.svg", "<svg/>")
	write(t, root, "hugo.toml", "title = 'x'\n")
	write(t, root, "layouts/home.html", "home")
	for _, lang := range []string{"zh", "en"} {
		write(t, root, "content/"+lang+"/_index.md", "+++\n+++\n")
		write(t, root, "content/"+lang+"/about.md", "+++\n+++\n")
		write(t, root, "content/"+lang+"/library/_index.md", "+++\n+++\n")
		write(t, root, "content/"+lang+"/library/year-2024.md", "+++\n+++\n")
		write(t, root, "content/"+lang+"/_content.gotmpl", "")
	}
	write(t, root, "seeds/a.txt", "seed")
	return root, ids
}

func exists(p string) bool { _, err := os.Stat(p); return err == nil }

// Each shard holds its own documents' bundles and downloads, and no other;
// together the shards hold each document once; the lists job holds all,
// without bodies; every job has the site's own files.
func TestPrepare(t *testing.T) {
	root, ids := project(t)
	const n = 3
	held := map[string]int{}
	for i := 1; i <= n; i++ {
		dst := filepath.Join(t.TempDir(), "job")
		st, err := Prepare(root, dst, Job{i, n})
		if err != nil {
			t.Fatal(err)
		}
		mine := 0
		for _, id := range ids {
			own := Of(id, n) == i
			for _, rel := range []string{"assets/generated/pages/zh/" + id + ".txt", "assets/generated/pages/en/" + id + ".txt", "static/data/" + id + "/model.json"} {
				if got := exists(filepath.Join(dst, rel)); got != own {
					t.Errorf("shard %d/%d: %s present %v, want %v", i, n, rel, got, own)
				}
			}
			if own {
				held[id]++
				mine++
			}
		}
		if st.Docs != mine {
			t.Errorf("shard %d: Stats.Docs %d, want %d", i, st.Docs, mine)
		}
		for _, rel := range []string{"hugo.toml", "layouts/home.html", "content/zh/about.md", "static/favicon.svg", "static/data/targets.schema.json", Config} {
			if !exists(filepath.Join(dst, rel)) {
				t.Errorf("shard %d: %s missing", i, rel)
			}
		}
		if exists(filepath.Join(dst, "seeds/a.txt")) {
			t.Errorf("shard %d: holds seeds/, not part of the site", i)
		}
	}
	for _, id := range ids {
		if held[id] != 1 {
			t.Errorf("document %s is in %d shards, want 1", id, held[id])
		}
	}

	dst := filepath.Join(t.TempDir(), "lists")
	if _, err := Prepare(root, dst, Job{Lists, 0}); err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		b, err := os.ReadFile(filepath.Join(dst, "assets/generated/pages/zh/"+id+".txt"))
		if err != nil || strings.Contains(string(b), "body") || !strings.Contains(string(b), "title = '"+id+"'") {
			t.Errorf("lists: bundle of %s = %q, %v; want its front matter without its body", id, b, err)
		}
		if exists(filepath.Join(dst, "static/data/"+id)) {
			t.Errorf("lists: holds the downloads of %s, which its shard publishes", id)
		}
	}
}

// The configuration file names the segment the job renders, and both
// segments name the content pages, which are not any document's.
func TestConfig(t *testing.T) {
	root, _ := project(t)
	for _, job := range []Job{{1, 2}, {Lists, 0}} {
		dst := filepath.Join(t.TempDir(), "job")
		if _, err := Prepare(root, dst, job); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dst, Config))
		if err != nil {
			t.Fatal(err)
		}
		var c struct {
			RenderSegments []string `toml:"renderSegments"`
			Segments       map[string]struct {
				Includes []struct{ Kind, Path []string }
				Excludes []struct{ Kind, Path []string }
			}
		}
		if err := toml.Unmarshal(b, &c); err != nil {
			t.Fatalf("%s: %v\n%s", Config, err, b)
		}
		want := map[bool]string{true: "lists", false: "docs"}[job.I == Lists]
		if len(c.RenderSegments) != 1 || c.RenderSegments[0] != want {
			t.Errorf("job %s renders %q, want %s", job, c.RenderSegments, want)
		}
		paths := strings.Join(c.Segments["lists"].Includes[1].Path, " ")
		if paths != "/about /library /library/year-2024" {
			t.Errorf("lists segment paths %q", paths)
		}
		if strings.Join(c.Segments["docs"].Excludes[1].Path, " ") != paths {
			t.Errorf("docs segment does not exclude the lists paths: %+v", c.Segments["docs"])
		}
		if len(c.Segments["docs"].Includes) == 0 {
			t.Error("docs segment has no includes: Hugo would render nothing")
		}
	}
}

func TestMerge(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	write(t, a, "zh/x/index.html", "x")
	write(t, a, "css/site.css", "css")
	write(t, b, "zh/index.html", "home")
	write(t, b, "css/site.css", "css")
	dst := filepath.Join(t.TempDir(), "site")
	st, err := Merge(dst, a, b)
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 3 || st.Same != 1 {
		t.Errorf("Merge: %+v, want 3 files, 1 written twice", st)
	}
	for rel, want := range map[string]string{"zh/x/index.html": "x", "zh/index.html": "home", "css/site.css": "css"} {
		if got, _ := os.ReadFile(filepath.Join(dst, rel)); string(got) != want {
			t.Errorf("%s = %q, want %q", rel, got, want)
		}
	}
	// Two jobs that wrote the same page differently: an error naming it.
	write(t, b, "zh/x/index.html", "y")
	_, err = Merge(filepath.Join(t.TempDir(), "site"), a, b)
	if err == nil || !strings.Contains(err.Error(), filepath.Join("zh", "x", "index.html")) {
		t.Errorf("Merge of two different zh/x/index.html: %v", err)
	}
}

func TestPlan(t *testing.T) {
	root, _ := project(t) // 6 documents × 2 languages, one page each
	for per, want := range map[int]int{100: 1, 12: 1, 5: 3, 1: 12} {
		n, pages, err := Plan(root, per)
		if err != nil || pages != 12 || n != want {
			t.Errorf("Plan(%d) = %d, %d, %v; want %d shards of 12 pages", per, n, pages, err, want)
		}
	}
	if got := strings.Join(Jobs(2), " "); got != "1/2 2/2 lists" {
		t.Errorf("Jobs(2) = %s", got)
	}
}
