package site

import (
	"bytes"
	"encoding/json"
	"fmt"

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
		return t.Indicator + " (untranslated)", st
	}
	return en, st
}

// targetTable is the Markdown table of a document's targets. prefix leads
// from the page to the document's folder ("../" from its targets page,
// "<doc>/" from the library targets page).
func targetTable(d *library.Doc, lang, prefix string) string {
	if len(d.Targets) == 0 {
		return map[string]string{"zh": "本文件没有量化目标。\n", "en": "This document sets no quantitative targets.\n"}[lang]
	}
	head := map[string][]string{
		"zh": {"指标", "目标", "期限", "出处", "原文"},
		"en": {"Indicator", "Target", "By", "Where", "Source line"},
	}[lang]
	var rows [][]string
	for _, t := range d.Targets {
		ind, _ := indicator(d, t, lang)
		val := t.Zh
		if lang == "en" {
			val = t.En
		}
		where := fmt.Sprintf("[%s](%s%s/)", t.Section, prefix, t.Section)
		if t.Section == "preamble" {
			where = fmt.Sprintf("[%s](%s)", t.Section, prefix)
		}
		quote := escape(t.Quote)
		if lang == "en" {
			quote = fmt.Sprintf("%d:%d", t.Line, t.Col)
		}
		rows = append(rows, []string{escape(ind), escape(val), escape(t.Horizon.Text), where, quote})
	}
	return table(head, rows)
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
