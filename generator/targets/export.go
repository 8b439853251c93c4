package targets

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Row is a target as the downloads give it (targets.csv, targets.json): the
// target with the document it belongs to, its indicator in English and its
// permalink. Schema describes it as JSON.
type Row struct {
	Doc         string `json:"doc"`         // the document ID: liaoning-2024-8
	IndicatorEn string `json:"indicatorEn"` // "" while untranslated
	Permalink   string `json:"permalink"`   // /en/liaoning-2024-8/c1/#t-c1-t1, or an absolute URL
	Target
}

// Schema is the JSON Schema of an array of Row, as published next to the
// data (targets.schema.json).
//
//go:embed schema.json
var Schema []byte

// Permalink returns the path of target t of document doc on the English
// site, from the site root: /en/<doc>/<section>/#t-<id>, or /en/<doc>/#t-<id>
// for a target of the preamble or epilogue. The Chinese page is the same path
// under /zh/.
func Permalink(doc string, t Target) string {
	if t.Section == SectionPreamble || t.Section == SectionEpilogue {
		return fmt.Sprintf("/en/%s/#t-%s", doc, t.ID)
	}
	return fmt.Sprintf("/en/%s/%s/#t-%s", doc, t.Section, t.ID)
}

// csvHeader is the header row of WriteCSV; the column order is fixed.
var csvHeader = []string{
	"doc", "id", "section", "permalink", "indicator_zh", "indicator_en", "kind", "annual", "comparator",
	"value", "unit", "aggregate", "shared_with", "base_value", "base_unit", "baseline_value", "baseline_unit", "baseline_year",
	"against", "horizon", "horizon_en", "horizon_from", "horizon_to", "horizon_kind", "horizon_rule",
	"zh", "en", "quote", "line", "col", "places", "table",
}

// bom is the byte-order mark that makes Excel read a CSV file as UTF-8.
const bom = "\uFEFF"

// WriteCSV writes rows as CSV in UTF-8, starting with a byte-order mark so
// that Excel shows the Chinese on a double click, with a header row. Values
// are exact (8-10 for a range, 1/3 for a third); aggregate is
// each-or-combined-unstated where one figure serves several indicators
// without saying each or combined, and shared_with names the other targets
// of that figure, separated by spaces; places lists every statement
// of a restated target as "section line:col", separated by "; ":
//
//	doc,id,section,permalink,indicator_zh,indicator_en,kind,annual,…
//	liaoning-2024-8,c1-t1,c1,/en/liaoning-2024-8/c1/#t-c1-t1,全社会研发经费投入,R&D spending,growth,average,…
func WriteCSV(w io.Writer, rows []Row) error {
	if _, err := io.WriteString(w, bom); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, r := range rows {
		t := r.Target
		var baseValue, baseUnit, blValue, blUnit, blYear string
		if t.Base != nil {
			baseValue, baseUnit = t.Base.Value.String(), t.Base.Unit
		}
		if b := t.Baseline; b != nil {
			blValue, blUnit, blYear = b.Value.String(), b.Unit, year(b.Year)
		}
		var places []string
		for _, p := range t.Places {
			places = append(places, fmt.Sprintf("%s %d:%d", p.Section, p.Line, p.Col))
		}
		row := []string{
			r.Doc, t.ID, t.Section, r.Permalink, t.Indicator, r.IndicatorEn, t.Kind, t.Annual, t.Comparator,
			t.Value.String(), t.Unit, t.Aggregate, strings.Join(t.SharedWith, " "), baseValue, baseUnit, blValue, blUnit, blYear,
			t.Against, t.Horizon.Text, t.Horizon.En, year(t.Horizon.From), year(t.Horizon.To), t.Horizon.Kind, t.Horizon.Rule,
			t.Zh, t.En, t.Quote, strconv.Itoa(t.Line), strconv.Itoa(t.Col), strings.Join(places, "; "), t.Table,
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
