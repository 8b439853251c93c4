package policy

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

// fidelity proves, on every parse, that each non-white-space rune of the
// decoded source appears in the model exactly once and in order, apart from
// the recorded repairs. It rebuilds the expected text from the source by
// applying each repair at its recorded position (checking that the repair's
// Before text really is there), collects the text of every model field in
// source order, and compares the two. It returns a diagnostic at the first
// difference, or nil.
func (p *parser) fidelity(text string) *Diagnostic {
	edits := map[Pos][]Repair{}
	edited := map[int]bool{} // the lines with an edit, so that other lines need no lookup per rune
	for _, r := range p.doc.Repairs {
		if compact(r.Before) != "" {
			edits[r.Pos] = append(edits[r.Pos], r)
			edited[r.Pos.Line] = true
		}
	}
	want := make([]posRune, 0, utf8.RuneCountInString(text))
	for _, l := range splitLines(text) {
		if !edited[l.no] {
			for i, c := range l.r {
				if !isSpace(c) {
					want = append(want, posRune{c, l.pos(i)})
				}
			}
			continue
		}
		for i := 0; i < len(l.r); i++ {
			pos := l.pos(i)
			if rs := edits[pos]; len(rs) > 0 {
				r := rs[0]
				edits[pos] = rs[1:]
				before := []rune(r.Before)
				if i+len(before) > len(l.r) || string(l.r[i:i+len(before)]) != r.Before {
					return &Diagnostic{Pos: pos, Len: len(before), Severity: SeverityError,
						Msg: fmt.Sprintf("fidelity: recorded %s repair %q does not match the source here", r.Kind, r.Before)}
				}
				for _, c := range compact(r.After) {
					want = append(want, posRune{c, pos})
				}
				i += len(before) - 1
				continue
			}
			if !isSpace(l.r[i]) {
				want = append(want, posRune{l.r[i], pos})
			}
		}
	}

	type piece struct {
		pos  Pos
		text string
	}
	var pieces []piece
	fields := func(fs ...Field) {
		for _, f := range fs {
			if f.Text != "" {
				pieces = append(pieces, piece{f.Pos, f.Text})
			}
		}
	}
	d := p.doc
	fields(d.Front...)
	fields(d.Dateline, d.Speaker, d.Decree, d.Signer)
	fields(d.Repeats...)
	fields(d.Contents...)
	if d.Record != nil {
		fields(d.Record.Lines...)
	}
	fields(d.Captions...)
	if c := d.Cover; c != nil {
		fields(c.Title...)
		fields(c.Addressees, c.Attachment)
	}
	fields(d.Masthead...)
	fields(d.DocNumber, d.Subtitle, d.DateText, d.Addressees)
	fields(d.Issuers...)
	fields(d.Title...)
	fields(d.Notes...)
	fields(d.Closing...)
	fields(d.Back...)
	for _, pgs := range p.paragraphLists() {
		for _, pg := range pgs {
			pieces = append(pieces, piece{pg.Pos, pg.Text})
		}
	}
	d.Walk(func(s *Section) {
		sp := p.sectionStarts[s]
		pieces = append(pieces, piece{s.Pos, s.Label}, piece{sp.heading, s.Heading})
		if s.HeadingPunct != "" {
			pieces = append(pieces, piece{sp.punct, s.HeadingPunct})
		}
	})
	sort.SliceStable(pieces, func(i, j int) bool {
		a, b := pieces[i].pos, pieces[j].pos
		return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
	})
	var got []rune
	for _, pc := range pieces {
		got = append(got, []rune(compact(pc.text))...)
	}

	for i := 0; i < len(want) || i < len(got); i++ {
		switch {
		case i >= len(got):
			return &Diagnostic{Pos: want[i].pos, Len: 1, Severity: SeverityError,
				Msg: fmt.Sprintf("fidelity: source text %q from here on is missing from the model", truncate(runesOf(want[i:]), 10))}
		case i >= len(want):
			return &Diagnostic{Pos: want[len(want)-1].pos, Len: 1, Severity: SeverityError,
				Msg: fmt.Sprintf("fidelity: the model has text %q after the end of the source", truncate(string(got[i:]), 10))}
		case want[i].r != got[i]:
			return &Diagnostic{Pos: want[i].pos, Len: 1, Severity: SeverityError,
				Msg: fmt.Sprintf("fidelity: the source has %q here but the model has %q", truncate(runesOf(want[i:]), 6), truncate(string(got[i:]), 6))}
		}
	}
	return nil
}

// posRune is a rune of the source and where it stands.
type posRune struct {
	r   rune
	pos Pos
}

func runesOf(cs []posRune) string {
	rs := make([]rune, len(cs))
	for i, c := range cs {
		rs[i] = c.r
	}
	return string(rs)
}
