package site

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"mingbai/generator/policy"
)

// citeLabel names a section in a citation and a page title, in the page's
// language, in the standard pinpoint forms: the label is never doubled and
// an item of an article is cited with its article.
//
//	第十二条              Article 12
//	第十二条第（一）项      Article 12(1)
//	第十二条第二款第（一）项  Article 12, paragraph 2(1)   (a12-p2-i01)
//	第三章                Chapter 3
//	第二部分              Part 2                      (二、)
//	（七）                Measure 7                   (m07: measures numbered through the document)
//	第二部分（一）          Part 2, Measure 1           (c2-m01: numbering restarts in each part)
//	附件2                 Attachment 2
func citeLabel(doc *policy.Document, s *policy.Section, lang string) string {
	chain := ancestors(doc, s)
	for i := len(chain) - 1; i >= 0; i-- {
		if a := chain[i]; a.Style == policy.StyleArticle && a != s {
			return itemCite(a, chain[i+1:], s, lang)
		}
	}
	switch s.Style {
	case policy.StyleArticle, policy.StyleChapter, policy.StyleSection, policy.StyleAttachment,
		policy.StylePian, policy.StyleBian, policy.StyleFenbian:
		return label(s, lang)
	}
	if s.Level == 1 {
		return say(lang, "cite_part", map[string]any{"Number": s.Number, "Label": strings.TrimRight(s.Label, "、.．")})
	}
	measure := say(lang, "cite_measure", map[string]any{"Number": s.Number, "Label": s.Label})
	if p := parentOf(chain, s); p != nil && strings.HasPrefix(s.ID, p.ID+"-") {
		// Numbering restarts under each part: the part names it.
		return say(lang, "cite_in_part", map[string]any{"Part": citeLabel(doc, p, lang), "Measure": measure})
	} else if p != nil && p.Level > 1 {
		// An item of a measure: Measure 7(1).
		return say(lang, "cite_item_of", map[string]any{"Cite": citeLabel(doc, p, lang), "Number": s.Number, "Label": s.Label})
	}
	return measure
}

// laterParaRE finds the paragraph of an article an item belongs to when it
// is not the first: a12-p2-i01 is an item of paragraph 2.
var laterParaRE = regexp.MustCompile(`-p(\d+)-`)

// itemCite cites an item (or a sub-item) of article a: the article, the
// paragraph when it is not the first, then each item's number.
//
//	第十二条第（一）项 / Article 12(1); a sub-item: 第十二条第（三）项第1目 / Article 12(3)(1)
func itemCite(a *policy.Section, below []*policy.Section, s *policy.Section, lang string) string {
	// below runs from the article's item down to s itself.
	cite := say(lang, "cite_article", map[string]any{"Number": a.Number, "Label": a.Label})
	if m := laterParaRE.FindStringSubmatch(s.ID); m != nil {
		n := 0
		fmt.Sscan(m[1], &n)
		cite = say(lang, "cite_paragraph", map[string]any{"Cite": cite, "Number": n, "Han": hanNumber(n)})
	}
	for i, x := range below { // from the article's item down to s
		key, lbl := "cite_item", x.Label
		if i > 0 {
			key, lbl = "cite_subitem", strings.Trim(x.Label, "（）().．、")
		}
		cite = say(lang, key, map[string]any{"Cite": cite, "Number": x.Number, "Label": lbl})
	}
	return cite
}

// paraCite is the pinpoint of paragraph id of section s where it is
// narrower than the section's own: a paragraph (款) of an article that has
// more than one, or the text of an article's item. nil elsewhere (s nil,
// not in an article, an article of one paragraph).
//
//	a12 p2      第十二条第二款 / Article 12, paragraph 2
//	a12-i01 p1  第十二条第（一）项 / Article 12(1)
func paraCite(doc *policy.Document, s *policy.Section, id string) *pinpoint {
	if s == nil {
		return nil
	}
	if inArticle(doc, s) {
		return &pinpoint{citeLabel(doc, s, "zh"), citeLabel(doc, s, "en")}
	}
	n := paraNumber(id)
	if s.Style != policy.StyleArticle || len(s.Text()) < 2 || n == 0 {
		return nil
	}
	return &pinpoint{citeLabel(doc, s, "zh") + "第" + hanNumber(n) + "款", fmt.Sprintf("%s, paragraph %d", citeLabel(doc, s, "en"), n)}
}

// hanNumber writes 1–99 in Chinese numerals, as 款 are counted: 2 → 二, 12 → 十二.
func hanNumber(n int) string {
	d := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return d[n]
	case n < 20:
		return "十" + strings.TrimPrefix(d[n%10], "零")
	case n < 100:
		return d[n/10] + "十" + strings.TrimPrefix(d[n%10], "零")
	}
	return fmt.Sprint(n)
}

// inArticle reports whether s is an item of an article (第十二条（一）).
func inArticle(doc *policy.Document, s *policy.Section) bool {
	for _, a := range ancestors(doc, s) {
		if a.Style == policy.StyleArticle && a != s {
			return true
		}
	}
	return false
}

// parentOf is the section that holds s in its chain of ancestors.
func parentOf(chain []*policy.Section, s *policy.Section) *policy.Section {
	if len(chain) >= 2 && chain[len(chain)-1] == s {
		return chain[len(chain)-2]
	}
	return nil
}

// ancestors lists the sections from the top level down to s itself. The
// parent links of a document are computed once.
func ancestors(doc *policy.Document, s *policy.Section) []*policy.Section {
	up := parentLinks(doc)
	var chain []*policy.Section
	for x := s; x != nil; x = up[x] {
		chain = append([]*policy.Section{x}, chain...)
	}
	return chain
}

// sectionByID is the section of doc with the given ID, or nil; the index
// of IDs is built once per document (pages are written one document at a
// time).
func sectionByID(doc *policy.Document, id string) *policy.Section {
	idCache.Lock()
	defer idCache.Unlock()
	if idCache.doc != doc {
		idCache.doc, idCache.byID = doc, map[string]*policy.Section{}
		doc.Walk(func(s *policy.Section) { idCache.byID[s.ID] = s })
	}
	return idCache.byID[id]
}

var idCache struct {
	sync.Mutex
	doc  *policy.Document
	byID map[string]*policy.Section
}

// parentCache keeps the parent links of the document last asked about:
// pages are written one document at a time.
var parentCache struct {
	sync.Mutex
	doc *policy.Document
	up  map[*policy.Section]*policy.Section
}

func parentLinks(doc *policy.Document) map[*policy.Section]*policy.Section {
	parentCache.Lock()
	defer parentCache.Unlock()
	if parentCache.doc != doc {
		parentCache.doc, parentCache.up = doc, parents(doc)
	}
	return parentCache.up
}
