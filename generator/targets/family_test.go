package targets

import (
	"strings"
	"testing"
)

// TestFamilies covers the families of phrasing that issue 15 found missed,
// each with sentences that state a target and sentences of the same shape
// that do not (a past result, a name, a condition). Sentences are composed
// or taken from the corpus documents; the document date is 2024-06-20.
func TestFamilies(t *testing.T) {
	tests := []struct {
		family, text string
		want         []string // targetString of each target, in order
	}{
		// approximate quantities: 多 and 余 qualify the value as "more than"
		{"approximate", "今年再减税5000多亿元。", []string{"减税|level|>|5000|亿元|2024-2024"}},
		{"approximate", "到2025年，新增专精特新企业2000余家。", []string{"新增专精特新企业|count|>|2000|家|2025-2025"}},
		{"approximate", "到2027年，建设覆盖30多个城市的示范网络。", nil}, // 30多个 qualifies 城市
		{"approximate", "到2027年，服务覆盖城市达到30多个。", []string{"服务覆盖城市|level|>|30|个|2027-2027"}},
		{"approximate", "到2025年，服务网络覆盖30多个国家和地区。", []string{"服务网络覆盖国家和地区|count|>|30|个|2025-2025"}},
		{"approximate past", "过去一年，服务网络覆盖30多个国家和地区。", nil},
		{"approximate past", "过去一年，新增专精特新企业2000余家。", nil},
		{"approximate past", "2023年减税降费5000多亿元。", nil},
		{"approximate", "今年将新增减税降费超过1.2万亿元。", []string{"新增减税降费|level|>|1.2|万亿元|2024-2024"}},

		// classifiers with their English units
		{"classifier", "到2027年，推出3款以上具有国际竞争力的产品。", []string{"具有国际竞争力的产品|count|>=|3|款|2027-2027"}},
		{"classifier", "到2027年，年发射30发运载火箭。", []string{"运载火箭|count|=|30|发|2027-2027"}},
		{"classifier", "到2026年，部署400颗低轨卫星。", []string{"低轨卫星|count|=|400|颗|2026-2026"}},
		{"classifier", "到2025年，建成8座新型储能电站。", []string{"新型储能电站|count|=|8|座|2025-2025"}},
		{"classifier", "到2027年，交付60艘绿色船舶。", []string{"绿色船舶|count|=|60|艘|2027-2027"}},
		{"classifier", "到2025年，引进12家以上总部企业。", []string{"总部企业|count|>=|12|家|2025-2025"}},
		{"classifier past", "2023年共交付60艘绿色船舶。", nil},
		{"classifier", "力争到2027年，培育10个百亿级产业集群。", []string{"百亿级产业集群|count|=|10|个|2027-2027"}},
		{"part of the horizon", "到2025年，全省粮食总产量稳定在500亿斤以上，其中2024年达到490亿斤。",
			[]string{"全省粮食总产量|level|>=|500|亿斤|2025-2025", "全省粮食总产量|level|=|490|亿斤|2024-2024"}},
		{"classifier", "在全国范围内推广50个典型案例。", []string{"典型案例|count|=|50|个|"}},

		// fractions and multiples, exact against a stated or implicit baseline
		{"fraction", "到2025年，企业开办时间缩短一半。", []string{"企业开办时间|reduction|=|0.5||2025-2025"}},
		{"fraction", "到2025年，审批事项压减四分之一。", []string{"审批事项|reduction|=|0.25||2025-2025"}},
		{"multiple", "到2035年，城乡居民人均收入翻一番。", []string{"城乡居民人均收入|growth|=|100|%|2035-2035"}},
		{"multiple", "到2030年，全省研发投入比2020年提高一倍。", []string{"全省研发投入|growth|=|1|倍|2030-2030"}},
		{"multiple", "到2027年，新能源装机容量增长两成。", []string{"新能源装机容量|growth|=|20|%|2027-2027"}},
		{"fraction past", "过去五年，企业开办时间缩短一半。", nil},
		{"fraction name", "一半以上的企业已经完成改造。", nil},

		// durations and deadlines
		{"duration", "到2025年，实现紧急求助4小时内响应。", []string{"紧急求助响应|duration|<=|4|小时|2025-2025"}},
		{"duration", "到2025年，办理时限压缩至5个工作日。", []string{"办理时限|reduction|=|5|个工作日|2025-2025"}},
		{"duration", "对新设企业给予3年过渡期。", []string{"新设企业过渡期|duration|=|3|年|"}},
		{"duration", "历史遗留问题2年内基本完成整改。", []string{"历史遗留问题整改|duration|<=|2|年|2024-2025"}},
		{"duration name", "实施长江十年禁渔。", nil},
		{"duration", "企业应当在5个工作日内完成登记。", []string{"企业完成登记|duration|<=|5|个工作日|"}},
		{"duration condition", "对3日内受理的申请予以公示。", nil},
		{"duration past", "2023年办理时限压缩至5个工作日。", nil},

		// limits and red lines
		{"limit", "到2025年，城镇调查失业率控制在5.5%以内。", []string{"城镇调查失业率|level|<=|5.5|%|2025-2025"}},
		{"limit", "到2025年，耕地保有量不低于18.65亿亩。", []string{"耕地保有量|level|>=|18.65|亿亩|2025-2025"}},
		{"limit", "到2025年，单位产品能耗不超过0.3吨标准煤。", []string{"单位产品能耗|level|<=|0.3|吨标准煤|2025-2025"}},
		{"red line", "守住18亿亩耕地红线。", []string{"耕地红线|level|>=|18|亿亩|"}},
		{"limit condition", "对投资额不低于3000万元的项目给予支持。", nil},
		{"limit past", "2023年城镇调查失业率控制在5.5%以内。", nil},
		{"limit rule", "专家连续参与评审不得超过2年。", nil},
		{"period", "公示期为5个工作日。", []string{"公示期|duration|=|5|个工作日|"}},

		// shared units and lists
		{"shared unit", "到2025年，城镇和农村居民收入分别提高31.1个和26.3个百分点。",
			[]string{"城镇居民收入|growth|=|31.1|个百分点|2025-2025", "农村居民收入|growth|=|26.3|个百分点|2025-2025"}},
		{"list", "到2025年、2027年和2030年，覆盖率分别达到60%、70%和80%。",
			[]string{"覆盖率|level|=|60|%|2025-2025", "覆盖率|level|=|70|%|2027-2027", "覆盖率|level|=|80|%|2030-2030"}},
		{"list", "到2025年，一级、二级和三级医院的覆盖率分别达到60%、70%和80%。",
			[]string{"一级医院的覆盖率|level|=|60|%|2025-2025", "二级医院的覆盖率|level|=|70|%|2025-2025", "三级医院的覆盖率|level|=|80|%|2025-2025"}},
		{"list past", "2023年，覆盖率分别达到60%、70%和80%。", nil},

		// precision: names, not quantities
		{"names", "推进中国－东盟自贸区3.0版谈判。", nil},
		{"names", "庆祝中华人民共和国成立75周年。", nil},
		{"names", "到2025年，5G基站数量达到30万个。", []string{"5G基站数量|level|=|30|万个|2025-2025"}},
		{"names", "编制“十四五”规划，落实国发〔2021〕29号文件。", nil},
	}
	for _, tt := range tests {
		res := Extract(docOf("2024-06-20", "", tt.text))
		var got []string
		for _, x := range res.Targets {
			got = append(got, targetString(x))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: %s\n got %q\nwant %q\n%s", tt.family, tt.text, got, tt.want, classString(res.Figures))
		}
	}
}

// TestOutcomeCount: a count between a verb that brings something about and
// the outcome is a target; the same count as a condition is not.
func TestOutcomeCount(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"到2030年，推动1—2个合成生物食品创新企业上市。", "合成生物食品创新企业上市|count|=|1-2|个|2030-2030"},
		{"到2027年，研制并获批3—5种新食品原料（以下简称“三新食品”）。", "新食品原料|count|=|3-5|种|2027-2027"},
		{"2023年，推动2个企业上市。", ""},
		{"对推动2个以上企业上市的园区给予奖励。", ""},
	} {
		var got []string
		for _, x := range Extract(docOf("2025-12-22", "", tt.text)).Targets {
			got = append(got, targetString(x))
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestFamilyEnglish checks the English of the new families.
func TestFamilyEnglish(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"到2025年，实现紧急求助4小时内响应。", "within 4 hours"},
		{"对新设企业给予3年过渡期。", "3 years"},
		{"到2030年，全省研发投入比2020年提高一倍。", "up 100%"},
		{"到2035年，城乡居民人均收入翻一番。", "up 100%"},
		{"到2027年，新能源装机容量增长两成。", "up 20%"},
		{"到2025年，审批事项压减四分之一。", "down 25%"},
		{"到2025年，企业开办时间缩短一半。", "down 50%"},
		{"到2025年，新能源汽车销量占比达到三分之一以上。", "1/3 or more"},
		{"守住18亿亩耕地红线。", "1.8 billion mu or more"},
		{"到2025年，城镇和农村居民收入分别提高31.1个和26.3个百分点。", "up 31.1 percentage points"},
	} {
		ts := Extract(docOf("2024-06-20", "", tt.text)).Targets
		if len(ts) == 0 || ts[0].En != tt.want {
			t.Errorf("%s: En = %v, want %q", tt.text, ts, tt.want)
		}
	}
}

// TestAgainst: a change keeps the baseline it is measured against.
func TestAgainst(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"到2030年，全省研发投入比2020年提高一倍。", "比2020年"},
		{"到2027年，单位GDP能耗比2020年下降13.5%。", "比2020年"},
		{"今年居民收入比上年增长5%。", "比上年"},
		{"到2027年，新能源装机容量增长两成。", ""},
	} {
		ts := Extract(docOf("2024-06-20", "", tt.text)).Targets
		if len(ts) != 1 || ts[0].Against != tt.want {
			t.Errorf("%s: %+v, want against %q", tt.text, ts, tt.want)
		}
	}
}
