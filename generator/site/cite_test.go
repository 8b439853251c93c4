package site

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"text/template"

	"mingbai/generator/policy"
	"mingbai/generator/tomlfile"
)

const pinpointRegulation = `某市科技专家库管理办法

第一章　总则
第一条　为了规范专家库管理，制定本办法。
第十二条　专家应当遵守下列规定：
（一）遵守法律法规；
（二）保守工作秘密。
专家有下列情形之一的，予以解聘：
（一）弄虚作假的；
（二）违反规定的。
第二章　附则
第十三条　本办法自2025年9月1日起施行。
`

const pinpointOpinions = `关于测试公共服务工作的意见

一、总体要求
（一）坚持以人民为中心。
二、重点任务
（一）加强基础设施建设。
（二）提升服务水平。
`

// TestCiteLabel: sections are cited in the standard pinpoint forms, in
// both languages: an item with its article (and its paragraph when not the
// first), never a doubled label, never "Measure" for an item of an article.
func TestCiteLabel(t *testing.T) {
	for _, c := range []struct {
		text, id, zh, en, kind string
	}{
		{pinpointRegulation, "a12", "第十二条", "Article 12", "article"},
		{pinpointRegulation, "a12-i01", "第十二条第（一）项", "Article 12(1)", "article"},
		{pinpointRegulation, "a12-i02", "第十二条第（二）项", "Article 12(2)", "article"},
		{pinpointRegulation, "a12-p2-i01", "第十二条第二款第（一）项", "Article 12, paragraph 2(1)", "article"},
		{pinpointRegulation, "c2", "第二章", "Chapter 2", "chapter"},
		{pinpointOpinions, "c2", "第二部分", "Part 2", "chapter"},
		{pinpointOpinions, "c2-m01", "第二部分（一）", "Part 2, Measure 1", "measure"},
		{pinpointOpinions, "c1-m01", "第一部分（一）", "Part 1, Measure 1", "measure"},
		{opinionText, "m02", "（二）", "Measure 2", "measure"},
	} {
		doc, err := policy.Parse("x.txt", []byte(c.text), policy.Options{ID: "x"})
		if err != nil {
			t.Fatal(err)
		}
		s := doc.Section(c.id)
		if s == nil {
			var ids []string
			doc.Walk(func(s *policy.Section) { ids = append(ids, s.ID) })
			t.Fatalf("no section %s in %v", c.id, ids)
		}
		if zh, en := citeLabel(doc, s, "zh"), citeLabel(doc, s, "en"); zh != c.zh || en != c.en {
			t.Errorf("%s: citeLabel %q / %q, want %q / %q", c.id, zh, en, c.zh, c.en)
		}
		if k := sectionKind(doc, s); k != c.kind {
			t.Errorf("%s: kind %q, want %q", c.id, k, c.kind)
		}
	}
}

// TestCitationStrings renders the i18n citation formats (newsroom, APA,
// GB/T 7714) with the values cite.html gives them, for an article's item
// and a measure, in both languages, and compares the exact strings.
func TestCitationStrings(t *testing.T) {
	formats := map[string]map[string]any{}
	for _, lang := range []string{"zh", "en"} {
		path := filepath.Join("..", "..", "i18n", lang+".toml")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		if err := tomlfile.Decode(path, b, &m); err != nil {
			t.Fatal(err)
		}
		formats[lang] = m
	}
	render := func(lang, key string, args map[string]any) string {
		f, _ := formats[lang][key].(string)
		if f == "" {
			t.Fatalf("i18n/%s.toml: no %s", lang, key)
		}
		var b strings.Builder
		if err := template.Must(template.New(key).Parse(f)).Execute(&b, args); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	doc := map[string]map[string]any{
		"zh": {"Title": "上海市科技专家库管理办法", "TitleZh": "上海市科技专家库管理办法", "Number": "沪科规〔2025〕5号", "NumberBoth": "沪科规〔2025〕5号",
			"Date": "2025年7月28日", "ApaDate": "2025年7月28日", "ISODate": "2025-07-28", "Site": "明白", "Authors": "上海市科学技术委员会", "AuthorsZh": "上海市科学技术委员会",
			"Accessed": "2026-12-04"},
		"en": {"Title": "Measures for the Administration of the Shanghai Science and Technology Expert Database", "TitleZh": "上海市科技专家库管理办法",
			"Number": "沪科规〔2025〕5号", "NumberBoth": "沪科规〔2025〕5号, Hu Ke Gui [2025] No. 5", "Date": "July 28, 2025", "ApaDate": "2025, July 28",
			"ISODate": "2025-07-28", "Site": "Mingbai", "Authors": "Shanghai Municipal Science and Technology Commission", "AuthorsZh": "上海市科学技术委员会",
			"Accessed": "2026-12-04"},
	}
	for _, lang := range []string{"zh", "en"} {
		doc[lang]["Credit"] = render(lang, "cite_credit", doc[lang])
	}
	parsed, err := policy.Parse("x.txt", []byte(pinpointRegulation), policy.Options{ID: "x"})
	if err != nil {
		t.Fatal(err)
	}
	item := parsed.Section("a12-i01")
	measure := regexp.MustCompile(`Measure \d`)
	doubled := regexp.MustCompile(`第([一二三四五六七八九十百]+)条第([一二三四五六七八九十百]+)条`)
	want := map[string]string{
		"zh plain": "《上海市科技专家库管理办法》（沪科规〔2025〕5号）第十二条第（一）项，2025年7月28日，https://mingbai.netlify.app/zh/x/a12-i01/",
		"zh apa":   "上海市科学技术委员会. (2025年7月28日). 上海市科技专家库管理办法（沪科规〔2025〕5号）第十二条第（一）项. 明白. https://mingbai.netlify.app/zh/x/a12-i01/",
		"zh gbt":   "上海市科学技术委员会. 上海市科技专家库管理办法: 沪科规〔2025〕5号[A/OL]. (2025-07-28)[2026-12-04]. https://mingbai.netlify.app/zh/x/a12-i01/.",
		"en plain": "Measures for the Administration of the Shanghai Science and Technology Expert Database (沪科规〔2025〕5号, Hu Ke Gui [2025] No. 5), Article 12(1), July 28, 2025, https://mingbai.netlify.app/en/x/a12-i01/. Unofficial English translation by Mingbai.",
		"en apa":   "Shanghai Municipal Science and Technology Commission. (2025, July 28). 上海市科技专家库管理办法 [Measures for the Administration of the Shanghai Science and Technology Expert Database] (沪科规〔2025〕5号, Hu Ke Gui [2025] No. 5), Article 12(1). Unofficial English translation by Mingbai. https://mingbai.netlify.app/en/x/a12-i01/",
		"en gbt":   "上海市科学技术委员会. 上海市科技专家库管理办法: 沪科规〔2025〕5号[A/OL]. (2025-07-28)[2026-12-04]. https://mingbai.netlify.app/en/x/a12-i01/.",
	}
	for _, lang := range []string{"zh", "en"} {
		args := map[string]any{}
		for k, v := range doc[lang] {
			args[k] = v
		}
		args["Label"], args["Heading"], args["URL"] = citeLabel(parsed, item, lang), "", "https://mingbai.netlify.app/"+lang+"/x/a12-i01/"
		for _, style := range []string{"plain", "apa", "gbt"} {
			key := "cite_" + style + "_" + sectionKind(parsed, item)
			if style == "gbt" {
				key = "cite_gbt"
			}
			got := render(lang, key, args)
			if w := want[lang+" "+style]; got != w {
				t.Errorf("%s %s:\n got %q\nwant %q", lang, style, got, w)
			}
			if doubled.MatchString(got) || strings.Contains(got, "（一）（一）") || measure.MatchString(got) {
				t.Errorf("%s %s: %q doubles a label or calls an item a measure", lang, style, got)
			}
		}
	}
	// A measure keeps its heading, quoted in Chinese, named by its pinpoint in English.
	ops, err := policy.Parse("y.txt", []byte(pinpointOpinions), policy.Options{ID: "y"})
	if err != nil {
		t.Fatal(err)
	}
	m := ops.Section("c2-m02")
	for lang, w := range map[string]string{
		"zh": "《上海市科技专家库管理办法》（沪科规〔2025〕5号）第二部分（二）“提升服务水平”，2025年7月28日，https://mingbai.netlify.app/zh/y/c2-m02/",
		"en": "Measures for the Administration of the Shanghai Science and Technology Expert Database (沪科规〔2025〕5号, Hu Ke Gui [2025] No. 5), Part 2, Measure 2, July 28, 2025, https://mingbai.netlify.app/en/y/c2-m02/. Unofficial English translation by Mingbai.",
	} {
		args := map[string]any{}
		for k, v := range doc[lang] {
			args[k] = v
		}
		args["Label"], args["Heading"], args["URL"] = citeLabel(ops, m, lang), m.Heading, "https://mingbai.netlify.app/"+lang+"/y/c2-m02/"
		if got := render(lang, "cite_plain_"+sectionKind(ops, m), args); got != w {
			t.Errorf("%s measure:\n got %q\nwant %q", lang, got, w)
		}
	}
}

// TestParaCite: a paragraph (款) of an article with more than one is cited
// with its number, an item's text with its article; a paragraph of an
// article of one paragraph, or of a chapter, has no pinpoint of its own.
func TestParaCite(t *testing.T) {
	doc, err := policy.Parse("x.txt", []byte(pinpointRegulation), policy.Options{ID: "x"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ section, para, zh, en string }{
		{"a12", "p1", "第十二条第一款", "Article 12, paragraph 1"},
		{"a12", "p2", "第十二条第二款", "Article 12, paragraph 2"},
		{"a12-i01", "p1", "第十二条第（一）项", "Article 12(1)"},
		{"a12-p2-i02", "p1", "第十二条第二款第（二）项", "Article 12, paragraph 2(2)"},
		{"a1", "p1", "", ""},
		{"c1", "p1", "", ""},
	} {
		s := doc.Section(c.section)
		if s == nil {
			t.Fatalf("no section %s", c.section)
		}
		got := paraCite(doc, s, c.para)
		switch {
		case c.zh == "" && got != nil:
			t.Errorf("%s %s: cite %v, want none", c.section, c.para, *got)
		case c.zh != "" && (got == nil || got.Zh != c.zh || got.En != c.en):
			t.Errorf("%s %s: cite %v, want %q / %q", c.section, c.para, got, c.zh, c.en)
		}
	}
}
