package targets

import (
	"strings"
	"testing"
)

// TestVerbRules covers each family of the verb-centred rules with the
// composed examples of issue 22, and a past result of the same shape that
// must stay out. The document date is 2024-06-20.
func TestVerbRules(t *testing.T) {
	tests := []struct {
		rule, text string
		want       []string // targetString of each target, in order
	}{
		{RuleVerbObject, "到2027年，新增省级重点实验室20个以上。", []string{"新增省级重点实验室|count|>=|20|个|2027-2027"}},
		{RuleVerbObject, "到2027年，新增设施农业面积50万亩以上。", []string{"新增设施农业面积|level|>=|50|万亩|2027-2027"}},
		{RuleVerbObject, "改造棚户区4.9万套，新改扩建学校27所。", []string{"棚户区|count|=|4.9|万套|", "学校|count|=|27|所|"}},
		{RuleTimeFrame, "五年来累计新增省级重点实验室20个。", nil},
		{RuleTimeFrame, "2023年新增设施农业面积50万亩。", nil},

		{RuleClassifier, "到2027年，培育10家以上链主企业。", []string{"链主企业|count|>=|10|家|2027-2027"}},
		{RuleClassifier, "到2027年，推出3款以上国产创新药。", []string{"国产创新药|count|>=|3|款|2027-2027"}},
		{RuleTimeFrame, "2023年培育10家链主企业。", nil},

		{RuleCapacity, "到2027年，形成年产100万吨的生产能力。", []string{"年产生产能力|level|=|100|万吨|2027-2027"}},
		{RuleCapacity, "到2027年，达到年产30套的能力。", []string{"年产能力|level|=|30|套|2027-2027"}},
		{RuleTimeFrame, "2023年形成年产100万吨的生产能力。", nil},

		{RuleFraction, "今年审批时限再压缩一半。", []string{"审批时限|reduction|=|0.5||2024-2024"}},
		{RuleFraction, "到2025年，办理时间缩短三分之一。", []string{"办理时间|reduction|=|1/3||2025-2025"}},
		{RuleTimeFrame, "过去五年，办理时间缩短三分之一。", nil},

		{RuleCompound, "全年为企业减负2000多亿元。", []string{"为企业减负|level|>|2000|亿元|"}},
		{RuleCompound, "今年降费让利1000亿元以上。", []string{"降费让利|level|>=|1000|亿元|2024-2024"}},
		{RuleTimeFrame, "2023年为企业减负2000多亿元。", nil},

		{RuleTimeLimit, "到2025年，30分钟内到达现场。", []string{"到达现场|duration|<=|30|分钟|2025-2025"}},
		{RuleTimeLimit, "3个工作日内办结。", []string{"办结|duration|<=|3|个工作日|"}},
		{RuleTimeLimit, "其他政务部门应当自收到申请之日起7个工作日内答复。", []string{"其他政务部门答复|duration|<=|7|个工作日|"}},
		{RuleTimeLimit, "对符合放行条件的货物48小时内放行。", []string{"货物放行|duration|<=|48|小时|"}},
		{RuleTimeLimit, "政务部门应当在3个工作日内将更新后的目录，报送主管部门。", []string{"政务部门报送主管部门|duration|<=|3|个工作日|"}},
		{RuleTimeFrame, "2023年实现3个工作日内办结。", nil},
		{RuleQualifier, "对3日内受理的申请予以公示。", nil},

		{RulePlanCount, "推动5个以上项目落地。", []string{"项目落地|count|>=|5|个|"}},
		{RuleClassifier, "到2027年，打造2至3个千亿级集群。", []string{"千亿级集群|count|=|2-3|个|2027-2027"}},
		{RulePlanCount, "抓好7个省级重点承接平台建设。", []string{"省级重点承接平台建设|count|=|7|个|"}},
		{RulePlanCount, "续建东二环、北三环等12条道路。", []string{"道路|count|=|12|条|"}},
		{RuleList, "推进8个国家级、4个省级区域医疗中心建设。", []string{"国家级区域医疗中心建设|count|=|8|个|", "省级区域医疗中心建设|count|=|4|个|"}},
		{RuleClassifier, "每年至少培育10家领军企业。", []string{"领军企业|count|>=|10|家|"}},
		{RulePlanCount, "确保今年入冬前2.16万户灾损农房新建任务全面完成。", []string{"灾损农房新建任务全面完成|count|=|2.16|万户|2024-2024"}},
		{RuleTimeFrame, "2023年推动5个项目落地。", nil},
		{RuleTimeFrame, "2023年2.16万户灾损农房新建任务全面完成。", nil},
		{RuleQualifier, "对推动2个以上企业上市的园区给予奖励。", nil},
		{RuleQualifier, "扎实推动七个一体化。", nil},

		{RulePeriod, "一次性给予2年以上的外国人来华工作许可。", []string{"外国人来华工作许可|duration|>=|2|年|"}},
		{RuleList, "新建重点实验室10家、技术创新中心18家。", []string{"重点实验室|count|=|10|家|", "技术创新中心|count|=|18|家|"}},
		{RuleList, "确保粮食播种面积和产量保持在1000万亩、400万吨以上。", []string{"粮食播种面积|level|>=|1000|万亩|", "产量|level|>=|400|万吨|"}},
		{RuleTimeFrame, "2022年粮食播种面积和产量保持在1000万亩、400万吨以上。", nil},
		{RuleList, "到2024年，全省与其他国家货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%。",
			[]string{"全省与其他国家货物贸易占比|share|=|30|%|2024-2024", "对外投资占比|share|=|20|%|2024-2024", "实际利用外资占比|share|=|10|%|2024-2024"}},
		{RuleQualifier, "建设百万亩文冠果种植示范区。", nil},
		{RuleTrap, "推动京雄高速二期工程实施。", nil},
		{RuleRuleLimit, "延长期限不超过7个工作日。", nil},
	}
	for _, tt := range tests {
		res := Extract(docOf("2024-06-20", "", tt.text))
		var got []string
		for _, x := range res.Targets {
			got = append(got, targetString(x))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: %s\n got %q\nwant %q\n%s", tt.rule, tt.text, got, tt.want, classString(res.Figures))
		}
		// the figure the example is about names the rule: the last one that
		// is not part of a time frame
		var rule string
		for _, f := range res.Figures {
			if f.Rule != RuleTimeFrame || f.Class != ClassTrap {
				rule = f.Rule
			}
		}
		if rule != tt.rule {
			t.Errorf("%s: the rule is %q, want %q (%s)", tt.text, rule, tt.rule, classString(res.Figures))
		}
	}
}

// TestOpeningCarries: the heading of an unnumbered part, or a paragraph that
// opens in the past, makes the paragraphs after it past until a forward
// part or opening; a forward opening is not carried.
func TestOpeningCarries(t *testing.T) {
	for _, tt := range []struct {
		paras []string
		want  []string
	}{
		{[]string{"2022年政府工作回顾", "1月30日，市长说，刚刚过去的一年极不平凡。", "一是经济运行稳中向好。全市生产总值增长3.8%。", "2023年主要工作", "生产总值增长7%左右。"},
			[]string{"生产总值|growth|~|7|%|2023-2023"}},
		{[]string{"过去的一年，我们攻坚克难。", "一是经济运行稳中向好。全市生产总值增长3.8%。", "阔步迈上新征程", "新建口袋公园100个。"},
			[]string{"口袋公园|count|=|100|个|"}},
		{[]string{"到2025年，全省研发人员达到5000人。", "全市生产总值增长3.8%。"},
			[]string{"全省研发人员|level|=|5000|人|2025-2025", "全市生产总值|growth|=|3.8|%|2025-2025"}},
	} {
		var got []string
		for _, x := range Extract(docOf("2023-01-30", "", tt.paras...)).Targets {
			got = append(got, targetString(x))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q\n got %q\nwant %q", tt.paras, got, tt.want)
		}
	}
}
