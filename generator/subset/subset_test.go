package subset

import (
	"os"
	"testing"

	"golang.org/x/image/font/opentype"
)

// The project's card font is itself a subset; cutting it further must keep
// exactly the characters asked for, drawable, and leave the others out.
func TestTrueType(t *testing.T) {
	src, err := os.ReadFile("../../assets/fonts/card.ttf")
	if err != nil {
		t.Fatal(err)
	}
	keep := []rune("明白 Measure 7〔〕")
	small, err := TrueType(src, keep)
	if err != nil {
		t.Fatal(err)
	}
	if len(small) >= len(src) {
		t.Errorf("subset is %d bytes, source %d", len(small), len(src))
	}
	if miss, err := Missing(small, keep); err != nil || len(miss) > 0 {
		t.Errorf("subset lacks %q (%v)", string(miss), err)
	}
	if miss, _ := Missing(small, []rune("育A")); string(miss) != "育A" {
		t.Errorf("subset holds characters it was not asked for: missing only %q", string(miss))
	}
	f, err := opentype.Parse(small)
	if err != nil {
		t.Fatal(err)
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: 40, DPI: 72})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "明M7" {
		b, adv, ok := face.GlyphBounds(r)
		if !ok || adv <= 0 || b.Max.X <= b.Min.X {
			t.Errorf("%q: no outline in the subset (bounds %v, advance %v)", r, b, adv)
		}
	}
}

func TestNotAFont(t *testing.T) {
	if _, err := TrueType([]byte("not a font"), []rune("a")); err == nil {
		t.Error("no error for a file that is not a font")
	}
}
