package targets

import (
	"fmt"
	"strings"
	"testing"

	"mingbai/generator/policy"
)

// TestGoalTable reads a goal table laid out one cell per line (composed
// after the box of the “十四五”数字经济发展规划, 国发〔2021〕29号): the 2020
// column gives baselines, the 2025 column targets, and units come from the
// brackets after each indicator.
func TestGoalTable(t *testing.T) {
	res := Extract(parseSeed(t, "testdata/goal-table.txt"))
	var got []string
	for _, x := range res.Targets {
		if x.Table == "" {
			continue
		}
		b := "-"
		if x.Baseline != nil {
			b = fmt.Sprintf("%s%s@%d", x.Baseline.Value, x.Baseline.Unit, x.Baseline.Year)
		}
		got = append(got, fmt.Sprintf("%s %s %s", targetString(x), b, x.Horizon.Kind))
	}
	want := []string{
		"数字经济核心产业增加值占国内生产总值比重|share|=|10|%|2025-2025 7.8%@2020 stated", // stated in the text first, then in the table
		"IPv6活跃用户数|level|=|8|亿户|2025-2025 4.6亿户@2020 stated",
		"千兆宽带用户数|level|=|6000|万户|2025-2025 640万户@2020 stated",
		"软件和信息技术服务业规模|level|=|14|万亿元|2025-2025 8.16万亿元@2020 stated",
		"工业互联网平台应用普及率|level|=|45|%|2025-2025 14.7%@2020 stated",
		"全国网上零售额|level|=|17|万亿元|2025-2025 11.76万亿元@2020 stated",
		"电子商务交易规模|level|=|46|万亿元|2025-2025 37.21万亿元@2020 stated",
		"在线政务服务实名用户规模|level|=|8|亿|2025-2025 4亿@2020 stated",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("table targets\n got %q\nwant %q", got, want)
	}
	for _, f := range res.Figures {
		if f.Class == ClassTarget && len(f.Targets) == 0 {
			t.Errorf("target figure %s at %d:%d gives no target", f.Text, f.Line, f.Col)
		}
		for _, b := range []string{"7.8", "4.6", "640", "8.16", "14.7", "11.76", "37.21"} {
			if f.Text == b && f.Class != ClassBaseline {
				t.Errorf("baseline %s at %d:%d is %s (%s)", f.Text, f.Line, f.Col, f.Class, f.Reason)
			}
		}
	}
	if len(res.Tables) != 1 {
		t.Fatalf("%d tables, want 1", len(res.Tables))
	}
	tb := res.Tables[0]
	if tb.ID != "c1-m01-g1" || strings.Join(tb.Header, "|") != "指标|2020年|2025年|属性" || len(tb.Rows) != 8 ||
		tb.Columns[1].Role != ColumnBaseline || tb.Columns[2].Role != ColumnTarget || tb.Rows[0].Targets[0] != "c1-m01-t1" || tb.Rows[1].Targets[0] != "c1-m01-t2" {
		t.Errorf("table = %+v", tb)
	}
}

// TestNotGoalTable: boxes that are not goal tables keep being read as text,
// and a table whose years are all past gives no target.
func TestNotGoalTable(t *testing.T) {
	tests := []struct {
		name, box string
		want      []string
	}{
		{"past years only", "专栏2　2019年和2020年主要指标\n\n指标\n\n2019年\n\n2020年\n\n数字经济核心产业增加值（万亿元）\n\n6.5\n\n7.8\n", nil},
		{"no year column", "专栏1　主要指标\n\n序号\n\n指　　标\n\n预期值\n\n属性\n\n1\n\n生产安全事故死亡人数\n\n下降15%\n\n约束性\n",
			[]string{"生产安全事故死亡人数|reduction|=|15|%|"}},
		{"a box of text", "专栏3　重点工程\n\n建设国家级数据中心集群，到2027年算力规模超过300EFLOPS。\n\n推动企业上云用云。\n", nil},
	}
	for _, tt := range tests {
		src := "关于测试的通知\n\n测发〔2024〕1号\n\n一、目标\n\n（一）主要指标。\n\n" + tt.box
		doc, err := policy.Parse("box.txt", []byte(src), policy.Options{})
		if err != nil {
			t.Fatal(err)
		}
		res := Extract(doc)
		var got []string
		for _, x := range res.Targets {
			got = append(got, targetString(x))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || tt.name != "past years only" && len(res.Tables) != 0 {
			t.Errorf("%s: targets %q (want %q), tables %+v\n%s", tt.name, got, tt.want, res.Tables, classString(res.Figures))
		}
	}
}

// TestGoalTableColumns reads a table with number and unit columns,
// category rows, signs (＞7, ＜5.5), a placeholder (—) and a bracketed
// change over the period (〔1〕).
func TestGoalTableColumns(t *testing.T) {
	res := Extract(parseSeed(t, "testdata/goal-table-columns.txt"))
	var got []string
	for _, x := range res.Targets {
		b := "-"
		if x.Baseline != nil {
			b = x.Baseline.Value.String() + x.Baseline.Unit
		}
		got = append(got, targetString(x)+" "+b)
	}
	want := []string{
		"研发经费投入增长|growth|>|7|%|2025-2025 -",
		"每万人口高价值发明专利拥有量|level|=|12|件|2025-2025 6.3件",
		"城镇调查失业率|level|<|5.5|%|2025-2025 5.2%",
		"人均预期寿命|growth|=|1|岁|2025-2025 78.3岁",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("targets\n got %q\nwant %q", got, want)
	}
	if len(res.Tables) != 1 || len(res.Tables[0].Rows) != 6 || !res.Tables[0].Rows[0].Category {
		t.Errorf("tables %+v", res.Tables)
	}
}

// TestGoalTableInText reads a goal table that is not marked as a box (表1
// instead of 专栏1), which the parser joins into one paragraph of short
// lines: the same targets and baselines as in a box.
func TestGoalTableInText(t *testing.T) {
	box := Extract(parseSeed(t, "testdata/goal-table.txt"))
	text := Extract(parseSeed(t, "testdata/goal-table-text.txt"))
	if len(text.Tables) != 1 || len(text.Targets) != len(box.Targets) {
		t.Fatalf("%d tables, %d targets; want 1 table and %d targets", len(text.Tables), len(text.Targets), len(box.Targets))
	}
	for i, x := range text.Targets {
		if targetString(x) != targetString(box.Targets[i]) || (x.Baseline == nil) != (box.Targets[i].Baseline == nil) {
			t.Errorf("target %d = %s, want %s", i, targetString(x), targetString(box.Targets[i]))
		}
	}
}
