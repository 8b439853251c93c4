package site

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"strings"
	"testing"

	"mingbai/generator/library"
	"mingbai/generator/subset"
)

// The share cards' font and background, drawn by layouts/_partials/ogimage.html.
const (
	cardFont = "../../assets/fonts/card.ttf"
	cardBase = "../../assets/images/card.png"
)

// TestCardFont proves that the committed card font holds every character
// that a share card of the library uses, so that no card shows a missing
// glyph. Set MINGBAI_CARD_FONT to a CJK TrueType font (Debian's
// fonts-wqy-microhei: /usr/share/fonts/truetype/wqy/wqy-microhei.ttc) to
// rewrite the font, subset to those characters, and the card background:
//
//	MINGBAI_CARD_FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc go test ./generator/site -run TestCardFont
func TestCardFont(t *testing.T) {
	lib, err := library.Load("../..")
	if err != nil {
		t.Fatal(err)
	}
	runes := CardRunes(lib)
	if src := os.Getenv("MINGBAI_CARD_FONT"); src != "" {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		small, err := subset.TrueType(b, runes)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(cardFont, small, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(cardBase, cardBackground(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	font, err := os.ReadFile(cardFont)
	if err != nil {
		t.Fatal(err)
	}
	miss, err := subset.Missing(font, runes)
	if err != nil {
		t.Fatal(err)
	}
	if len(miss) > 0 {
		t.Errorf("assets/fonts/card.ttf lacks %q, used on share cards; rewrite it (see TestCardFont)", string(miss))
	}
	if len(font) > 2<<20 {
		t.Errorf("assets/fonts/card.ttf is %d bytes: not a subset?", len(font))
	}
}

// cardBackground is the 1200 × 630 background of every card: the site's
// blue, a yellow bar at the left, a darker strip for the key figure.
func cardBackground() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 1200, 630))
	fill := func(r image.Rectangle, c color.RGBA) { draw.Draw(img, r, &image.Uniform{c}, image.Point{}, draw.Src) }
	fill(img.Bounds(), color.RGBA{0x15, 0x3a, 0x66, 0xff})
	fill(image.Rect(0, 510, 1200, 630), color.RGBA{0x0c, 0x25, 0x42, 0xff})
	fill(image.Rect(0, 0, 20, 630), color.RGBA{0xff, 0xbf, 0x47, 0xff})
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&b, img); err != nil {
		panic(err)
	}
	return b.Bytes()
}

func TestWrap(t *testing.T) {
	for _, c := range []struct {
		s     string
		width float64
		max   int
		want  []string
	}{
		{"培育壮大新兴产业", 17.5, 3, []string{"培育壮大新兴产业"}},
		{"一二三四五六七八九十", 4, 3, []string{"一二三四", "五六七八", "九十"}},
		{"一二三四五六七八九十一二三四", 4, 3, []string{"一二三四", "五六七八", "九十一…"}},
		{"甲乙丙，丁戊", 3, 3, []string{"甲乙", "丙，丁", "戊"}},
		{"Cultivate and strengthen emerging industries", 12, 3, []string{"Cultivate and", "strengthen emerging", "industries"}},
	} {
		if got := wrap(c.s, c.width, c.max); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("wrap(%q, %v, %d) = %q, want %q", c.s, c.width, c.max, got, c.want)
		}
	}
}
