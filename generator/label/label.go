// Package label gives the site's UI wording as Hugo's i18n function gives
// it to the templates, from the same files: the project's i18n/<lang>.toml,
// in go-i18n's format. A value is a Go text/template, either one string
// (every count) or a table of plural forms (CLDR categories: English has
// one and other, Chinese other only):
//
//	library_title = "Browse the library"
//	[n_documents]
//	one = "{{ .Count }} document"
//	other = "{{ .Count }} documents"
//
// The generator writes some of this wording into the pages as data (titles
// in the front matter, the heads of Markdown tables), so it reads the
// strings where the templates do, and no wording is kept in Go.
package label

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"text/template"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"mingbai/generator/diag"
	"mingbai/generator/tomlfile"
)

// Dir is the folder of the UI strings, relative to the project root, as
// Hugo finds it.
const Dir = "i18n"

// Set is the UI strings of a site, by language.
type Set struct {
	langs map[string]*file
}

// file is one language's strings: i18n/en.toml.
type file struct {
	path string
	tag  language.Tag
	msgs map[string]message
}

// message is one key's templates by plural form.
type message map[plural.Form]*template.Template

// forms are the plural categories a message may give, by their names in
// the file.
var forms = map[string]plural.Form{
	"zero": plural.Zero, "one": plural.One, "two": plural.Two,
	"few": plural.Few, "many": plural.Many, "other": plural.Other,
}

// Load reads root/i18n/<lang>.toml for each language: Load(".", "zh", "en").
func Load(root string, langs ...string) (*Set, error) {
	s := &Set{langs: map[string]*file{}}
	for _, lang := range langs {
		path := filepath.Join(root, Dir, lang+".toml")
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if err := s.Add(lang, filepath.ToSlash(filepath.Join(Dir, lang+".toml")), b); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Add parses the strings of one language, data being the file at path
// ("i18n/en.toml", for messages). A syntax error, a value that is neither a
// string nor a table of plural forms, an unknown plural form and a template
// that does not parse are errors at their line in the file:
//
//	i18n/en.toml:12:1: error: n_documents.one: template: n_documents:1: function "Count" not defined
func (s *Set) Add(lang, path string, data []byte) error {
	tag, err := language.Parse(lang)
	if err != nil {
		return fmt.Errorf("%s: language %q: %w", path, lang, err)
	}
	raw := map[string]any{}
	if err := tomlfile.Decode(path, data, &raw); err != nil {
		return err
	}
	f := &file{path: path, tag: tag, msgs: map[string]message{}}
	var ds []*diag.Diagnostic
	bad := func(key, msg string) {
		ds = append(ds, &diag.Diagnostic{Pos: diag.Pos{Line: lineOf(data, key), Col: 1}, Len: 1, Severity: diag.SeverityError, Msg: key + ": " + msg})
	}
	parse := func(key, name, text string) *template.Template {
		t, err := template.New(key).Parse(text)
		if err != nil {
			bad(key, name+": "+err.Error())
		}
		return t
	}
	for key, v := range raw {
		m := message{}
		switch v := v.(type) {
		case string:
			m[plural.Other] = parse(key, "other", v)
		case map[string]any:
			for name, text := range v {
				form, ok := forms[name]
				str, isStr := text.(string)
				switch {
				case !ok:
					bad(key, fmt.Sprintf("unknown plural form %q (zero, one, two, few, many, other)", name))
				case !isStr:
					bad(key, name+": not a string")
				default:
					m[form] = parse(key, name, str)
				}
			}
			if _, ok := m[plural.Other]; !ok {
				bad(key, `no "other" form`)
			}
		default:
			bad(key, "neither a string nor a table of plural forms")
		}
		f.msgs[key] = m
	}
	if len(ds) > 0 {
		return diag.NewError(path, data, ds...)
	}
	s.langs[lang] = f
	return nil
}

// lineOf is the line of key in an i18n file: its "[key]" table or its
// "key = …" line; 1 if neither is found.
func lineOf(data []byte, key string) int {
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "["+key+"]" || strings.HasPrefix(line, key+" ") || strings.HasPrefix(line, key+"=") {
			return i + 1
		}
	}
	return 1
}

// Has reports whether lang has key.
func (s *Set) Has(lang, key string) bool {
	f := s.langs[lang]
	if f == nil {
		return false
	}
	_, ok := f.msgs[key]
	return ok
}

// Keys are the keys of lang, sorted.
func (s *Set) Keys(lang string) []string {
	f := s.langs[lang]
	if f == nil {
		return nil
	}
	var keys []string
	for k := range f.msgs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Text is key in lang with data, as {{ i18n key data }} gives it in a Hugo
// template: data is nil, an integer (the count, read as .Count), or a map or
// struct whose Count, if it has one, picks the plural form; the template
// reads the rest by name. The form is the language's CLDR category for the
// count, "other" without one, and "other" when the file does not give the
// category (as go-i18n falls back).
//
//	Text("en", "n_documents", 1)                                   → "1 document"
//	Text("en", "targets_title", map[string]any{"Title": "Plan X"}) → "Targets: Plan X"
func (s *Set) Text(lang, key string, data any) (string, error) {
	f := s.langs[lang]
	if f == nil {
		return "", fmt.Errorf("%s/%s.toml: language %q not loaded", Dir, lang, lang)
	}
	m, ok := f.msgs[key]
	if !ok {
		return "", fmt.Errorf("%s: no key %q", f.path, key)
	}
	count, data, err := countOf(data)
	if err != nil {
		return "", fmt.Errorf("%s: %s: %w", f.path, key, err)
	}
	form := plural.Other
	if count != nil {
		n := *count
		if n < 0 {
			n = -n
		}
		form = plural.Cardinal.MatchPlural(f.tag, n, 0, 0, 0, 0)
	}
	t := m[form]
	if t == nil {
		t = m[plural.Other]
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return "", fmt.Errorf("%s: %s: %w", f.path, key, err)
	}
	return b.String(), nil
}

// countOf finds the plural count in data as Hugo does: data itself when it
// is an integer (then the template gets {Count: n}), else its Count key or
// field; nil when there is none.
func countOf(data any) (*int, any, error) {
	if data == nil {
		return nil, nil, nil
	}
	v := reflect.ValueOf(data)
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	var c reflect.Value
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32:
		n := int(v.Convert(reflect.TypeFor[int64]()).Int())
		return &n, map[string]any{"Count": n}, nil
	case reflect.Map:
		if v.Type().Key().Kind() == reflect.String {
			c = v.MapIndex(reflect.ValueOf("Count").Convert(v.Type().Key()))
		}
	case reflect.Struct:
		c = v.FieldByName("Count")
	}
	if !c.IsValid() {
		return nil, data, nil
	}
	if c.Kind() == reflect.Interface {
		c = c.Elem()
	}
	if !c.CanInt() && !c.CanUint() {
		return nil, nil, fmt.Errorf("the count %v is not an integer", c)
	}
	n := int(c.Convert(reflect.TypeFor[int64]()).Int())
	return &n, data, nil
}
