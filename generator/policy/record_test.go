package policy_test

import (
	"strings"
	"testing"

	"mingbai/generator/policy"
)

// TestRecord reads passage records in the shapes laws print them, each
// checked against values read off the sample by a person.
func TestRecord(t *testing.T) {
	tests := []struct {
		name, src        string
		date, current    string
		issuers          string // joined with |
		number           string
		amendments       string // kind date|kind date
		effective, title string
	}{
		{"national law, two amendments over lines",
			"# 中华人民共和国某某法\n\n1994年7月5日 第八届全国人民代表大会常务委员会第八次会议通过\n根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正\n根据2018年12月29日第十三届全国人民代表大会常务委员会第七次会议《关于修改〈中华人民共和国劳动法〉等七部法律的决定》第二次修正\n\n<!-- INFO END -->\n\n## 第一章 总 则\n\n第一条 为了保护。\n",
			"1994-07-05", "2018-12-29", "全国人民代表大会常务委员会", "", "amended 2009-08-27|amended 2018-12-29", "", "中华人民共和国某某法"},
		{"bracketed, one line, local congress",
			"汕头市某某条例\n（2012年8月31日汕头市第十三届人民代表大会常务委员会第八次会议通过 根据2022年12月30日汕头市第十五届人民代表大会常务委员会第十次会议《关于修改〈汕头市某某条例〉的决定》修正）\n第一条 为了规范。\n",
			"2012-08-31", "2022-12-30", "汕头市人民代表大会常务委员会", "", "amended 2022-12-30", "", "汕头市某某条例"},
		{"administrative regulation by decree, then in force",
			"# 某某条例\n\n2019年3月2日 中华人民共和国国务院令第709号公布\n2019年5月1日 施行\n\n<!-- INFO END -->\n\n第一条 为了规范。\n",
			"2019-03-02", "2019-03-02", "中华人民共和国国务院", "中华人民共和国国务院令第709号", "", "2019-05-01", "某某条例"},
		{"rules by a department's order",
			"# 某某暂行规定\n\n1997年1月22日 国务院批准\n1997年4月10日 海关总署第61号令发布\n\n<!-- INFO END -->\n\n第一条 为了规范。\n",
			"1997-04-10", "1997-04-10", "海关总署", "海关总署第61号令", "", "", "某某暂行规定"},
		{"judicial interpretation",
			"# 最高人民法院关于某某问题的解释\n\n2020年12月23日 最高人民法院审判委员会第1823次会议通过\n\n<!-- INFO END -->\n\n第一条 为正确审理。\n",
			"2020-12-23", "2020-12-23", "最高人民法院审判委员会", "", "", "", "最高人民法院关于某某问题的解释"},
		{"a record cut before its verb",
			"# 中华人民共和国某某法\n\n2019年3月15日 第十三届全国人民代表大会第二次\n\n<!-- INFO END -->\n\n第一条 为了规范。\n",
			"2019-03-15", "2019-03-15", "全国人民代表大会", "", "", "", "中华人民共和国某某法"},
		{"revised by a provincial congress",
			"# 某省某某条例\n\n2010年7月30日 某省第十一届人民代表大会常务委员会第十六次会议通过\n2020年6月12日 某省第十三届人民代表大会常务委员会第二十次会议修订\n\n<!-- INFO END -->\n\n第一条 为了规范。\n",
			"2010-07-30", "2020-06-12", "某省人民代表大会常务委员会", "", "revised 2020-06-12", "", "某省某某条例"},
		{"a title wrapped where its next line starts like an article",
			"# 中华人民共和国某某法\n\n1982年11月19日 第五届全国人民代表大会常务委员会第二十五次会议通过\n\n1991年6月29日 第七届全国人民代表大会常务委员会第二十次会议《关于修改<中华人民共和国某某法>\n\n第三十一条的决定》第一次修正\n\n<!-- INFO END -->\n\n## 第一章 总 则\n\n第一条 为了规范。\n",
			"1982-11-19", "1991-06-29", "全国人民代表大会常务委员会", "", "amended 1991-06-29", "", "中华人民共和国某某法"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := policy.Parse("t.md", []byte(tt.src), policy.Options{RequireTitle: true})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Record == nil {
				t.Fatal("no record")
			}
			var am []string
			for _, e := range doc.Record.Amendments() {
				am = append(am, string(e.Kind)+" "+e.Date)
			}
			got := []string{doc.Date, doc.Record.Current(), strings.Join(doc.IssuerNames(), "|"), doc.NumberText(), strings.Join(am, "|"), doc.Effective, doc.TitleText()}
			want := []string{tt.date, tt.current, tt.issuers, tt.number, tt.amendments, tt.effective, tt.title}
			for i, name := range []string{"date", "current", "issuers", "number", "amendments", "effective", "title"} {
				if got[i] != want[i] {
					t.Errorf("%s = %q, want %q", name, got[i], want[i])
				}
			}
		})
	}
}

// TestAnyDocument checks, one sample each, the shapes of text an editor's
// next document may come in: what the parser must take as a header field,
// as front or back matter, or as structure.
func TestAnyDocument(t *testing.T) {
	parse := func(t *testing.T, src string) *policy.Document {
		t.Helper()
		doc, err := policy.Parse("t.txt", []byte(src), policy.Options{RequireTitle: true})
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	ids := func(doc *policy.Document) string {
		var out []string
		doc.Walk(func(s *policy.Section) { out = append(out, s.ID) })
		return strings.Join(out, " ")
	}
	t.Run("decree", func(t *testing.T) {
		doc := parse(t, "某市人民政府令\n（第19号）\n《某市某某办法》已经2019年7月30日市政府第60次常务会议通过，现予公布，自2019年8月20日起施行。\n市长　张三\n2019年8月12日\n某市某某办法\n第一条　（目的和依据）\n为了规范，制定本办法。\n第二条　本办法自公布之日起施行。\n")
		if doc.NumberText() != "某市人民政府令第19号" || doc.Effective != "2019-08-20" || doc.Date != "2019-08-12" || strings.Join(doc.IssuerNames(), "|") != "某市人民政府" || doc.Signer.Text != "市长　张三" {
			t.Errorf("number %q, effective %q, date %q, issuers %q, signer %q", doc.NumberText(), doc.Effective, doc.Date, doc.IssuerNames(), doc.Signer.Text)
		}
		if a := doc.Section("a1"); a == nil || a.Heading != "（目的和依据）" || len(a.Paragraphs) != 1 {
			t.Errorf("article 1 = %+v", a)
		}
	})
	t.Run("pkulaw copy, title twice, number in brackets", func(t *testing.T) {
		doc := parse(t, "    【法宝引证码】 CLI.12.1\r\n原文链接：https://www.pkulaw.com/lar/x.html\r\n某局关于印发某某办法的通知\r\n某局关于印发某某办法的通知\r\n（某办〔2022〕6号）\r\n各单位：\r\n现印发给你们。\r\n某局\r\n2022年3月23日\r\n某某办法\r\n第一条 为了规范。\r\n")
		if doc.NumberText() != "某办〔2022〕6号" || doc.TitleText() != "某某办法" || len(doc.Front) != 3 || doc.Inferred[policy.InferSourceURL].Text != "https://www.pkulaw.com/lar/x.html" {
			t.Errorf("number %q, title %q, front %v, url %q", doc.NumberText(), doc.TitleText(), doc.Front, doc.Inferred[policy.InferSourceURL].Text)
		}
	})
	t.Run("key-value header", func(t *testing.T) {
		doc := parse(t, "标题：2024年某省政府工作报告\n发文单位：某省人民政府\n发文时间：未知\n来源URL：https://www.example.gov.cn/a.html\n\n正文：\n\n――2024年1月21日在某省第十四届人民代表大会第二次会议上\n某省人民政府省长 张三\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、工作回顾\n过去的一年极不平凡。\n")
		if doc.TitleText() != "2024年某省政府工作报告" || doc.Date != "2024-01-21" || strings.Join(doc.IssuerNames(), "|") != "某省人民政府" || len(doc.Front) != 5 {
			t.Errorf("title %q, date %q, issuers %q, front %d", doc.TitleText(), doc.Date, doc.IssuerNames(), len(doc.Front))
		}
	})
	t.Run("body printed twice, site footer", func(t *testing.T) {
		body := "一、工作回顾\n过去的一年，我们坚持稳中求进工作总基调，经济运行回升向好，人民生活持续改善。\n（一）经济运行回升向好。全省生产总值增长5.5%，规模以上工业增加值增长6.9%。\n（二）救灾重建有力有效。去年我省遭遇特大暴雨洪灾，我们全力以赴抢险救灾。\n二、今年工作\n今年是实现十四五规划目标任务的关键一年，做好政府工作意义重大。\n（一）推动经济回升。坚持稳中求进，着力扩大有效需求，持续增强发展动能。\n"
		doc := parse(t, "2024年某省政府工作报告\n"+body+"网站地图\n冀ICP备06016263号-1\n版权所有：某省人民政府\n政府工作报告\n"+body+"版权所有：某省人民政府\n放弃\n")
		if ids(doc) != "c1 c1-m01 c1-m02 c2 c2-m01" || len(doc.Repeats) != 7 || len(doc.Warnings) == 0 || !strings.Contains(doc.Warnings[0].Msg, "text printed twice") {
			t.Errorf("ids %q, repeats %d, warnings %v, back %v", ids(doc), len(doc.Repeats), doc.Warnings, doc.Back)
		}
	})
	t.Run("table of contents", func(t *testing.T) {
		doc := parse(t, "# 某某条例\n\n<!-- INFO END -->\n\n## 第一章 总 则\n\n## 第二章 管理\n\n## 第三章 附 则\n\n## 第一章 总 则\n\n第一条 为了规范。\n\n## 第二章 管理\n\n第二条 应当管理。\n\n## 第三章 附 则\n\n第三条 本条例自公布之日起施行。\n")
		if ids(doc) != "c1 a1 c2 a2 c3 a3" || len(doc.Contents) != 3 {
			t.Errorf("ids %q, contents %v", ids(doc), doc.Contents)
		}
	})
	t.Run("chapter and article on one line, items per paragraph, inserted article", func(t *testing.T) {
		doc := parse(t, "某某办法\n　第一章　总则　　第一条 　为了规范，制定本办法。\n第二条 有下列情形之一的，予以处理：\n（一）甲；\n（二）乙。\n有下列情形之一的，从重处理：\n（一）丙；\n（二）丁。\n第二条之一 新增的条文。\n第二章　附则\n第三条 本办法自公布之日起施行。\n")
		if got := ids(doc); got != "c1 a1 a2 a2-i01 a2-i02 a2-p2-i01 a2-p2-i02 a2-1 c2 a3" {
			t.Errorf("ids = %q", got)
		}
	})
	t.Run("articles number on through chapters and sections at any depth", func(t *testing.T) {
		doc := parse(t, "某某法\n第一章 总则\n第一条 为了规范。\n第二条 适用范围。\n第二章 许可\n第一节 施工许可\n第三条 开工前申请。\n第二节 资质\n第四条 应当具备条件。\n第三章 附则\n第五条 自公布之日起施行。\n")
		if got := ids(doc); got != "c1 a1 a2 c2 c2-s1 a3 c2-s2 a4 c3 a5" {
			t.Errorf("ids = %q", got)
		}
		for _, w := range doc.Warnings {
			t.Errorf("warning on a law numbered without a gap: %s", w.String())
		}
	})
	t.Run("an article's items follow their paragraph in reading order", func(t *testing.T) {
		doc := parse(t, "某某办法\n第一条 有下列情形之一的，予以处理：\n（一）甲；\n（二）乙。\n有前款第（一）项情形的，从重处理：\n（一）丙；\n（二）丁。\n前款规定不适用于戊。\n第二条 本办法自公布之日起施行。\n")
		var got []string
		for _, st := range doc.Section("a1").Flow() {
			if st.Paragraph != nil {
				got = append(got, st.Paragraph.ID+" "+st.Paragraph.Text)
			} else {
				got = append(got, st.Section.ID+" "+st.Section.Heading+st.Section.Text()[0].Text)
			}
		}
		// Read off the text above: paragraph, its two items, paragraph, its two items, paragraph.
		want := "p1 有下列情形之一的，予以处理：|a1-i01 甲；|a1-i02 乙。|p2 有前款第（一）项情形的，从重处理：|a1-p2-i01 丙；|a1-p2-i02 丁。|p3 前款规定不适用于戊。"
		if strings.Join(got, "|") != want {
			t.Errorf("flow =\n%s\nwant\n%s", strings.Join(got, "|"), want)
		}
	})
	t.Run("a paragraph between （一） and （二） is the rest of （一）", func(t *testing.T) {
		doc := parse(t, "某某条例\n第一条 按照以下规定处理：\n(一)符合规定的，发给登记证书。\n特殊标志经核准登记后，予以公告。\n(二)申请文件不齐备的，通知补正。\n前款所列通知书，送达申请人。\n")
		a := doc.Section("a1")
		if got := ids(doc); got != "a1 a1-i01 a1-i02" || len(a.Sections[0].Paragraphs) != 2 || len(a.Tail) != 1 || len(doc.Warnings) != 0 {
			t.Errorf("ids %q, (一) has %d paragraphs, tail %d, warnings %v", got, len(a.Sections[0].Paragraphs), len(a.Tail), doc.Warnings)
		}
	})
	t.Run("a quotation over paragraphs opens each with “ and closes once", func(t *testing.T) {
		doc := parse(t, "关于修改某某法的决定\n一、将第十七条修改为：“已满十六周岁的人犯罪，应当负刑事责任。\n“已满十四周岁不满十六周岁的人，应当负刑事责任。”\n二、本决定自公布之日起施行。\n")
		if len(doc.Warnings) != 0 {
			t.Errorf("warnings %v", doc.Warnings)
		}
		doc = parse(t, "某某鉴定标准\n下列情形之一：\na)植物生存状态。\nb)四肢瘫（三肢以上肌力3级以下）。\n")
		if len(doc.Warnings) != 0 {
			t.Errorf("list markers a) b): warnings %v", doc.Warnings)
		}
		doc = parse(t, "关于某某的通知\n根据《“十四五\"数字经济发展规划》，坚持“政府引导、市场运作\"。\n")
		if len(doc.Warnings) != 0 {
			t.Errorf("a straight quote closing “: warnings %v", doc.Warnings)
		}
		doc = parse(t, "关于修改某某法的决定\n一、将第十七条修改为：“已满十六周岁的人犯罪，应当负刑事责任。\n二、本决定（草案自公布之日起施行。\n")
		var got []string
		for _, w := range doc.Warnings {
			got = append(got, w.String())
		}
		if want := "2:12: warning: unbalanced “: never closed|3:6: warning: unbalanced （: never closed"; strings.Join(got, "|") != want {
			t.Errorf("warnings\n%s\nwant\n%s", strings.Join(got, "|"), want)
		}
	})
	t.Run("1、 numbers items as 1. does, but not 1、2月份; 一． as 一、", func(t *testing.T) {
		doc := parse(t, "关于某某的通知\n一．保障措施\n1、加强组织领导。各地要高度重视。\n2、强化资金保障。安排资金\n1、2月份完成。\n")
		if got := ids(doc); got != "c1 m01 m02" || len(doc.Warnings) != 0 {
			t.Errorf("ids %q, warnings %v", got, doc.Warnings)
		}
	})
	t.Run("full-width digits", func(t *testing.T) {
		doc := parse(t, "某某办法\n第１条 为了规范：\n（１）甲；\n（2）乙。\n第２条 本办法自公布之日起施行。\n")
		if got := ids(doc); got != "a1 a1-i01 a1-i02 a2" {
			t.Errorf("ids = %q", got)
		}
	})
	t.Run("books and parts", func(t *testing.T) {
		doc := parse(t, "中华人民共和国某某法典\n第一编 总则\n第一章 基本规定\n第一条 为了规范。\n第二编 物权\n第一分编 通则\n第一章 一般规定\n第二条 本编调整。\n")
		if got := ids(doc); got != "bk1 bk1-c1 a1 bk2 sb1 bk2-sb1-c1 a2" && got != "bk1 bk1-c1 a1 bk2 bk2-sb1 bk2-sb1-c1 a2" {
			t.Errorf("ids = %q", got)
		}
	})
	t.Run("attachments are parts with their own IDs", func(t *testing.T) {
		doc := parse(t, "关于印发《甲办法》和《乙方案》的通知\n某办〔2025〕1号\n各单位：\n现将两个文件印发给你们。\n某办公室\n2025年1月2日\n附件1\n甲办法\n第一条 为了规范。\n第二条 本办法自公布之日起施行。\n附件2\n乙方案\n一、目标\n（一）总体目标。到2027年实现。\n附件3：申报表\n单位名称\n")
		if got := ids(doc); got != "a1 a2 x2 x2-c1 x2-c1-m01 x3" && got != "a1 a2 x2 x2-c1 x2-m01 x3" {
			t.Errorf("ids = %q", got)
		}
		if x := doc.Section("x2"); x == nil || x.Heading != "乙方案" {
			t.Errorf("x2 = %+v", x)
		}
	})
	t.Run("draft for comment", func(t *testing.T) {
		doc := parse(t, "关于某某的通知（征求意见稿）\n各单位：\n现通知如下。\n")
		if doc.Status != policy.StatusDraft {
			t.Errorf("status = %q", doc.Status)
		}
	})
	t.Run("unnumbered heading is not joined", func(t *testing.T) {
		doc := parse(t, "2023年某市政府工作报告\n2022年政府工作回顾\n刚刚过去的一年，是党和国家历史上极为重要的一年，我们坚定信心。\n")
		if len(doc.Preamble) != 2 || doc.Preamble[0].Kind != policy.KindSubhead {
			t.Errorf("preamble = %+v", doc.Preamble)
		}
	})
	t.Run("speech", func(t *testing.T) {
		doc := parse(t, "张三同志在全省优化营商环境大会上的讲话\n（2023年2月1日）\n同志们，朋友们：\n今天我们召开大会。\n一、认清形势\n（一）形势逼人。\n同志们！\n让我们共同努力。\n")
		if doc.Inferred[policy.InferSpeaker].Text != "张三" || doc.Inferred[policy.InferOccasion].Text != "全省优化营商环境大会" || doc.Date != "2023-02-01" || doc.Addressees.Text != "同志们，朋友们：" || len(doc.Epilogue) != 2 {
			t.Errorf("speaker %q, occasion %q, date %q, addressees %q, epilogue %d", doc.Inferred[policy.InferSpeaker].Text, doc.Inferred[policy.InferOccasion].Text, doc.Date, doc.Addressees.Text, len(doc.Epilogue))
		}
	})
	t.Run("PDF page numbers and running headers", func(t *testing.T) {
		page := "某某省人民政府办公厅文件\n"
		doc := parse(t, "关于某某工作的通知\n各市人民政府：\n为了做好某某工作，现就有关事项通知如下。\n"+page+"— 1 —\n一、总体要求\n坚持稳中求进。\n"+page+"— 2 —\n二、主要任务\n做好各项工作。\n"+page+"— 3 —\n三、保障措施\n加强组织领导。\n")
		kinds := map[string]int{}
		for _, r := range doc.Repairs {
			kinds[r.Kind]++
		}
		if kinds[policy.RepairPageNumber] != 3 || kinds[policy.RepairHeader] != 3 || ids(doc) != "c1 c2 c3" {
			t.Errorf("repairs %v, ids %q", kinds, ids(doc))
		}
	})
	t.Run("site menu before the text", func(t *testing.T) {
		doc := parse(t, "首页\n>>\n政府信息公开\n>>\n通知公告\n关于某某工作的通知\n各单位：\n现就有关事项通知如下。\n")
		if len(doc.Front) != 5 || doc.TitleText() != "关于某某工作的通知" {
			t.Errorf("front %v, title %q", doc.Front, doc.TitleText())
		}
	})
	t.Run("a reference to items is not an item", func(t *testing.T) {
		doc := parse(t, "某某办法\n第一条 下列人员准予登记：\n（一）甲；\n（二）乙；\n（三）丙。\n（一）至（三）项所列人员，应当登记。\n第二条 本办法自公布之日起施行。\n")
		if got := ids(doc); got != "a1 a1-i01 a1-i02 a1-i03 a2" {
			t.Errorf("ids = %q", got)
		}
		doc = parse(t, "某某条例\n第一条 审查下列事项：\n(一)项目建议书提出的项目建设的必要性；\n(二)可行性研究报告。\n第二条 工作安排如下：\n（一）目标任务。到2025年，基本建成。\n（二）项的规定。\n")
		if got := ids(doc); got != "a1 a1-i01 a1-i02 a2 a2-i01" {
			t.Errorf("项目 and 目标 start items: ids = %q", got)
		}
	})
	t.Run("contents on one line, numbers with their full stop in one character", func(t *testing.T) {
		doc := parse(t, "# 某某条例\n\n<!-- INFO END -->\n\n## 第一章 总则 第二章 附则\n\n## 第一章 总 则\n\n第一条 下列案件：\n⒈甲案；\n⒉乙案。\n\n## 第二章 附 则\n\n第二条 本条例自公布之日起施行。\n")
		if got := ids(doc); got != "c1 a1 a1-i01 a1-i02 c2 a2" || len(doc.Contents) != 1 {
			t.Errorf("ids %q, contents %v", got, doc.Contents)
		}
	})
}
