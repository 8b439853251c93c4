package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"mingbai/generator/library"
	"mingbai/generator/targets"
	"mingbai/generator/translation"
)

// indicator returns a target's indicator in lang and its translation status.
// Without a translation the English table shows the Chinese, marked.
func indicator(d *library.Doc, t targets.Target, lang string) (string, string) {
	if lang == "zh" {
		return t.Indicator, translation.Current
	}
	en, st := tr(d, translation.IndicatorUnit(t.ID))
	if st == translation.Missing {
		return say(lang, "target_untranslated", map[string]any{"Indicator": t.Indicator}), st
	}
	return en, st
}

// targetTable is the Markdown table of a document's targets. prefix leads
// from the page to the document's folder ("../" from its targets page,
// "<doc>/" from the library targets page).
func targetTable(d *library.Doc, lang, prefix string) string {
	if len(d.Targets) == 0 {
		return say(lang, "targets_none", nil) + "\n"
	}
	var head []string
	for _, k := range []string{"indicator", "target", "by", "where", "source"} {
		head = append(head, say(lang, "target_head_"+k, nil))
	}
	var rows [][]string
	for _, t := range d.Targets {
		ind, _ := indicator(d, t, lang)
		val := t.Zh
		if lang == "en" {
			val = t.En
		}
		where := fmt.Sprintf("[%s](%s)", escape(say(lang, "target_preamble", nil)), prefix)
		if s := d.Model.Section(t.Section); s != nil {
			where = fmt.Sprintf("[%s](%s%s/)", escape(label(s, lang)), prefix, t.Section)
		}
		quote := escape(t.Quote)
		if lang == "en" {
			quote = fmt.Sprintf("%d:%d", t.Line, t.Col)
		}
		rows = append(rows, []string{escape(ind), escape(val), escape(horizon(t.Horizon, lang)), where, quote})
	}
	return table(head, rows)
}

// horizon writes a target's horizon: the years it resolves to, after the
// original words in Chinese ("到2025年", "未来5年（推算为2024–2028年）"), alone
// in English when the text states them ("2025"), with the words they were
// inferred from when it does not ("2024–2028, inferred from 未来5年"), and
// "no date stated" / "未注明期限" when the text gives none.
func horizon(h targets.Horizon, lang string) string {
	years := ""
	switch {
	case h.From > 0 && h.To > h.From:
		years = fmt.Sprintf("%d–%d", h.From, h.To)
	case h.To > 0:
		years = fmt.Sprint(h.To)
	case h.From > 0:
		years = fmt.Sprint(h.From)
	}
	words := map[string]any{"Years": years, "Text": h.Text}
	switch {
	case h.Kind == targets.HorizonNone:
		return say(lang, "horizon_none", nil)
	case lang == "zh" && (years == "" || h.Text == "" || strings.Contains(h.Text, years)):
		return h.Text // the Chinese words state the years
	case h.Kind == targets.HorizonInferred && years != "":
		return say(lang, "horizon_inferred", words)
	}
	return say(lang, "horizon_stated", words)
}

// targetData is a target as the templates read it from hugo.Data.targets:
// the extractor's fields plus the indicator and display in both languages.
func targetData(d *library.Doc, t targets.Target) (map[string]any, error) {
	b, err := json.Marshal(t)
	if err != nil {
		return nil, err
	}
	m := map[string]any{}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	en, st := indicator(d, t, "en")
	m["indicator"] = map[string]string{"zh": t.Indicator, "en": en}
	m["indicatorStatus"] = st
	m["display"] = map[string]string{"zh": t.Zh, "en": t.En}
	// For the targets explorer: the horizon as the tables write it ("2024–2028,
	// inferred from 未来5年", "no date stated") and the year it ends (0: none).
	m["horizonText"] = map[string]string{"zh": horizon(t.Horizon, "zh"), "en": horizon(t.Horizon, "en")}
	m["year"] = max(t.Horizon.To, t.Horizon.From)
	return m, nil
}

// jsonBytes marshals v as indented JSON without HTML escaping, ending in a
// newline, so that output is deterministic and readable in a diff.
func jsonBytes(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// exportRows are the targets of d as the downloads give them (targets.csv,
// targets.json): with the document ID, the reviewed English indicator ("" if
// untranslated) and the permalink, absolute under base (siteBase: the file is
// read away from the site), or from the site root when base is "".
func exportRows(d *library.Doc, ts []targets.Target, base string) []targets.Row {
	rows := make([]targets.Row, 0, len(ts))
	for _, t := range ts {
		en, st := indicator(d, t, "en")
		if st == translation.Missing {
			en = ""
		}
		perma := targets.Permalink(d.Model.ID, t)
		if base != "" {
			perma = base + strings.TrimPrefix(perma, "/")
		}
		rows = append(rows, targets.Row{Doc: d.Model.ID, IndicatorEn: en, Permalink: perma, Target: t})
	}
	return rows
}

// siteBase is the site's production address, baseURL in the project's
// hugo.toml, ending in "/"; "" when it is not an absolute http(s) URL.
// (A build with --baseURL elsewhere still gives the production address in
// the downloads: the address a page keeps.)
func siteBase(root string) string {
	b, err := os.ReadFile(filepath.Join(root, "hugo.toml"))
	if err != nil {
		return ""
	}
	var c struct {
		BaseURL string `toml:"baseURL"`
	}
	if toml.Unmarshal(b, &c) != nil || !(strings.HasPrefix(c.BaseURL, "https://") || strings.HasPrefix(c.BaseURL, "http://")) {
		return ""
	}
	return strings.TrimSuffix(c.BaseURL, "/") + "/"
}
