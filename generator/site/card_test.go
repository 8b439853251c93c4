package site

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"mingbai/generator/card"
	"mingbai/generator/library"
)

// TestCardFont proves that the committed card font (assets/fonts/card.otf,
// made once by scripts/font) holds every character that a share card of
// the library uses, of every kind of page, so that no card of the library
// is drawn without one.
func TestCardFont(t *testing.T) {
	lib, err := library.Load("../..")
	if err != nil {
		t.Fatal(err)
	}
	font, err := card.LoadFont("../../" + card.FontFile)
	if err != nil {
		t.Fatal(err)
	}
	texts := cardTexts(lib)
	if len(texts) < len(lib.Docs)*2 {
		t.Fatalf("%d cards for %d documents", len(texts), len(lib.Docs))
	}
	if miss := font.Missing(strings.Join(texts, "")); len(miss) > 0 {
		t.Errorf("%s lacks %q, used on share cards", card.FontFile, string(miss))
	}
}

// TestCardsFit: the lines the generator breaks a card's text into fit on
// the card in the card font, so that none is cut there.
func TestCardsFit(t *testing.T) {
	lib, err := library.Load("../..")
	if err != nil {
		t.Fatal(err)
	}
	font, err := card.LoadFont("../../" + card.FontFile)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range lib.Docs {
		for _, lang := range langs {
			cs := []*pageCard{docCard(d, lang)}
			for _, s := range ordered(d.Model) {
				cs = append(cs, sectionCard(d, s, lang))
			}
			for _, c := range cs {
				if !font.Fits(c.text) {
					n++
					if n <= 5 {
						t.Errorf("does not fit: %q", c.text)
					}
				}
			}
		}
	}
	if n > 5 {
		t.Errorf("and %d more", n-5)
	}
}

// TestNewDocumentCards adds a document whose title and targets use
// characters no card of the library uses today (园, 达, 䶮 and 𬌗 among
// them) and one the font lacks (가), generates it and draws its cards: every
// card is drawn, the only warning names the document, the page and 가, and
// the card with 가 is, pixel for pixel, the card without it (no box).
func TestNewDocumentCards(t *testing.T) {
	root := projectDir(t)
	src := "关于支持张江科技园区建设和达标产业集群䶮𬌗가发展的若干措施\n\n" +
		"一、园区建设\n\n（一）扶持园区企业。到2027年，园区企业达到300家。\n\n" +
		"二、产业集群\n\n（二）培育集群。\n"
	for _, r := range "园达䶮𬌗" {
		if used(t, r) {
			t.Fatalf("%c is on a card of the library already; pick another", r)
		}
	}
	writeFile(t, filepath.Join(root, "seeds/new.txt"), src)
	res, warn := generateCards(t, root)
	lists, err := card.ReadLists(root)
	all := 0 // the document's cards and the library pages'
	for _, l := range lists {
		all += len(l.Cards)
	}
	lists = docLists(lists)
	if err != nil || len(lists) != 1 {
		t.Fatalf("%d lists, %v", len(lists), err)
	}
	l := lists[0]
	if res.Drawn == 0 || res.Drawn > all {
		t.Errorf("drew %d cards, the document and the library pages have %d", res.Drawn, all)
	}
	for _, e := range l.Cards {
		if _, err := os.Stat(filepath.Join(root, card.Dir, e.Image)); err != nil {
			t.Errorf("card of %s not drawn: %v", e.Page, err)
		}
	}
	w := warn
	if !strings.Contains(w, "seeds/new.txt: warning:") || !strings.Contains(w, "zh/new") || !strings.Contains(w, "가 (U+AC00)") {
		t.Errorf("warnings do not name the seed, the page and 가:\n%s", w)
	}
	if strings.Contains(w, "园") || strings.Contains(w, "䶮") {
		t.Errorf("warned of a character the font has:\n%s", w)
	}
	font, err := card.LoadFont(filepath.Join(root, card.FontFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range l.Cards {
		if e.Page != "zh/new" {
			continue
		}
		if !strings.Contains(e.Title, "园") || !strings.Contains(e.Title, "가") {
			t.Fatalf("title %q", e.Title)
		}
		got, err := os.ReadFile(filepath.Join(root, card.Dir, e.Image))
		if err != nil {
			t.Fatal(err)
		}
		c := e.Card
		c.Title = strings.ReplaceAll(c.Title, "가", "")
		want, _, err := font.Draw(c)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Error("the card with 가, which the font lacks, is not the card without it: a box?")
		}
		return
	}
	t.Error("no card for the document page zh/new")
}

// TestRebuildDrawsOnlyTheChangedCards: after one document changed, a
// rebuild draws only cards of that document, and leaves the others' files
// as they were.
func TestRebuildDrawsOnlyTheChangedCards(t *testing.T) {
	root := projectDir(t)
	doc := func(title string) string {
		return title + "\n\n一、总体要求\n\n（一）加强统筹。到2027年，建成10个中心。\n\n二、保障措施\n\n（二）强化保障。\n"
	}
	writeFile(t, filepath.Join(root, "seeds/a.txt"), doc("关于推进甲事项的意见"))
	writeFile(t, filepath.Join(root, "seeds/b.txt"), doc("关于推进乙事项的意见"))
	first, _ := generateCards(t, root)
	lists, err := card.ReadLists(root)
	lists = docLists(lists)
	if err != nil || len(lists) != 2 {
		t.Fatalf("%d lists, %v", len(lists), err)
	}
	if first.Drawn != first.Cards || first.Cards < 8 {
		t.Fatalf("first run: %+v", first)
	}
	stamps := map[string]time.Time{}
	for _, e := range lists[0].Cards {
		fi, err := os.Stat(filepath.Join(root, card.Dir, e.Image))
		if err != nil {
			t.Fatal(err)
		}
		stamps[e.Image] = fi.ModTime()
	}
	time.Sleep(20 * time.Millisecond)
	writeFile(t, filepath.Join(root, "seeds/b.txt"), doc("关于推进乙事项的若干意见"))
	again, _ := generateCards(t, root)
	if again.Drawn == 0 || again.Drawn > len(lists[1].Cards) {
		t.Errorf("after b changed: drew %d cards; b has %d", again.Drawn, len(lists[1].Cards))
	}
	for name, was := range stamps {
		if fi, err := os.Stat(filepath.Join(root, card.Dir, name)); err != nil || !fi.ModTime().Equal(was) {
			t.Errorf("a's card %s was drawn again or removed (%v)", name, err)
		}
	}
	if same, _ := generateCards(t, root); same.Drawn != 0 || same.Removed != 0 {
		t.Errorf("nothing changed: %+v", same)
	}
}

// generateCards generates the library of root, with the project's card
// font, and draws its cards of every kind: what Sync did and its warnings.
func generateCards(t *testing.T, root string) (*card.Result, string) {
	t.Helper()
	font := filepath.Join(root, card.FontFile)
	if _, err := os.Lstat(font); err != nil {
		abs, err := filepath.Abs("../../" + card.FontFile)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(font), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(abs, font); err != nil {
			t.Fatal(err)
		}
	}
	lib, err := library.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := Build(lib)
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(root, fs); err != nil {
		t.Fatal(err)
	}
	var warn bytes.Buffer
	res, err := card.Sync(root, card.Kinds, &warn)
	if err != nil {
		t.Fatal(err)
	}
	return res, warn.String()
}

// used reports whether a card of the library shows r.
func used(t *testing.T, r rune) bool {
	t.Helper()
	lib, err := library.Load("../..")
	if err != nil {
		t.Fatal(err)
	}
	return strings.ContainsRune(strings.Join(cardTexts(lib), ""), r)
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
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

// docLists leaves out the list of the library's own pages (_site.toml:
// the home page, all targets, the glossary).
func docLists(ls []card.List) []card.List {
	var out []card.List
	for _, l := range ls {
		if l.Doc != "_site" {
			out = append(out, l)
		}
	}
	return out
}
