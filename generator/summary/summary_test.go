package summary

import (
	"os"
	"strings"
	"testing"

	"mingbai/generator/policy"
)

func parseFile(t *testing.T, path string) (*policy.Document, error) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return policy.Parse(path, src, policy.Options{})
}

func TestSummaryLimits(t *testing.T) {
	s := &Summaries{
		Overview: Overview{Zh: "短", En: "short"},
		Sections: map[string]Summary{
			"c1":  {Zh: strings.Repeat("字", 121), En: strings.Repeat("word ", 60)},
			"m01": {Zh: strings.Repeat("字", 100), En: strings.Repeat("word ", 51)},
			"m02": {LineZh: strings.Repeat("字", 41), LineEn: strings.Repeat("word ", 20)},
		},
	}
	var got []string
	for _, o := range s.Check(func(id string) bool { return id == "c1" }) {
		got = append(got, o.String())
	}
	want := "summary c1 (zh) has 121 characters; the limit is 120|summary m01 (en) has 51 words; the limit is 50|summary m02 (one line) (zh) has 41 characters; the limit is 40"
	if strings.Join(got, "|") != want {
		t.Errorf("got %v", got)
	}
}

func TestCuratedSummariesWithinLimits(t *testing.T) {
	s, err := Load("testdata/summaries.toml")
	if err != nil {
		t.Fatal(err)
	}
	if over := s.Check(func(id string) bool { return strings.HasPrefix(id, "c") }); len(over) > 0 {
		t.Errorf("over limit: %v", over)
	}
	if len(s.Sections) != 32 || len(s.Overview.PointsZh) != 5 || len(s.Overview.PointsEn) != 5 {
		t.Errorf("%d section summaries, %d/%d points", len(s.Sections), len(s.Overview.PointsZh), len(s.Overview.PointsEn))
	}
}

// TestAutoSummaryOfCorpusDocument: the automatic summary of a corpus
// document holds its heading sentence and its targets.
func TestAutoSummaryOfCorpusDocument(t *testing.T) {
	doc, err := parseFile(t, "testdata/gov-work-report-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	sec := doc.Section("m10")
	got := Auto(sec, []string{"城镇新增就业1200万人以上"}, MeasureLimit.Zh)
	if !strings.HasPrefix(got, sec.Heading+"。") || !strings.Contains(got, "目标：城镇新增就业1200万人以上。") {
		t.Errorf("auto summary = %s", got)
	}
	if !strings.Contains(got, "主要举措：") {
		t.Errorf("no key actions: %s", got)
	}
	if n := CountZh(got); n > MeasureLimit.Zh {
		t.Errorf("auto summary has %d characters", n)
	}
}

func TestFirstSentence(t *testing.T) {
	for in, want := range map[string]string{
		"Companies are to lead innovation. The province plans drives.": "Companies are to lead innovation.",
		"Issued as Liao Wei Fa [2024] No. 8 in June.":                  "Issued as Liao Wei Fa [2024] No. 8 in June.",
		"It backs “unicorns.” Then more.":                              "It backs “unicorns.”",
		"推动大面积单产提升；发展设施农业。执行最严格的耕地保护制度。":                               "推动大面积单产提升；发展设施农业。",
	} {
		if got := FirstSentence(in); got != want {
			t.Errorf("FirstSentence(%q) = %q", in, got)
		}
	}
}

// TestAutoEn: the English automatic summary names what each figure
// measures and what the parts are about, keeps within the limit, and says
// nothing rather than count paragraphs.
func TestAutoEn(t *testing.T) {
	for _, c := range []struct {
		parts   []string
		figures []Figure
		max     int
		want    string
	}{
		{[]string{"Expand domestic demand", "GDP accounting"}, []Figure{{"Grain output", "1.3 trillion jin or more"}}, 60,
			"Contents: expand domestic demand; GDP accounting. Targets: grain output, 1.3 trillion jin or more."},
		{nil, []Figure{{"Gross domestic product (GDP)", "up around 5%"}, {"New urban jobs", "12 million people or more"}}, 60,
			"Targets: gross domestic product (GDP), up around 5%; new urban jobs, 12 million people or more."},
		{nil, []Figure{{"Gross domestic product (GDP)", "up around 5%"}, {"New urban jobs", "12 million people or more"}}, 10,
			"Targets: gross domestic product (GDP), up around 5%; and more in the table of targets."},
		{[]string{"Build Shanghai’s food industry", "Deepen reform of the science and technology system"}, nil, 8,
			"Contents: build Shanghai’s food industry; and more."},
		{nil, nil, 60, ""},
	} {
		if got := AutoEn(c.parts, c.figures, c.max); got != c.want {
			t.Errorf("AutoEn(%q, %v, %d) = %q, want %q", c.parts, c.figures, c.max, got, c.want)
		}
	}
	if got := FigureZh("超长期特别国债", "发行1万亿元", "今年先发行1万亿元"); got != "超长期特别国债：发行1万亿元" {
		t.Errorf("FigureZh without the indicator in the quote = %q", got)
	}
	if got := FigureZh("国内生产总值", "增长5%左右", "国内生产总值增长5%左右"); got != "国内生产总值增长5%左右" {
		t.Errorf("FigureZh = %q", got)
	}
}
