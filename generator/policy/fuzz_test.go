package policy_test

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/simplifiedchinese"

	"mingbai/generator/policy"
)

// FuzzParse checks that no input makes Parse panic, that every input it
// rejects gives a *policy.Error with positioned messages, and that on every
// input it accepts the model keeps its promises (see checkModel).
func FuzzParse(f *testing.F) {
	// Seeds are the first 2 KB of each real document: whole documents make
	// the fuzzing engine crawl without finding more.
	for _, d := range documents {
		src, err := os.ReadFile(d.path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src[:min(len(src), 2048)])
	}
	f.Add([]byte("一、总体要求\n\n(一) 开展创新。积极“创建\n\n中心”。\n\n— 3 —\n\n(一) 重复"))
	f.Add([]byte("\xef\xbb\xbf第一章 总则\r\n第一节 目的\r一、目标\n"))
	// One seed per family of the "any document" grammar: a law's record and
	// table of contents, a decree, a pkulaw copy, a key-value header with a
	// repeated body, attachments, full-width numbering, a draft.
	f.Add([]byte("# 某某法\n\n1994年7月5日 第八届全国人民代表大会常务委员会第八次会议通过\n根据2009年8月27日《关于修改部分法律的决定》第一次修正\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n## 第二章 附则\n\n## 第一章 总则\n\n第一条 为了规范。\n第一条之一 新增。\n## 第二章 附则\n第二条 有下列情形之一的：\n（一）甲；\n有下列情形的：\n（一）乙。\n"))
	f.Add([]byte("    【法宝引证码】 CLI.11.1\r\n原文链接：https://x/y.html\r\n某某办法\r\n某市人民政府令\r\n\r\n（第19号）\r\n《某某办法》已经通过，现予公布，自2019年8月20日起施行。\r\n市长　张三\r\n2019年8月12日\r\n某某办法\r\n第一章　总则　　第一条　（目的）\r\n为了规范。\r\n"))
	f.Add([]byte("标题：2024年某省政府工作报告\n发文单位：某省人民政府\n发文时间：未知\n正文：\n――2024年1月21日在某省人民代表大会第二次会议上\n一、回顾\n过去的一年极不平凡，经济运行回升向好。\n（一）增长。增长5%。\n一、回顾\n过去的一年极不平凡，经济运行回升向好。\n（一）增长。增长5%。\n冀ICP备06016263号-1\n"))
	f.Add([]byte("关于某某的通知（征求意见稿）\n附件1\n甲办法\n第１条 为了规范：\n（１）甲；\n（2）乙。\n附件2：申报表\n第一编 总则\n第一部分 说明\n"))
	f.Add([]byte("推动发展。\f二、主要任务\n（一）加快建设。\n"))
	// the genres: a transmittal with its attachment, a regulation with
	// clauses and a tail, a web copy with a scraper header and bold headings
	f.Add([]byte("关于印发《某某办法》的通知\n沪科规〔2025〕5号\n各有关单位：\n现印发给你们。\n上海市科学技术委员会\n2025年7月28日\n附件\n**某某办法**\n**第一章 总  则**\n第一条\u00a0为了规范。\n第二条 有下列情形之一的：\n（一）甲；\n（二）乙。\n有前款情形的，责令改正。\n"))
	f.Add([]byte("# 标题\n\n**发布日期**: 2022年12月\n- **来源**: https://www.gov.cn/x.htm\n### 发布日期\n2022-12-14\n---\n新华社北京12月14日电 近日，中共中央、国务院印发了《某某纲要（2022－2035年）》。\n政府工作报告——2024年3月5日在会议上国务院总理 李强\n新华社记者 李响 摄\n【原文下载】\n- [x.pdf](/a.pdf )\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := policy.Parse("fuzz.txt", src, policy.Options{})
		if err != nil {
			var perr *policy.Error
			if !errors.As(err, &perr) || len(perr.List) == 0 {
				t.Fatalf("error is not a positioned *policy.Error: %v", err)
			}
			for _, d := range perr.List {
				if d.Pos.Line < 1 || d.Pos.Col < 1 {
					t.Fatalf("bad position in %v", d)
				}
			}
			return
		}
		if doc == nil {
			t.Fatal("nil document without error")
		}
		checkModel(t, src, doc)
	})
}

// TestModelPromises checks the promises of checkModel on every real
// document, with its errata.
func TestModelPromises(t *testing.T) {
	for _, d := range documents {
		t.Run(d.name, func(t *testing.T) {
			s, doc := parseSeed(t, d.path)
			checkModel(t, s.Source, doc)
		})
	}
}

// checkModel checks, through the exported model only, what Parse promises
// on every document it accepts:
//
//   - fidelity: the non-white-space runes of the model's text (every Field,
//     paragraph, section label, heading and heading punctuation, wherever
//     they are in the Document) are those of the source, each exactly once,
//     after the recorded repairs (each takes its Before and gives its After);
//   - section IDs are unique in the document;
//   - paragraph IDs are unique within their container (a section's text,
//     the preamble, the epilogue, the cover).
func checkModel(t *testing.T, src []byte, doc *policy.Document) {
	t.Helper()
	if ps := modelProblems(src, doc); len(ps) > 0 {
		t.Fatal(strings.Join(ps, "\n"))
	}
}

// modelProblems lists the broken promises of checkModel.
func modelProblems(src []byte, doc *policy.Document) []string {
	var out []string
	text := string(src)
	if doc.Encoding == "GB18030" {
		b, err := simplifiedchinese.GB18030.NewDecoder().Bytes(src)
		if err != nil {
			return []string{fmt.Sprintf("accepted as GB18030 but does not decode: %v", err)}
		}
		text = string(b)
	}
	want := runeCounts(text)
	for _, r := range doc.Repairs {
		for c, n := range runeCounts(r.Before) {
			want[c] -= n
		}
		for c, n := range runeCounts(r.After) {
			want[c] += n
		}
	}
	got := map[rune]int{}
	modelText(reflect.ValueOf(doc), got)
	for _, c := range slices.Sorted(maps.Keys(mergeKeys(want, got))) {
		if want[c] != got[c] {
			out = append(out, fmt.Sprintf("fidelity: %q is %d times in the model, %d times in the source after repairs", c, got[c], want[c]))
		}
	}

	ids := map[string]bool{}
	paraIDs := func(where string, ps []*policy.Paragraph) {
		seen := map[string]bool{}
		for _, p := range ps {
			if p.ID == "" || seen[p.ID] {
				out = append(out, fmt.Sprintf("%s: paragraph ID %q empty or repeated", where, p.ID))
			}
			seen[p.ID] = true
		}
	}
	doc.Walk(func(s *policy.Section) {
		if s.ID == "" || ids[s.ID] {
			out = append(out, fmt.Sprintf("section ID %q empty or repeated", s.ID))
		}
		ids[s.ID] = true
		paraIDs(s.ID, s.Text())
	})
	paraIDs("preamble", doc.Preamble)
	paraIDs("epilogue", doc.Epilogue)
	if doc.Cover != nil {
		paraIDs("cover", doc.Cover.Paragraphs)
	}
	return out
}

// TestModelCheckCanFail: the checks of checkModel catch a lost rune, a
// duplicated rune, a repeated section ID and a repeated paragraph ID.
func TestModelCheckCanFail(t *testing.T) {
	src := []byte("关于测试的意见\n\n一、总体要求\n\n推动发展。\n\n加快建设。\n\n二、主要任务\n\n强化保障。\n")
	for _, tc := range []struct {
		name   string
		tamper func(d *policy.Document)
		want   string
	}{
		{"lost rune", func(d *policy.Document) { d.Sections[0].Paragraphs[0].Text = "推动发展" }, `fidelity: '。' is 2 times in the model, 3 times`},
		{"duplicated rune", func(d *policy.Document) { d.Sections[1].Heading += "务" }, `fidelity: '务' is 2 times in the model, 1 times`},
		{"section ID", func(d *policy.Document) { d.Sections[1].ID = d.Sections[0].ID }, `section ID "c1" empty or repeated`},
		{"paragraph ID", func(d *policy.Document) { d.Sections[0].Paragraphs[1].ID = "p1" }, `c1: paragraph ID "p1" empty or repeated`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := policy.Parse("x.txt", src, policy.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if ps := modelProblems(src, doc); len(ps) > 0 {
				t.Fatalf("untampered document: %v", ps)
			}
			tc.tamper(doc)
			if ps := strings.Join(modelProblems(src, doc), "\n"); !strings.Contains(ps, tc.want) {
				t.Errorf("got %q, want %q", ps, tc.want)
			}
		})
	}
}

// modelText adds the non-white-space runes of the source text held in v to
// counts: the Text of every Field and Paragraph, and a section's Label,
// Heading and HeadingPunct, found by walking the model. Derived values (IDs,
// dates, inferred values, repairs, diagnostics) are not source text.
func modelText(v reflect.Value, counts map[rune]int) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			modelText(v.Elem(), counts)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			modelText(v.Index(i), counts)
		}
	case reflect.Struct:
		switch x := v.Interface().(type) {
		case policy.Field:
			add(counts, x.Text)
			return
		case policy.Paragraph:
			add(counts, x.Text)
			return
		case policy.Section:
			add(counts, x.Label+x.Heading+x.HeadingPunct)
		case policy.Repair, policy.Diagnostic:
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				modelText(v.Field(i), counts)
			}
		}
	}
}

func add(counts map[rune]int, s string) {
	for c, n := range runeCounts(s) {
		counts[c] += n
	}
}

// runeCounts counts the runes of s that are not white space, as the parser
// defines it: Unicode white space, the zero-width space and the byte-order mark.
func runeCounts(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			m[r]++
		}
	}
	return m
}

func mergeKeys(a, b map[rune]int) map[rune]bool {
	m := map[rune]bool{}
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}

func BenchmarkParseFounding(b *testing.B) {
	s, _ := founding(b)
	b.SetBytes(int64(len(s.Source)))
	for b.Loop() {
		if _, err := s.Parse(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse5MB parses a 5 MB document: the founding document's body
// repeated, with measures numbered on, so that the parse must complete.
func BenchmarkParse5MB(b *testing.B) {
	src := bigDocument(b, 5<<20)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := policy.Parse("big.txt", src, policy.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// bigDocument builds a well-formed document of at least n bytes.
func bigDocument(tb testing.TB, n int) []byte {
	s, _ := founding(tb)
	para := s.Source[bytes.Index(s.Source, []byte("积极创建")):]
	para = para[:bytes.IndexByte(para, '\n')]
	var buf bytes.Buffer
	buf.WriteString("关于测试的意见\n\n")
	for ch, m := 1, 1; buf.Len() < n; ch++ {
		buf.WriteString(hanChapter(ch) + "、第" + hanChapter(ch) + "章\n\n")
		for k := 0; k < 5; k, m = k+1, m+1 {
			buf.WriteString("（" + hanChapter(m) + "）措施。")
			buf.Write(para)
			buf.WriteString("\n\n")
		}
	}
	return buf.Bytes()
}

// hanChapter writes n < 10000 as a Chinese numeral.
func hanChapter(n int) string {
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	units := []string{"千", "百", "十", ""}
	div := []int{1000, 100, 10, 1}
	out, zero := "", false
	for i, d := range div {
		q := n / d % 10
		switch {
		case q == 0:
			zero = out != ""
		default:
			if zero {
				out += "零"
				zero = false
			}
			if !(q == 1 && d == 10 && out == "") {
				out += digits[q]
			}
			out += units[i]
		}
	}
	return out
}
