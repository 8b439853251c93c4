package site

import (
	"slices"
	"strings"
	"testing"

	"mingbai/generator/library"
	"mingbai/generator/seed"
)

// TestOwnAddresses: a seed may not take the address of one of the site's
// own pages.
func TestOwnAddresses(t *testing.T) {
	lib := &library.Library{Seeds: []*seed.Seed{{ID: "about", Path: "seeds/about.txt"}, {ID: "about-2024", Path: "seeds/about-2024.txt"}}}
	err := ownAddresses(lib)
	if err == nil || err.Error() != `seeds/about.txt: the ID "about" is the address of the site's own page /zh/about/: rename the seed, e.g. about-2024` {
		t.Errorf("got %v", err)
	}
	for _, p := range globalPages(&library.Library{}, "zh") {
		if !slices.Contains(siteAddresses, p.ID) && !strings.Contains(p.ID, "/") {
			t.Errorf("global page %q is not among siteAddresses", p.ID)
		}
	}
}
