// Package policy parses the plain text of a Chinese policy document (a 意见,
// 通知, 规划, 行动方案, 政府工作报告, a regulation with 第X条 articles, a
// 印发 notice that carries the real document as an attachment, a report or a
// copy from a web page) into a faithful, positioned model: header fields,
// preamble, nested sections, paragraphs and sentences, the closing matter,
// and every repair made on the way.
//
// The package is pure: bytes in, model out. It does no file I/O.
package policy

import (
	"strings"

	"mingbai/generator/diag"
)

// Pos is a position in the source text: diag.Pos.
type Pos = diag.Pos

// Span is a half-open range [Start, End) of rune offsets into a paragraph's Text.
type Span struct {
	Start int
	End   int
}

// Field is a piece of header or closing text together with where it starts.
//
//	辽委发〔2024〕8号
type Field struct {
	Text string `json:"text"`
	Pos  Pos    `json:"pos"`
}

// Paragraph is one paragraph of body text after page-break joins and errata.
// Its ID ("p1", "p2", …) is unique within its section and the same in every
// language.
type Paragraph struct {
	ID        string
	Text      string
	Pos       Pos // position of the first rune
	Kind      ParagraphKind
	Sentences []Span // rune offsets into Text, covering it without gaps
	runePos   []Pos  // source position of every rune in Text
}

// PosAt returns the source position of the rune at offset i of p.Text.
// Offsets past the end give the position of the last rune.
func (p *Paragraph) PosAt(i int) Pos {
	if len(p.runePos) == 0 {
		return p.Pos
	}
	if i < 0 {
		i = 0
	}
	if i >= len(p.runePos) {
		i = len(p.runePos) - 1
	}
	return p.runePos[i]
}

// Sentence returns the text of sentence i.
func (p *Paragraph) Sentence(i int) string {
	r := []rune(p.Text)
	s := p.Sentences[i]
	return string(r[s.Start:s.End])
}

// Section is a numbered part of the body: a chapter (一、), a measure ((一)),
// an item (1.) and so on. IDs are language-neutral and unique in a document:
// "c2" for chapter 二, "m07" for measure (七) when measures are numbered
// continuously, "c2-m01" when numbering restarts in every chapter.
type Section struct {
	ID           string
	Label        string // the numbering as normalised, e.g. "（一）"
	Number       int    // the value of the label, e.g. 1
	Sub          int    // 1 for 第十七条之一, an article inserted after 第十七条; else 0
	Style        Style  // the numbering style of Label
	Level        int    // 1 for top-level sections
	Heading      string // without the label and the final punctuation
	HeadingPunct string // "。" when the heading sentence ends in one, else ""
	Pos          Pos    // position of the label
	Paragraphs   []*Paragraph
	Sections     []*Section
	Tail         []*Paragraph // text after the subsections: 专家出现上述情形的，…
	// Para is, for an item of an article (a 项), the paragraph (款) of the
	// article it belongs to: 1 for items after the article's first
	// paragraph, 2 for items after its second, and so on; 0 elsewhere.
	Para int
}

// Text returns the section's own paragraphs in reading order: those before
// its subsections, then its tail. Their IDs run on: p1, p2, p3.
func (s *Section) Text() []*Paragraph {
	if len(s.Tail) == 0 {
		return s.Paragraphs
	}
	return append(s.Paragraphs[:len(s.Paragraphs):len(s.Paragraphs)], s.Tail...)
}

// Step is one step of a section's text in reading order: one of its own
// paragraphs, or one of its subsections; exactly one is set.
type Step struct {
	Paragraph *Paragraph
	Section   *Section
}

// Flow returns a section's own paragraphs and its subsections in reading
// order. An article's items (项) follow the paragraph (款) they belong to,
// so an article whose later paragraph has items of its own reads as printed:
//
//	第十二条 有下列情形之一的，……：    p1
//	（一）……                           a12-i01 (Para 1)
//	有前款第（一）项情形的，……：        p2 (in Tail)
//	（一）……                           a12-p2-i01 (Para 2)
//	前款规定……                         p3 (in Tail)
//
// Elsewhere the subsections come after the paragraphs, then the tail.
func (s *Section) Flow() []Step {
	text := s.Text()
	out := make([]Step, 0, len(text)+len(s.Sections))
	subs := s.Sections
	// take appends the subsections that belong after paragraph k (1-based);
	// k < 0 takes the rest.
	take := func(k int) {
		for len(subs) > 0 && (k < 0 || subs[0].Para <= k) {
			out = append(out, Step{Section: subs[0]})
			subs = subs[1:]
		}
	}
	if s.Style == StyleArticle && len(s.Paragraphs) == 0 {
		take(1) // items straight after the article's label line
	}
	for i, pg := range text {
		if i == len(s.Paragraphs) && s.Style != StyleArticle {
			take(-1) // the tail of a section that is not an article
		}
		out = append(out, Step{Paragraph: pg})
		if s.Style == StyleArticle {
			take(i + 1)
		}
	}
	take(-1)
	return out
}

// ParagraphKind tells what a paragraph is.
type ParagraphKind string

// Paragraph kinds.
const (
	KindText    ParagraphKind = "text"    // plain prose
	KindBullet  ParagraphKind = "bullet"  // ——经济总体回升向好。
	KindList    ParagraphKind = "list"    // 一是加大宏观调控力度…
	KindBox     ParagraphKind = "box"     // 专栏1 重点工程
	KindSubhead ParagraphKind = "subhead" // 2022年政府工作回顾, an unnumbered heading
)

// Document is the parsed model of one policy document. For a transmittal
// notice (关于印发《X》的通知) the document is X, the attached document:
// Title, Preamble and Sections are X's, and Cover holds the notice that
// carries it. DocNumber, Issuers and DateText are the notice's, which is how
// X is cited: 《X》（沪科规〔2025〕5号）.
type Document struct {
	ID       string
	Encoding string // "UTF-8" or "GB18030"
	Genre    Genre  // derived from the title: regulation, opinions, plan, …

	Front      []Field // text before the document proper (a scraper's header)
	Masthead   []Field // 中共辽宁省委文件, one field per line
	DocNumber  Field   // 辽委发〔2024〕8号
	Issuers    []Field // from the title line or the signature block
	Title      []Field // one field per source line; see TitleText
	Subtitle   Field   // the rest of a title line, e.g. ——2024年3月5日在…
	DateText   Field   // (2024年6月20日), or the signature date
	Date       string  // DateText as YYYY-MM-DD, derived
	Addressees Field   // 各省、自治区、直辖市…：
	Dateline   Field   // 新华社北京2月13日电, an agency's dateline
	Speaker    Field   // 国家发展和改革委员会主任 何立峰, who delivered a report
	Decree     Field   // 上海市人民政府令, the decree series a 政府令 is numbered in; see NumberText
	Signer     Field   // 市长　应勇, who signed a decree or an order
	Record     *Record // a law's passage and amendment record, or nil
	Effective  string  // YYYY-MM-DD the text takes effect (自2019年8月20日起施行), or ""
	Status     Status  // StatusDraft for a 征求意见稿, else ""
	Contents   []Field // a table of contents printed before the text
	Repeats    []Field // lines that print again text the document already holds (a body printed twice)
	Cover      *Cover  // the notice that carries the document, or nil
	Captions   []Field // 新华社记者 李响 摄, photo captions among the text
	Inferred   map[string]Inferred
	Notes      []Field // [此件发至县(市、区)], （此件公开发布）
	Preamble   []*Paragraph
	Sections   []*Section
	Epilogue   []*Paragraph // text after the last section's subsections, e.g. a report's conclusion
	Closing    []Field      // signature lines and date not already taken as Issuers or DateText
	Back       []Field      // text after the document proper (a scraper's footer)

	Repairs  []Repair
	Warnings []Diagnostic
	Notices  []Diagnostic
}

// NumberText is the document number as it is cited: the printed number
// without the brackets around it, after its decree series when it is the
// number of a decree, or the number a passage record gives.
//
//	（皖开放办〔2022〕6号）        → 皖开放办〔2022〕6号
//	上海市人民政府令 + （第19号）   → 上海市人民政府令第19号
func (d *Document) NumberText() string {
	n := strings.TrimSpace(d.DocNumber.Text)
	if r := []rune(n); len(r) > 2 && (r[0] == '（' || r[0] == '(') && (r[len(r)-1] == '）' || r[len(r)-1] == ')') {
		n = strings.TrimSpace(string(r[1 : len(r)-1]))
	}
	if d.Decree.Text != "" && n != "" && !strings.Contains(n, "令") {
		n = compact(d.Decree.Text) + compact(n)
	}
	if n == "" {
		n = d.Inferred[InferNumber].Text
	}
	return n
}

// Status is the standing of a text: "" for a text as issued, StatusDraft for
// a draft published for comment.
type Status string

// StatusDraft marks a draft for comment (征求意见稿).
const StatusDraft Status = "draft"

// TitleText is the title with its lines joined, or, when the document
// prints none, the title inferred from its text, a scraper's header or
// meta.toml.
func (d *Document) TitleText() string {
	if s := joinFields(d.Title); s != "" {
		return s
	}
	return d.Inferred[InferTitle].Text
}

// IssuerNames lists the issuing bodies as printed, or as inferred from an
// announcement (中共中央、国务院印发了《…》) when none is printed.
func (d *Document) IssuerNames() []string {
	var out []string
	for _, f := range d.Issuers {
		out = append(out, splitIssuers(f.Text)...)
	}
	if len(out) == 0 && d.Inferred[InferIssuers].Text != "" {
		out = strings.Split(d.Inferred[InferIssuers].Text, "、")
	}
	return out
}

// splitIssuers splits a signature line that names several bodies,
// separated by spaces, into one name each; any other line is one name.
//
//	国家发展改革委  财政部  人民银行
func splitIssuers(s string) []string {
	parts := strings.Fields(s)
	for _, w := range parts {
		if !issuerRE.MatchString(w) {
			return []string{strings.TrimSpace(s)}
		}
	}
	return parts
}

func joinFields(fs []Field) string {
	s := ""
	for _, f := range fs {
		s += f.Text
	}
	return s
}

// Cover is the notice that carries an attached document:
//
//	沪科规〔2025〕5号
//	各有关单位：
//	为深化科技管理改革……现印发给你们，请认真遵照执行。
//	特此通知。
//	上海市科学技术委员会
//	2025年7月28日
//	附件
//	上海市科技专家库管理办法
type Cover struct {
	Title      []Field      // 关于印发《上海市科技专家库管理办法》的通知, when printed
	Addressees Field        // 各有关单位：
	Paragraphs []*Paragraph // the notice's body, p1, p2, …
	Attachment Field        // the 附件 or 附件： line before the attached title, if any
}

// TitleText is the notice's title as printed, or as inferred, or, for a
// decree that prints none, its series and number: 上海市人民政府令（第19号）.
func (c *Cover) TitleText(d *Document) string {
	if s := joinFields(c.Title); s != "" {
		return s
	}
	if t := d.Inferred[InferCoverTitle].Text; t != "" {
		return t
	}
	if d.Decree.Text != "" {
		return compact(d.Decree.Text) + compact(d.DocNumber.Text)
	}
	return ""
}

// Inferred is a header value the document does not print as a field of its
// own, with where it came from: From is "announcement" (read from a sentence
// of the text, at Pos), "scraper" (a web page's metadata block), "dateline"
// or "meta.toml".
type Inferred struct {
	Text string `json:"text"`
	From string `json:"from"`
	Pos  Pos    `json:"pos"`
}

// Keys of Document.Inferred.
const (
	InferTitle      = "title"
	InferCoverTitle = "coverTitle"
	InferIssuers    = "issuers" // joined with 、
	InferSourceURL  = "sourceURL"
	InferPublished  = "published" // a publication date, YYYY-MM-DD or YYYY-MM
	InferDate       = "date"      // Document.Date, when no date line or subtitle gives it
	InferNumber     = "number"    // a number a record gives: 中华人民共和国国务院令第709号
	InferSpeaker    = "speaker"   // who gave a speech, from its title: 习近平同志在…上的讲话
	InferOccasion   = "occasion"  // where it was given: 中央经济工作会议
)

// Walk calls fn for every section in document order, parents before children.
func (d *Document) Walk(fn func(s *Section)) {
	var walk func([]*Section)
	walk = func(ss []*Section) {
		for _, s := range ss {
			fn(s)
			walk(s.Sections)
		}
	}
	walk(d.Sections)
}

// Section returns the section with the given ID, or nil.
func (d *Document) Section(id string) *Section {
	var found *Section
	d.Walk(func(s *Section) {
		if s.ID == id {
			found = s
		}
	})
	return found
}

// Repair records one change the parser or an erratum made to the source text.
// Before and After are the text at Pos before and after the change.
type Repair struct {
	Pos    Pos
	Kind   string // see the RepairKind constants
	Before string
	After  string
	Reason string
}

// Repair kinds.
const (
	RepairMarkup     = "markup"         // web-copy markup (**bold**, # heading) was removed
	RepairJoin       = "join"           // a paragraph split by a page or line break was joined
	RepairPageNumber = "page-number"    // a page-number line such as "— 3 —" was removed
	RepairBracket    = "bracket"        // a half-width numbering bracket was made full width
	RepairErratum    = "erratum"        // a seed-side erratum was applied
	RepairHeader     = "running-header" // a running header a PDF repeats on every page was removed
)
