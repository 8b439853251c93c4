// Package translation keeps the English side of a document: translation
// units keyed by language-neutral IDs, each stamped with a hash of the
// Chinese it translates; translator's glosses ([[…]]) and editor's notes;
// the shared glossary; curated and automatic summaries; and the checks
// that report what is missing, stale, inconsistent or against the house
// style (seeds/STYLE.md).
package translation

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"mingbai/generator/policy"
)

// Unit is one translatable piece of a document: its ID, which is the same in
// every language, and its Chinese text.
//
//	m07.heading  培育壮大新兴产业
//	m07.p1       依托各类产业园区，积极探索…
type Unit struct {
	ID  string
	Zh  string
	Pos policy.Pos // where the Chinese starts in the source
	// Sentences is a paragraph's Chinese cut into the model's sentences
	// (their concatenation is Zh), nil for other units; the English is
	// aligned to them (Align).
	Sentences []string
}

// Hash is the unit's short hash: the first 10 hex digits of the SHA-256 of
// Normalize(u.Zh).
func (u Unit) Hash() string { return Hash(u.Zh) }

// Hash returns the short hash of Chinese text.
func Hash(zh string) string {
	sum := sha256.Sum256([]byte(Normalize(zh)))
	return hex.EncodeToString(sum[:])[:10]
}

// Normalize is the form of Chinese text that a hash covers: NFKC (so the
// width of a bracket or digit does not matter) without white space.
func Normalize(zh string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, norm.NFKC.String(zh))
}

// Units lists the translatable units of doc in document order: header
// fields, preamble, every section's heading and paragraphs, the epilogue
// and the closing. Extra units (such as target indicators) are appended.
func Units(doc *policy.Document, extra ...Unit) []Unit {
	var us []Unit
	add := func(id, zh string, pos policy.Pos) {
		if zh != "" {
			us = append(us, Unit{ID: id, Zh: zh, Pos: pos})
		}
	}
	field := func(id string, fs ...policy.Field) {
		var b strings.Builder
		for _, f := range fs {
			b.WriteString(f.Text)
		}
		if len(fs) > 0 {
			add(id, b.String(), fs[0].Pos)
		}
	}
	list := func(prefix string, fs []policy.Field) {
		for i, f := range fs {
			field(fmt.Sprintf("%s.%d", prefix, i+1), f)
		}
	}
	paras := func(prefix string, pgs []*policy.Paragraph) {
		for _, pg := range pgs {
			if pg.Text != "" {
				us = append(us, Unit{ID: prefix + "." + pg.ID, Zh: pg.Text, Pos: pg.Pos, Sentences: SentencesOf(pg)})
			}
		}
	}
	field("masthead", doc.Masthead...)
	field("docNumber", doc.DocNumber)
	for i, name := range doc.IssuerNames() {
		pos := policy.Pos{Line: 1, Col: 1}
		if len(doc.Issuers) > 0 {
			pos = doc.Issuers[min(i, len(doc.Issuers)-1)].Pos
		}
		add(fmt.Sprintf("issuers.%d", i+1), name, pos)
	}
	if len(doc.Title) > 0 {
		field("title", doc.Title...)
	} else if t, ok := doc.Inferred[policy.InferTitle]; ok {
		add("title", t.Text, t.Pos) // a title read from the text, a scraper's header or meta.toml
	}
	field("subtitle", doc.Subtitle)
	field("speaker", doc.Speaker)
	field("dateline", doc.Dateline)
	field("date", doc.DateText)
	field("addressees", doc.Addressees)
	list("notes", doc.Notes)
	if c := doc.Cover; c != nil {
		if len(c.Title) > 0 {
			field("cover.title", c.Title...)
		} else if t, ok := doc.Inferred[policy.InferCoverTitle]; ok {
			add("cover.title", t.Text, t.Pos)
		}
		field("cover.addressees", c.Addressees)
		paras("cover", c.Paragraphs)
		field("cover.attachment", c.Attachment)
	}
	paras("preamble", doc.Preamble)
	doc.Walk(func(s *policy.Section) {
		add(s.ID+".heading", s.Heading, s.Pos)
		paras(s.ID, s.Text())
	})
	paras("epilogue", doc.Epilogue)
	list("closing", doc.Closing)
	return append(us, extra...)
}

// IndicatorUnit is the ID of the translation unit of a target's indicator.
//
//	target.c1-t1.indicator
func IndicatorUnit(targetID string) string { return "target." + targetID + ".indicator" }

// SentencesOf cuts a paragraph into the model's sentences, in order; their
// concatenation is the paragraph's text.
//
//	"要行动。力争……。" → ["要行动。", "力争……。"]
func SentencesOf(pg *policy.Paragraph) []string {
	out := make([]string, 0, len(pg.Sentences))
	text, at, runes := pg.Text, 0, 0 // at is the byte offset of rune number runes
	byteOf := func(r int) int {
		for runes < r && at < len(text) {
			_, n := utf8.DecodeRuneInString(text[at:])
			at += n
			runes++
		}
		return at
	}
	for _, s := range pg.Sentences {
		if s.Start < runes { // not in order: never made by the parser, but cut right anyway
			rs := []rune(text)
			out = out[:0]
			for _, s := range pg.Sentences {
				out = append(out, string(rs[s.Start:s.End]))
			}
			return out
		}
		start := byteOf(s.Start)
		out = append(out, text[start:byteOf(s.End)])
	}
	return out
}
