package policy_test

import (
	"testing"

	"mingbai/generator/policy"
)

// TestFormFeedEndsLine: a form feed (a PDF page break) ends a line, so a
// heading right after it is a heading, at the line and column an editor sees.
func TestFormFeedEndsLine(t *testing.T) {
	src := "关于测试的意见\n\n一、总体要求\n\n推动发展。\f二、主要任务\n\n（一）加快建设。\n"
	doc, err := policy.Parse("ff.txt", []byte(src), policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sections) != 2 {
		t.Fatalf("%d chapters, want 2 (一、 and 二、)", len(doc.Sections))
	}
	c1, c2 := doc.Sections[0], doc.Sections[1]
	if len(c1.Paragraphs) != 1 || c1.Paragraphs[0].Text != "推动发展。" {
		t.Errorf("chapter 一 paragraphs: %+v", c1.Paragraphs)
	}
	if c2.Label != "二、" || c2.Heading != "主要任务" || c2.Pos != (policy.Pos{Line: 5, Col: 7}) {
		t.Errorf("chapter 二: label %q heading %q at %v, want 二、 主要任务 at 5:7", c2.Label, c2.Heading, c2.Pos)
	}
	if len(c2.Sections) != 1 || c2.Sections[0].Pos.Line != 7 {
		t.Errorf("measure （一） not under 二、 at line 7: %+v", c2.Sections)
	}
}
