// Package survey parses every text file under some folders and reports, for
// each, whether it parsed, the header fields found, its structure and its
// warnings by kind: what an editor with a collection runs before adding
// one, and what CI runs over a fixed sample of laws.
//
//	generator survey ../shared/laws
//	file                                   ok  title date       issuers  articles  warnings
//	法律/宪法相关法/国旗法(2020-10-17).md   ok  yes   2020-10-17 1        23        0
package survey

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"mingbai/generator/policy"
	"mingbai/generator/seed"
)

// Result is what the survey found in one file.
type Result struct {
	File       string         `json:"file"`
	OK         bool           `json:"ok"`
	Error      string         `json:"error,omitempty"` // the first line of the parse error
	Title      string         `json:"title,omitempty"`
	DocNumber  string         `json:"docNumber,omitempty"`
	Date       string         `json:"date,omitempty"`
	Issuers    []string       `json:"issuers,omitempty"`
	Genre      string         `json:"genre,omitempty"`
	Adopted    string         `json:"adopted,omitempty"`    // the adoption date of a law's record
	Amendments int            `json:"amendments,omitempty"` // amendments in the record
	Effective  string         `json:"effective,omitempty"`
	Status     string         `json:"status,omitempty"`
	Record     bool           `json:"record,omitempty"`   // the text prints a passage record
	Articles   int            `json:"articles"`           // 第X条 sections
	HasArticle bool           `json:"hasArticle"`         // a line of the text starts with 第一条 (not only cites it)
	Counts     map[string]int `json:"counts,omitempty"`   // sections by numbering style
	Warnings   map[string]int `json:"warnings,omitempty"` // warnings by kind
}

// firstArticleRE matches a line that starts with the first article, after
// white space or a Markdown heading mark, as a text that has articles
// prints it; a decision that amends 第一条 of another text only cites it.
//
//	　　第一条　为了规范…
var firstArticleRE = regexp.MustCompile(`(?m)^[\s\p{Zs}#]*第一条`)

// Files lists the text files (.txt, .md) under the given folders or files,
// sorted.
func Files(paths ...string) ([]string, error) {
	var out []string
	for _, p := range paths {
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				return nil
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".txt", ".md":
				if !strings.EqualFold(d.Name(), "README.md") {
					out = append(out, path)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(out)
	return out, nil
}

// Run surveys files on every CPU and returns one result per file, in order.
func Run(files []string) []Result {
	out := make([]Result, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = One(files[i])
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// One surveys one file, parsed as a seed would be (a title is required).
func One(path string) Result {
	r := Result{File: path}
	src, err := os.ReadFile(path)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.HasArticle = firstArticleRE.Match(src)
	s := &seed.Seed{ID: strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), Path: path, Source: src}
	doc, err := s.Parse()
	if err != nil {
		msg := err.Error()
		var perr *policy.Error
		if errors.As(err, &perr) && len(perr.List) > 0 {
			msg = perr.List[0].String()
		}
		r.Error, _, _ = strings.Cut(msg, "\n")
		return r
	}
	r.OK = true
	r.Title = doc.TitleText()
	r.DocNumber = doc.NumberText()
	r.Date = doc.Date
	r.Issuers = doc.IssuerNames()
	r.Genre = string(doc.Genre)
	if rec := doc.Record; rec != nil {
		r.Record = true
		if e := rec.Adopted(); e != nil {
			r.Adopted = e.Date
		}
		r.Amendments = len(rec.Amendments())
	}
	r.Effective = doc.Effective
	r.Status = string(doc.Status)
	r.Counts = map[string]int{}
	doc.Walk(func(sec *policy.Section) {
		r.Counts[sec.Style.String()]++
		if sec.Style == policy.StyleArticle {
			r.Articles++
		}
	})
	r.Warnings = map[string]int{}
	for _, d := range doc.Warnings {
		r.Warnings[Kind(d.Msg)]++
	}
	return r
}

// Kind is the kind of a diagnostic: its message up to the first colon,
// which every message of the parser starts with.
//
//	"skipped number: （三） follows （一）" → "skipped number"
func Kind(msg string) string {
	k, _, _ := strings.Cut(msg, ":")
	if r := []rune(k); len(r) > 48 {
		k = string(r[:48])
	}
	return k
}

// Totals are the survey's figures over all files.
type Totals struct {
	Files       int            `json:"files"`
	Parsed      int            `json:"parsed"`
	Titled      int            `json:"titled"`
	Dated       int            `json:"dated"`
	WithIssuers int            `json:"withIssuers"`
	Records     int            `json:"records"`          // files whose text prints a passage record
	RecordDated int            `json:"recordDated"`      // … with its adoption date read
	RecordIssue int            `json:"recordIssuers"`    // … with the adopting body read
	ArticleDocs int            `json:"articleDocs"`      // files that hold 第一条
	WithArticle int            `json:"withArticles"`     // … of which parsed into articles
	Warnings    map[string]int `json:"warnings"`         // by kind, over all files
	Errors      map[string]int `json:"errors"`           // parse errors by kind
	Genres      map[string]int `json:"genres"`           // parsed files by genre
	Failed      []string       `json:"failed,omitempty"` // the files that did not parse
}

// Sum adds up results.
func Sum(rs []Result) Totals {
	t := Totals{Files: len(rs), Warnings: map[string]int{}, Errors: map[string]int{}, Genres: map[string]int{}}
	for _, r := range rs {
		if r.HasArticle {
			t.ArticleDocs++
		}
		if !r.OK {
			t.Failed = append(t.Failed, r.File)
			_, msg, _ := strings.Cut(r.Error, " error: ")
			t.Errors[Kind(msg)]++
			continue
		}
		t.Parsed++
		t.Genres[r.Genre]++
		if r.Title != "" {
			t.Titled++
		}
		if r.Date != "" {
			t.Dated++
		}
		if len(r.Issuers) > 0 {
			t.WithIssuers++
		}
		if r.Record {
			t.Records++
			if r.Adopted != "" {
				t.RecordDated++
			}
			if len(r.Issuers) > 0 {
				t.RecordIssue++
			}
		}
		if r.HasArticle && r.Articles > 0 {
			t.WithArticle++
		}
		for k, n := range r.Warnings {
			t.Warnings[k] += n
		}
	}
	slices.Sort(t.Failed)
	return t
}

// Pct is n as a percentage of of, 100 when of is 0.
func Pct(n, of int) float64 {
	if of == 0 {
		return 100
	}
	return 100 * float64(n) / float64(of)
}
