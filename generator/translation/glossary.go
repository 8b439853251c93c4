package translation

import (
	"strings"
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
// variants, ignoring case.
func (t Term) RenderedIn(en string) bool {
	en = strings.ToLower(en)
	for _, s := range append([]string{t.En}, t.Variants...) {
		if s != "" && strings.Contains(en, strings.ToLower(s)) {
			return true
		}
	}
	return false
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
