package targets

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"mingbai/generator/policy"
)

// docOf builds a document by hand: one section c1 with the given heading
// and one paragraph per text.
func docOf(date, heading string, texts ...string) *policy.Document {
	s := &policy.Section{ID: "c1", Heading: heading, Level: 1}
	for i, t := range texts {
		s.Paragraphs = append(s.Paragraphs, &policy.Paragraph{ID: fmt.Sprintf("p%d", i+1), Text: t, Pos: policy.Pos{Line: i + 1, Col: 1}})
	}
	return &policy.Document{Date: date, Sections: []*policy.Section{s}}
}

// targetString writes a target compactly: indicator|kind|comparator|value|unit|from-to.
func targetString(t Target) string {
	h := ""
	if t.Horizon.From != 0 {
		h = fmt.Sprintf("%d-%d", t.Horizon.From, t.Horizon.To)
	}
	return strings.Join([]string{t.Indicator, t.Kind, t.Comparator, t.Value.String(), t.Unit, h}, "|")
}

// classString writes the figures compactly: text=class, separated by "; ".
func classString(fs []Figure) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Text+"="+f.Class)
	}
	return strings.Join(out, "; ")
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name    string
		date    string // the document date; 2024-06-20 if empty
		heading string
		text    []string
		targets []string
		figures string // the classes of all figures, if given
	}{
		// kinds and comparators
		{name: "growth at least", text: []string{"力争未来5年，全社会研发经费投入年均增长9%以上，科技成果本地转化率提高到60%以上。"},
			targets: []string{"全社会研发经费投入|growth|>=|9|%|2024-2028", "科技成果本地转化率|level|>=|60|%|2024-2028"}},
		{name: "share", text: []string{"到2025年，数字经济核心产业增加值占地区生产总值比重达到10%。"},
			targets: []string{"数字经济核心产业增加值占地区生产总值比重|share|=|10|%|2025-2025"}},
		{name: "share of a third", text: []string{"到2025年，新能源汽车销量占比达到三分之一以上。"},
			targets: []string{"新能源汽车销量占比|share|>=|1/3||2025-2025"}},
		{name: "share over half", text: []string{"到2030年，清洁能源消费占比超过一半。"},
			targets: []string{"清洁能源消费占比|share|>|0.5||2030-2030"}},
		{name: "reduction against a baseline", text: []string{"到2027年，单位GDP能耗比2020年下降13.5%。"},
			targets: []string{"单位GDP能耗|reduction|=|13.5|%|2027-2027"}},
		{name: "reduction to a bare level", text: []string{"到2025年，新建数据中心PUE降至1.3以下。"},
			targets: []string{"新建数据中心PUE|reduction|<=|1.3||2025-2025"}},
		{name: "level over", text: []string{"推动软件和信息技术服务产业集群规模突破三千亿元。"},
			targets: []string{"软件和信息技术服务产业集群规模|level|>|3000|亿元|"}},
		{name: "level step up", text: []string{"推动生物医药和先进医疗装备产业集群规模迈上千亿元。"},
			targets: []string{"生物医药和先进医疗装备产业集群规模|level|>=|1000|亿元|"}},
		{name: "direction", text: []string{"推动航空装备产业集群规模迈向千亿元。"},
			targets: []string{"航空装备产业集群规模|direction|toward|1000|亿元|"}},
		{name: "direction with 向…迈进", text: []string{"推动全省石化产业向万亿级迈进。"},
			targets: []string{"全省石化产业|direction|toward|1|万亿元|"}},
		{name: "level 超", text: []string{"推动装备制造业营业收入超8000亿元。"},
			targets: []string{"装备制造业营业收入|level|>|8000|亿元|"}},
		{name: "capped", text: []string{"到2025年，城镇调查失业率控制在5.5%以内。"},
			targets: []string{"城镇调查失业率|level|<=|5.5|%|2025-2025"}},
		{name: "not less than", text: []string{"到2025年，研发人员不少于5万人。"},
			targets: []string{"研发人员|level|>=|5|万人|2025-2025"}},
		{name: "about", text: []string{"到2025年，森林覆盖率达到约42%。"},
			targets: []string{"森林覆盖率|level|~|42|%|2025-2025"}},
		{name: "nearly", text: []string{"今年出口增长近30%。"}, date: "2024-03-05",
			targets: []string{"出口|growth|~|30|%|2024-2024"}},
		{name: "percentage points", text: []string{"到2025年，常住人口城镇化率提高2个百分点。"},
			targets: []string{"常住人口城镇化率|growth|=|2|个百分点|2025-2025"}},
		{name: "percentage points then level", text: []string{"到2025年，常住人口城镇化率提高2个百分点至60%。"},
			targets: []string{"常住人口城镇化率|growth|=|2|个百分点|2025-2025", "常住人口城镇化率|level|=|60|%|2025-2025"}},
		{name: "百分之", text: []string{"到2025年，研发投入提高百分之五。"},
			targets: []string{"研发投入|growth|=|5|%|2025-2025"}},
		{name: "mixed numeral", text: []string{"到2025年，全省地区生产总值达到4.4万亿元。"},
			targets: []string{"全省地区生产总值|level|=|4.4|万亿元|2025-2025"}},
		{name: "per ten thousand people", text: []string{"到2025年，每万人口高价值发明专利拥有量达到12件。"},
			targets: []string{"每万人口高价值发明专利拥有量|level|=|12|件|2025-2025"}},
		// counts
		{name: "count of hundreds", date: "2024-01-18", text: []string{"到2025年，部分领域达到国际先进水平。突破百项前沿关键核心技术，打造百家领军企业。"},
			targets: []string{"前沿关键核心技术|count|=|100|项|2025-2025", "领军企业|count|=|100|家|2025-2025"}},
		{name: "count of two", text: []string{"到2025年，新增两个国家级创新平台。"},
			targets: []string{"国家级创新平台|count|=|2|个|2025-2025"}},
		{name: "count range", text: []string{"3年内建成8-10个示范园区。"},
			targets: []string{"示范园区|count|=|8-10|个|2024-2026"}},
		{name: "count range with tilde", text: []string{"到2025年，培育5～8个特色小镇。"},
			targets: []string{"特色小镇|count|=|5-8|个|2025-2025"}},
		{name: "count at least", text: []string{"到2025年，培育国家级专精特新“小巨人”企业100家以上。"},
			targets: []string{"国家级专精特新“小巨人”企业|count|>=|100|家|2025-2025"}},
		{name: "count with verb before object", text: []string{"年内建成5G基站1万个。"},
			targets: []string{"5G基站|count|=|1|万个|2024-2024"}, figures: "5=trap; 1万个=target"},
		{name: "count of new jobs", date: "2024-03-05", text: []string{"力争今年新增就业岗位2—3万个。"},
			targets: []string{"新增就业岗位|count|=|2-3|万个|2024-2024"}},
		// goal lists without verbs
		{name: "goal list", date: "2024-03-05", text: []string{"今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；粮食产量1.3万亿斤以上。"},
			targets: []string{"国内生产总值|growth|~|5|%|2024-2024", "城镇新增就业|count|>=|1200|万人|2024-2024", "城镇调查失业率|level|~|5.5|%|2024-2024", "粮食产量|level|>=|1.3|万亿斤|2024-2024"}},
		{name: "no goal, no target", text: []string{"我省现有高新技术企业1万家。"},
			figures: "1万家=other"},
		{name: "budget plan", date: "2024-03-05", text: []string{"赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。拟安排地方政府专项债券3.9万亿元、比上年增加1000亿元。"},
			targets: []string{"赤字率|level|=|3|%|", "赤字规模|level|=|4.06|万亿元|", "地方政府专项债券|level|=|3.9|万亿元|"},
			figures: "3%=target; 4.06万亿元=target; 1800亿元=other; 3.9万亿元=target; 1000亿元=other"},
		{name: "indicator from an earlier clause", date: "2024-03-05", text: []string{"从今年开始拟连续几年发行超长期特别国债，专项用于国家重大战略实施，今年先发行1万亿元。"},
			targets: []string{"超长期特别国债|level|=|1|万亿元|2024-2024"}},
		{name: "respectively", date: "2024-03-05", text: []string{"力争全年地区生产总值和一般公共预算收入分别增长6%和5%。"},
			targets: []string{"地区生产总值|growth|=|6|%|", "一般公共预算收入|growth|=|5|%|"}},
		{name: "town and country respectively", date: "2024-03-05", text: []string{"今年城乡居民人均可支配收入分别增长6.5%和7.5%。"},
			targets: []string{"城镇居民人均可支配收入|growth|=|6.5|%|2024-2024", "农村居民人均可支配收入|growth|=|7.5|%|2024-2024"}},
		{name: "count of new things without a verb", date: "2024-03-05", text: []string{"今年主要目标是：新培育高新技术企业300家。"},
			targets: []string{"新培育高新技术企业|count|=|300|家|2024-2024"}},
		{name: "shared tail split", text: []string{"推动船舶和海工装备产业集群与轨道交通装备产业集群规模突破五百亿元。"},
			targets: []string{"船舶和海工装备产业集群规模|level|>|500|亿元|", "轨道交通装备产业集群规模|level|>|500|亿元|"}},
		{name: "two targets in one clause", text: []string{"推动航空装备产业集群规模迈向千亿元、船舶产业集群规模突破五百亿元。"},
			targets: []string{"航空装备产业集群规模|direction|toward|1000|亿元|", "船舶产业集群规模|level|>|500|亿元|"}},
		{name: "figure inside the indicator", text: []string{"加快推进先进装备制造、石化和精细化工 2 个产业基地迈向万亿级。"},
			targets: []string{"先进装备制造、石化和精细化工2个产业基地|direction|toward|1|万亿元|"}, figures: "2 个=other; 万亿级=target"},
		{name: "restated goal", date: "2024-03-05", text: []string{"今年发展主要预期目标是：国内生产总值增长5%左右。", "经济增长预期目标为5%左右，考虑了促进就业增收的需要。"},
			targets: []string{"国内生产总值|growth|~|5|%|2024-2024"}},
		{name: "horizon from the heading", date: "2024-03-05", heading: "2024年政府工作任务", text: []string{"城乡居民基础养老金月最低标准提高20元。"},
			targets: []string{"城乡居民基础养老金月最低标准|growth|=|20|元|2024-2024"}},
		{name: "horizon from an earlier paragraph", date: "2024-01-18", text: []string{"到2025年，未来产业全面发展。", "打造百家领军企业。"},
			targets: []string{"领军企业|count|=|100|家|2025-2025"}},
		{name: "plan period", date: "2022-01-10", text: []string{"“十四五”期间，全省研发经费投入年均增长10%以上。"},
			targets: []string{"全省研发经费投入|growth|>=|10|%|2021-2025"}},
		// past results, forecasts, thresholds and traps
		{name: "past year", date: "2024-03-05", text: []string{"2023年，全省地区生产总值增长5.3%。"}, figures: "2023年=trap; 5.3%=result"},
		{name: "past five years", text: []string{"过去五年，研发投入年均增长10%。"}, figures: "五年=trap; 10%=result"},
		{name: "since", text: []string{"五年来，累计新增就业1000万人。"}, figures: "五年=trap; 1000万人=result"},
		{name: "since this year", text: []string{"今年以来，全省新增市场主体10万户。"}, figures: "10万户=result"},
		{name: "past plan period", date: "2021-02-01", text: []string{"“十三五”期间，全省地区生产总值年均增长6.5%。"}, figures: "十三五=trap; 6.5%=result"},
		{name: "past heading", date: "2024-03-05", heading: "2023年工作回顾", text: []string{"——经济总体回升向好。国内生产总值超过126万亿元，增长5.2%。"},
			figures: "2023年=trap; 126万亿元=result; 5.2%=result"},
		{name: "forecast", date: "2024-03-05", text: []string{"预计今年高校毕业生超过1170万人，要强化促进青年就业政策举措。"}, figures: "1170万人=forecast"},
		{name: "forecast of a year", text: []string{"预计到2025年，市场规模将超过1000亿元。"}, figures: "2025年=trap; 1000亿元=forecast"},
		{name: "threshold below", text: []string{"有序淘汰30万千瓦以下煤电机组。"}, figures: "30万千瓦以下=threshold"},
		{name: "threshold with 的", text: []string{"对年营业收入超过1亿元的企业给予奖励。"}, figures: "1亿元=threshold"},
		{name: "threshold over", text: []string{"到2025年，培育产值超百亿元企业10家。"},
			targets: []string{"产值超百亿元企业|count|=|10|家|2025-2025"}, figures: "2025年=trap; 百亿元=threshold; 10家=target"},
		{name: "cap per item", text: []string{"到2025年，每个项目补助不超过500万元。"}, figures: "2025年=trap; 500万元=other"},
		{name: "duration naming a plan", text: []string{"扎实开展安全生产治本攻坚三年行动，启动第二轮土地承包到期后再延长30年整省试点。"},
			figures: "三年=other; 第二=trap; 30年=other"},
		{name: "traps", date: "2024-03-05", text: []string{"今年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。深入推进5G、算力基础设施建设，前瞻布局6G，推进中国－东盟自贸区3.0版谈判，做好2024年奥运会备战工作。"},
			figures: "75周年=trap; 十四五=trap; 5=trap; 6=trap; 3.0版=trap; 2024年=trap"},
		{name: "document numbers and titles", date: "2019-08-20", text: []string{"为贯彻落实《国务院关于印发社会信用体系建设规划纲要（2014-2020年）的通知》（国发〔2014〕21号），现就有关事项通知如下。"},
			figures: "2014-2020年=trap; 〔2014〕21号=trap"},
		{name: "quoted names", text: []string{"加快实现“从0到1”的原创性突破，坚持“两个毫不动摇”，不搞“一刀切”。"}, figures: "0到1=trap; 两个=trap"},
		{name: "a centenary", date: "2024-03-05", text: []string{"过去一年，国防建设取得新的成绩。新的一年，要打好实现建军一百年奋斗目标攻坚战。"}, figures: "一百年=other"},
		{name: "per-item rate", text: []string{"到2025年，每家企业最高奖励100万元。"}, figures: "2025年=trap; 100万元=other"},
		// changes, as-of dates, results headings and reference years
		{name: "change from one level to another", text: []string{"到2025年，森林覆盖率从23%提高到25%。"},
			targets: []string{"森林覆盖率|level|=|25|%|2025-2025"}, figures: "2025年=trap; 23%=other; 25%=target"},
		{name: "change in the past", date: "2022-10-28", text: []string{"光缆线路长度从2012年的1479万公里增加到2021年的5481万公里。"},
			figures: "2012年=trap; 1479万公里=result; 2021年=trap; 5481万公里=result"},
		{name: "as of a date", date: "2022-10-28", text: []string{"截至2022年7月，累计建成开通5G基站达196.8万个。"},
			figures: "2022年7月=trap; 5=trap; 196.8万个=result"},
		{name: "results heading", date: "2022-10-28", heading: "我国数字经济发展成效显著", text: []string{"全国中小学互联网接入率达100%。"},
			figures: "100%=result"},
		{name: "verbless with an adverb", date: "2024-03-05", text: []string{"力争今年跨境电商进出口规模近2万亿元。"},
			targets: []string{"跨境电商进出口规模|level|~|2|万亿元|2024-2024"}},
		{name: "a magnitude with 级 that counts users", text: []string{"到2025年，平台用户数量突破千万级。"},
			targets: []string{"平台用户数量|level|>|1000|万|2025-2025"}},
		{name: "sets", text: []string{"到2025年，农机应用北斗终端超过60万台套。"},
			targets: []string{"农机应用北斗终端|level|>|60|万台套|2025-2025"}},
		{name: "a rate per year as a threshold", text: []string{"关闭30万吨/年以下煤矿。"}, figures: "30万吨/年以下=threshold"},
		{name: "conditions before 的", text: []string{"整治入井人数超过30人、井深超过800米的金属非金属地下矿山。"},
			figures: "30人=threshold; 800米=threshold"},
		{name: "a goal, not a threshold, before 的", text: []string{"到2025年，实现城镇化率达到60%的目标。"},
			targets: []string{"城镇化率|level|=|60|%|2025-2025"}},
		{name: "two counts under one verb", text: []string{"到2025年，建设8个中央级库和31个省级库。"},
			targets: []string{"中央级库|count|=|8|个|2025-2025", "省级库|count|=|31|个|2025-2025"}},
		{name: "a rate that is not a count", text: []string{"到2025年，重点行业新增从业人员安全技能培训率达到100%。"},
			targets: []string{"重点行业新增从业人员安全技能培训率|level|=|100|%|2025-2025"}},
		{name: "a duration is not a verbless target", date: "2022-10-28", text: []string{"“十四五”时期是向第二个百年奋斗目标进军的第一个五年。"},
			figures: "十四五=trap; 第二=trap; 百年=other; 第一=trap; 五年=other"},
		{name: "life expectancy", text: []string{"到2025年，人均预期寿命提高1岁。"},
			targets: []string{"人均预期寿命|growth|=|1|岁|2025-2025"}},
		{name: "air quality", text: []string{"到2025年，PM2.5平均浓度下降到35微克/立方米。"},
			targets: []string{"PM2.5平均浓度|reduction|=|35|微克/立方米|2025-2025"}, figures: "2025年=trap; 2.5=trap; 35微克/立方米=target"},
		{name: "a share of the subject before", text: []string{"力争到2026年，全市数字经济规模突破5000亿元，占地区生产总值比重达到50%。"},
			targets: []string{"全市数字经济规模|level|>|5000|亿元|2026-2026", "全市数字经济规模占地区生产总值比重|share|=|50|%|2026-2026"}},
		{name: "no targets in a notice", date: "2019-08-20", text: []string{"2019年1月1日起全面施行的《中华人民共和国个人所得税法》，是党中央作出的一项重大决策部署。"}, figures: "2019年1月1日=trap"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			date := tt.date
			if date == "" {
				date = "2024-06-20"
			}
			res := Extract(docOf(date, tt.heading, tt.text...))
			var got []string
			for _, x := range res.Targets {
				got = append(got, targetString(x))
			}
			if strings.Join(got, "\n") != strings.Join(tt.targets, "\n") {
				t.Errorf("targets\n got %q\nwant %q", got, tt.targets)
			}
			if tt.figures != "" {
				if got := classString(res.Figures); got != tt.figures {
					t.Errorf("figures\n got %s\nwant %s", got, tt.figures)
				}
			}
		})
	}
}

// FuzzExtract checks that Extract never panics and that every quote and
// figure it reports is verbatim text of the paragraph.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"力争未来5年，全社会研发经费投入年均增长9%以上，科技成果本地转化率提高到60%以上。",
		"推动船舶和海工装备产业集群与轨道交通装备产业集群规模突破五百亿元、航空装备迈向千亿元。",
		"今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。",
		"专栏1　指标\n1\n生产安全事故死亡人数\n下降15%\n<1%",
		"到2025年，森林覆盖率从23%提高到25%，建设8个中央级库和31个省级库，A和B分别增长6%和5%。",
		"国发〔2018〕41号《纲要（2014-2020年）》5G、IPv6、C919、“十四五”、第二类、75周年、3.0版",
		"守住18亿亩耕地红线，紧急求助4小时内响应，对新设企业给予3年过渡期，2年内基本完成整改。",
		"到2035年收入翻一番，装机增长两成，城镇和农村居民收入分别提高31.1个和26.3个百分点。",
		"到2025年、2027年和2030年，覆盖率分别达到60%、70%和80%；推动1—2个企业上市，覆盖30多个国家和地区。",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := docOf("2024-06-20", "2024年发展目标", text)
		res := Extract(doc)
		for _, x := range res.Targets {
			if !strings.Contains(text, x.Quote) || x.Quote == "" {
				t.Errorf("quote %q is not in the text", x.Quote)
			}
		}
		for _, fg := range res.Figures {
			if !strings.Contains(text+"2024年发展目标", fg.Text) || fg.Text == "" {
				t.Errorf("figure %q is not in the text", fg.Text)
			}
		}
	})
}
