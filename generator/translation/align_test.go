package translation

import (
	"reflect"
	"strings"
	"testing"

	"mingbai/generator/policy"
)

func TestSplitSentences(t *testing.T) {
	for en, want := range map[string][]string{
		"We must act. We will strive.":                                            {"We must act. ", "We will strive."},
		"See Liao Wei Fa [2024] No. 8 for details. It applies.":                   {"See Liao Wei Fa [2024] No. 8 for details. ", "It applies."},
		"The “six places.” They are roles.":                                       {"The “six places.” ", "They are roles."},
		"Build the “six places” (六地) [[roles. Six of them.]] now. 9% is the aim.": {"Build the “six places” (六地) [[roles. Six of them.]] now. ", "9% is the aim."},
		"Growth of 9.5% a year, e.g. in Dalian. Done?":                            {"Growth of 9.5% a year, e.g. in Dalian. ", "Done?"},
		"One sentence only.":                                                      {"One sentence only."},
	} {
		got := SplitSentences(en)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("SplitSentences(%q) = %q, want %q", en, got, want)
		}
		if strings.Join(got, "") != en {
			t.Errorf("SplitSentences(%q): the pieces do not make the text", en)
		}
	}
}

// TestAlign: the English is cut into as many pieces as the Chinese has
// sentences, each the translation of its sentence: by lines where the
// translator wrote them, else by length and figures; too few English
// sentences is an error.
func TestAlign(t *testing.T) {
	for _, c := range []struct {
		name, en string
		zh, want []string
		err      string
	}{
		{name: "one to one", en: "Strengthen research. Build platforms.",
			zh: []string{"加强研究。", "建设平台。"}, want: []string{"Strengthen research. ", "Build platforms."}},
		{name: "two English sentences for the long Chinese one",
			en:   "Take Xi Jinping Thought as the guide and apply the new development philosophy in full. We must give rise to new industries and new models. We will strive to see R&D spending grow by 9% or more a year.",
			zh:   []string{"坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，催生新产业、新模式。", "力争全社会研发经费投入年均增长9%以上。"},
			want: []string{"Take Xi Jinping Thought as the guide and apply the new development philosophy in full. We must give rise to new industries and new models. ", "We will strive to see R&D spending grow by 9% or more a year."}},
		{name: "a figure decides against length",
			en:   "Build projects. Reach 60% by 2027. Strengthen the organizational guarantees for all of this work, make sure that every task is carried out in full and on time, and achieve clear and lasting results across the province.",
			zh:   []string{"建设一批重大项目，完善配套政策。", "到2027年达到60%，加强组织保障，确保各项工作落到实处，取得明显成效。"},
			want: []string{"Build projects. ", "Reach 60% by 2027. Strengthen the organizational guarantees for all of this work, make sure that every task is carried out in full and on time, and achieve clear and lasting results across the province."}},
		{name: "lines say where the cuts are", en: "Strengthen research; build platforms.\nAct.",
			zh: []string{"加强研究，建设平台。", "推进。"}, want: []string{"Strengthen research; build platforms. ", "Act."}},
		{name: "too few English sentences", en: "Strengthen research and build platforms.",
			zh: []string{"加强研究。", "建设平台。"}, err: "the English has 1 sentences for 2 Chinese sentences"},
		{name: "lines that do not match", en: "A.\nB.\nC.",
			zh: []string{"甲。", "乙。"}, err: "3 lines for 2 Chinese sentences"},
	} {
		got, err := Align(c.en, c.zh)
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: error %v, want %q", c.name, err, c.err)
			}
		case err != nil:
			t.Errorf("%s: %v", c.name, err)
		case !reflect.DeepEqual(got, c.want):
			t.Errorf("%s: Align = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestAlignmentCheck: `check` reports a paragraph whose English cannot be
// aligned with its Chinese sentences, and that fails a complete document.
func TestAlignmentCheck(t *testing.T) {
	doc, err := policy.Parse("x.txt", []byte("关于测试的意见\n\n一、总体要求\n加强研究。建设平台。\n"), policy.Options{ID: "x"})
	if err != nil {
		t.Fatal(err)
	}
	units := Units(doc)
	var p Unit
	for _, u := range units {
		if u.ID == "c1.p1" {
			p = u
		}
	}
	if len(p.Sentences) != 2 {
		t.Fatalf("c1.p1 sentences %q, want 2", p.Sentences)
	}
	for en, bad := range map[string]bool{"Strengthen research and build platforms.": true, "Strengthen research. Build platforms.": false} {
		f := &File{Entries: map[string]Entry{"c1.p1": {En: en, Hash: p.Hash()}}}
		r := NewReport(doc, units, f, nil, nil, true)
		r.Review(doc, f, nil, nil)
		found := false
		for _, pr := range r.Polish {
			found = found || strings.Contains(pr.Msg, "unit c1.p1: the English has 1 sentences for 2 Chinese sentences")
		}
		if found != bad {
			t.Errorf("%q: alignment reported %v, want %v (polish %v)", en, found, bad, r.Polish)
		}
	}
}
