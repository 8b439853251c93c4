package policy_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"mingbai/generator/policy"
)

// TestGenres checks the header fields and the structure of every real
// document we have against values read off the text by a person, not
// written by the code: title, issuers, date, number, genre, the cover
// notice of a transmittal, and how many parts, measures or articles each
// has.
func TestGenres(t *testing.T) {
	tests := []struct {
		file, title string
		issuers     []string
		date, num   string
		genre       policy.Genre
		cover       string         // the transmittal notice's title, "" when none
		styles      map[string]int // sections by numbering style
	}{
		{"../../seeds/liaoning-2024-8/source.txt", "关于培育新质生产力推动高质量发展的意见",
			[]string{"中共辽宁省委", "辽宁省人民政府"}, "2024-06-20", "辽委发〔2024〕8号", policy.GenreOpinions, "",
			map[string]int{"han": 7, "paren-han": 25}},
		{"gov-work-report-2024.txt", "政府工作报告",
			[]string{"国务院总理 李强"}, "2024-03-05", "", policy.GenreReport, "",
			map[string]int{"han": 3, "paren-han": 10}},
		{"miit-future-industries-2024.txt", "工业和信息化部等七部门关于推动未来产业创新发展的实施意见",
			[]string{"工业和信息化部", "教育部", "科学技术部", "交通运输部", "文化和旅游部", "国务院国有资产监督管理委员会", "中国科学院"},
			"2024-01-18", "工信部联科〔2024〕12号", policy.GenreOpinions, "",
			map[string]int{"han": 5, "paren-han": 10, "arabic": 16}},
		{"ndrc-tax-credit-notice-2019.txt", "关于加强个人所得税纳税信用建设的通知",
			[]string{"国家发展改革委办公厅", "税务总局办公厅"}, "2019-08-20", "发改办财金规〔2019〕860号", policy.GenreNotice, "",
			map[string]int{"han": 5, "paren-han": 9}},
		{"no1-document-2023-rural-revitalization.txt", "关于做好2023年全面推进乡村振兴重点工作的意见",
			[]string{"中共中央", "国务院"}, "2023-01-02", "", policy.GenreOpinions, "",
			map[string]int{"han": 9, "paren-han": 33}},
		{"shanghai-expert-database-measures-2025.txt", "上海市科技专家库管理办法",
			[]string{"上海市科学技术委员会"}, "2025-07-28", "沪科规〔2025〕5号", policy.GenreRegulation,
			"关于印发《上海市科技专家库管理办法》的通知",
			map[string]int{"chapter": 6, "article": 30, "paren-han": 55}},
		{"shanghai-food-tech-plan-2026-2030.txt", "上海市加快食品科技创新赋能产业发展行动方案（2026—2030年）",
			[]string{"上海市科学技术委员会", "上海市经济和信息化委员会", "上海市商务委员会", "上海市农业农村委员会", "上海市卫生健康委员会", "上海市市场监督管理局"},
			"2025-12-22", "沪科合〔2025〕42号", policy.GenrePlan,
			"关于印发《上海市加快食品科技创新赋能产业发展行动方案（2026—2030年）》的通知",
			map[string]int{"han": 8, "arabic": 20}},
		{"shanghai-g60-corridor-measures-2025.txt", "关于支持长三角G60科创走廊策源地建设的若干措施",
			[]string{"上海市人民政府办公厅"}, "2025-12-02", "沪府办规〔2025〕15号", policy.GenreMeasures,
			"上海市人民政府办公厅印发《关于支持长三角G60科创走廊策源地建设的若干措施》的通知",
			map[string]int{"han": 4, "paren-han": 23}},
		{"state-council-digital-economy-report-2022.txt", "关于数字经济发展情况的报告",
			[]string{"国务院"}, "2022-10-28", "", policy.GenreReport, "",
			map[string]int{"han": 3, "paren-han": 14}},
		{"domestic-demand-strategy-2022-2035.txt", "扩大内需战略规划纲要（2022－2035年）",
			[]string{"中共中央", "国务院"}, "2022-12-14", "", policy.GenrePlan, "",
			map[string]int{"han": 11, "paren-han": 38}},
		// Web and pkulaw copies, a decree and regulations: the values of
		// the issue that asked for them, and counts of the labels that
		// start lines, read with grep.
		{"hebei-gov-work-report-2024.txt", "2024年河北省政府工作报告",
			[]string{"河北省人民政府"}, "2024-01-21", "", policy.GenreReport, "",
			map[string]int{"han": 2, "paren-han": 14}},
		{"baoding-gov-work-report-2023.txt", "2023年保定市政府工作报告",
			[]string{"保定市人民政府"}, "2023-01-30", "", policy.GenreReport, "",
			map[string]int{"paren-han": 10}},
		{"beijing-digital-economy-notice-2023-pkulaw.txt", "关于推进北京市数据专区建设的指导意见",
			[]string{"北京市经济和信息化局"}, "2022-11-21", "京经信发〔2022〕87号", policy.GenreOpinions,
			"北京市经济和信息化局印发《关于推进北京市数据专区建设的指导意见》的通知",
			map[string]int{"han": 8, "paren-han": 23}},
		{"anhui-opening-up-measures-pkulaw.txt", "安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则扎实推进高水平开放实施意见",
			[]string{"安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室"}, "2022-03-23", "皖开放办〔2022〕6号", policy.GenreOpinions,
			"关于印发安徽省关于加快对接区域全面经济伙伴关系协定（RCEP）经贸新规则扎实推进高水平开放实施意见的通知",
			map[string]int{"han": 3, "paren-han": 7, "arabic": 24}},
		{"aba-government-data-measures-pkulaw.txt", "阿坝州政务数据资源管理暂行办法",
			[]string{"阿坝州人民政府办公室"}, "2021-10-11", "阿府办发〔2021〕21号", policy.GenreRegulation,
			"关于印发《阿坝州政务数据资源管理暂行办法》的通知",
			map[string]int{"chapter": 9, "article": 49, "paren-han": 17}},
		{"lingang-new-area-management-measures-pkulaw.txt", "中国（上海）自由贸易试验区临港新片区管理办法",
			[]string{"上海市人民政府"}, "2019-08-12", "上海市人民政府令第19号", policy.GenreRegulation, "上海市人民政府令（第19号）",
			map[string]int{"chapter": 11, "article": 49, "paren-han": 7}},
		{"guangdong-public-data-measures-pkulaw.txt", "广东省公共数据管理办法",
			[]string{"广东省人民政府"}, "2021-10-18", "广东省人民政府令第290号", policy.GenreRegulation, "广东省人民政府令（第290号）",
			map[string]int{"chapter": 12, "article": 57, "paren-han": 46}},
	}
	for _, tc := range tests {
		name := strings.TrimSuffix(filepath.Base(tc.file), ".txt")
		t.Run(name, func(t *testing.T) {
			path := tc.file
			if !strings.Contains(path, "/") {
				path = filepath.Join("testdata", path)
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := policy.Parse(name, src, policy.Options{RequireTitle: true})
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.TitleText(); got != tc.title {
				t.Errorf("title = %q, want %q", got, tc.title)
			}
			var issuers []string
			for _, s := range doc.IssuerNames() {
				issuers = append(issuers, strings.Join(strings.Fields(s), " "))
			}
			if !slices.Equal(issuers, tc.issuers) {
				t.Errorf("issuers = %q, want %q", issuers, tc.issuers)
			}
			if doc.Date != tc.date || doc.NumberText() != tc.num || doc.Genre != tc.genre {
				t.Errorf("date, number, genre = %s, %q, %s; want %s, %q, %s", doc.Date, doc.NumberText(), doc.Genre, tc.date, tc.num, tc.genre)
			}
			cover := ""
			if doc.Cover != nil {
				cover = doc.Cover.TitleText(doc)
			}
			if cover != tc.cover {
				t.Errorf("cover notice = %q, want %q", cover, tc.cover)
			}
			styles := map[string]int{}
			doc.Walk(func(s *policy.Section) { styles[s.Style.String()]++ })
			for k, n := range tc.styles {
				if styles[k] != n {
					t.Errorf("%s sections = %d, want %d (all: %v)", k, styles[k], n, styles)
				}
			}
			if len(styles) != len(tc.styles) {
				t.Errorf("styles = %v, want only %v", styles, tc.styles)
			}
		})
	}
}

// TestGenreGrammar checks genres on documents composed for the test, in
// shapes the corpus does not have: a printed transmittal title with an 附件
// line and a title split over two lines, a regulation without chapters,
// several signatories on one line, and a document without a title.
func TestGenreGrammar(t *testing.T) {
	parse := func(t *testing.T, src string, opt policy.Options) *policy.Document {
		t.Helper()
		doc, err := policy.Parse("t.txt", []byte(src), opt)
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	t.Run("printed transmittal", func(t *testing.T) {
		doc := parse(t, "国务院办公厅关于印发《某某产业高质量发展三年行动计划（2024-2026年）》的通知\n国办发〔2024〕9号\n各省、自治区、直辖市人民政府：\n《某某产业高质量发展三年行动计划（2024-2026年）》已经国务院同意，现印发给你们，请认真贯彻执行。\n国务院办公厅\n2024年3月1日\n附件\n某某产业高质量发展三年行动计划\n（2024-2026年）\n为推动某某产业高质量发展，制定本行动计划。\n一、总体要求\n（一）指导思想。坚持稳中求进。\n二、重点任务\n（一）加强创新。加快突破关键技术。\n", policy.Options{})
		if got := doc.TitleText(); got != "某某产业高质量发展三年行动计划（2024-2026年）" {
			t.Errorf("title = %q", got)
		}
		if doc.Cover == nil || doc.Cover.TitleText(doc) != "关于印发《某某产业高质量发展三年行动计划（2024-2026年）》的通知" || doc.Cover.Attachment.Text != "附件" || len(doc.Cover.Paragraphs) != 1 {
			t.Fatalf("cover = %+v", doc.Cover)
		}
		if doc.Cover.Addressees.Text != "各省、自治区、直辖市人民政府：" || doc.Cover.Paragraphs[0].ID != "p1" {
			t.Errorf("cover addressees %q, paragraph %q", doc.Cover.Addressees.Text, doc.Cover.Paragraphs[0].ID)
		}
		if doc.DocNumber.Text != "国办发〔2024〕9号" || doc.Date != "2024-03-01" || !slices.Equal(doc.IssuerNames(), []string{"国务院办公厅"}) || doc.Genre != policy.GenrePlan {
			t.Errorf("number %q, date %s, issuers %q, genre %s", doc.DocNumber.Text, doc.Date, doc.IssuerNames(), doc.Genre)
		}
		if len(doc.Preamble) != 1 || len(doc.Sections) != 2 || doc.Sections[1].Sections[0].ID != "c2-m01" {
			t.Errorf("preamble %d, sections %d", len(doc.Preamble), len(doc.Sections))
		}
	})
	t.Run("regulation without chapters", func(t *testing.T) {
		doc := parse(t, "某某市数据条例\n第一条 为了规范数据处理活动，制定本条例。\n第二条 有下列情形之一的，依法处理：\n（一）未经同意收集数据的；\n（二）泄露数据的。\n有前款情形的，由有关部门责令改正。\n第三条 本条例自2025年1月1日起施行。\n", policy.Options{})
		if doc.Genre != policy.GenreRegulation || len(doc.Sections) != 3 {
			t.Fatalf("genre %s, %d sections", doc.Genre, len(doc.Sections))
		}
		a2 := doc.Section("a2")
		if a2 == nil || a2.Heading != "" || len(a2.Paragraphs) != 1 || len(a2.Sections) != 2 || len(a2.Tail) != 1 {
			t.Fatalf("a2 = %+v", a2)
		}
		if a2.Sections[1].ID != "a2-i02" || a2.Tail[0].ID != "p2" || a2.Tail[0].Text != "有前款情形的，由有关部门责令改正。" {
			t.Errorf("clause %s, tail %s %q", a2.Sections[1].ID, a2.Tail[0].ID, a2.Tail[0].Text)
		}
	})
	t.Run("several signatories on a line", func(t *testing.T) {
		doc := parse(t, "关于某事的通知\n各有关单位：\n现就有关事项通知如下。\n国家发展改革委  财政部  人民银行\n2024年5月6日\n", policy.Options{})
		if want := []string{"国家发展改革委", "财政部", "人民银行"}; !slices.Equal(doc.IssuerNames(), want) {
			t.Errorf("issuers = %q, want %q", doc.IssuerNames(), want)
		}
	})
	t.Run("no title", func(t *testing.T) {
		src := []byte("一、总体要求\n正文。\n")
		_, err := policy.Parse("t.txt", src, policy.Options{RequireTitle: true})
		if err == nil || !strings.Contains(err.Error(), `t.txt:1:1: error: no title found: line 1 ("一、总体要求") is not a title`) || !strings.Contains(err.Error(), "meta.toml") {
			t.Fatalf("err = %v", err)
		}
		doc := parse(t, string(src), policy.Options{RequireTitle: true, Title: "关于某事的意见"})
		if doc.TitleText() != "关于某事的意见" || doc.Inferred[policy.InferTitle].From != "meta.toml" || doc.Genre != policy.GenreOpinions {
			t.Errorf("title %q from %q", doc.TitleText(), doc.Inferred[policy.InferTitle].From)
		}
	})
}
