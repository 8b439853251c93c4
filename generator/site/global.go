package site

import (
	"bytes"
	"fmt"
	"strings"

	"mingbai/generator/library"
	"mingbai/generator/targets"
)

func home(lang string) homePage {
	return map[string]homePage{
		"zh": {"明白纸：政策文件双语解读", "把官方政策文件变成中英双语、逐段对照、可引用的解读页面。中文原文为准。"},
		"en": {"Mingbai: Chinese policy documents, explained", "Official Chinese policy documents as bilingual explainers: the original and an English translation paragraph by paragraph, with plain-language summaries and the targets they set. The Chinese text is authoritative."},
	}[lang]
}

func homeBody(lib *library.Library, lang string) string {
	if lang == "zh" {
		return fmt.Sprintf("本站收录%d份政策文件。每份文件都有通俗解读、逐段中英对照、量化目标一览和可直接引用的链接。\n", len(lib.Docs))
	}
	return fmt.Sprintf("This library holds %d policy documents. Each has a plain-language overview, the original and the translation side by side, a table of its quantitative targets, and stable links you can cite.\n", len(lib.Docs))
}

type globalPage struct {
	ID    string
	front plainPage
	body  string
}

// globalPages are the pages shared by all documents: the library targets,
// the glossary, about, data and search.
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
	return []globalPage{
		page("targets", "targets", pick("全部量化目标", "All targets"),
			pick(fmt.Sprintf("%d份文件中的%d项量化目标。", len(lib.Docs), n), fmt.Sprintf("%d quantitative targets from %d documents.", n, len(lib.Docs))), tb.String()),
		page("glossary", "glossary", pick("术语表", "Glossary"),
			pick(fmt.Sprintf("%d个政策术语的拼音、英文译法和解释。", len(lib.Glossary)), fmt.Sprintf("%d policy terms with pinyin, the English used on this site, and a short explanation.", len(lib.Glossary))), ""),
		page("about", "page", pick("关于本站与方法", "About and method"),
			pick("本站如何制作，为什么以中文原文为准，以及如何处理更正。", "How this site is made, why the Chinese text is authoritative, and how corrections are handled."), aboutBody[lang]),
		page("data", "page", pick("数据下载", "Data and downloads"),
			pick("每份文件的原文、解析模型和目标表下载说明。", "The downloads for each document: the source text, the parsed model and the target table."), dataBody(lib, lang)),
		page("search", "search", pick("搜索", "Search"),
			pick("在全部文件中搜索措施和段落。", "Search every measure and paragraph of every document."), ""),
	}
}

var aboutBody = map[string]string{
	"zh": heading("本站如何制作", "how") +
		"编辑把政策文件的纯文本放进 seeds 文件夹。生成器逐字解析全文，得出文件头、章节、措施、段落和句子，并证明原文的每个字都在且只在模型中出现一次。网页由生成的 Markdown 经 Hugo 构建而成，任何静态主机都可以发布。\n\n" +
		heading("中文原文为准", "authoritative") +
		"英文译文逐段对应中文原文。每段译文都记录了所译中文的哈希值；中文一旦改动，该段译文即标为“译文待更新”，不会被当作现行译文显示。如有出入，以中文原文为准。\n\n" +
		heading("更正如何处理", "corrections") +
		"原文中因 PDF 分页或复制造成的问题（段落被分页截断、页码、全半角括号混用、提取错误）都以明确、可见的方式修正：分页拼接和括号规范由程序完成并逐条记录，其余错误作为勘误写在文件旁，注明查找内容、替换内容和理由。每份文件的概览页都列出全部更正。\n\n" +
		heading("稳定链接", "links") +
		"每条措施的网址和段落锚点与语言无关，例如第七条措施在中英文页面都是 m07，段落是 #p1。切换语言时会保留所在位置。\n",
	"en": heading("How this site is made", "how") +
		"Editors drop the plain text of a policy document into the seeds folder. The generator parses it, character by character, into its header, chapters, measures, paragraphs and sentences, and proves on every run that each character of the source appears in the model exactly once. The pages are built by Hugo from generated Markdown and can be served by any static host.\n\n" +
		heading("The Chinese text is authoritative", "authoritative") +
		"The English translation follows the Chinese paragraph by paragraph. Each translated paragraph records a hash of the Chinese it translates; when the Chinese changes, that paragraph is marked as out of date and is never shown as current. Where the two differ, the Chinese prevails.\n\n" +
		heading("How corrections are handled", "corrections") +
		"Damage from PDF page breaks or copying (paragraphs cut by a page break, page numbers, mixed-width brackets, extraction errors) is corrected explicitly and visibly. Page-break joins and bracket normalisation are made by the program and each one is recorded; other errors are kept as errata next to the document, each with the text found, its replacement and the reason. Every document's overview page lists all corrections.\n\n" +
		heading("Stable links", "links") +
		"The address of every measure and its paragraph anchors are the same in both languages: the seventh measure is m07 and its first paragraph is #p1, in Chinese and in English. Switching language keeps your place.\n",
}

// dataBody documents the downloads, with real samples from the first
// document that has targets.
func dataBody(lib *library.Library, lang string) string {
	var b strings.Builder
	zh := lang == "zh"
	if zh {
		b.WriteString(heading("下载内容", "downloads"))
		b.WriteString("每份文件提供四个下载：原文（source.txt，按收到时的字节原样保存）、解析模型（model.json）、目标表（targets.csv 和 targets.json，UTF-8 编码，首行为列名，列的顺序固定）。用 Excel 打开 CSV 时，请通过“数据 → 自文本/CSV”导入并选择 UTF-8 编码。\n\n")
	} else {
		b.WriteString(heading("What you can download", "downloads"))
		b.WriteString("Each document offers four downloads: the source text as received, byte for byte (source.txt); the parsed model (model.json); and the target table (targets.csv and targets.json, UTF-8, with a header row and a fixed column order). To open the CSV in Excel, import it with Data → From Text/CSV and choose UTF-8, so the Chinese shows correctly.\n\n")
	}
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
		targets.WriteJSON(&js, sample)
		targets.WriteCSV(&csv, sample)
		b.WriteString(heading(map[bool]string{true: "JSON 示例", false: "JSON sample"}[zh], "json"))
		b.WriteString("```json\n" + js.String() + "```\n\n")
		b.WriteString(heading(map[bool]string{true: "CSV 示例", false: "CSV sample"}[zh], "csv"))
		b.WriteString("```csv\n" + csv.String() + "```\n")
		break
	}
	return b.String()
}
