package targets

import (
	"fmt"
	"strings"
	"testing"
)

// figureString writes what scanFigures found as text=value unit cmp class,
// one figure a field: "9%以上=9 % >=", "5=trap".
func figureString(ms []*mention) string {
	var out []string
	for _, m := range ms {
		if m.class == ClassTrap {
			out = append(out, m.text+"=trap")
			continue
		}
		s := fmt.Sprintf("%s=%s %s", m.text, m.value, m.unit)
		if m.cmp != "" {
			s += " " + m.cmp
		}
		out = append(out, strings.TrimSpace(s))
	}
	return strings.Join(out, "; ")
}

func TestScanFigures(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		// numerals and units
		{"年均增长9%以上", "9%以上=9 % >="},
		{"达到4.4万亿元", "4.4万亿元=4.4 万亿元"},
		{"粮食产量1.3万亿斤以上", "1.3万亿斤以上=1.3 万亿斤 >="},
		{"突破三千亿元", "三千亿元=3000 亿元"},
		{"突破五百亿元", "五百亿元=500 亿元"},
		{"迈上千亿元", "千亿元=1000 亿元"},
		{"迈向万亿级", "万亿级=1 万亿元"},
		{"三千多亿元", "三千多亿元=3000 亿元 >"},
		{"突破百项前沿技术", "百项=100 项"},
		{"新增两个平台", "两个=2 个"},
		{"城镇新增就业1200万人以上", "1200万人以上=1200 万人 >="},
		{"6600多万纳税人", "6600多万=6600 万 >"},
		{"培育10余家企业", "10余家=10 家 >"},
		{"优质特色消费品 4 个产业基地", "4 个=4 个"},
		{"淘汰30万千瓦以下机组", "30万千瓦以下=30 万千瓦 <="},
		{"5千万元", "5千万元=5000 万元"},
		{"提高2个百分点", "2个百分点=2 个百分点"},
		{"压缩至5个工作日内", "5个工作日内=5 个工作日 <="},
		{"降至1.3以下", "1.3以下=1.3  <="},
		{"百分之五", "百分之五=5 %"},
		{"百分之五十以上", "百分之五十以上=50 % >="},
		{"三分之一", "三分之一=1/3"},
		{"超过一半", "一半=0.5"},
		// ranges
		{"建成8-10个", "8-10个=8-10 个"},
		{"建成2—3个", "2—3个=2-3 个"},
		{"建成5～8个", "5～8个=5-8 个"},
		{"增长8%-10%", "8%-10%=8-10 %"},
		{"1.2万-1.5万元", "1.2万-1.5万元=1.2-1.5 万元"},
		{"5-8万元", "5-8万元=5-8 万元"},
		{"二至三个", "二至三个=2-3 个"},
		{"提高2个百分点至60%", "2个百分点=2 个百分点; 60%=60 %"},
		// traps and words that are not figures
		{"深入推进5G、IPv6和8K", "5=trap; 6=trap; 8=trap"},
		{"国产大飞机C919", "919=trap"},
		{"国发〔2018〕41号", "〔2018〕41号=trap"},
		{"《规划纲要（2014-2020年）》", "2014-2020年=trap"},
		{"2024年3月5日", "2024年3月5日=trap"},
		{"成立75周年", "75周年=trap"},
		{"“十四五”规划", "十四五=trap"},
		{"第二类医疗器械", "第二=trap"},
		{"自贸区3.0版", "3.0版=trap"},
		{"加快实现“从0到1”的突破", "0到1=trap"},
		{"“两个毫不动摇”", "两个=trap"},
		{"1.加强前瞻谋划部署", "1.=trap"},
		{"一二三产业融合", ""},
		{"培育一批企业，高效办成一件事", ""},
		{"每万人口，基础零部件", ""},
		{"走进千家万户", ""},
	}
	for _, tt := range tests {
		if got := figureString(scanFigures(tt.in, nil)); got != tt.want {
			t.Errorf("scanFigures(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}
