package policy

// JSON is the document as the `parse` command prints it. Every rune of the
// source lives in exactly one string outside Repairs and Warnings; Date,
// Number, IDs and positions are derived.
type JSON struct {
	ID         string              `json:"id"`
	Title      string              `json:"title"`
	Subtitle   string              `json:"subtitle,omitempty"`
	DocNumber  string              `json:"docNumber"`
	Number     string              `json:"number,omitempty"` // derived: the number as cited (NumberText)
	Decree     string              `json:"decree,omitempty"`
	Signer     string              `json:"signer,omitempty"`
	Record     *RecordJSON         `json:"record,omitempty"`
	Effective  string              `json:"effective,omitempty"` // derived: YYYY-MM-DD
	Status     Status              `json:"status,omitempty"`
	Repeats    []string            `json:"repeats,omitempty"`
	Masthead   []string            `json:"masthead"`
	Issuers    []string            `json:"issuers"`
	Date       string              `json:"date"`
	DateText   string              `json:"dateText"`
	Addressees string              `json:"addressees"`
	Genre      Genre               `json:"genre"`
	Dateline   string              `json:"dateline,omitempty"`
	Speaker    string              `json:"speaker,omitempty"`
	Captions   []string            `json:"captions,omitempty"`
	Cover      *CoverJSON          `json:"cover,omitempty"`
	Inferred   map[string]Inferred `json:"inferred,omitempty"` // header values not printed as fields, with their origin
	Notes      []string            `json:"notes"`
	Front      []string            `json:"front"`
	Preamble   []string            `json:"preamble"`
	PreambleAt []ParagraphJSON     `json:"preambleParagraphs"`
	Sections   []*SectionJSON      `json:"sections"`
	Closing    []string            `json:"closing"` // epilogue paragraphs, then signature lines
	ClosingAt  []ParagraphJSON     `json:"closingParagraphs"`
	Back       []string            `json:"back"`
	Positions  map[string]Pos      `json:"positions"` // where each header field starts
	Encoding   string              `json:"encoding"`
	Repairs    []RepairJSON        `json:"repairs"`
	Warnings   []string            `json:"warnings"`
	Notices    []string            `json:"notices"`
	Targets    any                 `json:"targets,omitempty"`
}

// RecordJSON is a law's passage record: its lines as printed and the
// events read from them (derived).
type RecordJSON struct {
	Lines   []string `json:"lines"`
	Events  []Event  `json:"events"`
	Adopted string   `json:"adopted,omitempty"` // derived: the adoption date
	Current string   `json:"current,omitempty"` // derived: the date of the version in force
}

// CoverJSON is the notice that carries an attached document.
type CoverJSON struct {
	Title        string          `json:"title"`
	Addressees   string          `json:"addressees"`
	Paragraphs   []string        `json:"paragraphs"`
	ParagraphsAt []ParagraphJSON `json:"paragraphsAt"`
	Attachment   string          `json:"attachment,omitempty"`
}

// SectionJSON is a section in the parse output. Paragraphs holds the text;
// ParagraphsAt gives, in the same order, each paragraph's ID, position, kind
// and sentence spans.
type SectionJSON struct {
	ID           string          `json:"id"`
	Label        string          `json:"label"`
	Number       int             `json:"number"`
	Heading      string          `json:"heading"`
	HeadingPunct string          `json:"headingPunct,omitempty"`
	Line         int             `json:"line"`
	Col          int             `json:"col"`
	Level        int             `json:"level"`
	Style        string          `json:"style"`
	Paragraphs   []string        `json:"paragraphs"`
	ParagraphsAt []ParagraphJSON `json:"paragraphsAt"`
	Sections     []*SectionJSON  `json:"sections"`
	Tail         []string        `json:"tail,omitempty"` // paragraphs after the subsections
	TailAt       []ParagraphJSON `json:"tailAt,omitempty"`
}

// ParagraphJSON locates a paragraph. Sentences are [start, end) rune offsets.
type ParagraphJSON struct {
	ID        string   `json:"id"`
	Line      int      `json:"line"`
	Col       int      `json:"col"`
	Kind      string   `json:"kind"`
	Sentences [][2]int `json:"sentences"`
}

// RepairJSON is a repair in the parse output.
type RepairJSON struct {
	Line   int    `json:"line"`
	Col    int    `json:"col"`
	Kind   string `json:"kind"`
	Before string `json:"before"`
	After  string `json:"after"`
	Reason string `json:"reason"`
}

// JSON returns the parse output of d. file names the source in warnings.
func (d *Document) JSON(file string) *JSON {
	texts := func(fs []Field) []string {
		out := []string{}
		for _, f := range fs {
			out = append(out, f.Text)
		}
		return out
	}
	j := &JSON{
		ID: d.ID, Title: d.TitleText(), Subtitle: d.Subtitle.Text, DocNumber: d.DocNumber.Text,
		Masthead: texts(d.Masthead), Issuers: texts(d.Issuers), Date: d.Date, DateText: d.DateText.Text,
		Addressees: d.Addressees.Text, Notes: texts(d.Notes), Front: texts(d.Front),
		Back: texts(d.Back), Encoding: d.Encoding, Positions: map[string]Pos{},
		Preamble: []string{}, Sections: []*SectionJSON{}, Repairs: []RepairJSON{}, Warnings: []string{}, Notices: []string{},
	}
	j.Genre, j.Dateline, j.Speaker, j.Inferred = d.Genre, d.Dateline.Text, d.Speaker.Text, d.Inferred
	j.Decree, j.Signer, j.Effective, j.Status = d.Decree.Text, d.Signer.Text, d.Effective, d.Status
	if n := d.NumberText(); n != d.DocNumber.Text {
		j.Number = n
	}
	for _, f := range d.Repeats {
		j.Repeats = append(j.Repeats, f.Text)
	}
	if r := d.Record; r != nil {
		rj := &RecordJSON{Events: r.Events, Current: r.Current()}
		for _, f := range r.Lines {
			rj.Lines = append(rj.Lines, f.Text)
		}
		if e := r.Adopted(); e != nil {
			rj.Adopted = e.Date
		}
		j.Record = rj
	}
	j.Captions = texts(d.Captions)
	j.Issuers = d.IssuerNames()
	if j.Issuers == nil {
		j.Issuers = []string{}
	}
	if c := d.Cover; c != nil {
		j.Cover = &CoverJSON{Title: c.TitleText(d), Addressees: c.Addressees.Text, Attachment: c.Attachment.Text}
		j.Cover.Paragraphs, j.Cover.ParagraphsAt = paragraphsJSON(c.Paragraphs)
	}
	j.Preamble, j.PreambleAt = paragraphsJSON(d.Preamble)
	j.Closing, j.ClosingAt = paragraphsJSON(d.Epilogue)
	j.Closing = append(j.Closing, texts(d.Closing)...)
	for name, f := range map[string]Field{"docNumber": d.DocNumber, "subtitle": d.Subtitle, "dateText": d.DateText, "addressees": d.Addressees} {
		if f.Text != "" {
			j.Positions[name] = f.Pos
		}
	}
	if len(d.Title) > 0 {
		j.Positions["title"] = d.Title[0].Pos
	}
	if len(d.Masthead) > 0 {
		j.Positions["masthead"] = d.Masthead[0].Pos
	}
	if len(d.Issuers) > 0 {
		j.Positions["issuers"] = d.Issuers[0].Pos
	}
	var conv func(ss []*Section) []*SectionJSON
	conv = func(ss []*Section) []*SectionJSON {
		out := []*SectionJSON{}
		for _, s := range ss {
			sj := &SectionJSON{ID: s.ID, Label: s.Label, Number: s.Number, Heading: s.Heading, HeadingPunct: s.HeadingPunct,
				Line: s.Pos.Line, Col: s.Pos.Col, Level: s.Level, Style: s.Style.String(), Sections: conv(s.Sections)}
			sj.Paragraphs, sj.ParagraphsAt = paragraphsJSON(s.Paragraphs)
			if len(s.Tail) > 0 {
				sj.Tail, sj.TailAt = paragraphsJSON(s.Tail)
			}
			out = append(out, sj)
		}
		return out
	}
	j.Sections = conv(d.Sections)
	for _, r := range d.Repairs {
		j.Repairs = append(j.Repairs, RepairJSON{r.Pos.Line, r.Pos.Col, r.Kind, r.Before, r.After, r.Reason})
	}
	for _, w := range d.Warnings {
		j.Warnings = append(j.Warnings, file+":"+w.String())
	}
	for _, n := range d.Notices {
		j.Notices = append(j.Notices, file+":"+n.String())
	}
	return j
}

func paragraphsJSON(pgs []*Paragraph) ([]string, []ParagraphJSON) {
	texts, at := []string{}, []ParagraphJSON{}
	for _, pg := range pgs {
		texts = append(texts, pg.Text)
		pj := ParagraphJSON{ID: pg.ID, Line: pg.Pos.Line, Col: pg.Pos.Col, Kind: string(pg.Kind), Sentences: [][2]int{}}
		for _, s := range pg.Sentences {
			pj.Sentences = append(pj.Sentences, [2]int{s.Start, s.End})
		}
		at = append(at, pj)
	}
	return texts, at
}
