package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestTargetsCommand: the review sheet lists figures with their decision
// and the targets, exits 0, and a parse error is printed as parse prints it.
func TestTargetsCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run("testdata", []string{"targets", "seeds/liaoning-2024-8/source.txt"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	if !regexp.MustCompile(`:19:184 +c1 +target +9%以上 +indicator-verb-figure +a growth target +c1-t1\n`).MatchString(stdout.String()) {
		t.Errorf("the review sheet does not name the rule that took 9%%以上:\n%s", stdout.String())
	}
	for _, want := range []string{"# figures of ", "target", "not a quantity", "9%以上", "c1-t1", "未来5年 2024–2028 (inferred)", "average annual growth of 9% or more", "time-frame", "trap"} {
		if !strings.Contains(out, want) {
			t.Errorf("the review sheet lacks %q:\n%s", want, out)
		}
	}
	stdout.Reset()
	stderr.Reset()
	code := run(".", []string{"targets", "-"}, strings.NewReader("一、总体要求\n\n（一）甲。\n\n（一）乙。\n"), &stdout, &stderr)
	if code != 1 || stdout.Len() != 0 || !strings.Contains(stderr.String(), "<stdin>:5:1: error: duplicated number （一）") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
}

// TestTargetsReport: --report prints one precision/recall line for every
// document with a hand-checked list, or why it was skipped, and the total.
func TestTargetsReport(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run("..", []string{"targets", "--report", "generator/targets/testdata"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	lists, _ := filepath.Glob("targets/testdata/expected/*.txt")
	if len(lists) == 0 {
		t.Fatal("no hand-checked lists")
	}
	out := stdout.String()
	for _, p := range lists {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + ` +(recall \d+/\d+ +[0-9.]+% +precision \d+/\d+ +[0-9.]+%|skipped: the parser rejects it: .+)$`).MatchString(out) {
			t.Errorf("no line for %s:\n%s", name, out)
		}
	}
	if !regexp.MustCompile(`(?m)^total +recall \d+/\d+ +[0-9.]+% +precision \d+/\d+ +[0-9.]+%$`).MatchString(out) {
		t.Errorf("no total line:\n%s", out)
	}
	stdout.Reset()
	if code := run(".", []string{"targets", "--report", "testdata"}, nil, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "no hand-checked lists") {
		t.Errorf("a folder without lists: exit %d, stderr %q", code, stderr.String())
	}
}
