package site

import (
	"strings"

	"mingbai/generator/targets"
)

// goalTables writes a document's goal tables (专栏 主要指标) as Markdown
// tables, cells as the document prints them: the baseline-year columns are
// facts, the target-year columns the targets listed above. A category row
// (数字基础设施) fills its first cell only. Each table is anchored by its ID
// (#c1-m01-g1) so that a target row can be linked.
//
//	| 指标 | 2020年 | 2025年 | 属性 |
//	| 数字经济核心产业增加值占GDP比重（%） | 7.8 | 10 | 预期性 |
func goalTables(tables []targets.Table, lang string) string {
	var b strings.Builder
	for i, t := range tables {
		if len(t.Header) == 0 {
			continue
		}
		// "Goal table 2: 专栏2 …" in English; in Chinese the table's own
		// title, or "目标表 2" when it prints none.
		title := say(lang, "goal_table", map[string]any{"N": i + 1, "Title": t.Title})
		b.WriteString(heading(title, t.ID))
		head := make([]string, len(t.Header))
		for k, h := range t.Header {
			head[k] = escape(h)
		}
		var rows [][]string
		for _, r := range t.Rows {
			row := make([]string, len(head))
			for k := range row {
				if k < len(r.Cells) {
					row[k] = escape(r.Cells[k])
				}
			}
			if len(r.Cells) > len(head) { // a row with more cells than the header keeps them all in its last cell
				row[len(row)-1] = escape(strings.Join(r.Cells[len(head)-1:], " "))
			}
			rows = append(rows, row)
		}
		b.WriteString(table(head, rows))
		b.WriteString("\n")
	}
	return b.String()
}
