package policy

import (
	"regexp"
	"strings"

	"mingbai/generator/zh"
)

// Record is the passage and amendment record printed under a law's title,
// in brackets or not, on one line or several:
//
//	（2012年8月31日汕头市第十三届人民代表大会常务委员会第八次会议通过 根据2022年12月30日…《关于修改…的决定》修正）
//	1994年7月5日第八届全国人民代表大会常务委员会第八次会议通过 根据2009年8月27日…第一次修正
//
// Lines holds the record as printed; Events are the dated steps read from it.
type Record struct {
	Lines  []Field
	Events []Event
}

// Event is one dated step of a record: an adoption, an approval, a
// promulgation, an amendment or revision, or the date it takes effect.
type Event struct {
	Date       string    `json:"date"`                 // YYYY-MM-DD
	Kind       EventKind `json:"kind"`                 // adopted, approved, promulgated, amended, revised, effective
	Body       string    `json:"body,omitempty"`       // the body that acted, from the meeting's name: 全国人民代表大会常务委员会
	Meeting    string    `json:"meeting,omitempty"`    // 第十三届全国人民代表大会常务委员会第三十次会议
	Instrument string    `json:"instrument,omitempty"` // the deciding instrument: 《关于修改部分法律的决定》
	Number     string    `json:"number,omitempty"`     // a decree number that promulgated it: 中华人民共和国国务院令第709号
	Text       string    `json:"text"`                 // the event as printed, from its date
	Pos        Pos       `json:"pos"`
}

// EventKind is what happened at an event of a record.
type EventKind string

// Event kinds, with the verb that names each.
const (
	EventAdopted     EventKind = "adopted"     // 通过
	EventApproved    EventKind = "approved"    // 批准
	EventPromulgated EventKind = "promulgated" // 公布, 发布
	EventAmended     EventKind = "amended"     // 修正
	EventRevised     EventKind = "revised"     // 修订
	EventEffective   EventKind = "effective"   // 施行
)

// Adopted is the event that made the text: the first adoption, else the
// first promulgation, else the first approval; nil when the record has none.
func (r *Record) Adopted() *Event {
	if r == nil {
		return nil
	}
	for _, k := range []EventKind{EventAdopted, EventPromulgated, EventApproved, EventRevised} {
		for i := range r.Events {
			if r.Events[i].Kind == k {
				return &r.Events[i]
			}
		}
	}
	return nil
}

// Amendments are the record's amendments and revisions, in order.
func (r *Record) Amendments() []Event {
	if r == nil {
		return nil
	}
	var out []Event
	adopted := r.Adopted()
	for i := range r.Events {
		e := &r.Events[i]
		if (e.Kind == EventAmended || e.Kind == EventRevised) && e != adopted {
			out = append(out, *e)
		}
	}
	return out
}

// Current is the date of the version in force: the last amendment's, else
// the adoption's.
func (r *Record) Current() string {
	if a := r.Amendments(); len(a) > 0 {
		return a[len(a)-1].Date
	}
	if e := r.Adopted(); e != nil {
		return e.Date
	}
	return ""
}

// Text is the record's lines joined.
func (r *Record) Text() string { return joinFields(r.Lines) }

var (
	// recordStartRE matches the first line of a passage record: a date,
	// perhaps in brackets, before an event of a body or its meeting.
	//	2021年8月20日 第十三届全国人民代表大会常务委员会第三十次会议通过
	//	（2012年8月31日汕头市第十三届人民代表大会常务委员会第八次会议通过
	//	2019年3月2日中华人民共和国国务院令第709号公布
	recordStartRE = regexp.MustCompile(`^[（(]?\s*(?:根据\s*)?` + dateExpr + `\s*(?:\p{Han}|[（(《〈]|$)`)

	// recordVerbRE finds the verb of an event, outside the title it names.
	//	…第三十次会议通过   …《关于修改…的决定》第二次修正   国务院令第709号公布
	recordVerbRE = regexp.MustCompile(`(修订通过|修正|修订|通过|批准|公布|发布|施行)`)

	// meetingRE reads the meeting of an event.
	//	第十三届全国人民代表大会常务委员会第三十次会议
	//	十三届广东省人民政府第162次常务会议
	//	最高人民法院审判委员会第1563次会议
	//	国家互联网信息办公室2021年第20次室务会议
	meetingRE = regexp.MustCompile(`[\p{Han}、]*?(?:第?[` + hanDigits + `0-9]+届)?[\p{Han}、0-9]*?第[` + hanDigits + `0-9]+次\p{Han}{0,4}?会议`)

	// sessionRE matches the parts of a meeting's name that are not its body.
	//	第十三届 … 第三十次会议
	sessionRE = regexp.MustCompile(`第?[` + hanDigits + `0-9]+届|第[` + hanDigits + `0-9]+次\p{Han}{0,4}?会议|[0-9]{4}年|^经`)

	// decreeNoRE reads the number of the decree that promulgated a text.
	//	中华人民共和国国务院令第709号
	//	海关总署第61号令
	decreeNoRE = regexp.MustCompile(`([\p{Han}、]{2,40}?令)\s*第\s*([0-9０-９]+|[` + hanDigits + `]+)\s*号|([\p{Han}、]{2,40}?)第\s*([0-9０-９]+|[` + hanDigits + `]+)\s*号令`)

	// issuedByRE reads the body that promulgated or approved a text when no
	// meeting is named.
	//	最高人民法院公告公布   国务院批准   最高人民法院、最高人民检察院公告
	issuedByRE = regexp.MustCompile(`^(?:经)?([\p{Han}、]{2,40}?)(?:公告|令|通知)?(?:公布|发布|批准|通过|修订|修正)`)

	// truncatedMeetingRE matches the name of a meeting whose last words a
	// copy lost.
	//	第十三届全国人民代表大会第二次
	truncatedMeetingRE = regexp.MustCompile(`[\p{Han}]*?第[` + hanDigits + `0-9]+届\p{Han}+?(?:代表大会|委员会)(?:常务委员会)?(?:第[` + hanDigits + `0-9]+次(?:会议)?)?$`)
	truncatedSessionRE = regexp.MustCompile(`第[` + hanDigits + `0-9]+次(?:会议)?$`)

	// effectiveRE finds the date a text takes effect.
	//	自2019年8月20日起施行
	effectiveRE = regexp.MustCompile(`自\s*` + dateExpr + `\s*起\s*(?:施行|实施|生效)`)
)

// record reads a passage record starting at lines[i] and returns the index
// of the line after it, or i when lines[i] does not start one. A record
// runs over the following lines while they start another event (a date, or
// 根据), or continue one whose verb has not come yet, or while its brackets
// are open.
func (p *parser) record(lines []*line, i int) int {
	if !recordStartRE.MatchString(lines[i].String()) {
		return i
	}
	first := lines[i].String()
	if !recordVerbRE.MatchString(stripTitles(first)) && !strings.ContainsAny(first, "《") {
		// a bare date line is a date, not a record
		if dateLineRE.MatchString(first) {
			return i
		}
	}
	var took []*line
	depth, next := 0, i // next: the index after the last line taken
	for j := i; j < len(lines) && len(took) <= 12; j++ {
		l := lines[j]
		if l.blank() {
			continue
		}
		s := l.String()
		if len(took) > 0 {
			text := joinLines(took)
			open := depth > 0 || !endsEvent(text)
			if !open && !recordStartRE.MatchString(s) && !strings.HasPrefix(s, "根据") && !strings.HasPrefix(s, "（根据") {
				break
			}
			// A title left open runs on, even where the wrapped line
			// starts like an article: …《关于修改<中华人民共和国⏎第三十一条的决定》
			inTitle := strings.Count(text, "《") > strings.Count(text, "》")
			if _, ok := matchLabel(s); ok && !recordStartRE.MatchString(s) && !inTitle || htmlCommentRE.MatchString(s) {
				break
			}
		}
		took = append(took, l)
		depth += bracketDepth(s)
		next = j + 1
	}
	rec := &Record{}
	for _, l := range took {
		rec.Lines = append(rec.Lines, field(l))
	}
	if rec.Events = events(took); len(rec.Events) == 0 {
		return i
	}
	p.doc.Record = rec
	return next
}

// endsEvent reports whether text ends with an event's verb, perhaps before a
// closing bracket or punctuation: the record may end here.
func endsEvent(text string) bool {
	t := strings.TrimRight(text, "）)。；;，, 　")
	for _, v := range []string{"通过", "批准", "公布", "发布", "施行", "修正", "修订"} {
		if strings.HasSuffix(t, v) {
			return true
		}
	}
	return false
}

// bracketDepth is the change in bracket depth over s: （ opens, ） closes.
func bracketDepth(s string) int {
	return strings.Count(s, "（") + strings.Count(s, "(") - strings.Count(s, "）") - strings.Count(s, ")")
}

func joinLines(ls []*line) string {
	var b strings.Builder
	for _, l := range ls {
		b.WriteString(l.String())
	}
	return b.String()
}

// stripTitles removes the titles in 《》 from s, so that a verb inside a
// title (《关于修改…的决定》) is not taken for the event's.
func stripTitles(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '《':
			depth++
		case '》':
			depth = max(depth-1, 0)
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// events cuts the record's text into events at each date outside a title.
func events(ls []*line) []Event {
	// the record's runes with their positions
	var rs []rune
	var pos []Pos
	for _, l := range ls {
		for k, r := range l.r {
			rs = append(rs, r)
			pos = append(pos, l.pos(k))
		}
	}
	text := string(rs)
	var starts []int // byte offsets of the dates that start events
	for _, m := range dateRE.FindAllStringIndex(text, -1) {
		if strings.Count(text[:m[0]], "《") > strings.Count(text[:m[0]], "》") {
			continue // a date inside a title
		}
		if k := strings.LastIndex(text[:m[0]], "自"); k >= 0 && m[0]-k <= 3 {
			continue // 自…起施行 is read below, with its own event
		}
		starts = append(starts, m[0])
	}
	var out []Event
	for n, s := range starts {
		end := len(text)
		if n+1 < len(starts) {
			end = starts[n+1]
		}
		seg := text[s:end]
		seg = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(seg, " 　"), "根据"), " 　（(")
		e := event(seg)
		e.Pos = pos[zh.RuneLen(text[:s])]
		if e.Kind == "" {
			continue
		}
		out = append(out, e)
		// 自…起施行 inside the event
		if m := effectiveRE.FindStringSubmatch(seg); m != nil {
			out = append(out, Event{Date: zh.ISODate(m[1], m[2], m[3]), Kind: EventEffective, Text: m[0], Pos: e.Pos})
		}
	}
	return out
}

// event reads one event: its date, its verb and the body that acted.
//
//	2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正
func event(seg string) Event {
	m := dateRE.FindStringSubmatchIndex(seg)
	e := Event{Text: strings.TrimRight(seg, "）)。；;，, 　")}
	if m == nil {
		return e
	}
	e.Date = zh.ISODate(seg[m[2]:m[3]], seg[m[4]:m[5]], seg[m[6]:m[7]])
	rest := strings.TrimSpace(seg[m[1]:])
	bare := stripTitles(rest)
	verbs := recordVerbRE.FindAllString(bare, -1)
	if len(verbs) == 0 {
		// a record cut short before its verb (第十三届全国人民代表大会第二次):
		// a meeting of a congress, or a named session, adopts
		if m := truncatedMeetingRE.FindString(bare); m != "" {
			e.Kind, e.Meeting = EventAdopted, m
			e.Body = strings.Trim(sessionRE.ReplaceAllString(truncatedSessionRE.ReplaceAllString(m, ""), ""), "、 ")
		}
		return e
	}
	switch v := verbs[len(verbs)-1]; v {
	case "通过":
		e.Kind = EventAdopted
		if strings.Contains(bare, "修订") {
			e.Kind = EventRevised
		}
	case "修订通过", "修订":
		e.Kind = EventRevised
	case "修正":
		e.Kind = EventAmended
	case "批准":
		e.Kind = EventApproved
	case "公布", "发布":
		e.Kind = EventPromulgated
	case "施行":
		e.Kind = EventEffective
	}
	if i, j := strings.Index(rest, "《"), strings.LastIndex(rest, "》"); i >= 0 && j > i {
		e.Instrument = rest[i : j+len("》")]
	}
	if mm := meetingRE.FindString(bare); mm != "" {
		e.Meeting = strings.TrimPrefix(mm, "经")
		e.Body = strings.Trim(sessionRE.ReplaceAllString(e.Meeting, ""), "、 ")
		return e
	}
	if mm := decreeNoRE.FindStringSubmatch(bare); mm != nil {
		e.Number = mm[0]
		e.Body = strings.TrimSuffix(mm[1]+mm[3], "令")
		return e
	}
	if mm := issuedByRE.FindStringSubmatch(bare); mm != nil && e.Kind != EventEffective {
		e.Body = mm[1]
	}
	return e
}

// fromRecord fills the header from a law's record: the date is the
// adoption's, the issuer the adopting body, the number a decree's.
func (p *parser) fromRecord() {
	d := p.doc
	rec := d.Record
	if rec == nil {
		return
	}
	if e := rec.Adopted(); e != nil {
		if d.Date == "" {
			d.Date = e.Date
			p.infer(InferDate, e.Date, "record", e.Pos)
		}
		if len(d.Issuers) == 0 && e.Body != "" {
			p.infer(InferIssuers, e.Body, "record", e.Pos)
		}
		if d.DocNumber.Text == "" && e.Number != "" {
			p.infer(InferNumber, e.Number, "record", e.Pos)
		}
	}
	for _, e := range rec.Events {
		if e.Kind == EventEffective && d.Effective == "" {
			d.Effective = e.Date
		}
	}
}
