// Package shard splits the Hugo build of a library across machines. Each
// document belongs to one of N shards, by a stable hash of its ID (adding a
// document moves no other):
//
//	shard.Of("liaoning-2024-8", 4) // 3 (of 1…4), whatever else the library holds
//
// Prepare writes, for one job, a copy of the project's Hugo site (hard
// links where it can) that Hugo builds with the configuration file it adds,
// Config:
//
//   - shard I of N holds only the page bundles and downloads of its own
//     documents and renders only their pages (the "docs" segment);
//   - the lists job ("lists") holds every document's pages with their front
//     matter but without their bodies, and renders only the pages that are
//     not a document's: home, catalogue, targets, glossary and the other
//     content/ pages, feeds, sitemaps, robots.txt and the "not found" pages
//     (the "lists" segment).
//
// Merge then joins the jobs' outputs into one site, which is byte for byte
// the site one Hugo build of the whole project writes (scripts/test checks
// it; scripts/merge runs Pagefind over the result).
//
//	generator shard -o /tmp/s2 2/4     # then: hugo -s /tmp/s2 --config …/hugo.toml,…/shard.toml
//	generator shard -o /tmp/lists lists
//	generator merge -o public /tmp/s1/public … /tmp/lists/public
package shard

import (
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Config is the name of the Hugo configuration file Prepare adds to a job's
// folder, to be given after hugo.toml: hugo --config hugo.toml,shard.toml.
const Config = "shard.toml"

// Lists is the job that renders the pages listing all documents.
const Lists = 0

// bundleDir holds a document's pages, one bundle per language
// (generator/site/bundle.go); dataDir its downloads.
const (
	bundleDir = "assets/generated/pages"
	dataDir   = "static/data"
	pageMark  = "<!-- page "
)

// siteEntries are the parts of the project a Hugo build reads.
var siteEntries = []string{"hugo.toml", "archetypes", "assets", "content", "data", "i18n", "layouts", "static"}

// Of returns the shard (1…n) of the document id: FNV-1a of the ID modulo
// n, plus one. It depends on the ID and n only.
//
//	shard.Of("law-0001", 4)
func Of(id string, n int) int {
	h := fnv.New64a()
	h.Write([]byte(id))
	return int(h.Sum64()%uint64(n)) + 1
}

// Job names one build: shard I of N (1 ≤ I ≤ N), or the lists job (I = Lists).
type Job struct{ I, N int }

// ParseJob reads "I/N" or "lists".
//
//	shard.ParseJob("2/4")   // Job{2, 4}
//	shard.ParseJob("lists") // Job{Lists, 0}
func ParseJob(s string) (Job, error) {
	if s == "lists" {
		return Job{Lists, 0}, nil
	}
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return Job{}, fmt.Errorf("shard %q: want I/N with 1 ≤ I ≤ N, or lists", s)
	}
	return Job{i, n}, nil
}

func (j Job) String() string {
	if j.I == Lists {
		return "lists"
	}
	return fmt.Sprintf("%d/%d", j.I, j.N)
}

// holds reports whether the job renders the pages of document id.
func (j Job) holds(id string) bool { return j.I != Lists && Of(id, j.N) == j.I }

// Docs returns the IDs of the documents whose bundles root holds, sorted.
func Docs(root string) ([]string, error) {
	seen := map[string]bool{}
	langs, err := os.ReadDir(filepath.Join(root, bundleDir))
	if err != nil {
		return nil, err
	}
	for _, l := range langs {
		files, err := os.ReadDir(filepath.Join(root, bundleDir, l.Name()))
		if err != nil {
			continue
		}
		for _, f := range files {
			if id, ok := strings.CutSuffix(f.Name(), ".txt"); ok {
				seen[id] = true
			}
		}
	}
	ids := make([]string, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids, nil
}

// Stats says what Prepare put in a job's folder.
type Stats struct {
	Docs  int // documents whose pages the job renders (lists: all, bodiless)
	Files int // files linked, copied or written
}

// Prepare writes the Hugo site of job into dst (which must not exist or be
// empty): root's site files, filtered for the job, and Config.
func Prepare(root, dst string, job Job) (Stats, error) {
	var st Stats
	ids, err := Docs(root)
	if err != nil {
		return st, err
	}
	docs := map[string]bool{}
	for _, id := range ids {
		docs[id] = true
		if job.I == Lists || job.holds(id) {
			st.Docs++
		}
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return st, err
	}
	var global []string // the paths of the pages in content/ (not a document's)
	for _, entry := range siteEntries {
		err := filepath.WalkDir(filepath.Join(root, entry), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) && p == filepath.Join(root, entry) {
					return nil
				}
				return err
			}
			rel, _ := filepath.Rel(root, p)
			rel = filepath.ToSlash(rel)
			if d.IsDir() {
				// A document's downloads go with its pages.
				if dir, ok := strings.CutPrefix(rel, dataDir+"/"); ok && !strings.Contains(dir, "/") && docs[dir] && !job.holds(dir) {
					return fs.SkipDir
				}
				return os.MkdirAll(filepath.Join(dst, rel), 0o755)
			}
			if page, ok := contentPage(rel); ok {
				global = append(global, page)
			}
			out := filepath.Join(dst, rel)
			if b, ok := strings.CutPrefix(rel, bundleDir+"/"); ok && strings.HasSuffix(b, ".txt") {
				id := strings.TrimSuffix(path.Base(b), ".txt")
				switch {
				case job.I == Lists:
					src, err := os.ReadFile(p)
					if err != nil {
						return err
					}
					st.Files++
					return os.WriteFile(out, Bodiless(src), 0o644)
				case !job.holds(id):
					return nil
				}
			}
			st.Files++
			return link(p, out)
		})
		if err != nil {
			return st, err
		}
	}
	slices.Sort(global)
	global = slices.Compact(global)
	return st, os.WriteFile(filepath.Join(dst, Config), segments(job, global), 0o644)
}

// contentPage returns the logical path of a page file under content/<lang>/
// ("content/zh/library/_index.md" → "/library"); not the content adapters.
func contentPage(rel string) (string, bool) {
	rest, ok := strings.CutPrefix(rel, "content/")
	if !ok || !strings.HasSuffix(rest, ".md") {
		return "", false
	}
	_, rest, ok = strings.Cut(rest, "/") // the language folder
	if !ok {
		return "", false
	}
	rest = strings.TrimSuffix(rest, ".md")
	rest = strings.TrimSuffix(strings.TrimSuffix(rest, "_index"), "/")
	return "/" + rest, true
}

// segments is the job's Config: the two segments and the one it renders.
// A page is in "lists" if it is not a document's: a kind that exists once
// per site or language, or a page of content/ (global, logical paths);
// every other page is in "docs".
func segments(job Job, global []string) []byte {
	var b bytes.Buffer
	render := "docs"
	if job.I == Lists {
		render = "lists"
	}
	var paths []string
	for _, p := range global {
		if p != "/" {
			paths = append(paths, strconv.Quote(p))
		}
	}
	fmt.Fprintf(&b, "# Written by generator shard for the job %s: the pages it renders (generator/shard).\n", job)
	fmt.Fprintf(&b, "renderSegments = [%q]\n", render)
	const kinds = `kind = ["{home,rss,sitemap,sitemapindex,robotstxt,404,temporary}"]`
	pathList := "path = [" + strings.Join(paths, ", ") + "]"
	fmt.Fprintf(&b, "[segments.lists]\n  [[segments.lists.includes]]\n    %s\n  [[segments.lists.includes]]\n    %s\n", kinds, pathList)
	// A segment without includes renders nothing: docs includes every kind.
	fmt.Fprintf(&b, "[segments.docs]\n  [[segments.docs.includes]]\n    kind = [\"*\"]\n  [[segments.docs.excludes]]\n    %s\n  [[segments.docs.excludes]]\n    %s\n", kinds, pathList)
	return b.Bytes()
}

// Bodiless returns a page bundle as the lists job needs it: each page
// without its body, and every page but the document's own (_index) without
// the tables of its front matter (its text blocks and paragraphs, sibling
// list, neighbours, card, source position…), keeping the top-level values
// (title, dates, translation key, document, label): the pages that list
// documents read no more of a section page than its address and label.
func Bodiless(bundle []byte) []byte {
	var b bytes.Buffer
	for part := range bytes.SplitSeq(bundle, []byte(pageMark)) {
		if len(part) == 0 {
			continue
		}
		b.WriteString(pageMark)
		// The name line, then +++ front matter +++.
		name, _, _ := bytes.Cut(part, []byte(" -->"))
		end := bytes.Index(part, []byte("\n+++\n"))
		if end < 0 {
			b.Write(part)
			continue
		}
		fm := part[end+5:]
		close := bytes.Index(fm, []byte("\n+++\n"))
		if close < 0 {
			b.Write(part)
			continue
		}
		b.Write(part[:end+5])
		if string(name) == "_index" {
			b.Write(fm[:close])
		} else {
			b.Write(topLevel(fm[:close]))
		}
		b.WriteString("\n+++\n")
	}
	return b.Bytes()
}

// topLevel returns the lines of TOML front matter before its first table
// header ([x] or [[x]]), minding multi-line strings.
func topLevel(fm []byte) []byte {
	inString := ""
	for i := 0; i < len(fm); {
		line := fm[i:]
		if j := bytes.IndexByte(line, '\n'); j >= 0 {
			line = line[:j]
		}
		if inString == "" && bytes.HasPrefix(line, []byte("[")) {
			return bytes.TrimRight(fm[:i], "\n")
		}
		for _, q := range []string{"'''", `"""`} {
			if inString == "" || inString == q {
				if bytes.Count(line, []byte(q))%2 == 1 {
					if inString == "" {
						inString = q
					} else {
						inString = ""
					}
				}
			}
		}
		i += len(line) + 1
	}
	return fm
}

// link hard-links src to dst, or copies it where the file system can't.
func link(src, dst string) error {
	if err := os.Link(src, dst); err == nil {
		return nil
	}
	return copyFile(src, dst)
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// PagesPerShard is how many pages (both languages) one job renders at most
// when Plan picks N: at the memory per page scripts/perf measures, about
// 6 GB of Hugo's peak, which fits a 7 GB runner (README, "Sharded builds").
const PagesPerShard = 60000

// Plan picks the number of shards for the library in root: its pages
// (those of the documents' bundles) over perShard, rounded up; at least 1.
//
//	n, pages, _ := shard.Plan(".", shard.PagesPerShard) // 1, 768 for the 10 seeds
func Plan(root string, perShard int) (n, pages int, err error) {
	err = filepath.WalkDir(filepath.Join(root, bundleDir), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		pages += bytes.Count(b, []byte(pageMark))
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	return max(1, (pages+perShard-1)/perShard), pages, nil
}

// Jobs lists the jobs of a build in n shards: "1/n" … "n/n", then "lists".
func Jobs(n int) []string {
	var jobs []string
	for i := 1; i <= n; i++ {
		jobs = append(jobs, Job{i, n}.String())
	}
	return append(jobs, "lists")
}
