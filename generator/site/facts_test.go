package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mingbai/generator/library"
)

const opinionText = `关于测试公共服务工作的意见

一、总体要求
坚持以人民为中心，推动公共服务高质量发展。
二、重点任务
（一）加强基础设施建设。到2025年，建成5个示范区。
（二）提升服务水平。
`

const regulationText = `某市科技专家库管理办法

第一章　总则
第一条　为了规范专家库管理，制定本办法。
第二条　专家应当遵守下列规定：
（一）遵守法律法规；
（二）保守工作秘密。
第二章　附则
第三条　本办法自2025年9月1日起施行。
`

// library writes seeds (folder name → files) into a temporary project and
// loads it.
func loadSeeds(t *testing.T, seeds map[string]map[string]string) *library.Library {
	t.Helper()
	root := projectDir(t)
	for name, files := range seeds {
		for f, body := range files {
			p := filepath.Join(root, "seeds", name, f)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	lib, err := library.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func TestProvenance(t *testing.T) {
	lib := loadSeeds(t, map[string]map[string]string{
		"a": {"source.txt": opinionText, "meta.toml": "retrieved = \"2026-11-25\"\ntranslator = \"Team A\"\n"},
		"b": {"source.txt": regulationText, "meta.toml": "retrieved = \"2026-11-25\"\nupdated = \"2026-12-01\"\n"},
	})
	for _, d := range lib.Docs {
		p, err := provenanceOf(d)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"a": "2026-11-25", "b": "2026-12-01"}[d.Seed.ID]
		if p.Updated != want {
			t.Errorf("%s: updated = %q, want %q (meta.toml's updated, else the newest of retrieved and the document's date)", d.Seed.ID, p.Updated, want)
		}
		if p.Method != "none" {
			t.Errorf("%s: a document without en.toml has method %q, want none", d.Seed.ID, p.Method)
		}
	}
}

// TestChangeLog: [[change]] entries are listed newest first, the newest is
// the page's "last updated" date, and a bad date or kind is an error at
// meta.toml with what to write.
func TestChangeLog(t *testing.T) {
	log := "retrieved = \"2026-11-25\"\n[[change]]\ndate = \"2026-11-26\"\nkind = \"source\"\nnote = \"Added.\"\n[[change]]\ndate = \"2026-12-03\"\nkind = \"erratum\"\nnote = \"和 restored in line 85.\"\n"
	lib := loadSeeds(t, map[string]map[string]string{"a": {"source.txt": opinionText, "meta.toml": log}})
	p, err := provenanceOf(lib.Docs[0])
	if err != nil {
		t.Fatal(err)
	}
	if p.Updated != "2026-12-03" || len(p.Changes) != 2 || p.Changes[0].Kind != "erratum" || p.Changes[1].Date != "2026-11-26" || p.Changes[0].NoteLang != "en" {
		t.Errorf("updated %q, changes %+v", p.Updated, p.Changes)
	}
	for meta, want := range map[string]string{
		"[[change]]\ndate = \"3 Dec\"\nkind = \"source\"\nnote = \"x\"\n":      `meta.toml:2:8: [[change]] 1: date = "3 Dec": write the date as YYYY-MM-DD`,
		"[[change]]\ndate = \"2026-12-03\"\nkind = \"typo\"\nnote = \"x\"\n":   `meta.toml:3:8: [[change]] 1: kind = "typo": use source, erratum, translation, summary or note`,
		"[[change]]\ndate = \"2026-12-03\"\nkind = \"source\"\nnote = \" \"\n": `meta.toml:4:8: [[change]] 1: say what changed`,
		// The position is the faulty entry's own, not the first entry's.
		"[[change]]\ndate = \"2026-12-03\"\nkind = \"source\"\nnote = \"x\"\n\n[[change]]\nkind = \"erratum\"\ndate  =  \"2026-1-3\"\nnote = \"y\"\n": `meta.toml:8:10: [[change]] 2: date = "2026-1-3"`,
		"[[change]]\ndate = \"2026-12-03\"\nkind = \"source\"\nnote = \"x\"\n[[change]]\ndate = \"2026-12-04\"\nkind = \"source\"\n":                  `meta.toml:5:1: [[change]] 2: say what changed`,
	} {
		lib := loadSeeds(t, map[string]map[string]string{"a": {"source.txt": opinionText, "meta.toml": meta}})
		if _, err := Build(lib); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("meta.toml %q: error %v, want %q", meta, err, want)
		}
	}
}

func TestProvenanceErrors(t *testing.T) {
	for meta, want := range map[string]string{
		"translation-method = \"robot\"\n": `translation-method = "robot": use "human" or "machine-assisted"`,
		"retrieved = \"25/11/2026\"\n":     `retrieved = "25/11/2026": write the date as YYYY-MM-DD`,
		"updated = \"2026-13-01\"\n":       `updated = "2026-13-01": write the date as YYYY-MM-DD`,
	} {
		lib := loadSeeds(t, map[string]map[string]string{"a": {"source.txt": opinionText, "meta.toml": meta}})
		_, err := Build(lib)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "meta.toml:1:") {
			t.Errorf("meta.toml %q: error %v, want one at meta.toml:1:col and %q", meta, err, want)
		}
	}
}

func TestCountsAndGenre(t *testing.T) {
	lib := loadSeeds(t, map[string]map[string]string{
		"op":   {"source.txt": opinionText},
		"reg":  {"source.txt": regulationText},
		"norm": {"source.txt": "沪科规〔2025〕5号\n" + regulationText},
	})
	want := map[string]struct {
		genre string
		c     counts
	}{
		"op":  {"opinions", counts{Parts: 2, Measures: 2, Targets: 1}},
		"reg": {"regulation", counts{Parts: 2, Articles: 3}},
		// Rules issued under a normative number (规〔…〕), not by decree: 规范性文件.
		"norm": {"normative", counts{Parts: 2, Articles: 3}},
	}
	for _, d := range lib.Docs {
		f := factsOf(d, "en")
		w := want[d.Seed.ID]
		f.Counts.Targets = min(f.Counts.Targets, 1) // the count of targets is the extractor's business
		if f.Genre != w.genre || f.Counts != w.c {
			t.Errorf("%s: genre %q, counts %+v; want %q, %+v (an article's items are not counted)", d.Seed.ID, f.Genre, f.Counts, w.genre, w.c)
		}
	}
}

// TestCatalogue: the library pages list one page per year, genre and issuer
// value, and say "1 document", never "1 documents".
func TestCatalogue(t *testing.T) {
	lib := loadSeeds(t, map[string]map[string]string{
		"op":  {"source.txt": opinionText},
		"reg": {"source.txt": regulationText},
	})
	fs, err := Build(lib)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"library/_index.md", "library/sort-oldest.md", "library/sort-issuer.md", "library/sort-genre.md",
		"library/genre-opinions.md", "library/genre-regulation.md"} {
		for _, lang := range langs {
			if _, ok := fs["content/"+lang+"/"+p]; !ok {
				t.Errorf("content/%s/%s not written", lang, p)
			}
		}
	}
	one := string(fs["content/en/library/genre-regulation.md"])
	if !strings.Contains(one, "abstract = '1 document.'") {
		t.Errorf("genre page of one document:\n%s", one)
	}
	for p, b := range fs {
		if strings.Contains(string(b), "1 documents") || strings.Contains(string(b), "《》") {
			t.Errorf("%s says “1 documents” or “《》”", p)
		}
	}
}

// TestFixesByPara: every correction inside a paragraph is linked from that
// paragraph, and listed with its anchor on the source page.
func TestFixesByPara(t *testing.T) {
	src := strings.Replace(opinionText, "坚持以人民为中心，推动", "坚持以人民为中心，\n推动", 1)
	lib := loadSeeds(t, map[string]map[string]string{"a": {"source.txt": src}})
	d := lib.Docs[0]
	if len(d.Model.Repairs) == 0 {
		t.Fatal("no repair: the test text no longer splits a paragraph")
	}
	fixes := fixesByPara(d.Model)
	if got := fixes["c1.p1"]; len(got) == 0 || got[0] != "r1" {
		t.Errorf("c1.p1 fixes = %v, want [r1 …] (all: %v)", got, fixes)
	}
	fs, err := Build(lib)
	if err != nil {
		t.Fatal(err)
	}
	c1 := string(fs["content/zh/a/c1.md"])
	if !strings.Contains(c1, "fixes = ['r1']") {
		t.Errorf("c1.md does not list fixes = ['r1']:\n%s", c1)
	}
	if s := string(fs["content/en/a/source.md"]); !strings.Contains(s, "anchor = 'r1'") || !strings.Contains(s, "para = 'p1'") {
		t.Errorf("source.md lacks the anchor and place of r1:\n%s", s)
	}
}

// TestProvenanceSource: the official page comes from meta.toml's
// source-url, else from the copy's own scraper header; a copy nobody
// checked is "unverified"; a bad verification, or a source note that names
// a repository's file path, is an error at meta.toml.
func TestProvenanceSource(t *testing.T) {
	const url = "http://example.gov.cn/zcwj/20250728/abc.html"
	scraped := "# 关于测试公共服务工作的意见\n\n**发布日期**: 2025-07-28\n**原文链接**: [" + url + "](" + url + ")\n\n---\n\n" + opinionText
	lib := loadSeeds(t, map[string]map[string]string{
		"header": {"source.txt": scraped},
		"meta":   {"source.txt": scraped, "meta.toml": "source-url = \"https://www.gov.cn/x.htm\"\nverification = \"checked\"\n"},
		"none":   {"source.txt": opinionText},
	})
	want := map[string]provenance{
		"header": {SourceURL: url, SourceFrom: "header", Verification: "unverified"},
		"meta":   {SourceURL: "https://www.gov.cn/x.htm", SourceFrom: "meta", Verification: "checked"},
		"none":   {Verification: "unverified"},
	}
	for _, d := range lib.Docs {
		p, err := provenanceOf(d)
		if err != nil {
			t.Fatal(err)
		}
		w := want[d.Seed.ID]
		if p.SourceURL != w.SourceURL || p.SourceFrom != w.SourceFrom || p.Verification != w.Verification {
			t.Errorf("%s: source %q from %q, %q; want %q from %q, %q", d.Seed.ID, p.SourceURL, p.SourceFrom, p.Verification, w.SourceURL, w.SourceFrom, w.Verification)
		}
	}
	for meta, want := range map[string]string{
		"verification = \"yes\"\n": `meta.toml:1:16: verification = "yes": use "checked"`,
		"source-note = \"Web copy as stored in the public repository same repository, `policy_document/text/x.md`.\"\n": `meta.toml:1:15: source-note names a file path`,
		"source-note = \"Copy from RuilinXu/GovDoc-CN, GovDoc-CN_Sample/397/397.txt.\"\n":                               `source-note names a file path (GovDoc-CN_Sample/397/397.txt)`,
	} {
		lib := loadSeeds(t, map[string]map[string]string{"a": {"source.txt": opinionText, "meta.toml": meta}})
		if _, err := Build(lib); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("meta.toml %q: error %v, want %q", meta, err, want)
		}
	}
}

// TestSourceNoteLang: the Chinese source page shows meta.toml's
// source-note-zh, in Chinese; the English page, and the Chinese page of a
// document without one, show the English note, marked as English. A
// Chinese note obeys the English note's rules, and needs an English one.
func TestSourceNoteLang(t *testing.T) {
	lib := loadSeeds(t, map[string]map[string]string{
		"both": {"source.txt": opinionText, "meta.toml": "source-note = \"Plain-text copy.\"\nsource-note-zh = \"纯文本副本。\"\n"},
		"en":   {"source.txt": opinionText, "meta.toml": "source-note = \"Plain-text copy.\"\n"},
		"none": {"source.txt": opinionText},
	})
	want := map[string]map[string][2]string{
		"both": {"zh": {"纯文本副本。", "zh-CN"}, "en": {"Plain-text copy.", "en"}},
		"en":   {"zh": {"Plain-text copy.", "en"}, "en": {"Plain-text copy.", "en"}},
		"none": {"zh": {"", ""}, "en": {"", ""}},
	}
	for _, d := range lib.Docs {
		prov, err := provenanceOf(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range []string{"zh", "en"} {
			v := sourcePageOf(d, lang, prov).Provenance
			if w := want[d.Seed.ID][lang]; v.SourceNote != w[0] || v.SourceNoteLang != w[1] {
				t.Errorf("%s, %s page: note %q (%q), want %q (%q)", d.Seed.ID, lang, v.SourceNote, v.SourceNoteLang, w[0], w[1])
			}
		}
		if prov.SourceNoteLang != "" || (d.Seed.ID == "both" && prov.SourceNote != "Plain-text copy.") {
			t.Errorf("%s: the document's provenance changed: %+v", d.Seed.ID, prov)
		}
	}
	for meta, want := range map[string]string{
		"source-note = \"Copy.\"\nsource-note-zh = \"副本，见 `data/x.md`。\"\n": `meta.toml:2:18: source-note-zh names a file path`,
		"source-note-zh = \"纯文本副本。\"\n":                                     `meta.toml:1:18: source-note-zh without source-note`,
	} {
		lib := loadSeeds(t, map[string]map[string]string{"a": {"source.txt": opinionText, "meta.toml": meta}})
		if _, err := Build(lib); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("meta.toml %q: error %v, want %q", meta, err, want)
		}
	}
}
