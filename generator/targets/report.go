package targets

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// decisions are the words the review sheet uses for each class of figure.
var decisions = map[string]string{
	ClassTarget:    "target",
	ClassResult:    "past result",
	ClassBaseline:  "baseline",
	ClassForecast:  "forecast",
	ClassThreshold: "threshold",
	ClassTrap:      "not a quantity",
	ClassOther:     "not a target",
}

// Decision is the review sheet's word for a figure class: "past result" for
// ClassResult, "not a quantity" for ClassTrap.
func Decision(class string) string {
	if d, ok := decisions[class]; ok {
		return d
	}
	return class
}

// WriteReport writes the review sheet of one document: every figure, in
// document order, with its position, section, decision, text, the rule
// that took or rejected it and the reason, and the targets it gives; then a
// count of each decision, the target table and the goal tables.
//
//	seeds/x.txt:19:24  c1  target       9%以上  indicator-verb-figure  a growth target  c1-t1
//	seeds/x.txt:57:12  c3  past result  5.2%    time-frame             a past result (2023年)
func WriteReport(w io.Writer, file string, res Result) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "# figures of %s\n", file)
	count := map[string]int{}
	for _, f := range res.Figures {
		count[f.Class]++
		fmt.Fprintf(tw, "%s:%d:%d\t%s\t%s\t%s\t%s\t%s\t%s\n", file, f.Line, f.Col, f.Section, Decision(f.Class), f.Text, f.Rule, f.Reason, strings.Join(f.Targets, ","))
	}
	tw.Flush()
	var parts []string
	for _, c := range []string{ClassTarget, ClassResult, ClassBaseline, ClassForecast, ClassThreshold, ClassTrap, ClassOther} {
		if count[c] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", count[c], Decision(c)))
		}
	}
	fmt.Fprintf(w, "\n# %d figures: %s\n\n# %d targets\n", len(res.Figures), strings.Join(parts, ", "), len(res.Targets))
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, t := range res.Targets {
		fmt.Fprintf(tw, "%s\t%d:%d\t%s\t%s %s\t%s\t%s\n", t.ID, t.Line, t.Col, t.Indicator, t.Comparator, t.Value.String()+t.Unit, horizonNote(t.Horizon), t.En)
	}
	tw.Flush()
	for _, g := range res.Tables {
		fmt.Fprintf(w, "\n# goal table %s at %d:%d: %s\n", g.ID, g.Line, g.Col, g.Title)
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "%s\n", strings.Join(g.Header, "\t"))
		for _, r := range g.Rows {
			fmt.Fprintf(tw, "%s\n", strings.Join(r.Cells, "\t"))
		}
		tw.Flush()
	}
	return nil
}

// horizonNote writes a horizon for the review sheet: 未来5年 2024–2028
// (inferred), 到2025年 2025 (stated), or "no horizon".
func horizonNote(h Horizon) string {
	if h.Kind == HorizonNone || h.Text == "" {
		return "no horizon"
	}
	years := fmt.Sprint(h.To)
	if h.From != h.To {
		years = fmt.Sprintf("%d–%d", h.From, h.To)
	}
	if h.To == 0 {
		years = "?"
	}
	return fmt.Sprintf("%s %s (%s)", h.Text, years, h.Kind)
}
