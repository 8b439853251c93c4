package site

import (
	"strings"
	"unicode"

	"mingbai/generator/library"
	"mingbai/generator/policy"
)

// card is the share card of a document, measure or article page:
// the og:image, 1200 × 630, that Hugo draws at build time
// (layouts/_partials/ogimage.html) with the project's subset font
// (assets/fonts/card.ttf, which TestCardFont keeps covering every card).
// Text is in the page's language; Title is already broken into lines.
//
//	kicker = "明白 · 辽委发〔2024〕8号"
//	label  = "Measure 7"
//	title  = "Cultivate and strengthen emerging\nindustries"
//	figure = "over 300 billion yuan: software and IT services cluster"
type card struct {
	Kicker string `toml:"kicker"`
	Label  string `toml:"label"`
	Title  string `toml:"title"`
	Figure string `toml:"figure"`
	Alt    string `toml:"alt"` // the card as one line of text, for og:image:alt
}

// The card's text boxes, in ems of their font size (ogimage.html draws the
// title at 56 px and the figure at 34 px across 1040 px).
const (
	titleEms, titleLines = 17.5, 3
	figureEms            = 29.0
)

var siteName = map[string]string{"zh": "明白", "en": "Mingbai"}

// cardOf is the card of a page: its title, the document number, the
// section's label ("" for the document) and the first target set there.
func cardOf(d *library.Doc, lang, label, title, section string) *card {
	c := &card{Kicker: siteName[lang], Label: label}
	if n := d.Model.DocNumber.Text; n != "" {
		c.Kicker += " · " + n
	}
	c.Title = strings.Join(wrap(title, titleEms, titleLines), "\n")
	for _, t := range d.Targets {
		if section != "" && t.Section != section {
			continue
		}
		val := t.Zh
		if lang == "en" {
			val = t.En
		}
		ind, _ := indicator(d, t, lang)
		if val != "" {
			c.Figure = strings.Join(wrap(val+" · "+ind, figureEms, 1), "")
		}
		break
	}
	join := map[string]string{"zh": ""}[lang] // Chinese lines join without a space
	if lang != "zh" {
		join = " "
	}
	var alt []string
	for _, part := range []string{c.Kicker, c.Label, strings.ReplaceAll(c.Title, "\n", join), c.Figure} {
		if part != "" {
			alt = append(alt, part)
		}
	}
	c.Alt = strings.Join(alt, " — ")
	return c
}

// sectionCard is the card of a measure or article page; chapters, whose
// pages lead on to their measures, have none (nil).
func sectionCard(d *library.Doc, s *policy.Section, lang string) *card {
	if sectionKind(s) == "chapter" {
		return nil
	}
	h, _ := text(d, lang, s.ID+".heading", s.Heading)
	if h == "" {
		h = docTitle(d, lang)
	}
	return cardOf(d, lang, citeLabel(s, lang), h, s.ID)
}

// docCard is the card of a document page.
func docCard(d *library.Doc, lang string) *card {
	return cardOf(d, lang, "", docTitle(d, lang), "")
}

// ems is the width of r in ems, as near as a card needs: a Han character
// or full-width form is one em, other characters about half of one.
func ems(r rune) float64 {
	if unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) || r == '“' || r == '”' {
		return 1
	}
	if unicode.IsUpper(r) || r == 'm' || r == 'w' {
		return .68
	}
	return .52
}

// wrap breaks s into at most max lines of at most width ems: at spaces in
// English, between any two characters in Chinese (never before closing or
// after opening punctuation), with "…" ending the last line when s is cut.
func wrap(s string, width float64, max int) []string {
	var lines []string
	var line []rune
	w := 0.0
	rs := []rune(strings.Join(strings.Fields(s), " "))
	for i := 0; i < len(rs); i++ {
		// A word of Latin letters moves as a whole.
		j := i + 1
		if !unicode.Is(unicode.Han, rs[i]) && rs[i] != ' ' {
			for j < len(rs) && rs[j] != ' ' && !unicode.Is(unicode.Han, rs[j]) {
				j++
			}
		}
		// Closing punctuation stays with what it closes.
		for j < len(rs) && strings.ContainsRune("，。、；：）》〕」』”,.;:)!?", rs[j]) {
			j++
		}
		piece := rs[i:j]
		pw := 0.0
		for _, r := range piece {
			pw += ems(r)
		}
		if w+pw > width && len(line) > 0 {
			lines = append(lines, strings.TrimSpace(string(line)))
			line, w = nil, 0
			if len(lines) == max {
				last := []rune(lines[max-1])
				for lw := lineEms(last); lw+1 > width && len(last) > 0; lw = lineEms(last) {
					last = last[:len(last)-1]
				}
				lines[max-1] = strings.TrimRight(string(last), " ，、,") + "…"
				return lines
			}
			if piece[0] == ' ' {
				piece = piece[1:]
			}
		}
		line = append(line, piece...)
		for _, r := range piece {
			w += ems(r)
		}
		i = j - 1
	}
	if s := strings.TrimSpace(string(line)); s != "" {
		lines = append(lines, s)
	}
	return lines
}

func lineEms(rs []rune) float64 {
	w := 0.0
	for _, r := range rs {
		w += ems(r)
	}
	return w
}

// CardRunes lists every character the cards of lib use, plus printable
// ASCII: the characters the subset card font must hold.
func CardRunes(lib *library.Library) []rune {
	seen := map[rune]bool{}
	add := func(c *card) {
		if c == nil {
			return
		}
		for _, r := range c.Kicker + c.Label + c.Title + c.Figure + "…·—" {
			seen[r] = true
		}
	}
	for r := rune(0x20); r < 0x7F; r++ {
		seen[r] = true
	}
	for _, d := range lib.Docs {
		for _, lang := range langs {
			add(docCard(d, lang))
			for _, s := range ordered(d.Model) {
				add(sectionCard(d, s, lang))
			}
		}
	}
	out := make([]rune, 0, len(seen))
	for r := range seen {
		if r != '\n' {
			out = append(out, r)
		}
	}
	return out
}
