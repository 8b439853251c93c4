package site

import (
	"bytes"
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/yuin/goldmark/ast"
	gtext "github.com/yuin/goldmark/text"

	"mingbai/generator/library"
	"mingbai/generator/targets"
)

// prose holds the hand-written bodies of the about and data pages, one
// Markdown file per page and language (about.en.md, data.zh.md, …). Their
// headings carry explicit IDs, the same in both languages.
//
//go:embed prose/*.md
var prose embed.FS

func proseOf(name, lang string) string {
	b, err := prose.ReadFile("prose/" + name + "." + lang + ".md")
	if err != nil {
		panic(err) // embedded at build time: a missing file is a build error
	}
	return string(b)
}

func home(lang string) homePage {
	return homePage{Title: say(lang, "page_home_title", nil), Description: say(lang, "page_home_summary", nil)}
}

// homeBody is empty: the home page's text comes from i18n (layouts/home.html),
// where the count of documents is plural-correct.
func homeBody(lib *library.Library, lang string) string { return "" }

type globalPage struct {
	ID    string
	front any
	body  string
}

// aboutPage is the about or data page: a plain page that also shows the
// report-an-error link or the licence configured in hugo.toml.
type aboutPage struct {
	plainPage
	Report  bool `toml:"report,omitempty"`
	Licence bool `toml:"licence,omitempty"`
}

// globalPages are the pages shared by all documents: the library targets,
// the glossary, about, the house style, data, search and the catalogue's
// library pages.
func globalPages(lib *library.Library, lang string) []globalPage {
	page := func(id, layout, title, summary, body string) globalPage {
		return globalPage{id, plainPage{Title: title, ID: id, Kind: id, Layout: layout, TranslationKey: id, Summary: summary, Code: strings.Contains(body, "```")}, body}
	}
	var tb strings.Builder
	n := 0
	for _, d := range lib.Docs {
		n += len(d.Targets)
		tb.WriteString(heading(docTitle(d, lang), d.Model.ID))
		tb.WriteString(targetTable(d, lang, d.Model.ID+"/"))
		tb.WriteString("\n")
	}
	// The plain pages (layouts/page.html) written in English mark their
	// Chinese for lang="zh-CN" in the Markdown.
	marked := func(body string) string {
		if lang == "zh" {
			return body
		}
		return string(markChinese([]byte(body)))
	}
	about := page("about", "page", say(lang, "page_about_title", nil),
		say(lang, "page_about_summary", nil), marked(proseOf("about", lang)))
	about.front = aboutPage{plainPage: about.front.(plainPage), Report: true}
	data := page("data", "page", say(lang, "page_data_title", nil),
		say(lang, "page_data_summary", nil), marked(dataBody(lib, lang)))
	data.front = aboutPage{plainPage: data.front.(plainPage), Licence: true}
	style := page("style", "style", say(lang, "page_style_title", nil), say(lang, "page_style_summary", nil), "")
	if sp := style.front.(plainPage); lang != "en" {
		sp.BodyLang = "en" // STYLE.md is kept in English
		style.front = sp
	}
	out := []globalPage{
		page("targets", "targets", say(lang, "page_targets_title", nil),
			say(lang, "page_targets_summary", map[string]any{"Count": n, "Documents": say(lang, "page_targets_documents", len(lib.Docs))}), tb.String()),
		page("glossary", "glossary", say(lang, "page_glossary_title", nil),
			say(lang, "page_glossary_summary", len(lib.Glossary)), ""),
		about,
		style,
		data,
		page("search", "search", say(lang, "page_search_title", nil),
			say(lang, "page_search_summary", nil), ""),
	}
	return append(out, cataloguePages(lib, lang)...)
}

// styleFile is the house style as the editors keep it, published on the
// style page (layouts/style.html reads assets/generated/STYLE.md), with its
// headings one level down (subheadings), under the page's own <h1>, and its
// Chinese marked for lang="zh-CN" (markChinese) on both languages' pages, as
// it is written in English.
func styleFile(lib *library.Library) []byte {
	b, err := os.ReadFile(filepath.Join(lib.Root, "seeds", "STYLE.md"))
	if err != nil {
		return nil
	}
	return markChinese(subheadings(b))
}

// subheadings moves every ATX heading of the Markdown src one level down
// ("# A" → "## A"; a level-6 heading stays), found by goldmark, so that a
// "#" in a code block or a paragraph is left alone. A setext heading
// (underlined) is left as it is.
func subheadings(src []byte) []byte {
	var at []int // offsets of the first "#" of each ATX heading below level 6
	doc := markdown.Parser().Parse(gtext.NewReader(src))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !entering || !ok || h.Level >= 6 || h.Lines().Len() == 0 {
			return ast.WalkContinue, nil
		}
		start := bytes.LastIndexByte(src[:h.Lines().At(0).Start], '\n') + 1
		if i := start + len(src[start:]) - len(bytes.TrimLeft(src[start:], " ")); i < len(src) && src[i] == '#' {
			at = append(at, i)
		}
		return ast.WalkSkipChildren, nil
	})
	out := make([]byte, 0, len(src)+len(at))
	last := 0
	for _, i := range at {
		out = append(append(out, src[last:i]...), '#')
		last = i
	}
	return append(out, src[last:]...)
}

// dataBody documents the downloads, with real samples from the first
// document that has targets.
func dataBody(lib *library.Library, lang string) string {
	var b strings.Builder
	b.WriteString(proseOf("data", lang) + "\n")
	for _, d := range lib.Docs {
		fmt.Fprintf(&b, "- %s: [source.txt](../../data/%[2]s/source.txt), [model.json](../../data/%[2]s/model.json), [targets.csv](../../data/%[2]s/targets.csv), [targets.json](../../data/%[2]s/targets.json)\n", escape(docTitle(d, lang)), d.Model.ID)
	}
	b.WriteString("\n")
	for _, d := range lib.Docs {
		if len(d.Targets) == 0 {
			continue
		}
		sample := d.Targets[:min(len(d.Targets), 1)]
		var js, csv bytes.Buffer
		targets.WriteJSON(&js, exportRows(d, sample, siteBase(lib.Root)))
		targets.WriteCSV(&csv, exportRows(d, sample, siteBase(lib.Root)))
		b.WriteString(heading(say(lang, "data_sample_json", nil), "json"))
		b.WriteString("```json\n" + js.String() + "```\n\n")
		b.WriteString(heading(say(lang, "data_sample_csv", nil), "csv"))
		b.WriteString("```csv\n" + csv.String() + "```\n")
		break
	}
	return b.String()
}
