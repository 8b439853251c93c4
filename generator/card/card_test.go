package card

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const fontPath = "../../" + FontFile

func loadFont(t testing.TB) *Font {
	t.Helper()
	f, err := LoadFont(fontPath)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestFontSum keeps FontSum, part of every card's Name, equal to the
// committed font's: a new font draws every card anew.
func TestFontSum(t *testing.T) {
	b, err := os.ReadFile(fontPath)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	if got := hex.EncodeToString(sum[:])[:16]; got != FontSum {
		t.Errorf("FontSum = %q, but %s hashes to %q: set FontSum to it", FontSum, FontFile, got)
	}
	if len(b) > 10<<20 {
		t.Errorf("%s is %d bytes, over 10 MB", FontFile, len(b))
	}
}

// TestFontCoverage: the font holds GB 2312's characters, common ones
// outside the current library, characters of the 通用规范汉字表 outside the
// URO (Extension A, B, C and E), CJK and Latin punctuation.
func TestFontCoverage(t *testing.T) {
	f := loadFont(t)
	text := "园达囧犇䶮𬌗𬶨𫖯𬬻〔〕（）《》“”、。·—…①℃ABCxyz0123456789,.;:!?%&$€"
	if miss := f.Missing(text); len(miss) > 0 {
		t.Errorf("the card font lacks %q", string(miss))
	}
	if miss := f.Missing("가😀"); string(miss) != "가😀" {
		t.Errorf("Missing(가😀) = %q, want both (the font has no Hangul nor emoji)", string(miss))
	}
}

// TestDrawLeavesOutWhatTheFontLacks: a character the font lacks is left out
// and reported; it is not drawn as a box. The card with it is, pixel for
// pixel, the card without it.
func TestDrawLeavesOutWhatTheFontLacks(t *testing.T) {
	f := loadFont(t)
	with := Card{Kicker: "明白", Title: "关于支持科技园区가建设的若干措施", Figure: "达到10个😀"}
	without := Card{Kicker: "明白", Title: "关于支持科技园区建设的若干措施", Figure: "达到10个"}
	a, miss, err := f.Draw(with)
	if err != nil {
		t.Fatal(err)
	}
	if string(miss) != "가😀" {
		t.Errorf("missing %q, want 가😀", string(miss))
	}
	b, _, err := f.Draw(without)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("the card with characters the font lacks differs from the card without them: they were drawn (as boxes?)")
	}
}

func mustDraw(t *testing.T, f *Font, c Card) []byte {
	t.Helper()
	b, _, err := f.Draw(c)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDraw: a card is a palette PNG of 1200 × 630, at most 40 KB, with
// text on it.
func TestDraw(t *testing.T) {
	f := loadFont(t)
	for _, c := range []Card{
		{Kicker: "明白 · 辽委发〔2024〕8号", Label: "（七）", Title: "关于支持科技园区建设和先进制造业\n产业集群发展的若干措施，达到目标", Figure: "3000亿元以上 · 软件和信息技术服务业集群规模"},
		{Kicker: "Mingbai · Liao Wei Fa [2024] No. 8", Label: "Measure 7", Title: "Cultivate and strengthen emerging\nindustries and build a modern\nindustrial system…", Figure: "over 300 billion yuan: software and IT services cluster"},
	} {
		b := mustDraw(t, f, c)
		if len(b) > 40<<10 {
			t.Errorf("%q: %d bytes, over 40 KB", c.Title, len(b))
		}
		cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
		if err != nil || format != "png" || cfg.Width != Width || cfg.Height != Height {
			t.Errorf("%q: %v %s %dx%d", c.Title, err, format, cfg.Width, cfg.Height)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := img.(*image.Paletted); !ok {
			t.Errorf("%q: a %T, not a palette PNG", c.Title, img)
		}
		blank := mustDraw(t, f, Card{})
		if bytes.Equal(b, blank) {
			t.Errorf("%q: drew nothing", c.Title)
		}
	}
}

func TestName(t *testing.T) {
	a := Card{Kicker: "明白", Title: "一\n二"}
	b := Card{Kicker: "明白", Title: "一二"}
	c := Card{Kicker: "明白一", Title: "二"}
	if Name(a) == Name(b) || Name(b) == Name(c) || Name(a) != Name(Card{Kicker: "明白", Title: "一\n二"}) {
		t.Error("Name does not tell the cards apart, or is not stable")
	}
	if n := Name(a); len(n) != 20 || !strings.HasSuffix(n, ".png") {
		t.Errorf("Name = %q", n)
	}
}

// TestSync: cards are drawn once; after one document's list changed, only
// its changed card is drawn; a card no list names is deleted; a kind not
// asked for is not drawn.
func TestSync(t *testing.T) {
	root := t.TempDir()
	font, err := filepath.Abs(fontPath)
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(root, "assets/fonts"), 0o755))
	must(os.Symlink(font, filepath.Join(root, FontFile)))
	must(os.MkdirAll(filepath.Join(root, ListDir), 0o755))
	list := func(doc string, titles ...string) {
		var b strings.Builder
		b.WriteString("doc = '" + doc + "'\nsource = 'seeds/" + doc + ".txt'\n")
		for i, title := range titles {
			kind := "document"
			if i > 0 {
				kind = "measure"
			}
			c := Card{Kicker: "明白", Title: title}
			b.WriteString("[[card]]\npage = 'zh/" + doc + "'\nkind = '" + kind + "'\nimage = '" + Name(c) + "'\nkicker = '明白'\ntitle = '" + title + "'\n")
		}
		must(os.WriteFile(filepath.Join(root, ListDir, doc+".toml"), []byte(b.String()), 0o644))
	}
	list("a", "甲文件", "甲一")
	list("b", "乙文件", "乙一")
	sync := func(kinds ...string) *Result {
		t.Helper()
		var warn bytes.Buffer
		r, err := Sync(root, kinds, &warn)
		must(err)
		if warn.Len() > 0 {
			t.Errorf("warnings: %s", warn.String())
		}
		return r
	}
	if r := sync("document"); r.Cards != 2 || r.Drawn != 2 {
		t.Errorf("first run, documents: %+v, want 2 cards drawn", r)
	}
	if r := sync("document", "measure"); r.Cards != 4 || r.Drawn != 2 {
		t.Errorf("with measures: %+v, want the 2 measure cards drawn", r)
	}
	if r := sync("document", "measure"); r.Drawn != 0 {
		t.Errorf("nothing changed: %+v, want nothing drawn", r)
	}
	list("b", "乙文件（修订）", "乙一")
	if r := sync("document", "measure"); r.Drawn != 1 || r.Removed != 1 {
		t.Errorf("b's title changed: %+v, want 1 drawn, 1 removed", r)
	}
	if r := sync("document"); r.Drawn != 0 || r.Removed != 2 || r.Cards != 2 {
		t.Errorf("documents only again: %+v, want the 2 measure cards removed", r)
	}
	if r := sync(); r.Removed != 0 {
		t.Errorf("cards turned off: %+v, want the cache kept", r)
	}
	files, _ := os.ReadDir(filepath.Join(root, Dir))
	if len(files) != 2 {
		t.Errorf("%d files in %s, want 2", len(files), Dir)
	}
}
