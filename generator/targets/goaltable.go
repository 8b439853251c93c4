package targets

import (
	"regexp"
	"strconv"
	"strings"

	"mingbai/generator/zh"
)

// Table is a goal table: a box of indicators laid out one cell per source
// line, with a header row that names a baseline year and a target year,
//
//	专栏1　“十四五”数字经济发展主要指标
//	指标 | 2020年 | 2025年 | 属性
//	数字经济核心产业增加值占GDP比重（%） | 7.8 | 10 | 预期性
//
// The baseline column is a fact and its figures are baselines; the target
// column gives one target per row, which carries the baseline.
type Table struct {
	ID      string     `json:"id"` // section + "-g" + ordinal: "c1-m01-g1"
	Section string     `json:"section"`
	Line    int        `json:"line"` // where the box starts
	Col     int        `json:"col"`
	Title   string     `json:"title"`  // 专栏1　“十四五”数字经济发展主要指标; "" if none
	Header  []string   `json:"header"` // 指标, 2020年, 2025年, 属性
	Columns []Column   `json:"columns"`
	Rows    []TableRow `json:"rows"`
}

// Column is what a column of a goal table holds.
type Column struct {
	Role string `json:"role"`           // one of the Column roles
	Year int    `json:"year,omitempty"` // for baseline and target columns
}

// Column roles.
const (
	ColumnNumber    = "number"    // 序号
	ColumnIndicator = "indicator" // 指标
	ColumnUnit      = "unit"      // 单位
	ColumnBaseline  = "baseline"  // 2020年, a year not after the document's
	ColumnTarget    = "target"    // 2025年, a year after the document's
	ColumnOther     = "other"     // 属性, 备注, 年均增速
)

// TableRow is one row of a goal table: its cells as written, and for an
// indicator row, the indicator, its unit, the baseline and the IDs of the
// targets it gives. A row of one cell is a category (数字基础设施).
type TableRow struct {
	Cells     []string  `json:"cells"`
	Category  bool      `json:"category,omitempty"`
	Indicator string    `json:"indicator,omitempty"`
	Unit      string    `json:"unit,omitempty"`
	Baseline  *Baseline `json:"baseline,omitempty"`
	Targets   []string  `json:"targets,omitempty"`
}

// Baseline is the value an indicator had in the baseline year of a goal
// table: 7.8 (%) in 2020.
type Baseline struct {
	Text  string `json:"text"` // as written: 7.8
	Value Value  `json:"value"`
	Unit  string `json:"unit"`
	Year  int    `json:"year,omitempty"`
}

var (
	// headerCell matches a cell of the header row of a goal table: 指标,
	// 序号, 属性, 单位, 2020年, 2025年目标值, 基期值（2020年）, 年均增速.
	headerCell = regexp.MustCompile(`^(?:序号|编号|类别|分类|领域|维度|指标|指标名称|主要指标|具体指标|指\s*标|单位|计量单位|属性|指标属性|性质|备注|累计|年均增[长速](?:[（(]?%[)）]?)?|(?:基期|基准|现状|目标|预期)值?)$` +
		`|^(?:(?:基期|基准|现状|目标|预期)值?[（(])?(` + zh.YearPattern + `)年?(?:底|末)?(?:[)）]|(?:基期|基准|现状|目标|预期)值?)?$`)

	// placeholderCell matches a cell that holds no value: —, -, /, 无.
	placeholderCell = regexp.MustCompile(`^(?:[—\-－–/／]+|无|暂无|—\s*—)$`)

	// indicatorUnit matches the unit in brackets at the end of an indicator
	// cell, in group 1: 千兆宽带用户数（万户）, 比重（%）.
	indicatorUnit = regexp.MustCompile(`\s*[（(]([^（）()]{1,8})[)）]\s*$`)
)

// cellSpan is one cell of a box, in runes of the paragraph text.
type cellSpan struct {
	start, end int
	text       string
}

// goalTable reads the box of pa as a goal table, if it is one: a header row
// with at least one year column, then rows of as many cells (or category
// rows of one cell), every year cell a figure or a placeholder. It returns
// nil for any other box.
func (pa *para) goalTable() (*Table, [][]cellSpan) {
	if pa.cells == nil {
		return nil, nil
	}
	var cs []cellSpan
	cuts := append(append([]int{0}, pa.cells...), len(pa.rs))
	for i := 0; i+1 < len(cuts); i++ {
		t := strings.Trim(string(pa.rs[cuts[i]:cuts[i+1]]), " \u3000\t")
		if t != "" {
			cs = append(cs, cellSpan{cuts[i], cuts[i+1], t})
		}
	}
	h := 0
	for h < len(cs) && !headerCell.MatchString(cs[h].text) {
		h++
	}
	if h > 1 || h == len(cs) {
		return nil, nil // the header must come first, after at most a title
	}
	t := &Table{}
	if h == 1 {
		t.Title = cs[0].text
	}
	years := 0
	for ; h < len(cs) && headerCell.MatchString(cs[h].text); h++ {
		t.Header = append(t.Header, cs[h].text)
		t.Columns = append(t.Columns, pa.column(cs[h].text))
		if t.Columns[len(t.Columns)-1].Year > 0 {
			years++
		}
	}
	n := len(t.Header)
	if years == 0 || n < 2 {
		return nil, nil
	}
	pa.roles(t)
	var rows [][]cellSpan
	for i := h; i < len(cs); {
		if i+n <= len(cs) && rowFits(t, cs[i:i+n]) {
			t.Rows = append(t.Rows, TableRow{Cells: texts(cs[i : i+n])})
			rows = append(rows, cs[i:i+n])
			i += n
			continue
		}
		if value(cs[i].text) {
			return nil, nil
		}
		t.Rows = append(t.Rows, TableRow{Cells: []string{cs[i].text}, Category: true})
		rows = append(rows, cs[i:i+1])
		i++
	}
	if len(rows) == 0 || len(rows) == len(t.Rows) && t.Rows[len(rows)-1].Category && len(rows) == 1 {
		return nil, nil
	}
	return t, rows
}

// column reads a header cell: its year, if any, and a role other than
// baseline or target (which roles decides).
func (pa *para) column(text string) Column {
	if g := headerCell.FindStringSubmatch(text); g != nil && g[1] != "" {
		y, _ := strconv.Atoi(g[1])
		return Column{Role: ColumnTarget, Year: y}
	}
	switch {
	case strings.Contains(text, "序号") || text == "编号":
		return Column{Role: ColumnNumber}
	case strings.Contains(text, "单位"):
		return Column{Role: ColumnUnit}
	case strings.Contains(strings.ReplaceAll(strings.ReplaceAll(text, " ", ""), "\u3000", ""), "指标") && !strings.Contains(text, "属性"):
		return Column{Role: ColumnIndicator}
	}
	return Column{Role: ColumnOther}
}

// roles tells baseline years from target years: a year up to the document's
// is a baseline; without a document year, the earliest of several is. A
// table without an indicator column takes its first other column.
func (pa *para) roles(t *Table) {
	first, ind := 0, false
	for _, c := range t.Columns {
		if c.Year > 0 && (first == 0 || c.Year < first) {
			first = c.Year
		}
		ind = ind || c.Role == ColumnIndicator
	}
	for i, c := range t.Columns {
		if c.Year == 0 {
			if !ind && c.Role == ColumnOther {
				t.Columns[i].Role, ind = ColumnIndicator, true
			}
			continue
		}
		if y := pa.x.year; y != 0 && c.Year <= y || y == 0 && c.Year == first && len(t.Columns) > 2 {
			t.Columns[i].Role = ColumnBaseline
		}
	}
}

// rowFits reports whether cells can be one row of t: every year cell a
// figure or a placeholder, and the indicator cell not a figure.
func rowFits(t *Table, cells []cellSpan) bool {
	for i, c := range t.Columns {
		switch {
		case c.Year > 0 && !value(cells[i].text) && !placeholderCell.MatchString(cells[i].text):
			return false
		case c.Role == ColumnIndicator && value(cells[i].text):
			return false
		}
	}
	return true
}

// value reports whether a cell is one figure and nothing else: 7.8, 10,
// ＞60, 1.5万, [5], 〔30〕.
func value(cell string) bool {
	s := strings.Trim(cell, "[]［］〔〕【】")
	loc := mentionPattern.FindStringIndex(s)
	return loc != nil && loc[1] == len(s)
}

// texts returns the text of each cell.
func texts(cs []cellSpan) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.text
	}
	return out
}
