package policy_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"mingbai/generator/policy"
	"mingbai/generator/seed"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// founding parses the founding document with its errata.
func founding(t testing.TB) (*seed.Seed, *policy.Document) {
	t.Helper()
	return parseSeed(t, "../../seeds/liaoning-2024-8/source.txt")
}

// documents are the real documents we have: the founding seed and the corpus.
var documents = []struct {
	name     string
	path     string
	chapters int
	measures int // sections below the top level
	title    string
}{
	{"liaoning-2024-8", "../../seeds/liaoning-2024-8/source.txt", 7, 25, "关于培育新质生产力推动高质量发展的意见"},
	{"gov-work-report-2024", "testdata/gov-work-report-2024.txt", 3, 10, "政府工作报告"},
	{"miit-future-industries-2024", "testdata/miit-future-industries-2024.txt", 5, 6 + 16 + 4, "工业和信息化部等七部门关于推动未来产业创新发展的实施意见"},
	{"ndrc-tax-credit-notice-2019", "testdata/ndrc-tax-credit-notice-2019.txt", 5, 3 + 2 + 2 + 2, "关于加强个人所得税纳税信用建设的通知"},
	{"domestic-demand-strategy-2022-2035", "testdata/domestic-demand-strategy-2022-2035.txt", 11, 38, "扩大内需战略规划纲要（2022－2035年）"},
	{"no1-document-2023-rural-revitalization", "testdata/no1-document-2023-rural-revitalization.txt", 9, 33, "关于做好2023年全面推进乡村振兴重点工作的意见"},
	{"shanghai-expert-database-measures-2025", "testdata/shanghai-expert-database-measures-2025.txt", 6, 30 + 55, "上海市科技专家库管理办法"},
	{"shanghai-food-tech-plan-2026-2030", "testdata/shanghai-food-tech-plan-2026-2030.txt", 8, 20, "上海市加快食品科技创新赋能产业发展行动方案（2026—2030年）"},
	{"shanghai-g60-corridor-measures-2025", "testdata/shanghai-g60-corridor-measures-2025.txt", 4, 23, "关于支持长三角G60科创走廊策源地建设的若干措施"},
	{"state-council-digital-economy-report-2022", "testdata/state-council-digital-economy-report-2022.txt", 3, 14, "关于数字经济发展情况的报告"},
}

func parseSeed(t testing.TB, path string) (*seed.Seed, *policy.Document) {
	t.Helper()
	s, doc, err := seed.ParseFile(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return s, doc
}

func TestDocumentsGolden(t *testing.T) {
	for _, d := range documents {
		t.Run(d.name, func(t *testing.T) {
			s, doc := parseSeed(t, d.path)
			if got := len(doc.Sections); got != d.chapters {
				t.Errorf("top-level sections = %d, want %d", got, d.chapters)
			}
			n := 0
			doc.Walk(func(s *policy.Section) {
				if s.Level > 1 {
					n++
				}
			})
			if n != d.measures {
				t.Errorf("sections below the top level = %d, want %d", n, d.measures)
			}
			if doc.TitleText() != d.title {
				t.Errorf("title = %q, want %q", doc.TitleText(), d.title)
			}
			got, err := json.MarshalIndent(doc.JSON(d.name+".txt"), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			_ = s
			golden := filepath.Join("testdata", d.name+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("parse output differs from %s; run go test ./generator/policy -update and review the diff", golden)
			}
		})
	}
}

func TestFoundingDocument(t *testing.T) {
	_, doc := founding(t)
	if len(doc.Warnings) != 0 {
		for _, w := range doc.Warnings {
			t.Errorf("warning: %s", w.String())
		}
	}
	check := map[string]string{
		"masthead":  doc.Masthead[0].Text,
		"docNumber": doc.DocNumber.Text,
		"issuers":   doc.Issuers[0].Text + "|" + doc.Issuers[1].Text,
		"date":      doc.Date,
		"dateText":  doc.DateText.Text,
		"note":      doc.Notes[0].Text,
	}
	want := map[string]string{
		"masthead":  "中共辽宁省委文件",
		"docNumber": "辽委发〔2024〕8号",
		"issuers":   "中共辽宁省委|辽宁省人民政府",
		"date":      "2024-06-20",
		"dateText":  "(2024年6月20日)",
		"note":      "[此件发至县(市、区)]",
	}
	for k, v := range want {
		if check[k] != v {
			t.Errorf("%s = %q, want %q", k, check[k], v)
		}
	}
	var ids []string
	doc.Walk(func(s *policy.Section) { ids = append(ids, s.ID) })
	if got := strings.Join(ids, " "); !strings.HasPrefix(got, "c1 c2 m01 m02 m03 m04 c3 m05") || !strings.HasSuffix(got, "c7 m22 m23 m24 m25") {
		t.Errorf("IDs = %s", got)
	}
	m07 := doc.Section("m07")
	if m07 == nil || m07.Label != "（七）" || m07.Heading != "培育壮大新兴产业" || m07.HeadingPunct != "。" {
		t.Fatalf("m07 = %+v", m07)
	}
	joins, errata := 0, 0
	for _, r := range doc.Repairs {
		switch r.Kind {
		case policy.RepairJoin:
			joins++
		case policy.RepairErratum:
			errata++
		}
	}
	// Page breaks split the paragraphs at lines 17, 29, 37, 45, 51, 65, 71, 83 and 93.
	if joins != 9 || errata != 4 {
		t.Errorf("joins = %d, errata = %d; want 9 and 4", joins, errata)
	}
	// The split 兴/辽英才计划 is whole again, and the errata read 和.
	m21 := doc.Section("m21").Paragraphs[0].Text
	for _, s := range []string{"兴辽英才计划", "人才队伍建设和高技能", "创业和产才融合"} {
		if !strings.Contains(m21, s) {
			t.Errorf("m21 lacks %q", s)
		}
	}
	if m04 := doc.Section("m04").Paragraphs[0].Text; !strings.Contains(m04, "“高校院所+科技园区”") {
		t.Errorf("m04 = %s", m04)
	}
}

// TestLineEndingsAndEncodings: the CRLF notice parses the same as its LF
// copy, and a GB18030 copy of the founding document gives the same model.
func TestLineEndingsAndEncodings(t *testing.T) {
	crlf, err := os.ReadFile("testdata/ndrc-tax-credit-notice-2019.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(crlf, []byte("\r\n")) {
		t.Fatal("the corpus notice should have CRLF line endings")
	}
	lf := bytes.ReplaceAll(crlf, []byte("\r\n"), []byte("\n"))
	cr := bytes.ReplaceAll(crlf, []byte("\r\n"), []byte("\r"))
	want := mustJSON(t, "crlf", crlf, policy.Options{ID: "x"})
	if got := mustJSON(t, "lf", lf, policy.Options{ID: "x"}); got != want {
		t.Error("LF copy parses differently from the CRLF original")
	}
	if got := mustJSON(t, "cr", cr, policy.Options{ID: "x"}); got != want {
		t.Error("CR copy parses differently from the CRLF original")
	}

	s, _ := founding(t)
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(s.Source)
	if err != nil {
		t.Fatal(err)
	}
	u8 := mustDoc(t, "utf8", s.Source, s.Options())
	g := mustDoc(t, "gb", gb, s.Options())
	if g.Encoding != "GB18030" || len(g.Notices) != 1 {
		t.Errorf("GB18030 copy: encoding %q, notices %v", g.Encoding, g.Notices)
	}
	g.Encoding, g.Notices = u8.Encoding, u8.Notices
	if a, b := jsonOf(t, u8), jsonOf(t, g); a != b {
		t.Error("GB18030 model differs from the UTF-8 model")
	}
	bom := append([]byte{0xEF, 0xBB, 0xBF}, s.Source...)
	if a, b := jsonOf(t, u8), jsonOf(t, mustDoc(t, "bom", bom, s.Options())); a != b {
		t.Error("a UTF-8 BOM changes the model")
	}
}

func mustDoc(t *testing.T, name string, src []byte, opt policy.Options) *policy.Document {
	t.Helper()
	doc, err := policy.Parse(name, src, opt)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

func jsonOf(t *testing.T, doc *policy.Document) string {
	t.Helper()
	b, err := json.Marshal(doc.JSON("f"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func mustJSON(t *testing.T, name string, src []byte, opt policy.Options) string {
	return jsonOf(t, mustDoc(t, name, src, opt))
}

func TestBadInput(t *testing.T) {
	s, _ := founding(t)
	dupe := bytes.Replace(s.Source, []byte("(六) 改造升级"), []byte("(五) 改造升级"), 1)
	skip := bytes.Replace(s.Source, []byte("(六) 改造升级"), []byte("改造升级"), 1)
	quote := bytes.Replace(s.Source, []byte("“一网通办”效能"), []byte("“一网通办效能"), 1)
	for _, tc := range []struct {
		name    string
		src     []byte
		opt     policy.Options
		wantErr string // substring of the error; "" means the parse succeeds
		warn    string // substring of a warning when the parse succeeds
	}{
		{"empty", nil, policy.Options{}, "1:1: error: empty document", ""},
		{"whitespace", []byte(" \n\t\r\n　\n"), policy.Options{}, "1:1: error: document holds only white space", ""},
		{"nul", []byte("第一行\n第二\x00行"), policy.Options{}, "2:3: error: binary input: NUL byte", ""},
		{"invalid", []byte{0xE4, 0xB8, 0xAD, 0xFF, 0xFF, 0xFF}, policy.Options{}, "error: input is neither UTF-8 nor GB18030", ""},
		{"control", []byte("一、总体要求\n\x01\x02"), policy.Options{}, "2:1: error: binary input: control character U+0001", ""},
		{"duplicate", dupe, s.Options(), "37:1: error: duplicated number (五): （五） already used at 35:1", ""},
		{"skipped", skip, s.Options(), "", "41:1: warning: skipped number: （七） follows （五）"},
		{"unterminated quote", quote, s.Options(), "", "warning: unbalanced “: never closed"},
		{"erratum missing", s.Source, policy.Options{Errata: []policy.Erratum{{Find: "不存在的文字", Origin: "meta.toml"}}}, "erratum \"不存在的文字\" matches 0 times", ""},
		{"erratum twice", s.Source, policy.Options{Errata: []policy.Erratum{{Find: "新质生产力"}}}, "matches 8 times; it must match exactly once", ""},
		{"latin", []byte("一、总体要求\n\n加强人才 and 平台建设。\n"), policy.Options{}, "", "3:6: warning: Latin word \"and\" inside Chinese prose"},
		{"loose heading", []byte("一、总体要求\n\n1）加强组织领导。\n"), policy.Options{}, "", "3:1: warning: heading-like line not taken as a heading"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := policy.Parse("doc.txt", tc.src, tc.opt)
			if tc.wantErr != "" {
				var perr *policy.Error
				if !errors.As(err, &perr) {
					t.Fatalf("err = %v, want a *policy.Error", err)
				}
				// errors are reported where they are: the source, or the meta.toml of an erratum
				if !strings.Contains(err.Error(), tc.wantErr) || !strings.HasPrefix(err.Error(), "doc.txt:") && !strings.HasPrefix(err.Error(), "meta.toml:") {
					t.Fatalf("error:\n%s\nwant it to contain %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var ws []string
			for _, w := range doc.Warnings {
				ws = append(ws, w.String())
			}
			if !strings.Contains(strings.Join(ws, "\n"), tc.warn) {
				t.Errorf("warnings:\n%s\nwant one containing %q", strings.Join(ws, "\n"), tc.warn)
			}
		})
	}
}

// TestErrorQuotesSource: an error quotes its line with a caret under the
// span, placed by display width.
func TestErrorQuotesSource(t *testing.T) {
	src := "一、总体要求\n\n（一）第一项。\n\n（一）又是第一项。\n"
	_, err := policy.Parse("x.txt", []byte(src), policy.Options{})
	if err == nil {
		t.Fatal("duplicate number parsed without error")
	}
	want := "x.txt:5:1: error: duplicated number （一）: （一） already used at 3:1; check that the heading between them was recognised, or correct the numbering with an erratum in meta.toml\n    （一）又是第一项。\n    ^^^^^^"
	if err.Error() != want {
		t.Errorf("error =\n%s\nwant\n%s", err, want)
	}
}

func TestStructure(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      string // "ID label heading|punct #paragraphs" per section
	}{
		{"heading alone without stop", "一、总体要求\n正文第一段。\n二、主要任务\n（一）全面布局\n1.加强谋划。内容。\n2.提升能力。内容。\n（二）加快创新\n3.促进转化。内容。\n",
			"c1 一、 总体要求| 1;c2 二、 主要任务| 0;m01 （一） 全面布局| 0;i01 1. 加强谋划|。 1;i02 2. 提升能力|。 1;m02 （二） 加快创新| 0;i03 3. 促进转化|。 1"},
		{"restarting numbering", "一、甲\n（一）子一。内容。\n（二）子二。内容。\n二、乙\n（一）子三。内容。\n",
			"c1 一、 甲| 0;c1-m01 （一） 子一|。 1;c1-m02 （二） 子二|。 1;c2 二、 乙| 0;c2-m01 （一） 子三|。 1"},
		{"half-width and spaced brackets", "一、甲\n( 一 )子一。内容。\n（二）子二。\n(三)子三\n",
			"c1 一、 甲| 0;m01 （一） 子一|。 1;m02 （二） 子二|。 0;m03 （三） 子三| 0"},
		{"chapters and sections", "第一章 总则\n第一节 目的\n一、目标\n正文。\n第二节 原则\n一、原则\n正文。\n",
			"c1 第一章 总则| 0;s1 第一节 目的| 0;s1-i01 一、 目标| 1;s2 第二节 原则| 0;s2-i01 一、 原则| 1"},
		{"arabic sub-items", "一、甲\n（一）子。内容：\n（1）第一小项；\n（2）第二小项。\n",
			"c1 一、 甲| 0;m01 （一） 子|。 1;i01 （1） | 1;i02 （2） 第二小项|。 0"},
		{"decimal is not a heading", "一、甲\n增长\n\n1.5倍以上。\n",
			"c1 一、 甲| 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := policy.Parse("t.txt", []byte(tc.src), policy.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			doc.Walk(func(s *policy.Section) {
				got = append(got, strings.Join([]string{s.ID, s.Label, s.Heading + "|" + s.HeadingPunct, strconv.Itoa(len(s.Paragraphs))}, " "))
			})
			if g := strings.Join(got, ";"); g != tc.want {
				t.Errorf("got  %s\nwant %s", g, tc.want)
			}
		})
	}
}

func TestRepairs(t *testing.T) {
	src := "一、总体要求\n\n推动振兴发展的\n\n— 3 —\n\n重要讲话精神。\n"
	doc, err := policy.Parse("t.txt", []byte(src), policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pg := doc.Sections[0].Paragraphs[0]
	if pg.Text != "推动振兴发展的重要讲话精神。" {
		t.Errorf("paragraph = %q", pg.Text)
	}
	if p := pg.PosAt(7); p != (policy.Pos{Line: 7, Col: 1}) {
		t.Errorf("position of 重 = %v, want 7:1", p)
	}
	var kinds []string
	for _, r := range doc.Repairs {
		kinds = append(kinds, r.Kind+"@"+strconv.Itoa(r.Pos.Line))
	}
	if got := strings.Join(kinds, " "); got != "join@3 page-number@5" {
		t.Errorf("repairs = %s", got)
	}
}

func TestSentences(t *testing.T) {
	src := "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。坚持“稳中求进。以进促稳”的原则！好吗？"
	doc, err := policy.Parse("t.txt", []byte(src), policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pg := doc.Preamble[0]
	var got []string
	for i := range pg.Sentences {
		got = append(got, pg.Sentence(i))
	}
	want := "今年发展主要预期目标是：|国内生产总值增长5%左右；|城镇新增就业1200万人以上。|坚持“稳中求进。以进促稳”的原则！|好吗？"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("sentences\n got %s\nwant %s", g, want)
	}
}

func TestLeadInIsNotAddressees(t *testing.T) {
	doc, err := policy.Parse("t.txt", []byte("关于某事的意见\n为加快发展，现提出如下意见：\n一、总体要求\n正文。\n"), policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Addressees.Text != "" || len(doc.Preamble) != 1 {
		t.Errorf("addressees %q, preamble %d paragraphs", doc.Addressees.Text, len(doc.Preamble))
	}
	doc, err = policy.Parse("t.txt", []byte("关于某事的通知\n各市人民政府，省政府各部门：\n正文。\n"), policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Addressees.Text != "各市人民政府，省政府各部门：" {
		t.Errorf("addressees %q", doc.Addressees.Text)
	}
}

func TestDates(t *testing.T) {
	for src, want := range map[string]string{
		"关于某事的通知\n（2024年6月20日）\n正文。\n":          "2024-06-20",
		"关于某事的通知\n正文。\n某某省人民政府\n二〇二四年一月十八日\n":   "2024-01-18",
		"关于某事的通知\n正文。\n某某省人民政府\n二○一九年十二月三十一日\n": "2019-12-31",
	} {
		doc, err := policy.Parse("t.txt", []byte(src), policy.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Date != want {
			t.Errorf("%q: date %q, want %q", src, doc.Date, want)
		}
	}
}

func TestFrontAndBackMatter(t *testing.T) {
	_, doc := parseSeed(t, "testdata/miit-future-industries-2024.txt")
	if len(doc.Front) != 7 || !strings.HasPrefix(doc.Front[0].Text, "# ") {
		t.Errorf("front = %v", doc.Front)
	}
	if len(doc.Back) != 1 || !strings.HasPrefix(doc.Back[0].Text, "**更新时间**") {
		t.Errorf("back = %v", doc.Back)
	}
	if doc.DocNumber.Text != "工信部联科〔2024〕12号" || doc.Date != "2024-01-18" || len(doc.Issuers) != 7 {
		t.Errorf("docNumber %q date %q issuers %d", doc.DocNumber.Text, doc.Date, len(doc.Issuers))
	}
}
