package site

import (
	"regexp"
	"strings"

	"mingbai/generator/library"
)

// attachNumberRE finds the number of an 附件 line: 附件2： → 2.
var attachNumberRE = regexp.MustCompile(`\d+`)

// coverPart is the notice that carries the document, shown on the
// document page as a marked, collapsible part: 关于印发《X》的通知 with its
// addressees and text. Its number, signatories and date are the document's
// (they are how X is cited), so they are not repeated here.
type coverPart struct {
	Label      string `toml:"label"`
	Title      string `toml:"title"`
	TitleLang  string `toml:"titleLang"`
	Addressees string `toml:"addressees"`
	AddrLang   string `toml:"addresseesLang"`
	Paras      []para `toml:"paras"`
	Attachment string `toml:"attachment,omitempty"` // the 附件 line: as printed in Chinese, "Annex 2" in English
}

// coverOf is the cover notice of d in lang, or nil.
func coverOf(d *library.Doc, lang string) *coverPart {
	c := d.Model.Cover
	if c == nil {
		return nil
	}
	title, tl := text(d, lang, "cover.title", c.TitleText(d.Model))
	addr, al := text(d, lang, "cover.addressees", c.Addressees.Text)
	rows := paras(d, "cover", c.Paragraphs)
	for i := range rows {
		rows[i].ID = "cover-" + rows[i].ID // unique on the document page
	}
	attach := c.Attachment.Text
	if lang == "en" && attach != "" {
		attach = strings.TrimSpace(say(lang, "cover_attachment", map[string]any{"Number": attachNumberRE.FindString(attach)}))
	}
	return &coverPart{Label: say(lang, "cover_label", nil), Title: title, TitleLang: tl, Addressees: addr, AddrLang: al,
		Paras: rows, Attachment: attach}
}
