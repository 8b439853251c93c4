package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"mingbai/generator/survey"
)

// surveyCmd parses every text file under the given folders and prints, per
// file, whether it parsed and what it found, then the totals; with -json,
// the same as JSON. It fails when a total is under its threshold.
//
//	generator survey -min-parsed 99.5 -min-dated 99 ../shared/laws
func surveyCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("survey", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the results as JSON")
	quiet := fs.Bool("q", false, "print only the totals and the files that failed")
	minParsed := fs.Float64("min-parsed", 0, "fail unless at least this percentage of files parse")
	minDated := fs.Float64("min-dated", 0, "fail unless at least this percentage of parsed files have a date")
	minIssuers := fs.Float64("min-issuers", 0, "fail unless at least this percentage of parsed files have an issuer")
	minTitled := fs.Float64("min-titled", 0, "fail unless at least this percentage of parsed files have a title")
	minArticles := fs.Float64("min-articles", 0, "fail unless at least this percentage of the files that print 第一条 parse into articles")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("usage: generator survey [flags] DIR…")
	}
	files, err := survey.Files(fs.Args()...)
	if err != nil {
		return err
	}
	rs := survey.Run(files)
	t := survey.Sum(rs)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Files  []survey.Result `json:"files"`
			Totals survey.Totals   `json:"totals"`
		}{rs, t}); err != nil {
			return err
		}
	} else {
		writeSurvey(stdout, rs, t, *quiet)
	}
	var low []string
	check := func(name string, got, want float64) {
		if got < want {
			low = append(low, fmt.Sprintf("%s %.1f%% < %.1f%%", name, got, want))
		}
	}
	check("parsed", survey.Pct(t.Parsed, t.Files), *minParsed)
	check("dated", survey.Pct(t.Dated, t.Parsed), *minDated)
	check("issuers", survey.Pct(t.WithIssuers, t.Parsed), *minIssuers)
	check("titled", survey.Pct(t.Titled, t.Parsed), *minTitled)
	check("articles", survey.Pct(t.WithArticle, t.ArticleDocs), *minArticles)
	if len(low) > 0 {
		return fmt.Errorf("survey under threshold: %s", strings.Join(low, "; "))
	}
	return nil
}

func writeSurvey(w io.Writer, rs []survey.Result, t survey.Totals, quiet bool) {
	if !quiet {
		fmt.Fprintln(w, "ok\tdate\tnumber\tissuers\tarticles\tchapters\twarnings\tfile\ttitle")
		for _, r := range rs {
			if !r.OK {
				continue
			}
			nw := 0
			for _, n := range r.Warnings {
				nw += n
			}
			fmt.Fprintf(w, "ok\t%s\t%s\t%s\t%d\t%d\t%d\t%s\t%s\n", dash(r.Date), dash(r.DocNumber), dash(strings.Join(r.Issuers, "、")), r.Articles, r.Counts["chapter"], nw, r.File, r.Title)
		}
	}
	for _, r := range rs {
		if !r.OK {
			fmt.Fprintf(w, "FAIL\t%s: %s\n", r.File, r.Error)
		}
	}
	fmt.Fprintf(w, "\nfiles %d, parsed %d (%.1f%%)\n", t.Files, t.Parsed, survey.Pct(t.Parsed, t.Files))
	fmt.Fprintf(w, "of those parsed: title %.1f%%, date %.1f%%, issuers %.1f%%\n", survey.Pct(t.Titled, t.Parsed), survey.Pct(t.Dated, t.Parsed), survey.Pct(t.WithIssuers, t.Parsed))
	fmt.Fprintf(w, "passage records %d: adoption date read %.1f%%, adopting body %.1f%%\n", t.Records, survey.Pct(t.RecordDated, t.Records), survey.Pct(t.RecordIssue, t.Records))
	fmt.Fprintf(w, "files with 第一条 %d: with articles %.1f%%\n", t.ArticleDocs, survey.Pct(t.WithArticle, t.ArticleDocs))
	printCounts(w, "genres", t.Genres)
	printCounts(w, "errors by kind", t.Errors)
	printCounts(w, "warnings by kind", t.Warnings)
}

func printCounts(w io.Writer, name string, m map[string]int) {
	if len(m) == 0 {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] || m[keys[i]] == m[keys[j]] && keys[i] < keys[j] })
	fmt.Fprintf(w, "%s:\n", name)
	for _, k := range keys {
		fmt.Fprintf(w, "  %6d  %s\n", m[k], k)
	}
}

func dash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
