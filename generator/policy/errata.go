package policy

import (
	"strings"
	"unicode/utf8"

	"mingbai/generator/zh"
)

// Erratum is an explicit correction of the source text, kept with the seed
// (a [[erratum]] table of meta.toml) rather than in code. Find must occur
// exactly once, within one line.
//
//	find = "人才队伍建设 and 高技能"  replace = "人才队伍建设和高技能"
//
// Origin, Pos and Line say where the erratum is written, so that an erratum
// that matches nothing, or more than once, is reported there
// ("seeds/x/meta.toml:17:1: error: erratum … matches 0 times") rather than
// in the source.
type Erratum struct {
	Find    string `toml:"find"`
	Replace string `toml:"replace"`
	Reason  string `toml:"reason"`
	Origin  string `toml:"-"` // the file, e.g. "seeds/x/meta.toml"; "" when unknown
	Pos     Pos    `toml:"-"` // the position of its find key in Origin; zero when unknown
	Line    string `toml:"-"` // the text of line Pos.Line of Origin, quoted in messages
}

// applyErrata applies each erratum, which must match exactly once.
func (p *parser) applyErrata(lines []*line, errata []Erratum) {
	for _, e := range errata {
		find := []rune(e.Find)
		type hit struct {
			l *line
			i int
		}
		var hits []hit
		for _, l := range lines {
			text := string(l.r)
			for off := 0; len(find) > 0; {
				k := strings.Index(text[off:], e.Find)
				if k < 0 {
					break
				}
				hits = append(hits, hit{l, utf8.RuneCountInString(text[:off+k])})
				off += k + len(e.Find)
			}
		}
		switch {
		case len(find) == 0:
			p.erratumError(e, "erratum with an empty find; give the text to replace")
		case len(hits) == 0:
			p.erratumError(e, "erratum %q matches 0 times; it must match exactly once, within one line of the source", e.Find)
		case len(hits) > 1:
			first, second := hits[0].l.pos(hits[0].i), hits[1].l.pos(hits[1].i)
			p.erratumError(e, "erratum %q matches %d times; it must match exactly once (it matches at %d:%d and %d:%d): lengthen find",
				e.Find, len(hits), first.Line, first.Col, second.Line, second.Col)
		default:
			h := hits[0]
			p.doc.Repairs = append(p.doc.Repairs, Repair{Pos: h.l.pos(h.i), Kind: RepairErratum, Before: e.Find, After: e.Replace, Reason: e.Reason})
			h.l.replace(h.i, h.i+len(find), e.Replace)
		}
	}
}

// erratumError reports an error about erratum e where it is written: in its
// Origin at Pos, with that line quoted. An erratum of unknown origin is
// reported against the source as a whole, without a position.
func (p *parser) erratumError(e Erratum, format string, args ...any) {
	d := p.diag.add(SeverityError, e.Pos, max(zh.RuneLen(e.Line)-e.Pos.Col+1, 1), format, args...)
	d.File, d.Line = e.Origin, e.Line
}
