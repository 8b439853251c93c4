package site

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"mingbai/generator/library"
	"mingbai/generator/seed"
)

// Result is what Generate did.
type Result struct {
	Docs    int      // documents in seeds/
	Files   int      // files generated
	Written int      // files written because they changed or were new
	Removed []string // files deleted because they are no longer generated
	Diffs   []string // check mode: the files that are out of date
	// Current says that the manifest showed the output to be current: no
	// document was parsed.
	Current bool
	// Parsed is how many documents were parsed; the others' facts came from
	// the document cache.
	Parsed int
	// Skipped are the errors of the documents left out (Options.KeepGoing).
	Skipped []error
	// Notes are what reading seeds/ noticed (library.Library.Notes): files
	// that are no document, seeds whose ID is not their name.
	Notes []seed.Note
}

// Generate builds the site of the library at root and, unless check, puts
// in place the files that changed. It walks the documents one at a time on
// a few goroutines: each is loaded, its pages and downloads are built,
// checked with goldmark and compared with the files on disk, and only its
// slim facts (library.Doc.Slim) are kept for the library pages. So memory
// grows with the facts of the library, not with its text, and only files
// that changed are written. When the manifest of the last run shows that
// neither the inputs nor the output changed since, it stops there, having
// parsed nothing (see manifest.go).
//
// Every document that fails to load and every file that breaks a goldmark
// rule is reported, all in one error, and then nothing under root changes.
// In check mode nothing is written and Diffs lists what is out of date.
func Generate(root string, check bool) (*Result, error) {
	return GenerateWith(root, Options{Check: check})
}

// Options control GenerateWith.
type Options struct {
	Check bool // only report what is out of date; write nothing
	// KeepGoing leaves out the documents that fail to parse, listing their
	// errors in Result.Skipped, and writes the rest: for a large library,
	// where one broken seed should not hold up thousands. Without it, one
	// broken seed fails the run and nothing is written.
	KeepGoing bool
}

// GenerateWith is Generate with options.
func GenerateWith(root string, opt Options) (*Result, error) {
	check := opt.Check
	// The live heap stays small (a document per worker and the slim facts,
	// about 66 MB for 1,000 documents), and at Go's default GOGC of 100 a
	// large run spends a tenth of its CPU collecting garbage: let the heap
	// grow to three times the live data, softly capped at 400 MiB, unless
	// the environment sets GOGC or GOMEMLIMIT.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(200))
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(400 << 20))
	}
	key := ""
	if !check {
		// Without a key (no executable to read) every run is a full one.
		key, _ = inputKey(root)
		if files, docs, ok := upToDate(root, key); ok && key != "" {
			return &Result{Docs: docs, Files: files, Current: true}, nil
		}
	}
	if err := useLabels(root); err != nil {
		return nil, err
	}
	lib, err := library.Open(root)
	if err != nil {
		return nil, err
	}
	if err := ownAddresses(lib); err != nil {
		return nil, err
	}
	lib.KeepGoing = opt.KeepGoing
	res := &Result{Docs: len(lib.Seeds), Notes: lib.Notes}
	out, err := newOutput(root, check)
	if err != nil {
		return nil, err
	}
	defer out.discard()
	// A document whose inputs and files are as the cache recorded them is
	// not parsed: its slim facts come from the cache (see cache.go).
	slim := make([]*library.Doc, len(lib.Seeds))
	keys := make([]string, len(lib.Seeds))
	if !check {
		sums := inputSums(lib)
		parallel(len(lib.Seeds), func(i int) {
			s := lib.Seeds[i]
			keys[i] = docKey(sums, s)
			if e := cached(root, s.ID, keys[i]); e != nil {
				slim[i] = e.Slim
				out.keep(slices.Collect(maps.Keys(e.Files)))
			}
		})
	}
	var parse []int // indexes in lib.Seeds of the documents to parse
	for i := range lib.Seeds {
		if slim[i] == nil {
			parse = append(parse, i)
		}
	}
	res.Files = out.kept()
	todo := *lib
	todo.Seeds = make([]*seed.Seed, len(parse))
	for j, i := range parse {
		todo.Seeds[j] = lib.Seeds[i]
	}
	files := make([][]string, len(lib.Seeds)) // the files of each parsed document
	var mu sync.Mutex
	err = todo.Each(workers(), func(j int, d *library.Doc) error {
		i := parse[j]
		fs, err := docFiles(lib, d)
		if err != nil {
			return err
		}
		if err := fs.bundle(d.Model.ID); err != nil {
			return err
		}
		if err := out.put(fs); err != nil {
			return err
		}
		slim[i] = d.Slim()
		d.Seed.Source = nil // written to static/data; not needed any more
		files[i] = slices.Collect(maps.Keys(fs))
		mu.Lock()
		res.Files += len(fs)
		mu.Unlock()
		return nil
	})
	if err != nil {
		return nil, err
	}
	res.Parsed = len(parse)
	res.Skipped = todo.Skipped
	lib.Docs = slices.DeleteFunc(slices.Clone(slim), func(d *library.Doc) bool { return d == nil }) // sorted below; slim stays in seed order for the cache
	library.Sort(lib.Docs)
	fs, err := libraryFiles(lib)
	if err != nil {
		return nil, err
	}
	if err := out.put(fs); err != nil {
		return nil, err
	}
	res.Files += len(fs)
	if check {
		res.Diffs, err = out.differences()
		return res, err
	}
	os.Remove(filepath.Join(root, filepath.FromSlash(manifestPath)))
	if err := out.commit(); err != nil {
		return nil, err
	}
	res.Written, res.Removed = out.staged, out.removed
	parallel(len(parse), func(k int) {
		i := parse[k]
		if slim[i] != nil { // a document left out is parsed, and reported, again next time
			saveCache(root, lib.Seeds[i].ID, keys[i], files[i], slim[i])
		}
	})
	pruneCache(root, lib)
	if key != "" && len(res.Skipped) == 0 {
		if err := writeManifest(root, key, res.Docs, slices.Collect(maps.Keys(out.seen))); err != nil {
			return nil, fmt.Errorf("the output is written, but not its manifest: %w", err)
		}
	}
	return res, nil
}

// parallel calls fn(0), …, fn(n-1) on workers() goroutines, and waits.
func parallel(n int, fn func(i int)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, workers())
	for i := range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			fn(i)
		}()
	}
	wg.Wait()
}

// workers is how many documents are built at once: one per core, and one
// more, so that a core has work while another document's files are read
// or written.
func workers() int { return runtime.GOMAXPROCS(0) + 1 }

// docFiles are the files of one document: its pages in both languages and
// its downloads, checked with goldmark. They depend on the document's own
// seed, the glossary and the generator only, never on other documents.
func docFiles(lib *library.Library, d *library.Doc) (Files, error) {
	fs := Files{}
	if err := fs.document(lib, d, weight(d.Model.Date)); err != nil {
		return nil, err
	}
	if err := fs.downloadsOf(d, siteBase(lib.Root)); err != nil {
		return nil, err
	}
	if err := fs.cardList(d); err != nil {
		return nil, err
	}
	if err := labelErr(); err != nil {
		return nil, err
	}
	return fs, fs.validate()
}

// libraryFiles are the files shared by all documents: the home pages, the
// library pages (targets, glossary, about, data, search, catalogue), the
// house style and the data files. They read only the slim facts of each
// document.
func libraryFiles(lib *library.Library) (Files, error) {
	fs := Files{}
	for _, lang := range langs {
		cards := siteCards(lib, lang)
		h := home(lang)
		h.Card = cards[lang]
		if err := fs.page(lang+"/_index.md", h, homeBody(lib, lang)); err != nil {
			return nil, err
		}
		for _, p := range globalPages(lib, lang) {
			if c, ok := cards[lang+"/"+p.ID]; ok {
				if pp, ok := p.front.(plainPage); ok {
					pp.Card = c
					p.front = pp
				}
			}
			if err := fs.page(lang+"/"+p.ID+".md", p.front, p.body); err != nil {
				return nil, err
			}
		}
	}
	fs.adapters()
	if err := fs.siteCardList(lib); err != nil {
		return nil, err
	}
	if b := styleFile(lib); b != nil {
		fs["assets/generated/STYLE.md"] = b
	}
	if err := fs.data(lib); err != nil {
		return nil, err
	}
	if err := labelErr(); err != nil {
		return nil, err
	}
	return fs, fs.validate()
}

// weight orders document pages newest first from the document's own date,
// (YYYY-MM-DD), so that its pages do not depend on the other documents:
// 2024-06-20 weighs 100000000 − 20240620. Undated documents come last.
// Hugo orders documents of the same date by title.
func weight(date string) int {
	var y, m, d int
	if n, _ := fmt.Sscanf(date, "%4d-%2d-%2d", &y, &m, &d); n != 3 {
		return 100000000
	}
	return 100000000 - (y*10000 + m*100 + d)
}

// validate checks the Markdown files of fs with goldmark.
func (fs Files) validate() error {
	md := map[string][]byte{}
	for p, b := range fs {
		if rest, ok := strings.CutPrefix(p, "content/"); ok && strings.HasSuffix(rest, ".md") {
			md[rest] = b
		}
	}
	if vs := validateAll(md); len(vs) > 0 {
		var msgs []string
		for _, v := range vs {
			msgs = append(msgs, v.String())
		}
		return fmt.Errorf("generated Markdown breaks the goldmark rules:\n%s", strings.Join(msgs, "\n"))
	}
	return nil
}

// siteAddresses are the top-level addresses of the site's own pages and
// files (globalPages, layouts, static/): no document may take one as its ID,
// or its pages would overwrite them.
var siteAddresses = []string{"about", "cards", "css", "data", "en", "fonts", "generated", "glossary", "js", "library", "pagefind", "search", "style", "targets", "zh"}

// ownAddresses fails on a seed whose ID is one of siteAddresses.
//
//	seeds/about.txt: the ID "about" is the address of the site's own page /zh/about/: rename the seed, e.g. about-2024
func ownAddresses(lib *library.Library) error {
	var errs []error
	for _, s := range lib.Seeds {
		if slices.Contains(siteAddresses, s.ID) {
			errs = append(errs, fmt.Errorf("%s: the ID %q is the address of the site's own page /zh/%s/: rename the seed, e.g. %s-2024", s.Path, s.ID, s.ID, s.ID))
		}
	}
	return errors.Join(errs...)
}
