package site

import (
	"path/filepath"
	"strings"
	"unicode"

	"github.com/pelletier/go-toml/v2"

	"mingbai/generator/card"
	"mingbai/generator/library"
	"mingbai/generator/policy"
)

// pageCard is the share card of a page (og:image, 1200 × 630) as its front
// matter holds it: the kind of page, the file the card is drawn to by
// generator/card (named by a hash of its text) and the card as one line of
// text, for og:image:alt. layouts/_partials/ogimage.html links the file
// when hugo.toml's params.cards.kinds holds the kind. The text itself, in
// the page's language with the title broken into lines, goes to the
// document's card list (assets/generated/cards/<doc>.toml), from which
// generator/card draws it.
//
//	kind  = "measure"
//	image = "3f9c2a4b5d6e7f80.png"
//	alt   = "Mingbai · Liao Wei Fa [2024] No. 8 — Measure 7 — Cultivate and strengthen emerging industries"
type pageCard struct {
	Kind  string    `toml:"kind"`
	Image string    `toml:"image"`
	Alt   string    `toml:"alt"`
	text  card.Card // drawn, not in the front matter
}

// The card's text boxes, in ems of their font size (generator/card draws
// the title at 56 px and the figure at 34 px, from x = 80; it cuts a line
// that would still run past x = 1140).
const (
	titleEms, titleLines = 17.5, 3
	figureEms            = 29.0
)

// figureLine is the card's bottom line for a target: its value and what it
// measures, "over RMB 300 billion · Scale of the aviation equipment
// industrial cluster", and whether that fits on the line uncut.
func figureLine(val, ind string) (string, bool) {
	line := val + " · " + ind
	return line, lineEms([]rune(line)) <= figureEms
}

// cardOf is the card of a page of the given kind: its title, the
// document number, the section's label ("" for the document) and the
// first target set there.
func cardOf(d *library.Doc, lang, kind, label, title, section string) *pageCard {
	c := &card.Card{Kicker: say(lang, "card_site", nil), Label: label}
	if n := d.Model.NumberText(); n != "" {
		c.Kicker += " · " + n
	}
	c.Title = strings.Join(wrap(title, titleEms, titleLines), "\n")
	// The bottom line: the first target set here whose value and indicator fit
	// on it uncut; else the first target's value alone, never a line cut off.
	first := ""
	for _, t := range d.Targets {
		if section != "" && t.Section != section {
			continue
		}
		val := t.Zh
		if lang == "en" {
			val = t.En
		}
		if val == "" {
			continue
		}
		ind, _ := indicator(d, t, lang)
		if line, ok := figureLine(val, ind); ok {
			c.Figure = line
			break
		}
		if first == "" {
			first = strings.Join(wrap(val, figureEms, 1), "")
		}
	}
	if c.Figure == "" {
		c.Figure = first
	}
	join := " "
	if lang == "zh" {
		join = "" // Chinese lines join without a space
	}
	var alt []string
	for _, part := range []string{c.Kicker, c.Label, strings.ReplaceAll(c.Title, "\n", join), c.Figure} {
		if part != "" {
			alt = append(alt, part)
		}
	}
	return &pageCard{Kind: kind, Image: card.Name(*c), Alt: strings.Join(alt, " — "), text: *c}
}

// siteCard is the card of a page of the whole library (the home page, all
// targets, the glossary): the site's name, the page's title and a line of
// what it holds. Its kind is "document": the library's pages get cards
// wherever documents do (hugo.toml params.cards.kinds; generator/card
// draws only the kinds listed there).
func siteCard(lang, title, figure string) *pageCard {
	c := card.Card{Kicker: say(lang, "card_site", nil), Title: strings.Join(wrap(title, titleEms, titleLines), "\n"), Figure: figure}
	alt := []string{c.Kicker, title}
	if figure != "" {
		alt = append(alt, figure)
	}
	return &pageCard{Kind: "document", Image: card.Name(c), Alt: strings.Join(alt, " — "), text: c}
}

// siteCards are the cards of the library's own pages in lang, by page path
// (the home page, targets, glossary).
func siteCards(lib *library.Library, lang string) map[string]*pageCard {
	n := 0
	for _, d := range lib.Docs {
		n += len(d.Targets)
	}
	counts := map[string]any{"Documents": say(lang, "card_documents", len(lib.Docs)), "Targets": say(lang, "card_targets", n)}
	return map[string]*pageCard{
		lang:               siteCard(lang, say(lang, "card_home_title", nil), say(lang, "card_home_figure", counts)),
		lang + "/targets":  siteCard(lang, say(lang, "card_targets_title", nil), say(lang, "card_targets_figure", counts)),
		lang + "/glossary": siteCard(lang, say(lang, "card_glossary_title", nil), say(lang, "card_glossary_figure", len(lib.Glossary))),
	}
}

// siteCardList adds assets/generated/cards/_site.toml, the cards of the
// library's own pages in both languages, which generator/card draws.
func (fs Files) siteCardList(lib *library.Library) error {
	l := card.List{Doc: "_site", Source: "hugo.toml"}
	for _, lang := range langs {
		cs := siteCards(lib, lang)
		for _, page := range []string{lang, lang + "/targets", lang + "/glossary"} {
			c := cs[page]
			l.Cards = append(l.Cards, card.Entry{Page: page, Kind: c.Kind, Image: c.Image, Card: c.text})
		}
	}
	b, err := toml.Marshal(l)
	if err != nil {
		return err
	}
	fs[card.ListDir+"/_site.toml"] = b
	return nil
}

// sectionCard is the card of a chapter, measure or article page.
func sectionCard(d *library.Doc, s *policy.Section, lang string) *pageCard {
	h, _ := text(d, lang, s.ID+".heading", s.Heading)
	if h == "" {
		h = docTitle(d, lang)
	}
	return cardOf(d, lang, sectionKind(d.Model, s), citeLabel(d.Model, s, lang), h, s.ID)
}

// docCard is the card of a document page.
func docCard(d *library.Doc, lang string) *pageCard {
	return cardOf(d, lang, "document", "", docTitle(d, lang), "")
}

// cardList adds assets/generated/cards/<doc>.toml, the cards of every page
// of d in both languages, which generator/card draws (card.List).
func (fs Files) cardList(d *library.Doc) error {
	// The seed's text relative to the project root, whatever the root.
	src := "seeds/" + filepath.Base(d.Seed.Path)
	if d.Seed.Dir != "" {
		src = "seeds/" + filepath.Base(d.Seed.Dir) + "/" + filepath.Base(d.Seed.Path)
	}
	l := card.List{Doc: d.Model.ID, Source: src}
	add := func(page string, c *pageCard) {
		l.Cards = append(l.Cards, card.Entry{Page: page, Kind: c.Kind, Image: c.Image, Card: c.text})
	}
	for _, lang := range langs {
		dir := lang + "/" + d.Model.ID
		add(dir, docCard(d, lang))
		for _, s := range ordered(d.Model) {
			add(dir+"/"+s.ID, sectionCard(d, s, lang))
		}
	}
	b, err := toml.Marshal(l)
	if err != nil {
		return err
	}
	fs[card.ListDir+"/"+d.Model.ID+".toml"] = b
	return nil
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

// cardTexts lists the text of every card of lib, of every kind.
func cardTexts(lib *library.Library) []string {
	var out []string
	for _, d := range lib.Docs {
		for _, lang := range langs {
			out = append(out, docCard(d, lang).text.Text())
			for _, s := range ordered(d.Model) {
				out = append(out, sectionCard(d, s, lang).text.Text())
			}
		}
	}
	return out
}
