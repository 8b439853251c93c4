package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mingbai/generator/library"
	"mingbai/generator/policy"
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

// TestDownloadPermalinks: the permalinks of targets.csv and targets.json are
// absolute, under hugo.toml's baseURL, so that they work once the file has
// left the site; without an absolute baseURL they start at the site root.
func TestDownloadPermalinks(t *testing.T) {
	d := &library.Doc{Model: &policy.Document{ID: "d"}}
	ts := []targets.Target{{ID: "c1-t1", Section: "c1"}, {ID: "t1", Section: targets.SectionPreamble}}
	root := t.TempDir()
	for _, tc := range []struct{ config, want string }{
		{`baseURL = "https://example.org/policy/"`, "https://example.org/policy/en/d/c1/#t-c1-t1 https://example.org/policy/en/d/#t-t1"},
		{`baseURL = "https://example.org"`, "https://example.org/en/d/c1/#t-c1-t1 https://example.org/en/d/#t-t1"},
		{`baseURL = "/"`, "/en/d/c1/#t-c1-t1 /en/d/#t-t1"},
	} {
		if err := os.WriteFile(filepath.Join(root, "hugo.toml"), []byte(tc.config), 0o644); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range exportRows(d, ts, siteBase(root)) {
			got = append(got, r.Permalink)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s: %s, want %s", tc.config, g, tc.want)
		}
	}
	if b := siteBase("../.."); !strings.HasPrefix(b, "https://") {
		t.Errorf("the project's hugo.toml gives base %q", b)
	}
}
