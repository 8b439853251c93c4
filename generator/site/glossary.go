package site

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"mingbai/generator/translation"
)

// glossaryEntry is a glossary term as the templates read it from
// hugo.Data.glossary, in A–Z order of its Chinese (by pinyin), with the keys
// and initial letters of both orders: the glossary page lists the terms
// A–Z by pinyin in Chinese and A–Z by their English in English.
//
//	{"zh": "新质生产力", "pinyin": "xīnzhì shēngchǎnlì", "sortZh": "xinzhishengchanli 新质生产力",
//	 "letterZh": "X", "sortEn": "new quality productive forces", "letterEn": "N", …}
type glossaryEntry struct {
	translation.Term
	SortZh   string `json:"sortZh"`
	LetterZh string `json:"letterZh"`
	SortEn   string `json:"sortEn"`
	LetterEn string `json:"letterEn"`
}

// toneless maps pinyin's tone-marked vowels to plain letters, and ü to v
// (after u, as dictionaries order it).
var toneless = strings.NewReplacer(
	"ā", "a", "á", "a", "ǎ", "a", "à", "a", "ē", "e", "é", "e", "ě", "e", "è", "e",
	"ī", "i", "í", "i", "ǐ", "i", "ì", "i", "ō", "o", "ó", "o", "ǒ", "o", "ò", "o",
	"ū", "u", "ú", "u", "ǔ", "u", "ù", "u", "ǖ", "v", "ǘ", "v", "ǚ", "v", "ǜ", "v", "ü", "v",
)

// pinyinKey is the A–Z key of a term: its pinyin without tones, spaces or
// case, then the characters to order homophones.
func pinyinKey(pinyin, zh string) string {
	k := strings.ToLower(toneless.Replace(pinyin))
	k = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, k)
	return k + " " + zh
}

// initial is the upper-case first letter of a key, "#" when it is no letter.
func initial(key string) string {
	r, _ := utf8.DecodeRuneInString(key)
	if r < unicode.MaxASCII && unicode.IsLetter(r) {
		return string(unicode.ToUpper(r))
	}
	return "#"
}

// glossaryData is the glossary in pinyin order, each term with its keys.
func glossaryData(terms []translation.Term) []glossaryEntry {
	out := make([]glossaryEntry, 0, len(terms))
	for _, t := range terms {
		e := glossaryEntry{Term: t, SortZh: pinyinKey(t.Pinyin, t.Zh), SortEn: strings.ToLower(strings.TrimSpace(t.En))}
		e.LetterZh, e.LetterEn = initial(e.SortZh), initial(e.SortEn)
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].SortZh < out[j].SortZh })
	return out
}
