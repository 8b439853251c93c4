package targets

import (
	"cmp"
	"fmt"
	"strings"

	"mingbai/generator/zh"
)

// tableAt is a goal table being read, with the candidates of each row.
type tableAt struct {
	t       *Table
	section string
	rows    map[int][]*candidate
}

// readTable classifies the figures of a goal table by their column: a
// baseline column gives baselines, a target column one target per row
// (with the row's indicator, unit and baseline), a number column row
// numbers; the rest are not targets.
func (pa *para) readTable(t *Table, rows [][]cellSpan) {
	at := &tableAt{t: t, section: pa.sc.section, rows: map[int][]*candidate{}}
	pos := pa.p.PosAt(0)
	t.Section, t.Line, t.Col = pa.sc.section, pos.Line, pos.Col
	pa.x.tables = append(pa.x.tables, at)
	for r, cells := range rows {
		row := &t.Rows[r]
		if row.Category {
			continue
		}
		ind, unit := pa.rowIndicator(t, row, cells)
		for i, cell := range cells {
			col := t.Columns[i]
			for _, m := range pa.figures {
				if m.start < cell.start || m.end > cell.end || m.class == ClassTrap {
					continue
				}
				switch col.Role {
				case ColumnNumber:
					m.class, m.reason = ClassTrap, "the number of a table row"
				case ColumnIndicator, ColumnUnit:
					m.class, m.reason = ClassOther, "part of the indicator "+row.Indicator
				case ColumnBaseline:
					tableUnit(m, unit)
					m.class, m.reason = ClassBaseline, fmt.Sprintf("the baseline column (%s) of a goal table", t.Header[i])
					row.Baseline = &Baseline{Text: m.text, Value: m.value, Unit: m.unit, Year: col.Year}
				case ColumnTarget:
					tableUnit(m, unit)
					if ind.text == "" {
						m.class, m.reason = ClassOther, "a target column without an indicator"
						continue
					}
					c := &candidate{
						section: pa.sc.section, p: pa.p, m: m, qStart: ind.start, qEnd: m.end,
						indStart: ind.start, indEnd: ind.end, indicator: row.Indicator,
						cmp: cmp.Or(m.cmp, "="), zh: m.text, ownHorizon: true, rule: RuleGoalTable,
						horizon: Horizon{Text: t.Header[i], From: col.Year, To: col.Year, Kind: HorizonStated, En: fmt.Sprint(col.Year)},
						quote:   strings.Join(row.Cells[:i+1], " | "),
					}
					c.kind = kindOf(KindLevel, row.Indicator, "", m)
					if strings.IndexAny(cell.text, "[［〔【") == 0 {
						c.kind = KindGrowth // 〔1〕: a change over the period, as such tables mark it in brackets
					}
					at.rows[r] = append(at.rows[r], c)
					pa.accept(m, c)
					m.reason = fmt.Sprintf("the target column (%s) of a goal table", t.Header[i])
				default:
					m.class, m.reason = ClassOther, fmt.Sprintf("the column %s of a goal table", t.Header[i])
				}
			}
		}
		for _, c := range at.rows[r] {
			c.baseline = row.Baseline
		}
	}
	for _, m := range pa.figures {
		if m.class == "" {
			m.class, m.reason = ClassOther, "in the title or header of a goal table"
		}
	}
}

// rowIndicator reads the indicator of a row and its unit, from brackets
// after it (千兆宽带用户数（万户）) or from a unit column, and records both.
func (pa *para) rowIndicator(t *Table, row *TableRow, cells []cellSpan) (cellSpan, string) {
	var ind cellSpan
	unit := ""
	for i, c := range t.Columns {
		switch c.Role {
		case ColumnIndicator:
			ind = cells[i]
		case ColumnUnit:
			unit = strings.Trim(cells[i].text, "（）()")
		}
	}
	text := ind.text
	if g := indicatorUnit.FindStringSubmatchIndex(text); g != nil && unit == "" {
		unit, text = text[g[2]:g[3]], text[:g[0]]
	}
	row.Indicator, row.Unit = tidy(text), normalUnit(unit)
	start := ind.start
	for start < ind.end && strings.ContainsRune(" \u3000\t", pa.rs[start]) {
		start++
	}
	return cellSpan{start: start, end: start + zh.RuneLen(text), text: row.Indicator}, row.Unit
}

// tableUnit gives a bare figure of a goal table the unit of its row: the
// 8 of IPv6活跃用户数（亿户） is 8 亿户.
func tableUnit(m *mention, unit string) {
	if m.unit != "" || unit == "" {
		return
	}
	*m = m.withUnit(unit)
	m.prefix = zh.Magnitude(zh.LeadingMagnitude(unit))
}
