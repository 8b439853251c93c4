package policy

import (
	"strconv"

	"mingbai/generator/zh"
)

// Year returns the year a document speaks from, which tells past years
// from future ones and which relative dates (今年, 未来5年) count from: the
// year of its date, else of its date text, subtitle (——2022年10月28日在…),
// document number (国发〔2021〕36号) or closing lines, else of the first whole
// date in its preamble, else 0.
func (d *Document) Year() int {
	texts := []string{d.Date, d.DateText.Text, d.Subtitle.Text, d.DocNumber.Text}
	for _, f := range d.Closing {
		texts = append(texts, f.Text)
	}
	for _, t := range texts {
		if y := zh.FirstYear(t); y != 0 {
			return y
		}
	}
	for _, p := range d.Preamble {
		if g := zh.FullDate.FindStringSubmatch(p.Text); g != nil {
			y, _ := strconv.Atoi(g[1])
			return y
		}
	}
	return 0
}

// KindHeading is the kind of the paragraph HeadingParagraph makes.
const KindHeading ParagraphKind = "heading"

// HeadingParagraph returns the heading of s as a paragraph of kind
// "heading", so that its words can be read as text: some documents put a
// whole item in its heading (1．中央生活类救灾物资：…建设7个综合性国家储备基地).
// A heading is one source line, so its runes are placed one column apart
// from where it starts: after the label, or, when the heading runs on into
// the first paragraph on its line ((一) 开展….积极创建…), where the
// paragraph's start says it must.
func (s *Section) HeadingParagraph() *Paragraph {
	pos := Pos{Line: s.Pos.Line, Col: s.Pos.Col + zh.RuneLen(s.Label)}
	if len(s.Paragraphs) > 0 {
		p := s.Paragraphs[0].Pos
		if col := p.Col - zh.RuneLen(s.Heading+s.HeadingPunct); p.Line == s.Pos.Line && col >= pos.Col {
			pos.Col = col
		}
	}
	p := &Paragraph{ID: "heading", Text: s.Heading, Pos: pos, Kind: KindHeading}
	for i := range []rune(s.Heading) {
		p.runePos = append(p.runePos, Pos{Line: pos.Line, Col: pos.Col + i})
	}
	return p
}

// SentenceSpans returns the sentences of p: those the parser found, or, for
// a paragraph built by hand without them, those the parser's rules find in
// its text (今年发展主要预期目标是： | 国内生产总值增长5%左右；).
func (p *Paragraph) SentenceSpans() []Span {
	if len(p.Sentences) > 0 {
		return p.Sentences
	}
	return sentences([]rune(p.Text))
}
