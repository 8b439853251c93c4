package policy

import (
	"strings"
	"unicode/utf8"
)

// Erratum is an explicit correction of the source text, kept with the seed
// rather than in code. Find must occur exactly once, within one line.
//
//	find = "人才队伍建设 and 高技能"  replace = "人才队伍建设和高技能"
type Erratum struct {
	Find    string
	Replace string
	Reason  string
	Origin  string // where the erratum is written, e.g. "seeds/x/meta.toml", for messages
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
		origin := e.Origin
		if origin != "" {
			origin += ": "
		}
		switch {
		case len(find) == 0:
			p.diag.add(SeverityError, Pos{1, 1}, 1, "%serratum with an empty find", origin)
		case len(hits) != 1:
			pos := Pos{1, 1}
			if len(hits) > 1 {
				pos = hits[1].l.pos(hits[1].i)
			}
			p.diag.add(SeverityError, pos, len(find), "%serratum %q matches %d times; it must match exactly once", origin, e.Find, len(hits))
		default:
			h := hits[0]
			p.doc.Repairs = append(p.doc.Repairs, Repair{Pos: h.l.pos(h.i), Kind: RepairErratum, Before: e.Find, After: e.Replace, Reason: e.Reason})
			h.l.replace(h.i, h.i+len(find), e.Replace)
		}
	}
}
