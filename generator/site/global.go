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
	return map[string]homePage{
		"zh": {Title: "明白纸：政策文件双语解读", Description: "把官方政策文件变成中英双语、逐段对照、可引用的解读页面。中文原文为准。"},
		"en": {Title: "Mingbai: Chinese policy documents, explained", Description: "Official Chinese policy documents as bilingual explainers: the original and an English translation paragraph by paragraph, with plain-language summaries and the targets they set. The Chinese text is authoritative."},
	}[lang]
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
	zh := lang == "zh"
	pick := func(z, e string) string {
		if zh {
			return z
		}
		return e
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
		if zh {
			return body
		}
		return string(markChinese([]byte(body)))
	}
	about := page("about", "page", pick("关于本站", "About this site"),
		pick("本站是什么，原文和译文如何制作，如何引用，如何报告错误。", "What this site is, how its text and translations are made, how to cite it and how to report an error."), marked(proseOf("about", lang)))
	about.front = aboutPage{plainPage: about.front.(plainPage), Report: true}
	data := page("data", "page", pick("数据下载", "Data and downloads"),
		pick("每份文件的原文、解析模型和目标表下载说明。", "The downloads for each document: the source text, the parsed model and the target table."), marked(dataBody(lib, lang)))
	data.front = aboutPage{plainPage: data.front.(plainPage), Licence: true}
	out := []globalPage{
		page("targets", "targets", pick("全部量化目标", "All targets"),
			pick(fmt.Sprintf("%d份文件中的%d项量化目标。", len(lib.Docs), n),
				fmt.Sprintf("%d quantitative %s from %d %s.", n, plural(n, "target", "targets"), len(lib.Docs), plural(len(lib.Docs), "document", "documents"))), tb.String()),
		page("glossary", "glossary", pick("术语表", "Glossary"),
			pick(fmt.Sprintf("%d个政策术语的拼音、英文译法和解释。", len(lib.Glossary)),
				fmt.Sprintf("%d policy %s with pinyin, the English used on this site, and a short explanation.", len(lib.Glossary), plural(len(lib.Glossary), "term", "terms"))), ""),
		about,
		page("style", "style", pick("译写规范", "House style"),
			pick("本站英文译文遵循的译写规范（英文）。", "The house style the English translations on this site follow."), ""),
		data,
		page("search", "search", pick("搜索", "Search"),
			pick("在全部文件中搜索措施和段落。", "Search every measure and paragraph of every document."), ""),
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
	zh := lang == "zh"
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
		b.WriteString(heading(map[bool]string{true: "JSON 示例", false: "JSON sample"}[zh], "json"))
		b.WriteString("```json\n" + js.String() + "```\n\n")
		b.WriteString(heading(map[bool]string{true: "CSV 示例", false: "CSV sample"}[zh], "csv"))
		b.WriteString("```csv\n" + csv.String() + "```\n")
		break
	}
	return b.String()
}
