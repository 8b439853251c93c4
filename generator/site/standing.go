package site

import (
	"mingbai/generator/policy"
)

// standing is the legal standing of a document, shown on every one of its
// pages (layouts/_partials/standing.html): whether it is a draft for
// comment, when it takes effect, and, for a law, how it was adopted and
// amended.
//
//	[record]
//	lines = ["2021年8月20日 第十三届全国人民代表大会常务委员会第三十次会议通过"]
//	adopted = {date = "2021-08-20", kind = "adopted", body = "全国人民代表大会常务委员会", …}
//	amendments = [{date = "2018-12-29", kind = "amended", instrument = "《关于修改…的决定》"}]
//	current = "2018-12-29"
type standing struct {
	Status    string    `toml:"status,omitempty"`    // "draft" for a draft for comment
	Effective string    `toml:"effective,omitempty"` // YYYY-MM-DD
	Record    *recordFM `toml:"record,omitempty"`
}

// recordFM is a law's passage record in front matter: the record as printed
// (Chinese, authoritative) and the events read from it.
type recordFM struct {
	Lines      []string  `toml:"lines"`
	Adopted    *eventFM  `toml:"adopted,omitempty"`
	Amendments []eventFM `toml:"amendments"`
	Current    string    `toml:"current,omitempty"` // the date of the version in force, when amended
}

// eventFM is one event of a record.
type eventFM struct {
	Date       string `toml:"date"`
	Kind       string `toml:"kind"`                 // adopted, approved, promulgated, amended, revised
	Body       string `toml:"body,omitempty"`       // the body that acted, read from the meeting's name
	Instrument string `toml:"instrument,omitempty"` // 《关于修改…的决定》
}

func eventOf(e policy.Event) eventFM {
	return eventFM{Date: e.Date, Kind: string(e.Kind), Body: e.Body, Instrument: e.Instrument}
}

// standingOf reads a document's standing from its model.
func standingOf(doc *policy.Document) standing {
	st := standing{Status: string(doc.Status), Effective: doc.Effective}
	if r := doc.Record; r != nil {
		fm := &recordFM{Amendments: []eventFM{}}
		for _, f := range r.Lines {
			fm.Lines = append(fm.Lines, f.Text)
		}
		if e := r.Adopted(); e != nil {
			a := eventOf(*e)
			fm.Adopted = &a
		}
		for _, e := range r.Amendments() {
			fm.Amendments = append(fm.Amendments, eventOf(e))
		}
		if len(fm.Amendments) > 0 {
			fm.Current = r.Current()
		}
		st.Record = fm
	}
	return st
}
