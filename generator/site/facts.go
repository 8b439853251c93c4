package site

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"mingbai/generator/library"
	"mingbai/generator/policy"
	"mingbai/generator/translation"
)

// libFacts are the small facts about a document that the library pages
// need: the catalogue row, its filters and its sort orders. They are written
// into the front matter of the document page (key "library") so that the
// catalogue templates only place them, and they are all a library page
// needs, so that a generator holding one document's model at a time can
// keep these instead.
//
//	year = "2024", genre = "opinion", issuerKeys = ["i-5c0f…"],
//	counts = {parts = 7, measures = 25, articles = 0, targets = 9},
//	sort = {newest = "2024-06-20 liaoning-2024-8", issuer = "中共辽宁省委 2024-06-20 …"}
type libFacts struct {
	TitleZh    string            `toml:"titleZh"`
	Year       string            `toml:"year"`
	Genre      string            `toml:"genre"`
	Issuers    []issuer          `toml:"issuers"`
	IssuerKeys []string          `toml:"issuerKeys"`
	Counts     counts            `toml:"counts"`
	Sort       map[string]string `toml:"sort"`
}

// issuer is one issuing body: its key (the same in both languages, used in
// the filter pages' addresses), its name in the page's language and the
// language of that name.
type issuer struct {
	Key  string `toml:"-"` // the issuer's key, as in issuerKeys: for the generator, not written
	Name string `toml:"name"`
	Lang string `toml:"lang"`
}

// counts are the numbers of a document's parts: top-level sections,
// measures (numbered sections below them), articles (第X条) and targets.
type counts struct {
	Parts    int `toml:"parts"`
	Measures int `toml:"measures"`
	Articles int `toml:"articles"`
	Targets  int `toml:"targets"`
}

// provenance is where a document's text and translation come from, shown on
// its page: the method is "human", "machine-assisted", "none" (there is no
// English) or "unrecorded"; updated is the "last updated" date of its pages.
//
//	sourceURL = "https://www.gov.cn/zhengce/2022-12/14/content_5732067.htm"
//	sourceFrom = "header"      # "meta" (meta.toml's source-url), "header" (the copy's own header) or ""
//	verification = "unverified" # or "checked": compared with the official original
type provenance struct {
	SourceURL string `toml:"sourceURL,omitempty"`
	// SourceFrom says where the official page's address was found: "meta"
	// (an editor's source-url), "header" (the copy's scraper header), or ""
	// when no address is known.
	SourceFrom string `toml:"sourceFrom,omitempty"`
	// Verification is "checked" when an editor compared the copy with the
	// official original, else "unverified".
	Verification string `toml:"verification"`
	SourceNote   string `toml:"sourceNote,omitempty"`
	// SourceNoteLang is the language of SourceNote on a source page
	// (sourcePageOf): "zh-CN" for meta.toml's source-note-zh on a Chinese
	// page, else "en".
	SourceNoteLang string `toml:"sourceNoteLang,omitempty"`
	Retrieved      string `toml:"retrieved,omitempty"`
	Method         string `toml:"method"`
	Translator     string `toml:"translator,omitempty"`
	Updated        string `toml:"updated,omitempty"`
	// Changes is the change log, newest first.
	Changes []change `toml:"changes"`
}

// change is one entry of a document's change log: when, what kind of
// change (source, erratum, translation, summary, note) and what was done.
type change struct {
	Date     string `toml:"date"`
	Kind     string `toml:"kind"`
	Note     string `toml:"note"`
	NoteLang string `toml:"noteLang"`
}

// changeKinds are the kinds of change a change log records.
var changeKinds = map[string]bool{"source": true, "erratum": true, "translation": true, "summary": true, "note": true}

// Sort orders of the catalogue; the first is the home page's.
var sortOrders = []string{"newest", "oldest", "issuer", "genre"}

// genres lists the genres of the catalogue, in its order: the parser's
// (policy.Genre), with regulations split by how they are issued (genreOf).
var genres = []string{string(policy.GenreLaw), string(policy.GenreRegulation), genreNormative, string(policy.GenreOpinions), string(policy.GenrePlan),
	string(policy.GenreMeasures), string(policy.GenreDecision), string(policy.GenreNotice), string(policy.GenreReport), string(policy.GenreOther)}

// genreNormative is a 规范性文件 (normative document): rules (条例, 规定,
// 办法, 细则) that an agency issues under a document number of its own
// normative series (沪科规〔2025〕5号), not by decree (令) as 法规 and 规章
// are.
const genreNormative = "normative"

// normativeNumberRE matches the number of a normative document: 规 before
// the year bracket, 沪科规〔2025〕5号, 发改办财金规〔2019〕860号.
var normativeNumberRE = regexp.MustCompile(`规\s*[〔\[［(（]`)

// genreOf names the genre of a document, "other" when the parser gave none.
// A regulation issued under a normative number and no decree is a
// normative document.
func genreOf(doc *policy.Document) string {
	switch {
	case doc.Genre == "":
		return string(policy.GenreOther)
	case doc.Genre == policy.GenreRegulation && doc.Decree.Text == "" && normativeNumberRE.MatchString(doc.NumberText()):
		return genreNormative
	}
	return string(doc.Genre)
}

func genreRank(key string) int {
	for i, g := range genres {
		if g == key {
			return i
		}
	}
	return len(genres)
}

// countsOf counts a document's parts: top-level sections are parts,
// articles (第X条) are articles wherever they stand, and any other section
// is a measure. An article's own items (（一）… inside 第十二条) are read
// as part of the article and not counted.
func countsOf(d *library.Doc) counts {
	c := counts{Targets: len(d.Targets)}
	var walk func([]*policy.Section)
	walk = func(ss []*policy.Section) {
		for _, s := range ss {
			switch {
			case s.Style == policy.StyleArticle:
				c.Articles++
				continue
			case s.Level == 1:
				c.Parts++
			default:
				c.Measures++
			}
			walk(s.Sections)
		}
	}
	walk(d.Model.Sections)
	return c
}

// issuerKey is a short, language-neutral key for an issuing body, stable
// as long as its Chinese name is: "i-" and 8 hex digits of its SHA-256.
func issuerKey(name string) string {
	h := sha256.Sum256([]byte(name))
	return "i-" + hex.EncodeToString(h[:4])
}

// factsOf computes the library facts of a document in lang.
func factsOf(d *library.Doc, lang string) libFacts {
	doc := d.Model
	f := libFacts{TitleZh: doc.TitleText(), Genre: genreOf(doc), Counts: countsOf(d),
		Issuers: []issuer{}, IssuerKeys: []string{}}
	if len(doc.Date) >= 4 {
		f.Year = doc.Date[:4]
	}
	names := doc.IssuerNames()
	for i, zh := range names {
		name, nl := text(d, lang, fmt.Sprintf("issuers.%d", i+1), zh)
		k := issuerKey(zh)
		f.Issuers = append(f.Issuers, issuer{k, name, nl})
		f.IssuerKeys = append(f.IssuerKeys, k)
	}
	first := "~" // documents without issuers sort last
	if len(names) > 0 {
		first = names[0]
	}
	// Sort keys compare as strings; "newest" is sorted descending.
	f.Sort = map[string]string{
		"newest": doc.Date + " " + doc.ID,
		"oldest": doc.Date + " " + doc.ID,
		"issuer": first + " " + doc.Date + " " + doc.ID,
		"genre":  fmt.Sprintf("%02d %s %s", genreRank(f.Genre), doc.Date, doc.ID),
	}
	return f
}

// Translation methods an editor may give in meta.toml.
var methods = map[string]bool{"human": true, "machine-assisted": true}

// verifications are the values of verification in meta.toml: the copy was
// checked against the official original, or it was not.
var verifications = map[string]bool{"checked": true, "unverified": true}

// repoPathRE finds a file path in a source note: a path in backquotes, or
// a file name of a stored copy (…/397.txt, …G60….md), or "same repository". A note says where the
// text came from in words; a repository's file layout means nothing to a
// reader.
var repoPathRE = regexp.MustCompile("`[^`]*`|[^\\s,;]+\\.(?:md|txt)\\b|same repository")

// provenanceOf reads a document's provenance from its seed, and decides the
// "last updated" date: meta.toml's updated when the editor set it, else the
// newest of the retrieval date and the document's own date.
func provenanceOf(d *library.Doc) (provenance, error) {
	m := d.Seed.Meta
	p := provenance{SourceURL: m.SourceURL, SourceNote: m.SourceNote, Retrieved: m.Retrieved,
		Method: m.TranslationMethod, Translator: m.Translator, Updated: m.Updated, Verification: m.Verification}
	where := func(key string) string { return keyPos(d.Seed.File("meta.toml"), key) }
	switch {
	case m.SourceURL != "":
		p.SourceFrom = "meta"
	case d.Model.Inferred[policy.InferSourceURL].Text != "":
		// The copy's own header names the official page it was taken from.
		p.SourceURL, p.SourceFrom = d.Model.Inferred[policy.InferSourceURL].Text, "header"
	}
	if p.Verification == "" {
		p.Verification = "unverified"
	}
	if !verifications[p.Verification] {
		return p, fmt.Errorf("%s: verification = %q: use \"checked\" (compared with the official original) or \"unverified\"", where("verification"), m.Verification)
	}
	for _, n := range []struct{ key, val string }{{"source-note", m.SourceNote}, {"source-note-zh", m.SourceNoteZh}} {
		if loc := repoPathRE.FindString(n.val); loc != "" {
			return p, fmt.Errorf("%s: %s names a file path (%s): say where the text came from in words, without a repository's paths", where(n.key), n.key, loc)
		}
	}
	if m.SourceNoteZh != "" && m.SourceNote == "" {
		return p, fmt.Errorf("%s: source-note-zh without source-note: write the note in English too, for the English pages", where("source-note-zh"))
	}
	if m.TranslationMethod != "" && !methods[m.TranslationMethod] {
		return p, fmt.Errorf("%s: translation-method = %q: use \"human\" or \"machine-assisted\", or leave it out", where("translation-method"), m.TranslationMethod)
	}
	for _, v := range []struct{ key, val string }{{"updated", m.Updated}, {"retrieved", m.Retrieved}} {
		if v.val == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", v.val); err != nil {
			return p, fmt.Errorf("%s: %s = %q: write the date as YYYY-MM-DD, e.g. \"2026-11-25\"", where(v.key), v.key, v.val)
		}
	}
	for i, c := range m.Changes {
		at := func(key string) string { return tableKeyPos(d.Seed.File("meta.toml"), "change", i+1, key) }
		if _, err := time.Parse("2006-01-02", c.Date); err != nil {
			return p, fmt.Errorf("%s: [[change]] %d: date = %q: write the date as YYYY-MM-DD, e.g. \"2026-11-25\"", at("date"), i+1, c.Date)
		}
		if !changeKinds[c.Kind] {
			return p, fmt.Errorf("%s: [[change]] %d: kind = %q: use source, erratum, translation, summary or note", at("kind"), i+1, c.Kind)
		}
		if strings.TrimSpace(c.Note) == "" {
			return p, fmt.Errorf("%s: [[change]] %d: say what changed in note = \"…\"", at("note"), i+1)
		}
		p.Changes = append(p.Changes, change{c.Date, c.Kind, c.Note, langOf(c.Note)})
		p.Updated = max(p.Updated, c.Date) // a logged change is an update
	}
	slices.SortStableFunc(p.Changes, func(a, b change) int { return strings.Compare(b.Date, a.Date) })
	switch {
	case d.Report.Status() == translation.Missing:
		p.Method = "none"
	case p.Method == "":
		p.Method = "unrecorded"
	}
	if p.Updated == "" {
		p.Updated = max(m.Retrieved, d.Model.Date)
	}
	return p, nil
}

// keyPos is "file:line:col" of the value of key in a TOML file, or the file
// alone when the key is not found on a line of its own.
//
//	translation-method = "robot"  →  seeds/x/meta.toml:7:22
func keyPos(file, key string) string { return tableKeyPos(file, "", 0, key) }

// tableKeyPos is the position of the value of key in the n-th (from 1)
// [[table]] of a TOML file, or of that table's header when the key is not
// in it; with n = 0, of the first key = line anywhere in the file:
//
//	[[change]]           ← tableKeyPos(f, "change", 2, "note") when note is missing
//	date = "2026-11-2"   ← tableKeyPos(f, "change", 2, "date") is f:12:8
func tableKeyPos(file, table string, n int, key string) string {
	b, err := os.ReadFile(file)
	if err != nil {
		return file
	}
	seen, header := 0, 0
	for i, line := range strings.Split(string(b), "\n") {
		trimmed := strings.TrimLeft(line, " \t")
		if n > 0 && strings.HasPrefix(trimmed, "[") {
			if seen == n { // the table ended without the key
				break
			}
			if strings.TrimSpace(trimmed) == "[["+table+"]]" {
				if seen++; seen == n {
					header = i + 1
				}
			}
			continue
		}
		if n > 0 && seen != n {
			continue
		}
		rest, ok := strings.CutPrefix(trimmed, key)
		if !ok || !strings.HasPrefix(strings.TrimLeft(rest, " \t"), "=") {
			continue
		}
		eq := strings.Index(line, "=")
		col := eq + 1 + len(line[eq+1:]) - len(strings.TrimLeft(line[eq+1:], " \t"))
		return fmt.Sprintf("%s:%d:%d", file, i+1, utf8.RuneCountInString(line[:col])+1)
	}
	if header > 0 {
		return fmt.Sprintf("%s:%d:1", file, header)
	}
	return file
}
