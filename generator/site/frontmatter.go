package site

// The front matter of the generated pages. Field order is the order in the
// written TOML; the Hugo templates in layouts/ read these keys.

// abstractKind says who wrote a page's summary (front matter abstractKind):
// an editor, in summaries.toml, or the generator, in which case the page
// says so (partial summarynote.html).
type abstractKind string

const (
	abstractCurated abstractKind = "curated"
	abstractAuto    abstractKind = "auto"
	// abstractNone: no curated summary and nothing an automatic one could
	// usefully say; the page shows no summary.
	abstractNone abstractKind = "none"
)

// pageRef names another page of the same document.
type pageRef struct {
	ID        string `toml:"id"`
	Title     string `toml:"title"`
	TitleLang string `toml:"titleLang"` // the locale of Title, as the page's own titleLang
}

type position struct {
	Line int `toml:"line"`
	Col  int `toml:"col"`
}

type bilingual struct {
	Zh     string `toml:"zh"`
	En     string `toml:"en"`
	Status string `toml:"status"`
}

// para is one paragraph row: the Chinese, its English and the status;
// N is the number shown in the margin, Sentences the Chinese cut into the
// model's sentences (their concatenation is Zh), each addressable as
// #<id>.s<i>.
type para struct {
	ID        string   `toml:"id"`
	N         int      `toml:"n"`
	Zh        string   `toml:"zh,omitempty"` // the Chinese when it has no sentences
	Sentences []string `toml:"sentences"`    // the Chinese, cut into the model's sentences
	En        string   `toml:"en"`
	// EnSentences is En cut into pieces aligned with Sentences (their
	// concatenation is En), so that #p1.s2 names the same sentence in both
	// languages; empty when there is no English or it cannot be aligned.
	EnSentences []string     `toml:"enSentences,omitempty"`
	Status      string       `toml:"status"`
	Line        int          `toml:"-"` // where it starts in the source: for the generator, not written
	Col         int          `toml:"-"`
	Fixes       []string     `toml:"fixes,omitempty"` // anchors of its corrections on the source page ("r3")
	Label       string       `toml:"label,omitempty"` // shown in the margin instead of N: a clause's "（三）"
	Notes       []editorNote `toml:"notes,omitempty"` // editor's notes on the paragraph
	// Cite is the pinpoint of the paragraph where it is narrower than its
	// page's: a later paragraph (款) of an article, 第十二条第二款 / "Article
	// 12, paragraph 2", or an item's text on its article's page, 第十二条第（一）项
	// / "Article 12(1)"; nil elsewhere. Selecting text in it cites it.
	Cite *pinpoint `toml:"cite,omitempty"`
}

// pinpoint is a citation label in both languages.
type pinpoint struct {
	Zh string `toml:"zh"`
	En string `toml:"en"`
}

type measureRef struct {
	ID      string `toml:"id"`
	Label   string `toml:"label"`
	Heading string `toml:"heading"`
	Current bool   `toml:"current,omitempty"` // in siblings: the page itself
	Summary string `toml:"summary,omitempty"` // on a chapter page: the measure in one line
}

type chapterRef struct {
	ID       string       `toml:"id"`
	Label    string       `toml:"label"`
	Heading  string       `toml:"heading"`
	Measures []measureRef `toml:"measures"`
}

type correction struct {
	Kind       string `toml:"kind"`
	Line       int    `toml:"line"`
	Col        int    `toml:"col"`
	Before     string `toml:"before"`
	After      string `toml:"after"`
	Reason     string `toml:"reason"`
	ReasonLang string `toml:"reasonLang"`
}

type warning struct {
	Line        int    `toml:"line"`
	Col         int    `toml:"col"`
	Message     string `toml:"message"`
	MessageLang string `toml:"messageLang"`
}

type download struct {
	Label string `toml:"label"`
	URL   string `toml:"url"`
}

// homePage is content/<lang>/_index.md.
type homePage struct {
	Title       string    `toml:"title"`
	Description string    `toml:"description"`
	Card        *pageCard `toml:"card,omitempty"` // its share card (siteCard)
}

// docPage is content/<lang>/<doc>/_index.md, the document overview.
type docPage struct {
	Title          string       `toml:"title"`
	TitleLang      string       `toml:"titleLang"`
	ID             string       `toml:"id"`
	Doc            string       `toml:"doc"`
	Kind           string       `toml:"kind"`
	Layout         string       `toml:"layout"`
	TranslationKey string       `toml:"translationKey"`
	Date           string       `toml:"date,omitempty"`
	Weight         int          `toml:"weight"`
	Summary        string       `toml:"abstract"`
	SummaryKind    abstractKind `toml:"abstractKind"`
	Points         []string     `toml:"points"`
	KeyTerms       []string     `toml:"keyTerms"` // glossary IDs of the terms in the title, linked under the overview
	Translation    string       `toml:"translation"`
	DocNumber      string       `toml:"docNumber,omitempty"`
	DocNumberTr    string       `toml:"docNumberTr,omitempty"`
	Issuers        []string     `toml:"issuers"`
	DateText       string       `toml:"dateText,omitempty"`
	DateTextLang   string       `toml:"dateTextLang,omitempty"`
	SourceURL      string       `toml:"sourceURL,omitempty"`
	Retrieved      string       `toml:"retrieved,omitempty"`
	SHA256         string       `toml:"sha256"`
	SourceFile     string       `toml:"sourceFile"`
	Encoding       string       `toml:"encoding"`
	Jurisdiction   string       `toml:"jurisdiction,omitempty"`
	Targets        []string     `toml:"targets"`
	Source         position     `toml:"source"`
	Chapters       []chapterRef `toml:"chapters"`
	Cover          *coverPart   `toml:"cover,omitempty"` // the notice that carries the document, if any
	Corrections    []correction `toml:"corrections"`
	Warnings       []warning    `toml:"warnings"`
	Lastmod        string       `toml:"lastmod,omitempty"`
	Library        libFacts     `toml:"library"`
	Provenance     provenance   `toml:"provenance"`
	Card           *pageCard    `toml:"card,omitempty"`     // the share card (og:image)
	Standing       standing     `toml:"standing"`           // draft status, effective date, a law's record
	CiteTitle      string       `toml:"citeTitle"`          // the Chinese title in its official form (citeTitle)
	CiteNote       string       `toml:"citeNote,omitempty"` // a law's adoption, a draft's status, in the page's language
}

// sectionPage is content/<lang>/<doc>/<id>.md, a chapter or a measure.
type sectionPage struct {
	Title          string `toml:"title"`
	TitleLang      string `toml:"titleLang"`
	LinkTitle      string `toml:"linkTitle"`
	ID             string `toml:"id"`
	Doc            string `toml:"doc"`
	DocTitle       string `toml:"docTitle"`
	DocNumber      string `toml:"docNumber,omitempty"`
	Kind           string `toml:"kind"`
	Layout         string `toml:"layout"`
	TranslationKey string `toml:"translationKey"`
	Weight         int    `toml:"weight"`
	Label          string `toml:"label"`
	CiteLabel      string `toml:"citeLabel"` // the pinpoint: "Article 12(1)", "Measure 7"; "第十二条第（一）项", "（七）" in Chinese
	// CiteHeading is the section's own heading as a citation quotes it,
	// "" when it has none (an article, an item): never the label again.
	CiteHeading string       `toml:"citeHeading"`
	Summary     string       `toml:"abstract"`
	SummaryKind abstractKind `toml:"abstractKind"`
	Translation string       `toml:"translation"`
	Parent      *pageRef     `toml:"parent,omitempty"`
	Prev        *pageRef     `toml:"prev,omitempty"`
	Next        *pageRef     `toml:"next,omitempty"`
	Measures    []measureRef `toml:"measures,omitempty"`
	Siblings    []measureRef `toml:"siblings,omitempty"`
	Targets     []string     `toml:"targets"`
	Terms       []string     `toml:"terms"`
	Source      position     `toml:"source"`
	Heading     bilingual    `toml:"heading"`
	Paras       []para       `toml:"paras"`
	Card        *pageCard    `toml:"card,omitempty"` // the share card (og:image)
}

// block is a heading or paragraph of the full text.
type block struct {
	Kind    string `toml:"kind"`
	Level   int    `toml:"level,omitempty"`
	ID      string `toml:"id"`
	Section string `toml:"-"` // the section a paragraph is in: for the generator, not written
	Label   string `toml:"label,omitempty"`
	N       int    `toml:"n,omitempty"`
	Zh      string `toml:"zh"` // a heading's (may be empty: 第一条); a paragraph's as in para
	// Sentences of a paragraph, as in para.
	Sentences []string `toml:"sentences,omitempty"`
	// EnSentences of a paragraph, as in para.
	EnSentences []string     `toml:"enSentences,omitempty"`
	En          string       `toml:"en"`
	Status      string       `toml:"status"`
	Fixes       []string     `toml:"fixes,omitempty"` // as in para
	Notes       []editorNote `toml:"notes,omitempty"` // as in para
}

// textPage is content/<lang>/<doc>/text.md, the full text side by side.
type textPage struct {
	Title          string  `toml:"title"`
	ID             string  `toml:"id"`
	Doc            string  `toml:"doc"`
	Kind           string  `toml:"kind"`
	Layout         string  `toml:"layout"`
	TranslationKey string  `toml:"translationKey"`
	Summary        string  `toml:"abstract"`
	Translation    string  `toml:"translation"`
	Blocks         []block `toml:"blocks"`
}

// plainPage is a page whose body is all its content: targets tables,
// glossary, about, data and search.
type plainPage struct {
	Title          string     `toml:"title"`
	ID             string     `toml:"id"`
	Doc            string     `toml:"doc,omitempty"`
	Kind           string     `toml:"kind"`
	Layout         string     `toml:"layout"`
	TranslationKey string     `toml:"translationKey"`
	Summary        string     `toml:"abstract"`
	Downloads      []download `toml:"downloads,omitempty"`
	Code           bool       `toml:"code,omitempty"` // the body has a code block: the page loads the chroma style sheet
	Card           *pageCard  `toml:"card,omitempty"` // the share card of a library page (targets, glossary)
	// BodyLang is the language of the body where it is not the site's: the
	// house style is written in English on both sites ("en"; else "").
	BodyLang string `toml:"bodyLang,omitempty"`
}
