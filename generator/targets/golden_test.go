package targets

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mingbai/generator/policy"
	"mingbai/generator/seed"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenDocs are the real documents whose target tables are kept in
// testdata/NAME.golden and whose classified figures are kept in
// testdata/NAME.figures.golden.
var goldenDocs = []struct{ name, path string }{
	{"liaoning-2024-8", "testdata/liaoning-2024-8/source.txt"},
	{"gov-work-report-2024", "testdata/corpus/gov-work-report-2024.txt"},
	{"miit-future-industries-2024", "testdata/corpus/miit-future-industries-2024.txt"},
	{"ndrc-tax-credit-notice-2019", "testdata/corpus/ndrc-tax-credit-notice-2019.txt"},
	{"domestic-demand-strategy-2022-2035", "testdata/corpus/domestic-demand-strategy-2022-2035.txt"},
	{"no1-document-2023-rural-revitalization", "testdata/corpus/no1-document-2023-rural-revitalization.txt"},
	{"shanghai-expert-database-measures-2025", "testdata/corpus/shanghai-expert-database-measures-2025.txt"},
	{"shanghai-food-tech-plan-2026-2030", "testdata/corpus/shanghai-food-tech-plan-2026-2030.txt"},
	{"shanghai-g60-corridor-measures-2025", "testdata/corpus/shanghai-g60-corridor-measures-2025.txt"},
	{"state-council-digital-economy-report-2022", "testdata/corpus/state-council-digital-economy-report-2022.txt"},
	{"goal-table", "testdata/goal-table.txt"},
}

// parseSeed parses a document as the generator does, with the errata of
// its seed folder if it has one.
func parseSeed(t testing.TB, path string) *policy.Document {
	t.Helper()
	_, doc, err := seed.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// figureLines writes one line per figure: position, section, class, text,
// reason and targets.
func figureLines(fs []Figure) []byte {
	var b bytes.Buffer
	for _, f := range fs {
		fmt.Fprintf(&b, "%d:%d\t%s\t%s\t%s\t%s", f.Line, f.Col, f.Section, f.Class, f.Text, f.Reason)
		if len(f.Targets) > 0 {
			fmt.Fprintf(&b, "\t%s", strings.Join(f.Targets, ","))
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, d := range goldenDocs {
		t.Run(d.name, func(t *testing.T) {
			res := Extract(parseSeed(t, d.path))
			checkPositions(t, d.path, res)
			var table bytes.Buffer
			if err := WriteJSON(&table, res.Targets); err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", d.name+".golden"), table.Bytes())
			golden(t, filepath.Join("testdata", d.name+".figures.golden"), figureLines(res.Figures))
		})
	}
}

// checkPositions checks that every target and figure starts in the source
// file where it says it does: the rune at its line and column is the first
// of its quote or text.
func checkPositions(t *testing.T, path string, res Result) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	at := func(line, col int) rune {
		if line < 1 || line > len(lines) || col < 1 || col > len([]rune(lines[line-1])) {
			return 0
		}
		return []rune(lines[line-1])[col-1]
	}
	for _, x := range res.Targets {
		if r := at(x.Line, x.Col); r != []rune(x.Quote)[0] {
			t.Errorf("%s at %d:%d starts with %q, not %q", x.ID, x.Line, x.Col, r, x.Quote)
		}
	}
	for _, f := range res.Figures {
		if r := at(f.Line, f.Col); r != []rune(f.Text)[0] {
			t.Errorf("figure %q at %d:%d starts with %q", f.Text, f.Line, f.Col, r)
		}
	}
}

// golden compares got with the file at path, or rewrites the file with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./generator/targets -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; run go test ./generator/targets -update and review the diff\n got:\n%s", path, got)
	}
}

// TestAcceptance checks the targets the issue names, independently of the
// golden files: indicator|kind|comparator|value|unit|from-to, in order.
func TestAcceptance(t *testing.T) {
	want := map[string][]string{
		"liaoning-2024-8": {
			"全社会研发经费投入|growth|>=|9|%|2024-2028",
			"科技成果本地转化率|level|>=|60|%|2024-2028",
			"战略性新兴产业增加值|growth|>=|10|%|2024-2028",
			"先进装备制造、石化和精细化工、冶金新材料、优质特色消费品4个产业基地|direction|toward|1|万亿元|",
			"软件和信息技术服务产业集群规模|level|>|3000|亿元|",
			"生物医药和先进医疗装备产业集群规模|level|>=|1000|亿元|",
			"航空装备产业集群规模|direction|toward|1000|亿元|",
			"船舶和海工装备产业集群规模|level|>|500|亿元|",
			"轨道交通装备产业集群规模|level|>|500|亿元|",
		},
		"gov-work-report-2024": {
			"国内生产总值|growth|~|5|%|2024-2024",
			"城镇新增就业|count|>=|1200|万人|2024-2024",
			"城镇调查失业率|level|~|5.5|%|2024-2024",
			"居民消费价格涨幅|growth|~|3|%|2024-2024",
			"粮食产量|level|>=|1.3|万亿斤|2024-2024",
			"单位国内生产总值能耗|reduction|~|2.5|%|2024-2024",
			"赤字率|level|=|3|%|2024-2024",
			"赤字规模|level|=|4.06|万亿元|2024-2024",
			"地方政府专项债券|level|=|3.9|万亿元|2024-2024",
			"超长期特别国债|level|=|1|万亿元|2024-2024",
			"中央预算内投资|level|=|7000|亿元|2024-2024",
			"居民医保人均财政补助标准|growth|=|30|元|2024-2024",
			"城乡居民基础养老金月最低标准|growth|=|20|元|2024-2024",
		},
		"miit-future-industries-2024": {
			"前沿关键核心技术|count|=|100|项|2025-2025",
			"标志性产品|count|=|100|项|2025-2025",
			"领军企业|count|=|100|家|2025-2025",
			"典型应用场景|count|=|100|项|2025-2025",
			"关键标准|count|=|100|项|2025-2025",
			"专业服务机构|count|=|100|家|2025-2025",
		},
		"ndrc-tax-credit-notice-2019": nil,
	}
	for _, d := range goldenDocs {
		if _, ok := want[d.name]; !ok {
			continue // checked by TestHandChecked
		}
		res := Extract(parseSeed(t, d.path))
		var got []string
		for _, x := range res.Targets {
			got = append(got, targetString(x))
		}
		if strings.Join(got, "\n") != strings.Join(want[d.name], "\n") {
			t.Errorf("%s: targets\n got %q\nwant %q", d.name, got, want[d.name])
		}
		for _, f := range res.Figures {
			if f.Class == ClassTarget && strings.HasPrefix(f.Section, "c1") && d.name == "gov-work-report-2024" {
				t.Errorf("%s: a 2023 result read as a target: %+v", d.name, f)
			}
		}
	}
}

// TestFoundingDetails checks the places, bases and display strings of the
// founding document's targets.
func TestFoundingDetails(t *testing.T) {
	res := Extract(parseSeed(t, goldenDocs[0].path))
	byID := map[string]Target{}
	for _, x := range res.Targets {
		byID[x.ID] = x
	}
	tests := []struct {
		id, quote, zh, en, base string
		line                    int
	}{
		{"c1-t1", "全社会研发经费投入年均增长9%以上", "年均增长9%以上", "average annual growth of 9% or more", "", 19},
		{"m06-t1", "先进装备制造、石化和精细化工、冶金新材料、优质特色消费品 4 个产业基地迈向万亿级", "迈向万亿级", "toward RMB 1 trillion", "1000000000000 yuan", 37},
		{"m07-t1", "软件和信息技术服务产业集群规模突破三千亿元", "突破三千亿元", "over RMB 300 billion", "300000000000 yuan", 41},
		{"m07-t2", "生物医药和先进医疗装备产业集群规模迈上千亿元", "迈上千亿元", "RMB 100 billion or more", "100000000000 yuan", 41},
		{"m07-t5", "船舶和海工装备产业集群与轨道交通装备产业集群规模突破五百亿元", "突破五百亿元", "over RMB 50 billion", "50000000000 yuan", 41},
	}
	for _, tt := range tests {
		x, ok := byID[tt.id]
		if !ok {
			t.Errorf("no target %s", tt.id)
			continue
		}
		base := ""
		if x.Base != nil {
			base = x.Base.Value.String() + " " + x.Base.Unit
		}
		if x.Quote != tt.quote || x.Zh != tt.zh || x.En != tt.en || base != tt.base || x.Line != tt.line || x.Section != strings.Split(tt.id, "-t")[0] {
			t.Errorf("%s = quote %q zh %q en %q base %q line %d, want %q %q %q %q %d", tt.id, x.Quote, x.Zh, x.En, base, x.Line, tt.quote, tt.zh, tt.en, tt.base, tt.line)
		}
	}
}

// TestRestatedPlaces checks that the gov work report's growth goal, stated
// twice, is one target with both places.
func TestRestatedPlaces(t *testing.T) {
	res := Extract(parseSeed(t, goldenDocs[1].path))
	x := res.Targets[0]
	if len(x.Places) != 2 || x.Places[0].Line != 28 || x.Places[1].Line != 29 || x.Places[1].Quote != "经济增长预期目标为5%左右" {
		t.Errorf("places of %s = %+v, want lines 28 and 29", x.ID, x.Places)
	}
}

// TestPageBreak checks that a figure split by a page break, which the
// parser joins, is read whole and placed where it starts in the source.
func TestPageBreak(t *testing.T) {
	src := "中共测试省委文件\n\n测委发〔2024〕1号\n\n关于测试的意见\n\n(2024年6月20日)\n\n为测试，现提出如下意见。\n\n一、总体要求\n\n" +
		"力争到2027年，全省软件产业规模突破三千\n\n亿元，新增就业1\n\n200万人以上。\n\n— 3 —\n\n二、保障措施\n\n(一) 加强领导。各地要抓好落实。\n"
	doc, err := policy.Parse("split.txt", []byte(src), policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res := Extract(doc)
	var got []string
	for _, x := range res.Targets {
		got = append(got, fmt.Sprintf("%s %d:%d %s", targetString(x), x.Line, x.Col, x.Quote))
	}
	want := []string{
		"全省软件产业规模|level|>|3000|亿元|2027-2027 13:10 全省软件产业规模突破三千亿元",
		"新增就业|count|>=|1200|万人|2027-2027 15:4 新增就业1200万人以上",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("targets\n got %q\nwant %q", got, want)
	}
}

func BenchmarkExtract(b *testing.B) {
	doc := parseSeed(b, goldenDocs[0].path)
	b.ReportAllocs()
	for b.Loop() {
		Extract(doc)
	}
}

// TestTableAndHeadings checks a goals table laid out one cell per line in
// a box, whose header (“十四五”时期) gives the horizon, and targets that the
// parser leaves in an item's heading, on an excerpt of the “十四五”国家应急
// 体系规划 (国发〔2021〕36号).
func TestTableAndHeadings(t *testing.T) {
	src := "国务院关于印发\n\n“十四五”国家应急体系规划的通知\n\n国发〔2021〕36号\n\n各省、自治区、直辖市人民政府：\n\n现将《“十四五”国家应急体系规划》印发给你们，请认真贯彻执行。\n\n" +
		"一、总体要求\n\n（一）主要目标。\n\n总体目标：到2025年，应急管理体系和能力现代化建设取得重大进展。\n\n" +
		"专栏1　“十四五”时期主要指标\n\n序号\n\n指　　标\n\n预期值\n\n属性\n\n1\n\n生产安全事故死亡人数\n\n下降15%\n\n约束性\n\n5\n\n年均每百万人口因自然灾害死亡率\n\n<1\n\n预期性\n\n" +
		"二、强化应急准备\n\n（一）强化应急物资准备。\n\n加强物资实物储备。\n\n专栏3　应急物资储备布局建设重点\n\n" +
		"　　2．综合性消防救援应急物资：在北京、沈阳等地建设8个中央级库，依托消防救援总队建设31个省级库。\n"
	doc, err := policy.Parse("yingji.txt", []byte(src), policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res := Extract(doc)
	var got []string
	for _, x := range res.Targets {
		got = append(got, fmt.Sprintf("%s %s %d", targetString(x), x.Quote, x.Line))
	}
	want := []string{
		"生产安全事故死亡人数|reduction|=|15|%|2021-2025 生产安全事故死亡人数下降15% 29",
		"年均每百万人口因自然灾害死亡率|level|<|1||2021-2025 年均每百万人口因自然灾害死亡率<1 37",
		"中央级库|count|=|8|个|2021-2025 建设8个中央级库 51",
		"省级库|count|=|31|个|2021-2025 建设31个省级库 51",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("targets\n got %q\nwant %q", got, want)
	}
	for _, f := range res.Figures {
		if f.Text == "1" || f.Text == "5" {
			if f.Class != ClassTrap {
				t.Errorf("row number %s at %d:%d is %s, want a trap", f.Text, f.Line, f.Col, f.Class)
			}
		}
	}
}
