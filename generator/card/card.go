// Package card draws the share cards of the site: the og:image of a page,
// 1200 × 630, a palette PNG named by a hash of what it shows, so that a card
// is drawn once and an unchanged card is never drawn again.
//
// The generator (generator/site) decides each card's text and breaks its
// title into lines; it writes them, with the file name (Name), to
// assets/generated/cards/<doc>.toml. Sync draws the cards those lists name
// that are not in the card folder yet (assets/cards/, not committed, kept
// between builds by the hosts' caches), with the font parsed once;
// layouts/_partials/ogimage.html only links the file.
//
//	c := card.Card{Kicker: "明白 · 辽委发〔2024〕8号", Label: "Measure 7", Title: "Cultivate and strengthen\nemerging industries"}
//	png, missing, err := font.Draw(c) // missing: the characters the font lacks, left out
package card

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Size is a card's size in pixels.
const Width, Height = 1200, 630

// Version names the look of the cards: the font (FontSum, which a test
// keeps equal to the committed font's) and the layout of Draw. It is part
// of every card's Name, so changing either draws every card anew. Bump the
// layout number when Draw changes what it draws.
const Version = "layout 1; font " + FontSum

// FontSum is the start of the SHA-256 of assets/fonts/card.otf
// (TestFontSum checks it).
const FontSum = "eb8c18bc89d32dde"

// Card is the text of a share card. Title is already broken into lines
// (at most three, joined by "\n"); Label and Figure may be empty.
//
//	Card{Kicker: "明白 · 辽委发〔2024〕8号", Label: "（七）", Title: "培育壮大新兴产业", Figure: "3000亿元以上 · 软件和信息技术服务业集群规模"}
type Card struct {
	Kicker string `toml:"kicker"`
	Label  string `toml:"label,omitempty"`
	Title  string `toml:"title"`
	Figure string `toml:"figure,omitempty"`
}

// Text is everything the card shows, for checking the font's coverage.
func (c Card) Text() string {
	return c.Kicker + c.Label + strings.ReplaceAll(c.Title, "\n", "") + c.Figure
}

// Name is the card's file name: the first 16 hex digits of the SHA-256 of
// Version and the card's text, then ".png", e.g. "3f9c2a4b5d6e7f80.png".
func Name(c Card) string {
	h := sha256.New()
	for _, s := range []string{Version, c.Kicker, c.Label, c.Title, c.Figure} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16] + ".png"
}
