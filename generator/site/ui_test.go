package site

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mingbai/generator/library"
	"mingbai/generator/policy"
	"mingbai/generator/targets"
)

// TestMain loads the project's UI strings for the tests that call the page
// builders directly; Build and GenerateWith load those of their own root.
func TestMain(m *testing.M) {
	if err := useLabels("../.."); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// projectDir is a temporary project root holding the project's UI strings
// (i18n/), which the generator reads from the root it generates.
func projectDir(t testing.TB) string {
	t.Helper()
	root := t.TempDir()
	copyTree(t, "../../i18n", filepath.Join(root, "i18n"))
	return root
}

// TestLabels: the wording the generator writes, from i18n/, in the cases
// the library's documents do not all reach.
func TestLabels(t *testing.T) {
	one := &library.Doc{Model: &policy.Document{ID: "x"}, Targets: make([]targets.Target, 1)}
	two := &library.Doc{Model: &policy.Document{ID: "x"}, Targets: make([]targets.Target, 2)}
	tb := []targets.Table{{Header: []string{"指标"}}, {Header: []string{"指标"}, Title: "专栏2 主要指标"}}
	for _, c := range []struct{ got, want string }{
		{targetsSummaryOf(one, "en"), "1 quantitative target."}, // untitled: no empty "from"
		{targetsSummaryOf(two, "en"), "2 quantitative targets."},
		{targetsSummaryOf(one, "zh"), "共1项量化目标。"},
		{catalogueSummary(1, "en"), "1 document."},
		{catalogueSummary(2, "en"), "2 documents."},
		{catalogueSummary(1, "zh"), "共1份文件。"},
		{strings.Split(goalTables(tb, "zh"), "\n")[0], "## 目标表 1 {#}"},
		{strings.Split(goalTables(tb, "en"), "\n")[0], "## Goal table 1 {#}"},
		{horizon(targets.Horizon{Kind: targets.HorizonInferred, Text: "未来5年", From: 2024, To: 2028}, "en"), "2024–2028, inferred from 未来5年"},
		{horizon(targets.Horizon{Kind: targets.HorizonInferred, Text: "未来5年", From: 2024, To: 2028}, "zh"), "未来5年（推算为2024–2028年）"},
		{horizon(targets.Horizon{Kind: targets.HorizonStated, Text: "到2025年", To: 2025}, "zh"), "到2025年"},
		{horizon(targets.Horizon{Kind: targets.HorizonStated, Text: "“十四五”期间", From: 2021, To: 2025}, "zh"), "“十四五”期间（2021–2025年）"},
		{horizon(targets.Horizon{Kind: targets.HorizonNone}, "en"), "no date stated"},
		{enLabel(&policy.Section{Style: policy.StyleArticle, Number: 17, Sub: 1}), "Article 17-1"},
		{enLabel(&policy.Section{Style: policy.StyleParenHan, Number: 7}), "(7)"},
		{enLabel(&policy.Section{Number: 1}), "1."},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	if err := labelErr(); err != nil {
		t.Fatal(err)
	}
}

// TestMissingLabel: a key missing from i18n/ fails the run with the file
// and the key, and nothing is written.
func TestMissingLabel(t *testing.T) {
	defer useLabels("../..") // the other tests' strings
	root := projectDir(t)
	writeFile(t, filepath.Join(root, "seeds", "a.txt"), "关于推进甲事项的意见\n\n一、总体要求\n\n（一）加强统筹。到2027年，建成10个中心。\n")
	zh := filepath.Join(root, "i18n", "zh.toml")
	b, err := os.ReadFile(zh)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, zh, strings.Replace(string(b), "[targets_title]", "[targets_title_renamed]", 1))
	_, err = Generate(root, false)
	if err == nil || err.Error() != `i18n/zh.toml: no key "targets_title"` {
		t.Fatalf("Generate = %v, want the missing key", err)
	}
	if _, err := os.Stat(filepath.Join(root, "content")); err == nil {
		t.Fatal("a failed Generate wrote content/")
	}
}

// TestLabelErrOnce: a key missing on every page is reported once.
func TestLabelErrOnce(t *testing.T) {
	defer useLabels("../..")
	for range 1000 {
		say("en", "no_such_key", nil)
		say("zh", "no_such_key", nil)
	}
	if err := labelErr(); err == nil || err.Error() != "i18n/en.toml: no key \"no_such_key\"\ni18n/zh.toml: no key \"no_such_key\"" {
		t.Fatalf("labelErr = %v", err)
	}
}
