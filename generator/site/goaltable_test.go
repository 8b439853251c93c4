package site

import (
	"strings"
	"testing"

	"mingbai/generator/targets"
)

// TestGoalTables: a goal table is written as a table with its header, its
// category rows padded to the header's width, and an anchor; English pages
// name it in English before the printed title.
func TestGoalTables(t *testing.T) {
	tb := []targets.Table{{
		ID: "c1-g1", Title: "专栏1 主要指标", Header: []string{"指标", "2020年", "2025年", "属性"},
		Rows: []targets.TableRow{
			{Cells: []string{"数字基础设施"}, Category: true},
			{Cells: []string{"千兆宽带用户数（万户）", "640", "6000", "预期性"}},
		},
	}}
	zh := goalTables(tb, "zh")
	for _, want := range []string{
		"## 专栏1 主要指标 {#c1-g1}\n",
		"| 指标 | 2020年 | 2025年 | 属性 |\n",
		"| 数字基础设施 |  |  |  |\n",
		"| 千兆宽带用户数（万户） | 640 | 6000 | 预期性 |\n",
	} {
		if !strings.Contains(zh, want) {
			t.Errorf("zh goal table lacks %q:\n%s", want, zh)
		}
	}
	if en := goalTables(tb, "en"); !strings.Contains(en, "## Goal table 1: 专栏1 主要指标 {#c1-g1}") {
		t.Errorf("en goal table heading:\n%s", en)
	}
	if goalTables(nil, "zh") != "" {
		t.Error("no tables, yet output")
	}
}
