package site

import (
	"testing"

	"mingbai/generator/targets"
)

// TestHorizonKind: a table says which horizons the text states, which are
// inferred from the document's date, and that some give no date.
func TestHorizonKind(t *testing.T) {
	for _, tc := range []struct {
		h      targets.Horizon
		zh, en string
	}{
		{targets.Horizon{Text: "未来5年", From: 2024, To: 2028, Kind: targets.HorizonInferred}, "未来5年（推算为2024–2028年）", "2024–2028, inferred from 未来5年"},
		{targets.Horizon{Text: "今年", From: 2024, To: 2024, Kind: targets.HorizonInferred}, "今年（推算为2024年）", "2024, inferred from 今年"},
		{targets.Horizon{Text: "到2025年", From: 2025, To: 2025, Kind: targets.HorizonStated}, "到2025年", "2025"},
		{targets.Horizon{Text: "“十四五”时期", From: 2021, To: 2025, Kind: targets.HorizonStated}, "“十四五”时期（2021–2025年）", "2021–2025"},
		{targets.Horizon{Kind: targets.HorizonNone}, "未注明期限", "no date stated"},
	} {
		if zh, en := horizon(tc.h, "zh"), horizon(tc.h, "en"); zh != tc.zh || en != tc.en {
			t.Errorf("%+v: %q %q, want %q %q", tc.h, zh, en, tc.zh, tc.en)
		}
	}
}
