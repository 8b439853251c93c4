package label

import (
	"strings"
	"testing"
)

const enTOML = `site = "Mingbai"
targets_title = "Targets: {{ .Title }}"
[n_documents]
one = "{{ .Count }} document"
other = "{{ .Count }} documents"
[n_only_other]
other = "{{ .Count }} items"
`

const zhTOML = `site = "明白"
targets_title = "目标一览：{{ .Title }}"
[n_documents]
one = "never used: Chinese has no one form"
other = "{{ .Count }}份文件"
`

func testSet(t *testing.T) *Set {
	t.Helper()
	s := &Set{langs: map[string]*file{}}
	if err := s.Add("en", "i18n/en.toml", []byte(enTOML)); err != nil {
		t.Fatal(err)
	}
	if err := s.Add("zh", "i18n/zh.toml", []byte(zhTOML)); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestText(t *testing.T) {
	s := testSet(t)
	for _, c := range []struct {
		lang, key string
		data      any
		want      string
	}{
		{"en", "site", nil, "Mingbai"},
		{"zh", "site", nil, "明白"},
		{"en", "n_documents", 1, "1 document"},
		{"en", "n_documents", 0, "0 documents"},
		{"en", "n_documents", 2, "2 documents"},
		{"en", "n_documents", 21, "21 documents"},
		{"en", "n_documents", map[string]any{"Count": 1}, "1 document"},
		{"en", "n_documents", struct{ Count int }{1}, "1 document"},
		{"zh", "n_documents", 1, "1份文件"}, // zh: other only
		{"zh", "n_documents", 3, "3份文件"},
		{"en", "n_only_other", 1, "1 items"}, // no "one": falls back to other, as go-i18n does
		{"en", "targets_title", map[string]any{"Title": "Plan X"}, "Targets: Plan X"},
		{"zh", "targets_title", map[string]any{"Title": "规划"}, "目标一览：规划"},
	} {
		got, err := s.Text(c.lang, c.key, c.data)
		if err != nil {
			t.Errorf("%s %s %v: %v", c.lang, c.key, c.data, err)
			continue
		}
		if got != c.want {
			t.Errorf("%s %s %v = %q, want %q", c.lang, c.key, c.data, got, c.want)
		}
	}
}

func TestTextErrors(t *testing.T) {
	s := testSet(t)
	for _, c := range []struct {
		lang, key string
		data      any
		want      string
	}{
		{"en", "no_such_key", nil, `i18n/en.toml: no key "no_such_key"`},
		{"fr", "site", nil, `i18n/fr.toml: language "fr" not loaded`},
		{"en", "n_documents", map[string]any{"Count": "two"}, `i18n/en.toml: n_documents: the count two is not an integer`},
	} {
		_, err := s.Text(c.lang, c.key, c.data)
		if err == nil || err.Error() != c.want {
			t.Errorf("%s %s: error %v, want %q", c.lang, c.key, err, c.want)
		}
	}
}

func TestAddErrors(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"a = \"x\"\n[b]\none = \"{{ .Count }\"\nother = \"y\"\n", "i18n/en.toml:2:1: error: b: one: template: b:1: unexpected \"}\" in operand"},
		{"a = \"x\"\n[b]\nsome = \"y\"\nother = \"z\"\n", `i18n/en.toml:2:1: error: b: unknown plural form "some"`},
		{"[b]\none = \"y\"\n", `i18n/en.toml:1:1: error: b: no "other" form`},
		{"a = 3\n", "i18n/en.toml:1:1: error: a: neither a string nor a table of plural forms"},
		{"a = \"x\n", "i18n/en.toml:1:"},
	} {
		err := (&Set{langs: map[string]*file{}}).Add("en", "i18n/en.toml", []byte(c.src))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: error\n%v\nwant it to start with\n%s", c.src, err, c.want)
		}
	}
}

// TestSiteFiles loads the project's own i18n files: both parse, and each
// has every key of the other.
func TestSiteFiles(t *testing.T) {
	s, err := Load("../..", "zh", "en")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][2]string{{"zh", "en"}, {"en", "zh"}} {
		for _, k := range s.Keys(p[0]) {
			if !s.Has(p[1], k) {
				t.Errorf("i18n/%s.toml has %s, i18n/%s.toml does not", p[0], k, p[1])
			}
		}
	}
}
