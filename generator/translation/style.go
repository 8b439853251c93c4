package translation

import (
	"fmt"
	"mingbai/generator/summary"
	"regexp"
	"strings"
)

// Banned maps a spelling the house style does not use (lower case) to the
// one it uses: US spelling, "toward" rather than "towards". See
// seeds/STYLE.md.
var Banned = map[string]string{
	"towards": "toward", "afterwards": "afterward", "amongst": "among", "whilst": "while",
	"labour": "labor", "favour": "favor", "favourable": "favorable", "colour": "color",
	"behaviour": "behavior", "neighbouring": "neighboring", "honour": "honor", "harbour": "harbor",
	"centre": "center", "centres": "centers", "programme": "program", "programmes": "programs",
	"defence": "defense", "licence": "license", "catalogue": "catalog", "metre": "meter",
	"learnt": "learned", "judgement": "judgment", "modelling": "modeling", "travelling": "traveling",
	"fulfil": "fulfill", "enrolment": "enrollment", "ageing": "aging", "grey": "gray",
	"analyse": "analyze", "per cent": "percent",
}

var bannedRE = func() *regexp.Regexp {
	var alts []string
	for w := range Banned {
		alts = append(alts, regexp.QuoteMeta(w))
	}
	return regexp.MustCompile(`(?i)\b(` + strings.Join(alts, "|") + `)\b`)
}()

// iseRE matches British -ise/-isation spellings of common verbs.
//
//	organisation, authorised, prioritising
var iseRE = regexp.MustCompile(`(?i)\b(organi|reali|recogni|prioriti|speciali|moderni|optimi|standardi|utili|mobili|maximi|minimi|stabili|authori|commerciali|industriali|digitali|emphasi|summari|characteri|harmoni|globali|urbani|categori|finali|capitali|internationali|normali|centrali|decentrali|revitali|subsidi|incentivi|symboli|legali|marketi|individuali|personali|minerali|fertili|sterili|neutrali|visuali)s(e|ed|es|ing|ation|ations)\b`)

const months = `January|February|March|April|May|June|July|August|September|October|November|December`

// Date formats other than the house style "June 20, 2024".
var (
	dayFirstRE  = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)? (` + months + `),? (\d{4})\b`)
	noCommaRE   = regexp.MustCompile(`\b(` + months + `) (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4})|(st|nd|rd|th))\b`)
	ordinalRE   = regexp.MustCompile(`\b(` + months + `) (\d{1,2})(st|nd|rd|th),? (\d{4})\b`)
	numericDate = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b`)
)

// Words of the document and its divisions.
var (
	chapterRE = regexp.MustCompile(`\bChapters? \d+`)
	opinionRE = regexp.MustCompile(`\b(?:[Tt]his|[Tt]hese|[Tt]he|[Aa]n?|joint) opinions?\b`)
)

// SentenceLimit is the most words an English sentence may have: a longer
// one is to be split where the Chinese allows (at ；).
const SentenceLimit = 80

// sentenceRE splits English text into sentences.
var sentenceRE = regexp.MustCompile(`[.!?][”’)]?(?:\s+|$)`)

// Genre is what the house style needs to know about a document.
type Genre struct {
	Opinions bool // the document is 意见 (policy.GenreOpinions): call it "the Opinions"
	Chapters bool // its divisions are 第…章: call them "Chapter N", not "Part N"
}

// Finding is one house-style error in a piece of English: the text found
// and what to write instead.
type Finding struct {
	Found, Msg string
	Strict     bool // enforced on every document, complete or not
}

// Style checks one piece of English against the house style (seeds/STYLE.md):
// US spelling and the banned variants, straight quotes, dates other than
// "June 20, 2024", "Chapter" in a document of parts, "opinion" for a
// document of Opinions, sentences over SentenceLimit words, and gloss
// markup. Spelling, dates and brackets are strict: they fail every
// document; the rest fail a document marked complete. zh is the Chinese the English renders ("" when there is none):
// single square brackets are only allowed where it has brackets too.
func Style(en, zh string, g Genre) []Finding {
	var out []Finding
	add := func(found, format string, args ...any) {
		out = append(out, Finding{found, fmt.Sprintf(format, args...), false})
	}
	strict := func(found, format string, args ...any) {
		out = append(out, Finding{found, fmt.Sprintf(format, args...), true})
	}
	out = append(out, spelling(en)...)
	out = append(out, outsideQuotes(en)...)
	for _, m := range enDashRE.FindAllString(en, -1) {
		add(m, "%q: an en dash joins numbers in a range (2024–2028); join the words of a compound with a hyphen: %q", m, strings.ReplaceAll(m, "–", "-"))
	}
	if i := strings.IndexByte(en, '"'); i >= 0 {
		add(`"`, `straight double quote: use curly quotes “…”`)
	}
	if i := strings.IndexByte(en, '\''); i >= 0 {
		add(`'`, `straight single quote: use ’ for an apostrophe and ‘…’ for a quotation inside a quotation`)
	}
	for _, m := range dayFirstRE.FindAllStringSubmatch(en, -1) {
		strict(m[0], "date %q: write %q", m[0], m[2]+" "+m[1]+", "+m[3])
	}
	for _, m := range ordinalRE.FindAllStringSubmatch(en, -1) {
		strict(m[0], "date %q: write %q", m[0], m[1]+" "+m[2]+", "+m[4])
	}
	for _, m := range noCommaRE.FindAllStringSubmatch(en, -1) {
		if m[4] == "" {
			strict(m[0], "date %q: write %q", m[0], m[1]+" "+m[2]+", "+m[3])
		}
	}
	for _, m := range numericDate.FindAllString(en, -1) {
		strict(m, "date %q: write the month in words, as in “June 20, 2024”", m)
	}
	if !g.Chapters {
		for _, m := range chapterRE.FindAllString(en, -1) {
			add(m, "%q: this document's divisions are parts (一、二、…), not 第…章 chapters: write %q", m, strings.Replace(m, "Chapter", "Part", 1))
		}
	}
	if g.Opinions {
		for _, m := range opinionRE.FindAllString(en, -1) {
			add(m, "%q: the document is a set of Opinions (意见): write “the Opinions” or “these Opinions”", m)
		}
	}
	for _, s := range sentenceRE.Split(Plain(en), -1) {
		if n := summary.CountEn(s); n > SentenceLimit {
			add(firstWords(s, 6), "sentence of %d words (limit %d): split it where the Chinese allows, at a semicolon (；) or a full stop", n, SentenceLimit)
		}
	}
	for _, p := range glossProblems(en, zh) {
		strict(p.Found, "%s", p.Msg)
	}
	return out
}

// spelling finds the banned spellings and the British -ise forms in en
// (strict findings).
//
//	"programmes towards" → "programmes", "towards"
func spelling(en string) []Finding {
	var out []Finding
	for _, m := range bannedRE.FindAllString(en, -1) {
		out = append(out, Finding{m, fmt.Sprintf("%q: write %q (house style, seeds/STYLE.md)", m, Banned[strings.ToLower(m)]), true})
	}
	for _, m := range iseRE.FindAllString(en, -1) {
		out = append(out, Finding{m, fmt.Sprintf("%q: use US spelling (-ize, -ization)", m), true})
	}
	return out
}

// outsideQuoteRE matches a comma or full stop after a closing quote.
var outsideQuoteRE = regexp.MustCompile(`”[,.]`)

// outsideQuotes finds a comma or full stop after a closing double quote
// (strict findings): in US punctuation it goes inside, “like this,” and
// “like this.” A colon or semicolon stays outside.
//
//	"the “six places”, and" → "”,"
func outsideQuotes(en string) []Finding {
	var out []Finding
	for _, m := range outsideQuoteRE.FindAllString(en, -1) {
		p := strings.TrimPrefix(m, "”")
		out = append(out, Finding{m, fmt.Sprintf("%q after a closing quote: put the comma or full stop inside it, as in %q (US punctuation)", p, p+"”"), true})
	}
	return out
}

// enDashRE matches an en dash between two words, which the house style
// writes with a hyphen (government-business); a single letter or a number
// on either side is a range (A–Z, 2024–2028).
var enDashRE = regexp.MustCompile(`\p{L}{2,}–\p{L}{2,}`)

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// GlossaryProblems checks the English of the shared glossary (renderings,
// variants and notes) against the house style, at the position of each
// term's entry in the file at path.
func GlossaryProblems(path string, terms []Term) []Problem {
	l := readLines(path)
	var out []Problem
	for _, t := range terms {
		header := fmt.Sprintf("id = %q", t.ID)
		for _, en := range append([]string{t.En, t.NoteEn}, t.Variants...) {
			for _, f := range Style(en, t.NoteZh, Genre{}) {
				out = append(out, l.find(header, f.Found, f.Msg))
			}
		}
	}
	return out
}
