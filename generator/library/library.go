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
	"mingbai/generator/targets"
	"mingbai/generator/translation"
)

// Library is every document in seeds/ and the shared glossary.
type Library struct {
	Root     string // the folder holding seeds/
	Docs     []*Doc // newest first
	Glossary []translation.Term
}

// Doc is one document with all that is known about it.
type Doc struct {
	Seed      *seed.Seed
	Model     *policy.Document
	Units     []translation.Unit
	Trans     map[string]translation.Translation // by unit ID
	Report    *translation.Report
	Summaries *translation.Summaries // nil when the document has no curated summaries
	Targets   []targets.Target
	Figures   []targets.Figure
}

// Load reads root/seeds and root/seeds/glossary.toml. Every document that
// fails to parse is reported; the error joins all of them.
func Load(root string) (*Library, error) {
	dir := filepath.Join(root, "seeds")
	seeds, err := seed.Load(dir)
	if err != nil {
		return nil, err
	}
	terms, err := translation.LoadGlossary(filepath.Join(dir, "glossary.toml"))
	if err != nil {
		return nil, err
	}
	lib := &Library{Root: root, Glossary: terms}
	// Documents are independent: load them on every core.
	docs := make([]*Doc, len(seeds))
	errs := make([]error, len(seeds))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, s := range seeds {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			docs[i], errs[i] = loadDoc(s, terms)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	lib.Docs = docs
	sort.SliceStable(lib.Docs, func(i, j int) bool {
		a, b := lib.Docs[i].Model, lib.Docs[j].Model
		if a.Date != b.Date {
			return a.Date > b.Date
		}
		return a.ID < b.ID
	})
	return lib, nil
}

func loadDoc(s *seed.Seed, terms []translation.Term) (*Doc, error) {
	doc, err := s.Parse()
	if err != nil {
		return nil, err
	}
	d := &Doc{Seed: s, Model: doc}
	res := targets.Extract(doc)
	d.Targets, d.Figures = res.Targets, res.Figures
	var extra []translation.Unit
	for _, t := range d.Targets {
		extra = append(extra, translation.Unit{ID: translation.IndicatorUnit(t.ID), Zh: t.Indicator, Pos: policy.Pos{Line: t.Line, Col: t.Col}})
	}
	d.Units = translation.Units(doc, extra...)
	f, err := translation.Load(s.File("en.toml"))
	if err != nil {
		return nil, err
	}
	if d.Summaries, err = translation.LoadSummaries(s.File("summaries.toml")); err != nil {
		return nil, err
	}
	d.Report = translation.NewReport(doc, d.Units, f, terms, d.Summaries, s.Meta.Complete)
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
