// Package subset cuts a TrueType font (glyf outlines) down to the glyphs of a
// set of characters, so that a CJK font of several megabytes can ship with the
// project as the few hundred kilobytes that its share cards use.
//
//	small, err := subset.TrueType(droidSansFallback, []rune("明白 Measure 7"))
//
// The result keeps .notdef as glyph 0, then one glyph per character (in rune
// order) and the components of composite glyphs; it has the tables a renderer
// needs (cmap, glyf, head, hhea, hmtx, loca, maxp, name, OS/2, post) and no
// hinting.
package subset

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"

	"golang.org/x/image/font/sfnt"
)

var be = binary.BigEndian

// TrueType returns src (a font file, or the first font of a collection)
// cut down to the glyphs of chars. Characters the font lacks are left out
// (they would render as .notdef); Missing reports them.
func TrueType(src []byte, chars []rune) ([]byte, error) {
	f, err := parse(src)
	if err != nil {
		return nil, err
	}
	tables, err := tableDir(src)
	if err != nil {
		return nil, err
	}
	for _, t := range []string{"head", "hhea", "hmtx", "maxp", "loca", "glyf"} {
		if _, ok := tables[t]; !ok {
			return nil, fmt.Errorf("subset: no %s table (only TrueType outlines are supported)", t)
		}
	}
	head, hhea, maxp := tables["head"], tables["hhea"], tables["maxp"]
	numGlyphs := int(be.Uint16(maxp[4:]))
	numHMetrics := int(be.Uint16(hhea[34:]))
	longLoca := be.Uint16(head[50:]) == 1
	glyph := func(gid int) []byte {
		loca := tables["loca"]
		var a, b int
		if longLoca {
			a, b = int(be.Uint32(loca[4*gid:])), int(be.Uint32(loca[4*gid+4:]))
		} else {
			a, b = 2*int(be.Uint16(loca[2*gid:])), 2*int(be.Uint16(loca[2*gid+2:]))
		}
		return tables["glyf"][a:b]
	}
	metric := func(gid int) (uint16, uint16) {
		hmtx := tables["hmtx"]
		if gid < numHMetrics {
			return be.Uint16(hmtx[4*gid:]), be.Uint16(hmtx[4*gid+2:])
		}
		last := 4 * (numHMetrics - 1)
		return be.Uint16(hmtx[last:]), be.Uint16(hmtx[4*numHMetrics+2*(gid-numHMetrics):])
	}

	// The new glyph order: .notdef, the characters' glyphs, their components.
	runes := slices.Clone(chars)
	slices.Sort(runes)
	runes = slices.Compact(runes)
	order := []int{0}
	newID := map[int]int{0: 0}
	cmap := map[rune]int{}
	var buf sfnt.Buffer
	add := func(gid int) int {
		if id, ok := newID[gid]; ok {
			return id
		}
		newID[gid] = len(order)
		order = append(order, gid)
		return newID[gid]
	}
	for _, r := range runes {
		gi, err := f.GlyphIndex(&buf, r)
		if err != nil || gi == 0 || int(gi) >= numGlyphs {
			continue
		}
		cmap[r] = add(int(gi))
	}
	for i := 0; i < len(order); i++ { // order grows as components are found
		for _, c := range components(glyph(order[i])) {
			add(c)
		}
	}

	// glyf, loca, hmtx in the new order.
	var glyf, loca, hmtx []byte
	for _, gid := range order {
		loca = be.AppendUint32(loca, uint32(len(glyf)))
		g := slices.Clone(glyph(gid))
		renumber(g, newID)
		glyf = append(glyf, g...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		adv, lsb := metric(gid)
		hmtx = be.AppendUint16(be.AppendUint16(hmtx, adv), lsb)
	}
	loca = be.AppendUint32(loca, uint32(len(glyf)))

	out := map[string][]byte{
		"cmap": cmap12(cmap), "glyf": glyf, "loca": loca, "hmtx": hmtx,
		"head": slices.Clone(head), "hhea": slices.Clone(hhea), "maxp": slices.Clone(maxp),
	}
	be.PutUint16(out["head"][50:], 1)
	be.PutUint32(out["head"][8:], 0)
	be.PutUint16(out["hhea"][34:], uint16(len(order)))
	be.PutUint16(out["maxp"][4:], uint16(len(order)))
	if post, ok := tables["post"]; ok && len(post) >= 32 {
		p := slices.Clone(post[:32])
		be.PutUint32(p, 0x00030000) // no glyph names
		out["post"] = p
	}
	for _, t := range []string{"name", "OS/2"} {
		if b, ok := tables[t]; ok {
			out[t] = slices.Clone(b)
		}
	}
	return write(out), nil
}

// Missing lists the characters of chars that the font has no glyph for.
func Missing(font []byte, chars []rune) ([]rune, error) {
	f, err := parse(font)
	if err != nil {
		return nil, err
	}
	var buf sfnt.Buffer
	var miss []rune
	for _, r := range chars {
		if gi, err := f.GlyphIndex(&buf, r); err != nil || gi == 0 {
			miss = append(miss, r)
		}
	}
	return miss, nil
}

// parse reads a font file or the first font of a collection (.ttc), after
// laying its tables out afresh: x/image/font/sfnt refuses tables that do not
// start on a 4-byte boundary, which some collections have.
func parse(b []byte) (*sfnt.Font, error) {
	t, err := tableDir(b)
	if err != nil {
		return nil, err
	}
	return sfnt.Parse(write(t))
}

// tableDir maps each table tag of an sfnt font (the first of a collection)
// to its bytes; table offsets count from the start of the file either way.
func tableDir(b []byte) (map[string][]byte, error) {
	at := 0
	if len(b) >= 16 && string(b[:4]) == "ttcf" {
		at = int(be.Uint32(b[12:]))
	}
	if len(b) < at+12 {
		return nil, errors.New("subset: not a font")
	}
	n := int(be.Uint16(b[at+4:]))
	m := map[string][]byte{}
	for i := 0; i < n; i++ {
		rec := b[at+12+16*i:]
		off, size := int(be.Uint32(rec[8:])), int(be.Uint32(rec[12:]))
		if off+size > len(b) {
			return nil, fmt.Errorf("subset: table %q runs past the end", rec[:4])
		}
		m[string(rec[:4])] = b[off : off+size]
	}
	return m, nil
}

// Composite glyph flags (OpenType glyf table).
const (
	argWords      = 0x0001
	haveScale     = 0x0008
	moreComps     = 0x0020
	haveXYScale   = 0x0040
	haveTwoByTwo  = 0x0080
	compositeMark = -1
)

// walk calls fn with the offset of each component's glyph index in the
// composite glyph g; it does nothing for a simple or empty glyph.
func walk(g []byte, fn func(at int)) {
	if len(g) < 10 || int16(be.Uint16(g)) != compositeMark {
		return
	}
	for p := 10; p+4 <= len(g); {
		flags := be.Uint16(g[p:])
		fn(p + 2)
		p += 4
		if flags&argWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXYScale != 0:
			p += 4
		case flags&haveTwoByTwo != 0:
			p += 8
		}
		if flags&moreComps == 0 {
			return
		}
	}
}

func components(g []byte) []int {
	var out []int
	walk(g, func(at int) { out = append(out, int(be.Uint16(g[at:]))) })
	return out
}

func renumber(g []byte, newID map[int]int) {
	walk(g, func(at int) { be.PutUint16(g[at:], uint16(newID[int(be.Uint16(g[at:]))])) })
}

// cmap12 is a cmap table with one format 12 subtable (Windows, full Unicode).
func cmap12(m map[rune]int) []byte {
	runes := make([]rune, 0, len(m))
	for r := range m {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	var groups []byte
	n := 0
	for i := 0; i < len(runes); {
		j := i
		for j+1 < len(runes) && runes[j+1] == runes[j]+1 && m[runes[j+1]] == m[runes[j]]+1 {
			j++
		}
		groups = be.AppendUint32(be.AppendUint32(be.AppendUint32(groups, uint32(runes[i])), uint32(runes[j])), uint32(m[runes[i]]))
		n++
		i = j + 1
	}
	var b []byte
	b = be.AppendUint16(be.AppendUint16(b, 0), 1)         // version, one subtable
	b = be.AppendUint16(be.AppendUint16(b, 3), 10)        // Windows, Unicode full repertoire
	b = be.AppendUint32(b, 12)                            // offset of the subtable
	b = be.AppendUint16(be.AppendUint16(b, 12), 0)        // format 12, reserved
	b = be.AppendUint32(b, uint32(16+len(groups)))        // length
	b = be.AppendUint32(be.AppendUint32(b, 0), uint32(n)) // language, groups
	return append(b, groups...)
}

// write assembles tables into a font file with a table directory and checksums.
func write(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	es := 0
	for 1<<(es+1) <= n {
		es++
	}
	var b []byte
	b = be.AppendUint32(b, 0x00010000)
	b = be.AppendUint16(b, uint16(n))
	b = be.AppendUint16(b, uint16(16<<es))
	b = be.AppendUint16(b, uint16(es))
	b = be.AppendUint16(b, uint16(16*n-16<<es))
	off := 12 + 16*n
	var body []byte
	for _, t := range tags {
		d := tables[t]
		b = append(b, t...)
		b = be.AppendUint32(b, checksum(d))
		b = be.AppendUint32(b, uint32(off+len(body)))
		b = be.AppendUint32(b, uint32(len(d)))
		body = append(body, d...)
		for len(body)%4 != 0 {
			body = append(body, 0)
		}
	}
	b = append(b, body...)
	// head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
	headAt := 12 + 16*n
	for _, t := range tags {
		if t == "head" {
			be.PutUint32(b[headAt+8:], 0xB1B0AFBA-checksum(b))
			break
		}
		headAt += (len(tables[t]) + 3) &^ 3
	}
	return b
}

func checksum(d []byte) uint32 {
	var s uint32
	for i := 0; i < len(d); i += 4 {
		var w [4]byte
		copy(w[:], d[i:])
		s += be.Uint32(w[:])
	}
	return s
}
