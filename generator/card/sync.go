package card

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/pelletier/go-toml/v2"
)

// The folders and files of the cards, relative to the project root.
const (
	// ListDir holds a list of the cards of each document, <doc>.toml,
	// written by the generator and committed.
	ListDir = "assets/generated/cards"
	// Dir holds the drawn cards, <Name>.png: not committed (.gitignore),
	// kept between builds by the hosts' caches (netlify.toml's plugin, the
	// Pages workflow's actions/cache). Hugo publishes those a page links.
	Dir = "assets/cards"
	// FontFile is the card font (scripts/font makes it).
	FontFile = "assets/fonts/card.otf"
)

// Kinds are the kinds of page that can have a card.
var Kinds = []string{"document", "chapter", "measure", "article"}

// DefaultKinds are the kinds that get a card when hugo.toml does not say:
// document pages only. A library of 1,000 documents then has 2,000 cards
// (one per document and language, about 35 MB and 36 s of CPU to draw on a
// cold cache); with every kind it has about 70,000 (0.9 GB).
var DefaultKinds = []string{"document"}

// Entry is one card of a list: the page it belongs to, the kind of page,
// the file it is drawn to and its text.
//
//	page = "zh/liaoning-2024-8/m07"
//	kind = "measure"
//	image = "3f9c2a4b5d6e7f80.png"
//	kicker = "明白 · 辽委发〔2024〕8号"
//	label = "（七）"
//	title = "培育壮大新兴产业"
type Entry struct {
	Page  string `toml:"page"`
	Kind  string `toml:"kind"`
	Image string `toml:"image"`
	Card
}

// List is the file ListDir/<doc>.toml: the cards of one document.
type List struct {
	Doc    string  `toml:"doc"`
	Source string  `toml:"source"` // the seed's text, for warnings: "seeds/x/source.txt"
	Cards  []Entry `toml:"card"`
}

// ReadLists reads every list under root/ListDir, in file name order.
func ReadLists(root string) ([]List, error) {
	names, err := filepath.Glob(filepath.Join(root, ListDir, "*.toml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	lists := make([]List, 0, len(names))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		var l List
		if err := toml.Unmarshal(b, &l); err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		lists = append(lists, l)
	}
	return lists, nil
}

// Config reads which kinds of page get cards from root/hugo.toml:
//
//	[params]
//	  shareCards = true           # false: no cards at all
//	  [params.cards]
//	    kinds = ["document"]      # any of document, chapter, measure, article
//
// HUGO_PARAMS_SHARECARDS=false in the environment turns cards off, as it
// does for Hugo. An unknown kind is an error.
func Config(root string) ([]string, error) {
	b, err := os.ReadFile(filepath.Join(root, "hugo.toml"))
	if err != nil {
		return nil, err
	}
	var c struct {
		Params struct {
			ShareCards *bool `toml:"shareCards"`
			Cards      struct {
				Kinds *[]string `toml:"kinds"`
			} `toml:"cards"`
		} `toml:"params"`
	}
	if err := toml.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("hugo.toml: %w", err)
	}
	if (c.Params.ShareCards != nil && !*c.Params.ShareCards) || strings.EqualFold(os.Getenv("HUGO_PARAMS_SHARECARDS"), "false") {
		return nil, nil
	}
	if c.Params.Cards.Kinds == nil {
		return DefaultKinds, nil
	}
	for _, k := range *c.Params.Cards.Kinds {
		if !slices.Contains(Kinds, k) {
			return nil, fmt.Errorf("hugo.toml: params.cards.kinds: %q is not one of %s", k, strings.Join(Kinds, ", "))
		}
	}
	return *c.Params.Cards.Kinds, nil
}

// Result is what Sync did.
type Result struct {
	Cards   int // cards of the kinds asked for
	Drawn   int // of them, drawn now
	Removed int // files of Dir no card names any more
	Missing int // cards drawn without a character the font lacks
}

// Sync makes root/Dir hold exactly the cards of the given kinds that the
// lists name: it draws those missing (on one goroutine per core, with the
// font parsed once) and deletes the files no card names. An unchanged
// card is never drawn again. For each card that uses a character the font
// lacks it writes a warning to warn, naming the document, the page and the
// character; the card is drawn without it. With no kinds (cards turned
// off) it does nothing, so that a build without cards keeps the cache.
func Sync(root string, kinds []string, warn io.Writer) (*Result, error) {
	if len(kinds) == 0 {
		return &Result{}, nil
	}
	lists, err := ReadLists(root)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	want := map[string]Card{}
	type use struct {
		list *List
		e    *Entry
	}
	var uses []use
	for i := range lists {
		for j := range lists[i].Cards {
			e := &lists[i].Cards[j]
			if !slices.Contains(kinds, e.Kind) {
				continue
			}
			if e.Image != Name(e.Card) {
				return nil, fmt.Errorf("%s/%s.toml: card of %s: image %s, but its text is named %s; regenerate", ListDir, lists[i].Doc, e.Page, e.Image, Name(e.Card))
			}
			want[e.Image] = e.Card
			uses = append(uses, use{&lists[i], e})
		}
	}
	res.Cards = len(want)
	dir := filepath.Join(root, Dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	have := map[string]bool{}
	files, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		if _, ok := want[f.Name()]; ok {
			have[f.Name()] = true
		} else if err := os.Remove(filepath.Join(dir, f.Name())); err == nil {
			res.Removed++
		}
	}
	if len(want) == 0 {
		return res, nil
	}
	font, err := LoadFont(filepath.Join(root, FontFile))
	if err != nil {
		return nil, err
	}
	for _, u := range uses {
		if miss := font.Missing(u.e.Text()); len(miss) > 0 {
			res.Missing++
			var cs []string
			for _, r := range miss {
				cs = append(cs, fmt.Sprintf("%c (U+%04X)", r, r))
			}
			fmt.Fprintf(warn, "%s: warning: the share card of %s (document %s) uses %s, which the card font %s lacks; the card is drawn without it\n",
				u.list.Source, u.e.Page, u.list.Doc, strings.Join(cs, ", "), FontFile)
		}
	}
	var todo []string
	for name := range want {
		if !have[name] {
			todo = append(todo, name)
		}
	}
	sort.Strings(todo)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		next  = make(chan string)
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range next {
				err := draw(font, want[name], filepath.Join(dir, name))
				mu.Lock()
				if err != nil && first == nil {
					first = err
				}
				if err == nil {
					res.Drawn++
				}
				mu.Unlock()
			}
		}()
	}
	for _, name := range todo {
		next <- name
	}
	close(next)
	wg.Wait()
	return res, first
}

// draw writes c to path, through a temporary file so that an interrupted
// run leaves no half card under a name that says it is complete.
func draw(f *Font, c Card, path string) error {
	b, _, err := f.Draw(c)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
