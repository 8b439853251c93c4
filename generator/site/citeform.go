package site

import (
	"fmt"
	"strings"
	"time"

	"mingbai/generator/policy"
)

// citeTitle is a document's title in the official form a citation gives
// it: a 公文 titled 关于… is cited with its issuing authorities before the
// title, as it is printed at its head; a law, a decree, a report or an
// issued document (a transmittal notice's attachment, whose own title is
// its name) keeps its title as printed.
//
//	中共中央 国务院 + 关于做好2023年全面推进乡村振兴重点工作的意见
//	  → 中共中央 国务院关于做好2023年全面推进乡村振兴重点工作的意见
//	国务院 + 关于数字经济发展情况的报告 → 国务院关于数字经济发展情况的报告
func citeTitle(doc *policy.Document) string {
	title := doc.TitleText()
	issuers := doc.IssuerNames()
	if !strings.HasPrefix(title, "关于") || doc.Cover != nil || len(issuers) == 0 {
		return title
	}
	for i, s := range issuers {
		issuers[i] = strings.Join(strings.Fields(s), "")
	}
	return strings.Join(issuers, " ") + title
}

// citeNote is what a citation adds after the number, in lang: a law's
// adoption as its record prints it and the year of its last amendment, and
// a draft's status.
//
//	2021年8月20日第十三届全国人民代表大会常务委员会第三十次会议通过，2018年修正
//	adopted August 20, 2021; amended 2018
//	征求意见稿 / draft for comment
func citeNote(doc *policy.Document, lang string) string {
	var parts []string
	if r := doc.Record; r != nil {
		if e := r.Adopted(); e != nil {
			p := ""
			if lang == "zh" {
				p = strings.Join(strings.Fields(e.Text), "")
			} else {
				p = fmt.Sprintf("%s %s", enEvent(e.Kind), enDate(e.Date))
			}
			if am := r.Amendments(); len(am) > 0 {
				last := am[len(am)-1]
				if lang == "zh" {
					p += fmt.Sprintf("，%s年%s", last.Date[:4], map[policy.EventKind]string{policy.EventAmended: "修正", policy.EventRevised: "修订"}[last.Kind])
				} else {
					p += fmt.Sprintf("; %s %s", enEvent(last.Kind), last.Date[:4])
				}
			}
			parts = append(parts, p)
		}
	}
	if doc.Status == policy.StatusDraft && !strings.Contains(doc.TitleText(), "征求意见稿") {
		parts = append(parts, say(lang, "cite_draft", nil))
	}
	return strings.Join(parts, say(lang, "cite_note_sep", nil))
}

// enEvent names an event of a record in a citation.
func enEvent(k policy.EventKind) string {
	switch k {
	case policy.EventAmended:
		return "amended"
	case policy.EventRevised:
		return "revised"
	case policy.EventApproved:
		return "approved"
	case policy.EventPromulgated:
		return "promulgated"
	}
	return "adopted"
}

// enDate writes YYYY-MM-DD as the English pages write dates: June 20, 2024.
func enDate(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	return t.Format("January 2, 2006")
}
