// Package library loads everything the generator knows about the documents
// in seeds/: each parsed model, its targets, its translation units with
// their status, its summaries, and the shared glossary.
package library

import (
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"mingbai/generator/policy"
	"mingbai/generator/seed"
	"mingbai/generator/summary"
	"mingbai/generator/targets"
	"mingbai/generator/translation"
)

// Library is every document in seeds/ and the shared glossary.
type Library struct {
	Root     string       // the folder holding seeds/
	Seeds    []*seed.Seed // every seed, sorted by ID
	Docs     []*Doc       // newest first; empty after Open until the caller fills it
	Glossary []translation.Term
	// Notes say which files in seeds/ were not read as documents, and which
	// seeds have an ID other than their name (seed.Load).
	Notes []seed.Note
	// Review runs the editorial and house-style checks of every document's
	// translation (Report.Review) as it loads: Load, which check uses, sets
	// it; generating pages, which does not need them, leaves it off.
	Review bool
	// KeepGoing leaves out the documents that fail to load instead of
	// failing: Each reports their errors in Skipped, in seed order, and not
	// in the error it returns (generate -k, for a large library).
	KeepGoing bool
	Skipped   []error
}

// Doc is one document with all that is known about it.
type Doc struct {
	Seed      *seed.Seed
	Model     *policy.Document
	Units     []translation.Unit
	Trans     map[string]translation.Translation // by unit ID
	Report    *translation.Report
	Summaries *summary.Summaries // nil when the document has no curated summaries
	Targets   []targets.Target
	Figures   []targets.Figure
	Tables    []targets.Table // goal tables (专栏 主要指标), rows and columns as printed
}

// Load reads root/seeds and root/seeds/glossary.toml and keeps every
// document. Every document that fails to load is reported; the error joins
// all of them. A large library is better walked with Open and Each, which
// hold one document at a time.
func Load(root string) (*Library, error) {
	lib, err := Open(root)
	if err != nil {
		return nil, err
	}
	lib.Review = true
	docs := make([]*Doc, len(lib.Seeds))
	if err := lib.Each(0, func(i int, d *Doc) error {
		docs[i] = d
		return nil
	}); err != nil {
		return nil, err
	}
	lib.Docs = docs
	Sort(lib.Docs)
	return lib, nil
}

// Open reads the seeds in root/seeds and the shared glossary, without
// parsing any document.
func Open(root string) (*Library, error) {
	dir := filepath.Join(root, "seeds")
	seeds, notes, err := seed.Load(dir)
	if err != nil {
		return nil, err
	}
	terms, err := translation.LoadGlossary(filepath.Join(dir, "glossary.toml"))
	if err != nil {
		return nil, err
	}
	for i := 1; i < len(seeds); i++ {
		if a, b := seeds[i-1], seeds[i]; a.ID == b.ID {
			return nil, fmt.Errorf("%s and %s are two documents with the ID %q: their pages would overwrite each other; rename one", a.Path, b.Path, a.ID)
		}
	}
	return &Library{Root: root, Seeds: seeds, Glossary: terms, Notes: notes}, nil
}

// Each loads the documents of lib.Seeds on up to workers goroutines (0: one
// per core) and calls fn with each, i being its index in lib.Seeds. fn may
// run on several goroutines at once, in any order; a document is only held
// while fn runs, unless fn keeps it. Every document is tried: the error
// joins, in seed order, the error of every document that failed to load
// and every error fn returned, so that one run reports every broken seed.
func (lib *Library) Each(workers int, fn func(i int, d *Doc) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	errs := make([]error, len(lib.Seeds))
	skipped := make([]error, len(lib.Seeds))
	var wg sync.WaitGroup
	sem := make(chan struct{}, workers)
	for i, s := range lib.Seeds {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			d, err := loadDoc(s, lib.Glossary, lib.Review)
			if err != nil && lib.KeepGoing {
				skipped[i] = err
				return
			}
			if err == nil {
				err = fn(i, d)
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range skipped {
		if err != nil {
			lib.Skipped = append(lib.Skipped, err)
		}
	}
	return errors.Join(errs...)
}

// Sort orders documents newest first, then by ID.
func Sort(docs []*Doc) {
	sort.SliceStable(docs, func(i, j int) bool {
		a, b := docs[i].Model, docs[j].Model
		if a.Date != b.Date {
			return a.Date > b.Date
		}
		return a.ID < b.ID
	})
}

func loadDoc(s *seed.Seed, terms []translation.Term, review bool) (*Doc, error) {
	doc, err := s.Parse()
	if err != nil {
		return nil, err
	}
	d := &Doc{Seed: s, Model: doc}
	res := targets.Extract(doc)
	d.Targets, d.Figures, d.Tables = res.Targets, res.Figures, res.Tables
	var extra []translation.Unit
	for _, t := range d.Targets {
		extra = append(extra, translation.Unit{ID: translation.IndicatorUnit(t.ID), Zh: t.Indicator, Pos: policy.Pos{Line: t.Line, Col: t.Col}})
	}
	d.Units = translation.Units(doc, extra...)
	f, err := translation.Load(s.File("en.toml"))
	if err != nil {
		return nil, err
	}
	if d.Summaries, err = summary.Load(s.File("summaries.toml")); err != nil {
		return nil, err
	}
	d.Report = translation.NewReport(doc, d.Units, f, terms, d.Summaries, s.Meta.Complete)
	if review {
		d.Report.Review(doc, f, terms, d.Summaries)
	}
	d.Trans = map[string]translation.Translation{}
	for _, t := range d.Report.Translations {
		d.Trans[t.ID] = t
	}
	return d, nil
}

// EnPath is where the document's translation file is, or would be.
func (d *Doc) EnPath() string {
	if p := d.Seed.File("en.toml"); p != "" {
		return p
	}
	return fmt.Sprintf("seeds/%s/en.toml", d.Seed.ID)
}

// SummariesPath is where the document's summaries file is, or would be.
func (d *Doc) SummariesPath() string {
	if p := d.Seed.File("summaries.toml"); p != "" {
		return p
	}
	return fmt.Sprintf("seeds/%s/summaries.toml", d.Seed.ID)
}
