package targets

import (
	"fmt"
	"testing"
)

func TestScanMarkers(t *testing.T) {
	tests := []struct {
		in   string
		year int
		want string // the first marker: text, tense and horizon
	}{
		{"未来5年，", 2024, "未来5年 forward 未来5年 (2024–2028)"},
		{"今后三年，", 2024, "今后三年 forward 今后三年 (2024–2026)"},
		{"3年内建成", 2024, "3年内 forward 3年内 (2024–2026)"},
		{"到2025年，", 2024, "到2025年 forward 到2025年 (2025)"},
		{"2027年底前", 2024, "2027年底前 forward 2027年底前 (2027)"},
		{"2027年前完成", 2024, "2027年前 forward 2027年前 (2027)"},
		{"2024—2026年，", 2024, "2024—2026年 forward 2024—2026年 (2024–2026)"},
		{"今年发展主要预期目标是", 2024, "今年 forward 今年 (2024)"},
		{"年内完成", 2024, "年内 forward 年内 (2024)"},
		{"明年起", 2024, "明年 forward 明年 (2025)"},
		{"“十四五”期间", 2022, "“十四五”期间 forward “十四五”期间 (2021–2025)"},
		{"到“十五五”末", 2026, "“十五五”末 forward “十五五”末 (2030)"},
		{"“十三五”期间", 2021, "“十三五”期间 past “十三五”期间 (2016–2020)"},
		{"2023年，全省", 2024, "2023年 past 2023年 (2023)"},
		{"今年以来，", 2024, "今年以来 past"},
		{"过去一年，", 2024, "过去一年 past"},
		{"五年来，", 2024, "五年来 past"},
		{"比2020年下降", 2024, ""},
		{"比上年增加", 2024, ""},
		{"2019年1月1日起", 2019, ""},
		{"《纲要（2021-2025年）》", 2024, ""},
		{"预计今年", 2024, "预计 forecast"},
		{"力争", 2024, "力争 goal"},
		{"虚拟现实", 2024, ""},
		{"未来5年", 0, "未来5年 forward 未来5年"},
	}
	for _, tt := range tests {
		got := ""
		if ms := scanMarkers(tt.in, tt.year); len(ms) > 0 {
			m := ms[0]
			got = m.text + " " + m.tense
			if h := m.horizon; h != nil {
				got += " " + h.Text
				switch {
				case h.From == h.To && h.From != 0:
					got += fmt.Sprintf(" (%d)", h.From)
				case h.From != 0:
					got += fmt.Sprintf(" (%d–%d)", h.From, h.To)
				}
			}
		}
		if got != tt.want {
			t.Errorf("scanMarkers(%q, %d) = %q, want %q", tt.in, tt.year, got, tt.want)
		}
	}
}

// TestHorizonKind: years written in the text are stated, years counted from
// the document's date inferred (with the rule), no horizon words none.
func TestHorizonKind(t *testing.T) {
	tests := []struct{ text, kind, rule string }{
		{"到2025年，全省研发人员达到5000人。", HorizonStated, ""},
		{"“十四五”时期，全省研发人员达到5000人。", HorizonStated, ""},
		{"力争未来5年，全社会研发经费投入年均增长9%以上。", HorizonInferred, "inferred from 未来5年 (over the next five years), counting 2024, the document's year, as the first"},
		{"今年城镇新增就业1200万人以上。", HorizonInferred, "inferred from 今年 (this year) in a document of 2024"},
		{"全省研发人员达到5000人。", HorizonNone, ""},
	}
	for _, tt := range tests {
		ts := Extract(docOf("2024-06-20", "", tt.text)).Targets
		if len(ts) != 1 || ts[0].Horizon.Kind != tt.kind || ts[0].Horizon.Rule != tt.rule {
			t.Errorf("%s: horizon %+v, want kind %s rule %q", tt.text, ts, tt.kind, tt.rule)
		}
	}
}

// TestHorizonEnglish: the horizon's words are given in English too, for
// the English label: 未来5年 is "over the next five years".
func TestHorizonEnglish(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"力争未来5年，全社会研发经费投入年均增长9%以上。", "over the next five years"},
		{"今后三年，全省研发人员达到5000人。", "over the next three years"},
		{"3年内建成8-10个示范园区。", "within three years"},
		{"力争通过3年努力，培育产业集群上市企业10家以上。", "in three years"},
		{"到2025年，全省研发人员达到5000人。", "by 2025"},
		{"到2027年底，全省研发人员达到5000人。", "by the end of 2027"},
		{"2024—2026年，全省研发人员达到5000人。", "2024–2026"},
		{"今年城镇新增就业1200万人以上。", "this year"},
		{"“十四五”时期，全省研发人员达到5000人。", "the 14th Five-Year Plan period (2021–2025)"},
		{"全省研发人员达到5000人。", ""},
	} {
		ts := Extract(docOf("2024-06-20", "", tt.text)).Targets
		if len(ts) != 1 || ts[0].Horizon.En != tt.want {
			t.Errorf("%s: %+v, want horizon en %q", tt.text, ts, tt.want)
		}
	}
}
