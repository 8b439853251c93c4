package targets

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
)

func TestValueJSON(t *testing.T) {
	tests := []struct {
		v    Value
		want string
	}{
		{Value{Lo: big.NewRat(9, 1)}, `9`},
		{Value{Lo: big.NewRat(406, 100)}, `4.06`},
		{Value{Lo: big.NewRat(8, 1), Hi: big.NewRat(10, 1)}, `[8,10]`},
		{Value{Lo: big.NewRat(3e11, 1)}, `300000000000`},
		{Value{Lo: big.NewRat(1, 3)}, `0.3333333333`},
		{Value{}, `null`},
	}
	for _, tt := range tests {
		got, err := json.Marshal(tt.v)
		if err != nil || string(got) != tt.want {
			t.Errorf("json.Marshal(%s) = %s, %v; want %s", tt.v, got, err, tt.want)
		}
	}
}

// tableTargets are the first targets of a small document: a growth target
// stated twice and a count range.
func tableTargets(t *testing.T) []Target {
	doc := docOf("2024-06-20", "",
		"力争未来5年，全社会研发经费投入年均增长9%以上。3年内建成8-10个示范园区。",
		"全社会研发经费投入年均增长9%以上，确保目标实现。")
	ts := Extract(doc).Targets
	if len(ts) != 2 {
		t.Fatalf("got %d targets, want 2: %+v", len(ts), ts)
	}
	return ts
}

func TestWriteCSV(t *testing.T) {
	var rows []Row
	for _, x := range tableTargets(t) {
		rows = append(rows, Row{Doc: "d", IndicatorEn: map[string]string{"c1-t1": "R&D spending"}[x.ID], Permalink: Permalink("d", x), Target: x})
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, rows); err != nil {
		t.Fatal(err)
	}
	text, ok := strings.CutPrefix(b.String(), "\uFEFF")
	if !ok {
		t.Errorf("the CSV does not start with a byte-order mark, so Excel garbles its Chinese")
	}
	got, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		csvHeader,
		{"d", "c1-t1", "c1", "/en/d/c1/#t-c1-t1", "全社会研发经费投入", "R&D spending", "growth", "average", ">=", "9", "%", "", "", "", "", "", "", "",
			"", "未来5年", "over the next five years", "2024", "2028", "inferred", "inferred from 未来5年 (over the next five years), counting 2024, the document's year, as the first",
			"年均增长9%以上", "average annual growth of 9% or more", "全社会研发经费投入年均增长9%以上", "1", "1", "c1 1:1; c1 2:1", ""},
		{"d", "c1-t2", "c1", "/en/d/c1/#t-c1-t2", "示范园区", "", "count", "", "=", "8-10", "个", "", "", "8-10", "items", "", "", "",
			"", "3年内", "within three years", "2024", "2026", "inferred", "inferred from 3年内 (within three years), counting 2024, the document's year, as the first",
			"建成8-10个", "8–10", "建成8-10个示范园区", "1", "1", "", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d rows, want %d:\n%s", len(got), len(want), b.String())
	}
	for i := range want {
		if strings.Join(got[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d\n got %q\nwant %q", i, got[i], want[i])
		}
	}
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, tableTargets(t)); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got[0]["value"] != 9.0 || got[0]["comparator"] != ">=" || len(got[0]["places"].([]any)) != 2 {
		t.Errorf("first target = %v", got[0])
	}
	if r, ok := got[1]["value"].([]any); !ok || len(r) != 2 || r[0] != 8.0 || r[1] != 10.0 {
		t.Errorf("range value = %v, want [8, 10]", got[1]["value"])
	}
	if _, ok := got[1]["places"]; ok {
		t.Errorf("a target stated once has places: %v", got[1])
	}
	var empty bytes.Buffer
	if err := WriteJSON[Target](&empty, nil); err != nil || empty.String() != "[]\n" {
		t.Errorf("WriteJSON(nil) = %q, %v; want []", empty.String(), err)
	}
}

// TestEnglish reads the English of targets as the house style writes them
// (seeds/STYLE.md, "Targets"): 以上 is "or more", never "at least"; 以下
// "or less"; 不超过 "no more than"; 以内 "within"; 左右 "around".
func TestEnglish(t *testing.T) {
	tests := []struct{ text, want string }{
		{"力争今年城镇新增就业1200万人以上。", "12 million people or more"},
		{"力争今年粮食产量1.3万亿斤以上。", "1.3 trillion jin or more"},
		{"未来5年全社会研发经费投入年均增长9%以上。", "average annual growth of 9% or more"},
		{"到2025年，粮食综合生产能力不低于1.3万亿斤。", "1.3 trillion jin or more"},
		{"推动数字经济规模迈向万亿级。", "toward RMB 1 trillion"},
		{"力争今年单位国内生产总值能耗降低2.5%左右。", "down around 2.5%"},
		{"到2025年，新建数据中心PUE降至1.3以下。", "down to 1.3 or less"},
		{"到2025年，城镇调查失业率控制在5.5%以内。", "within 5.5%"},
		{"到2025年，常住人口城镇化率提高2个百分点。", "up 2 percentage points"},
		{"力争今年研发人员达到5000人。", "5,000 people"},
		{"到2025年，开拓百项典型应用场景。", "100 items"},
	}
	for _, tt := range tests {
		ts := Extract(docOf("2024-03-05", "", tt.text)).Targets
		if len(ts) != 1 || ts[0].En != tt.want {
			t.Errorf("%s: En = %v, want %q", tt.text, ts, tt.want)
		}
	}
}

// TestSchema checks that the published JSON Schema names exactly the fields
// a download row has, so that neither can change without the other.
func TestSchema(t *testing.T) {
	var s struct {
		Items struct {
			Required   []string                   `json:"required"`
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"items"`
	}
	if err := json.Unmarshal(Schema, &s); err != nil {
		t.Fatal(err)
	}
	x := tableTargets(t)[0]
	x.Base = &Quantity{Value: x.Value, Unit: "yuan"}
	x.Baseline = &Baseline{Text: "7", Value: x.Value, Unit: "%", Year: 2020}
	x.Table = "c1-g1"
	x.Against = "比2020年"
	x.Aggregate, x.SharedWith = AggregateUnstated, []string{"c1-t2"}
	b, err := json.Marshal(Row{Doc: "d", Target: x})
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]any
	if err := json.Unmarshal(b, &fields); err != nil {
		t.Fatal(err)
	}
	for k := range fields {
		if _, ok := s.Items.Properties[k]; !ok {
			t.Errorf("field %q of a row is not in schema.json", k)
		}
	}
	for k := range s.Items.Properties {
		if _, ok := fields[k]; !ok {
			t.Errorf("schema.json names %q, which a row does not have", k)
		}
	}
	for _, k := range s.Items.Required {
		if _, ok := fields[k]; !ok {
			t.Errorf("schema.json requires %q, which a row does not have", k)
		}
	}
}

// TestAggregate: one amount for several indicators joined by 和/与/、 is
// flagged each-or-combined-unstated, with the targets that share it; 分别,
// a rate, a name joined by 和 and a single indicator are not.
func TestAggregate(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string // aggregate and sharedWith of each target
	}{
		{"到2027年，船舶和海工装备产业集群与轨道交通装备产业集群规模突破五百亿元。",
			[]string{"each-or-combined-unstated c1-t2", "each-or-combined-unstated c1-t1"}},
		{"到2027年，先进装备制造、石化和精细化工、冶金新材料、优质特色消费品4个产业基地迈向万亿级。",
			[]string{"each-or-combined-unstated "}},
		{"到2027年，软件和信息技术服务产业集群规模突破三千亿元。", []string{" "}},
		{"到2027年，船舶产业集群和轨道交通产业集群规模分别突破五百亿元和三百亿元。", []string{" ", " "}},
		{"到2027年，城镇和农村居民收入增长5%。", []string{" "}},
		{"2023年，船舶和海工装备产业集群与轨道交通装备产业集群规模突破五百亿元。", nil},
	} {
		var got []string
		for _, x := range Extract(docOf("2024-06-20", "", tt.text)).Targets {
			got = append(got, x.Aggregate+" "+strings.Join(x.SharedWith, ","))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
