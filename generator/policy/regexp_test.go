package policy

import (
	"regexp"
	"testing"
)

// TestPatterns checks each named pattern of the header, the genres and the
// web-copy markup on lines it must and must not match, written by hand.
func TestPatterns(t *testing.T) {
	tests := []struct {
		name      string
		re        *regexp.Regexp
		match, no []string
	}{
		{"articleRE", articleRE, []string{"第一条 为加快建设", "第三十条\u00a0本办法自2025年9月1日起施行", "第12条 专家库"}, []string{"第一章 总则", "第一批试点"}},
		{"datelineRE", datelineRE, []string{"新华社北京2月13日电", "新华社北京12月14日电 近日，中共中央", "新华社北京3月5日电（记者 王立彬）"}, []string{"2023年2月13日", "北京市人民政府"}},
		{"subtitleRE", subtitleRE, []string{"——2022年10月28日在第十三届全国人民代表大会常务委员会第三十七次会议上", "——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强"}, []string{"——经济总体回升向好。", "——2024年工作总体部署"}},
		{"speakerRE", speakerRE, []string{"国家发展和改革委员会主任 何立峰", "国务院总理\u2002李强", "商务部部长 王文涛"}, []string{"国家发展改革委办公厅", "各位代表："}},
		{"captionRE", captionRE, []string{"新华社记者 李响 摄", "（新华社记者 王晔 摄）"}, []string{"新华社北京2月13日电", "记者从会上获悉，全年摄入量下降。"}},
		{"announceRE", announceRE, []string{"近日，中共中央、国务院印发了《扩大内需战略规划纲要（2022－2035年）》，并发出通知"}, []string{"《扩大内需战略规划纲要》主要内容如下。"}},
		{"contentsRE", contentsRE, []string{"《扩大内需战略规划纲要（2022－2035年）》主要内容如下。", "《关于某事的意见》全文如下："}, []string{"贯彻落实《中华人民共和国个人所得税法》及其实施条例"}},
		{"transmittalRE", transmittalRE, []string{"关于印发《上海市科技专家库管理办法》的通知", "上海市人民政府办公厅印发《关于支持长三角G60科创走廊策源地建设的若干措施》的通知", "国务院办公厅转发国家发展改革委《关于促进消费的意见》的通知"}, []string{"关于加强个人所得税纳税信用建设的通知", "关于印发《X》的通知的补充说明"}},
		{"attachmentRE", attachmentRE, []string{"附件", "附件：", "附件1", "附 件:"}, []string{"附件：上海市科技专家库管理办法", "附件是本通知的组成部分。"}},
		{"titleYearsRE", titleYearsRE, []string{"（2024-2026年）", "（2026—2030年）", "(2022-2035)"}, []string{"（2024年6月20日）", "（一）"}},
		{"scraperRE", scraperRE, []string{"# 关于印发《X》的通知", "**发布日期**: 2025-07-28", "- **来源**: https://www.gov.cn/", "---", "**分类**: "}, []string{"**一、工作目标**", "一、总体要求", "——经济总体回升向好。"}},
		{"scraperKeyRE", scraperKeyRE, []string{"### 发布日期", "## 原文链接"}, []string{"## 政策全文", "# 关于印发《X》的通知"}},
		{"backRE", backRE, []string{"【原文下载】", "- [关于印发《X》的通知.pdf](/cmsres/55/x.pdf )", "* [附件.docx](http://example.org/a.docx)"}, []string{"【典型案例】上海市某区探索建立了新机制，取得良好成效。", "- 坚持问题导向"}},
		{"headingMarkRE", headingMarkRE, []string{"## 第二章 专家入库", "# 一、总体要求"}, []string{"#5G网络", "一、总体要求"}},
		{"issuerRE", issuerRE, []string{"中共中央", "国务院", "上海市科学技术委员会", "上海市市场监督管理局", "国家发展改革委办公厅"}, []string{"特此通知。", "各有关单位："}},
		{"issuerListRE", issuerListRE, []string{"中共中央、国务院", "国家发展改革委、财政部、人民银行"}, []string{"近日，中共中央", "各地区各部门"}},
	}
	for _, tc := range tests {
		for _, s := range tc.match {
			if !tc.re.MatchString(s) {
				t.Errorf("%s does not match %q", tc.name, s)
			}
		}
		for _, s := range tc.no {
			if tc.re.MatchString(s) {
				t.Errorf("%s matches %q", tc.name, s)
			}
		}
	}
}

// TestGenreOf checks the genre read from a title's last words.
func TestGenreOf(t *testing.T) {
	for title, want := range map[string]Genre{
		"上海市科技专家库管理办法":                  GenreRegulation,
		"中华人民共和国个人所得税法实施条例":             GenreRegulation,
		"上海市某某管理暂行办法（试行）":               GenreRegulation,
		"关于培育新质生产力推动高质量发展的意见":           GenreOpinions,
		"扩大内需战略规划纲要（2022－2035年）":        GenrePlan,
		"上海市某产业高质量发展三年行动计划（2024-2026年）": GenrePlan,
		"关于支持长三角G60科创走廊策源地建设的若干措施":      GenreMeasures,
		"政府工作报告": GenreReport,
		"关于加强个人所得税纳税信用建设的通知": GenreNotice,
		"中共中央关于进一步全面深化改革的决定": GenreDecision,
		"光明日报评论员文章":          GenreOther,
	} {
		if got := genreOf(title); got != want {
			t.Errorf("genreOf(%q) = %s, want %s", title, got, want)
		}
	}
}
