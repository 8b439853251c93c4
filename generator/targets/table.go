package targets

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// csvHeader is the header row of WriteCSV; the column order is fixed.
var csvHeader = []string{
	"id", "section", "line", "col", "indicator", "kind", "comparator", "value", "unit",
	"base_value", "base_unit", "horizon", "horizon_from", "horizon_to", "zh", "en", "quote", "places",
}

// WriteCSV writes ts as CSV in UTF-8 with a header row. Values are exact
// (8-10 for a range, 1/3 for a third); places lists every statement of a
// restated target as "section line:col", separated by "; ":
//
//	id,section,line,col,indicator,kind,comparator,value,unit,…
//	c1-t1,c1,17,…,全社会研发经费投入,growth,>=,9,%,…
func WriteCSV(w io.Writer, ts []Target) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, t := range ts {
		var baseValue, baseUnit string
		if t.Base != nil {
			baseValue, baseUnit = t.Base.Value.String(), t.Base.Unit
		}
		var places []string
		for _, p := range t.Places {
			places = append(places, fmt.Sprintf("%s %d:%d", p.Section, p.Line, p.Col))
		}
		row := []string{
			t.ID, t.Section, strconv.Itoa(t.Line), strconv.Itoa(t.Col), t.Indicator, t.Kind, t.Comparator,
			t.Value.String(), t.Unit, baseValue, baseUnit,
			t.Horizon.Text, year(t.Horizon.From), year(t.Horizon.To), t.Zh, t.En, t.Quote, strings.Join(places, "; "),
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// year writes a horizon year, or nothing for an unknown one.
func year(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

// WriteJSON writes ts as an indented JSON array, without HTML escaping and
// ending in a newline; an empty table is [].
func WriteJSON(w io.Writer, ts []Target) error {
	if ts == nil {
		ts = []Target{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(ts)
}
