package site

import (
	"cmp"
	"slices"

	"mingbai/generator/library"
)

// The catalogue: the home page lists every document (layouts/home.html),
// and content/<lang>/library/ holds the pages that let a reader without
// JavaScript filter and sort it: library/_index.md lists the facets,
// library/year-2024.md, library/genre-regulation.md and
// library/issuer-i-5c0f12ab.md list one facet value's documents, and
// library/sort-oldest.md, sort-issuer.md and sort-genre.md list them all in
// another order. The templates filter and sort by the libFacts of each
// document page; with JavaScript, assets/js/catalogue.js does the same in
// place on the home page.

// cataloguePage is one of the library pages.
type cataloguePage struct {
	Title          string  `toml:"title"`
	ID             string  `toml:"id"`
	Kind           string  `toml:"kind"`
	Layout         string  `toml:"layout"`
	TranslationKey string  `toml:"translationKey"`
	Summary        string  `toml:"abstract"`
	Lastmod        string  `toml:"lastmod,omitempty"`
	Sort           string  `toml:"sort"`
	Filter         *option `toml:"filter,omitempty"`
	Facets         []facet `toml:"facets,omitempty"`
}

// facet is one way to filter: "year", "genre" or "issuer", and its values.
type facet struct {
	ID      string   `toml:"id"`
	Options []option `toml:"options"`
}

// option is one value of a facet: its key in the documents' libFacts
// ("2024", "regulation", "i-5c0f12ab"), its label in the page's language,
// how many documents have it, and the page that lists them
// ("library/year-2024", relative to the language's home).
type option struct {
	Facet     string `toml:"facet"`
	Key       string `toml:"key"`
	Label     string `toml:"label"`
	LabelLang string `toml:"labelLang"`
	Count     int    `toml:"count"`
	Page      string `toml:"page"`
}

// cataloguePages are the library pages in lang.
func cataloguePages(lib *library.Library, lang string) []globalPage {
	type docFacts struct {
		f       libFacts
		updated string
	}
	var all []docFacts
	for _, d := range lib.Docs {
		prov, _ := provenanceOf(d) // errors are reported when the document is written
		all = append(all, docFacts{factsOf(d, lang), prov.Updated})
	}
	newest := func(keep func(libFacts) bool) string {
		u := ""
		for _, d := range all {
			if keep(d.f) {
				u = max(u, d.updated)
			}
		}
		return u
	}
	opts := map[string]map[string]*option{"year": {}, "genre": {}, "issuer": {}}
	bump := func(facet, key, label, labelLang string) {
		o, ok := opts[facet][key]
		if !ok {
			o = &option{Facet: facet, Key: key, Label: label, LabelLang: labelLang, Page: "library/" + facet + "-" + key}
			opts[facet][key] = o
		}
		o.Count++
	}
	for _, d := range all {
		if d.f.Year != "" {
			bump("year", d.f.Year, d.f.Year, "")
		}
		bump("genre", d.f.Genre, say(lang, "library_genre_"+d.f.Genre, nil), lang)
		for _, is := range d.f.Issuers {
			bump("issuer", is.Key, is.Name, is.Lang)
		}
	}
	var facets []facet
	for _, id := range []string{"year", "genre", "issuer"} {
		var os []option
		for _, o := range opts[id] {
			os = append(os, *o)
		}
		slices.SortFunc(os, func(a, b option) int {
			switch id {
			case "year":
				return cmp.Compare(b.Key, a.Key)
			case "genre":
				return cmp.Compare(genreRank(a.Key), genreRank(b.Key))
			}
			return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Label, b.Label))
		})
		facets = append(facets, facet{id, os})
	}
	every := func(libFacts) bool { return true }
	page := func(id string, p cataloguePage) globalPage {
		p.ID, p.Kind, p.Layout, p.TranslationKey = id, "catalogue", "catalogue", id
		return globalPage{ID: id, front: p}
	}
	out := []globalPage{page("library/_index", cataloguePage{
		Title: say(lang, "library_title", nil), Summary: catalogueSummary(len(all), lang), Lastmod: newest(every), Sort: "newest", Facets: facets,
	})}
	for _, s := range sortOrders[1:] {
		out = append(out, page("library/sort-"+s, cataloguePage{
			Title: say(lang, "library_sort_"+s, nil), Summary: catalogueSummary(len(all), lang), Lastmod: newest(every), Sort: s,
		}))
	}
	for _, fc := range facets {
		for _, o := range fc.Options {
			keep := func(f libFacts) bool {
				switch o.Facet {
				case "year":
					return f.Year == o.Key
				case "genre":
					return f.Genre == o.Key
				}
				return slices.Contains(f.IssuerKeys, o.Key)
			}
			out = append(out, page(o.Page, cataloguePage{
				Title: say(lang, "library_filter_"+o.Facet, map[string]any{"Label": o.Label}), Summary: catalogueSummary(o.Count, lang),
				Lastmod: newest(keep), Sort: "newest", Filter: &o,
			}))
		}
	}
	return out
}

// catalogueSummary says how many documents a library page lists: "1
// document.", "12 documents.", "共12份文件。".
func catalogueSummary(n int, lang string) string {
	return say(lang, "library_count", n)
}
