package translation

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"mingbai/generator/tomlfile"
)

// Term is one entry of the shared glossary, seeds/glossary.toml.
//
//	[[term]]
//	id = "new-quality-productive-forces"
//	zh = "新质生产力"
//	pinyin = "xīnzhì shēngchǎnlì"
//	en = "new quality productive forces"
//	variants = []
//	note-zh = "…"
//	note-en = "…"
type Term struct {
	ID       string   `toml:"id" json:"id"`
	Zh       string   `toml:"zh" json:"zh"`
	Pinyin   string   `toml:"pinyin" json:"pinyin"`
	En       string   `toml:"en" json:"en"`
	Variants []string `toml:"variants" json:"variants,omitempty"`
	// Avoid lists renderings the house does not use for the term, checked
	// in every English text: "conversion" for 科技成果转化.
	Avoid  []string `toml:"avoid" json:"-"`
	NoteZh string   `toml:"note-zh" json:"noteZh"`
	NoteEn string   `toml:"note-en" json:"noteEn"`
}

// LoadGlossary reads the glossary. A missing file is an empty glossary.
func LoadGlossary(path string) ([]Term, error) {
	var g struct {
		Terms []Term `toml:"term"`
	}
	_, err := tomlfile.Read(path, &g)
	return g.Terms, err
}

// RenderedIn reports whether en uses the term's English or one of its
// variants, ignoring case, in any inflected form of its words (see
// Rendering).
//
//	Term{En: "strategic emerging industries"}.RenderedIn("a strategic emerging industry") → true
func (t Term) RenderedIn(en string) bool { return t.Rendering(en) >= 0 }

// Rendering returns which of the term's renderings en uses: 0 for En, i
// for Variants[i-1], -1 for none. A rendering matches in any case and with
// its words inflected (industry, industries; establish, establishing;
// craftsman, craftsmen) and joined by spaces or hyphens (proof of concept,
// proof-of-concept), so that the glossary lists only renderings that
// differ in words.
func (t Term) Rendering(en string) int {
	for i, s := range append([]string{t.En}, t.Variants...) {
		if s != "" && renderingRE(s).MatchString(en) {
			return i
		}
	}
	return -1
}

// renderings caches the expression of each rendering (see renderingRE).
var renderings sync.Map

// renderingRE is the expression that finds a rendering in English text:
//
//	"key core technologies" → (?i)\bkey[\s-]+core[\s-]+(?:technologies|technology|…)\b
func renderingRE(s string) *regexp.Regexp {
	if re, ok := renderings.Load(s); ok {
		return re.(*regexp.Regexp)
	}
	var parts []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		parts = append(parts, wordRE(w))
	}
	expr := strings.Join(parts, `[\s\-‐]+`)
	if r, _ := utf8.DecodeRuneInString(s); isWordByte(r) {
		expr = `\b` + expr
	}
	if r, _ := utf8.DecodeLastRuneInString(s); isWordByte(r) {
		expr += `\b`
	}
	re := regexp.MustCompile(`(?i)` + expr)
	renderings.Store(s, re)
	return re
}

// isWordByte reports whether r is an ASCII letter, digit or underscore,
// a character that \b in an expression sees as part of a word.
//
//	isWordByte('k') → true; isWordByte('(') → false
func isWordByte(r rune) bool {
	return r < utf8.RuneSelf && (r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r))
}

// wordRE matches a word of a rendering in its inflected forms: plural and
// singular, -ed and -ing (with a final e dropped or a consonant doubled).
// Words of fewer than three letters, and anything but letters, match as
// written.
//
//	wordRE("industry") → (?:industry|industrys|…|industries|industried)
func wordRE(w string) string {
	low := strings.ToLower(w)
	if len(low) < 3 || strings.IndexFunc(low, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return regexp.QuoteMeta(w)
	}
	forms := []string{low, low + "s", low + "es", low + "d", low + "ed", low + "ing", low + low[len(low)-1:] + "ing", low + low[len(low)-1:] + "ed"}
	stem := func(suffix string) (string, bool) { return strings.CutSuffix(low, suffix) }
	if b, ok := stem("y"); ok {
		forms = append(forms, b+"ies", b+"ied")
	}
	if b, ok := stem("e"); ok {
		forms = append(forms, b+"ing")
	}
	if b, ok := stem("ies"); ok {
		forms = append(forms, b+"y")
	}
	if b, ok := stem("s"); ok && !strings.HasSuffix(b, "s") {
		forms = append(forms, b)
	}
	if b, ok := stem("man"); ok {
		forms = append(forms, b+"men")
	}
	if b, ok := stem("men"); ok {
		forms = append(forms, b+"man")
	}
	// Longest first, so that the alternation prefers the whole word.
	slices.SortFunc(forms, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	return "(?:" + strings.Join(slices.Compact(forms), "|") + ")"
}

// TermsIn returns the IDs of the glossary terms whose Chinese occurs in zh,
// in glossary order. It walks zh once, trying at each character only the
// terms that start with it: Chinese text gives strings.Contains little to
// skip on, and a section page asks this of every term.
func TermsIn(terms []Term, zh string) []string {
	byFirst := make(map[rune][]int, len(terms))
	for i, t := range terms {
		if r, _ := utf8.DecodeRuneInString(t.Zh); t.Zh != "" {
			byFirst[r] = append(byFirst[r], i)
		}
	}
	found := make([]bool, len(terms))
	n := 0
	for at, r := range zh {
		for _, i := range byFirst[r] {
			if !found[i] && strings.HasPrefix(zh[at:], terms[i].Zh) {
				found[i] = true
				n++
			}
		}
	}
	if n == 0 {
		return nil
	}
	ids := make([]string, 0, n)
	for i, t := range terms {
		if found[i] {
			ids = append(ids, t.ID)
		}
	}
	return ids
}

// Inconsistency is a translated unit that contains a glossary term in
// Chinese but not the glossary's English for it.
type Inconsistency struct {
	UnitID string
	Term   Term
}

// Inconsistencies checks every translated unit against the glossary.
func Inconsistencies(ts []Translation, terms []Term) []Inconsistency {
	var out []Inconsistency
	for _, t := range ts {
		if t.Status == Missing {
			continue
		}
		for _, term := range terms {
			if strings.Contains(t.Zh, term.Zh) && !term.RenderedIn(t.En) {
				out = append(out, Inconsistency{t.ID, term})
			}
		}
	}
	return out
}
